/* test-coverage-setters.c: the setters of values a record is created with
 *
 * Each of these values is given to the constructor, so the other suites
 * set it once and never change it. Here each setter changes it: the getter
 * gives the new value back, ::notify is emitted once and not again for the
 * same value, and calling it without an object is a critical that changes
 * nothing.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "coprod-test-util.h"

/* Defines test_NAME for the setter SET and getter GET of PROPERTY on an
 * object made by MAKE, with VALUE as the new value, compared with ASSERT. */
#define SETTER_TEST(NAME, MAKE, SET, GET, PROPERTY, VALUE, ASSERT)            \
  static void                                                                 \
  NAME##_without_object (gpointer data)                                       \
  {                                                                           \
    SET (NULL, VALUE);                                                        \
  }                                                                           \
                                                                              \
  static void                                                                 \
  test_##NAME (void **state)                                                  \
  {                                                                           \
    gpointer object = MAKE;                                                   \
    CoprodNotifyCounter counter;                                              \
                                                                              \
    coprod_test_notify_counter_start (&counter, object, PROPERTY);            \
    SET (object, VALUE);                                                      \
    ASSERT (GET (object), VALUE);                                             \
    assert_int_equal (counter.count, 1);                                      \
    SET (object, VALUE);                                                      \
    assert_int_equal (counter.count, 1);                                      \
    coprod_test_notify_counter_stop (&counter);                               \
                                                                              \
    assert_int_equal (coprod_test_count_criticals (NAME##_without_object,     \
                                                   NULL), 1);                 \
    ASSERT (GET (object), VALUE);                                             \
    coprod_test_assert_finalized (object);                                    \
  }

SETTER_TEST (charter_title,
             coprod_charter_new ("ch-1", "Our charter"),
             coprod_charter_set_title, coprod_charter_get_title,
             "title", "Working as equals", assert_string_equal)

SETTER_TEST (commitment_text,
             coprod_commitment_new ("Pay people for their time"),
             coprod_commitment_set_text, coprod_commitment_get_text,
             "text", "Pay people on the day", assert_string_equal)

SETTER_TEST (feedback_event_date,
             coprod_feedback_event_new ("2024-03-01", "What changed"),
             coprod_feedback_event_set_date, coprod_feedback_event_get_date,
             "date", "2024-04-12", assert_string_equal)

SETTER_TEST (feedback_event_summary,
             coprod_feedback_event_new ("2024-03-01", "What changed"),
             coprod_feedback_event_set_summary, coprod_feedback_event_get_summary,
             "summary", "What we did with what you told us", assert_string_equal)

SETTER_TEST (involvement_person_id,
             coprod_involvement_new ("p-ash", COPROD_STAGE_PLANNING, COPROD_MODE_CONSULTED),
             coprod_involvement_set_person_id, coprod_involvement_get_person_id,
             "person-id", "p-bo", assert_string_equal)

SETTER_TEST (involvement_mode,
             coprod_involvement_new ("p-ash", COPROD_STAGE_PLANNING, COPROD_MODE_CONSULTED),
             coprod_involvement_set_mode, coprod_involvement_get_mode,
             "mode", COPROD_MODE_PARTNER, assert_int_equal)

SETTER_TEST (meeting_title,
             coprod_meeting_new ("m-1", "Planning day"),
             coprod_meeting_set_title, coprod_meeting_get_title,
             "title", "Planning day, again", assert_string_equal)

SETTER_TEST (membership_member_id,
             coprod_membership_new ("p-ash", "chair"),
             coprod_membership_set_member_id, coprod_membership_get_member_id,
             "member-id", "p-bo", assert_string_equal)

SETTER_TEST (output_kind,
             coprod_output_new ("out-1", COPROD_OUTPUT_KIND_REPORT, "What we found"),
             coprod_output_set_kind, coprod_output_get_kind,
             "kind", COPROD_OUTPUT_KIND_VIDEO, assert_int_equal)

SETTER_TEST (output_title,
             coprod_output_new ("out-1", COPROD_OUTPUT_KIND_REPORT, "What we found"),
             coprod_output_set_title, coprod_output_get_title,
             "title", "What we found together", assert_string_equal)

SETTER_TEST (partnership_name,
             coprod_partnership_new ("pa-1", "Carers' forum"),
             coprod_partnership_set_name, coprod_partnership_get_name,
             "name", "Carers' and families' forum", assert_string_equal)

SETTER_TEST (payment_person_id,
             coprod_payment_new ("pay-1", "p-ash", COPROD_PAYMENT_KIND_FEE, 2500),
             coprod_payment_set_person_id, coprod_payment_get_person_id,
             "person-id", "p-bo", assert_string_equal)

SETTER_TEST (payment_kind,
             coprod_payment_new ("pay-1", "p-ash", COPROD_PAYMENT_KIND_FEE, 2500),
             coprod_payment_set_kind, coprod_payment_get_kind,
             "kind", COPROD_PAYMENT_KIND_SUBSISTENCE, assert_int_equal)

SETTER_TEST (pledge_signatory_id,
             coprod_pledge_new ("pl-1", "org-1"),
             coprod_pledge_set_signatory_id, coprod_pledge_get_signatory_id,
             "signatory-id", "org-2", assert_string_equal)

SETTER_TEST (policy_title,
             coprod_policy_new ("pol-1", "Paying for involvement"),
             coprod_policy_set_title, coprod_policy_get_title,
             "title", "Paying for involvement, 2025", assert_string_equal)

SETTER_TEST (project_title,
             coprod_project_new ("prj-1", "Short breaks"),
             coprod_project_set_title, coprod_project_get_title,
             "title", "Short breaks for carers", assert_string_equal)

SETTER_TEST (rate_card_name,
             coprod_rate_card_new ("rc-1", "Involvement rates"),
             coprod_rate_card_set_name, coprod_rate_card_get_name,
             "name", "Involvement rates 2025", assert_string_equal)

SETTER_TEST (rate_entry_activity,
             coprod_rate_entry_new ("Meeting", COPROD_RATE_UNIT_HOUR, 2000),
             coprod_rate_entry_set_activity, coprod_rate_entry_get_activity,
             "activity", "Reading papers", assert_string_equal)

SETTER_TEST (rate_entry_unit,
             coprod_rate_entry_new ("Meeting", COPROD_RATE_UNIT_HOUR, 2000),
             coprod_rate_entry_set_unit, coprod_rate_entry_get_unit,
             "unit", COPROD_RATE_UNIT_HALF_DAY, assert_int_equal)

SETTER_TEST (rating_practice_id,
             coprod_rating_new ("equal-partners", 3),
             coprod_rating_set_practice_id, coprod_rating_get_practice_id,
             "practice-id", "shared-power", assert_string_equal)

SETTER_TEST (review_framework_id,
             coprod_review_new ("rev-1", "fw-1", "prj-1"),
             coprod_review_set_framework_id, coprod_review_get_framework_id,
             "framework-id", "fw-2", assert_string_equal)

SETTER_TEST (review_subject_id,
             coprod_review_new ("rev-1", "fw-1", "prj-1"),
             coprod_review_set_subject_id, coprod_review_get_subject_id,
             "subject-id", "prj-2", assert_string_equal)

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_charter_title),
    cmocka_unit_test (test_commitment_text),
    cmocka_unit_test (test_feedback_event_date),
    cmocka_unit_test (test_feedback_event_summary),
    cmocka_unit_test (test_involvement_person_id),
    cmocka_unit_test (test_involvement_mode),
    cmocka_unit_test (test_meeting_title),
    cmocka_unit_test (test_membership_member_id),
    cmocka_unit_test (test_output_kind),
    cmocka_unit_test (test_output_title),
    cmocka_unit_test (test_partnership_name),
    cmocka_unit_test (test_payment_person_id),
    cmocka_unit_test (test_payment_kind),
    cmocka_unit_test (test_pledge_signatory_id),
    cmocka_unit_test (test_policy_title),
    cmocka_unit_test (test_project_title),
    cmocka_unit_test (test_rate_card_name),
    cmocka_unit_test (test_rate_entry_activity),
    cmocka_unit_test (test_rate_entry_unit),
    cmocka_unit_test (test_rating_practice_id),
    cmocka_unit_test (test_review_framework_id),
    cmocka_unit_test (test_review_subject_id),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
