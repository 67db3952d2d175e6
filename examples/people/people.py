#!/usr/bin/python3
# people.py: load a registry, assess the projects of a partnership, list
# its people (the same program as people.c, people.js and people.vala)
#
# SPDX-License-Identifier: LGPL-2.1-or-later
#
#   people.py FILE PARTNERSHIP-ID

import sys

import gi
gi.require_version('Coprod', '1.0')
from gi.repository import Coprod, GLib  # noqa: E402


def main(argv):
    if len(argv) != 3:
        print('usage: %s FILE PARTNERSHIP-ID' % argv[0], file=sys.stderr)
        return 2
    path, partnership_id = argv[1], argv[2]
    try:
        registry = Coprod.Registry.load(path)
    except GLib.Error as e:
        print('%s: %s' % (path, e.message), file=sys.stderr)
        return 1

    projects = registry.get_projects_of_partnership(partnership_id)
    people = registry.get_people_of_partnership(partnership_id)
    print('%s: %d projects, %d people' % (partnership_id, len(projects), len(people)))
    for project in projects:
        assessment = registry.assess_project(project.get_id())
        print('project %s: %s' % (project.get_id(), Coprod.title(assessment.get_rung())))
    for person in people:
        print('person %s: %s' % (person.get_id(),
                                 'lived experience' if person.has_lived_experience() else '-'))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
