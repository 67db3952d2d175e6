// coprod.js: JavaScript idioms over the Coprod typelib, for GJS 1.74 and later
//
// SPDX-License-Identifier: LGPL-2.1-or-later
//
// The idioms (iterable collections, promises for every async call,
// toJSON(), checked enum and flags values) come with the namespace itself:
// GJS applies overrides/Coprod.js whenever a program imports
// 'gi://Coprod', once it is installed (<datadir>/gjs-1.0/overrides/, which
// GJS searches for the /usr and /usr/local prefixes; elsewhere put
// <datadir>/gjs-1.0 on GJS_PATH) or, from the build tree, under
// `meson devenv` (which sets GJS_PATH). This ES module adds helper
// functions, and applies the override itself if GJS did not find it. GJS
// 1.74 resolves no bare module names but its own, and has no import maps,
// so it is imported by its file:// URI (installed as
// <datadir>/libcoprod-1/gjs/coprod.js; `pkg-config --variable=gjs_module
// libcoprod-1` prints that URI) or by a relative path:
//
//   import Coprod from 'gi://Coprod?version=1.0';
//   import * as CoprodJS from 'file:///usr/share/libcoprod-1/gjs/coprod.js';
//
//   for (const person of registry.get_people())    // collections iterate
//       print(`${person}`);                        // [Coprod.Person id="p-1"]
//   for (const record of CoprodJS.records(registry))  // every record
//       print(record.get_id());
//   const org = CoprodJS.lookup(registry, 'org-1'); // throws if unknown
//   await registry.load_from_file_async(file, null);  // a promise
//   JSON.stringify(person);                        // its members
//
// Run programs with `gjs -m`. It wraps nothing: the introspected API is
// unchanged.

import Gio from 'gi://Gio';
import GLib from 'gi://GLib';
import GObject from 'gi://GObject';
import Coprod from 'gi://Coprod?version=1.0';

if (!Coprod.__coprodIdioms) {
    // not found on GJS's search path: apply the copy beside this file
    const [path] = GLib.filename_from_uri(import.meta.url);
    const overrides = GLib.build_filenamev([GLib.path_get_dirname(path), 'overrides']);
    imports.overrides.searchPath.unshift(overrides);
    try {
        imports.overrides.Coprod.apply(Coprod);
    } finally {
        imports.overrides.searchPath.shift();
    }
}

function* recordTypes(gtype) {
    for (const child of GObject.type_children(gtype)) {
        yield child;
        yield* recordTypes(child);
    }
}

/**
 * Each collection of the registry once, a Gio.ListModel per record type,
 * in the order the registry writes them.
 *
 * @param {Coprod.Registry} registry
 * @returns {Gio.ListModel[]}
 */
export function collections(registry) {
    const found = [];
    for (const gtype of recordTypes(Coprod.Record.$gtype)) {
        const collection = registry.get_collection(gtype);
        if (collection !== null && !found.includes(collection))
            found.push(collection);
    }
    return found;
}

/**
 * Every record of the registry, collection by collection; throws if the
 * registry changes meanwhile.
 *
 * @param {Coprod.Registry} registry
 * @yields {Coprod.Record}
 */
export function* records(registry) {
    yield* registry;
}

/**
 * The record with the given id; unlike Coprod.Registry.lookup(), which
 * returns null, throws a GLib.Error of Coprod.Error.NOT_FOUND if there is
 * none.
 *
 * @param {Coprod.Registry} registry
 * @param {string} id
 * @returns {Coprod.Record}
 */
export function lookup(registry, id) {
    const record = registry.lookup(id);
    if (record === null) {
        throw new GLib.Error(Coprod.Error, Coprod.Error.NOT_FOUND,
            `no record has the id ${JSON.stringify(String(id))}`);
    }
    return record;
}

/**
 * "[Coprod.Person id="p-1"]": the record's type and id.
 *
 * @param {Coprod.Record} record
 * @returns {string}
 */
export function describe(record) {
    return Coprod.Record.prototype.toString.call(record);
}

/**
 * A new registry holding the document in the file at @path; throws a
 * GLib.Error if it does not load.
 *
 * @param {string} path
 * @returns {Promise<Coprod.Registry>}
 */
export async function load(path) {
    const registry = Coprod.Registry.new();
    await registry.load_from_file_async(Gio.File.new_for_path(path), null);
    return registry;
}

/**
 * The title of an enum value or a single flag, for people.
 *
 * @param {GObject.GType} type e.g. Coprod.Mode.$gtype
 * @param {number} value e.g. Coprod.Mode.PARTNER
 * @returns {string|null}
 */
export function title(type, value) {
    return Coprod.enum_get_title(type, value);
}
