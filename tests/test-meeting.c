/* test-meeting.c: meetings, workshops and other sessions
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "coprod-test-util.h"

static void
test_meeting_new (void **state)
{
  CoprodMeeting *meeting = coprod_meeting_new ("m-1", "Community of practice get-together");

  assert_string_equal (coprod_record_get_id (COPROD_RECORD (meeting)), "m-1");
  assert_string_equal (coprod_meeting_get_title (meeting), "Community of practice get-together");
  assert_int_equal (coprod_meeting_get_kind (meeting), COPROD_MEETING_KIND_MEETING);
  assert_int_equal (coprod_meeting_get_format (meeting), COPROD_MEETING_FORMAT_IN_PERSON);
  assert_null (coprod_meeting_get_date (meeting));
  assert_null (coprod_meeting_get_project_id (meeting));
  assert_null (coprod_meeting_get_partnership_id (meeting));
  assert_null (coprod_meeting_get_venue (meeting));
  assert_int_equal (coprod_meeting_get_access (meeting), COPROD_ACCESS_NONE);
  assert_int_equal (coprod_meeting_get_support (meeting), COPROD_SUPPORT_NONE);
  assert_null (coprod_meeting_get_agenda_shared_date (meeting));
  assert_false (coprod_meeting_get_plain_language (meeting));
  assert_non_null (coprod_meeting_get_attendee_ids (meeting));
  assert_null (coprod_meeting_get_attendee_ids (meeting)[0]);
  assert_int_equal (coprod_meeting_get_n_attendees (meeting), 0);

  coprod_test_assert_finalized (meeting);
}

static void
test_meeting_properties (void **state)
{
  const char * const attendees[] = { "p-ash", "p-kit", "p-lee", NULL };
  const char * const empty[] = { NULL };
  CoprodMeeting *meeting = coprod_meeting_new ("m-1", NULL);

  coprod_test_property_flags (meeting);

  coprod_test_roundtrip_string (meeting, "title", "Launch of the forum");
  assert_string_equal (coprod_meeting_get_title (meeting), "Launch of the forum");

  coprod_test_roundtrip_enum (meeting, "kind", COPROD_MEETING_KIND_LAUNCH);
  assert_int_equal (coprod_meeting_get_kind (meeting), COPROD_MEETING_KIND_LAUNCH);

  coprod_test_roundtrip_enum (meeting, "format", COPROD_MEETING_FORMAT_HYBRID);

  assert_int_equal (coprod_meeting_get_status (meeting), COPROD_MEETING_STATUS_UNSPECIFIED);
  coprod_test_roundtrip_enum (meeting, "status", COPROD_MEETING_STATUS_CANCELLED);
  assert_int_equal (coprod_meeting_get_status (meeting), COPROD_MEETING_STATUS_CANCELLED);
  assert_int_equal (coprod_meeting_get_format (meeting), COPROD_MEETING_FORMAT_HYBRID);

  coprod_test_roundtrip_string (meeting, "date", "2024-04-30");
  assert_string_equal (coprod_meeting_get_date (meeting), "2024-04-30");

  coprod_test_roundtrip_string (meeting, "project-id", "pr-1");
  assert_string_equal (coprod_meeting_get_project_id (meeting), "pr-1");

  coprod_test_roundtrip_string (meeting, "partnership-id", "g-cop");
  assert_string_equal (coprod_meeting_get_partnership_id (meeting), "g-cop");

  coprod_test_roundtrip_string (meeting, "venue", "Community hall, ground floor");
  assert_string_equal (coprod_meeting_get_venue (meeting), "Community hall, ground floor");

  coprod_test_roundtrip_enum (meeting, "access", COPROD_ACCESS_STEP_FREE | COPROD_ACCESS_QUIET_SPACE);
  assert_int_equal (coprod_meeting_get_access (meeting),
                    COPROD_ACCESS_STEP_FREE | COPROD_ACCESS_QUIET_SPACE);

  coprod_test_roundtrip_enum (meeting, "support", COPROD_SUPPORT_TRAVEL_TICKETS | COPROD_SUPPORT_CARER_COVER);
  assert_int_equal (coprod_meeting_get_support (meeting),
                    COPROD_SUPPORT_TRAVEL_TICKETS | COPROD_SUPPORT_CARER_COVER);

  coprod_test_roundtrip_string (meeting, "agenda-shared-date", "2024-04-16");
  assert_string_equal (coprod_meeting_get_agenda_shared_date (meeting), "2024-04-16");

  coprod_test_roundtrip_boolean (meeting, "plain-language", TRUE);
  assert_true (coprod_meeting_get_plain_language (meeting));

  coprod_test_roundtrip_strv (meeting, "attendee-ids", attendees);
  assert_true (g_strv_equal (coprod_meeting_get_attendee_ids (meeting), attendees));
  assert_int_equal (coprod_meeting_get_n_attendees (meeting), 3);

  coprod_test_roundtrip_strv (meeting, "attendee-ids", empty);
  assert_int_equal (coprod_meeting_get_n_attendees (meeting), 0);

  coprod_test_roundtrip_string (meeting, "agenda-shared-date", NULL);
  assert_null (coprod_meeting_get_agenda_shared_date (meeting));

  coprod_test_assert_finalized (meeting);
}

static void
test_meeting_setters_notify (void **state)
{
  const char * const two[] = { "p-ash", "p-kit", NULL };
  const char * const two_again[] = { "p-ash", "p-kit", NULL };
  CoprodMeeting *meeting = coprod_meeting_new ("m-1", NULL);
  CoprodNotifyCounter counter;

  coprod_test_notify_counter_start (&counter, meeting, "attendee-ids");
  coprod_meeting_set_attendee_ids (meeting, NULL);   /* empty already */
  assert_int_equal (counter.count, 0);
  coprod_meeting_set_attendee_ids (meeting, two);
  coprod_meeting_set_attendee_ids (meeting, two_again);
  assert_int_equal (counter.count, 1);
  assert_int_equal (coprod_meeting_get_n_attendees (meeting), 2);
  coprod_test_notify_counter_stop (&counter);

  coprod_test_notify_counter_start (&counter, meeting, "support");
  coprod_meeting_set_support (meeting, COPROD_SUPPORT_REFRESHMENTS);
  coprod_meeting_set_support (meeting, COPROD_SUPPORT_REFRESHMENTS);
  assert_int_equal (counter.count, 1);
  coprod_test_notify_counter_stop (&counter);

  coprod_test_assert_finalized (meeting);
}

static CoprodRegistry *
make_registry (void)
{
  const char * const attendees[] = { "p-ash", "p-kit", NULL };
  CoprodRegistry *registry = coprod_registry_new ();
  g_autoptr(CoprodPerson) ash = coprod_person_new ("p-ash", "Ash Example");
  g_autoptr(CoprodPerson) kit = coprod_person_new ("p-kit", "Kit Sample");
  g_autoptr(CoprodPartnership) cop = coprod_partnership_new ("g-cop", "Community of practice");
  g_autoptr(CoprodMeeting) together = coprod_meeting_new ("m-together", "Get-together");
  g_autoptr(CoprodMeeting) reflection = coprod_meeting_new ("m-reflect", "Reflection session");

  coprod_partnership_set_kind (cop, COPROD_GROUP_KIND_COMMUNITY_OF_PRACTICE);

  coprod_meeting_set_kind (together, COPROD_MEETING_KIND_GET_TOGETHER);
  coprod_meeting_set_date (together, "2024-04-30");
  coprod_meeting_set_partnership_id (together, "g-cop");
  coprod_meeting_set_venue (together, "Family hub");
  coprod_meeting_set_access (together, COPROD_ACCESS_STEP_FREE | COPROD_ACCESS_TRAUMA_INFORMED);
  coprod_meeting_set_support (together, COPROD_SUPPORT_REFRESHMENTS |
                                        COPROD_SUPPORT_TRAVEL_TICKETS |
                                        COPROD_SUPPORT_CHECK_IN_AFTER);
  coprod_meeting_set_agenda_shared_date (together, "2024-04-16");
  coprod_meeting_set_plain_language (together, TRUE);
  coprod_meeting_set_attendee_ids (together, attendees);

  coprod_meeting_set_kind (reflection, COPROD_MEETING_KIND_REFLECTION);
  coprod_meeting_set_format (reflection, COPROD_MEETING_FORMAT_ONLINE);
  coprod_meeting_set_date (reflection, "2024-05");
  coprod_meeting_set_project_id (reflection, "pr-none-yet");

  assert_true (coprod_registry_add (registry, COPROD_RECORD (ash), NULL));
  assert_true (coprod_registry_add (registry, COPROD_RECORD (kit), NULL));
  assert_true (coprod_registry_add (registry, COPROD_RECORD (cop), NULL));
  assert_true (coprod_registry_add (registry, COPROD_RECORD (together), NULL));
  assert_true (coprod_registry_add (registry, COPROD_RECORD (reflection), NULL));

  return registry;
}

static void
test_meeting_registry (void **state)
{
  g_autoptr(CoprodRegistry) registry = make_registry ();
  GListModel *meetings = coprod_registry_get_meetings (registry);

  assert_true (g_list_model_get_item_type (meetings) == COPROD_TYPE_MEETING);
  assert_int_equal (g_list_model_get_n_items (meetings), 2);
  assert_ptr_equal (coprod_registry_get_collection (registry, COPROD_TYPE_MEETING), meetings);
  assert_true (coprod_registry_remove (registry, "m-together", NULL));
  assert_int_equal (g_list_model_get_n_items (meetings), 1);
}

static void
test_meeting_roundtrip (void **state)
{
  const char * const attendees[] = { "p-ash", "p-kit", NULL };
  g_autoptr(CoprodRegistry) registry = make_registry ();
  g_autoptr(CoprodRegistry) loaded = coprod_registry_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  CoprodMeeting *together;
  CoprodMeeting *reflection;

  coprod_test_assert_roundtrip (registry);

  data = coprod_registry_to_data (registry, NULL);
  assert_true (coprod_registry_load_from_data (loaded, data, -1, &error));
  assert_null (error);

  together = COPROD_MEETING (coprod_registry_lookup (loaded, "m-together"));
  assert_non_null (together);
  assert_string_equal (coprod_meeting_get_title (together), "Get-together");
  assert_int_equal (coprod_meeting_get_kind (together), COPROD_MEETING_KIND_GET_TOGETHER);
  assert_int_equal (coprod_meeting_get_format (together), COPROD_MEETING_FORMAT_IN_PERSON);
  assert_string_equal (coprod_meeting_get_date (together), "2024-04-30");
  assert_null (coprod_meeting_get_project_id (together));
  assert_string_equal (coprod_meeting_get_partnership_id (together), "g-cop");
  assert_string_equal (coprod_meeting_get_venue (together), "Family hub");
  assert_int_equal (coprod_meeting_get_access (together),
                    COPROD_ACCESS_STEP_FREE | COPROD_ACCESS_TRAUMA_INFORMED);
  assert_int_equal (coprod_meeting_get_support (together),
                    COPROD_SUPPORT_REFRESHMENTS | COPROD_SUPPORT_TRAVEL_TICKETS |
                    COPROD_SUPPORT_CHECK_IN_AFTER);
  assert_string_equal (coprod_meeting_get_agenda_shared_date (together), "2024-04-16");
  assert_true (coprod_meeting_get_plain_language (together));
  assert_true (g_strv_equal (coprod_meeting_get_attendee_ids (together), attendees));
  assert_int_equal (coprod_meeting_get_n_attendees (together), 2);

  reflection = COPROD_MEETING (coprod_registry_lookup (loaded, "m-reflect"));
  assert_int_equal (coprod_meeting_get_kind (reflection), COPROD_MEETING_KIND_REFLECTION);
  assert_int_equal (coprod_meeting_get_format (reflection), COPROD_MEETING_FORMAT_ONLINE);
  assert_string_equal (coprod_meeting_get_date (reflection), "2024-05");
  assert_string_equal (coprod_meeting_get_project_id (reflection), "pr-none-yet");
  assert_false (coprod_meeting_get_plain_language (reflection));
  assert_int_equal (coprod_meeting_get_n_attendees (reflection), 0);
}

static void
test_meeting_unknown_members (void **state)
{
  const char *json =
    "{\"format\": \"coprod\", \"version\": 1,"
    " \"meetings\": [{\"id\": \"m-1\", \"kind\": \"workshop\","
    "   \"room_booking\": {\"ref\": \"R-7\"}, \"attendee_ids\": [\"p-1\"]}]}";
  g_autoptr(CoprodRegistry) registry = coprod_registry_new ();
  g_autofree char *data = NULL;
  g_auto(GStrv) unknown = NULL;
  CoprodMeeting *meeting;

  assert_true (coprod_registry_load_from_data (registry, json, -1, NULL));
  meeting = COPROD_MEETING (coprod_registry_lookup (registry, "m-1"));
  assert_int_equal (coprod_meeting_get_kind (meeting), COPROD_MEETING_KIND_WORKSHOP);
  assert_int_equal (coprod_meeting_get_n_attendees (meeting), 1);
  unknown = coprod_record_dup_unknown_members (COPROD_RECORD (meeting));
  assert_int_equal (g_strv_length (unknown), 1);
  assert_string_equal (unknown[0], "room_booking");

  coprod_test_assert_roundtrip (registry);
  data = coprod_registry_to_data (registry, NULL);
  assert_non_null (strstr (data, "\"R-7\""));
}

typedef struct
{
  const char *meeting;   /* the members of meeting "m-7" after its id */
  int         code;
  const char *member;    /* the member the message must name */
} BadCase;

static const BadCase bad_cases[] = {
  { "\"title\": null, \"kind\": \"party\"", COPROD_ERROR_VALUE, "\"kind\"" },
  { "\"title\": 12", COPROD_ERROR_TYPE, "\"title\"" },
  { "\"kind\": [\"workshop\"]", COPROD_ERROR_TYPE, "\"kind\"" },
  { "\"format\": \"telepathy\"", COPROD_ERROR_VALUE, "\"format\"" },
  { "\"format\": \"In-Person\"", COPROD_ERROR_VALUE, "\"format\"" },
  { "\"date\": \"2024-04-31\"", COPROD_ERROR_DATE, "\"date\"" },
  { "\"date\": 20240430", COPROD_ERROR_TYPE, "\"date\"" },
  { "\"project_id\": \"\"", COPROD_ERROR_ID, "\"project_id\"" },
  { "\"partnership_id\": {}", COPROD_ERROR_TYPE, "\"partnership_id\"" },
  { "\"venue\": 1.5", COPROD_ERROR_TYPE, "\"venue\"" },
  { "\"access\": [\"wheelchair\"]", COPROD_ERROR_VALUE, "\"access\"" },
  { "\"access\": [\"none\"]", COPROD_ERROR_VALUE, "\"access\"" },
  { "\"access\": \"step-free\"", COPROD_ERROR_TYPE, "\"access\"" },
  { "\"support\": \"refreshments\"", COPROD_ERROR_TYPE, "\"support\"" },
  { "\"support\": [\"refreshments\", \"cake\"]", COPROD_ERROR_VALUE, "\"support\"" },
  { "\"agenda_shared_date\": \"last week\"", COPROD_ERROR_DATE, "\"agenda_shared_date\"" },
  { "\"plain_language\": 1", COPROD_ERROR_TYPE, "\"plain_language\"" },
  { "\"plain_language\": \"true\"", COPROD_ERROR_TYPE, "\"plain_language\"" },
  { "\"attendee_ids\": \"p-1\"", COPROD_ERROR_TYPE, "\"attendee_ids\"" },
  { "\"attendee_ids\": [\"p-1\", null]", COPROD_ERROR_TYPE, "\"attendee_ids\"" },
  { "\"attendee_ids\": [\"p-1\", \"p-2 \"]", COPROD_ERROR_ID, "\"attendee_ids\"" },
};

static void
test_meeting_bad_input (void **state)
{
  guint i;

  for (i = 0; i < G_N_ELEMENTS (bad_cases); i++)
    {
      const BadCase *c = &bad_cases[i];
      g_autofree char *json = NULL;
      g_autofree char *message = NULL;

      json = g_strdup_printf ("{\"format\": \"coprod\", \"version\": 1,"
                              " \"meetings\": [{\"id\": \"m-0\"}, {\"id\": \"m-7\", %s}]}",
                              c->meeting);
      message = coprod_test_load_expect_error (json, c->code);
      if (strstr (message, "meetings[1]") == NULL ||
          strstr (message, "id \"m-7\"") == NULL ||
          strstr (message, c->member) == NULL)
        fail_msg ("case %u (%s): the message does not name the record and %s: %s",
                  i, c->meeting, c->member, message);
    }
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_meeting_new),
    cmocka_unit_test (test_meeting_properties),
    cmocka_unit_test (test_meeting_setters_notify),
    cmocka_unit_test (test_meeting_registry),
    cmocka_unit_test (test_meeting_roundtrip),
    cmocka_unit_test (test_meeting_unknown_members),
    cmocka_unit_test (test_meeting_bad_input),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
