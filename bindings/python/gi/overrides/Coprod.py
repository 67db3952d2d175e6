# Coprod.py: Pythonic touches over the Coprod typelib
#
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# PyGObject loads this module when a program imports
# gi.repository.Coprod. It wraps nothing: every method here is a few lines
# over the introspected API, which stays available as it is.
#
#   registry['p-1']          lookup by id; KeyError if there is none
#   'p-1' in registry        is there a record with that id
#   len(registry)            the number of records in all collections
#   for record in registry   every record, collection by collection;
#                            RuntimeError if the registry changes meanwhile
#   repr(record)             <Coprod.Person id='p-1'>
#
# The collections (registry.get_people() and the like) are Gio.ListModels,
# which PyGObject (3.42 and later) already makes iterable, indexable and
# sized; nothing is added to them here.

from ..overrides import override
from ..module import get_introspection_module

from gi.repository import GObject

Coprod = get_introspection_module('Coprod')

__all__ = []


class Record(Coprod.Record):

    def __repr__(self):
        return '<Coprod.%s id=%r>' % (type(self).__name__, self.get_id())


Record = override(Record)
__all__.append('Record')


def _record_types(gtype):
    """Every type derived from gtype, parents before children, in the
    order the types were registered."""
    for child in GObject.type_children(gtype):
        yield child
        yield from _record_types(child)


class Registry(Coprod.Registry):

    def collections(self):
        """Yields each collection of the registry once, a Gio.ListModel
        per record type, in the order the registry writes them."""
        seen = []
        for gtype in _record_types(Record.__gtype__):
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


Registry = override(Registry)
__all__.append('Registry')
