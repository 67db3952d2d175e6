# SPDX-License-Identifier: LGPL-2.1-or-later
"""CoprodTextWriter from Python: the same words as the coprod command."""

import os
import subprocess
import unittest

import gi

gi.require_version("Coprod", "1.0")
from gi.repository import Coprod, Gio  # noqa: E402

TOOL = os.environ["COPROD_TOOL"]
EXAMPLE = os.path.join(os.environ["COPROD_EXAMPLES_DATA"], "coprod-example.json")


def tool(*args):
    r = subprocess.run([TOOL, *args], capture_output=True, text=True)
    return r.stdout


def load_example():
    registry = Coprod.Registry.new()
    registry.load_from_file(Gio.File.new_for_path(EXAMPLE), None)
    return registry


class TextWriter(unittest.TestCase):
    def setUp(self):
        self.registry = load_example()
        self.writer = Coprod.TextWriter.new()

    def test_width(self):
        self.assertEqual(self.writer.props.width, Coprod.TEXT_WRITER_DEFAULT_WIDTH)
        self.assertEqual(self.writer.get_width(), 78)
        notified = []
        self.writer.connect("notify::width", lambda *a: notified.append(a))
        self.writer.props.width = 0
        self.writer.set_width(0)
        self.assertEqual(self.writer.get_width(), 0)
        self.assertEqual(len(notified), 1)
        self.assertEqual(Coprod.TextWriter(width=50).get_width(), 50)

    def test_validation_as_of(self):
        for date in ("2027-05-01", "2026-12-04"):
            findings = self.registry.validate_as_of(date)
            text = self.writer.write_validation(self.registry, findings)
            prefixed = "".join(EXAMPLE + ": " + line + "\n" for line in text.splitlines())
            self.assertEqual(prefixed, tool("validate", "--as-of", date, EXAMPLE))
            lines = self.writer.write_findings(findings)
            self.assertTrue(text.startswith(lines))
            self.assertEqual(("retention-passed" in lines), date == "2027-05-01")

    def test_summary(self):
        text = self.writer.write_summary(self.registry)
        self.assertEqual(EXAMPLE + "\n\n" + text, tool("summary", EXAMPLE))

    def test_assessments(self):
        assessments = self.registry.assess_all()
        for key in Coprod.Ladder.list_builtin():
            ladder = Coprod.Ladder.get_builtin(key)
            text = self.writer.write_assessments(self.registry, assessments, ladder)
            self.assertEqual(text, tool("assess", EXAMPLE, "--ladder", key))
        default = self.writer.write_assessments(self.registry, assessments, None)
        self.assertEqual(default, tool("assess", EXAMPLE))

    def test_assessment(self):
        a = self.registry.assess_project("prj-worcs-coprod-week")
        text = self.writer.write_assessment(self.registry, a, Coprod.Ladder.get_builtin("iap2"))
        self.assertEqual(text, tool("assess", EXAMPLE, "--project", "prj-worcs-coprod-week",
                                    "--ladder", "iap2"))
        self.assertIn("[fixed-deadline]", text)

    def test_ladders(self):
        self.assertEqual(self.writer.write_ladders(), tool("ladders"))
        for key in Coprod.Ladder.list_builtin():
            text = self.writer.write_ladder(Coprod.Ladder.get_builtin(key))
            self.assertEqual(text, tool("ladder", key))
            self.assertTrue(all(len(line) <= 78 for line in text.splitlines()[1:]))

    def test_ladder_width_zero(self):
        ladder = Coprod.Ladder.get_default()
        self.writer.props.width = 0
        text = self.writer.write_ladder(ladder)
        self.assertIn("\n  " + ladder.get_summary() + "\n", text)
        self.assertNotEqual(text, tool("ladder", ladder.get_key()))

    def test_control_characters_escaped(self):
        registry = Coprod.Registry.new()
        registry.load_from_data(
            '{"format":"coprod","version":1,'
            '"organisations":[{"id":"org-1","name":"Red \\u001b[31m"}]}'.encode())
        text = self.writer.write_summary(registry)
        self.assertNotIn("\x1b", text)
        self.assertIn("Red \\x1B[31m", text)


if __name__ == "__main__":
    unittest.main()
