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


# The steps of each built-in ladder, top down, as `coprod assess` lists
# them; and whether the ladder leaves rungs out at the bottom.
STEPS_TOP_DOWN = {
    "tlap": (["Co-production", "Co-design", "Engagement", "Consultation",
              "Informing", "Educating", "Coercion"], False),
    "flse": (["Co-production", "Co-design", "Engagement", "Consultation",
              "Informing", "Coercion"], False),
    "arnstein": (["Citizen control", "Delegated power", "Partnership",
                  "Placation", "Consultation", "Informing", "Therapy",
                  "Manipulation"], False),
    "iap2": (["Empower", "Collaborate", "Involve", "Consult", "Inform"], True),
    "hart": (["Child-initiated, shared decisions with adults",
              "Child-initiated and directed",
              "Adult-initiated, shared decisions with children",
              "Consulted and informed", "Assigned but informed", "Tokenism",
              "Decoration", "Manipulation"], False),
}


def per_step(text):
    """The rows of the table that ends `coprod assess`: (label, count)."""
    table = text[text.index("\nProjects per step ("):].strip().splitlines()[1:]
    rows = []
    for line in table:
        label, count = line.rsplit(None, 1)
        rows.append((label.strip(), int(count)))
    return rows


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
        self.assertIn("Projects per step", r.stdout)

    def test_assess_lists_each_step_once(self):
        for key, (steps, leaves_out) in STEPS_TOP_DOWN.items():
            with self.subTest(ladder=key):
                r = run("assess", EXAMPLE, "--ladder", key)
                self.assertEqual(r.returncode, 0, r.stderr)
                rows = per_step(r.stdout)
                labels = [label for label, _ in rows]
                tail = ["below this ladder"] if leaves_out else []
                self.assertEqual(labels, steps + tail + ["no involvement recorded"])
                for step in steps:
                    self.assertEqual(labels.count(step), 1)
                # every project is counted once, on one line
                self.assertEqual(sum(count for _, count in rows),
                                 r.stdout.count("\n  rung:    "))

    def test_assess_iap2_per_step(self):
        r = run("assess", EXAMPLE, "--ladder", "iap2")
        self.assertEqual(per_step(r.stdout), [
            ("Empower", 0), ("Collaborate", 7), ("Involve", 0), ("Consult", 1),
            ("Inform", 0), ("below this ladder", 0),
            ("no involvement recorded", 0)])

    def test_assess_below_the_ladder(self):
        doc = {"format": "coprod", "version": 1,
               "people": [{"id": "p-1", "roles": ["lived-experience"]}],
               "projects": [{"id": "prj-told", "involvements": [
                   {"person_id": "p-1", "stage": "planning", "mode": "educated"}]}]}
        path = self.write(json.dumps(doc))
        r = run("assess", path, "--ladder", "iap2")
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("  rung:    below this ladder [educating]\n", r.stdout)
        self.assertIn(("below this ladder", 1), per_step(r.stdout))
        self.assertIn(("Inform", 0), per_step(r.stdout))
        r = run("assess", path)
        self.assertIn("  rung:    Educating [educating]\n", r.stdout)
        self.assertNotIn("below this ladder", r.stdout)

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

    def test_validate_as_of(self):
        r = run("validate", "--as-of", "2027-05-01", EXAMPLE)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("[retention-passed]", r.stdout)
        self.assertIn("p-stoke-01, member retain_until", r.stdout)
        r = run("validate", EXAMPLE, "--as-of", "2026-12-04")
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertNotIn("retention-passed", r.stdout)
        self.assertIn("valid,", r.stdout)

    def test_validate_as_of_invalid(self):
        for date in ("2027-13-01", "yesterday", ""):
            r = run("validate", "--as-of", date, EXAMPLE)
            self.assertEqual(r.returncode, 2, date)
            self.assertEqual(r.stdout, "")
            self.assertTrue(r.stderr.startswith("coprod: --as-of: "), r.stderr)
            # what is wrong, not the text given
            self.assertIn("--as-of: not a", r.stderr)
        r = run("validate", "--as-of", "2027-13-01", EXAMPLE)
        self.assertIn("the month must be from 01 to 12", r.stderr)
        self.assertEqual(run("validate", EXAMPLE, "--as-of").returncode, 2)

    def test_help(self):
        overview = run("--help")
        self.assertEqual(overview.returncode, 0)
        self.assertEqual(run("help").stdout, overview.stdout)
        self.assertIn("validate FILE [--as-of DATE]", overview.stdout)
        for command, words, option in (
                ("validate", "whose records hold", "--as-of=DATE"),
                ("summary", "how many records of each kind", None),
                ("assess", "missing for\nthe next rung", "--ladder=KEY"),
                ("ladders", "canonical ladder can be presented", None),
                ("ladder", "--file PATH reads a custom one", "--file=PATH"),
                ("frameworks", "values and practices each has", None),
                ("framework", "--file PATH reads a custom one", "--file=PATH")):
            r = run(command, "--help")
            self.assertEqual(r.returncode, 0, command)
            self.assertIn("coprod [OPTION…] " + command, r.stdout)
            self.assertIn(words, r.stdout)
            if option:
                self.assertIn(option, r.stdout)
            h = run("help", command)
            self.assertEqual(h.returncode, 0, command)
            self.assertEqual(h.stdout, r.stdout)
        # the --ladder option names every built-in ladder
        self.assertIn("(tlap, flse, arnstein, iap2, hart)", run("assess", "--help").stdout)
        r = run("help", "frobnicate")
        self.assertEqual(r.returncode, 2)
        self.assertIn('unknown command "frobnicate"', r.stderr)
        self.assertEqual(run("help", "validate", "summary").returncode, 2)

    def test_frameworks(self):
        r = run("frameworks")
        self.assertEqual(r.returncode, 0)
        self.assertEqual(r.stderr, "")
        lines = r.stdout.splitlines()
        self.assertEqual([line.split()[0] for line in lines], ["flse", "scie", "nef", "ukspi", "4pi"])
        self.assertTrue(lines[0].endswith("6 values, 15 practices  (default)"), lines[0])
        self.assertTrue(lines[1].endswith("4 values,  5 practices"), lines[1])
        self.assertTrue(lines[2].endswith("6 values,  6 practices"), lines[2])
        self.assertTrue(lines[3].endswith("6 values,  6 practices"), lines[3])
        self.assertTrue(lines[4].endswith("5 values,  6 practices"), lines[4])
        self.assertEqual(run("frameworks", "flse").returncode, 2)

    def test_framework(self):
        r = run("framework", "flse")
        self.assertEqual(r.returncode, 0)
        out = r.stdout
        self.assertTrue(out.startswith("Co-production values (Fulfilling Lives South East) [flse]\n"))
        self.assertIn("Values (6) and their practices (15):\n", out)
        self.assertIn("Scale:     1 to 5\n", out)
        for label in ("Not at all", "A little", "Partly", "Mostly", "Fully"):
            self.assertIn("  " + label + "\n", out)
        for practice in ("reciprocity-impact-shared", "accessibility-plain-language",
                         "ongoing-learning-reflection"):
            self.assertIn("     - " + practice + "\n", out)
        self.assertIn("       Check: purpose-and-agenda-shared (days 5)\n", out)
        self.assertEqual(out.count("     - "), 15)
        for key, values in (("scie", 4), ("nef", 6), ("ukspi", 6), ("4pi", 5)):
            r = run("framework", key)
            self.assertEqual(r.returncode, 0, key)
            self.assertIn("Values (%d) and their practices" % values, r.stdout)
            self.assertIn("[%s]\n" % key, r.stdout.splitlines()[0] + "\n")

    def test_framework_errors_and_file(self):
        r = run("framework", "tlap")
        self.assertEqual(r.returncode, 1)
        self.assertIn('no built-in framework "tlap"; the built-in frameworks are '
                      'flse, scie, nef, ukspi, 4pi', r.stderr)
        self.assertEqual(run("framework").returncode, 2)
        self.assertEqual(run("framework", "flse", "scie").returncode, 2)
        doc = {"format": "coprod-framework", "version": 1, "key": "forum", "title": "Forum values",
               "scale": {"minimum": 1, "maximum": 2,
                         "bands": [{"minimum": 1, "maximum": 2, "label": "Done"}]},
               "values": [{"key": "open", "title": "Open",
                           "practices": [{"id": "open-1", "text": "Papers early"}]}]}
        path = self.write(json.dumps(doc))
        r = run("framework", "--file", path)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("Forum values [forum]\n", r.stdout)
        self.assertIn("     - open-1\n", r.stdout)
        self.assertEqual(run("framework", "flse", "--file", path).returncode, 2)
        doc["values"][0]["practices"][0]["check"] = "guesswork"
        r = run("framework", "--file", self.write(json.dumps(doc)))
        self.assertEqual(r.returncode, 1)
        self.assertIn('values[0], practices[0], member "check"', r.stderr)

    def test_example_review_validates(self):
        # the example's review rates only practices its framework defines
        r = run("validate", EXAMPLE)
        self.assertNotIn("unknown-practice", r.stdout + r.stderr)
        self.assertNotIn("score-out-of-scale", r.stdout + r.stderr)
        self.assertNotIn("unknown-framework", r.stdout + r.stderr)

    def test_usage_error_shows_help(self):
        r = run("validate")
        self.assertEqual(r.returncode, 2)
        self.assertTrue(r.stderr.startswith("coprod: a FILE is needed\n\nUsage:"), r.stderr)
        self.assertIn("whose records hold", r.stderr)

    @unittest.skipUnless(os.path.exists("/dev/full"), "no /dev/full")
    def test_write_error(self):
        for args in (("summary", EXAMPLE), ("validate", EXAMPLE), ("ladders",),
                     ("ladder", "tlap"), ("frameworks",), ("framework", "flse"), ("assess", EXAMPLE), ("--version",),
                     ("--help",), ("summary", "--help"), ("help", "assess")):
            with open("/dev/full", "w") as full:
                r = subprocess.run([TOOL, *args], stdout=full, stderr=subprocess.PIPE,
                                   text=True)
            self.assertNotEqual(r.returncode, 0, args)
            self.assertIn("coprod: could not write to standard output", r.stderr, args)


class PledgesAndSeats(unittest.TestCase):
    """coprod pledges and coprod seats: ids and counts, never names."""

    NAMES = ("Billie Northam", "Marley Quinton", "Drew Halloway", "Hilary Osgood")

    def assert_no_names(self, text):
        for name in self.NAMES:
            self.assertNotIn(name, text)

    def test_seats_example(self):
        r = run("seats", EXAMPLE, "--as-of", "2025-01-01")
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("Seats as of 2025-01-01\n", r.stdout)
        self.assertIn("prt-building-together-board: 10 seats, 3 filled, 7 vacant; 10 paid\n",
                      r.stdout)
        self.assertIn("post-bt-board-01  filled by p-worcs-04 since 2023-07, paid seat: paid\n",
                      r.stdout)
        self.assertIn("post-bt-board-02  filled by p-worcs-05 since 2023-07, paid seat: declined payment\n",
                      r.stdout)
        self.assertIn("post-bt-board-03  filled by p-worcs-06 since 2023-07, paid seat: not paid\n",
                      r.stdout)
        self.assertEqual(r.stdout.count("  vacant, paid seat\n"), 7)
        self.assertIn("holders of paid seats: 1 paid, 1 declined payment, 1 not paid\n", r.stdout)
        self.assert_no_names(r.stdout)

    def test_seats_before_the_board(self):
        r = run("seats", EXAMPLE, "--as-of", "2023-06-30")
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("prt-building-together-board: 0 seats, 0 filled, 0 vacant; 0 paid\n", r.stdout)

    def test_pledges_example(self):
        r = run("pledges", EXAMPLE, "--as-of", "2024-07-31")
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("Pledges as of 2024-07-31\n", r.stdout)
        self.assertIn("  plg-worcs-director: active, on behalf of org-worcs-cc, signed 2023-07-04,"
                      " adopts chr-wm-coproduction\n", r.stdout)
        self.assertIn("    review 2024-07: due\n", r.stdout)
        self.assertIn("    overdue: commitment 1, due 2024-03, in-progress, 60%\n", r.stdout)
        self.assertIn("  plg-sfc-ceo: active, personal, signed 2017-06-21\n", r.stdout)
        self.assertIn("    1. 2023-07-04  org-worcs-cc  pledge plg-worcs-director (active)\n", r.stdout)
        self.assertIn("    first adopter in the registry: org-worcs-cc\n", r.stdout)
        self.assertIn("    first adopter claimed: org-worcs-cc (1 source): agrees with the registry\n",
                      r.stdout)
        self.assert_no_names(r.stdout)
        # no text of a pledge or commitment
        self.assertNotIn("plain language", r.stdout)

        r = run("pledges", EXAMPLE, "--as-of", "2024-08-01")
        self.assertIn("  plg-worcs-director: lapsed (recorded active),", r.stdout)
        self.assertIn("    review 2024-07: missed\n", r.stdout)

    def test_usage_and_bad_date(self):
        for command in ("pledges", "seats"):
            self.assertEqual(run(command).returncode, 2)
            r = run(command, EXAMPLE, "--as-of", "2024-02-30")
            self.assertEqual(r.returncode, 2, r.stdout)
            r = run(command, "/nonexistent.json")
            self.assertEqual(r.returncode, 1)
            self.assertIn(command, run("--help").stdout)


if __name__ == "__main__":
    unittest.main()
