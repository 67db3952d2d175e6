#!/usr/bin/python3
# report-screenshot.py: the HTML report of one project opens in headless
# Chromium, which draws it and takes a screenshot; skipped (77) when
# Chromium is not installed.
#
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# Usage: report-screenshot.py COPROD EXAMPLE OUTPUT_DIR

import os
import shutil
import struct
import subprocess
import sys

coprod, example, out_dir = sys.argv[1:4]
chromium = shutil.which('chromium') or shutil.which('chromium-browser')
if chromium is None:
    print('chromium is not installed', file=sys.stderr)
    sys.exit(77)

os.makedirs(out_dir, exist_ok=True)
html = os.path.join(out_dir, 'report.html')
png = os.path.join(out_dir, 'report.png')
if os.path.exists(png):
    os.unlink(png)
subprocess.run([coprod, 'report', example, '--project', 'prj-stoke-cop',
                '--format', 'html', '--as-of', '2025-01-31', '--output', html], check=True)
profile = os.path.join(out_dir, 'chromium-profile')
subprocess.run([chromium, '--headless', '--no-sandbox', '--disable-gpu',
                '--no-first-run', '--user-data-dir=' + profile,
                # nothing from outside: a report that tried would draw without it
                '--proxy-server=127.0.0.1:9', '--window-size=1000,4800',
                '--screenshot=' + png, 'file://' + os.path.abspath(html)],
               check=True, timeout=90, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
with open(png, 'rb') as f:
    head = f.read(24)
if head[:8] != b'\x89PNG\r\n\x1a\n':
    sys.exit('the screenshot is not a PNG')
width, height = struct.unpack('>II', head[16:24])
print('screenshot %s: %dx%d' % (png, width, height))
if (width, height) != (1000, 4800) or os.path.getsize(png) < 20000:
    sys.exit('the screenshot is empty or the wrong size')
