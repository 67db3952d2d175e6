/* test-seats.c: posts, and a group's seats as of a date
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "coprod-index-private.h"
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

static void
test_post_properties (void **state)
{
  g_autoptr(CoprodPost) post = coprod_post_new ("post-1", "prt", "seat 1");
  CoprodNotifyCounter counter = { 0 };
  g_autoptr(CoprodRegistry) registry = coprod_registry_new ();
  g_autoptr(GError) error = NULL;

  (void) state;

  assert_string_equal (coprod_post_get_group_id (post), "prt");
  assert_string_equal (coprod_post_get_label (post), "seat 1");
  assert_false (coprod_post_get_paid (post));
  assert_int_equal (coprod_post_get_selection (post), COPROD_SELECTION_UNSPECIFIED);

  coprod_test_property_flags (post);
  coprod_test_assert_field_kind (post, "group-id", COPROD_FIELD_REF);
  coprod_test_assert_field_kind (post, "start-date", COPROD_FIELD_DATE);
  coprod_test_roundtrip_string (post, "label", "board seat 2");
  coprod_test_roundtrip_string (post, "role", "board member");
  coprod_test_roundtrip_boolean (post, "paid", TRUE);
  coprod_test_roundtrip_enum (post, "selection", COPROD_SELECTION_LOTTERY);
  coprod_test_roundtrip_string (post, "start-date", "2023-07");
  coprod_test_roundtrip_string (post, "end-date", "2026");

  coprod_test_notify_counter_start (&counter, post, "selection");
  coprod_post_set_selection (post, COPROD_SELECTION_ELECTION);
  coprod_post_set_selection (post, COPROD_SELECTION_ELECTION);
  coprod_test_notify_counter_stop (&counter);
  assert_int_equal (counter.count, 1);

  coprod_test_assert_added_to_collection (registry, post, "post-1", COPROD_TYPE_POST,
                                          coprod_registry_get_posts (registry));
  coprod_test_assert_roundtrip (registry);
}

static void
test_membership_post_and_charter_claim (void **state)
{
  g_autoptr(CoprodMembership) membership = coprod_membership_new ("p-1", "board member");
  g_autoptr(CoprodCharter) charter = coprod_charter_new ("chr", NULL);
  const char * const sources[] = { "https://example.org/a", "https://example.org/b", NULL };
  const char * const other_sources[] = { "https://example.org/c", NULL };

  (void) state;

  assert_null (coprod_membership_get_post_id (membership));
  coprod_membership_set_post_id (membership, "post-1");
  assert_string_equal (coprod_membership_get_post_id (membership), "post-1");
  coprod_test_roundtrip_string (membership, "post-id", "post-2");
  coprod_test_assert_field_kind (membership, "post-id", COPROD_FIELD_REF);

  assert_null (coprod_charter_get_claimed_first_adopter_id (charter));
  assert_null (coprod_charter_get_claim_sources (charter)[0]);
  coprod_charter_set_claimed_first_adopter_id (charter, "org");
  coprod_charter_set_claim_sources (charter, sources);
  assert_string_equal (coprod_charter_get_claim_sources (charter)[1], "https://example.org/b");
  coprod_test_roundtrip_strv (charter, "claim-sources", other_sources);
  coprod_test_assert_field_kind (charter, "claimed-first-adopter-id", COPROD_FIELD_REF);
}

/* A board of ten paid seats, three filled */
static const char board_doc[] =
  "{'format': 'coprod', 'version': 1,"
  " 'people': [{'id': 'p-1'}, {'id': 'p-2'}, {'id': 'p-3'}, {'id': 'p-4'}],"
  " 'partnerships': ["
  "  {'id': 'board', 'memberships': ["
  "   {'member_id': 'p-1', 'post_id': 'seat-01', 'start_date': '2023-07-01'},"
  "   {'member_id': 'p-2', 'post_id': 'seat-02', 'start_date': '2023-07'},"
  "   {'member_id': 'p-3', 'post_id': 'seat-03', 'start_date': '2023-07-01', 'end_date': '2024-06-30'}]},"
  "  {'id': 'other', 'memberships': [{'member_id': 'p-4', 'post_id': 'seat-04'}]}],"
  " 'posts': ["
  "  {'id': 'seat-01', 'group_id': 'board', 'paid': true, 'selection': 'open-call'},"
  "  {'id': 'seat-02', 'group_id': 'board', 'paid': true},"
  "  {'id': 'seat-03', 'group_id': 'board', 'paid': true},"
  "  {'id': 'seat-04', 'group_id': 'board', 'paid': true},"
  "  {'id': 'seat-05', 'group_id': 'board', 'paid': true},"
  "  {'id': 'seat-06', 'group_id': 'board', 'paid': true},"
  "  {'id': 'seat-07', 'group_id': 'board', 'paid': true},"
  "  {'id': 'seat-08', 'group_id': 'board', 'paid': true},"
  "  {'id': 'seat-09', 'group_id': 'board', 'paid': true, 'start_date': '2023-01-01'},"
  "  {'id': 'seat-10', 'group_id': 'board', 'paid': true, 'end_date': '2030'},"
  "  {'id': 'seat-11', 'group_id': 'board', 'paid': true, 'start_date': '2024-07-01'}],"
  " 'payments': ["
  "  {'id': 'pay-1', 'person_id': 'p-1', 'kind': 'fee', 'amount': 5000, 'outcome': 'accepted',"
  "   'claimed_date': '2024-01-10', 'paid_date': '2024-01-20'},"
  "  {'id': 'pay-2', 'person_id': 'p-2', 'kind': 'fee', 'amount': 5000, 'outcome': 'declined',"
  "   'offered_date': '2024-01-05'},"
  "  {'id': 'pay-3', 'person_id': 'p-2', 'kind': 'travel', 'amount': 640, 'outcome': 'accepted',"
  "   'paid_date': '2024-01-20'},"
  "  {'id': 'pay-4', 'person_id': 'p-3', 'kind': 'fee', 'amount': 5000, 'outcome': 'accepted',"
  "   'claimed_date': '2024-06-01'},"
  "  {'id': 'pay-5', 'person_id': 'p-3', 'kind': 'fee', 'amount': 5000, 'outcome': 'accepted',"
  "   'paid_date': '2023-06-30'}]}";

static CoprodGroupSeats *
seats_of (CoprodRegistry *registry,
          const char     *as_of)
{
  g_autoptr(GError) error = NULL;
  CoprodGroupSeats *seats = coprod_registry_get_seats (registry, "board", as_of, &error);

  assert_null (error);
  assert_non_null (seats);
  return seats;
}

static CoprodSeat *
seat_at (CoprodGroupSeats *seats,
         guint             i)
{
  return g_list_model_get_item (coprod_group_seats_get_seats (seats), i);
}

static void
test_board_of_ten_three_filled (void **state)
{
  g_autoptr(CoprodRegistry) registry = load (board_doc);
  g_autoptr(CoprodGroupSeats) seats = seats_of (registry, "2024-06-30");
  g_autoptr(CoprodSeat) first = seat_at (seats, 0);
  g_autoptr(CoprodSeat) fourth = seat_at (seats, 3);
  guint n_vacant = 0;

  (void) state;

  /* seat-11 does not exist yet; p-4's membership is of another group */
  assert_int_equal (coprod_group_seats_get_n_seats (seats), 10);
  assert_int_equal (coprod_group_seats_get_n_filled (seats), 3);
  assert_int_equal (coprod_group_seats_get_n_vacant (seats), 7);
  assert_int_equal (coprod_group_seats_get_n_paid (seats), 10);
  g_object_get (seats, "n-vacant", &n_vacant, NULL);
  assert_int_equal (n_vacant, 7);
  assert_string_equal (coprod_group_seats_get_group_id (seats), "board");

  assert_true (coprod_seat_get_filled (first));
  assert_string_equal (coprod_seat_get_post_id (first), "seat-01");
  assert_string_equal (coprod_seat_get_holder_id (first), "p-1");
  assert_string_equal (coprod_seat_get_since (first), "2023-07-01");
  assert_int_equal (coprod_seat_get_n_holders (first), 1);
  assert_false (coprod_seat_get_filled (fourth));
  assert_null (coprod_seat_get_holder_id (fourth));
  assert_int_equal (coprod_seat_get_payment (fourth), COPROD_SEAT_PAYMENT_NOT_APPLICABLE);

  coprod_test_assert_finalized (g_steal_pointer (&seats));
}

static void
test_tenure_boundary (void **state)
{
  g_autoptr(CoprodRegistry) registry = load (board_doc);
  g_autoptr(CoprodGroupSeats) last_day = seats_of (registry, "2024-06-30");
  g_autoptr(CoprodGroupSeats) day_after = seats_of (registry, "2024-07-01");
  g_autoptr(CoprodSeat) held = seat_at (last_day, 2);
  g_autoptr(CoprodSeat) left = seat_at (day_after, 2);

  (void) state;

  assert_true (coprod_seat_get_filled (held));
  assert_false (coprod_seat_get_filled (left));
  /* and seat-11 exists from its first day */
  assert_int_equal (coprod_group_seats_get_n_seats (day_after), 11);
  assert_int_equal (coprod_group_seats_get_n_vacant (day_after), 9);
}

static void
test_paid_seat_holders (void **state)
{
  g_autoptr(CoprodRegistry) registry = load (board_doc);
  g_autoptr(CoprodGroupSeats) before = seats_of (registry, "2024-01-19");
  g_autoptr(CoprodGroupSeats) after = seats_of (registry, "2024-06-30");
  g_autoptr(CoprodSeat) p1_before = seat_at (before, 0);
  g_autoptr(CoprodSeat) p1 = seat_at (after, 0);
  g_autoptr(CoprodSeat) p2 = seat_at (after, 1);
  g_autoptr(CoprodSeat) p3 = seat_at (after, 2);

  (void) state;

  /* paid on 2024-01-20: not yet paid the day before */
  assert_int_equal (coprod_seat_get_payment (p1_before), COPROD_SEAT_PAYMENT_UNPAID);
  assert_int_equal (coprod_seat_get_payment (p1), COPROD_SEAT_PAYMENT_PAID);
  /* declined the fee; travel reimbursed is not pay for the seat */
  assert_int_equal (coprod_seat_get_payment (p2), COPROD_SEAT_PAYMENT_DECLINED);
  /* claimed and not paid; paid once before taking the seat */
  assert_int_equal (coprod_seat_get_payment (p3), COPROD_SEAT_PAYMENT_UNPAID);

  assert_int_equal (coprod_group_seats_count_payment (after, COPROD_SEAT_PAYMENT_PAID), 1);
  assert_int_equal (coprod_group_seats_count_payment (after, COPROD_SEAT_PAYMENT_DECLINED), 1);
  assert_int_equal (coprod_group_seats_count_payment (after, COPROD_SEAT_PAYMENT_UNPAID), 1);
  assert_int_equal (coprod_group_seats_count_payment (after, COPROD_SEAT_PAYMENT_NOT_APPLICABLE), 7);
}

static void
test_seat_held_twice (void **state)
{
  g_autoptr(CoprodRegistry) registry =
    load ("{'format': 'coprod', 'version': 1, 'people': [{'id': 'p-1'}, {'id': 'p-2'}],"
          " 'partnerships': [{'id': 'board', 'memberships': ["
          "  {'member_id': 'p-1', 'post_id': 'seat', 'end_date': '2024-04-01'},"
          "  {'member_id': 'p-2', 'post_id': 'seat', 'start_date': '2024-04-01'}]}],"
          " 'posts': [{'id': 'seat', 'group_id': 'board'}]}");
  g_autoptr(CoprodGroupSeats) handover = seats_of (registry, "2024-04-01");
  g_autoptr(CoprodGroupSeats) later = seats_of (registry, "2024-04-02");
  g_autoptr(CoprodSeat) both = seat_at (handover, 0);
  g_autoptr(CoprodSeat) one = seat_at (later, 0);
  g_autoptr(GListModel) findings = NULL;
  g_autoptr(CoprodFinding) finding = NULL;

  (void) state;

  assert_int_equal (coprod_seat_get_n_holders (both), 2);
  assert_string_equal (coprod_seat_get_holder_id (both), "p-1");
  assert_int_equal (coprod_group_seats_get_n_filled (handover), 1);
  assert_int_equal (coprod_seat_get_n_holders (one), 1);
  assert_string_equal (coprod_seat_get_holder_id (one), "p-2");
  assert_int_equal (coprod_seat_get_payment (one), COPROD_SEAT_PAYMENT_NOT_APPLICABLE);

  findings = coprod_registry_validate_as_of (registry, "2024-04-02", NULL);
  assert_int_equal (g_list_model_get_n_items (findings), 1);
  finding = g_list_model_get_item (findings, 0);
  assert_string_equal (coprod_finding_get_code (finding), "seat-held-twice");
  assert_string_equal (coprod_finding_get_record_id (finding), "seat");
}

static void
test_seats_all_and_errors (void **state)
{
  g_autoptr(CoprodRegistry) registry = load (board_doc);
  g_autoptr(GListModel) all = NULL;
  g_autoptr(CoprodGroupSeats) only = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *posts;

  (void) state;

  all = coprod_registry_get_seats_all (registry, "2024-06-30", &error);
  assert_null (error);
  /* "other" has no posts of its own */
  assert_int_equal (g_list_model_get_n_items (all), 1);
  only = g_list_model_get_item (all, 0);
  assert_string_equal (coprod_group_seats_get_group_id (only), "board");

  /* the relations the engine reads */
  posts = _coprod_index_get (_coprod_registry_get_index (registry),
                             COPROD_RELATION_POSTS_OF_GROUP, "board");
  assert_int_equal (posts->len, 11);
  assert_int_equal (_coprod_index_get (_coprod_registry_get_index (registry),
                                       COPROD_RELATION_MEMBERSHIPS_OF_POST, "seat-04")->len, 1);

  assert_null (coprod_registry_get_seats (registry, "p-1", NULL, &error));
  assert_true (g_error_matches (error, COPROD_ERROR, COPROD_ERROR_NOT_FOUND));
  g_clear_error (&error);
  assert_null (coprod_registry_get_seats (registry, "board", "2024-13", &error));
  assert_true (g_error_matches (error, COPROD_ERROR, COPROD_ERROR_DATE));
  g_clear_error (&error);
  assert_null (coprod_registry_get_seats_all (registry, "", &error));
  assert_true (g_error_matches (error, COPROD_ERROR, COPROD_ERROR_DATE));
}

static void
test_example_board (void **state)
{
  g_autoptr(CoprodRegistry) registry = coprod_registry_new ();
  g_autofree char *path = g_build_filename (g_getenv ("COPROD_EXAMPLES_DATA"),
                                            "coprod-example.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(CoprodGroupSeats) board = NULL;

  (void) state;

  assert_true (coprod_registry_load_from_file (registry, file, NULL, &error));
  board = coprod_registry_get_seats (registry, "prt-building-together-board", "2025-01-01", &error);
  assert_null (error);
  assert_int_equal (coprod_group_seats_get_n_seats (board), 10);
  assert_int_equal (coprod_group_seats_get_n_filled (board), 3);
  assert_int_equal (coprod_group_seats_get_n_vacant (board), 7);
  assert_int_equal (coprod_group_seats_get_n_paid (board), 10);
}

/* A seat filled by a membership that names no one: filled, with no
 * holder, and the text says so instead of failing */
static void
test_seat_filled_by_no_one (void **state)
{
  g_autoptr(CoprodRegistry) registry = load (
    "{'format': 'coprod', 'version': 1,"
    " 'partnerships': [{'id': 'board', 'memberships': [{'post_id': 'seat-1'}]}],"
    " 'posts': [{'id': 'seat-1', 'group_id': 'board'}]}");
  g_autoptr(CoprodGroupSeats) seats = seats_of (registry, "2024-06-30");
  g_autoptr(CoprodSeat) seat = seat_at (seats, 0);
  g_autoptr(CoprodTextWriter) writer = coprod_text_writer_new ();
  g_autoptr(GListModel) all = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  (void) state;

  assert_true (coprod_seat_get_filled (seat));
  assert_null (coprod_seat_get_holder_id (seat));
  all = coprod_registry_get_seats_all (registry, "2024-06-30", &error);
  assert_non_null (all);
  text = coprod_text_writer_write_seats (writer, all);
  assert_non_null (strstr (text, "filled by a membership that names no one"));
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_post_properties),
    cmocka_unit_test (test_seat_filled_by_no_one),
    cmocka_unit_test (test_membership_post_and_charter_claim),
    cmocka_unit_test (test_board_of_ten_three_filled),
    cmocka_unit_test (test_tenure_boundary),
    cmocka_unit_test (test_paid_seat_holders),
    cmocka_unit_test (test_seat_held_twice),
    cmocka_unit_test (test_seats_all_and_errors),
    cmocka_unit_test (test_example_board),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
