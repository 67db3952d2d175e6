# test_reliability.py: defects found by hostile and unlucky use, from Python
#
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# Each test reproduces a defect as a Python program met it; each failed
# before the fix.

import json
import os
import tempfile
import unittest

import gi
gi.require_version('Coprod', '1.0')
gi.require_version('Gio', '2.0')
from gi.repository import Coprod, Gio, GLib  # noqa: E402


def text(registry):
    data = registry.to_data()
    # PyGObject gives (text, length) for the out argument
    return data[0] if isinstance(data, tuple) else data


def make_registry(n=5):
    registry = Coprod.Registry.new()
    for i in range(n):
        registry.add(Coprod.Person(id='p-%d' % i))
    registry.add(Coprod.Organisation(id='org-1'))
    return registry


class Iteration(unittest.TestCase):
    """A registry changed while it is iterated raises, as a dict does,
    rather than yield None or skip a record."""

    def test_removed_during_loop(self):
        registry = make_registry()
        seen = []
        with self.assertRaises(RuntimeError):
            for record in registry:
                seen.append(record)
                registry.remove('p-4')
        self.assertNotIn(None, seen)

    def test_added_during_loop(self):
        registry = make_registry()
        with self.assertRaises(RuntimeError):
            for i, record in enumerate(registry):
                registry.add(Coprod.Person(id='new-%d' % i))

    def test_unchanged_loop_yields_every_record(self):
        registry = make_registry()
        ids = [record.get_id() for record in registry]
        self.assertEqual(ids, ['org-1'] + ['p-%d' % i for i in range(5)])

    def test_abandoned_loop_lets_go(self):
        registry = make_registry()
        for record in registry:
            break
        del record
        # no handler is left behind: a change after the loop is fine
        registry.remove('p-0')
        self.assertEqual(len(registry), 5)
        self.assertEqual(len(list(registry)), 5)


class Saving(unittest.TestCase):

    def test_exponent_numbers_load_save_load(self):
        registry = Coprod.Registry.new()
        registry.load_from_data(b'{"format": "coprod", "version": 1, "x": 1e21}')
        saved = text(registry)
        self.assertEqual(json.loads(saved)['x'], 1e21)
        again = Coprod.Registry.new()
        again.load_from_data(saved.encode())
        with tempfile.TemporaryDirectory(prefix='coprod-python-') as tmp:
            registry.save_to_file(Gio.File.new_for_path(os.path.join(tmp, 'r.json')), None)


class Messages(unittest.TestCase):

    def test_no_control_characters(self):
        registry = Coprod.Registry.new()
        with self.assertRaises(GLib.Error) as caught:
            registry.load_from_data(
                b'{"format": "coprod", "version": 1, "people":'
                b' [{"id": "p-1", "organisation_ids": ["\\u001b]0;x\\u0007\\u001b[2J"]}]}')
        message = caught.exception.message
        self.assertTrue(caught.exception.matches(Coprod.error_quark(), Coprod.Error.ID))
        self.assertFalse(any(ord(c) < 0x20 or 0x7f <= ord(c) < 0xa0 for c in message),
                         repr(message))


class OnePass(unittest.TestCase):
    """The registry is read in one pass: its errors, what it keeps and what
    its messages quote, as a Python program sees them."""

    def load_error(self, doc):
        registry = make_registry()
        before = text(registry)
        with self.assertRaises(GLib.Error) as caught:
            registry.load_from_data(doc.encode('utf-8'))
        self.assertEqual(text(registry), before)
        return caught.exception

    def test_bytes_before_header_before_records(self):
        error = self.load_error('{"people": [{"id": "p", "name": 7}], "format": "coprod", '
                                '"version": 1, "x": [1,]}')
        self.assertTrue(error.matches(Coprod.error_quark(), Coprod.Error.PARSE), error.message)
        error = self.load_error('{"people": [{"id": "p", "name": 7}], "format": "coprod", '
                                '"version": 3}')
        self.assertTrue(error.matches(Coprod.error_quark(), Coprod.Error.VERSION), error.message)
        error = self.load_error('{"format": "coprod", "version": 1, '
                                '"people": [{"name": 7, "id": "p-7"}]}')
        self.assertTrue(error.matches(Coprod.error_quark(), Coprod.Error.TYPE), error.message)
        self.assertTrue(error.message.startswith('people[0] (id "p-7"), member "name"'),
                        error.message)

    def test_free_text_is_not_quoted(self):
        for record in ('{"id": "p", "consent_audience": "Ash Tully"}',
                       '{"id": "p", "retain_until": "Ash Tully"}',
                       '{"id": "p", "organisation_ids": ["Ash Tully "]}'):
            with self.subTest(record=record):
                error = self.load_error('{"format": "coprod", "version": 1, "people": [%s]}'
                                        % record)
                self.assertNotIn('Ash', error.message)
                self.assertIn('member "', error.message)

    def test_unknown_members_keep_their_types(self):
        doc = ('{"format": "coprod", "version": 1, "people": [{"id": "p", '
               '"x_n": [0, -0, 1.0, -0.0, 1e21, 2.5e-300, true, null, "\\u00e9\\n"], '
               '"x_o": {"b": {}, "a": []}}], "z": 9007199254740991}')
        registry = Coprod.Registry.new()
        registry.load_from_data(doc.encode('utf-8'))
        saved = json.loads(text(registry))
        person = saved['people'][0]
        self.assertEqual(person['x_n'], [0, 0, 1.0, -0.0, 1e21, 2.5e-300, True, None, '\u00e9\n'])
        self.assertEqual([type(v) for v in person['x_n'][:5]], [int, int, float, float, float])
        self.assertEqual(list(person['x_o']), ['b', 'a'])
        self.assertEqual(saved['z'], 9007199254740991)
        again = Coprod.Registry.new()
        again.load_from_data(text(registry).encode('utf-8'))
        self.assertEqual(text(again), text(registry))


class Ownership(unittest.TestCase):

    def test_list_outlives_its_registry(self):
        registry = Coprod.Registry.new()
        registry.load_from_data(b'{"format": "coprod", "version": 1, '
                                b'"people": [{"id": "p-1"}]}')
        people = registry.get_people()
        del registry
        person = people.get_item(0)
        second = Coprod.Registry.new()
        second.add(person)
        self.assertEqual(len(second), 1)

    def test_record_in_one_registry(self):
        first = make_registry()
        second = Coprod.Registry.new()
        with self.assertRaises(GLib.Error) as caught:
            second.add(first['p-1'])
        self.assertTrue(caught.exception.matches(Coprod.error_quark(), Coprod.Error.IN_USE))
        person = first['p-1']
        first.remove('p-1')
        second.add(person)
        self.assertIs(second['p-1'], person)


class Fifo(unittest.TestCase):

    def test_fifo_is_refused(self):
        with tempfile.TemporaryDirectory(prefix='coprod-python-') as tmp:
            path = os.path.join(tmp, 'fifo')
            os.mkfifo(path)
            registry = Coprod.Registry.new()
            with self.assertRaises(GLib.Error) as caught:
                registry.load_from_file(Gio.File.new_for_path(path), None)
            self.assertTrue(caught.exception.matches(Gio.io_error_quark(),
                                                     Gio.IOErrorEnum.NOT_REGULAR_FILE))


if __name__ == '__main__':
    unittest.main()
