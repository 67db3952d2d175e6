# SPDX-License-Identifier: LGPL-2.1-or-later
"""Pledge health, charter adoption and seats, as of a date, from Python."""

import json
import os
import unittest

import gi
gi.require_version("Coprod", "1.0")
from gi.repository import Coprod, GLib  # noqa: E402

EXAMPLE = os.path.join(os.environ["COPROD_EXAMPLES_DATA"], "coprod-example.json")


def registry_of(doc):
    registry = Coprod.Registry.new()
    registry.load_from_data(json.dumps(dict({"format": "coprod", "version": 1}, **doc)).encode())
    return registry


PLEDGES = {
    "people": [{"id": "p-1"}],
    "organisations": [{"id": "org-a"}, {"id": "org-b"}],
    "charters": [{"id": "chr", "claimed_first_adopter_id": "org-a",
                  "claim_sources": ["https://example.org/claim"]}],
    "pledges": [
        {"id": "pl-a", "signatory_id": "p-1", "on_behalf_of_id": "org-a", "charter_id": "chr",
         "signed_date": "2023-07-04", "status": "active", "review_date": "2024-07-03",
         "commitments": [
             {"text": "x", "due_date": "2024-03-31", "status": "in-progress", "progress": 60},
             {"text": "y", "due_date": "2024-03-31", "status": "done"},
             {"text": "z", "due_date": "2024-03-31", "status": "abandoned"}]},
        {"id": "pl-b", "signatory_id": "p-1", "on_behalf_of_id": "org-b", "charter_id": "chr",
         "signed_date": "2023-08", "status": "active"},
    ],
}


class PledgeHealth(unittest.TestCase):
    def health(self, as_of):
        return registry_of(PLEDGES).get_pledge_health("pl-a", as_of)

    def test_overdue_on_the_due_day_and_the_day_after(self):
        self.assertEqual(self.health("2024-03-31").get_n_overdue(), 0)
        after = self.health("2024-04-01")
        self.assertEqual(after.get_n_overdue(), 1)
        overdue = list(after.get_overdue_commitments())
        self.assertEqual([c.get_text() for c in overdue], ["x"])
        self.assertEqual(after.props.progress, 80)
        self.assertEqual(after.props.n_abandoned, 1)

    def test_lapsed_on_the_review_day_and_the_day_after(self):
        on_day = self.health("2024-07-03")
        self.assertEqual(on_day.get_status(), Coprod.PledgeStatus.ACTIVE)
        self.assertTrue(on_day.props.review_due)
        after = self.health("2024-07-04")
        self.assertEqual(after.get_status(), Coprod.PledgeStatus.LAPSED)
        self.assertEqual(after.get_recorded_status(), Coprod.PledgeStatus.ACTIVE)
        self.assertTrue(after.props.review_missed)

    def test_all_and_errors(self):
        registry = registry_of(PLEDGES)
        self.assertEqual([h.get_pledge_id() for h in registry.get_pledge_health_all("2024-01-01")],
                         ["pl-a", "pl-b"])
        with self.assertRaises(GLib.Error) as cm:
            registry.get_pledge_health("org-a", None)
        self.assertEqual(cm.exception.code, Coprod.Error.NOT_FOUND)
        with self.assertRaises(GLib.Error) as cm:
            registry.get_pledge_health_all("2024-02-30")
        self.assertEqual(cm.exception.code, Coprod.Error.DATE)


class CharterAdoption(unittest.TestCase):
    def adoption(self, claimed, b_date):
        doc = json.loads(json.dumps(PLEDGES))
        doc["charters"][0]["claimed_first_adopter_id"] = claimed
        doc["pledges"][1]["signed_date"] = b_date
        return registry_of(doc).get_charter_adoption("chr", "2024-01-01")

    def test_derived_and_claimed_agree(self):
        a = self.adoption("org-a", "2023-08")
        self.assertEqual([(x.get_pledge_id(), x.get_organisation_id(), x.get_rank())
                          for x in a.get_adoptions()],
                         [("pl-a", "org-a", 1), ("pl-b", "org-b", 2)])
        self.assertEqual(a.get_first_adopter_id(), "org-a")
        self.assertEqual(a.get_claim_sources(), ["https://example.org/claim"])
        self.assertEqual(a.get_agreement(), Coprod.ClaimAgreement.AGREES)

    def test_derived_and_claimed_disagree(self):
        a = self.adoption("org-a", "2023-07-03")
        self.assertEqual(a.get_first_adopter_id(), "org-b")
        self.assertEqual(a.get_agreement(), Coprod.ClaimAgreement.DISAGREES)
        self.assertEqual(self.adoption("org-b", "2023-08").get_agreement(),
                         Coprod.ClaimAgreement.DISAGREES)

    def test_undecided_when_the_dates_cannot_be_told_apart(self):
        a = self.adoption("org-a", "2023-07")
        self.assertIsNone(a.get_first_adopter_id())
        self.assertEqual(a.get_agreement(), Coprod.ClaimAgreement.UNDECIDED)

    def test_example(self):
        registry = Coprod.Registry.new()
        with open(EXAMPLE, "rb") as f:
            registry.load_from_data(f.read())
        a = registry.get_charter_adoption("chr-wm-coproduction", "2025-01-01")
        self.assertEqual(a.get_first_adopter_id(), "org-worcs-cc")
        self.assertEqual(a.get_claimed_first_adopter_id(), "org-worcs-cc")
        self.assertEqual(a.get_agreement(), Coprod.ClaimAgreement.AGREES)


BOARD = {
    "people": [{"id": "p-%d" % i} for i in range(1, 4)],
    "partnerships": [{"id": "board", "memberships": [
        {"member_id": "p-1", "post_id": "seat-1", "start_date": "2023-07"},
        {"member_id": "p-2", "post_id": "seat-2", "start_date": "2023-07"},
        {"member_id": "p-3", "post_id": "seat-3", "start_date": "2023-07"}]}],
    "posts": [{"id": "seat-%d" % i, "group_id": "board", "label": "seat %d" % i,
               "role": "board member", "paid": True, "selection": "open-call"}
              for i in range(1, 11)],
    "payments": [
        {"id": "pay-1", "person_id": "p-1", "kind": "fee", "amount": 5000,
         "outcome": "accepted", "paid_date": "2024-01-20"},
        {"id": "pay-2", "person_id": "p-2", "kind": "fee", "amount": 5000,
         "outcome": "declined", "offered_date": "2024-01-05"}],
}


class Seats(unittest.TestCase):
    def test_board_of_ten_three_filled_seven_vacant(self):
        board = registry_of(BOARD).get_seats("board", "2024-06-30")
        self.assertEqual((board.get_n_seats(), board.get_n_filled(), board.get_n_vacant()),
                         (10, 3, 7))
        self.assertEqual(board.props.n_paid, 10)
        seats = list(board.get_seats())
        self.assertEqual([s.get_holder_id() for s in seats[:4]], ["p-1", "p-2", "p-3", None])
        self.assertEqual(seats[0].get_since(), "2023-07")
        self.assertEqual(seats[0].get_post().get_selection(), Coprod.Selection.OPEN_CALL)

    def test_paid_seat_holders(self):
        board = registry_of(BOARD).get_seats("board", "2024-06-30")
        self.assertEqual([s.get_payment() for s in list(board.get_seats())[:4]],
                         [Coprod.SeatPayment.PAID, Coprod.SeatPayment.DECLINED,
                          Coprod.SeatPayment.UNPAID, Coprod.SeatPayment.NOT_APPLICABLE])
        self.assertEqual(board.count_payment(Coprod.SeatPayment.UNPAID), 1)
        before = registry_of(BOARD).get_seats("board", "2024-01-19")
        self.assertEqual(list(before.get_seats())[0].get_payment(), Coprod.SeatPayment.UNPAID)

    def test_seat_filled_by_a_membership_naming_no_one(self):
        doc = json.loads(json.dumps(BOARD))
        del doc["partnerships"][0]["memberships"][1]["member_id"]
        registry = registry_of(doc)
        board = registry.get_seats("board", "2024-06-30")
        seats = list(board.get_seats())
        self.assertTrue(seats[1].get_filled())
        self.assertIsNone(seats[1].get_holder_id())
        text = Coprod.TextWriter.new().write_seats(registry.get_seats_all("2024-06-30"))
        self.assertIn("filled by a membership that names no one", text)
        findings = registry.validate_as_of("2024-06-30")
        self.assertTrue(any(f.get_severity() == Coprod.Severity.ERROR for f in findings))

    def test_post_round_trip(self):
        registry = registry_of(BOARD)
        data = registry.to_data()
        saved = json.loads(data)
        self.assertEqual(len(saved["posts"]), 10)
        self.assertEqual(saved["posts"][0]["selection"], "open-call")
        self.assertEqual(saved["partnerships"][0]["memberships"][0]["post_id"], "seat-1")
        post = Coprod.Post(id="seat-x", group_id="board", paid=True,
                           selection=Coprod.Selection.LOTTERY)
        self.assertEqual(post.props.selection, Coprod.Selection.LOTTERY)

    def test_example_board(self):
        registry = Coprod.Registry.new()
        with open(EXAMPLE, "rb") as f:
            registry.load_from_data(f.read())
        groups = list(registry.get_seats_all("2025-01-01"))
        self.assertEqual([g.get_group_id() for g in groups], ["prt-building-together-board"])
        self.assertEqual(groups[0].get_n_vacant(), 7)


if __name__ == "__main__":
    unittest.main()
