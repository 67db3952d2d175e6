# test_ladders.py: the ladders of involvement, from Python
#
# SPDX-License-Identifier: LGPL-2.1-or-later

import os
import tempfile
import unittest

import gi
gi.require_version('Coprod', '1.0')
gi.require_version('Gio', '2.0')
from gi.repository import Coprod, Gio, GLib  # noqa: E402

EXPECTED = {
    'tlap': ['coercion', 'educating', 'informing', 'consultation',
             'engagement', 'co-design', 'co-production'],
    'flse': ['coercion', 'educating', 'informing', 'consultation',
             'engagement', 'co-design', 'co-production'],
    'arnstein': ['manipulation', 'therapy', 'informing', 'consultation',
                 'placation', 'partnership', 'delegated-power',
                 'citizen-control'],
    'iap2': ['inform', 'consult', 'involve', 'collaborate', 'empower'],
    'hart': ['manipulation', 'decoration', 'tokenism',
             'assigned-but-informed', 'consulted-and-informed',
             'adult-initiated-shared-decisions',
             'child-initiated-and-directed',
             'child-initiated-shared-decisions'],
}

CANONICAL = [Coprod.Rung.COERCION, Coprod.Rung.EDUCATING,
             Coprod.Rung.INFORMING, Coprod.Rung.CONSULTATION,
             Coprod.Rung.ENGAGEMENT, Coprod.Rung.CO_DESIGN,
             Coprod.Rung.CO_PRODUCTION]

CUSTOM = '''{"format": "coprod-ladder", "version": 1, "key": "forum",
  "title": "Our forum ladder",
  "steps": [
    {"key": "told", "title": "We are told", "group": "doing to",
     "rungs": ["coercion", "educating", "informing"]},
    {"key": "asked", "title": "We are asked",
     "rungs": ["consultation", "engagement"]},
    {"key": "together", "title": "We do it together",
     "promise": "Nothing about us without us",
     "rungs": ["co-design", "co-production"]}]}'''


def steps_of(ladder):
    model = ladder.get_steps()
    return [model.get_item(i) for i in range(model.get_n_items())]


class BuiltinLadders(unittest.TestCase):

    def test_list(self):
        self.assertEqual(Coprod.Ladder.list_builtin(),
                         ['tlap', 'flse', 'arnstein', 'iap2', 'hart'])
        self.assertIs(Coprod.Ladder.get_default(),
                      Coprod.Ladder.get_builtin('tlap'))
        self.assertIsNone(Coprod.Ladder.get_builtin('no-such-ladder'))

    def test_steps_in_order(self):
        for key, keys in EXPECTED.items():
            with self.subTest(ladder=key):
                ladder = Coprod.Ladder.get_builtin(key)
                self.assertEqual(ladder.props.key, key)
                self.assertEqual(ladder.get_approximate(), key != 'tlap')
                self.assertTrue(ladder.get_title())
                self.assertTrue(ladder.get_source())
                steps = steps_of(ladder)
                self.assertEqual([s.get_key() for s in steps], keys)
                self.assertEqual([s.props.position for s in steps],
                                 list(range(1, len(keys) + 1)))
                self.assertEqual(ladder.get_steps().get_item_type(),
                                 Coprod.Step.__gtype__)

    def test_every_rung_has_one_step(self):
        for key in EXPECTED:
            ladder = Coprod.Ladder.get_builtin(key)
            steps = steps_of(ladder)
            for rung in CANONICAL:
                with self.subTest(ladder=key, rung=rung.value_nick):
                    covering = [s for s in steps if s.covers_rung(rung)]
                    self.assertEqual(len(covering), 1)
                    self.assertIs(ladder.get_step_for_rung(rung), covering[0])
                    self.assertLessEqual(covering[0].props.rung_min, rung)
                    self.assertGreaterEqual(covering[0].props.rung_max, rung)
            self.assertIsNone(ladder.get_step_for_rung(Coprod.Rung.NONE))

    def test_iap2_promises(self):
        for step in steps_of(Coprod.Ladder.get_builtin('iap2')):
            self.assertTrue(step.get_promise())
        for step in steps_of(Coprod.Ladder.get_builtin('tlap')):
            self.assertIsNone(step.get_promise())

    def test_arnstein_bands(self):
        groups = [s.get_group()
                  for s in steps_of(Coprod.Ladder.get_builtin('arnstein'))]
        self.assertEqual(groups, ['Nonparticipation'] * 2 + ['Tokenism'] * 3
                         + ['Citizen power'] * 3)

    def test_tlap_groups(self):
        groups = [s.get_group()
                  for s in steps_of(Coprod.Ladder.get_default())]
        self.assertEqual(groups, ['doing to'] * 2 + ['doing for'] * 3
                         + ['doing with'] * 2)


class CustomLadders(unittest.TestCase):

    def check_custom(self, ladder):
        self.assertEqual(ladder.get_key(), 'forum')
        self.assertTrue(ladder.get_approximate())
        self.assertIsNone(ladder.get_summary())
        steps = steps_of(ladder)
        self.assertEqual([s.get_key() for s in steps],
                         ['told', 'asked', 'together'])
        self.assertEqual(steps[0].get_rung_min(), Coprod.Rung.COERCION)
        self.assertEqual(steps[0].get_rung_max(), Coprod.Rung.INFORMING)
        self.assertEqual(steps[0].get_group(), 'doing to')
        self.assertIsNone(steps[1].get_group())
        self.assertEqual(steps[2].get_promise(), 'Nothing about us without us')
        self.assertIs(ladder.get_step_for_rung(Coprod.Rung.ENGAGEMENT),
                      steps[1])

    def test_from_data(self):
        self.check_custom(Coprod.Ladder.new_from_data(CUSTOM.encode()))

    def test_from_bytes(self):
        self.check_custom(
            Coprod.Ladder.new_from_bytes(GLib.Bytes.new(CUSTOM.encode())))

    def test_from_file(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, 'forum.json')
            with open(path, 'w', encoding='utf-8') as f:
                f.write(CUSTOM)
            ladder = Coprod.Ladder.new_from_file(
                Gio.File.new_for_path(path), None)
            self.check_custom(ladder)

    def assert_error(self, text, code, *mentions):
        with self.assertRaises(GLib.Error) as cm:
            Coprod.Ladder.new_from_data(text.encode())
        self.assertTrue(cm.exception.matches(Coprod.error_quark(), code),
                        cm.exception)
        for m in mentions:
            self.assertIn(m, cm.exception.message)

    def test_errors(self):
        self.assert_error(CUSTOM.replace('"coprod-ladder"', '"coprod"'),
                          Coprod.Error.FORMAT)
        self.assert_error(CUSTOM.replace('"version": 1', '"version": 2'),
                          Coprod.Error.VERSION)
        self.assert_error(CUSTOM.replace('"key": "forum",', ''),
                          Coprod.Error.VALUE, '"key"')
        self.assert_error(CUSTOM.replace('"engagement"', '"involvement"'),
                          Coprod.Error.VALUE, 'steps[1] "asked"',
                          '"involvement"')
        self.assert_error(CUSTOM.replace('"co-design", ', ''),
                          Coprod.Error.VALUE, '"co-design"')
        self.assert_error(CUSTOM.replace('"title": "Our forum ladder"',
                                         '"title": 3'),
                          Coprod.Error.TYPE, '"title"')


if __name__ == '__main__':
    unittest.main()
