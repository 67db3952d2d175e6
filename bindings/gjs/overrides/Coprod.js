// overrides/Coprod.js: JavaScript idioms over the Coprod typelib, for GJS 1.74
//
// SPDX-License-Identifier: LGPL-2.1-or-later
//
// GJS runs the _init() of overrides/NAMESPACE.js, found on its search path
// (GJS_PATH, then <prefix>/share/gjs-1.0 for /usr and /usr/local), when a
// program first imports that namespace, however it imports it:
//
//   import Coprod from 'gi://Coprod?version=1.0';   // the idioms are there
//
// This file is installed as <datadir>/gjs-1.0/overrides/Coprod.js, and
// `meson devenv` puts bindings/gjs on GJS_PATH. It is a legacy script (GJS
// has no ES module overrides), so it is also what coprod.js, the ES module
// with the helper functions, applies when it is imported from a prefix GJS
// does not search. It wraps nothing; it adds:
//
//  - iteration: for (const person of registry.get_people()), over every
//    collection and every list a look-up returns; for (const record of
//    registry), over every record;
//  - promises: every method pair NAME_async/NAME_finish of the namespace
//    returns a promise when called without a callback (Gio._promisify):
//    await registry.load_from_file_async(file, null);
//  - toJSON(): JSON.stringify(person) gives its members as the format
//    names them (snake_case), enum values as nicks and flags as arrays of
//    nicks, memberships and involvements as arrays of objects, unset
//    members left out;
//  - checked values: a value given to a property of a record or of
//    anything inside one (new Coprod.Person({...}), person.roles = ...,
//    person.set_roles(), person.set_property()) that is not a number for
//    an enum or flags property throws a TypeError (a nick such as 'carer'
//    would otherwise silently become 0), and one the library refuses (a
//    date that is not one, a flag not of the type) throws its GLib.Error
//    (Coprod.Error), checked by Coprod.property_check_value() with the
//    rules of the C setters;
//  - toString(): `${record}` gives [Coprod.Person id="p-1"].

/* exported _init */

imports.gi.versions.GIRepository = '2.0';
const {GIRepository, GObject, Gio} = imports.gi;

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

// The object types of the namespace, from the typelib: [name, info]
function objectInfos(namespace) {
    const repository = GIRepository.Repository.get_default();
    const infos = [];
    for (let i = 0; i < repository.get_n_infos(namespace); i++) {
        const info = repository.get_info(namespace, i);
        if (info.get_type() === GIRepository.InfoType.OBJECT)
            infos.push([info.get_name(), info]);
    }
    return infos;
}

function methodNames(info) {
    const names = [];
    for (let j = 0; j < GIRepository.object_info_get_n_methods(info); j++)
        names.push(GIRepository.object_info_get_method(info, j).get_name());
    return names;
}

function camelCase(name) {
    return name.replace(/[-_]([a-z0-9])/g, (m, c) => c.toUpperCase());
}

// 'retainUntil', 'retain_until', 'retain-until' -> 'retain-until'
function canonicalName(name) {
    return name.replace(/[A-Z]/g, c => `-${c.toLowerCase()}`).replace(/_/g, '-');
}

function isEnumOrFlags(gtype) {
    return GObject.type_is_a(gtype, GObject.TYPE_ENUM) ||
        GObject.type_is_a(gtype, GObject.TYPE_FLAGS);
}

function setup(Coprod) {
    const ownTypes = new Set();   // names of the types of this namespace

    function enumObject(gtype) {
        const name = GObject.type_name(gtype);
        return name.startsWith('Coprod') ? Coprod[name.slice('Coprod'.length)] : null;
    }

    // the nick of each value: the key's spelling in lower case with
    // dashes, as mkenums makes them (CO_PRODUCTION -> co-production)
    function nickOf(gtype, value) {
        const values = enumObject(gtype);
        if (!values)
            return value;
        for (const [key, v] of Object.entries(values)) {
            if (v === value && typeof v === 'number')
                return key.toLowerCase().replace(/_/g, '-');
        }
        return value;
    }

    function flagNicks(gtype, value) {
        const nicks = [];
        for (let bit = 1; bit !== 0 && bit <= value; bit <<= 1) {
            if (value & bit)
                nicks.push(nickOf(gtype, bit));
        }
        return nicks;
    }

    function typeTitle(gtype) {
        return GObject.type_name(gtype);
    }

    // Throws if the library would refuse @value for @pspec
    function checkValue(gtype, pspec, value) {
        const valueType = pspec.value_type;
        const where = `${typeTitle(gtype)}: the property ${pspec.get_name()}`;

        if (value instanceof GObject.Value)
            return;     // a GValue is the caller's own doing
        if (isEnumOrFlags(valueType)) {
            if (typeof value !== 'number' || !Number.isInteger(value)) {
                const values = enumObject(valueType);
                const example = values ? Object.keys(values).find(k => /^[A-Z]/.test(k) && values[k] !== 0) : null;
                throw new TypeError(`${where} takes a value of ${GObject.type_name(valueType)}` +
                    `${example ? ` (such as Coprod.${GObject.type_name(valueType).slice(6)}.${example})` : ''}` +
                    `, not a ${typeof value}` +
                    `${typeof value === 'string' ? ': nicks are how values are written in JSON, not in code' : ''}`);
            }
        }

        const gvalue = new GObject.Value();
        try {
            if (GObject.type_is_a(valueType, GObject.TYPE_ENUM)) {
                gvalue.init(valueType);
                gvalue.set_enum(value);
            } else if (GObject.type_is_a(valueType, GObject.TYPE_FLAGS)) {
                if (value < 0 || value > 0xffffffff)
                    throw new RangeError(`${where} takes a combination of the flags of ${GObject.type_name(valueType)}`);
                gvalue.init(valueType);
                gvalue.set_flags(value);
            } else if (valueType === GObject.TYPE_STRING && (typeof value === 'string' || value === null)) {
                gvalue.init(valueType);
                gvalue.set_string(value);
            } else {
                return; // numbers, booleans, lists: GJS and the setter check them
            }
            Coprod.property_check_value(gtype, pspec.get_name(), gvalue);
        } finally {
            gvalue.unset();
        }
    }

    function findProperty(klass, name) {
        if (typeof name !== 'string')
            return null;
        return GObject.Object.find_property.call(klass, canonicalName(name));
    }

    function checkProps(klass, props) {
        if (props === null || typeof props !== 'object')
            return;
        for (const [name, value] of Object.entries(props)) {
            const pspec = findProperty(klass, name);
            if (pspec)
                checkValue(klass.$gtype, pspec, value);
        }
    }

    // Whether a flags property holds at most one flag (an involvement's
    // stage), written in JSON as one nick rather than an array: asked of
    // the library, by offering it two flags
    const singleFlag = new Map();
    function isSingleFlag(ownerType, pspec) {
        const key = `${GObject.type_name(ownerType)}:${pspec.get_name()}`;
        if (!singleFlag.has(key)) {
            const gvalue = new GObject.Value();
            gvalue.init(pspec.value_type);
            gvalue.set_flags(0b11);
            let single = false;
            try {
                Coprod.property_check_value(ownerType, pspec.get_name(), gvalue);
            } catch (e) {
                single = /at most one/.test(e.message);
            }
            gvalue.unset();
            singleFlag.set(key, single);
        }
        return singleFlag.get(key);
    }

    function toJSON() {
        const out = {};
        for (const pspec of GObject.Object.list_properties.call(this.constructor)) {
            if (!(pspec.flags & GObject.ParamFlags.READABLE))
                continue;
            const name = pspec.get_name();
            let value = this[name.replace(/-/g, '_')];
            const valueType = pspec.value_type;
            if (value === null || value === undefined)
                continue;
            if (GObject.type_is_a(valueType, GObject.TYPE_FLAGS) && isSingleFlag(this.constructor.$gtype, pspec))
                value = value === 0 ? null : nickOf(valueType, value);
            else if (GObject.type_is_a(valueType, GObject.TYPE_FLAGS))
                value = flagNicks(valueType, value);
            else if (GObject.type_is_a(valueType, GObject.TYPE_ENUM))
                value = nickOf(valueType, value);
            else if (value instanceof Gio.ListModel)
                value = [...iterateModel(value)].map(v => typeof v.toJSON === 'function' ? v.toJSON() : v);
            else if (value instanceof GObject.Object)
                continue;
            if (value !== null)
                out[name.replace(/-/g, '_')] = value;
        }
        return out;
    }

    function addIdioms(klass, info, isRecord) {
        const proto = klass.prototype;
        const gtype = klass.$gtype;

        // checked properties, constructor, setters
        for (const pspec of GObject.Object.list_properties.call(klass)) {
            if (pspec.owner_type !== gtype || !(pspec.flags & GObject.ParamFlags.WRITABLE))
                continue;
            const name = pspec.get_name();
            const under = name.replace(/-/g, '_');
            for (const spelling of new Set([name, under, camelCase(name)])) {
                // GJS defines the accessors lazily: reading resolves them
                void proto[spelling];
                const desc = Object.getOwnPropertyDescriptor(proto, spelling);
                if (!desc || typeof desc.set !== 'function')
                    continue;
                Object.defineProperty(proto, spelling, {
                    get: desc.get,
                    set(value) {
                        checkValue(gtype, pspec, value);
                        desc.set.call(this, value);
                    },
                    configurable: true,
                    enumerable: desc.enumerable,
                });
            }
            const setterName = `set_${under}`;
            const setter = proto[setterName];
            if (typeof setter === 'function' && methodNames(info).includes(setterName)) {
                // GJS resolves methods as writable, non-configurable
                proto[setterName] = function (value, ...rest) {
                    checkValue(gtype, pspec, value);
                    return setter.call(this, value, ...rest);
                };
            }
        }

        if (!isRecord || klass === Coprod.Record) {
            const parentInit = Object.getPrototypeOf(proto)._init;
            Object.defineProperty(proto, '_init', {
                value(props, ...rest) {
                    checkProps(this.constructor, props);
                    return parentInit.call(this, props, ...rest);
                },
                configurable: true,
                writable: true,
            });
            const parentSetProperty = Object.getPrototypeOf(proto).set_property;
            Object.defineProperty(proto, 'set_property', {
                value(name, value) {
                    const pspec = findProperty(this.constructor, name);
                    if (pspec)
                        checkValue(this.constructor.$gtype, pspec, value);
                    return parentSetProperty.call(this, name, value);
                },
                configurable: true,
                writable: true,
            });
            Object.defineProperty(proto, 'toJSON', {
                value: toJSON,
                configurable: true,
                writable: true,
            });
        }
    }

    // Promises for every _async/_finish pair
    for (const [name, info] of objectInfos('Coprod')) {
        ownTypes.add(name);
        const methods = methodNames(info);
        for (const method of methods) {
            if (!method.endsWith('_async'))
                continue;
            const finish = `${method.slice(0, -'_async'.length)}_finish`;
            if (methods.includes(finish))
                Gio._promisify(Coprod[name].prototype, method, finish);
        }
    }

    // Checked values and toJSON on records and what is inside them
    for (const [name, info] of objectInfos('Coprod')) {
        const klass = Coprod[name];
        if (name === 'Registry' || !(klass.prototype instanceof GObject.Object))
            continue;
        const isRecord = klass === Coprod.Record || klass.prototype instanceof Coprod.Record;
        addIdioms(klass, info, isRecord);
    }

    // Iteration. The collections are all of one (private) class, and the
    // look-ups give Gio.ListStores; GJS 1.74 makes neither iterable.
    {
        const probe = Coprod.Registry.new();
        makeIterable(Object.getPrototypeOf(probe.get_people()));
        makeIterable(Object.getPrototypeOf(probe.get_people_of_partnership('none')));
    }

    Coprod.Record.prototype.toString = function () {
        const typeName = GObject.type_name(this.constructor.$gtype);
        const name = typeName.startsWith('Coprod') ? typeName.slice('Coprod'.length) : typeName;
        return `[Coprod.${name} id=${JSON.stringify(this.get_id())}]`;
    };

    Coprod.Registry.prototype[Symbol.iterator] = function* () {
        // A registry changed while it is iterated throws, rather than yield
        // null or skip a record.
        const seen = [];
        const found = [];
        const walk = function* (gtype) {
            for (const child of GObject.type_children(gtype)) {
                yield child;
                yield* walk(child);
            }
        };
        for (const gtype of walk(Coprod.Record.$gtype)) {
            const collection = this.get_collection(gtype);
            if (collection !== null && !seen.includes(collection)) {
                seen.push(collection);
                found.push(collection);
            }
        }
        let changed = false;
        const handlers = found.map(c => [c, c.connect('items-changed', () => {
            changed = true;
        })]);
        try {
            for (const collection of found) {
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
    };

    Object.defineProperty(Coprod, '__coprodIdioms', {value: true});
}

function _init() {
    if (this.__coprodIdioms)
        return;
    // the record types registered in the registry's order first, so that
    // GObject.type_children() gives them in that order, whatever order the
    // loops above touch the types in
    this.Registry.new();
    setup(this);
}

// For coprod.js, which applies this file itself when GJS did not find it
var apply = namespace => _init.call(namespace);

