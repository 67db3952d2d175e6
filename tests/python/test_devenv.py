# test_devenv.py: the README's Python snippet runs from the build tree
# through `meson devenv`, with nothing else set
#
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# meson devenv must give a Python program everything it needs: the
# typelib (GI_TYPELIB_PATH), the library (LD_LIBRARY_PATH) and the
# override (PYTHONPATH). The snippet is taken from README.md as it is, run
# in a temporary folder (it saves registry.json there) with those three
# variables removed from the environment first, and by the Python that has
# PyGObject (this one).

import json
import os
import re
import subprocess
import sys
import tempfile
import unittest

SOURCE_DIR = os.environ['COPROD_SOURCE_DIR']
BUILD_DIR = os.environ['COPROD_BUILD_DIR']
MESON = os.environ.get('COPROD_MESON', 'meson')


def readme_python_snippets():
    with open(os.path.join(SOURCE_DIR, 'README.md'), encoding='utf-8') as f:
        return re.findall(r'^```python\n(.*?)^```', f.read(), re.S | re.M)


class DevenvTestCase(unittest.TestCase):

    def clean_env(self):
        env = dict(os.environ)
        for name in ('PYTHONPATH', 'GI_TYPELIB_PATH', 'LD_LIBRARY_PATH', 'GJS_PATH'):
            env.pop(name, None)
        return env

    def test_readme_snippet(self):
        snippets = readme_python_snippets()
        self.assertGreaterEqual(len(snippets), 1)
        for snippet in snippets:
            with tempfile.TemporaryDirectory(prefix='coprod-devenv-') as tmp:
                path = os.path.join(tmp, 'snippet.py')
                with open(path, 'w', encoding='utf-8') as f:
                    # the snippet, then proof that the override was loaded
                    f.write(snippet)
                    f.write('\nimport gi.overrides.Coprod\n'
                            'print(repr(Coprod.Registry.new()))\n')
                result = subprocess.run(
                    [MESON, 'devenv', '-C', BUILD_DIR, '--workdir', tmp, sys.executable, path],
                    cwd=tmp, env=self.clean_env(), capture_output=True, text=True,
                    timeout=120)
                self.assertEqual(result.returncode, 0, result.stderr)
                self.assertIn('<Coprod.Registry records=0>', result.stdout)
                self.assertNotIn('CRITICAL', result.stderr)
                saved = os.path.join(tmp, 'registry.json')
                if 'registry.json' in snippet:
                    with open(saved, encoding='utf-8') as f:
                        self.assertEqual(json.load(f)['format'], 'coprod')

    def test_without_devenv_it_fails(self):
        # the same program without meson devenv: the typelib is not found,
        # which is what the test above shows devenv mends
        result = subprocess.run(
            [sys.executable, '-c',
             'import gi; gi.require_version("Coprod", "1.0")'],
            env=self.clean_env(), capture_output=True, text=True, timeout=60)
        if result.returncode == 0:
            self.skipTest('a libcoprod is installed system-wide')
        self.assertIn('Namespace Coprod not available', result.stderr)


if __name__ == '__main__':
    unittest.main()
