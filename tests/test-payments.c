/* test-payments.c: rate cards and the expected payment, claims owed beyond
 * the policy's days, sums in pence, and the reach of outputs
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "coprod-test-util.h"

/* A council pays a forum's members by its policy of 14 days; the card in
 * force from 2024-04 pays by the hour, the session, the half day, the day
 * and the mile. */
static const char base_document[] =
  "{ \"format\": \"coprod\", \"version\": 1,"
  "  \"organisations\": [ { \"id\": \"org-c\", \"name\": \"A council\" } ],"
  "  \"people\": ["
  "    { \"id\": \"p-1\", \"name\": \"Sam Example\", \"roles\": [\"lived-experience\"],"
  "      \"payment_preference\": \"take-less\" },"
  "    { \"id\": \"p-2\", \"name\": \"Alex Example\", \"roles\": [\"carer\"] } ],"
  "  \"partnerships\": [ { \"id\": \"prt-1\", \"name\": \"Forum\", \"kind\": \"forum\","
  "      \"memberships\": [ { \"member_id\": \"org-c\" }, { \"member_id\": \"p-1\" },"
  "                         { \"member_id\": \"p-2\" } ] } ],"
  "  \"projects\": [ { \"id\": \"prj-1\", \"title\": \"Leaflet\", \"partnership_id\": \"prt-1\","
  "      \"involvements\": ["
  "        { \"person_id\": \"p-1\", \"stage\": \"planning\", \"mode\": \"partner\","
  "          \"date\": \"2024-05-01\", \"hours\": 1.5 },"
  "        { \"person_id\": \"p-2\", \"stage\": \"doing\", \"mode\": \"partner\","
  "          \"date\": \"2024-05-02\", \"hours\": 5 },"
  "        { \"person_id\": \"p-2\", \"stage\": \"evaluating\", \"mode\": \"partner\","
  "          \"date\": \"2024-06-02\", \"hours\": 2, \"planned\": true } ] } ],"
  "  \"meetings\": [ { \"id\": \"m-1\", \"project_id\": \"prj-1\", \"date\": \"2024-05-01\","
  "      \"status\": \"held\", \"attendee_ids\": [\"p-1\", \"p-2\"] } ],"
  "  \"rate_cards\": ["
  "    { \"id\": \"rc-old\", \"organisation_id\": \"org-c\", \"effective_to\": \"2024-03\","
  "      \"entries\": [ { \"unit\": \"session\", \"amount\": 2000 } ] },"
  "    { \"id\": \"rc-new\", \"organisation_id\": \"org-c\", \"effective_from\": \"2024-04\","
  "      \"entries\": [ { \"activity\": \"meeting\", \"unit\": \"session\", \"amount\": 5000 },"
  "                     { \"activity\": \"reading\", \"unit\": \"hour\", \"amount\": 1500 },"
  "                     { \"unit\": \"half-day\", \"amount\": 7500 },"
  "                     { \"unit\": \"day\", \"amount\": 15000 },"
  "                     { \"unit\": \"mile\", \"amount\": 45 } ] } ],"
  "  \"policies\": [ { \"id\": \"pol-1\", \"organisation_id\": \"org-c\","
  "      \"rate_card_id\": \"rc-old\", \"payment_days\": 14,"
  "      \"covers\": [\"payment\", \"reimbursement\"] } ],"
  "  \"payments\": ["
  "    { \"id\": \"pay-1\", \"person_id\": \"p-1\", \"meeting_id\": \"m-1\", \"kind\": \"fee\","
  "      \"amount\": 5000, \"outcome\": \"accepted\", \"claimed_date\": \"2024-05-01\" },"
  "    { \"id\": \"pay-2\", \"person_id\": \"p-2\", \"meeting_id\": \"m-1\", \"kind\": \"travel\","
  "      \"amount\": 640, \"outcome\": \"accepted\", \"claimed_date\": \"2024-05-01\","
  "      \"paid_date\": \"2024-05-15\" },"
  "    { \"id\": \"pay-3\", \"person_id\": \"p-2\", \"project_id\": \"prj-1\", \"kind\": \"voucher\","
  "      \"amount\": 2000, \"outcome\": \"accepted\", \"claimed_date\": \"2024-05-01\","
  "      \"paid_date\": \"2024-05-16\" },"
  "    { \"id\": \"pay-4\", \"person_id\": \"p-2\", \"meeting_id\": \"m-1\", \"kind\": \"fee\","
  "      \"amount\": 5000, \"outcome\": \"declined\", \"claimed_date\": \"2024-01-01\" },"
  "    { \"id\": \"pay-5\", \"person_id\": \"p-1\", \"meeting_id\": \"m-1\", \"kind\": \"fee\","
  "      \"amount\": 3000, \"outcome\": \"reduced\", \"claimed_date\": \"2024-01-01\" },"
  "    { \"id\": \"pay-6\", \"person_id\": \"p-1\", \"project_id\": \"prj-1\", \"kind\": \"fee\","
  "      \"amount\": 7000, \"outcome\": \"donated\", \"claimed_date\": \"2024-01-01\" },"
  "    { \"id\": \"pay-7\", \"person_id\": \"p-1\", \"project_id\": \"prj-1\", \"kind\": \"gift-card\","
  "      \"amount\": 1000, \"outcome\": \"pending\", \"offered_date\": \"2024-05-01\" },"
  "    { \"id\": \"pay-8\", \"person_id\": \"p-2\", \"project_id\": \"prj-1\", \"kind\": \"fee\","
  "      \"amount\": 999, \"currency\": \"EUR\", \"outcome\": \"accepted\","
  "      \"claimed_date\": \"2024-05-01\" } ],"
  "  \"outputs\": ["
  "    { \"id\": \"out-hub\", \"kind\": \"information-hub\", \"project_id\": \"prj-1\","
  "      \"page_views\": 40000, \"page_views_qualifier\": \"more-than\","
  "      \"reach_from\": \"2016-04\", \"reach_to\": \"2017-03\" },"
  "    { \"id\": \"out-kit\", \"kind\": \"toolkit\", \"project_id\": \"prj-1\","
  "      \"page_views\": 16000, \"people_reached\": 6066 },"
  "    { \"id\": \"out-kit2\", \"kind\": \"toolkit\", \"project_id\": \"prj-1\","
  "      \"people_reached\": 100, \"people_reached_qualifier\": \"at-least\" },"
  "    { \"id\": \"out-later\", \"kind\": \"video\", \"project_id\": \"prj-1\","
  "      \"published_date\": \"2030\", \"page_views\": 5 } ]"
  "}";

static CoprodRegistry *
load_base (void)
{
  CoprodRegistry *registry = coprod_registry_new ();
  g_autoptr(GError) error = NULL;

  if (!coprod_registry_load_from_data (registry, base_document, -1, &error))
    fail_msg ("%s", error->message);

  return registry;
}

static CoprodOwedClaim *
find_owed (CoprodPaymentSummary *summary,
           const char           *payment_id)
{
  GListModel *owed = coprod_payment_summary_get_owed_claims (summary);
  guint i;

  for (i = 0; i < g_list_model_get_n_items (owed); i++)
    {
      g_autoptr(CoprodOwedClaim) claim = g_list_model_get_item (owed, i);

      if (g_str_equal (coprod_owed_claim_get_payment_id (claim), payment_id))
        return claim;   /* the list holds a reference */
    }

  return NULL;
}

static CoprodPaymentTotals *
find_totals (GListModel *rows,
             const char *id)
{
  guint i;

  for (i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(CoprodPaymentTotals) totals = g_list_model_get_item (rows, i);

      if (g_strcmp0 (coprod_payment_totals_get_subject_id (totals), id) == 0)
        return totals;
    }

  return NULL;
}

/* pay-1 was claimed on 2024-05-01 under a policy of 14 days: unpaid on
 * 2024-05-15 (day N) it is not late, on 2024-05-16 (day N+1) it is */
static void
test_claim_boundary (void **state)
{
  g_autoptr(CoprodRegistry) registry = load_base ();
  g_autoptr(CoprodPaymentSummary) on_day_n = NULL;
  g_autoptr(CoprodPaymentSummary) on_day_n1 = NULL;
  g_autoptr(CoprodPaymentSummary) later = NULL;
  g_autoptr(GError) error = NULL;
  CoprodOwedClaim *claim;
  CoprodPaymentTotals *total;

  on_day_n = coprod_registry_summarise_payments (registry, "2024-05-15", &error);
  assert_non_null (on_day_n);
  assert_null (find_owed (on_day_n, "pay-1"));
  assert_int_equal (g_list_model_get_n_items (coprod_payment_summary_get_owed_claims (on_day_n)), 0);
  total = coprod_payment_summary_get_total (on_day_n);
  /* pay-1 and pay-3 (paid the day after) await payment; pay-8 is in EUR */
  assert_int_equal (coprod_payment_totals_get_n_awaiting (total), 2);
  assert_true (coprod_payment_totals_get_awaiting (total) == 7000);
  /* pay-2, paid on day N, was on time; pay-3 is not paid yet on day N */
  assert_int_equal (coprod_payment_totals_get_n_paid (total), 1);
  assert_int_equal (coprod_payment_totals_get_n_paid_late (total), 0);

  on_day_n1 = coprod_registry_summarise_payments (registry, "2024-05-16", &error);
  assert_non_null (on_day_n1);
  claim = find_owed (on_day_n1, "pay-1");
  assert_non_null (claim);
  assert_string_equal (coprod_owed_claim_get_person_id (claim), "p-1");
  assert_true (coprod_owed_claim_get_amount (claim) == 5000);
  assert_string_equal (coprod_owed_claim_get_currency (claim), "GBP");
  assert_string_equal (coprod_owed_claim_get_claimed_date (claim), "2024-05-01");
  assert_string_equal (coprod_owed_claim_get_due_date (claim), "2024-05-15");
  assert_int_equal (coprod_owed_claim_get_days_late (claim), 1);
  assert_string_equal (coprod_owed_claim_get_policy_id (claim), "pol-1");
  assert_int_equal (coprod_owed_claim_get_payment_days (claim), 14);
  total = coprod_payment_summary_get_total (on_day_n1);
  assert_true (coprod_payment_totals_get_owed (total) == 5000);
  assert_int_equal (coprod_payment_totals_get_n_owed (total), 1);
  /* pay-3, paid on day N+1, was paid late */
  assert_int_equal (coprod_payment_totals_get_n_paid (total), 2);
  assert_int_equal (coprod_payment_totals_get_n_paid_late (total), 1);
  /* the EUR claim is listed in its own currency, out of the GBP sums */
  claim = find_owed (on_day_n1, "pay-8");
  assert_non_null (claim);
  assert_string_equal (coprod_owed_claim_get_currency (claim), "EUR");
  assert_int_equal (coprod_payment_summary_get_n_other_currency (on_day_n1), 1);
  assert_string_equal (coprod_payment_summary_get_currency (on_day_n1), "GBP");

  /* the owed are ordered most days late first */
  later = coprod_registry_summarise_payments (registry, "2024-06-30", &error);
  claim = find_owed (later, "pay-1");
  assert_int_equal (coprod_owed_claim_get_days_late (claim), 46);

  /* a claim dated to the month is due from its last day */
  {
    CoprodPayment *pay = COPROD_PAYMENT (coprod_registry_lookup (registry, "pay-1"));
    g_autoptr(CoprodPaymentSummary) s1 = NULL;
    g_autoptr(CoprodPaymentSummary) s2 = NULL;

    coprod_payment_set_claimed_date (pay, "2024-05");
    s1 = coprod_registry_summarise_payments (registry, "2024-06-14", &error);
    assert_null (find_owed (s1, "pay-1"));
    s2 = coprod_registry_summarise_payments (registry, "2024-06-15", &error);
    assert_non_null (find_owed (s2, "pay-1"));
    assert_string_equal (coprod_owed_claim_get_due_date (find_owed (s2, "pay-1")), "2024-06-14");
  }

  /* paid after the date: still owed as of the date */
  {
    CoprodPayment *pay = COPROD_PAYMENT (coprod_registry_lookup (registry, "pay-1"));
    g_autoptr(CoprodPaymentSummary) s = NULL;

    coprod_payment_set_claimed_date (pay, "2024-05-01");
    coprod_payment_set_paid_date (pay, "2024-07-01");
    s = coprod_registry_summarise_payments (registry, "2024-05-20", &error);
    assert_non_null (find_owed (s, "pay-1"));
  }
}

/* A board inside a forum is covered by the policy of the forum's members
 * (and so on up) when none of its own members has one; a chain that
 * reaches no policy leaves the claim uncovered, and a cycle ends the walk */
static void
test_policy_of_parent (void **state)
{
  static const char document[] =
    "{ \"format\": \"coprod\", \"version\": 1,"
    "  \"organisations\": [ { \"id\": \"org-c\", \"name\": \"A council\" } ],"
    "  \"people\": [ { \"id\": \"p-1\", \"roles\": [\"lived-experience\"] } ],"
    "  \"partnerships\": ["
    "    { \"id\": \"prt-forum\", \"name\": \"Forum\","
    "      \"memberships\": [ { \"member_id\": \"org-c\" } ] },"
    "    { \"id\": \"prt-board\", \"name\": \"Board\", \"parent_id\": \"prt-forum\","
    "      \"memberships\": [ { \"member_id\": \"p-1\" } ] },"
    "    { \"id\": \"prt-panel\", \"name\": \"Panel\", \"parent_id\": \"prt-board\" },"
    "    { \"id\": \"prt-alone\", \"name\": \"Alone\" },"
    "    { \"id\": \"prt-loop-a\", \"name\": \"A\", \"parent_id\": \"prt-loop-b\" },"
    "    { \"id\": \"prt-loop-b\", \"name\": \"B\", \"parent_id\": \"prt-loop-a\" } ],"
    "  \"meetings\": ["
    "    { \"id\": \"m-panel\", \"partnership_id\": \"prt-panel\", \"date\": \"2024-05-01\", \"status\": \"held\" },"
    "    { \"id\": \"m-alone\", \"partnership_id\": \"prt-alone\", \"date\": \"2024-05-01\", \"status\": \"held\" },"
    "    { \"id\": \"m-loop\", \"partnership_id\": \"prt-loop-a\", \"date\": \"2024-05-01\", \"status\": \"held\" } ],"
    "  \"policies\": [ { \"id\": \"pol-1\", \"organisation_id\": \"org-c\", \"payment_days\": 14,"
    "      \"covers\": [\"payment\"] } ],"
    "  \"payments\": ["
    "    { \"id\": \"pay-panel\", \"person_id\": \"p-1\", \"meeting_id\": \"m-panel\", \"kind\": \"fee\","
    "      \"amount\": 100, \"outcome\": \"accepted\", \"claimed_date\": \"2024-05-01\" },"
    "    { \"id\": \"pay-alone\", \"person_id\": \"p-1\", \"meeting_id\": \"m-alone\", \"kind\": \"fee\","
    "      \"amount\": 100, \"outcome\": \"accepted\", \"claimed_date\": \"2024-05-01\" },"
    "    { \"id\": \"pay-loop\", \"person_id\": \"p-1\", \"meeting_id\": \"m-loop\", \"kind\": \"fee\","
    "      \"amount\": 100, \"outcome\": \"accepted\", \"claimed_date\": \"2024-05-01\" } ]"
    "}";
  g_autoptr(CoprodRegistry) registry = coprod_registry_new ();
  g_autoptr(CoprodPaymentSummary) summary = NULL;
  g_autoptr(GError) error = NULL;
  CoprodOwedClaim *claim;

  if (!coprod_registry_load_from_data (registry, document, -1, &error))
    fail_msg ("%s", error->message);

  summary = coprod_registry_summarise_payments (registry, "2024-05-16", &error);
  assert_non_null (summary);
  /* the panel's grandparent's member has the policy */
  claim = find_owed (summary, "pay-panel");
  assert_non_null (claim);
  assert_string_equal (coprod_owed_claim_get_policy_id (claim), "pol-1");
  /* no policy up the chain, or a cycle: not owed, not covered */
  assert_null (find_owed (summary, "pay-alone"));
  assert_null (find_owed (summary, "pay-loop"));
  assert_int_equal (coprod_payment_summary_get_n_unjudged (summary), 2);
}

/* Where each payment counts: for its project and for the project of its
 * meeting, if that is another; for the partnerships of both and of the
 * meeting, each once; for its person only if that names a person; and in
 * no row if it is in another currency or offered after the date. Every
 * involvement counts for its project, its project's partnership and its
 * person. */
static void
test_rows_each_once (void **state)
{
  static const char document[] =
    "{ \"format\": \"coprod\", \"version\": 1,"
    "  \"organisations\": [ { \"id\": \"org-c\", \"name\": \"A council\" } ],"
    "  \"people\": [ { \"id\": \"p-1\", \"roles\": [\"lived-experience\"] },"
    "                { \"id\": \"p-2\", \"roles\": [\"carer\"] },"
    "                { \"id\": \"p-idle\" } ],"
    "  \"partnerships\": ["
    "    { \"id\": \"prt-1\", \"name\": \"Forum\", \"memberships\": [ { \"member_id\": \"org-c\" } ] },"
    "    { \"id\": \"prt-2\", \"name\": \"Board\" },"
    "    { \"id\": \"prt-quiet\", \"name\": \"Quiet\" } ],"
    "  \"projects\": ["
    "    { \"id\": \"prj-a\", \"title\": \"A\", \"partnership_id\": \"prt-1\","
    "      \"involvements\": ["
    "        { \"person_id\": \"p-1\", \"stage\": \"planning\", \"mode\": \"partner\","
    "          \"date\": \"2024-05-01\", \"hours\": 2 },"
    "        { \"person_id\": \"p-2\", \"stage\": \"doing\", \"mode\": \"partner\","
    "          \"date\": \"2024-05-01\", \"hours\": 1.25 },"
    "        { \"person_id\": \"p-2\", \"stage\": \"doing\", \"mode\": \"partner\","
    "          \"planned\": true, \"hours\": 9 } ] },"
    "    { \"id\": \"prj-b\", \"title\": \"B\", \"partnership_id\": \"prt-1\","
    "      \"involvements\": ["
    "        { \"person_id\": \"p-1\", \"stage\": \"doing\", \"mode\": \"partner\","
    "          \"date\": \"2030-01-01\", \"hours\": 4 },"
    "        { \"person_id\": \"org-c\", \"stage\": \"doing\", \"mode\": \"partner\","
    "          \"date\": \"2024-05-01\", \"hours\": 0.5 } ] },"
    "    { \"id\": \"prj-c\", \"title\": \"C\", \"partnership_id\": \"prt-2\" } ],"
    "  \"meetings\": ["
    "    { \"id\": \"m-b\", \"project_id\": \"prj-b\", \"partnership_id\": \"prt-2\","
    "      \"date\": \"2024-05-01\", \"status\": \"held\" },"
    "    { \"id\": \"m-c\", \"project_id\": \"prj-c\", \"date\": \"2024-05-01\", \"status\": \"held\" } ],"
    "  \"policies\": [ { \"id\": \"pol-1\", \"organisation_id\": \"org-c\", \"payment_days\": 14,"
    "      \"covers\": [\"payment\"] } ],"
    "  \"payments\": ["
    "    { \"id\": \"pay-1\", \"person_id\": \"p-1\", \"project_id\": \"prj-a\", \"meeting_id\": \"m-b\","
    "      \"kind\": \"fee\", \"amount\": 1000, \"outcome\": \"accepted\", \"claimed_date\": \"2024-05-01\","
    "      \"paid_date\": \"2024-05-03\" },"
    "    { \"id\": \"pay-2\", \"person_id\": \"org-c\", \"project_id\": \"prj-gone\", \"meeting_id\": \"m-c\","
    "      \"kind\": \"travel\", \"amount\": 200, \"outcome\": \"accepted\", \"claimed_date\": \"2024-05-01\","
    "      \"paid_date\": \"2024-05-02\" },"
    "    { \"id\": \"pay-3\", \"person_id\": \"p-2\", \"meeting_id\": \"m-b\","
    "      \"kind\": \"fee\", \"amount\": 30, \"outcome\": \"accepted\", \"claimed_date\": \"2024-05-01\" },"
    "    { \"id\": \"pay-4\", \"person_id\": \"p-2\", \"project_id\": \"prj-a\", \"kind\": \"fee\","
    "      \"amount\": 7, \"currency\": \"EUR\", \"outcome\": \"accepted\", \"claimed_date\": \"2024-05-01\" },"
    "    { \"id\": \"pay-5\", \"person_id\": \"p-2\", \"project_id\": \"prj-a\", \"kind\": \"fee\","
    "      \"amount\": 9, \"outcome\": \"pending\", \"offered_date\": \"2024-07-01\" } ]"
    "}";
  g_autoptr(CoprodRegistry) registry = coprod_registry_new ();
  g_autoptr(CoprodPaymentSummary) summary = NULL;
  g_autoptr(GError) error = NULL;
  CoprodPaymentTotals *row;

  if (!coprod_registry_load_from_data (registry, document, -1, &error))
    fail_msg ("%s", error->message);

  summary = coprod_registry_summarise_payments (registry, "2024-06-01", &error);
  assert_non_null (summary);
  assert_int_equal (coprod_payment_summary_get_n_other_currency (summary), 1);

  /* the whole registry: pay-1, pay-2 and pay-3; involvements held by the
   * date, whoever they name */
  row = coprod_payment_summary_get_total (summary);
  assert_int_equal (coprod_payment_totals_get_n_payments (row), 3);
  assert_true (coprod_payment_totals_get_paid (row) == 1200);
  assert_true (coprod_payment_totals_get_expenses_paid (row) == 200);
  assert_true (coprod_payment_totals_get_owed (row) == 30);
  assert_int_equal (coprod_payment_totals_get_n_involvements (row), 3);
  assert_true (coprod_payment_totals_get_hours (row) == 3.75);

  /* projects: pay-1 for prj-a and for prj-b, whose meeting it was for;
   * pay-2's project is not in the registry, so its meeting's counts */
  row = find_totals (coprod_payment_summary_get_projects (summary), "prj-a");
  assert_int_equal (coprod_payment_totals_get_n_payments (row), 1);
  assert_true (coprod_payment_totals_get_paid (row) == 1000);
  assert_true (coprod_payment_totals_get_hours (row) == 3.25);
  row = find_totals (coprod_payment_summary_get_projects (summary), "prj-b");
  assert_int_equal (coprod_payment_totals_get_n_payments (row), 2);
  assert_true (coprod_payment_totals_get_paid (row) == 1000);
  assert_true (coprod_payment_totals_get_owed (row) == 30);
  assert_int_equal (coprod_payment_totals_get_n_involvements (row), 1);
  row = find_totals (coprod_payment_summary_get_projects (summary), "prj-c");
  assert_true (coprod_payment_totals_get_paid (row) == 200);

  /* partnerships: pay-1 once for prt-1 (both its projects are there) and
   * once for prt-2 (its meeting's); pay-3 for both; pay-2 for prt-2
   * through prj-c */
  row = find_totals (coprod_payment_summary_get_partnerships (summary), "prt-1");
  assert_int_equal (coprod_payment_totals_get_n_payments (row), 2);
  assert_true (coprod_payment_totals_get_paid (row) == 1000);
  assert_true (coprod_payment_totals_get_owed (row) == 30);
  assert_int_equal (coprod_payment_totals_get_n_involvements (row), 3);
  assert_true (coprod_payment_totals_get_hours (row) == 3.75);
  row = find_totals (coprod_payment_summary_get_partnerships (summary), "prt-2");
  assert_int_equal (coprod_payment_totals_get_n_payments (row), 3);
  assert_true (coprod_payment_totals_get_paid (row) == 1200);
  assert_int_equal (coprod_payment_totals_get_n_involvements (row), 0);
  assert_null (find_totals (coprod_payment_summary_get_partnerships (summary), "prt-quiet"));

  /* people: only those of the registry, each with their own */
  row = find_totals (coprod_payment_summary_get_people (summary), "p-1");
  assert_int_equal (coprod_payment_totals_get_n_payments (row), 1);
  assert_true (coprod_payment_totals_get_hours (row) == 2.0);
  row = find_totals (coprod_payment_summary_get_people (summary), "p-2");
  assert_int_equal (coprod_payment_totals_get_n_payments (row), 1);
  assert_true (coprod_payment_totals_get_owed (row) == 30);
  assert_int_equal (coprod_payment_totals_get_n_involvements (row), 1);
  assert_null (find_totals (coprod_payment_summary_get_people (summary), "org-c"));
  assert_null (find_totals (coprod_payment_summary_get_people (summary), "p-idle"));
  assert_int_equal (g_list_model_get_n_items (coprod_payment_summary_get_people (summary)), 2);
}

/* declined, reduced and donated offers are counted apart and never owed,
 * however long ago they were claimed */
static void
test_declined_reduced_donated (void **state)
{
  g_autoptr(CoprodRegistry) registry = load_base ();
  g_autoptr(GError) error = NULL;
  g_autoptr(CoprodPaymentSummary) summary =
    coprod_registry_summarise_payments (registry, "2025-01-01", &error);
  CoprodPaymentTotals *total, *p1, *p2, *project, *partnership;

  assert_non_null (summary);
  assert_null (find_owed (summary, "pay-4"));
  assert_null (find_owed (summary, "pay-5"));
  assert_null (find_owed (summary, "pay-6"));
  assert_non_null (find_owed (summary, "pay-1"));

  total = coprod_payment_summary_get_total (summary);
  assert_true (coprod_payment_totals_get_declined (total) == 5000);
  assert_int_equal (coprod_payment_totals_get_n_declined (total), 1);
  assert_true (coprod_payment_totals_get_reduced (total) == 3000);
  assert_int_equal (coprod_payment_totals_get_n_reduced (total), 1);
  assert_true (coprod_payment_totals_get_donated (total) == 7000);
  assert_int_equal (coprod_payment_totals_get_n_donated (total), 1);
  assert_true (coprod_payment_totals_get_owed (total) == 5000);
  assert_true (coprod_payment_totals_get_open (total) == 1000);
  /* paid: travel 640 (an expense) and a voucher 2000 (earnings) */
  assert_true (coprod_payment_totals_get_paid (total) == 2640);
  assert_true (coprod_payment_totals_get_earnings_paid (total) == 2000);
  assert_true (coprod_payment_totals_get_expenses_paid (total) == 640);
  assert_int_equal (coprod_payment_totals_get_n_payments (total), 7);

  /* per person: the preference beside the money; hours of held
   * involvements only */
  p1 = find_totals (coprod_payment_summary_get_people (summary), "p-1");
  p2 = find_totals (coprod_payment_summary_get_people (summary), "p-2");
  assert_non_null (p1);
  assert_non_null (p2);
  assert_int_equal (coprod_payment_totals_get_preference (p1), COPROD_PAYMENT_PREFERENCE_TAKE_LESS);
  assert_int_equal (coprod_payment_totals_get_preference (p2), COPROD_PAYMENT_PREFERENCE_UNSPECIFIED);
  assert_true (coprod_payment_totals_get_hours (p1) == 1.5);
  assert_true (coprod_payment_totals_get_hours (p2) == 5.0);
  assert_int_equal (coprod_payment_totals_get_n_involvements (p2), 1);
  assert_true (coprod_payment_totals_get_owed (p1) == 5000);
  assert_true (coprod_payment_totals_get_owed (p2) == 0);
  assert_int_equal (coprod_payment_totals_get_n_declined (p2), 1);
  assert_int_equal (coprod_payment_totals_get_n_reduced (p1), 1);
  assert_int_equal (coprod_payment_totals_get_n_donated (p1), 1);

  /* per project (its payments and its meetings') and per partnership */
  project = find_totals (coprod_payment_summary_get_projects (summary), "prj-1");
  partnership = find_totals (coprod_payment_summary_get_partnerships (summary), "prt-1");
  assert_non_null (project);
  assert_non_null (partnership);
  assert_true (coprod_payment_totals_get_hours (project) == 6.5);
  assert_true (coprod_payment_totals_get_paid (project) == 2640);
  assert_true (coprod_payment_totals_get_owed (partnership) == 5000);
  assert_int_equal (coprod_payment_totals_get_n_payments (partnership), 7);
  assert_true (coprod_payment_totals_get_hours (coprod_payment_summary_get_total (summary)) == 6.5);

  /* an offer given up stays given up, whatever dates it carries */
  {
    g_autoptr(CoprodPaymentSummary) again = NULL;

    coprod_payment_set_paid_date (COPROD_PAYMENT (coprod_registry_lookup (registry, "pay-5")), "2024-02-01");
    again = coprod_registry_summarise_payments (registry, "2025-01-01", &error);
    total = coprod_payment_summary_get_total (again);
    assert_true (coprod_payment_totals_get_paid (total) == 2640);
    assert_int_equal (coprod_payment_totals_get_n_reduced (total), 1);
  }
}

/* thousands of payments sum exactly, in pence; a sum beyond 2^53-1 is an
 * error, not a rounded figure */
static void
test_sums_exact (void **state)
{
  g_autoptr(CoprodRegistry) registry = coprod_registry_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(CoprodPaymentSummary) summary = NULL;
  g_autoptr(CoprodPaymentSummary) too_much = NULL;
  gint64 expected_paid = 0, expected_owed = 0;
  guint i, n = 5000;

  g_autoptr(CoprodPerson) person = coprod_person_new ("p-1", NULL);

  assert_true (coprod_registry_add (registry, COPROD_RECORD (person), NULL));
  for (i = 0; i < n; i++)
    {
      g_autofree char *id = g_strdup_printf ("pay-%u", i);
      /* amounts that a float would not add exactly: 0.01, 0.10, 0.07 ... */
      gint64 amount = 1 + (i * 7919) % 100003;
      g_autoptr(CoprodPayment) payment =
        coprod_payment_new (id, "p-1", COPROD_PAYMENT_KIND_FEE, amount);

      coprod_payment_set_outcome (payment, COPROD_OFFER_OUTCOME_ACCEPTED);
      coprod_payment_set_claimed_date (payment, "2024-01-01");
      if (i % 3 == 0)
        {
          coprod_payment_set_paid_date (payment, "2024-01-10");
          expected_paid += amount;
        }
      else
        expected_owed += amount;   /* no policy: awaiting */
      assert_true (coprod_registry_add (registry, COPROD_RECORD (payment), NULL));
    }

  summary = coprod_registry_summarise_payments (registry, "2024-12-31", &error);
  assert_non_null (summary);
  assert_true (coprod_payment_totals_get_paid (coprod_payment_summary_get_total (summary)) == expected_paid);
  assert_true (coprod_payment_totals_get_awaiting (coprod_payment_summary_get_total (summary)) == expected_owed);
  assert_true (coprod_payment_totals_get_paid (find_totals (coprod_payment_summary_get_people (summary), "p-1"))
               == expected_paid);
  assert_int_equal (coprod_payment_summary_get_n_unjudged (summary), n - (n + 2) / 3);

  /* two payments of 2^53-1 cannot be summed exactly */
  {
    g_autoptr(CoprodPayment) a = coprod_payment_new ("big-1", "p-1", COPROD_PAYMENT_KIND_FEE,
                                                     G_GINT64_CONSTANT (9007199254740991));
    g_autoptr(CoprodPayment) b = coprod_payment_new ("big-2", "p-1", COPROD_PAYMENT_KIND_FEE,
                                                     G_GINT64_CONSTANT (9007199254740991));

    assert_true (coprod_registry_add (registry, COPROD_RECORD (a), NULL));
    assert_true (coprod_registry_add (registry, COPROD_RECORD (b), NULL));
    too_much = coprod_registry_summarise_payments (registry, "2024-12-31", &error);
    assert_null (too_much);
    assert_true (g_error_matches (error, COPROD_ERROR, COPROD_ERROR_NUMBER));
  }
}

static void
test_bad_as_of (void **state)
{
  g_autoptr(CoprodRegistry) registry = load_base ();
  g_autoptr(GError) error = NULL;
  g_autoptr(CoprodPaymentSummary) summary = NULL;
  g_autoptr(CoprodReachSummary) reach = NULL;

  summary = coprod_registry_summarise_payments (registry, "2024-13-01", &error);
  assert_null (summary);
  assert_true (g_error_matches (error, COPROD_ERROR, COPROD_ERROR_DATE));
  g_clear_error (&error);
  reach = coprod_registry_summarise_reach (registry, "yesterday", &error);
  assert_null (reach);
  assert_true (g_error_matches (error, COPROD_ERROR, COPROD_ERROR_DATE));

  /* today, when no date is given */
  g_clear_error (&error);
  summary = coprod_registry_summarise_payments (registry, NULL, &error);
  assert_non_null (summary);
  assert_true (coprod_date_is_valid (coprod_payment_summary_get_as_of (summary)));
}

/* each unit of a rate entry, priced exactly */
static void
test_rate_entry_units (void **state)
{
  const struct {
    CoprodRateUnit unit;
    gint64 rate;
    double quantity;
    gint64 expected;
  } cases[] = {
    { COPROD_RATE_UNIT_HOUR, 1500, 1.5, 2250 },
    { COPROD_RATE_UNIT_HOUR, 1500, 0.25, 375 },
    { COPROD_RATE_UNIT_HOUR, 1333, 1.0 / 3, 444 },     /* 444.3: down */
    { COPROD_RATE_UNIT_SESSION, 5000, 1, 5000 },
    { COPROD_RATE_UNIT_SESSION, 5000, 2, 10000 },
    { COPROD_RATE_UNIT_HALF_DAY, 7500, 1, 7500 },
    { COPROD_RATE_UNIT_DAY, 15000, 3, 45000 },
    { COPROD_RATE_UNIT_DAY, 15000, 0.5, 7500 },
    { COPROD_RATE_UNIT_MILE, 45, 12.3, 554 },           /* 553.5: a half penny up */
    { COPROD_RATE_UNIT_MILE, 45, 10, 450 },
    { COPROD_RATE_UNIT_MILE, 45, 0, 0 },
  };
  gsize i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CoprodRateEntry) entry = coprod_rate_entry_new (NULL, cases[i].unit, cases[i].rate);
      g_autoptr(GError) error = NULL;
      gint64 amount = -1;

      if (!coprod_rate_entry_price (entry, cases[i].quantity, &amount, &error))
        fail_msg ("case %zu: %s", i, error->message);
      if (amount != cases[i].expected)
        fail_msg ("case %zu: %" G_GINT64_FORMAT " pence, expected %" G_GINT64_FORMAT,
                  i, amount, cases[i].expected);
    }

  /* bad quantities and amounts beyond 2^53-1 */
  {
    g_autoptr(CoprodRateEntry) entry = coprod_rate_entry_new (NULL, COPROD_RATE_UNIT_HOUR, 1500);
    g_autoptr(CoprodRateEntry) huge =
      coprod_rate_entry_new (NULL, COPROD_RATE_UNIT_DAY, G_GINT64_CONSTANT (9007199254740991));
    g_autoptr(GError) error = NULL;
    gint64 amount = -1;

    assert_false (coprod_rate_entry_price (entry, -1, &amount, &error));
    assert_true (g_error_matches (error, COPROD_ERROR, COPROD_ERROR_VALUE));
    g_clear_error (&error);
    assert_false (coprod_rate_entry_price (entry, NAN, &amount, &error));
    assert_true (g_error_matches (error, COPROD_ERROR, COPROD_ERROR_VALUE));
    g_clear_error (&error);
    assert_false (coprod_rate_entry_price (huge, 2, &amount, &error));
    assert_true (g_error_matches (error, COPROD_ERROR, COPROD_ERROR_NUMBER));
    g_clear_error (&error);
    assert_true (coprod_rate_entry_price (huge, 1, &amount, &error));
    assert_true (amount == G_GINT64_CONSTANT (9007199254740991));
    assert_int_equal (amount == -1, FALSE);
  }
}

static CoprodInvolvement *
involvement_of (CoprodRegistry *registry,
                guint           position)
{
  CoprodProject *project = COPROD_PROJECT (coprod_registry_lookup (registry, "prj-1"));
  CoprodInvolvement *involvement =
    g_list_model_get_item (coprod_project_get_involvements (project), position);

  g_object_unref (involvement);   /* the project holds it */
  return involvement;
}

/* the expected payment: the policy of the organisation paying, its card
 * in effect on the date, the entry by the documented order */
static void
test_expected_payment (void **state)
{
  g_autoptr(CoprodRegistry) registry = load_base ();
  g_autoptr(GError) error = NULL;
  g_autoptr(CoprodExpectedPayment) by_hour = NULL;
  g_autoptr(CoprodExpectedPayment) attendance = NULL;
  g_autoptr(CoprodExpectedPayment) by_half_day = NULL;
  g_autoptr(CoprodExpectedPayment) by_day = NULL;
  g_autoptr(CoprodExpectedPayment) old = NULL;
  g_autoptr(CoprodExpectedPayment) none = NULL;
  CoprodRateCard *card = COPROD_RATE_CARD (coprod_registry_lookup (registry, "rc-new"));
  CoprodRateCard *old_card = COPROD_RATE_CARD (coprod_registry_lookup (registry, "rc-old"));
  g_autoptr(CoprodRateEntry) hour = NULL;

  /* the policy's own card ended in 2024-03: the council's card in force
   * on 2024-05-01 prices 1.5 hours by the hour */
  by_hour = coprod_registry_expect_payment_for_involvement (registry, involvement_of (registry, 0), &error);
  assert_non_null (by_hour);
  assert_true (coprod_expected_payment_get_amount (by_hour) == 2250);
  assert_int_equal (coprod_expected_payment_get_unit (by_hour), COPROD_RATE_UNIT_HOUR);
  assert_true (coprod_expected_payment_get_quantity (by_hour) == 1.5);
  assert_string_equal (coprod_expected_payment_get_activity (by_hour), "reading");
  assert_string_equal (coprod_expected_payment_get_policy_id (by_hour), "pol-1");
  assert_string_equal (coprod_expected_payment_get_rate_card_id (by_hour), "rc-new");
  assert_string_equal (coprod_expected_payment_get_currency (by_hour), "GBP");
  assert_string_equal (coprod_expected_payment_get_date (by_hour), "2024-05-01");

  /* an attendance is one session */
  attendance = coprod_registry_expect_payment_for_attendance (registry, "m-1", "p-2", &error);
  assert_non_null (attendance);
  assert_true (coprod_expected_payment_get_amount (attendance) == 5000);
  assert_int_equal (coprod_expected_payment_get_unit (attendance), COPROD_RATE_UNIT_SESSION);

  /* no hour entry: 1.5 hours are a half day, 5 hours a day */
  hour = g_object_ref (coprod_rate_card_find_entry (card, COPROD_RATE_UNIT_HOUR));
  assert_true (coprod_rate_card_remove_entry (card, hour));
  by_half_day = coprod_registry_expect_payment_for_involvement (registry, involvement_of (registry, 0), &error);
  assert_non_null (by_half_day);
  assert_int_equal (coprod_expected_payment_get_unit (by_half_day), COPROD_RATE_UNIT_HALF_DAY);
  assert_true (coprod_expected_payment_get_amount (by_half_day) == 7500);
  by_day = coprod_registry_expect_payment_for_involvement (registry, involvement_of (registry, 1), &error);
  assert_non_null (by_day);
  assert_int_equal (coprod_expected_payment_get_unit (by_day), COPROD_RATE_UNIT_DAY);
  assert_true (coprod_expected_payment_get_amount (by_day) == 15000);

  /* a meeting in the old card's time is priced by the old card */
  coprod_meeting_set_date (COPROD_MEETING (coprod_registry_lookup (registry, "m-1")), "2024-02-01");
  old = coprod_registry_expect_payment_for_attendance (registry, "m-1", "p-1", &error);
  assert_non_null (old);
  assert_string_equal (coprod_expected_payment_get_rate_card_id (old), "rc-old");
  assert_true (coprod_expected_payment_get_amount (old) == 2000);
  assert_true (coprod_rate_card_is_effective_on (old_card, "2024-03-31"));
  assert_false (coprod_rate_card_is_effective_on (old_card, "2024-04-01"));

  /* no card in force, someone not at the meeting, no policy */
  coprod_meeting_set_date (COPROD_MEETING (coprod_registry_lookup (registry, "m-1")), "2024-04-01");
  coprod_rate_card_set_effective_to (card, "2024-03-31");
  coprod_rate_card_set_effective_from (card, NULL);
  none = coprod_registry_expect_payment_for_attendance (registry, "m-1", "p-1", &error);
  assert_null (none);
  assert_true (g_error_matches (error, COPROD_ERROR, COPROD_ERROR_NOT_FOUND));
  g_clear_error (&error);
  none = coprod_registry_expect_payment_for_attendance (registry, "m-1", "p-3", &error);
  assert_null (none);
  assert_true (g_error_matches (error, COPROD_ERROR, COPROD_ERROR_NOT_FOUND));
  g_clear_error (&error);
  none = coprod_registry_expect_payment_for_attendance (registry, "no-such", "p-1", &error);
  assert_null (none);
  g_clear_error (&error);
  assert_true (coprod_registry_remove (registry, "pol-1", NULL));
  none = coprod_registry_expect_payment_for_involvement (registry, involvement_of (registry, 0), &error);
  assert_null (none);
  assert_true (g_error_matches (error, COPROD_ERROR, COPROD_ERROR_NOT_FOUND));
  g_clear_error (&error);

  /* an involvement in no project of the registry */
  {
    g_autoptr(CoprodInvolvement) loose =
      coprod_involvement_new ("p-1", COPROD_STAGE_DOING, COPROD_MODE_PARTNER);

    none = coprod_registry_expect_payment_for_involvement (registry, loose, &error);
    assert_null (none);
    assert_true (g_error_matches (error, COPROD_ERROR, COPROD_ERROR_NOT_FOUND));
  }
}

static CoprodReachTotal *
find_kind (GListModel      *rows,
           CoprodOutputKind kind)
{
  guint i;

  for (i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(CoprodReachTotal) total = g_list_model_get_item (rows, i);

      if (coprod_reach_total_get_kind (total) == kind)
        return total;
    }

  return NULL;
}

/* "more than 40,000" stays a lower bound through every total */
static void
test_reach_lower_bounds (void **state)
{
  g_autoptr(CoprodRegistry) registry = load_base ();
  g_autoptr(GError) error = NULL;
  g_autoptr(CoprodReachSummary) summary =
    coprod_registry_summarise_reach (registry, "2024-12-31", &error);
  g_autoptr(CoprodReachTotal) project = NULL;
  g_autoptr(CoprodReachTotal) partnership = NULL;
  CoprodReachTotal *total, *hub, *kits;

  assert_non_null (summary);
  total = coprod_reach_summary_get_total (summary);
  /* the video published in 2030 does not count in 2024 */
  assert_int_equal (coprod_reach_total_get_n_outputs (total), 3);
  assert_true (coprod_reach_total_get_page_views (total) == 56000);
  assert_int_equal (coprod_reach_total_get_page_views_qualifier (total), COPROD_FIGURE_QUALIFIER_MORE_THAN);
  assert_int_equal (coprod_reach_total_get_n_with_page_views (total), 2);
  assert_true (coprod_reach_total_get_people_reached (total) == 6166);
  assert_int_equal (coprod_reach_total_get_people_reached_qualifier (total), COPROD_FIGURE_QUALIFIER_AT_LEAST);
  assert_null (coprod_reach_total_get_subject_id (total));

  hub = find_kind (coprod_reach_summary_get_kinds (summary), COPROD_OUTPUT_KIND_INFORMATION_HUB);
  kits = find_kind (coprod_reach_summary_get_kinds (summary), COPROD_OUTPUT_KIND_TOOLKIT);
  assert_non_null (hub);
  assert_non_null (kits);
  assert_null (find_kind (coprod_reach_summary_get_kinds (summary), COPROD_OUTPUT_KIND_VIDEO));
  assert_int_equal (coprod_reach_total_get_page_views_qualifier (hub), COPROD_FIGURE_QUALIFIER_MORE_THAN);
  assert_true (coprod_reach_total_get_page_views (hub) == 40000);
  assert_int_equal (coprod_reach_total_get_page_views_qualifier (kits), COPROD_FIGURE_QUALIFIER_EXACT);
  assert_true (coprod_reach_total_get_page_views (kits) == 16000);
  assert_int_equal (coprod_reach_total_get_people_reached_qualifier (kits), COPROD_FIGURE_QUALIFIER_AT_LEAST);
  assert_int_equal (coprod_reach_total_get_n_with_people_reached (kits), 2);

  assert_int_equal (g_list_model_get_n_items (coprod_reach_summary_get_projects (summary)), 1);
  project = g_list_model_get_item (coprod_reach_summary_get_projects (summary), 0);
  assert_string_equal (coprod_reach_total_get_subject_id (project), "prj-1");
  assert_int_equal (coprod_reach_total_get_page_views_qualifier (project), COPROD_FIGURE_QUALIFIER_MORE_THAN);
  partnership = g_list_model_get_item (coprod_reach_summary_get_partnerships (summary), 0);
  assert_string_equal (coprod_reach_total_get_subject_id (partnership), "prt-1");
  assert_true (coprod_reach_total_get_page_views (partnership) == 56000);
  assert_int_equal (coprod_reach_total_get_page_views_qualifier (partnership), COPROD_FIGURE_QUALIFIER_MORE_THAN);

  /* all exact: the total is exact */
  {
    g_autoptr(CoprodReachSummary) exact = NULL;

    coprod_output_set_page_views_qualifier (COPROD_OUTPUT (coprod_registry_lookup (registry, "out-hub")),
                                            COPROD_FIGURE_QUALIFIER_EXACT);
    exact = coprod_registry_summarise_reach (registry, "2024-12-31", &error);
    assert_int_equal (coprod_reach_total_get_page_views_qualifier (coprod_reach_summary_get_total (exact)),
                      COPROD_FIGURE_QUALIFIER_EXACT);
  }
}

/* the text: lower bounds written as such, claims by id, no names */
static void
test_text (void **state)
{
  g_autoptr(CoprodRegistry) registry = load_base ();
  g_autoptr(GError) error = NULL;
  g_autoptr(CoprodReachSummary) reach = coprod_registry_summarise_reach (registry, "2024-12-31", &error);
  g_autoptr(CoprodPaymentSummary) payments = coprod_registry_summarise_payments (registry, "2024-05-16", &error);
  g_autoptr(CoprodTextWriter) writer = coprod_text_writer_new ();
  g_autofree char *reach_text = coprod_text_writer_write_reach (writer, reach);
  g_autofree char *payments_text = coprod_text_writer_write_payments (writer, payments);

  assert_non_null (strstr (reach_text, "more than 56,000"));
  assert_non_null (strstr (reach_text, "more than 40,000"));
  assert_non_null (strstr (reach_text, "at least 6,166"));
  assert_null (strstr (reach_text, " 56,000\n"));
  assert_null (strstr (reach_text, "  40,000"));
  assert_non_null (strstr (reach_text, "  16,000"));

  assert_non_null (strstr (payments_text, "Payments as of 2024-05-16 (amounts in GBP)"));
  assert_non_null (strstr (payments_text, "pay-1: 50.00 GBP to p-1, claimed 2024-05-01, due by 2024-05-15 (14 days), 1 day late, policy pol-1"));
  assert_non_null (strstr (payments_text, "take-less"));
  assert_non_null (strstr (payments_text, "vouchers and gift cards"));
  assert_null (strstr (payments_text, "Sam"));
  assert_null (strstr (payments_text, "Alex"));
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_claim_boundary),
    cmocka_unit_test (test_policy_of_parent),
    cmocka_unit_test (test_rows_each_once),
    cmocka_unit_test (test_declined_reduced_donated),
    cmocka_unit_test (test_sums_exact),
    cmocka_unit_test (test_bad_as_of),
    cmocka_unit_test (test_rate_entry_units),
    cmocka_unit_test (test_expected_payment),
    cmocka_unit_test (test_reach_lower_bounds),
    cmocka_unit_test (test_text),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
