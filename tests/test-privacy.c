/* test-privacy.c: consent, withdrawal, exports, retention and a canary
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * - nothing new is recorded about a person after they withdraw
 * - coprod_registry_export: what it leaves out, who it names, keyed
 *   pseudonyms and ids, references kept consistent, validation and
 *   assessment unchanged, the source untouched
 * - coprod_registry_purge_expired: what it removes and reports, all or
 *   nothing
 * - the canary: a thousand synthetic people whose every string carries a
 *   marker, and no export for partners or the public holds any of it
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "coprod-test-util.h"
#include "coprod-report-private.h"

#define KEY_A "a-secret-key-of-thirty-two-bytes"
#define KEY_B "another-secret-key-for-the-tests"

static GBytes *
key_new (const char *text)
{
  return g_bytes_new_static (text, strlen (text));
}

static CoprodRegistry *
load_example (void)
{
  g_autoptr(CoprodRegistry) registry = coprod_registry_new ();
  g_autofree char *path = g_build_filename (g_getenv ("COPROD_EXAMPLES_DATA"),
                                            "coprod-example.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  if (!coprod_registry_load_from_file (registry, file, NULL, &error))
    fail_msg ("%s: %s", path, error->message);

  return g_steal_pointer (&registry);
}

static CoprodPerson *
person_at (CoprodRegistry *registry,
           guint           i)
{
  /* the list holds its reference */
  g_autoptr(CoprodPerson) person = g_list_model_get_item (coprod_registry_get_people (registry), i);

  return person;
}

/* Withdrawal ---------------------------------------------------------- */

static CoprodRegistry *
registry_with_withdrawn (void)
{
  CoprodRegistry *registry = coprod_registry_new ();
  g_autoptr(CoprodPerson) person = coprod_person_new ("p-1", "Sam Example");
  g_autoptr(CoprodProject) project = g_object_new (COPROD_TYPE_PROJECT, "id", "prj-1", NULL);

  coprod_person_set_withdrawn_date (person, "2024-05-10");
  assert_true (coprod_registry_add (registry, COPROD_RECORD (person), NULL));
  assert_true (coprod_registry_add (registry, COPROD_RECORD (project), NULL));

  return registry;
}

static void
test_withdrawn_payment_refused (void **state)
{
  g_autoptr(CoprodRegistry) registry = registry_with_withdrawn ();
  struct { const char *offered, *claimed, *paid; gboolean ok; } cases[] = {
    { "2024-05-11", NULL, NULL, FALSE },
    { NULL, "2024-06", NULL, FALSE },
    { "2024-05-10", NULL, NULL, TRUE },          /* the day itself */
    { "2024-05", NULL, NULL, TRUE },             /* the month of it */
    { "2024-04-01", NULL, "2024-07-01", TRUE },  /* owed before, paid after */
    { NULL, NULL, "2024-07-01", TRUE },          /* no offer or claim date */
    { NULL, NULL, NULL, TRUE },                  /* undated */
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *id = g_strdup_printf ("pay-%u", i);
      g_autoptr(CoprodPayment) payment = g_object_new (COPROD_TYPE_PAYMENT, "id", id,
                                                       "person-id", "p-1",
                                                       "offered-date", cases[i].offered,
                                                       "claimed-date", cases[i].claimed,
                                                       "paid-date", cases[i].paid,
                                                       NULL);
      g_autoptr(GError) error = NULL;
      guint before = coprod_registry_get_n_records (registry);
      gboolean ok = coprod_registry_add (registry, COPROD_RECORD (payment), &error);

      if (ok != cases[i].ok)
        fail_msg ("case %u: expected %s", i, cases[i].ok ? "added" : "refused");
      if (!ok)
        {
          assert_true (g_error_matches (error, COPROD_ERROR, COPROD_ERROR_WITHDRAWN));
          assert_non_null (strstr (error->message, id));
          assert_non_null (strstr (error->message, "p-1"));
          assert_null (strstr (error->message, "Sam"));
          assert_null (strstr (error->message, "2024"));
          assert_int_equal (coprod_registry_get_n_records (registry), before);
          assert_null (coprod_registry_lookup (registry, id));
        }
    }
}

static void
test_withdrawn_involvement_refused (void **state)
{
  g_autoptr(CoprodRegistry) registry = registry_with_withdrawn ();
  g_autoptr(CoprodProject) project = g_object_new (COPROD_TYPE_PROJECT, "id", "prj-2", NULL);
  g_autoptr(CoprodInvolvement) before = g_object_new (COPROD_TYPE_INVOLVEMENT, "person-id", "p-1",
                                                      "date", "2024-05-01", NULL);
  g_autoptr(CoprodInvolvement) after = g_object_new (COPROD_TYPE_INVOLVEMENT, "person-id", "p-1",
                                                     "date", "2024-05-11", NULL);
  g_autoptr(CoprodInvolvement) undated = g_object_new (COPROD_TYPE_INVOLVEMENT, "person-id", "p-1", NULL);
  g_autoptr(CoprodInvolvement) other = g_object_new (COPROD_TYPE_INVOLVEMENT, "person-id", "p-2",
                                                     "date", "2030", NULL);
  CoprodProject *in_registry = COPROD_PROJECT (coprod_registry_lookup (registry, "prj-1"));
  GListModel *involvements = coprod_project_get_involvements (in_registry);
  g_autoptr(GError) error = NULL;

  /* a project that brings an involvement after the withdrawal */
  coprod_project_add_involvement (project, before);
  coprod_project_add_involvement (project, after);
  assert_false (coprod_registry_add (registry, COPROD_RECORD (project), &error));
  assert_true (g_error_matches (error, COPROD_ERROR, COPROD_ERROR_WITHDRAWN));
  assert_non_null (strstr (error->message, "prj-2"));
  assert_non_null (strstr (error->message, "involvements[1]"));
  assert_null (coprod_registry_lookup (registry, "prj-2"));
  g_clear_error (&error);
  assert_true (coprod_project_remove_involvement (project, after));
  assert_true (coprod_registry_add (registry, COPROD_RECORD (project), NULL));

  /* one added to a project in the registry */
  assert_false (coprod_registry_add_involvement (registry, "prj-1", after, &error));
  assert_true (g_error_matches (error, COPROD_ERROR, COPROD_ERROR_WITHDRAWN));
  assert_int_equal (g_list_model_get_n_items (involvements), 0);
  g_clear_error (&error);
  assert_true (coprod_registry_add_involvement (registry, "prj-1", undated, NULL));
  assert_true (coprod_registry_add_involvement (registry, "prj-1", other, NULL));
  assert_int_equal (g_list_model_get_n_items (involvements), 2);

  /* not a project, or nothing */
  assert_false (coprod_registry_add_involvement (registry, "p-1", after, &error));
  assert_true (g_error_matches (error, COPROD_ERROR, COPROD_ERROR_NOT_FOUND));
  g_clear_error (&error);
  assert_false (coprod_registry_add_involvement (registry, "Robin Ashcombe", after, &error));
  assert_true (g_error_matches (error, COPROD_ERROR, COPROD_ERROR_NOT_FOUND));
  assert_null (strstr (error->message, "Robin"));
}

/* A load takes the document as it is: validation reports, it does not
 * refuse */
static void
test_withdrawn_load_not_refused (void **state)
{
  static const char doc[] =
    "{\"format\":\"coprod\",\"version\":1,"
    " \"people\":[{\"id\":\"p-1\",\"withdrawn_date\":\"2024-01\"}],"
    " \"projects\":[{\"id\":\"prj\",\"involvements\":[{\"person_id\":\"p-1\",\"stage\":\"doing\","
    "   \"mode\":\"partner\",\"date\":\"2024-03\"}]}],"
    " \"payments\":[{\"id\":\"pay\",\"person_id\":\"p-1\",\"offered_date\":\"2024-03\"}]}";
  g_autoptr(CoprodRegistry) registry = coprod_registry_new ();

  assert_true (coprod_registry_load_from_data (registry, doc, -1, NULL));
  assert_int_equal (coprod_registry_get_n_records (registry), 3);
}

/* Ids are named in messages: none can carry a control sequence or turn
 * the text around it */
static void
test_ids_are_safe_to_name (void **state)
{
  const char *bad[] = { "p-\xe2\x80\xae" "1", "p-\xe2\x80\x8f", "p-\xe2\x81\xa6x",
                        "p-\x1b[31m", "p-\xc2\x9b" };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(CoprodRegistry) registry = coprod_registry_new ();
      g_autoptr(CoprodPerson) person = coprod_person_new (bad[i], NULL);
      g_autoptr(GError) error = NULL;

      assert_false (coprod_record_id_is_valid (bad[i]));
      assert_false (coprod_registry_add (registry, COPROD_RECORD (person), &error));
      assert_true (g_error_matches (error, COPROD_ERROR, COPROD_ERROR_ID));
      assert_null (strstr (error->message, bad[i]));
    }
  assert_true (coprod_record_id_is_valid ("p-\xc3\xa9"));
}

/* Export -------------------------------------------------------------- */

static void
test_export_short_key (void **state)
{
  g_autoptr(CoprodRegistry) registry = load_example ();
  g_autoptr(GBytes) key = key_new ("fifteen-bytes!!");
  g_autoptr(GBytes) key16 = key_new ("sixteen-bytes!!!");
  g_autoptr(CoprodRegistry) exported = NULL;
  g_autoptr(CoprodRegistry) exported16 = NULL;
  g_autoptr(GError) error = NULL;

  exported = coprod_registry_export (registry, COPROD_AUDIENCE_PUBLIC, key, &error);
  assert_null (exported);
  assert_true (g_error_matches (error, COPROD_ERROR, COPROD_ERROR_VALUE));
  assert_null (strstr (error->message, "fifteen"));

  exported16 = coprod_registry_export (registry, COPROD_AUDIENCE_PUBLIC, key16, NULL);
  assert_non_null (exported16);
}

/* A finding as a line, with the ids of people as they are in the export */
static char *
finding_line (CoprodFinding *finding,
              GHashTable    *ids)
{
  const char *record_id = coprod_finding_get_record_id (finding);
  const char *mapped = record_id ? g_hash_table_lookup (ids, record_id) : NULL;

  return g_strdup_printf ("%d %s %s %s", coprod_finding_get_severity (finding),
                          coprod_finding_get_code (finding),
                          mapped ? mapped : record_id,
                          coprod_finding_get_member (finding));
}

static void
check_export (CoprodRegistry *source,
              CoprodAudience  audience)
{
  g_autoptr(GBytes) key = key_new (KEY_A);
  g_autofree char *before = coprod_registry_to_data (source, NULL);
  g_autofree char *after = NULL;
  g_autofree char *data = NULL;
  g_autoptr(CoprodRegistry) exported = NULL;
  g_autoptr(CoprodRegistry) reloaded = coprod_registry_new ();
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) exported_lines = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GListModel) findings_before = NULL;
  g_autoptr(GListModel) findings_after = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *people = coprod_registry_get_people (source);
  GListModel *projects;
  guint i, j, n_named = 0, n_keyed = 0, n_withdrawn = 0;

  exported = coprod_registry_export (source, audience, key, &error);
  if (exported == NULL)
    fail_msg ("%s", error->message);

  /* the source is untouched */
  after = coprod_registry_to_data (source, NULL);
  assert_string_equal (before, after);

  /* each person: named, keyed or left out */
  j = 0;
  for (i = 0; i < g_list_model_get_n_items (people); i++)
    {
      CoprodPerson *person = person_at (source, i);
      const char *id = coprod_record_get_id (COPROD_RECORD (person));
      CoprodPerson *copy;

      if (coprod_person_is_withdrawn (person))
        {
          assert_null (coprod_registry_lookup (exported, id));
          n_withdrawn++;
          continue;
        }

      copy = person_at (exported, j++);
      assert_null (coprod_person_get_email (copy));
      assert_null (coprod_person_get_phone (copy));
      assert_null (coprod_person_get_access_note (copy));
      assert_int_equal (coprod_person_get_roles (copy), coprod_person_get_roles (person));
      assert_int_equal (coprod_person_get_access_needs (copy), coprod_person_get_access_needs (person));
      {
        g_auto(GStrv) unknown = coprod_record_dup_unknown_members (COPROD_RECORD (copy));

        assert_null (unknown[0]);
      }
      if (coprod_person_get_consent_audience (person) >= audience)
        {
          assert_string_equal (coprod_record_get_id (COPROD_RECORD (copy)), id);
          assert_string_equal (coprod_person_get_name (copy), coprod_person_get_name (person));
          n_named++;
        }
      else
        {
          const char *new_id = coprod_record_get_id (COPROD_RECORD (copy));

          assert_true (g_str_has_prefix (new_id, "p-") && strlen (new_id) == 18);
          assert_true (g_str_has_prefix (coprod_person_get_name (copy), "Participant "));
          assert_null (coprod_person_get_pseudonym (copy));
          assert_null (coprod_person_get_skills_brought (copy)[0]);
          assert_null (coprod_registry_lookup (exported, id));
          g_hash_table_insert (ids, (gpointer) id, (gpointer) new_id);
          n_keyed++;
        }
    }
  assert_int_equal (j, g_list_model_get_n_items (coprod_registry_get_people (exported)));
  assert_true (n_withdrawn > 0);
  if (audience == COPROD_AUDIENCE_INTERNAL)
    assert_int_equal (n_keyed, 0);
  else
    assert_true (n_keyed > 0);
  assert_true (n_named > 0);

  /* no note, no evidence, no unknown member anywhere */
  data = coprod_registry_to_data (exported, NULL);
  assert_null (strstr (data, "\"note\""));
  assert_null (strstr (data, "\"evidence\""));
  assert_null (strstr (data, "\"email\""));
  assert_null (strstr (data, "\"phone\""));
  assert_null (strstr (data, "\"access_note\""));
  assert_true (coprod_registry_load_from_data (reloaded, data, -1, NULL));
  assert_int_equal (coprod_registry_get_n_records (reloaded), coprod_registry_get_n_records (exported));

  /* validation finds nothing new: every finding of the export is one of
   * the source's, with the ids of people as the export has them */
  findings_before = coprod_registry_validate_as_of (source, "2024-06-01", NULL);
  findings_after = coprod_registry_validate_as_of (exported, "2024-06-01", NULL);
  for (i = 0; i < g_list_model_get_n_items (findings_before); i++)
    {
      g_autoptr(CoprodFinding) f = g_list_model_get_item (findings_before, i);

      g_hash_table_add (exported_lines, finding_line (f, ids));
    }
  for (i = 0; i < g_list_model_get_n_items (findings_after); i++)
    {
      g_autoptr(CoprodFinding) f = g_list_model_get_item (findings_after, i);
      g_autoptr(GHashTable) none = g_hash_table_new (g_str_hash, g_str_equal);
      g_autofree char *line = finding_line (f, none);

      if (!g_hash_table_contains (exported_lines, line))
        fail_msg ("a new finding in the export: %s", coprod_finding_get_message (f));
    }

  /* the same rungs, for each project whose involvements no withdrawn
   * person is in */
  projects = coprod_registry_get_projects (source);
  for (i = 0; i < g_list_model_get_n_items (projects); i++)
    {
      g_autoptr(CoprodProject) project = g_list_model_get_item (projects, i);
      const char *id = coprod_record_get_id (COPROD_RECORD (project));
      GListModel *involvements = coprod_project_get_involvements (project);
      g_autoptr(CoprodAssessment) a = NULL;
      g_autoptr(CoprodAssessment) b = NULL;
      gboolean touched = FALSE;

      for (j = 0; j < g_list_model_get_n_items (involvements); j++)
        {
          g_autoptr(CoprodInvolvement) inv = g_list_model_get_item (involvements, j);
          CoprodRecord *p = coprod_registry_lookup (source, coprod_involvement_get_person_id (inv));

          if (COPROD_IS_PERSON (p) && coprod_person_is_withdrawn (COPROD_PERSON (p)))
            touched = TRUE;
        }
      if (touched)
        continue;
      a = coprod_registry_assess_project (source, id, NULL);
      b = coprod_registry_assess_project (exported, id, NULL);
      assert_non_null (b);
      assert_int_equal (coprod_assessment_get_rung (a), coprod_assessment_get_rung (b));
    }
}

static void
test_export_example (void **state)
{
  g_autoptr(CoprodRegistry) registry = load_example ();
  CoprodPerson *withdrawn = person_at (registry, 0);

  /* the example has no one withdrawn: make someone */
  coprod_person_set_withdrawn_date (withdrawn, "2020");

  check_export (registry, COPROD_AUDIENCE_INTERNAL);
  check_export (registry, COPROD_AUDIENCE_PARTNERS);
  check_export (registry, COPROD_AUDIENCE_PUBLIC);
}

/* the same person, the same pseudonym and id under the same key; other
 * ones under another key */
static void
test_export_stable_per_key (void **state)
{
  g_autoptr(CoprodRegistry) registry = load_example ();
  g_autoptr(GBytes) a = key_new (KEY_A);
  g_autoptr(GBytes) a_again = key_new (KEY_A);
  g_autoptr(GBytes) b = key_new (KEY_B);
  g_autoptr(CoprodRegistry) ea = coprod_registry_export (registry, COPROD_AUDIENCE_PUBLIC, a, NULL);
  g_autoptr(CoprodRegistry) ea2 = coprod_registry_export (registry, COPROD_AUDIENCE_PUBLIC, a_again, NULL);
  g_autoptr(CoprodRegistry) eb = coprod_registry_export (registry, COPROD_AUDIENCE_PUBLIC, b, NULL);
  g_autofree char *da = coprod_registry_to_data (ea, NULL);
  g_autofree char *da2 = coprod_registry_to_data (ea2, NULL);
  guint i, n = g_list_model_get_n_items (coprod_registry_get_people (ea));

  assert_string_equal (da, da2);
  for (i = 0; i < n; i++)
    {
      CoprodPerson *pa = person_at (ea, i);
      CoprodPerson *pb = person_at (eb, i);

      if (coprod_person_get_consent_audience (pa) == COPROD_AUDIENCE_PUBLIC)
        continue;
      assert_string_not_equal (coprod_person_get_name (pa), coprod_person_get_name (pb));
      assert_string_not_equal (coprod_record_get_id (COPROD_RECORD (pa)),
                               coprod_record_get_id (COPROD_RECORD (pb)));
      assert_null (strstr (da, coprod_record_get_id (COPROD_RECORD (pb))));
    }
}

/* A keyed id that is already the id of another record is refused: the
 * export would not load */
static void
test_export_id_taken (void **state)
{
  g_autoptr(CoprodRegistry) registry = coprod_registry_new ();
  g_autoptr(CoprodPerson) person = coprod_person_new ("p-1", "Sam Example");
  g_autoptr(GBytes) key = key_new (KEY_A);
  g_autoptr(CoprodRegistry) first = NULL;
  g_autoptr(CoprodRegistry) second = NULL;
  g_autoptr(CoprodOrganisation) org = NULL;
  g_autoptr(GError) error = NULL;

  assert_true (coprod_registry_add (registry, COPROD_RECORD (person), NULL));
  first = coprod_registry_export (registry, COPROD_AUDIENCE_PARTNERS, key, NULL);
  org = coprod_organisation_new (coprod_record_get_id (COPROD_RECORD (person_at (first, 0))), "Org");
  assert_true (coprod_registry_add (registry, COPROD_RECORD (org), NULL));

  second = coprod_registry_export (registry, COPROD_AUDIENCE_PARTNERS, key, &error);
  assert_null (second);
  assert_true (g_error_matches (error, COPROD_ERROR, COPROD_ERROR_DUPLICATE_ID));
  assert_null (strstr (error->message, "Sam"));
}

/* References to a withdrawn person go, and so do the objects they hold
 * up; a reference to nobody stays dangling, keyed */
static void
test_export_references (void **state)
{
  static const char doc[] =
    "{\"format\":\"coprod\",\"version\":1,"
    " \"people\":[{\"id\":\"robin-ashcombe\",\"name\":\"Robin Ashcombe\",\"email\":\"r@a.example\"},"
    "             {\"id\":\"p-gone\",\"name\":\"Gone Person\",\"withdrawn_date\":\"2020\"},"
    "             {\"id\":\"p-pub\",\"name\":\"Pat Public\",\"consent_audience\":\"public\","
    "              \"pseudonym\":\"Pat\",\"secret_member\":\"Robin\"}],"
    " \"partnerships\":[{\"id\":\"prt\",\"memberships\":[{\"member_id\":\"robin-ashcombe\"},"
    "   {\"member_id\":\"p-gone\"},{\"member_id\":\"p-pub\"}]}],"
    " \"projects\":[{\"id\":\"prj\",\"partnership_id\":\"prt\",\"involvements\":["
    "   {\"person_id\":\"robin-ashcombe\",\"stage\":\"doing\",\"mode\":\"partner\",\"note\":\"Robin said\"},"
    "   {\"person_id\":\"p-gone\",\"stage\":\"doing\",\"mode\":\"partner\"},"
    "   {\"person_id\":\"kim-unknown\",\"stage\":\"doing\",\"mode\":\"partner\"}]}],"
    " \"meetings\":[{\"id\":\"m\",\"partnership_id\":\"prt\",\"attendee_ids\":[\"robin-ashcombe\",\"p-gone\",\"p-pub\"]}],"
    " \"payments\":[{\"id\":\"pay-1\",\"person_id\":\"robin-ashcombe\",\"amount\":2000},"
    "               {\"id\":\"pay-2\",\"person_id\":\"p-gone\",\"amount\":2000}]}";
  g_autoptr(CoprodRegistry) registry = coprod_registry_new ();
  g_autoptr(GBytes) key = key_new (KEY_A);
  g_autoptr(CoprodRegistry) exported = NULL;
  g_autofree char *data = NULL;
  g_autofree char *lower = NULL;
  CoprodPerson *robin, *pat;
  CoprodPartnership *prt;
  CoprodMeeting *meeting;
  CoprodPayment *payment;
  const char *robin_id;
  g_autoptr(CoprodInvolvement) first = NULL;
  g_autoptr(CoprodInvolvement) unknown = NULL;

  assert_true (coprod_registry_load_from_data (registry, doc, -1, NULL));
  exported = coprod_registry_export (registry, COPROD_AUDIENCE_PARTNERS, key, NULL);
  assert_non_null (exported);

  robin = person_at (exported, 0);
  pat = person_at (exported, 1);
  robin_id = coprod_record_get_id (COPROD_RECORD (robin));
  assert_int_equal (g_list_model_get_n_items (coprod_registry_get_people (exported)), 2);
  assert_string_equal (coprod_person_get_name (pat), "Pat Public");
  assert_string_equal (coprod_person_get_pseudonym (pat), "Pat");

  prt = COPROD_PARTNERSHIP (coprod_registry_lookup (exported, "prt"));
  assert_int_equal (g_list_model_get_n_items (coprod_partnership_get_memberships (prt)), 2);
  meeting = COPROD_MEETING (coprod_registry_lookup (exported, "m"));
  assert_string_equal (coprod_meeting_get_attendee_ids (meeting)[0], robin_id);
  assert_string_equal (coprod_meeting_get_attendee_ids (meeting)[1], "p-pub");
  assert_null (coprod_meeting_get_attendee_ids (meeting)[2]);
  payment = COPROD_PAYMENT (coprod_registry_lookup (exported, "pay-1"));
  assert_string_equal (coprod_payment_get_person_id (payment), robin_id);
  assert_null (coprod_registry_lookup (exported, "pay-2"));

  first = g_list_model_get_item (coprod_project_get_involvements (COPROD_PROJECT (
                                   coprod_registry_lookup (exported, "prj"))), 0);
  unknown = g_list_model_get_item (coprod_project_get_involvements (COPROD_PROJECT (
                                     coprod_registry_lookup (exported, "prj"))), 1);
  assert_string_equal (coprod_involvement_get_person_id (first), robin_id);
  assert_null (coprod_involvement_get_note (first));
  assert_true (g_str_has_prefix (coprod_involvement_get_person_id (unknown), "p-"));
  assert_null (coprod_registry_lookup (exported, coprod_involvement_get_person_id (unknown)));

  data = coprod_registry_to_data (exported, NULL);
  lower = g_ascii_strdown (data, -1);
  assert_null (strstr (lower, "robin"));
  assert_null (strstr (lower, "ashcombe"));
  assert_null (strstr (lower, "gone"));
  assert_null (strstr (lower, "kim-unknown"));
  assert_null (strstr (lower, "secret_member"));
}

/* Purge --------------------------------------------------------------- */

static guint
count_code (GListModel *findings,
            const char *code)
{
  guint i, n = 0;

  for (i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(CoprodFinding) f = g_list_model_get_item (findings, i);

      if (g_str_equal (coprod_finding_get_code (f), code))
        {
          n++;
          assert_int_equal (coprod_finding_get_severity (f), COPROD_SEVERITY_INFO);
        }
    }

  return n;
}

static void
test_purge (void **state)
{
  static const char doc[] =
    "{\"format\":\"coprod\",\"version\":1,"
    " \"people\":[{\"id\":\"p-old\",\"name\":\"Old\",\"retain_until\":\"2024-05\"},"
    "             {\"id\":\"p-new\",\"name\":\"New\",\"retain_until\":\"2030\"},"
    "             {\"id\":\"p-none\",\"name\":\"None\"}],"
    " \"partnerships\":[{\"id\":\"prt\",\"memberships\":[{\"member_id\":\"p-old\"},{\"member_id\":\"p-new\"}]}],"
    " \"projects\":[{\"id\":\"prj\",\"involvements\":[{\"person_id\":\"p-old\",\"stage\":\"doing\",\"mode\":\"partner\"},"
    "   {\"person_id\":\"p-new\",\"stage\":\"doing\",\"mode\":\"partner\"}],"
    "   \"feedback_events\":[{\"date\":\"2024\",\"reached_ids\":[\"p-old\",\"p-new\"]}]}],"
    " \"meetings\":[{\"id\":\"m\",\"partnership_id\":\"prt\",\"attendee_ids\":[\"p-old\",\"p-new\"]}],"
    " \"payments\":[{\"id\":\"pay\",\"person_id\":\"p-old\",\"amount\":1}],"
    " \"proposals\":[{\"id\":\"prop\",\"proposer_ids\":[\"p-old\",\"p-none\"]},"
    "                {\"id\":\"prop-2\",\"proposer_ids\":[\"p-old\"]}]}";
  g_autoptr(CoprodRegistry) registry = coprod_registry_new ();
  g_autoptr(GListModel) removed = NULL;
  g_autoptr(GListModel) none = NULL;
  g_autoptr(GListModel) findings = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *data = NULL;
  CoprodPartnership *prt;
  CoprodMeeting *meeting;

  assert_true (coprod_registry_load_from_data (registry, doc, -1, NULL));
  before = coprod_registry_to_data (registry, NULL);

  /* a bad date changes nothing */
  assert_false (coprod_registry_purge_expired (registry, "Robin Ashcombe", &removed, &error));
  assert_true (g_error_matches (error, COPROD_ERROR, COPROD_ERROR_DATE));
  assert_null (strstr (error->message, "Robin"));
  assert_null (removed);
  after = coprod_registry_to_data (registry, NULL);
  assert_string_equal (before, after);

  /* the day the month ends is not yet past it */
  assert_true (coprod_registry_purge_expired (registry, "2024-05-31", &none, NULL));
  assert_int_equal (g_list_model_get_n_items (none), 0);
  g_clear_pointer (&after, g_free);
  after = coprod_registry_to_data (registry, NULL);
  assert_string_equal (before, after);

  assert_true (coprod_registry_purge_expired (registry, "2024-06-01", &removed, NULL));
  assert_int_equal (count_code (removed, "purged-person"), 1);
  assert_int_equal (count_code (removed, "purged-record"), 2);
  assert_int_equal (count_code (removed, "purged-child"), 2);
  assert_int_equal (count_code (removed, "purged-reference"), 3);
  assert_int_equal (g_list_model_get_n_items (removed), 8);
  assert_null (coprod_registry_lookup (registry, "prop-2"));
  assert_non_null (coprod_registry_lookup (registry, "prop"));

  assert_null (coprod_registry_lookup (registry, "p-old"));
  assert_null (coprod_registry_lookup (registry, "pay"));
  assert_non_null (coprod_registry_lookup (registry, "p-new"));
  prt = COPROD_PARTNERSHIP (coprod_registry_lookup (registry, "prt"));
  assert_int_equal (g_list_model_get_n_items (coprod_partnership_get_memberships (prt)), 1);
  meeting = COPROD_MEETING (coprod_registry_lookup (registry, "m"));
  assert_string_equal (coprod_meeting_get_attendee_ids (meeting)[0], "p-new");
  assert_null (coprod_meeting_get_attendee_ids (meeting)[1]);

  /* nothing names them any more */
  data = coprod_registry_to_data (registry, NULL);
  assert_null (strstr (data, "p-old"));
  findings = coprod_registry_validate_as_of (registry, "2024-06-01", NULL);
  assert_int_equal (g_list_model_get_n_items (findings), 0);

  /* and a NULL list is allowed */
  assert_true (coprod_registry_purge_expired (registry, "2031", NULL, NULL));
  assert_null (coprod_registry_lookup (registry, "p-new"));
}

static void
test_purge_example (void **state)
{
  g_autoptr(CoprodRegistry) registry = load_example ();
  g_autoptr(GListModel) removed = NULL;
  g_autoptr(GListModel) findings = NULL;
  g_autoptr(CoprodTextWriter) writer = coprod_text_writer_new ();
  g_autofree char *text = NULL;
  guint i;

  assert_true (coprod_registry_purge_expired (registry, "2027-06-01", &removed, NULL));
  assert_true (count_code (removed, "purged-person") > 0);

  findings = coprod_registry_validate_as_of (registry, "2027-06-01", NULL);
  for (i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(CoprodFinding) f = g_list_model_get_item (findings, i);

      assert_string_not_equal (coprod_finding_get_code (f), "retention-passed");
      assert_string_not_equal (coprod_finding_get_code (f), "dangling-reference");
    }

  text = coprod_text_writer_write_purge (writer, removed);
  assert_true (g_str_has_prefix (text, "removed "));
  assert_non_null (strstr (text, "[purged-person]"));
}

/* The canary ----------------------------------------------------------- */

#define N_CANARY_PEOPLE 1000

/* Every string of a canary person holds the marker "qz": no hex digest
 * and no word of the format has it, so an export without "qz" in any
 * letter case holds none of them */
#define MARKER "qz"

static const char * const syllables[] = {
  "bar", "cel", "dun", "fir", "gol", "hask", "jor", "kel", "lum", "morv",
};

typedef struct
{
  GPtrArray *strings;   /* every string given to a canary person */
  GPtrArray *ids;       /* the canary people's ids */
} Canary;

static char *
canary_word (guint i,
             const char *tail)
{
  return g_strdup_printf ("Qz%s%s%s%s", syllables[i % 10], syllables[(i / 10) % 10],
                          syllables[(i / 100) % 10], tail);
}

static CoprodRegistry *
make_canary (Canary *canary)
{
  CoprodRegistry *registry = coprod_registry_new ();
  g_autoptr(CoprodPartnership) prt = coprod_partnership_new ("prt-canary", "Canary Partnership");
  CoprodProject *projects[10] = { NULL };
  guint i;

  canary->strings = g_ptr_array_new_with_free_func (g_free);
  canary->ids = g_ptr_array_new_with_free_func (g_free);

  for (i = 0; i < G_N_ELEMENTS (projects); i++)
    {
      g_autofree char *id = g_strdup_printf ("prj-%u", i);

      projects[i] = g_object_new (COPROD_TYPE_PROJECT, "id", id, "partnership-id", "prt-canary", NULL);
    }

  for (i = 0; i < N_CANARY_PEOPLE; i++)
    {
      g_autofree char *given = canary_word (i, "ina");
      g_autofree char *family = canary_word (i, "wright");
      char *name = g_strdup_printf ("%s %s", given, family);
      char *id = g_ascii_strdown (given, -1);
      char *pseudonym = canary_word (i, "kestrel");
      char *email = g_strdup_printf ("%s.%s@example.org", given, family);
      char *phone = g_strdup_printf ("+44 7700 %06u qz", 900000 + i);
      char *access = g_strdup_printf ("%s needs the lift at the back", given);
      char *note = g_strdup_printf ("%s spoke about the hostel", family);
      char *skill = g_strdup_printf ("%s's cooking", given);
      const char *skills[] = { skill, NULL };
      g_autoptr(CoprodPerson) person = coprod_person_new (id, name);
      g_autoptr(CoprodInvolvement) inv = NULL;
      g_autoptr(CoprodMembership) membership = NULL;
      g_autoptr(CoprodPayment) payment = NULL;
      g_autofree char *payment_id = g_strdup_printf ("pay-%u", i);

      coprod_person_set_roles (person, COPROD_ROLE_LIVED_EXPERIENCE);
      coprod_person_set_pseudonym (person, pseudonym);
      coprod_person_set_email (person, email);
      coprod_person_set_phone (person, phone);
      coprod_person_set_access_note (person, access);
      coprod_person_set_skills_brought (person, skills);
      if (i % 97 == 0)
        coprod_person_set_withdrawn_date (person, "2020");
      assert_true (coprod_registry_add (registry, COPROD_RECORD (person), NULL));

      inv = g_object_new (COPROD_TYPE_INVOLVEMENT, "person-id", id, "stage", COPROD_STAGE_DOING,
                          "mode", COPROD_MODE_PARTNER, "note", note, NULL);
      coprod_project_add_involvement (projects[i % G_N_ELEMENTS (projects)], inv);
      membership = g_object_new (COPROD_TYPE_MEMBERSHIP, "member-id", id, NULL);
      coprod_partnership_add_membership (prt, membership);
      payment = g_object_new (COPROD_TYPE_PAYMENT, "id", payment_id, "person-id", id,
                              "amount", (gint64) 2500, "note", note, NULL);
      assert_true (coprod_registry_add (registry, COPROD_RECORD (payment), NULL));

      g_ptr_array_add (canary->ids, id);
      g_ptr_array_add (canary->strings, name);
      g_ptr_array_add (canary->strings, g_strdup (id));
      g_ptr_array_add (canary->strings, pseudonym);
      g_ptr_array_add (canary->strings, email);
      g_ptr_array_add (canary->strings, phone);
      g_ptr_array_add (canary->strings, access);
      g_ptr_array_add (canary->strings, note);
      g_ptr_array_add (canary->strings, skill);
    }

  assert_true (coprod_registry_add (registry, COPROD_RECORD (prt), NULL));
  for (i = 0; i < G_N_ELEMENTS (projects); i++)
    {
      assert_true (coprod_registry_add (registry, COPROD_RECORD (projects[i]), NULL));
      g_object_unref (projects[i]);
    }

  return registry;
}

static char *
hex_of (GChecksumType  type,
        const char    *text)
{
  return g_compute_checksum_for_string (type, text, -1);
}

/* What may be shared, each as text: the export, and reports for partners
 * and the public in every format */
typedef char *(*ShareFunc) (CoprodRegistry *registry, GBytes *key, CoprodAudience audience);

static char *
share_export (CoprodRegistry *registry,
              GBytes         *key,
              CoprodAudience  audience)
{
  g_autoptr(CoprodRegistry) exported = coprod_registry_export (registry, audience, key, NULL);

  assert_non_null (exported);
  return coprod_registry_to_data (exported, NULL);
}

/* A report for partners or the public, in @format (for CSV: every table,
 * joined, with their column descriptions) */
static char *
share_report (CoprodRegistry     *registry,
              GBytes             *key,
              CoprodAudience      audience,
              CoprodReportFormat  format)
{
  g_autoptr(CoprodReport) report = coprod_report_new (registry);
  g_autoptr(GError) error = NULL;
  char *text;

  coprod_report_set_audience (report, audience);
  coprod_report_set_key (report, key);
  coprod_report_set_as_of (report, "2025-01-01");
  coprod_report_set_format (report, format);
  if (format == COPROD_REPORT_FORMAT_CSV)
    {
      g_autofree char *dir = g_dir_make_tmp ("coprod-canary-XXXXXX", &error);
      g_autoptr(GFile) folder = NULL;
      GString *all = g_string_new (NULL);
      g_autoptr(GDir) listing = NULL;
      const char *name;

      assert_non_null (dir);
      folder = g_file_new_for_path (dir);
      if (!coprod_report_write_csv_tables (report, folder, NULL, &error))
        fail_msg ("csv: %s", error->message);
      listing = g_dir_open (dir, 0, NULL);
      while ((name = g_dir_read_name (listing)) != NULL)
        {
          g_autofree char *path = g_build_filename (dir, name, NULL);
          g_autofree char *contents = NULL;

          assert_true (g_file_get_contents (path, &contents, NULL, NULL));
          g_string_append (all, contents);
          g_unlink (path);
        }
      g_rmdir (dir);
      assert_true (all->len > 0);
      return g_string_free (all, FALSE);
    }
  text = coprod_report_to_data (report, NULL, &error);
  if (text == NULL)
    fail_msg ("report: %s", error->message);
  return text;
}

#define SHARE_REPORT(name, format) \
  static char * \
  share_report_##name (CoprodRegistry *registry, GBytes *key, CoprodAudience audience) \
  { \
    return share_report (registry, key, audience, format); \
  }

SHARE_REPORT (text, COPROD_REPORT_FORMAT_TEXT)
SHARE_REPORT (markdown, COPROD_REPORT_FORMAT_MARKDOWN)
SHARE_REPORT (html, COPROD_REPORT_FORMAT_HTML)
SHARE_REPORT (json, COPROD_REPORT_FORMAT_JSON)
SHARE_REPORT (csv, COPROD_REPORT_FORMAT_CSV)

/* @differs_per_key: the share carries pseudonyms or ids, so another key
 * changes it (a report for the public shows neither) */
static const struct { const char *name; ShareFunc func; gboolean differs_per_key; } shares[] = {
  { "export", share_export, TRUE },
  { "report as text", share_report_text, FALSE },
  { "report as markdown", share_report_markdown, FALSE },
  { "report as html", share_report_html, FALSE },
  { "report as json", share_report_json, FALSE },
  { "report as csv", share_report_csv, FALSE },
};

static void
check_canary_text (Canary     *canary,
                   const char *what,
                   const char *text,
                   const char *key)
{
  g_autofree char *lower = g_ascii_strdown (text, -1);
  const char *p;
  guint i;

  if (strstr (lower, MARKER) != NULL)
    fail_msg ("%s holds a canary string: ...%.60s", what, strstr (lower, MARKER));

  /* each string literally, for a sample (the marker stands for the rest;
   * the Python suite looks for every one) */
  for (i = 0; i < canary->strings->len; i += 37)
    {
      g_autofree char *s = g_ascii_strdown (g_ptr_array_index (canary->strings, i), -1);

      assert_null (strstr (lower, s));
    }

  /* no unkeyed digest: no run of 40 hex digits or more at all, and none
   * of the digests of the strings */
  {
    gsize run = 0;

    /* by hand: strspn() at each place would be quadratic under the
     * sanitizer's string checks */
    for (p = lower; *p != '\0'; p++)
      {
        run = g_ascii_isxdigit (*p) ? run + 1 : 0;
        if (run >= 40)
          fail_msg ("%s holds a run of 40 hex digits or more", what);
      }
  }
  for (i = 0; i < canary->strings->len; i += 11)
    {
      g_autofree char *sha1 = hex_of (G_CHECKSUM_SHA1, g_ptr_array_index (canary->strings, i));
      g_autofree char *sha256 = hex_of (G_CHECKSUM_SHA256, g_ptr_array_index (canary->strings, i));

      assert_null (strstr (lower, sha1));
      assert_null (strstr (lower, sha256));
    }

  /* nor the key, as it is or in hex */
  assert_null (strstr (text, key));
  {
    GString *hex = g_string_new (NULL);

    for (i = 0; key[i] != '\0'; i++)
      g_string_append_printf (hex, "%02x", (guchar) key[i]);
    assert_null (strstr (lower, hex->str));
    g_string_free (hex, TRUE);
  }
}

static void
test_canary (void **state)
{
  Canary canary = { 0 };
  g_autoptr(CoprodRegistry) registry = make_canary (&canary);
  g_autoptr(GBytes) key_a = key_new (KEY_A);
  g_autoptr(GBytes) key_b = key_new (KEY_B);
  g_autofree char *source = coprod_registry_to_data (registry, NULL);
  const CoprodAudience audiences[] = { COPROD_AUDIENCE_PARTNERS, COPROD_AUDIENCE_PUBLIC };
  guint s, a;

  /* the canary is there to be found */
  {
    g_autofree char *lower = g_ascii_strdown (source, -1);

    assert_non_null (strstr (lower, MARKER));
  }

  for (s = 0; s < G_N_ELEMENTS (shares); s++)
    for (a = 0; a < G_N_ELEMENTS (audiences); a++)
      {
        g_autofree char *text_a = shares[s].func (registry, key_a, audiences[a]);
        g_autofree char *text_a2 = shares[s].func (registry, key_a, audiences[a]);
        g_autofree char *text_b = shares[s].func (registry, key_b, audiences[a]);
        g_autofree char *what = g_strdup_printf ("%s for %s", shares[s].name,
                                                 audiences[a] == COPROD_AUDIENCE_PUBLIC ? "public" : "partners");

        check_canary_text (&canary, what, text_a, KEY_A);
        check_canary_text (&canary, what, text_b, KEY_B);
        assert_null (strstr (text_a, KEY_B));

        /* stable per key, and another key gives other pseudonyms */
        assert_string_equal (text_a, text_a2);
        if (shares[s].differs_per_key)
          assert_string_not_equal (text_a, text_b);
      }

  /* pseudonyms and ids: one per person, none shared across keys */
  {
    g_autoptr(CoprodRegistry) ea = coprod_registry_export (registry, COPROD_AUDIENCE_PUBLIC, key_a, NULL);
    g_autoptr(CoprodRegistry) eb = coprod_registry_export (registry, COPROD_AUDIENCE_PUBLIC, key_b, NULL);
    g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
    g_autoptr(GListModel) findings = coprod_registry_validate (ea);
    GListModel *people_a = coprod_registry_get_people (ea);
    guint i, n = g_list_model_get_n_items (people_a);

    assert_int_equal (n, N_CANARY_PEOPLE - (N_CANARY_PEOPLE + 96) / 97);
    assert_int_equal (g_list_model_get_n_items (findings), 0);
    for (i = 0; i < n; i++)
      {
        CoprodPerson *pa = person_at (ea, i);
        CoprodPerson *pb = person_at (eb, i);

        assert_true (g_hash_table_add (seen, (gpointer) coprod_person_get_name (pa)));
        assert_true (g_hash_table_add (seen, (gpointer) coprod_person_get_name (pb)));
        assert_true (g_hash_table_add (seen, (gpointer) coprod_record_get_id (COPROD_RECORD (pa))));
        assert_true (g_hash_table_add (seen, (gpointer) coprod_record_get_id (COPROD_RECORD (pb))));
      }
  }

  g_ptr_array_unref (canary.strings);
  g_ptr_array_unref (canary.ids);
}


/* Reports for partners and the public */

static CoprodReport *
report_for (CoprodRegistry     *registry,
            CoprodAudience      audience,
            CoprodReportFormat  format)
{
  g_autoptr(GBytes) key = key_new (KEY_A);
  CoprodReport *report = coprod_report_new (registry);

  coprod_report_set_audience (report, audience);
  coprod_report_set_key (report, key);
  coprod_report_set_as_of (report, "2025-01-01");
  coprod_report_set_format (report, format);
  coprod_report_set_width (report, 0);
  return report;
}

static void
test_report_audience_errors (void **state)
{
  g_autoptr(CoprodRegistry) registry = load_example ();
  g_autoptr(CoprodReport) report = coprod_report_new (registry);
  g_autoptr(GBytes) key = key_new (KEY_A);
  g_autoptr(GBytes) short_key = key_new ("short");
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  CoprodPerson *person = person_at (registry, 0);

  assert_int_equal (coprod_report_get_audience (report), COPROD_AUDIENCE_INTERNAL);
  assert_int_equal (coprod_report_get_suppression_threshold (report), 7);
  assert_null (coprod_report_get_key (report));

  /* no key */
  coprod_report_set_audience (report, COPROD_AUDIENCE_PUBLIC);
  text = coprod_report_to_data (report, NULL, &error);
  assert_null (text);
  assert_true (g_error_matches (error, COPROD_ERROR, COPROD_ERROR_INVALID));
  assert_non_null (strstr (error->message, "key"));
  g_clear_error (&error);

  /* a key too short for the export */
  coprod_report_set_key (report, short_key);
  text = coprod_report_to_data (report, NULL, &error);
  assert_null (text);
  assert_non_null (error);
  g_clear_error (&error);

  /* "my involvement" is for its reader alone */
  coprod_report_set_key (report, key);
  assert_true (coprod_report_get_key (report) == key);
  coprod_report_set_scope (report, COPROD_REPORT_SCOPE_PERSON);
  coprod_report_set_subject_id (report, coprod_record_get_id (COPROD_RECORD (person)));
  coprod_report_set_audience (report, COPROD_AUDIENCE_PARTNERS);
  text = coprod_report_to_data (report, NULL, &error);
  assert_null (text);
  assert_true (g_error_matches (error, COPROD_ERROR, COPROD_ERROR_INVALID));
  assert_non_null (strstr (error->message, "internal"));
  g_clear_error (&error);
  {
    g_autoptr(GFile) dir = g_file_new_for_path ("/nonexistent-coprod");
    assert_false (coprod_report_write_csv_tables (report, dir, NULL, &error));
    assert_true (g_error_matches (error, COPROD_ERROR, COPROD_ERROR_INVALID));
    g_clear_error (&error);
  }

  /* internal: as before, and the key is not needed */
  coprod_report_set_audience (report, COPROD_AUDIENCE_INTERNAL);
  coprod_report_set_key (report, NULL);
  text = coprod_report_to_data (report, NULL, &error);
  assert_non_null (text);
}

static void
test_report_properties (void **state)
{
  g_autoptr(CoprodReport) report = coprod_report_new (NULL);
  g_autoptr(GBytes) key = key_new (KEY_A);
  g_autoptr(GBytes) same = key_new (KEY_A);
  g_autoptr(GBytes) got = NULL;
  CoprodAudience audience;
  guint threshold;

  g_object_set (report, "audience", COPROD_AUDIENCE_PARTNERS, "key", key,
                "suppression-threshold", 10, NULL);
  g_object_get (report, "audience", &audience, "key", &got, "suppression-threshold", &threshold, NULL);
  assert_int_equal (audience, COPROD_AUDIENCE_PARTNERS);
  assert_int_equal (threshold, 10);
  assert_true (g_bytes_equal (got, key));
  /* an equal key is no change */
  coprod_report_set_key (report, same);
  assert_true (coprod_report_get_key (report) == key);
}

static void
test_report_public (void **state)
{
  g_autoptr(CoprodRegistry) registry = load_example ();
  g_autoptr(CoprodReport) internal = report_for (registry, COPROD_AUDIENCE_INTERNAL, COPROD_REPORT_FORMAT_TEXT);
  g_autoptr(CoprodReport) partners = report_for (registry, COPROD_AUDIENCE_PARTNERS, COPROD_REPORT_FORMAT_TEXT);
  g_autoptr(CoprodReport) public = report_for (registry, COPROD_AUDIENCE_PUBLIC, COPROD_REPORT_FORMAT_TEXT);
  g_autoptr(GError) error = NULL;
  g_autofree char *a = coprod_report_to_data (internal, NULL, &error);
  g_autofree char *b = coprod_report_to_data (partners, NULL, &error);
  g_autofree char *c = coprod_report_to_data (public, NULL, &error);
  g_autofree char *payments = NULL, *involvements = NULL, *meta = NULL, *projects = NULL;

  assert_non_null (a);
  assert_non_null (b);
  assert_non_null (c);
  assert_null (strstr (a, "[c]"));
  assert_null (strstr (b, "[c]"));
  assert_non_null (strstr (b, "made for partner organisations"));
  assert_non_null (strstr (c, "[c]"));
  assert_non_null (strstr (c, "made for the public"));
  assert_non_null (strstr (c, "a count from 1 to 7"));
  assert_non_null (strstr (c, "No amount of money is shown"));
  /* money appears in the internal report, never in the public one */
  assert_non_null (strstr (a, "£"));
  assert_null (strstr (c, "£"));
  assert_null (strstr (c, "GBP"));

  /* per-record tables about people: the header only, and said so */
  coprod_report_set_format (public, COPROD_REPORT_FORMAT_CSV);
  coprod_report_set_table (public, COPROD_REPORT_TABLE_PAYMENTS);
  payments = coprod_report_to_data (public, NULL, &error);
  assert_string_equal (payments, "payment_id,person_id,meeting_id,project_id,kind,amount,currency,"
                                 "outcome,offered_date,claimed_date,paid_date\r\n");
  coprod_report_set_table (public, COPROD_REPORT_TABLE_INVOLVEMENTS);
  involvements = coprod_report_to_data (public, NULL, &error);
  assert_null (strchr (strchr (involvements, '\n') + 1, '\n'));
  coprod_report_set_table (public, COPROD_REPORT_TABLE_PROJECTS);
  projects = coprod_report_to_data (public, NULL, &error);
  assert_non_null (strchr (strchr (projects, '\n') + 1, '\n'));
  {
    CoprodReportContext ctx = { 0 };

    ctx.audience = COPROD_AUDIENCE_PUBLIC;
    ctx.threshold = 7;
    meta = _coprod_report_table_metadata (&ctx, COPROD_REPORT_TABLE_PAYMENTS);
    assert_non_null (strstr (meta, "Not published for the public"));
  }

  /* the threshold: at 1, a count of 2 is shown rounded */
  coprod_report_set_format (public, COPROD_REPORT_FORMAT_TEXT);
  coprod_report_set_suppression_threshold (public, 1);
  {
    g_autofree char *d = coprod_report_to_data (public, NULL, &error);
    assert_non_null (strstr (d, "a count from 1 to 1 "));
    assert_string_not_equal (c, d);
  }
}

/* A board of ten paid seats, all filled by people with lived experience:
 * what its public report says of it */
static void
test_report_board_of_ten (void **state)
{
  g_autoptr(CoprodRegistry) registry = coprod_registry_new ();
  g_autoptr(CoprodPartnership) board = g_object_new (COPROD_TYPE_PARTNERSHIP, "id", "prt-board",
                                                     "name", "The board", NULL);
  g_autoptr(CoprodReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  guint i;

  for (i = 0; i < 10; i++)
    {
      g_autofree char *id = g_strdup_printf ("per-%u", i);
      g_autoptr(CoprodPerson) person = g_object_new (COPROD_TYPE_PERSON, "id", id,
                                                     "roles", i < 9 ? COPROD_ROLE_LIVED_EXPERIENCE
                                                                    : COPROD_ROLE_CARER, NULL);
      g_autoptr(CoprodMembership) membership = coprod_membership_new (id, "board member");

      g_object_set (membership, "paid", TRUE, NULL);
      assert_true (coprod_registry_add (registry, COPROD_RECORD (person), NULL));
      coprod_partnership_add_membership (board, membership);
    }
  assert_true (coprod_registry_add (registry, COPROD_RECORD (board), NULL));
  report = report_for (registry, COPROD_AUDIENCE_PUBLIC, COPROD_REPORT_FORMAT_TEXT);
  coprod_report_set_width (report, 0);
  text = coprod_report_to_data (report, NULL, &error);
  assert_non_null (text);
  assert_non_null (strstr (text, "People taking part: 10, of whom 10 have lived experience and 10 "
                                 "are paid for their place"));
  assert_non_null (strstr (text, "People: 10, of whom 10 have lived experience"));

  /* one of the ten without lived experience: 9 and 1 are both hidden */
  {
    g_autoptr(CoprodPerson) staff = COPROD_PERSON (g_object_ref (coprod_registry_lookup (registry, "per-9")));
    g_autofree char *again = NULL;

    coprod_person_set_roles (staff, COPROD_ROLE_STAFF);
    again = coprod_report_to_data (report, NULL, &error);
    assert_non_null (strstr (again, "People taking part: 10, of whom [c] have lived experience and 10 "
                                    "are paid for their place"));
  }
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_withdrawn_payment_refused),
    cmocka_unit_test (test_withdrawn_involvement_refused),
    cmocka_unit_test (test_withdrawn_load_not_refused),
    cmocka_unit_test (test_ids_are_safe_to_name),
    cmocka_unit_test (test_export_short_key),
    cmocka_unit_test (test_export_example),
    cmocka_unit_test (test_export_stable_per_key),
    cmocka_unit_test (test_export_id_taken),
    cmocka_unit_test (test_export_references),
    cmocka_unit_test (test_purge),
    cmocka_unit_test (test_purge_example),
    cmocka_unit_test (test_report_audience_errors),
    cmocka_unit_test (test_report_properties),
    cmocka_unit_test (test_report_public),
    cmocka_unit_test (test_report_board_of_ten),
    cmocka_unit_test (test_canary),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
