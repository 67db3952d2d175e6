/* people.c: load a registry, assess the projects of a partnership, list
 * its people
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The same program is written in Python (people.py), JavaScript
 * (people.js) and Vala (people.vala); the tests check that all four print
 * the same. Ids only: no person's name is printed.
 *
 *   people FILE PARTNERSHIP-ID
 */
#include <libcoprod/coprod.h>

int
main (int argc, char **argv)
{
  g_autoptr(CoprodRegistry) registry = coprod_registry_new ();
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) projects = NULL;
  g_autoptr(GListModel) people = NULL;
  const char *partnership_id;
  guint i;

  if (argc != 3)
    {
      g_printerr ("usage: %s FILE PARTNERSHIP-ID\n", argv[0]);
      return 2;
    }
  file = g_file_new_for_commandline_arg (argv[1]);
  partnership_id = argv[2];

  if (!coprod_registry_load_from_file (registry, file, NULL, &error))
    {
      g_printerr ("%s: %s\n", argv[1], error->message);
      return 1;
    }

  projects = coprod_registry_get_projects_of_partnership (registry, partnership_id);
  people = coprod_registry_get_people_of_partnership (registry, partnership_id);
  g_print ("%s: %u projects, %u people\n", partnership_id,
           g_list_model_get_n_items (projects), g_list_model_get_n_items (people));

  for (i = 0; i < g_list_model_get_n_items (projects); i++)
    {
      g_autoptr(CoprodProject) project = g_list_model_get_item (projects, i);
      const char *id = coprod_record_get_id (COPROD_RECORD (project));
      g_autoptr(CoprodAssessment) assessment = coprod_registry_assess_project (registry, id, &error);

      if (assessment == NULL)
        {
          g_printerr ("%s: %s\n", id, error->message);
          return 1;
        }
      g_print ("project %s: %s\n", id,
               coprod_enum_get_title (COPROD_TYPE_RUNG, coprod_assessment_get_rung (assessment)));
    }

  for (i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(CoprodPerson) person = g_list_model_get_item (people, i);

      g_print ("person %s: %s\n", coprod_record_get_id (COPROD_RECORD (person)),
               coprod_person_has_lived_experience (person) ? "lived experience" : "-");
    }

  return 0;
}
