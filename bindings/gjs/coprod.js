// coprod.js: JavaScript idioms over the Coprod typelib, for GJS 1.74 and later
//
// SPDX-License-Identifier: LGPL-2.1-or-later
//
// An ES module. Run programs that use it with `gjs -m`, and import it by
// its path (installed as <datadir>/libcoprod-1/gjs/coprod.js):
//
//   import Coprod from 'gi://Coprod?version=1.0';
//   import * as CoprodJS from 'file:///usr/share/libcoprod-1/gjs/coprod.js';
//
//   const registry = Coprod.Registry.new();
//   ...
//   for (const person of registry.get_people())    // collections iterate
//       print(person.name);
//   for (const record of CoprodJS.records(registry))  // every record
//       print(`${record}`);                        // [Coprod.Person id="p-1"]
//   const org = CoprodJS.lookup(registry, 'org-1'); // throws if unknown
//
// Importing the module is enough to make the registry's collections
// iterable (where GJS does not already make every Gio.ListModel so),
// the registry itself iterable over all its records, and records print
// as their type and id. It wraps nothing: the introspected API is
// unchanged.

import GLib from 'gi://GLib';
import GObject from 'gi://GObject';
import Coprod from 'gi://Coprod?version=1.0';

function* iterateModel(model) {
    for (let i = 0; i < model.get_n_items(); i++)
        yield model.get_item(i);
}

function makeIterable(prototype) {
    if (typeof prototype[Symbol.iterator] === 'function')
        return;
    Object.defineProperty(prototype, Symbol.iterator, {
        value() {
            return iterateModel(this);
        },
        configurable: true,
        writable: true,
    });
}

// The collections are all of one (private) class. GJS 1.74 makes
// Gio.ListStore iterable but not every Gio.ListModel; give that class an
// iterator if it has none.
{
    const probe = Coprod.Registry.new();
    const collection = probe.get_people();
    if (typeof collection[Symbol.iterator] !== 'function')
        makeIterable(Object.getPrototypeOf(collection));
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
 * Every record of the registry, collection by collection.
 *
 * @param {Coprod.Registry} registry
 * @yields {Coprod.Record}
 */
export function* records(registry) {
    // A registry changed while it is iterated throws, rather than yield
    // null or skip a record.
    const all = [...collections(registry)];
    let changed = false;
    const handlers = all.map(c => [c, c.connect('items-changed', () => {
        changed = true;
    })]);
    try {
        for (const collection of all) {
            for (let i = 0; ; i++) {
                if (changed)
                    throw new Error('the registry changed during iteration');
                if (i >= collection.get_n_items())
                    break;
                yield collection.get_item(i);
            }
        }
    } finally {
        for (const [collection, handler] of handlers)
            collection.disconnect(handler);
    }
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
    const typeName = GObject.type_name(record.constructor.$gtype);
    const name = typeName.startsWith('Coprod') ? typeName.slice('Coprod'.length) : typeName;
    return `[Coprod.${name} id=${JSON.stringify(record.get_id())}]`;
}

Coprod.Record.prototype.toString = function () {
    return describe(this);
};

Coprod.Registry.prototype[Symbol.iterator] = function () {
    return records(this);
};
