# test_model_pledges.py: rate cards, policies, payments, outputs,
# charters, pledges and reviews, from Python
#
# SPDX-License-Identifier: LGPL-2.1-or-later

import json
import unittest

import gi
gi.require_version('Coprod', '1.0')
from gi.repository import Coprod, GLib  # noqa: E402

MAX_EXACT_INT = 2 ** 53 - 1


def items(model):
    return [model.get_item(i) for i in range(model.get_n_items())]


def document(body):
    return ('{"format": "coprod", "version": 1, %s}' % body).encode('utf-8')


class TestModelPledges(unittest.TestCase):

    def build(self):
        registry = Coprod.Registry.new()

        council = Coprod.Organisation.new('org-council', 'Worcestershire County Council')
        sfc = Coprod.Organisation.new('org-sfc', 'Skills for Care')
        director = Coprod.Person.new('p-director', 'Robin Example')
        director.set_roles(Coprod.Role.LEADER | Coprod.Role.STAFF)
        ash = Coprod.Person.new('p-ash', 'Ash Example')
        ash.set_roles(Coprod.Role.LIVED_EXPERIENCE)
        kit = Coprod.Person.new('p-kit', 'Kit Sample')
        kit.set_roles(Coprod.Role.CARER)

        card = Coprod.RateCard.new('rc-2024', 'Participation rates 2024/25')
        card.set_organisation_id('org-council')
        card.set_effective_from('2024-04-01')
        card.set_effective_to('2025-03-31')
        card.add_entry(Coprod.RateEntry.new('board meeting',
                                            Coprod.RateUnit.HALF_DAY, 7500))
        card.add_entry(Coprod.RateEntry(activity='reading papers',
                                        unit=Coprod.RateUnit.HOUR,
                                        amount=1500))

        policy = Coprod.Policy.new('pol-1', 'Involvement and participation policy')
        policy.set_organisation_id('org-council')
        policy.set_rate_card_id('rc-2024')
        policy.set_payment_days(14)
        policy.set_covers(Coprod.Support.TRAVEL_TICKETS |
                          Coprod.Support.REIMBURSEMENT |
                          Coprod.Support.PAYMENT)
        policy.set_benefits_advice(True)
        policy.set_url('https://example.org/participation-policy')

        travel = Coprod.Payment.new('pay-1', 'p-ash',
                                    Coprod.PaymentKind.TRAVEL, 1240)
        travel.set_project_id('pr-guide')
        travel.set_outcome(Coprod.OfferOutcome.ACCEPTED)
        travel.set_offered_date('2024-04-30')
        travel.set_claimed_date('2024-05-02')
        travel.set_paid_date('2024-05-20')
        fee = Coprod.Payment(id='pay-2', person_id='p-kit',
                             kind=Coprod.PaymentKind.FEE,
                             amount=MAX_EXACT_INT, currency='EUR',
                             outcome=Coprod.OfferOutcome.DECLINED,
                             note='Declined: on benefits')

        toolkit = Coprod.Output.new('out-toolkit', Coprod.OutputKind.TOOLKIT,
                                    'Employing personal assistants')
        toolkit.set_project_id('pr-guide')
        toolkit.set_co_author_ids(['p-ash', 'org-sfc'])
        toolkit.set_people_reached(6066)
        toolkit.set_page_views(16000)
        toolkit.set_reach_from('2016-04')
        toolkit.set_reach_to('2017-03')

        charter = Coprod.Charter.new('ch-1', 'Trauma-informed charter')
        charter.set_author_id('org-council')
        charter.set_version('1.0')
        charter.set_published_date('2023-06')
        charter.set_principles(['Nothing about us without us',
                                'Safety, trust and choice in every meeting'])
        charter.set_trauma_informed(True)

        pledge = Coprod.Pledge.new('pl-1', 'p-director')
        pledge.set_on_behalf_of_id('org-council')
        pledge.set_signed_date('2024-07-03')
        pledge.set_charter_id('ch-1')
        pledge.set_statement('We adopt the trauma-informed charter')
        pledge.set_status(Coprod.PledgeStatus.ACTIVE)
        pledge.set_review_date('2025-07')
        pay = Coprod.Commitment.new('Pay board members for every meeting')
        pay.set_due_date('2025-03')
        pay.set_status(Coprod.CommitmentStatus.IN_PROGRESS)
        pay.set_progress(40)
        pay.set_evidence('Board payments since April')
        pledge.add_commitment(pay)
        pledge.add_commitment(Coprod.Commitment(
            text='Review the pledge with the advisory group',
            status=Coprod.CommitmentStatus.DONE, progress=100))

        review = Coprod.Review.new('rev-1', 'flse', 'pr-guide')
        review.set_date('2024-09-12')
        review.set_reviewer_ids(['p-ash', 'p-kit'])
        shared = Coprod.Rating.new('impact-shared', 3)
        shared.set_evidence('Feedback reached two of five partners')
        review.add_rating(shared)
        review.add_rating(Coprod.Rating(practice_id='plain-language', score=5))

        for record in (council, sfc, director, ash, kit, card, policy, travel,
                       fee, toolkit, charter, pledge, review):
            self.assertTrue(registry.add(record))
        return registry

    def reload(self, registry):
        data = registry.to_data()
        loaded = Coprod.Registry.new()
        self.assertTrue(loaded.load_from_data(data.encode('utf-8')))
        again = loaded.to_data()
        self.assertEqual(data, again)
        return loaded, data

    def test_collections(self):
        registry = self.build()
        self.assertEqual([c.get_id() for c in items(registry.get_rate_cards())],
                         ['rc-2024'])
        self.assertEqual([p.get_id() for p in items(registry.get_policies())],
                         ['pol-1'])
        self.assertEqual([p.get_id() for p in items(registry.get_payments())],
                         ['pay-1', 'pay-2'])
        self.assertEqual([o.get_id() for o in items(registry.get_outputs())],
                         ['out-toolkit'])
        self.assertEqual([c.get_id() for c in items(registry.get_charters())],
                         ['ch-1'])
        self.assertEqual([p.get_id() for p in items(registry.get_pledges())],
                         ['pl-1'])
        self.assertEqual([r.get_id() for r in items(registry.get_reviews())],
                         ['rev-1'])
        self.assertIsInstance(registry.lookup('pl-1'), Coprod.Pledge)
        self.assertIsInstance(registry.lookup('rc-2024'), Coprod.RateCard)

    def test_document_shape(self):
        _loaded, data = self.reload(self.build())
        doc = json.loads(data)
        for collection in ('rate_cards', 'policies', 'payments', 'outputs',
                           'charters', 'pledges', 'reviews'):
            self.assertIn(collection, doc)
        entry = doc['rate_cards'][0]['entries'][0]
        self.assertEqual(entry, {'activity': 'board meeting',
                                 'unit': 'half-day', 'amount': 7500})
        self.assertEqual(doc['payments'][1]['amount'], MAX_EXACT_INT)
        self.assertEqual(doc['policies'][0]['covers'],
                         ['travel-tickets', 'reimbursement', 'payment'])
        self.assertEqual(doc['pledges'][0]['commitments'][0]['status'],
                         'in-progress')

    def test_rate_card_and_policy(self):
        loaded, _data = self.reload(self.build())

        card = loaded.lookup('rc-2024')
        self.assertEqual(card.get_name(), 'Participation rates 2024/25')
        self.assertEqual(card.get_organisation_id(), 'org-council')
        self.assertEqual(card.get_currency(), 'GBP')
        self.assertEqual(card.props.effective_from, '2024-04-01')
        self.assertEqual(card.get_effective_to(), '2025-03-31')
        entries = items(card.get_entries())
        self.assertEqual([e.get_activity() for e in entries],
                         ['board meeting', 'reading papers'])
        self.assertEqual([e.get_unit() for e in entries],
                         [Coprod.RateUnit.HALF_DAY, Coprod.RateUnit.HOUR])
        self.assertEqual([e.get_amount() for e in entries], [7500, 1500])
        self.assertIsInstance(entries[0].get_amount(), int)
        self.assertEqual(entries[1].props.amount, 1500)

        policy = loaded.lookup('pol-1')
        self.assertEqual(policy.get_title(), 'Involvement and participation policy')
        self.assertEqual(policy.get_rate_card_id(), 'rc-2024')
        self.assertEqual(policy.get_payment_days(), 14)
        self.assertEqual(policy.get_covers(),
                         Coprod.Support.TRAVEL_TICKETS |
                         Coprod.Support.REIMBURSEMENT |
                         Coprod.Support.PAYMENT)
        self.assertTrue(policy.get_benefits_advice())
        self.assertEqual(policy.get_url(), 'https://example.org/participation-policy')
        self.assertEqual(Coprod.Policy.new('pol-2', None).get_payment_days(), 30)

    def test_payments(self):
        loaded, _data = self.reload(self.build())

        travel = loaded.lookup('pay-1')
        self.assertEqual(travel.get_person_id(), 'p-ash')
        self.assertIsNone(travel.get_meeting_id())
        self.assertEqual(travel.get_project_id(), 'pr-guide')
        self.assertEqual(travel.get_kind(), Coprod.PaymentKind.TRAVEL)
        self.assertEqual(travel.get_amount(), 1240)
        self.assertEqual(travel.get_currency(), 'GBP')
        self.assertEqual(travel.get_outcome(), Coprod.OfferOutcome.ACCEPTED)
        self.assertEqual(travel.get_offered_date(), '2024-04-30')
        self.assertEqual(travel.get_claimed_date(), '2024-05-02')
        self.assertEqual(travel.get_paid_date(), '2024-05-20')

        fee = loaded.lookup('pay-2')
        # money is an exact integer, even at 2^53-1
        self.assertEqual(fee.get_amount(), MAX_EXACT_INT)
        self.assertEqual(fee.props.amount, 9007199254740991)
        self.assertIsInstance(fee.get_amount(), int)
        self.assertEqual(fee.get_currency(), 'EUR')
        self.assertEqual(fee.get_outcome(), Coprod.OfferOutcome.DECLINED)
        self.assertEqual(fee.get_note(), 'Declined: on benefits')
        self.assertIsNone(fee.get_paid_date())

        # NULL restores the default currency
        fee.set_currency(None)
        self.assertEqual(fee.get_currency(), 'GBP')

    def test_output_reach(self):
        loaded, _data = self.reload(self.build())

        toolkit = loaded.lookup('out-toolkit')
        self.assertEqual(toolkit.get_kind(), Coprod.OutputKind.TOOLKIT)
        self.assertEqual(toolkit.get_title(), 'Employing personal assistants')
        self.assertEqual(toolkit.get_project_id(), 'pr-guide')
        self.assertEqual(toolkit.get_co_author_ids(), ['p-ash', 'org-sfc'])
        self.assertEqual(toolkit.get_people_reached(), 6066)
        self.assertEqual(toolkit.get_page_views(), 16000)
        self.assertEqual(toolkit.get_reach_from(), '2016-04')
        self.assertEqual(toolkit.get_reach_to(), '2017-03')
        self.assertTrue(toolkit.has_reach())
        self.assertFalse(Coprod.Output.new('out-2', Coprod.OutputKind.VIDEO,
                                           None).has_reach())

    def test_charter_and_pledge(self):
        loaded, _data = self.reload(self.build())

        charter = loaded.lookup('ch-1')
        self.assertEqual(charter.get_title(), 'Trauma-informed charter')
        self.assertEqual(charter.get_author_id(), 'org-council')
        self.assertEqual(charter.get_version(), '1.0')
        self.assertEqual(charter.get_published_date(), '2023-06')
        self.assertEqual(charter.get_principles(),
                         ['Nothing about us without us',
                          'Safety, trust and choice in every meeting'])
        self.assertTrue(charter.get_trauma_informed())

        pledge = loaded.lookup('pl-1')
        self.assertEqual(pledge.get_signatory_id(), 'p-director')
        self.assertEqual(pledge.get_on_behalf_of_id(), 'org-council')
        self.assertFalse(pledge.is_personal())
        self.assertEqual(pledge.get_signed_date(), '2024-07-03')
        self.assertEqual(pledge.get_charter_id(), 'ch-1')
        self.assertEqual(pledge.get_statement(), 'We adopt the trauma-informed charter')
        self.assertEqual(pledge.get_status(), Coprod.PledgeStatus.ACTIVE)
        self.assertEqual(pledge.get_review_date(), '2025-07')
        commitments = items(pledge.get_commitments())
        self.assertEqual([c.get_text() for c in commitments],
                         ['Pay board members for every meeting',
                          'Review the pledge with the advisory group'])
        self.assertEqual([c.get_status() for c in commitments],
                         [Coprod.CommitmentStatus.IN_PROGRESS,
                          Coprod.CommitmentStatus.DONE])
        self.assertEqual([c.get_progress() for c in commitments], [40, 100])
        self.assertEqual(commitments[0].get_due_date(), '2025-03')
        self.assertEqual(commitments[0].get_evidence(), 'Board payments since April')
        self.assertIsNone(commitments[1].get_due_date())

        self.assertTrue(pledge.remove_commitment(commitments[1]))
        self.assertFalse(pledge.remove_commitment(commitments[1]))
        self.assertEqual(pledge.get_commitments().get_n_items(), 1)

        personal = Coprod.Pledge.new('pl-2', 'p-director')
        self.assertTrue(personal.is_personal())

    def test_review(self):
        loaded, _data = self.reload(self.build())

        review = loaded.lookup('rev-1')
        self.assertEqual(review.get_framework_id(), 'flse')
        self.assertEqual(review.get_subject_id(), 'pr-guide')
        self.assertEqual(review.get_date(), '2024-09-12')
        self.assertEqual(review.get_reviewer_ids(), ['p-ash', 'p-kit'])
        self.assertEqual([(r.get_practice_id(), r.get_score())
                          for r in items(review.get_ratings())],
                         [('impact-shared', 3), ('plain-language', 5)])
        shared = review.lookup_rating('impact-shared')
        self.assertEqual(shared.get_evidence(), 'Feedback reached two of five partners')
        self.assertIsNone(review.lookup_rating('venues'))

    def assert_load_error(self, body, code, *parts):
        registry = Coprod.Registry.new()
        with self.assertRaises(GLib.Error) as caught:
            registry.load_from_data(document(body))
        self.assertTrue(caught.exception.matches(Coprod.error_quark(), code),
                        caught.exception.message)
        for part in parts:
            self.assertIn(part, caught.exception.message)
        self.assertEqual(registry.get_n_records(), 0)

    def test_bad_input(self):
        self.assert_load_error(
            '"payments": [{"id": "pay-1", "amount": -1}]',
            Coprod.Error.VALUE, 'id "pay-1"', '"amount"')
        self.assert_load_error(
            '"payments": [{"id": "pay-1", "currency": "gbp"}]',
            Coprod.Error.VALUE, 'id "pay-1"', '"currency"')
        self.assert_load_error(
            '"rate_cards": [{"id": "rc-1", "currency": "POUNDS"}]',
            Coprod.Error.VALUE, 'id "rc-1"', '"currency"')
        self.assert_load_error(
            '"rate_cards": [{"id": "rc-1", "entries": [{"unit": "fortnight"}]}]',
            Coprod.Error.VALUE, 'id "rc-1"', 'entries[0]', '"unit"')
        self.assert_load_error(
            '"outputs": [{"id": "out-1", "page_views": "lots"}]',
            Coprod.Error.TYPE, 'id "out-1"', '"page_views"')
        self.assert_load_error(
            '"pledges": [{"id": "pl-1", "commitments": [{"progress": 101}]}]',
            Coprod.Error.VALUE, 'id "pl-1"', '"progress"')
        self.assert_load_error(
            '"charters": [{"id": "ch-1", "published_date": "June 2023"}]',
            Coprod.Error.DATE, 'id "ch-1"', '"published_date"')
        self.assert_load_error(
            '"reviews": [{"id": "rev-1", "ratings": [{"score": 101}]}]',
            Coprod.Error.VALUE, 'id "rev-1"', '"score"')


if __name__ == '__main__':
    unittest.main()
