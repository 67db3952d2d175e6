#!/usr/bin/python3
# check-headers.py: the header discipline of libcoprod, as a TAP test
#
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# Usage: check-headers.py --source-include DIR --build-include DIR -- CC [FLAGS...]
#
# 1. each public header other than coprod.h, included directly, fails to
#    compile with the library's "#error Only <libcoprod/coprod.h> ..."
# 2. a file including <libcoprod/coprod.h> compiles, warnings as errors
# 3. coprod.h includes every public header of include/libcoprod/
# 4. no public header includes a private ("-private.h") one
#
# The public headers are the *.h and *.h.in files of the source
# include/libcoprod/ (a .h.in is configured into the .h of the same name)
# and the *.h files generated into the build's include/libcoprod/.

import argparse
import concurrent.futures
import os
import re
import subprocess
import sys
import tempfile

GUARD_MESSAGE = 'Only <libcoprod/coprod.h> can be included directly.'
UMBRELLA = 'coprod.h'
INCLUDE_RE = re.compile(r'^\s*#\s*include\s*[<"]([^>"]+)[>"]', re.MULTILINE)


class Tap:
    def __init__(self):
        self.n = 0
        self.failed = 0

    def result(self, ok, description, details=None):
        self.n += 1
        if not ok:
            self.failed += 1
        print('%s %d - %s' % ('ok' if ok else 'not ok', self.n, description))
        if not ok and details:
            for line in details.rstrip().splitlines():
                print('# ' + line)
        sys.stdout.flush()

    def finish(self):
        print('1..%d' % self.n)
        return 1 if self.failed else 0


def public_headers(source_include, build_include):
    """Maps each public header's name to the path of its text."""
    headers = {}
    src = os.path.join(source_include, 'libcoprod')
    for name in sorted(os.listdir(src)):
        if name.endswith('.h'):
            headers[name] = os.path.join(src, name)
        elif name.endswith('.h.in'):
            headers[name[:-3]] = os.path.join(src, name)
    gen = os.path.join(build_include, 'libcoprod')
    if os.path.isdir(gen):
        for name in sorted(os.listdir(gen)):
            if name.endswith('.h') and name not in headers:
                headers[name] = os.path.join(gen, name)
    return headers


def refused_by_own_guard(name, output):
    """Whether the compiler's output has the guard's #error reported in the
    header itself, not in one it includes."""
    for line in output.splitlines():
        if GUARD_MESSAGE in line and re.match(r'^(.*/)?%s:\d+(:\d+)?: ' % re.escape(name), line):
            return True
    return False


def compile_snippet(compiler, text, workdir, extra=(), name='snippet'):
    source = os.path.join(workdir, name + '.c')
    with open(source, 'w', encoding='utf-8') as f:
        f.write(text)
    cmd = list(compiler) + list(extra) + ['-fsyntax-only', source]
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                          universal_newlines=True)
    return proc.returncode, proc.stdout


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--source-include', required=True)
    parser.add_argument('--build-include', required=True)
    parser.add_argument('compiler', nargs=argparse.REMAINDER)
    args = parser.parse_args()

    compiler = args.compiler
    if compiler and compiler[0] == '--':
        compiler = compiler[1:]
    if not compiler:
        parser.error('no compiler given after --')

    tap = Tap()
    headers = public_headers(args.source_include, args.build_include)
    if UMBRELLA not in headers:
        tap.result(False, 'include/libcoprod/coprod.h exists')
        return tap.finish()

    with tempfile.TemporaryDirectory(prefix='coprod-headers-') as workdir:
        # 1. direct inclusion is refused, by the guard and nothing else;
        #    the compilers run in parallel, the results print in order
        direct = sorted(name for name in headers if name != UMBRELLA)
        with concurrent.futures.ThreadPoolExecutor(os.cpu_count() or 2) as pool:
            results = pool.map(
                lambda item: compile_snippet(compiler, '#include <libcoprod/%s>\n' % item[1],
                                             workdir, name='direct-%d' % item[0]),
                enumerate(direct))
            for name, (rc, output) in zip(direct, results):
                ok = rc != 0 and refused_by_own_guard(name, output)
                tap.result(ok, '<libcoprod/%s> refuses direct inclusion' % name,
                           None if ok else
                           'exit status %d, expected a failure with "%s" from the header itself:\n%s'
                           % (rc, GUARD_MESSAGE, output))

        # 2. the umbrella header compiles cleanly, in C11, warnings fatal
        rc, output = compile_snippet(
            compiler,
            '#include <libcoprod/coprod.h>\n'
            'int main (void) { return coprod_get_major_version () > 0 ? 0 : 1; }\n',
            workdir,
            extra=['-Wall', '-Wextra', '-Wstrict-prototypes',
                   '-Wmissing-prototypes', '-Werror'])
        tap.result(rc == 0, '<libcoprod/coprod.h> compiles on its own',
                   None if rc == 0 else output)

        # 2b. and twice in one unit (a #pragma once or guard in each header)
        rc, output = compile_snippet(
            compiler,
            '#include <libcoprod/coprod.h>\n#include <libcoprod/coprod.h>\n',
            workdir, extra=['-Werror'])
        tap.result(rc == 0, '<libcoprod/coprod.h> can be included twice',
                   None if rc == 0 else output)

    # 3. the umbrella names every public header
    with open(headers[UMBRELLA], encoding='utf-8') as f:
        umbrella_includes = {os.path.basename(i) for i in INCLUDE_RE.findall(f.read())}
    for name in sorted(headers):
        if name == UMBRELLA:
            continue
        tap.result(name in umbrella_includes,
                   'coprod.h includes %s' % name,
                   'add #include "%s" to include/libcoprod/coprod.h' % name)

    # 4. no public header includes a private one
    for name in sorted(headers):
        with open(headers[name], encoding='utf-8') as f:
            included = INCLUDE_RE.findall(f.read())
        private = [i for i in included if i.endswith('-private.h')]
        tap.result(not private, '%s includes no private header' % name,
                   'includes %s' % ', '.join(private))

    return tap.finish()


if __name__ == '__main__':
    sys.exit(main())
