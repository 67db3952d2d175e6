#!/usr/bin/python3
# test-viewer.py: the GTK 4 viewer shows the projects of a registry with
# their rungs, follows changes to the registry live, and draws itself;
# run under Xvfb (xvfb-run), skipped (77) where GTK 4's introspection data
# or Xvfb is not installed.
#
# SPDX-License-Identifier: LGPL-2.1-or-later
#
#   test-viewer.py REGISTRY SCREENSHOT

import os
import shutil
import struct
import subprocess
import sys
import tempfile
import zlib

def read_xwd(path):
    """(width, height, rows of RGB bytes) of an X window dump of 24 or 32
    bits per pixel, as Xvfb's -fbdir keeps its screen"""
    with open(path, 'rb') as f:
        data = f.read()
    fields = struct.unpack('>25I', data[:100])
    header_size, width, height = fields[0], fields[4], fields[5]
    byte_order, bits_per_pixel, bytes_per_line, ncolours = fields[7], fields[11], fields[12], fields[19]
    start = header_size + 12 * ncolours
    step = bits_per_pixel // 8
    rows = []
    for y in range(height):
        line = data[start + y * bytes_per_line:start + y * bytes_per_line + width * step]
        rgb = bytearray()
        for x in range(0, len(line), step):
            b, g, r = (line[x], line[x + 1], line[x + 2]) if byte_order == 0 else \
                      (line[x + step - 1], line[x + step - 2], line[x + step - 3])
            rgb += bytes((r, g, b))
        rows.append(bytes(rgb))
    return width, height, rows


def write_png(path, width, height, rows):
    def chunk(kind, body):
        return struct.pack('>I', len(body)) + kind + body + struct.pack('>I', zlib.crc32(kind + body))
    raw = b''.join(b'\x00' + row for row in rows)
    with open(path, 'wb') as f:
        f.write(b'\x89PNG\r\n\x1a\n')
        f.write(chunk(b'IHDR', struct.pack('>IIBBBBB', width, height, 8, 2, 0, 0, 0)))
        f.write(chunk(b'IDAT', zlib.compress(raw, 6)))
        f.write(chunk(b'IEND', b''))


registry_path, screenshot = sys.argv[1:3]
here = os.path.dirname(os.path.abspath(__file__))

if os.environ.get('COPROD_VIEWER_UNDER_XVFB') is None:
    try:
        import gi
        gi.require_version('Gtk', '4.0')
    except (ImportError, ValueError):
        print('GTK 4 is not installed (gir1.2-gtk-4.0)', file=sys.stderr)
        sys.exit(77)
    xvfb_run = shutil.which('xvfb-run')
    if xvfb_run is None:
        print('Xvfb is not installed (xvfb)', file=sys.stderr)
        sys.exit(77)
    # GTK warns, harmlessly, that Xvfb has no session bus: warnings are not
    # fatal here
    env = dict(os.environ, COPROD_VIEWER_UNDER_XVFB='1', GDK_BACKEND='x11',
               GSK_RENDERER='cairo', NO_AT_BRIDGE='1', G_DEBUG='gc-friendly')
    # the live test, then the viewer as a program, on a screen whose frame
    # buffer Xvfb keeps in a file (-fbdir), from which the screenshot is made
    subprocess.run([xvfb_run, '-a', sys.executable, __file__, registry_path, screenshot],
                   env=env, check=True, timeout=120)
    with tempfile.TemporaryDirectory() as fbdir:
        viewer = subprocess.Popen([xvfb_run, '-a', '-s', '-fbdir %s -screen 0 1100x700x24' % fbdir,
                                   sys.executable, os.path.join(here, 'coprod-viewer.py'),
                                   registry_path, '--as-of', '2025-01-01', '--quit-after', '2500'],
                                  env=env, stdout=subprocess.PIPE, text=True)
        # the screen is read while the window is up: Xvfb clears it after
        line = viewer.stdout.readline()
        if line.strip() != 'shown':
            viewer.kill()
            sys.exit('the viewer did not show its window')
        width, height, rows = read_xwd(os.path.join(fbdir, 'Xvfb_screen0'))
        if viewer.wait(timeout=120) != 0:
            sys.exit('the viewer failed')
    write_png(screenshot, width, height, rows)
    colours = {rows[y][x * 3:x * 3 + 3] for y in range(0, height, 7) for x in range(0, width, 7)}
    print('screenshot %s: %dx%d, %d colours' % (screenshot, width, height, len(colours)))
    # text, lines and shades: a window drawn, not an empty screen
    if (width, height) != (1100, 700) or len(colours) < 8:
        sys.exit('the screenshot is empty')
    sys.exit(0)

# Under Xvfb: the viewer in this process, driven by hand
import importlib.util  # noqa: E402

import gi  # noqa: E402
gi.require_version('Gtk', '4.0')
gi.require_version('Coprod', '1.0')
from gi.repository import Coprod, Gio, GLib, Gtk  # noqa: E402

spec = importlib.util.spec_from_file_location('coprod_viewer', os.path.join(here, 'coprod-viewer.py'))
viewer = importlib.util.module_from_spec(spec)
spec.loader.exec_module(viewer)


def settle():
    context = GLib.MainContext.default()
    for _ in range(50):
        while context.iteration(False):
            pass


def row_texts(window):
    texts = []
    child = window.projects_view.get_first_child()
    while child is not None:
        box = child.get_first_child()
        if box is not None and box.get_first_child() is not None:
            texts.append((box.get_first_child().get_text(), box.get_last_child().get_text()))
        child = child.get_next_sibling()
    return texts


Gtk.init()
registry = Coprod.Registry.load(registry_path)
app = Gtk.Application(application_id='org.libcoprod.ViewerTest',
                      flags=Gio.ApplicationFlags.NON_UNIQUE)
app.register(None)
window = viewer.Viewer(app, registry, '2025-01-01')
window.present()
settle()

projects = [p for p in registry.get_projects()]
rows = row_texts(window)
assert len(rows) == len(projects), (rows, len(projects))
assert all(detail.startswith('reached ') for _, detail in rows), rows
report = window.report.get_buffer().get_property('text')
assert report.startswith('Co-production report: '), report[:80]

# live: a project added to the registry appears; its rung follows a new
# involvement; the report follows the selection
project = Coprod.Project(id='prj-viewer-test', title='A project added while shown')
registry.add(project)
settle()
rows = row_texts(window)
assert ('A project added while shown', 'reached No involvement; planned No involvement') in rows, rows

person = next(p for p in registry.get_people() if p.has_lived_experience())
for stage in (Coprod.Stage.PLANNING, Coprod.Stage.DECIDING, Coprod.Stage.DESIGNING,
              Coprod.Stage.DOING, Coprod.Stage.DELIVERING, Coprod.Stage.EVALUATING):
    involvement = Coprod.Involvement(person_id=person.get_id(), stage=stage,
                                     mode=Coprod.Mode.PARTNER, date='2024-06-01')
    project.add_involvement(involvement)
settle()
rows = row_texts(window)
assert ('A project added while shown', 'reached Co-production; planned Co-production') in rows, rows

window.selection.set_selected(len(projects))
settle()
report = window.report.get_buffer().get_property('text')
assert 'A project added while shown' in report, report[:200]
print('live: %d rows, the added project reached co-production' % len(rows))
