/* test-partnership.c: partnerships and the memberships inside them
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "coprod-test-util.h"

/* Memberships */

static void
test_membership_new (void **state)
{
  CoprodMembership *membership = coprod_membership_new ("p-ash", "chair");

  assert_string_equal (coprod_membership_get_member_id (membership), "p-ash");
  assert_string_equal (coprod_membership_get_role (membership), "chair");
  assert_null (coprod_membership_get_on_behalf_of_id (membership));
  assert_false (coprod_membership_get_lead (membership));
  assert_false (coprod_membership_get_paid (membership));
  assert_null (coprod_membership_get_start_date (membership));
  assert_null (coprod_membership_get_end_date (membership));

  coprod_test_assert_finalized (membership);
}

static void
test_membership_properties (void **state)
{
  CoprodMembership *membership = coprod_membership_new (NULL, NULL);

  coprod_test_property_flags (membership);

  coprod_test_roundtrip_string (membership, "member-id", "org-ec");
  assert_string_equal (coprod_membership_get_member_id (membership), "org-ec");

  coprod_test_roundtrip_string (membership, "role", "board member");
  assert_string_equal (coprod_membership_get_role (membership), "board member");

  coprod_test_roundtrip_string (membership, "on-behalf-of-id", "org-ff");
  assert_string_equal (coprod_membership_get_on_behalf_of_id (membership), "org-ff");

  coprod_test_roundtrip_boolean (membership, "lead", TRUE);
  assert_true (coprod_membership_get_lead (membership));

  coprod_test_roundtrip_boolean (membership, "paid", TRUE);
  assert_true (coprod_membership_get_paid (membership));

  coprod_test_roundtrip_string (membership, "start-date", "2024-09");
  assert_string_equal (coprod_membership_get_start_date (membership), "2024-09");

  coprod_test_roundtrip_string (membership, "end-date", "2025-03-31");
  assert_string_equal (coprod_membership_get_end_date (membership), "2025-03-31");

  /* back to unset, through the C setters */
  coprod_test_roundtrip_string (membership, "on-behalf-of-id", NULL);
  assert_null (coprod_membership_get_on_behalf_of_id (membership));
  coprod_test_roundtrip_string (membership, "end-date", NULL);
  assert_null (coprod_membership_get_end_date (membership));
  coprod_test_roundtrip_boolean (membership, "lead", FALSE);
  assert_false (coprod_membership_get_lead (membership));

  coprod_test_assert_finalized (membership);
}

static void
test_membership_setters_notify (void **state)
{
  CoprodMembership *membership = coprod_membership_new ("p-ash", NULL);
  CoprodNotifyCounter counter;

  coprod_test_notify_counter_start (&counter, membership, "role");
  coprod_membership_set_role (membership, "chair");
  coprod_membership_set_role (membership, "chair");
  assert_int_equal (counter.count, 1);
  coprod_membership_set_role (membership, "vice chair");
  assert_int_equal (counter.count, 2);
  coprod_test_notify_counter_stop (&counter);

  coprod_test_notify_counter_start (&counter, membership, "paid");
  coprod_membership_set_paid (membership, TRUE);
  coprod_membership_set_paid (membership, 2);  /* any true value is TRUE */
  assert_int_equal (counter.count, 1);
  assert_int_equal (coprod_membership_get_paid (membership), TRUE);
  coprod_test_notify_counter_stop (&counter);

  coprod_test_notify_counter_start (&counter, membership, "start-date");
  coprod_membership_set_start_date (membership, "2024");
  coprod_membership_set_start_date (membership, "2024");
  assert_int_equal (counter.count, 1);
  coprod_test_notify_counter_stop (&counter);

  coprod_test_assert_finalized (membership);
}

/* Partnerships */

static void
test_partnership_new (void **state)
{
  CoprodPartnership *partnership =
    coprod_partnership_new ("g-1", "Family focused community of practice");
  GListModel *memberships;

  assert_string_equal (coprod_record_get_id (COPROD_RECORD (partnership)), "g-1");
  assert_string_equal (coprod_partnership_get_name (partnership),
                       "Family focused community of practice");
  assert_int_equal (coprod_partnership_get_kind (partnership), COPROD_GROUP_KIND_PARTNERSHIP);
  assert_null (coprod_partnership_get_purpose (partnership));
  assert_null (coprod_partnership_get_parent_id (partnership));
  assert_null (coprod_partnership_get_start_date (partnership));
  assert_null (coprod_partnership_get_end_date (partnership));

  memberships = coprod_partnership_get_memberships (partnership);
  assert_non_null (memberships);
  assert_int_equal (g_list_model_get_n_items (memberships), 0);
  assert_true (g_list_model_get_item_type (memberships) == COPROD_TYPE_MEMBERSHIP);

  coprod_test_assert_finalized (partnership);
}

static void
test_partnership_properties (void **state)
{
  CoprodPartnership *partnership = coprod_partnership_new ("g-1", NULL);
  g_autoptr(GListModel) got = NULL;

  coprod_test_property_flags (partnership);

  coprod_test_roundtrip_string (partnership, "name", "Building Together board");
  assert_string_equal (coprod_partnership_get_name (partnership), "Building Together board");

  coprod_test_roundtrip_enum (partnership, "kind", COPROD_GROUP_KIND_BOARD);
  assert_int_equal (coprod_partnership_get_kind (partnership), COPROD_GROUP_KIND_BOARD);

  coprod_test_roundtrip_string (partnership, "purpose", "Shape adult social care with the people who use it");
  assert_string_equal (coprod_partnership_get_purpose (partnership),
                       "Shape adult social care with the people who use it");

  coprod_test_roundtrip_string (partnership, "parent-id", "g-forum");
  assert_string_equal (coprod_partnership_get_parent_id (partnership), "g-forum");

  coprod_test_roundtrip_string (partnership, "start-date", "2024-02");
  assert_string_equal (coprod_partnership_get_start_date (partnership), "2024-02");

  coprod_test_roundtrip_string (partnership, "end-date", "2026");
  assert_string_equal (coprod_partnership_get_end_date (partnership), "2026");

  /* the memberships property is the getter's list, read-only */
  g_object_get (partnership, "memberships", &got, NULL);
  assert_ptr_equal (got, coprod_partnership_get_memberships (partnership));
  assert_false (g_object_class_find_property (G_OBJECT_GET_CLASS (partnership),
                                              "memberships")->flags & G_PARAM_WRITABLE);
  g_clear_object (&got);

  coprod_test_assert_finalized (partnership);
}

static void
test_partnership_memberships (void **state)
{
  CoprodPartnership *partnership = coprod_partnership_new ("g-1", "Working group");
  GListModel *memberships = coprod_partnership_get_memberships (partnership);
  g_autoptr(CoprodMembership) chair = coprod_membership_new ("p-ash", "chair");
  g_autoptr(CoprodMembership) org = coprod_membership_new ("org-ec", "partner");
  g_autoptr(CoprodMembership) stranger = coprod_membership_new ("p-zed", NULL);
  g_autoptr(CoprodMembership) first = NULL;
  guint changes = 0;

  g_signal_connect (memberships, "items-changed", G_CALLBACK (coprod_test_count_items_changed), &changes);

  coprod_partnership_add_membership (partnership, chair);
  coprod_partnership_add_membership (partnership, org);
  assert_int_equal (changes, 2);
  assert_int_equal (g_list_model_get_n_items (memberships), 2);

  first = g_list_model_get_item (memberships, 0);
  assert_ptr_equal (first, chair);

  assert_true (coprod_partnership_has_member (partnership, "p-ash"));
  assert_true (coprod_partnership_has_member (partnership, "org-ec"));
  assert_false (coprod_partnership_has_member (partnership, "p-zed"));
  assert_false (coprod_partnership_has_member (partnership, "p-as"));

  /* ended memberships still count */
  coprod_membership_set_end_date (org, "2023");
  assert_true (coprod_partnership_has_member (partnership, "org-ec"));

  assert_false (coprod_partnership_remove_membership (partnership, stranger));
  assert_int_equal (changes, 2);

  assert_true (coprod_partnership_remove_membership (partnership, chair));
  assert_int_equal (changes, 3);
  assert_int_equal (g_list_model_get_n_items (memberships), 1);
  assert_false (coprod_partnership_has_member (partnership, "p-ash"));
  assert_false (coprod_partnership_remove_membership (partnership, chair));

  g_signal_handlers_disconnect_by_data (memberships, &changes);
  coprod_test_assert_finalized (partnership);

  /* the partnership dropped its references to the memberships */
  assert_int_equal (G_OBJECT (org)->ref_count, 1);
  assert_int_equal (G_OBJECT (chair)->ref_count, 2);  /* ours and first's */
}

static CoprodRegistry *
make_registry (void)
{
  CoprodRegistry *registry = coprod_registry_new ();
  g_autoptr(CoprodOrganisation) org =
    coprod_organisation_new ("org-wcc", "Worcestershire County Council");
  g_autoptr(CoprodPerson) ash = coprod_person_new ("p-ash", "Ash Example");
  g_autoptr(CoprodPerson) kit = coprod_person_new ("p-kit", "Kit Sample");
  g_autoptr(CoprodPartnership) forum = coprod_partnership_new ("g-forum", "Building Together");
  g_autoptr(CoprodPartnership) board =
    coprod_partnership_new ("g-board", "Building Together board");
  g_autoptr(CoprodMembership) chair = coprod_membership_new ("p-ash", "chair");
  g_autoptr(CoprodMembership) member = coprod_membership_new ("p-kit", "board member");
  g_autoptr(CoprodMembership) council = coprod_membership_new ("org-wcc", "host");

  coprod_partnership_set_kind (forum, COPROD_GROUP_KIND_FORUM);
  coprod_partnership_set_purpose (forum, "People with lived experience and carers "
                                         "shape adult social care");
  coprod_partnership_set_start_date (forum, "2024");
  coprod_partnership_add_membership (forum, council);

  coprod_partnership_set_kind (board, COPROD_GROUP_KIND_BOARD);
  coprod_partnership_set_parent_id (board, "g-forum");
  coprod_partnership_set_start_date (board, "2024-03");
  coprod_partnership_set_end_date (board, "2026-03-31");
  coprod_membership_set_lead (chair, TRUE);
  coprod_membership_set_paid (chair, TRUE);
  coprod_membership_set_start_date (chair, "2024-03-01");
  coprod_membership_set_paid (member, TRUE);
  coprod_membership_set_on_behalf_of_id (member, "org-wcc");
  coprod_membership_set_end_date (member, "2025");
  coprod_partnership_add_membership (board, chair);
  coprod_partnership_add_membership (board, member);

  assert_true (coprod_registry_add (registry, COPROD_RECORD (org), NULL));
  assert_true (coprod_registry_add (registry, COPROD_RECORD (ash), NULL));
  assert_true (coprod_registry_add (registry, COPROD_RECORD (kit), NULL));
  assert_true (coprod_registry_add (registry, COPROD_RECORD (forum), NULL));
  assert_true (coprod_registry_add (registry, COPROD_RECORD (board), NULL));

  return registry;
}

static void
test_partnership_registry (void **state)
{
  g_autoptr(CoprodRegistry) registry = make_registry ();
  GListModel *partnerships = coprod_registry_get_partnerships (registry);
  g_autoptr(CoprodPartnership) first = NULL;

  assert_true (g_list_model_get_item_type (partnerships) == COPROD_TYPE_PARTNERSHIP);
  assert_int_equal (g_list_model_get_n_items (partnerships), 2);
  assert_ptr_equal (coprod_registry_get_collection (registry, COPROD_TYPE_PARTNERSHIP),
                    partnerships);
  first = g_list_model_get_item (partnerships, 0);
  assert_string_equal (coprod_record_get_id (COPROD_RECORD (first)), "g-forum");
  assert_true (COPROD_IS_PARTNERSHIP (coprod_registry_lookup (registry, "g-board")));
}

static void
test_partnership_roundtrip (void **state)
{
  g_autoptr(CoprodRegistry) registry = make_registry ();
  g_autoptr(CoprodRegistry) loaded = coprod_registry_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  CoprodPartnership *board;
  GListModel *memberships;
  g_autoptr(CoprodMembership) chair = NULL;
  g_autoptr(CoprodMembership) member = NULL;

  coprod_test_assert_roundtrip (registry);

  data = coprod_registry_to_data (registry, NULL);
  assert_non_null (strstr (data, "\"partnerships\""));
  assert_non_null (strstr (data, "\"on_behalf_of_id\" : \"org-wcc\""));
  assert_true (coprod_registry_load_from_data (loaded, data, -1, &error));
  assert_null (error);

  board = COPROD_PARTNERSHIP (coprod_registry_lookup (loaded, "g-board"));
  assert_non_null (board);
  assert_string_equal (coprod_partnership_get_name (board), "Building Together board");
  assert_int_equal (coprod_partnership_get_kind (board), COPROD_GROUP_KIND_BOARD);
  assert_string_equal (coprod_partnership_get_parent_id (board), "g-forum");
  assert_string_equal (coprod_partnership_get_start_date (board), "2024-03");
  assert_string_equal (coprod_partnership_get_end_date (board), "2026-03-31");
  assert_null (coprod_partnership_get_purpose (board));

  memberships = coprod_partnership_get_memberships (board);
  assert_int_equal (g_list_model_get_n_items (memberships), 2);
  chair = g_list_model_get_item (memberships, 0);
  member = g_list_model_get_item (memberships, 1);
  assert_string_equal (coprod_membership_get_member_id (chair), "p-ash");
  assert_string_equal (coprod_membership_get_role (chair), "chair");
  assert_true (coprod_membership_get_lead (chair));
  assert_true (coprod_membership_get_paid (chair));
  assert_string_equal (coprod_membership_get_start_date (chair), "2024-03-01");
  assert_null (coprod_membership_get_end_date (chair));
  assert_null (coprod_membership_get_on_behalf_of_id (chair));
  assert_string_equal (coprod_membership_get_member_id (member), "p-kit");
  assert_false (coprod_membership_get_lead (member));
  assert_string_equal (coprod_membership_get_on_behalf_of_id (member), "org-wcc");
  assert_string_equal (coprod_membership_get_end_date (member), "2025");

  assert_int_equal (coprod_partnership_get_kind (COPROD_PARTNERSHIP (
                      coprod_registry_lookup (loaded, "g-forum"))),
                    COPROD_GROUP_KIND_FORUM);
}

static void
test_partnership_defaults_when_absent (void **state)
{
  const char *json =
    "{\"format\": \"coprod\", \"version\": 1,"
    " \"partnerships\": [{\"id\": \"g-1\"}]}";
  g_autoptr(CoprodRegistry) registry = coprod_registry_new ();
  CoprodPartnership *partnership;

  assert_true (coprod_registry_load_from_data (registry, json, -1, NULL));
  partnership = COPROD_PARTNERSHIP (coprod_registry_lookup (registry, "g-1"));
  assert_non_null (partnership);
  assert_null (coprod_partnership_get_name (partnership));
  assert_int_equal (coprod_partnership_get_kind (partnership), COPROD_GROUP_KIND_PARTNERSHIP);
  assert_int_equal (g_list_model_get_n_items (coprod_partnership_get_memberships (partnership)), 0);
  coprod_test_assert_roundtrip (registry);
}

static void
test_partnership_unknown_members (void **state)
{
  const char *json =
    "{\"format\": \"coprod\", \"version\": 1,"
    " \"partnerships\": [{\"id\": \"g-1\", \"name\": \"Peer network\","
    "   \"kind\": \"peer-network\", \"colour\": \"teal\","
    "   \"memberships\": [{\"member_id\": \"p-1\", \"role\": \"peer\","
    "                      \"x_badge\": {\"level\": 2, \"tags\": [\"a\", \"b\"]},"
    "                      \"paid\": false}]}]}";
  g_autoptr(CoprodRegistry) registry = coprod_registry_new ();
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  g_auto(GStrv) unknown = NULL;
  CoprodPartnership *partnership;
  JsonObject *saved;
  JsonObject *membership;
  JsonObject *badge;

  assert_true (coprod_registry_load_from_data (registry, json, -1, &error));
  assert_null (error);
  partnership = COPROD_PARTNERSHIP (coprod_registry_lookup (registry, "g-1"));
  assert_int_equal (coprod_partnership_get_kind (partnership), COPROD_GROUP_KIND_PEER_NETWORK);
  unknown = coprod_record_dup_unknown_members (COPROD_RECORD (partnership));
  assert_int_equal (g_strv_length (unknown), 1);
  assert_string_equal (unknown[0], "colour");

  coprod_test_assert_roundtrip (registry);

  data = coprod_registry_to_data (registry, NULL);
  assert_true (json_parser_load_from_data (parser, data, -1, NULL));
  saved = json_array_get_object_element (
            json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)),
                                          "partnerships"), 0);
  assert_string_equal (json_object_get_string_member (saved, "colour"), "teal");
  membership = json_array_get_object_element (
                 json_object_get_array_member (saved, "memberships"), 0);
  assert_string_equal (json_object_get_string_member (membership, "member_id"), "p-1");
  assert_true (json_object_has_member (membership, "x_badge"));
  badge = json_object_get_object_member (membership, "x_badge");
  assert_int_equal (json_object_get_int_member (badge, "level"), 2);
  assert_int_equal (json_array_get_length (json_object_get_array_member (badge, "tags")), 2);
}

typedef struct
{
  const char *partnership;   /* the members of partnership "g-7" after its id */
  int         code;
  const char *member;        /* the member the message must name */
} BadCase;

static const BadCase bad_cases[] = {
  { "\"name\": 5", COPROD_ERROR_TYPE, "\"name\"" },
  { "\"name\": [\"x\"]", COPROD_ERROR_TYPE, "\"name\"" },
  { "\"kind\": \"club\"", COPROD_ERROR_VALUE, "\"kind\"" },
  { "\"kind\": 1", COPROD_ERROR_TYPE, "\"kind\"" },
  { "\"purpose\": true", COPROD_ERROR_TYPE, "\"purpose\"" },
  { "\"parent_id\": \"\"", COPROD_ERROR_ID, "\"parent_id\"" },
  { "\"parent_id\": 7", COPROD_ERROR_TYPE, "\"parent_id\"" },
  { "\"start_date\": \"2024-13\"", COPROD_ERROR_DATE, "\"start_date\"" },
  { "\"end_date\": \"30/04/2024\"", COPROD_ERROR_DATE, "\"end_date\"" },
  { "\"memberships\": \"p-1\"", COPROD_ERROR_TYPE, "\"memberships\"" },
  { "\"memberships\": {}", COPROD_ERROR_TYPE, "\"memberships\"" },
  { "\"memberships\": [1]", COPROD_ERROR_TYPE, "memberships[0]" },
  { "\"memberships\": [{}, \"p-1\"]", COPROD_ERROR_TYPE, "memberships[1]" },
  { "\"memberships\": [{\"member_id\": 3}]", COPROD_ERROR_TYPE, "\"member_id\"" },
  { "\"memberships\": [{\"member_id\": \" p-1\"}]", COPROD_ERROR_ID, "\"member_id\"" },
  { "\"memberships\": [{\"role\": {}}]", COPROD_ERROR_TYPE, "\"role\"" },
  { "\"memberships\": [{\"on_behalf_of_id\": \"\"}]", COPROD_ERROR_ID, "\"on_behalf_of_id\"" },
  { "\"memberships\": [{\"lead\": \"yes\"}]", COPROD_ERROR_TYPE, "\"lead\"" },
  { "\"memberships\": [{\"paid\": 1}]", COPROD_ERROR_TYPE, "\"paid\"" },
  { "\"memberships\": [{\"start_date\": \"2024-02-30\"}]", COPROD_ERROR_DATE, "\"start_date\"" },
  { "\"memberships\": [{\"end_date\": \"\"}]", COPROD_ERROR_DATE, "\"end_date\"" },
};

static void
test_partnership_bad_input (void **state)
{
  guint i;

  for (i = 0; i < G_N_ELEMENTS (bad_cases); i++)
    {
      const BadCase *c = &bad_cases[i];
      g_autofree char *json = NULL;
      g_autofree char *message = NULL;

      json = g_strdup_printf ("{\"format\": \"coprod\", \"version\": 1,"
                              " \"people\": [{\"id\": \"p-1\"}],"
                              " \"partnerships\": [{\"id\": \"g-0\"}, {\"id\": \"g-7\", %s}]}",
                              c->partnership);
      message = coprod_test_load_expect_error (json, c->code);
      if (strstr (message, "partnerships[1]") == NULL ||
          strstr (message, "id \"g-7\"") == NULL ||
          strstr (message, c->member) == NULL)
        fail_msg ("case %u (%s): the message does not name the record and %s: %s",
                  i, c->partnership, c->member, message);
    }
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_membership_new),
    cmocka_unit_test (test_membership_properties),
    cmocka_unit_test (test_membership_setters_notify),
    cmocka_unit_test (test_partnership_new),
    cmocka_unit_test (test_partnership_properties),
    cmocka_unit_test (test_partnership_memberships),
    cmocka_unit_test (test_partnership_registry),
    cmocka_unit_test (test_partnership_roundtrip),
    cmocka_unit_test (test_partnership_defaults_when_absent),
    cmocka_unit_test (test_partnership_unknown_members),
    cmocka_unit_test (test_partnership_bad_input),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
