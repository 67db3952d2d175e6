#!/usr/bin/python3
# tutorial.py: the Worcestershire case, built step by step: organisations,
# people, the forum and its board of ten seats, a project with its
# involvements, the pledge; then it is assessed and its report printed.
# doc/tutorial.md shows it beside tutorial.c and tutorial.js, which print
# the same lines.
#
# SPDX-License-Identifier: LGPL-2.1-or-later
#
#   /usr/bin/python3 tutorial.py
#
# The organisations are real (source 002 of the domain notes); the people
# are invented, and the details marked illustrative are.
import sys

import gi
gi.require_version('Coprod', '1.0')
from gi.repository import Coprod  # noqa: E402


def build():
    registry = Coprod.Registry()

    # Step 1: organisations
    registry.add(Coprod.Organisation(id='org-worcs-cc', name='Worcestershire County Council',
                                     sector=Coprod.Sector.LOCAL_AUTHORITY, area='Worcestershire'))
    registry.add(Coprod.Organisation(id='org-wmswtp',
                                     name='West Midlands Social Work Teaching Partnership',
                                     sector=Coprod.Sector.OTHER))

    # Step 2: people
    registry.add(Coprod.Person(id='p-asc-lead', name='Co-production lead (invented)',
                               roles=Coprod.Role.STAFF | Coprod.Role.PROFESSIONAL,
                               organisation_ids=['org-worcs-cc']))
    registry.add(Coprod.Person(id='p-asc-director', name='Director (invented)',
                               roles=Coprod.Role.STAFF | Coprod.Role.LEADER,
                               organisation_ids=['org-worcs-cc']))
    for n in range(1, 8):
        registry.add(Coprod.Person(id='p-board-%02d' % n, name='Board member %d (invented)' % n,
                                   roles=Coprod.Role.LIVED_EXPERIENCE if n % 2 else Coprod.Role.CARER))

    # Step 3: the forum, and its board of ten paid seats
    forum = Coprod.Partnership(id='prt-building-together', name='Building Together',
                               kind=Coprod.GroupKind.FORUM, start_date='2023-04-24')
    runs = Coprod.Membership.new('org-worcs-cc', 'runs the forum')
    runs.set_lead(True)
    forum.add_membership(runs)
    forum.add_membership(Coprod.Membership.new('p-asc-lead', 'co-production lead'))
    for n in range(1, 8):
        forum.add_membership(Coprod.Membership.new('p-board-%02d' % n, 'forum member'))
    registry.add(forum)

    board = Coprod.Partnership(id='prt-bt-board', name='Building Together board',
                               kind=Coprod.GroupKind.BOARD, parent_id='prt-building-together',
                               start_date='2023-04-24')
    for n in range(1, 11):
        registry.add(Coprod.Post(id='post-bt-board-%02d' % n, group_id='prt-bt-board',
                                 label='board seat %d' % n, role='board member', paid=True,
                                 selection=Coprod.Selection.OPEN_CALL, start_date='2023-04-24'))
    for n in range(1, 8):
        seat = Coprod.Membership.new('p-board-%02d' % n, 'board member')
        seat.set_post_id('post-bt-board-%02d' % n)
        seat.set_paid(True)
        seat.set_start_date('2023-06' if n <= 5 else '2024-01')
        board.add_membership(seat)
    registry.add(board)

    # Step 4: a project, and who took part in each stage
    project = Coprod.Project(id='prj-bt-what-coprod-means',
                             title='What co-production means to people',
                             partnership_id='prt-building-together',
                             status=Coprod.ProjectStatus.UNDER_WAY,
                             aimed_rung=Coprod.Rung.CO_PRODUCTION)
    for person, stage, mode, date in [
            ('p-asc-lead', Coprod.Stage.PLANNING, Coprod.Mode.PARTNER, '2023-04-24'),
            ('p-board-01', Coprod.Stage.PLANNING, Coprod.Mode.CONSULTED, '2023-04-24'),
            ('p-board-02', Coprod.Stage.PLANNING, Coprod.Mode.CONSULTED, '2023-04-24'),
            ('p-board-01', Coprod.Stage.DESIGNING, Coprod.Mode.PARTNER, '2023-09-12'),
            ('p-board-02', Coprod.Stage.DESIGNING, Coprod.Mode.PARTNER, '2023-09-12'),
            ('p-board-03', Coprod.Stage.DESIGNING, Coprod.Mode.PARTNER, '2023-09-12')]:
        involvement = Coprod.Involvement.new(person, stage, mode)
        involvement.set_date(date)
        involvement.set_hours(3)
        project.add_involvement(involvement)
    registry.add(project)

    # Step 5: the director's pledge, and what it commits to
    registry.add(Coprod.Charter(id='chr-wm-pledge', title='Co-production charter and trauma-informed pledge',
                                author_id='org-wmswtp', trauma_informed=True))
    pledge = Coprod.Pledge(id='plg-worcs-director', signatory_id='p-asc-director',
                           on_behalf_of_id='org-worcs-cc', signed_date='2023-04-24',
                           charter_id='chr-wm-pledge', status=Coprod.PledgeStatus.ACTIVE,
                           review_date='2025-04')
    commitment = Coprod.Commitment.new('Recruit the board of ten paid members (illustrative)')
    commitment.set_due_date('2025-03')
    commitment.set_status(Coprod.CommitmentStatus.IN_PROGRESS)
    commitment.set_progress(70)
    pledge.add_commitment(commitment)
    registry.add(pledge)

    return registry


def main():
    registry = build()
    writer = Coprod.TextWriter.new()

    # Step 6: check it, assess the project, print its report
    print(writer.write_validation(registry, registry.validate_as_of('2025-01-01')), end='')

    assessment = registry.assess_project('prj-bt-what-coprod-means')
    print(writer.write_assessment(registry, assessment, Coprod.Ladder.get_default()), end='')

    report = Coprod.Report.new(registry)
    report.set_scope(Coprod.ReportScope.PROJECT)
    report.set_subject_id('prj-bt-what-coprod-means')
    report.set_as_of('2025-01-01')
    text, length = report.to_data()
    print(text, end='')
    return 0


if __name__ == '__main__':
    sys.exit(main())
