#!/usr/bin/python3
# readme.py: the Python example of README.md, as a program the tests run
# (it saves registry.json in the current folder)
#
# SPDX-License-Identifier: LGPL-2.1-or-later
import gi
gi.require_version("Coprod", "1.0")
from gi.repository import Coprod, Gio

registry = Coprod.Registry.new()
registry.add(Coprod.Person(id="p-1", name="Sam Example",
                           roles=Coprod.Role.LIVED_EXPERIENCE | Coprod.Role.CARER))
registry.save_to_file(Gio.File.new_for_path("registry.json"), None)
