/* readme.c: the C example of README.md, as a program the tests build and run
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Run from the top of the source tree, where examples/data/ is.
 */
#include <libcoprod/coprod.h>

int
main (void)
{
  g_autoptr(CoprodRegistry) registry = coprod_registry_new ();
  g_autoptr(GFile) file = g_file_new_for_path ("examples/data/coprod-example.json");
  g_autoptr(GError) error = NULL;

  if (!coprod_registry_load_from_file (registry, file, NULL, &error))
    g_printerr ("%s\n", error->message);

  return error != NULL;
}
