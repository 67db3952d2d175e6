// test-review.js: practice checks and reviews against values frameworks,
// from GJS (TAP output)
//
// SPDX-License-Identifier: LGPL-2.1-or-later
//
// The review of every project of the example must give the scores
// tests/data/review-expected.json pins, which the C and Python suites
// check too; the practice checks run from JavaScript give the statuses
// tests/test-practice-checks.c expects of the same registry.

import Gio from 'gi://Gio';
import GLib from 'gi://GLib';
import Coprod from 'gi://Coprod?version=1.0';
import System from 'system';

let n = 0;
let failed = 0;

function check(ok, name) {
    n++;
    if (ok) {
        print(`ok ${n} - ${name}`);
    } else {
        failed++;
        print(`not ok ${n} - ${name}`);
    }
}

function test(name, fn) {
    try {
        fn();
    } catch (e) {
        n++;
        failed++;
        print(`not ok ${n} - ${name}: ${e}`);
    }
}

function itemsOf(model) {
    const items = [];
    for (let i = 0; i < model.get_n_items(); i++)
        items.push(model.get_item(i));
    return items;
}

function readJson(path) {
    const [, bytes] = GLib.file_get_contents(path);
    return JSON.parse(new TextDecoder().decode(bytes));
}

const close = (a, b) => Math.abs(a - b) < 1e-6;

const examplePath = GLib.build_filenamev([GLib.getenv('COPROD_EXAMPLES_DATA'), 'coprod-example.json']);
const expected = readJson(GLib.build_filenamev([GLib.getenv('COPROD_TEST_DATA'), 'review-expected.json']));
const registry = Coprod.Registry.new();
registry.load_from_file(Gio.File.new_for_path(examplePath), null);

test('the example reviewed as from C', () => {
    const projects = itemsOf(registry.get_projects()).map(p => p.get_id());
    check(projects.every(id => id in expected.subjects), 'every project is pinned');
    for (const [id, want] of Object.entries(expected.subjects)) {
        const result = registry.review_as_of(id, null, expected.as_of);
        check(result.get_framework().get_key() === want.framework, `${id}: framework`);
        check(close(result.get_score(), want.score), `${id}: overall score ${want.score}`);
        check(result.get_band() === want.band, `${id}: band`);
        check(result.get_source() === want.source, `${id}: source`);
        check(result.get_n_reviewers() === want.n_reviewers &&
            result.get_n_lived_experience_reviewers() === want.n_lived_experience_reviewers,
        `${id}: reviewers`);
        check(result.get_findings().get_n_items() === want.n_findings, `${id}: findings`);
        const practices = itemsOf(result.get_practices());
        check(practices.length === Object.keys(want.practices).length, `${id}: every practice`);
        check(practices.every(s => {
            const [source, score, disagreement] = want.practices[s.practice.get_id()];
            return s.source === source && close(s.score, score) && s.disagreement === disagreement;
        }), `${id}: each practice's source, score and disagreement`);
        check(itemsOf(result.get_values()).every(v => {
            const [score, nScored] = want.values[v.value.get_key()];
            return close(v.score, score) && v.n_scored === nScored;
        }), `${id}: each value's score`);
    }
});

test('the writer', () => {
    const result = registry.review_as_of('prj-flse-leaflet', 'flse', expected.as_of);
    const text = Coprod.TextWriter.new().write_review(result);
    check(text.startsWith('Review of prj-flse-leaflet against '), 'the heading');
    check(text.includes('Rated:   in review rev-flse-leaflet-2019'), 'who rated');
});

test('practice checks', () => {
    // what tests/test-practice-checks.c and test_practice_checks.py expect
    const cases = [
        ['plain-language-papers', 'prt-stoke-cop', Coprod.CheckStatus.MET],
        ['skills-developed', 'prt-stoke-cop', Coprod.CheckStatus.PARTLY_MET],
        ['skills-developed', 'prt-fife', Coprod.CheckStatus.NOT_MET],
    ];
    const doc = {
        format: 'coprod-framework', version: 1, key: 't', title: 'T',
        scale: {minimum: 1, maximum: 2, bands: [{minimum: 1, maximum: 2, label: 'L'}]},
        values: [{key: 'v', title: 'V', practices: [
            {id: 'papers', text: 'P', check: 'plain-language-papers'},
            {id: 'skills', text: 'S', check: 'skills-developed'}]}],
    };
    const framework = Coprod.Framework.new_from_data(new TextEncoder().encode(JSON.stringify(doc)));
    const practiceFor = {'plain-language-papers': 'papers', 'skills-developed': 'skills'};
    for (const [name, subject, status] of cases) {
        const result = registry.run_check(framework.lookup_practice(practiceFor[name]), subject, '2025-01-01');
        check(result.get_name() === name && result.get_status() === status,
            `${name} on ${subject}`);
        check(result.get_n_met() <= result.get_n_considered(), `${name} on ${subject}: counts`);
        check(Array.isArray(result.get_evidence_ids()), `${name} on ${subject}: evidence ids`);
    }
    try {
        registry.run_check(framework.lookup_practice('papers'), 'nobody', null);
        check(false, 'an unknown subject is an error');
    } catch (e) {
        check(e.matches(Coprod.Error, Coprod.Error.NOT_FOUND), 'an unknown subject is an error');
    }
});

test('review errors', () => {
    for (const [args, code] of [[['nobody', null, '2024-12-31'], Coprod.Error.NOT_FOUND],
        [['prj-flse-leaflet', 'no-such', '2024-12-31'], Coprod.Error.NOT_FOUND],
        [['prj-flse-leaflet', null, '2024-13-01'], Coprod.Error.DATE]]) {
        try {
            registry.review_as_of(...args);
            check(false, `${args}: an error`);
        } catch (e) {
            check(e.matches(Coprod.Error, code), `${args}: an error`);
        }
    }
});

print(`1..${n}`);
System.exit(failed > 0 ? 1 : 0);
