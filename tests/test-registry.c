/* test-registry.c: one document holding the records
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "coprod-test-util.h"
#include "coprod-index-private.h"

/* Helpers */

static CoprodRegistry *
make_registry (void)
{
  CoprodRegistry *registry = coprod_registry_new ();
  g_autoptr(CoprodOrganisation) org = coprod_organisation_new ("org-1", "Riverside Carers Trust");
  g_autoptr(CoprodOrganisation) org2 = coprod_organisation_new ("org-2", "Fen Health Board");
  g_autoptr(CoprodPerson) p1 = coprod_person_new ("p-1", "Sam Example");
  g_autoptr(CoprodPerson) p2 = coprod_person_new ("p-2", "Kit Invented");
  g_autoptr(GError) error = NULL;
  const char *orgs[] = { "org-1", NULL };

  coprod_organisation_set_sector (org, COPROD_SECTOR_CHARITY);
  coprod_organisation_set_sector (org2, COPROD_SECTOR_NHS);
  coprod_person_set_roles (p1, COPROD_ROLE_LIVED_EXPERIENCE | COPROD_ROLE_CARER);
  coprod_person_set_organisation_ids (p1, orgs);
  coprod_person_set_retain_until (p1, "2027-04");
  coprod_person_set_roles (p2, COPROD_ROLE_STAFF);

  assert_true (coprod_registry_add (registry, COPROD_RECORD (org), &error));
  assert_true (coprod_registry_add (registry, COPROD_RECORD (org2), &error));
  assert_true (coprod_registry_add (registry, COPROD_RECORD (p1), &error));
  assert_true (coprod_registry_add (registry, COPROD_RECORD (p2), &error));
  assert_null (error);

  return registry;
}

typedef struct
{
  guint position;
  guint removed;
  guint added;
  guint n_items;      /* of the model, when the signal came */
} Change;

typedef struct
{
  GListModel     *model;
  gulong          handler;
  gulong          notify_handler;
  GArray         *changes;
  guint           n_items_notifies;
  CoprodRegistry *registry;
  const char     *must_find;   /* an id the registry must know during the signal */
} ChangeLog;

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  gpointer    user_data)
{
  ChangeLog *log = user_data;
  Change change = { position, removed, added, g_list_model_get_n_items (model) };

  /* the registry is consistent when the signal comes */
  if (log->must_find != NULL)
    assert_non_null (coprod_registry_lookup (log->registry, log->must_find));
  g_array_append_val (log->changes, change);
}

static void
on_n_items (GObject    *object,
            GParamSpec *pspec,
            gpointer    user_data)
{
  ChangeLog *log = user_data;

  log->n_items_notifies++;
}

static void
change_log_start (ChangeLog      *log,
                  CoprodRegistry *registry,
                  GListModel     *model)
{
  log->model = model;
  log->registry = registry;
  log->must_find = NULL;
  log->changes = g_array_new (FALSE, FALSE, sizeof (Change));
  log->n_items_notifies = 0;
  log->handler = g_signal_connect (model, "items-changed", G_CALLBACK (on_items_changed), log);
  log->notify_handler = g_signal_connect (model, "notify::n-items", G_CALLBACK (on_n_items), log);
}

static void
change_log_stop (ChangeLog *log)
{
  g_signal_handler_disconnect (log->model, log->handler);
  g_signal_handler_disconnect (log->model, log->notify_handler);
  g_clear_pointer (&log->changes, g_array_unref);
}

static void
assert_change (ChangeLog *log,
               guint      index,
               guint      position,
               guint      removed,
               guint      added,
               guint      n_items)
{
  Change *c;

  if (index >= log->changes->len)
    fail_msg ("expected change %u, got only %u", index, log->changes->len);
  c = &g_array_index (log->changes, Change, index);
  if (c->position != position || c->removed != removed || c->added != added ||
      c->n_items != n_items)
    fail_msg ("change %u: (%u, %u, %u) with %u items, expected (%u, %u, %u) with %u",
              index, c->position, c->removed, c->added, c->n_items,
              position, removed, added, n_items);
}

static guint
n_items_property (GListModel *model)
{
  guint n = G_MAXUINT;

  g_object_get (model, "n-items", &n, NULL);
  return n;
}

static void
assert_loads (CoprodRegistry *registry,
              const char     *data)
{
  g_autoptr(GError) error = NULL;

  if (!coprod_registry_load_from_data (registry, data, -1, &error))
    fail_msg ("%s", error->message);
}

/* Adding, finding, removing */

static void
test_registry_new (void **state)
{
  CoprodRegistry *registry = coprod_registry_new ();
  GListModel *people = coprod_registry_get_people (registry);
  GListModel *orgs = coprod_registry_get_organisations (registry);

  assert_int_equal (coprod_registry_get_n_records (registry), 0);
  assert_non_null (people);
  assert_non_null (orgs);
  assert_true (people != orgs);
  assert_int_equal (g_list_model_get_n_items (people), 0);
  assert_int_equal (g_list_model_get_n_items (orgs), 0);
  assert_true (g_list_model_get_item_type (people) == COPROD_TYPE_PERSON);
  assert_true (g_list_model_get_item_type (orgs) == COPROD_TYPE_ORGANISATION);
  assert_null (g_list_model_get_item (people, 0));

  /* the same collections, however asked for */
  assert_true (coprod_registry_get_collection (registry, COPROD_TYPE_PERSON) == people);
  assert_true (coprod_registry_get_collection (registry, COPROD_TYPE_ORGANISATION) == orgs);
  assert_null (coprod_registry_get_collection (registry, COPROD_TYPE_RECORD));
  assert_null (coprod_registry_get_collection (registry, G_TYPE_OBJECT));
  assert_null (coprod_registry_get_collection (registry, COPROD_TYPE_REGISTRY));

  coprod_test_assert_finalized (registry);
}

static void
test_registry_add_lookup_remove (void **state)
{
  CoprodRegistry *registry = coprod_registry_new ();
  g_autoptr(CoprodPerson) person = coprod_person_new ("p-1", "Sam Example");
  g_autoptr(CoprodOrganisation) org = coprod_organisation_new ("org-1", "Hill Forum");
  g_autoptr(GError) error = NULL;
  g_autoptr(GObject) item = NULL;
  GListModel *people = coprod_registry_get_people (registry);

  assert_true (coprod_registry_add (registry, COPROD_RECORD (person), &error));
  assert_true (coprod_registry_add (registry, COPROD_RECORD (org), &error));
  assert_null (error);
  assert_int_equal (coprod_registry_get_n_records (registry), 2);

  assert_true (coprod_registry_lookup (registry, "p-1") == COPROD_RECORD (person));
  assert_true (coprod_registry_lookup (registry, "org-1") == COPROD_RECORD (org));
  assert_null (coprod_registry_lookup (registry, "p-2"));
  assert_null (coprod_registry_lookup (registry, "P-1"));
  assert_null (coprod_registry_lookup (registry, ""));

  item = g_list_model_get_item (people, 0);
  assert_true (item == G_OBJECT (person));
  assert_int_equal (g_list_model_get_n_items (coprod_registry_get_organisations (registry)), 1);

  /* the registry holds its own reference */
  assert_int_equal (G_OBJECT (person)->ref_count, 3);

  assert_true (coprod_registry_remove (registry, "p-1", &error));
  assert_null (coprod_registry_lookup (registry, "p-1"));
  assert_int_equal (g_list_model_get_n_items (people), 0);
  assert_int_equal (coprod_registry_get_n_records (registry), 1);
  assert_int_equal (G_OBJECT (person)->ref_count, 2);

  /* removing it again: not found, nothing changes */
  assert_false (coprod_registry_remove (registry, "p-1", &error));
  assert_true (g_error_matches (error, COPROD_ERROR, COPROD_ERROR_NOT_FOUND));
  assert_null (strstr (error->message, "p-1"));   /* an id that names no record is not quoted */
  assert_int_equal (coprod_registry_get_n_records (registry), 1);

  /* the id is free again */
  assert_true (coprod_registry_add (registry, COPROD_RECORD (person), NULL));
  assert_true (coprod_registry_lookup (registry, "p-1") == COPROD_RECORD (person));

  coprod_registry_clear (registry);
  assert_int_equal (coprod_registry_get_n_records (registry), 0);
  assert_null (coprod_registry_lookup (registry, "org-1"));
  assert_int_equal (g_list_model_get_n_items (people), 0);

  coprod_test_assert_finalized (registry);
}

/* Records are found by the address of their id string as well as by
 * its text; many adds and removes in a shuffled order leave both ways
 * right, and nothing found by an address that has gone */
static void
test_registry_lookup_churn (void **state)
{
  g_autoptr(CoprodRegistry) registry = coprod_registry_new ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  g_autoptr(GError) error = NULL;
  const guint n = 3000;
  gboolean *present = g_new0 (gboolean, n);
  guint *order = g_new (guint, n);
  guint round, i;

  for (i = 0; i < n; i++)
    order[i] = i;

  for (round = 0; round < 4; round++)
    {
      guint n_present = 0;

      /* shuffle, then add what is missing and remove about a third */
      for (i = n - 1; i > 0; i--)
        {
          guint j = (guint) g_rand_int_range (rand, 0, (gint32) i + 1), t = order[i];

          order[i] = order[j];
          order[j] = t;
        }
      for (i = 0; i < n; i++)
        {
          guint k = order[i];
          g_autofree char *id = g_strdup_printf ("p-%u", k);

          if (!present[k])
            {
              g_autoptr(CoprodPerson) person = coprod_person_new (id, NULL);

              assert_true (coprod_registry_add (registry, COPROD_RECORD (person), &error));
              present[k] = TRUE;
            }
          else if (g_rand_int_range (rand, 0, 3) == 0)
            {
              assert_true (coprod_registry_remove (registry, id, &error));
              present[k] = FALSE;
            }
          assert_null (error);
        }

      for (i = 0; i < n; i++)
        {
          g_autofree char *id = g_strdup_printf ("p-%u", i);
          CoprodRecord *record = coprod_registry_lookup (registry, id);

          if (present[i])
            {
              assert_non_null (record);
              assert_string_equal (coprod_record_get_id (record), id);
              /* and by its own string's address */
              assert_ptr_equal (coprod_registry_lookup (registry, coprod_record_get_id (record)),
                                record);
              n_present++;
            }
          else
            assert_null (record);
        }
      assert_int_equal (coprod_registry_get_n_records (registry), n_present);
      assert_int_equal (_coprod_registry_check_by_address (registry), n_present);
    }

  coprod_registry_clear (registry);
  assert_int_equal (_coprod_registry_check_by_address (registry), 0);
  g_free (present);
  g_free (order);
}

/* A loaded registry shares each id string with the references that name
 * the record, and a look-up by either finds it */
static void
test_registry_load_shares_ids (void **state)
{
  g_autoptr(CoprodRegistry) registry = coprod_registry_new ();
  g_autoptr(GError) error = NULL;
  GListModel *projects;
  guint i, j, n_shared = 0, n_involvements = 0;

  assert_true (coprod_registry_load_from_data (registry,
      "{\"format\": \"coprod\", \"version\": 1,"
      " \"projects\": [{\"id\": \"prj-1\", \"title\": \"T\", \"stages\": [\"planning\"],"
      "   \"involvements\": [{\"person_id\": \"p-1\", \"stage\": \"planning\", \"mode\": \"partner\"},"
      "                      {\"person_id\": \"p-2\", \"stage\": \"planning\", \"mode\": \"consulted\"}]}],"
      " \"people\": [{\"id\": \"p-1\"}, {\"id\": \"p-2\"}]}",
      -1, &error));
  assert_null (error);
  assert_int_equal (_coprod_registry_check_by_address (registry), 3);

  projects = coprod_registry_get_projects (registry);
  for (i = 0; i < g_list_model_get_n_items (projects); i++)
    {
      g_autoptr(CoprodProject) project = g_list_model_get_item (projects, i);
      GListModel *involvements = coprod_project_get_involvements (project);

      for (j = 0; j < g_list_model_get_n_items (involvements); j++)
        {
          g_autoptr(CoprodInvolvement) inv = g_list_model_get_item (involvements, j);
          const char *person_id = coprod_involvement_get_person_id (inv);
          CoprodRecord *person = coprod_registry_lookup (registry, person_id);

          assert_non_null (person);
          n_involvements++;
          if (coprod_record_get_id (person) == person_id)
            n_shared++;
        }
    }
  assert_int_equal (n_involvements, 2);
  assert_int_equal (n_shared, 2);
}

static void
test_registry_refusals_change_nothing (void **state)
{
  CoprodRegistry *registry = make_registry ();
  g_autofree char *before = coprod_registry_to_data (registry, NULL);
  CoprodRecord *original = coprod_registry_lookup (registry, "p-1");
  ChangeLog people_log, orgs_log;
  struct {
    CoprodRecord *record;
    int           code;
  } cases[] = {
    /* the same id in the same collection, and in another one */
    { COPROD_RECORD (coprod_person_new ("p-1", "Jo Invented")), COPROD_ERROR_DUPLICATE_ID },
    { COPROD_RECORD (coprod_organisation_new ("p-1", "Hill Forum")), COPROD_ERROR_DUPLICATE_ID },
    { COPROD_RECORD (coprod_person_new ("org-2", NULL)), COPROD_ERROR_DUPLICATE_ID },
    /* no id, an empty one, an invalid one */
    { COPROD_RECORD (g_object_new (COPROD_TYPE_PERSON, NULL)), COPROD_ERROR_ID },
    { COPROD_RECORD (coprod_person_new ("", "Jo Invented")), COPROD_ERROR_ID },
    { COPROD_RECORD (coprod_organisation_new ("org-3\n", NULL)), COPROD_ERROR_ID },
  };
  gsize i;

  change_log_start (&people_log, registry, coprod_registry_get_people (registry));
  change_log_start (&orgs_log, registry, coprod_registry_get_organisations (registry));

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *after = NULL;

      assert_false (coprod_registry_add (registry, cases[i].record, &error));
      if (!g_error_matches (error, COPROD_ERROR, cases[i].code))
        fail_msg ("case %" G_GSIZE_FORMAT ": expected code %d, got %s", i,
                  cases[i].code, error ? error->message : "no error");

      after = coprod_registry_to_data (registry, NULL);
      assert_string_equal (before, after);
      assert_int_equal (coprod_registry_get_n_records (registry), 4);
      assert_true (coprod_registry_lookup (registry, "p-1") == original);
      coprod_test_assert_finalized (cases[i].record);
    }

  /* no signal for anything refused */
  assert_int_equal (people_log.changes->len, 0);
  assert_int_equal (orgs_log.changes->len, 0);
  assert_int_equal (people_log.n_items_notifies, 0);
  assert_int_equal (orgs_log.n_items_notifies, 0);
  change_log_stop (&people_log);
  change_log_stop (&orgs_log);

  coprod_test_assert_finalized (registry);
}

static void
test_registry_duplicate_message (void **state)
{
  CoprodRegistry *registry = make_registry ();
  g_autoptr(CoprodPerson) again = coprod_person_new ("p-2", "Jo Invented");
  g_autoptr(GError) error = NULL;

  assert_false (coprod_registry_add (registry, COPROD_RECORD (again), &error));
  assert_non_null (strstr (error->message, "\"p-2\""));
  /* no personal data in an error message */
  assert_null (strstr (error->message, "Invented"));

  coprod_test_assert_finalized (registry);
}

/* Signals */

static void
test_registry_items_changed_add_remove (void **state)
{
  CoprodRegistry *registry = coprod_registry_new ();
  GListModel *people = coprod_registry_get_people (registry);
  GListModel *orgs = coprod_registry_get_organisations (registry);
  ChangeLog people_log, orgs_log;
  const char *ids[] = { "p-a", "p-b", "p-c", "p-d" };
  gsize i;

  change_log_start (&people_log, registry, people);
  change_log_start (&orgs_log, registry, orgs);

  for (i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autoptr(CoprodPerson) person = coprod_person_new (ids[i], NULL);

      people_log.must_find = ids[i];
      assert_true (coprod_registry_add (registry, COPROD_RECORD (person), NULL));
      assert_change (&people_log, (guint) i, (guint) i, 0, 1, (guint) i + 1);
      assert_int_equal (n_items_property (people), i + 1);
    }
  assert_int_equal (people_log.n_items_notifies, 4);
  people_log.must_find = NULL;

  /* from the middle, the end, the start */
  assert_true (coprod_registry_remove (registry, "p-b", NULL));
  assert_change (&people_log, 4, 1, 1, 0, 3);
  assert_true (coprod_registry_remove (registry, "p-d", NULL));
  assert_change (&people_log, 5, 2, 1, 0, 2);
  assert_true (coprod_registry_remove (registry, "p-a", NULL));
  assert_change (&people_log, 6, 0, 1, 0, 1);
  assert_int_equal (people_log.changes->len, 7);
  assert_int_equal (people_log.n_items_notifies, 7);
  assert_int_equal (n_items_property (people), 1);

  {
    g_autoptr(GObject) left = g_list_model_get_item (people, 0);

    assert_string_equal (coprod_record_get_id (COPROD_RECORD (left)), "p-c");
  }

  /* the other collection heard nothing */
  assert_int_equal (orgs_log.changes->len, 0);
  assert_int_equal (orgs_log.n_items_notifies, 0);

  change_log_stop (&people_log);
  change_log_stop (&orgs_log);
  coprod_test_assert_finalized (registry);
}

static void
test_registry_items_changed_load (void **state)
{
  CoprodRegistry *registry = make_registry ();
  GListModel *people = coprod_registry_get_people (registry);
  GListModel *orgs = coprod_registry_get_organisations (registry);
  ChangeLog people_log, orgs_log;

  change_log_start (&people_log, registry, people);
  change_log_start (&orgs_log, registry, orgs);
  /* both collections are new when either signal comes */
  people_log.must_find = "org-new";
  orgs_log.must_find = "p-new-3";

  assert_loads (registry,
                "{\"format\":\"coprod\",\"version\":1,"
                "\"organisations\":[{\"id\":\"org-new\"}],"
                "\"people\":[{\"id\":\"p-new-1\"},{\"id\":\"p-new-2\"},{\"id\":\"p-new-3\"}]}");

  /* each collection replaced whole, in one signal */
  assert_int_equal (orgs_log.changes->len, 1);
  assert_change (&orgs_log, 0, 0, 2, 1, 1);
  assert_int_equal (people_log.changes->len, 1);
  assert_change (&people_log, 0, 0, 2, 3, 3);
  assert_int_equal (orgs_log.n_items_notifies, 1);
  assert_int_equal (people_log.n_items_notifies, 1);
  assert_int_equal (n_items_property (people), 3);
  assert_int_equal (n_items_property (orgs), 1);

  /* the same number of records: items-changed, but n-items is unchanged */
  people_log.must_find = NULL;
  orgs_log.must_find = NULL;
  assert_loads (registry,
                "{\"format\":\"coprod\",\"version\":1,"
                "\"organisations\":[{\"id\":\"org-other\"}],"
                "\"people\":[]}");
  assert_change (&orgs_log, 1, 0, 1, 1, 1);
  assert_int_equal (orgs_log.n_items_notifies, 1);
  assert_change (&people_log, 1, 0, 3, 0, 0);
  assert_int_equal (people_log.n_items_notifies, 2);

  /* nothing before and nothing after: no signal at all */
  assert_loads (registry,
                "{\"format\":\"coprod\",\"version\":1,\"organisations\":[{\"id\":\"org-x\"}]}");
  assert_int_equal (people_log.changes->len, 2);
  assert_int_equal (people_log.n_items_notifies, 2);

  change_log_stop (&people_log);
  change_log_stop (&orgs_log);
  coprod_test_assert_finalized (registry);
}

/* Loading */

static void
test_registry_load_replaces (void **state)
{
  CoprodRegistry *registry = make_registry ();
  g_autoptr(CoprodPerson) old = g_object_ref (COPROD_PERSON (coprod_registry_lookup (registry, "p-1")));
  gboolean old_finalized = FALSE;
  CoprodRecord *record;

  assert_loads (registry,
                "{\"format\":\"coprod\",\"version\":1,"
                "\"people\":[{\"id\":\"p-1\",\"name\":\"Jo Invented\"},{\"id\":\"p-9\"}]}");

  /* the old records are gone, even one of the same id */
  assert_int_equal (coprod_registry_get_n_records (registry), 2);
  assert_null (coprod_registry_lookup (registry, "org-1"));
  assert_null (coprod_registry_lookup (registry, "p-2"));
  assert_int_equal (g_list_model_get_n_items (coprod_registry_get_organisations (registry)), 0);
  record = coprod_registry_lookup (registry, "p-1");
  assert_non_null (record);
  assert_true (record != COPROD_RECORD (old));
  assert_string_equal (coprod_person_get_name (COPROD_PERSON (record)), "Jo Invented");
  assert_int_equal (coprod_person_get_roles (COPROD_PERSON (record)), COPROD_ROLE_NONE);

  /* and released by the registry */
  g_object_weak_ref (G_OBJECT (old), coprod_test_mark_gone, &old_finalized);
  g_clear_object (&old);
  assert_true (old_finalized);

  coprod_test_assert_finalized (registry);
}

static const char *bad_documents[] = {
  "",
  "{",
  "[]",
  "{\"format\":\"coprod\",\"version\":1,\"people\":[{\"id\":\"p-1\",\"roles\":[\"x\"]}]}",
  "{\"format\":\"coprod\",\"version\":1,\"people\":{}}",
  "{\"format\":\"coprod\",\"version\":1,\"people\":[{\"id\":\"a\"}],\"organisations\":[{\"id\":\"a\"}]}",
  "{\"format\":\"coprod\",\"version\":2}",
  "{\"format\":\"coprod\",\"version\":1,\"people\":[{\"id\":\"p\",\"retain_until\":\"2023-02-29\"}]}",
  "{\"format\":\"coprod\",\"version\":1,\"people\":[],\"people\":[]}",
  "{\"format\":\"coprod\",\"version\":1,\"people\":[{\"id\":\"p\",\"name\":\"a\\u0000b\"}]}",
  "{\"format\":\"coprod\",\"version\":1,\"n\":100000000000000000000}",
};

static void
test_registry_failed_load_changes_nothing (void **state)
{
  CoprodRegistry *registry = make_registry ();
  g_autofree char *before = NULL;
  ChangeLog people_log, orgs_log;
  gsize i;

  /* with unknown members of its own, which must survive too */
  assert_loads (registry,
                "{\"format\":\"coprod\",\"version\":1,\"x_tool\":{\"v\":3},"
                "\"people\":[{\"id\":\"p-1\",\"name\":\"Sam Example\",\"x_note\":1}]}");
  before = coprod_registry_to_data (registry, NULL);

  change_log_start (&people_log, registry, coprod_registry_get_people (registry));
  change_log_start (&orgs_log, registry, coprod_registry_get_organisations (registry));

  for (i = 0; i < G_N_ELEMENTS (bad_documents); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = g_bytes_new_static (bad_documents[i], strlen (bad_documents[i]));
      g_autofree char *after = NULL;

      if (coprod_registry_load_from_data (registry, bad_documents[i], -1, &error))
        fail_msg ("document %" G_GSIZE_FORMAT " loaded: %s", i, bad_documents[i]);
      assert_true (error->domain == COPROD_ERROR);
      g_clear_error (&error);
      assert_false (coprod_registry_load_from_bytes (registry, bytes, &error));
      assert_true (error->domain == COPROD_ERROR);

      after = coprod_registry_to_data (registry, NULL);
      assert_string_equal (before, after);
    }

  assert_int_equal (people_log.changes->len, 0);
  assert_int_equal (orgs_log.changes->len, 0);
  assert_int_equal (people_log.n_items_notifies, 0);
  change_log_stop (&people_log);
  change_log_stop (&orgs_log);

  coprod_test_assert_finalized (registry);
}

static void
test_registry_unknown_top_level_members (void **state)
{
  CoprodRegistry *registry = coprod_registry_new ();
  g_autofree char *data = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonObject *top, *tool;
  JsonArray *later;

  assert_loads (registry,
                "{\"x_tool\":{\"name\":\"spreadsheet import\",\"rows\":[1,2]},"
                "\"format\":\"coprod\",\"version\":1,"
                "\"people\":[{\"id\":\"p-1\"}],"
                "\"projects_of_the_future\":[{\"id\":\"f-1\"}],"
                "\"comment\":null}");
  assert_int_equal (coprod_registry_get_n_records (registry), 1);

  data = coprod_registry_to_data (registry, NULL);
  root = coprod_test_parse_json (data);
  top = json_node_get_object (root);
  assert_string_equal (json_object_get_string_member (top, "format"), "coprod");
  assert_int_equal (json_object_get_int_member (top, "version"), 1);
  tool = json_object_get_object_member (top, "x_tool");
  assert_non_null (tool);
  assert_string_equal (json_object_get_string_member (tool, "name"), "spreadsheet import");
  later = json_object_get_array_member (top, "projects_of_the_future");
  assert_non_null (later);
  assert_string_equal (json_object_get_string_member (json_array_get_object_element (later, 0), "id"),
                       "f-1");
  assert_true (json_object_has_member (top, "comment"));
  assert_true (json_object_get_null_member (top, "comment"));

  coprod_test_assert_roundtrip (registry);

  /* a load without them drops them: they belong to the document */
  assert_loads (registry, "{\"format\":\"coprod\",\"version\":1}");
  g_clear_pointer (&data, g_free);
  g_clear_pointer (&root, json_node_unref);
  data = coprod_registry_to_data (registry, NULL);
  root = coprod_test_parse_json (data);
  assert_false (json_object_has_member (json_node_get_object (root), "x_tool"));

  /* and clearing drops them too */
  assert_loads (registry, "{\"format\":\"coprod\",\"version\":1,\"x_other\":true}");
  coprod_registry_clear (registry);
  g_clear_pointer (&data, g_free);
  g_clear_pointer (&root, json_node_unref);
  data = coprod_registry_to_data (registry, NULL);
  root = coprod_test_parse_json (data);
  assert_false (json_object_has_member (json_node_get_object (root), "x_other"));

  coprod_test_assert_finalized (registry);
}

static void
test_registry_format_and_version (void **state)
{
  const struct {
    const char *doc;
    int         code;
    const char *parts[2];
  } cases[] = {
    { "{\"version\":1,\"people\":[]}", COPROD_ERROR_FORMAT, { "format", NULL } },
    { "{\"format\":\"Coprod\",\"version\":1}", COPROD_ERROR_FORMAT, { "\"format\"", "coprod" } },
    { "{\"format\":\"popolo\",\"version\":1}", COPROD_ERROR_FORMAT, { "\"format\"", NULL } },
    { "{\"format\":1,\"version\":1}", COPROD_ERROR_FORMAT, { "\"format\"", NULL } },
    { "{\"format\":\"coprod\"}", COPROD_ERROR_FORMAT, { "\"version\"", NULL } },
    { "{\"format\":\"coprod\",\"version\":\"1\"}", COPROD_ERROR_FORMAT, { "\"version\"", NULL } },
    { "{\"format\":\"coprod\",\"version\":1.5}", COPROD_ERROR_FORMAT, { "\"version\"", NULL } },
    { "{\"format\":\"coprod\",\"version\":0}", COPROD_ERROR_FORMAT, { "0", NULL } },
    { "{\"format\":\"coprod\",\"version\":-1}", COPROD_ERROR_FORMAT, { "-1", NULL } },
    { "{\"format\":\"coprod\",\"version\":2,\"people\":[]}", COPROD_ERROR_VERSION,
      { "version 2", "version 1" } },
    { "{\"format\":\"coprod\",\"version\":17}", COPROD_ERROR_VERSION, { "17", "version 1" } },
    { "[{\"format\":\"coprod\",\"version\":1}]", COPROD_ERROR_FORMAT, { "an array", NULL } },
    { "\"coprod\"", COPROD_ERROR_FORMAT, { NULL, NULL } },
    { "{\"format\":\"coprod\",\"version\":1,\"people\":{\"p-1\":{}}}", COPROD_ERROR_TYPE,
      { "people", "expected an array" } },
    { "{\"format\":\"coprod\",\"version\":1,\"organisations\":null}", COPROD_ERROR_TYPE,
      { "organisations", NULL } },
  };
  gsize i, j;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *message = coprod_test_load_expect_error (cases[i].doc, cases[i].code);

      for (j = 0; j < G_N_ELEMENTS (cases[i].parts); j++)
        if (cases[i].parts[j] != NULL && strstr (message, cases[i].parts[j]) == NULL)
          fail_msg ("%s: message \"%s\" does not say %s", cases[i].doc, message,
                    cases[i].parts[j]);
    }
}

static void
test_registry_minimal_documents (void **state)
{
  CoprodRegistry *registry = make_registry ();
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  g_autoptr(JsonNode) root = NULL;

  /* collections may be absent or empty */
  assert_loads (registry, "{\"format\":\"coprod\",\"version\":1}");
  assert_int_equal (coprod_registry_get_n_records (registry), 0);
  assert_loads (registry, "{\"version\":1,\"format\":\"coprod\",\"people\":[],\"organisations\":[]}");
  assert_int_equal (coprod_registry_get_n_records (registry), 0);

  /* what an empty registry writes is a document of the current version */
  data = coprod_registry_to_data (registry, NULL);
  root = coprod_test_parse_json (data);
  assert_string_equal (json_object_get_string_member (json_node_get_object (root), "format"), "coprod");
  assert_int_equal (json_object_get_int_member (json_node_get_object (root), "version"),
                    COPROD_FORMAT_VERSION);
  assert_true (coprod_registry_load_from_data (registry, data, -1, &error));

  coprod_test_assert_finalized (registry);
}

static void
test_registry_load_from_data_length (void **state)
{
  CoprodRegistry *registry = coprod_registry_new ();
  g_autoptr(GError) error = NULL;
  const char doc[] = "{\"format\":\"coprod\",\"version\":1,\"people\":[{\"id\":\"p-1\"}]}";
  g_autofree char *with_tail = g_strconcat (doc, "GARBAGE", NULL);
  g_autofree char *exact = g_memdup2 (doc, sizeof doc - 1);   /* no NUL */

  /* the length is honoured: bytes past it are not read */
  assert_true (coprod_registry_load_from_data (registry, with_tail, sizeof doc - 1, &error));
  assert_non_null (coprod_registry_lookup (registry, "p-1"));
  assert_true (coprod_registry_load_from_data (registry, exact, sizeof doc - 1, &error));
  assert_non_null (coprod_registry_lookup (registry, "p-1"));

  /* and the whole buffer, garbage included, is refused */
  assert_false (coprod_registry_load_from_data (registry, with_tail, -1, &error));
  assert_true (g_error_matches (error, COPROD_ERROR, COPROD_ERROR_PARSE));
  assert_non_null (coprod_registry_lookup (registry, "p-1"));

  coprod_test_assert_finalized (registry);
}

static void
test_registry_load_from_bytes (void **state)
{
  CoprodRegistry *registry = coprod_registry_new ();
  g_autoptr(CoprodRegistry) source = make_registry ();
  g_autoptr(GError) error = NULL;
  gsize length;
  char *data = coprod_registry_to_data (source, &length);
  g_autoptr(GBytes) bytes = g_bytes_new_take (data, length);
  g_autoptr(GBytes) empty = g_bytes_new_static ("", 0);
  g_autofree char *again = NULL;

  assert_int_equal (length, strlen (data));
  if (!coprod_registry_load_from_bytes (registry, bytes, &error))
    fail_msg ("%s", error->message);
  again = coprod_registry_to_data (registry, NULL);
  assert_string_equal (data, again);

  /* empty bytes are not a document */
  assert_false (coprod_registry_load_from_bytes (registry, empty, &error));
  assert_true (g_error_matches (error, COPROD_ERROR, COPROD_ERROR_PARSE));
  assert_int_equal (coprod_registry_get_n_records (registry), 4);

  coprod_test_assert_finalized (registry);
}

static void
test_registry_load_from_stream (void **state)
{
  CoprodRegistry *registry = coprod_registry_new ();
  g_autoptr(CoprodRegistry) source = make_registry ();
  g_autoptr(GError) error = NULL;
  g_autofree char *data = coprod_registry_to_data (source, NULL);
  g_autofree char *again = NULL;
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(GInputStream) bad = NULL;
  g_autoptr(GInputStream) cancelled_stream = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autofree char *path = coprod_test_tmp_path ("stream.json");
  g_autoptr(GFile) file = NULL;
  GString *big = g_string_new (NULL);
  guint i;

  stream = g_memory_input_stream_new_from_data (g_strdup (data), -1, g_free);
  if (!coprod_registry_load_from_stream (registry, stream, NULL, &error))
    fail_msg ("%s", error->message);
  again = coprod_registry_to_data (registry, NULL);
  assert_string_equal (data, again);

  /* a document in many pieces, longer than one read */
  g_string_append (big, "{\"format\":\"coprod\",\"version\":1,\"people\":[");
  for (i = 0; i < 2000; i++)
    g_string_append_printf (big, "%s{\"id\":\"p-%u\",\"name\":\"Person %u\"}", i ? "," : "", i, i);
  g_string_append (big, "]}");
  {
    g_autoptr(GInputStream) chunks = g_memory_input_stream_new ();
    gsize off;

    for (off = 0; off < big->len; off += 1000)
      g_memory_input_stream_add_data (G_MEMORY_INPUT_STREAM (chunks),
                                      g_strndup (big->str + off, MIN (1000, big->len - off)),
                                      (gssize) MIN (1000, big->len - off), g_free);
    if (!coprod_registry_load_from_stream (registry, chunks, NULL, &error))
      fail_msg ("%s", error->message);
    assert_int_equal (coprod_registry_get_n_records (registry), 2000);
    assert_non_null (coprod_registry_lookup (registry, "p-1999"));
  }
  g_string_free (big, TRUE);

  /* a bad stream leaves the registry alone */
  bad = g_memory_input_stream_new_from_data ("{\"format\":\"coprod\",\"version\":1,\"people\":[{}]}", -1, NULL);
  assert_false (coprod_registry_load_from_stream (registry, bad, NULL, &error));
  assert_true (g_error_matches (error, COPROD_ERROR, COPROD_ERROR_ID));
  g_clear_error (&error);
  assert_int_equal (coprod_registry_get_n_records (registry), 2000);

  /* so does a cancelled read (of a file: memory streams do not look at
   * their cancellable) */
  g_cancellable_cancel (cancellable);
  assert_true (g_file_set_contents (path, data, -1, NULL));
  file = g_file_new_for_path (path);
  cancelled_stream = G_INPUT_STREAM (g_file_read (file, NULL, &error));
  assert_non_null (cancelled_stream);
  assert_false (coprod_registry_load_from_stream (registry, cancelled_stream, cancellable, &error));
  assert_true (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED));
  assert_int_equal (coprod_registry_get_n_records (registry), 2000);

  coprod_test_assert_finalized (registry);
}

static void
test_registry_load_bom (void **state)
{
  CoprodRegistry *registry = coprod_registry_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = coprod_test_tmp_path ("bom.json");
  const char doc[] = "\xEF\xBB\xBF{\"format\":\"coprod\",\"version\":1,\"people\":[{\"id\":\"p-bom\"}]}\n";

  if (!coprod_registry_load_from_data (registry, doc, -1, &error))
    fail_msg ("%s", error->message);
  assert_non_null (coprod_registry_lookup (registry, "p-bom"));

  /* from a file as well */
  coprod_registry_clear (registry);
  assert_true (g_file_set_contents (path, doc, -1, NULL));
  file = g_file_new_for_path (path);
  if (!coprod_registry_load_from_file (registry, file, NULL, &error))
    fail_msg ("%s", error->message);
  assert_non_null (coprod_registry_lookup (registry, "p-bom"));

  /* only one, and only at the start */
  assert_false (coprod_registry_load_from_data (registry,
                "\xEF\xBB\xBF\xEF\xBB\xBF{\"format\":\"coprod\",\"version\":1}", -1, &error));
  assert_true (g_error_matches (error, COPROD_ERROR, COPROD_ERROR_PARSE));
  g_clear_error (&error);
  assert_false (coprod_registry_load_from_data (registry,
                " \xEF\xBB\xBF{\"format\":\"coprod\",\"version\":1}", -1, &error));
  assert_true (g_error_matches (error, COPROD_ERROR, COPROD_ERROR_PARSE));
  assert_non_null (coprod_registry_lookup (registry, "p-bom"));

  /* and none is written */
  {
    g_autofree char *data = coprod_registry_to_data (registry, NULL);

    assert_true (data[0] == '{');
  }

  coprod_test_assert_finalized (registry);
}

static void
test_registry_load_from_file_errors (void **state)
{
  CoprodRegistry *registry = make_registry ();
  g_autofree char *before = coprod_registry_to_data (registry, NULL);
  g_autofree char *after = NULL;
  g_autofree char *missing_path = coprod_test_tmp_path ("does-not-exist.json");
  g_autofree char *bad_path = coprod_test_tmp_path ("bad.json");
  g_autoptr(GFile) missing = g_file_new_for_path (missing_path);
  g_autoptr(GFile) bad = g_file_new_for_path (bad_path);
  g_autoptr(GError) error = NULL;

  assert_false (coprod_registry_load_from_file (registry, missing, NULL, &error));
  assert_true (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND));
  g_clear_error (&error);

  assert_true (g_file_set_contents (bad_path, "{\"format\":\"coprod\",\n \"version\": 1,\n oops}", -1, NULL));
  assert_false (coprod_registry_load_from_file (registry, bad, NULL, &error));
  assert_true (g_error_matches (error, COPROD_ERROR, COPROD_ERROR_PARSE));
  /* where: the line and column */
  assert_non_null (strstr (error->message, "3:2"));

  after = coprod_registry_to_data (registry, NULL);
  assert_string_equal (before, after);

  coprod_test_assert_finalized (registry);
}

/* Saving */

static guint
count_entries (const char *dir_path)
{
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  guint n = 0;

  assert_non_null (dir);
  while (g_dir_read_name (dir) != NULL)
    n++;
  return n;
}

static char *
make_subdir (const char *name)
{
  char *dir = coprod_test_tmp_path (name);

  assert_int_equal (g_mkdir (dir, 0700), 0);
  return dir;
}

static void
remove_subdir (const char *dir_path)
{
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir_path, name, NULL);

      g_remove (path);
    }
  g_rmdir (dir_path);
}

static void
test_registry_save_mode_and_contents (void **state)
{
  CoprodRegistry *registry = make_registry ();
  g_autoptr(CoprodRegistry) loaded = coprod_registry_new ();
  g_autofree char *dir = make_subdir ("save-new");
  g_autofree char *path = g_build_filename (dir, "registry.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *expected = coprod_registry_to_data (registry, NULL);
  mode_t old_umask = umask (022);

  if (!coprod_registry_save_to_file (registry, file, NULL, &error))
    fail_msg ("%s", error->message);
  umask (old_umask);

  /* private, whatever the umask */
  assert_int_equal (coprod_test_file_mode (path), 0600);
  assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  assert_string_equal (contents, expected);
  /* and nothing else in the folder */
  assert_int_equal (count_entries (dir), 1);

  if (!coprod_registry_load_from_file (loaded, file, NULL, &error))
    fail_msg ("%s", error->message);
  {
    g_autofree char *again = coprod_registry_to_data (loaded, NULL);

    assert_string_equal (again, expected);
  }
  assert_int_equal (coprod_person_get_roles (COPROD_PERSON (coprod_registry_lookup (loaded, "p-1"))),
                    COPROD_ROLE_LIVED_EXPERIENCE | COPROD_ROLE_CARER);

  remove_subdir (dir);
  coprod_test_assert_finalized (registry);
}

static void
test_registry_save_replaces_open_file (void **state)
{
  CoprodRegistry *registry = make_registry ();
  g_autofree char *dir = make_subdir ("save-replace");
  g_autofree char *path = g_build_filename (dir, "registry.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *expected = coprod_registry_to_data (registry, NULL);
  mode_t old_umask;

  /* an older, world-readable file, as json-glib or an editor writes */
  assert_true (g_file_set_contents (path, "{\"format\":\"coprod\",\"version\":1}", -1, NULL));
  assert_int_equal (g_chmod (path, 0644), 0);
  assert_int_equal (coprod_test_file_mode (path), 0644);

  old_umask = umask (022);
  if (!coprod_registry_save_to_file (registry, file, NULL, &error))
    fail_msg ("%s", error->message);
  umask (old_umask);

  assert_int_equal (coprod_test_file_mode (path), 0600);
  assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  assert_string_equal (contents, expected);
  assert_int_equal (count_entries (dir), 1);

  /* saving again over our own file */
  coprod_registry_remove (registry, "p-2", NULL);
  g_clear_pointer (&contents, g_free);
  g_clear_pointer (&expected, g_free);
  expected = coprod_registry_to_data (registry, NULL);
  assert_true (coprod_registry_save_to_file (registry, file, NULL, &error));
  assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  assert_string_equal (contents, expected);
  assert_int_equal (coprod_test_file_mode (path), 0600);
  assert_int_equal (count_entries (dir), 1);

  remove_subdir (dir);
  coprod_test_assert_finalized (registry);
}

static void
test_registry_save_failure_leaves_nothing (void **state)
{
  CoprodRegistry *registry = make_registry ();
  g_autofree char *dir = make_subdir ("save-fail");
  g_autofree char *path = g_build_filename (dir, "no-such-folder", "registry.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *ok_path = g_build_filename (dir, "kept.json", NULL);
  g_autoptr(GFile) ok_file = g_file_new_for_path (ok_path);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;

  assert_false (coprod_registry_save_to_file (registry, file, NULL, &error));
  assert_non_null (error);
  g_clear_error (&error);
  assert_int_equal (count_entries (dir), 0);

  /* a cancelled save writes nothing and leaves the old file as it was */
  assert_true (g_file_set_contents (ok_path, "old", -1, NULL));
  g_cancellable_cancel (cancellable);
  assert_false (coprod_registry_save_to_file (registry, ok_file, cancellable, &error));
  assert_true (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED));
  assert_true (g_file_get_contents (ok_path, &contents, NULL, NULL));
  assert_string_equal (contents, "old");
  assert_int_equal (count_entries (dir), 1);

  remove_subdir (dir);
  coprod_test_assert_finalized (registry);
}

/* Async */

/* Like coprod_test_assert_finalized(), for an object a GTask worker thread
 * may still hold for a moment after the callback ran. */
static void
assert_finalized_soon (gpointer object)
{
  gboolean finalized = FALSE;
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  g_object_weak_ref (G_OBJECT (object), coprod_test_mark_gone, &finalized);
  g_object_unref (object);
  while (!g_atomic_int_get (&finalized) && g_get_monotonic_time () < deadline)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  assert_true (g_atomic_int_get (&finalized));
}

static void
test_registry_async_save_and_load (void **state)
{
  CoprodRegistry *registry = make_registry ();
  CoprodRegistry *loaded = coprod_registry_new ();
  g_autofree char *dir = make_subdir ("async");
  g_autofree char *path = g_build_filename (dir, "registry.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  g_autofree char *expected = coprod_registry_to_data (registry, NULL);
  g_autofree char *again = NULL;
  g_autoptr(CoprodPerson) later = coprod_person_new ("p-later", NULL);
  CoprodTestAsyncWait wait = { loop, NULL };
  GAsyncResult *result;
  mode_t old_umask = umask (022);

  coprod_registry_save_to_file_async (registry, file, NULL, coprod_test_async_ready, &wait);
  /* the document was made when the save started: this is not in it */
  assert_true (coprod_registry_add (registry, COPROD_RECORD (later), NULL));
  result = coprod_test_async_wait (&wait);
  if (!coprod_registry_save_to_file_finish (registry, result, &error))
    fail_msg ("%s", error->message);
  g_clear_object (&result);
  umask (old_umask);

  assert_int_equal (coprod_test_file_mode (path), 0600);
  assert_int_equal (count_entries (dir), 1);

  /* a registry with contents of its own, kept until _finish */
  assert_loads (loaded, "{\"format\":\"coprod\",\"version\":1,\"people\":[{\"id\":\"p-old\"}]}");
  coprod_registry_load_from_file_async (loaded, file, NULL, coprod_test_async_ready, &wait);
  assert_non_null (coprod_registry_lookup (loaded, "p-old"));
  result = coprod_test_async_wait (&wait);
  assert_non_null (coprod_registry_lookup (loaded, "p-old"));
  if (!coprod_registry_load_from_file_finish (loaded, result, &error))
    fail_msg ("%s", error->message);
  g_clear_object (&result);

  assert_null (coprod_registry_lookup (loaded, "p-old"));
  assert_null (coprod_registry_lookup (loaded, "p-later"));
  again = coprod_registry_to_data (loaded, NULL);
  assert_string_equal (again, expected);

  remove_subdir (dir);
  assert_finalized_soon (loaded);
  assert_finalized_soon (registry);
}

static void
test_registry_async_errors (void **state)
{
  CoprodRegistry *registry = make_registry ();
  g_autofree char *before = coprod_registry_to_data (registry, NULL);
  g_autofree char *after = NULL;
  g_autofree char *dir = make_subdir ("async-errors");
  g_autofree char *path = g_build_filename (dir, "registry.json", NULL);
  g_autofree char *bad_path = g_build_filename (dir, "bad.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) bad = g_file_new_for_path (bad_path);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  g_autoptr(GError) error = NULL;
  CoprodTestAsyncWait wait = { loop, NULL };
  GAsyncResult *result;

  /* a load that fails in the worker */
  assert_true (g_file_set_contents (bad_path, "{\"format\":\"coprod\",\"version\":2}", -1, NULL));
  coprod_registry_load_from_file_async (registry, bad, NULL, coprod_test_async_ready, &wait);
  result = coprod_test_async_wait (&wait);
  assert_false (coprod_registry_load_from_file_finish (registry, result, &error));
  assert_true (g_error_matches (error, COPROD_ERROR, COPROD_ERROR_VERSION));
  g_clear_object (&result);
  g_clear_error (&error);

  /* a missing file */
  coprod_registry_load_from_file_async (registry, file, NULL, coprod_test_async_ready, &wait);
  result = coprod_test_async_wait (&wait);
  assert_false (coprod_registry_load_from_file_finish (registry, result, &error));
  assert_true (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND));
  g_clear_object (&result);
  g_clear_error (&error);

  /* cancelled before it starts: load and save */
  g_cancellable_cancel (cancellable);
  coprod_registry_load_from_file_async (registry, bad, cancellable, coprod_test_async_ready, &wait);
  result = coprod_test_async_wait (&wait);
  assert_false (coprod_registry_load_from_file_finish (registry, result, &error));
  assert_true (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED));
  g_clear_object (&result);
  g_clear_error (&error);

  coprod_registry_save_to_file_async (registry, file, cancellable, coprod_test_async_ready, &wait);
  result = coprod_test_async_wait (&wait);
  assert_false (coprod_registry_save_to_file_finish (registry, result, &error));
  assert_true (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED));
  g_clear_object (&result);
  g_clear_error (&error);
  assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  after = coprod_registry_to_data (registry, NULL);
  assert_string_equal (before, after);
  /* only the bad document is in the folder: no temporary files */
  assert_int_equal (count_entries (dir), 1);

  remove_subdir (dir);
  assert_finalized_soon (registry);
}

/* Lifetime */

static void
test_registry_releases_records (void **state)
{
  CoprodRegistry *registry = make_registry ();
  CoprodRecord *record = coprod_registry_lookup (registry, "p-1");
  CoprodRecord *org = coprod_registry_lookup (registry, "org-1");
  GListModel *people = g_object_ref (coprod_registry_get_people (registry));
  gboolean record_finalized = FALSE;
  gboolean org_finalized = FALSE;
  gboolean people_finalized = FALSE;

  g_object_weak_ref (G_OBJECT (record), coprod_test_mark_gone, &record_finalized);
  g_object_weak_ref (G_OBJECT (org), coprod_test_mark_gone, &org_finalized);
  g_object_weak_ref (G_OBJECT (people), coprod_test_mark_gone, &people_finalized);

  coprod_test_assert_finalized (registry);
  assert_true (org_finalized);

  /* a collection held past its registry stays a valid list model */
  assert_false (people_finalized);
  assert_int_equal (g_list_model_get_n_items (people), 2);
  g_object_unref (people);
  assert_true (people_finalized);
  assert_true (record_finalized);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_registry_new),
    cmocka_unit_test (test_registry_add_lookup_remove),
    cmocka_unit_test (test_registry_refusals_change_nothing),
    cmocka_unit_test (test_registry_duplicate_message),
    cmocka_unit_test (test_registry_items_changed_add_remove),
    cmocka_unit_test (test_registry_items_changed_load),
    cmocka_unit_test (test_registry_load_replaces),
    cmocka_unit_test (test_registry_failed_load_changes_nothing),
    cmocka_unit_test (test_registry_unknown_top_level_members),
    cmocka_unit_test (test_registry_format_and_version),
    cmocka_unit_test (test_registry_minimal_documents),
    cmocka_unit_test (test_registry_load_from_data_length),
    cmocka_unit_test (test_registry_load_from_bytes),
    cmocka_unit_test (test_registry_load_from_stream),
    cmocka_unit_test (test_registry_load_bom),
    cmocka_unit_test (test_registry_load_from_file_errors),
    cmocka_unit_test (test_registry_save_mode_and_contents),
    cmocka_unit_test (test_registry_save_replaces_open_file),
    cmocka_unit_test (test_registry_save_failure_leaves_nothing),
    cmocka_unit_test (test_registry_async_save_and_load),
    cmocka_unit_test (test_registry_async_errors),
    cmocka_unit_test (test_registry_releases_records),
    cmocka_unit_test (test_registry_lookup_churn),
    cmocka_unit_test (test_registry_load_shares_ids),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
