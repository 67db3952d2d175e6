#!/usr/bin/python3
# check-install.py: `meson install` into a temporary folder puts the manual
# page, the JSON Schema and the examples where they belong, and `man -l`
# renders the page
#
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# Usage: check-install.py MESON BUILD_DIR PREFIX MANDIR DATADIR PACKAGE
#
# Exits 0 when all is there and renders, 1 when not, and 77 (skipped) when
# all is there but `man` is not installed to render the page.

import os
import re
import shutil
import subprocess
import sys
import tempfile


def main():
    meson, build_dir, prefix, mandir, datadir, package = sys.argv[1:7]
    failures = []

    def under(destdir, folder, *parts):
        path = folder if os.path.isabs(folder) else os.path.join(prefix, folder)
        return os.path.join(destdir, path.lstrip('/'), *parts)

    with tempfile.TemporaryDirectory() as destdir:
        result = subprocess.run([meson, 'install', '-C', build_dir, '--no-rebuild',
                                 '--destdir', destdir, '--quiet'],
                                capture_output=True, text=True)
        if result.returncode != 0:
            print(result.stdout, result.stderr, sep='\n')
            print('meson install failed')
            return 1

        page = under(destdir, mandir, 'man1', 'coprod.1')
        schema = under(destdir, datadir, package, 'coprod-1.schema.json')
        examples = under(destdir, datadir, 'doc', package, 'examples')
        wanted = [page, schema,
                  os.path.join(examples, 'data', 'worcestershire-building-together.json'),
                  os.path.join(examples, 'data', 'coprod-example.json'),
                  os.path.join(examples, 'data', 'README.md'),
                  os.path.join(examples, 'ladder.c'),
                  os.path.join(examples, 'people', 'people.py'),
                  os.path.join(examples, 'tutorial', 'tutorial.c'),
                  os.path.join(examples, 'tutorial', 'tutorial.py'),
                  os.path.join(examples, 'tutorial', 'tutorial.js')]
        for path in wanted:
            if os.path.isfile(path):
                print('ok - installed %s' % os.path.relpath(path, destdir))
            else:
                failures.append('not installed: %s' % os.path.relpath(path, destdir))

        installed = sorted(f for f in os.listdir(os.path.join(examples, 'data'))
                           if f.endswith('.json')) if os.path.isdir(os.path.join(examples, 'data')) else []
        source_data = os.path.join(os.path.dirname(__file__), '..', '..', 'examples', 'data')
        expected = sorted(f for f in os.listdir(source_data) if f.endswith('.json'))
        if installed != expected:
            failures.append('examples installed %s, not %s' % (installed, expected))

        if os.path.isfile(page):
            with open(page) as f:
                text = f.read()
            if '@VERSION@' in text or '@DATADIR@' in text:
                failures.append('the page was not configured')

        man = shutil.which('man')
        if failures:
            print('\n'.join(failures))
            return 1
        if man is None:
            print('man is not installed: the page is not rendered')
            return 77

        env = dict(os.environ, MANWIDTH='80', LC_ALL='C.UTF-8')
        env.pop('MAN_KEEP_FORMATTING', None)
        rendered = subprocess.run([man, '-l', page], capture_output=True, text=True, env=env)
        # bold and underline as overstrikes, when man writes to a pipe
        out = re.sub('.\b', '', rendered.stdout)
        if rendered.returncode != 0 or 'COPROD(1)' not in out or 'SYNOPSIS' not in out \
           or 'popolo' not in out:
            print(rendered.stderr)
            print('man -l did not render the page')
            return 1
        print('ok - man -l renders %d lines' % len(out.splitlines()))

    return 0


if __name__ == '__main__':
    sys.exit(main())
