/* ladder.c: assess every project of a registry and print the default
 * ladder, top to bottom, with each project's place on it
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 *   ladder examples/data/coprod-example.json
 *
 * The same program is in ladder.py, ladder.js and ladder.vala; all four
 * print the same lines, and the examples' tests check that they do.
 */
#include <libcoprod/coprod.h>

static const char *
project_title (CoprodRegistry   *registry,
               CoprodAssessment *assessment)
{
  CoprodRecord *record = coprod_registry_lookup (registry,
                                                 coprod_assessment_get_project_id (assessment));

  return coprod_project_get_title (COPROD_PROJECT (record));
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(CoprodRegistry) registry = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) assessments = NULL;
  CoprodLadder *ladder;
  GListModel *steps;
  guint n_steps, n_assessments, s, i;
  gboolean off_heading = FALSE;

  if (argc != 2)
    {
      g_printerr ("usage: %s REGISTRY.json\n", argv[0]);
      return 2;
    }

  registry = coprod_registry_new ();
  file = g_file_new_for_commandline_arg (argv[1]);
  if (!coprod_registry_load_from_file (registry, file, NULL, &error))
    {
      g_printerr ("%s: %s\n", argv[1], error->message);
      return 1;
    }

  assessments = coprod_registry_assess_all (registry);
  n_assessments = g_list_model_get_n_items (assessments);
  ladder = coprod_ladder_get_default ();
  steps = coprod_ladder_get_steps (ladder);
  n_steps = g_list_model_get_n_items (steps);

  g_print ("%s\n", coprod_ladder_get_title (ladder));

  /* the steps are kept bottom to top: print them top to bottom */
  for (s = n_steps; s > 0; s--)
    {
      g_autoptr(CoprodStep) step = g_list_model_get_item (steps, s - 1);
      guint n_here = 0;

      g_print ("\n%u. %s (%s)\n",
               coprod_step_get_position (step),
               coprod_step_get_title (step),
               coprod_step_get_group (step));

      for (i = 0; i < n_assessments; i++)
        {
          g_autoptr(CoprodAssessment) a = g_list_model_get_item (assessments, i);

          if (coprod_assessment_get_rung (a) == COPROD_RUNG_NONE ||
              !coprod_step_covers_rung (step, coprod_assessment_get_rung (a)))
            continue;
          g_print ("   - %s\n", project_title (registry, a));
          n_here++;
        }

      if (n_here == 0)
        g_print ("   (no project)\n");
    }

  /* below the ladder: no involvement of a person with lived experience,
   * or a rung this ladder has no step for */
  for (i = 0; i < n_assessments; i++)
    {
      g_autoptr(CoprodAssessment) a = g_list_model_get_item (assessments, i);
      CoprodRung rung = coprod_assessment_get_rung (a);

      if (rung != COPROD_RUNG_NONE && coprod_ladder_get_step_for_rung (ladder, rung) != NULL)
        continue;
      if (!off_heading)
        g_print ("\nNot on the ladder\n");
      off_heading = TRUE;
      g_print ("   - %s\n", project_title (registry, a));
    }

  return 0;
}
