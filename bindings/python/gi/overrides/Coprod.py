# Coprod.py: Pythonic touches over the Coprod typelib
#
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# PyGObject loads this module when a program imports
# gi.repository.Coprod. It wraps nothing: every method here is a few lines
# over the introspected API, which stays available as it is.
#
#   Coprod.Registry.load(path)   a new registry read from a file; GLib.Error
#                                if it does not load
#   registry.save(path)          save_to_file() with a path
#   registry.load_from_data(d)   d is str or bytes (the C API takes bytes)
#   registry.to_data()           the document as str (json.loads() takes it)
#   registry.to_string(), str(registry)
#                                the same str
#   registry.to_bytes()          the document as UTF-8 bytes, as written to
#                                a file; Coprod.Registry.to_data(registry)
#                                is not reachable under that name any more:
#                                use to_bytes() for the bytes
#   registry['p-1']              lookup by id; KeyError if there is none
#   registry.get('p-1', default) lookup by id; default if there is none
#   'p-1' in registry            is there a record with that id
#   len(registry)                the number of records in all collections
#   for record in registry       every record, collection by collection;
#                                RuntimeError if the registry changes meanwhile
#   registry.keys(), .values(), .items()
#                                ids, records, (id, record) pairs, in that order
#   repr(record)                 <Coprod.Person id='p-1'>
#   repr(finding), repr(assessment), repr(membership), ...
#                                the type and its ids, codes and enum values
#                                (never free text, which may name people)
#   Coprod.title(Coprod.Mode.PARTNER), Coprod.description(...)
#                                coprod_enum_get_title() and _description()
#
# Invalid values raise instead of printing a CRITICAL and leaving the
# property unset: a value given to a property of a record (or of a
# membership, involvement and the rest), through the constructor's keyword
# arguments, set_property(), obj.props.NAME = value, obj.NAME = value, or
# the property's set_NAME() method, is first checked by the library itself
# (Coprod.property_check_value(), the rules the setters apply), and a value
# it refuses raises ValueError naming the type and the property; a value
# of the wrong Python type raises TypeError, likewise named. Other methods
# that take values (the _new() constructors with arguments) are not checked.
#
# The collections (registry.get_people() and the like) are Gio.ListModels,
# which PyGObject (3.42 and later) already makes iterable, indexable and
# sized; nothing is added to them here.

import os

from ..overrides import override
from ..module import get_introspection_module

from gi._gi import GObject as _GObjectBase, ObjectInfo, Repository
from gi.repository import Gio, GLib, GObject

Coprod = get_introspection_module('Coprod')

__all__ = []


# Checking values before they reach a property

def _property_error(pspec, what):
    return '%s: the property %s takes %s' % (pspec.owner_type.name, pspec.name, what)


def _check_property(cls, name, value):
    """Raises ValueError (or TypeError) if the library would refuse
    @value for the property @name of objects of @cls."""
    pspec = cls.find_property(name) if isinstance(name, str) else None
    if pspec is None:
        return                       # GObject says what is wrong
    try:
        gvalue = GObject.Value(pspec.value_type, value)
    except OverflowError as e:
        raise ValueError(_property_error(pspec, 'a value within its range')) from e
    except (TypeError, ValueError) as e:
        raise TypeError(_property_error(pspec, 'a value of type %s, not %s'
                                        % (pspec.value_type.name,
                                           type(value).__name__))) from e
    try:
        Coprod.property_check_value(cls.__gtype__, name, gvalue)
    except GLib.Error as e:
        if e.matches(Coprod.error_quark(), Coprod.Error.TYPE):
            raise TypeError(e.message) from None
        raise ValueError(e.message) from None
    finally:
        gvalue.unset()


class _CheckedProps:
    """obj.props, with every value checked before it is set."""

    __slots__ = ('_object', '_props')

    def __init__(self, obj, props):
        object.__setattr__(self, '_object', obj)
        object.__setattr__(self, '_props', props)

    def __getattr__(self, name):
        return getattr(self._props, name)

    def __setattr__(self, name, value):
        _check_property(type(self._object), name, value)
        setattr(self._props, name, value)

    def __dir__(self):
        return dir(self._props)

    def __iter__(self):
        return iter(self._props)


# PyGObject's own descriptor of obj.props
_props_descriptor = _GObjectBase.__dict__['props']


class _CheckedPropsDescriptor:

    def __get__(self, obj, cls=None):
        props = _props_descriptor.__get__(obj, cls)
        if obj is None:
            return props             # Coprod.Person.props: the param specs
        return _CheckedProps(obj, props)


def _checked_setter(method, property_name):
    def setter(self, value):
        _check_property(type(self), property_name, value)
        return method(self, value)
    setter.__name__ = method.__name__
    setter.__doc__ = method.__doc__
    return setter


# Readable repr: ids, codes, keys, numbers and enum values, never free
# text (a name, a note, a statement may name a person)

_SHOWN_TEXT = ('id', 'key', 'code', 'member', 'date', 'currency', 'band')


def _shown(pspec):
    if not pspec.flags & GObject.ParamFlags.READABLE:
        return False
    t = pspec.value_type
    if t == GObject.TYPE_STRING:
        return any(pspec.name == w or pspec.name.endswith('-' + w) for w in _SHOWN_TEXT)
    if t.is_a(GObject.TYPE_ENUM) or t.is_a(GObject.TYPE_FLAGS):
        return True
    return t in (GObject.TYPE_BOOLEAN, GObject.TYPE_INT, GObject.TYPE_UINT,
                 GObject.TYPE_INT64, GObject.TYPE_UINT64, GObject.TYPE_DOUBLE)


def _describe_value(value):
    if isinstance(value, GObject.GEnum):
        return value.value_nick
    if isinstance(value, GObject.GFlags):
        # each flag set, without the nick of the zero value
        nicks = [type(value)(bit).first_value_nick
                 for bit in (1 << i for i in range(32)) if int(value) & bit]
        return '|'.join(nicks) or type(value)(0).first_value_nick
    return repr(value)


def _repr_object(obj):
    parts = []
    for pspec in obj.list_properties():
        if not _shown(pspec):
            continue
        value = obj.get_property(pspec.name)
        if value is None or value == getattr(pspec, "default_value", None):
            continue
        parts.append('%s=%s' % (pspec.name.replace('-', '_'), _describe_value(value)))
    name = type(obj).__gtype__.name
    name = name[len('Coprod'):] if name.startswith('Coprod') else name
    return '<Coprod.%s%s>' % (name, ''.join(' ' + p for p in parts))


class _Checked:
    """What every object of the model gets: checked properties and a
    readable repr."""

    props = _CheckedPropsDescriptor()

    def __init__(self, **kwargs):
        for name, value in kwargs.items():
            _check_property(type(self), name, value)
        super().__init__(**kwargs)

    def set_property(self, name, value):
        _check_property(type(self), name, value)
        super().set_property(name, value)

    def __setattr__(self, name, value):
        # person.retain_until = '2027' sets the property, as obj.props does,
        # rather than a Python attribute the library never sees
        if not name.startswith('_') and type(self).find_property(name) is not None:
            self.set_property(name, value)
        else:
            super().__setattr__(name, value)

    def __repr__(self):
        return _repr_object(self)


def _add_checked_setters(namespace, base):
    """set_NAME() of each writable property declared by @base."""
    for pspec in GObject.list_properties(base.__gtype__):
        if pspec.owner_type != base.__gtype__ or not pspec.flags & GObject.ParamFlags.WRITABLE:
            continue
        setter_name = 'set_' + pspec.name.replace('-', '_')
        method = base.__dict__.get(setter_name) or getattr(base, setter_name, None)
        if method is not None:
            namespace[setter_name] = _checked_setter(method, pspec.name)


def _override_model_type(base, extra=None):
    namespace = {'__module__': __name__, '__qualname__': base.__name__}
    namespace.update(extra or {})
    _add_checked_setters(namespace, base)
    cls = override(type(base.__name__, (_Checked, base), namespace))
    globals()[base.__name__] = cls
    __all__.append(base.__name__)
    return cls


# Records

class Record(_Checked, Coprod.Record):

    def __repr__(self):
        return '<Coprod.%s id=%r>' % (type(self).__name__, self.get_id())


Record = override(Record)
__all__.append('Record')


def _object_infos():
    for info in Repository.get_default().get_infos('Coprod'):
        if isinstance(info, ObjectInfo):
            yield info


# Registering the record types in the registry's order first (a registry
# makes its collections in that order), so that GObject.type_children()
# keeps giving them in that order (see Registry.collections()) though the
# loop below touches every type of the namespace alphabetically.
Coprod.Registry.new()

# Each record type's setters are checked, and every other object of the
# model (memberships, involvements, findings, assessments, gaps, review
# results, ladders and the rest) gets the checks and the repr.
for _info in _object_infos():
    _name = _info.get_name()
    if _name in ('Record', 'Registry'):
        continue
    _base = getattr(Coprod, _name)
    if not issubclass(_base, GObject.Object):
        continue
    if issubclass(_base, Coprod.Record):
        _ns = {'__module__': __name__, '__qualname__': _name}
        _add_checked_setters(_ns, _base)
        # _base already derives from the overridden Record
        _cls = override(type(_name, (_base,), _ns))
        globals()[_name] = _cls
        __all__.append(_name)
    else:
        _override_model_type(_base)
del _info, _name, _base


# The registry

def _record_types(gtype):
    """Every type derived from gtype, parents before children, in the
    order the types were registered."""
    for child in GObject.type_children(gtype):
        yield child
        yield from _record_types(child)


_no_default = object()


class Registry(Coprod.Registry):

    @classmethod
    def load(cls, path):
        """A new registry holding the document at @path (a str, a
        path-like object or a Gio.File); raises GLib.Error if it does
        not load."""
        registry = cls.new()
        registry.load_from_file(_as_file(path), None)
        return registry

    def save(self, path):
        """Saves to @path (a str, a path-like object or a Gio.File), as
        save_to_file() does; raises GLib.Error."""
        return self.save_to_file(_as_file(path), None)

    def load_from_data(self, data):
        """Replaces the contents with the document in @data, a str or
        bytes (or bytearray, memoryview, GLib.Bytes); raises GLib.Error
        and leaves the registry as it was if it does not load."""
        if isinstance(data, str):
            data = data.encode('utf-8')
        elif isinstance(data, GLib.Bytes):
            data = data.get_data()
        elif isinstance(data, (bytearray, memoryview)):
            data = bytes(data)
        elif not isinstance(data, bytes):
            raise TypeError('a document is str or bytes, not %s' % type(data).__name__)
        return Coprod.Registry.load_from_data(self, data)

    def to_bytes(self):
        """The document as UTF-8 bytes."""
        data, length = Coprod.Registry.to_data(self)
        return data.encode('utf-8')

    def to_string(self):
        """The document as str."""
        data, length = Coprod.Registry.to_data(self)
        return data

    def to_popolo(self, audience=Coprod.Audience.PUBLIC, flags=Coprod.PopoloFlags.NONE):
        """The Popolo JSON document of the people, organisations,
        partnerships, posts and memberships, as str; people named only if
        they consented to @audience (public unless said otherwise)."""
        data = Coprod.Registry.to_popolo(self, audience, flags)
        return bytes(data).decode('utf-8')

    def import_popolo(self, data):
        """Adds the Popolo document in @data, a str or bytes; raises
        GLib.Error and leaves the registry as it was if it is not one."""
        if isinstance(data, str):
            data = data.encode('utf-8')
        elif isinstance(data, GLib.Bytes):
            data = data.get_data()
        elif isinstance(data, (bytearray, memoryview)):
            data = bytes(data)
        elif not isinstance(data, bytes):
            raise TypeError('a document is str or bytes, not %s' % type(data).__name__)
        return Coprod.Registry.import_popolo(self, data)

    def to_data(self):
        """The document as str (the C call also gives its length, which
        Python does not need); to_bytes() gives UTF-8 bytes."""
        return self.to_string()

    def __str__(self):
        return self.to_string()

    def __repr__(self):
        return '<Coprod.Registry records=%d%s>' % (
            self.get_n_records(), ' modified' if self.get_modified() else '')

    def collections(self):
        """Yields each collection of the registry once, a Gio.ListModel
        per record type, in the order the registry writes them."""
        seen = []
        for gtype in _record_types(Coprod.Record.__gtype__):
            collection = self.get_collection(gtype)
            if collection is not None and not any(c is collection for c in seen):
                seen.append(collection)
                yield collection

    def __getitem__(self, record_id):
        if not isinstance(record_id, str):
            raise TypeError('record ids are strings, not %s'
                            % type(record_id).__name__)
        record = self.lookup(record_id)
        if record is None:
            raise KeyError(record_id)
        return record

    def get(self, record_id, default=None):
        """The record with that id, or @default if there is none."""
        if not isinstance(record_id, str):
            return default
        record = self.lookup(record_id)
        return default if record is None else record

    def keys(self):
        """The ids of every record, collection by collection."""
        return [record.get_id() for record in self]

    def values(self):
        """Every record, collection by collection."""
        return list(self)

    def items(self):
        """(id, record) for every record, collection by collection."""
        return [(record.get_id(), record) for record in self]

    def __contains__(self, item):
        if isinstance(item, str):
            return self.lookup(item) is not None
        if isinstance(item, Coprod.Record):
            record_id = item.get_id()
            return record_id is not None and self.lookup(record_id) is item
        return False

    def __len__(self):
        return self.get_n_records()

    def __iter__(self):
        # As a dict does: a registry changed while it is iterated raises,
        # rather than yield None or skip a record.
        collections = list(self.collections())
        changed = []

        def on_changed(model, position, removed, added):
            changed.append(True)

        handlers = [(c, c.connect('items-changed', on_changed)) for c in collections]
        try:
            for collection in collections:
                i = 0
                while True:
                    if changed:
                        raise RuntimeError('the registry changed during iteration')
                    if i >= collection.get_n_items():
                        break
                    yield collection.get_item(i)
                    i += 1
        finally:
            for collection, handler in handlers:
                collection.disconnect(handler)


def _as_file(path):
    if isinstance(path, Gio.File):
        return path
    return Gio.File.new_for_path(os.fspath(path))


Registry = override(Registry)
__all__.append('Registry')


# Titles of enum values

def title(value):
    """The title of an enum value or a single flag, for people
    ("Co-production" for Coprod.Rung.CO_PRODUCTION); None if it has none.
    Nicks (value.value_nick) are for files, titles for people."""
    return Coprod.enum_get_title(value.__gtype__, int(value))


def description(value):
    """A sentence saying what an enum value or a single flag means."""
    return Coprod.enum_get_description(value.__gtype__, int(value))


__all__ += ['title', 'description']
