# SPDX-License-Identifier: LGPL-2.1-or-later
"""Validation through the Python binding, on the cases shared with the C
suite (tests/data/validation-cases.json), and every finding code the
library emits documented in doc/findings.md."""

import glob
import json
import os
import re
import unicodedata
import unittest

import jsonschema

import gi

gi.require_version("Coprod", "1.0")
from gi.repository import Coprod, GLib  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE_DIR = os.environ.get("COPROD_SOURCE_DIR", os.path.normpath(os.path.join(HERE, "..", "..")))
TEST_DATA = os.environ.get("COPROD_TEST_DATA", os.path.join(SOURCE_DIR, "tests", "data"))
CASES = os.path.join(TEST_DATA, "validation-cases.json")
FINDINGS_DOC = os.path.join(SOURCE_DIR, "doc", "findings.md")
SCHEMA = os.path.join(SOURCE_DIR, "doc", "coprod-1.schema.json")


def load_cases():
    with open(CASES, encoding="utf-8") as f:
        return json.load(f)["cases"]


def describe(findings):
    return sorted(((f.get_severity().value_nick, f.get_code(), f.get_record_id(), f.get_member())
                   for f in findings), key=repr)


def expected(entries):
    return sorted((tuple(e) for e in entries), key=repr)


# What the library emits: every call of a findings helper in libcoprod/,
# with the severity and code it passes.

CALL = re.compile(r"\b(add_finding|coprod_finding_new)\s*\(")
LITERAL_CALL = {
    # add_finding (v, COPROD_SEVERITY_X, "code", ...)
    "add_finding": re.compile(r"\s*\w+\s*,\s*COPROD_SEVERITY_(\w+)\s*,\s*\"([^\"]*)\""),
    # coprod_finding_new (COPROD_SEVERITY_X, "code", ...)
    "coprod_finding_new": re.compile(r"\s*COPROD_SEVERITY_(\w+)\s*,\s*\"([^\"]*)\""),
}
# where a helper is defined, or the helper add_finding passes its own
# arguments on
DEFINITION = re.compile(r"\s*\w+\s+\*?\s*\w+\s*,")
PASS_ON = re.compile(r"\s*severity\s*,\s*code\s*,")
FUNCTION = re.compile(r"^(\w+) \(", re.M)


def enclosing_function(text, offset):
    names = [m.group(1) for m in FUNCTION.finditer(text, 0, offset)]
    return names[-1] if names else None


def emitted_codes():
    """{source file name: {code: {severity nick}}} for every finding made
    in libcoprod/; fails on a call whose code is not a string literal."""
    found = {}
    paths = sorted(glob.glob(os.path.join(SOURCE_DIR, "libcoprod", "**", "*.c"), recursive=True))
    if not paths:
        raise AssertionError("no C sources under %s" % os.path.join(SOURCE_DIR, "libcoprod"))
    for path in paths:
        with open(path, encoding="utf-8") as f:
            text = f.read()
        for call in CALL.finditer(text):
            rest = text[call.end():]
            m = LITERAL_CALL[call.group(1)].match(rest)
            if m:
                found.setdefault(os.path.basename(path), {}).setdefault(
                    m.group(2), set()).add(m.group(1).lower())
            elif DEFINITION.match(rest):
                continue
            elif PASS_ON.match(rest) and enclosing_function(text, call.start()) == "add_finding":
                continue
            else:
                line = text.count("\n", 0, call.start()) + 1
                raise AssertionError("%s:%d: a finding whose code is not a string literal"
                                     % (os.path.relpath(path, SOURCE_DIR), line))
    return found


def documented_codes():
    """{section heading: {code: severity nick}} from doc/findings.md, where
    each code is a '### `code`' heading with a '**Severity:**' line."""
    sections = {}
    section = code = None
    with open(FINDINGS_DOC, encoding="utf-8") as f:
        for line in f:
            m = re.match(r"## (\S.*)$", line)
            if m:
                section, code = m.group(1).strip(), None
                continue
            m = re.match(r"### `([^`]+)`\s*$", line)
            if m:
                code = m.group(1)
                codes = sections.setdefault(section, {})
                if code in codes:
                    raise AssertionError("%s is documented twice" % code)
                codes[code] = None
                continue
            m = re.match(r"- \*\*Severity:\*\* (\w+)\s*$", line)
            if m and code is not None:
                sections[section][code] = m.group(1)
    return sections


class ValidationCases(unittest.TestCase):
    def test_cases(self):
        cases = load_cases()
        self.assertGreaterEqual(len(cases), 60)
        self.assertEqual(len({c["name"] for c in cases}), len(cases), "case names repeat")
        for case in cases:
            with self.subTest(case["name"]):
                self.check(case)

    def check(self, case):
        registry = Coprod.Registry.new()
        registry.load_from_data(json.dumps(case["document"]).encode("utf-8"))
        findings = registry.validate_as_of(case.get("as_of"))
        self.assertEqual(findings.get_item_type(), Coprod.Finding.__gtype__)
        got = describe(findings)
        want = expected(case["expect"])
        if "known_bug" in case:
            bug = case["known_bug"]
            self.assertNotEqual(got, want, "the known bug is mended (%s); remove \"known_bug\""
                                % bug["about"])
            self.assertEqual(got, expected(bug["today"]))
        else:
            self.assertEqual(got, want)
        for f in findings:
            message = f.get_message()
            self.assertTrue(message)
            self.assertFalse([c for c in message if unicodedata.category(c) == "Cc"], message)

    def test_cases_are_valid_documents(self):
        with open(SCHEMA, encoding="utf-8") as f:
            validator = jsonschema.Draft202012Validator(json.load(f))
        for case in load_cases():
            with self.subTest(case["name"]):
                errors = ["%s: %s" % ("/".join(str(p) for p in e.absolute_path), e.message)
                          for e in validator.iter_errors(case["document"])]
                self.assertEqual(errors, [])

    def test_every_code_present_and_just_absent(self):
        # each code of validation is expected by one case at least, and
        # shown absent at a boundary by another
        codes = emitted_codes()["coprod-validation.c"]
        cases = load_cases()
        present = {e[1] for c in cases if "known_bug" not in c for e in c["expect"]}
        absent = {code for c in cases for code in c.get("absent", [])}
        self.assertEqual(sorted(set(codes) - present), [], "codes no case expects")
        self.assertEqual(sorted(set(codes) - absent), [], "codes no case shows absent")
        self.assertEqual(sorted((present | absent) - set(codes)), [],
                         "codes validation never emits")
        for case in cases:
            got = {e[1] for e in case["expect"]}
            self.assertFalse(got & set(case.get("absent", [])), case["name"])


class ValidationAsOf(unittest.TestCase):
    DOC = json.dumps({"format": "coprod", "version": 1,
                      "people": [{"id": "p", "retain_until": "2024-05-31"}]})

    def registry(self):
        registry = Coprod.Registry.new()
        registry.load_from_data(self.DOC.encode("utf-8"))
        return registry

    def test_none_is_today(self):
        registry = self.registry()
        for _ in range(3):
            today = GLib.DateTime.new_now_local().format("%Y-%m-%d")
            by_none = describe(registry.validate_as_of(None))
            by_validate = describe(registry.validate())
            by_date = describe(registry.validate_as_of(today))
            if GLib.DateTime.new_now_local().format("%Y-%m-%d") == today:
                break
        self.assertEqual(by_none, by_date)
        self.assertEqual(by_validate, by_date)
        self.assertEqual(by_date, [("warning", "retention-passed", "p", "retain_until")])

    def test_invalid_date(self):
        registry = self.registry()
        for as_of in ("2027-13-40", "tomorrow", "", "2023-02-29", "2024-5-01"):
            with self.subTest(as_of=as_of):
                with self.assertRaises(GLib.Error) as cm:
                    registry.validate_as_of(as_of)
                self.assertEqual(cm.exception.domain, "coprod-error-quark")
                self.assertEqual(cm.exception.code, Coprod.Error.DATE)

    def test_empty_registry(self):
        self.assertEqual(Coprod.Registry.new().validate_as_of("2024-06-01").get_n_items(), 0)
        self.assertEqual(Coprod.Registry.new().validate().get_n_items(), 0)


class FindingsDocumented(unittest.TestCase):
    """doc/findings.md lists every code the library emits, under the heading
    of the check that emits it, with the severity it has; and no other."""

    SECTIONS = {
        "coprod-validation.c": "Validation",
        "coprod-assessment.c": "Assessment",
        "coprod-review-result.c": "Review",
        "coprod-purge.c": "Purge",
    }

    def test_codes_found_in_the_sources(self):
        emitted = emitted_codes()
        self.assertEqual(sorted(emitted), sorted(self.SECTIONS),
                         "findings are made in a source file this test does not know")
        self.assertGreater(sum(len(codes) for codes in emitted.values()), 0)
        self.assertGreaterEqual(len(emitted["coprod-validation.c"]), 15)
        self.assertGreaterEqual(len(emitted["coprod-assessment.c"]), 9)

    def test_every_code_documented(self):
        emitted = emitted_codes()
        documented = documented_codes()
        self.assertEqual(sorted(s for s in documented if s is not None and documented[s]),
                         sorted(self.SECTIONS.values()))
        for source, section in self.SECTIONS.items():
            with self.subTest(section=section):
                codes = emitted.get(source, {})
                self.assertTrue(codes, "no finding codes found in %s" % source)
                doc = documented.get(section, {})
                self.assertEqual(sorted(set(codes) - set(doc)), [],
                                 "emitted by %s, not in doc/findings.md under %s"
                                 % (source, section))
                self.assertEqual(sorted(set(doc) - set(codes)), [],
                                 "in doc/findings.md under %s, never emitted by %s"
                                 % (section, source))
                for code, severities in codes.items():
                    self.assertEqual(len(severities), 1, "%s has more than one severity" % code)
                    self.assertEqual(doc.get(code), next(iter(severities)),
                                     "the severity of %s in doc/findings.md" % code)

    def test_codes_are_not_shared(self):
        emitted = emitted_codes()
        sources = sorted(emitted)
        for i, a in enumerate(sources):
            for b in sources[i + 1:]:
                self.assertEqual(set(emitted[a]) & set(emitted[b]), set(), (a, b))


if __name__ == "__main__":
    unittest.main()
