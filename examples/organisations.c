/* organisations.c: list the organisations of a registry by sector
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 *   organisations examples/data/coprod-example.json
 */
#include <libcoprod/coprod.h>

int
main (int    argc,
      char **argv)
{
  g_autoptr(CoprodRegistry) registry = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GEnumClass) sectors = NULL;
  GListModel *organisations;
  guint s, i;

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

  organisations = coprod_registry_get_organisations (registry);
  sectors = g_type_class_ref (COPROD_TYPE_SECTOR);

  for (s = 0; s < sectors->n_values; s++)
    {
      gboolean heading = FALSE;

      for (i = 0; i < g_list_model_get_n_items (organisations); i++)
        {
          g_autoptr(CoprodOrganisation) org = g_list_model_get_item (organisations, i);

          if ((int) coprod_organisation_get_sector (org) != sectors->values[s].value)
            continue;
          if (!heading)
            g_print ("%s\n", sectors->values[s].value_nick);
          heading = TRUE;
          g_print ("  %s\n", coprod_organisation_get_name (org));
        }
    }

  return 0;
}
