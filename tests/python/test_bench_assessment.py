# SPDX-License-Identifier: LGPL-2.1-or-later
"""The benchmark's pure-Python assessment (tests/bench/assess_py.py) gives,
for every project, every value libcoprod's assess_all gives: on the
bundled examples, on a generated registry, on the shared assessment cases
and on a registry made here to reach the relations the others do not."""

import io
import json
import os
import subprocess
import sys
import tempfile
import unittest

import gi

gi.require_version("Coprod", "1.0")
from gi.repository import Coprod  # noqa: E402

sys.path.insert(0, os.path.join(os.environ["COPROD_SOURCE_DIR"], "tests", "bench"))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import assess_py  # noqa: E402
import test_assessment  # noqa: E402  (its cases' documents)

EXAMPLES = os.environ["COPROD_EXAMPLES_DATA"]
GENERATE = os.path.join(os.environ.get("COPROD_BUILD_DIR", ""), "tests", "bench",
                        "coprod-generate")


def compare_text(text):
    registry = Coprod.Registry.new()
    registry.load_from_data(text.encode())
    return assess_py.compare_document(json.loads(text), registry, Coprod)


# A registry that reaches what the examples and the generator leave out:
# a chain of parent partnerships that comes back on itself, a policy found
# up the parents, payments and proposals tied to a meeting of another
# project, supported meetings planned or cancelled, staff by membership and
# by role, withdrawal, unknown and non-person ids, a fixed deadline, young
# people, involvements with no mode, no stage or no person, planned ones.
RELATIONS = {
    "format": "coprod", "version": 1,
    "organisations": [{"id": "org-1"}, {"id": "org-2"}, {"id": "org-3"}],
    "people": [
        {"id": "le-1", "roles": ["lived-experience"]},
        {"id": "le-2", "roles": ["carer", "staff"]},
        {"id": "le-3", "roles": ["family-member", "young-person"], "withdrawn_date": "2024-03"},
        {"id": "le-4", "roles": ["lived-experience"]},
        {"id": "le-5", "roles": ["lived-experience"]},
        {"id": "pro-1", "roles": ["professional"]},
        {"id": "pro-2", "roles": ["professional", "young-person"]},
        {"id": "pro-3", "roles": ["commissioner"]},
    ],
    "partnerships": [
        {"id": "prt-a", "parent_id": "prt-b", "memberships": [
            {"member_id": "org-1"}, {"member_id": "le-4", "on_behalf_of_id": "org-1"},
            {"member_id": "le-5", "on_behalf_of_id": "org-3"}, {"member_id": "pro-1"}]},
        {"id": "prt-b", "parent_id": "prt-c", "memberships": [{"member_id": "org-2"}]},
        {"id": "prt-c", "parent_id": "prt-b", "memberships": []},
        {"id": "prt-e", "parent_id": "prt-f", "memberships": [{"member_id": "org-1"}]},
        {"id": "prt-f", "memberships": [{"member_id": "org-2"}, {"member_id": "org-3"}]},
    ],
    "policies": [
        {"id": "pol-0", "organisation_id": "org-1", "covers": []},
        {"id": "pol-1", "organisation_id": "org-3", "covers": ["refreshments"]},
        {"id": "pol-2", "organisation_id": "org-2", "covers": ["payment"]},
    ],
    "projects": [
        {"id": "prj-1", "partnership_id": "prt-a", "deadline": "2023-12",
         "deadline_fixed": True, "status": "under-way", "aimed_rung": "co-production",
         "claimed_rung": "co-production", "involvements": [
             {"person_id": "le-1", "stage": "planning", "mode": "partner",
              "date": "2024-01", "hours": 1.5},
             {"person_id": "le-2", "stage": "planning", "mode": "partner", "hours": 2.25},
             {"person_id": "le-4", "stage": "deciding", "mode": "partner", "hours": 0.1},
             {"person_id": "le-4", "stage": "deciding", "mode": "partner", "hours": 0.2},
             {"person_id": "pro-1", "stage": "planning", "mode": "partner"},
             {"person_id": "pro-2", "stage": "planning", "mode": "partner"},
             {"person_id": "pro-1", "stage": "deciding", "mode": "partner"},
             {"person_id": "pro-2", "stage": "deciding", "mode": "partner", "planned": True},
             {"person_id": "pro-3", "stage": "deciding", "mode": "partner"},
             {"person_id": "pro-3", "stage": "deciding", "mode": "partner"},
             {"person_id": "pro-1", "stage": "designing", "mode": "partner"},
             {"person_id": "pro-2", "stage": "evaluating", "mode": "partner"},
             {"person_id": "le-3", "stage": "doing", "mode": "engaged", "date": "2024-05"},
             {"person_id": "le-3", "stage": "designing", "mode": "consulted",
              "date": "2024-03-15"},
             {"person_id": "le-5", "stage": "designing", "mode": "consulted"},
             {"person_id": "le-1", "stage": "designing", "mode": "informed"},
             {"person_id": "le-5", "stage": "designing", "mode": "consulted"},
             {"person_id": "ghost"},
             {"person_id": "org-1", "stage": "planning", "mode": "partner"},
             {"person_id": "le-1", "stage": "evaluating"},
             {"person_id": "le-1", "mode": "partner"},
             {"stage": "doing", "mode": "partner"},
             {"person_id": "le-1", "stage": "delivering", "mode": "partner", "planned": True},
             {"person_id": "le-1", "stage": "deciding", "mode": "partner",
              "planned": True, "date": "2024-02"},
         ]},
        {"id": "prj-2", "partnership_id": "prt-e", "stages": ["doing", "delivering"],
         "status": "completed", "aimed_rung": "engagement", "involvements": [
             {"person_id": "le-5", "stage": "doing", "mode": "partner"},
             {"person_id": "le-4", "stage": "delivering", "mode": "consulted"},
             {"person_id": "le-4", "stage": "planning", "mode": "partner"},
         ]},
        {"id": "prj-3", "partnership_id": "prt-f", "stages": ["designing", "evaluating"],
         "deadline_fixed": True, "involvements": [
             {"person_id": "le-1", "stage": "designing", "mode": "partner"},
             {"person_id": "le-2", "stage": "evaluating", "mode": "passive"},
         ]},
        {"id": "prj-4", "partnership_id": "prt-b", "stages": [], "involvements": [
            {"person_id": "le-1", "stage": "designing", "mode": "partner"}]},
        {"id": "prj-5", "status": "paused", "stages": ["planning", "deciding", "evaluating"],
         "deadline_fixed": True,
         "involvements": [
             {"person_id": "le-1", "stage": "evaluating", "mode": "engaged"},
             {"person_id": "le-2", "stage": "deciding", "mode": "partner", "planned": True}]},
        {"id": "prj-6", "partnership_id": "prt-a", "involvements": [
            {"person_id": "le-5", "stage": "doing", "mode": "engaged"}]},
        {"id": "prj-7", "partnership_id": "prt-b", "involvements": [
            {"person_id": "le-5", "stage": "doing", "mode": "engaged"}]},
    ],
    "meetings": [
        {"id": "mtg-1", "project_id": "prj-3", "status": "held", "support": ["refreshments"],
         "attendee_ids": ["le-1", "le-2"]},
        {"id": "mtg-2", "project_id": "prj-1", "support": [], "attendee_ids": ["le-1"]},
        {"id": "mtg-3", "project_id": "prj-1", "status": "planned", "support": ["payment"],
         "attendee_ids": ["le-1"]},
        {"id": "mtg-4", "project_id": "prj-1", "status": "cancelled",
         "support": ["payment"], "attendee_ids": ["le-2"]},
        {"id": "mtg-5", "project_id": "prj-2", "support": ["childcare"],
         "attendee_ids": ["pro-1"]},
    ],
    "payments": [
        {"id": "pay-1", "person_id": "le-2", "meeting_id": "mtg-1", "project_id": "prj-1",
         "amount": 1000},
        {"id": "pay-2", "person_id": "le-4", "meeting_id": "mtg-1", "amount": 1000},
        {"id": "pay-3", "person_id": "pro-1", "project_id": "prj-1", "amount": 1000},
    ],
    "proposals": [
        {"id": "prop-1", "project_id": "prj-1", "proposer_ids": ["pro-1", "le-1"],
         "outcome": "adopted"},
        {"id": "prop-2", "project_id": "prj-1", "meeting_id": "mtg-1",
         "proposer_ids": ["le-2"], "outcome": "not-adopted", "fed_back_date": "2024-06"},
        {"id": "prop-3", "meeting_id": "mtg-1", "proposer_ids": ["le-3"]},
        {"id": "prop-4", "project_id": "prj-1", "proposer_ids": ["pro-1"],
         "outcome": "adopted"},
        {"id": "prop-5", "project_id": "prj-1", "proposer_ids": ["org-1"],
         "outcome": "adopted-with-changes"},
        {"id": "prop-6", "project_id": "prj-1", "proposer_ids": ["le-1"],
         "outcome": "adopted-with-changes", "fed_back_date": "2024"},
    ],
}


class Examples(unittest.TestCase):
    def test_examples(self):
        names = sorted(n for n in os.listdir(EXAMPLES) if n.endswith(".json"))
        self.assertGreaterEqual(len(names), 6)
        n_projects = 0
        for name in names:
            with self.subTest(name):
                out = io.StringIO()
                n, projects = assess_py.compare(os.path.join(EXAMPLES, name), out=out)
                self.assertEqual(n, 0, out.getvalue())
                self.assertIn(f"{projects} projects, 0 differences", out.getvalue())
                n_projects += projects
        self.assertGreater(n_projects, 10)

    def test_generated(self):
        if not os.access(GENERATE, os.X_OK):
            self.skipTest(f"no generator at {GENERATE}")
        with tempfile.TemporaryDirectory() as tmp:
            for seed in ("1", "2"):
                path = os.path.join(tmp, f"seed{seed}.json")
                subprocess.run([GENERATE, "--seed", seed, "--size", "1", "--quiet",
                                "-o", path], check=True)
                out = io.StringIO()
                n, projects = assess_py.compare(path, out=out)
                self.assertEqual(n, 0, out.getvalue())
                self.assertGreater(projects, 50)

    def test_main(self):
        path = os.path.join(EXAMPLES, "coprod-example.json")
        run = subprocess.run([sys.executable, assess_py.__file__, path],
                             capture_output=True, text=True)
        self.assertEqual(run.returncode, 0, run.stdout + run.stderr)
        self.assertIn("0 differences", run.stdout)


class Cases(unittest.TestCase):
    def test_assessment_cases(self):
        with open(test_assessment.CASES) as f:
            cases = json.load(f)["cases"]
        self.assertGreaterEqual(len(cases), 50)
        for case in cases:
            with self.subTest(case["name"]):
                differences, n_projects = compare_text(test_assessment.case_document(case))
                self.assertEqual(differences, [])
                self.assertEqual(n_projects, 1)

    def test_relations(self):
        differences, n_projects = compare_text(json.dumps(RELATIONS))
        self.assertEqual(differences, [])
        self.assertEqual(n_projects, len(RELATIONS["projects"]))

        # the document reaches what it was made for
        by_id = {a.project_id: a for a in assess_py.assess_all(RELATIONS)}
        codes = {f.code for a in by_id.values() for f in a.findings}
        for code in ("unknown-person", "not-a-person", "after-withdrawal", "late-involvement",
                     "single-voice", "lived-experience-staff-only", "unsupported",
                     "professionals-only", "professionals-lead", "narrowed-scope",
                     "fixed-deadline", "single-stage", "no-lived-experience",
                     "aim-not-reached", "overclaimed"):
            self.assertIn(code, codes)
        one = by_id["prj-1"]
        self.assertEqual((one.n_proposals_adopted, one.n_proposals_not_adopted,
                          one.n_proposals_pending, one.n_proposals_not_fed_back),
                         (2, 1, 0, 1))
        self.assertEqual(by_id["prj-3"].n_proposals_pending, 1)
        self.assertTrue(one.has_young_people)
        self.assertGreater(sum(by_id["prj-3"].n_paid) + sum(by_id["prj-3"].n_supported), 0)
        unsupported = {a.project_id: f.message.split()[1] for a in by_id.values()
                       for f in a.findings if f.code == "unsupported"}
        # the policy of a parent when the partnership's members have none;
        # none up a chain of parents that comes back on itself
        self.assertEqual(unsupported, {"prj-2": "pol-1", "prj-7": "pol-2"})

    def test_differences_found(self):
        # the comparison sees a value that differs
        changed = json.loads(json.dumps(RELATIONS))
        changed["projects"][0]["involvements"][0]["mode"] = "engaged"
        registry = Coprod.Registry.new()
        registry.load_from_data(json.dumps(changed).encode())
        differences, _ = assess_py.compare_document(RELATIONS, registry, Coprod)
        self.assertIn("projects[0] prj-1.per_stage[0].mode_count",
                      [where for where, _, _ in differences])


if __name__ == "__main__":
    unittest.main()
