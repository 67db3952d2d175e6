# test_idioms.py: what gi.overrides.Coprod adds to the typelib for Python
# programs: documents as str or bytes, values checked before they reach a
# property, the mapping protocol, readable reprs, load by path, titles,
# the registry's changes and reverse look-ups
#
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# Run by meson with GI_TYPELIB_PATH and LD_LIBRARY_PATH set to the build's
# libcoprod/ and PYTHONPATH to the source's bindings/python.

import json
import os
import pathlib
import re
import tempfile
import unittest

import gi
gi.require_version('Coprod', '1.0')
gi.require_version('Gio', '2.0')
from gi.repository import Coprod, Gio, GLib, GObject  # noqa: E402

EXAMPLE = os.path.join(os.environ['COPROD_EXAMPLES_DATA'], 'coprod-example.json')


class DocumentTestCase(unittest.TestCase):

    def test_load_from_str_and_bytes(self):
        with open(EXAMPLE, encoding='utf-8') as f:
            text = f.read()
        for data in (text, text.encode('utf-8'), bytearray(text.encode('utf-8')),
                     GLib.Bytes.new(text.encode('utf-8'))):
            registry = Coprod.Registry.new()
            self.assertTrue(registry.load_from_data(data))
            self.assertEqual(len(registry), 99)

    def test_load_from_other_types_refused(self):
        registry = Coprod.Registry.new()
        with self.assertRaises(TypeError):
            registry.load_from_data(42)

    def test_bad_document_raises_and_changes_nothing(self):
        registry = Coprod.Registry.load(EXAMPLE)
        with self.assertRaises(GLib.Error) as cm:
            registry.load_from_data('{"format": "coprod", "version": 1, "people": [')
        self.assertTrue(cm.exception.matches(Coprod.error_quark(), Coprod.Error.PARSE))
        self.assertEqual(len(registry), 99)

    def test_to_data_is_the_document(self):
        registry = Coprod.Registry.load(EXAMPLE)
        data = registry.to_data()
        self.assertIsInstance(data, str)
        document = json.loads(data)
        self.assertEqual(document['format'], 'coprod')
        self.assertEqual(len(document['people']), 29)
        self.assertEqual(registry.to_string(), data)
        self.assertEqual(str(registry), data)
        self.assertEqual(registry.to_bytes(), data.encode('utf-8'))
        self.assertEqual(json.loads(registry.to_bytes()), document)

    def test_to_data_round_trip(self):
        registry = Coprod.Registry.load(EXAMPLE)
        again = Coprod.Registry.new()
        again.load_from_data(registry.to_data())
        self.assertEqual(again.to_data(), registry.to_data())

    def test_load_and_save_by_path(self):
        registry = Coprod.Registry.load(EXAMPLE)
        self.assertIsInstance(registry, Coprod.Registry)
        self.assertFalse(registry.props.modified)
        with tempfile.TemporaryDirectory(prefix='coprod-python-') as tmp:
            path = pathlib.Path(tmp) / 'saved.json'
            registry['p-stoke-01'].retain_until = '2031'
            self.assertTrue(registry.props.modified)
            registry.save(path)
            self.assertFalse(registry.props.modified)
            again = Coprod.Registry.load(path)
            self.assertEqual(again['p-stoke-01'].props.retain_until, '2031')
            again = Coprod.Registry.load(Gio.File.new_for_path(str(path)))
            self.assertEqual(len(again), 99)

    def test_load_missing_file_raises_glib_error(self):
        with self.assertRaises(GLib.Error) as cm:
            Coprod.Registry.load('/nonexistent/coprod.json')
        self.assertTrue(cm.exception.matches(Gio.io_error_quark(), Gio.IOErrorEnum.NOT_FOUND))


class CheckedValuesTestCase(unittest.TestCase):

    MESSAGE = re.compile(r'^CoprodPerson: the property retain-until takes an ISO 8601 calendar date')

    def assert_refused(self, exc, message=MESSAGE):
        self.assertRegex(str(exc.exception), message)
        # the message never quotes the value
        self.assertNotIn('2027-13-40', str(exc.exception))

    def test_constructor(self):
        with self.assertRaises(ValueError) as cm:
            Coprod.Person(id='p-x', retain_until='2027-13-40')
        self.assert_refused(cm)

    def test_props(self):
        person = Coprod.Person(id='p-x', retain_until='2027-04')
        with self.assertRaises(ValueError) as cm:
            person.props.retain_until = '2027-13-40'
        self.assert_refused(cm)
        self.assertEqual(person.props.retain_until, '2027-04')

    def test_set_property_and_setter_and_attribute(self):
        person = Coprod.Person(id='p-x')
        for set_it in (lambda v: person.set_property('retain-until', v),
                       lambda v: person.set_property('retain_until', v),
                       lambda v: person.set_retain_until(v),
                       lambda v: setattr(person, 'retain_until', v)):
            with self.assertRaises(ValueError) as cm:
                set_it('2027-13-40')
            self.assert_refused(cm)
            self.assertIsNone(person.props.retain_until)
        # valid values go through each way
        person.retain_until = '2027'
        self.assertEqual(person.get_retain_until(), '2027')
        person.set_retain_until('2028-02')
        self.assertEqual(person.props.retain_until, '2028-02')

    def test_other_kinds(self):
        cases = [
            (Coprod.Payment, 'person_id', ' p-1', r'CoprodPayment: the property person-id takes a record id'),
            (Coprod.Payment, 'currency', 'gbp', r'CoprodPayment: the property currency takes an ISO 4217'),
            (Coprod.Payment, 'amount', 2 ** 53, r'CoprodPayment: the property amount takes a whole number'),
            (Coprod.Payment, 'amount', 2 ** 70, r'CoprodPayment: the property amount takes a value within'),
            (Coprod.Person, 'roles', 1 << 30, r'CoprodPerson: the property roles takes a combination of the flags of CoprodRole'),
            (Coprod.Involvement, 'mode', 42, r'CoprodInvolvement: the property mode takes one of the values of CoprodMode'),
            (Coprod.Involvement, 'stage', Coprod.Stage.DOING | Coprod.Stage.PLANNING,
             r'CoprodInvolvement: the property stage takes at most one of the flags of CoprodStage'),
            (Coprod.Membership, 'start_date', 'soon', r'CoprodMembership: the property start-date takes an ISO 8601'),
        ]
        for cls, name, value, message in cases:
            with self.subTest(cls=cls.__name__, name=name):
                with self.assertRaises(ValueError) as cm:
                    cls(**{name: value})
                self.assertRegex(str(cm.exception), message)
                obj = cls()
                with self.assertRaises(ValueError):
                    setattr(obj.props, name, value)

    def test_wrong_python_type(self):
        with self.assertRaises(TypeError) as cm:
            Coprod.Person(id='p-x', roles='carer')
        self.assertIn('the property roles', str(cm.exception))

    def test_valid_values_pass(self):
        person = Coprod.Person(id='p-1', name='Sam Example',
                               roles=Coprod.Role.LIVED_EXPERIENCE | Coprod.Role.CARER,
                               organisation_ids=['org-1'], retain_until='2027-04')
        self.assertEqual(person.props.roles, Coprod.Role.LIVED_EXPERIENCE | Coprod.Role.CARER)
        involvement = Coprod.Involvement(person_id='p-1', stage=Coprod.Stage.DOING,
                                         mode=Coprod.Mode.PARTNER)
        self.assertEqual(involvement.props.mode, Coprod.Mode.PARTNER)

    def test_python_attributes_still_work(self):
        person = Coprod.Person(id='p-1')
        person._note = 'kept in Python'
        person.not_a_property = 1
        self.assertEqual(person._note, 'kept in Python')
        self.assertEqual(person.not_a_property, 1)



class DateCompareTestCase(unittest.TestCase):
    """Coprod.date_compare: by the shorter of the two, so a year or a
    month contains the dates inside it"""

    def test_signs(self):
        cases = [("2024-05-01", "2024-05-02", -1), ("2024-06", "2024-05-31", 1),
                 ("2019", "2019-04-30", 0), ("2019-04", "2019-04-30", 0),
                 ("2019-12-31", "2020", -1), ("2024", "2024", 0)]
        for a, b, expected in cases:
            with self.subTest(a=a, b=b):
                self.assertEqual(Coprod.date_compare(a, b), expected)
                self.assertEqual(Coprod.date_compare(b, a), -expected)

class MappingTestCase(unittest.TestCase):

    def setUp(self):
        self.registry = Coprod.Registry.load(EXAMPLE)

    def test_get(self):
        self.assertIs(self.registry.get('p-stoke-01'), self.registry['p-stoke-01'])
        self.assertIsNone(self.registry.get('p-nobody'))
        sentinel = object()
        self.assertIs(self.registry.get('p-nobody', sentinel), sentinel)
        self.assertIs(self.registry.get(42, sentinel), sentinel)

    def test_keys_values_items(self):
        keys = self.registry.keys()
        self.assertEqual(len(keys), len(self.registry))
        self.assertEqual(len(set(keys)), len(keys))
        self.assertEqual(keys, [record.get_id() for record in self.registry])
        self.assertEqual([r.get_id() for r in self.registry.values()], keys)
        items = self.registry.items()
        self.assertEqual([k for k, v in items], keys)
        for record_id, record in items:
            self.assertIs(self.registry[record_id], record)
        self.assertEqual(dict(items)['prt-fife'].get_id(), 'prt-fife')


class ReprTestCase(unittest.TestCase):

    def setUp(self):
        self.registry = Coprod.Registry.load(EXAMPLE)

    def assert_readable(self, obj, type_name):
        text = repr(obj)
        self.assertTrue(text.startswith('<Coprod.%s' % type_name), text)
        self.assertNotIn(' object at 0x', text)
        return text

    def test_records_show_their_id_only(self):
        person = self.registry['p-stoke-01']
        self.assertEqual(repr(person), "<Coprod.Person id='p-stoke-01'>")
        self.assertNotIn(person.props.name or '-', repr(person))

    def test_registry(self):
        self.assertEqual(repr(self.registry), '<Coprod.Registry records=99>')
        self.registry['p-stoke-01'].retain_until = '2031'
        self.assertEqual(repr(self.registry), '<Coprod.Registry records=99 modified>')

    def test_what_the_api_returns(self):
        findings = self.registry.validate()
        self.assertGreater(len(findings), 0)
        text = self.assert_readable(findings[0], 'Finding')
        self.assertIn('severity=', text)
        self.assertIn("code='", text)

        assessment = self.registry.assess_project('prj-fife-report')
        text = self.assert_readable(assessment, 'Assessment')
        self.assertIn("project_id='prj-fife-report'", text)
        self.assertIn('rung=co-production', text)

        assessment = self.registry.assess_project('prj-worcs-coprod-week')
        gaps = assessment.get_gaps()
        self.assertGreater(len(gaps), 0)
        self.assert_readable(gaps[0], 'Gap')

        membership = self.registry['prt-fife'].get_memberships()[1]
        text = self.assert_readable(membership, 'Membership')
        self.assertIn("member_id='org-fva'", text)

        involvement = self.registry['prj-fife-report'].get_involvements()[0]
        text = self.assert_readable(involvement, 'Involvement')
        self.assertIn("person_id='p-fife-01'", text)
        self.assertIn('stage=planning', text)
        self.assertIn('mode=partner', text)

        result = self.registry.review('prj-flse-leaflet', None)
        self.assert_readable(result, 'ReviewResult')
        self.assert_readable(Coprod.Ladder.get_builtin('tlap'), 'Ladder')
        self.assert_readable(Coprod.Ladder.get_builtin('tlap').get_steps()[0], 'Step')
        self.assert_readable(Coprod.Framework.get_builtin('flse'), 'Framework')

    def test_free_text_is_not_shown(self):
        membership = Coprod.Membership(member_id='p-1', role='Chair, named Sam Example')
        self.assertNotIn('Sam', repr(membership))


class TitlesTestCase(unittest.TestCase):

    def test_titles(self):
        self.assertEqual(Coprod.title(Coprod.Rung.CO_PRODUCTION), 'Co-production')
        self.assertEqual(Coprod.title(Coprod.Mode.PARTNER), 'Equal partner')
        self.assertEqual(Coprod.title(Coprod.Role.LIVED_EXPERIENCE), 'Lived experience')
        self.assertEqual(Coprod.description(Coprod.Rung.CO_PRODUCTION),
                         'Equal partners at all stages.')
        self.assertIsNone(Coprod.title(Coprod.Role.CARER | Coprod.Role.STAFF))
        self.assertEqual(Coprod.enum_get_title(Coprod.Stage.__gtype__, Coprod.Stage.DECIDING),
                         'Deciding')

    def test_every_value_has_a_title(self):
        n = 0
        for name in dir(Coprod):
            cls = getattr(Coprod, name)
            if not isinstance(cls, type) or not issubclass(cls, (GObject.GEnum, GObject.GFlags)):
                continue
            if cls.__gtype__.name == 'CoprodError':
                continue
            values = cls.__enum_values__ if issubclass(cls, GObject.GEnum) else cls.__flags_values__
            for value in values.values():
                with self.subTest(value=value):
                    self.assertTrue(Coprod.title(value))
                    self.assertTrue(Coprod.description(value).endswith('.'))
                    n += 1
        self.assertGreaterEqual(n, 147)


class ChangesTestCase(unittest.TestCase):

    def test_changed_and_modified(self):
        registry = Coprod.Registry.load(EXAMPLE)
        seen = []
        registry.connect('changed', lambda r, record: seen.append(record))
        notified = []
        registry.connect('notify::modified', lambda r, p: notified.append(r.props.modified))
        self.assertFalse(registry.props.modified)
        registry['p-stoke-01'].props.retain_until = '2031'
        self.assertEqual([r.get_id() for r in seen], ['p-stoke-01'])
        self.assertEqual(notified, [True])
        registry.add(Coprod.Person(id='p-new'))
        registry['prj-fife-report'].get_involvements()[0].props.note = 'rescheduled'
        self.assertEqual([r.get_id() for r in seen], ['p-stoke-01', 'p-new', 'prj-fife-report'])
        registry.load_from_data(registry.to_data())
        self.assertIsNone(seen[-1])
        self.assertEqual(notified, [True, False])


class RelationsTestCase(unittest.TestCase):

    def test_reverse_lookups(self):
        registry = Coprod.Registry.load(EXAMPLE)
        ids = lambda model: [r.get_id() for r in model]  # noqa: E731
        self.assertEqual(ids(registry.get_people_of_partnership('prt-worcs-wg')),
                         ['p-worcs-01', 'p-worcs-03'])
        self.assertEqual(ids(registry.get_projects_of_partnership('prt-fife')),
                         ['prj-fife-report', 'prj-fife-toolkit'])
        self.assertEqual(ids(registry.get_payments_of_person('p-worcs-05')),
                         ['pay-0002', 'pay-0003'])
        self.assertEqual(ids(registry.get_meetings_of_person('p-worcs-04')),
                         ['mtg-bt-launch', 'mtg-bt-board-1'])
        self.assertEqual(ids(registry.get_partnerships_of_member('p-worcs-01')),
                         ['prt-worcs-wg', 'prt-building-together'])
        self.assertEqual(ids(registry.get_people_of_partnership('prt-nowhere')), [])


if __name__ == '__main__':
    unittest.main()
