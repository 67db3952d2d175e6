/* test-report.c: CoprodReport in every format and scope, its escaping,
 * and that its prose names no one and shows no id
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>
#include <sys/stat.h>

#include <glib/gstdio.h>

#include "coprod-test-util.h"

static CoprodRegistry *
load_example (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("COPROD_EXAMPLES_DATA"),
                                            "coprod-example.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(CoprodRegistry) registry = coprod_registry_new ();
  g_autoptr(GError) error = NULL;

  assert_true (coprod_registry_load_from_file (registry, file, NULL, &error));
  assert_null (error);
  return g_steal_pointer (&registry);
}

static char *
write_report (CoprodRegistry     *registry,
              CoprodReportScope   scope,
              const char         *subject,
              CoprodReportFormat  format)
{
  g_autoptr(CoprodReport) report = coprod_report_new (registry);
  g_autoptr(GError) error = NULL;
  char *data;
  gsize length = 0;

  coprod_report_set_scope (report, scope);
  coprod_report_set_subject_id (report, subject);
  coprod_report_set_format (report, format);
  coprod_report_set_as_of (report, "2025-01-31");
  data = coprod_report_to_data (report, &length, &error);
  assert_null (error);
  assert_non_null (data);
  assert_int_equal (length, strlen (data));
  assert_true (g_utf8_validate (data, -1, NULL));
  return data;
}

static void
test_report_properties (void **state)
{
  g_autoptr(CoprodRegistry) registry = coprod_registry_new ();
  CoprodReport *report = coprod_report_new (registry);

  assert_ptr_equal (coprod_report_get_registry (report), registry);
  assert_int_equal (coprod_report_get_scope (report), COPROD_REPORT_SCOPE_REGISTRY);
  assert_int_equal (coprod_report_get_format (report), COPROD_REPORT_FORMAT_TEXT);
  assert_int_equal (coprod_report_get_width (report), COPROD_REPORT_DEFAULT_WIDTH);
  assert_int_equal (coprod_report_get_table (report), COPROD_REPORT_TABLE_PROJECTS);
  assert_null (coprod_report_get_subject_id (report));
  assert_null (coprod_report_get_as_of (report));
  assert_false (coprod_report_get_gripp2 (report));
  assert_ptr_equal (coprod_report_get_ladder (report), coprod_ladder_get_default ());

  coprod_test_roundtrip_enum (report, "scope", COPROD_REPORT_SCOPE_PERSON);
  coprod_test_roundtrip_enum (report, "format", COPROD_REPORT_FORMAT_HTML);
  coprod_test_roundtrip_enum (report, "table", COPROD_REPORT_TABLE_PAYMENTS);
  coprod_test_roundtrip_string (report, "subject-id", "prj-1");
  coprod_test_roundtrip_string (report, "as-of", "2025-01-31");
  coprod_test_roundtrip_uint (report, "width", 60);
  coprod_test_roundtrip_boolean (report, "gripp2", TRUE);

  coprod_report_set_ladder (report, coprod_ladder_get_builtin ("arnstein"));
  assert_ptr_equal (coprod_report_get_ladder (report), coprod_ladder_get_builtin ("arnstein"));
  coprod_report_set_ladder (report, NULL);
  assert_ptr_equal (coprod_report_get_ladder (report), coprod_ladder_get_default ());

  coprod_test_assert_finalized (report);
}

/* every id of the registry, for checking that the prose shows none */
static GPtrArray *
all_ids (CoprodRegistry *registry)
{
  GListModel *collections[] = {
    coprod_registry_get_organisations (registry), coprod_registry_get_people (registry),
    coprod_registry_get_partnerships (registry), coprod_registry_get_projects (registry),
    coprod_registry_get_meetings (registry), coprod_registry_get_payments (registry),
    coprod_registry_get_outputs (registry), coprod_registry_get_proposals (registry),
  };
  GPtrArray *ids = g_ptr_array_new_with_free_func (g_free);
  guint c, i;

  for (c = 0; c < G_N_ELEMENTS (collections); c++)
    for (i = 0; i < g_list_model_get_n_items (collections[c]); i++)
      {
        g_autoptr(CoprodRecord) record = g_list_model_get_item (collections[c], i);
        g_ptr_array_add (ids, g_strdup (coprod_record_get_id (record)));
      }
  return ids;
}

static void
test_report_formats_and_scopes (void **state)
{
  g_autoptr(CoprodRegistry) registry = load_example ();
  g_autoptr(GPtrArray) ids = all_ids (registry);
  const struct { CoprodReportScope scope; const char *subject; } scopes[] = {
    { COPROD_REPORT_SCOPE_REGISTRY, NULL },
    { COPROD_REPORT_SCOPE_PARTNERSHIP, "prt-stoke-cop" },
    { COPROD_REPORT_SCOPE_PROJECT, "prj-fife-report" },
    { COPROD_REPORT_SCOPE_PERSON, "p-stoke-07" },
  };
  CoprodPerson *reader = COPROD_PERSON (coprod_registry_lookup (registry, "p-stoke-07"));
  GListModel *people = coprod_registry_get_people (registry);
  guint s, f, i;

  for (s = 0; s < G_N_ELEMENTS (scopes); s++)
    for (f = COPROD_REPORT_FORMAT_TEXT; f <= COPROD_REPORT_FORMAT_CSV; f++)
      {
        g_autofree char *data = write_report (registry, scopes[s].scope, scopes[s].subject, f);

        assert_true (strlen (data) > 100);
        /* the prose shows no id; JSON and CSV carry them for joining */
        if (f == COPROD_REPORT_FORMAT_TEXT || f == COPROD_REPORT_FORMAT_MARKDOWN ||
            f == COPROD_REPORT_FORMAT_HTML)
          for (i = 0; i < ids->len; i++)
            if (strstr (data, g_ptr_array_index (ids, i)) != NULL)
              fail_msg ("id %s in a %d report of scope %d", (char *) g_ptr_array_index (ids, i), f, s);
        /* no one is named, but the reader of their own statement */
        for (i = 0; i < g_list_model_get_n_items (people); i++)
          {
            g_autoptr(CoprodPerson) person = g_list_model_get_item (people, i);
            const char *name = coprod_person_get_name (person);

            if (name == NULL || (scopes[s].scope == COPROD_REPORT_SCOPE_PERSON && person == reader &&
                                 f != COPROD_REPORT_FORMAT_CSV))
              continue;
            if (strstr (data, name) != NULL)
              fail_msg ("a name in a %d report of scope %d", f, s);
          }
        if (scopes[s].scope == COPROD_REPORT_SCOPE_PERSON && f != COPROD_REPORT_FORMAT_CSV)
          assert_non_null (strstr (data, coprod_person_get_name (reader)));
      }
}

static void
test_report_html (void **state)
{
  g_autoptr(CoprodRegistry) registry = load_example ();
  g_autofree char *html = write_report (registry, COPROD_REPORT_SCOPE_REGISTRY, NULL,
                                        COPROD_REPORT_FORMAT_HTML);
  guint n_svg = 0, n_projects = g_list_model_get_n_items (coprod_registry_get_projects (registry));
  const char *p;

  assert_true (g_str_has_prefix (html, "<!DOCTYPE html>\n<html lang=\"en-GB\">"));
  assert_non_null (strstr (html, "<main id=\"main\">"));
  assert_non_null (strstr (html, "<nav aria-label=\"Contents\">"));
  for (p = html; (p = strstr (p, "<svg ")) != NULL; p++)
    {
      const char *end = strstr (p, "</svg>");
      assert_non_null (end);
      assert_true (strstr (p, "role=\"img\"") < end);
      assert_true (strstr (p, "<title id=") < end);
      assert_true (strstr (p, "<desc id=") < end);
      n_svg++;
    }
  /* a ladder, a per-stage picture and the values for each project (no
   * partnership of the example has a review of its own), and the claims
   * owed and the pledges' progress once */
  assert_int_equal (n_svg, 3 * n_projects + 2);
  assert_null (strstr (html, "<script"));
  assert_null (strstr (html, "<link"));
  assert_null (strstr (html, "src=\"http"));
}

/* A project whose records and people disagree on one practice, and a
 * partnership reviewed in its own right */
static const char values_registry[] =
  "{\"format\": \"coprod\", \"version\": 1,"
  " \"people\": ["
  "   {\"id\": \"p-lived\", \"name\": \"Robin Testperson\", \"roles\": [\"lived-experience\"]},"
  "   {\"id\": \"p-staff\", \"name\": \"Sam Testperson\", \"roles\": [\"professional\"]}],"
  " \"partnerships\": [{\"id\": \"prt-v\", \"name\": \"Valley forum\", \"kind\": \"forum\"}],"
  " \"projects\": [{\"id\": \"prj-v\", \"title\": \"Valley leaflet\", \"partnership_id\": \"prt-v\","
  "   \"involvements\": [{\"person_id\": \"p-lived\", \"stage\": \"deciding\", \"mode\": \"partner\","
  "                       \"date\": \"2024-03-01\"}]}],"
  " \"reviews\": ["
  "   {\"id\": \"rev-v\", \"framework_id\": \"flse\", \"subject_id\": \"prj-v\", \"date\": \"2024-06-01\","
  "    \"reviewer_ids\": [\"p-lived\", \"p-staff\"],"
  "    \"ratings\": [{\"practice_id\": \"collaboration-equal-relationships\", \"score\": 1},"
  "                  {\"practice_id\": \"reciprocity-impact-shared\", \"score\": 4}]},"
  "   {\"id\": \"rev-prt\", \"framework_id\": \"scie\", \"subject_id\": \"prt-v\", \"date\": \"2024-07-01\","
  "    \"reviewer_ids\": [\"p-staff\"], \"ratings\": []}]}";

/* @text with each run of spaces and newlines as one space, so that words
 * wrapped by the text format can be looked for */
static char *
squash (const char *text)
{
  GString *out = g_string_new (NULL);
  const char *p;

  for (p = text; *p != '\0'; p++)
    {
      if (g_ascii_isspace (*p))
        {
          if (out->len > 0 && out->str[out->len - 1] != ' ')
            g_string_append_c (out, ' ');
          continue;
        }
      g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

static void
test_report_values (void **state)
{
  g_autoptr(CoprodRegistry) registry = coprod_registry_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL, *html = NULL, *json = NULL, *partnership = NULL, *values = NULL;
  g_autofree char *squashed_partnership = NULL;
  const char *ids[] = { "p-lived", "p-staff", "prt-v", "prj-v", "rev-v", "rev-prt",
                        "collaboration-equal-relationships", "reciprocity-impact-shared",
                        "flse", "scie", "Robin", "Sam" };
  const char *p, *end;
  guint i, n_svg = 0;

  assert_true (coprod_registry_load_from_data (registry, values_registry, -1, &error));
  assert_null (error);

  text = write_report (registry, COPROD_REPORT_SCOPE_PROJECT, "prj-v", COPROD_REPORT_FORMAT_TEXT);
  p = strstr (text, "\nValues\n------\n");
  assert_non_null (p);
  values = squash (p);
  assert_non_null (strstr (values, "Reviewed against the Co-production values (Fulfilling Lives "
                                   "South East), on a scale from 1 (Not at all) to 5 (Fully)."));
  assert_non_null (strstr (values, "Who rated: 2 people, 1 of whom has lived experience, in a "
                                   "review of 2024-06-01"));
  assert_non_null (strstr (values, "Overall: 2.4, A little, from the records and people's ratings"));
  assert_non_null (strstr (values, "Where the records and people disagree: 2 practices"));
  assert_non_null (strstr (values, "- Reciprocity 1.8, A little 2 of 2"));
  assert_non_null (strstr (values, "communication are kept up from start to finish. Records: not met, "
                                   "1.0 (Not at all). People: 4 (Mostly). Together: 2.5 (A little)."));
  /* the disagreements in plain words, with both scores and their bands */
  assert_non_null (strstr (values, "Collaboration: \"Relationships between everyone involved are built "
                                   "and looked after as equal ones, with people with lived experience "
                                   "sharing in decisions.\" The records give 5.0 (Fully), but the "
                                   "people who rated it gave 1 (Not at all)."));
  assert_non_null (strstr (values, "The records give 1.0 (Not at all), but the people who rated it "
                                   "gave 4 (Mostly)."));
  for (i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      if (strstr (values, ids[i]) != NULL)
        fail_msg ("the values section shows \"%s\"", ids[i]);
    }

  /* the partnership's report reviews the partnership against the
   * framework of its own latest review, and its project against its own */
  partnership = write_report (registry, COPROD_REPORT_SCOPE_PARTNERSHIP, "prt-v", COPROD_REPORT_FORMAT_TEXT);
  p = strstr (partnership, "\nValues\n------\n");
  assert_non_null (p);
  squashed_partnership = squash (p);
  p = squashed_partnership;
  assert_non_null (p);
  assert_non_null (strstr (p, "Valley forum ~~~~"));
  assert_non_null (strstr (p, "Reviewed against the Principles of co-production (SCIE)"));
  assert_non_null (strstr (p, "Who rated: 1 person, 0 of whom have lived experience"));
  assert_non_null (strstr (p, "Valley leaflet ~~~~"));
  assert_true (strstr (p, "Valley forum ~~~~") < strstr (p, "Valley leaflet ~~~~"));

  /* no review yet: the default framework, from the records alone */
  {
    g_autoptr(CoprodRegistry) example = load_example ();
    g_autofree char *fife = write_report (example, COPROD_REPORT_SCOPE_PROJECT, "prj-fife-report",
                                          COPROD_REPORT_FORMAT_TEXT);
    g_autofree char *squashed = NULL;

    p = strstr (fife, "\nValues\n------\n");
    assert_non_null (p);
    squashed = squash (p);
    p = squashed;
    assert_non_null (strstr (p, "Who rated: no one yet: the scores come from the records alone"));
    assert_non_null (strstr (p, "Reviewed against the Co-production values (Fulfilling Lives South East)"));
  }

  /* the chart: role, title, description, the two bars told apart by
   * pattern and by words, and the disagreement in words */
  html = write_report (registry, COPROD_REPORT_SCOPE_PROJECT, "prj-v", COPROD_REPORT_FORMAT_HTML);
  p = strstr (html, "<title id=\"chart-2-title\">The values of Valley leaflet, practice by practice</title>");
  assert_non_null (p);
  end = strstr (p, "</svg>");
  assert_non_null (end);
  assert_true (strstr (p, "<desc id=\"chart-2-desc\">For each of the 15 practices") < end);
  assert_true (strstr (p, "<pattern id=\"chart-2-people\"") < end);
  assert_true (strstr (p, "fill=\"url(#chart-2-people)\"") < end);
  assert_true (strstr (p, ">from the records</text>") < end);
  assert_true (strstr (p, ">from people</text>") < end);
  assert_true (strstr (p, ">1, Not at all (the records and people disagree)</text>") < end);
  assert_true (strstr (p, ">4, Mostly (the records and people disagree)</text>") < end);
  assert_true (strstr (p, ">not rated</text>") < end);
  for (p = html; (p = strstr (p, "<svg ")) != NULL; p++)
    n_svg++;
  /* counts agree in number, in the stage chart and under it */
  assert_non_null (strstr (html, ">1 equal partner</text>"));
  assert_non_null (strstr (html, "Deciding: 1 equal partner."));
  assert_null (strstr (html, "1 equal partners"));
  assert_int_equal (n_svg, 3);
  /* the ladder's caption says how to read it, not what the paragraph says */
  p = strstr (html, "<p>On the Ladder of co-production");
  assert_non_null (p);
  end = strstr (p, "<figcaption>");
  assert_non_null (end);
  assert_true (g_str_has_prefix (end, "<figcaption>How to read the ladder:"));

  /* JSON carries the section, its facts and the chart's words */
  json = write_report (registry, COPROD_REPORT_SCOPE_PROJECT, "prj-v", COPROD_REPORT_FORMAT_JSON);
  assert_non_null (strstr (json, "{\"key\": \"values\", \"heading\": \"Values\""));
  assert_non_null (strstr (json, "{\"label\": \"Overall\", \"value\": "));
  assert_non_null (strstr (json, "\"title\": \"The values of Valley leaflet, practice by practice\""));
}

static void
test_report_escaping (void **state)
{
  g_autoptr(CoprodRegistry) registry = coprod_registry_new ();
  g_autoptr(CoprodProject) project = coprod_project_new ("prj-x", "<script>alert(1)</script> & *bold* | pipe");
  g_autoptr(CoprodProposal) proposal = g_object_new (COPROD_TYPE_PROPOSAL, "id", "prop-x",
                                                     "project-id", "prj-x",
                                                     "text", "=HYPERLINK(\"http://x\",\"y\")\x1b[31m",
                                                     NULL);
  g_autofree char *html = NULL, *markdown = NULL, *text = NULL, *csv = NULL;
  g_autoptr(CoprodReport) report = coprod_report_new (registry);
  g_autoptr(GError) error = NULL;

  assert_true (coprod_registry_add (registry, COPROD_RECORD (project), NULL));
  assert_true (coprod_registry_add (registry, COPROD_RECORD (proposal), NULL));

  html = write_report (registry, COPROD_REPORT_SCOPE_REGISTRY, NULL, COPROD_REPORT_FORMAT_HTML);
  assert_null (strstr (html, "<script"));
  assert_non_null (strstr (html, "&lt;script&gt;alert(1)&lt;/script&gt; &amp; *bold*"));
  assert_null (strstr (html, "\x1b"));

  markdown = write_report (registry, COPROD_REPORT_SCOPE_REGISTRY, NULL, COPROD_REPORT_FORMAT_MARKDOWN);
  assert_non_null (strstr (markdown, "\\<script\\>alert(1)\\</script\\> \\& \\*bold\\* \\| pipe"));

  text = write_report (registry, COPROD_REPORT_SCOPE_REGISTRY, NULL, COPROD_REPORT_FORMAT_TEXT);
  assert_null (strstr (text, "\x1b"));
  assert_non_null (strstr (text, "\\x1B"));

  coprod_report_set_format (report, COPROD_REPORT_FORMAT_CSV);
  coprod_report_set_table (report, COPROD_REPORT_TABLE_PROPOSALS);
  csv = coprod_report_to_data (report, NULL, &error);
  assert_null (error);
  /* a formula is written after an apostrophe, inside quotes */
  assert_non_null (strstr (csv, ",\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")"));
}

static void
test_report_errors (void **state)
{
  g_autoptr(CoprodRegistry) registry = load_example ();
  g_autoptr(CoprodReport) report = coprod_report_new (registry);
  g_autoptr(CoprodReport) empty = coprod_report_new (NULL);
  g_autoptr(GError) error = NULL;
  char *data;

  coprod_report_set_scope (report, COPROD_REPORT_SCOPE_PROJECT);
  data = coprod_report_to_data (report, NULL, &error);
  assert_null (data);
  assert_true (g_error_matches (error, COPROD_ERROR, COPROD_ERROR_NOT_FOUND));
  g_clear_error (&error);

  /* a partnership is not a project */
  coprod_report_set_subject_id (report, "prt-stoke-cop");
  data = coprod_report_to_data (report, NULL, &error);
  assert_null (data);
  assert_true (g_error_matches (error, COPROD_ERROR, COPROD_ERROR_NOT_FOUND));
  g_clear_error (&error);

  coprod_report_set_subject_id (report, "prj-fife-report");
  coprod_report_set_as_of (report, "2025-13-45");
  data = coprod_report_to_data (report, NULL, &error);
  assert_null (data);
  assert_non_null (error);
  g_clear_error (&error);

  data = coprod_report_to_data (empty, NULL, &error);
  assert_null (data);
  assert_non_null (error);
}

static void
test_report_files (void **state)
{
  g_autoptr(CoprodRegistry) registry = load_example ();
  g_autoptr(CoprodReport) report = coprod_report_new (registry);
  g_autofree char *dir = g_dir_make_tmp ("coprod-report-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "report.html", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL, *contents = NULL;
  const char *tables[] = { "projects", "involvements", "meetings", "payments", "outputs", "proposals" };
  struct stat st;
  gsize length;
  guint i;

  coprod_report_set_format (report, COPROD_REPORT_FORMAT_HTML);
  coprod_report_set_as_of (report, "2025-01-31");
  data = coprod_report_to_data (report, NULL, &error);
  assert_true (coprod_report_to_file (report, file, NULL, &error));
  assert_null (error);
  assert_int_equal (stat (path, &st), 0);
  assert_int_equal (st.st_mode & 0777, 0600);
  assert_true (g_file_get_contents (path, &contents, &length, NULL));
  assert_string_equal (contents, data);

  assert_true (coprod_report_to_stream (report, stream, NULL, &error));
  assert_true (g_output_stream_close (stream, NULL, NULL));
  assert_int_equal (g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (stream)), strlen (data));
  assert_memory_equal (g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (stream)), data, strlen (data));

  assert_true (coprod_report_write_csv_tables (report, folder, NULL, &error));
  assert_null (error);
  for (i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      g_autofree char *csv = g_strdup_printf ("%s/%s.csv", dir, tables[i]);
      g_autofree char *meta = g_strdup_printf ("%s/%s.csv-metadata.json", dir, tables[i]);

      assert_int_equal (stat (csv, &st), 0);
      assert_int_equal (st.st_mode & 0777, 0600);
      assert_int_equal (stat (meta, &st), 0);
      g_unlink (csv);
      g_unlink (meta);
    }
  g_unlink (path);
  assert_int_equal (g_rmdir (dir), 0);  /* and no temporary file is left */
}

/* Promises kept: the pledges with their progress, and claims owed told by
 * how late they are, never by person */
static void
test_report_promises (void **state)
{
  g_autoptr(CoprodRegistry) registry = load_example ();
  g_autofree char *text = write_report (registry, COPROD_REPORT_SCOPE_REGISTRY, NULL,
                                        COPROD_REPORT_FORMAT_TEXT);
  g_autofree char *html = write_report (registry, COPROD_REPORT_SCOPE_REGISTRY, NULL,
                                        COPROD_REPORT_FORMAT_HTML);
  g_autofree char *project = write_report (registry, COPROD_REPORT_SCOPE_PROJECT, "prj-stoke-cop",
                                           COPROD_REPORT_FORMAT_TEXT);
  CoprodPayment *owed;

  /* pay-0004, claimed 2023-09-12 under a policy of 14 days, is owed */
  assert_non_null (strstr (text, "Is anyone owed money?"));
  assert_non_null (strstr (text, "1 claim is unpaid beyond the days the"));
  assert_non_null (strstr (text, "£50.00 in all"));
  assert_null (strstr (text, "p-worcs-06"));
  assert_non_null (strstr (html, "<title id=\"chart-"));
  assert_non_null (strstr (html, ">Claims owed, by how late they are</title>"));
  assert_non_null (strstr (html, ">More than 90 days late</text>"));
  /* pledges: by the organisation signed for, or as a personal pledge */
  assert_non_null (strstr (text, "Pledges: promises made and kept"));
  assert_non_null (strstr (text, "A personal pledge"));
  assert_non_null (strstr (html, ">Pledge progress</title>"));
  assert_non_null (strstr (html, ">80% kept</text>"));
  /* a project's report has no pledges, and owes nothing when none of its
   * payments is owed */
  assert_null (strstr (project, "Pledges: promises made and kept"));

  /* paid, the claim is owed no more */
  owed = COPROD_PAYMENT (coprod_registry_lookup (registry, "pay-0004"));
  coprod_payment_set_paid_date (owed, "2023-09-20");
  {
    g_autofree char *after = write_report (registry, COPROD_REPORT_SCOPE_REGISTRY, NULL,
                                           COPROD_REPORT_FORMAT_TEXT);

    assert_non_null (strstr (after, "Nobody is out of pocket."));
  }
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_report_properties),
    cmocka_unit_test (test_report_formats_and_scopes),
    cmocka_unit_test (test_report_html),
    cmocka_unit_test (test_report_values),
    cmocka_unit_test (test_report_promises),
    cmocka_unit_test (test_report_escaping),
    cmocka_unit_test (test_report_errors),
    cmocka_unit_test (test_report_files),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
