# test_model_projects.py: partnerships, projects and meetings, from Python
#
# SPDX-License-Identifier: LGPL-2.1-or-later

import unittest

import gi
gi.require_version('Coprod', '1.0')
from gi.repository import Coprod, Gio, GLib  # noqa: E402


def items(model):
    return [model.get_item(i) for i in range(model.get_n_items())]


def document(body):
    return ('{"format": "coprod", "version": 1, %s}' % body).encode('utf-8')


class TestModelProjects(unittest.TestCase):

    def build(self):
        registry = Coprod.Registry.new()

        council = Coprod.Organisation.new('org-wcc', 'Worcestershire County Council')
        ash = Coprod.Person.new('p-ash', 'Ash Example')
        ash.set_roles(Coprod.Role.LIVED_EXPERIENCE)
        kit = Coprod.Person.new('p-kit', 'Kit Sample')
        kit.set_roles(Coprod.Role.CARER)

        forum = Coprod.Partnership(id='g-forum', name='Building Together',
                                   kind=Coprod.GroupKind.FORUM,
                                   purpose='Shape adult social care together',
                                   start_date='2024')
        board = Coprod.Partnership.new('g-board', 'Building Together board')
        board.set_kind(Coprod.GroupKind.BOARD)
        board.set_parent_id('g-forum')
        chair = Coprod.Membership(member_id='p-ash', role='chair',
                                  lead=True, paid=True, start_date='2024-03')
        member = Coprod.Membership.new('p-kit', 'board member')
        member.set_paid(True)
        member.set_on_behalf_of_id('org-wcc')
        member.set_end_date('2025-03-31')
        board.add_membership(chair)
        board.add_membership(member)

        project = Coprod.Project.new('pr-guide', 'Guide to the forum')
        project.set_partnership_id('g-board')
        project.set_stages(Coprod.Stage.PLANNING | Coprod.Stage.DESIGNING |
                           Coprod.Stage.DOING)
        project.set_aimed_rung(Coprod.Rung.CO_DESIGN)
        project.set_deadline('2024-09-10')
        project.set_deadline_fixed(True)
        planning = Coprod.Involvement.new('p-ash', Coprod.Stage.PLANNING,
                                          Coprod.Mode.PARTNER)
        planning.set_date('2024-02-14')
        planning.set_hours(3.5)
        planning.set_note('Led the planning day')
        doing = Coprod.Involvement(person_id='p-kit', stage=Coprod.Stage.DOING,
                                   mode=Coprod.Mode.CONSULTED, hours=1.0)
        project.add_involvement(planning)
        project.add_involvement(doing)
        feedback = Coprod.FeedbackEvent.new('2024-10-01',
                                            'The guide is in every library')
        feedback.set_method('newsletter')
        feedback.set_reached_ids(['p-ash', 'p-kit'])
        project.add_feedback_event(feedback)

        meeting = Coprod.Meeting.new('m-launch', 'Forum launch')
        meeting.set_kind(Coprod.MeetingKind.LAUNCH)
        meeting.set_format(Coprod.MeetingFormat.HYBRID)
        meeting.set_date('2024-04-30')
        meeting.set_project_id('pr-guide')
        meeting.set_partnership_id('g-forum')
        meeting.set_venue('Town hall')
        meeting.set_access(Coprod.Access.STEP_FREE | Coprod.Access.HEARING_LOOP)
        meeting.set_support(Coprod.Support.TRAVEL_TICKETS |
                            Coprod.Support.REFRESHMENTS)
        meeting.set_agenda_shared_date('2024-04-16')
        meeting.set_plain_language(True)
        meeting.set_attendee_ids(['p-ash', 'p-kit'])

        for record in (council, ash, kit, forum, board, project, meeting):
            self.assertTrue(registry.add(record))
        return registry

    def reload(self, registry):
        data = registry.to_data()
        loaded = Coprod.Registry.new()
        self.assertTrue(loaded.load_from_data(data.encode('utf-8')))
        again = loaded.to_data()
        self.assertEqual(data, again)
        return loaded

    def test_collections(self):
        registry = self.build()
        self.assertEqual([p.get_id() for p in items(registry.get_partnerships())],
                         ['g-forum', 'g-board'])
        self.assertEqual([p.get_id() for p in items(registry.get_projects())],
                         ['pr-guide'])
        self.assertEqual([m.get_id() for m in items(registry.get_meetings())],
                         ['m-launch'])
        self.assertIsInstance(registry.lookup('g-board'), Coprod.Partnership)

    def test_partnership_round_trip(self):
        loaded = self.reload(self.build())

        forum = loaded.lookup('g-forum')
        self.assertEqual(forum.props.kind, Coprod.GroupKind.FORUM)
        self.assertEqual(forum.get_purpose(), 'Shape adult social care together')
        self.assertEqual(forum.get_start_date(), '2024')
        self.assertEqual(forum.get_memberships().get_n_items(), 0)

        board = loaded.lookup('g-board')
        self.assertEqual(board.get_name(), 'Building Together board')
        self.assertEqual(board.get_kind(), Coprod.GroupKind.BOARD)
        self.assertEqual(board.get_parent_id(), 'g-forum')
        self.assertIsNone(board.get_end_date())
        self.assertTrue(board.has_member('p-ash'))
        self.assertTrue(board.has_member('p-kit'))
        self.assertFalse(board.has_member('org-wcc'))

        chair, member = items(board.get_memberships())
        self.assertIsInstance(chair, Coprod.Membership)
        self.assertEqual(chair.get_member_id(), 'p-ash')
        self.assertEqual(chair.get_role(), 'chair')
        self.assertTrue(chair.get_lead())
        self.assertTrue(chair.props.paid)
        self.assertEqual(chair.get_start_date(), '2024-03')
        self.assertIsNone(chair.get_on_behalf_of_id())
        self.assertEqual(member.get_role(), 'board member')
        self.assertFalse(member.get_lead())
        self.assertTrue(member.get_paid())
        self.assertEqual(member.get_on_behalf_of_id(), 'org-wcc')
        self.assertEqual(member.get_end_date(), '2025-03-31')

        self.assertTrue(board.remove_membership(chair))
        self.assertFalse(board.remove_membership(chair))
        self.assertFalse(board.has_member('p-ash'))

    def test_project_round_trip(self):
        loaded = self.reload(self.build())

        project = loaded.lookup('pr-guide')
        self.assertEqual(project.get_title(), 'Guide to the forum')
        self.assertEqual(project.get_partnership_id(), 'g-board')
        self.assertEqual(project.get_stages(),
                         Coprod.Stage.PLANNING | Coprod.Stage.DESIGNING |
                         Coprod.Stage.DOING)
        self.assertEqual(project.get_aimed_rung(), Coprod.Rung.CO_DESIGN)
        self.assertEqual(project.get_deadline(), '2024-09-10')
        self.assertTrue(project.get_deadline_fixed())

        planning, doing = items(project.get_involvements())
        self.assertEqual(planning.get_person_id(), 'p-ash')
        self.assertEqual(planning.get_stage(), Coprod.Stage.PLANNING)
        self.assertEqual(planning.get_mode(), Coprod.Mode.PARTNER)
        self.assertEqual(planning.get_date(), '2024-02-14')
        self.assertEqual(planning.get_hours(), 3.5)
        self.assertEqual(planning.get_note(), 'Led the planning day')
        self.assertEqual(doing.get_person_id(), 'p-kit')
        self.assertEqual(doing.props.stage, Coprod.Stage.DOING)
        self.assertEqual(doing.props.mode, Coprod.Mode.CONSULTED)
        self.assertEqual(doing.props.hours, 1.0)
        self.assertIsNone(doing.get_note())

        (feedback,) = items(project.get_feedback_events())
        self.assertEqual(feedback.get_date(), '2024-10-01')
        self.assertEqual(feedback.get_summary(), 'The guide is in every library')
        self.assertEqual(feedback.get_method(), 'newsletter')
        self.assertEqual(list(feedback.get_reached_ids()), ['p-ash', 'p-kit'])

        self.assertTrue(project.remove_involvement(planning))
        self.assertEqual(project.get_involvements().get_n_items(), 1)
        self.assertTrue(project.remove_feedback_event(feedback))
        self.assertEqual(project.get_feedback_events().get_n_items(), 0)

    def test_new_project_defaults(self):
        project = Coprod.Project.new('pr-new', None)
        all_stages = (Coprod.Stage.PLANNING | Coprod.Stage.DECIDING |
                      Coprod.Stage.DESIGNING | Coprod.Stage.DOING |
                      Coprod.Stage.DELIVERING | Coprod.Stage.EVALUATING)
        self.assertEqual(project.get_stages(), all_stages)
        # no aim, claim or status unless recorded
        self.assertEqual(project.get_aimed_rung(), Coprod.Rung.NONE)
        self.assertEqual(project.get_claimed_rung(), Coprod.Rung.NONE)
        self.assertEqual(project.get_status(), Coprod.ProjectStatus.UNSPECIFIED)
        self.assertEqual(project.get_initiated_by(), Coprod.Initiator.UNSPECIFIED)
        self.assertFalse(project.get_lived_experience_led())
        self.assertFalse(project.get_deadline_fixed())

    def test_meeting_round_trip(self):
        loaded = self.reload(self.build())

        meeting = loaded.lookup('m-launch')
        self.assertEqual(meeting.get_title(), 'Forum launch')
        self.assertEqual(meeting.get_kind(), Coprod.MeetingKind.LAUNCH)
        self.assertEqual(meeting.get_format(), Coprod.MeetingFormat.HYBRID)
        self.assertEqual(meeting.get_date(), '2024-04-30')
        self.assertEqual(meeting.get_project_id(), 'pr-guide')
        self.assertEqual(meeting.get_partnership_id(), 'g-forum')
        self.assertEqual(meeting.get_venue(), 'Town hall')
        self.assertEqual(meeting.get_access(),
                         Coprod.Access.STEP_FREE | Coprod.Access.HEARING_LOOP)
        self.assertEqual(meeting.props.support,
                         Coprod.Support.TRAVEL_TICKETS | Coprod.Support.REFRESHMENTS)
        self.assertEqual(meeting.get_agenda_shared_date(), '2024-04-16')
        self.assertTrue(meeting.get_plain_language())
        self.assertEqual(list(meeting.get_attendee_ids()), ['p-ash', 'p-kit'])
        self.assertEqual(meeting.get_n_attendees(), 2)

    def test_unknown_members_in_children_survive(self):
        registry = Coprod.Registry.new()
        self.assertTrue(registry.load_from_data(document(
            '"projects": [{"id": "pr-1", "involvements":'
            ' [{"person_id": "p-1", "stage": "doing", "x_extra": [1, 2]}]}]')))
        data = registry.to_data()
        self.assertIn('"x_extra"', data)
        self.reload(registry)

    def assertLoadFails(self, body, code, *fragments):
        registry = Coprod.Registry.new()
        with self.assertRaises(GLib.Error) as caught:
            registry.load_from_data(document(body))
        self.assertTrue(caught.exception.matches(Coprod.error_quark(), code),
                        caught.exception.message)
        for fragment in fragments:
            self.assertIn(fragment, caught.exception.message)
        self.assertEqual(registry.get_n_records(), 0)

    def test_child_lists(self):
        # a fresh record's lists are empty list models, the same for the
        # record's life, read through the getter or the property alike
        project = Coprod.Project.new('pr-new', 'New')
        involvements = project.get_involvements()
        self.assertIsInstance(involvements, Gio.ListModel)
        self.assertEqual(involvements.get_item_type(), Coprod.Involvement.__gtype__)
        self.assertEqual(len(involvements), 0)
        self.assertEqual(list(involvements), [])
        self.assertIs(project.get_involvements(), involvements)
        self.assertIs(project.props.involvements, involvements)
        self.assertEqual(len(project.props.feedback_events), 0)

        changes = []
        involvements.connect('items-changed',
                             lambda model, pos, removed, added:
                             changes.append((pos, removed, added, len(model))))
        sizes = []
        involvements.connect('notify::n-items',
                             lambda model, pspec: sizes.append(model.props.n_items))
        first = Coprod.Involvement.new('p-1', Coprod.Stage.DOING, Coprod.Mode.PARTNER)
        second = Coprod.Involvement.new('p-2', Coprod.Stage.DOING, Coprod.Mode.PARTNER)
        project.add_involvement(first)
        project.add_involvement(second)
        self.assertEqual(changes, [(0, 0, 1, 1), (1, 0, 1, 2)])
        self.assertEqual(list(involvements), [first, second])
        self.assertEqual(involvements[1], second)
        self.assertTrue(project.remove_involvement(first))
        self.assertFalse(project.remove_involvement(first))
        self.assertEqual(changes[2:], [(0, 1, 0, 1)])
        self.assertEqual(sizes, [1, 2, 1])
        self.assertEqual(list(involvements), [second])

        # removed, it may go into another project
        other = Coprod.Project.new('pr-other', 'Other')
        other.add_involvement(first)
        self.assertEqual(list(other.get_involvements()), [first])

        # loaded without children: the lists are there, empty
        registry = Coprod.Registry.new()
        self.assertTrue(registry.load_from_data(document(
            '"projects": [{"id": "pr-1", "title": "Empty"}],'
            '"partnerships": [{"id": "g-1", "memberships": []}]')))
        loaded = registry.lookup('pr-1')
        self.assertEqual(len(loaded.get_involvements()), 0)
        self.assertEqual(len(loaded.get_feedback_events()), 0)
        self.assertEqual(len(registry.lookup('g-1').get_memberships()), 0)
        self.assertIn('"involvements" : []', registry.to_data())

    def test_bad_input(self):
        self.assertLoadFails(
            '"projects": [{"id": "pr-1", "involvements": [{"hours": -2}]}]',
            Coprod.Error.VALUE, 'id "pr-1"', '"hours"')
        self.assertLoadFails(
            '"partnerships": [{"id": "g-1", "kind": "club"}]',
            Coprod.Error.VALUE, 'id "g-1"', '"kind"')
        self.assertLoadFails(
            '"partnerships": [{"id": "g-1", "memberships": ["p-1"]}]',
            Coprod.Error.TYPE, 'id "g-1"', 'memberships[0]')
        self.assertLoadFails(
            '"meetings": [{"id": "m-1", "date": "2024-02-30"}]',
            Coprod.Error.DATE, 'id "m-1"', '"date"')
        self.assertLoadFails(
            '"meetings": [{"id": "m-1", "plain_language": "yes"}]',
            Coprod.Error.TYPE, 'id "m-1"', '"plain_language"')


if __name__ == '__main__':
    unittest.main()
