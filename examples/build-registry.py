#!/usr/bin/python3
# build-registry.py: build a registry from scratch (two organisations,
# three people, a partnership, a project with its involvements), validate
# it, assess the project and print what the library says about it
#
# SPDX-License-Identifier: LGPL-2.1-or-later
#
#   /usr/bin/python3 build-registry.py
#
# Everyone and everything here is invented. build-registry.js is the same
# program in JavaScript and prints the same lines.
import sys

import gi
gi.require_version('Coprod', '1.0')
from gi.repository import Coprod  # noqa: E402


def build():
    registry = Coprod.Registry.new()

    registry.add(Coprod.Organisation(id='org-council', name='Riverside Council',
                                     sector=Coprod.Sector.LOCAL_AUTHORITY))
    registry.add(Coprod.Organisation(id='org-carers', name='Riverside Carers Trust',
                                     sector=Coprod.Sector.CHARITY))

    registry.add(Coprod.Person(id='p-ash', name='Ash Example',
                               roles=Coprod.Role.LIVED_EXPERIENCE))
    registry.add(Coprod.Person(id='p-kit', name='Kit Example',
                               roles=Coprod.Role.CARER,
                               organisation_ids=['org-carers']))
    registry.add(Coprod.Person(id='p-sam', name='Sam Example',
                               roles=Coprod.Role.PROFESSIONAL | Coprod.Role.STAFF,
                               organisation_ids=['org-council']))

    partnership = Coprod.Partnership(id='ps-riverside', name='Riverside Carers Partnership',
                                     kind=Coprod.GroupKind.PARTNERSHIP,
                                     start_date='2024-01')
    for member, role, lead in [('org-council', 'commissioner', True),
                               ('org-carers', 'partner', False),
                               ('p-ash', 'member', False),
                               ('p-kit', 'member', False),
                               ('p-sam', 'officer', False)]:
        membership = Coprod.Membership.new(member, role)
        membership.set_lead(lead)
        partnership.add_membership(membership)
    registry.add(partnership)

    project = Coprod.Project(id='prj-guide', title="Carers' guide to short breaks",
                             partnership_id='ps-riverside')
    for person, stage, mode, date in [
            ('p-ash', Coprod.Stage.PLANNING, Coprod.Mode.PARTNER, '2024-02-01'),
            ('p-kit', Coprod.Stage.PLANNING, Coprod.Mode.PARTNER, '2024-02-01'),
            ('p-sam', Coprod.Stage.PLANNING, Coprod.Mode.PARTNER, '2024-02-01'),
            ('p-ash', Coprod.Stage.DECIDING, Coprod.Mode.PARTNER, '2024-03-04'),
            ('p-kit', Coprod.Stage.DESIGNING, Coprod.Mode.PARTNER, '2024-04-08'),
            ('p-kit', Coprod.Stage.DOING, Coprod.Mode.ENGAGED, '2024-05-13'),
            ('p-sam', Coprod.Stage.DELIVERING, Coprod.Mode.PARTNER, '2024-06-10'),
            ('p-ash', Coprod.Stage.EVALUATING, Coprod.Mode.CONSULTED, '2024-09-09')]:
        involvement = Coprod.Involvement.new(person, stage, mode)
        involvement.set_date(date)
        involvement.set_hours(3)
        project.add_involvement(involvement)
    registry.add(project)

    return registry


def main():
    registry = build()
    writer = Coprod.TextWriter.new()

    print(f'{len(registry.get_organisations())} organisations, '
          f'{len(registry.get_people())} people, '
          f'{len(registry.get_partnerships())} partnership, '
          f'{len(registry.get_projects())} project')
    print(writer.write_validation(registry, registry.validate()), end='')

    assessment = registry.assess_project('prj-guide')
    print(writer.write_assessment(registry, assessment, Coprod.Ladder.get_default()), end='')
    return 0


if __name__ == '__main__':
    sys.exit(main())
