#!/usr/bin/python3
# check-output.py: run an example and compare what it prints with the
# expected output, line by line; print a unified diff and fail if they differ
#
# SPDX-License-Identifier: LGPL-2.1-or-later
#
#   check-output.py EXPECTED PROGRAM [ARGUMENT...]
import difflib
import subprocess
import sys


def main(argv):
    if len(argv) < 3:
        print(f'usage: {argv[0]} EXPECTED PROGRAM [ARGUMENT...]', file=sys.stderr)
        return 2
    with open(argv[1], encoding='utf-8') as f:
        expected = f.read()
    run = subprocess.run(argv[2:], capture_output=True, text=True, timeout=300)
    if run.stderr:
        sys.stderr.write(run.stderr)
    if run.returncode != 0:
        print(f'{argv[2]} exited with {run.returncode}', file=sys.stderr)
        return 1
    if run.stdout != expected:
        sys.stdout.writelines(difflib.unified_diff(
            expected.splitlines(keepends=True), run.stdout.splitlines(keepends=True),
            fromfile=argv[1], tofile=' '.join(argv[2:])))
        return 1
    print(f'{len(expected.splitlines())} lines as expected')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
