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
        involvements: c.involvements.map(([p, s, m, extra]) =>
            ({person_id: p, stage: s, mode: m, ...(extra ?? {})})),
    };
    for (const key of ['stages', 'aimed_rung', 'deadline_fixed']) {
        if (key in c)
            project[key] = c[key];
    }
    Object.assign(project, c.project ?? {});
    return JSON.stringify({
        format: 'coprod', version: 1,
        organisations: (c.organisations ?? []).map(id => ({id})),
        people: Object.entries(c.people).map(([id, v]) =>
            (Array.isArray(v) ? {id, roles: v} : {id, ...v})),
        projects: [project],
        ...(c.records ?? {}),
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
    if ('projected_rung' in e)
        good &&= a.get_projected_rung() === rung(e.projected_rung);
    if ('proposals' in e) {
        good &&= same([a.get_n_proposals_adopted(), a.get_n_proposals_not_adopted(),
            a.get_n_proposals_pending(), a.get_n_proposals_not_fed_back()], e.proposals);
    }
    ok(good, c.name);
}

// The evidence per stage, read through the introspected getters
function checkEvidence(cases) {
    const c = cases.find(x => x.name === 'evidence per stage: modes, hours, paid and supported');
    const registry = Coprod.Registry.new();
    registry.load_from_data(new TextEncoder().encode(caseDocument(c)));
    const a = registry.assess_project('prj');
    const d = Coprod.Stage.DECIDING;
    ok(a.get_mode_count(d, Coprod.Mode.PARTNER) === 1 &&
       a.get_mode_count(d, Coprod.Mode.CONSULTED) === 1 &&
       a.get_mode_count(Coprod.Stage.NONE, Coprod.Mode.CONSULTED) === 2, 'mode counts per stage');
    ok(same(a.get_partner_counts(d), [1, 1]), 'partner counts as [lived experience, professional]');
    ok(a.get_hours(d) === 3.5 && a.get_hours(Coprod.Stage.NONE) === 4, 'hours per stage');
    ok(a.get_n_paid(d) === 1 && a.get_n_supported(d) === 1 &&
       a.get_n_supported(Coprod.Stage.PLANNING) === 0, 'paid and supported per stage');
    ok(a.get_n_staff_partners(d) === 0 && a.has_young_people() === false &&
       a.get_projected_rung() === Coprod.Rung.CO_DESIGN && a.projected_rung === Coprod.Rung.CO_DESIGN,
    'staff partners, young people and the projected rung');

    const planned = cases.find(x => x.name === 'planned involvement raises the projected rung, not the rung');
    const r2 = Coprod.Registry.new();
    r2.load_from_data(new TextEncoder().encode(caseDocument(planned)));
    const b = r2.assess_project('prj');
    const gaps = items(b.get_gaps());
    ok(b.get_rung() === Coprod.Rung.ENGAGEMENT && b.get_projected_rung() === Coprod.Rung.CO_DESIGN &&
       b.get_project_status() === Coprod.ProjectStatus.UNDER_WAY &&
       gaps.every(g => g.get_to_come()) && same(gaps.map(g => g.get_planned()), [true, false]),
    'a planned involvement: projected rung, gaps still to come');
}

try {
    const path = GLib.build_filenamev([GLib.getenv('COPROD_TEST_DATA'), 'assessment-cases.json']);
    const [, bytes] = GLib.file_get_contents(path);
    const cases = JSON.parse(new TextDecoder().decode(bytes)).cases;
    for (const c of cases)
        check(c);
    checkEvidence(cases);

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
