/* test-pledge-health.c: pledge health and charter adoption as of a date
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "coprod-test-util.h"

static CoprodRegistry *
load (const char *json)
{
  g_autoptr(CoprodRegistry) registry = coprod_registry_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *data = g_strdelimit (g_strdup (json), "'", '"');

  assert_true (coprod_registry_load_from_data (registry, data, -1, &error));
  assert_null (error);
  return g_steal_pointer (&registry);
}

static CoprodPledgeHealth *
health_of (CoprodRegistry *registry,
           const char     *pledge_id,
           const char     *as_of)
{
  g_autoptr(GError) error = NULL;
  CoprodPledgeHealth *health = coprod_registry_get_pledge_health (registry, pledge_id, as_of, &error);

  assert_null (error);
  assert_non_null (health);
  return health;
}

static const char pledges_doc[] =
  "{'format': 'coprod', 'version': 1,"
  " 'people': [{'id': 'p-1'}],"
  " 'organisations': [{'id': 'org-a'}],"
  " 'pledges': ["
  "  {'id': 'pl-day', 'signatory_id': 'p-1', 'on_behalf_of_id': 'org-a',"
  "   'signed_date': '2023-07-04', 'status': 'active', 'review_date': '2024-07-03',"
  "   'commitments': ["
  "    {'text': 'a', 'due_date': '2024-03-31', 'status': 'in-progress', 'progress': 60},"
  "    {'text': 'b', 'due_date': '2023-10', 'status': 'done', 'progress': 40},"
  "    {'text': 'c', 'due_date': '2023-09', 'status': 'abandoned'},"
  "    {'text': 'd', 'due_date': '2024-03', 'status': 'not-started'}]},"
  "  {'id': 'pl-month-review', 'signatory_id': 'p-1', 'signed_date': '2023',"
  "   'status': 'active', 'review_date': '2024-07'},"
  "  {'id': 'pl-later', 'signatory_id': 'p-1', 'signed_date': '2025-01-01', 'status': 'active',"
  "   'commitments': [{'text': 'e', 'due_date': '2020-01-01'}]},"
  "  {'id': 'pl-draft', 'signatory_id': 'p-1', 'signed_date': '2020-01-01', 'status': 'draft'},"
  "  {'id': 'pl-revoked', 'signatory_id': 'p-1', 'signed_date': '2020-01-01', 'status': 'revoked',"
  "   'review_date': '2020-02-01',"
  "   'commitments': [{'text': 'f', 'due_date': '2020-01-01'}]},"
  "  {'id': 'pl-lapsed', 'signatory_id': 'p-1', 'signed_date': '2020-01-01', 'status': 'lapsed'}"
  " ]}";

static void
test_overdue_at_the_boundary (void **state)
{
  g_autoptr(CoprodRegistry) registry = load (pledges_doc);
  g_autoptr(CoprodPledgeHealth) before = NULL;
  g_autoptr(CoprodPledgeHealth) on_day = NULL;
  g_autoptr(CoprodPledgeHealth) day_after = NULL;
  g_autoptr(CoprodCommitment) first = NULL;
  g_autoptr(CoprodCommitment) second = NULL;

  (void) state;

  /* "d" is due in March 2024, "a" on its last day: neither is overdue on
   * 2024-03-31; both are the day after. "b" is done, "c" abandoned. */
  before = health_of (registry, "pl-day", "2024-03-30");
  assert_int_equal (coprod_pledge_health_get_n_overdue (before), 0);
  on_day = health_of (registry, "pl-day", "2024-03-31");
  assert_int_equal (coprod_pledge_health_get_n_overdue (on_day), 0);
  day_after = health_of (registry, "pl-day", "2024-04-01");
  assert_int_equal (coprod_pledge_health_get_n_overdue (day_after), 2);

  first = g_list_model_get_item (coprod_pledge_health_get_overdue_commitments (day_after), 0);
  second = g_list_model_get_item (coprod_pledge_health_get_overdue_commitments (day_after), 1);
  assert_string_equal (coprod_commitment_get_text (first), "a");
  assert_string_equal (coprod_commitment_get_text (second), "d");

  assert_int_equal (coprod_pledge_health_get_n_commitments (day_after), 4);
  assert_int_equal (coprod_pledge_health_get_n_done (day_after), 1);
  assert_int_equal (coprod_pledge_health_get_n_abandoned (day_after), 1);
  /* (60 + 100 + 0) / 3, rounded down; the abandoned one left out */
  assert_int_equal (coprod_pledge_health_get_progress (day_after), 53);
  assert_string_equal (coprod_pledge_health_get_as_of (day_after), "2024-04-01");
  assert_string_equal (coprod_pledge_health_get_pledge_id (day_after), "pl-day");

  coprod_test_assert_finalized (g_steal_pointer (&before));
}

static void
test_lapsed_at_the_boundary (void **state)
{
  g_autoptr(CoprodRegistry) registry = load (pledges_doc);
  g_autoptr(CoprodPledgeHealth) on_day = health_of (registry, "pl-day", "2024-07-03");
  g_autoptr(CoprodPledgeHealth) day_after = health_of (registry, "pl-day", "2024-07-04");
  g_autoptr(CoprodPledgeHealth) month_end = health_of (registry, "pl-month-review", "2024-07-31");
  g_autoptr(CoprodPledgeHealth) next_month = health_of (registry, "pl-month-review", "2024-08-01");
  CoprodPledgeStatus status;

  (void) state;

  assert_int_equal (coprod_pledge_health_get_status (on_day), COPROD_PLEDGE_STATUS_ACTIVE);
  assert_true (coprod_pledge_health_get_review_due (on_day));
  assert_false (coprod_pledge_health_get_review_missed (on_day));

  assert_int_equal (coprod_pledge_health_get_status (day_after), COPROD_PLEDGE_STATUS_LAPSED);
  assert_int_equal (coprod_pledge_health_get_recorded_status (day_after), COPROD_PLEDGE_STATUS_ACTIVE);
  assert_false (coprod_pledge_health_get_review_due (day_after));
  assert_true (coprod_pledge_health_get_review_missed (day_after));

  /* a review date of a month passes after its last day */
  assert_int_equal (coprod_pledge_health_get_status (month_end), COPROD_PLEDGE_STATUS_ACTIVE);
  assert_true (coprod_pledge_health_get_review_due (month_end));
  assert_int_equal (coprod_pledge_health_get_status (next_month), COPROD_PLEDGE_STATUS_LAPSED);
  assert_int_equal (coprod_pledge_health_get_progress (next_month), -1);

  g_object_get (day_after, "status", &status, NULL);
  assert_int_equal (status, COPROD_PLEDGE_STATUS_LAPSED);
}

static void
test_draft_revoked_lapsed (void **state)
{
  g_autoptr(CoprodRegistry) registry = load (pledges_doc);
  g_autoptr(GListModel) all = NULL;
  g_autoptr(GError) error = NULL;
  static const struct { const char *id; CoprodPledgeStatus status; guint overdue; } want[] = {
    { "pl-day", COPROD_PLEDGE_STATUS_LAPSED, 2 },
    { "pl-month-review", COPROD_PLEDGE_STATUS_LAPSED, 0 },
    { "pl-later", COPROD_PLEDGE_STATUS_DRAFT, 0 },       /* signed after the date */
    { "pl-draft", COPROD_PLEDGE_STATUS_DRAFT, 0 },
    { "pl-revoked", COPROD_PLEDGE_STATUS_REVOKED, 0 },   /* promises nothing now */
    { "pl-lapsed", COPROD_PLEDGE_STATUS_LAPSED, 0 },
  };
  guint i;

  (void) state;

  all = coprod_registry_get_pledge_health_all (registry, "2024-12-31", &error);
  assert_null (error);
  assert_int_equal (g_list_model_get_n_items (all), G_N_ELEMENTS (want));
  for (i = 0; i < G_N_ELEMENTS (want); i++)
    {
      g_autoptr(CoprodPledgeHealth) health = g_list_model_get_item (all, i);

      assert_string_equal (coprod_pledge_health_get_pledge_id (health), want[i].id);
      assert_int_equal (coprod_pledge_health_get_status (health), want[i].status);
      assert_int_equal (coprod_pledge_health_get_n_overdue (health), want[i].overdue);
    }
}

static void
test_pledge_health_errors (void **state)
{
  g_autoptr(CoprodRegistry) registry = load (pledges_doc);
  g_autoptr(GError) error = NULL;
  CoprodPledgeHealth *health;
  GListModel *all;

  (void) state;

  health = coprod_registry_get_pledge_health (registry, "p-1", "2024-01-01", &error);
  assert_null (health);
  assert_true (g_error_matches (error, COPROD_ERROR, COPROD_ERROR_NOT_FOUND));
  g_clear_error (&error);

  health = coprod_registry_get_pledge_health (registry, "nobody", "2024-01-01", &error);
  assert_null (health);
  assert_true (g_error_matches (error, COPROD_ERROR, COPROD_ERROR_NOT_FOUND));
  g_clear_error (&error);

  health = coprod_registry_get_pledge_health (registry, "pl-day", "2024-02-30", &error);
  assert_null (health);
  assert_true (g_error_matches (error, COPROD_ERROR, COPROD_ERROR_DATE));
  g_clear_error (&error);

  all = coprod_registry_get_pledge_health_all (registry, "yesterday", &error);
  assert_null (all);
  assert_true (g_error_matches (error, COPROD_ERROR, COPROD_ERROR_DATE));
}

/* Charter adoption */

static const char adoption_doc[] =
  "{'format': 'coprod', 'version': 1,"
  " 'people': [{'id': 'p-1'}],"
  " 'organisations': [{'id': 'org-a'}, {'id': 'org-b'}, {'id': 'org-c'}],"
  " 'charters': [{'id': 'chr', 'claimed_first_adopter_id': '%s',"
  "               'claim_sources': ['https://example.org/claim']}],"
  " 'pledges': ["
  "  {'id': 'pl-b', 'signatory_id': 'p-1', 'on_behalf_of_id': 'org-b', 'charter_id': 'chr',"
  "   'signed_date': '%s', 'status': 'active'},"
  "  {'id': 'pl-personal', 'signatory_id': 'p-1', 'charter_id': 'chr',"
  "   'signed_date': '2023-06-01', 'status': 'active'},"
  "  {'id': 'pl-a', 'signatory_id': 'p-1', 'on_behalf_of_id': 'org-a', 'charter_id': 'chr',"
  "   'signed_date': '2023-07-04', 'status': 'revoked'},"
  "  {'id': 'pl-c-draft', 'signatory_id': 'p-1', 'on_behalf_of_id': 'org-c', 'charter_id': 'chr',"
  "   'signed_date': '2022-01-01', 'status': 'draft'},"
  "  {'id': 'pl-other', 'signatory_id': 'p-1', 'on_behalf_of_id': 'org-c',"
  "   'signed_date': '2020-01-01', 'status': 'active'}"
  " ]}";

static CoprodCharterAdoption *
adoption_of (const char *claimed,
             const char *b_date,
             const char *as_of)
{
  g_autofree char *json = g_strdup_printf (adoption_doc, claimed, b_date);
  g_autoptr(CoprodRegistry) registry = load (json);
  g_autoptr(GError) error = NULL;
  CoprodCharterAdoption *adoption;

  adoption = coprod_registry_get_charter_adoption (registry, "chr", as_of, &error);
  assert_null (error);
  assert_non_null (adoption);
  return adoption;
}

static void
test_first_adopter_agrees (void **state)
{
  g_autoptr(CoprodCharterAdoption) adoption = adoption_of ("org-a", "2023-08-01", "2024-01-01");
  GListModel *adoptions = coprod_charter_adoption_get_adoptions (adoption);
  static const struct { const char *pledge; const char *organisation; guint rank; } want[] = {
    { "pl-personal", NULL, 1 },
    { "pl-a", "org-a", 2 },
    { "pl-b", "org-b", 3 },
  };
  guint i;

  (void) state;

  /* the draft and the pledge of no charter are not adoptions */
  assert_int_equal (g_list_model_get_n_items (adoptions), G_N_ELEMENTS (want));
  for (i = 0; i < G_N_ELEMENTS (want); i++)
    {
      g_autoptr(CoprodAdoption) a = g_list_model_get_item (adoptions, i);

      assert_string_equal (coprod_adoption_get_pledge_id (a), want[i].pledge);
      if (want[i].organisation)
        assert_string_equal (coprod_adoption_get_organisation_id (a), want[i].organisation);
      else
        assert_null (coprod_adoption_get_organisation_id (a));
      assert_int_equal (coprod_adoption_get_rank (a), want[i].rank);
    }

  /* revoked since, it still adopted the charter first */
  assert_string_equal (coprod_charter_adoption_get_first_adopter_id (adoption), "org-a");
  assert_string_equal (coprod_charter_adoption_get_claimed_first_adopter_id (adoption), "org-a");
  assert_string_equal (coprod_charter_adoption_get_claim_sources (adoption)[0],
                       "https://example.org/claim");
  assert_int_equal (coprod_charter_adoption_get_agreement (adoption), COPROD_CLAIM_AGREEMENT_AGREES);

  coprod_test_assert_finalized (g_steal_pointer (&adoption));
}

static void
test_first_adopter_disagrees (void **state)
{
  g_autoptr(CoprodCharterAdoption) claimed_b = adoption_of ("org-b", "2023-08-01", "2024-01-01");
  g_autoptr(CoprodCharterAdoption) b_earlier = adoption_of ("org-a", "2023-07-03", "2024-01-01");
  g_autoptr(CoprodCharterAdoption) claimed_c = adoption_of ("org-c", "2023-08-01", "2024-01-01");

  (void) state;

  assert_string_equal (coprod_charter_adoption_get_first_adopter_id (claimed_b), "org-a");
  assert_int_equal (coprod_charter_adoption_get_agreement (claimed_b), COPROD_CLAIM_AGREEMENT_DISAGREES);

  /* the day before is before */
  assert_string_equal (coprod_charter_adoption_get_first_adopter_id (b_earlier), "org-b");
  assert_int_equal (coprod_charter_adoption_get_agreement (b_earlier), COPROD_CLAIM_AGREEMENT_DISAGREES);

  /* claimed, but only a draft in the registry */
  assert_int_equal (coprod_charter_adoption_get_agreement (claimed_c), COPROD_CLAIM_AGREEMENT_DISAGREES);
}

static void
test_first_adopter_undecided (void **state)
{
  /* org-b signed in July 2023: it cannot be told from org-a's 4 July */
  g_autoptr(CoprodCharterAdoption) tie = adoption_of ("org-a", "2023-07", "2024-01-01");
  g_autoptr(CoprodCharterAdoption) same_day = adoption_of ("org-b", "2023-07-04", "2024-01-01");
  g_autoptr(CoprodCharterAdoption) tie_claimed_c = adoption_of ("org-c", "2023-07", "2024-01-01");
  g_autoptr(CoprodCharterAdoption) none_yet = adoption_of ("org-a", "2023-08-01", "2023-05-31");
  g_autoptr(CoprodAdoption) second = NULL;
  g_autoptr(CoprodAdoption) third = NULL;

  (void) state;

  assert_null (coprod_charter_adoption_get_first_adopter_id (tie));
  assert_int_equal (coprod_charter_adoption_get_agreement (tie), COPROD_CLAIM_AGREEMENT_UNDECIDED);
  second = g_list_model_get_item (coprod_charter_adoption_get_adoptions (same_day), 1);
  third = g_list_model_get_item (coprod_charter_adoption_get_adoptions (same_day), 2);
  assert_int_equal (coprod_adoption_get_rank (second), 2);
  assert_int_equal (coprod_adoption_get_rank (third), 2);
  assert_int_equal (coprod_charter_adoption_get_agreement (same_day), COPROD_CLAIM_AGREEMENT_UNDECIDED);
  assert_int_equal (coprod_charter_adoption_get_agreement (tie_claimed_c),
                    COPROD_CLAIM_AGREEMENT_DISAGREES);

  /* nothing signed yet as of the date */
  assert_int_equal (g_list_model_get_n_items (coprod_charter_adoption_get_adoptions (none_yet)), 0);
  assert_int_equal (coprod_charter_adoption_get_agreement (none_yet), COPROD_CLAIM_AGREEMENT_UNDECIDED);
}

static void
test_no_claim (void **state)
{
  g_autoptr(CoprodRegistry) registry =
    load ("{'format': 'coprod', 'version': 1, 'organisations': [{'id': 'org'}],"
          " 'charters': [{'id': 'chr'}, {'id': 'chr-2'}],"
          " 'pledges': [{'id': 'pl', 'on_behalf_of_id': 'org', 'charter_id': 'chr',"
          "              'signed_date': '2024', 'status': 'active'}]}");
  g_autoptr(GListModel) all = NULL;
  g_autoptr(CoprodCharterAdoption) first = NULL;
  g_autoptr(CoprodCharterAdoption) second = NULL;
  g_autoptr(GError) error = NULL;

  (void) state;

  all = coprod_registry_get_charter_adoption_all (registry, "2024-06-01", &error);
  assert_null (error);
  assert_int_equal (g_list_model_get_n_items (all), 2);
  first = g_list_model_get_item (all, 0);
  second = g_list_model_get_item (all, 1);
  assert_string_equal (coprod_charter_adoption_get_first_adopter_id (first), "org");
  assert_int_equal (coprod_charter_adoption_get_agreement (first), COPROD_CLAIM_AGREEMENT_NO_CLAIM);
  assert_int_equal (g_list_model_get_n_items (coprod_charter_adoption_get_adoptions (second)), 0);
  assert_null (coprod_charter_adoption_get_first_adopter_id (second));

  assert_null (coprod_registry_get_charter_adoption (registry, "org", NULL, &error));
  assert_true (g_error_matches (error, COPROD_ERROR, COPROD_ERROR_NOT_FOUND));
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_overdue_at_the_boundary),
    cmocka_unit_test (test_lapsed_at_the_boundary),
    cmocka_unit_test (test_draft_revoked_lapsed),
    cmocka_unit_test (test_pledge_health_errors),
    cmocka_unit_test (test_first_adopter_agrees),
    cmocka_unit_test (test_first_adopter_disagrees),
    cmocka_unit_test (test_first_adopter_undecided),
    cmocka_unit_test (test_no_claim),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
