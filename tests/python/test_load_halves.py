# test_load_halves.py: a large document read by two threads, from Python
#
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# A document of 8 MB or more is read in two halves, by two threads, when
# the machine has two processors and the document is laid out in lines
# as it is saved (doc/format.md, "Reading"). A compact document, without
# lines, is always read in one pass. The same registry written both ways
# must load to the same records, save to the same bytes, find the same
# records, and fail with the same error.

import json
import os
import tempfile
import unittest

import gi
gi.require_version('Coprod', '1.0')
from gi.repository import Coprod, Gio, GLib  # noqa: E402

N_PEOPLE = 30000
N_PROJECTS = 12000


def document():
    people = [{'id': 'p-%05d' % i, 'name': 'Person %d' % i,
               'roles': ['lived-experience'] if i % 3 else ['staff']}
              for i in range(N_PEOPLE)]
    projects = []
    for i in range(N_PROJECTS):
        projects.append({
            'id': 'prj-%05d' % i, 'title': 'Project %d' % i,
            'involvements': [{'person_id': 'p-%05d' % ((i * 7 + k * 13) % N_PEOPLE),
                              'stage': stage, 'mode': 'partner', 'date': '2024-0%d' % (k + 1)}
                             for k, stage in enumerate(('planning', 'deciding', 'doing'))]})
    payments = [{'id': 'pay-%05d' % i, 'person_id': 'p-%05d' % i,
                 'project_id': 'prj-%05d' % (i % N_PROJECTS), 'amount': 2500,
                 'outcome': 'accepted', 'paid_date': '2024-05-01'}
                for i in range(0, N_PEOPLE, 2)]
    return {'format': 'coprod', 'version': 1, 'people': people,
            'projects': projects, 'payments': payments}


class LoadHalves(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.doc = document()
        cls.pretty = json.dumps(cls.doc, indent=2).encode('utf-8')
        cls.compact = json.dumps(cls.doc, separators=(',', ':')).encode('utf-8')

    def load_file(self, data):
        with tempfile.NamedTemporaryFile(suffix='.json') as f:
            f.write(data)
            f.flush()
            registry = Coprod.Registry.new()
            registry.load_from_file(Gio.File.new_for_path(f.name), None)
        return registry

    def test_large_enough_to_split(self):
        self.assertGreater(len(self.pretty), 8 << 20)
        self.assertNotIn(b'\n', self.compact)

    def test_same_registry(self):
        halves = self.load_file(self.pretty)
        one = Coprod.Registry.new()
        one.load_from_data(self.compact)
        self.assertEqual(halves.get_n_records(), one.get_n_records())
        self.assertEqual(halves.to_data(), one.to_data())
        # records from both halves are found, and their references
        for i in (0, N_PEOPLE // 2, N_PEOPLE - 1):
            self.assertEqual(halves.lookup('p-%05d' % i).get_name(), 'Person %d' % i)
        last = halves.lookup('prj-%05d' % (N_PROJECTS - 1))
        person_id = last.get_involvements().get_item(0).get_person_id()
        self.assertIs(type(halves.lookup(person_id)), Coprod.Person)

    def test_same_assessment(self):
        halves = self.load_file(self.pretty)
        one = Coprod.Registry.new()
        one.load_from_data(self.compact)
        self.assertEqual([a.get_rung() for a in halves.assess_all()],
                         [a.get_rung() for a in one.assess_all()])

    def test_same_error(self):
        doc = json.loads(json.dumps(self.doc))
        # a late payment takes the id of an early person
        doc['payments'][-1]['id'] = 'p-00001'
        pretty = json.dumps(doc, indent=2).encode('utf-8')
        compact = json.dumps(doc, separators=(',', ':')).encode('utf-8')
        with self.assertRaises(GLib.Error) as pretty_error:
            self.load_file(pretty)
        with self.assertRaises(GLib.Error) as compact_error:
            Coprod.Registry.new().load_from_data(compact)
        self.assertEqual(pretty_error.exception.code, Coprod.Error.DUPLICATE_ID)
        self.assertEqual(pretty_error.exception.message, compact_error.exception.message)
        self.assertIn('p-00001', pretty_error.exception.message)


if __name__ == '__main__':
    unittest.main()
