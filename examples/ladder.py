#!/usr/bin/python3
# ladder.py: assess every project of a registry and print the default
# ladder, top to bottom, with each project's place on it
#
# SPDX-License-Identifier: LGPL-2.1-or-later
#
#   /usr/bin/python3 ladder.py examples/data/coprod-example.json
#
# The same program is in ladder.c, ladder.js and ladder.vala; all four
# print the same lines, and the examples' tests check that they do.
import sys

import gi
gi.require_version('Coprod', '1.0')
from gi.repository import Coprod, Gio, GLib  # noqa: E402


def main(argv):
    if len(argv) != 2:
        print(f'usage: {argv[0]} REGISTRY.json', file=sys.stderr)
        return 2

    registry = Coprod.Registry.new()
    try:
        registry.load_from_file(Gio.File.new_for_commandline_arg(argv[1]), None)
    except GLib.Error as e:
        print(f'{argv[1]}: {e.message}', file=sys.stderr)
        return 1

    assessments = list(registry.assess_all())
    ladder = Coprod.Ladder.get_default()

    def title(assessment):
        return registry.lookup(assessment.get_project_id()).get_title()

    print(ladder.get_title())

    # the steps are kept bottom to top: print them top to bottom
    for step in reversed(list(ladder.get_steps())):
        print(f'\n{step.get_position()}. {step.get_title()} ({step.get_group()})')
        here = [a for a in assessments
                if a.get_rung() != Coprod.Rung.NONE and step.covers_rung(a.get_rung())]
        for a in here:
            print(f'   - {title(a)}')
        if not here:
            print('   (no project)')

    # below the ladder: no involvement of a person with lived experience,
    # or a rung this ladder has no step for
    off = [a for a in assessments
           if a.get_rung() == Coprod.Rung.NONE
           or ladder.get_step_for_rung(a.get_rung()) is None]
    if off:
        print('\nNot on the ladder')
        for a in off:
            print(f'   - {title(a)}')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
