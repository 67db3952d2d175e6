/* test-rate-card.c: rate cards and their entries
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "coprod-record-private.h"
#include "coprod-test-util.h"

#define MAX_EXACT_INT G_GINT64_CONSTANT (9007199254740991)

static void
test_rate_entry_new (void **state)
{
  g_autoptr(CoprodRateEntry) entry = NULL;

  entry = coprod_rate_entry_new ("board meeting", COPROD_RATE_UNIT_HALF_DAY, 7500);
  assert_string_equal (coprod_rate_entry_get_activity (entry), "board meeting");
  assert_int_equal (coprod_rate_entry_get_unit (entry), COPROD_RATE_UNIT_HALF_DAY);
  assert_true (coprod_rate_entry_get_amount (entry) == 7500);
  assert_null (_coprod_object_get_extra (entry));

  coprod_test_assert_finalized (g_steal_pointer (&entry));
}

static void
test_rate_entry_properties (void **state)
{
  CoprodRateEntry *entry = g_object_new (COPROD_TYPE_RATE_ENTRY, NULL);

  assert_null (coprod_rate_entry_get_activity (entry));
  assert_int_equal (coprod_rate_entry_get_unit (entry), COPROD_RATE_UNIT_HOUR);
  assert_true (coprod_rate_entry_get_amount (entry) == 0);

  coprod_test_property_flags (entry);
  coprod_test_assert_field_kind (entry, "activity", COPROD_FIELD_TEXT);

  coprod_test_roundtrip_string (entry, "activity", "reading papers");
  assert_string_equal (coprod_rate_entry_get_activity (entry), "reading papers");
  coprod_test_roundtrip_string (entry, "activity", NULL);
  assert_null (coprod_rate_entry_get_activity (entry));

  coprod_test_roundtrip_enum (entry, "unit", COPROD_RATE_UNIT_DAY);
  assert_int_equal (coprod_rate_entry_get_unit (entry), COPROD_RATE_UNIT_DAY);
  coprod_test_roundtrip_enum (entry, "unit", COPROD_RATE_UNIT_SESSION);
  assert_int_equal (coprod_rate_entry_get_unit (entry), COPROD_RATE_UNIT_SESSION);

  coprod_test_roundtrip_int64 (entry, "amount", 1500);
  assert_true (coprod_rate_entry_get_amount (entry) == 1500);
  coprod_test_roundtrip_int64 (entry, "amount", MAX_EXACT_INT);
  assert_true (coprod_rate_entry_get_amount (entry) == MAX_EXACT_INT);
  coprod_test_roundtrip_int64 (entry, "amount", 0);
  assert_true (coprod_rate_entry_get_amount (entry) == 0);

  /* the setters notify as the properties do */
  {
    CoprodNotifyCounter counter;

    coprod_test_notify_counter_start (&counter, entry, "amount");
    coprod_rate_entry_set_amount (entry, 2000);
    coprod_rate_entry_set_amount (entry, 2000);
    assert_int_equal (counter.count, 1);
    coprod_test_notify_counter_stop (&counter);
  }

  coprod_test_assert_finalized (entry);
}

static void
test_rate_card_new (void **state)
{
  g_autoptr(CoprodRateCard) card = coprod_rate_card_new ("rc-1", "Participation rates 2024/25");

  assert_string_equal (coprod_record_get_id (COPROD_RECORD (card)), "rc-1");
  assert_string_equal (coprod_rate_card_get_name (card), "Participation rates 2024/25");
  assert_null (coprod_rate_card_get_organisation_id (card));
  assert_string_equal (coprod_rate_card_get_currency (card), "GBP");
  assert_null (coprod_rate_card_get_effective_from (card));
  assert_null (coprod_rate_card_get_effective_to (card));
  assert_int_equal (g_list_model_get_n_items (coprod_rate_card_get_entries (card)), 0);
  assert_true (g_list_model_get_item_type (coprod_rate_card_get_entries (card)) ==
               COPROD_TYPE_RATE_ENTRY);

  coprod_test_assert_finalized (g_steal_pointer (&card));
}

static void
test_rate_card_properties (void **state)
{
  CoprodRateCard *card = g_object_new (COPROD_TYPE_RATE_CARD, "id", "rc-1", NULL);
  GParamSpec *pspec;
  GListModel *entries = NULL;

  coprod_test_property_flags (card);
  coprod_test_assert_field_kind (card, "name", COPROD_FIELD_TEXT);
  coprod_test_assert_field_kind (card, "organisation-id", COPROD_FIELD_REF);
  coprod_test_assert_field_kind (card, "currency", COPROD_FIELD_CURRENCY);
  coprod_test_assert_field_kind (card, "effective-from", COPROD_FIELD_DATE);
  coprod_test_assert_field_kind (card, "effective-to", COPROD_FIELD_DATE);

  coprod_test_roundtrip_string (card, "name", "Rates for the Building Together board");
  assert_string_equal (coprod_rate_card_get_name (card), "Rates for the Building Together board");

  coprod_test_roundtrip_string (card, "organisation-id", "org-1");
  assert_string_equal (coprod_rate_card_get_organisation_id (card), "org-1");
  coprod_test_roundtrip_string (card, "organisation-id", NULL);
  assert_null (coprod_rate_card_get_organisation_id (card));

  /* the currency defaults to GBP, and NULL restores the default */
  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (card), "currency");
  assert_string_equal (G_PARAM_SPEC_STRING (pspec)->default_value, "GBP");
  coprod_test_roundtrip_string (card, "currency", "EUR");
  assert_string_equal (coprod_rate_card_get_currency (card), "EUR");
  {
    CoprodNotifyCounter counter;

    coprod_test_notify_counter_start (&counter, card, "currency");
    coprod_rate_card_set_currency (card, NULL);
    assert_int_equal (counter.count, 1);
    assert_string_equal (coprod_rate_card_get_currency (card), "GBP");
    coprod_rate_card_set_currency (card, NULL);
    coprod_rate_card_set_currency (card, "GBP");
    assert_int_equal (counter.count, 1);
    coprod_test_notify_counter_stop (&counter);
  }

  coprod_test_roundtrip_string (card, "effective-from", "2024-04-01");
  assert_string_equal (coprod_rate_card_get_effective_from (card), "2024-04-01");
  coprod_test_roundtrip_string (card, "effective-from", "2024");
  assert_string_equal (coprod_rate_card_get_effective_from (card), "2024");

  coprod_test_roundtrip_string (card, "effective-to", "2025-03");
  assert_string_equal (coprod_rate_card_get_effective_to (card), "2025-03");
  coprod_test_roundtrip_string (card, "effective-to", NULL);
  assert_null (coprod_rate_card_get_effective_to (card));

  /* entries: read-only, the same model as the getter */
  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (card), "entries");
  assert_non_null (pspec);
  assert_false (pspec->flags & G_PARAM_WRITABLE);
  assert_true (G_PARAM_SPEC_VALUE_TYPE (pspec) == G_TYPE_LIST_MODEL);
  g_object_get (card, "entries", &entries, NULL);
  assert_ptr_equal (entries, coprod_rate_card_get_entries (card));
  g_object_unref (entries);

  coprod_test_assert_finalized (card);
}

static void
test_rate_card_entries (void **state)
{
  CoprodRateCard *card = coprod_rate_card_new ("rc-1", NULL);
  CoprodRateEntry *meeting = coprod_rate_entry_new ("board meeting", COPROD_RATE_UNIT_HALF_DAY, 7500);
  g_autoptr(CoprodRateEntry) papers =
    coprod_rate_entry_new ("reading papers", COPROD_RATE_UNIT_HOUR, 1500);
  g_autoptr(CoprodRateEntry) stranger =
    coprod_rate_entry_new ("travel", COPROD_RATE_UNIT_SESSION, 500);
  GListModel *entries = coprod_rate_card_get_entries (card);
  g_autoptr(CoprodRateEntry) first = NULL;
  gboolean meeting_gone = FALSE;
  guint changes = 0;

  g_signal_connect (entries, "items-changed", G_CALLBACK (coprod_test_count_items_changed), &changes);

  coprod_rate_card_add_entry (card, meeting);
  coprod_rate_card_add_entry (card, papers);
  assert_int_equal (changes, 2);
  assert_int_equal (g_list_model_get_n_items (entries), 2);
  first = g_list_model_get_item (entries, 0);
  assert_ptr_equal (first, meeting);
  g_clear_object (&first);

  assert_false (coprod_rate_card_remove_entry (card, stranger));
  assert_int_equal (changes, 2);
  assert_true (coprod_rate_card_remove_entry (card, papers));
  assert_int_equal (changes, 3);
  assert_int_equal (g_list_model_get_n_items (entries), 1);
  assert_false (coprod_rate_card_remove_entry (card, papers));

  /* the card holds its entries, and lets them go with it */
  g_object_weak_ref (G_OBJECT (meeting), coprod_test_mark_gone, &meeting_gone);
  g_object_unref (meeting);
  assert_false (meeting_gone);
  coprod_test_assert_finalized (card);
  assert_true (meeting_gone);
}

static void
test_rate_card_registry (void **state)
{
  g_autoptr(CoprodRegistry) registry = coprod_registry_new ();
  g_autoptr(CoprodRateCard) card = coprod_rate_card_new ("rc-1", "Rates");
  GListModel *cards = coprod_registry_get_rate_cards (registry);

  coprod_test_assert_added_to_collection (registry, card, "rc-1", COPROD_TYPE_RATE_CARD, cards);
}

static void
test_rate_card_roundtrip (void **state)
{
  g_autoptr(CoprodRegistry) registry = coprod_registry_new ();
  g_autoptr(CoprodRegistry) loaded = coprod_registry_new ();
  g_autoptr(CoprodRateCard) card = coprod_rate_card_new ("rc-1", "Participation rates 2024/25");
  g_autoptr(CoprodRateCard) empty = coprod_rate_card_new ("rc-2", NULL);
  g_autoptr(CoprodRateEntry) meeting =
    coprod_rate_entry_new ("board meeting", COPROD_RATE_UNIT_HALF_DAY, 7500);
  g_autoptr(CoprodRateEntry) papers =
    coprod_rate_entry_new ("reading papers", COPROD_RATE_UNIT_HOUR, MAX_EXACT_INT);
  g_autoptr(GError) error = NULL;
  g_autoptr(CoprodRateEntry) entry = NULL;
  g_autofree char *data = NULL;
  CoprodRateCard *got;

  coprod_rate_card_set_organisation_id (card, "org-1");
  coprod_rate_card_set_currency (card, "EUR");
  coprod_rate_card_set_effective_from (card, "2024-04-01");
  coprod_rate_card_set_effective_to (card, "2025-03");
  coprod_rate_card_add_entry (card, meeting);
  coprod_rate_card_add_entry (card, papers);
  assert_true (coprod_registry_add (registry, COPROD_RECORD (card), &error));
  assert_true (coprod_registry_add (registry, COPROD_RECORD (empty), &error));

  coprod_test_assert_roundtrip (registry);

  data = coprod_registry_to_data (registry, NULL);
  assert_non_null (strstr (data, "\"rate_cards\""));
  assert_non_null (strstr (data, "\"effective_from\" : \"2024-04-01\""));
  assert_non_null (strstr (data, "\"unit\" : \"half-day\""));
  assert_true (coprod_registry_load_from_data (loaded, data, -1, &error));
  assert_null (error);

  got = COPROD_RATE_CARD (coprod_registry_lookup (loaded, "rc-1"));
  assert_non_null (got);
  assert_string_equal (coprod_rate_card_get_name (got), "Participation rates 2024/25");
  assert_string_equal (coprod_rate_card_get_organisation_id (got), "org-1");
  assert_string_equal (coprod_rate_card_get_currency (got), "EUR");
  assert_string_equal (coprod_rate_card_get_effective_from (got), "2024-04-01");
  assert_string_equal (coprod_rate_card_get_effective_to (got), "2025-03");
  assert_int_equal (g_list_model_get_n_items (coprod_rate_card_get_entries (got)), 2);
  entry = g_list_model_get_item (coprod_rate_card_get_entries (got), 1);
  assert_string_equal (coprod_rate_entry_get_activity (entry), "reading papers");
  assert_int_equal (coprod_rate_entry_get_unit (entry), COPROD_RATE_UNIT_HOUR);
  assert_true (coprod_rate_entry_get_amount (entry) == MAX_EXACT_INT);

  got = COPROD_RATE_CARD (coprod_registry_lookup (loaded, "rc-2"));
  assert_non_null (got);
  assert_string_equal (coprod_rate_card_get_currency (got), "GBP");
  assert_null (coprod_rate_card_get_name (got));
  assert_int_equal (g_list_model_get_n_items (coprod_rate_card_get_entries (got)), 0);
}

static void
test_rate_card_unknown_members (void **state)
{
  const char *json =
    "{\"format\": \"coprod\", \"version\": 1, \"rate_cards\": ["
    " {\"id\": \"rc-1\", \"currency\": null, \"x_card\": true,"
    "  \"entries\": [{\"activity\": \"board meeting\", \"unit\": \"day\","
    "                 \"amount\": 15000, \"x_approved_by\": {\"who\": \"finance\", \"n\": [1, 2]}}]}]}";
  g_autoptr(CoprodRegistry) registry = coprod_registry_new ();
  g_autoptr(CoprodRegistry) again = coprod_registry_new ();
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(CoprodRateEntry) entry = NULL;
  g_auto(GStrv) unknown = NULL;
  g_autofree char *data = NULL;
  CoprodRateCard *card;
  JsonObject *top, *jcard, *jentry, *extra;

  assert_true (coprod_registry_load_from_data (registry, json, -1, &error));
  assert_null (error);
  card = COPROD_RATE_CARD (coprod_registry_lookup (registry, "rc-1"));
  assert_string_equal (coprod_rate_card_get_currency (card), "GBP");
  unknown = coprod_record_dup_unknown_members (COPROD_RECORD (card));
  assert_int_equal (g_strv_length (unknown), 1);
  assert_string_equal (unknown[0], "x_card");
  entry = g_list_model_get_item (coprod_rate_card_get_entries (card), 0);
  assert_true (coprod_rate_entry_get_amount (entry) == 15000);
  assert_non_null (_coprod_object_get_extra (entry));

  coprod_test_assert_roundtrip (registry);

  /* the entry's own unknown member is written back inside the entry */
  data = coprod_registry_to_data (registry, NULL);
  assert_true (json_parser_load_from_data (parser, data, -1, NULL));
  top = json_node_get_object (json_parser_get_root (parser));
  jcard = json_array_get_object_element (json_object_get_array_member (top, "rate_cards"), 0);
  assert_true (json_object_get_boolean_member (jcard, "x_card"));
  jentry = json_array_get_object_element (json_object_get_array_member (jcard, "entries"), 0);
  assert_int_equal (json_object_get_size (jentry), 4);
  extra = json_object_get_object_member (jentry, "x_approved_by");
  assert_non_null (extra);
  assert_string_equal (json_object_get_string_member (extra, "who"), "finance");
  assert_int_equal (json_array_get_length (json_object_get_array_member (extra, "n")), 2);

  assert_true (coprod_registry_load_from_data (again, data, -1, &error));
  assert_null (error);
}

static void
test_rate_card_bad_input (void **state)
{
  g_autofree char *message = NULL;

  /* wrong JSON types */
  coprod_test_expect_record_error ("rate_cards", "{'id': 'rc-1', 'name': 7}",
                                   COPROD_ERROR_TYPE, "name");
  coprod_test_expect_record_error ("rate_cards", "{'id': 'rc-1', 'currency': ['GBP']}",
                                   COPROD_ERROR_TYPE, "currency");
  coprod_test_expect_record_error ("rate_cards", "{'id': 'rc-1', 'entries': {'activity': 'x'}}",
                                   COPROD_ERROR_TYPE, "entries");
  coprod_test_expect_record_error ("rate_cards", "{'id': 'rc-1', 'entries': [{'amount': '7500'}]}",
                                   COPROD_ERROR_TYPE, "amount");
  coprod_test_expect_record_error ("rate_cards", "{'id': 'rc-1', 'entries': [{'amount': 75.5}]}",
                                   COPROD_ERROR_TYPE, "amount");
  coprod_test_expect_record_error ("rate_cards", "{'id': 'rc-1', 'entries': [{'activity': 3}]}",
                                   COPROD_ERROR_TYPE, "activity");
  coprod_test_expect_record_error ("rate_cards", "{'id': 'rc-1', 'entries': [{'unit': 1}]}",
                                   COPROD_ERROR_TYPE, "unit");

  /* an unknown nick */
  coprod_test_expect_record_error ("rate_cards",
                                   "{'id': 'rc-1', 'entries': [{'unit': 'fortnight'}]}",
                                   COPROD_ERROR_VALUE, "unit");
  coprod_test_expect_record_error ("rate_cards", "{'id': 'rc-1', 'entries': [{'unit': 'Hour'}]}",
                                   COPROD_ERROR_VALUE, "unit");

  /* bad dates */
  coprod_test_expect_record_error ("rate_cards", "{'id': 'rc-1', 'effective_from': '2024-13-01'}",
                                   COPROD_ERROR_DATE, "effective_from");
  coprod_test_expect_record_error ("rate_cards", "{'id': 'rc-1', 'effective_to': '1 April 2025'}",
                                   COPROD_ERROR_DATE, "effective_to");

  /* amounts below zero */
  coprod_test_expect_record_error ("rate_cards", "{'id': 'rc-1', 'entries': [{'amount': -1}]}",
                                   COPROD_ERROR_VALUE, "amount");
  coprod_test_expect_record_error ("rate_cards",
                                   "{'id': 'rc-1', 'entries': [{'unit': 'day'}, {'amount': -7500}]}",
                                                 COPROD_ERROR_VALUE, "amount");

  /* currencies that are not ISO 4217 codes */
  coprod_test_expect_record_error ("rate_cards", "{'id': 'rc-1', 'currency': 'gbp'}",
                                   COPROD_ERROR_VALUE, "currency");
  coprod_test_expect_record_error ("rate_cards", "{'id': 'rc-1', 'currency': 'POUNDS'}",
                                   COPROD_ERROR_VALUE, "currency");
  coprod_test_expect_record_error ("rate_cards", "{'id': 'rc-1', 'currency': ''}",
                                   COPROD_ERROR_VALUE, "currency");

  /* ids of other records */
  coprod_test_expect_record_error ("rate_cards", "{'id': 'rc-1', 'organisation_id': ''}",
                                   COPROD_ERROR_ID, "organisation_id");

  /* an entry that is not an object */
  message = coprod_test_load_expect_error (
    "{\"format\": \"coprod\", \"version\": 1, \"rate_cards\": ["
    " {\"id\": \"rc-1\", \"entries\": [\"board meeting\"]}]}",
    COPROD_ERROR_TYPE);
  assert_non_null (strstr (message, "(id \"rc-1\"), entries[0]"));
  g_clear_pointer (&message, g_free);

  /* the error names which entry */
  message = coprod_test_load_expect_error (
    "{\"format\": \"coprod\", \"version\": 1, \"rate_cards\": ["
    " {\"id\": \"rc-1\", \"entries\": [{\"amount\": 1}, {\"amount\": -2}]}]}",
    COPROD_ERROR_VALUE);
  assert_non_null (strstr (message, "entries[1]"));
  g_clear_pointer (&message, g_free);

  /* beyond 2^53-1 is refused before any record is read */
  message = coprod_test_load_expect_error (
    "{\"format\": \"coprod\", \"version\": 1, \"rate_cards\": ["
    " {\"id\": \"rc-1\", \"entries\": [{\"amount\": 9007199254740992}]}]}",
    COPROD_ERROR_NUMBER);
}

static void
set_negative_amount (gpointer data)
{
  coprod_rate_entry_set_amount (data, -7500);
}

static void
set_currency_in_words (gpointer data)
{
  coprod_rate_card_set_currency (data, "POUNDS");
}

static void
set_bad_effective_from (gpointer data)
{
  coprod_rate_card_set_effective_from (data, "2024-13");
}

static void
test_rate_card_preconditions (void **state)
{
  g_autoptr(CoprodRateEntry) entry =
    coprod_rate_entry_new ("board meeting", COPROD_RATE_UNIT_DAY, 15000);
  g_autoptr(CoprodRateCard) card = coprod_rate_card_new ("rc-1", NULL);

  assert_int_equal (coprod_test_count_criticals (set_negative_amount, entry), 1);
  assert_true (coprod_rate_entry_get_amount (entry) == 15000);
  assert_int_equal (coprod_test_count_criticals (set_currency_in_words, card), 1);
  assert_string_equal (coprod_rate_card_get_currency (card), "GBP");
  assert_int_equal (coprod_test_count_criticals (set_bad_effective_from, card), 1);
  assert_null (coprod_rate_card_get_effective_from (card));
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_rate_entry_new),
    cmocka_unit_test (test_rate_entry_properties),
    cmocka_unit_test (test_rate_card_preconditions),
    cmocka_unit_test (test_rate_card_new),
    cmocka_unit_test (test_rate_card_properties),
    cmocka_unit_test (test_rate_card_entries),
    cmocka_unit_test (test_rate_card_registry),
    cmocka_unit_test (test_rate_card_roundtrip),
    cmocka_unit_test (test_rate_card_unknown_members),
    cmocka_unit_test (test_rate_card_bad_input),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
