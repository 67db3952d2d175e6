# SPDX-License-Identifier: LGPL-2.1-or-later
"""Payments ("nobody out of pocket"), rate cards and the reach of outputs,
from Python and through the coprod command."""

import json
import os
import subprocess
import tempfile
import unittest

import gi

gi.require_version("Coprod", "1.0")
from gi.repository import Coprod, Gio, GLib  # noqa: E402

TOOL = os.environ["COPROD_TOOL"]
EXAMPLE = os.path.join(os.environ["COPROD_EXAMPLES_DATA"], "coprod-example.json")


def run(*args):
    return subprocess.run([TOOL, *args], capture_output=True, text=True)


def document(payments, policy_days=14, outputs=()):
    return {
        "format": "coprod", "version": 1,
        "organisations": [{"id": "org-c", "name": "A council"}],
        "people": [
            {"id": "p-1", "name": "Robin Example", "roles": ["lived-experience"],
             "payment_preference": "decline"},
            {"id": "p-2", "name": "Jo Example", "roles": ["carer"]},
        ],
        "partnerships": [{"id": "prt-1", "name": "Board", "kind": "board",
                          "memberships": [{"member_id": "org-c"},
                                          {"member_id": "p-1"}, {"member_id": "p-2"}]}],
        "projects": [{"id": "prj-1", "title": "Guide", "partnership_id": "prt-1",
                      "involvements": [
                          {"person_id": "p-1", "stage": "designing", "mode": "partner",
                           "date": "2024-03-01", "hours": 2.25}]}],
        "meetings": [{"id": "m-1", "project_id": "prj-1", "date": "2024-03-01",
                      "status": "held", "attendee_ids": ["p-1", "p-2"]}],
        "rate_cards": [{"id": "rc-1", "organisation_id": "org-c", "effective_from": "2024",
                        "entries": [{"unit": "session", "amount": 4000},
                                    {"unit": "hour", "amount": 1800},
                                    {"unit": "half-day", "amount": 6000},
                                    {"unit": "day", "amount": 11000},
                                    {"unit": "mile", "amount": 45}]}],
        "policies": [{"id": "pol-1", "organisation_id": "org-c", "rate_card_id": "rc-1",
                      "payment_days": policy_days, "covers": ["payment"]}],
        "payments": payments,
        "outputs": list(outputs),
    }


def registry_of(doc):
    registry = Coprod.Registry.new()
    registry.load_from_data(json.dumps(doc).encode())
    return registry


def owed_ids(summary):
    return [c.get_payment_id() for c in summary.get_owed_claims()]


def claim(pid, person="p-1", amount=5000, outcome="accepted", claimed="2024-03-01", **more):
    p = {"id": pid, "person_id": person, "meeting_id": "m-1", "kind": "fee",
         "amount": amount, "outcome": outcome, "claimed_date": claimed}
    p.update(more)
    return p


class Claims(unittest.TestCase):
    def test_day_n_and_n_plus_one(self):
        for days in (0, 1, 14, 30):
            registry = registry_of(document([claim("pay-1")], policy_days=days))
            day_n = (GLib.Date.new_dmy(1, 3, 2024))
            day_n.add_days(days)
            as_of_n = "%04d-%02d-%02d" % (day_n.get_year(), day_n.get_month(), day_n.get_day())
            day_n.add_days(1)
            as_of_n1 = "%04d-%02d-%02d" % (day_n.get_year(), day_n.get_month(), day_n.get_day())
            with self.subTest(days=days):
                self.assertEqual(owed_ids(registry.summarise_payments(as_of_n)), [])
                s = registry.summarise_payments(as_of_n1)
                self.assertEqual(owed_ids(s), ["pay-1"])
                c = s.get_owed_claims()[0]
                self.assertEqual(c.get_days_late(), 1)
                self.assertEqual(c.get_due_date(), as_of_n)
                self.assertEqual(c.props.person_id, "p-1")
                self.assertEqual(c.props.amount, 5000)

    def test_rows_each_once(self):
        """A payment counts for its project and its meeting's project, for
        each partnership of theirs and of the meeting once, and for its
        person only if it names a person of the registry."""
        fee = {"kind": "fee", "outcome": "accepted", "claimed_date": "2024-05-01"}
        registry = registry_of({
            "format": "coprod", "version": 1,
            "organisations": [{"id": "org-c", "name": "A council"}],
            "people": [{"id": "p-1", "roles": ["lived-experience"]},
                       {"id": "p-2", "roles": ["carer"]}, {"id": "p-idle"}],
            "partnerships": [
                {"id": "prt-1", "name": "Forum", "memberships": [{"member_id": "org-c"}]},
                {"id": "prt-2", "name": "Board"}],
            "projects": [
                {"id": "prj-a", "title": "A", "partnership_id": "prt-1", "involvements": [
                    {"person_id": "p-1", "stage": "planning", "mode": "partner",
                     "date": "2024-05-01", "hours": 2}]},
                {"id": "prj-b", "title": "B", "partnership_id": "prt-1"},
                {"id": "prj-c", "title": "C", "partnership_id": "prt-2"}],
            "meetings": [
                {"id": "m-b", "project_id": "prj-b", "partnership_id": "prt-2",
                 "date": "2024-05-01", "status": "held"},
                {"id": "m-c", "project_id": "prj-c", "date": "2024-05-01", "status": "held"}],
            "policies": [{"id": "pol-1", "organisation_id": "org-c", "payment_days": 14,
                          "covers": ["payment"]}],
            "payments": [
                dict(fee, id="pay-1", person_id="p-1", project_id="prj-a", meeting_id="m-b",
                     amount=1000, paid_date="2024-05-03"),
                dict(fee, id="pay-2", person_id="org-c", project_id="prj-gone",
                     meeting_id="m-c", amount=200, paid_date="2024-05-02"),
                dict(fee, id="pay-3", person_id="p-2", meeting_id="m-b", amount=30)]})
        s = registry.summarise_payments("2024-06-01")

        def rows(model):
            return {t.get_subject_id(): (t.get_n_payments(), t.get_paid(), t.get_owed(),
                                         t.get_n_involvements(), t.get_hours())
                    for t in model}

        self.assertEqual(rows(s.get_projects()), {
            "prj-a": (1, 1000, 0, 1, 2.0),
            "prj-b": (2, 1000, 30, 0, 0.0),
            "prj-c": (1, 200, 0, 0, 0.0)})
        self.assertEqual(rows(s.get_partnerships()), {
            "prt-1": (2, 1000, 30, 1, 2.0),
            "prt-2": (3, 1200, 30, 0, 0.0)})
        self.assertEqual(rows(s.get_people()), {
            "p-1": (1, 1000, 0, 1, 2.0),
            "p-2": (1, 0, 30, 0, 0.0)})
        # read-only lists of rows
        self.assertFalse(isinstance(s.get_people(), Gio.ListStore))

    def test_paid_on_day_n_is_on_time(self):
        registry = registry_of(document([
            claim("pay-1", paid_date="2024-03-15"),
            claim("pay-2", paid_date="2024-03-16")]))
        total = registry.summarise_payments("2024-12-31").get_total()
        self.assertEqual(total.get_n_paid(), 2)
        self.assertEqual(total.get_n_paid_late(), 1)
        self.assertEqual(total.get_owed(), 0)

    def test_declined_reduced_donated_never_owed(self):
        registry = registry_of(document([
            claim("pay-d", outcome="declined"),
            claim("pay-r", outcome="reduced", amount=3000),
            claim("pay-g", outcome="donated", amount=2000),
            claim("pay-a", person="p-2", amount=100)]))
        s = registry.summarise_payments("2030-01-01")
        self.assertEqual(owed_ids(s), ["pay-a"])
        total = s.get_total()
        self.assertEqual((total.get_declined(), total.get_n_declined()), (5000, 1))
        self.assertEqual((total.get_reduced(), total.get_n_reduced()), (3000, 1))
        self.assertEqual((total.get_donated(), total.get_n_donated()), (2000, 1))
        self.assertEqual(total.get_owed(), 100)
        person = [t for t in s.get_people() if t.get_subject_id() == "p-1"][0]
        self.assertEqual(person.get_owed(), 0)
        self.assertEqual(person.get_preference(), Coprod.PaymentPreference.DECLINE)
        self.assertEqual(person.get_hours(), 2.25)
        text = Coprod.TextWriter.new().write_payments(s)
        self.assertIn("pay-a: 1.00 GBP to p-2", text)
        self.assertNotIn("pay-d:", text)
        self.assertNotIn("Robin", text)

    def test_sums_exact_in_pence(self):
        amounts = [(i * 7919) % 100003 + 1 for i in range(3000)]
        payments = [claim("pay-%d" % i, amount=a, paid_date="2024-03-02",
                          kind="travel" if i % 2 else "fee")
                    for i, a in enumerate(amounts)]
        s = registry_of(document(payments)).summarise_payments("2024-12-31")
        total = s.get_total()
        self.assertEqual(total.get_paid(), sum(amounts))
        self.assertEqual(total.get_expenses_paid(), sum(amounts[1::2]))
        self.assertEqual(total.get_earnings_paid(), sum(amounts[0::2]))
        self.assertEqual(total.get_n_paid(), 3000)
        project = s.get_projects()[0]
        self.assertEqual(project.get_paid(), sum(amounts))
        self.assertEqual(s.get_partnerships()[0].get_paid(), sum(amounts))

    def test_bad_as_of(self):
        registry = registry_of(document([]))
        with self.assertRaises(GLib.Error) as e:
            registry.summarise_payments("2024-02-30")
        self.assertTrue(e.exception.matches(Coprod.error_quark(), Coprod.Error.DATE))


class RateCards(unittest.TestCase):
    def test_each_unit(self):
        for unit, rate, quantity, expected in (
                (Coprod.RateUnit.HOUR, 1800, 2.25, 4050),
                (Coprod.RateUnit.SESSION, 4000, 1, 4000),
                (Coprod.RateUnit.HALF_DAY, 6000, 1, 6000),
                (Coprod.RateUnit.DAY, 11000, 2, 22000),
                (Coprod.RateUnit.MILE, 45, 12.3, 554),
                (Coprod.RateUnit.MILE, 45, 7, 315)):
            entry = Coprod.RateEntry.new(None, unit, rate)
            ok, amount = entry.price(quantity)
            self.assertTrue(ok)
            self.assertEqual(amount, expected, unit)
        with self.assertRaises(GLib.Error):
            Coprod.RateEntry.new(None, Coprod.RateUnit.HOUR, 100).price(-1)

    def test_expected_payment(self):
        registry = registry_of(document([]))
        project = registry.lookup("prj-1")
        involvement = project.get_involvements()[0]
        e = registry.expect_payment_for_involvement(involvement)
        self.assertEqual((e.props.amount, e.props.unit, e.props.quantity),
                         (4050, Coprod.RateUnit.HOUR, 2.25))
        self.assertEqual((e.get_policy_id(), e.get_rate_card_id()), ("pol-1", "rc-1"))
        a = registry.expect_payment_for_attendance("m-1", "p-2")
        self.assertEqual((a.get_amount(), a.get_unit()), (4000, Coprod.RateUnit.SESSION))
        with self.assertRaises(GLib.Error):
            registry.expect_payment_for_attendance("m-1", "p-9")
        card = registry.lookup("rc-1")
        self.assertEqual(card.find_entry(Coprod.RateUnit.MILE).get_amount(), 45)
        self.assertTrue(card.is_effective_on("2024-01-01"))
        self.assertFalse(card.is_effective_on("2023-12-31"))


class Reach(unittest.TestCase):
    OUTPUTS = [
        {"id": "out-hub", "kind": "information-hub", "project_id": "prj-1",
         "page_views": 40000, "page_views_qualifier": "more-than"},
        {"id": "out-kit", "kind": "toolkit", "project_id": "prj-1",
         "page_views": 16000, "people_reached": 6066},
    ]

    def test_lower_bounds_kept(self):
        registry = registry_of(document([], outputs=self.OUTPUTS))
        s = registry.summarise_reach("2024-12-31")
        total = s.get_total()
        self.assertEqual(total.get_page_views(), 56000)
        self.assertEqual(total.get_page_views_qualifier(), Coprod.FigureQualifier.MORE_THAN)
        self.assertEqual(total.get_people_reached(), 6066)
        self.assertEqual(total.get_people_reached_qualifier(), Coprod.FigureQualifier.EXACT)
        kinds = {t.get_kind(): t for t in s.get_kinds()}
        self.assertEqual(kinds[Coprod.OutputKind.TOOLKIT].get_page_views_qualifier(),
                         Coprod.FigureQualifier.EXACT)
        self.assertEqual(s.get_partnerships()[0].get_page_views_qualifier(),
                         Coprod.FigureQualifier.MORE_THAN)
        text = Coprod.TextWriter.new().write_reach(s)
        self.assertIn("more than 56,000", text)
        self.assertIn("more than 40,000", text)
        self.assertNotRegex(text, r"(?<!more than) 56,000")

    def test_example_keeps_source_003(self):
        registry = Coprod.Registry.new()
        registry.load_from_file(Gio.File.new_for_path(EXAMPLE), None)
        hub = registry.lookup("out-sfc-hub")
        self.assertEqual(hub.props.page_views, 40000)
        self.assertEqual(hub.props.page_views_qualifier, Coprod.FigureQualifier.MORE_THAN)
        kit = registry.lookup("out-sfc-pa-toolkit")
        self.assertEqual((kit.get_page_views(), kit.get_people_reached()), (16000, 6066))
        self.assertEqual(kit.get_page_views_qualifier(), Coprod.FigureQualifier.EXACT)
        # saved and loaded again, the bound is still a bound
        again = Coprod.Registry.new()
        data = registry.to_data()
        again.load_from_data(data.encode())
        self.assertEqual(again.lookup("out-sfc-hub").props.page_views_qualifier,
                         Coprod.FigureQualifier.MORE_THAN)


class Commands(unittest.TestCase):
    def write(self, doc):
        fd, path = tempfile.mkstemp(suffix=".json")
        with os.fdopen(fd, "w") as f:
            json.dump(doc, f)
        self.addCleanup(os.unlink, path)
        return path

    def load(self, path):
        registry = Coprod.Registry.new()
        registry.load_from_file(Gio.File.new_for_path(path), None)
        return registry

    def test_outputs_of_example(self):
        r = run("outputs", EXAMPLE, "--as-of", "2026-12-04")
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("more than 40,000", r.stdout)
        self.assertIn("more than 56,000", r.stdout)
        self.assertIn("6,066", r.stdout)
        self.assertNotRegex(r.stdout, r"(?<!more than) 40,000")
        summary = self.load(EXAMPLE).summarise_reach("2026-12-04")
        self.assertEqual(r.stdout, Coprod.TextWriter.new().write_reach(summary))

    def test_payments_of_example(self):
        r = run("payments", EXAMPLE, "--as-of", "2026-12-04")
        self.assertEqual(r.returncode, 0, r.stderr)
        summary = self.load(EXAMPLE).summarise_payments("2026-12-04")
        self.assertEqual(r.stdout, Coprod.TextWriter.new().write_payments(summary))
        flat = " ".join(r.stdout.split())
        self.assertIn("payment for time counts as earnings whatever form it takes, "
                      "vouchers and gift cards included, while expenses paid back", flat)
        # no person's name is printed
        with open(EXAMPLE, encoding="utf-8") as f:
            names = [p["name"] for p in json.load(f)["people"] if p.get("name")]
        for name in names:
            self.assertNotIn(name, r.stdout)

    def test_payments_owed_and_as_of(self):
        path = self.write(document([claim("pay-1")]))
        on_time = run("payments", path, "--as-of", "2024-03-15")
        late = run("payments", path, "--as-of", "2024-03-16")
        self.assertEqual((on_time.returncode, late.returncode), (0, 0))
        self.assertIn("Claims unpaid beyond the policy's days: 0", on_time.stdout)
        self.assertIn("Claims unpaid beyond the policy's days: 1", late.stdout)
        self.assertIn("pay-1: 50.00 GBP to p-1, claimed 2024-03-01, due by 2024-03-15 (14 days), "
                      "1 day late, policy pol-1", late.stdout)
        self.assertIn("decline", late.stdout)

    def test_usage(self):
        for command in ("payments", "outputs"):
            self.assertEqual(run(command).returncode, 2)
            bad = run(command, EXAMPLE, "--as-of", "2024-13-01")
            self.assertEqual(bad.returncode, 2, bad.stderr)
            self.assertEqual(run(command, "/nonexistent.json").returncode, 1)
            h = run(command, "--help")
            self.assertEqual(h.returncode, 0)
            self.assertIn("--as-of=DATE", h.stdout)
            self.assertIn(command, run("--help").stdout)


if __name__ == "__main__":
    unittest.main()
