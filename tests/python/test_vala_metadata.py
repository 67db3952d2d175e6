# test_vala_metadata.py: bindings/vala/Coprod-1.0.metadata covers the GIR
#
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# Every function that throws has a `throws=` line, so Vala sees
# Coprod.Error rather than GLib.Error; every method whose return value is
# documented as "a list model of [class@Coprod.T]" gives a
# Coprod.Collection<Coprod.T>, unowned when the C call gives no reference,
# so that foreach works over it. A new method without its line fails here
# with its name.

import os
import re
import unittest
import xml.etree.ElementTree as ET

GIR_NS = {'g': 'http://www.gtk.org/introspection/core/1.0'}
SOURCE_DIR = os.environ['COPROD_SOURCE_DIR']
BUILD_DIR = os.environ['COPROD_BUILD_DIR']


def metadata():
    lines = {}
    with open(os.path.join(SOURCE_DIR, 'bindings', 'vala', 'Coprod-1.0.metadata')) as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith('//') or line.startswith('*'):
                continue
            name, _, args = line.partition(' ')
            lines.setdefault(name, {}).update(re.findall(r'(\w+)="([^"]*)"', args))
    return lines


def gir_functions():
    root = ET.parse(os.path.join(BUILD_DIR, 'libcoprod', 'Coprod-1.0.gir')).getroot()
    namespace = root.find('g:namespace', GIR_NS)
    for cls in namespace.findall('g:class', GIR_NS):
        for kind in ('g:method', 'g:function', 'g:constructor'):
            for f in cls.findall(kind, GIR_NS):
                yield '%s.%s' % (cls.get('name'), f.get('name')), f
    for f in namespace.findall('g:function', GIR_NS):
        yield f.get('name'), f


class ValaMetadataTestCase(unittest.TestCase):

    def test_every_throwing_function_says_its_domains(self):
        lines = metadata()
        n = 0
        for name, f in gir_functions():
            if f.get('throws') != '1':
                continue
            n += 1
            with self.subTest(function=name):
                self.assertIn(name, lines, 'no throws= line for %s' % name)
                domains = lines[name].get('throws', '').split(',')
                self.assertIn('Coprod.Error', domains)
                self.assertNotIn('GLib.Error', domains)
        self.assertGreater(n, 20)

    def test_every_list_of_one_type_is_a_collection(self):
        lines = metadata()
        n = 0
        for name, f in gir_functions():
            rv = f.find('g:return-value', GIR_NS)
            t = rv.find('g:type', GIR_NS) if rv is not None else None
            if t is None or t.get('name') != 'Gio.ListModel':
                continue
            doc = rv.find('g:doc', GIR_NS)
            m = re.search(r'\[class@Coprod\.(\w+)\]', doc.text if doc is not None else '')
            if not m:
                continue
            n += 1
            expected = 'Coprod.Collection<Coprod.%s>' % m.group(1)
            if rv.get('transfer-ownership') == 'none':
                expected = 'unowned ' + expected
            with self.subTest(function=name):
                self.assertIn(name, lines, 'no type= line for %s' % name)
                self.assertEqual(lines[name].get('type'), expected)
        self.assertGreater(n, 40)


if __name__ == '__main__':
    unittest.main()
