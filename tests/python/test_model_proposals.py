# test_model_proposals.py: "you said, we did" from Python: proposals made,
# saved, loaded, and counted in a project's assessment
#
# SPDX-License-Identifier: LGPL-2.1-or-later

import json
import unittest

import gi
gi.require_version('Coprod', '1.0')
from gi.repository import Coprod, GLib  # noqa: E402


def items(model):
    return [model.get_item(i) for i in range(model.get_n_items())]


def counts(assessment):
    return (assessment.get_n_proposals_adopted(), assessment.get_n_proposals_not_adopted(),
            assessment.get_n_proposals_pending(), assessment.get_n_proposals_not_fed_back())


class TestModelProposals(unittest.TestCase):

    def build(self):
        registry = Coprod.Registry.new()
        ash = Coprod.Person.new('p-ash', 'Ash Example')
        ash.set_roles(Coprod.Role.LIVED_EXPERIENCE)
        kit = Coprod.Person.new('p-kit', 'Kit Sample')
        kit.set_roles(Coprod.Role.FAMILY_MEMBER)
        lee = Coprod.Person.new('p-lee', 'Lee Placeholder')
        lee.set_roles(Coprod.Role.STAFF | Coprod.Role.PROFESSIONAL)
        project = Coprod.Project.new('prj-1', 'A leaflet')
        meeting = Coprod.Meeting(id='m-1', project_id='prj-1', date='2024-04-30')

        adopted = Coprod.Proposal.new('prop-1', 'Plain language throughout')
        adopted.set_proposer_ids(['p-ash', 'p-lee'])
        adopted.set_meeting_id('m-1')
        adopted.set_date('2024-04-30')
        adopted.set_outcome(Coprod.ProposalOutcome.ADOPTED_WITH_CHANGES)
        adopted.set_reason('An easy-read version as well')
        adopted.set_fed_back_date('2024-05-14')

        refused = Coprod.Proposal(id='prop-2', text='A second print run', proposer_ids=['p-kit'],
                                  project_id='prj-1', outcome=Coprod.ProposalOutcome.NOT_ADOPTED)
        pending = Coprod.Proposal(id='prop-3', proposer_ids=['p-ash'], project_id='prj-1')
        staff_only = Coprod.Proposal(id='prop-4', proposer_ids=['p-lee'], project_id='prj-1',
                                     outcome=Coprod.ProposalOutcome.ADOPTED)

        for record in (ash, kit, lee, project, meeting, adopted, refused, pending, staff_only):
            registry.add(record)
        return registry

    def test_make(self):
        proposal = Coprod.Proposal.new('prop-1', 'Meet after school hours')
        self.assertEqual(proposal.get_id(), 'prop-1')
        self.assertEqual(proposal.get_text(), 'Meet after school hours')
        self.assertEqual(proposal.get_outcome(), Coprod.ProposalOutcome.PENDING)
        self.assertEqual(list(proposal.get_proposer_ids()), [])
        self.assertIsNone(proposal.get_fed_back_date())

        notified = []
        proposal.connect('notify::outcome', lambda *args: notified.append(args[1].name))
        proposal.props.outcome = Coprod.ProposalOutcome.ADOPTED
        proposal.props.outcome = Coprod.ProposalOutcome.ADOPTED
        self.assertEqual(notified, ['outcome'])
        proposal.props.proposer_ids = ['p-1', 'p-2']
        self.assertEqual(list(proposal.get_proposer_ids()), ['p-1', 'p-2'])
        proposal.props.fed_back_date = '2024-06'
        self.assertEqual(proposal.get_property('fed-back-date'), '2024-06')

    def test_save_and_load(self):
        registry = self.build()
        data = registry.to_data()
        text = data[0] if isinstance(data, tuple) else data
        document = json.loads(text)
        self.assertEqual([p['id'] for p in document['proposals']],
                         ['prop-1', 'prop-2', 'prop-3', 'prop-4'])
        self.assertEqual(document['proposals'][0]['outcome'], 'adopted-with-changes')
        self.assertEqual(document['proposals'][0]['proposer_ids'], ['p-ash', 'p-lee'])

        loaded = Coprod.Registry.new()
        loaded.load_from_data(text.encode('utf-8'))
        self.assertEqual([p.get_id() for p in items(loaded.get_proposals())],
                         ['prop-1', 'prop-2', 'prop-3', 'prop-4'])
        got = loaded.lookup('prop-1')
        self.assertIsInstance(got, Coprod.Proposal)
        self.assertEqual(got.get_meeting_id(), 'm-1')
        self.assertEqual(got.get_date(), '2024-04-30')
        self.assertEqual(got.get_reason(), 'An easy-read version as well')
        self.assertEqual(got.get_fed_back_date(), '2024-05-14')
        self.assertEqual(loaded.lookup('prop-2').get_outcome(), Coprod.ProposalOutcome.NOT_ADOPTED)

    def test_assessment_counts(self):
        registry = self.build()
        a = registry.assess_project('prj-1')
        # prop-1 through its meeting, with a proposer with lived experience;
        # prop-4 has only staff among its proposers and is not counted
        self.assertEqual(counts(a), (1, 1, 1, 1))

        registry.lookup('prop-2').set_fed_back_date('2024-06')
        registry.lookup('prop-3').set_outcome(Coprod.ProposalOutcome.ADOPTED)
        self.assertEqual(counts(registry.assess_project('prj-1')), (2, 1, 0, 1))

        registry.lookup('prop-1').set_meeting_id(None)
        self.assertEqual(counts(registry.assess_project('prj-1')), (1, 1, 0, 1))

    def test_validation(self):
        registry = self.build()
        registry.add(Coprod.Proposal(id='prop-nobody', project_id='prj-1'))
        registry.lookup('prop-2').set_date('2024-07')
        registry.lookup('prop-2').set_fed_back_date('2024-06')
        found = sorted((f.get_code(), f.get_record_id(), f.get_member())
                       for f in registry.validate_as_of('2024-08-01'))
        self.assertIn(('missing-proposer', 'prop-nobody', 'proposer_ids'), found)
        self.assertIn(('end-before-start', 'prop-2', 'fed_back_date'), found)
        self.assertNotIn('prop-1', [f[1] for f in found])

    def test_bad_input(self):
        for body, code, member in (
                ('{"id": "prop-1", "outcome": "rejected"}', Coprod.Error.VALUE, '"outcome"'),
                ('{"id": "prop-1", "proposer_ids": "p-1"}', Coprod.Error.TYPE, '"proposer_ids"'),
                ('{"id": "prop-1", "fed_back_date": "May"}', Coprod.Error.DATE, '"fed_back_date"')):
            with self.subTest(body):
                registry = Coprod.Registry.new()
                with self.assertRaises(GLib.Error) as cm:
                    registry.load_from_data(
                        ('{"format": "coprod", "version": 1, "proposals": [%s]}' % body).encode())
                self.assertTrue(cm.exception.matches(Coprod.error_quark(), code))
                self.assertIn('id "prop-1"', cm.exception.message)
                self.assertIn(member, cm.exception.message)
                self.assertEqual(registry.get_n_records(), 0)


if __name__ == '__main__':
    unittest.main()
