#!/usr/bin/python3
# test_report.py: Coprod.Report from Python: every format and scope; the
# CSV parses and matches its column description; the HTML is well-formed,
# holds one titled SVG ladder per project and loads nothing from outside
#
# SPDX-License-Identifier: LGPL-2.1-or-later

import csv
import html.parser
import io
import json
import os
import re
import tempfile
import unittest
import xml.etree.ElementTree as ET

import gi
gi.require_version('Coprod', '1.0')
from gi.repository import Coprod, Gio  # noqa: E402

EXAMPLE = os.path.join(os.environ.get('COPROD_EXAMPLES_DATA', 'examples/data'), 'coprod-example.json')
SVG = '{http://www.w3.org/2000/svg}'
XHTML_FREE = re.compile(r'^<!DOCTYPE html>\n')


def load():
    registry = Coprod.Registry.new()
    registry.load_from_file(Gio.File.new_for_path(EXAMPLE), None)
    return registry


def report(registry, fmt, scope=Coprod.ReportScope.REGISTRY, subject=None, table=None):
    r = Coprod.Report.new(registry)
    r.props.format = fmt
    r.props.scope = scope
    r.props.subject_id = subject
    r.props.as_of = '2025-01-31'
    if table is not None:
        r.props.table = table
    data, length = r.to_data()
    return data


class Collector(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


class TestReport(unittest.TestCase):
    def setUp(self):
        self.registry = load()
        self.n_projects = len(list(self.registry.get_projects()))

    def test_every_format_and_scope(self):
        scopes = [(Coprod.ReportScope.REGISTRY, None), (Coprod.ReportScope.PARTNERSHIP, 'prt-fife'),
                  (Coprod.ReportScope.PROJECT, 'prj-stoke-cop'), (Coprod.ReportScope.PERSON, 'p-stoke-07')]
        ids = [rec.get_id() for coll in (self.registry.get_people(), self.registry.get_projects(),
                                         self.registry.get_partnerships(), self.registry.get_meetings(),
                                         self.registry.get_organisations(), self.registry.get_outputs())
               for rec in coll]
        for scope, subject in scopes:
            for fmt in (Coprod.ReportFormat.TEXT, Coprod.ReportFormat.MARKDOWN, Coprod.ReportFormat.HTML,
                        Coprod.ReportFormat.JSON, Coprod.ReportFormat.CSV):
                data = report(self.registry, fmt, scope, subject)
                self.assertTrue(len(data) > 100)
                if fmt in (Coprod.ReportFormat.TEXT, Coprod.ReportFormat.MARKDOWN, Coprod.ReportFormat.HTML):
                    for i in ids:
                        self.assertNotIn(i, data, (scope, fmt))
                if fmt == Coprod.ReportFormat.JSON:
                    doc = json.loads(data)
                    self.assertEqual(doc['format'], 'coprod-report')
                    self.assertEqual(doc['as_of'], '2025-01-31')
                    self.assertEqual(set(doc['tables']), {'projects', 'involvements', 'meetings',
                                                          'payments', 'outputs', 'proposals'})

    def test_csv_matches_its_description(self):
        r = Coprod.Report.new(self.registry)
        r.props.as_of = '2025-01-31'
        with tempfile.TemporaryDirectory() as d:
            self.assertTrue(r.write_csv_tables(Gio.File.new_for_path(d), None))
            for name in ('projects', 'involvements', 'meetings', 'payments', 'outputs', 'proposals'):
                with open(os.path.join(d, name + '.csv-metadata.json')) as f:
                    meta = json.load(f)
                self.assertEqual(meta['url'], name + '.csv')
                columns = meta['tableSchema']['columns']
                for c in columns:
                    self.assertTrue(c['dc:description'])
                with open(os.path.join(d, name + '.csv'), newline='') as f:
                    rows = list(csv.reader(f))
                self.assertEqual(rows[0], [c['name'] for c in columns])
                for row in rows[1:]:
                    self.assertEqual(len(row), len(columns))
                    for cell, c in zip(row, columns):
                        if c['datatype'] == 'integer' and cell:
                            int(cell)
                        if c['datatype'] == 'boolean':
                            self.assertIn(cell, ('true', 'false'))
                        self.assertFalse(cell[:1] in ('=', '+', '-', '@'))
            with open(os.path.join(d, 'projects.csv'), newline='') as f:
                self.assertEqual(len(list(csv.reader(f))) - 1, self.n_projects)

    def test_html(self):
        data = report(self.registry, Coprod.ReportFormat.HTML)
        # well-formed as XML, once the doctype is off
        root = ET.fromstring(XHTML_FREE.sub('', data))
        self.assertEqual(root.get('lang'), 'en-GB')
        svgs = list(root.iter(SVG + 'svg'))
        ladders = [s for s in svgs if 'on the ladder' in s.find(SVG + 'title').text]
        self.assertEqual(len(ladders), self.n_projects)
        for s in svgs:
            self.assertEqual(s.get('role'), 'img')
            self.assertTrue(s.find(SVG + 'title').text)
            self.assertTrue(s.find(SVG + 'desc').text)
        # and as HTML: landmarks, and nothing loaded from outside
        parser = Collector()
        parser.feed(data)
        tags = [t for t, a in parser.tags]
        for landmark in ('header', 'nav', 'main', 'footer', 'h1', 'h2'):
            self.assertIn(landmark, tags)
        self.assertNotIn('script', tags)
        self.assertNotIn('link', tags)
        self.assertNotIn('img', tags)
        for tag, attrs in parser.tags:
            for key in ('src', 'href'):
                self.assertFalse((attrs.get(key) or '').startswith(('http:', 'https:', '//')), (tag, attrs))
        self.assertNotIn('url(http', data)
        self.assertNotIn('@import', data)

    def test_values(self):
        # the one reviewed project: against the framework of its review
        data = json.loads(report(self.registry, Coprod.ReportFormat.JSON,
                                 Coprod.ReportScope.PROJECT, 'prj-flse-leaflet'))
        keys = [section['key'] for section in data['sections']]
        self.assertIn('values', keys)
        self.assertLess(keys.index('projects'), keys.index('values'))
        values = data['sections'][keys.index('values')]
        facts = {f['label']: f['value'] for b in values['blocks'] if b['type'] == 'facts' for f in b['facts']}
        self.assertEqual(facts['Overall'], '4.4, Mostly, from the records and people\'s ratings')
        self.assertEqual(facts['Who rated'], '2 people, 1 of whom has lived experience, in a review of 2019-06-12')
        self.assertEqual(facts['Where the records and people disagree'], 'nowhere')
        table = next(b for b in values['blocks'] if b['type'] == 'table')
        self.assertEqual(table['columns'], ['Value', 'Score', 'Practices scored'])
        self.assertEqual(table['rows'][0], ['Reciprocity', '4.8, Fully', '2 of 2'])
        chart = next(b for b in values['blocks'] if b['type'] == 'chart')
        self.assertIn('15 practices', chart['description'])
        # no codes or ids in the prose: practices are told by their words
        prose = json.dumps(values)
        review = self.registry.lookup('rev-flse-leaflet-2019')
        for word in [review.props.id, 'reciprocity-impact-shared', 'flse', 'impact-fed-back',
                     *review.get_reviewer_ids()]:
            self.assertNotIn(word, prose)

        # every project of the registry gets its values, in HTML with a chart
        # whose two bars are told apart by pattern and words
        root = ET.fromstring(XHTML_FREE.sub('', report(self.registry, Coprod.ReportFormat.HTML)))
        charts = [s for s in root.iter(SVG + 'svg') if 'practice by practice' in s.find(SVG + 'title').text]
        self.assertEqual(len(charts), self.n_projects)
        for chart in charts:
            self.assertEqual(chart.get('role'), 'img')
            self.assertTrue(chart.find(SVG + 'desc').text)
            words = [t.text for t in chart.iter(SVG + 'text')]
            self.assertIn('from the records', words)
            self.assertIn('from people', words)
            self.assertEqual(words.count('Records'), 15)
            self.assertEqual(words.count('People'), 15)
            self.assertTrue(any(p.get('id', '').endswith('-people') for p in chart.iter(SVG + 'pattern')))
            # nothing drawn beyond the chart's width
            width = int(chart.get('width'))
            for t in chart.iter(SVG + 'text'):
                self.assertLess(int(t.get('x')) + 7 * len(t.text or ''), width + 40, t.text)

    def test_counts_agree(self):
        data = report(self.registry, Coprod.ReportFormat.HTML)
        self.assertNotRegex(data, r'\b1 equal partners\b')
        self.assertRegex(data, r'\b1 equal partner\b')
        for word in ('payments', 'proposals', 'things', 'practices'):
            self.assertNotRegex(data, r'\b1 %s\b' % word)

    def test_person_is_named_only_in_their_statement(self):
        person = self.registry.lookup('p-stoke-07')
        mine = report(self.registry, Coprod.ReportFormat.TEXT, Coprod.ReportScope.PERSON, 'p-stoke-07')
        self.assertIn(person.props.name, mine)
        self.assertIn('You said', mine)
        for p in self.registry.get_people():
            if p.props.name and p is not person:
                self.assertNotIn(p.props.name, mine)
        everything = report(self.registry, Coprod.ReportFormat.TEXT)
        for p in self.registry.get_people():
            if p.props.name:
                self.assertNotIn(p.props.name, everything)

    def test_gripp2(self):
        r = Coprod.Report.new(self.registry)
        r.props.as_of = '2025-01-31'
        r.props.scope = Coprod.ReportScope.PROJECT
        r.props.subject_id = 'prj-stoke-cop'
        r.props.gripp2 = True
        data, _ = r.to_data()
        for heading in ('GRIPP2', '1. Aim', '2. Methods', '3. Results', '4. Discussion', '5. Reflections'):
            self.assertIn(heading, data)

    def test_escaping(self):
        registry = Coprod.Registry.new()
        registry.add(Coprod.Project(id='prj-x', title='<b onclick="x()">=1+2</b> | *a*'))
        registry.add(Coprod.Proposal(id='prop-x', project_id='prj-x', text='@SUM(A1)'))
        data = report(registry, Coprod.ReportFormat.HTML)
        self.assertNotIn('<b ', data)
        self.assertIn('&lt;b onclick=&quot;x()&quot;&gt;', data)
        ET.fromstring(XHTML_FREE.sub('', data))
        rows = list(csv.reader(io.StringIO(report(registry, Coprod.ReportFormat.CSV,
                                                  table=Coprod.ReportTable.PROPOSALS))))
        self.assertEqual(rows[1][5], "'@SUM(A1)")

    def test_promises(self):
        # the claim owed, told by how late it is and never by person, and
        # each pledge's progress
        text = report(self.registry, Coprod.ReportFormat.TEXT)
        self.assertIn('Is anyone owed money?', text)
        self.assertIn('1 claim is unpaid beyond the days the', text)
        self.assertIn('Pledges: promises made and kept', text)
        self.assertNotIn('p-worcs-06', text)
        data = json.loads(report(self.registry, Coprod.ReportFormat.JSON))
        self.assertIn('owed', json.dumps(data))
        html_text = report(self.registry, Coprod.ReportFormat.HTML)
        root = ET.fromstring(XHTML_FREE.sub('', html_text))
        titles = [s.find(SVG + 'title').text for s in root.iter(SVG + 'svg')]
        self.assertIn('Pledge progress', titles)
        self.assertIn('Claims owed, by how late they are', titles)

    def test_unknown_subject(self):
        r = Coprod.Report.new(self.registry)
        r.props.scope = Coprod.ReportScope.PERSON
        r.props.subject_id = 'prj-stoke-cop'
        with self.assertRaises(gi.repository.GLib.Error):
            r.to_data()


if __name__ == '__main__':
    unittest.main()
