// build-registry.js: build a registry from scratch (two organisations,
// three people, a partnership, a project with its involvements), validate
// it, assess the project and print what the library says about it
//
// SPDX-License-Identifier: LGPL-2.1-or-later
//
//   gjs -m build-registry.js
//
// Everyone and everything here is invented. build-registry.py is the same
// program in Python and prints the same lines.
import Coprod from 'gi://Coprod?version=1.0';
import System from 'system';

function build() {
    const registry = Coprod.Registry.new();

    registry.add(new Coprod.Organisation({
        id: 'org-council', name: 'Riverside Council',
        sector: Coprod.Sector.LOCAL_AUTHORITY,
    }));
    registry.add(new Coprod.Organisation({
        id: 'org-carers', name: 'Riverside Carers Trust',
        sector: Coprod.Sector.CHARITY,
    }));

    registry.add(new Coprod.Person({
        id: 'p-ash', name: 'Ash Example',
        roles: Coprod.Role.LIVED_EXPERIENCE,
    }));
    registry.add(new Coprod.Person({
        id: 'p-kit', name: 'Kit Example',
        roles: Coprod.Role.CARER,
        organisation_ids: ['org-carers'],
    }));
    registry.add(new Coprod.Person({
        id: 'p-sam', name: 'Sam Example',
        roles: Coprod.Role.PROFESSIONAL | Coprod.Role.STAFF,
        organisation_ids: ['org-council'],
    }));

    const partnership = new Coprod.Partnership({
        id: 'ps-riverside', name: 'Riverside Carers Partnership',
        kind: Coprod.GroupKind.PARTNERSHIP,
        start_date: '2024-01',
    });
    for (const [member, role, lead] of [['org-council', 'commissioner', true],
        ['org-carers', 'partner', false],
        ['p-ash', 'member', false],
        ['p-kit', 'member', false],
        ['p-sam', 'officer', false]]) {
        const membership = Coprod.Membership.new(member, role);
        membership.set_lead(lead);
        partnership.add_membership(membership);
    }
    registry.add(partnership);

    const project = new Coprod.Project({
        id: 'prj-guide', title: "Carers' guide to short breaks",
        partnership_id: 'ps-riverside',
    });
    const {PLANNING, DECIDING, DESIGNING, DOING, DELIVERING, EVALUATING} = Coprod.Stage;
    const {PARTNER, ENGAGED, CONSULTED} = Coprod.Mode;
    for (const [person, stage, mode, date] of [
        ['p-ash', PLANNING, PARTNER, '2024-02-01'],
        ['p-kit', PLANNING, PARTNER, '2024-02-01'],
        ['p-sam', PLANNING, PARTNER, '2024-02-01'],
        ['p-ash', DECIDING, PARTNER, '2024-03-04'],
        ['p-kit', DESIGNING, PARTNER, '2024-04-08'],
        ['p-kit', DOING, ENGAGED, '2024-05-13'],
        ['p-sam', DELIVERING, PARTNER, '2024-06-10'],
        ['p-ash', EVALUATING, CONSULTED, '2024-09-09']]) {
        const involvement = Coprod.Involvement.new(person, stage, mode);
        involvement.set_date(date);
        involvement.set_hours(3);
        project.add_involvement(involvement);
    }
    registry.add(project);

    return registry;
}

function main() {
    const registry = build();
    const writer = Coprod.TextWriter.new();

    print(`${registry.get_organisations().get_n_items()} organisations, ` +
          `${registry.get_people().get_n_items()} people, ` +
          `${registry.get_partnerships().get_n_items()} partnership, ` +
          `${registry.get_projects().get_n_items()} project`);
    // the writer's text ends with a newline, as print() adds one
    const write = text => print(text.replace(/\n$/, ''));
    write(writer.write_validation(registry, registry.validate()));

    const assessment = registry.assess_project('prj-guide');
    write(writer.write_assessment(registry, assessment, Coprod.Ladder.get_default()));
    return 0;
}

System.exit(main());
