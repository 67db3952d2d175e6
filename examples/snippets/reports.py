#!/usr/bin/python3
# reports.py: the example of doc/reports.md, as a program the tests run on
# the example registry
#
# SPDX-License-Identifier: LGPL-2.1-or-later
#
#   reports.py examples/data/coprod-example.json
import sys

import gi
gi.require_version('Coprod', '1.0')
from gi.repository import Coprod  # noqa: E402

registry = Coprod.Registry.load(sys.argv[1])

report = Coprod.Report.new(registry)
report.props.scope = Coprod.ReportScope.PROJECT
report.props.subject_id = 'prj-stoke-cop'
report.props.format = Coprod.ReportFormat.HTML
report.props.as_of = '2025-01-31'
html, length = report.to_data()

assert html.startswith('<!DOCTYPE html>'), html[:40]
print(length > 0)
