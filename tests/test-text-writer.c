/* test-text-writer.c: results as plain text
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "coprod-test-util.h"

static CoprodRegistry *
load_example (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("COPROD_EXAMPLES_DATA"),
                                            "coprod-example.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(CoprodRegistry) registry = coprod_registry_new ();
  g_autoptr(GError) error = NULL;

  coprod_registry_load_from_file (registry, file, NULL, &error);
  assert_null (error);

  return g_steal_pointer (&registry);
}

static guint
count_lines (const char *text)
{
  guint n = 0;

  for (; *text != '\0'; text++)
    if (*text == '\n')
      n++;

  return n;
}

/* The widest line of @text, in characters. */
static glong
widest_line (const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  glong widest = 0;
  guint i;

  for (i = 0; lines[i] != NULL; i++)
    widest = MAX (widest, g_utf8_strlen (lines[i], -1));

  return widest;
}

/* Whether @text holds a C0 control other than newline, DEL or a C1
 * control. */
static gboolean
has_control (const char *text)
{
  const char *p;

  for (p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c != '\n' && g_unichar_iscntrl (c))
        return TRUE;
    }

  return FALSE;
}

static void
test_text_writer_width (void **state)
{
  g_autoptr(CoprodTextWriter) writer = coprod_text_writer_new ();
  CoprodNotifyCounter counter;
  guint width = 0;

  (void) state;

  assert_int_equal (coprod_text_writer_get_width (writer), COPROD_TEXT_WRITER_DEFAULT_WIDTH);
  assert_int_equal (COPROD_TEXT_WRITER_DEFAULT_WIDTH, 78);

  coprod_test_property_flags (writer);
  coprod_test_roundtrip_uint (writer, "width", 40);
  coprod_test_roundtrip_uint (writer, "width", 0);

  coprod_test_notify_counter_start (&counter, writer, "width");
  coprod_text_writer_set_width (writer, 60);
  coprod_text_writer_set_width (writer, 60);
  coprod_test_notify_counter_stop (&counter);
  assert_int_equal (counter.count, 1);
  assert_int_equal (coprod_text_writer_get_width (writer), 60);
  g_object_get (writer, "width", &width, NULL);
  assert_int_equal (width, 60);

  coprod_test_assert_finalized (g_steal_pointer (&writer));
}

static const char expected_validation[] =
  "warning: prj-worcs-coprod-week, member involvements[0]: p-worcs-04 takes part "
  "but is not a member of partnership prt-worcs-wg [involvement-outside-partnership]\n"
  "warning: prj-worcs-coprod-week, member involvements[1]: p-worcs-05 takes part "
  "but is not a member of partnership prt-worcs-wg [involvement-outside-partnership]\n"
  "valid, 99 records, 2 findings, 0 errors\n";

static void
test_text_writer_findings (void **state)
{
  g_autoptr(CoprodRegistry) registry = load_example ();
  g_autoptr(CoprodTextWriter) writer = coprod_text_writer_new ();
  g_autoptr(GListModel) before = NULL;
  g_autoptr(GListModel) after = NULL;
  g_autoptr(GListStore) empty = g_list_store_new (COPROD_TYPE_FINDING);
  g_autoptr(GError) error = NULL;
  g_autofree char *validation = NULL;
  g_autofree char *findings = NULL;
  g_autofree char *later = NULL;
  g_autofree char *none = NULL;
  g_autofree char *no_findings = NULL;
  g_auto(GStrv) lines = NULL;
  guint i;

  (void) state;

  before = coprod_registry_validate_as_of (registry, "2026-12-04", &error);
  assert_null (error);
  validation = coprod_text_writer_write_validation (writer, registry, before);
  assert_string_equal (validation, expected_validation);

  /* the findings alone are the lines before the verdict */
  findings = coprod_text_writer_write_findings (writer, before);
  assert_int_equal (strncmp (validation, findings, strlen (findings)), 0);
  assert_string_equal (validation + strlen (findings),
                       "valid, 99 records, 2 findings, 0 errors\n");

  after = coprod_registry_validate_as_of (registry, "2027-05-01", &error);
  assert_null (error);
  later = coprod_text_writer_write_findings (writer, after);
  assert_int_equal (count_lines (later), g_list_model_get_n_items (after));
  assert_non_null (strstr (later, "warning: p-stoke-01, member retain_until: the record is kept "
                                  "past its retention date [retention-passed]\n"));
  assert_null (strstr (findings, "retention-passed"));

  /* each line is the finding's own string */
  lines = g_strsplit (later, "\n", -1);
  for (i = 0; i < g_list_model_get_n_items (after); i++)
    {
      g_autoptr(CoprodFinding) f = g_list_model_get_item (after, i);
      g_autofree char *line = coprod_finding_to_string (f);

      assert_string_equal (lines[i], line);
    }

  /* findings are one a line: the width does not wrap them */
  coprod_text_writer_set_width (writer, 20);
  g_clear_pointer (&findings, g_free);
  findings = coprod_text_writer_write_findings (writer, before);
  assert_int_equal (count_lines (findings), 2);

  none = coprod_text_writer_write_findings (writer, G_LIST_MODEL (empty));
  assert_string_equal (none, "");
  no_findings = coprod_text_writer_write_validation (writer, registry, G_LIST_MODEL (empty));
  assert_string_equal (no_findings, "valid, 99 records, 0 findings, 0 errors\n");
}

static void
test_text_writer_invalid (void **state)
{
  g_autoptr(CoprodRegistry) registry = coprod_registry_new ();
  g_autoptr(CoprodTextWriter) writer = coprod_text_writer_new ();
  g_autoptr(GListModel) findings = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  (void) state;

  coprod_registry_load_from_data (registry,
                                  "{\"format\":\"coprod\",\"version\":1,\"payments\":"
                                  "[{\"id\":\"pay-1\",\"person_id\":\"p-nobody\",\"amount\":500}]}",
                                  -1, &error);
  assert_null (error);
  findings = coprod_registry_validate_as_of (registry, "2026-01-01", &error);
  assert_null (error);

  text = coprod_text_writer_write_validation (writer, registry, findings);
  assert_non_null (strstr (text, "error: pay-1, member person_id: "));
  assert_non_null (strstr (text, "[dangling-reference]\n"));
  assert_true (g_str_has_suffix (text, "invalid, 1 records, 1 findings, 1 errors\n"));
}

static const char expected_summary[] =
  "Collections\n"
  "  organisations        12\n"
  "  people               29\n"
  "  partnerships         10\n"
  "  posts                10\n"
  "  projects              8\n"
  "  meetings              5\n"
  "  rate cards            2\n"
  "  policies              2\n"
  "  payments              6\n"
  "  outputs               7\n"
  "  charters              1\n"
  "  pledges               2\n"
  "  proposals             4\n"
  "  reviews               1\n"
  "\n"
  "People per organisation\n"
  "  Expert Citizens                               4\n"
  "  Family Focus Staffordshire                    2\n"
  "  Families in Trauma and Recovery               1\n"
  "  Fife Voluntary Action                         3\n"
  "  NHS Fife                                      2\n"
  "  Worcestershire County Council                 2\n"
  "  Worcestershire Children First                 1\n"
  "  West Midlands Social Work Teaching Partnership      1\n"
  "  New Possibilities                             1\n"
  "  Skills for Care                               2\n"
  "  People Hub                                    1\n"
  "  Fulfilling Lives South East                   2\n"
  "  (no organisation)                             7\n";

static void
test_text_writer_summary (void **state)
{
  g_autoptr(CoprodRegistry) registry = load_example ();
  g_autoptr(CoprodTextWriter) writer = coprod_text_writer_new ();
  g_autofree char *text = NULL;

  (void) state;

  text = coprod_text_writer_write_summary (writer, registry);
  assert_string_equal (text, expected_summary);
}

static const char expected_fife_report[] =
  "prj-fife-report (Co-production in Fife: report)\n"
  "  rung:    Co-production [co-production]\n"
  "  aimed:   Co-production [co-production], reached\n"
  "  people with lived experience: 2\n"
  "  stage        best mode   people partners staff  hours paid supported\n"
  "    planning   partner       2      2/0     1    0.0    0         0\n"
  "    deciding   partner       1      1/0     1    0.0    0         0\n"
  "    designing  partner       2      2/0     1    0.0    0         0\n"
  "    doing      partner       2      2/0     1    0.0    0         0\n"
  "    delivering partner       1      1/0     1    0.0    0         0\n"
  "    evaluating partner       1      1/0     1    0.0    0         0\n"
  "  warning: every partner with lived experience in deciding (1) is also staff of an organisation; they are counted, and shown apart [lived-experience-staff-only]\n"
  "  warning: every partner with lived experience in delivering (1) is also staff of an organisation; they are counted, and shown apart [lived-experience-staff-only]\n"
  "  warning: every partner with lived experience in evaluating (1) is also staff of an organisation; they are counted, and shown apart [lived-experience-staff-only]\n"
  "\n";

static const char expected_per_rung[] =
  "Projects per step (Ladder of co-production (Think Local Act Personal))\n"
  "  Co-production                               3\n"
  "  Co-design                                   4\n"
  "  Engagement                                  0\n"
  "  Consultation                                1\n"
  "  Informing                                   0\n"
  "  Educating                                   0\n"
  "  Coercion                                    0\n"
  "  no involvement recorded                     0\n";

/* IAP2 starts at informing: each of its steps once, then the projects
 * below it */
static const char expected_per_step_iap2[] =
  "Projects per step (Spectrum of public participation (IAP2))\n"
  "  Empower                                     0\n"
  "  Collaborate                                 7\n"
  "  Involve                                     0\n"
  "  Consult                                     1\n"
  "  Inform                                      0\n"
  "  below this ladder                           0\n"
  "  no involvement recorded                     0\n";

/* Hart's titles are wider than the usual column */
static const char expected_per_step_hart[] =
  "Projects per step (Ladder of children's participation (Hart))\n"
  "  Child-initiated, shared decisions with adults      0\n"
  "  Child-initiated and directed                       0\n"
  "  Adult-initiated, shared decisions with children    7\n"
  "  Consulted and informed                             0\n"
  "  Assigned but informed                              1\n"
  "  Tokenism                                           0\n"
  "  Decoration                                         0\n"
  "  Manipulation                                       0\n"
  "  no involvement recorded                            0\n";

static void
test_text_writer_assessment (void **state)
{
  g_autoptr(CoprodRegistry) registry = load_example ();
  g_autoptr(CoprodTextWriter) writer = coprod_text_writer_new ();
  g_autoptr(CoprodAssessment) fife = NULL;
  g_autoptr(CoprodAssessment) worcs = NULL;
  g_autoptr(GListModel) all = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *tlap = NULL;
  g_autofree char *iap2 = NULL;
  g_autofree char *every = NULL;
  g_autofree char *every_tlap = NULL;
  g_autofree char *every_hart = NULL;
  g_autofree char *every_iap2 = NULL;

  (void) state;

  fife = coprod_registry_assess_project (registry, "prj-fife-report", &error);
  assert_null (error);
  text = coprod_text_writer_write_assessment (writer, registry, fife, NULL);
  assert_string_equal (text, expected_fife_report);

  /* no ladder is the default one */
  tlap = coprod_text_writer_write_assessment (writer, registry, fife, coprod_ladder_get_default ());
  assert_string_equal (tlap, text);

  /* another ladder's words, the canonical rung in brackets; what is
   * missing for the next rung; what the assessment noticed */
  worcs = coprod_registry_assess_project (registry, "prj-worcs-coprod-week", &error);
  assert_null (error);
  iap2 = coprod_text_writer_write_assessment (writer, registry, worcs,
                                              coprod_ladder_get_builtin ("iap2"));
  assert_true (g_str_has_prefix (iap2, "prj-worcs-coprod-week ("));
  assert_non_null (strstr (iap2, "  rung:    Consult [consultation]\n"));
  assert_non_null (strstr (iap2, "[fixed-deadline]\n"));
  /* you said, we did: one adopted and fed back, one not adopted and not
   * fed back */
  assert_non_null (strstr (iap2, "\n  proposals from people with lived experience: "
                                 "1 adopted, 1 not adopted, 0 pending; "
                                 "1 outcomes not fed back\n"));
  assert_non_null (strstr (iap2, "  for "));
  assert_true (g_str_has_suffix (iap2, "]\n\n"));

  /* all of them, then the count per rung, from the top down */
  all = coprod_registry_assess_all (registry);
  every = coprod_text_writer_write_assessments (writer, registry, all, NULL);
  assert_true (g_str_has_suffix (every, expected_per_rung));
  assert_non_null (strstr (every, expected_fife_report));
  every_tlap = coprod_text_writer_write_assessments (writer, registry, all,
                                                     coprod_ladder_get_builtin ("tlap"));
  assert_string_equal (every, every_tlap);
  every_hart = coprod_text_writer_write_assessments (writer, registry, all,
                                                     coprod_ladder_get_builtin ("hart"));
  assert_true (g_str_has_suffix (every_hart, expected_per_step_hart));
  /* Hart's ladder is for work with children and young people: none of the
   * example's projects involves a young person, and only Hart's ladder
   * says so */
  assert_non_null (strstr (every_hart, "  warning: Hart's ladder is for work with children and young "
                                       "people, and no one involved has the young-person role\n"));
  assert_null (strstr (every, "Hart's ladder"));
  every_iap2 = coprod_text_writer_write_assessments (writer, registry, all,
                                                     coprod_ladder_get_builtin ("iap2"));
  assert_true (g_str_has_suffix (every_iap2, expected_per_step_iap2));
  /* co-production is collaborating on the IAP2 spectrum */
  assert_non_null (strstr (every_iap2, "  rung:    Collaborate [co-production]\n"));

  /* people are counted, never named */
  assert_null (strstr (every, "p-fife-01"));
}

/* The lines of the table after "Projects per step", as the steps'
 * titles, "below this ladder" and "no involvement recorded", each with
 * its count. */
static GPtrArray *
per_step_lines (const char *text)
{
  const char *table = strstr (text, "Projects per step (");
  g_auto(GStrv) lines = NULL;
  GPtrArray *rows = g_ptr_array_new_with_free_func (g_free);
  guint i;

  assert_non_null (table);
  lines = g_strsplit (table, "\n", -1);
  for (i = 1; lines[i] != NULL && lines[i][0] != '\0'; i++)
    g_ptr_array_add (rows, g_strdup (lines[i]));

  return rows;
}

/* The count at the end of @row, and its label without padding */
static guint
row_count (const char *row,
           char      **label)
{
  const char *end = row + strlen (row);
  const char *digits = end;

  while (digits > row && g_ascii_isdigit (digits[-1]))
    digits--;
  assert_true (digits < end);
  *label = g_strstrip (g_strndup (row, (gsize) (digits - row)));

  return (guint) g_ascii_strtoull (digits, NULL, 10);
}

/* For every built-in ladder, the table lists each step once, top down,
 * with a line for the projects below the ladder only where it leaves
 * rungs out; the counts add up to the projects. */
static void
test_text_writer_per_step (void **state)
{
  g_autoptr(CoprodRegistry) registry = load_example ();
  g_autoptr(CoprodTextWriter) writer = coprod_text_writer_new ();
  g_autoptr(GListModel) all = coprod_registry_assess_all (registry);
  const char * const *keys = coprod_ladder_list_builtin ();
  guint k;

  (void) state;

  for (k = 0; keys[k] != NULL; k++)
    {
      CoprodLadder *ladder = coprod_ladder_get_builtin (keys[k]);
      GListModel *steps = coprod_ladder_get_steps (ladder);
      guint n = g_list_model_get_n_items (steps);
      gboolean leaves_out = coprod_ladder_get_lowest_rung (ladder) > COPROD_RUNG_COERCION;
      g_autofree char *text = coprod_text_writer_write_assessments (writer, registry, all, ladder);
      g_autoptr(GPtrArray) rows = per_step_lines (text);
      guint i, total = 0;

      assert_int_equal (rows->len, n + (leaves_out ? 2 : 1));
      for (i = 0; i < rows->len; i++)
        {
          g_autofree char *label = NULL;

          total += row_count (g_ptr_array_index (rows, i), &label);
          if (i < n)
            {
              g_autoptr(CoprodStep) step = g_list_model_get_item (steps, n - 1 - i);

              assert_string_equal (label, coprod_step_get_title (step));
            }
          else if (leaves_out && i == n)
            assert_string_equal (label, "below this ladder");
          else
            assert_string_equal (label, "no involvement recorded");
        }
      assert_int_equal (total, g_list_model_get_n_items (all));
    }
}

/* A project whose rung is below the ladder is said to be below it, in
 * its assessment and in the table. */
static void
test_text_writer_below_ladder (void **state)
{
  g_autoptr(CoprodRegistry) registry = coprod_registry_new ();
  g_autoptr(CoprodTextWriter) writer = coprod_text_writer_new ();
  g_autoptr(CoprodAssessment) told = NULL;
  g_autoptr(GListModel) all = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *one = NULL;
  g_autofree char *tlap = NULL;
  g_autofree char *every = NULL;
  CoprodLadder *iap2 = coprod_ladder_get_builtin ("iap2");

  (void) state;

  coprod_registry_load_from_data (registry,
                                  "{\"format\":\"coprod\",\"version\":1,"
                                  "\"people\":[{\"id\":\"p-1\",\"roles\":[\"lived-experience\"]}],"
                                  "\"projects\":["
                                  "{\"id\":\"prj-told\",\"title\":\"Told\",\"involvements\":"
                                  "[{\"person_id\":\"p-1\",\"stage\":\"planning\",\"mode\":\"educated\"}]},"
                                  "{\"id\":\"prj-passive\",\"involvements\":"
                                  "[{\"person_id\":\"p-1\",\"stage\":\"doing\",\"mode\":\"passive\"}]},"
                                  "{\"id\":\"prj-asked\",\"involvements\":"
                                  "[{\"person_id\":\"p-1\",\"stage\":\"doing\",\"mode\":\"consulted\"}]},"
                                  "{\"id\":\"prj-empty\"}]}",
                                  -1, &error);
  assert_null (error);

  told = coprod_registry_assess_project (registry, "prj-told", &error);
  assert_null (error);
  assert_int_equal (coprod_assessment_get_rung (told), COPROD_RUNG_EDUCATING);

  one = coprod_text_writer_write_assessment (writer, registry, told, iap2);
  assert_non_null (strstr (one, "  rung:    below this ladder [educating]\n"));
  assert_null (strstr (one, "Inform [educating]"));
  tlap = coprod_text_writer_write_assessment (writer, registry, told, NULL);
  assert_non_null (strstr (tlap, "  rung:    Educating [educating]\n"));

  all = coprod_registry_assess_all (registry);
  every = coprod_text_writer_write_assessments (writer, registry, all, iap2);
  assert_true (g_str_has_suffix (every,
                                 "Projects per step (Spectrum of public participation (IAP2))\n"
                                 "  Empower                                     0\n"
                                 "  Collaborate                                 0\n"
                                 "  Involve                                     0\n"
                                 "  Consult                                     1\n"
                                 "  Inform                                      0\n"
                                 "  below this ladder                           2\n"
                                 "  no involvement recorded                     1\n"));
}

static const char expected_ladder_start[] =
  "Ladder of co-production (Think Local Act Personal) [tlap]\n"
  "\n"
  "  Seven steps from services done to people, through services done for them, to\n"
  "  work done with them as equal partners. Used across adult social care in\n"
  "  England; its steps are libcoprod's canonical rungs.\n"
  "\n"
  "Source:    Think Local Act Personal and the National Co-production Advisory\n"
  "           Group, 2016: ladder of co-production; published by Think Local Act\n"
  "           Personal; developed from Arnstein's ladder of citizen participation\n"
  "           (1969)\n"
  "Version:   2\n"
  "Crosswalk: exact: its steps are the canonical rungs\n"
  "\n"
  "Steps, bottom to top:\n"
  "\n"
  "  1. Coercion [doing to]\n"
  "     People receive services passively. Nobody asks what they think, and their\n"
  "     views carry no weight.\n"
  "     Canonical rungs: coercion\n";

static void
test_text_writer_ladder (void **state)
{
  g_autoptr(CoprodTextWriter) writer = coprod_text_writer_new ();
  CoprodLadder *tlap = coprod_ladder_get_builtin ("tlap");
  g_autofree char *text = NULL;
  g_autofree char *narrow = NULL;
  g_autofree char *unwrapped = NULL;
  g_autofree char *summary_line = NULL;
  g_autofree char *ladders = NULL;
  const char * const *keys = coprod_ladder_list_builtin ();
  guint i;

  (void) state;

  text = coprod_text_writer_write_ladder (writer, tlap);
  assert_true (g_str_has_prefix (text, expected_ladder_start));
  assert_true (widest_line (text) <= 78);
  assert_non_null (strstr (text, "\n  7. Co-production [doing with]\n"));

  /* narrower: every line but the heading fits, and there are more */
  coprod_text_writer_set_width (writer, 40);
  narrow = coprod_text_writer_write_ladder (writer, tlap);
  assert_true (g_str_has_prefix (narrow, "Ladder of co-production (Think Local Act Personal) [tlap]\n"));
  assert_true (widest_line (strchr (narrow, '\n')) <= 40);
  assert_non_null (strstr (narrow, "\n  Seven steps from services done to\n  people, through services done for\n"));
  assert_true (count_lines (narrow) > count_lines (text));

  /* 0: no wrapping, each piece of prose on one line */
  coprod_text_writer_set_width (writer, 0);
  unwrapped = coprod_text_writer_write_ladder (writer, tlap);
  assert_true (count_lines (unwrapped) < count_lines (text));
  summary_line = g_strdup_printf ("\n  %s\n", coprod_ladder_get_summary (tlap));
  assert_non_null (strstr (unwrapped, summary_line));
  assert_true (widest_line (unwrapped) > 78);

  /* a ladder that leaves out rungs at the bottom names them */
  {
    g_autofree char *iap2 = coprod_text_writer_write_ladder (writer,
                                                             coprod_ladder_get_builtin ("iap2"));

    assert_non_null (strstr (iap2, "\nBelow it:  coercion, educating: no step presents them\n"));
    assert_null (strstr (text, "Below it:"));
  }

  /* every built-in ladder, one a line, the default marked */
  ladders = coprod_text_writer_write_ladders (writer);
  assert_int_equal (count_lines (ladders), g_strv_length ((char **) keys));
  assert_non_null (strstr (ladders,
                           "  tlap       Ladder of co-production (Think Local Act Personal)   "
                           "7 steps  (default)\n"));
  assert_non_null (strstr (ladders,
                           "  iap2       Spectrum of public participation (IAP2)              "
                           "5 steps\n"));
  for (i = 0; keys[i] != NULL; i++)
    {
      g_autofree char *start = g_strdup_printf ("  %-10s %s", keys[i],
                                                coprod_ladder_get_title (coprod_ladder_get_builtin (keys[i])));

      assert_non_null (strstr (ladders, start));
    }
}

/* Text from records and ladders never carries a control character. */
static void
test_text_writer_frameworks (void **state)
{
  g_autoptr(CoprodTextWriter) writer = coprod_text_writer_new ();
  g_autofree char *list = coprod_text_writer_write_frameworks (writer);
  g_autofree char *flse = NULL;
  g_autofree char *custom_text = NULL;
  g_autoptr(CoprodFramework) custom = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = g_strsplit (list, "\n", -1);
  const char * const *keys = coprod_framework_list_builtin ();
  static const char * const counts[] = {
    "6 values, 15 practices  (default)", "4 values,  5 practices",
    "6 values,  6 practices", "6 values,  6 practices", "5 values,  6 practices",
  };
  guint i;

  /* one line each, then the final newline */
  assert_int_equal (g_strv_length (lines), g_strv_length ((char **) keys) + 1);
  for (i = 0; keys[i] != NULL; i++)
    {
      g_autofree char *start = g_strdup_printf ("  %-7s %s", keys[i],
                                                coprod_framework_get_title (coprod_framework_get_builtin (keys[i])));

      if (!g_str_has_prefix (lines[i], start) || !g_str_has_suffix (lines[i], counts[i]))
        fail_msg ("line %u: %s", i, lines[i]);
    }
  assert_string_equal (lines[i], "");

  flse = coprod_text_writer_write_framework (writer, coprod_framework_get_default ());
  assert_true (g_str_has_prefix (flse, "Co-production values (Fulfilling Lives South East) [flse]\n"));
  assert_non_null (strstr (flse, "(undated)"));
  assert_non_null (strstr (flse, "Scale:     1 to 5\n        1  Not at all\n"));
  assert_non_null (strstr (flse, "        5  Fully\n"));
  assert_non_null (strstr (flse, "Values (6) and their practices (15):\n"));
  assert_non_null (strstr (flse, "  3. Accessibility [accessibility]\n"));
  assert_non_null (strstr (flse, "     - accessibility-purpose-shared\n"));
  assert_non_null (strstr (flse, "       Check: purpose-and-agenda-shared (days 5)\n"));
  assert_non_null (strstr (flse, "       Check: workload (per-week 2)\n"));
  assert_non_null (strstr (flse, "       Check: impact-fed-back\n"));
  assert_non_null (strstr (flse, "     - pioneering-spirit-new-ideas\n"));

  custom_text = g_strdup ("{\"format\":\"coprod-framework\",\"version\":1,\"key\":\"k\\u001b\","
                          "\"title\":\"T\",\"source\":{\"work\":\"W\",\"year\":2024},"
                          "\"scale\":{\"minimum\":0,\"maximum\":10,\"bands\":["
                          "{\"minimum\":0,\"maximum\":4,\"label\":\"Low\"},"
                          "{\"minimum\":5,\"maximum\":10,\"label\":\"High\"}]},"
                          "\"values\":[{\"key\":\"v\",\"title\":\"V\",\"practices\":"
                          "[{\"id\":\"v-1\",\"text\":\"Done\"}]}]}");
  custom = coprod_framework_new_from_data (custom_text, -1, &error);
  assert_null (error);
  g_free (flse);
  flse = coprod_text_writer_write_framework (writer, custom);
  assert_true (g_str_has_prefix (flse, "T [k\\x1B]\n"));
  assert_non_null (strstr (flse, "Source:    W (2024)\n"));
  assert_non_null (strstr (flse, "Scale:     0 to 10\n    0-4    Low\n    5-10   High\n"));
  assert_null (strstr (flse, "Check:"));
}

static void
test_text_writer_escapes (void **state)
{
  g_autoptr(CoprodRegistry) registry = coprod_registry_new ();
  g_autoptr(CoprodTextWriter) writer = coprod_text_writer_new ();
  g_autoptr(CoprodLadder) ladder = NULL;
  g_autoptr(CoprodAssessment) assessment = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *text = NULL;
  g_autofree char *assessed = NULL;

  (void) state;

  coprod_registry_load_from_data (registry,
                                  "{\"format\":\"coprod\",\"version\":1,"
                                  "\"organisations\":[{\"id\":\"org-1\","
                                  "\"name\":\"Red \\u001b[31mAlert\\u009b \\u202eevil\"}],"
                                  "\"projects\":[{\"id\":\"prj-1\","
                                  "\"title\":\"Bell\\u0007 and\\ttab\\nline\"}]}",
                                  -1, &error);
  assert_null (error);

  summary = coprod_text_writer_write_summary (writer, registry);
  assert_false (has_control (summary));
  assert_non_null (strstr (summary, "  Red \\x1B[31mAlert\\x9B \\u202Eevil"));
  assert_null (strstr (summary, "\xe2\x80\xae"));

  assessment = coprod_registry_assess_project (registry, "prj-1", &error);
  assert_null (error);
  assessed = coprod_text_writer_write_assessment (writer, registry, assessment, NULL);
  assert_false (has_control (assessed));
  assert_true (g_str_has_prefix (assessed, "prj-1 (Bell\\x07 and\\x09tab\\x0Aline)\n"));

  ladder = coprod_ladder_new_from_data ("{\"format\":\"coprod-ladder\",\"version\":1,"
                                        "\"key\":\"odd\",\"title\":\"Odd\\u001b]0;x\\u0007\","
                                        "\"summary\":\"one\\ntwo\",\"steps\":["
                                        "{\"key\":\"a\",\"title\":\"A\\u001b\",\"rungs\":[\"coercion\","
                                        "\"educating\",\"informing\",\"consultation\",\"engagement\","
                                        "\"co-design\",\"co-production\"]}]}",
                                        -1, &error);
  if (ladder == NULL)
    fail_msg ("ladder: %s", error->message);

  text = coprod_text_writer_write_ladder (writer, ladder);
  assert_false (has_control (text));
  assert_true (g_str_has_prefix (text, "Odd\\x1B]0;x\\x07 [odd]\n\n  one\\x0Atwo\n"));
}

typedef struct
{
  CoprodTextWriter *writer;
  CoprodRegistry *registry;
} Preconditions;

static void
call_with_nulls (gpointer data)
{
  Preconditions *p = data;

  g_assert_null (coprod_text_writer_write_findings (p->writer, NULL));
  g_assert_null (coprod_text_writer_write_validation (p->writer, NULL, NULL));
  g_assert_null (coprod_text_writer_write_summary (NULL, p->registry));
  g_assert_null (coprod_text_writer_write_assessment (p->writer, p->registry, NULL, NULL));
  g_assert_null (coprod_text_writer_write_assessments (p->writer, p->registry, NULL, NULL));
  g_assert_null (coprod_text_writer_write_ladder (p->writer, NULL));
  g_assert_null (coprod_text_writer_write_ladders (NULL));
}

static void
test_text_writer_preconditions (void **state)
{
  g_autoptr(CoprodTextWriter) writer = coprod_text_writer_new ();
  g_autoptr(CoprodRegistry) registry = coprod_registry_new ();
  Preconditions p = { writer, registry };

  (void) state;

  assert_int_equal (coprod_test_count_criticals (call_with_nulls, &p), 7);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_text_writer_width),
    cmocka_unit_test (test_text_writer_findings),
    cmocka_unit_test (test_text_writer_invalid),
    cmocka_unit_test (test_text_writer_summary),
    cmocka_unit_test (test_text_writer_assessment),
    cmocka_unit_test (test_text_writer_per_step),
    cmocka_unit_test (test_text_writer_below_ladder),
    cmocka_unit_test (test_text_writer_ladder),
    cmocka_unit_test (test_text_writer_frameworks),
    cmocka_unit_test (test_text_writer_escapes),
    cmocka_unit_test (test_text_writer_preconditions),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
