# test_save.py: from Python, a load or a save removes the temporary file
# that a killed save of the same file left, and nothing else
#
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# Run by meson with GI_TYPELIB_PATH and LD_LIBRARY_PATH set to the build's
# libcoprod/ and PYTHONPATH to the source's bindings/python.

import os
import tempfile
import unittest

import gi
gi.require_version('Coprod', '1.0')
gi.require_version('Gio', '2.0')
from gi.repository import Coprod, Gio  # noqa: E402

# what a save killed on its way leaves beside registry.json
STALE = '.registry.json.coprod-save-K1ll3d'
# the same, for another file: not to be touched
OTHERS = ['.other.json.coprod-save-K1ll3d', 'registry.json.K1ll3d']
CONTENTS = b'{"people": [{"id": "p-1", "name": "Left Behind"}]}'


def make_registry():
    registry = Coprod.Registry.new()
    registry.add(Coprod.Person(id='p-1', name='Robin Testperson',
                               roles=Coprod.Role.CARER))
    return registry


class TestStaleTemporaryFiles(unittest.TestCase):

    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory(prefix='coprod-python-')
        self.addCleanup(self.tmp.cleanup)
        self.path = os.path.join(self.tmp.name, 'registry.json')
        self.file = Gio.File.new_for_path(self.path)
        self.assertTrue(make_registry().save_to_file(self.file, None))

    def leave(self, name):
        fd = os.open(os.path.join(self.tmp.name, name),
                     os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, 'wb') as f:
            f.write(CONTENTS)

    def assert_only_others_left(self):
        self.assertEqual(sorted(os.listdir(self.tmp.name)),
                         sorted(OTHERS + ['registry.json']))
        for name in OTHERS:
            with open(os.path.join(self.tmp.name, name), 'rb') as f:
                self.assertEqual(f.read(), CONTENTS)

    def test_load_removes_it(self):
        for name in [STALE] + OTHERS:
            self.leave(name)
        loaded = Coprod.Registry.new()
        self.assertTrue(loaded.load_from_file(self.file, None))
        self.assertIn('p-1', loaded)
        self.assert_only_others_left()

    def test_save_removes_it(self):
        for name in [STALE] + OTHERS:
            self.leave(name)
        self.assertTrue(make_registry().save_to_file(self.file, None))
        self.assert_only_others_left()


if __name__ == '__main__':
    unittest.main()
