/* fuzz-replay.c: runs a fuzz target over its corpus as an ordinary test
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 *   fuzz-registry-replay CORPUS-FOLDER-OR-FILE...
 *
 * Linked with a fuzz target in place of libFuzzer's main(): it calls
 * LLVMFuzzerTestOneInput() once for every file of the folders named (in
 * the order of their names, dot files skipped) and for every file named,
 * and prints TAP, one ok line per file. A target that breaks a rule
 * aborts, and the test with it; the path of the input being replayed is
 * written to stderr first, so the log names the input that did it. No
 * input at all is a failure, so an empty or misnamed corpus cannot pass.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "fuzz.h"

static int
compare_paths (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* Adds the files of @dir, sorted by name, to @paths. */
static gboolean
add_folder (GPtrArray  *paths,
            const char *dir,
            GError    **error)
{
  g_autoptr(GDir) d = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;
  guint i;

  d = g_dir_open (dir, 0, error);
  if (d == NULL)
    return FALSE;

  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = NULL;

      if (name[0] == '.')
        continue;
      path = g_build_filename (dir, name, NULL);
      if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
        g_ptr_array_add (names, g_steal_pointer (&path));
    }

  g_ptr_array_sort (names, compare_paths);
  for (i = 0; i < names->len; i++)
    g_ptr_array_add (paths, g_strdup (g_ptr_array_index (names, i)));

  return TRUE;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  guint i, failed = 0;
  int a;

  for (a = 1; a < argc; a++)
    {
      g_autoptr(GError) error = NULL;

      if (g_file_test (argv[a], G_FILE_TEST_IS_DIR))
        {
          if (!add_folder (paths, argv[a], &error))
            {
              printf ("Bail out! %s\n", error->message);
              return 1;
            }
        }
      else if (g_file_test (argv[a], G_FILE_TEST_IS_REGULAR))
        g_ptr_array_add (paths, g_strdup (argv[a]));
      else
        {
          printf ("Bail out! %s: no such file or folder\n", argv[a]);
          return 1;
        }
    }

  if (paths->len == 0)
    {
      printf ("Bail out! no input to replay (usage: %s CORPUS...)\n", argv[0]);
      return 1;
    }

  printf ("1..%u\n", paths->len);
  fflush (stdout);

  for (i = 0; i < paths->len; i++)
    {
      const char *path = g_ptr_array_index (paths, i);
      g_autoptr(GError) error = NULL;
      g_autofree char *contents = NULL;
      g_autofree guint8 *input = NULL;
      gsize length = 0;

      if (!g_file_get_contents (path, &contents, &length, &error))
        {
          printf ("not ok %u - %s # %s\n", i + 1, path, error->message);
          failed++;
          continue;
        }

      fprintf (stderr, "replaying %s\n", path);
      fflush (stderr);

      /* exactly the bytes of the file, in a copy with no nul past its
       * end (g_file_get_contents() adds one), so that reading beyond the
       * input is seen under a sanitizer, as under libFuzzer */
      input = g_malloc (MAX (length, 1));
      memcpy (input, contents, length);
      LLVMFuzzerTestOneInput (input, length);

      printf ("ok %u - %s\n", i + 1, path);
      fflush (stdout);
    }

  return failed == 0 ? 0 : 1;
}
