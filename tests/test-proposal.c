/* test-proposal.c: "you said, we did": proposals and what became of them
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "coprod-record-private.h"
#include "coprod-test-util.h"

static void
test_proposal_new (void **state)
{
  g_autoptr(CoprodProposal) proposal =
    coprod_proposal_new ("prop-1", "Hold the sessions after school hours");
  GParamSpec *pspec;

  assert_string_equal (coprod_record_get_id (COPROD_RECORD (proposal)), "prop-1");
  assert_string_equal (coprod_proposal_get_text (proposal), "Hold the sessions after school hours");
  assert_non_null (coprod_proposal_get_proposer_ids (proposal));
  assert_null (coprod_proposal_get_proposer_ids (proposal)[0]);
  assert_null (coprod_proposal_get_meeting_id (proposal));
  assert_null (coprod_proposal_get_project_id (proposal));
  assert_null (coprod_proposal_get_date (proposal));
  assert_int_equal (coprod_proposal_get_outcome (proposal), COPROD_PROPOSAL_OUTCOME_PENDING);
  assert_null (coprod_proposal_get_reason (proposal));
  assert_null (coprod_proposal_get_fed_back_date (proposal));

  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (proposal), "outcome");
  assert_int_equal (G_PARAM_SPEC_ENUM (pspec)->default_value, COPROD_PROPOSAL_OUTCOME_PENDING);
  assert_true (G_PARAM_SPEC_VALUE_TYPE (pspec) == COPROD_TYPE_PROPOSAL_OUTCOME);

  coprod_test_assert_finalized (g_steal_pointer (&proposal));
}

static void
test_proposal_properties (void **state)
{
  static const char * const proposers[] = { "p-1", "p-2", NULL };
  static const char * const one[] = { "p-3", NULL };
  static const char * const none[] = { NULL };
  CoprodProposal *proposal = g_object_new (COPROD_TYPE_PROPOSAL, "id", "prop-1", NULL);
  const CoprodField *field;

  assert_null (coprod_proposal_get_text (proposal));

  coprod_test_property_flags (proposal);
  coprod_test_assert_field_kind (proposal, "proposer-ids", COPROD_FIELD_REFS);
  coprod_test_assert_field_kind (proposal, "meeting-id", COPROD_FIELD_REF);
  coprod_test_assert_field_kind (proposal, "project-id", COPROD_FIELD_REF);
  coprod_test_assert_field_kind (proposal, "date", COPROD_FIELD_DATE);
  coprod_test_assert_field_kind (proposal, "text", COPROD_FIELD_TEXT);
  coprod_test_assert_field_kind (proposal, "outcome", COPROD_FIELD_ENUM);
  coprod_test_assert_field_kind (proposal, "reason", COPROD_FIELD_TEXT);
  coprod_test_assert_field_kind (proposal, "fed-back-date", COPROD_FIELD_DATE);

  /* what each reference may name, and the range from date to fed-back-date */
  field = _coprod_fields_find (COPROD_TYPE_PROPOSAL, "proposer-ids");
  assert_true (field->targets[0] () == COPROD_TYPE_PERSON);
  assert_null (field->targets[1]);
  field = _coprod_fields_find (COPROD_TYPE_PROPOSAL, "meeting-id");
  assert_true (field->targets[0] () == COPROD_TYPE_MEETING);
  field = _coprod_fields_find (COPROD_TYPE_PROPOSAL, "project-id");
  assert_true (field->targets[0] () == COPROD_TYPE_PROJECT);
  field = _coprod_fields_find (COPROD_TYPE_PROPOSAL, "date");
  assert_string_equal (field->range_end, "fed-back-date");

  coprod_test_roundtrip_strv (proposal, "proposer-ids", proposers);
  assert_true (g_strv_equal ((const char * const *) coprod_proposal_get_proposer_ids (proposal),
                             proposers));
  coprod_test_roundtrip_strv (proposal, "proposer-ids", one);
  assert_string_equal (coprod_proposal_get_proposer_ids (proposal)[0], "p-3");
  coprod_test_roundtrip_strv (proposal, "proposer-ids", none);
  assert_null (coprod_proposal_get_proposer_ids (proposal)[0]);

  coprod_test_roundtrip_string (proposal, "meeting-id", "m-1");
  assert_string_equal (coprod_proposal_get_meeting_id (proposal), "m-1");
  coprod_test_roundtrip_string (proposal, "meeting-id", NULL);
  assert_null (coprod_proposal_get_meeting_id (proposal));

  coprod_test_roundtrip_string (proposal, "project-id", "prj-1");
  assert_string_equal (coprod_proposal_get_project_id (proposal), "prj-1");

  coprod_test_roundtrip_string (proposal, "date", "2024-04-30");
  assert_string_equal (coprod_proposal_get_date (proposal), "2024-04-30");
  coprod_test_roundtrip_string (proposal, "date", "2024");
  assert_string_equal (coprod_proposal_get_date (proposal), "2024");

  coprod_test_roundtrip_string (proposal, "text", "A quiet room at every meeting");
  assert_string_equal (coprod_proposal_get_text (proposal), "A quiet room at every meeting");

  coprod_test_roundtrip_enum (proposal, "outcome", COPROD_PROPOSAL_OUTCOME_ADOPTED);
  assert_int_equal (coprod_proposal_get_outcome (proposal), COPROD_PROPOSAL_OUTCOME_ADOPTED);
  coprod_test_roundtrip_enum (proposal, "outcome", COPROD_PROPOSAL_OUTCOME_ADOPTED_WITH_CHANGES);
  assert_int_equal (coprod_proposal_get_outcome (proposal), COPROD_PROPOSAL_OUTCOME_ADOPTED_WITH_CHANGES);
  coprod_test_roundtrip_enum (proposal, "outcome", COPROD_PROPOSAL_OUTCOME_NOT_ADOPTED);
  assert_int_equal (coprod_proposal_get_outcome (proposal), COPROD_PROPOSAL_OUTCOME_NOT_ADOPTED);

  coprod_test_roundtrip_string (proposal, "reason", "The venue has one room");
  assert_string_equal (coprod_proposal_get_reason (proposal), "The venue has one room");

  coprod_test_roundtrip_string (proposal, "fed-back-date", "2024-05-14");
  assert_string_equal (coprod_proposal_get_fed_back_date (proposal), "2024-05-14");
  coprod_test_roundtrip_string (proposal, "fed-back-date", NULL);
  assert_null (coprod_proposal_get_fed_back_date (proposal));

  coprod_test_assert_finalized (proposal);
}

/* The setters notify once per change, and not at all for the same value */
static void
test_proposal_setters_notify (void **state)
{
  static const char * const proposers[] = { "p-1", NULL };
  g_autoptr(CoprodProposal) proposal = coprod_proposal_new ("prop-1", NULL);
  g_auto(GStrv) copy = g_strdupv ((char **) proposers);
  CoprodNotifyCounter counter;

  coprod_test_notify_counter_start (&counter, proposal, "proposer-ids");
  coprod_proposal_set_proposer_ids (proposal, proposers);
  coprod_proposal_set_proposer_ids (proposal, (const char * const *) copy);
  assert_int_equal (counter.count, 1);
  coprod_proposal_set_proposer_ids (proposal, NULL);
  assert_null (coprod_proposal_get_proposer_ids (proposal)[0]);
  assert_int_equal (counter.count, 2);
  coprod_test_notify_counter_stop (&counter);

  coprod_test_notify_counter_start (&counter, proposal, "outcome");
  coprod_proposal_set_outcome (proposal, COPROD_PROPOSAL_OUTCOME_NOT_ADOPTED);
  coprod_proposal_set_outcome (proposal, COPROD_PROPOSAL_OUTCOME_NOT_ADOPTED);
  assert_int_equal (counter.count, 1);
  coprod_test_notify_counter_stop (&counter);

  coprod_test_notify_counter_start (&counter, proposal, "fed-back-date");
  coprod_proposal_set_fed_back_date (proposal, "2024-06");
  coprod_proposal_set_fed_back_date (proposal, "2024-06");
  assert_int_equal (counter.count, 1);
  coprod_test_notify_counter_stop (&counter);

  coprod_test_notify_counter_start (&counter, proposal, "text");
  coprod_proposal_set_text (proposal, "Plain language papers");
  coprod_proposal_set_meeting_id (proposal, "m-1");
  coprod_proposal_set_project_id (proposal, "prj-1");
  coprod_proposal_set_date (proposal, "2024-05");
  coprod_proposal_set_reason (proposal, "Agreed by the board");
  assert_int_equal (counter.count, 1);
  coprod_test_notify_counter_stop (&counter);
  assert_string_equal (coprod_proposal_get_meeting_id (proposal), "m-1");
  assert_string_equal (coprod_proposal_get_project_id (proposal), "prj-1");
  assert_string_equal (coprod_proposal_get_date (proposal), "2024-05");
  assert_string_equal (coprod_proposal_get_reason (proposal), "Agreed by the board");

  coprod_test_assert_finalized (g_steal_pointer (&proposal));
}

static void
set_bad_date (gpointer data)
{
  coprod_proposal_set_date (data, "2024-02-30");
}

static void
set_bad_fed_back_date (gpointer data)
{
  coprod_proposal_set_fed_back_date (data, "30/04/2024");
}

static void
set_bad_outcome (gpointer data)
{
  coprod_proposal_set_outcome (data, (CoprodProposalOutcome) 42);
}

static void
set_bad_proposer (gpointer data)
{
  static const char * const bad[] = { "p-1", "", NULL };

  coprod_proposal_set_proposer_ids (data, bad);
}

static void
test_proposal_preconditions (void **state)
{
  static const char * const proposers[] = { "p-1", NULL };
  g_autoptr(CoprodProposal) proposal = coprod_proposal_new ("prop-1", NULL);
  CoprodNotifyCounter counter;

  coprod_proposal_set_date (proposal, "2024-04-30");
  coprod_proposal_set_fed_back_date (proposal, "2024-05-14");
  coprod_proposal_set_outcome (proposal, COPROD_PROPOSAL_OUTCOME_ADOPTED);
  coprod_proposal_set_proposer_ids (proposal, proposers);

  coprod_test_notify_counter_start (&counter, proposal, "date");
  assert_int_equal (coprod_test_count_criticals (set_bad_date, proposal), 1);
  assert_string_equal (coprod_proposal_get_date (proposal), "2024-04-30");
  assert_int_equal (counter.count, 0);
  coprod_test_notify_counter_stop (&counter);

  assert_int_equal (coprod_test_count_criticals (set_bad_fed_back_date, proposal), 1);
  assert_string_equal (coprod_proposal_get_fed_back_date (proposal), "2024-05-14");
  assert_int_equal (coprod_test_count_criticals (set_bad_outcome, proposal), 1);
  assert_int_equal (coprod_proposal_get_outcome (proposal), COPROD_PROPOSAL_OUTCOME_ADOPTED);
  assert_int_equal (coprod_test_count_criticals (set_bad_proposer, proposal), 1);
  assert_true (g_strv_equal ((const char * const *) coprod_proposal_get_proposer_ids (proposal),
                             proposers));
}

static void
test_proposal_registry (void **state)
{
  g_autoptr(CoprodRegistry) registry = coprod_registry_new ();
  g_autoptr(CoprodProposal) proposal = coprod_proposal_new ("prop-1", NULL);
  GListModel *proposals = coprod_registry_get_proposals (registry);

  coprod_test_assert_added_to_collection (registry, proposal, "prop-1", COPROD_TYPE_PROPOSAL, proposals);
  assert_true (coprod_registry_get_collection (registry, COPROD_TYPE_PROPOSAL) == proposals);
}

static void
test_proposal_roundtrip (void **state)
{
  static const char * const proposers[] = { "p-1", "p-2", NULL };
  g_autoptr(CoprodRegistry) registry = coprod_registry_new ();
  g_autoptr(CoprodRegistry) loaded = coprod_registry_new ();
  g_autoptr(CoprodProposal) adopted =
    coprod_proposal_new ("prop-1", "Hold the sessions after school hours");
  g_autoptr(CoprodProposal) pending = coprod_proposal_new ("prop-2", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  CoprodProposal *got;

  coprod_proposal_set_proposer_ids (adopted, proposers);
  coprod_proposal_set_meeting_id (adopted, "m-1");
  coprod_proposal_set_project_id (adopted, "prj-1");
  coprod_proposal_set_date (adopted, "2024-04-30");
  coprod_proposal_set_outcome (adopted, COPROD_PROPOSAL_OUTCOME_ADOPTED_WITH_CHANGES);
  coprod_proposal_set_reason (adopted, "Two sessions a month move to 4pm");
  coprod_proposal_set_fed_back_date (adopted, "2024-05-14");
  assert_true (coprod_registry_add (registry, COPROD_RECORD (adopted), NULL));
  assert_true (coprod_registry_add (registry, COPROD_RECORD (pending), NULL));

  coprod_test_assert_roundtrip (registry);

  data = coprod_registry_to_data (registry, NULL);
  assert_non_null (strstr (data, "\"proposals\" : ["));
  assert_non_null (strstr (data, "\"outcome\" : \"adopted-with-changes\""));
  assert_non_null (strstr (data, "\"fed_back_date\" : \"2024-05-14\""));
  assert_true (coprod_registry_load_from_data (loaded, data, -1, &error));
  assert_null (error);

  got = COPROD_PROPOSAL (coprod_registry_lookup (loaded, "prop-1"));
  assert_non_null (got);
  assert_true (g_strv_equal (coprod_proposal_get_proposer_ids (got), proposers));
  assert_string_equal (coprod_proposal_get_meeting_id (got), "m-1");
  assert_string_equal (coprod_proposal_get_project_id (got), "prj-1");
  assert_string_equal (coprod_proposal_get_date (got), "2024-04-30");
  assert_string_equal (coprod_proposal_get_text (got), "Hold the sessions after school hours");
  assert_int_equal (coprod_proposal_get_outcome (got), COPROD_PROPOSAL_OUTCOME_ADOPTED_WITH_CHANGES);
  assert_string_equal (coprod_proposal_get_reason (got), "Two sessions a month move to 4pm");
  assert_string_equal (coprod_proposal_get_fed_back_date (got), "2024-05-14");

  got = COPROD_PROPOSAL (coprod_registry_lookup (loaded, "prop-2"));
  assert_non_null (got);
  assert_null (coprod_proposal_get_proposer_ids (got)[0]);
  assert_int_equal (coprod_proposal_get_outcome (got), COPROD_PROPOSAL_OUTCOME_PENDING);
  assert_null (coprod_proposal_get_text (got));
  assert_null (coprod_proposal_get_fed_back_date (got));
  assert_int_equal (g_list_model_get_n_items (coprod_registry_get_proposals (loaded)), 2);
}

static void
test_proposal_load (void **state)
{
  static const char doc[] =
    "{\"format\": \"coprod\", \"version\": 1, \"proposals\": ["
    " {\"id\": \"prop-1\", \"proposer_ids\": [\"p-1\"], \"outcome\": \"not-adopted\","
    "  \"date\": \"2023-06\", \"fed_back_date\": null}]}";
  g_autoptr(CoprodRegistry) registry = coprod_registry_new ();
  g_autoptr(GError) error = NULL;
  CoprodProposal *got;

  assert_true (coprod_registry_load_from_data (registry, doc, -1, &error));
  assert_null (error);
  got = COPROD_PROPOSAL (coprod_registry_lookup (registry, "prop-1"));
  assert_non_null (got);
  assert_string_equal (coprod_proposal_get_proposer_ids (got)[0], "p-1");
  assert_int_equal (coprod_proposal_get_outcome (got), COPROD_PROPOSAL_OUTCOME_NOT_ADOPTED);
  assert_string_equal (coprod_proposal_get_date (got), "2023-06");
  assert_null (coprod_proposal_get_fed_back_date (got));
}

static void
test_proposal_bad_input (void **state)
{
  /* wrong JSON types */
  coprod_test_expect_record_error ("proposals", "{'id': 'prop-1', 'proposer_ids': 'p-1'}",
                                   COPROD_ERROR_TYPE, "proposer_ids");
  coprod_test_expect_record_error ("proposals", "{'id': 'prop-1', 'proposer_ids': [7]}",
                                   COPROD_ERROR_TYPE, "proposer_ids");
  coprod_test_expect_record_error ("proposals", "{'id': 'prop-1', 'meeting_id': 7}",
                                   COPROD_ERROR_TYPE, "meeting_id");
  coprod_test_expect_record_error ("proposals", "{'id': 'prop-1', 'text': ['a']}",
                                   COPROD_ERROR_TYPE, "text");
  coprod_test_expect_record_error ("proposals", "{'id': 'prop-1', 'reason': {}}",
                                   COPROD_ERROR_TYPE, "reason");
  coprod_test_expect_record_error ("proposals", "{'id': 'prop-1', 'outcome': 1}",
                                   COPROD_ERROR_TYPE, "outcome");

  /* unknown nicks */
  coprod_test_expect_record_error ("proposals", "{'id': 'prop-1', 'outcome': 'rejected'}",
                                   COPROD_ERROR_VALUE, "outcome");
  coprod_test_expect_record_error ("proposals", "{'id': 'prop-1', 'outcome': 'adopted_with_changes'}",
                                   COPROD_ERROR_VALUE, "outcome");

  /* bad dates */
  coprod_test_expect_record_error ("proposals", "{'id': 'prop-1', 'date': '2024-13'}",
                                   COPROD_ERROR_DATE, "date");
  coprod_test_expect_record_error ("proposals", "{'id': 'prop-1', 'fed_back_date': '14/05/2024'}",
                                   COPROD_ERROR_DATE, "fed_back_date");

  /* bad ids of other records */
  coprod_test_expect_record_error ("proposals", "{'id': 'prop-1', 'project_id': ''}",
                                   COPROD_ERROR_ID, "project_id");
  coprod_test_expect_record_error ("proposals", "{'id': 'prop-1', 'proposer_ids': ['p-1 ']}",
                                   COPROD_ERROR_ID, "proposer_ids");
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_proposal_new),
    cmocka_unit_test (test_proposal_properties),
    cmocka_unit_test (test_proposal_setters_notify),
    cmocka_unit_test (test_proposal_preconditions),
    cmocka_unit_test (test_proposal_registry),
    cmocka_unit_test (test_proposal_roundtrip),
    cmocka_unit_test (test_proposal_load),
    cmocka_unit_test (test_proposal_bad_input),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
