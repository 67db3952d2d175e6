// test-ladders.js: the ladders of involvement, from GJS (TAP output)
//
// SPDX-License-Identifier: LGPL-2.1-or-later

import Coprod from 'gi://Coprod?version=1.0';
import Gio from 'gi://Gio';
import GLib from 'gi://GLib';
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
        for (const line of String(e.stack ?? '').split('\n'))
            print(`# ${line}`);
    }
}

function stepsOf(ladder) {
    const model = ladder.get_steps();
    const steps = [];
    for (let i = 0; i < model.get_n_items(); i++)
        steps.push(model.get_item(i));
    return steps;
}

const EXPECTED = {
    tlap: ['coercion', 'educating', 'informing', 'consultation',
        'engagement', 'co-design', 'co-production'],
    flse: ['coercion', 'informing', 'consultation', 'engagement',
        'co-design', 'co-production'],
    arnstein: ['manipulation', 'therapy', 'informing', 'consultation',
        'placation', 'partnership', 'delegated-power', 'citizen-control'],
    iap2: ['inform', 'consult', 'involve', 'collaborate', 'empower'],
    hart: ['manipulation', 'decoration', 'tokenism', 'assigned-but-informed',
        'consulted-and-informed', 'adult-initiated-shared-decisions',
        'child-initiated-and-directed', 'child-initiated-shared-decisions'],
};

const STEP_COUNTS = {tlap: 7, flse: 6, arnstein: 8, iap2: 5, hart: 8};

// The step presenting each rung from coercion to co-production, or null
// where the rung is below the ladder.
const CROSSWALK = {
    tlap: ['coercion', 'educating', 'informing', 'consultation', 'engagement',
        'co-design', 'co-production'],
    flse: ['coercion', 'informing', 'informing', 'consultation', 'engagement',
        'co-design', 'co-production'],
    arnstein: ['manipulation', 'therapy', 'informing', 'consultation', 'placation',
        'partnership', 'partnership'],
    iap2: [null, null, 'inform', 'consult', 'involve', 'collaborate', 'collaborate'],
    hart: ['manipulation', 'decoration', 'tokenism', 'assigned-but-informed',
        'consulted-and-informed', 'adult-initiated-shared-decisions',
        'adult-initiated-shared-decisions'],
};

const CANONICAL = [
    Coprod.Rung.COERCION, Coprod.Rung.EDUCATING, Coprod.Rung.INFORMING,
    Coprod.Rung.CONSULTATION, Coprod.Rung.ENGAGEMENT, Coprod.Rung.CO_DESIGN,
    Coprod.Rung.CO_PRODUCTION,
];

const CUSTOM = JSON.stringify({
    format: 'coprod-ladder',
    version: 1,
    key: 'forum',
    title: 'Our forum ladder',
    steps: [
        {key: 'told', title: 'We are told', rungs: ['coercion', 'educating', 'informing']},
        {key: 'asked', title: 'We are asked', rungs: ['consultation', 'engagement']},
        {
            key: 'together', title: 'We do it together', promise: 'Nothing about us without us',
            rungs: ['co-design', 'co-production'],
        },
    ],
});

test('built-in keys', () => {
    check(JSON.stringify(Coprod.Ladder.list_builtin()) ===
        JSON.stringify(['tlap', 'flse', 'arnstein', 'iap2', 'hart']), 'list_builtin order');
    check(Coprod.Ladder.get_default() === Coprod.Ladder.get_builtin('tlap'), 'default is tlap');
    check(Coprod.Ladder.get_builtin('no-such-ladder') === null, 'unknown key gives null');
});

for (const [key, keys] of Object.entries(EXPECTED)) {
    test(`${key} steps`, () => {
        const ladder = Coprod.Ladder.get_builtin(key);
        const steps = stepsOf(ladder);
        check(ladder.key === key, `${key}: key`);
        check(ladder.approximate === (key !== 'tlap'), `${key}: approximate`);
        check(steps.length === STEP_COUNTS[key], `${key}: ${STEP_COUNTS[key]} steps`);
        check(JSON.stringify(steps.map(s => s.get_key())) === JSON.stringify(keys),
            `${key}: ${keys.length} steps in order`);
        check(steps.every((s, i) => s.position === i + 1), `${key}: positions`);

        CANONICAL.forEach((rung, i) => {
            const want = CROSSWALK[key][i];
            const covering = steps.filter(s => s.covers_rung(rung));
            if (want === null) {
                check(covering.length === 0 && ladder.get_step_for_rung(rung) === null &&
                    rung < ladder.lowest_rung, `${key}: rung ${rung} is below the ladder`);
                return;
            }
            check(covering.length === 1 && covering[0].key === want &&
                ladder.get_step_for_rung(rung) === covering[0] &&
                covering[0].rung_min <= rung && rung <= covering[0].rung_max &&
                rung >= ladder.get_lowest_rung(),
            `${key}: rung ${rung} has exactly one step, ${want}`);
        });
        check(ladder.get_step_for_rung(Coprod.Rung.NONE) === null, `${key}: no step for NONE`);
    });
}

test('iap2 promises', () => {
    const steps = stepsOf(Coprod.Ladder.get_builtin('iap2'));
    check(steps.every(s => typeof s.promise === 'string' && s.promise.length > 0),
        'every iap2 step has a promise');
});

test('arnstein bands', () => {
    const groups = stepsOf(Coprod.Ladder.get_builtin('arnstein')).map(s => s.group);
    const bands = [...Array(2).fill('Nonparticipation'), ...Array(3).fill('Tokenism'),
        ...Array(3).fill('Citizen power')];
    check(JSON.stringify(groups) === JSON.stringify(bands), 'three bands in order');
});

function checkCustom(ladder, how) {
    const steps = stepsOf(ladder);
    check(ladder.key === 'forum' && ladder.approximate === true &&
        ladder.lowest_rung === Coprod.Rung.COERCION, `${how}: ladder`);
    check(JSON.stringify(steps.map(s => s.key)) === JSON.stringify(['told', 'asked', 'together']),
        `${how}: steps`);
    check(steps[0].rung_min === Coprod.Rung.COERCION &&
        steps[0].rung_max === Coprod.Rung.INFORMING, `${how}: rung range`);
    check(steps[2].promise === 'Nothing about us without us' && steps[1].promise === null,
        `${how}: promises`);
    check(ladder.get_step_for_rung(Coprod.Rung.ENGAGEMENT) === steps[1], `${how}: step for rung`);
}

test('custom ladder from data', () => {
    checkCustom(Coprod.Ladder.new_from_data(new TextEncoder().encode(CUSTOM)), 'data');
});

test('custom ladder from bytes and file', () => {
    const bytes = new GLib.Bytes(new TextEncoder().encode(CUSTOM));
    checkCustom(Coprod.Ladder.new_from_bytes(bytes), 'bytes');

    const [file, stream] = Gio.File.new_tmp('coprod-ladder-XXXXXX.json');
    try {
        stream.get_output_stream().write_all(new TextEncoder().encode(CUSTOM), null);
        stream.close(null);
        checkCustom(Coprod.Ladder.new_from_file(file, null), 'file');
    } finally {
        file.delete(null);
    }
});

function expectError(text, code, mention, name) {
    try {
        Coprod.Ladder.new_from_data(new TextEncoder().encode(text));
        check(false, `${name}: loaded`);
    } catch (e) {
        check(e instanceof GLib.Error && e.matches(Coprod.error_quark(), code) &&
            e.message.includes(mention), `${name}: ${e.message}`);
    }
}

test('custom ladder leaving out coercion', () => {
    const ladder = Coprod.Ladder.new_from_data(
        new TextEncoder().encode(CUSTOM.replace('"coercion",', '')));
    check(ladder.get_lowest_rung() === Coprod.Rung.EDUCATING, 'lowest rung is educating');
    check(ladder.get_step_for_rung(Coprod.Rung.COERCION) === null, 'coercion is below it');
    check(ladder.get_step_for_rung(Coprod.Rung.EDUCATING).key === 'told', 'educating is told');
});

test('custom ladder errors', () => {
    expectError(CUSTOM.replace('"consultation",', ''), Coprod.Error.VALUE,
        'only at the bottom', 'gap in the middle');
    expectError(CUSTOM.replace('"coprod-ladder"', '"coprod"'), Coprod.Error.FORMAT,
        'format', 'wrong format');
    expectError(CUSTOM.replace('"version":1', '"version":2'), Coprod.Error.VERSION,
        'version 2', 'newer version');
    expectError(CUSTOM.replace('"title":"Our forum ladder"', '"title":""'), Coprod.Error.VALUE,
        '"title"', 'empty title');
    expectError(CUSTOM.replace('"engagement"', '"involvement"'), Coprod.Error.VALUE,
        'steps[1]', 'unknown rung');
    expectError(CUSTOM.replace('"co-design",', ''), Coprod.Error.VALUE,
        '"co-design"', 'rung not covered');
    expectError(CUSTOM.replace('"key":"forum"', '"key":true'), Coprod.Error.TYPE,
        '"key"', 'key of the wrong type');
});

print(`1..${n}`);
System.exit(failed > 0 ? 1 : 0);
