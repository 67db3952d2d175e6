# test_review.py: reviews against values frameworks, from Python
#
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# The review of every project of the example must give, through gi, the
# scores tests/data/review-expected.json pins (which the C suite checks
# too); the coprod command, which is C, must print what the text writer
# gives here; and the rules of doc/frameworks.md are checked on a registry
# built in Python.

import json
import os
import subprocess
import unittest

import gi
gi.require_version('Coprod', '1.0')
from gi.repository import Coprod, GLib  # noqa: E402

EXAMPLE = os.path.join(os.environ.get('COPROD_EXAMPLES_DATA', 'examples/data'),
                       'coprod-example.json')
EXPECTED = os.path.join(os.environ.get('COPROD_TEST_DATA', 'tests/data'),
                        'review-expected.json')
TOOL = os.environ.get('COPROD_TOOL')

FRAMEWORK = {
    "format": "coprod-framework", "version": 1, "key": "t", "title": "T",
    "scale": {"minimum": 1, "maximum": 5, "bands": [
        {"minimum": n, "maximum": n, "label": "band %d" % n} for n in range(1, 6)]},
    "values": [
        {"key": "v1", "title": "V1", "practices": [
            {"id": "pl", "text": "Plain", "check": "plain-language-papers"},
            {"id": "nc", "text": "No check"}]},
        {"key": "v2", "title": "V2", "practices": [{"id": "r", "text": "Rated"}]}],
}


def registry_with(n_meetings, n_plain, ratings, reviewers=("p-le",)):
    doc = {
        "format": "coprod", "version": 1,
        "people": [{"id": "p-le", "name": "Canary Jethou", "roles": ["lived-experience"]},
                   {"id": "p-staff", "name": "Canary Lihou", "roles": ["staff"]}],
        "projects": [{"id": "prj-a", "title": "A"}],
        "meetings": [{"id": "m%d" % i, "title": "M", "status": "held", "project_id": "prj-a",
                      "date": "2024-01-%02d" % (i + 1), "plain_language": i < n_plain}
                     for i in range(n_meetings)],
        "reviews": [{"id": "rev-1", "framework_id": "t", "subject_id": "prj-a",
                     "date": "2024-06-01", "reviewer_ids": list(reviewers),
                     "ratings": [{"practice_id": p, "score": s} for p, s in ratings]}],
    }
    registry = Coprod.Registry.new()
    registry.load_from_data(json.dumps(doc).encode('utf-8'))
    return registry


class ExampleReview(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.registry = Coprod.Registry.new()
        with open(EXAMPLE, 'rb') as f:
            cls.registry.load_from_data(f.read())
        with open(EXPECTED, encoding='utf-8') as f:
            cls.expected = json.load(f)

    def test_same_scores_as_c(self):
        as_of = self.expected['as_of']
        subjects = self.expected['subjects']
        project_ids = [p.get_id() for p in self.registry.get_projects()]
        self.assertTrue(set(project_ids) <= set(subjects), "every project is pinned")
        for subject_id, want in subjects.items():
            with self.subTest(subject=subject_id):
                result = self.registry.review_as_of(subject_id, None, as_of)
                self.assertEqual(result.get_framework().get_key(), want['framework'])
                self.assertAlmostEqual(result.get_score(), want['score'], places=5)
                self.assertEqual(result.get_band(), want['band'])
                self.assertEqual(int(result.get_source()), want['source'])
                self.assertEqual(result.get_n_reviewers(), want['n_reviewers'])
                self.assertEqual(result.get_n_lived_experience_reviewers(),
                                 want['n_lived_experience_reviewers'])
                self.assertEqual(result.get_findings().get_n_items(), want['n_findings'])
                got = {s.get_practice().get_id(): s for s in result.get_practices()}
                self.assertEqual(sorted(got), sorted(want['practices']))
                for practice_id, (source, score, disagreement) in want['practices'].items():
                    s = got[practice_id]
                    self.assertEqual(int(s.get_source()), source, practice_id)
                    self.assertAlmostEqual(s.get_score(), score, places=5)
                    self.assertEqual(s.get_disagreement(), disagreement)
                    # properties say what the getters say
                    self.assertEqual(s.props.score, s.get_score())
                    self.assertEqual(s.props.source, s.get_source())
                values = {v.get_value().get_key(): v for v in result.get_values()}
                self.assertEqual(sorted(values), sorted(want['values']))
                for key, (score, n_scored) in want['values'].items():
                    self.assertAlmostEqual(values[key].get_score(), score, places=5)
                    self.assertEqual(values[key].get_n_scored(), n_scored)

    def test_example_review_cites_only_its_practices(self):
        for review in self.registry.get_reviews():
            framework = Coprod.Framework.get_builtin(review.get_framework_id())
            self.assertIsNotNone(framework)
            for rating in review.get_ratings():
                self.assertIsNotNone(framework.lookup_practice(rating.get_practice_id()),
                                     rating.get_practice_id())
        codes = {f.get_code() for f in self.registry.validate_as_of('2024-12-31')}
        self.assertFalse(codes & {'unknown-practice', 'unknown-framework', 'score-out-of-scale'})

    @unittest.skipUnless(TOOL, "COPROD_TOOL is not set")
    def test_command_prints_what_the_writer_gives(self):
        as_of = self.expected['as_of']
        writer = Coprod.TextWriter.new()
        for project in self.registry.get_projects():
            with self.subTest(project=project.get_id()):
                r = subprocess.run([TOOL, 'review', EXAMPLE, '--subject', project.get_id(),
                                    '--as-of', as_of], capture_output=True, text=True)
                self.assertEqual(r.returncode, 0, r.stderr)
                self.assertEqual(r.stderr, '')
                result = self.registry.review_as_of(project.get_id(), None, as_of)
                self.assertEqual(r.stdout, writer.write_review(result))

    @unittest.skipUnless(TOOL, "COPROD_TOOL is not set")
    def test_command_reviews_every_project(self):
        r = subprocess.run([TOOL, 'review', EXAMPLE, '--as-of', '2024-12-31'],
                           capture_output=True, text=True)
        self.assertEqual(r.returncode, 0, r.stderr)
        for project in self.registry.get_projects():
            self.assertIn('Review of %s against ' % project.get_id(), r.stdout)
        # no name of a person is printed
        for person in self.registry.get_people():
            if person.get_name():
                self.assertNotIn(person.get_name(), r.stdout)

    @unittest.skipUnless(TOOL, "COPROD_TOOL is not set")
    def test_command_errors(self):
        for args, status in ((['--subject', 'nobody'], 1),
                             (['--framework', 'no-such'], 1),
                             (['--as-of', '2024-02-30'], 2),
                             (['--framework', 'flse', '--framework-file', EXAMPLE], 2)):
            with self.subTest(args=args):
                r = subprocess.run([TOOL, 'review', EXAMPLE, *args], capture_output=True, text=True)
                self.assertEqual(r.returncode, status, r.stderr)
                self.assertEqual(r.stdout, '')
                self.assertTrue(r.stderr)


class ReviewRules(unittest.TestCase):
    def setUp(self):
        self.framework = Coprod.Framework.new_from_data(json.dumps(FRAMEWORK).encode('utf-8'))

    def review(self, registry):
        return registry.review_with_framework('prj-a', self.framework, '2024-12-31')

    def test_disagreement_boundary(self):
        # the records say 5 (all plain); people 4 is one band away, 3 two
        for people, disagree in ((4, False), (3, True)):
            result = self.review(registry_with(2, 2, [('pl', people)]))
            score = result.lookup_practice('pl')
            self.assertEqual(score.get_source(), Coprod.ScoreSource.BOTH)
            self.assertEqual(score.get_disagreement(), disagree)
            self.assertEqual(result.get_n_disagreements(), int(disagree))
            codes = [f.get_code() for f in result.get_findings()]
            self.assertEqual(codes.count('data-people-disagree'), int(disagree))

    def test_partly_met_in_proportion(self):
        result = self.review(registry_with(4, 3, []))
        score = result.lookup_practice('pl')
        self.assertEqual(score.get_check_result().get_status(), Coprod.CheckStatus.PARTLY_MET)
        self.assertEqual(score.get_data_score(), 4.0)
        self.assertEqual(score.get_band(), 'band 4')
        self.assertEqual(list(score.get_evidence_ids()), ['m0', 'm1', 'm2', 'm3'])

    def test_values_count_the_same(self):
        result = self.review(registry_with(2, 2, [('nc', 1), ('r', 5)]))
        values = {v.get_value().get_key(): v.get_score() for v in result.get_values()}
        self.assertEqual(values, {'v1': 3.0, 'v2': 5.0})
        self.assertEqual(result.get_score(), 4.0)
        self.assertEqual(result.get_source(), Coprod.ScoreSource.BOTH)

    def test_no_lived_experience_reviewer(self):
        result = self.review(registry_with(0, 0, [('r', 3)], reviewers=('p-staff',)))
        self.assertEqual(result.get_n_reviewers(), 1)
        self.assertEqual(result.get_n_lived_experience_reviewers(), 0)
        findings = [(f.get_code(), f.get_record_id(), f.get_member()) for f in result.get_findings()]
        self.assertIn(('no-lived-experience-reviewer', 'rev-1', 'reviewer_ids'), findings)
        for f in result.get_findings():
            self.assertNotIn('Canary', f.get_message())

    def test_errors(self):
        registry = registry_with(0, 0, [])
        with self.assertRaises(GLib.Error) as cm:
            registry.review_as_of('p-le', None, '2024-12-31')
        self.assertEqual(cm.exception.code, Coprod.Error.NOT_FOUND)
        with self.assertRaises(GLib.Error) as cm:
            registry.review_as_of('prj-a', 'no-such', '2024-12-31')
        self.assertEqual(cm.exception.code, Coprod.Error.NOT_FOUND)
        with self.assertRaises(GLib.Error) as cm:
            registry.review_as_of('prj-a', None, 'tomorrow')
        self.assertEqual(cm.exception.code, Coprod.Error.DATE)


if __name__ == '__main__':
    unittest.main()
