/* test-payment.c: money offered or paid to participants
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "coprod-record-private.h"
#include "coprod-test-util.h"

#define MAX_EXACT_INT G_GINT64_CONSTANT (9007199254740991)

static void
test_payment_new (void **state)
{
  g_autoptr(CoprodPayment) payment =
    coprod_payment_new ("pay-1", "p-1", COPROD_PAYMENT_KIND_TRAVEL, 1240);
  GParamSpec *pspec;

  assert_string_equal (coprod_record_get_id (COPROD_RECORD (payment)), "pay-1");
  assert_string_equal (coprod_payment_get_person_id (payment), "p-1");
  assert_null (coprod_payment_get_meeting_id (payment));
  assert_null (coprod_payment_get_project_id (payment));
  assert_int_equal (coprod_payment_get_kind (payment), COPROD_PAYMENT_KIND_TRAVEL);
  assert_true (coprod_payment_get_amount (payment) == 1240);
  assert_string_equal (coprod_payment_get_currency (payment), "GBP");
  assert_int_equal (coprod_payment_get_outcome (payment), COPROD_OFFER_OUTCOME_PENDING);
  assert_null (coprod_payment_get_offered_date (payment));
  assert_null (coprod_payment_get_claimed_date (payment));
  assert_null (coprod_payment_get_paid_date (payment));
  assert_null (coprod_payment_get_note (payment));

  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (payment), "amount");
  assert_true (G_PARAM_SPEC_INT64 (pspec)->minimum == 0);
  assert_true (G_PARAM_SPEC_INT64 (pspec)->maximum == MAX_EXACT_INT);
  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (payment), "currency");
  assert_string_equal (G_PARAM_SPEC_STRING (pspec)->default_value, "GBP");

  coprod_test_assert_finalized (g_steal_pointer (&payment));
}

static void
test_payment_properties (void **state)
{
  CoprodPayment *payment = g_object_new (COPROD_TYPE_PAYMENT, "id", "pay-1", NULL);

  assert_string_equal (coprod_payment_get_currency (payment), "GBP");
  assert_int_equal (coprod_payment_get_kind (payment), COPROD_PAYMENT_KIND_FEE);

  coprod_test_property_flags (payment);
  coprod_test_assert_field_kind (payment, "person-id", COPROD_FIELD_REF);
  coprod_test_assert_field_kind (payment, "meeting-id", COPROD_FIELD_REF);
  coprod_test_assert_field_kind (payment, "project-id", COPROD_FIELD_REF);
  coprod_test_assert_field_kind (payment, "currency", COPROD_FIELD_CURRENCY);
  coprod_test_assert_field_kind (payment, "offered-date", COPROD_FIELD_DATE);
  coprod_test_assert_field_kind (payment, "claimed-date", COPROD_FIELD_DATE);
  coprod_test_assert_field_kind (payment, "paid-date", COPROD_FIELD_DATE);
  coprod_test_assert_field_kind (payment, "note", COPROD_FIELD_TEXT);

  coprod_test_roundtrip_string (payment, "person-id", "p-2");
  assert_string_equal (coprod_payment_get_person_id (payment), "p-2");

  coprod_test_roundtrip_string (payment, "meeting-id", "m-1");
  assert_string_equal (coprod_payment_get_meeting_id (payment), "m-1");
  coprod_test_roundtrip_string (payment, "meeting-id", NULL);
  assert_null (coprod_payment_get_meeting_id (payment));

  coprod_test_roundtrip_string (payment, "project-id", "proj-1");
  assert_string_equal (coprod_payment_get_project_id (payment), "proj-1");

  coprod_test_roundtrip_enum (payment, "kind", COPROD_PAYMENT_KIND_CARE_COSTS);
  assert_int_equal (coprod_payment_get_kind (payment), COPROD_PAYMENT_KIND_CARE_COSTS);
  coprod_test_roundtrip_enum (payment, "kind", COPROD_PAYMENT_KIND_VOUCHER);
  assert_int_equal (coprod_payment_get_kind (payment), COPROD_PAYMENT_KIND_VOUCHER);

  coprod_test_roundtrip_int64 (payment, "amount", 2500);
  assert_true (coprod_payment_get_amount (payment) == 2500);
  coprod_test_roundtrip_int64 (payment, "amount", MAX_EXACT_INT);
  assert_true (coprod_payment_get_amount (payment) == MAX_EXACT_INT);
  coprod_test_roundtrip_int64 (payment, "amount", 0);
  assert_true (coprod_payment_get_amount (payment) == 0);

  coprod_test_roundtrip_string (payment, "currency", "EUR");
  assert_string_equal (coprod_payment_get_currency (payment), "EUR");
  {
    CoprodNotifyCounter counter;

    coprod_test_notify_counter_start (&counter, payment, "currency");
    coprod_payment_set_currency (payment, NULL);
    assert_string_equal (coprod_payment_get_currency (payment), "GBP");
    g_object_set (payment, "currency", NULL, NULL);
    assert_string_equal (coprod_payment_get_currency (payment), "GBP");
    assert_int_equal (counter.count, 1);
    coprod_test_notify_counter_stop (&counter);
  }

  coprod_test_roundtrip_enum (payment, "outcome", COPROD_OFFER_OUTCOME_DECLINED);
  assert_int_equal (coprod_payment_get_outcome (payment), COPROD_OFFER_OUTCOME_DECLINED);
  coprod_test_roundtrip_enum (payment, "outcome", COPROD_OFFER_OUTCOME_DONATED);
  assert_int_equal (coprod_payment_get_outcome (payment), COPROD_OFFER_OUTCOME_DONATED);

  coprod_test_roundtrip_string (payment, "offered-date", "2024-04-30");
  assert_string_equal (coprod_payment_get_offered_date (payment), "2024-04-30");
  coprod_test_roundtrip_string (payment, "claimed-date", "2024-05");
  assert_string_equal (coprod_payment_get_claimed_date (payment), "2024-05");
  coprod_test_roundtrip_string (payment, "paid-date", "2024-05-20");
  assert_string_equal (coprod_payment_get_paid_date (payment), "2024-05-20");
  coprod_test_roundtrip_string (payment, "paid-date", NULL);
  assert_null (coprod_payment_get_paid_date (payment));

  coprod_test_roundtrip_string (payment, "note", "Paid into the account of a carers' charity");
  assert_string_equal (coprod_payment_get_note (payment), "Paid into the account of a carers' charity");

  coprod_test_assert_finalized (payment);
}

static void
test_payment_registry (void **state)
{
  g_autoptr(CoprodRegistry) registry = coprod_registry_new ();
  g_autoptr(CoprodPayment) payment = coprod_payment_new ("pay-1", "p-1", COPROD_PAYMENT_KIND_FEE, 0);
  GListModel *payments = coprod_registry_get_payments (registry);

  coprod_test_assert_added_to_collection (registry, payment, "pay-1", COPROD_TYPE_PAYMENT, payments);
}

static void
test_payment_roundtrip (void **state)
{
  g_autoptr(CoprodRegistry) registry = coprod_registry_new ();
  g_autoptr(CoprodRegistry) loaded = coprod_registry_new ();
  g_autoptr(CoprodPayment) travel =
    coprod_payment_new ("pay-1", "p-1", COPROD_PAYMENT_KIND_TRAVEL, 1240);
  g_autoptr(CoprodPayment) fee =
    coprod_payment_new ("pay-2", "p-2", COPROD_PAYMENT_KIND_FEE, MAX_EXACT_INT);
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  CoprodPayment *got;

  coprod_payment_set_meeting_id (travel, "m-1");
  coprod_payment_set_project_id (travel, "proj-1");
  coprod_payment_set_outcome (travel, COPROD_OFFER_OUTCOME_ACCEPTED);
  coprod_payment_set_offered_date (travel, "2024-04-30");
  coprod_payment_set_claimed_date (travel, "2024-05-02");
  coprod_payment_set_paid_date (travel, "2024-05-20");
  coprod_payment_set_note (travel, "Two bus tickets");
  coprod_payment_set_currency (fee, "EUR");
  coprod_payment_set_outcome (fee, COPROD_OFFER_OUTCOME_REDUCED);
  assert_true (coprod_registry_add (registry, COPROD_RECORD (travel), NULL));
  assert_true (coprod_registry_add (registry, COPROD_RECORD (fee), NULL));

  coprod_test_assert_roundtrip (registry);

  data = coprod_registry_to_data (registry, NULL);
  assert_non_null (strstr (data, "\"amount\" : 9007199254740991"));
  assert_non_null (strstr (data, "\"outcome\" : \"reduced\""));
  assert_true (coprod_registry_load_from_data (loaded, data, -1, &error));
  assert_null (error);

  got = COPROD_PAYMENT (coprod_registry_lookup (loaded, "pay-1"));
  assert_non_null (got);
  assert_string_equal (coprod_payment_get_person_id (got), "p-1");
  assert_string_equal (coprod_payment_get_meeting_id (got), "m-1");
  assert_string_equal (coprod_payment_get_project_id (got), "proj-1");
  assert_int_equal (coprod_payment_get_kind (got), COPROD_PAYMENT_KIND_TRAVEL);
  assert_true (coprod_payment_get_amount (got) == 1240);
  assert_string_equal (coprod_payment_get_currency (got), "GBP");
  assert_int_equal (coprod_payment_get_outcome (got), COPROD_OFFER_OUTCOME_ACCEPTED);
  assert_string_equal (coprod_payment_get_offered_date (got), "2024-04-30");
  assert_string_equal (coprod_payment_get_claimed_date (got), "2024-05-02");
  assert_string_equal (coprod_payment_get_paid_date (got), "2024-05-20");
  assert_string_equal (coprod_payment_get_note (got), "Two bus tickets");

  got = COPROD_PAYMENT (coprod_registry_lookup (loaded, "pay-2"));
  assert_true (coprod_payment_get_amount (got) == MAX_EXACT_INT);
  assert_string_equal (coprod_payment_get_currency (got), "EUR");
  assert_int_equal (coprod_payment_get_outcome (got), COPROD_OFFER_OUTCOME_REDUCED);
  assert_null (coprod_payment_get_paid_date (got));
}

static void
test_payment_bad_input (void **state)
{
  g_autofree char *message = NULL;

  /* wrong JSON types */
  coprod_test_expect_record_error ("payments", "{'id': 'pay-1', 'amount': '12.40'}",
                                   COPROD_ERROR_TYPE, "amount");
  coprod_test_expect_record_error ("payments", "{'id': 'pay-1', 'amount': 12.4}",
                                   COPROD_ERROR_TYPE, "amount");
  coprod_test_expect_record_error ("payments", "{'id': 'pay-1', 'amount': null}",
                                   COPROD_ERROR_TYPE, "amount");
  coprod_test_expect_record_error ("payments", "{'id': 'pay-1', 'kind': ['fee']}",
                                   COPROD_ERROR_TYPE, "kind");
  coprod_test_expect_record_error ("payments", "{'id': 'pay-1', 'person_id': 7}",
                                   COPROD_ERROR_TYPE, "person_id");
  coprod_test_expect_record_error ("payments", "{'id': 'pay-1', 'note': {}}",
                                   COPROD_ERROR_TYPE, "note");

  /* unknown nicks */
  coprod_test_expect_record_error ("payments", "{'id': 'pay-1', 'kind': 'bribe'}",
                                   COPROD_ERROR_VALUE, "kind");
  coprod_test_expect_record_error ("payments", "{'id': 'pay-1', 'outcome': 'refused'}",
                                   COPROD_ERROR_VALUE, "outcome");
  coprod_test_expect_record_error ("payments", "{'id': 'pay-1', 'outcome': 'ACCEPTED'}",
                                   COPROD_ERROR_VALUE, "outcome");

  /* bad dates */
  coprod_test_expect_record_error ("payments", "{'id': 'pay-1', 'offered_date': '2024-02-30'}",
                                   COPROD_ERROR_DATE, "offered_date");
  coprod_test_expect_record_error ("payments", "{'id': 'pay-1', 'claimed_date': '02/05/2024'}",
                                   COPROD_ERROR_DATE, "claimed_date");
  coprod_test_expect_record_error ("payments", "{'id': 'pay-1', 'paid_date': '2024-5-20'}",
                                   COPROD_ERROR_DATE, "paid_date");

  /* a negative amount */
  coprod_test_expect_record_error ("payments", "{'id': 'pay-1', 'amount': -1240}",
                                   COPROD_ERROR_VALUE, "amount");
  coprod_test_expect_record_error ("payments", "{'id': 'pay-1', 'amount': -1}",
                                   COPROD_ERROR_VALUE, "amount");

  /* currencies that are not ISO 4217 codes */
  coprod_test_expect_record_error ("payments", "{'id': 'pay-1', 'currency': 'gbp'}",
                                   COPROD_ERROR_VALUE, "currency");
  coprod_test_expect_record_error ("payments", "{'id': 'pay-1', 'currency': 'POUNDS'}",
                                   COPROD_ERROR_VALUE, "currency");
  coprod_test_expect_record_error ("payments", "{'id': 'pay-1', 'currency': 'GB'}",
                                   COPROD_ERROR_VALUE, "currency");
  coprod_test_expect_record_error ("payments", "{'id': 'pay-1', 'currency': 'G1P'}",
                                   COPROD_ERROR_VALUE, "currency");

  /* a bad id of another record */
  coprod_test_expect_record_error ("payments", "{'id': 'pay-1', 'meeting_id': ''}",
                                   COPROD_ERROR_ID, "meeting_id");

  /* amounts beyond 2^53-1 are refused before any record is read */
  message = coprod_test_load_expect_error (
    "{\"format\": \"coprod\", \"version\": 1, \"payments\": ["
    " {\"id\": \"pay-1\", \"amount\": 9007199254740992}]}",
    COPROD_ERROR_NUMBER);
}

static void
set_negative_amount (gpointer data)
{
  coprod_payment_set_amount (data, -1);
}

static void
set_too_large_amount (gpointer data)
{
  coprod_payment_set_amount (data, MAX_EXACT_INT + 1);
}

static void
set_lower_case_currency (gpointer data)
{
  coprod_payment_set_currency (data, "gbp");
}

static void
set_bad_paid_date (gpointer data)
{
  coprod_payment_set_paid_date (data, "2024-02-30");
}

static void
test_payment_preconditions (void **state)
{
  g_autoptr(CoprodPayment) payment =
    coprod_payment_new ("pay-1", "p-1", COPROD_PAYMENT_KIND_FEE, 2500);
  CoprodNotifyCounter counter;

  coprod_payment_set_paid_date (payment, "2024-05-20");
  coprod_test_notify_counter_start (&counter, payment, "amount");
  assert_int_equal (coprod_test_count_criticals (set_negative_amount, payment), 1);
  assert_int_equal (coprod_test_count_criticals (set_too_large_amount, payment), 1);
  assert_true (coprod_payment_get_amount (payment) == 2500);
  assert_int_equal (counter.count, 0);
  coprod_test_notify_counter_stop (&counter);

  assert_int_equal (coprod_test_count_criticals (set_lower_case_currency, payment), 1);
  assert_string_equal (coprod_payment_get_currency (payment), "GBP");
  assert_int_equal (coprod_test_count_criticals (set_bad_paid_date, payment), 1);
  assert_string_equal (coprod_payment_get_paid_date (payment), "2024-05-20");
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_payment_new),
    cmocka_unit_test (test_payment_properties),
    cmocka_unit_test (test_payment_preconditions),
    cmocka_unit_test (test_payment_registry),
    cmocka_unit_test (test_payment_roundtrip),
    cmocka_unit_test (test_payment_bad_input),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
