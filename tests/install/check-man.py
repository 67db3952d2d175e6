#!/usr/bin/python3
# check-man.py: every command of the table in tools/coprod.c, and every
# option its --help lists, is documented in the manual page, as TAP
#
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# Usage: check-man.py SOURCE_ROOT COPROD

import os
import re
import subprocess
import sys


def commands(source_root):
    with open(os.path.join(source_root, 'tools', 'coprod.c')) as f:
        text = f.read()
    start = text.index('static const CoprodTool tools[]')
    table = text[start:text.index('\n};', start)]
    return re.findall(r'^\s*\{\s*"([a-z-]+)",', table, re.M)


def options(coprod, name):
    out = subprocess.run([coprod, name, '--help'], capture_output=True, text=True).stdout
    found = []
    for part in out.split('Application Options:')[1:]:
        found += re.findall(r'^\s+(?:-\w, )?(--[a-z-]+)', part, re.M)
    return found


def main():
    source_root, coprod = sys.argv[1:3]
    with open(os.path.join(source_root, 'doc', 'coprod.1.in')) as f:
        page = f.read()
    # the page as words: troff's escaped dashes as dashes
    plain = page.replace('\\-', '-')
    sections = dict(re.findall(r'^\.SS "([a-z-]+)"\n(.*?)(?=^\.S[SH] |\Z)', plain, re.M | re.S))

    names = commands(source_root)
    lines = []
    if len(names) < 10:
        lines.append('not ok - only %d commands read from the table' % len(names))
    for name in names:
        if name not in sections:
            lines.append('not ok - command %s has no subsection in doc/coprod.1.in' % name)
            continue
        missing = [o for o in options(coprod, name) if o not in sections[name]]
        if missing:
            lines.append('not ok - command %s: options %s are not in its subsection'
                         % (name, ', '.join(missing)))
        else:
            lines.append('ok - command %s' % name)
    extra = set(sections) - set(names) - {'help'}
    for name in sorted(extra):
        lines.append('not ok - the page documents %s, which is no command' % name)

    print('1..%d' % len(lines))
    for i, line in enumerate(lines, 1):
        status, rest = line.split(' - ', 1)
        print('%s %d - %s' % (status, i, rest))
    return 1 if any(line.startswith('not ok') for line in lines) else 0


if __name__ == '__main__':
    sys.exit(main())
