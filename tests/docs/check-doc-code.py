#!/usr/bin/python3
# check-doc-code.py: every code block of README.md and doc/*.md tagged c,
# python or js is taken from a file the tests build or run, as TAP
#
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# Usage: check-doc-code.py SOURCE_ROOT
#
# A block is checked one of two ways:
#
#  - an excerpt: the line before its opening fence (blank lines aside) is
#    an HTML comment naming the file it comes from,
#        <!-- from: examples/tutorial/tutorial.c -->
#    and its lines appear in that file in the same order (not necessarily
#    next to each other);
#  - otherwise the block appears whole in some file under examples/ or
#    tests/: its lines, one after the other.
#
# Lines are compared without their leading and trailing white space, and
# blank lines are passed over, so a block may be indented less than in its
# file. A file counts as built or run when its name appears in a
# meson.build of its folder or of a folder above it, up to examples/ or
# tests/. The first test line checks that a block found nowhere fails.

import os
import re
import sys

LANGUAGES = {'c': ('.c',), 'python': ('.py',), 'js': ('.js',), 'javascript': ('.js',)}
FROM = re.compile(r'^<!--\s*from:\s*(\S+)\s*-->$')


def normal(lines):
    return [line.strip() for line in lines if line.strip()]


def blocks(path):
    """(line number, language, lines, from path or None) of each tagged block"""
    with open(path, encoding='utf-8') as f:
        lines = f.read().split('\n')
    found = []
    i = 0
    while i < len(lines):
        m = re.match(r'^```(\w+)\s*$', lines[i])
        if m is None:
            if lines[i].startswith('```'):
                # an untagged or other block: skip to its end
                i += 1
                while i < len(lines) and not lines[i].startswith('```'):
                    i += 1
            i += 1
            continue
        start = i
        j = i - 1
        while j >= 0 and not lines[j].strip():
            j -= 1
        source = FROM.match(lines[j].strip()) if j >= 0 else None
        i += 1
        body = []
        while i < len(lines) and not lines[i].startswith('```'):
            body.append(lines[i])
            i += 1
        i += 1
        if m.group(1) in LANGUAGES:
            found.append((start + 1, m.group(1), body, source.group(1) if source else None))
    return found


def built_or_run(source_root, path):
    name = os.path.basename(path)
    folder = os.path.dirname(path)
    tops = {os.path.join(source_root, 'examples'), os.path.join(source_root, 'tests')}
    while True:
        build = os.path.join(folder, 'meson.build')
        if os.path.isfile(build):
            with open(build, encoding='utf-8') as f:
                if re.search(r"['/]%s'" % re.escape(name), f.read()):
                    return True
        if folder in tops or os.path.dirname(folder) == folder:
            return False
        folder = os.path.dirname(folder)


def candidates(source_root):
    found = {}
    for top in ('examples', 'tests'):
        for folder, dirs, files in os.walk(os.path.join(source_root, top)):
            for name in files:
                path = os.path.join(folder, name)
                if name.endswith(('.c', '.py', '.js', '.vala')) and built_or_run(source_root, path):
                    with open(path, encoding='utf-8', errors='replace') as f:
                        found[path] = normal(f.read().split('\n'))
    return found


def contiguous(needle, haystack):
    n = len(needle)
    return any(haystack[k:k + n] == needle for k in range(len(haystack) - n + 1))


def in_order(needle, haystack):
    it = iter(haystack)
    return all(line in it for line in needle)


def check(source_root, files, doc, number, language, body, source):
    lines = normal(body)
    where = '%s:%d (%s)' % (os.path.relpath(doc, source_root), number, language)
    if not lines:
        return False, where + ': empty block'
    if source is not None:
        path = os.path.join(source_root, source)
        if path not in files:
            return False, '%s: %s is not a file under examples/ or tests/ that is built or run' % (where, source)
        if not path.endswith(LANGUAGES[language]):
            return False, '%s: %s is not %s' % (where, source, language)
        if in_order(lines, files[path]):
            return True, '%s is an excerpt of %s' % (where, source)
        return False, '%s: its lines are not in %s in this order' % (where, source)
    for path, text in files.items():
        if path.endswith(LANGUAGES[language]) and contiguous(lines, text):
            return True, '%s is in %s' % (where, os.path.relpath(path, source_root))
    return False, '%s: found in no file built or run under examples/ or tests/' % where


def main():
    source_root = os.path.abspath(sys.argv[1])
    files = candidates(source_root)
    docs = [os.path.join(source_root, 'README.md')] + sorted(
        os.path.join(source_root, 'doc', f) for f in os.listdir(os.path.join(source_root, 'doc'))
        if f.endswith('.md'))

    results = []
    # the check can fail: a block in no file, and one out of order
    ok_nowhere, _ = check(source_root, files, docs[0], 0, 'c', ['no_such_call ();'], None)
    ok_order, _ = check(source_root, files, docs[0], 0, 'python',
                        ['print(text, end=\'\')', 'registry = Coprod.Registry()'],
                        'examples/tutorial/tutorial.py')
    results.append((not ok_nowhere and not ok_order, 'a block found nowhere, or out of order, fails'))

    n_blocks = 0
    for doc in docs:
        for number, language, body, source in blocks(doc):
            n_blocks += 1
            results.append(check(source_root, files, doc, number, language, body, source))
    results.append((n_blocks >= 20, 'at least 20 blocks were checked (%d)' % n_blocks))

    print('1..%d' % len(results))
    for i, (ok, text) in enumerate(results, 1):
        print('%s %d - %s' % ('ok' if ok else 'not ok', i, text))
    return 0 if all(ok for ok, _ in results) else 1


if __name__ == '__main__':
    sys.exit(main())
