// ladder.js: assess every project of a registry and print the default
// ladder, top to bottom, with each project's place on it
//
// SPDX-License-Identifier: LGPL-2.1-or-later
//
//   gjs -m ladder.js examples/data/coprod-example.json
//
// The same program is in ladder.c, ladder.py and ladder.vala; all four
// print the same lines, and the examples' tests check that they do.
import Gio from 'gi://Gio';
import Coprod from 'gi://Coprod?version=1.0';
import System from 'system';

function items(model) {
    const out = [];
    for (let i = 0; i < model.get_n_items(); i++)
        out.push(model.get_item(i));
    return out;
}

function main(args) {
    if (args.length !== 1) {
        printerr(`usage: gjs -m ${System.programInvocationName} REGISTRY.json`);
        return 2;
    }

    const registry = Coprod.Registry.new();
    try {
        registry.load_from_file(Gio.File.new_for_commandline_arg(args[0]), null);
    } catch (e) {
        printerr(`${args[0]}: ${e.message}`);
        return 1;
    }

    const assessments = items(registry.assess_all());
    const ladder = Coprod.Ladder.get_default();
    const title = a => registry.lookup(a.get_project_id()).get_title();

    print(ladder.get_title());

    // the steps are kept bottom to top: print them top to bottom
    for (const step of items(ladder.get_steps()).reverse()) {
        print(`\n${step.get_position()}. ${step.get_title()} (${step.get_group()})`);
        const here = assessments.filter(a =>
            a.get_rung() !== Coprod.Rung.NONE && step.covers_rung(a.get_rung()));
        for (const a of here)
            print(`   - ${title(a)}`);
        if (here.length === 0)
            print('   (no project)');
    }

    // below the ladder: no involvement of a person with lived experience,
    // or a rung this ladder has no step for
    const off = assessments.filter(a =>
        a.get_rung() === Coprod.Rung.NONE ||
        ladder.get_step_for_rung(a.get_rung()) === null);
    if (off.length > 0) {
        print('\nNot on the ladder');
        for (const a of off)
            print(`   - ${title(a)}`);
    }
    return 0;
}

System.exit(main(ARGV));
