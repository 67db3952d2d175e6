# test_frameworks.py: the values frameworks, from Python
#
# SPDX-License-Identifier: LGPL-2.1-or-later

import json
import os
import tempfile
import unittest

import gi
gi.require_version('Coprod', '1.0')
gi.require_version('Gio', '2.0')
from gi.repository import Coprod, Gio, GLib  # noqa: E402

# key: (values, practices)
COUNTS = {'flse': (6, 15), 'scie': (4, 5), 'nef': (6, 6), 'ukspi': (6, 6), '4pi': (5, 6)}

VALUES = {
    'flse': ['reciprocity', 'equity-choice-diversity', 'accessibility',
             'ongoing-learning', 'pioneering-spirit', 'collaboration'],
    'scie': ['equality', 'diversity', 'accessibility', 'reciprocity'],
    'nef': ['assets', 'capacity', 'mutuality', 'networks', 'blurring-roles', 'catalysts'],
    'ukspi': ['inclusive-opportunities', 'working-together', 'support-and-learning',
              'communications', 'impact', 'governance'],
    '4pi': ['principles', 'purpose', 'presence', 'process', 'impact'],
}

CUSTOM = {
    "format": "coprod-framework", "version": 1,
    "key": "forum", "title": "Forum values",
    "source": {"work": "Forum values", "year": 2024, "publisher": "The forum board"},
    "scale": {"minimum": 0, "maximum": 2, "bands": [
        {"minimum": 0, "maximum": 0, "label": "No"},
        {"minimum": 1, "maximum": 2, "label": "Yes"}]},
    "values": [{"key": "openness", "title": "Openness", "practices": [
        {"id": "openness-papers", "text": "Papers early",
         "check": "purpose-and-agenda-shared", "parameters": {"days": 7}}]}],
}


def items(model):
    return [model.get_item(i) for i in range(model.get_n_items())]


class BuiltinFrameworks(unittest.TestCase):
    def test_list_and_default(self):
        self.assertEqual(Coprod.Framework.list_builtin(), list(COUNTS))
        self.assertEqual(Coprod.Framework.get_default().get_key(), 'flse')
        self.assertIs(Coprod.Framework.get_default(), Coprod.Framework.get_builtin('flse'))
        self.assertIsNone(Coprod.Framework.get_builtin('tlap'))

    def test_counts(self):
        for key, (n_values, n_practices) in COUNTS.items():
            with self.subTest(key=key):
                framework = Coprod.Framework.get_builtin(key)
                values = items(framework.get_values())
                self.assertEqual(len(values), n_values)
                self.assertEqual([v.get_key() for v in values], VALUES[key])
                practices = [p for v in values for p in items(v.get_practices())]
                self.assertEqual(len(practices), n_practices)
                self.assertEqual(framework.get_n_practices(), n_practices)
                self.assertEqual(framework.props.values.get_n_items(), n_values)
                for p in practices:
                    self.assertIs(framework.lookup_practice(p.get_id()), p)
                    check = p.get_check()
                    if check is not None:
                        self.assertIn(check, Coprod.Practice.list_checks())
                self.assertTrue(framework.get_source_work())
                self.assertTrue(framework.get_source_publisher())

    def test_flse_per_value(self):
        flse = Coprod.Framework.get_default()
        self.assertEqual([v.get_practices().get_n_items() for v in items(flse.get_values())],
                         [2, 4, 4, 2, 1, 2])
        self.assertEqual(flse.get_source_year(), 0)
        p = flse.lookup_practice('accessibility-purpose-shared')
        self.assertEqual(p.get_check(), 'purpose-and-agenda-shared')
        self.assertEqual(p.get_parameter_names(), ['days'])
        self.assertEqual(p.get_parameter('days'), '5')
        self.assertIsNone(p.get_parameter('per-week'))
        self.assertIsNone(flse.lookup_practice('no-such-practice'))

    def test_bands(self):
        for key in COUNTS:
            framework = Coprod.Framework.get_builtin(key)
            self.assertEqual(framework.get_scale_minimum(), 1)
            self.assertEqual(framework.get_scale_maximum(), 5)
            self.assertEqual(framework.get_band_label(3), 'Partly')
            self.assertIsNone(framework.get_band_label(0))
            label, lo, hi = framework.get_band(4)
            self.assertEqual((label, lo, hi), ('Fully', 5, 5))

    def test_checks(self):
        checks = Coprod.Practice.list_checks()
        self.assertEqual(len(checks), 13)
        self.assertEqual(Coprod.Practice.list_check_parameters('workload'), ['per-week'])
        self.assertEqual(Coprod.Practice.list_check_parameters('accessible-venue'), [])
        self.assertNotIn('nothing', checks)
        # a check's parameters are whole numbers, kept as decimal text
        p = Coprod.Framework.get_default().lookup_practice('ongoing-learning-reflection')
        self.assertEqual(p.get_check(), 'regular-reflection')
        self.assertEqual(p.get_parameter('days'), '90')


class CustomFrameworks(unittest.TestCase):
    def test_from_data_and_file(self):
        data = json.dumps(CUSTOM).encode('utf-8')
        framework = Coprod.Framework.new_from_data(data)
        self.assertEqual(framework.get_key(), 'forum')
        self.assertEqual(framework.get_source_year(), 2024)
        self.assertEqual(framework.get_band_label(2), 'Yes')
        self.assertEqual(framework.lookup_practice('openness-papers').get_parameter('days'), '7')
        with tempfile.TemporaryDirectory() as d:
            path = os.path.join(d, 'forum.json')
            with open(path, 'wb') as f:
                f.write(data)
            framework = Coprod.Framework.new_from_file(Gio.File.new_for_path(path), None)
            self.assertEqual(framework.get_n_practices(), 1)

    def test_errors(self):
        bad = json.loads(json.dumps(CUSTOM))
        bad['values'][0]['practices'][0]['check'] = 'guesswork'
        with self.assertRaises(GLib.Error) as cm:
            Coprod.Framework.new_from_data(json.dumps(bad).encode('utf-8'))
        self.assertEqual(cm.exception.code, Coprod.Error.VALUE)
        self.assertIn('values[0], practices[0], member "check"',
                      cm.exception.message)
        bad = json.loads(json.dumps(CUSTOM))
        bad['version'] = 2
        with self.assertRaises(GLib.Error) as cm:
            Coprod.Framework.new_from_data(json.dumps(bad).encode('utf-8'))
        self.assertEqual(cm.exception.code, Coprod.Error.VERSION)


if __name__ == '__main__':
    unittest.main()
