// test-registry.js: the registry from GJS, and the bindings/gjs module
//
// SPDX-License-Identifier: LGPL-2.1-or-later
//
// Run by meson as `gjs -m test-registry.js` with GI_TYPELIB_PATH and
// LD_LIBRARY_PATH set to the build's libcoprod/ and COPROD_SOURCE_DIR to
// the source tree. Prints TAP. GJS exits 0 on an unhandled promise
// rejection, so every failure path ends in System.exit(1) explicitly.

import GLib from 'gi://GLib';
import Gio from 'gi://Gio';
import Coprod from 'gi://Coprod?version=1.0';
import System from 'system';

const LIVED_CARER = Coprod.Role.LIVED_EXPERIENCE | Coprod.Role.CARER;

Gio._promisify(Coprod.Registry.prototype, 'load_from_file_async', 'load_from_file_finish');
Gio._promisify(Coprod.Registry.prototype, 'save_to_file_async', 'save_to_file_finish');

class AssertionError extends Error {}

function assert(condition, what) {
    if (!condition)
        throw new AssertionError(what);
}

function assertEqual(actual, expected, what) {
    if (actual !== expected) {
        throw new AssertionError(
            `${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
    }
}

function assertThrowsCoprod(func, code, what) {
    try {
        func();
    } catch (e) {
        assert(e instanceof GLib.Error, `${what}: a GLib.Error, not ${e}`);
        assertEqual(GLib.quark_to_string(e.domain), 'coprod-error-quark', `${what}: domain`);
        assertEqual(e.code, code, `${what}: code (${e.message})`);
        assert(e.matches(Coprod.Error, code), `${what}: matches`);
        return e;
    }
    throw new AssertionError(`${what}: nothing was thrown`);
}

function makeRegistry() {
    const registry = Coprod.Registry.new();
    registry.add(new Coprod.Organisation({
        id: 'org-1',
        name: 'Riverside Carers Trust',
        sector: Coprod.Sector.CHARITY,
    }));
    registry.add(new Coprod.Person({
        id: 'p-1',
        name: 'Robin Testperson',
        roles: LIVED_CARER,
        organisation_ids: ['org-1'],
        retain_until: '2027-04',
    }));
    return registry;
}

function fileMode(file) {
    const info = file.query_info('unix::mode', Gio.FileQueryInfoFlags.NONE, null);
    return info.get_attribute_uint32('unix::mode') & 0o7777;
}

function checkLoaded(registry) {
    assertEqual(registry.get_n_records(), 2, 'records');
    const person = registry.lookup('p-1');
    assert(person instanceof Coprod.Person, 'p-1 is a person');
    assertEqual(person.roles, LIVED_CARER, 'roles');
    assertEqual(person.get_roles(), LIVED_CARER, 'get_roles()');
    assert(person.roles & Coprod.Role.CARER, 'carer');
    assert(!(person.roles & Coprod.Role.STAFF), 'not staff');
    assert(person.has_lived_experience(), 'lived experience');
    assert(person.is_in_organisation('org-1'), 'in org-1');
    assertEqual(person.retain_until, '2027-04', 'retain-until');
    const org = registry.lookup('org-1');
    assert(org instanceof Coprod.Organisation, 'org-1 is an organisation');
    assertEqual(org.sector, Coprod.Sector.CHARITY, 'sector');
}

const tmpDir = GLib.dir_make_tmp('coprod-gjs-XXXXXX');

function tmpFile(name) {
    return Gio.File.new_for_path(GLib.build_filenamev([tmpDir, name]));
}

function removeTmpDir() {
    const dir = Gio.File.new_for_path(tmpDir);
    const children = dir.enumerate_children('standard::name', Gio.FileQueryInfoFlags.NONE, null);
    let info;
    while ((info = children.next_file(null)) !== null)
        dir.get_child(info.get_name()).delete(null);
    dir.delete(null);
}

function listTmpDir() {
    const names = [];
    const children = Gio.File.new_for_path(tmpDir)
        .enumerate_children('standard::name', Gio.FileQueryInfoFlags.NONE, null);
    let info;
    while ((info = children.next_file(null)) !== null)
        names.push(info.get_name());
    return names.sort();
}

let CoprodJS = null;

const tests = [
    ['the bindings/gjs module loads from the source tree', async () => {
        const source = GLib.getenv('COPROD_SOURCE_DIR');
        assert(source !== null, 'COPROD_SOURCE_DIR is set');
        const path = GLib.build_filenamev([source, 'bindings', 'gjs', 'coprod.js']);
        CoprodJS = await import(GLib.filename_to_uri(path, null));
        for (const name of ['collections', 'records', 'lookup', 'describe'])
            assertEqual(typeof CoprodJS[name], 'function', name);
    }],

    ['save gives mode 0600 and loads back with the roles', () => {
        const registry = makeRegistry();
        const file = tmpFile('registry.json');
        assert(registry.save_to_file(file, null), 'saved');
        assertEqual(fileMode(file), 0o600, 'mode');
        assertEqual(JSON.stringify(listTmpDir()), '["registry.json"]', 'no temporary files');

        const loaded = Coprod.Registry.new();
        assert(loaded.load_from_file(file, null), 'loaded');
        checkLoaded(loaded);
        assertEqual(loaded.to_data()[0], registry.to_data()[0], 'the same document');
    }],

    ['the JSON names roles by their nicks', () => {
        const [data] = makeRegistry().to_data();
        const doc = JSON.parse(data);
        assertEqual(doc.format, 'coprod', 'format');
        assertEqual(doc.version, Coprod.FORMAT_VERSION, 'version');
        assertEqual(JSON.stringify(doc.people[0].roles), '["lived-experience","carer"]', 'roles');
        assertEqual(doc.people[0].retain_until, '2027-04', 'retain_until');
    }],

    ['a duplicate id is a Coprod.Error', () => {
        const registry = makeRegistry();
        const e = assertThrowsCoprod(() => registry.add(new Coprod.Person({id: 'p-1'})),
            Coprod.Error.DUPLICATE_ID, 'duplicate');
        assert(e.message.includes('p-1'), 'the message names the id');
        assertEqual(registry.get_n_records(), 2, 'unchanged');
    }],

    ['an empty id is a Coprod.Error', () => {
        const registry = Coprod.Registry.new();
        assertThrowsCoprod(() => registry.add(new Coprod.Person({id: ''})),
            Coprod.Error.ID, 'empty id');
        assertEqual(registry.get_n_records(), 0, 'unchanged');
    }],

    ['bad documents are refused and change nothing', () => {
        const registry = makeRegistry();
        const [before] = registry.to_data();
        const cases = [
            ['{"format":"coprod","version":2}', Coprod.Error.VERSION],
            ['{"version":1}', Coprod.Error.FORMAT],
            ['{"format":"coprod","version":1,"people":[{"id":"p","roles":["celebrity"]}]}',
                Coprod.Error.VALUE],
            ['{"format":"coprod","version":1,"people":[{"id":"p","consent_date":"2023-02-29"}]}',
                Coprod.Error.DATE],
            ['{"format":"coprod","version":1,"people":[{"id":"p","name":false}]}', Coprod.Error.TYPE],
            ['{"format":"coprod","version":1,"n":9007199254740993}', Coprod.Error.NUMBER],
        ];
        for (const [doc, code] of cases) {
            assertThrowsCoprod(() => registry.load_from_data(new TextEncoder().encode(doc)), code, doc);
            assertEqual(registry.to_data()[0], before, `unchanged after ${doc}`);
        }
    }],

    ['a missing file is a Gio.IOErrorEnum.NOT_FOUND', () => {
        try {
            Coprod.Registry.new().load_from_file(tmpFile('nothing.json'), null);
        } catch (e) {
            assert(e.matches(Gio.IOErrorEnum, Gio.IOErrorEnum.NOT_FOUND), `${e}`);
            return;
        }
        throw new AssertionError('nothing was thrown');
    }],

    ['collections are iterable', () => {
        const registry = makeRegistry();
        registry.add(new Coprod.Person({id: 'p-2'}));
        const people = registry.get_people();
        assertEqual(typeof people[Symbol.iterator], 'function', 'iterator');
        assertEqual(JSON.stringify([...people].map(p => p.get_id())), '["p-1","p-2"]', 'people');
        assertEqual([...registry.get_organisations()].length, 1, 'organisations');
        assertEqual([...Coprod.Registry.new().get_people()].length, 0, 'empty');
    }],

    ['records() yields every record, collection by collection', () => {
        const registry = makeRegistry();
        registry.add(new Coprod.Person({id: 'p-2'}));
        registry.add(new Coprod.Organisation({id: 'org-2'}));
        const ids = [...CoprodJS.records(registry)].map(r => r.get_id());
        assertEqual(JSON.stringify(ids), '["org-1","org-2","p-1","p-2"]', 'records');
        assertEqual(JSON.stringify([...registry].map(r => r.get_id())), JSON.stringify(ids),
            'the registry iterates the same');
        const collections = CoprodJS.collections(registry);
        assertEqual(collections.length, new Set(collections).size, 'each collection once');
        assertEqual(collections.reduce((n, c) => n + c.get_n_items(), 0),
            registry.get_n_records(), 'all records');
    }],

    ['records() throws when the registry changes during the loop', () => {
        const registry = makeRegistry();
        registry.add(new Coprod.Person({id: 'p-2'}));
        const seen = [];
        let thrown = null;
        try {
            for (const record of CoprodJS.records(registry)) {
                seen.push(record);
                registry.remove('p-2');
            }
        } catch (e) {
            thrown = e;
        }
        assert(thrown !== null && /changed during iteration/.test(thrown.message),
            `an error was thrown: ${thrown}`);
        assert(!seen.includes(null), 'no null was yielded');
        // the loop let go of the collections: a later change is fine
        registry.remove('p-1');
        assertEqual([...registry].length, 1, 'one record left');
    }],

    ['lookup() throws on an unknown id', () => {
        const registry = makeRegistry();
        assertEqual(CoprodJS.lookup(registry, 'p-1'), registry.lookup('p-1'), 'found');
        assertEqual(registry.lookup('p-404'), null, 'the plain lookup gives null');
        const e = assertThrowsCoprod(() => CoprodJS.lookup(registry, 'p-404'),
            Coprod.Error.NOT_FOUND, 'unknown id');
        assert(e.message.includes('"p-404"'), `the message names the id: ${e.message}`);
    }],

    ['records print as their type and id', () => {
        const registry = makeRegistry();
        assertEqual(`${registry.lookup('p-1')}`, '[Coprod.Person id="p-1"]', 'person');
        assertEqual(String(registry.lookup('org-1')), '[Coprod.Organisation id="org-1"]', 'org');
        assertEqual(CoprodJS.describe(registry.lookup('p-1')), '[Coprod.Person id="p-1"]', 'describe');
    }],

    ['items-changed reaches JavaScript handlers', () => {
        const registry = makeRegistry();
        const changes = [];
        const id = registry.get_people().connect('items-changed',
            (model, position, removed, added) => changes.push([position, removed, added]));
        registry.add(new Coprod.Person({id: 'p-2'}));
        registry.remove('p-1');
        registry.get_people().disconnect(id);
        assertEqual(JSON.stringify(changes), '[[1,0,1],[0,1,0]]', 'changes');
    }],

    ['async save and load with a main loop', async () => {
        const registry = makeRegistry();
        const file = tmpFile('async.json');
        assert(await registry.save_to_file_async(file, null), 'saved');
        assertEqual(fileMode(file), 0o600, 'mode');

        const loaded = Coprod.Registry.new();
        loaded.add(new Coprod.Person({id: 'p-old'}));
        const pending = loaded.load_from_file_async(file, null);
        assert(loaded.lookup('p-old') !== null, 'unchanged until finished');
        assert(await pending, 'loaded');
        assertEqual(loaded.lookup('p-old'), null, 'replaced');
        checkLoaded(loaded);
    }],

    ['async load of a newer version is refused', async () => {
        const file = tmpFile('newer.json');
        file.replace_contents('{"format":"coprod","version":2}', null, false,
            Gio.FileCreateFlags.NONE, null);
        const registry = makeRegistry();
        try {
            await registry.load_from_file_async(file, null);
        } catch (e) {
            assert(e.matches(Coprod.Error, Coprod.Error.VERSION), `${e}`);
            assertEqual(registry.get_n_records(), 2, 'unchanged');
            return;
        }
        throw new AssertionError('nothing was thrown');
    }],

    ['a cancelled async load gives Gio.IOErrorEnum.CANCELLED', async () => {
        const registry = makeRegistry();
        const file = tmpFile('async.json');
        const cancellable = new Gio.Cancellable();
        cancellable.cancel();
        try {
            await registry.load_from_file_async(file, cancellable);
        } catch (e) {
            assert(e.matches(Gio.IOErrorEnum, Gio.IOErrorEnum.CANCELLED), `${e}`);
            assertEqual(registry.get_n_records(), 2, 'unchanged');
            return;
        }
        throw new AssertionError('nothing was thrown');
    }],
];

async function runAll() {
    let failed = 0;
    let n = 0;
    for (const [name, func] of tests) {
        n++;
        try {
            // eslint-disable-next-line no-await-in-loop
            await func();
            print(`ok ${n} - ${name}`);
        } catch (e) {
            failed++;
            print(`not ok ${n} - ${name}`);
            for (const line of `${e}\n${e.stack ?? ''}`.trimEnd().split('\n'))
                print(`# ${line}`);
        }
    }
    print(`1..${n}`);
    return failed;
}

const loop = new GLib.MainLoop(null, false);
let exitCode = 1;

runAll().then(failed => {
    exitCode = failed === 0 ? 0 : 1;
}).catch(e => {
    print(`Bail out! ${e}`);
    exitCode = 1;
}).finally(() => {
    try {
        removeTmpDir();
    } catch (e) {
        printerr(`cannot remove ${tmpDir}: ${e}`);
    }
    loop.quit();
});

loop.run();
System.exit(exitCode);
