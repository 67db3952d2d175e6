/* test-pledge.c: pledges and their commitments
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "coprod-record-private.h"
#include "coprod-test-util.h"

static void
test_commitment_new (void **state)
{
  g_autoptr(CoprodCommitment) commitment =
    coprod_commitment_new ("Pay board members for every meeting");

  assert_string_equal (coprod_commitment_get_text (commitment),
                       "Pay board members for every meeting");
  assert_null (coprod_commitment_get_due_date (commitment));
  assert_int_equal (coprod_commitment_get_status (commitment),
                    COPROD_COMMITMENT_STATUS_NOT_STARTED);
  assert_int_equal (coprod_commitment_get_progress (commitment), 0);
  assert_null (coprod_commitment_get_evidence (commitment));

  coprod_test_assert_finalized (g_steal_pointer (&commitment));
}

static void
test_commitment_properties (void **state)
{
  CoprodCommitment *commitment = g_object_new (COPROD_TYPE_COMMITMENT, NULL);
  GParamSpec *pspec;

  coprod_test_property_flags (commitment);
  coprod_test_assert_field_kind (commitment, "text", COPROD_FIELD_TEXT);
  coprod_test_assert_field_kind (commitment, "due-date", COPROD_FIELD_DATE);
  coprod_test_assert_field_kind (commitment, "evidence", COPROD_FIELD_TEXT);

  coprod_test_roundtrip_string (commitment, "text", "Share the minutes in plain language");
  assert_string_equal (coprod_commitment_get_text (commitment),
                       "Share the minutes in plain language");

  coprod_test_roundtrip_string (commitment, "due-date", "2025-03-31");
  assert_string_equal (coprod_commitment_get_due_date (commitment), "2025-03-31");
  coprod_test_roundtrip_string (commitment, "due-date", NULL);
  assert_null (coprod_commitment_get_due_date (commitment));

  coprod_test_roundtrip_enum (commitment, "status", COPROD_COMMITMENT_STATUS_IN_PROGRESS);
  assert_int_equal (coprod_commitment_get_status (commitment),
                    COPROD_COMMITMENT_STATUS_IN_PROGRESS);
  coprod_test_roundtrip_enum (commitment, "status", COPROD_COMMITMENT_STATUS_ABANDONED);
  assert_int_equal (coprod_commitment_get_status (commitment),
                    COPROD_COMMITMENT_STATUS_ABANDONED);

  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (commitment), "progress");
  assert_int_equal (G_PARAM_SPEC_UINT (pspec)->maximum, 100);
  coprod_test_roundtrip_uint (commitment, "progress", 40);
  assert_int_equal (coprod_commitment_get_progress (commitment), 40);
  coprod_test_roundtrip_uint (commitment, "progress", 100);
  assert_int_equal (coprod_commitment_get_progress (commitment), 100);
  coprod_test_roundtrip_uint (commitment, "progress", 0);
  assert_int_equal (coprod_commitment_get_progress (commitment), 0);

  coprod_test_roundtrip_string (commitment, "evidence", "Minutes of the March board");
  assert_string_equal (coprod_commitment_get_evidence (commitment), "Minutes of the March board");

  coprod_test_assert_finalized (commitment);
}

static void
set_progress_101 (gpointer data)
{
  coprod_commitment_set_progress (data, 101);
}

static void
set_bad_due_date (gpointer data)
{
  coprod_commitment_set_due_date (data, "2025-02-29");
}

static void
test_commitment_preconditions (void **state)
{
  g_autoptr(CoprodCommitment) commitment = coprod_commitment_new (NULL);
  CoprodNotifyCounter counter;

  coprod_commitment_set_progress (commitment, 60);
  coprod_commitment_set_due_date (commitment, "2025-03");

  coprod_test_notify_counter_start (&counter, commitment, "progress");
  assert_int_equal (coprod_test_count_criticals (set_progress_101, commitment), 1);
  assert_int_equal (coprod_commitment_get_progress (commitment), 60);
  assert_int_equal (counter.count, 0);
  coprod_test_notify_counter_stop (&counter);

  assert_int_equal (coprod_test_count_criticals (set_bad_due_date, commitment), 1);
  assert_string_equal (coprod_commitment_get_due_date (commitment), "2025-03");
}

static void
test_pledge_new (void **state)
{
  g_autoptr(CoprodPledge) pledge = coprod_pledge_new ("pl-1", "p-director");

  assert_string_equal (coprod_record_get_id (COPROD_RECORD (pledge)), "pl-1");
  assert_string_equal (coprod_pledge_get_signatory_id (pledge), "p-director");
  assert_null (coprod_pledge_get_on_behalf_of_id (pledge));
  assert_true (coprod_pledge_is_personal (pledge));
  assert_null (coprod_pledge_get_signed_date (pledge));
  assert_null (coprod_pledge_get_charter_id (pledge));
  assert_null (coprod_pledge_get_statement (pledge));
  assert_int_equal (coprod_pledge_get_status (pledge), COPROD_PLEDGE_STATUS_DRAFT);
  assert_null (coprod_pledge_get_review_date (pledge));
  assert_int_equal (g_list_model_get_n_items (coprod_pledge_get_commitments (pledge)), 0);
  assert_true (g_list_model_get_item_type (coprod_pledge_get_commitments (pledge)) ==
               COPROD_TYPE_COMMITMENT);

  coprod_test_assert_finalized (g_steal_pointer (&pledge));
}

static void
test_pledge_properties (void **state)
{
  CoprodPledge *pledge = g_object_new (COPROD_TYPE_PLEDGE, "id", "pl-1", NULL);
  GListModel *commitments = NULL;
  GParamSpec *pspec;

  coprod_test_property_flags (pledge);
  coprod_test_assert_field_kind (pledge, "signatory-id", COPROD_FIELD_REF);
  coprod_test_assert_field_kind (pledge, "on-behalf-of-id", COPROD_FIELD_REF);
  coprod_test_assert_field_kind (pledge, "signed-date", COPROD_FIELD_DATE);
  coprod_test_assert_field_kind (pledge, "charter-id", COPROD_FIELD_REF);
  coprod_test_assert_field_kind (pledge, "statement", COPROD_FIELD_TEXT);
  coprod_test_assert_field_kind (pledge, "review-date", COPROD_FIELD_DATE);

  coprod_test_roundtrip_string (pledge, "signatory-id", "p-chief-executive");
  assert_string_equal (coprod_pledge_get_signatory_id (pledge), "p-chief-executive");

  coprod_test_roundtrip_string (pledge, "on-behalf-of-id", "org-council");
  assert_string_equal (coprod_pledge_get_on_behalf_of_id (pledge), "org-council");
  assert_false (coprod_pledge_is_personal (pledge));
  coprod_test_roundtrip_string (pledge, "on-behalf-of-id", NULL);
  assert_null (coprod_pledge_get_on_behalf_of_id (pledge));
  assert_true (coprod_pledge_is_personal (pledge));

  coprod_test_roundtrip_string (pledge, "signed-date", "2024-07-03");
  assert_string_equal (coprod_pledge_get_signed_date (pledge), "2024-07-03");

  coprod_test_roundtrip_string (pledge, "charter-id", "ch-1");
  assert_string_equal (coprod_pledge_get_charter_id (pledge), "ch-1");
  coprod_test_roundtrip_string (pledge, "charter-id", NULL);
  assert_null (coprod_pledge_get_charter_id (pledge));

  coprod_test_roundtrip_string (pledge, "statement", "I pledge to put co-production at the heart of our work");
  assert_string_equal (coprod_pledge_get_statement (pledge),
                       "I pledge to put co-production at the heart of our work");

  coprod_test_roundtrip_enum (pledge, "status", COPROD_PLEDGE_STATUS_ACTIVE);
  assert_int_equal (coprod_pledge_get_status (pledge), COPROD_PLEDGE_STATUS_ACTIVE);
  coprod_test_roundtrip_enum (pledge, "status", COPROD_PLEDGE_STATUS_REVOKED);
  assert_int_equal (coprod_pledge_get_status (pledge), COPROD_PLEDGE_STATUS_REVOKED);

  coprod_test_roundtrip_string (pledge, "review-date", "2025-07");
  assert_string_equal (coprod_pledge_get_review_date (pledge), "2025-07");

  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (pledge), "commitments");
  assert_non_null (pspec);
  assert_false (pspec->flags & G_PARAM_WRITABLE);
  assert_true (G_PARAM_SPEC_VALUE_TYPE (pspec) == G_TYPE_LIST_MODEL);
  g_object_get (pledge, "commitments", &commitments, NULL);
  assert_ptr_equal (commitments, coprod_pledge_get_commitments (pledge));
  g_object_unref (commitments);

  coprod_test_assert_finalized (pledge);
}

static void
test_pledge_commitments (void **state)
{
  CoprodPledge *pledge = coprod_pledge_new ("pl-1", "p-1");
  CoprodCommitment *pay = coprod_commitment_new ("Pay board members");
  g_autoptr(CoprodCommitment) review = coprod_commitment_new ("Review the pledge yearly");
  g_autoptr(CoprodCommitment) stranger = coprod_commitment_new ("Not in this pledge");
  g_autoptr(CoprodCommitment) first = NULL;
  GListModel *commitments = coprod_pledge_get_commitments (pledge);
  gboolean pay_gone = FALSE;
  guint changes = 0;

  g_signal_connect (commitments, "items-changed", G_CALLBACK (coprod_test_count_items_changed), &changes);

  coprod_pledge_add_commitment (pledge, pay);
  coprod_pledge_add_commitment (pledge, review);
  assert_int_equal (changes, 2);
  assert_int_equal (g_list_model_get_n_items (commitments), 2);
  first = g_list_model_get_item (commitments, 0);
  assert_ptr_equal (first, pay);
  g_clear_object (&first);

  assert_false (coprod_pledge_remove_commitment (pledge, stranger));
  assert_int_equal (changes, 2);
  assert_true (coprod_pledge_remove_commitment (pledge, review));
  assert_int_equal (changes, 3);
  assert_int_equal (g_list_model_get_n_items (commitments), 1);

  g_object_weak_ref (G_OBJECT (pay), coprod_test_mark_gone, &pay_gone);
  g_object_unref (pay);
  assert_false (pay_gone);
  coprod_test_assert_finalized (pledge);
  assert_true (pay_gone);
}

static void
test_pledge_registry (void **state)
{
  g_autoptr(CoprodRegistry) registry = coprod_registry_new ();
  g_autoptr(CoprodPledge) pledge = coprod_pledge_new ("pl-1", NULL);
  GListModel *pledges = coprod_registry_get_pledges (registry);

  coprod_test_assert_added_to_collection (registry, pledge, "pl-1", COPROD_TYPE_PLEDGE, pledges);
}

static void
test_pledge_roundtrip (void **state)
{
  g_autoptr(CoprodRegistry) registry = coprod_registry_new ();
  g_autoptr(CoprodRegistry) loaded = coprod_registry_new ();
  g_autoptr(CoprodPledge) director = coprod_pledge_new ("pl-1", "p-director");
  g_autoptr(CoprodPledge) personal = coprod_pledge_new ("pl-2", "p-chief-executive");
  g_autoptr(CoprodCommitment) pay = coprod_commitment_new ("Pay board members for every meeting");
  g_autoptr(CoprodCommitment) review = coprod_commitment_new ("Review the pledge with the advisory group");
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  CoprodPledge *got;
  guint i;

  coprod_commitment_set_due_date (pay, "2025-03");
  coprod_commitment_set_status (pay, COPROD_COMMITMENT_STATUS_IN_PROGRESS);
  coprod_commitment_set_progress (pay, 40);
  coprod_commitment_set_evidence (pay, "Board payments since April");
  coprod_commitment_set_status (review, COPROD_COMMITMENT_STATUS_DONE);
  coprod_commitment_set_progress (review, 100);

  coprod_pledge_set_on_behalf_of_id (director, "org-council");
  coprod_pledge_set_signed_date (director, "2024-07-03");
  coprod_pledge_set_charter_id (director, "ch-1");
  coprod_pledge_set_statement (director, "We adopt the trauma-informed charter");
  coprod_pledge_set_status (director, COPROD_PLEDGE_STATUS_ACTIVE);
  coprod_pledge_set_review_date (director, "2025-07");
  coprod_pledge_add_commitment (director, pay);
  coprod_pledge_add_commitment (director, review);
  coprod_pledge_set_signed_date (personal, "2024-11");
  coprod_pledge_set_status (personal, COPROD_PLEDGE_STATUS_LAPSED);
  assert_true (coprod_registry_add (registry, COPROD_RECORD (director), NULL));
  assert_true (coprod_registry_add (registry, COPROD_RECORD (personal), NULL));

  coprod_test_assert_roundtrip (registry);

  data = coprod_registry_to_data (registry, NULL);
  assert_non_null (strstr (data, "\"status\" : \"in-progress\""));
  assert_true (coprod_registry_load_from_data (loaded, data, -1, &error));
  assert_null (error);

  got = COPROD_PLEDGE (coprod_registry_lookup (loaded, "pl-1"));
  assert_non_null (got);
  coprod_test_assert_same_properties (director, got);
  assert_string_equal (coprod_pledge_get_signatory_id (got), "p-director");
  assert_string_equal (coprod_pledge_get_on_behalf_of_id (got), "org-council");
  assert_false (coprod_pledge_is_personal (got));
  assert_string_equal (coprod_pledge_get_charter_id (got), "ch-1");
  assert_int_equal (coprod_pledge_get_status (got), COPROD_PLEDGE_STATUS_ACTIVE);
  assert_int_equal (g_list_model_get_n_items (coprod_pledge_get_commitments (got)), 2);
  for (i = 0; i < 2; i++)
    {
      g_autoptr(CoprodCommitment) before =
        g_list_model_get_item (coprod_pledge_get_commitments (director), i);
      g_autoptr(CoprodCommitment) after =
        g_list_model_get_item (coprod_pledge_get_commitments (got), i);

      coprod_test_assert_same_properties (before, after);
    }

  got = COPROD_PLEDGE (coprod_registry_lookup (loaded, "pl-2"));
  coprod_test_assert_same_properties (personal, got);
  assert_true (coprod_pledge_is_personal (got));
  assert_null (coprod_pledge_get_charter_id (got));
  assert_int_equal (g_list_model_get_n_items (coprod_pledge_get_commitments (got)), 0);
}

static void
test_pledge_unknown_members (void **state)
{
  const char *json =
    "{\"format\": \"coprod\", \"version\": 1, \"pledges\": ["
    " {\"id\": \"pl-1\", \"signatory_id\": \"p-1\","
    "  \"commitments\": [{\"text\": \"Pay board members\", \"progress\": 10,"
    "                     \"x_owner\": \"finance team\", \"x_milestones\": [25, 50]},"
    "                    {\"text\": \"Plain language\"}]}]}";
  g_autoptr(CoprodRegistry) registry = coprod_registry_new ();
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  JsonObject *top, *jpledge, *first, *second;
  JsonArray *commitments;

  assert_true (coprod_registry_load_from_data (registry, json, -1, &error));
  assert_null (error);

  coprod_test_assert_roundtrip (registry);

  data = coprod_registry_to_data (registry, NULL);
  assert_true (json_parser_load_from_data (parser, data, -1, NULL));
  top = json_node_get_object (json_parser_get_root (parser));
  jpledge = json_array_get_object_element (json_object_get_array_member (top, "pledges"), 0);
  commitments = json_object_get_array_member (jpledge, "commitments");
  assert_int_equal (json_array_get_length (commitments), 2);
  first = json_array_get_object_element (commitments, 0);
  second = json_array_get_object_element (commitments, 1);
  assert_string_equal (json_object_get_string_member (first, "x_owner"), "finance team");
  assert_int_equal (json_array_get_length (json_object_get_array_member (first, "x_milestones")), 2);
  assert_true (json_object_get_int_member (first, "progress") == 10);
  /* each commitment keeps its own */
  assert_false (json_object_has_member (second, "x_owner"));
  assert_false (json_object_has_member (jpledge, "x_owner"));
}

static void
test_pledge_bad_input (void **state)
{
  /* wrong JSON types */
  coprod_test_expect_record_error ("pledges", "{'id': 'pl-1', 'statement': true}",
                                   COPROD_ERROR_TYPE, "statement");
  coprod_test_expect_record_error ("pledges", "{'id': 'pl-1', 'status': 1}",
                                   COPROD_ERROR_TYPE, "status");
  coprod_test_expect_record_error ("pledges", "{'id': 'pl-1', 'commitments': 'many'}",
                                   COPROD_ERROR_TYPE, "commitments");
  coprod_test_expect_record_error ("pledges",
                                   "{'id': 'pl-1', 'commitments': [{'progress': '40%'}]}",
                                   COPROD_ERROR_TYPE, "progress");
  coprod_test_expect_record_error ("pledges",
                                   "{'id': 'pl-1', 'commitments': [{'text': ['a', 'b']}]}",
                                   COPROD_ERROR_TYPE, "text");

  /* unknown nicks */
  coprod_test_expect_record_error ("pledges", "{'id': 'pl-1', 'status': 'signed'}",
                                   COPROD_ERROR_VALUE, "status");
  coprod_test_expect_record_error ("pledges",
                                   "{'id': 'pl-1', 'commitments': [{'status': 'done'}, {'status': 'finished'}]}",
                                              COPROD_ERROR_VALUE, "status");

  /* bad dates */
  coprod_test_expect_record_error ("pledges", "{'id': 'pl-1', 'signed_date': '3 July 2024'}",
                                   COPROD_ERROR_DATE, "signed_date");
  coprod_test_expect_record_error ("pledges", "{'id': 'pl-1', 'review_date': '2025-00'}",
                                   COPROD_ERROR_DATE, "review_date");
  coprod_test_expect_record_error ("pledges",
                                   "{'id': 'pl-1', 'commitments': [{'due_date': '2025-13'}]}",
                                   COPROD_ERROR_DATE, "due_date");

  /* progress beyond 100 per cent, or below 0 */
  coprod_test_expect_record_error ("pledges", "{'id': 'pl-1', 'commitments': [{'progress': 101}]}",
                                   COPROD_ERROR_VALUE, "progress");
  coprod_test_expect_record_error ("pledges", "{'id': 'pl-1', 'commitments': [{'progress': -1}]}",
                                   COPROD_ERROR_VALUE, "progress");

  /* bad ids of other records */
  coprod_test_expect_record_error ("pledges", "{'id': 'pl-1', 'on_behalf_of_id': ''}",
                                   COPROD_ERROR_ID, "on_behalf_of_id");
  coprod_test_expect_record_error ("pledges", "{'id': 'pl-1', 'charter_id': ' ch-1'}",
                                   COPROD_ERROR_ID, "charter_id");
}

static void
test_pledge_null_members (void **state)
{
  g_autoptr(CoprodRegistry) registry = coprod_registry_new ();
  g_autoptr(GError) error = NULL;
  CoprodPledge *pledge;

  /* null is "not set", for the nullable ids */
  assert_true (coprod_registry_load_from_data (registry,
    "{\"format\": \"coprod\", \"version\": 1, \"pledges\": ["
    " {\"id\": \"pl-1\", \"on_behalf_of_id\": null, \"charter_id\": null}]}",
    -1, &error));
  assert_null (error);
  pledge = COPROD_PLEDGE (coprod_registry_lookup (registry, "pl-1"));
  assert_true (coprod_pledge_is_personal (pledge));
  assert_null (coprod_pledge_get_charter_id (pledge));
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_commitment_new),
    cmocka_unit_test (test_commitment_properties),
    cmocka_unit_test (test_commitment_preconditions),
    cmocka_unit_test (test_pledge_new),
    cmocka_unit_test (test_pledge_properties),
    cmocka_unit_test (test_pledge_commitments),
    cmocka_unit_test (test_pledge_registry),
    cmocka_unit_test (test_pledge_roundtrip),
    cmocka_unit_test (test_pledge_unknown_members),
    cmocka_unit_test (test_pledge_bad_input),
    cmocka_unit_test (test_pledge_null_members),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
