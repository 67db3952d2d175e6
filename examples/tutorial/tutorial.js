// tutorial.js: the Worcestershire case, built step by step: organisations,
// people, the forum and its board of ten seats, a project with its
// involvements, the pledge; then it is assessed and its report printed.
// doc/tutorial.md shows it beside tutorial.c and tutorial.py, which print
// the same lines.
//
// SPDX-License-Identifier: LGPL-2.1-or-later
//
//   gjs -m tutorial.js
//
// The organisations are real (source 002 of the domain notes); the people
// are invented, and the details marked illustrative are.
import Coprod from 'gi://Coprod?version=1.0';
import System from 'system';

const pad = n => String(n).padStart(2, '0');

function build() {
    const registry = new Coprod.Registry();

    // Step 1: organisations
    registry.add(new Coprod.Organisation({
        id: 'org-worcs-cc', name: 'Worcestershire County Council',
        sector: Coprod.Sector.LOCAL_AUTHORITY, area: 'Worcestershire',
    }));
    registry.add(new Coprod.Organisation({
        id: 'org-wmswtp', name: 'West Midlands Social Work Teaching Partnership',
        sector: Coprod.Sector.OTHER,
    }));

    // Step 2: people
    registry.add(new Coprod.Person({
        id: 'p-asc-lead', name: 'Co-production lead (invented)',
        roles: Coprod.Role.STAFF | Coprod.Role.PROFESSIONAL,
        organisation_ids: ['org-worcs-cc'],
    }));
    registry.add(new Coprod.Person({
        id: 'p-asc-director', name: 'Director (invented)',
        roles: Coprod.Role.STAFF | Coprod.Role.LEADER,
        organisation_ids: ['org-worcs-cc'],
    }));
    for (let n = 1; n <= 7; n++) {
        registry.add(new Coprod.Person({
            id: `p-board-${pad(n)}`, name: `Board member ${n} (invented)`,
            roles: n % 2 ? Coprod.Role.LIVED_EXPERIENCE : Coprod.Role.CARER,
        }));
    }

    // Step 3: the forum, and its board of ten paid seats
    const forum = new Coprod.Partnership({
        id: 'prt-building-together', name: 'Building Together',
        kind: Coprod.GroupKind.FORUM, start_date: '2023-04-24',
    });
    const runs = Coprod.Membership.new('org-worcs-cc', 'runs the forum');
    runs.set_lead(true);
    forum.add_membership(runs);
    forum.add_membership(Coprod.Membership.new('p-asc-lead', 'co-production lead'));
    for (let n = 1; n <= 7; n++)
        forum.add_membership(Coprod.Membership.new(`p-board-${pad(n)}`, 'forum member'));
    registry.add(forum);

    const board = new Coprod.Partnership({
        id: 'prt-bt-board', name: 'Building Together board',
        kind: Coprod.GroupKind.BOARD, parent_id: 'prt-building-together',
        start_date: '2023-04-24',
    });
    for (let n = 1; n <= 10; n++) {
        registry.add(new Coprod.Post({
            id: `post-bt-board-${pad(n)}`, group_id: 'prt-bt-board',
            label: `board seat ${n}`, role: 'board member', paid: true,
            selection: Coprod.Selection.OPEN_CALL, start_date: '2023-04-24',
        }));
    }
    for (let n = 1; n <= 7; n++) {
        const seat = Coprod.Membership.new(`p-board-${pad(n)}`, 'board member');
        seat.set_post_id(`post-bt-board-${pad(n)}`);
        seat.set_paid(true);
        seat.set_start_date(n <= 5 ? '2023-06' : '2024-01');
        board.add_membership(seat);
    }
    registry.add(board);

    // Step 4: a project, and who took part in each stage
    const project = new Coprod.Project({
        id: 'prj-bt-what-coprod-means',
        title: 'What co-production means to people',
        partnership_id: 'prt-building-together',
        status: Coprod.ProjectStatus.UNDER_WAY,
        aimed_rung: Coprod.Rung.CO_PRODUCTION,
    });
    for (const [person, stage, mode, date] of [
        ['p-asc-lead', Coprod.Stage.PLANNING, Coprod.Mode.PARTNER, '2023-04-24'],
        ['p-board-01', Coprod.Stage.PLANNING, Coprod.Mode.CONSULTED, '2023-04-24'],
        ['p-board-02', Coprod.Stage.PLANNING, Coprod.Mode.CONSULTED, '2023-04-24'],
        ['p-board-01', Coprod.Stage.DESIGNING, Coprod.Mode.PARTNER, '2023-09-12'],
        ['p-board-02', Coprod.Stage.DESIGNING, Coprod.Mode.PARTNER, '2023-09-12'],
        ['p-board-03', Coprod.Stage.DESIGNING, Coprod.Mode.PARTNER, '2023-09-12'],
    ]) {
        const involvement = Coprod.Involvement.new(person, stage, mode);
        involvement.set_date(date);
        involvement.set_hours(3);
        project.add_involvement(involvement);
    }
    registry.add(project);

    // Step 5: the director's pledge, and what it commits to
    registry.add(new Coprod.Charter({
        id: 'chr-wm-pledge', title: 'Co-production charter and trauma-informed pledge',
        author_id: 'org-wmswtp', trauma_informed: true,
    }));
    const pledge = new Coprod.Pledge({
        id: 'plg-worcs-director', signatory_id: 'p-asc-director',
        on_behalf_of_id: 'org-worcs-cc', signed_date: '2023-04-24',
        charter_id: 'chr-wm-pledge', status: Coprod.PledgeStatus.ACTIVE,
        review_date: '2025-04',
    });
    const commitment = Coprod.Commitment.new('Recruit the board of ten paid members (illustrative)');
    commitment.set_due_date('2025-03');
    commitment.set_status(Coprod.CommitmentStatus.IN_PROGRESS);
    commitment.set_progress(70);
    pledge.add_commitment(commitment);
    registry.add(pledge);

    return registry;
}

function main() {
    const registry = build();
    const writer = Coprod.TextWriter.new();
    // the library's text ends with a newline, as print() adds one
    const write = text => print(text.replace(/\n$/, ''));

    // Step 6: check it, assess the project, print its report
    write(writer.write_validation(registry, registry.validate_as_of('2025-01-01')));

    const assessment = registry.assess_project('prj-bt-what-coprod-means');
    write(writer.write_assessment(registry, assessment, Coprod.Ladder.get_default()));

    const report = Coprod.Report.new(registry);
    report.set_scope(Coprod.ReportScope.PROJECT);
    report.set_subject_id('prj-bt-what-coprod-means');
    report.set_as_of('2025-01-01');
    const [text] = report.to_data();
    write(text);
    return 0;
}

System.exit(main());
