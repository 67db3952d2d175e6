// test-idioms.js: what bindings/gjs adds to the typelib for JavaScript
// programs, with nothing imported but 'gi://Coprod'
//
// SPDX-License-Identifier: LGPL-2.1-or-later
//
// Run by meson as `gjs -m test-idioms.js` with GI_TYPELIB_PATH and
// LD_LIBRARY_PATH set to the build's libcoprod/, GJS_PATH to the source's
// bindings/gjs (where overrides/Coprod.js is, as it is under
// <datadir>/gjs-1.0 once installed) and COPROD_EXAMPLES_DATA. Prints TAP;
// every failure path ends in System.exit(1), since GJS exits 0 on an
// unhandled promise rejection.
//
// With COPROD_TEST_MODULE set, it imports bindings/gjs/coprod.js by its
// path instead, and runs with GJS_PATH unset: the module must apply the
// same idioms itself.

import GLib from 'gi://GLib';
import Gio from 'gi://Gio';
import GObject from 'gi://GObject';
import Coprod from 'gi://Coprod?version=1.0';
import GIRepository from 'gi://GIRepository?version=2.0';
import System from 'system';

const viaModule = GLib.getenv('COPROD_TEST_MODULE') !== null;
let CoprodJS = null;
if (viaModule) {
    const path = GLib.build_filenamev([GLib.getenv('COPROD_SOURCE_DIR'), 'bindings', 'gjs', 'coprod.js']);
    CoprodJS = await import(`file://${path}`);
}

const EXAMPLE = GLib.build_filenamev([GLib.getenv('COPROD_EXAMPLES_DATA'), 'coprod-example.json']);

class AssertionError extends Error {}

function assert(condition, what) {
    if (!condition)
        throw new AssertionError(what);
}

function assertEqual(actual, expected, what) {
    const a = JSON.stringify(actual);
    const e = JSON.stringify(expected);
    if (a !== e)
        throw new AssertionError(`${what}: expected ${e}, got ${a}`);
}

function assertThrows(func, check, what) {
    try {
        func();
    } catch (e) {
        check(e);
        return e;
    }
    throw new AssertionError(`${what}: nothing was thrown`);
}

function loadExample() {
    const registry = Coprod.Registry.new();
    registry.load_from_file(Gio.File.new_for_path(EXAMPLE), null);
    return registry;
}

const tests = [];
function test(name, func) {
    tests.push([name, func]);
}

test('the override is applied by the import of the namespace', () => {
    if (viaModule) {
        assert(GLib.getenv('GJS_PATH') === null, 'GJS_PATH is unset for this run');
        assert(typeof CoprodJS.records === 'function', 'the module exports its helpers');
    }
    assert(Coprod.__coprodIdioms === true, 'the idioms are there');
});

test('collections, look-ups and the registry are iterable', () => {
    const registry = loadExample();
    const people = [...registry.get_people()];
    assertEqual(people.length, 29, 'people');
    assert(people.every(p => p instanceof Coprod.Person), 'each a Coprod.Person');
    const ids = model => [...model].map(r => r.get_id());
    assertEqual(ids(registry.get_people_of_partnership('prt-worcs-wg')),
        ['p-worcs-01', 'p-worcs-03'], 'the people of a partnership');
    assertEqual(ids(registry.get_payments_of_person('p-worcs-05')),
        ['pay-0002', 'pay-0003'], 'the payments of a person');
    assertEqual([...registry].length, 99, 'every record');
    const memberships = [...registry.lookup('prt-fife').get_memberships()];
    assertEqual(memberships.length, 9, 'the memberships of a partnership');
    assertEqual(`${registry.lookup('p-stoke-01')}`, '[Coprod.Person id="p-stoke-01"]', 'toString');
});

test('every _async/_finish pair is promisified', () => {
    const repository = GIRepository.Repository.get_default();
    const registry = Coprod.Registry.new();
    let pairs = 0;
    for (let i = 0; i < repository.get_n_infos('Coprod'); i++) {
        const info = repository.get_info('Coprod', i);
        if (info.get_type() !== GIRepository.InfoType.OBJECT)
            continue;
        const methods = [];
        for (let j = 0; j < GIRepository.object_info_get_n_methods(info); j++)
            methods.push(GIRepository.object_info_get_method(info, j).get_name());
        for (const method of methods.filter(m => m.endsWith('_async'))) {
            if (!methods.includes(method.replace(/_async$/, '_finish')))
                continue;
            pairs++;
            // Gio._promisify (GJS 1.74) keeps the original method as
            // _original_NAME beside its wrapper
            const proto = Coprod[info.get_name()].prototype;
            assert(typeof proto[`_original_${method}`] === 'function',
                `${info.get_name()}.${method} is promisified`);
        }
    }
    assert(pairs >= 2, `the async pairs were found (${pairs})`);
    void registry;
});

test('async calls give promises', async () => {
    const registry = Coprod.Registry.new();
    const promise = registry.load_from_file_async(Gio.File.new_for_path(EXAMPLE), null);
    assert(promise instanceof Promise, 'load_from_file_async returns a promise');
    assertEqual(await promise, true, 'it resolves to true');
    assertEqual(registry.get_n_records(), 99, 'loaded');

    const dir = GLib.dir_make_tmp('coprod-gjs-XXXXXX');
    const file = Gio.File.new_for_path(GLib.build_filenamev([dir, 'saved.json']));
    registry.lookup('p-stoke-01').retain_until = '2031';
    assert(registry.modified, 'modified after a change');
    assertEqual(await registry.save_to_file_async(file, null), true, 'saved');
    assert(!registry.modified, 'not modified after the save');
    file.delete(null);
    GLib.rmdir(dir);

    try {
        await registry.load_from_file_async(Gio.File.new_for_path('/nonexistent/x.json'), null);
        throw new AssertionError('a missing file rejects');
    } catch (e) {
        assert(e instanceof GLib.Error && e.matches(Gio.IOErrorEnum, Gio.IOErrorEnum.NOT_FOUND),
            `rejected with NOT_FOUND (${e})`);
    }
});

test('JSON.stringify(record) gives its members as the format writes them', () => {
    const registry = loadExample();
    const [text] = registry.to_data();
    const document = JSON.parse(text);
    for (const [collection, id] of [['people', 'p-stoke-01'], ['partnerships', 'prt-worcs-wg'],
        ['projects', 'prj-fife-report'], ['payments', 'pay-0002'], ['meetings', 'mtg-bt-launch']]) {
        const saved = document[collection].find(r => r.id === id);
        const json = JSON.parse(JSON.stringify(registry.lookup(id)));
        for (const [member, value] of Object.entries(saved))
            assertEqual(json[member], value, `${id}.${member}`);
    }
    const person = new Coprod.Person({id: 'p-1', roles: Coprod.Role.LIVED_EXPERIENCE | Coprod.Role.CARER});
    const json = JSON.parse(JSON.stringify(person));
    assertEqual(json.id, 'p-1', 'id');
    assertEqual(json.roles, ['lived-experience', 'carer'], 'flags as nicks');
    assert(!('retain_until' in json), 'unset members left out');
    const involvement = JSON.parse(JSON.stringify(new Coprod.Involvement({
        person_id: 'p-1', stage: Coprod.Stage.DOING, mode: Coprod.Mode.PARTNER})));
    assertEqual(involvement.mode, 'partner', 'enum as its nick');
    assertEqual(involvement.stage, 'doing', 'a single flag as its nick');
});

function isNickError(e) {
    assert(e instanceof TypeError, `a TypeError, not ${e}`);
    assert(/the property (roles|mode|stage) takes a value of Coprod(Role|Mode|Stage)/.test(e.message),
        `names the property and its type: ${e.message}`);
    assert(/nicks are how values are written in JSON/.test(e.message), 'says why');
}

test('a nick for an enum or flags value is refused', () => {
    assertThrows(() => new Coprod.Person({id: 'p-x', roles: 'carer'}), isNickError, 'constructor');
    assertThrows(() => new Coprod.Involvement({person_id: 'p-1', mode: 'partner'}), isNickError,
        'constructor of an involvement');
    const person = new Coprod.Person({id: 'p-x', roles: Coprod.Role.STAFF});
    for (const [what, set] of [
        ['property', () => {
            person.roles = 'carer';
        }],
        ['set_roles()', () => person.set_roles('carer')],
        ['set_property()', () => person.set_property('roles', 'carer')],
        ['an array of nicks', () => {
            person.roles = ['carer'];
        }],
    ]) {
        assertThrows(set, e => {
            assert(e instanceof TypeError, `${what}: a TypeError (${e})`);
        }, what);
        assertEqual(person.roles, Coprod.Role.STAFF, `${what}: roles unchanged`);
    }
    const involvement = new Coprod.Involvement({person_id: 'p-1'});
    assertThrows(() => {
        involvement.stage = 'doing';
    }, isNickError, 'stage');
    assertThrows(() => {
        involvement.mode = 'partner';
    }, isNickError, 'mode');
    // the values themselves pass
    person.roles = Coprod.Role.CARER;
    involvement.mode = Coprod.Mode.PARTNER;
    assertEqual(person.roles, Coprod.Role.CARER, 'a flags value');
    assertEqual(involvement.mode, Coprod.Mode.PARTNER, 'an enum value');
});

test('values the library refuses throw its error', () => {
    const isCoprodError = code => e => {
        assert(e instanceof GLib.Error && e.matches(Coprod.Error, code), `Coprod.Error ${code}: ${e}`);
        assert(/^CoprodPerson: the property (retain-until|roles) takes/.test(e.message), e.message);
    };
    assertThrows(() => new Coprod.Person({id: 'p-x', retain_until: '2027-13-40'}),
        isCoprodError(Coprod.Error.DATE), 'a date');
    const person = new Coprod.Person({id: 'p-x'});
    assertThrows(() => {
        person.retainUntil = '2027-13-40';
    }, isCoprodError(Coprod.Error.DATE), 'camelCase');
    assertThrows(() => {
        person.roles = 1 << 30;
    }, isCoprodError(Coprod.Error.VALUE), 'a flag not of the type');
    assertEqual(person.retain_until, null, 'unchanged');
});

test('the registry tells of changes', () => {
    const registry = loadExample();
    const seen = [];
    registry.connect('changed', (r, record) => seen.push(record ? record.get_id() : null));
    assert(!registry.modified, 'not modified after a load');
    registry.lookup('p-stoke-01').retain_until = '2031';
    registry.add(new Coprod.Person({id: 'p-new'}));
    assertEqual(seen, ['p-stoke-01', 'p-new'], 'changed for each');
    assert(registry.modified, 'modified');
});

test('enum titles', () => {
    assertEqual(Coprod.enum_get_title(Coprod.Rung.$gtype, Coprod.Rung.CO_PRODUCTION), 'Co-production', 'a rung');
    assertEqual(Coprod.enum_get_title(Coprod.Role.$gtype, Coprod.Role.LIVED_EXPERIENCE), 'Lived experience', 'a role');
    void GObject;
});

let failures = 0;
let n = 0;
for (const [name, func] of tests) {
    n++;
    try {
        // eslint-disable-next-line no-await-in-loop
        await func();
        print(`ok ${n} - ${name}`);
    } catch (e) {
        failures++;
        print(`not ok ${n} - ${name}`);
        for (const line of `${e}\n${e.stack ?? ''}`.split('\n'))
            print(`# ${line}`);
    }
}
print(`1..${n}`);
System.exit(failures === 0 ? 0 : 1);
