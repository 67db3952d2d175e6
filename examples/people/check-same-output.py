#!/usr/bin/python3
# check-same-output.py: the people example in C, Python, JavaScript and
# Vala prints the same, and what it prints is the expected text (TAP)
#
# SPDX-License-Identifier: LGPL-2.1-or-later
#
#   check-same-output.py --expected FILE --data FILE --partnership ID
#                        [--c EXE] [--python PY SCRIPT] [--gjs GJS SCRIPT] [--vala EXE]
#
# A language whose program is not given (its toolchain is not built) is
# reported as skipped.

import argparse
import subprocess
import sys


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--expected', required=True)
    parser.add_argument('--data', required=True)
    parser.add_argument('--partnership', required=True)
    parser.add_argument('--c')
    parser.add_argument('--python', nargs=2)
    parser.add_argument('--gjs', nargs=2)
    parser.add_argument('--vala')
    args = parser.parse_args()

    with open(args.expected, encoding='utf-8') as f:
        expected = f.read()

    programs = [
        ('C', [args.c] if args.c else None),
        ('Python', args.python),
        ('GJS', [args.gjs[0], '-m', args.gjs[1]] if args.gjs else None),
        ('Vala', [args.vala] if args.vala else None),
    ]
    failures = 0
    for n, (language, command) in enumerate(programs, 1):
        if command is None:
            print('ok %d - %s # SKIP not built' % (n, language))
            continue
        result = subprocess.run(command + [args.data, args.partnership],
                                capture_output=True, text=True, timeout=120)
        if result.returncode == 0 and result.stdout == expected and not result.stderr:
            print('ok %d - %s prints the expected text' % (n, language))
        else:
            failures += 1
            print('not ok %d - %s prints the expected text' % (n, language))
            for line in ('exit %d\n' % result.returncode + result.stdout + result.stderr).splitlines():
                print('# ' + line)
    print('1..%d' % len(programs))
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
