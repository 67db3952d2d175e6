#!/usr/bin/env python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Writes the seed inputs of the fuzz targets into OUT/registry/ and
OUT/ladder/, from the test data of the source tree:

  registry: tests/data/malformed/*.json, examples/data/*.json, the
            document of every case of tests/data/validation-cases.json,
            and a document for every case of tests/data/assessment-cases.json
            (built as tests/python/test_assessment.py builds it)
  ladder:   libcoprod/scales/ladders/*.json and the broken ladders below

    tests/fuzz/seed-corpus.py OUT

The corpus folders keep the malformed documents, the example and the
ladders as they are, and of the other seeds those that add coverage
(see README.md)."""

import glob
import json
import os
import re
import shutil
import sys

SRC = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))

HEAD = '"format": "coprod-ladder", "version": 1, "key": "k", "title": "T"'
LOW = '{"key": "low", "title": "Low", "rungs": ["coercion", "educating", "informing", "consultation"]}'
HIGH = '{"key": "high", "title": "High", "rungs": ["engagement", "co-design", "co-production"]}'

# Ladders that must not load, each broken in one way, and two that must
BROKEN_LADDERS = {
    "good-two-steps": '{%s, "steps": [%s, %s]}' % (HEAD, LOW, HIGH),
    "good-empty-step": '{%s, "summary": "s", "source": "s", "ladder_version": "2", '
                       '"approximate": false, "steps": [%s, {"key": "mid", "title": "Mid", '
                       '"group": "g", "promise": "p", "rungs": []}, %s]}' % (HEAD, LOW, HIGH),
    "truncated": '{"format": "coprod-ladder", "version": 1, "key": "k", "ti',
    "top-level-array": '[%s, %s]' % (LOW, HIGH),
    "format-registry": '{"format": "coprod", "version": 1, "key": "k", "title": "T", "steps": [%s, %s]}' % (LOW, HIGH),
    "version-2": '{"format": "coprod-ladder", "version": 2, "key": "k", "title": "T", "steps": [%s, %s]}' % (LOW, HIGH),
    "version-string": '{"format": "coprod-ladder", "version": "1", "key": "k", "title": "T", "steps": []}',
    "key-empty": '{"format": "coprod-ladder", "version": 1, "key": "", "title": "T", "steps": [%s, %s]}' % (LOW, HIGH),
    "title-array": '{"format": "coprod-ladder", "version": 1, "key": "k", "title": ["T"], "steps": [%s, %s]}' % (LOW, HIGH),
    "steps-empty": '{%s, "steps": []}' % HEAD,
    "steps-object": '{%s, "steps": {}}' % HEAD,
    "step-not-object": '{%s, "steps": ["low"]}' % HEAD,
    "step-same-key": '{%s, "steps": [%s, %s]}' % (HEAD, LOW, LOW.replace('"Low"', '"Low again"')),
    "rungs-missing": '{%s, "steps": [{"key": "low", "title": "Low"}]}' % HEAD,
    "rungs-number": '{%s, "steps": [{"key": "low", "title": "Low", "rungs": [1]}]}' % HEAD,
    "rung-unknown": '{%s, "steps": [{"key": "low", "title": "Low", "rungs": ["coercion", "co-operation"]}]}' % HEAD,
    "rung-none": '{%s, "steps": [{"key": "low", "title": "Low", "rungs": ["none", "coercion"]}]}' % HEAD,
    "rung-twice": '{%s, "steps": [%s, %s]}' % (HEAD, LOW, HIGH.replace('["engagement"', '["consultation", "engagement"')),
    "rungs-out-of-order": '{%s, "steps": [%s, %s]}' % (HEAD, HIGH, LOW),
    "rung-skipped": '{%s, "steps": [{"key": "all", "title": "All", "rungs": ["coercion", "informing"]}]}' % HEAD,
    "top-not-covered": '{%s, "steps": [%s, {"key": "top", "title": "Top", "rungs": ["engagement", "co-design"]}]}' % (HEAD, LOW),
    "duplicate-member": '{%s, "key": "again", "steps": [%s, %s]}' % (HEAD, LOW, HIGH),
    "deep-nesting": '{%s, "steps": [%s, %s], "x": %s%s}' % (HEAD, LOW, HIGH, "[" * 70, "]" * 70),
    "number-too-big": '{"format": "coprod-ladder", "version": 100000000000000000000, "key": "k", "title": "T", "steps": []}',
    "nul-escape": '{%s, "summary": "a\\u0000b", "steps": [%s, %s]}' % (HEAD, LOW, HIGH),
}


def slug(name):
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:48]


def assessment_document(case):
    project = {"id": "prj", "involvements": [
        {"person_id": p, "stage": s, "mode": m} for p, s, m in case["involvements"]]}
    for key in ("stages", "aimed_rung", "deadline_fixed"):
        if key in case:
            project[key] = case[key]
    return {
        "format": "coprod", "version": 1,
        "organisations": [{"id": o} for o in case.get("organisations", [])],
        "people": [{"id": k, "roles": r} for k, r in case["people"].items()],
        "projects": [project],
    }


def write(path, text):
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def main(out):
    registry = os.path.join(out, "registry")
    ladder = os.path.join(out, "ladder")
    os.makedirs(registry, exist_ok=True)
    os.makedirs(ladder, exist_ok=True)

    for path in sorted(glob.glob(os.path.join(SRC, "tests", "data", "malformed", "*.json"))):
        shutil.copyfile(path, os.path.join(registry, "malformed-" + os.path.basename(path)))
    for path in sorted(glob.glob(os.path.join(SRC, "examples", "data", "*.json"))):
        shutil.copyfile(path, os.path.join(registry, "example-" + os.path.basename(path)))

    with open(os.path.join(SRC, "tests", "data", "validation-cases.json"), encoding="utf-8") as f:
        for i, case in enumerate(json.load(f)["cases"]):
            write(os.path.join(registry, "validation-%03d-%s.json" % (i, slug(case["name"]))),
                  json.dumps(case["document"], indent=1, ensure_ascii=False) + "\n")
    with open(os.path.join(SRC, "tests", "data", "assessment-cases.json"), encoding="utf-8") as f:
        for i, case in enumerate(json.load(f)["cases"]):
            write(os.path.join(registry, "assessment-%02d-%s.json" % (i, slug(case["name"]))),
                  json.dumps(assessment_document(case), indent=1) + "\n")

    for path in sorted(glob.glob(os.path.join(SRC, "libcoprod", "scales", "ladders", "*.json"))):
        shutil.copyfile(path, os.path.join(ladder, "builtin-" + os.path.basename(path)))
    for name, text in BROKEN_LADDERS.items():
        write(os.path.join(ladder, "ladder-%s.json" % name), text + "\n")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: seed-corpus.py OUT")
    main(sys.argv[1])
