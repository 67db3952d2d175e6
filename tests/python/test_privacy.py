# test_privacy.py: consent, withdrawal, exports, retention, messages that
# name no one, and the canary, through the Python binding and the command
#
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# Run by meson with GI_TYPELIB_PATH and LD_LIBRARY_PATH set to the build's
# libcoprod/, PYTHONPATH to the source's bindings/python, COPROD_TOOL to
# the coprod command and COPROD_TEST_DATA / COPROD_EXAMPLES_DATA to the
# data folders.

import copy
import hashlib
import json
import os
import re
import stat
import subprocess
import tempfile
import unittest

import gi
gi.require_version('Coprod', '1.0')
gi.require_version('Gio', '2.0')
from gi.repository import Coprod, Gio, GLib  # noqa: E402

EXAMPLE = os.path.join(os.environ.get('COPROD_EXAMPLES_DATA',
                                      os.path.join(os.path.dirname(__file__), '..', '..',
                                                   'examples', 'data')),
                       'coprod-example.json')
MALFORMED = os.path.join(os.environ.get('COPROD_TEST_DATA',
                                        os.path.join(os.path.dirname(__file__), '..', 'data')),
                         'malformed')
TOOL = os.environ.get('COPROD_TOOL')

KEY_A = GLib.Bytes.new(b'a-secret-key-of-thirty-two-bytes')
KEY_B = GLib.Bytes.new(b'another-secret-key-for-the-tests')

# what never reaches a terminal: C0, DEL, C1, and what reorders text
UNSAFE = re.compile('[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]')


def load_example():
    registry = Coprod.Registry.new()
    with open(EXAMPLE, 'rb') as f:
        registry.load_from_data(f.read())
    return registry


def people(registry):
    return list(registry.get_people())


class Consent(unittest.TestCase):

    def test_consent_method(self):
        person = Coprod.Person(id='p-1')
        self.assertEqual(person.props.consent_method, Coprod.ConsentMethod.NOT_RECORDED)
        person.set_consent_method(Coprod.ConsentMethod.REPRESENTATIVE)
        self.assertEqual(person.get_consent_method(), Coprod.ConsentMethod.REPRESENTATIVE)
        registry = Coprod.Registry.new()
        registry.add(person)
        data = json.loads(registry.to_data())
        self.assertEqual(data['people'][0]['consent_method'], 'representative')
        again = Coprod.Registry.new()
        again.load_from_data(json.dumps(data).encode())
        self.assertEqual(again.lookup('p-1').get_consent_method(),
                         Coprod.ConsentMethod.REPRESENTATIVE)

    def withdrawn_registry(self):
        registry = Coprod.Registry.new()
        registry.add(Coprod.Person(id='p-1', name='Sam Example', withdrawn_date='2024-05-10'))
        registry.add(Coprod.Project(id='prj-1'))
        return registry

    def test_payment_after_withdrawal_refused(self):
        registry = self.withdrawn_registry()
        with self.assertRaises(GLib.Error) as cm:
            registry.add(Coprod.Payment(id='pay-1', person_id='p-1', offered_date='2024-06'))
        self.assertTrue(cm.exception.matches(Coprod.error_quark(), Coprod.Error.WITHDRAWN))
        self.assertNotIn('Sam', cm.exception.message)
        self.assertIsNone(registry.lookup('pay-1'))
        registry.add(Coprod.Payment(id='pay-2', person_id='p-1', offered_date='2024-05-10',
                                    paid_date='2024-07'))

    def test_involvement_after_withdrawal_refused(self):
        registry = self.withdrawn_registry()
        late = Coprod.Involvement(person_id='p-1', stage=Coprod.Stage.DOING,
                                  mode=Coprod.Mode.PARTNER, date='2024-06')
        with self.assertRaises(GLib.Error) as cm:
            registry.add_involvement('prj-1', late)
        self.assertTrue(cm.exception.matches(Coprod.error_quark(), Coprod.Error.WITHDRAWN))
        self.assertEqual(len(registry.lookup('prj-1').get_involvements()), 0)

        project = Coprod.Project(id='prj-2')
        project.add_involvement(late)
        with self.assertRaises(GLib.Error):
            registry.add(project)
        self.assertIsNone(registry.lookup('prj-2'))

        early = Coprod.Involvement(person_id='p-1', stage=Coprod.Stage.DOING,
                                   mode=Coprod.Mode.PARTNER, date='2024-05-01')
        registry.add_involvement('prj-1', early)
        self.assertEqual(len(registry.lookup('prj-1').get_involvements()), 1)


class Export(unittest.TestCase):

    def test_short_key(self):
        with self.assertRaises(GLib.Error) as cm:
            load_example().export(Coprod.Audience.PUBLIC, GLib.Bytes.new(b'x' * 15))
        self.assertTrue(cm.exception.matches(Coprod.error_quark(), Coprod.Error.VALUE))

    def test_audiences(self):
        registry = load_example()
        withdrawn = people(registry)[1]
        withdrawn.set_withdrawn_date('2021')
        source = registry.to_data()
        for audience in (Coprod.Audience.INTERNAL, Coprod.Audience.PARTNERS,
                         Coprod.Audience.PUBLIC):
            exported = registry.export(audience, KEY_A)
            self.assertEqual(registry.to_data(), source)
            self.assertIsNone(exported.lookup(withdrawn.get_id()))
            kept = [p for p in people(registry) if not p.is_withdrawn()]
            for before, after in zip(kept, people(exported)):
                self.assertIsNone(after.get_email())
                self.assertIsNone(after.get_phone())
                self.assertIsNone(after.get_access_note())
                if before.get_consent_audience() >= audience:
                    self.assertEqual(after.get_name(), before.get_name())
                    self.assertEqual(after.get_id(), before.get_id())
                else:
                    self.assertRegex(after.get_name(), r'^Participant [0-9A-F]{10}$')
                    self.assertRegex(after.get_id(), r'^p-[0-9a-f]{16}$')
            # it saves, and loads again
            again = Coprod.Registry.new()
            again.load_from_data(exported.to_data().encode())
            self.assertEqual(again.get_n_records(), exported.get_n_records())
            # nothing new to validation
            codes_before = sorted(f.get_code() for f in registry.validate_as_of('2024-06-01'))
            codes_after = sorted(f.get_code() for f in exported.validate_as_of('2024-06-01'))
            for code in set(codes_after):
                self.assertLessEqual(codes_after.count(code), codes_before.count(code), code)

    def test_stable_per_key(self):
        registry = load_example()
        a = registry.export(Coprod.Audience.PUBLIC, KEY_A).to_data()
        a2 = registry.export(Coprod.Audience.PUBLIC, GLib.Bytes.new(KEY_A.get_data())).to_data()
        b = registry.export(Coprod.Audience.PUBLIC, KEY_B).to_data()
        self.assertEqual(a, a2)
        ids_a = set(re.findall(r'p-[0-9a-f]{16}', a))
        ids_b = set(re.findall(r'p-[0-9a-f]{16}', b))
        self.assertTrue(ids_a)
        self.assertFalse(ids_a & ids_b)


class Purge(unittest.TestCase):

    def test_purge_example(self):
        registry = load_example()
        expired = [p.get_id() for p in people(registry)
                   if p.get_retain_until() and Coprod.date_compare(p.get_retain_until(), '2027-06-01') < 0]
        self.assertTrue(expired)
        ok, removed = registry.purge_expired('2027-06-01')
        self.assertTrue(ok)
        self.assertEqual(sorted(f.get_record_id() for f in removed if f.get_code() == 'purged-person'),
                         sorted(expired))
        data = registry.to_data()
        for person_id in expired:
            self.assertNotIn('"%s"' % person_id, data)
        self.assertNotIn('retention-passed',
                         [f.get_code() for f in registry.validate_as_of('2027-06-01')])

    def test_bad_date_changes_nothing(self):
        registry = load_example()
        before = registry.to_data()
        with self.assertRaises(GLib.Error) as cm:
            registry.purge_expired('Robin Ashcombe')
        self.assertNotIn('Robin', cm.exception.message)
        self.assertEqual(registry.to_data(), before)


@unittest.skipIf(TOOL is None, 'COPROD_TOOL is not set')
class Commands(unittest.TestCase):

    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory(prefix='coprod-privacy-')
        self.addCleanup(self.tmp.cleanup)
        self.key = os.path.join(self.tmp.name, 'key')
        with open(self.key, 'wb') as f:
            f.write(b'0123456789abcdef-the-secret')

    def run_tool(self, *args):
        return subprocess.run([TOOL, *args], capture_output=True, text=True)

    def test_export(self):
        out = os.path.join(self.tmp.name, 'public.json')
        os.umask(0o022)
        r = self.run_tool('export', EXAMPLE, '--audience', 'public', '--key-file', self.key, '-o', out)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertTrue(r.stdout.startswith('export for public: '), r.stdout)
        self.assertEqual(stat.S_IMODE(os.stat(out).st_mode), 0o600)
        with open(out, encoding='utf-8') as f:
            text = f.read()
        self.assertNotIn('the-secret', text)
        self.assertNotIn('the-secret', r.stdout + r.stderr)
        self.assertNotIn(b'the-secret'.hex(), text)
        # the same file as the library makes
        exported = load_example().export(Coprod.Audience.PUBLIC,
                                         GLib.Bytes.new(b'0123456789abcdef-the-secret'))
        self.assertEqual(json.loads(text), json.loads(exported.to_data()))
        # nothing but counts on the terminal
        for person in people(load_example()):
            self.assertNotIn(person.get_name(), r.stdout)

    def test_export_refusals(self):
        out = os.path.join(self.tmp.name, 'out.json')
        short = os.path.join(self.tmp.name, 'short')
        with open(short, 'wb') as f:
            f.write(b'short')
        for args, status in ((['--audience', 'public', '--key-file', short, '-o', out], 1),
                             (['--audience', 'everyone', '--key-file', self.key, '-o', out], 2),
                             (['--key-file', self.key, '-o', out], 2),
                             (['--audience', 'public', '-o', out], 2),
                             (['--audience', 'public', '--key-file', self.key], 2),
                             (['--audience', 'public', '--key-file', self.key, '-o', EXAMPLE], 2)):
            r = self.run_tool('export', EXAMPLE, *args)
            self.assertEqual(r.returncode, status, (args, r.stderr))
            self.assertFalse(os.path.exists(out))

    def test_purge(self):
        path = os.path.join(self.tmp.name, 'registry.json')
        out = os.path.join(self.tmp.name, 'purged.json')
        with open(EXAMPLE, 'rb') as f, open(path, 'wb') as g:
            g.write(f.read())
        r = self.run_tool('purge', path)
        self.assertEqual(r.returncode, 2)
        r = self.run_tool('purge', path, '--as-of', '2027-06-01', '-o', out)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertTrue(r.stdout.startswith('removed '), r.stdout)
        self.assertIn('[purged-person]', r.stdout)
        self.assertEqual(stat.S_IMODE(os.stat(out).st_mode), 0o600)
        with open(EXAMPLE, 'rb') as f, open(path, 'rb') as g:
            self.assertEqual(f.read(), g.read())
        r = self.run_tool('purge', path, '--as-of', '2027-06-01')
        self.assertEqual(r.returncode, 0, r.stderr)
        with open(out, 'rb') as f, open(path, 'rb') as g:
            self.assertEqual(f.read(), g.read())
        r = self.run_tool('purge', path, '--as-of', '2027-06-01')
        self.assertTrue(r.stdout.startswith('nothing was due'), r.stdout)


# Messages name no one ----------------------------------------------------

NAME = 'Zebedee Quillfeather'
NAME_WORDS = ('zebedee', 'quillfeather')
# the same name with what must never reach a terminal: an escape sequence,
# a bell and a right-to-left override
HOSTILE = 'Zebedee\x1b]0;Quillfeather\x07\u202e'


def messages_of(registry):
    """Every finding of validation and of each project's assessment, and
    the errors of the checks, as text"""
    out = [f.get_message() for f in registry.validate_as_of('2024-06-01')]
    for assessment in registry.assess_all():
        out += [f.get_message() for f in assessment.get_findings()]
    out += [f.get_member() or '' for f in registry.validate_as_of('2024-06-01')]
    # the reviews of what has a review, with their findings
    for review in registry.get_reviews():
        try:
            result = registry.review_as_of(review.get_subject_id() or '', None, '2024-06-01')
        except GLib.Error as e:
            out.append(e.message)
            continue
        out += [f.get_message() for f in result.get_findings()]
    return out


def mutations(document):
    """(where, variant) for every member of every object of the document,
    its value replaced by NAME and by HOSTILE, and every string in a list
    replaced the same way. A record's own "id" only gets HOSTILE: a valid
    id is how findings point at records, and may be named."""
    def walk(node, path):
        if isinstance(node, dict):
            for key, value in node.items():
                yield path + (key,), key, value
                yield from walk(value, path + (key,))
        elif isinstance(node, list):
            for i, value in enumerate(node):
                if isinstance(value, str):
                    yield path + (i,), None, value
                yield from walk(value, path + (i,))

    for path, key, _ in list(walk(document, ())):
        if path in (('format',), ('version',)):
            continue
        for replacement in (NAME, HOSTILE):
            if key == 'id' and replacement == NAME:
                continue
            variant = copy.deepcopy(document)
            node = variant
            for step in path[:-1]:
                node = node[step]
            node[path[-1]] = replacement
            yield path, variant


def leaks(text):
    lower = text.lower()
    return any(word in lower for word in NAME_WORDS) or UNSAFE.search(text) is not None


class MessagesNameNoOne(unittest.TestCase):

    def test_mutations_of_the_example(self):
        with open(EXAMPLE, encoding='utf-8') as f:
            document = json.load(f)
        n_loaded = n_refused = 0
        for path, variant in mutations(document):
            registry = Coprod.Registry.new()
            try:
                registry.load_from_data(json.dumps(variant).encode())
            except GLib.Error as e:
                n_refused += 1
                self.assertFalse(leaks(e.message), '%s: %r' % (path, e.message))
                continue
            n_loaded += 1
            for message in messages_of(registry):
                self.assertFalse(leaks(message), '%s: %r' % (path, message))
        # both paths were taken, many times
        self.assertGreater(n_loaded, 500)
        self.assertGreater(n_refused, 500)

    def test_malformed_corpus(self):
        # every string value of each document: none is quoted by its error
        names = set()
        with open(EXAMPLE, encoding='utf-8') as f:
            for person in json.load(f)['people']:
                for member in ('name', 'pseudonym', 'email', 'phone', 'access_note'):
                    if person.get(member):
                        names.add(person[member].lower())
        n = 0
        with open(os.path.join(MALFORMED, 'manifest.txt'), encoding='utf-8') as manifest:
            for line in manifest:
                if not line.strip() or line.startswith('#') or line.startswith('generated:'):
                    continue
                name = line.split(' ', 1)[0]
                with open(os.path.join(MALFORMED, name), 'rb') as f:
                    data = f.read()
                registry = Coprod.Registry.new()
                with self.assertRaises(GLib.Error, msg=name) as cm:
                    registry.load_from_data(data)
                message = cm.exception.message
                self.assertIsNone(UNSAFE.search(message), '%s: %r' % (name, message))
                for value in names:
                    self.assertNotIn(value, message.lower(), name)
                n += 1
        self.assertGreater(n, 150)

    def test_lookups_by_a_name(self):
        registry = load_example()
        for call in (lambda: registry.remove(HOSTILE),
                     lambda: registry.assess_project(HOSTILE),
                     lambda: registry.assess_partnership(HOSTILE),
                     lambda: registry.review_as_of(HOSTILE, None, '2024-06-01'),
                     lambda: registry.review_as_of('prj-flse-leaflet', HOSTILE, '2024-06-01'),
                     lambda: registry.get_pledge_health(HOSTILE, '2024-06-01'),
                     lambda: registry.get_charter_adoption(HOSTILE, '2024-06-01'),
                     lambda: registry.get_seats(HOSTILE, '2024-06-01'),
                     lambda: registry.add_involvement(HOSTILE, Coprod.Involvement())):
            with self.assertRaises(GLib.Error) as cm:
                call()
            self.assertFalse(leaks(cm.exception.message), cm.exception.message)


# The canary ---------------------------------------------------------------

MARKER = 'qz'
SYLLABLES = ('bar', 'cel', 'dun', 'fir', 'gol', 'hask', 'jor', 'kel', 'lum', 'morv')


def canary_word(i, tail):
    return 'Qz%s%s%s%s' % (SYLLABLES[i % 10], SYLLABLES[i // 10 % 10], SYLLABLES[i // 100 % 10], tail)


def make_canary():
    """A registry of 1,000 synthetic people whose every string holds the
    marker; and those strings"""
    registry = Coprod.Registry.new()
    strings = []
    partnership = Coprod.Partnership(id='prt-canary', name='Canary Partnership')
    projects = [Coprod.Project(id='prj-%d' % i, partnership_id='prt-canary') for i in range(10)]
    attendees = []
    for i in range(1000):
        given, family = canary_word(i, 'ina'), canary_word(i, 'wright')
        person_id = given.lower()
        person = Coprod.Person(id=person_id, name='%s %s' % (given, family),
                               roles=Coprod.Role.LIVED_EXPERIENCE,
                               pseudonym=canary_word(i, 'kestrel'),
                               email='%s.%s@example.org' % (given, family),
                               phone='+44 7700 %06d qz' % (900000 + i),
                               access_note='%s needs the lift at the back' % given,
                               skills_brought=["%s's cooking" % given],
                               consent_audience=Coprod.Audience.INTERNAL)
        if i % 89 == 0:
            person.set_withdrawn_date('2020')
        registry.add(person)
        note = '%s spoke about the hostel' % family
        projects[i % 10].add_involvement(Coprod.Involvement(person_id=person_id,
                                                            stage=Coprod.Stage.DOING,
                                                            mode=Coprod.Mode.PARTNER,
                                                            note=note))
        partnership.add_membership(Coprod.Membership(member_id=person_id))
        registry.add(Coprod.Payment(id='pay-%d' % i, person_id=person_id, amount=2500, note=note))
        attendees.append(person_id)
        strings += [person.get_name(), person_id, person.get_pseudonym(), person.get_email(),
                    person.get_phone(), person.get_access_note(), note, "%s's cooking" % given]
    registry.add(partnership)
    for project in projects:
        registry.add(project)
    registry.add(Coprod.Meeting(id='mtg-canary', partnership_id='prt-canary',
                                attendee_ids=attendees))
    return registry, strings


def share_export(registry, key, audience):
    return registry.export(audience, key).to_data()


# what may be shared, as text: reports for partners and the public join
# this list when they come
SHARES = (('export', share_export),)


class Canary(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        cls.registry, cls.strings = make_canary()

    def check(self, what, text, key):
        lower = text.lower()
        self.assertNotIn(MARKER, lower, what)
        tokens = set(re.findall(r"[\w@.+'-]+", lower))
        hex_runs = re.findall(r'[0-9a-f]{40,}', lower)
        self.assertEqual(hex_runs, [], what)
        for s in self.strings:
            for word in re.findall(r"[\w@.+'-]+", s.lower()):
                if MARKER in word:
                    self.assertNotIn(word, tokens, what)
            for digest in (hashlib.sha1(s.encode()).hexdigest(),
                           hashlib.sha256(s.encode()).hexdigest()):
                self.assertNotIn(digest, lower, what)
        raw = bytes(key.get_data())
        self.assertNotIn(raw.decode(), text, what)
        self.assertNotIn(raw.hex(), lower, what)

    def test_canary(self):
        self.assertIn(MARKER, self.registry.to_data().lower())
        for name, share in SHARES:
            for audience in (Coprod.Audience.PARTNERS, Coprod.Audience.PUBLIC):
                what = '%s for %s' % (name, audience.value_nick)
                a = share(self.registry, KEY_A, audience)
                b = share(self.registry, KEY_B, audience)
                self.check(what, a, KEY_A)
                self.check(what, b, KEY_B)
                self.assertEqual(a, share(self.registry, GLib.Bytes.new(KEY_A.get_data()), audience))
                self.assertNotEqual(a, b)

    def test_pseudonyms_per_key(self):
        ea = self.registry.export(Coprod.Audience.PUBLIC, KEY_A)
        eb = self.registry.export(Coprod.Audience.PUBLIC, KEY_B)
        names_a = [p.get_name() for p in ea.get_people()]
        names_b = [p.get_name() for p in eb.get_people()]
        self.assertEqual(len(names_a), 1000 - 12)
        self.assertEqual(len(set(names_a)), len(names_a))
        self.assertFalse(set(names_a) & set(names_b))
        self.assertEqual(ea.validate().get_n_items(), 0)


if __name__ == '__main__':
    unittest.main()
