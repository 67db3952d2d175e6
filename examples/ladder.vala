/* ladder.vala: assess every project of a registry and print the default
 * ladder, top to bottom, with each project's place on it
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 *   ladder-vala examples/data/coprod-example.json
 *
 * The same program is in ladder.c, ladder.py and ladder.js; all four
 * print the same lines, and the examples' tests check that they do.
 */

string project_title (Coprod.Registry registry, Coprod.Assessment assessment) {
    var project = (Coprod.Project) registry.lookup (assessment.project_id);
    return project.title;
}

int main (string[] args) {
    if (args.length != 2) {
        printerr ("usage: %s REGISTRY.json\n", args[0]);
        return 2;
    }

    var registry = new Coprod.Registry ();
    try {
        registry.load_from_file (File.new_for_commandline_arg (args[1]), null);
    } catch (Error e) {
        printerr ("%s: %s\n", args[1], e.message);
        return 1;
    }

    var assessments = registry.assess_all ();
    var ladder = Coprod.Ladder.get_default ();
    var steps = ladder.get_steps ();

    print ("%s\n", ladder.title);

    /* the steps are kept bottom to top: print them top to bottom */
    for (var s = steps.get_n_items (); s > 0; s--) {
        var step = (Coprod.Step) steps.get_item (s - 1);
        var n_here = 0;

        print ("\n%u. %s (%s)\n", step.position, step.title, step.group);
        for (uint i = 0; i < assessments.get_n_items (); i++) {
            var a = (Coprod.Assessment) assessments.get_item (i);
            if (a.rung == Coprod.Rung.NONE || !step.covers_rung (a.rung))
                continue;
            print ("   - %s\n", project_title (registry, a));
            n_here++;
        }
        if (n_here == 0)
            print ("   (no project)\n");
    }

    /* below the ladder: no involvement of a person with lived experience,
     * or a rung this ladder has no step for */
    var off_heading = false;
    for (uint i = 0; i < assessments.get_n_items (); i++) {
        var a = (Coprod.Assessment) assessments.get_item (i);
        if (a.rung != Coprod.Rung.NONE && ladder.get_step_for_rung (a.rung) != null)
            continue;
        if (!off_heading)
            print ("\nNot on the ladder\n");
        off_heading = true;
        print ("   - %s\n", project_title (registry, a));
    }

    return 0;
}
