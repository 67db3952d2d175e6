# test_popolo.py: Popolo JSON out of a registry and into one, through the
# Python binding and the coprod command
#
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# Run by meson with GI_TYPELIB_PATH and LD_LIBRARY_PATH set to the build's
# libcoprod/, PYTHONPATH to the source's bindings/python, COPROD_TOOL to
# the coprod command and COPROD_EXAMPLES_DATA to the examples' data.

import json
import os
import stat
import subprocess
import tempfile
import unittest

import gi
gi.require_version('Coprod', '1.0')
from gi.repository import Coprod, GLib  # noqa: E402

DATA = os.environ.get('COPROD_EXAMPLES_DATA',
                      os.path.join(os.path.dirname(__file__), '..', '..', 'examples', 'data'))
EXAMPLES = sorted(f for f in os.listdir(DATA) if f.endswith('.json'))
TOOL = os.environ.get('COPROD_TOOL')


def membership_tuple(m):
    return (m.get_member_id(), m.get_role(), m.get_post_id(), m.get_on_behalf_of_id(),
            m.get_start_date(), m.get_end_date(), m.get_lead(), m.get_paid())


class RoundTrip(unittest.TestCase):
    def test_examples_keep_people_groups_posts_memberships(self):
        self.assertEqual(len(EXAMPLES), 6)
        for name in EXAMPLES:
            with self.subTest(example=name):
                registry = Coprod.Registry.load(os.path.join(DATA, name))
                popolo = registry.to_popolo(Coprod.Audience.INTERNAL)
                self.assertIsInstance(popolo, str)
                doc = json.loads(popolo)
                self.assertEqual(set(doc), {'persons', 'organizations', 'posts', 'memberships'})

                copy = Coprod.Registry()
                copy.import_popolo(popolo)

                kept = [p for p in registry.get_people() if not p.is_withdrawn()]
                self.assertEqual([p.get_id() for p in copy.get_people()], [p.get_id() for p in kept])
                for p in kept:
                    q = copy[p.get_id()]
                    self.assertEqual(q.get_name(), p.get_name())
                    self.assertEqual(list(q.get_organisation_ids() or []),
                                     list(p.get_organisation_ids() or []))
                    self.assertIsNone(q.get_email())
                self.assertEqual([(o.get_id(), o.get_name(), o.get_sector(), o.get_area(), o.get_url())
                                  for o in copy.get_organisations()],
                                 [(o.get_id(), o.get_name(), o.get_sector(), o.get_area(), o.get_url())
                                  for o in registry.get_organisations()])
                self.assertEqual([(s.get_id(), s.get_group_id(), s.get_label(), s.get_role(),
                                   s.get_paid(), s.get_selection(), s.get_start_date(), s.get_end_date())
                                  for s in copy.get_posts()],
                                 [(s.get_id(), s.get_group_id(), s.get_label(), s.get_role(),
                                   s.get_paid(), s.get_selection(), s.get_start_date(), s.get_end_date())
                                  for s in registry.get_posts()])
                withdrawn = {p.get_id() for p in registry.get_people() if p.is_withdrawn()}
                for prt in registry.get_partnerships():
                    other = copy[prt.get_id()]
                    self.assertEqual((other.get_name(), other.get_kind(), other.get_purpose(),
                                      other.get_parent_id(), other.get_start_date(), other.get_end_date()),
                                     (prt.get_name(), prt.get_kind(), prt.get_purpose(),
                                      prt.get_parent_id(), prt.get_start_date(), prt.get_end_date()))
                    self.assertEqual([membership_tuple(m) for m in other.get_memberships()],
                                     [membership_tuple(m) for m in prt.get_memberships()
                                      if m.get_member_id() not in withdrawn])

                # Popolo -> registry -> Popolo is the same document
                self.assertEqual(copy.to_popolo(Coprod.Audience.INTERNAL), popolo)

    def test_what_popolo_cannot_hold_is_left_out(self):
        registry = Coprod.Registry.load(os.path.join(DATA, 'worcestershire-building-together.json'))
        self.assertGreater(len(registry.get_projects()), 0)
        copy = Coprod.Registry()
        copy.import_popolo(registry.to_popolo(Coprod.Audience.INTERNAL))
        self.assertEqual(len(copy.get_projects()), 0)
        self.assertEqual(len(copy.get_payments()), 0)
        self.assertEqual(len(copy.get_pledges()), 0)


class PersonalData(unittest.TestCase):
    def registry(self):
        registry = Coprod.Registry()
        registry.load_from_data(json.dumps({
            'format': 'coprod', 'version': 1,
            'people': [
                {'id': 'p-public', 'name': 'Pat Public', 'consent_audience': 'public',
                 'email': 'pat@example.org', 'roles': ['lived-experience']},
                {'id': 'p-internal', 'name': 'Ivy Internal', 'email': 'ivy@example.org'},
                {'id': 'p-gone', 'name': 'Gil Gone', 'consent_audience': 'public',
                 'consent_date': '2023-01-01', 'withdrawn_date': '2024-01-01'},
            ]}))
        return registry

    def test_names_follow_consent_and_contacts_need_asking(self):
        registry = self.registry()
        public = json.loads(registry.to_popolo())
        self.assertEqual(public['persons'], [{'id': 'p-public', 'name': 'Pat Public'},
                                             {'id': 'p-internal'}])
        internal = json.loads(registry.to_popolo(Coprod.Audience.INTERNAL))
        self.assertEqual([p.get('name') for p in internal['persons']], ['Pat Public', 'Ivy Internal'])
        contacts = json.loads(registry.to_popolo(Coprod.Audience.PUBLIC, Coprod.PopoloFlags.CONTACTS))
        self.assertEqual(contacts['persons'][0]['contact_details'],
                         [{'type': 'email', 'value': 'pat@example.org'}])
        self.assertNotIn('contact_details', contacts['persons'][1])
        self.assertNotIn('lived-experience', registry.to_popolo(Coprod.Audience.INTERNAL))


class Malformed(unittest.TestCase):
    CASES = [
        ('{"persons": [', 'Coprod.Error.PARSE', '1:'),
        ('{"persons": [{"id": "a", "name": 3}]}', 'TYPE', 'persons[0], member "name"'),
        ('{"posts": [{"id": "s", "start_date": "2024-02-30"}]}', 'DATE', 'posts[0], member "start_date"'),
        ('{"memberships": [{"person_id": "a", "organization_id": "nowhere"}]}', 'NOT_FOUND',
         'memberships[0], member "organization_id"'),
        ('{"persons": [{"id": "p-1"}]}', 'DUPLICATE_ID', 'already in the registry'),
        ('"persons"', 'FORMAT', 'top level'),
    ]

    def test_errors_say_where_and_change_nothing(self):
        for doc, code, where in self.CASES:
            with self.subTest(doc=doc):
                registry = Coprod.Registry()
                registry.add(Coprod.Person(id='p-1', name='One'))
                before = registry.to_string()
                with self.assertRaises(GLib.Error) as raised:
                    registry.import_popolo(doc)
                self.assertTrue(raised.exception.matches(Coprod.Error.quark(),
                                                         getattr(Coprod.Error, code.split('.')[-1])))
                self.assertIn(where, raised.exception.message)
                self.assertEqual(registry.to_string(), before)


@unittest.skipUnless(TOOL, 'COPROD_TOOL is not set')
class Tool(unittest.TestCase):
    def test_export_and_import(self):
        source = os.path.join(DATA, 'worcestershire-building-together.json')
        with tempfile.TemporaryDirectory() as tmp:
            out = os.path.join(tmp, 'popolo.json')
            result = subprocess.run([TOOL, 'popolo', source, '-o', out], capture_output=True, text=True)
            self.assertEqual(result.returncode, 0, result.stderr)
            self.assertEqual(stat.S_IMODE(os.stat(out).st_mode), 0o600)
            with open(out) as f:
                doc = json.load(f)
            self.assertEqual(len([p for p in doc['posts'] if p['organization_id'] == 'prt-bt-board']), 10)

            registry_path = os.path.join(tmp, 'registry.json')
            result = subprocess.run([TOOL, 'popolo', '--import', out, '-o', registry_path],
                                    capture_output=True, text=True)
            self.assertEqual(result.returncode, 0, result.stderr)
            self.assertEqual(stat.S_IMODE(os.stat(registry_path).st_mode), 0o600)
            registry = Coprod.Registry.load(registry_path)
            self.assertEqual(len(registry.get_posts()), 10)

            # a file that was there, readable by all, is replaced by a private one
            with open(out, 'w') as f:
                f.write('{}')
            os.chmod(out, 0o644)
            result = subprocess.run([TOOL, 'popolo', source, '-o', out], capture_output=True, text=True)
            self.assertEqual(result.returncode, 0, result.stderr)
            self.assertEqual(stat.S_IMODE(os.stat(out).st_mode), 0o600)

            # printed, the default audience is the public
            printed = subprocess.run([TOOL, 'popolo', source], capture_output=True, text=True)
            self.assertEqual(printed.returncode, 0)
            self.assertEqual(json.loads(printed.stdout), json.loads(
                Coprod.Registry.load(source).to_popolo(Coprod.Audience.PUBLIC)))

    def test_malformed_import_names_the_place(self):
        with tempfile.TemporaryDirectory() as tmp:
            bad = os.path.join(tmp, 'bad.json')
            with open(bad, 'w') as f:
                f.write('{"persons": [{"id": "a", "name": 3}]}')
            result = subprocess.run([TOOL, 'popolo', '--import', bad, '-o', os.path.join(tmp, 'out.json')],
                                    capture_output=True, text=True)
            self.assertEqual(result.returncode, 1)
            self.assertIn('persons[0], member "name"', result.stderr)
            self.assertFalse(os.path.exists(os.path.join(tmp, 'out.json')))
            usage = subprocess.run([TOOL, 'popolo', '--import', bad], capture_output=True, text=True)
            self.assertEqual(usage.returncode, 2)


if __name__ == '__main__':
    unittest.main()
