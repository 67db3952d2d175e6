/* test-registry.vala: the registry through the generated VAPI
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Adds a person and an organisation, saves to a temporary file (checking
 * its mode), loads it back synchronously and asynchronously, reads the
 * roles, and checks the errors come as Coprod.Error. Prints TAP-like
 * lines and exits non-zero if any check fails.
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

Coprod.Registry make_registry () throws GLib.Error {
    var registry = new Coprod.Registry ();

    var org = new Coprod.Organisation ("org-1", "Riverside Carers Trust");
    org.sector = Coprod.Sector.CHARITY;
    org.area = "Riverside";
    registry.add (org);

    var person = new Coprod.Person ("p-1", "Robin Testperson");
    person.roles = Coprod.Role.LIVED_EXPERIENCE | Coprod.Role.CARER;
    person.organisation_ids = { "org-1" };
    person.retain_until = "2027-04";
    registry.add (person);

    return registry;
}

void check_loaded (Coprod.Registry registry, string how) {
    check (registry.get_n_records () == 2, how + ": two records");
    check (registry.get_people ().get_n_items () == 1, how + ": one person");
    check (registry.get_organisations ().get_n_items () == 1, how + ": one organisation");

    var person = registry.lookup ("p-1") as Coprod.Person;
    check (person != null, how + ": p-1 is a person");
    if (person == null)
        return;
    check (person.roles == (Coprod.Role.LIVED_EXPERIENCE | Coprod.Role.CARER),
           how + ": roles lived-experience|carer");
    check (person.has_lived_experience (), how + ": has lived experience");
    check (person.is_in_organisation ("org-1"), how + ": in org-1");
    check (person.retain_until == "2027-04", how + ": retain-until");

    var org = registry.lookup ("org-1") as Coprod.Organisation;
    check (org != null && org.sector == Coprod.Sector.CHARITY, how + ": org-1 is a charity");
}

async void load_async (Coprod.Registry registry, GLib.File file, MainLoop loop) {
    try {
        var ok = yield registry.load_from_file_async (file, null);
        check (ok, "async load succeeds");
    } catch (GLib.Error e) {
        check (false, "async load: " + e.message);
    }
    loop.quit ();
}

int main (string[] args) {
    string dir;
    try {
        dir = GLib.DirUtils.make_tmp ("coprod-vala-XXXXXX");
    } catch (GLib.FileError e) {
        printerr ("cannot make a temporary folder: %s\n", e.message);
        return 1;
    }
    var path = GLib.Path.build_filename (dir, "registry.json");
    var file = GLib.File.new_for_path (path);

    try {
        var registry = make_registry ();

        /* a second record with the same id is refused with a Coprod.Error */
        try {
            registry.add (new Coprod.Person ("p-1", null));
            check (false, "duplicate id refused");
        } catch (Coprod.Error e) {
            check (e is Coprod.Error.DUPLICATE_ID, "duplicate id refused with DUPLICATE_ID");
        }
        check (registry.get_n_records () == 2, "registry unchanged after the refusal");

        registry.save_to_file (file, null);
        var info = file.query_info ("unix::mode", GLib.FileQueryInfoFlags.NONE, null);
        check ((info.get_attribute_uint32 ("unix::mode") & 0777) == 0600, "saved with mode 0600");

        var loaded = new Coprod.Registry ();
        loaded.load_from_file (file, null);
        check_loaded (loaded, "sync load");

        /* a newer format version is refused and leaves the registry alone */
        try {
            loaded.load_from_data ("{\"format\":\"coprod\",\"version\":2}".data);
            check (false, "version 2 refused");
        } catch (Coprod.Error e) {
            check (e is Coprod.Error.VERSION, "version 2 refused with VERSION");
        }
        check (loaded.get_n_records () == 2, "registry unchanged after the failed load");

        var async_loaded = new Coprod.Registry ();
        var loop = new MainLoop ();
        load_async.begin (async_loaded, file, loop);
        loop.run ();
        check_loaded (async_loaded, "async load");
    } catch (GLib.Error e) {
        check (false, "unexpected error: " + e.message);
    }

    GLib.FileUtils.remove (path);
    GLib.DirUtils.remove (dir);

    print ("1..%d\n", checks);
    return failures == 0 ? 0 : 1;
}
