// test-frameworks.js: the values frameworks, from GJS (TAP output)
//
// SPDX-License-Identifier: LGPL-2.1-or-later

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

const COUNTS = {flse: [6, 15], scie: [4, 5], nef: [6, 6], ukspi: [6, 6], '4pi': [5, 6]};

test('built-in frameworks', () => {
    const keys = Coprod.Framework.list_builtin();
    check(JSON.stringify(keys) === JSON.stringify(Object.keys(COUNTS)), 'the built-in keys');
    check(Coprod.Framework.get_default().get_key() === 'flse', 'flse is the default');
    for (const key of keys) {
        const framework = Coprod.Framework.get_builtin(key);
        const values = itemsOf(framework.get_values());
        const practices = values.flatMap(v => itemsOf(v.get_practices()));
        check(values.length === COUNTS[key][0], `${key}: ${COUNTS[key][0]} values`);
        check(practices.length === COUNTS[key][1], `${key}: ${COUNTS[key][1]} practices`);
        check(practices.every(p => framework.lookup_practice(p.get_id()) === p),
            `${key}: each practice found by its id`);
        check(framework.get_band_label(5) === 'Fully', `${key}: 5 is Fully`);
        check(framework.get_band_label(6) === null, `${key}: 6 is off the scale`);
    }
});

test('practices and their checks', () => {
    const flse = Coprod.Framework.get_default();
    const practice = flse.lookup_practice('accessibility-workload');
    check(practice.check === 'workload', 'the workload check');
    check(practice.get_parameter('per-week') === '2', 'two a week');
    check(Coprod.Practice.list_checks().length === 13, 'thirteen checks');
    check(flse.lookup_practice('nothing') === null, 'an unknown id finds nothing');
});

test('custom framework errors', () => {
    const doc = {
        format: 'coprod-framework', version: 1, key: 'k', title: 'T',
        scale: {minimum: 1, maximum: 2, bands: [{minimum: 1, maximum: 2, label: 'All'}]},
        values: [{key: 'v', title: 'V', practices: [{id: 'v-1', text: 'X', check: 'nope'}]}],
    };
    try {
        Coprod.Framework.new_from_data(new TextEncoder().encode(JSON.stringify(doc)));
        check(false, 'an unknown check is refused');
    } catch (e) {
        check(e.matches(Coprod.Error, Coprod.Error.VALUE) &&
            e.message.includes('practices[0]'), 'an unknown check is refused');
    }
    delete doc.values[0].practices[0].check;
    const framework = Coprod.Framework.new_from_data(new TextEncoder().encode(JSON.stringify(doc)));
    check(framework.get_n_practices() === 1, 'without the check it loads');
});

print(`1..${n}`);
System.exit(failed > 0 ? 1 : 0);
