#!/usr/bin/python3
# overview.py: the Python example of doc/overview.md, as a program the tests
# run (it saves coprod.json in the current folder)
#
# SPDX-License-Identifier: LGPL-2.1-or-later
import gi
gi.require_version('Coprod', '1.0')
from gi.repository import Coprod, Gio, GLib

registry = Coprod.Registry.new()
registry.add(Coprod.Organisation(id='org-1', name='Riverside Carers',
                                 sector=Coprod.Sector.CHARITY))
registry.add(Coprod.Person(id='p-1', name='Sam Example',
                           roles=Coprod.Role.LIVED_EXPERIENCE | Coprod.Role.CARER,
                           organisation_ids=['org-1']))

try:
    registry.save_to_file(Gio.File.new_for_path('coprod.json'), None)
except GLib.Error as e:
    print(e.message)

print(registry['p-1'])          # <Coprod.Person id='p-1'>
for person in registry.get_people():
    print(person.props.name, person.has_lived_experience())
