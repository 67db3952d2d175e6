/* test-coverage-checks.c: the version check, and the properties of what the
 * checks give back (findings, gaps, assessments) read as properties
 *
 * The other suites read findings, gaps and assessments through their
 * getters; bindings and views read them as properties, which must agree.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "coprod-test-util.h"

static void
test_version (void **state)
{
  assert_int_equal (coprod_get_major_version (), COPROD_MAJOR_VERSION);
  assert_int_equal (coprod_get_minor_version (), COPROD_MINOR_VERSION);
  assert_int_equal (coprod_get_micro_version (), COPROD_MICRO_VERSION);

  assert_null (coprod_check_version (COPROD_MAJOR_VERSION, COPROD_MINOR_VERSION,
                                     COPROD_MICRO_VERSION));
  assert_null (coprod_check_version (COPROD_MAJOR_VERSION, 0, 0));
  if (COPROD_MICRO_VERSION > 0)
    assert_null (coprod_check_version (COPROD_MAJOR_VERSION, COPROD_MINOR_VERSION,
                                       COPROD_MICRO_VERSION - 1));

  assert_string_equal (coprod_check_version (COPROD_MAJOR_VERSION + 1, 0, 0),
                       "libcoprod major version mismatch");
  assert_string_equal (coprod_check_version (COPROD_MAJOR_VERSION,
                                             COPROD_MINOR_VERSION + 1, 0),
                       "libcoprod version too old (minor mismatch)");
  assert_string_equal (coprod_check_version (COPROD_MAJOR_VERSION, COPROD_MINOR_VERSION,
                                             COPROD_MICRO_VERSION + 1),
                       "libcoprod version too old (micro mismatch)");

  assert_true (COPROD_CHECK_VERSION (COPROD_MAJOR_VERSION, COPROD_MINOR_VERSION,
                                     COPROD_MICRO_VERSION));
  assert_false (COPROD_CHECK_VERSION (COPROD_MAJOR_VERSION, COPROD_MINOR_VERSION,
                                      COPROD_MICRO_VERSION + 1));
}

static void
test_finding_properties (void **state)
{
  CoprodFinding *finding =
    coprod_finding_new (COPROD_SEVERITY_WARNING, "payment-late", "pay-1", "paid_date",
                        "paid more than 30 days after the meeting");
  g_autofree char *code = NULL;
  g_autofree char *record_id = NULL;
  g_autofree char *member = NULL;
  g_autofree char *message = NULL;
  CoprodSeverity severity = COPROD_SEVERITY_INFO;

  g_object_get (finding,
                "severity", &severity,
                "code", &code,
                "record-id", &record_id,
                "member", &member,
                "message", &message,
                NULL);

  assert_int_equal (severity, COPROD_SEVERITY_WARNING);
  assert_int_equal (severity, coprod_finding_get_severity (finding));
  assert_string_equal (code, coprod_finding_get_code (finding));
  assert_string_equal (record_id, coprod_finding_get_record_id (finding));
  assert_string_equal (member, coprod_finding_get_member (finding));
  assert_string_equal (message, coprod_finding_get_message (finding));

  coprod_test_assert_finalized (finding);
}

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

static void
test_gap_properties (void **state)
{
  g_autoptr(CoprodRegistry) registry = load_example ();
  g_autoptr(GListModel) assessments = coprod_registry_assess_all (registry);
  guint n_gaps = 0;

  for (guint i = 0; i < g_list_model_get_n_items (assessments); i++)
    {
      g_autoptr(CoprodAssessment) assessment = g_list_model_get_item (assessments, i);
      GListModel *gaps = coprod_assessment_get_gaps (assessment);

      for (guint j = 0; j < g_list_model_get_n_items (gaps); j++)
        {
          g_autoptr(CoprodGap) gap = g_list_model_get_item (gaps, j);
          CoprodStage stage = COPROD_STAGE_NONE;
          CoprodMode current_mode = COPROD_MODE_NONE;
          CoprodMode required_mode = COPROD_MODE_NONE;
          gboolean in_scope = FALSE;
          gboolean alternative = FALSE;

          g_object_get (gap,
                        "stage", &stage,
                        "current-mode", &current_mode,
                        "required-mode", &required_mode,
                        "in-scope", &in_scope,
                        "alternative", &alternative,
                        NULL);

          assert_int_equal (stage, coprod_gap_get_stage (gap));
          assert_int_equal (current_mode, coprod_gap_get_current_mode (gap));
          assert_int_equal (required_mode, coprod_gap_get_required_mode (gap));
          assert_int_equal (in_scope, coprod_gap_get_in_scope (gap));
          assert_int_equal (alternative, coprod_gap_get_alternative (gap));
          n_gaps++;
        }
    }

  /* the example registry has projects below the rung they aim for */
  assert_true (n_gaps > 0);
}

static void
test_assessment_properties (void **state)
{
  g_autoptr(CoprodRegistry) registry = load_example ();
  g_autoptr(GListModel) assessments = coprod_registry_assess_all (registry);

  assert_true (g_list_model_get_n_items (assessments) > 0);

  for (guint i = 0; i < g_list_model_get_n_items (assessments); i++)
    {
      g_autoptr(CoprodAssessment) assessment = g_list_model_get_item (assessments, i);
      g_autofree char *project_id = NULL;
      CoprodRung rung = COPROD_RUNG_NONE;
      CoprodRung aimed_rung = COPROD_RUNG_NONE;
      CoprodRung next_rung = COPROD_RUNG_NONE;
      CoprodStage stages = COPROD_STAGE_NONE;
      gboolean aim_reached = FALSE;

      g_object_get (assessment,
                    "project-id", &project_id,
                    "rung", &rung,
                    "aimed-rung", &aimed_rung,
                    "aim-reached", &aim_reached,
                    "stages", &stages,
                    "next-rung", &next_rung,
                    NULL);

      assert_string_equal (project_id, coprod_assessment_get_project_id (assessment));
      assert_int_equal (rung, coprod_assessment_get_rung (assessment));
      assert_int_equal (aimed_rung, coprod_assessment_get_aimed_rung (assessment));
      assert_int_equal (aim_reached, coprod_assessment_get_aim_reached (assessment));
      assert_int_equal (stages, coprod_assessment_get_stages (assessment));
      assert_int_equal (next_rung, coprod_assessment_get_next_rung (assessment));
    }
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_version),
    cmocka_unit_test (test_finding_properties),
    cmocka_unit_test (test_gap_properties),
    cmocka_unit_test (test_assessment_properties),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
