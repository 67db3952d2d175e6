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
from fractions import Fraction
import hashlib
import json
import os
import random
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


def make_report(registry, key, audience, fmt, **props):
    report = Coprod.Report(registry=registry, audience=audience, key=key,
                           as_of='2025-01-01', format=fmt, width=0, **props)
    return report


def share_report(fmt):
    def share(registry, key, audience):
        report = make_report(registry, key, audience, fmt)
        if fmt != Coprod.ReportFormat.CSV:
            return report.to_data()[0]
        with tempfile.TemporaryDirectory() as folder:
            report.write_csv_tables(Gio.File.new_for_path(folder), None)
            texts = []
            for name in sorted(os.listdir(folder)):
                with open(os.path.join(folder, name), encoding='utf-8') as f:
                    texts.append(f.read())
            return ''.join(texts)
    return share


# what may be shared, as text: the export, and reports for partners and
# the public in every format (the third member: whether another key
# changes it)
SHARES = (('export', share_export, True),) + tuple(
    ('report as ' + fmt.value_nick, share_report(fmt), False)
    for fmt in (Coprod.ReportFormat.TEXT, Coprod.ReportFormat.MARKDOWN,
                Coprod.ReportFormat.HTML, Coprod.ReportFormat.JSON,
                Coprod.ReportFormat.CSV))


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
        self.assertEqual(len(SHARES), 6)
        for name, share, differs in SHARES:
            for audience in (Coprod.Audience.PARTNERS, Coprod.Audience.PUBLIC):
                what = '%s for %s' % (name, audience.value_nick)
                a = share(self.registry, KEY_A, audience)
                b = share(self.registry, KEY_B, audience)
                self.check(what, a, KEY_A)
                self.check(what, b, KEY_B)
                self.assertEqual(a, share(self.registry, GLib.Bytes.new(KEY_A.get_data()), audience))
                if differs:
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


# Reports for partners and the public

def published_lines(rows):
    """The lines of a published table: each row with its total last, and
    each column with the column total last"""
    lines = [list(range(i * len(rows[0]), (i + 1) * len(rows[0]))) for i in range(len(rows))]
    width = len(rows[0])
    lines += [[i * width + j for i in range(len(rows))] for j in range(width)]
    return lines


def bounds_pin(lines, lo, hi, hidden):
    """Narrows bounds over the lines; the hidden entries pinned to one value"""
    changed, rounds = True, 0
    while changed and rounds < 200:
        changed, rounds = False, rounds + 1
        for line in lines:
            cells, total = line[:-1], line[-1]
            s_lo, s_hi = sum(lo[k] for k in cells), sum(hi[k] for k in cells)
            if s_lo > lo[total]:
                lo[total], changed = s_lo, True
            if s_hi < hi[total]:
                hi[total], changed = s_hi, True
            for k in cells:
                new_lo = lo[total] - (s_hi - hi[k])
                new_hi = hi[total] - (s_lo - lo[k])
                if new_lo > lo[k]:
                    lo[k], changed = new_lo, True
                if new_hi < hi[k]:
                    hi[k], changed = new_hi, True
    return [k for k in hidden if lo[k] == hi[k]]


def linear_determined(lines, hidden):
    """The hidden entries the lines determine, by exact elimination"""
    index = {k: i for i, k in enumerate(sorted(hidden))}
    rows = []
    for line in lines:
        row = [Fraction(0)] * len(index)
        for pos, k in enumerate(line):
            if k in index:
                row[index[k]] = Fraction(-1 if pos == len(line) - 1 else 1)
        rows.append(row)
    pivots, r = {}, 0
    for c in range(len(index)):
        p = next((i for i in range(r, len(rows)) if rows[i][c] != 0), None)
        if p is None:
            continue
        rows[r], rows[p] = rows[p], rows[r]
        rows[r] = [x / rows[r][c] for x in rows[r]]
        for i in range(len(rows)):
            if i != r and rows[i][c] != 0:
                f = rows[i][c]
                rows[i] = [a - f * b for a, b in zip(rows[i], rows[r])]
        pivots[c], r = r, r + 1
    return [k for k, c in index.items()
            if c in pivots and all(x == 0 for j, x in enumerate(rows[pivots[c]]) if j != c)]


KINDS = ('fee', 'travel', 'subsistence', 'care-costs', 'voucher')


class PublicSuppression(unittest.TestCase):
    """Random registries of payments: the public report's table of payments
    by kind and what became of them hides no count that its totals give
    away"""

    def payments_registry(self, rng):
        registry = Coprod.Registry()
        registry.add(Coprod.Person(id='p-1', roles=Coprod.Role.LIVED_EXPERIENCE))
        kinds = rng.sample(KINDS, rng.randint(1, 5))
        n = 0
        truth = {}
        for kind in kinds:
            for state in ('paid', 'waiting', 'declined', 'unclaimed'):
                count = rng.choice([0, 0, rng.randint(1, 7), rng.randint(1, 7), rng.randint(8, 14),
                                    rng.randint(8, 60)])
                truth[kind, state] = count
                for _ in range(count):
                    n += 1
                    more = {}
                    if state == 'paid':
                        more = dict(outcome=Coprod.OfferOutcome.ACCEPTED, claimed_date='2024-01-02',
                                    paid_date='2024-01-05')
                    elif state == 'waiting':
                        more = dict(outcome=Coprod.OfferOutcome.ACCEPTED, claimed_date='2024-01-02')
                    elif state == 'declined':
                        more = dict(outcome=Coprod.OfferOutcome.DECLINED)
                    else:
                        more = dict(outcome=Coprod.OfferOutcome.PENDING)
                    registry.add(Coprod.Payment(id='pay-%d' % n, person_id='p-1', amount=1000,
                                                currency='GBP',
                                                kind=getattr(Coprod.PaymentKind,
                                                             kind.upper().replace('-', '_')),
                                                **more))
        return registry, kinds, truth

    def test_random_tables(self):
        key = GLib.Bytes.new(b'a-secret-key-of-thirty-two-bytes')
        n_hidden = 0
        for seed in range(60):
            rng = random.Random(seed)
            registry, kinds, truth = self.payments_registry(rng)
            report = make_report(registry, key, Coprod.Audience.PUBLIC, Coprod.ReportFormat.JSON)
            doc = json.loads(report.to_data()[0])
            tables = [b for section in doc['sections'] for b in section['blocks']
                      if b.get('type') == 'table' and b['columns'][0] == 'Kind']
            if sum(truth.values()) == 0:
                continue
            self.assertEqual(len(tables), 1, seed)
            rows = [row[1:] for row in tables[0]['rows']]
            self.assertEqual(tables[0]['columns'][1:], ['Paid', 'Waiting to be paid', 'Declined or given away',
                                                        'Not yet claimed', 'Offered'])
            if len(rows) > 1:
                self.assertEqual(tables[0]['rows'][-1][0], 'All kinds')
            # what was counted, in the report's order, with the totals
            present = [k for k in kinds if sum(truth[k, s] for s in ('paid', 'waiting', 'declined', 'unclaimed'))]
            order = [r[0] for r in tables[0]['rows'][:len(present)]]
            self.assertEqual(len(rows), len(present) + (len(present) > 1), seed)
            true_rows = []
            for name in order:
                kind = next(k for k in present if k.replace('-', ' ') == name.lower())
                cells = [truth[kind, s] for s in ('paid', 'waiting', 'declined', 'unclaimed')]
                true_rows.append(cells + [sum(cells)])
            if len(true_rows) > 1:
                true_rows.append([sum(col) for col in zip(*true_rows)])
            flat_true = [v for row in true_rows for v in row]
            flat = [v for row in rows for v in row]
            self.assertEqual(len(flat), len(flat_true), seed)
            lines = published_lines(rows) if len(rows) > 1 else [list(range(len(flat)))]
            hidden = [k for k, v in enumerate(flat) if v == '[c]']
            n_hidden += len(hidden)
            for k, v in enumerate(flat):
                if v == '[c]':
                    continue
                self.assertEqual(int(v), (flat_true[k] + 2) // 5 * 5, seed)
                self.assertFalse(1 <= flat_true[k] <= 7, seed)
            for k in hidden:
                self.assertTrue(flat_true[k] > 0, seed)
            # no line with one unknown
            for line in lines:
                self.assertNotEqual(sum(1 for k in line if k in hidden), 1, seed)
            # someone who knew the shown counts before rounding
            self.assertEqual(linear_determined(lines, hidden), [], seed)
            big = 10 ** 9
            lo = [0 if k in hidden else flat_true[k] for k in range(len(flat))]
            hi = [big if k in hidden else flat_true[k] for k in range(len(flat))]
            self.assertEqual(bounds_pin(lines, lo, hi, hidden), [], seed)
            # someone who reads the rounded counts
            lo = [0 if k in hidden else (0 if v == '0' else max(int(v) - 2, 8))
                  for k, v in enumerate(flat)]
            hi = [big if k in hidden else int(v) + 2 if v != '0' else 0 for k, v in enumerate(flat)]
            self.assertEqual(bounds_pin(lines, lo, hi, hidden), [], seed)
        self.assertGreater(n_hidden, 50)

    def test_checks_can_fail(self):
        # a table hiding only its small counts gives them away
        lines = published_lines([[3, 20, 23], [10, 10, 20], [13, 30, 43]])
        self.assertEqual(linear_determined(lines, [0]), [0])
        lo = [3, 20, 23, 10, 10, 20, 13, 30, 43]
        hi = list(lo)
        lo[0], hi[0] = 0, 10 ** 9
        self.assertEqual(bounds_pin(lines, lo, hi, [0]), [0])


class ReportAudiences(unittest.TestCase):

    def test_threshold_and_errors(self):
        registry = load_example()
        report = Coprod.Report(registry=registry, audience=Coprod.Audience.PUBLIC, width=0)
        self.assertEqual(report.props.suppression_threshold, 7)
        with self.assertRaises(GLib.Error) as caught:
            report.to_data()
        self.assertIn('key', caught.exception.message)
        report.props.key = KEY_A
        text = report.to_data()[0]
        self.assertIn('[c]', text)
        self.assertIn('a count from 1 to 7 ', text)
        report.props.suppression_threshold = 3
        self.assertIn('a count from 1 to 3 ', report.to_data()[0])
        report.props.scope = Coprod.ReportScope.PERSON
        report.props.subject_id = people(registry)[0].props.id
        with self.assertRaises(GLib.Error) as caught:
            report.to_data()
        self.assertIn('internal', caught.exception.message)

    def test_boundaries(self):
        # meetings of 0, 1, 7, 8, 12 and 13 people: their "People there"
        registry = Coprod.Registry()
        for i in range(13):
            registry.add(Coprod.Person(id='p-%d' % i))
        sizes = (0, 1, 7, 8, 12, 13)
        for n in sizes:
            registry.add(Coprod.Meeting(id='mtg-%02d' % n, title='Meeting of %d' % n,
                                        date='2024-01-%02d' % (n + 1),
                                        attendee_ids=['p-%d' % i for i in range(n)]))
        report = make_report(registry, KEY_A, Coprod.Audience.PUBLIC, Coprod.ReportFormat.JSON)
        doc = json.loads(report.to_data()[0])
        table = next(b for section in doc['sections'] for b in section['blocks']
                     if b.get('type') == 'table' and 'People there' in b['columns'])
        column = table['columns'].index('People there')
        shown = {row[0]: row[column] for row in table['rows']}
        self.assertEqual([shown['Meeting of %d' % n] for n in sizes], ['0', '[c]', '[c]', '10', '10', '15'])
        meetings = doc['tables']['meetings']
        attendees = meetings['columns'].index('attendees')
        self.assertEqual(sorted(str(row[attendees]) for row in meetings['rows']),
                         sorted(['0', '[c]', '[c]', '10', '10', '15']))
        report.props.suppression_threshold = 8
        doc = json.loads(report.to_data()[0])
        table = next(b for section in doc['sections'] for b in section['blocks']
                     if b.get('type') == 'table' and 'People there' in b['columns'])
        self.assertEqual([row[column] for row in table['rows']].count('[c]'), 3)
        # for partners, nothing is hidden
        report.props.audience = Coprod.Audience.PARTNERS
        doc = json.loads(report.to_data()[0])
        table = next(b for section in doc['sections'] for b in section['blocks']
                     if b.get('type') == 'table' and 'People there' in b['columns'])
        self.assertEqual(sorted(int(row[column]) for row in table['rows']), list(sizes))

    def test_no_stage_chart_for_the_public(self):
        registry = load_example()
        html = {}
        for audience in (Coprod.Audience.INTERNAL, Coprod.Audience.PUBLIC):
            report = make_report(registry, KEY_A, audience, Coprod.ReportFormat.HTML)
            html[audience] = report.to_data()[0]
        marker = 'How people with lived experience took part in each stage of'
        self.assertIn(marker, html[Coprod.Audience.INTERNAL])
        self.assertNotIn(marker, html[Coprod.Audience.PUBLIC])
        self.assertIn('All stages', html[Coprod.Audience.PUBLIC])
        self.assertIn('[c]', html[Coprod.Audience.PUBLIC])

    def test_csv_for_the_public(self):
        registry = load_example()
        report = make_report(registry, KEY_A, Coprod.Audience.PUBLIC, Coprod.ReportFormat.CSV)
        with tempfile.TemporaryDirectory() as folder:
            report.write_csv_tables(Gio.File.new_for_path(folder), None)
            for name in ('involvements', 'payments'):
                with open(os.path.join(folder, name + '.csv'), encoding='utf-8') as f:
                    self.assertEqual(len(f.read().splitlines()), 1, name)
                with open(os.path.join(folder, name + '.csv-metadata.json'), encoding='utf-8') as f:
                    self.assertIn('Not published for the public', json.load(f)['dc:description'])
            with open(os.path.join(folder, 'meetings.csv'), encoding='utf-8') as f:
                counts = [row.split(',')[8] for row in f.read().splitlines()[1:]]
            self.assertTrue(counts)
            for count in counts:
                self.assertTrue(count == '[c]' or int(count) % 5 == 0, count)


@unittest.skipIf(TOOL is None, 'COPROD_TOOL is not set')
class ReportTool(unittest.TestCase):

    def run_tool(self, *args):
        return subprocess.run([TOOL, *args], capture_output=True, text=True)

    def test_public(self):
        with tempfile.TemporaryDirectory() as folder:
            key_file = os.path.join(folder, 'key')
            with open(key_file, 'wb') as f:
                f.write(bytes(KEY_A.get_data()))
            case = os.path.join(os.path.dirname(EXAMPLE), 'worcestershire-building-together.json')
            done = self.run_tool('report', case, '--audience', 'public', '--key-file', key_file,
                                 '--as-of', '2025-01-01')
            self.assertEqual(done.returncode, 0, done.stderr)
            self.assertIn('[c]', done.stdout)
            self.assertIn('made for the public', done.stdout)
            self.assertNotIn('£', done.stdout)
            internal = self.run_tool('report', case, '--as-of', '2025-01-01')
            self.assertIn('£', internal.stdout)
            self.assertNotIn('[c]', internal.stdout)
            higher = self.run_tool('report', case, '--audience', 'public', '--key-file', key_file,
                                   '--threshold', '2', '--as-of', '2025-01-01')
            self.assertEqual(higher.returncode, 0, higher.stderr)
            self.assertIn('a count from 1 to 2 ', ' '.join(higher.stdout.split()))
            partners = self.run_tool('report', case, '--audience', 'partners', '--key-file', key_file,
                                     '--format', 'json', '--as-of', '2025-01-01')
            self.assertEqual(partners.returncode, 0, partners.stderr)
            json.loads(partners.stdout)
            out = os.path.join(folder, 'csv')
            done = self.run_tool('report', case, '--audience', 'public', '--key-file', key_file,
                                 '--format', 'csv', '-o', out)
            self.assertEqual(done.returncode, 0, done.stderr)
            with open(os.path.join(out, 'payments.csv'), encoding='utf-8') as f:
                self.assertEqual(len(f.read().splitlines()), 1)

    def test_errors(self):
        with tempfile.TemporaryDirectory() as folder:
            key_file = os.path.join(folder, 'key')
            with open(key_file, 'wb') as f:
                f.write(bytes(KEY_A.get_data()))
            person = people(load_example())[0].props.id
            for args, words in (
                    (('--audience', 'public'), '--key-file'),
                    (('--audience', 'everyone', '--key-file', key_file), '--audience'),
                    (('--audience', 'partners', '--key-file', key_file, '--person', person), '--person'),
                    (('--threshold', '3'), '--threshold'),
                    (('--audience', 'public', '--key-file', key_file, '--threshold', '0'), '--threshold')):
                done = self.run_tool('report', EXAMPLE, *args)
                self.assertEqual(done.returncode, 2, args)
                self.assertIn(words, done.stderr, args)
                self.assertNotIn(person, done.stderr)
            short = os.path.join(folder, 'short')
            with open(short, 'wb') as f:
                f.write(b'short')
            done = self.run_tool('report', EXAMPLE, '--audience', 'public', '--key-file', short)
            self.assertEqual(done.returncode, 1)
            self.assertEqual(done.stdout, '')


if __name__ == '__main__':
    unittest.main()
