/* overview.c: the example of doc/overview.md, as a program the tests build
 * and run (it saves coprod.json in the current folder)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <libcoprod/coprod.h>

int
main (void)
{
  g_autoptr(CoprodRegistry) registry = coprod_registry_new ();
  g_autoptr(CoprodOrganisation) org = coprod_organisation_new ("org-1", "Riverside Carers");
  g_autoptr(CoprodPerson) person = coprod_person_new ("p-1", "Sam Example");
  g_autoptr(GFile) file = g_file_new_for_path ("coprod.json");
  g_autoptr(GError) error = NULL;
  const char *orgs[] = { "org-1", NULL };

  coprod_organisation_set_sector (org, COPROD_SECTOR_CHARITY);
  coprod_person_set_roles (person, COPROD_ROLE_LIVED_EXPERIENCE |
                                   COPROD_ROLE_CARER);
  coprod_person_set_organisation_ids (person, orgs);

  if (!coprod_registry_add (registry, COPROD_RECORD (org), &error) ||
      !coprod_registry_add (registry, COPROD_RECORD (person), &error) ||
      !coprod_registry_save_to_file (registry, file, NULL, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  return 0;
}
