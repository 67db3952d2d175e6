/* test-cases.c: the five source cases in examples/data/, pinned
 *
 * Each case loads, validates with no finding, and gives the key results
 * below: rungs (reached, projected, claimed, aimed) and findings per
 * project, reach and its qualifier, seats filled and vacant, the first
 * adopter derived and claimed, pledge health and claims owed.
 * tests/python/test_cases.py pins the same results from Python.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "coprod-test-util.h"

#define AS_OF "2025-01-01"

typedef struct
{
  const char *id;
  CoprodRung rung;
  CoprodRung projected;
  CoprodRung claimed;
  CoprodRung aimed;
  const char *findings;   /* the codes, sorted, joined by spaces */
} ProjectPin;

typedef struct
{
  const char *file;
  ProjectPin projects[5];
  guint n_outputs;
  gint64 page_views;
  CoprodFigureQualifier page_views_qualifier;
  gint64 people_reached;
  CoprodFigureQualifier people_reached_qualifier;
  gint64 paid_total;
} CasePin;

#define R(x) COPROD_RUNG_##x
#define EXACT COPROD_FIGURE_QUALIFIER_EXACT

static const CasePin cases[] = {
  { "stoke-family-cop.json",
    { { "prj-family-cop", R (CO_DESIGN), R (CO_PRODUCTION), R (CO_PRODUCTION), R (CO_PRODUCTION),
        "aim-not-reached overclaimed" } },
    0, 0, EXACT, 0, EXACT, 0 },
  { "fife-lived-experience.json",
    { { "prj-fife-report", R (CO_PRODUCTION), R (CO_PRODUCTION), R (CO_PRODUCTION), R (CO_PRODUCTION), "" },
      { "prj-fife-toolkit", R (CO_PRODUCTION), R (CO_PRODUCTION), R (CO_PRODUCTION), R (CO_PRODUCTION), "" } },
    2, 0, EXACT, 0, EXACT, 0 },
  { "worcestershire-building-together.json",
    { { "prj-shared-adults", R (CONSULTATION), R (CONSULTATION), R (NONE), R (CO_PRODUCTION),
        "aim-not-reached fixed-deadline professionals-only" },
      { "prj-shared-children", R (ENGAGEMENT), R (ENGAGEMENT), R (NONE), R (CO_PRODUCTION),
        "aim-not-reached fixed-deadline professionals-only" },
      { "prj-bt-what-coprod-means", R (CO_DESIGN), R (CO_PRODUCTION), R (NONE), R (CO_PRODUCTION),
        "aim-not-reached professionals-lead" } },
    1, 0, EXACT, 0, EXACT, 29120 },
  { "skills-for-care.json",
    { { "prj-hub", R (CO_DESIGN), R (CO_DESIGN), R (CO_PRODUCTION), R (CO_PRODUCTION),
        "aim-not-reached overclaimed" },
      { "prj-pa-toolkit", R (CO_PRODUCTION), R (CO_PRODUCTION), R (CO_PRODUCTION), R (CO_PRODUCTION), "" },
      { "prj-autism", R (CO_DESIGN), R (CO_DESIGN), R (CO_PRODUCTION), R (CO_PRODUCTION),
        "aim-not-reached overclaimed professionals-only" },
      { "prj-apprenticeship-standards", R (CO_DESIGN), R (CO_DESIGN), R (NONE), R (NONE),
        "lived-experience-staff-only professionals-only single-voice" } },
    5, 56000, COPROD_FIGURE_QUALIFIER_MORE_THAN, 6066, EXACT, 77590 },
  { "flse-leaflet.json",
    { { "prj-flse-leaflet", R (CO_PRODUCTION), R (CO_PRODUCTION), R (CO_PRODUCTION), R (CO_PRODUCTION), "" },
      { "prj-flse-training", R (CO_DESIGN), R (CO_DESIGN), R (NONE), R (CO_PRODUCTION),
        "aim-not-reached professionals-lead professionals-only" } },
    2, 0, EXACT, 0, EXACT, 2840 },
};

static CoprodRegistry *
load_case (const char *file)
{
  g_autoptr(CoprodRegistry) registry = coprod_registry_new ();
  g_autofree char *path = g_build_filename (g_getenv ("COPROD_EXAMPLES_DATA"), file, NULL);
  g_autoptr(GFile) gfile = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  if (!coprod_registry_load_from_file (registry, gfile, NULL, &error))
    fail_msg ("%s: %s", file, error->message);
  return g_steal_pointer (&registry);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* The distinct codes of the findings, sorted, joined by spaces */
static char *
finding_codes (CoprodAssessment *assessment)
{
  GListModel *findings = coprod_assessment_get_findings (assessment);
  g_autoptr(GPtrArray) codes = g_ptr_array_new ();
  GString *out = g_string_new (NULL);
  guint i;

  for (i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(CoprodFinding) finding = g_list_model_get_item (findings, i);
      const char *code = g_intern_string (coprod_finding_get_code (finding));

      if (!g_ptr_array_find (codes, code, NULL))
        g_ptr_array_add (codes, (gpointer) code);
    }
  g_ptr_array_sort (codes, compare_strings);
  for (i = 0; i < codes->len; i++)
    {
      if (i > 0)
        g_string_append_c (out, ' ');
      g_string_append (out, g_ptr_array_index (codes, i));
    }
  return g_string_free (out, FALSE);
}

static void
test_validate_clean (void **state)
{
  guint c;

  (void) state;

  for (c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autoptr(CoprodRegistry) registry = load_case (cases[c].file);
      g_autoptr(GListModel) findings = coprod_registry_validate_as_of (registry, AS_OF, NULL);

      assert_non_null (findings);
      assert_int_equal (g_list_model_get_n_items (findings), 0);
    }
}

static void
test_rungs_and_findings (void **state)
{
  guint c, p;

  (void) state;

  for (c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autoptr(CoprodRegistry) registry = load_case (cases[c].file);
      guint n_pinned = 0;

      for (p = 0; p < G_N_ELEMENTS (cases[c].projects) && cases[c].projects[p].id != NULL; p++)
        {
          const ProjectPin *pin = &cases[c].projects[p];
          g_autoptr(GError) error = NULL;
          g_autoptr(CoprodAssessment) a = coprod_registry_assess_project (registry, pin->id, &error);
          g_autofree char *codes = NULL;

          assert_non_null (a);
          codes = finding_codes (a);
          assert_int_equal (coprod_assessment_get_rung (a), pin->rung);
          assert_int_equal (coprod_assessment_get_projected_rung (a), pin->projected);
          assert_int_equal (coprod_assessment_get_claimed_rung (a), pin->claimed);
          assert_int_equal (coprod_assessment_get_aimed_rung (a), pin->aimed);
          assert_string_equal (codes, pin->findings);
          assert_null (strstr (codes, "unsupported"));
          n_pinned++;
        }
      /* every project of the case is pinned */
      assert_int_equal (n_pinned, g_list_model_get_n_items (coprod_registry_get_projects (registry)));
    }
}

static void
test_source_003_modes (void **state)
{
  g_autoptr(CoprodRegistry) registry = load_case ("skills-for-care.json");
  g_autoptr(CoprodAssessment) autism = coprod_registry_assess_project (registry, "prj-autism", NULL);
  g_autoptr(CoprodAssessment) hub = coprod_registry_assess_project (registry, "prj-hub", NULL);

  (void) state;

  /* the autism group made the videos: doing and delivering */
  assert_int_equal (coprod_assessment_get_best_mode (autism, COPROD_STAGE_DOING), COPROD_MODE_PARTNER);
  assert_int_equal (coprod_assessment_get_best_mode (autism, COPROD_STAGE_DELIVERING), COPROD_MODE_PARTNER);
  /* the employers "guide and advise" the hub all the way through */
  assert_int_equal (coprod_assessment_get_best_mode (hub, COPROD_STAGE_DOING), COPROD_MODE_ENGAGED);
  assert_int_equal (coprod_assessment_get_best_mode (hub, COPROD_STAGE_EVALUATING), COPROD_MODE_ENGAGED);
  assert_int_equal (coprod_assessment_get_best_mode (hub, COPROD_STAGE_DESIGNING), COPROD_MODE_PARTNER);
}

static void
test_reach_and_payments (void **state)
{
  guint c;

  (void) state;

  for (c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autoptr(CoprodRegistry) registry = load_case (cases[c].file);
      g_autoptr(GError) error = NULL;
      g_autoptr(CoprodReachSummary) reach = coprod_registry_summarise_reach (registry, AS_OF, &error);
      g_autoptr(CoprodPaymentSummary) payments = coprod_registry_summarise_payments (registry, AS_OF, &error);
      CoprodReachTotal *total;

      assert_non_null (reach);
      assert_non_null (payments);
      total = coprod_reach_summary_get_total (reach);
      assert_int_equal (coprod_reach_total_get_n_outputs (total), cases[c].n_outputs);
      assert_int_equal (coprod_reach_total_get_page_views (total), cases[c].page_views);
      assert_int_equal (coprod_reach_total_get_page_views_qualifier (total), cases[c].page_views_qualifier);
      assert_int_equal (coprod_reach_total_get_people_reached (total), cases[c].people_reached);
      assert_int_equal (coprod_reach_total_get_people_reached_qualifier (total), cases[c].people_reached_qualifier);

      assert_int_equal (g_list_model_get_n_items (coprod_payment_summary_get_owed_claims (payments)), 0);
      assert_int_equal (coprod_payment_totals_get_owed (coprod_payment_summary_get_total (payments)), 0);
      assert_int_equal (coprod_payment_totals_get_paid (coprod_payment_summary_get_total (payments)),
                        cases[c].paid_total);
    }
}

static void
test_hub_lower_bound (void **state)
{
  g_autoptr(CoprodRegistry) registry = load_case ("skills-for-care.json");
  CoprodOutput *hub = COPROD_OUTPUT (coprod_registry_lookup (registry, "out-hub"));
  CoprodOutput *kit = COPROD_OUTPUT (coprod_registry_lookup (registry, "out-pa-toolkit"));

  (void) state;

  assert_int_equal (coprod_output_get_page_views (hub), 40000);
  assert_int_equal (coprod_output_get_page_views_qualifier (hub), COPROD_FIGURE_QUALIFIER_MORE_THAN);
  assert_int_equal (coprod_output_get_page_views (kit), 16000);
  assert_int_equal (coprod_output_get_people_reached (kit), 6066);
  assert_int_equal (coprod_output_get_people_reached_qualifier (kit), EXACT);
}

static void
test_worcestershire_seats_charter_pledge (void **state)
{
  g_autoptr(CoprodRegistry) registry = load_case ("worcestershire-building-together.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(CoprodGroupSeats) board = coprod_registry_get_seats (registry, "prt-bt-board", AS_OF, &error);
  g_autoptr(GListModel) all = coprod_registry_get_seats_all (registry, AS_OF, &error);
  g_autoptr(CoprodCharterAdoption) adoption =
    coprod_registry_get_charter_adoption (registry, "chr-wm-pledge", AS_OF, &error);
  g_autoptr(CoprodPledgeHealth) health =
    coprod_registry_get_pledge_health (registry, "plg-worcs-director", AS_OF, &error);

  (void) state;

  assert_non_null (board);
  assert_int_equal (g_list_model_get_n_items (all), 1);
  assert_int_equal (coprod_group_seats_get_n_seats (board), 10);
  assert_int_equal (coprod_group_seats_get_n_filled (board), 7);
  assert_int_equal (coprod_group_seats_get_n_vacant (board), 3);
  assert_int_equal (coprod_group_seats_get_n_paid (board), 10);
  assert_int_equal (coprod_group_seats_count_payment (board, COPROD_SEAT_PAYMENT_PAID), 6);
  assert_int_equal (coprod_group_seats_count_payment (board, COPROD_SEAT_PAYMENT_DECLINED), 1);
  assert_int_equal (coprod_group_seats_count_payment (board, COPROD_SEAT_PAYMENT_UNPAID), 0);

  assert_non_null (adoption);
  assert_string_equal (coprod_charter_adoption_get_first_adopter_id (adoption), "org-worcs-cc");
  assert_string_equal (coprod_charter_adoption_get_claimed_first_adopter_id (adoption), "org-worcs-cc");
  assert_int_equal (coprod_charter_adoption_get_agreement (adoption), COPROD_CLAIM_AGREEMENT_AGREES);
  assert_int_equal (g_strv_length ((char **) coprod_charter_adoption_get_claim_sources (adoption)), 1);

  assert_non_null (health);
  assert_int_equal (coprod_pledge_health_get_status (health), COPROD_PLEDGE_STATUS_ACTIVE);
  assert_int_equal (coprod_pledge_health_get_progress (health), 60);
  assert_int_equal (coprod_pledge_health_get_n_overdue (health), 0);
}

static void
test_skills_for_care_pledge (void **state)
{
  g_autoptr(CoprodRegistry) registry = load_case ("skills-for-care.json");
  g_autoptr(CoprodPledgeHealth) health =
    coprod_registry_get_pledge_health (registry, "plg-sfc-ceo", AS_OF, NULL);
  CoprodPledge *pledge = COPROD_PLEDGE (coprod_registry_lookup (registry, "plg-sfc-ceo"));
  g_autoptr(GListModel) seats = coprod_registry_get_seats_all (registry, AS_OF, NULL);

  (void) state;

  /* a personal pledge in Co-production Week, June 2017 */
  assert_null (coprod_pledge_get_on_behalf_of_id (pledge));
  assert_string_equal (coprod_pledge_get_signed_date (pledge), "2017-06");
  assert_int_equal (coprod_pledge_health_get_status (health), COPROD_PLEDGE_STATUS_ACTIVE);
  assert_int_equal (coprod_pledge_health_get_progress (health), -1);
  assert_int_equal (g_list_model_get_n_items (seats), 0);
}

static void
test_flse_review (void **state)
{
  g_autoptr(CoprodRegistry) registry = load_case ("flse-leaflet.json");
  g_autoptr(CoprodReviewResult) then =
    coprod_registry_review_as_of (registry, "prj-flse-leaflet", "flse", "2019-07-01", NULL);
  g_autoptr(CoprodReviewResult) later =
    coprod_registry_review_as_of (registry, "prj-flse-leaflet", "flse", AS_OF, NULL);

  (void) state;

  assert_non_null (then);
  assert_int_equal (coprod_review_result_get_n_reviewers (then), 3);
  assert_int_equal (coprod_review_result_get_n_lived_experience_reviewers (then), 2);
  assert_int_equal (coprod_review_result_get_n_disagreements (then), 0);
  assert_string_equal (coprod_review_result_get_band (then), "Mostly");
  assert_int_equal (coprod_review_result_get_n_disagreements (later), 1);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_validate_clean),
    cmocka_unit_test (test_rungs_and_findings),
    cmocka_unit_test (test_source_003_modes),
    cmocka_unit_test (test_reach_and_payments),
    cmocka_unit_test (test_hub_lower_bound),
    cmocka_unit_test (test_worcestershire_seats_charter_pledge),
    cmocka_unit_test (test_skills_for_care_pledge),
    cmocka_unit_test (test_flse_review),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
