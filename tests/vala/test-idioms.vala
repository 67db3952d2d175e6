/* test-idioms.vala: the VAPI's metadata, as a Vala program uses it
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Built with --fatal-warnings, so that it does not compile unless the
 * methods say they throw Coprod.Error (every function here declares only
 * Coprod.Error and GLib.IOError, and an undeclared GLib.Error is a
 * warning) and unless foreach works over the collections. Prints TAP.
 */

int failures = 0;
int checks = 0;

void check (bool ok, string what) {
    checks++;
    if (ok) {
        print ("ok %d - %s\n", checks, what);
    } else {
        failures++;
        print ("not ok %d - %s\n", checks, what);
    }
}

Coprod.Registry load_example () throws Coprod.Error, GLib.IOError {
    var path = GLib.Path.build_filename (GLib.Environment.get_variable ("COPROD_EXAMPLES_DATA"),
                                         "coprod-example.json");
    var registry = new Coprod.Registry ();
    registry.load_from_file (GLib.File.new_for_path (path));
    return registry;
}

/* only Coprod.Error may come out of add() and remove() */
void add_and_remove (Coprod.Registry registry) throws Coprod.Error {
    registry.add (new Coprod.Person ("p-vala", null));
    registry.remove ("p-vala");
}

void test_foreach (Coprod.Registry registry) {
    int n = 0;
    foreach (var person in registry.get_people ()) {
        /* typed: a Coprod.Person, no cast */
        if (person.id != null && person.id.has_prefix ("p-"))
            n++;
    }
    check (n == 29, "foreach over the people gives each person");

    var ids = new GLib.StringBuilder ();
    foreach (var person in registry.get_people_of_partnership ("prt-worcs-wg"))
        ids.append (person.id + " ");
    check (ids.str == "p-worcs-01 p-worcs-03 ", "foreach over a look-up");

    var partnership = registry.lookup ("prt-fife") as Coprod.Partnership;
    int lead = 0;
    foreach (var membership in partnership.get_memberships ())
        if (membership.lead)
            lead++;
    check (lead >= 1, "foreach over a record's memberships");

    var people = registry.get_people ();
    check (people.size == 29 && people[0].id == "p-stoke-01", "size and indexing");

    /* still a GLib.ListModel wherever one is wanted */
    GLib.ListModel model = registry.get_projects ();
    check (model.get_n_items () == 8 && model.get_item_type () == typeof (Coprod.Project),
           "a collection is a GLib.ListModel");

    int findings = 0;
    foreach (var finding in registry.validate ())
        if (finding.severity == Coprod.Severity.WARNING || finding.severity == Coprod.Severity.ERROR
            || finding.severity == Coprod.Severity.INFO)
            findings++;
    check (findings > 0, "foreach over the findings of validate ()");
}

void test_errors (Coprod.Registry registry) {
    try {
        add_and_remove (registry);
        check (true, "add and remove declare Coprod.Error");
        registry.add (new Coprod.Person ("p-stoke-01", null));
        check (false, "a duplicate id is refused");
    } catch (Coprod.Error e) {
        check (e is Coprod.Error.DUPLICATE_ID, "a duplicate id: Coprod.Error.DUPLICATE_ID");
    }

    try {
        registry.assess_project ("prj-nowhere");
        check (false, "an unknown project is refused");
    } catch (Coprod.Error e) {
        check (e is Coprod.Error.NOT_FOUND, "an unknown project: Coprod.Error.NOT_FOUND");
    }

    try {
        new Coprod.Registry ().load_from_file (GLib.File.new_for_path ("/nonexistent/coprod.json"));
        check (false, "a missing file is refused");
    } catch (GLib.IOError e) {
        check (e is GLib.IOError.NOT_FOUND, "a missing file: GLib.IOError.NOT_FOUND");
    } catch (Coprod.Error e) {
        check (false, "a missing file: not a Coprod.Error");
    }
}

void test_conveniences (Coprod.Registry registry) {
    check (Coprod.enum_get_title (typeof (Coprod.Rung), Coprod.Rung.CO_PRODUCTION) == "Co-production",
           "the title of a rung");
    check (!registry.modified, "not modified after a load");
    int changes = 0;
    registry.changed.connect ((record) => { changes++; });
    var person = registry.lookup ("p-stoke-01") as Coprod.Person;
    person.retain_until = "2031";
    check (changes == 1 && registry.modified, "changed and modified");
}

int main (string[] args) {
    try {
        var registry = load_example ();
        test_foreach (registry);
        test_conveniences (registry);
        test_errors (registry);
    } catch (Coprod.Error e) {
        check (false, "unexpected Coprod.Error: " + e.message);
    } catch (GLib.IOError e) {
        check (false, "unexpected GLib.IOError: " + e.message);
    }

    print ("1..%d\n", checks);
    return failures == 0 ? 0 : 1;
}
