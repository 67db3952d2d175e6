/* test-generate.c: the generator of synthetic registries
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 *   test-generate PATH-OF-coprod-generate
 *
 * A 1 MB registry is reproducible (one seed gives the same bytes, another
 * seed other bytes), loads, validates with no error findings, and a load
 * and save gives the same bytes; each special shape loads at a small
 * scale, with the counts it promises.
 */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>
#include <glib/gstdio.h>
#include <libcoprod/coprod.h>

#define AS_OF "2025-06-30"

static const char *generator;
static char *tmp_dir;

static char *
generate (const char *name,
          const char *seed,
          const char *size,
          const char *shape,
          const char *scale)
{
  char *path = g_build_filename (tmp_dir, name, NULL);
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  int status = 0;

  g_ptr_array_add (argv, (char *) generator);
  g_ptr_array_add (argv, "--quiet");
  g_ptr_array_add (argv, "--seed");
  g_ptr_array_add (argv, (char *) seed);
  if (size != NULL)
    {
      g_ptr_array_add (argv, "--size");
      g_ptr_array_add (argv, (char *) size);
    }
  if (shape != NULL)
    {
      g_ptr_array_add (argv, "--shape");
      g_ptr_array_add (argv, (char *) shape);
    }
  if (scale != NULL)
    {
      g_ptr_array_add (argv, "--scale");
      g_ptr_array_add (argv, (char *) scale);
    }
  g_ptr_array_add (argv, "-o");
  g_ptr_array_add (argv, path);
  g_ptr_array_add (argv, NULL);

  assert_true (g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT,
                             NULL, NULL, NULL, &err, &status, &error));
  assert_null (error);
  if (!g_spawn_check_wait_status (status, &error))
    fail_msg ("coprod-generate failed: %s\n%s", error->message, err);

  return path;
}

static GBytes *
read_bytes (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  assert_true (g_file_get_contents (path, &contents, &length, &error));
  assert_null (error);

  return g_bytes_new_take (contents, length);
}

static CoprodRegistry *
load (const char *path)
{
  g_autoptr(CoprodRegistry) registry = coprod_registry_new ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  if (!coprod_registry_load_from_file (registry, file, NULL, &error))
    fail_msg ("%s does not load: %s", path, error->message);

  return g_steal_pointer (&registry);
}

static guint
count_errors (CoprodRegistry *registry)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) findings = coprod_registry_validate_as_of (registry, AS_OF, &error);
  guint i, n_errors = 0;

  assert_non_null (findings);
  for (i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(CoprodFinding) f = g_list_model_get_item (findings, i);

      if (coprod_finding_get_severity (f) == COPROD_SEVERITY_ERROR)
        {
          print_error ("error finding %s on %s: %s\n", coprod_finding_get_code (f),
                       coprod_finding_get_record_id (f), coprod_finding_get_message (f));
          n_errors++;
        }
    }

  return n_errors;
}

/* The 1 MB registry */

static char *one_mb;

static void
test_reproducible (void **state)
{
  g_autofree char *again = generate ("again.json", "7", "1", NULL, NULL);
  g_autofree char *other = generate ("other.json", "8", "1", NULL, NULL);
  g_autoptr(GBytes) a = read_bytes (one_mb);
  g_autoptr(GBytes) b = read_bytes (again);
  g_autoptr(GBytes) c = read_bytes (other);

  assert_true (g_bytes_equal (a, b));
  assert_false (g_bytes_equal (a, c));

  /* the size is approximate: just past the one asked for */
  assert_true (g_bytes_get_size (a) >= 1000 * 1000);
  assert_true (g_bytes_get_size (a) < 1200 * 1000);

  g_unlink (again);
  g_unlink (other);
}

static void
test_loads_and_validates (void **state)
{
  g_autoptr(CoprodRegistry) registry = load (one_mb);
  GListModel *people = coprod_registry_get_people (registry);
  guint i, n_lived = 0, n_partnerships, n_projects;

  assert_int_equal (count_errors (registry), 0);

  /* every collection holds something */
  assert_true (g_list_model_get_n_items (coprod_registry_get_organisations (registry)) > 0);
  assert_true (g_list_model_get_n_items (people) > 100);
  n_partnerships = g_list_model_get_n_items (coprod_registry_get_partnerships (registry));
  n_projects = g_list_model_get_n_items (coprod_registry_get_projects (registry));
  assert_true (n_partnerships > 0);
  assert_true (n_projects > n_partnerships);
  assert_true (g_list_model_get_n_items (coprod_registry_get_meetings (registry)) > 0);
  assert_true (g_list_model_get_n_items (coprod_registry_get_rate_cards (registry)) > 0);
  assert_true (g_list_model_get_n_items (coprod_registry_get_policies (registry)) > 0);
  assert_true (g_list_model_get_n_items (coprod_registry_get_payments (registry)) > 0);
  assert_true (g_list_model_get_n_items (coprod_registry_get_outputs (registry)) > 0);
  assert_true (g_list_model_get_n_items (coprod_registry_get_charters (registry)) > 0);
  assert_true (g_list_model_get_n_items (coprod_registry_get_pledges (registry)) > 0);
  assert_true (g_list_model_get_n_items (coprod_registry_get_reviews (registry)) > 0);

  for (i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(CoprodPerson) person = g_list_model_get_item (people, i);

      if (coprod_person_has_lived_experience (person))
        n_lived++;
    }
  assert_true (n_lived > 0);
  assert_true (n_lived < g_list_model_get_n_items (people));

  /* and every project can be assessed */
  {
    g_autoptr(GListModel) assessments = coprod_registry_assess_all (registry);
    guint rung, total = 0, n_rungs = 0;

    for (rung = COPROD_RUNG_NONE; rung <= COPROD_RUNG_CO_PRODUCTION; rung++)
      {
        guint n = coprod_assessment_count_at_rung (assessments, rung);

        total += n;
        n_rungs += n > 0;
      }
    assert_int_equal (total, n_projects);
    assert_true (n_rungs >= 3);
  }
}

static void
test_round_trip (void **state)
{
  g_autoptr(CoprodRegistry) registry = load (one_mb);
  g_autoptr(GBytes) original = read_bytes (one_mb);
  g_autofree char *saved_path = g_build_filename (tmp_dir, "saved.json", NULL);
  g_autoptr(GFile) saved = g_file_new_for_path (saved_path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) again = NULL;
  g_autofree char *data = NULL;
  gsize length;

  data = coprod_registry_to_data (registry, &length);
  assert_int_equal (length, g_bytes_get_size (original));
  assert_memory_equal (data, g_bytes_get_data (original, NULL), length);

  assert_true (coprod_registry_save_to_file (registry, saved, NULL, &error));
  assert_null (error);
  again = read_bytes (saved_path);
  assert_true (g_bytes_equal (original, again));
  g_unlink (saved_path);
}

/* The special shapes, at a hundredth of their size */

static void
check_shape (const char *shape,
             void      (*check) (CoprodRegistry *registry))
{
  g_autofree char *name = g_strdup_printf ("%s.json", shape);
  g_autofree char *path = generate (name, "3", NULL, shape, "0.01");
  g_autoptr(CoprodRegistry) registry = load (path);

  assert_int_equal (count_errors (registry), 0);
  check (registry);
  g_unlink (path);
}

static void
check_projects (CoprodRegistry *registry)
{
  assert_int_equal (g_list_model_get_n_items (coprod_registry_get_projects (registry)), 1000);
}

static void
check_people (CoprodRegistry *registry)
{
  assert_int_equal (g_list_model_get_n_items (coprod_registry_get_people (registry)), 2000);
}

static void
check_members (CoprodRegistry *registry)
{
  CoprodRecord *prt = coprod_registry_lookup (registry, "prt-shape");

  assert_true (COPROD_IS_PARTNERSHIP (prt));
  assert_int_equal (g_list_model_get_n_items (coprod_partnership_get_memberships (COPROD_PARTNERSHIP (prt))), 500);
}

static void
check_attendees (CoprodRegistry *registry)
{
  CoprodRecord *mtg = coprod_registry_lookup (registry, "mtg-shape");

  assert_true (COPROD_IS_MEETING (mtg));
  assert_int_equal (g_strv_length ((GStrv) coprod_meeting_get_attendee_ids (COPROD_MEETING (mtg))), 100);
}

static void
test_shape_projects (void **state)
{
  check_shape ("projects", check_projects);
}

static void
test_shape_people (void **state)
{
  check_shape ("people", check_people);
}

static void
test_shape_members (void **state)
{
  check_shape ("members", check_members);
}

static void
test_shape_attendees (void **state)
{
  check_shape ("attendees", check_attendees);
}

static void
test_shape_padded (void **state)
{
  g_autofree char *path = generate ("padded.json", "5", "0.3", "attendees", "0.01");
  g_autoptr(CoprodRegistry) registry = load (path);
  g_autoptr(GBytes) bytes = read_bytes (path);

  /* the shape first, then ordinary records up to the size */
  check_attendees (registry);
  assert_true (g_bytes_get_size (bytes) >= 300 * 1000);
  assert_true (g_list_model_get_n_items (coprod_registry_get_projects (registry)) > 0);
  assert_int_equal (count_errors (registry), 0);
  g_unlink (path);
}

static int
set_up_group (void **state)
{
  g_autoptr(GError) error = NULL;

  tmp_dir = g_dir_make_tmp ("test-generate-XXXXXX", &error);
  if (tmp_dir == NULL)
    return -1;
  one_mb = generate ("one-mb.json", "7", "1", NULL, NULL);

  return 0;
}

static int
tear_down_group (void **state)
{
  g_unlink (one_mb);
  g_clear_pointer (&one_mb, g_free);
  g_rmdir (tmp_dir);
  g_clear_pointer (&tmp_dir, g_free);

  return 0;
}

int
main (int   argc,
      char *argv[])
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_reproducible),
    cmocka_unit_test (test_loads_and_validates),
    cmocka_unit_test (test_round_trip),
    cmocka_unit_test (test_shape_projects),
    cmocka_unit_test (test_shape_people),
    cmocka_unit_test (test_shape_members),
    cmocka_unit_test (test_shape_attendees),
    cmocka_unit_test (test_shape_padded),
  };

  if (argc != 2)
    {
      g_printerr ("usage: test-generate PATH-OF-coprod-generate\n");
      return 2;
    }
  generator = argv[1];

  return cmocka_run_group_tests (tests, set_up_group, tear_down_group);
}
