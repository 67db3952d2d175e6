// SPDX-License-Identifier: LGPL-2.1-or-later
// The ladder's rules through GJS, on the cases shared with the C and Python
// suites: the same project gives the same assessment from every language.
import GLib from 'gi://GLib';
import Coprod from 'gi://Coprod?version=1.0';
import System from 'system';

let n = 0;
let failed = 0;

function ok(cond, name) {
    n++;
    if (cond) {
        print(`ok ${n} - ${name}`);
    } else {
        failed++;
        print(`not ok ${n} - ${name}`);
    }
}

const nick = s => s.toUpperCase().replace(/-/g, '_');
const stage = s => (s === 'none' ? Coprod.Stage.NONE : Coprod.Stage[nick(s)]);
const rung = s => Coprod.Rung[nick(s)];
const mode = s => Coprod.Mode[nick(s)];

function caseDocument(c) {
    const project = {
        id: 'prj',
        involvements: c.involvements.map(([p, s, m]) => ({person_id: p, stage: s, mode: m})),
    };
    for (const key of ['stages', 'aimed_rung', 'deadline_fixed']) {
        if (key in c)
            project[key] = c[key];
    }
    return JSON.stringify({
        format: 'coprod', version: 1,
        organisations: (c.organisations ?? []).map(id => ({id})),
        people: Object.entries(c.people).map(([id, roles]) => ({id, roles})),
        projects: [project],
    });
}

function items(model) {
    const out = [];
    for (let i = 0; i < model.get_n_items(); i++)
        out.push(model.get_item(i));
    return out;
}

function same(a, b) {
    return JSON.stringify(a) === JSON.stringify(b);
}

function check(c) {
    const registry = Coprod.Registry.new();
    registry.load_from_data(new TextEncoder().encode(caseDocument(c)));
    const a = registry.assess_project('prj');
    const e = c.expect;
    let good = a.get_rung() === rung(e.rung);
    if ('next_rung' in e)
        good &&= a.get_next_rung() === rung(e.next_rung);
    // a case that lists no findings expects none
    good &&= same(items(a.get_findings()).map(f => f.get_code()).sort(), e.findings ?? []);
    if ('gaps' in e) {
        const gaps = items(a.get_gaps()).map(g =>
            [g.get_stage(), g.get_required_mode(), g.get_alternative(), g.get_in_scope()]);
        good &&= same(gaps, e.gaps.map(([s, m, alt, scope]) => [stage(s), mode(m), alt, scope]));
    }
    for (const [s, m] of Object.entries(e.best ?? {}))
        good &&= a.get_best_mode(stage(s)) === mode(m);
    for (const [s, count] of Object.entries(e.n_people ?? {}))
        good &&= a.get_n_people(stage(s)) === count;
    for (const [s, people] of Object.entries(e.best_people ?? {}))
        good &&= same(a.get_best_mode_people(stage(s)), people);
    ok(good, c.name);
}

try {
    const path = GLib.build_filenamev([GLib.getenv('COPROD_TEST_DATA'), 'assessment-cases.json']);
    const [, bytes] = GLib.file_get_contents(path);
    const cases = JSON.parse(new TextDecoder().decode(bytes)).cases;
    for (const c of cases)
        check(c);

    let threw = false;
    try {
        Coprod.Registry.new().assess_project('nope');
    } catch (e) {
        threw = e.matches(Coprod.Error, Coprod.Error.NOT_FOUND);
    }
    ok(threw, 'unknown project is COPROD_ERROR_NOT_FOUND');
} catch (e) {
    print(`not ok ${++n} - ${e}`);
    failed++;
}

print(`1..${n}`);
System.exit(failed ? 1 : 0);
