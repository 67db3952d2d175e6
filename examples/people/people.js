// people.js: load a registry, assess the projects of a partnership, list
// its people (the same program as people.c, people.py and people.vala)
//
// SPDX-License-Identifier: LGPL-2.1-or-later
//
//   gjs -m people.js FILE PARTNERSHIP-ID

import Gio from 'gi://Gio';
import Coprod from 'gi://Coprod?version=1.0';
import System from 'system';

const [path, partnershipId] = ARGV;
if (ARGV.length !== 2) {
    printerr('usage: people.js FILE PARTNERSHIP-ID');
    System.exit(2);
}

const registry = Coprod.Registry.new();
try {
    await registry.load_from_file_async(Gio.File.new_for_commandline_arg(path), null);
} catch (e) {
    printerr(`${path}: ${e.message}`);
    System.exit(1);
}

const projects = [...registry.get_projects_of_partnership(partnershipId)];
const people = [...registry.get_people_of_partnership(partnershipId)];
print(`${partnershipId}: ${projects.length} projects, ${people.length} people`);
for (const project of projects) {
    const assessment = registry.assess_project(project.get_id());
    print(`project ${project.get_id()}: ${Coprod.enum_get_title(Coprod.Rung.$gtype, assessment.get_rung())}`);
}
for (const person of people)
    print(`person ${person.get_id()}: ${person.has_lived_experience() ? 'lived experience' : '-'}`);
