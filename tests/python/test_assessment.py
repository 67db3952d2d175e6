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


def involvement(inv):
    person, stage_nick, mode_nick, *extra = inv
    return dict({"person_id": person, "stage": stage_nick, "mode": mode_nick},
                **(extra[0] if extra else {}))


def person(key, value):
    # a list of roles, or an object of the person's members
    return dict({"id": key}, **(value if isinstance(value, dict) else {"roles": value}))


def case_document(case):
    project = {"id": "prj", "involvements": [involvement(i) for i in case["involvements"]]}
    for key in ("stages", "aimed_rung", "deadline_fixed"):
        if key in case:
            project[key] = case[key]
    project.update(case.get("project", {}))
    document = {
        "format": "coprod", "version": 1,
        "organisations": [{"id": o} for o in case.get("organisations", [])],
        "people": [person(k, v) for k, v in case["people"].items()],
        "projects": [project],
    }
    document.update(case.get("records", {}))
    return json.dumps(document)


LIVED_EXPERIENCE = {"lived-experience", "carer", "family-member"}
MODES = range(Coprod.Mode.NONE, Coprod.Mode.PARTNER + 1)
STAGES = ("planning", "deciding", "designing", "doing", "delivering", "evaluating")


def counted_involvements(case):
    """Per stage, the involvements held of people with lived experience in
    scope and not after their withdrawal, counted from the case itself."""
    counts = dict.fromkeys(STAGES, 0)
    scope = case.get("stages", STAGES)
    for inv in case["involvements"]:
        who = case["people"].get(inv[0])
        extra = inv[3] if len(inv) > 3 else {}
        if who is None or inv[1] not in scope or extra.get("planned", False):
            continue
        roles = who["roles"] if isinstance(who, dict) else who
        withdrawn = who.get("withdrawn_date") if isinstance(who, dict) else None
        if not LIVED_EXPERIENCE & set(roles):
            continue
        if withdrawn and "date" in extra and extra["date"] > withdrawn:
            continue
        counts[inv[1]] += 1
    return counts


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
        self.assertGreaterEqual(len(cases), 50)
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
            gaps = [(g.get_stage(), g.get_required_mode(), g.get_alternative(), g.get_in_scope(),
                     g.get_to_come(), g.get_planned())
                    for g in a.get_gaps()]
            # still to come and planned are false unless given
            want = [(stage(s), mode(m), alt, scope, *(list(rest) + [False, False])[:2])
                    for s, m, alt, scope, *rest in expect["gaps"]]
            self.assertEqual(gaps, want)
        self.assertGreaterEqual(a.get_projected_rung(), a.get_rung())
        for key in ("projected_rung", "aimed_rung", "claimed_rung"):
            if key in expect:
                self.assertEqual(getattr(a, "get_" + key)(), rung(expect[key]))
                self.assertEqual(a.get_property(key.replace("_", "-")), rung(expect[key]))
        if "young_people" in expect:
            self.assertEqual(a.has_young_people(), expect["young_people"])
        for code, member in expect.get("finding_members", {}).items():
            found = [f for f in a.get_findings() if f.get_code() == code]
            self.assertEqual([(f.get_record_id(), f.get_member()) for f in found[:1]],
                             [("prj", member)])
        for s, modes in expect.get("mode_counts", {}).items():
            for m, n in modes.items():
                self.assertEqual(a.get_mode_count(stage(s), mode(m)), n, (s, m))
        counted = counted_involvements(case)
        for s in STAGES:
            self.assertEqual(sum(a.get_mode_count(stage(s), m) for m in MODES), counted[s], s)
        self.assertEqual(sum(a.get_mode_count(Coprod.Stage.NONE, m) for m in MODES),
                         sum(counted.values()))
        for s, (n_lived, n_professional) in expect.get("partners", {}).items():
            self.assertEqual(a.get_partner_counts(stage(s)), (n_lived, n_professional))
        for s, hours in expect.get("hours", {}).items():
            self.assertEqual(a.get_hours(stage(s)), hours)
        for key, getter in (("staff_partners", a.get_n_staff_partners),
                            ("paid", a.get_n_paid), ("supported", a.get_n_supported)):
            for s, n in expect.get(key, {}).items():
                self.assertEqual(getter(stage(s)), n, (key, s))
        if "proposals" in expect:
            self.assertEqual([a.get_n_proposals_adopted(), a.get_n_proposals_not_adopted(),
                              a.get_n_proposals_pending(), a.get_n_proposals_not_fed_back()],
                             expect["proposals"])
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

    def test_all_at_once_as_one_by_one(self):
        # assess_all keeps what it learns of each project's people from one
        # project to the next: every project of every bundled case gives
        # what it gives assessed alone
        data = os.environ["COPROD_EXAMPLES_DATA"]
        stages = [Coprod.Stage.PLANNING, Coprod.Stage.DECIDING, Coprod.Stage.DESIGNING,
                  Coprod.Stage.DOING, Coprod.Stage.DELIVERING, Coprod.Stage.EVALUATING]
        n_projects = 0
        for name in sorted(os.listdir(data)):
            if not name.endswith(".json"):
                continue
            registry = Coprod.Registry.new()
            with open(os.path.join(data, name), "rb") as f:
                registry.load_from_data(f.read())
            everything = registry.assess_all()
            for together in everything:
                alone = registry.assess_project(together.get_project_id())
                n_projects += 1
                self.assertEqual(together.get_rung(), alone.get_rung())
                self.assertEqual(together.get_projected_rung(), alone.get_projected_rung())
                for stage in stages:
                    self.assertEqual(together.get_n_people(stage), alone.get_n_people(stage))
                    self.assertEqual(list(together.get_best_mode_people(stage)),
                                     list(alone.get_best_mode_people(stage)))
                    self.assertEqual(together.get_partner_counts(stage),
                                     alone.get_partner_counts(stage))
                    self.assertEqual(together.get_n_paid(stage), alone.get_n_paid(stage))
                    self.assertEqual(together.get_n_supported(stage), alone.get_n_supported(stage))
                self.assertEqual([f.get_code() for f in together.get_findings()],
                                 [f.get_code() for f in alone.get_findings()])
                self.assertEqual([(g.get_stage(), g.get_required_mode()) for g in together.get_gaps()],
                                 [(g.get_stage(), g.get_required_mode()) for g in alone.get_gaps()])
        self.assertGreater(n_projects, 10)


if __name__ == "__main__":
    unittest.main()


# Members, staff and policies read by text: a member listed twice, one who
# is also staff, staff for a member that names no record, a policy of such
# a member, found up the parents, and a chain of parents that comes back on
# itself
MEMBERS = {
    "format": "coprod", "version": 1,
    "organisations": [{"id": "org-1"}, {"id": "org-2"}],
    "people": [{"id": "le-%d" % i, "roles": ["lived-experience"]} for i in range(1, 6)],
    "policies": [
        {"id": "pol-none", "organisation_id": "org-1", "covers": []},
        {"id": "pol-ghost", "organisation_id": "ghost", "covers": ["refreshments"]},
        {"id": "pol-org-1", "organisation_id": "org-1", "covers": ["payment"]},
    ],
    "partnerships": [
        {"id": "prt-g", "memberships": [
            {"member_id": "org-1"},
            {"member_id": "le-1"},
            {"member_id": "le-1", "on_behalf_of_id": "org-1"},
            {"member_id": "le-2", "on_behalf_of_id": "ghost"},
            {"member_id": "ghost"},
            {"member_id": "le-3", "on_behalf_of_id": "org-2"},
            {"member_id": "le-4", "on_behalf_of_id": "nowhere"}]},
        {"id": "prt-child", "parent_id": "prt-g", "memberships": [
            {"member_id": "org-2"}, {"member_id": "le-5", "on_behalf_of_id": "org-2"}]},
        {"id": "prt-k", "parent_id": "prt-m", "memberships": [{"member_id": "org-2"}]},
        {"id": "prt-m", "parent_id": "prt-k", "memberships": []},
    ],
    "projects": [
        {"id": "prj-%s" % p, "partnership_id": "prt-%s" % p, "stages": ["planning"],
         "involvements": [{"person_id": "le-%d" % i, "stage": "planning", "mode": "partner"}
                          for i in range(1, 6)]}
        for p in ("g", "child", "k")
    ],
}


class MembersByText(unittest.TestCase):
    def check(self, registry):
        by_id = {a.get_project_id(): a for a in registry.assess_all()}
        # le-1 (for org-1, a member) and le-2 (for "ghost", a member that
        # names no record) are staff of prt-g; le-3 and le-4 sit for
        # organisations that are not members
        self.assertEqual(by_id["prj-g"].get_n_staff_partners(Coprod.Stage.PLANNING), 2)
        self.assertEqual(by_id["prj-child"].get_n_staff_partners(Coprod.Stage.PLANNING), 1)
        self.assertEqual(by_id["prj-k"].get_n_staff_partners(Coprod.Stage.PLANNING), 0)

        def unsupported(a):
            return [f.get_message() for f in a.get_findings() if f.get_code() == "unsupported"]
        # the first covering policy of a member, whoever's it is; the child
        # takes its parent's; a loop of parents gives none
        self.assertEqual(len(unsupported(by_id["prj-g"])), 1)
        self.assertIn("policy pol-ghost ", unsupported(by_id["prj-g"])[0])
        self.assertIn("policy pol-ghost ", unsupported(by_id["prj-child"])[0])
        self.assertEqual(unsupported(by_id["prj-k"]), [])
        return by_id

    def test_loaded(self):
        registry = Coprod.Registry.new()
        registry.load_from_data(json.dumps(MEMBERS).encode())
        self.check(registry)

    def test_changed(self):
        # ids set one by one are strings of their own, not shared with the
        # records they name: the same answers
        registry = Coprod.Registry.new()
        registry.load_from_data(json.dumps(MEMBERS).encode())
        g = registry.lookup("prt-g")
        for membership in g.get_memberships():
            if membership.get_member_id() == "ghost":
                membership.set_member_id("gh" + "ost")
            elif membership.get_on_behalf_of_id() is not None:
                membership.set_on_behalf_of_id(membership.get_on_behalf_of_id()[:])
        registry.lookup("pol-ghost").set_organisation_id("".join(["gho", "st"]))
        self.check(registry)

    def test_findings_after_the_registry_changed(self):
        # the findings are made when first asked for: they say what they
        # would have said at once, though the records they name changed
        registry = Coprod.Registry.new()
        registry.load_from_data(json.dumps(MEMBERS).encode())
        at_once = [(f.get_code(), f.get_member(), f.get_message())
                   for a in registry.assess_all() for f in a.get_findings()]
        later = registry.assess_all()
        registry.lookup("pol-ghost").set_organisation_id("org-2")
        registry.clear()
        del registry
        self.assertEqual([(f.get_code(), f.get_member(), f.get_message())
                          for a in later for f in a.get_findings()], at_once)
        self.assertIn("unsupported", [code for code, _, _ in at_once])
