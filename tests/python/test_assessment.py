# SPDX-License-Identifier: LGPL-2.1-or-later
"""The ladder's rules through the Python binding, on the cases shared with
the C and GJS suites (tests/data/assessment-cases.json)."""

import json
import os
import unittest

import gi

gi.require_version("Coprod", "1.0")
from gi.repository import Coprod, GLib  # noqa: E402

CASES = os.path.join(os.environ["COPROD_TEST_DATA"], "assessment-cases.json")


def case_document(case):
    project = {"id": "prj", "involvements": [
        {"person_id": p, "stage": s, "mode": m} for p, s, m in case["involvements"]]}
    for key in ("stages", "aimed_rung", "deadline_fixed"):
        if key in case:
            project[key] = case[key]
    return json.dumps({
        "format": "coprod", "version": 1,
        "organisations": [{"id": o} for o in case.get("organisations", [])],
        "people": [{"id": k, "roles": r} for k, r in case["people"].items()],
        "projects": [project],
    })


def stage(nick):
    return Coprod.Stage.NONE if nick == "none" else getattr(Coprod.Stage, nick.upper())


def rung(nick):
    return getattr(Coprod.Rung, nick.upper().replace("-", "_"))


def mode(nick):
    return getattr(Coprod.Mode, nick.upper())


class AssessmentCases(unittest.TestCase):
    def test_cases(self):
        with open(CASES) as f:
            cases = json.load(f)["cases"]
        self.assertGreaterEqual(len(cases), 25)
        for case in cases:
            with self.subTest(case["name"]):
                self.check(case)

    def check(self, case):
        registry = Coprod.Registry.new()
        registry.load_from_data(case_document(case).encode())
        a = registry.assess_project("prj")
        expect = case["expect"]
        self.assertEqual(a.get_rung(), rung(expect["rung"]))
        self.assertEqual(a.props.rung, a.get_rung())
        self.assertEqual(a.get_aim_reached(), a.get_rung() >= a.get_aimed_rung())
        if "next_rung" in expect:
            self.assertEqual(a.get_next_rung(), rung(expect["next_rung"]))
        # a case that lists no findings expects none
        codes = sorted(f.get_code() for f in a.get_findings())
        self.assertEqual(codes, expect.get("findings", []))
        if "gaps" in expect:
            gaps = [(g.get_stage(), g.get_required_mode(), g.get_alternative(), g.get_in_scope())
                    for g in a.get_gaps()]
            want = [(stage(s), mode(m), alt, scope) for s, m, alt, scope in expect["gaps"]]
            self.assertEqual(gaps, want)
        for s, m in expect.get("best", {}).items():
            self.assertEqual(a.get_best_mode(stage(s)), mode(m))
        for s, n in expect.get("n_people", {}).items():
            self.assertEqual(a.get_n_people(stage(s)), n)
        for s, people in expect.get("best_people", {}).items():
            self.assertEqual(list(a.get_best_mode_people(stage(s))), people)


class AssessmentErrors(unittest.TestCase):
    def test_unknown_project(self):
        registry = Coprod.Registry.new()
        with self.assertRaises(GLib.Error) as cm:
            registry.assess_project("nope")
        self.assertEqual(cm.exception.domain, "coprod-error-quark")
        self.assertEqual(cm.exception.code, Coprod.Error.NOT_FOUND)

    def test_summaries(self):
        registry = Coprod.Registry.new()
        path = os.path.join(os.environ["COPROD_EXAMPLES_DATA"], "coprod-example.json")
        with open(path, "rb") as f:
            registry.load_from_data(f.read())
        everything = registry.assess_all()
        total = sum(Coprod.Assessment.count_at_rung(everything, r)
                    for r in range(Coprod.Rung.NONE, Coprod.Rung.CO_PRODUCTION + 1))
        self.assertEqual(total, everything.get_n_items())
        fife = registry.assess_partnership("prt-fife")
        self.assertEqual(fife.get_n_items(), 2)
        self.assertEqual(Coprod.Assessment.count_at_rung(fife, Coprod.Rung.CO_PRODUCTION), 1)


if __name__ == "__main__":
    unittest.main()
