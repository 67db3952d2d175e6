# test_malformed.py: the malformed-input corpus through the Python binding
#
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# Every document of tests/data/malformed/manifest.txt must fail to load
# with a GLib.Error in the coprod-error-quark domain, the code the
# manifest names, a message starting with the location given there, and
# leave the registry as it was; the manifest lists every file of the
# folder and only those. tests/test-malformed.c checks the same corpus
# from C; this checks that the errors reach Python intact.

import os
import unittest

import gi
gi.require_version('Coprod', '1.0')
from gi.repository import Coprod, GLib  # noqa: E402

DATA = os.path.join(os.environ.get('COPROD_TEST_DATA',
                                   os.path.join(os.path.dirname(__file__), '..', 'data')),
                    'malformed')

HEADER = b'{"format": "coprod", "version": 1, '


def generated(name):
    """The documents the manifest lists as generated:NAME."""
    if name == 'deep-nesting-100000.json':
        return b'[' * 100000
    if name == 'long-string-1048577.json':
        return HEADER + b'"x": "' + b'a' * 1048577 + b'"}\n'
    if name == 'long-member-name-1048577.json':
        return HEADER + b'"' + b'a' * 1048577 + b'": 1}\n'
    return None


def read_manifest():
    cases = []
    with open(os.path.join(DATA, 'manifest.txt'), encoding='utf-8') as manifest:
        for number, line in enumerate(manifest, 1):
            line = line.rstrip('\n')
            if not line or line.startswith('#'):
                continue
            fields = line.split(' ', 2)
            if len(fields) < 2:
                raise ValueError('manifest.txt:%d: expected FILE CODE [LOCATION-PREFIX]' % number)
            prefix = fields[2] if len(fields) == 3 and fields[2] else None
            cases.append((number, fields[0], fields[1], prefix))
    return cases


def error_code(nick):
    """Coprod.Error.<NICK>, as an int"""
    return int(getattr(Coprod.Error, nick.upper().replace('-', '_')))


class TestMalformed(unittest.TestCase):

    def registry_with_one_record(self):
        registry = Coprod.Registry.new()
        person = Coprod.Person(id='p-kept', name='Rowan Ellery',
                               roles=Coprod.Role.LIVED_EXPERIENCE | Coprod.Role.VOLUNTEER,
                               consent_date='2024-03')
        registry.add(person)
        return registry

    def test_corpus(self):
        cases = read_manifest()
        self.assertGreaterEqual(len(cases), 90)

        for number, name, nick, prefix in cases:
            with self.subTest(case=name):
                if name.startswith('generated:'):
                    data = generated(name[len('generated:'):])
                    self.assertIsNotNone(data, 'manifest.txt:%d: no generator for %s' % (number, name))
                else:
                    with open(os.path.join(DATA, name), 'rb') as f:
                        data = f.read()

                registry = self.registry_with_one_record()
                before = registry.to_data()

                with self.assertRaises(GLib.Error) as raised:
                    registry.load_from_data(data)
                error = raised.exception

                self.assertEqual(error.domain, 'coprod-error-quark')
                self.assertEqual(error.code, error_code(nick),
                                 '%s: expected %s, got %d: %s' % (name, nick, error.code, error.message))
                self.assertIsInstance(error.message, str)
                if prefix is not None:
                    self.assertTrue(error.message.startswith(prefix),
                                    '%s: %r does not start with %r' % (name, error.message, prefix))

                # the registry is as it was
                self.assertEqual(registry.get_n_records(), 1)
                self.assertIsNotNone(registry.lookup('p-kept'))
                self.assertEqual(registry.to_data(), before)

    def test_manifest_lists_the_folder(self):
        # every file but the manifest is a case; every case not generated: is a file
        listed = [name for _, name, _, _ in read_manifest()]
        self.assertEqual(len(listed), len(set(listed)),
                         'listed twice: %s' % sorted({n for n in listed if listed.count(n) > 1}))
        files = {name for name in os.listdir(DATA) if name != 'manifest.txt'}
        named = {name for name in listed if not name.startswith('generated:')}
        self.assertEqual(sorted(files - named), [], 'in the folder but not in manifest.txt')
        self.assertEqual(sorted(named - files), [], 'in manifest.txt but not in the folder')
        for name in named:
            self.assertTrue(os.path.isfile(os.path.join(DATA, name)), '%s is not a file' % name)

    def test_codes_are_the_enum(self):
        # the nicks of the manifest are those of Coprod.Error
        for nick in ('parse', 'limit', 'number', 'duplicate-member', 'format', 'version',
                     'type', 'value', 'date', 'id', 'duplicate-id'):
            value = getattr(Coprod.Error, nick.upper().replace('-', '_'))
            self.assertEqual(value.value_nick, nick)


if __name__ == '__main__':
    unittest.main()
