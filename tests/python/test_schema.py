# test_schema.py: doc/coprod-1.schema.json against the data files and the
# library's own output
#
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# Run by meson with GI_TYPELIB_PATH and LD_LIBRARY_PATH set to the build's
# libcoprod/, and COPROD_SOURCE_DIR, COPROD_TEST_DATA and
# COPROD_EXAMPLES_DATA set.

import copy
import glob
import json
import os
import unittest

import jsonschema

import gi
gi.require_version('Coprod', '1.0')
from gi.repository import Coprod, GLib, GObject  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE_DIR = os.environ.get('COPROD_SOURCE_DIR',
                            os.path.normpath(os.path.join(HERE, '..', '..')))
TEST_DATA = os.environ.get('COPROD_TEST_DATA',
                           os.path.join(SOURCE_DIR, 'tests', 'data'))
EXAMPLES_DATA = os.environ.get('COPROD_EXAMPLES_DATA',
                               os.path.join(SOURCE_DIR, 'examples', 'data'))
SCHEMA_PATH = os.path.join(SOURCE_DIR, 'doc', 'coprod-1.schema.json')
EXAMPLE = os.path.join(EXAMPLES_DATA, 'coprod-example.json')

COLLECTIONS = {
    'organisations': Coprod.Organisation,
    'people': Coprod.Person,
    'partnerships': Coprod.Partnership,
    'posts': Coprod.Post,
    'projects': Coprod.Project,
    'meetings': Coprod.Meeting,
    'rate_cards': Coprod.RateCard,
    'policies': Coprod.Policy,
    'payments': Coprod.Payment,
    'outputs': Coprod.Output,
    'charters': Coprod.Charter,
    'pledges': Coprod.Pledge,
    'proposals': Coprod.Proposal,
    'reviews': Coprod.Review,
}


def load_schema():
    with open(SCHEMA_PATH, encoding='utf-8') as f:
        return json.load(f)


def coprod_documents():
    """Every data file that is a coprod document, outside malformed/."""
    paths = sorted(glob.glob(os.path.join(EXAMPLES_DATA, '**', '*.json'), recursive=True) +
                   glob.glob(os.path.join(TEST_DATA, '**', '*.json'), recursive=True))
    malformed = os.path.join(os.path.realpath(TEST_DATA), 'malformed') + os.sep
    for path in paths:
        if os.path.realpath(path).startswith(malformed):
            continue
        with open(path, encoding='utf-8') as f:
            doc = json.load(f)
        if isinstance(doc, dict) and doc.get('format') == 'coprod':
            yield path, doc


def library_text(text):
    registry = Coprod.Registry.new()
    registry.load_from_data(text.encode('utf-8'))
    data = registry.to_data()
    # to_data() returns (text, length) through introspection
    return data[0] if isinstance(data, tuple) else data


def library_refuses(doc):
    registry = Coprod.Registry.new()
    try:
        registry.load_from_data(json.dumps(doc).encode('utf-8'))
    except GLib.Error:
        return True
    return False


class SchemaTestCase(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        cls.schema = load_schema()
        cls.validator = jsonschema.Draft202012Validator(cls.schema)

    def assertValid(self, doc, what):
        errors = sorted(self.validator.iter_errors(doc), key=lambda e: list(e.absolute_path))
        self.assertEqual(
            [], ['%s: %s' % ('/'.join(str(p) for p in e.absolute_path), e.message)
                 for e in errors],
            '%s does not validate' % what)

    def assertInvalid(self, doc, what):
        self.assertFalse(self.validator.is_valid(doc), '%s validates' % what)


class TestSchemaItself(SchemaTestCase):

    def test_check_schema(self):
        jsonschema.Draft202012Validator.check_schema(self.schema)
        self.assertEqual('https://json-schema.org/draft/2020-12/schema',
                         self.schema['$schema'])

    def test_top_level_names_every_collection(self):
        props = self.schema['properties']
        self.assertEqual('coprod', props['format']['const'])
        self.assertEqual(['format', 'version'], self.schema['required'])
        for name, klass in COLLECTIONS.items():
            self.assertIn(name, props)
            self.assertEqual('#/$defs/%s' % klass.__gtype__.name[len('Coprod'):],
                             props[name]['items']['$ref'])

    def test_every_property_is_described(self):
        # every member the codec reads and writes is in the schema, with a
        # description; records require their id
        defs = self.schema['$defs']
        pending = list(COLLECTIONS.values())
        seen = set()
        rw = GObject.ParamFlags.READABLE | GObject.ParamFlags.WRITABLE
        while pending:
            klass = pending.pop()
            name = klass.__gtype__.name[len('Coprod'):]
            if name in seen:
                continue
            seen.add(name)
            self.assertIn(name, defs)
            d = defs[name]
            self.assertTrue(d['additionalProperties'])
            is_record = klass.__gtype__.is_a(Coprod.Record.__gtype__)
            if is_record:
                self.assertEqual(['id'], d['required'])
            for pspec in klass.list_properties():
                is_list = pspec.value_type.is_a(GObject.type_from_name('GListModel'))
                if pspec.name == 'id' and is_record:
                    member = 'id'
                elif is_list:
                    member = pspec.name.replace('-', '_')
                    item = d['properties'][member]['items']['$ref'].split('/')[-1]
                    pending.append(getattr(Coprod, item))
                elif (pspec.flags & rw) != rw or pspec.flags & GObject.ParamFlags.CONSTRUCT_ONLY:
                    continue
                else:
                    member = pspec.name.replace('-', '_')
                self.assertIn(member, d['properties'], '%s.%s' % (name, member))
                self.assertTrue(d['properties'][member]['description'])
            self.assertTrue(d['description'])

    def test_enum_nicks_match_the_library(self):
        # each nick names a value of the type, and every value is listed
        # (for flags, every value but the empty set)
        n_checked = 0
        for name, d in self.schema['$defs'].items():
            if 'enum' not in d:
                continue
            klass = getattr(Coprod, name)
            is_flags = klass.__gtype__.is_a(GObject.TYPE_FLAGS)
            for nick in d['enum']:
                value = getattr(klass, nick.upper().replace('-', '_'))
                if is_flags:
                    self.assertNotEqual(0, int(value), '%s %s' % (name, nick))
                    self.assertEqual(nick, value.first_value_nick)
                else:
                    self.assertEqual(nick, value.value_nick)
                n_checked += 1
            if is_flags:
                expected = [v for v in klass.__flags_values__ if v != 0]
            else:
                expected = list(klass.__enum_values__)
            self.assertEqual(len(expected), len(d['enum']), name)
        self.assertGreater(n_checked, 100)


class TestDataFiles(SchemaTestCase):

    def test_data_files_validate(self):
        documents = list(coprod_documents())
        self.assertIn(os.path.realpath(EXAMPLE),
                      [os.path.realpath(p) for p, _ in documents])
        for path, doc in documents:
            with self.subTest(path=os.path.relpath(path, SOURCE_DIR)):
                self.assertValid(doc, path)

    def test_library_output_validates(self):
        with open(EXAMPLE, encoding='utf-8') as f:
            text = f.read()
        saved = json.loads(library_text(text))
        self.assertValid(saved, 'the example as saved by the library')
        for name in COLLECTIONS:
            self.assertIsInstance(saved[name], list)
        self.assertTrue(any(saved[name] for name in COLLECTIONS))

    def test_library_output_members_are_all_declared(self):
        # every member the library writes for the example is named in the
        # schema, unless it is an unknown member of the input kept as it was
        with open(EXAMPLE, encoding='utf-8') as f:
            original = json.load(f)
        saved = json.loads(library_text(json.dumps(original)))
        defs = self.schema['$defs']
        n_members = 0

        def check(obj, source, def_name, where):
            nonlocal n_members
            props = defs[def_name]['properties']
            for member, value in obj.items():
                n_members += 1
                if member not in props:
                    self.assertIn(member, source, '%s: %s is not in the schema' % (where, member))
                    self.assertEqual(source[member], value)
                    continue
                target = props[member].get('items', {}).get('$ref', '').split('/')[-1]
                if defs.get(target, {}).get('type') == 'object':
                    for i, child in enumerate(value):
                        check(child, source.get(member, [{}] * (i + 1))[i], target,
                              '%s.%s[%d]' % (where, member, i))

        for name, klass in COLLECTIONS.items():
            def_name = klass.__gtype__.name[len('Coprod'):]
            by_id = {r['id']: r for r in original.get(name, [])}
            for i, record in enumerate(saved[name]):
                check(record, by_id.get(record['id'], {}), def_name, '%s[%d]' % (name, i))
        self.assertGreater(n_members, 50)


class TestBadDocuments(SchemaTestCase):

    BASE = {
        'format': 'coprod', 'version': 1,
        'organisations': [{'id': 'org-1', 'name': 'Hillside Voices', 'sector': 'charity'}],
        'partnerships': [{'id': 'prt-1', 'name': 'Hillside forum', 'kind': 'forum',
                          'memberships': [{'member_id': 'org-1', 'start_date': '2023-01'}]}],
        'payments': [{'id': 'pay-1', 'amount': 2500, 'currency': 'GBP', 'kind': 'fee',
                      'offered_date': '2023-03-01'}],
        'projects': [{'id': 'prj-1', 'title': 'Easy-read leaflet',
                      'involvements': [{'person_id': 'p-1', 'stage': 'designing',
                                        'mode': 'partner', 'hours': 2.5}]}],
        'people': [{'id': 'p-1', 'name': 'Sam Testperson', 'roles': ['carer']}],
    }

    def variant(self, change):
        doc = copy.deepcopy(self.BASE)
        change(doc)
        return doc

    def test_base_is_valid_for_schema_and_library(self):
        self.assertValid(self.BASE, 'the base document')
        self.assertFalse(library_refuses(self.BASE))

    def check_bad(self, what, change):
        doc = self.variant(change)
        self.assertInvalid(doc, what)
        # the schema refuses what the library refuses
        self.assertTrue(library_refuses(doc), 'the library loads %s' % what)

    def test_unknown_sector_nick(self):
        self.check_bad('an unknown sector',
                       lambda d: d['organisations'][0].update(sector='pharmacy'))

    def test_month_13(self):
        self.check_bad('month 13',
                       lambda d: d['payments'][0].update(offered_date='2023-13-01'))

    def test_day_not_in_month(self):
        self.check_bad('30 February',
                       lambda d: d['partnerships'][0]['memberships'][0].update(start_date='2024-02-30'))

    def test_negative_amount(self):
        self.check_bad('a negative amount',
                       lambda d: d['payments'][0].update(amount=-1))

    def test_amount_beyond_exact_range(self):
        self.check_bad('an amount of 2^53',
                       lambda d: d['payments'][0].update(amount=9007199254740992))

    def test_bad_currency(self):
        self.check_bad('a lower-case currency',
                       lambda d: d['payments'][0].update(currency='gbp'))

    def test_format_other(self):
        self.check_bad('format "other"', lambda d: d.update(format='other'))

    def test_newer_version(self):
        self.check_bad('version 2', lambda d: d.update(version=2))

    def test_missing_id(self):
        self.check_bad('a record without id', lambda d: d['people'][0].pop('id'))

    def test_flag_given_as_string(self):
        self.check_bad('roles as a string', lambda d: d['people'][0].update(roles='carer'))

    def test_single_flag_given_as_array(self):
        self.check_bad('stage as an array',
                       lambda d: d['projects'][0]['involvements'][0].update(stage=['designing']))

    def test_unknown_members_are_allowed(self):
        doc = self.variant(lambda d: (d.update(extension={'a': 1}),
                                      d['people'][0].update(favourite_colour='green')))
        self.assertValid(doc, 'a document with unknown members')
        self.assertFalse(library_refuses(doc))
        # and the library writes them back
        saved = json.loads(library_text(json.dumps(doc)))
        self.assertEqual({'a': 1}, saved['extension'])
        self.assertEqual('green', saved['people'][0]['favourite_colour'])
        self.assertValid(saved, 'the saved document with unknown members')


if __name__ == '__main__':
    unittest.main()
