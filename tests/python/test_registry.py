# test_registry.py: the registry from Python, through PyGObject and the
# gi.overrides.Coprod module
#
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# Run by meson with GI_TYPELIB_PATH and LD_LIBRARY_PATH set to the build's
# libcoprod/ and PYTHONPATH to the source's bindings/python.

import os
import stat
import tempfile
import unittest

import gi
gi.require_version('Coprod', '1.0')
gi.require_version('Gio', '2.0')
from gi.repository import Coprod, Gio, GLib, GObject  # noqa: E402

LIVED_CARER = Coprod.Role.LIVED_EXPERIENCE | Coprod.Role.CARER


def make_registry():
    registry = Coprod.Registry.new()
    registry.add(Coprod.Organisation(id='org-1', name='Riverside Carers Trust',
                                     sector=Coprod.Sector.CHARITY,
                                     area='Riverside'))
    registry.add(Coprod.Person(id='p-1', name='Robin Testperson',
                               roles=LIVED_CARER,
                               organisation_ids=['org-1'],
                               retain_until='2027-04'))
    return registry


class TempDirTestCase(unittest.TestCase):

    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory(prefix='coprod-python-')
        self.addCleanup(self.tmp.cleanup)

    def path(self, name):
        return os.path.join(self.tmp.name, name)


class TestOverrideLoaded(unittest.TestCase):

    def test_override_is_from_the_source_tree(self):
        # the tests must exercise bindings/python, not an installed copy
        import gi.overrides.Coprod as override
        source = os.environ.get('COPROD_SOURCE_DIR')
        if source is not None:
            self.assertEqual(
                os.path.realpath(override.__file__),
                os.path.realpath(os.path.join(source, 'bindings', 'python', 'gi',
                                              'overrides', 'Coprod.py')))
        self.assertIn('Registry', override.__all__)
        self.assertIn('Record', override.__all__)


class TestLookupChurn(unittest.TestCase):

    def test_lookup_after_adds_and_removes(self):
        # records are found by the text of an id from Python, and by the
        # ids the records and references of a loaded registry share, after
        # many adds and removes in a shuffled order
        import random
        rng = random.Random(3)
        registry = Coprod.Registry.new()
        present = set()
        ids = [f'p-{i}' for i in range(800)]
        for _ in range(3):
            rng.shuffle(ids)
            for pid in ids:
                if pid not in present:
                    registry.add(Coprod.Person(id=pid))
                    present.add(pid)
                elif rng.randrange(3) == 0:
                    registry.remove(pid)
                    present.discard(pid)
            for pid in ids:
                record = registry.lookup(pid)
                if pid in present:
                    self.assertIsNotNone(record)
                    self.assertEqual(record.get_id(), pid)
                else:
                    self.assertIsNone(record)
            self.assertEqual(registry.get_n_records(), len(present))

        data = registry.to_data()
        loaded = Coprod.Registry.new()
        loaded.load_from_data(data)
        self.assertEqual(loaded.get_n_records(), len(present))
        for pid in present:
            self.assertEqual(loaded.lookup(pid).get_id(), pid)


class TestSaveLoad(TempDirTestCase):

    def test_save_mode_and_load_back(self):
        registry = make_registry()
        self.assertEqual(registry.get_n_records(), 2)

        path = self.path('registry.json')
        old_umask = os.umask(0o022)
        try:
            self.assertTrue(registry.save_to_file(Gio.File.new_for_path(path), None))
        finally:
            os.umask(old_umask)
        self.assertEqual(stat.S_IMODE(os.stat(path).st_mode), 0o600)
        self.assertEqual(os.listdir(self.tmp.name), ['registry.json'])

        loaded = Coprod.Registry.new()
        self.assertTrue(loaded.load_from_file(Gio.File.new_for_path(path), None))
        self.assertEqual(loaded.get_n_records(), 2)

        person = loaded.lookup('p-1')
        self.assertIsInstance(person, Coprod.Person)
        self.assertEqual(person.get_roles(), LIVED_CARER)
        self.assertEqual(person.props.roles, LIVED_CARER)
        self.assertTrue(person.get_roles() & Coprod.Role.CARER)
        self.assertFalse(person.get_roles() & Coprod.Role.STAFF)
        self.assertTrue(person.has_lived_experience())
        self.assertEqual(list(person.get_organisation_ids()), ['org-1'])
        self.assertTrue(person.is_in_organisation('org-1'))
        self.assertEqual(person.props.retain_until, '2027-04')
        self.assertEqual(person.props.name, 'Robin Testperson')

        org = loaded.lookup('org-1')
        self.assertIsInstance(org, Coprod.Organisation)
        self.assertEqual(org.props.sector, Coprod.Sector.CHARITY)
        self.assertEqual(org.get_area(), 'Riverside')

        self.assertEqual(registry.to_data(), loaded.to_data())

    def test_roles_in_json_are_nicks(self):
        import json
        # the override gives the document as str, and as bytes
        registry = make_registry()
        data = registry.to_data()
        self.assertEqual(data.encode('utf-8'), registry.to_bytes())
        doc = json.loads(data)
        self.assertEqual(doc['format'], 'coprod')
        self.assertEqual(doc['version'], Coprod.FORMAT_VERSION)
        person = doc['people'][0]
        self.assertEqual(person['roles'], ['lived-experience', 'carer'])
        self.assertEqual(person['retain_until'], '2027-04')
        self.assertEqual(doc['organisations'][0]['sector'], 'charity')

    def test_load_from_bytes_and_stream(self):
        data = make_registry().to_data()
        registry = Coprod.Registry.new()
        self.assertTrue(registry.load_from_bytes(GLib.Bytes.new(data.encode('utf-8'))))
        self.assertEqual(len(registry), 2)

        stream = Gio.MemoryInputStream.new_from_bytes(GLib.Bytes.new(data.encode('utf-8')))
        other = Coprod.Registry.new()
        self.assertTrue(other.load_from_stream(stream, None))
        self.assertIn('p-1', other)


class TestErrors(TempDirTestCase):

    def assert_coprod_error(self, cm, code):
        error = cm.exception
        self.assertEqual(error.domain, 'coprod-error-quark')
        self.assertEqual(error.code, int(code))
        self.assertTrue(error.matches(Coprod.Error.quark(), code))
        return error

    def test_duplicate_id(self):
        registry = make_registry()
        with self.assertRaises(GLib.Error) as cm:
            registry.add(Coprod.Person(id='p-1', name='Jo Invented'))
        error = self.assert_coprod_error(cm, Coprod.Error.DUPLICATE_ID)
        self.assertIn('p-1', error.message)
        self.assertEqual(len(registry), 2)

    def test_invalid_id(self):
        registry = Coprod.Registry.new()
        for bad in ('', ' p-1', 'p-1\n'):
            with self.assertRaises(GLib.Error) as cm:
                registry.add(Coprod.Person(id=bad))
            self.assert_coprod_error(cm, Coprod.Error.ID)
        self.assertEqual(len(registry), 0)

    def test_remove_unknown(self):
        registry = make_registry()
        with self.assertRaises(GLib.Error) as cm:
            registry.remove('p-404')
        self.assert_coprod_error(cm, Coprod.Error.NOT_FOUND)

    def test_bad_documents(self):
        cases = [
            ('{"format":"coprod","version":2}', Coprod.Error.VERSION),
            ('{"version":1}', Coprod.Error.FORMAT),
            ('{"format":"coprod","version":1,"people":[{"id":"p","roles":["celebrity"]}]}',
             Coprod.Error.VALUE),
            ('{"format":"coprod","version":1,"people":[{"id":"p","retain_until":"2023-02-29"}]}',
             Coprod.Error.DATE),
            ('{"format":"coprod","version":1,"people":[{"id":"p","name":7}]}',
             Coprod.Error.TYPE),
            ('{"format":"coprod","version":1,"people":[{"name":"x"}]}', Coprod.Error.ID),
            ('{"format":"coprod","version":1,"people":[{"id":"a"}],"organisations":[{"id":"a"}]}',
             Coprod.Error.DUPLICATE_ID),
            ('{"format":"coprod",', Coprod.Error.PARSE),
        ]
        registry = make_registry()
        before = registry.to_data()
        for doc, code in cases:
            with self.subTest(doc=doc):
                with self.assertRaises(GLib.Error) as cm:
                    registry.load_from_data(doc.encode('utf-8'))
                self.assert_coprod_error(cm, code)
                self.assertEqual(registry.to_data(), before)

    def test_version_message(self):
        registry = Coprod.Registry.new()
        with self.assertRaises(GLib.Error) as cm:
            registry.load_from_data(b'{"format":"coprod","version":2}')
        error = self.assert_coprod_error(cm, Coprod.Error.VERSION)
        self.assertIn('2', error.message)
        self.assertIn('1', error.message)

    def test_missing_file_is_an_io_error(self):
        registry = Coprod.Registry.new()
        with self.assertRaises(GLib.Error) as cm:
            registry.load_from_file(Gio.File.new_for_path(self.path('nothing.json')), None)
        self.assertEqual(cm.exception.domain, 'g-io-error-quark')
        self.assertEqual(cm.exception.code, int(Gio.IOErrorEnum.NOT_FOUND))


class TestOverrides(unittest.TestCase):

    def test_getitem(self):
        registry = make_registry()
        person = registry['p-1']
        self.assertIsInstance(person, Coprod.Person)
        self.assertIs(person, registry.lookup('p-1'))
        self.assertIsInstance(registry['org-1'], Coprod.Organisation)
        with self.assertRaises(KeyError) as cm:
            registry['p-404']
        self.assertEqual(cm.exception.args, ('p-404',))
        with self.assertRaises(TypeError):
            registry[0]

    def test_contains(self):
        registry = make_registry()
        self.assertIn('p-1', registry)
        self.assertIn('org-1', registry)
        self.assertNotIn('p-404', registry)
        self.assertNotIn(1, registry)
        self.assertIn(registry['p-1'], registry)
        # a record with the same id that is not the one in the registry
        self.assertNotIn(Coprod.Person(id='p-1'), registry)

    def test_len(self):
        registry = make_registry()
        self.assertEqual(len(registry), 2)
        registry.add(Coprod.Person(id='p-2'))
        self.assertEqual(len(registry), 3)
        registry.remove('p-1')
        self.assertEqual(len(registry), 2)
        registry.clear()
        self.assertEqual(len(registry), 0)

    def test_iter(self):
        registry = make_registry()
        registry.add(Coprod.Person(id='p-2'))
        registry.add(Coprod.Organisation(id='org-2'))
        ids = [record.get_id() for record in registry]
        # collection by collection, each in its own order
        self.assertEqual(ids, ['org-1', 'org-2', 'p-1', 'p-2'])
        self.assertEqual(list(iter(Coprod.Registry.new())), [])

    def test_collections(self):
        registry = make_registry()
        collections = list(registry.collections())
        self.assertIs(collections[0], registry.get_organisations())
        self.assertIs(collections[1], registry.get_people())
        self.assertEqual(len(collections), len({id(c) for c in collections}))
        self.assertEqual(sum(c.get_n_items() for c in collections), len(registry))

    def test_repr(self):
        registry = make_registry()
        self.assertEqual(repr(registry['p-1']), "<Coprod.Person id='p-1'>")
        self.assertEqual(repr(registry['org-1']), "<Coprod.Organisation id='org-1'>")
        self.assertEqual(repr(Coprod.Person()), '<Coprod.Person id=None>')
        self.assertEqual(repr(Coprod.Person(id="it's")), '<Coprod.Person id="it\'s">')

    def test_collections_are_sequences(self):
        # PyGObject's Gio.ListModel override, on the registry's collections
        registry = make_registry()
        registry.add(Coprod.Person(id='p-2'))
        people = registry.get_people()
        self.assertEqual(len(people), 2)
        self.assertEqual([p.get_id() for p in people], ['p-1', 'p-2'])
        self.assertEqual(people[-1].get_id(), 'p-2')
        self.assertEqual([p.get_id() for p in people[0:1]], ['p-1'])
        with self.assertRaises(IndexError):
            people[2]
        self.assertIn(registry['p-1'], people)
        self.assertEqual(people.get_item_type(), Coprod.Person.__gtype__)
        self.assertEqual(people.props.n_items, 2)

    def test_items_changed(self):
        registry = make_registry()
        changes = []
        registry.get_people().connect(
            'items-changed', lambda model, pos, removed, added: changes.append((pos, removed, added)))
        registry.add(Coprod.Person(id='p-2'))
        registry.remove('p-1')
        self.assertEqual(changes, [(1, 0, 1), (0, 1, 0)])

    def test_properties_by_keyword(self):
        person = Coprod.Person(id='p-9', roles=Coprod.Role.VOLUNTEER,
                               consent_audience=Coprod.Audience.PUBLIC,
                               skills_brought=['art', 'listening'])
        self.assertEqual(person.get_id(), 'p-9')
        self.assertEqual(person.props.id, 'p-9')
        self.assertEqual(person.get_consent_audience(), Coprod.Audience.PUBLIC)
        self.assertEqual(list(person.props.skills_brought), ['art', 'listening'])
        self.assertFalse(person.has_lived_experience())
        self.assertFalse(person.is_withdrawn())
        person.set_withdrawn_date('2025-01')
        self.assertTrue(person.is_withdrawn())


class TestAsync(TempDirTestCase):

    def run_async(self, start, finish):
        """Calls start(callback), runs a GLib.MainLoop until the callback
        came, and returns {'value': finish(source, result)} or
        {'error': the GLib.Error it raised}."""
        loop = GLib.MainLoop()
        outcome = {}

        def done(source, result, *user_data):
            try:
                outcome['value'] = finish(source, result)
            except GLib.Error as e:
                outcome['error'] = e
            loop.quit()

        def give_up():
            outcome['timeout'] = True
            loop.quit()
            return GLib.SOURCE_REMOVE

        start(done)
        timeout_id = GLib.timeout_add_seconds(30, give_up)
        loop.run()
        if 'timeout' not in outcome:
            GLib.source_remove(timeout_id)
        self.assertNotIn('timeout', outcome, 'the callback never came')
        return outcome

    def test_async_save_and_load(self):
        registry = make_registry()
        file = Gio.File.new_for_path(self.path('async.json'))

        outcome = self.run_async(
            lambda cb: registry.save_to_file_async(file, None, cb),
            lambda source, result: source.save_to_file_finish(result))
        self.assertNotIn('error', outcome)
        self.assertTrue(outcome['value'])
        self.assertEqual(stat.S_IMODE(os.stat(file.get_path()).st_mode), 0o600)
        self.assertEqual(os.listdir(self.tmp.name), ['async.json'])

        loaded = Coprod.Registry.new()
        loaded.add(Coprod.Person(id='p-old'))
        before_finish = []

        def finish(source, result):
            # the registry is unchanged until _finish
            before_finish.append('p-old' in source)
            return source.load_from_file_finish(result)

        outcome = self.run_async(
            lambda cb: loaded.load_from_file_async(file, None, cb), finish)
        self.assertNotIn('error', outcome)
        self.assertTrue(outcome['value'])
        self.assertEqual(before_finish, [True])
        self.assertNotIn('p-old', loaded)
        self.assertEqual(loaded['p-1'].get_roles(), LIVED_CARER)
        self.assertEqual(len(loaded), 2)

    def test_async_cancelled(self):
        registry = make_registry()
        path = self.path('cancelled.json')
        with open(path, 'w') as f:
            f.write(registry.to_data())
        file = Gio.File.new_for_path(path)
        cancellable = Gio.Cancellable()
        cancellable.cancel()

        outcome = self.run_async(
            lambda cb: registry.load_from_file_async(file, cancellable, cb),
            lambda source, result: source.load_from_file_finish(result))
        self.assertIn('error', outcome)
        self.assertTrue(outcome['error'].matches(Gio.io_error_quark(),
                                                 Gio.IOErrorEnum.CANCELLED))
        self.assertEqual(len(registry), 2)

        target = Gio.File.new_for_path(self.path('not-written.json'))
        outcome = self.run_async(
            lambda cb: registry.save_to_file_async(target, cancellable, cb),
            lambda source, result: source.save_to_file_finish(result))
        self.assertIn('error', outcome)
        self.assertTrue(outcome['error'].matches(Gio.io_error_quark(),
                                                 Gio.IOErrorEnum.CANCELLED))
        self.assertFalse(os.path.exists(target.get_path()))

    def test_async_bad_document(self):
        path = self.path('newer.json')
        with open(path, 'w') as f:
            f.write('{"format":"coprod","version":2}')
        registry = make_registry()

        outcome = self.run_async(
            lambda cb: registry.load_from_file_async(Gio.File.new_for_path(path), None, cb),
            lambda source, result: source.load_from_file_finish(result))
        self.assertIn('error', outcome)
        self.assertEqual(outcome['error'].domain, 'coprod-error-quark')
        self.assertEqual(outcome['error'].code, int(Coprod.Error.VERSION))
        self.assertEqual(len(registry), 2)


if __name__ == '__main__':
    unittest.main()
