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
    'flse': ['coercion', 'informing', 'consultation', 'engagement',
             'co-design', 'co-production'],
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

STEP_COUNTS = {'tlap': 7, 'flse': 6, 'arnstein': 8, 'iap2': 5, 'hart': 8}

# The step that presents each rung from coercion to co-production, or
# None where the rung is below the ladder.
CROSSWALK = {
    'tlap': ['coercion', 'educating', 'informing', 'consultation',
             'engagement', 'co-design', 'co-production'],
    'flse': ['coercion', 'informing', 'informing', 'consultation',
             'engagement', 'co-design', 'co-production'],
    'arnstein': ['manipulation', 'therapy', 'informing', 'consultation',
                 'placation', 'partnership', 'partnership'],
    'iap2': [None, None, 'inform', 'consult', 'involve', 'collaborate',
             'collaborate'],
    'hart': ['manipulation', 'decoration', 'tokenism',
             'assigned-but-informed', 'consulted-and-informed',
             'adult-initiated-shared-decisions',
             'adult-initiated-shared-decisions'],
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

    def test_step_counts(self):
        for key, count in STEP_COUNTS.items():
            with self.subTest(ladder=key):
                ladder = Coprod.Ladder.get_builtin(key)
                self.assertEqual(ladder.get_steps().get_n_items(), count)
                self.assertEqual(len(EXPECTED[key]), count)

    def test_every_rung_has_one_step_or_is_below(self):
        for key, crosswalk in CROSSWALK.items():
            ladder = Coprod.Ladder.get_builtin(key)
            steps = steps_of(ladder)
            for rung, want in zip(CANONICAL, crosswalk):
                with self.subTest(ladder=key, rung=rung.value_nick):
                    covering = [s for s in steps if s.covers_rung(rung)]
                    if want is None:
                        # explicitly below the ladder's floor
                        self.assertEqual(covering, [])
                        self.assertIsNone(ladder.get_step_for_rung(rung))
                        self.assertLess(rung, ladder.get_lowest_rung())
                        continue
                    self.assertEqual(len(covering), 1)
                    self.assertEqual(covering[0].get_key(), want)
                    self.assertIs(ladder.get_step_for_rung(rung), covering[0])
                    self.assertLessEqual(covering[0].props.rung_min, rung)
                    self.assertGreaterEqual(covering[0].props.rung_max, rung)
                    self.assertGreaterEqual(rung, ladder.props.lowest_rung)
            self.assertIsNone(ladder.get_step_for_rung(Coprod.Rung.NONE))

    def test_floors(self):
        self.assertEqual(Coprod.Ladder.get_builtin('iap2').get_lowest_rung(),
                         Coprod.Rung.INFORMING)
        for key in ('tlap', 'flse', 'arnstein', 'hart'):
            self.assertEqual(
                Coprod.Ladder.get_builtin(key).get_lowest_rung(),
                Coprod.Rung.COERCION)

    def test_top_steps_beyond_the_scale(self):
        # steps reached only by work that people with lived experience
        # (or young people) start and control present no rung
        for key, tops in (('arnstein', ['delegated-power', 'citizen-control']),
                          ('hart', ['child-initiated-and-directed',
                                    'child-initiated-shared-decisions']),
                          ('iap2', ['empower'])):
            steps = {s.get_key(): s for s in
                     steps_of(Coprod.Ladder.get_builtin(key))}
            for top in tops:
                self.assertEqual(steps[top].props.rung_min, Coprod.Rung.NONE)
                self.assertFalse(any(steps[top].covers_rung(r)
                                     for r in CANONICAL))

    def test_sources(self):
        mentions = {
            'tlap': ['National Co-production Advisory Group', '2016'],
            'flse': ['Fulfilling Lives South East', 'BHT Sussex'],
            'arnstein': ['1969', 'Journal of the American Institute of Planners'],
            'iap2': ['2018', 'IAP2'],
            'hart': ['1992', 'UNICEF'],
        }
        for key, words in mentions.items():
            source = Coprod.Ladder.get_builtin(key).get_source()
            for word in words:
                self.assertIn(word, source)

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
        self.assertEqual(ladder.get_lowest_rung(), Coprod.Rung.COERCION)
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

    def test_leaving_out_coercion(self):
        text = CUSTOM.replace('"coercion", ', '')
        ladder = Coprod.Ladder.new_from_data(text.encode())
        self.assertEqual(ladder.get_lowest_rung(), Coprod.Rung.EDUCATING)
        self.assertIsNone(ladder.get_step_for_rung(Coprod.Rung.COERCION))
        self.assertEqual(
            ladder.get_step_for_rung(Coprod.Rung.EDUCATING).get_key(), 'told')

    def test_gap_in_the_middle(self):
        text = CUSTOM.replace('"consultation", ', '')
        self.assert_error(text, Coprod.Error.VALUE, 'steps[1]',
                          '"consultation"', 'only at the bottom')
        # also when the bottom is left out
        text = CUSTOM.replace('"coercion", "educating", "informing"',
                              '"educating"')
        self.assert_error(text, Coprod.Error.VALUE, 'steps[1]',
                          '"informing"', 'only at the bottom')

    def test_errors(self):
        self.assert_error(CUSTOM.replace('"coprod-ladder"', '"coprod"'),
                          Coprod.Error.FORMAT)
        self.assert_error(CUSTOM.replace('"version": 1', '"version": 2'),
                          Coprod.Error.VERSION)
        self.assert_error(CUSTOM.replace('"key": "forum",', ''),
                          Coprod.Error.VALUE, '"key"')
        self.assert_error(CUSTOM.replace('"engagement"', '"involvement"'),
                          Coprod.Error.VALUE, 'steps[1]',
                          'an unknown rung')
        self.assert_error(CUSTOM.replace('"co-design", ', ''),
                          Coprod.Error.VALUE, '"co-design"')
        self.assert_error(CUSTOM.replace('"title": "Our forum ladder"',
                                         '"title": 3'),
                          Coprod.Error.TYPE, '"title"')


if __name__ == '__main__':
    unittest.main()
