/* test-policy.c: participation policies
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "coprod-record-private.h"
#include "coprod-test-util.h"

static void
test_policy_new (void **state)
{
  g_autoptr(CoprodPolicy) policy =
    coprod_policy_new ("pol-1", "Involvement and participation policy");
  GParamSpec *pspec;

  assert_string_equal (coprod_record_get_id (COPROD_RECORD (policy)), "pol-1");
  assert_string_equal (coprod_policy_get_title (policy), "Involvement and participation policy");
  assert_null (coprod_policy_get_organisation_id (policy));
  assert_null (coprod_policy_get_rate_card_id (policy));
  assert_int_equal (coprod_policy_get_payment_days (policy), 30);
  assert_int_equal (coprod_policy_get_covers (policy), COPROD_SUPPORT_NONE);
  assert_false (coprod_policy_get_benefits_advice (policy));
  assert_null (coprod_policy_get_url (policy));

  /* the property's default is the same as a new policy's */
  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (policy), "payment-days");
  assert_int_equal (G_PARAM_SPEC_UINT (pspec)->default_value, 30);
  assert_int_equal (G_PARAM_SPEC_UINT (pspec)->maximum, 365);

  coprod_test_assert_finalized (g_steal_pointer (&policy));
}

static void
test_policy_properties (void **state)
{
  CoprodPolicy *policy = g_object_new (COPROD_TYPE_POLICY, "id", "pol-1", NULL);

  coprod_test_property_flags (policy);
  coprod_test_assert_field_kind (policy, "title", COPROD_FIELD_TEXT);
  coprod_test_assert_field_kind (policy, "organisation-id", COPROD_FIELD_REF);
  coprod_test_assert_field_kind (policy, "rate-card-id", COPROD_FIELD_REF);
  coprod_test_assert_field_kind (policy, "url", COPROD_FIELD_TEXT);

  coprod_test_roundtrip_string (policy, "title", "Paying people for their time");
  assert_string_equal (coprod_policy_get_title (policy), "Paying people for their time");
  coprod_test_roundtrip_string (policy, "title", NULL);
  assert_null (coprod_policy_get_title (policy));

  coprod_test_roundtrip_string (policy, "organisation-id", "org-1");
  assert_string_equal (coprod_policy_get_organisation_id (policy), "org-1");

  coprod_test_roundtrip_string (policy, "rate-card-id", "rc-2024");
  assert_string_equal (coprod_policy_get_rate_card_id (policy), "rc-2024");
  coprod_test_roundtrip_string (policy, "rate-card-id", NULL);
  assert_null (coprod_policy_get_rate_card_id (policy));

  coprod_test_roundtrip_uint (policy, "payment-days", 14);
  assert_int_equal (coprod_policy_get_payment_days (policy), 14);
  coprod_test_roundtrip_uint (policy, "payment-days", 365);
  assert_int_equal (coprod_policy_get_payment_days (policy), 365);
  coprod_test_roundtrip_uint (policy, "payment-days", 0);
  assert_int_equal (coprod_policy_get_payment_days (policy), 0);

  coprod_test_roundtrip_enum (policy, "covers", COPROD_SUPPORT_TRAVEL_TICKETS | COPROD_SUPPORT_REIMBURSEMENT);
  assert_int_equal (coprod_policy_get_covers (policy),
                    COPROD_SUPPORT_TRAVEL_TICKETS | COPROD_SUPPORT_REIMBURSEMENT);
  coprod_test_roundtrip_enum (policy, "covers", COPROD_SUPPORT_CARER_COVER);
  assert_int_equal (coprod_policy_get_covers (policy), COPROD_SUPPORT_CARER_COVER);
  coprod_test_roundtrip_enum (policy, "covers", COPROD_SUPPORT_NONE);
  assert_int_equal (coprod_policy_get_covers (policy), COPROD_SUPPORT_NONE);

  coprod_test_roundtrip_boolean (policy, "benefits-advice", TRUE);
  assert_true (coprod_policy_get_benefits_advice (policy));
  coprod_test_roundtrip_boolean (policy, "benefits-advice", FALSE);
  assert_false (coprod_policy_get_benefits_advice (policy));

  coprod_test_roundtrip_string (policy, "url", "https://example.org/participation-policy");
  assert_string_equal (coprod_policy_get_url (policy), "https://example.org/participation-policy");

  /* the setters notify once per change, like the properties */
  {
    CoprodNotifyCounter counter;

    coprod_test_notify_counter_start (&counter, policy, "payment-days");
    coprod_policy_set_payment_days (policy, 28);
    coprod_policy_set_payment_days (policy, 28);
    assert_int_equal (counter.count, 1);
    coprod_test_notify_counter_stop (&counter);

    coprod_test_notify_counter_start (&counter, policy, "benefits-advice");
    coprod_policy_set_benefits_advice (policy, 2);   /* any true value */
    coprod_policy_set_benefits_advice (policy, TRUE);
    assert_int_equal (counter.count, 1);
    assert_int_equal (coprod_policy_get_benefits_advice (policy), TRUE);
    coprod_test_notify_counter_stop (&counter);
  }

  coprod_test_assert_finalized (policy);
}

static void
test_policy_registry (void **state)
{
  g_autoptr(CoprodRegistry) registry = coprod_registry_new ();
  g_autoptr(CoprodPolicy) policy = coprod_policy_new ("pol-1", NULL);
  GListModel *policies = coprod_registry_get_policies (registry);

  coprod_test_assert_added_to_collection (registry, policy, "pol-1", COPROD_TYPE_POLICY, policies);
}

static void
test_policy_roundtrip (void **state)
{
  g_autoptr(CoprodRegistry) registry = coprod_registry_new ();
  g_autoptr(CoprodRegistry) loaded = coprod_registry_new ();
  g_autoptr(CoprodPolicy) policy =
    coprod_policy_new ("pol-1", "Involvement and participation policy");
  g_autoptr(CoprodPolicy) plain = coprod_policy_new ("pol-2", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  CoprodPolicy *got;

  coprod_policy_set_organisation_id (policy, "org-1");
  coprod_policy_set_rate_card_id (policy, "rc-2024");
  coprod_policy_set_payment_days (policy, 14);
  coprod_policy_set_covers (policy, COPROD_SUPPORT_TRAVEL_TICKETS |
                                    COPROD_SUPPORT_REIMBURSEMENT |
                                    COPROD_SUPPORT_PAYMENT);
  coprod_policy_set_benefits_advice (policy, TRUE);
  coprod_policy_set_url (policy, "https://example.org/policy");
  coprod_policy_set_payment_days (plain, 0);
  assert_true (coprod_registry_add (registry, COPROD_RECORD (policy), NULL));
  assert_true (coprod_registry_add (registry, COPROD_RECORD (plain), NULL));

  coprod_test_assert_roundtrip (registry);

  data = coprod_registry_to_data (registry, NULL);
  assert_non_null (strstr (data, "\"payment_days\" : 14"));
  assert_true (coprod_registry_load_from_data (loaded, data, -1, &error));
  assert_null (error);

  got = COPROD_POLICY (coprod_registry_lookup (loaded, "pol-1"));
  assert_non_null (got);
  assert_string_equal (coprod_policy_get_title (got), "Involvement and participation policy");
  assert_string_equal (coprod_policy_get_organisation_id (got), "org-1");
  assert_string_equal (coprod_policy_get_rate_card_id (got), "rc-2024");
  assert_int_equal (coprod_policy_get_payment_days (got), 14);
  assert_int_equal (coprod_policy_get_covers (got),
                    COPROD_SUPPORT_TRAVEL_TICKETS | COPROD_SUPPORT_REIMBURSEMENT |
                    COPROD_SUPPORT_PAYMENT);
  assert_true (coprod_policy_get_benefits_advice (got));
  assert_string_equal (coprod_policy_get_url (got), "https://example.org/policy");

  /* 0 days is kept as 0, not taken for the default */
  got = COPROD_POLICY (coprod_registry_lookup (loaded, "pol-2"));
  assert_int_equal (coprod_policy_get_payment_days (got), 0);
  assert_false (coprod_policy_get_benefits_advice (got));
}

static void
test_policy_defaults_when_missing (void **state)
{
  g_autoptr(CoprodRegistry) registry = coprod_registry_new ();
  g_autoptr(GError) error = NULL;
  CoprodPolicy *policy;

  assert_true (coprod_registry_load_from_data (registry,
    "{\"format\": \"coprod\", \"version\": 1, \"policies\": [{\"id\": \"pol-1\"}]}",
    -1, &error));
  assert_null (error);
  policy = COPROD_POLICY (coprod_registry_lookup (registry, "pol-1"));
  assert_int_equal (coprod_policy_get_payment_days (policy), 30);
  assert_int_equal (coprod_policy_get_covers (policy), COPROD_SUPPORT_NONE);
}

static void
test_policy_bad_input (void **state)
{
  /* wrong JSON types */
  coprod_test_expect_record_error ("policies", "{'id': 'pol-1', 'title': ['a']}",
                                   COPROD_ERROR_TYPE, "title");
  coprod_test_expect_record_error ("policies", "{'id': 'pol-1', 'payment_days': '30'}",
                                   COPROD_ERROR_TYPE, "payment_days");
  coprod_test_expect_record_error ("policies", "{'id': 'pol-1', 'payment_days': 30.5}",
                                   COPROD_ERROR_TYPE, "payment_days");
  coprod_test_expect_record_error ("policies", "{'id': 'pol-1', 'covers': 'payment'}",
                                   COPROD_ERROR_TYPE, "covers");
  coprod_test_expect_record_error ("policies", "{'id': 'pol-1', 'covers': [5]}",
                                   COPROD_ERROR_TYPE, "covers");
  coprod_test_expect_record_error ("policies", "{'id': 'pol-1', 'benefits_advice': 'yes'}",
                                   COPROD_ERROR_TYPE, "benefits_advice");
  coprod_test_expect_record_error ("policies", "{'id': 'pol-1', 'benefits_advice': 1}",
                                   COPROD_ERROR_TYPE, "benefits_advice");

  /* unknown nicks */
  coprod_test_expect_record_error ("policies", "{'id': 'pol-1', 'covers': ['payment', 'teleport']}",
                                   COPROD_ERROR_VALUE, "covers");
  coprod_test_expect_record_error ("policies", "{'id': 'pol-1', 'covers': ['none']}",
                                   COPROD_ERROR_VALUE, "covers");

  /* out of range */
  coprod_test_expect_record_error ("policies", "{'id': 'pol-1', 'payment_days': 366}",
                                   COPROD_ERROR_VALUE, "payment_days");
  coprod_test_expect_record_error ("policies", "{'id': 'pol-1', 'payment_days': -1}",
                                   COPROD_ERROR_VALUE, "payment_days");

  /* ids of other records */
  coprod_test_expect_record_error ("policies", "{'id': 'pol-1', 'rate_card_id': ' rc-1'}",
                                   COPROD_ERROR_ID, "rate_card_id");
  coprod_test_expect_record_error ("policies", "{'id': 'pol-1', 'organisation_id': 12}",
                                   COPROD_ERROR_TYPE, "organisation_id");
}

static void
set_366_days (gpointer data)
{
  coprod_policy_set_payment_days (data, 366);
}

static void
test_policy_preconditions (void **state)
{
  g_autoptr(CoprodPolicy) policy = coprod_policy_new ("pol-1", NULL);

  assert_int_equal (coprod_test_count_criticals (set_366_days, policy), 1);
  assert_int_equal (coprod_policy_get_payment_days (policy), 30);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_policy_new),
    cmocka_unit_test (test_policy_properties),
    cmocka_unit_test (test_policy_preconditions),
    cmocka_unit_test (test_policy_registry),
    cmocka_unit_test (test_policy_roundtrip),
    cmocka_unit_test (test_policy_defaults_when_missing),
    cmocka_unit_test (test_policy_bad_input),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
