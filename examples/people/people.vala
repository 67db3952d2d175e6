/* people.vala: load a registry, assess the projects of a partnership,
 * list its people (the same program as people.c, people.py and people.js)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 *   people FILE PARTNERSHIP-ID
 */

int main (string[] args) {
    if (args.length != 3) {
        printerr ("usage: %s FILE PARTNERSHIP-ID\n", args[0]);
        return 2;
    }
    var partnership_id = args[2];
    var registry = new Coprod.Registry ();

    try {
        registry.load_from_file (GLib.File.new_for_commandline_arg (args[1]));
    } catch (Coprod.Error e) {
        printerr ("%s: %s\n", args[1], e.message);
        return 1;
    } catch (GLib.IOError e) {
        printerr ("%s: %s\n", args[1], e.message);
        return 1;
    }

    var projects = registry.get_projects_of_partnership (partnership_id);
    var people = registry.get_people_of_partnership (partnership_id);
    print ("%s: %d projects, %d people\n", partnership_id, projects.size, people.size);

    foreach (var project in projects) {
        try {
            var assessment = registry.assess_project (project.id);
            print ("project %s: %s\n", project.id,
                   Coprod.enum_get_title (typeof (Coprod.Rung), assessment.get_rung ()));
        } catch (Coprod.Error e) {
            printerr ("%s: %s\n", project.id, e.message);
            return 1;
        }
    }
    foreach (var person in people)
        print ("person %s: %s\n", person.id, person.has_lived_experience () ? "lived experience" : "-");

    return 0;
}
