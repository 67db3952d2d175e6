# test_practice_checks.py: the automatic checks of practices, from Python
#
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# Two checks run on the example registry through gi; each status is
# compared with one worked out here from the document itself, by the rules
# in doc/frameworks.md, and with the statuses tests/test-practice-checks.c
# expects of the same registry.

import json
import os
import unittest

import gi
gi.require_version('Coprod', '1.0')
from gi.repository import Coprod, GLib  # noqa: E402

EXAMPLE = os.path.join(os.environ.get('COPROD_EXAMPLES_DATA', 'examples/data'),
                       'coprod-example.json')
AS_OF = '2025-01-01'
LIVED_EXPERIENCE = {'lived-experience', 'carer', 'family-member'}

# what the C suite expects of the example registry
C_EXPECTS = {
    ('plain-language-papers', 'prt-stoke-cop'): Coprod.CheckStatus.MET,
    ('skills-developed', 'prt-stoke-cop'): Coprod.CheckStatus.PARTLY_MET,
    ('skills-developed', 'prt-fife'): Coprod.CheckStatus.NOT_MET,
}

FRAMEWORK = {
    "format": "coprod-framework", "version": 1, "key": "t", "title": "T",
    "scale": {"minimum": 1, "maximum": 2, "bands": [
        {"minimum": 1, "maximum": 2, "label": "L"}]},
    "values": [{"key": "v", "title": "V", "practices": [
        {"id": "papers", "text": "P", "check": "plain-language-papers"},
        {"id": "skills", "text": "S", "check": "skills-developed"},
        {"id": "none", "text": "N"}]}],
}


def status_of(considered, met):
    if considered == 0:
        return Coprod.CheckStatus.NOT_APPLICABLE
    if met == considered:
        return Coprod.CheckStatus.MET
    if met == 0:
        return Coprod.CheckStatus.NOT_MET
    return Coprod.CheckStatus.PARTLY_MET


class PracticeChecks(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        with open(EXAMPLE, 'rb') as f:
            data = f.read()
        cls.doc = json.loads(data)
        cls.registry = Coprod.Registry.new()
        cls.registry.load_from_data(data)
        cls.framework = Coprod.Framework.new_from_data(json.dumps(FRAMEWORK).encode('utf-8'))

    def run_check(self, practice_id, subject):
        practice = self.framework.lookup_practice(practice_id)
        return self.registry.run_check(practice, subject, AS_OF)

    def projects_of(self, partnership):
        return [p for p in self.doc['projects'] if p.get('partnership_id') == partnership]

    def expected_papers(self, partnership):
        project_ids = {p['id'] for p in self.projects_of(partnership)}
        held = [m for m in self.doc['meetings']
                if (m.get('project_id') in project_ids or m.get('partnership_id') == partnership)
                and m.get('status') == 'held' and 'date' in m and m['date'][:10] <= AS_OF]
        return status_of(len(held), sum(1 for m in held if m.get('plain_language')))

    def expected_skills(self, partnership):
        people = {p['id']: p for p in self.doc['people']}
        seen = []
        for project in self.projects_of(partnership):
            for inv in project.get('involvements', []):
                person = people.get(inv['person_id'])
                if (person is None or inv.get('planned') or inv.get('date', '') > AS_OF
                        or not LIVED_EXPERIENCE & set(person.get('roles', []))
                        or person.get('withdrawn_date', '9999') <= AS_OF
                        or person['id'] in seen):
                    continue
                seen.append(person['id'])
        met = sum(1 for i in seen if people[i].get('skills_developed'))
        return status_of(len(seen), met), seen

    def test_involvement_naming_no_one(self):
        doc = json.loads(json.dumps(self.doc))
        for project in doc['projects']:
            for inv in project.get('involvements', []):
                del inv['person_id']
        registry = Coprod.Registry.new()
        registry.load_from_data(json.dumps(doc).encode('utf-8'))
        practice = self.framework.lookup_practice('skills')
        result = registry.run_check(practice, 'prt-stoke-cop', AS_OF)
        self.assertEqual(result.get_status(), Coprod.CheckStatus.NOT_APPLICABLE)
        self.assertEqual(result.get_n_considered(), 0)

    def test_plain_language_papers(self):
        for partnership in self.doc['partnerships']:
            result = self.run_check('papers', partnership['id'])
            self.assertEqual(result.get_name(), 'plain-language-papers')
            self.assertEqual(result.get_status(), self.expected_papers(partnership['id']),
                             result.get_summary())
            self.assertLessEqual(result.get_n_met(), result.get_n_considered())

    def test_skills_developed(self):
        for partnership in self.doc['partnerships']:
            result = self.run_check('skills', partnership['id'])
            status, people = self.expected_skills(partnership['id'])
            self.assertEqual(result.get_status(), status, result.get_summary())
            self.assertEqual(result.get_n_considered(), len(people))
            self.assertEqual(sorted(result.get_evidence_ids()), sorted(people))
            names = [p['name'] for p in self.doc['people'] if 'name' in p]
            for name in names:
                self.assertNotIn(name, result.get_summary())

    def test_same_as_c(self):
        practices = {'plain-language-papers': 'papers', 'skills-developed': 'skills'}
        for (check, subject), status in C_EXPECTS.items():
            result = self.run_check(practices[check], subject)
            self.assertEqual(result.get_status(), status, result.get_summary())

    def test_errors(self):
        with self.assertRaises(GLib.Error) as cm:
            self.run_check('papers', 'nobody')
        self.assertEqual(cm.exception.code, Coprod.Error.NOT_FOUND)
        with self.assertRaises(GLib.Error) as cm:
            self.run_check('none', 'prt-fife')
        self.assertEqual(cm.exception.code, Coprod.Error.VALUE)
        with self.assertRaises(GLib.Error) as cm:
            self.registry.run_check(self.framework.lookup_practice('papers'), 'prt-fife', '2025-13-01')
        self.assertEqual(cm.exception.code, Coprod.Error.DATE)

    def test_today(self):
        result = self.registry.run_check(self.framework.lookup_practice('papers'),
                                         'prt-stoke-cop', None)
        self.assertEqual(result.get_status(), Coprod.CheckStatus.MET)


if __name__ == '__main__':
    unittest.main()
