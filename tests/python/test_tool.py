# SPDX-License-Identifier: LGPL-2.1-or-later
"""The coprod command, as people who do not program use it."""

import json
import os
import subprocess
import tempfile
import unittest

TOOL = os.environ["COPROD_TOOL"]
EXAMPLE = os.path.join(os.environ["COPROD_EXAMPLES_DATA"], "coprod-example.json")


def run(*args):
    return subprocess.run([TOOL, *args], capture_output=True, text=True)


class Tool(unittest.TestCase):
    def write(self, text):
        fd, path = tempfile.mkstemp(suffix=".json")
        with os.fdopen(fd, "w") as f:
            f.write(text)
        self.addCleanup(os.unlink, path)
        return path

    def test_version_and_help(self):
        r = run("--version")
        self.assertEqual(r.returncode, 0)
        self.assertRegex(r.stdout, r"^coprod \d+\.\d+\.\d+")
        r = run("--help")
        self.assertEqual(r.returncode, 0)
        for command in ("validate", "summary", "assess", "ladders", "ladder"):
            self.assertIn(command, r.stdout)

    def test_usage_errors(self):
        self.assertEqual(run().returncode, 2)
        self.assertEqual(run("frobnicate").returncode, 2)
        self.assertEqual(run("validate").returncode, 2)
        self.assertEqual(run("validate", EXAMPLE, EXAMPLE).returncode, 2)

    def test_validate_example(self):
        r = run("validate", EXAMPLE)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("valid", r.stdout)
        self.assertIn("0 errors", r.stdout)

    def test_validate_syntax_error_has_place(self):
        path = self.write('{"format": "coprod",\n "version": 1,\n "people": [,]}')
        r = run("validate", path)
        self.assertEqual(r.returncode, 1)
        self.assertTrue(r.stderr.startswith(path + ":3:13: "), r.stderr)

    def test_validate_semantic_error_has_record_and_member(self):
        path = self.write('{"format":"coprod","version":1,"people":[{"id":"p-1","roles":["wizard"]}]}')
        r = run("validate", path)
        self.assertEqual(r.returncode, 1)
        self.assertIn('people[0] (id "p-1"), member "roles"', r.stderr)

    def test_validate_findings(self):
        doc = {"format": "coprod", "version": 1,
               "payments": [{"id": "pay-1", "person_id": "p-nobody", "amount": 500}]}
        r = run("validate", self.write(json.dumps(doc)))
        self.assertEqual(r.returncode, 1)
        self.assertIn("dangling-reference", r.stdout)
        self.assertIn("pay-1", r.stdout)

    def test_summary(self):
        r = run("summary", EXAMPLE)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertRegex(r.stdout, r"projects\s+8")
        self.assertRegex(r.stdout, r"Expert Citizens\s+4")

    def test_assess(self):
        r = run("assess", EXAMPLE, "--project", "prj-fife-report")
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("[co-production]", r.stdout)
        r = run("assess", EXAMPLE, "--project", "prj-worcs-coprod-week", "--ladder", "iap2")
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("fixed-deadline", r.stdout)
        self.assertIn("[consultation]", r.stdout)
        r = run("assess", EXAMPLE)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("Projects per rung", r.stdout)

    def test_assess_errors(self):
        self.assertEqual(run("assess", EXAMPLE, "--project", "nope").returncode, 1)
        r = run("assess", EXAMPLE, "--ladder", "nope")
        self.assertEqual(r.returncode, 1)
        self.assertIn("tlap", r.stderr)

    def test_output_names_no_one(self):
        with open(EXAMPLE) as f:
            names = [p["name"] for p in json.load(f)["people"]]
        for args in (("summary", EXAMPLE), ("assess", EXAMPLE), ("validate", EXAMPLE)):
            out = run(*args)
            for name in names:
                self.assertNotIn(name, out.stdout + out.stderr)


if __name__ == "__main__":
    unittest.main()
