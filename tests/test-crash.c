/* test-crash.c: a save killed at any moment, and a save that runs out of
 * space
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A save killed at any point (SIGKILL at random moments, and SIGXFSZ at a
 * file size limit, for certain in the middle of the temporary file) leaves
 * the file holding the old document or the new one, whole, and the
 * temporary file it may leave is removed by the next load or save of that
 * file, and of no other. A save that fails for want of space (a small
 * tmpfs in a mount namespace of its own; skipped where that may not be
 * made) says so, and leaves the old file as it was and no temporary file.
 *
 * COPROD_TEST_CRASH_PEOPLE (the size of the documents, 3000 people) and
 * COPROD_TEST_CRASH_KILLS (at most 300 kills) make the kill test smaller,
 * as under valgrind.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <string.h>
#include <sys/inotify.h>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "coprod-test-util.h"

#define DEFAULT_PEOPLE 3000
#define DEFAULT_KILLS  300

#define TARGET "registry.json"
#define TEMPORARY_PREFIX "." TARGET ".coprod-save-"
#define NOBODY 65534

/* the disk-full child's exit status when it may not make a mount */
#define NOT_PERMITTED 77

/* Helpers */

static guint
env_uint (const char *name,
          guint       fallback)
{
  const char *value = g_getenv (name);
  guint64 n;

  if (value == NULL || !g_ascii_string_to_unsigned (value, 10, 1, G_MAXUINT, &n, NULL))
    return fallback;
  return (guint) n;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* The names in dir, sorted, joined by spaces: for comparing listings */
static char *
list_dir (const char *dir)
{
  g_autoptr(GDir) d = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  const char *name;

  d = g_dir_open (dir, 0, &error);
  if (d == NULL)
    fail_msg ("%s", error->message);
  while ((name = g_dir_read_name (d)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);

  return g_strjoinv (" ", (char **) names->pdata);
}

/* How many temporary files of saves to TARGET are in dir */
static guint
count_temporaries (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  assert_non_null (d);
  while ((name = g_dir_read_name (d)) != NULL)
    if (g_str_has_prefix (name, TEMPORARY_PREFIX))
      n++;
  return n;
}

static void
write_file (const char *dir,
            const char *name,
            const char *contents)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;

  if (!g_file_set_contents_full (path, contents, -1, G_FILE_SET_CONTENTS_NONE, 0600, &error))
    fail_msg ("%s", error->message);
}

static void
assert_file_holds (const char *dir,
                   const char *name,
                   const char *expected)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;

  if (!g_file_get_contents (path, &contents, NULL, &error))
    fail_msg ("%s", error->message);
  assert_string_equal (contents, expected);
}

static CoprodRegistry *
make_small_registry (const char *name)
{
  g_autoptr(CoprodRegistry) registry = coprod_registry_new ();
  g_autoptr(CoprodRecord) person = NULL;
  g_autoptr(GError) error = NULL;

  person = g_object_new (COPROD_TYPE_PERSON,
                         "id", "p-rowan",
                         "name", name,
                         "roles", COPROD_ROLE_CARER,
                         "email", "rowan@example.org",
                         NULL);
  if (!coprod_registry_add (registry, person, &error))
    fail_msg ("%s", error->message);

  return g_steal_pointer (&registry);
}

/* A registry of @n_people people and a project for every four of them,
 * each involving four people; @variant makes the names differ */
static CoprodRegistry *
make_large_registry (guint       n_people,
                     const char *variant)
{
  g_autoptr(CoprodRegistry) registry = coprod_registry_new ();
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < n_people; i++)
    {
      g_autofree char *id = g_strdup_printf ("p-%u", i);
      g_autofree char *name = g_strdup_printf ("%s Testperson %u", variant, i);
      g_autofree char *email = g_strdup_printf ("person.%u@example.org", i);
      g_autofree char *phone = g_strdup_printf ("07700 9%05u", i % 100000);
      g_autofree char *note = g_strdup_printf ("%s: prefers large print and a quiet room; "
                                               "needs papers a week before each meeting, "
                                               "and travel paid in advance (%u).", variant, i);
      g_autoptr(CoprodRecord) person = NULL;

      person = g_object_new (COPROD_TYPE_PERSON,
                             "id", id,
                             "name", name,
                             "roles", (i % 2) ? COPROD_ROLE_CARER : COPROD_ROLE_LIVED_EXPERIENCE,
                             "email", email,
                             "phone", phone,
                             "access-note", note,
                             "retain-until", "2029-03",
                             NULL);
      if (!coprod_registry_add (registry, person, &error))
        fail_msg ("%s", error->message);
    }

  for (guint i = 0; i + 4 <= n_people; i += 4)
    {
      g_autofree char *id = g_strdup_printf ("pr-%u", i / 4);
      g_autofree char *title = g_strdup_printf ("%s project %u", variant, i / 4);
      g_autoptr(CoprodProject) project = coprod_project_new (id, title);

      for (guint j = 0; j < 4; j++)
        {
          g_autofree char *person_id = g_strdup_printf ("p-%u", i + j);
          g_autoptr(CoprodInvolvement) involvement =
            coprod_involvement_new (person_id, COPROD_STAGE_PLANNING, COPROD_MODE_PARTNER);

          coprod_project_add_involvement (project, involvement);
        }
      if (!coprod_registry_add (registry, COPROD_RECORD (project), &error))
        fail_msg ("%s", error->message);
    }

  return g_steal_pointer (&registry);
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

/* Stale temporary files: which are removed, and which are not */

typedef enum
{
  BY_LOAD,
  BY_LOAD_ASYNC,
  BY_SAVE,
  BY_SAVE_ASYNC,
  BY_FAILED_LOAD,
} Cleaner;

static void
clean_up (Cleaner     cleaner,
          const char *path)
{
  g_autoptr(CoprodRegistry) registry = make_small_registry ("Rowan Ellery");
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  CoprodTestAsyncWait wait = { loop, NULL };
  gboolean ok = FALSE;

  switch (cleaner)
    {
    case BY_LOAD:
      ok = coprod_registry_load_from_file (registry, file, NULL, &error);
      break;
    case BY_LOAD_ASYNC:
      coprod_registry_load_from_file_async (registry, file, NULL, coprod_test_async_ready, &wait);
      result = coprod_test_async_wait (&wait);
      ok = coprod_registry_load_from_file_finish (registry, result, &error);
      break;
    case BY_SAVE:
      ok = coprod_registry_save_to_file (registry, file, NULL, &error);
      break;
    case BY_SAVE_ASYNC:
      coprod_registry_save_to_file_async (registry, file, NULL, coprod_test_async_ready, &wait);
      result = coprod_test_async_wait (&wait);
      ok = coprod_registry_save_to_file_finish (registry, result, &error);
      break;
    case BY_FAILED_LOAD:
      /* the target is not there (a first save was killed): the load
       * fails, and still removes what that save left */
      ok = coprod_registry_load_from_file (registry, file, NULL, &error);
      assert_false (ok);
      assert_true (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND));
      return;
    default:
      g_assert_not_reached ();
    }

  if (!ok)
    fail_msg ("%s", error->message);
}

static const char stale_contents[] = "{\"people\": [{\"id\": \"p-1\", \"name\": \"Left Behind\"}]}";

/* names that are not the temporary files of a save to TARGET */
static const char * const not_temporaries[] = {
  ".other.json.coprod-save-K1ll3d",       /* another file's */
  ".registry.json.bak.coprod-save-K1ll3d", /* another file's */
  "registry.json.K1ll3d",                 /* not the library's own */
  ".registry.json.coprod-save-K1ll3",     /* five letters */
  ".registry.json.coprod-save-K1ll3dd",   /* seven */
  ".registry.json.coprod-save-K1-l3d",    /* not a letter or digit */
  "registry.json.coprod-save-K1ll3d",     /* not hidden */
};

static void
check_stale_removed (Cleaner cleaner)
{
  g_autofree char *dir = coprod_test_make_dir ("stale");
  g_autofree char *path = g_build_filename (dir, TARGET, NULL);
  g_autofree char *locked_path = g_build_filename (dir, TEMPORARY_PREFIX "Locked", NULL);
  g_autofree char *link_path = g_build_filename (dir, TEMPORARY_PREFIX "Link00", NULL);
  g_autofree char *subdir_path = g_build_filename (dir, TEMPORARY_PREFIX "Dir000", NULL);
  g_autofree char *nobody_path = g_build_filename (dir, TEMPORARY_PREFIX "Nobody", NULL);
  g_autofree char *expected = NULL;
  g_autofree char *listing = NULL;
  g_autoptr(GString) kept = g_string_new (NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  int locked_fd;

  if (cleaner != BY_FAILED_LOAD)
    {
      g_autoptr(CoprodRegistry) registry = make_small_registry ("Rowan Ellery");

      save_or_fail (registry, path);
    }

  /* left by killed saves */
  write_file (dir, TEMPORARY_PREFIX "K1ll3d", stale_contents);
  write_file (dir, TEMPORARY_PREFIX "000000", stale_contents);

  for (guint i = 0; i < G_N_ELEMENTS (not_temporaries); i++)
    write_file (dir, not_temporaries[i], stale_contents);

  /* the temporary file of a save still running, which holds its lock */
  write_file (dir, TEMPORARY_PREFIX "Locked", stale_contents);
  locked_fd = open (locked_path, O_RDWR | O_CLOEXEC);
  assert_true (locked_fd >= 0);
  {
    /* the lock a save takes */
    struct flock lock = { 0, };

    lock.l_type = F_WRLCK;
    lock.l_whence = SEEK_SET;
    assert_int_equal (fcntl (locked_fd, F_OFD_SETLK, &lock), 0);
  }

  /* a name of the pattern on what is not a regular file */
  write_file (dir, "outside.txt", stale_contents);
  assert_int_equal (symlink ("outside.txt", link_path), 0);
  assert_int_equal (g_mkdir (subdir_path, 0700), 0);

  /* and on a file of another user's, when there can be one */
  if (geteuid () == 0)
    {
      write_file (dir, TEMPORARY_PREFIX "Nobody", stale_contents);
      assert_int_equal (lchown (nobody_path, NOBODY, NOBODY), 0);
    }

  /* what must be there afterwards */
  if (cleaner != BY_FAILED_LOAD)
    g_ptr_array_add (names, TARGET);
  for (guint i = 0; i < G_N_ELEMENTS (not_temporaries); i++)
    g_ptr_array_add (names, (gpointer) not_temporaries[i]);
  g_ptr_array_add (names, TEMPORARY_PREFIX "Locked");
  g_ptr_array_add (names, TEMPORARY_PREFIX "Link00");
  g_ptr_array_add (names, TEMPORARY_PREFIX "Dir000");
  g_ptr_array_add (names, "outside.txt");
  if (geteuid () == 0)
    g_ptr_array_add (names, TEMPORARY_PREFIX "Nobody");
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  expected = g_strjoinv (" ", (char **) names->pdata);

  clean_up (cleaner, path);

  listing = list_dir (dir);
  assert_string_equal (listing, expected);
  for (guint i = 0; i < G_N_ELEMENTS (not_temporaries); i++)
    assert_file_holds (dir, not_temporaries[i], stale_contents);
  assert_file_holds (dir, TEMPORARY_PREFIX "Locked", stale_contents);
  assert_file_holds (dir, "outside.txt", stale_contents);
  assert_true (g_file_test (link_path, G_FILE_TEST_IS_SYMLINK));
  assert_true (g_file_test (subdir_path, G_FILE_TEST_IS_DIR));

  /* once its save is over (its process gone, its lock with it), the next
   * load or save removes that one too */
  close (locked_fd);
  clean_up (cleaner, path);
  assert_false (g_file_test (locked_path, G_FILE_TEST_EXISTS));

  coprod_test_remove_dir (dir);
}

static void
test_stale_removed_by_load (void **state)
{
  check_stale_removed (BY_LOAD);
}

static void
test_stale_removed_by_load_async (void **state)
{
  check_stale_removed (BY_LOAD_ASYNC);
}

static void
test_stale_removed_by_save (void **state)
{
  check_stale_removed (BY_SAVE);
}

static void
test_stale_removed_by_save_async (void **state)
{
  check_stale_removed (BY_SAVE_ASYNC);
}

static void
test_stale_removed_by_failed_load (void **state)
{
  check_stale_removed (BY_FAILED_LOAD);
}

/* The temporary file is the library's own: hidden, and named for its
 * target. A save is too quick to look at it, so its name is taken from
 * inotify's account of the folder. */
static void
test_temporary_name (void **state)
{
  g_autoptr(CoprodRegistry) registry = make_small_registry ("Rowan Ellery");
  g_autofree char *dir = coprod_test_make_dir ("name");
  g_autofree char *path = g_build_filename (dir, TARGET, NULL);
  g_autofree char *listing = NULL;
  char buffer[4096] __attribute__ ((aligned (__alignof__ (struct inotify_event))));
  gboolean seen_temporary = FALSE;
  gboolean seen_rename = FALSE;
  int in;
  ssize_t n;

  in = inotify_init1 (IN_CLOEXEC | IN_NONBLOCK);
  assert_true (in >= 0);
  assert_true (inotify_add_watch (in, dir, IN_CREATE | IN_MOVED_FROM | IN_MOVED_TO) >= 0);

  save_or_fail (registry, path);

  n = read (in, buffer, sizeof buffer);
  assert_true (n > 0);
  for (char *p = buffer; p < buffer + n; )
    {
      const struct inotify_event *event = (const struct inotify_event *) p;

      if ((event->mask & IN_CREATE) && event->len > 0)
        {
          const char *name = event->name;

          assert_true (g_str_has_prefix (name, TEMPORARY_PREFIX));
          assert_int_equal (strlen (name), strlen (TEMPORARY_PREFIX) + 6);
          for (guint i = strlen (TEMPORARY_PREFIX); name[i] != '\0'; i++)
            assert_true (g_ascii_isalnum (name[i]));
          seen_temporary = TRUE;
        }
      if ((event->mask & IN_MOVED_TO) && event->len > 0)
        {
          assert_string_equal (event->name, TARGET);
          seen_rename = TRUE;
        }
      p += sizeof (struct inotify_event) + event->len;
    }
  close (in);

  assert_true (seen_temporary);
  assert_true (seen_rename);
  listing = list_dir (dir);
  assert_string_equal (listing, TARGET);
  assert_int_equal (coprod_test_file_mode (path), 0600);
  coprod_test_remove_dir (dir);
}

/* Killed saves */

/* What the kill test holds, in one place, so that a child can free it
 * all before it _exit()s (and valgrind finds no leak in it) */
typedef struct
{
  CoprodRegistry *old_registry;
  CoprodRegistry *new_registry;
  char *old_data;
  char *new_data;
  gsize old_length;
  gsize new_length;
  char *dir;
  char *path;
  GFile *file;
  GRand *rand;
} Kills;

static void
kills_free (Kills *kills)
{
  g_clear_object (&kills->old_registry);
  g_clear_object (&kills->new_registry);
  g_clear_pointer (&kills->old_data, g_free);
  g_clear_pointer (&kills->new_data, g_free);
  g_clear_pointer (&kills->dir, g_free);
  g_clear_pointer (&kills->path, g_free);
  g_clear_object (&kills->file);
  g_clear_pointer (&kills->rand, g_rand_free);
  g_free (kills);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Kills, kills_free)

/* A child's save of the new document (or the old one): _exit()s 0 when
 * saved, 2 when not */
G_GNUC_NORETURN static void
save_in_child (Kills    *kills,
               gboolean  new_document)
{
  gboolean ok;

  ok = coprod_registry_save_to_file (new_document ? kills->new_registry : kills->old_registry,
                                     kills->file, NULL, NULL);
  kills_free (kills);
  _exit (ok ? 0 : 2);
}

/* Watches @dir for the making of files and renames into it */
static int
watch_dir (const char *dir)
{
  int in = inotify_init1 (IN_CLOEXEC);

  assert_true (in >= 0);
  assert_true (inotify_add_watch (in, dir, IN_CREATE | IN_MOVED_TO) >= 0);
  return in;
}

/* Reads events from @in until one in @mask for a name that starts with
 * @prefix, and returns when it came (g_get_monotonic_time()); -1 if none
 * came within @timeout_ms */
static gint64
wait_for_event (int         in,
                guint32     mask,
                const char *prefix,
                int         timeout_ms)
{
  char buffer[4096] __attribute__ ((aligned (__alignof__ (struct inotify_event))));

  for (;;)
    {
      struct pollfd pfd = { in, POLLIN, 0 };
      ssize_t n;

      if (poll (&pfd, 1, timeout_ms) != 1)
        return -1;
      n = read (in, buffer, sizeof buffer);
      assert_true (n > 0);
      for (char *p = buffer; p < buffer + n; )
        {
          const struct inotify_event *event = (const struct inotify_event *) p;

          if ((event->mask & mask) && event->len > 0 && g_str_has_prefix (event->name, prefix))
            return g_get_monotonic_time ();
          p += sizeof (struct inotify_event) + event->len;
        }
    }
}

static gint64
median_of_three (const gint64 *t)
{
  return MAX (MIN (t[0], t[1]), MIN (MAX (t[0], t[1]), t[2]));
}

typedef struct
{
  /* microseconds after the fork */
  gint64 created;  /* the temporary file was made */
  gint64 renamed;  /* it was renamed over the target */
  gint64 exited;   /* the child was gone */
} SaveTimes;

/* Waits up to @timeout_ms for the child @pid to end; TRUE with @status if
 * it did. A child forked from a process with other threads can stall
 * before it saves (a lock another thread held at the fork): it is then
 * killed, and FALSE returned. */
static gboolean
wait_child (pid_t  pid,
            int    timeout_ms,
            int   *status)
{
  gint64 until = g_get_monotonic_time () + (gint64) timeout_ms * 1000;

  for (;;)
    {
      pid_t done = waitpid (pid, status, WNOHANG);

      assert_true (done >= 0);
      if (done == pid)
        return TRUE;
      if (g_get_monotonic_time () > until)
        break;
      g_usleep (2000);
    }

  kill (pid, SIGKILL);
  assert_int_equal (waitpid (pid, status, 0), pid);
  return FALSE;
}

/* Saves a document in a child, watching the folder to time when
 * the temporary file is made and renamed. */
static void
time_save (Kills     *kills,
           gboolean   new_document,
           SaveTimes *times)
{
  for (guint attempt = 0; ; attempt++)
    {
      gint64 start;
      pid_t pid;
      int status;
      int in = watch_dir (kills->dir);

      start = g_get_monotonic_time ();
      pid = fork ();
      assert_true (pid >= 0);
      if (pid == 0)
        save_in_child (kills, new_document);

      times->created = wait_for_event (in, IN_CREATE, TEMPORARY_PREFIX, 10 * 1000);
      times->renamed = times->created < 0 ? -1 : wait_for_event (in, IN_MOVED_TO, TARGET, 10 * 1000);
      close (in);
      if (times->created < 0 || times->renamed < 0)
        {
          g_autoptr(CoprodRegistry) cleaner = coprod_registry_new ();

          /* it stalled before it saved (see wait_child): kill it, let a
           * load clear what it left, and time another */
          kill (pid, SIGKILL);
          assert_int_equal (waitpid (pid, &status, 0), pid);
          assert_true (attempt < 3);
          coprod_registry_load_from_file (cleaner, kills->file, NULL, NULL);
          continue;
        }
      times->created -= start;
      times->renamed -= start;
      assert_true (wait_child (pid, 60 * 1000, &status));
      times->exited = g_get_monotonic_time () - start;
      assert_true (WIFEXITED (status));
      assert_int_equal (WEXITSTATUS (status), 0);
      return;
    }
}

/* The size of the one temporary file in @dir */
static goffset
temporary_size (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;
  GStatBuf st;

  assert_non_null (d);
  while ((name = g_dir_read_name (d)) != NULL)
    if (g_str_has_prefix (name, TEMPORARY_PREFIX))
      {
        g_autofree char *path = g_build_filename (dir, name, NULL);

        assert_int_equal (g_lstat (path, &st), 0);
        assert_true (S_ISREG (st.st_mode));
        assert_int_equal (st.st_mode & 07777, 0600);
        return st.st_size;
      }
  fail_msg ("no temporary file in %s", dir);
  return -1;
}

/* After a save of the document the file did not hold (the new one unless
 * @holds_new) was stopped: checks that the file holds one document or the
 * other, whole, that it loads as that document, and that the load removes
 * any temporary file. Returns whether the file was replaced; sets
 * @n_temporaries to how many temporary files the save left. */
static gboolean
check_after_stop (Kills      *kills,
                  gboolean    holds_new,
                  const char *what,
                  guint      *n_temporaries)
{
  g_autoptr(CoprodRegistry) loaded = coprod_registry_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *loaded_data = NULL;
  const char *before = holds_new ? kills->new_data : kills->old_data;
  gsize before_length = holds_new ? kills->new_length : kills->old_length;
  const char *after = holds_new ? kills->old_data : kills->new_data;
  gsize after_length = holds_new ? kills->old_length : kills->new_length;
  gboolean replaced = FALSE;
  gsize length;

  *n_temporaries = count_temporaries (kills->dir);
  if (!g_file_get_contents (kills->path, &contents, &length, &error))
    fail_msg ("after %s: %s", what, error->message);
  if (length == before_length && memcmp (contents, before, length) == 0)
    replaced = FALSE;
  else if (length == after_length && memcmp (contents, after, length) == 0)
    replaced = TRUE;
  else
    fail_msg ("after %s the file holds neither document (%" G_GSIZE_FORMAT " bytes)",
              what, length);
  assert_true (*n_temporaries <= 1);
  assert_true (*n_temporaries == 0 || !replaced);

  /* it loads, as one document or the other, and the load removes the
   * temporary file */
  if (!coprod_registry_load_from_file (loaded, kills->file, NULL, &error))
    fail_msg ("after %s: %s", what, error->message);
  loaded_data = coprod_registry_to_data (loaded, NULL);
  assert_string_equal (loaded_data, replaced ? after : before);
  assert_int_equal (count_temporaries (kills->dir), 0);

  return replaced;
}

static void
test_killed_saves (void **state)
{
  guint n_people = env_uint ("COPROD_TEST_CRASH_PEOPLE", DEFAULT_PEOPLE);
  guint max_kills = env_uint ("COPROD_TEST_CRASH_KILLS", DEFAULT_KILLS);
  g_autoptr(Kills) kills = g_new0 (Kills, 1);
  SaveTimes times = { 0, }, typical = { 0, };
  gint64 start, check_time, window, tail, elapsed, deadline;
  gboolean holds_new = FALSE;
  guint n_kills;
  guint finished = 0, before_temporary = 0, with_temporary = 0, after_rename = 0;
  guint cut_off = 0;
  guint32 seed = g_random_int ();

#if defined(__SANITIZE_ADDRESS__)
  /* A child forked from this test under AddressSanitizer can stall in
   * the sanitizer's allocator before it saves (the fork copies locks other
   * threads held); the kills run in the ordinary build and under
   * valgrind, which is where they test what they are for */
  return;
#endif

  start = g_get_monotonic_time ();
  kills->rand = g_rand_new_with_seed (seed);
  kills->dir = coprod_test_make_dir ("killed");
  kills->path = g_build_filename (kills->dir, TARGET, NULL);
  kills->file = g_file_new_for_path (kills->path);
  kills->old_registry = make_large_registry (n_people, "Old");
  kills->new_registry = make_large_registry (n_people, "New");
  kills->old_data = coprod_registry_to_data (kills->old_registry, &kills->old_length);
  kills->new_data = coprod_registry_to_data (kills->new_registry, &kills->new_length);
  assert_string_not_equal (kills->old_data, kills->new_data);

  /* the old document, then three timed saves, which leave the new one;
   * the kills are spread over the middle one of the three times of each
   * step, not the slowest: one save held up by the machine (a sync that
   * waits on a busy disk) would otherwise stretch every kill, and a run
   * of them past the suite's time limit */
  save_or_fail (kills->old_registry, kills->path);
  {
    gint64 created[3], renamed[3], exited[3];

    for (guint i = 0; i < 3; i++)
      {
        holds_new = !holds_new;
        time_save (kills, holds_new, &times);
        created[i] = times.created;
        renamed[i] = times.renamed;
        exited[i] = times.exited;
      }
    typical.created = median_of_three (created);
    typical.renamed = MAX (median_of_three (renamed), typical.created);
    typical.exited = MAX (median_of_three (exited), typical.renamed);
  }

  /* and what checking the outcome of a kill takes */
  check_time = g_get_monotonic_time ();
  {
    g_autoptr(CoprodRegistry) loaded = coprod_registry_new ();
    g_autofree char *data = NULL;

    assert_true (coprod_registry_load_from_file (loaded, kills->file, NULL, NULL));
    data = coprod_registry_to_data (loaded, NULL);
    assert_string_equal (data, kills->new_data);
  }
  check_time = g_get_monotonic_time () - check_time;

  /* A third of the kills fall anywhere from the fork to past the end of
   * a typical save; a third in the life of the temporary file, timed
   * from its making; a third after the rename, timed from it, until the
   * save is done. (The time a save takes before it makes its temporary
   * file varies more than that file lives, so the last two thirds are
   * timed from what inotify reports.) Each third is spread over its time,
   * a random moment in each of its slots, so that fewer kills still cover
   * it. */
  window = MAX (typical.renamed - typical.created, 1000);
  tail = MAX (typical.exited - typical.renamed, 1000) * 6 / 5;
  n_kills = (guint) CLAMP (20 * G_USEC_PER_SEC / (typical.exited + check_time + 10000),
                           12, max_kills);
  n_kills = MIN (n_kills, max_kills);
  print_message ("# documents of %" G_GSIZE_FORMAT " and %" G_GSIZE_FORMAT " bytes; a save "
                 "makes its temporary file by %.1f ms, renames it by %.1f ms and is done by "
                 "%.1f ms; a check takes %.1f ms; %u kills, seed %u\n",
                 kills->old_length, kills->new_length, typical.created / 1000.,
                 typical.renamed / 1000., typical.exited / 1000., check_time / 1000., n_kills, seed);

  /* Saves cut off in the middle of writing the temporary file, for
   * certain: past a limit on the size of the files it may write, the
   * kernel ends the child with SIGXFSZ, which it cannot catch or clean up
   * after any more than SIGKILL. */
  for (guint i = 1; i <= 3; i++)
    {
      g_autofree char *what = g_strdup_printf ("a save cut off at %u%%", 25 * i);
      struct rlimit limit;
      guint n_temporaries;
      pid_t pid;
      int status;

      limit.rlim_cur = limit.rlim_max = (holds_new ? kills->old_length : kills->new_length) * i / 4;
      for (guint attempt = 0; ; attempt++)
        {
          pid = fork ();
          assert_true (pid >= 0);
          if (pid == 0)
            {
              signal (SIGXFSZ, SIG_DFL);
              if (setrlimit (RLIMIT_FSIZE, &limit) != 0)
                _exit (3);
              save_in_child (kills, !holds_new);
            }
          if (wait_child (pid, 10 * 1000, &status))
            break;
          /* it stalled before it saved: the next load clears what it left */
          assert_true (attempt < 3);
          assert_false (check_after_stop (kills, holds_new, "a stalled save", &n_temporaries));
        }
      assert_true (WIFSIGNALED (status));
      assert_int_equal (WTERMSIG (status), SIGXFSZ);

      /* it left its temporary file, as long as the limit */
      assert_int_equal (count_temporaries (kills->dir), 1);
      assert_int_equal (temporary_size (kills->dir), limit.rlim_cur);
      assert_false (check_after_stop (kills, holds_new, what, &n_temporaries));
      assert_int_equal (n_temporaries, 1);
      cut_off++;
    }

  /* the three kinds of kill take turns, so that a slow machine that stops
   * at the deadline has made some of each */
  deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;
  for (guint k = 0; k < n_kills; k++)
    {
      guint third = (n_kills + 2) / 3;
      guint kind = k % 3;
      guint slot = k / 3;
      g_autofree char *what = NULL;
      gint64 delay, from;
      gboolean replaced;
      guint n_temporaries;
      pid_t pid;
      int status;
      int in = watch_dir (kills->dir);

      if (k >= 3 && g_get_monotonic_time () > deadline)
        {
          close (in);
          n_kills = k;
          break;
        }

      if (kind == 0)
        delay = (gint64) ((typical.exited * 6 / 5) * (slot + g_rand_double (kills->rand)) / third);
      else if (kind == 1)
        {
          /* more of them early on, as the rename may come at any moment */
          double x = (slot + g_rand_double (kills->rand)) / third;

          delay = (gint64) (window * x * x);
        }
      else
        delay = (gint64) (tail * (slot + g_rand_double (kills->rand)) / third);

      from = g_get_monotonic_time ();
      pid = fork ();
      assert_true (pid >= 0);
      if (pid == 0)
        save_in_child (kills, !holds_new);

      /* one wait a kill: a read may take in both events, and what follows
       * the one waited for is not kept */
      /* A child forked from a process with other threads can stall before
       * it saves (a lock another thread held at the fork): after a few
       * seconds it is killed where it stands, before its temporary file,
       * which is one of the outcomes this test checks */
      if (kind == 2)
        from = wait_for_event (in, IN_MOVED_TO, TARGET, 5000);
      else if (kind == 1)
        from = wait_for_event (in, IN_CREATE, TEMPORARY_PREFIX, 5000);
      if (from < 0)
        from = g_get_monotonic_time () - delay;
      /* never more than a few seconds, whatever the times measured */
      g_usleep ((gulong) CLAMP (from + delay - g_get_monotonic_time (), 0, 3 * G_USEC_PER_SEC));
      kill (pid, SIGKILL);
      assert_int_equal (waitpid (pid, &status, 0), pid);
      close (in);

      what = g_strdup_printf ("kill %u (%.1f ms)", k, delay / 1000.);
      replaced = check_after_stop (kills, holds_new, what, &n_temporaries);
      if (WIFEXITED (status))
        {
          assert_int_equal (WEXITSTATUS (status), 0);
          assert_true (replaced);
          finished++;
        }
      else
        {
          assert_true (WIFSIGNALED (status) && WTERMSIG (status) == SIGKILL);
          if (replaced)
            after_rename++;
          else if (n_temporaries == 0)
            before_temporary++;
          else
            with_temporary++;
        }

      holds_new = holds_new != replaced;
    }

  elapsed = g_get_monotonic_time () - start;
  print_message ("# %u saves cut off while writing the temporary file; %u kills: %u before "
                 "the temporary file was made, %u while it was there (before the rename), "
                 "%u after the rename; %u saves finished first; %.1f s in all\n",
                 cut_off, n_kills, before_temporary, with_temporary, after_rename, finished,
                 elapsed / (double) G_USEC_PER_SEC);

  /* the kills landed before the temporary file and after the rename
   * (while it was there is for certain only for the saves cut off) */
  assert_int_equal (cut_off, 3);
  assert_true (before_temporary > 0);
  assert_true (after_rename + finished > 0);

  coprod_test_remove_dir (kills->dir);
}

/* A full disk */

/* Fills the file system holding @dir with @filler, leaving about @room
 * bytes free; returns FALSE if it could not. */
static gboolean
fill_leaving (const char *filler,
              gsize       room)
{
  static const char zeros[4096];
  struct stat st;
  int fd;

  fd = open (filler, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0)
    return FALSE;
  while (write (fd, zeros, sizeof zeros) > 0)
    ;
  if (errno != ENOSPC || fstat (fd, &st) != 0 ||
      ftruncate (fd, MAX (0, st.st_size - (off_t) room)) != 0)
    {
      close (fd);
      return FALSE;
    }
  close (fd);
  return TRUE;
}

/* In a child of its own mount namespace, with a small tmpfs on @dir: a
 * save that runs out of space. Returns 0 when all was as it should be,
 * NOT_PERMITTED when it may not mount, another status (and says why) when
 * not. */
static int
disk_full_in_child (const char *dir)
{
  g_autoptr(CoprodRegistry) old_registry = make_small_registry ("Rowan Ellery");
  g_autoptr(CoprodRegistry) new_registry = make_large_registry (300, "New");
  g_autofree char *path = g_build_filename (dir, TARGET, NULL);
  g_autofree char *filler = g_build_filename (dir, "filler", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(CoprodRegistry) loaded = coprod_registry_new ();
  g_autofree char *old_bytes = NULL;
  g_autofree char *after_bytes = NULL;
  g_autofree char *listing = NULL;
  g_autofree char *new_data = NULL;
  g_autofree char *loaded_data = NULL;
  gsize new_length, old_length, after_length;

  if (unshare (CLONE_NEWNS) != 0 ||
      mount ("none", "/", "none", MS_REC | MS_PRIVATE, NULL) != 0 ||
      mount ("tmpfs", dir, "tmpfs", MS_NOSUID | MS_NODEV, "size=1m,mode=0700") != 0)
    {
      print_message ("# no tmpfs of its own: %s\n", g_strerror (errno));
      return NOT_PERMITTED;
    }

  new_data = coprod_registry_to_data (new_registry, &new_length);
  if (new_length < 64 * 1024)
    return 3;

  save_or_fail (old_registry, path);
  if (!g_file_get_contents (path, &old_bytes, &old_length, NULL))
    return 4;

  /* room for half the new document */
  if (!fill_leaving (filler, new_length / 2))
    return 5;

  if (coprod_registry_save_to_file (new_registry, file, NULL, &error))
    {
      print_message ("# the save to a full disk succeeded\n");
      return 6;
    }
  print_message ("# the save to a full disk: %s\n", error->message);
  if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE) ||
      strstr (error->message, TARGET) == NULL ||
      strstr (error->message, g_strerror (ENOSPC)) == NULL)
    return 7;

  /* the old file is as it was, byte for byte, and no temporary is left */
  if (!g_file_get_contents (path, &after_bytes, &after_length, NULL) ||
      after_length != old_length || memcmp (after_bytes, old_bytes, old_length) != 0)
    {
      print_message ("# the old file changed\n");
      return 8;
    }
  listing = list_dir (dir);
  if (!g_str_equal (listing, "filler " TARGET))
    {
      print_message ("# left in the folder: %s\n", listing);
      return 9;
    }

  /* with room again, the next save succeeds */
  g_unlink (filler);
  g_clear_error (&error);
  if (!coprod_registry_save_to_file (new_registry, file, NULL, &error) ||
      !coprod_registry_load_from_file (loaded, file, NULL, &error))
    {
      print_message ("# %s\n", error->message);
      return 10;
    }
  loaded_data = coprod_registry_to_data (loaded, NULL);
  if (!g_str_equal (loaded_data, new_data))
    return 11;

  return 0;
}

static void
test_disk_full (void **state)
{
  g_autofree char *dir = coprod_test_make_dir ("full");
  pid_t pid;
  int status;

  pid = fork ();
  assert_true (pid >= 0);
  if (pid == 0)
    {
      int result = disk_full_in_child (dir);

      g_clear_pointer (&dir, g_free);
      fflush (stdout);
      _exit (result);
    }

  assert_int_equal (waitpid (pid, &status, 0), pid);
  coprod_test_remove_dir (dir);
  assert_true (WIFEXITED (status));
  if (WEXITSTATUS (status) == NOT_PERMITTED)
    skip ();
  if (WEXITSTATUS (status) != 0)
    fail_msg ("the save to a full disk went wrong (status %d)", WEXITSTATUS (status));
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    /* first the tests that fork, while no thread of GLib's runs: a child
     * has only the thread that forked, and valgrind would count what the
     * others hold as lost in it */
    cmocka_unit_test (test_disk_full),
    cmocka_unit_test (test_killed_saves),
    cmocka_unit_test (test_temporary_name),
    cmocka_unit_test (test_stale_removed_by_load),
    cmocka_unit_test (test_stale_removed_by_load_async),
    cmocka_unit_test (test_stale_removed_by_save),
    cmocka_unit_test (test_stale_removed_by_save_async),
    cmocka_unit_test (test_stale_removed_by_failed_load),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
