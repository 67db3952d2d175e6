#!/usr/bin/python3
# report-chromium-cases.py: the HTML report of each of the five source
# cases opens in headless Chromium, which loads it with every outside
# address made unreachable; the page Chromium built is well-formed and
# holds one titled SVG ladder per project. Skipped (77) when Chromium is
# not installed.
#
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# Usage: report-chromium-cases.py COPROD EXAMPLES_DATA OUTPUT_DIR

import json
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

CASES = ('stoke-family-cop', 'fife-lived-experience', 'worcestershire-building-together',
         'skills-for-care', 'flse-leaflet')
SVG = '{http://www.w3.org/2000/svg}'

coprod, data_dir, out_dir = sys.argv[1:4]
chromium = shutil.which('chromium') or shutil.which('chromium-browser')
if chromium is None:
    print('chromium is not installed', file=sys.stderr)
    sys.exit(77)

os.makedirs(out_dir, exist_ok=True)
failures = []
for case in CASES:
    path = os.path.join(data_dir, case + '.json')
    html = os.path.join(out_dir, case + '.html')
    subprocess.run([coprod, 'report', path, '--format', 'html', '--as-of', '2025-01-01',
                    '--output', html], check=True)
    with open(path, encoding='utf-8') as f:
        n_projects = len(json.load(f).get('projects', []))

    # --dump-dom prints the document as Chromium built it, once loaded
    profile = os.path.join(out_dir, 'chromium-profile')
    dom = subprocess.run([chromium, '--headless', '--no-sandbox', '--disable-gpu',
                          '--no-first-run', '--user-data-dir=' + profile,
                          '--proxy-server=127.0.0.1:9', '--dump-dom',
                          'file://' + os.path.abspath(html)],
                         check=True, timeout=90, capture_output=True, text=True).stdout
    with open(html, encoding='utf-8') as f:
        source = f.read()

    # the file itself is well-formed XML (its doctype aside) ...
    root = ET.fromstring(re.sub(r'<!DOCTYPE[^>]*>', '', source, count=1))
    ladders = [s for s in root.iter(SVG + 'svg')
               if s.find(SVG + 'title') is not None and 'on the ladder' in s.find(SVG + 'title').text]
    # ... and Chromium drew the same: the body it built has every chart
    n_dom_svgs = len(re.findall(r'<svg\b', dom))
    n_svgs = len(list(root.iter(SVG + 'svg')))
    outside = re.findall(r'''(?:src|href)\s*=\s*["'](?:https?:)?//''', source)
    print('%s: %d projects, %d ladders, %d charts in the file, %d in the page Chromium built'
          % (case, n_projects, len(ladders), n_svgs, n_dom_svgs))
    if len(ladders) != n_projects:
        failures.append('%s: %d ladders for %d projects' % (case, len(ladders), n_projects))
    if n_dom_svgs != n_svgs or '<main' not in dom:
        failures.append('%s: Chromium built %d charts of %d' % (case, n_dom_svgs, n_svgs))
    if outside or '<script' in source or '<link' in source:
        failures.append('%s: the page loads something from outside' % case)

if failures:
    sys.exit('\n'.join(failures))
