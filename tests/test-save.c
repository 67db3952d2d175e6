/* test-save.c: saving a registry to a file
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A registry holds personal data, so a saved file is 0600 whatever the
 * umask or the mode of the file it replaces; a save is atomic (temporary
 * file, rename) and leaves no temporary file behind, whether it succeeds
 * or fails; a failed save leaves the old file as it was.
 */
#include "config.h"

#include <errno.h>
#include <grp.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "coprod-test-util.h"

#define NOBODY 65534
/* the child's exit status when its save succeeded (1 is valgrind's) */
#define SAVED_AS_NOBODY 10

static CoprodRegistry *
make_registry (void)
{
  g_autoptr(CoprodRegistry) registry = coprod_registry_new ();
  g_autoptr(CoprodRecord) person = NULL;
  g_autoptr(CoprodRecord) organisation = NULL;
  g_autoptr(GError) error = NULL;

  organisation = g_object_new (COPROD_TYPE_ORGANISATION,
                               "id", "org-brook",
                               "name", "Brook Lane Carers\xe2\x80\x99 Centre",
                               "sector", COPROD_SECTOR_CHARITY,
                               NULL);
  person = g_object_new (COPROD_TYPE_PERSON,
                         "id", "p-rowan",
                         "name", "Rowan Ellery",
                         "roles", COPROD_ROLE_CARER,
                         "email", "rowan@example.org",
                         NULL);
  if (!coprod_registry_add (registry, organisation, &error) ||
      !coprod_registry_add (registry, person, &error))
    fail_msg ("%s", error->message);

  return g_steal_pointer (&registry);
}

/* Asserts dir holds exactly the named files (NULL-terminated). */
static void
assert_dir_holds (const char *dir,
                  ...)
{
  g_autoptr(GPtrArray) expected = g_ptr_array_new ();
  g_autoptr(GDir) d = NULL;
  g_autoptr(GError) error = NULL;
  const char *name;
  guint found = 0;
  va_list args;

  va_start (args, dir);
  while ((name = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (expected, (gpointer) name);
  va_end (args);

  d = g_dir_open (dir, 0, &error);
  if (d == NULL)
    fail_msg ("%s", error->message);
  while ((name = g_dir_read_name (d)) != NULL)
    {
      gboolean known = FALSE;

      for (guint i = 0; i < expected->len; i++)
        known = known || g_str_equal (name, g_ptr_array_index (expected, i));
      if (!known)
        fail_msg ("%s holds a file it should not: %s", dir, name);
      found++;
    }
  assert_int_equal (found, expected->len);
}

static void
save_or_fail (CoprodRegistry *registry,
              const char     *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  if (!coprod_registry_save_to_file (registry, file, NULL, &error))
    fail_msg ("saving %s: %s", path, error->message);
}

static void
assert_file_holds_registry (const char     *path,
                            CoprodRegistry *registry)
{
  g_autofree char *contents = NULL;
  g_autofree char *expected = coprod_registry_to_data (registry, NULL);
  g_autoptr(GError) error = NULL;

  if (!g_file_get_contents (path, &contents, NULL, &error))
    fail_msg ("%s", error->message);
  assert_string_equal (contents, expected);
}

static void
test_new_file_is_private (void **state)
{
  g_autoptr(CoprodRegistry) registry = make_registry ();
  g_autofree char *dir = coprod_test_make_dir ("new");
  g_autofree char *path = g_build_filename (dir, "coprod.json", NULL);
  mode_t old_umask = umask (022);

  save_or_fail (registry, path);
  umask (old_umask);

  assert_int_equal (coprod_test_file_mode (path), 0600);
  assert_file_holds_registry (path, registry);
  assert_dir_holds (dir, "coprod.json", NULL);
  coprod_test_remove_dir (dir);
}

static void
replace_file_of_mode (const char *name,
                      mode_t      mode)
{
  g_autoptr(CoprodRegistry) registry = make_registry ();
  g_autofree char *dir = coprod_test_make_dir (name);
  g_autofree char *path = g_build_filename (dir, "coprod.json", NULL);
  g_autoptr(GError) error = NULL;
  mode_t old_umask = umask (022);

  if (!g_file_set_contents (path, "{\"format\": \"coprod\", \"version\": 1}", -1, &error))
    fail_msg ("%s", error->message);
  assert_int_equal (g_chmod (path, mode), 0);
  assert_int_equal (coprod_test_file_mode (path), mode);

  save_or_fail (registry, path);
  umask (old_umask);

  assert_int_equal (coprod_test_file_mode (path), 0600);
  assert_file_holds_registry (path, registry);
  assert_dir_holds (dir, "coprod.json", NULL);
  coprod_test_remove_dir (dir);
}

static void
test_replacing_0644_file (void **state)
{
  replace_file_of_mode ("replace-0644", 0644);
}

static void
test_replacing_0666_file (void **state)
{
  replace_file_of_mode ("replace-0666", 0666);
}

static void
test_failed_save_leaves_no_temporary_file (void **state)
{
  g_autoptr(CoprodRegistry) registry = make_registry ();
  g_autofree char *dir = coprod_test_make_dir ("failed");
  g_autofree char *target = g_build_filename (dir, "coprod.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (target);
  g_autoptr(GError) error = NULL;

  /* the target is a directory: the temporary file is written, then the
   * rename fails */
  assert_int_equal (g_mkdir (target, 0700), 0);

  assert_false (coprod_registry_save_to_file (registry, file, NULL, &error));
  assert_non_null (error);
  assert_true (g_file_test (target, G_FILE_TEST_IS_DIR));
  assert_dir_holds (dir, "coprod.json", NULL);
  coprod_test_remove_dir (dir);
}

static const char old_document[] =
  "{\"format\": \"coprod\", \"version\": 1, \"people\": [{\"id\": \"p-old\"}]}\n";

/* Tries to save to path, in a directory the caller cannot write to;
 * returns whether the save failed with an error. */
static gboolean
save_fails_with_error (const char *path)
{
  g_autoptr(CoprodRegistry) registry = make_registry ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  gboolean ok;

  ok = coprod_registry_save_to_file (registry, file, NULL, &error);

  return !ok && error != NULL && error->message != NULL;
}

static void
test_read_only_directory (void **state)
{
  g_autofree char *parent = coprod_test_make_dir ("read-only");
  g_autofree char *dir = g_build_filename (parent, "ro", NULL);
  g_autofree char *path = g_build_filename (dir, "coprod.json", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;

  assert_int_equal (g_mkdir (dir, 0755), 0);
  if (!g_file_set_contents (path, old_document, -1, &error))
    fail_msg ("%s", error->message);

  if (geteuid () == 0)
    {
      /* root writes anywhere: try as nobody, in a child. The directory
       * and the way to it are root's, readable by all, writable by root
       * only. */
      g_autofree char *top = g_path_get_dirname (parent);
      pid_t pid;
      int status;

      assert_int_equal (g_chmod (top, 0755), 0);
      assert_int_equal (g_chmod (parent, 0755), 0);
      assert_int_equal (g_chmod (path, 0644), 0);

      pid = fork ();
      assert_true (pid >= 0);
      if (pid == 0)
        {
          gboolean failed;

          if (setgroups (0, NULL) != 0 || setgid (NOBODY) != 0 || setuid (NOBODY) != 0)
            _exit (3);
          if (geteuid () != NOBODY)
            _exit (4);
          failed = save_fails_with_error (path);
          /* _exit() runs no cleanup: free what this function holds, so
           * that valgrind finds no leak in the child */
          g_clear_pointer (&top, g_free);
          g_clear_pointer (&path, g_free);
          g_clear_pointer (&dir, g_free);
          g_clear_pointer (&parent, g_free);
          _exit (failed ? 0 : SAVED_AS_NOBODY);
        }

      assert_int_equal (waitpid (pid, &status, 0), pid);
      g_chmod (top, 0700);
      if (!WIFEXITED (status))
        fail_msg ("the child saving as nobody did not exit (status %d)", status);
      if (WEXITSTATUS (status) == 3 || WEXITSTATUS (status) == 4)
        fail_msg ("the child could not become uid and gid %d (status %d)", NOBODY,
                  WEXITSTATUS (status));
      if (WEXITSTATUS (status) == SAVED_AS_NOBODY)
        fail_msg ("a save into a directory nobody cannot write to succeeded");
      assert_int_equal (WEXITSTATUS (status), 0);
    }
  else
    {
      assert_int_equal (g_chmod (dir, 0555), 0);
      assert_true (save_fails_with_error (path));
      assert_int_equal (g_chmod (dir, 0755), 0);
    }

  /* the old file is as it was, and nothing else is there */
  if (!g_file_get_contents (path, &contents, NULL, &error))
    fail_msg ("%s", error->message);
  assert_string_equal (contents, old_document);
  assert_dir_holds (dir, "coprod.json", NULL);
  coprod_test_remove_dir (parent);
}

static void
test_missing_parent (void **state)
{
  g_autoptr(CoprodRegistry) registry = make_registry ();
  g_autofree char *dir = coprod_test_make_dir ("missing-parent");
  g_autofree char *path = g_build_filename (dir, "not-there", "coprod.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  assert_false (coprod_registry_save_to_file (registry, file, NULL, &error));
  assert_non_null (error);
  assert_true (g_utf8_validate (error->message, -1, NULL));
  assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  assert_dir_holds (dir, NULL);
  coprod_test_remove_dir (dir);
}

/* Async */

static void
test_async_roundtrip (void **state)
{
  g_autoptr(CoprodRegistry) registry = make_registry ();
  g_autoptr(CoprodRegistry) loaded = coprod_registry_new ();
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  g_autofree char *dir = coprod_test_make_dir ("async");
  g_autofree char *path = g_build_filename (dir, "coprod.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GAsyncResult) saved = NULL;
  g_autoptr(GAsyncResult) read = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  CoprodTestAsyncWait wait = { loop, NULL };
  mode_t old_umask = umask (022);

  coprod_registry_save_to_file_async (registry, file, NULL, coprod_test_async_ready, &wait);
  saved = coprod_test_async_wait (&wait);
  umask (old_umask);
  if (!coprod_registry_save_to_file_finish (registry, saved, &error))
    fail_msg ("%s", error->message);
  assert_int_equal (coprod_test_file_mode (path), 0600);
  assert_dir_holds (dir, "coprod.json", NULL);

  coprod_registry_load_from_file_async (loaded, file, NULL, coprod_test_async_ready, &wait);
  /* nothing changes before _finish */
  assert_int_equal (coprod_registry_get_n_records (loaded), 0);
  read = coprod_test_async_wait (&wait);
  assert_int_equal (coprod_registry_get_n_records (loaded), 0);
  if (!coprod_registry_load_from_file_finish (loaded, read, &error))
    fail_msg ("%s", error->message);

  before = coprod_registry_to_data (registry, NULL);
  after = coprod_registry_to_data (loaded, NULL);
  assert_string_equal (before, after);
  assert_non_null (coprod_registry_lookup (loaded, "p-rowan"));
  coprod_test_remove_dir (dir);
}

static void
test_cancelled (void **state)
{
  g_autoptr(CoprodRegistry) registry = make_registry ();
  g_autoptr(CoprodRegistry) other = coprod_registry_new ();
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autofree char *dir = coprod_test_make_dir ("cancelled");
  g_autofree char *path = g_build_filename (dir, "coprod.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GAsyncResult) result2 = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) error2 = NULL;
  g_autoptr(GError) error3 = NULL;
  g_autoptr(GError) local = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *other_before = NULL;
  g_autofree char *other_after = NULL;
  CoprodTestAsyncWait wait = { loop, NULL };

  g_cancellable_cancel (cancellable);

  /* a save to a new file: nothing is made */
  assert_false (coprod_registry_save_to_file (registry, file, cancellable, &error));
  assert_true (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED));
  assert_dir_holds (dir, NULL);

  /* over an old file: it stays */
  if (!g_file_set_contents (path, old_document, -1, &local))
    fail_msg ("%s", local->message);
  coprod_registry_save_to_file_async (registry, file, cancellable, coprod_test_async_ready, &wait);
  result = coprod_test_async_wait (&wait);
  assert_false (coprod_registry_save_to_file_finish (registry, result, &error2));
  assert_true (g_error_matches (error2, G_IO_ERROR, G_IO_ERROR_CANCELLED));
  assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  assert_string_equal (contents, old_document);
  assert_dir_holds (dir, "coprod.json", NULL);

  /* a cancelled load changes nothing */
  save_or_fail (registry, path);
  {
    g_autoptr(CoprodRecord) keep = g_object_new (COPROD_TYPE_PERSON, "id", "p-keep", NULL);

    assert_true (coprod_registry_add (other, keep, NULL));
  }
  other_before = coprod_registry_to_data (other, NULL);
  coprod_registry_load_from_file_async (other, file, cancellable, coprod_test_async_ready, &wait);
  result2 = coprod_test_async_wait (&wait);
  assert_false (coprod_registry_load_from_file_finish (other, result2, &error3));
  assert_true (g_error_matches (error3, G_IO_ERROR, G_IO_ERROR_CANCELLED));
  other_after = coprod_registry_to_data (other, NULL);
  assert_string_equal (other_before, other_after);
  assert_dir_holds (dir, "coprod.json", NULL);
  coprod_test_remove_dir (dir);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_new_file_is_private),
    cmocka_unit_test (test_replacing_0644_file),
    cmocka_unit_test (test_replacing_0666_file),
    cmocka_unit_test (test_failed_save_leaves_no_temporary_file),
    cmocka_unit_test (test_read_only_directory),
    cmocka_unit_test (test_missing_parent),
    cmocka_unit_test (test_async_roundtrip),
    cmocka_unit_test (test_cancelled),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
