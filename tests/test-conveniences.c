/* test-conveniences.c: what a program needs beside the records: titles of
 * enum values, reverse look-ups, the registry's changes, checking a value
 * before setting it
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "coprod-test-util.h"
#include "coprod-index-private.h"

static CoprodRegistry *
load_example (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (g_getenv ("COPROD_EXAMPLES_DATA"),
                                            "coprod-example.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  CoprodRegistry *registry = coprod_registry_new ();

  assert_true (coprod_registry_load_from_file (registry, file, NULL, &error));
  assert_null (error);

  return registry;
}

/* "p-1,p-2": the ids of a list of records */
static char *
ids_of (GListModel *model)
{
  GString *s = g_string_new (NULL);
  guint i;

  for (i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(CoprodRecord) record = g_list_model_get_item (model, i);

      if (i > 0)
        g_string_append_c (s, ',');
      g_string_append (s, coprod_record_get_id (record));
    }

  return g_string_free (s, FALSE);
}

/* Titles */

/* every type made by mkenums from coprod-enums.h; the test below fails
 * if the header declares one that is not here */
static GType (*enum_types[]) (void) = {
  coprod_sector_get_type,
  coprod_role_get_type,
  coprod_access_get_type,
  coprod_audience_get_type,
  coprod_group_kind_get_type,
  coprod_stage_get_type,
  coprod_rung_get_type,
  coprod_mode_get_type,
  coprod_meeting_kind_get_type,
  coprod_meeting_format_get_type,
  coprod_support_get_type,
  coprod_rate_unit_get_type,
  coprod_payment_kind_get_type,
  coprod_offer_outcome_get_type,
  coprod_output_kind_get_type,
  coprod_pledge_status_get_type,
  coprod_commitment_status_get_type,
  coprod_severity_get_type,
  coprod_project_status_get_type,
  coprod_meeting_status_get_type,
  coprod_initiator_get_type,
  coprod_proposal_outcome_get_type,
  coprod_check_status_get_type,
  coprod_score_source_get_type,
  coprod_payment_preference_get_type,
  coprod_figure_qualifier_get_type,
  coprod_selection_get_type,
  coprod_seat_payment_get_type,
  coprod_claim_agreement_get_type,
  coprod_report_scope_get_type,
  coprod_report_format_get_type,
  coprod_report_table_get_type,
  coprod_consent_method_get_type,
  coprod_popolo_flags_get_type,
};

static GType
enum_type_by_name (const char *name)
{
  guint i;

  for (i = 0; i < G_N_ELEMENTS (enum_types); i++)
    if (g_str_equal (g_type_name (enum_types[i] ()), name))
      return enum_types[i] ();

  fail_msg ("%s is declared in coprod-enums.h but not listed in this test", name);
  return G_TYPE_INVALID;
}

static void
test_every_value_has_a_title (void **state)
{
  /* the types of coprod-enums.h, read from the header itself so that a
   * new type cannot be missed */
  g_autofree char *path = g_build_filename (g_getenv ("COPROD_SOURCE_DIR"), "include",
                                            "libcoprod", "coprod-enums.h", NULL);
  g_autofree char *text = NULL;
  const char *p;
  guint n_types = 0, n_values = 0;

  assert_true (g_file_get_contents (path, &text, NULL, NULL));

  for (p = strstr (text, "} Coprod"); p != NULL; p = strstr (p + 1, "} Coprod"))
    {
      g_autofree char *name = g_strndup (p + 2, strcspn (p + 2, ";"));
      GType type = enum_type_by_name (name);
      g_autoptr(GTypeClass) klass = g_type_class_ref (type);
      g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
      guint i, n;

      n_types++;
      n = G_IS_ENUM_CLASS (klass) ? G_ENUM_CLASS (klass)->n_values : G_FLAGS_CLASS (klass)->n_values;
      for (i = 0; i < n; i++)
        {
          int value = G_IS_ENUM_CLASS (klass) ? G_ENUM_CLASS (klass)->values[i].value
                                              : (int) G_FLAGS_CLASS (klass)->values[i].value;
          const char *nick = G_IS_ENUM_CLASS (klass) ? G_ENUM_CLASS (klass)->values[i].value_nick
                                                     : G_FLAGS_CLASS (klass)->values[i].value_nick;
          const char *title = coprod_enum_get_title (type, value);
          const char *description = coprod_enum_get_description (type, value);

          if (title == NULL || description == NULL)
            fail_msg ("%s %s has no title or no description", name, nick);
          /* for people: capitalised, not the nick; a sentence beside it */
          assert_true (g_unichar_isupper (g_utf8_get_char (title)));
          assert_string_not_equal (title, nick);
          assert_true (g_str_has_suffix (description, "."));
          assert_string_not_equal (title, description);
          assert_null (strchr (title, '_'));
          /* two values of one type never share a title */
          if (!g_hash_table_add (seen, (gpointer) title))
            fail_msg ("%s: two values titled %s", name, title);
          n_values++;
        }
    }

  assert_int_equal (n_types, G_N_ELEMENTS (enum_types));
  assert_true (n_values >= 147);
}

static void
test_titles (void **state)
{
  assert_string_equal (coprod_enum_get_title (COPROD_TYPE_RUNG, COPROD_RUNG_CO_PRODUCTION),
                       "Co-production");
  assert_string_equal (coprod_enum_get_description (COPROD_TYPE_RUNG, COPROD_RUNG_CO_PRODUCTION),
                       "Equal partners at all stages.");
  assert_string_equal (coprod_enum_get_title (COPROD_TYPE_MODE, COPROD_MODE_PARTNER),
                       "Equal partner");
  assert_string_equal (coprod_enum_get_title (COPROD_TYPE_STAGE, COPROD_STAGE_DECIDING),
                       "Deciding");
  assert_string_equal (coprod_enum_get_title (COPROD_TYPE_ROLE, COPROD_ROLE_LIVED_EXPERIENCE),
                       "Lived experience");
  assert_string_equal (coprod_enum_get_title (COPROD_TYPE_SECTOR, COPROD_SECTOR_NHS), "NHS");

  /* a combination of flags, a value out of range, a type of another
   * library: no title */
  assert_null (coprod_enum_get_title (COPROD_TYPE_ROLE,
                                      COPROD_ROLE_CARER | COPROD_ROLE_STAFF));
  assert_null (coprod_enum_get_title (COPROD_TYPE_RUNG, 99));
  assert_null (coprod_enum_get_description (COPROD_TYPE_RUNG, -1));
  assert_null (coprod_enum_get_title (G_TYPE_IO_ERROR_ENUM, 0));
  assert_null (coprod_enum_get_title (G_TYPE_STRING, 0));
}

/* Reverse look-ups */

static void
assert_ids (GListModel *model,
            GType       item_type,
            const char *expected)
{
  g_autofree char *ids = NULL;

  assert_non_null (model);
  assert_true (g_list_model_get_item_type (model) == item_type);
  ids = ids_of (model);
  assert_string_equal (ids, expected);
  g_object_unref (model);
}

static void
test_relations_of_example (void **state)
{
  g_autoptr(CoprodRegistry) registry = load_example ();

  assert_ids (coprod_registry_get_people_of_partnership (registry, "prt-worcs-wg"),
              COPROD_TYPE_PERSON, "p-worcs-01,p-worcs-03");
  assert_ids (coprod_registry_get_organisations_of_partnership (registry, "prt-worcs-wg"),
              COPROD_TYPE_ORGANISATION, "org-worcs-cc,org-worcs-children-first");
  assert_ids (coprod_registry_get_partnerships_of_member (registry, "p-worcs-01"),
              COPROD_TYPE_PARTNERSHIP, "prt-worcs-wg,prt-building-together");
  assert_ids (coprod_registry_get_partnerships_of_member (registry, "org-skills-for-care"),
              COPROD_TYPE_PARTNERSHIP, "prt-sfc-employers,prt-sfc-autism");
  assert_ids (coprod_registry_get_projects_of_partnership (registry, "prt-fife"),
              COPROD_TYPE_PROJECT, "prj-fife-report,prj-fife-toolkit");
  assert_ids (coprod_registry_get_people_of_organisation (registry, "org-family-focus"),
              COPROD_TYPE_PERSON, "p-stoke-05,p-stoke-06");
  assert_ids (coprod_registry_get_payments_of_person (registry, "p-worcs-05"),
              COPROD_TYPE_PAYMENT, "pay-0002,pay-0003");
  assert_ids (coprod_registry_get_meetings_of_person (registry, "p-worcs-04"),
              COPROD_TYPE_MEETING, "mtg-bt-launch,mtg-bt-board-1");

  /* an id that names nothing, or a record of another kind: empty */
  assert_ids (coprod_registry_get_people_of_partnership (registry, "prt-nowhere"),
              COPROD_TYPE_PERSON, "");
  assert_ids (coprod_registry_get_payments_of_person (registry, "org-fva"),
              COPROD_TYPE_PAYMENT, "");
}

static void
test_relations_follow_changes (void **state)
{
  g_autoptr(CoprodRegistry) registry = coprod_registry_new ();
  g_autoptr(CoprodPartnership) partnership = coprod_partnership_new ("prt-1", "Group");
  g_autoptr(CoprodPerson) p1 = coprod_person_new ("p-1", NULL);
  g_autoptr(CoprodPerson) p2 = coprod_person_new ("p-2", NULL);
  g_autoptr(CoprodOrganisation) org = coprod_organisation_new ("org-1", NULL);
  g_autoptr(CoprodMembership) m1 = coprod_membership_new ("p-2", "chair");
  g_autoptr(CoprodMembership) m2 = coprod_membership_new ("org-1", NULL);
  g_autoptr(CoprodMembership) m3 = coprod_membership_new ("p-2", "treasurer");
  g_autoptr(CoprodMembership) m4 = coprod_membership_new ("p-1", NULL);
  g_autoptr(CoprodProject) project = coprod_project_new ("prj-1", "Leaflet");
  g_autoptr(CoprodInvolvement) i1 = coprod_involvement_new ("p-1", COPROD_STAGE_PLANNING,
                                                            COPROD_MODE_PARTNER);
  g_autoptr(CoprodInvolvement) i2 = coprod_involvement_new ("p-1", COPROD_STAGE_DOING,
                                                            COPROD_MODE_PARTNER);
  g_autoptr(GError) error = NULL;

  assert_true (coprod_registry_add (registry, COPROD_RECORD (p1), &error));
  assert_true (coprod_registry_add (registry, COPROD_RECORD (p2), &error));
  assert_true (coprod_registry_add (registry, COPROD_RECORD (org), &error));
  assert_true (coprod_registry_add (registry, COPROD_RECORD (partnership), &error));
  assert_true (coprod_registry_add (registry, COPROD_RECORD (project), &error));

  assert_ids (coprod_registry_get_people_of_partnership (registry, "prt-1"),
              COPROD_TYPE_PERSON, "");

  /* in the order of the memberships, each person once */
  coprod_partnership_add_membership (partnership, m1);
  coprod_partnership_add_membership (partnership, m2);
  coprod_partnership_add_membership (partnership, m3);
  coprod_partnership_add_membership (partnership, m4);
  assert_ids (coprod_registry_get_people_of_partnership (registry, "prt-1"),
              COPROD_TYPE_PERSON, "p-2,p-1");
  assert_ids (coprod_registry_get_organisations_of_partnership (registry, "prt-1"),
              COPROD_TYPE_ORGANISATION, "org-1");
  assert_ids (coprod_registry_get_partnerships_of_member (registry, "p-2"),
              COPROD_TYPE_PARTNERSHIP, "prt-1");

  /* a project of a person once, however many involvements */
  coprod_project_add_involvement (project, i1);
  coprod_project_add_involvement (project, i2);
  assert_ids (coprod_registry_get_projects_of_person (registry, "p-1"),
              COPROD_TYPE_PROJECT, "prj-1");
  {
    GListModel *involvements = coprod_registry_get_involvements_of_person (registry, "p-1");

    assert_true (g_list_model_get_item_type (involvements) == COPROD_TYPE_INVOLVEMENT);
    assert_int_equal (g_list_model_get_n_items (involvements), 2);
    g_object_unref (involvements);
  }

  coprod_project_set_partnership_id (project, "prt-1");
  assert_ids (coprod_registry_get_projects_of_partnership (registry, "prt-1"),
              COPROD_TYPE_PROJECT, "prj-1");

  /* a removed record is no longer found */
  assert_true (coprod_registry_remove (registry, "p-2", &error));
  assert_ids (coprod_registry_get_people_of_partnership (registry, "prt-1"),
              COPROD_TYPE_PERSON, "p-1");
  assert_null (error);
}

/* the look-ups read the index: asking for every partnership's people
 * costs about the memberships there are, not a scan per partnership */
static void
test_relations_read_the_index (void **state)
{
  g_autoptr(CoprodRegistry) registry = load_example ();
  GListModel *partnerships = coprod_registry_get_partnerships (registry);
  guint64 before, first, second;
  guint i;

  for (int round = 0; round < 2; round++)
    {
      before = _coprod_registry_get_work (registry);
      for (i = 0; i < g_list_model_get_n_items (partnerships); i++)
        {
          g_autoptr(CoprodRecord) partnership = g_list_model_get_item (partnerships, i);
          g_autoptr(GListModel) people =
            coprod_registry_get_people_of_partnership (registry, coprod_record_get_id (partnership));

          assert_true (g_list_model_get_n_items (people) > 0);
        }
      if (round == 0)
        first = _coprod_registry_get_work (registry) - before;
      else
        second = _coprod_registry_get_work (registry) - before;
    }

  /* the first round builds the index once; the second only reads it: one
   * look-up per partnership and one per person handed back */
  assert_true (second < first);
  assert_true (second <= 10 + 40);
}

/* Changes */

typedef struct
{
  guint         n_changed;
  CoprodRecord *last;
  gboolean      last_was_null;
  guint         n_notify_modified;
  gboolean      modified_when_changed;
} Changes;

static void
on_changed (CoprodRegistry *registry,
            CoprodRecord   *record,
            Changes        *changes)
{
  changes->n_changed++;
  changes->last = record;
  changes->last_was_null = record == NULL;
  changes->modified_when_changed = coprod_registry_get_modified (registry);
}

static void
on_notify_modified (GObject    *object,
                    GParamSpec *pspec,
                    Changes    *changes)
{
  changes->n_notify_modified++;
}

static void
test_changed_and_modified (void **state)
{
  g_autoptr(CoprodRegistry) registry = coprod_registry_new ();
  g_autoptr(CoprodPerson) person = coprod_person_new ("p-1", NULL);
  g_autoptr(CoprodPartnership) partnership = coprod_partnership_new ("prt-1", NULL);
  g_autoptr(CoprodMembership) membership = coprod_membership_new ("p-1", NULL);
  g_autoptr(CoprodPerson) outsider = coprod_person_new ("p-out", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  Changes changes = { 0 };
  gboolean modified = TRUE;

  g_signal_connect (registry, "changed", G_CALLBACK (on_changed), &changes);
  g_signal_connect (registry, "notify::modified", G_CALLBACK (on_notify_modified), &changes);

  assert_false (coprod_registry_get_modified (registry));

  /* adding */
  assert_true (coprod_registry_add (registry, COPROD_RECORD (person), &error));
  assert_int_equal (changes.n_changed, 1);
  assert_ptr_equal (changes.last, person);
  assert_true (changes.modified_when_changed);
  assert_true (coprod_registry_get_modified (registry));
  g_object_get (registry, "modified", &modified, NULL);
  assert_true (modified);
  assert_int_equal (changes.n_notify_modified, 1);

  /* a failed add changes nothing */
  assert_false (coprod_registry_add (registry, COPROD_RECORD (person), &error));
  g_clear_error (&error);
  assert_int_equal (changes.n_changed, 1);

  /* setting a property of a record in the registry; the same value again
   * is no change */
  coprod_person_set_retain_until (person, "2027-04");
  assert_int_equal (changes.n_changed, 2);
  assert_ptr_equal (changes.last, person);
  coprod_person_set_retain_until (person, "2027-04");
  assert_int_equal (changes.n_changed, 2);
  assert_int_equal (changes.n_notify_modified, 1);    /* still modified */

  /* a record outside the registry is not the registry's change */
  coprod_person_set_name (outsider, "Alex Example");
  assert_int_equal (changes.n_changed, 2);

  /* inside a record: a membership added, then changed */
  assert_true (coprod_registry_add (registry, COPROD_RECORD (partnership), &error));
  assert_int_equal (changes.n_changed, 3);
  coprod_partnership_add_membership (partnership, membership);
  assert_int_equal (changes.n_changed, 4);
  assert_ptr_equal (changes.last, partnership);
  coprod_membership_set_role (membership, "chair");
  assert_int_equal (changes.n_changed, 5);
  assert_ptr_equal (changes.last, partnership);

  /* a load sets modified back */
  data = coprod_registry_to_data (registry, NULL);
  assert_true (coprod_registry_get_modified (registry));     /* to_data is no save */
  assert_true (coprod_registry_load_from_data (registry, data, -1, &error));
  assert_null (error);
  assert_int_equal (changes.n_changed, 6);
  assert_true (changes.last_was_null);
  assert_false (changes.modified_when_changed);
  assert_false (coprod_registry_get_modified (registry));
  assert_int_equal (changes.n_notify_modified, 2);

  /* the old records are out of the registry now */
  coprod_person_set_name (person, "Alex Example");
  assert_int_equal (changes.n_changed, 6);
  assert_false (coprod_registry_get_modified (registry));

  /* a failed load changes nothing */
  assert_false (coprod_registry_load_from_data (registry, "{", -1, &error));
  g_clear_error (&error);
  assert_int_equal (changes.n_changed, 6);

  /* the loaded records are */
  coprod_person_set_name (COPROD_PERSON (coprod_registry_lookup (registry, "p-1")), "Sam Example");
  assert_int_equal (changes.n_changed, 7);
  assert_true (coprod_registry_get_modified (registry));

  /* removing, clearing */
  assert_true (coprod_registry_load_from_data (registry, data, -1, &error));
  assert_true (coprod_registry_remove (registry, "prt-1", &error));
  assert_int_equal (changes.n_changed, 9);
  assert_true (coprod_registry_get_modified (registry));
  assert_true (coprod_registry_load_from_data (registry, data, -1, &error));
  coprod_registry_clear (registry);
  assert_true (changes.last_was_null);
  assert_true (coprod_registry_get_modified (registry));
  assert_null (error);
}

static void
test_save_resets_modified (void **state)
{
  g_autoptr(CoprodRegistry) registry = coprod_registry_new ();
  g_autoptr(CoprodPerson) person = coprod_person_new ("p-1", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("coprod-changes-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "registry.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) nowhere = g_file_new_for_path ("/nonexistent-coprod-dir/registry.json");
  g_autoptr(CoprodRegistry) loaded = coprod_registry_new ();

  assert_true (coprod_registry_add (registry, COPROD_RECORD (person), &error));
  assert_true (coprod_registry_get_modified (registry));

  /* a failed save leaves it modified */
  assert_false (coprod_registry_save_to_file (registry, nowhere, NULL, &error));
  g_clear_error (&error);
  assert_true (coprod_registry_get_modified (registry));

  assert_true (coprod_registry_save_to_file (registry, file, NULL, &error));
  assert_null (error);
  assert_false (coprod_registry_get_modified (registry));

  assert_true (coprod_registry_load_from_file (loaded, file, NULL, &error));
  assert_false (coprod_registry_get_modified (loaded));

  g_unlink (path);
  g_rmdir (dir);
}

typedef struct
{
  GMainLoop *loop;
  gboolean   ok;
} AsyncSave;

static void
saved (GObject      *source,
       GAsyncResult *result,
       gpointer      user_data)
{
  AsyncSave *save = user_data;
  g_autoptr(GError) error = NULL;

  save->ok = coprod_registry_save_to_file_finish (COPROD_REGISTRY (source), result, &error);
  assert_null (error);
  g_main_loop_quit (save->loop);
}

static void
test_async_save_and_modified (void **state)
{
  g_autoptr(CoprodRegistry) registry = coprod_registry_new ();
  g_autoptr(CoprodPerson) person = coprod_person_new ("p-1", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("coprod-changes-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "registry.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  AsyncSave save = { loop, FALSE };

  assert_true (coprod_registry_add (registry, COPROD_RECORD (person), &error));

  /* nothing changes while it is written: not modified after */
  coprod_registry_save_to_file_async (registry, file, NULL, saved, &save);
  g_main_loop_run (loop);
  assert_true (save.ok);
  assert_false (coprod_registry_get_modified (registry));

  /* a change after the document was made: still modified after */
  coprod_person_set_name (person, "Alex Example");
  coprod_registry_save_to_file_async (registry, file, NULL, saved, &save);
  coprod_person_set_name (person, "Sam Example");
  g_main_loop_run (loop);
  assert_true (save.ok);
  assert_true (coprod_registry_get_modified (registry));

  g_unlink (path);
  g_rmdir (dir);
}

/* Checking a value */

static void
assert_check (GType       type,
              const char *property,
              const GValue *value,
              gboolean    expected,
              int         code)
{
  g_autoptr(GError) error = NULL;
  gboolean ok = coprod_property_check_value (type, property, value, &error);

  assert_int_equal (ok, expected);
  if (expected)
    assert_null (error);
  else
    {
      assert_non_null (error);
      assert_true (error->domain == COPROD_ERROR);
      assert_int_equal (error->code, code);
      /* names the property, never quotes the value */
      assert_non_null (strstr (error->message, g_param_spec_get_name (
        g_object_class_find_property (g_type_class_peek (type), property))));
    }
}

static void
check_string (GType type, const char *property, const char *s, gboolean expected, int code)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, s);
  assert_check (type, property, &value, expected, code);
}

static void
check_int64 (GType type, const char *property, gint64 n, gboolean expected, int code)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_INT64);
  g_value_set_int64 (&value, n);
  assert_check (type, property, &value, expected, code);
}

static void
test_property_check_value (void **state)
{
  g_auto(GValue) value = G_VALUE_INIT;
  g_autoptr(GError) error = NULL;
  g_autoptr(GTypeClass) person_class = g_type_class_ref (COPROD_TYPE_PERSON);
  g_autoptr(GTypeClass) payment_class = g_type_class_ref (COPROD_TYPE_PAYMENT);
  g_autoptr(GTypeClass) involvement_class = g_type_class_ref (COPROD_TYPE_INVOLVEMENT);
  g_autoptr(GTypeClass) registry_class = g_type_class_ref (COPROD_TYPE_REGISTRY);
  const char *bad_ids[] = { "ok", " bad", NULL };

  /* dates, both spellings of the name */
  check_string (COPROD_TYPE_PERSON, "retain-until", "2027-04", TRUE, 0);
  check_string (COPROD_TYPE_PERSON, "retain_until", "2027-13-40", FALSE, COPROD_ERROR_DATE);
  check_string (COPROD_TYPE_PERSON, "retain-until", NULL, TRUE, 0);
  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, "2027-13-40");
  assert_false (coprod_property_check_value (COPROD_TYPE_PERSON, "retain_until", &value, &error));
  assert_string_equal (error->message,
                       "CoprodPerson: the property retain-until takes an ISO 8601 calendar "
                       "date: YYYY-MM-DD, or YYYY-MM or YYYY where only that much is known");
  g_clear_error (&error);
  g_value_unset (&value);

  /* references, currencies, text */
  check_string (COPROD_TYPE_PAYMENT, "person-id", " p-1", FALSE, COPROD_ERROR_ID);
  check_string (COPROD_TYPE_PAYMENT, "currency", "gbp", FALSE, COPROD_ERROR_VALUE);
  check_string (COPROD_TYPE_PAYMENT, "currency", "GBP", TRUE, 0);
  check_string (COPROD_TYPE_PERSON, "name", "Alex Example", TRUE, 0);
  g_value_init (&value, G_TYPE_STRV);
  g_value_set_boxed (&value, bad_ids);
  assert_check (COPROD_TYPE_PERSON, "organisation-ids", &value, FALSE, COPROD_ERROR_ID);
  g_value_unset (&value);

  /* numbers within the field's range */
  check_int64 (COPROD_TYPE_PAYMENT, "amount", 1500, TRUE, 0);
  check_int64 (COPROD_TYPE_PAYMENT, "amount", G_GINT64_CONSTANT (9007199254740992),
               FALSE, COPROD_ERROR_NUMBER);

  /* enums and flags: only their values */
  g_value_init (&value, COPROD_TYPE_MODE);
  g_value_set_enum (&value, 42);
  assert_check (COPROD_TYPE_INVOLVEMENT, "mode", &value, FALSE, COPROD_ERROR_VALUE);
  g_value_set_enum (&value, COPROD_MODE_PARTNER);
  assert_check (COPROD_TYPE_INVOLVEMENT, "mode", &value, TRUE, 0);
  g_value_unset (&value);
  g_value_init (&value, COPROD_TYPE_ROLE);
  g_value_set_flags (&value, 1u << 30);
  assert_check (COPROD_TYPE_PERSON, "roles", &value, FALSE, COPROD_ERROR_VALUE);
  g_value_unset (&value);
  g_value_init (&value, COPROD_TYPE_STAGE);
  g_value_set_flags (&value, COPROD_STAGE_DOING | COPROD_STAGE_PLANNING);
  assert_check (COPROD_TYPE_INVOLVEMENT, "stage", &value, FALSE, COPROD_ERROR_VALUE);
  g_value_unset (&value);

  /* a value of another type that transforms, and one that does not */
  g_value_init (&value, G_TYPE_INT);
  g_value_set_int (&value, 2000);
  assert_check (COPROD_TYPE_PAYMENT, "amount", &value, TRUE, 0);
  g_value_unset (&value);
  g_value_init (&value, G_TYPE_POINTER);
  assert_check (COPROD_TYPE_PAYMENT, "amount", &value, FALSE, COPROD_ERROR_TYPE);
  g_value_unset (&value);

  /* read-only properties, unknown ones */
  g_value_init (&value, G_TYPE_BOOLEAN);
  assert_check (COPROD_TYPE_REGISTRY, "modified", &value, FALSE, COPROD_ERROR_FAILED);
  assert_false (coprod_property_check_value (COPROD_TYPE_PERSON, "no-such", &value, &error));
  assert_int_equal (error->code, COPROD_ERROR_FAILED);
  g_value_unset (&value);
}

/* what the check accepts the setter takes, and what it refuses the
 * setter refuses */
static void
test_property_check_agrees_with_setter (void **state)
{
  const char *dates[] = { "2027", "2027-04", "2027-04-30", "2027-02-30", "27-04", "2027-4", "", "2027-04-30T00:00" };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (dates); i++)
    {
      g_autoptr(CoprodPerson) person = coprod_person_new ("p-1", NULL);
      g_auto(GValue) value = G_VALUE_INIT;
      gboolean accepted;

      g_value_init (&value, G_TYPE_STRING);
      g_value_set_string (&value, dates[i]);
      accepted = coprod_property_check_value (COPROD_TYPE_PERSON, "retain-until", &value, NULL);
      assert_int_equal (accepted, coprod_date_is_valid (dates[i]));
      if (accepted)
        {
          coprod_person_set_retain_until (person, dates[i]);
          assert_string_equal (coprod_person_get_retain_until (person), dates[i]);
        }
    }
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_every_value_has_a_title),
    cmocka_unit_test (test_titles),
    cmocka_unit_test (test_relations_of_example),
    cmocka_unit_test (test_relations_follow_changes),
    cmocka_unit_test (test_relations_read_the_index),
    cmocka_unit_test (test_changed_and_modified),
    cmocka_unit_test (test_save_resets_modified),
    cmocka_unit_test (test_async_save_and_modified),
    cmocka_unit_test (test_property_check_value),
    cmocka_unit_test (test_property_check_agrees_with_setter),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
