#!/usr/bin/python3
# coprod-viewer.py: a small GTK 4 viewer of a co-production registry
#
# SPDX-License-Identifier: LGPL-2.1-or-later
#
#   coprod-viewer.py FILE [--as-of DATE] [--quit-after MS]
#
# An application that embeds the model: the list of projects is bound
# straight to the registry's projects (a Gio.ListModel), each row showing
# the project's rung, aim and projected rung; the people of the chosen
# partnership come from the registry's reverse look-up; the right-hand side
# is the library's own report of the selected project. Everything follows
# the registry's "changed" signal, so an edit anywhere shows at once.
#
# --quit-after MS quits that many milliseconds after the window is shown
# (the tests run it under Xvfb and take the screenshot from Xvfb's frame
# buffer).

import argparse
import sys

import gi
gi.require_version('Gtk', '4.0')
gi.require_version('Coprod', '1.0')
from gi.repository import Coprod, Gio, GLib, Gtk  # noqa: E402


def rung_title(rung):
    return Coprod.enum_get_title(Coprod.Rung.__gtype__, int(rung)) or ''


class Viewer(Gtk.ApplicationWindow):

    def __init__(self, app, registry, as_of):
        super().__init__(application=app, title='Co-production registry')
        self.registry = registry
        self.as_of = as_of
        self.set_default_size(1100, 700)

        paned = Gtk.Paned(orientation=Gtk.Orientation.HORIZONTAL, position=520)
        self.set_child(paned)

        left = Gtk.Box(orientation=Gtk.Orientation.VERTICAL, spacing=6,
                       margin_top=8, margin_bottom=8, margin_start=8, margin_end=8)
        paned.set_start_child(left)

        left.append(self._heading('Projects'))
        # the projects, bound straight to the registry's list model
        self.selection = Gtk.SingleSelection(model=registry.get_projects())
        self.selection.connect('notify::selected-item', lambda *a: self.show_report())
        factory = Gtk.SignalListItemFactory()
        factory.connect('setup', self._setup_project_row)
        factory.connect('bind', self._bind_project_row)
        self.projects_view = Gtk.ListView(model=self.selection, factory=factory)
        scrolled = Gtk.ScrolledWindow(vexpand=True, child=self.projects_view)
        left.append(scrolled)

        left.append(self._heading('People of a partnership'))
        names = Gtk.SignalListItemFactory()
        names.connect('setup', lambda f, item: item.set_child(Gtk.Label(xalign=0)))
        names.connect('bind', lambda f, item: item.get_child().set_text(
            item.get_item().get_name() or item.get_item().get_id()))
        self.partnerships = Gtk.DropDown(model=registry.get_partnerships(), factory=names)
        self.partnerships.connect('notify::selected', lambda *a: self.show_people())
        left.append(self.partnerships)
        self.people = Gtk.Label(xalign=0, wrap=True, selectable=True)
        left.append(self.people)

        self.report = Gtk.TextView(editable=False, monospace=True, cursor_visible=False,
                                   left_margin=8, top_margin=8)
        paned.set_end_child(Gtk.ScrolledWindow(child=self.report))

        # live: the rows, the people and the report follow every change
        registry.connect('changed', self._on_registry_changed)
        self.show_people()
        self.show_report()

    def _heading(self, text):
        label = Gtk.Label(xalign=0)
        label.set_markup('<b>%s</b>' % GLib.markup_escape_text(text))
        return label

    def _setup_project_row(self, factory, item):
        box = Gtk.Box(orientation=Gtk.Orientation.VERTICAL, spacing=2)
        box.append(Gtk.Label(xalign=0, css_classes=['heading']))
        box.append(Gtk.Label(xalign=0, css_classes=['dim-label']))
        item.set_child(box)

    def _bind_project_row(self, factory, item):
        project = item.get_item()
        title, detail = item.get_child().get_first_child(), item.get_child().get_last_child()
        title.set_text(project.get_title() or project.get_id())
        detail.set_text(self.describe(project))

    def describe(self, project):
        """'reached Co-design; aim Co-production; planned Co-production'"""
        try:
            assessment = self.registry.assess_project(project.get_id())
        except GLib.Error:
            return ''
        parts = ['reached %s' % rung_title(assessment.get_rung())]
        if assessment.get_aimed_rung() != Coprod.Rung.NONE:
            parts.append('aim %s' % rung_title(assessment.get_aimed_rung()))
        parts.append('planned %s' % rung_title(assessment.get_projected_rung()))
        return '; '.join(parts)

    def show_people(self):
        partnership = self.partnerships.get_selected_item()
        if partnership is None:
            self.people.set_text('')
            return
        people = self.registry.get_people_of_partnership(partnership.get_id())
        lived = sum(1 for p in people if p.has_lived_experience())
        # people are counted and named by id, as the library's writers do
        self.people.set_text('%d people, %d with lived experience: %s'
                             % (len(people), lived, ', '.join(p.get_id() for p in people)))

    def show_report(self):
        project = self.selection.get_selected_item()
        if project is None:
            self.report.get_buffer().set_text('')
            return
        report = Coprod.Report.new(self.registry)
        report.props.scope = Coprod.ReportScope.PROJECT
        report.props.subject_id = project.get_id()
        if self.as_of:
            report.props.as_of = self.as_of
        data, _length = report.to_data()
        self.report.get_buffer().set_text(data)

    def _on_registry_changed(self, registry, record):
        # the list model tells the view about records added and removed; a
        # change inside a record (an involvement, a rung) redraws the rows
        self.projects_view.set_model(None)
        self.projects_view.set_model(self.selection)
        self.show_people()
        self.show_report()


def main():
    parser = argparse.ArgumentParser(description='Show a co-production registry')
    parser.add_argument('file')
    parser.add_argument('--as-of')
    parser.add_argument('--quit-after', type=int)
    args = parser.parse_args()

    registry = Coprod.Registry.load(args.file)
    app = Gtk.Application(application_id='org.libcoprod.Viewer',
                          flags=Gio.ApplicationFlags.NON_UNIQUE)

    def on_activate(app):
        window = Viewer(app, registry, args.as_of)
        window.present()
        if args.quit_after is not None:
            # says when it is drawn, then stays a moment for a screenshot
            def drawn():
                print('shown', flush=True)
                GLib.timeout_add(2000, lambda: app.quit())
                return GLib.SOURCE_REMOVE
            GLib.timeout_add(args.quit_after, drawn)

    app.connect('activate', on_activate)
    return app.run([sys.argv[0]])


if __name__ == '__main__':
    sys.exit(main())
