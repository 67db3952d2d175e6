/* test-project.c: projects, their involvements and feedback events
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "coprod-test-util.h"

/* Involvements */

static void
test_involvement_new (void **state)
{
  CoprodInvolvement *involvement =
    coprod_involvement_new ("p-ash", COPROD_STAGE_DESIGNING, COPROD_MODE_PARTNER);

  assert_string_equal (coprod_involvement_get_person_id (involvement), "p-ash");
  assert_int_equal (coprod_involvement_get_stage (involvement), COPROD_STAGE_DESIGNING);
  assert_int_equal (coprod_involvement_get_mode (involvement), COPROD_MODE_PARTNER);
  assert_false (coprod_involvement_get_planned (involvement));
  assert_null (coprod_involvement_get_date (involvement));
  assert_true (coprod_involvement_get_hours (involvement) == 0.0);
  assert_null (coprod_involvement_get_note (involvement));

  coprod_test_assert_finalized (involvement);
}

static void
test_involvement_properties (void **state)
{
  CoprodInvolvement *involvement =
    coprod_involvement_new (NULL, COPROD_STAGE_NONE, COPROD_MODE_NONE);

  coprod_test_property_flags (involvement);

  coprod_test_roundtrip_string (involvement, "person-id", "p-kit");
  assert_string_equal (coprod_involvement_get_person_id (involvement), "p-kit");

  coprod_test_roundtrip_enum (involvement, "stage", COPROD_STAGE_EVALUATING);
  assert_int_equal (coprod_involvement_get_stage (involvement), COPROD_STAGE_EVALUATING);
  coprod_test_roundtrip_enum (involvement, "stage", COPROD_STAGE_PLANNING);
  assert_int_equal (coprod_involvement_get_stage (involvement), COPROD_STAGE_PLANNING);

  coprod_test_roundtrip_enum (involvement, "mode", COPROD_MODE_CONSULTED);
  assert_int_equal (coprod_involvement_get_mode (involvement), COPROD_MODE_CONSULTED);

  coprod_test_roundtrip_boolean (involvement, "planned", TRUE);
  assert_true (coprod_involvement_get_planned (involvement));

  coprod_test_roundtrip_string (involvement, "date", "2024-05-02");
  assert_string_equal (coprod_involvement_get_date (involvement), "2024-05-02");

  coprod_test_roundtrip_double (involvement, "hours", 3.25);
  assert_true (coprod_involvement_get_hours (involvement) == 3.25);
  coprod_test_roundtrip_double (involvement, "hours", 100000.0);
  assert_true (coprod_involvement_get_hours (involvement) == 100000.0);

  coprod_test_roundtrip_string (involvement, "note", "Joined by phone");
  assert_string_equal (coprod_involvement_get_note (involvement), "Joined by phone");

  coprod_test_roundtrip_enum (involvement, "stage", COPROD_STAGE_NONE);
  assert_int_equal (coprod_involvement_get_stage (involvement), COPROD_STAGE_NONE);

  coprod_test_assert_finalized (involvement);
}

static void
test_involvement_stage_is_one_stage (void **state)
{
  CoprodInvolvement *involvement =
    coprod_involvement_new ("p-ash", COPROD_STAGE_DOING, COPROD_MODE_ENGAGED);
  CoprodNotifyCounter counter;

  coprod_test_notify_counter_start (&counter, involvement, "stage");

  g_test_expect_message ("Coprod", G_LOG_LEVEL_CRITICAL, "*stage & (stage - 1)*");
  coprod_involvement_set_stage (involvement, COPROD_STAGE_DOING | COPROD_STAGE_DELIVERING);
  g_test_assert_expected_messages ();

  assert_int_equal (coprod_involvement_get_stage (involvement), COPROD_STAGE_DOING);
  assert_int_equal (counter.count, 0);

  coprod_involvement_set_stage (involvement, COPROD_STAGE_DELIVERING);
  assert_int_equal (counter.count, 1);

  coprod_test_notify_counter_stop (&counter);
  coprod_test_assert_finalized (involvement);
}

static void
test_involvement_hours_range (void **state)
{
  CoprodInvolvement *involvement =
    coprod_involvement_new ("p-ash", COPROD_STAGE_DOING, COPROD_MODE_ENGAGED);

  coprod_involvement_set_hours (involvement, 2.0);

  g_test_expect_message ("Coprod", G_LOG_LEVEL_CRITICAL, "*minimum*");
  coprod_involvement_set_hours (involvement, -1.0);
  g_test_assert_expected_messages ();
  assert_true (coprod_involvement_get_hours (involvement) == 2.0);

  g_test_expect_message ("Coprod", G_LOG_LEVEL_CRITICAL, "*maximum*");
  coprod_involvement_set_hours (involvement, 100000.5);
  g_test_assert_expected_messages ();
  assert_true (coprod_involvement_get_hours (involvement) == 2.0);

  coprod_test_assert_finalized (involvement);
}

/* Feedback events */

static void
test_feedback_event_new (void **state)
{
  CoprodFeedbackEvent *event =
    coprod_feedback_event_new ("2024-06-20", "The leaflet now says what to expect");

  assert_string_equal (coprod_feedback_event_get_date (event), "2024-06-20");
  assert_string_equal (coprod_feedback_event_get_summary (event),
                       "The leaflet now says what to expect");
  assert_null (coprod_feedback_event_get_method (event));
  assert_non_null (coprod_feedback_event_get_reached_ids (event));
  assert_null (coprod_feedback_event_get_reached_ids (event)[0]);

  coprod_test_assert_finalized (event);
}

static void
test_feedback_event_properties (void **state)
{
  const char * const reached[] = { "p-ash", "p-kit", NULL };
  const char * const empty[] = { NULL };
  CoprodFeedbackEvent *event = coprod_feedback_event_new (NULL, NULL);
  CoprodNotifyCounter counter;

  coprod_test_property_flags (event);

  coprod_test_roundtrip_string (event, "date", "2024-07");
  assert_string_equal (coprod_feedback_event_get_date (event), "2024-07");

  coprod_test_roundtrip_string (event, "summary", "Your stories changed the training");
  assert_string_equal (coprod_feedback_event_get_summary (event),
                       "Your stories changed the training");

  coprod_test_roundtrip_string (event, "method", "newsletter");
  assert_string_equal (coprod_feedback_event_get_method (event), "newsletter");

  coprod_test_roundtrip_strv (event, "reached-ids", reached);
  assert_true (g_strv_equal (coprod_feedback_event_get_reached_ids (event), reached));

  coprod_test_roundtrip_strv (event, "reached-ids", empty);
  assert_null (coprod_feedback_event_get_reached_ids (event)[0]);

  /* NULL is the empty list: no change, no notification */
  coprod_test_notify_counter_start (&counter, event, "reached-ids");
  coprod_feedback_event_set_reached_ids (event, NULL);
  assert_int_equal (counter.count, 0);
  coprod_test_notify_counter_stop (&counter);

  coprod_test_assert_finalized (event);
}

/* Projects */

static void
test_project_new (void **state)
{
  CoprodProject *project = coprod_project_new ("pr-1", "Easy read leaflet");

  assert_string_equal (coprod_record_get_id (COPROD_RECORD (project)), "pr-1");
  assert_string_equal (coprod_project_get_title (project), "Easy read leaflet");
  assert_null (coprod_project_get_partnership_id (project));
  assert_int_equal (coprod_project_get_stages (project), COPROD_STAGE_ALL);
  /* no aim unless one is recorded */
  assert_int_equal (coprod_project_get_aimed_rung (project), COPROD_RUNG_NONE);
  assert_int_equal (coprod_project_get_claimed_rung (project), COPROD_RUNG_NONE);
  assert_int_equal (coprod_project_get_status (project), COPROD_PROJECT_STATUS_UNSPECIFIED);
  assert_int_equal (coprod_project_get_initiated_by (project), COPROD_INITIATOR_UNSPECIFIED);
  assert_false (coprod_project_get_lived_experience_led (project));
  assert_null (coprod_project_get_deadline (project));
  assert_false (coprod_project_get_deadline_fixed (project));
  assert_int_equal (g_list_model_get_n_items (coprod_project_get_involvements (project)), 0);
  assert_int_equal (g_list_model_get_n_items (coprod_project_get_feedback_events (project)), 0);
  assert_true (g_list_model_get_item_type (coprod_project_get_involvements (project)) ==
               COPROD_TYPE_INVOLVEMENT);
  assert_true (g_list_model_get_item_type (coprod_project_get_feedback_events (project)) ==
               COPROD_TYPE_FEEDBACK_EVENT);

  coprod_test_assert_finalized (project);
}

static void
test_project_properties (void **state)
{
  CoprodProject *project = coprod_project_new ("pr-1", NULL);
  g_autoptr(GListModel) involvements = NULL;
  g_autoptr(GListModel) events = NULL;

  coprod_test_property_flags (project);

  coprod_test_roundtrip_string (project, "title", "Suicide awareness campaign toolkit");
  assert_string_equal (coprod_project_get_title (project), "Suicide awareness campaign toolkit");

  coprod_test_roundtrip_string (project, "partnership-id", "g-fife");
  assert_string_equal (coprod_project_get_partnership_id (project), "g-fife");

  coprod_test_roundtrip_enum (project, "stages", COPROD_STAGE_DESIGNING | COPROD_STAGE_DOING);
  assert_int_equal (coprod_project_get_stages (project),
                    COPROD_STAGE_DESIGNING | COPROD_STAGE_DOING);
  coprod_test_roundtrip_enum (project, "stages", COPROD_STAGE_NONE);
  assert_int_equal (coprod_project_get_stages (project), COPROD_STAGE_NONE);

  coprod_test_roundtrip_enum (project, "aimed-rung", COPROD_RUNG_CO_DESIGN);
  assert_int_equal (coprod_project_get_aimed_rung (project), COPROD_RUNG_CO_DESIGN);

  coprod_test_roundtrip_enum (project, "claimed-rung", COPROD_RUNG_CO_PRODUCTION);
  assert_int_equal (coprod_project_get_claimed_rung (project), COPROD_RUNG_CO_PRODUCTION);

  coprod_test_roundtrip_enum (project, "status", COPROD_PROJECT_STATUS_UNDER_WAY);
  assert_int_equal (coprod_project_get_status (project), COPROD_PROJECT_STATUS_UNDER_WAY);

  coprod_test_roundtrip_enum (project, "initiated-by", COPROD_INITIATOR_LIVED_EXPERIENCE);
  assert_int_equal (coprod_project_get_initiated_by (project), COPROD_INITIATOR_LIVED_EXPERIENCE);

  coprod_test_roundtrip_boolean (project, "lived-experience-led", TRUE);
  assert_true (coprod_project_get_lived_experience_led (project));

  coprod_test_roundtrip_string (project, "deadline", "2024-09-10");
  assert_string_equal (coprod_project_get_deadline (project), "2024-09-10");

  coprod_test_roundtrip_boolean (project, "deadline-fixed", TRUE);
  assert_true (coprod_project_get_deadline_fixed (project));

  g_object_get (project,
                "involvements", &involvements,
                "feedback-events", &events,
                NULL);
  assert_ptr_equal (involvements, coprod_project_get_involvements (project));
  assert_ptr_equal (events, coprod_project_get_feedback_events (project));
  g_clear_object (&involvements);
  g_clear_object (&events);

  coprod_test_assert_finalized (project);
}

static void
test_project_children (void **state)
{
  CoprodProject *project = coprod_project_new ("pr-1", "Leaflet");
  GListModel *involvements = coprod_project_get_involvements (project);
  GListModel *events = coprod_project_get_feedback_events (project);
  g_autoptr(CoprodInvolvement) planning =
    coprod_involvement_new ("p-ash", COPROD_STAGE_PLANNING, COPROD_MODE_PARTNER);
  g_autoptr(CoprodInvolvement) doing =
    coprod_involvement_new ("p-kit", COPROD_STAGE_DOING, COPROD_MODE_CONSULTED);
  g_autoptr(CoprodFeedbackEvent) event = coprod_feedback_event_new ("2024-08", NULL);
  g_autoptr(CoprodFeedbackEvent) other = coprod_feedback_event_new ("2024-09", NULL);
  g_autoptr(CoprodInvolvement) second = NULL;
  guint changes = 0;

  g_signal_connect (involvements, "items-changed", G_CALLBACK (coprod_test_count_items_changed), &changes);

  coprod_project_add_involvement (project, planning);
  coprod_project_add_involvement (project, doing);
  assert_int_equal (changes, 2);
  assert_int_equal (g_list_model_get_n_items (involvements), 2);
  second = g_list_model_get_item (involvements, 1);
  assert_ptr_equal (second, doing);

  assert_true (coprod_project_remove_involvement (project, planning));
  assert_false (coprod_project_remove_involvement (project, planning));
  assert_int_equal (changes, 3);
  assert_int_equal (g_list_model_get_n_items (involvements), 1);

  coprod_project_add_feedback_event (project, event);
  assert_int_equal (g_list_model_get_n_items (events), 1);
  assert_false (coprod_project_remove_feedback_event (project, other));
  assert_true (coprod_project_remove_feedback_event (project, event));
  assert_int_equal (g_list_model_get_n_items (events), 0);
  coprod_project_add_feedback_event (project, other);

  g_signal_handlers_disconnect_by_data (involvements, &changes);
  coprod_test_assert_finalized (project);

  assert_int_equal (G_OBJECT (other)->ref_count, 1);
  assert_int_equal (G_OBJECT (planning)->ref_count, 1);
}

static CoprodRegistry *
make_registry (void)
{
  const char * const reached[] = { "p-ash", "p-kit", NULL };
  CoprodRegistry *registry = coprod_registry_new ();
  g_autoptr(CoprodPerson) ash = coprod_person_new ("p-ash", "Ash Example");
  g_autoptr(CoprodPerson) kit = coprod_person_new ("p-kit", "Kit Sample");
  g_autoptr(CoprodPartnership) partnership = coprod_partnership_new ("g-fife", "Fife partnership");
  g_autoptr(CoprodProject) toolkit = coprod_project_new ("pr-toolkit", "Campaign toolkit");
  g_autoptr(CoprodProject) report = coprod_project_new ("pr-report", "Report");
  g_autoptr(CoprodInvolvement) planning =
    coprod_involvement_new ("p-ash", COPROD_STAGE_PLANNING, COPROD_MODE_PARTNER);
  g_autoptr(CoprodInvolvement) doing =
    coprod_involvement_new ("p-kit", COPROD_STAGE_DOING, COPROD_MODE_CONSULTED);
  g_autoptr(CoprodFeedbackEvent) event =
    coprod_feedback_event_new ("2024-10-01", "The toolkit reached every GP surgery in Fife");

  coprod_project_set_partnership_id (toolkit, "g-fife");
  coprod_project_set_stages (toolkit, COPROD_STAGE_PLANNING | COPROD_STAGE_DESIGNING |
                                      COPROD_STAGE_DOING);
  coprod_project_set_aimed_rung (toolkit, COPROD_RUNG_CO_DESIGN);
  coprod_project_set_deadline (toolkit, "2024-09-10");
  coprod_project_set_deadline_fixed (toolkit, TRUE);
  coprod_involvement_set_date (planning, "2024-02");
  coprod_involvement_set_hours (planning, 6.5);
  coprod_involvement_set_note (planning, "Co-chaired the planning day");
  coprod_involvement_set_hours (doing, 2);
  coprod_project_add_involvement (toolkit, planning);
  coprod_project_add_involvement (toolkit, doing);
  coprod_feedback_event_set_method (event, "feedback session");
  coprod_feedback_event_set_reached_ids (event, reached);
  coprod_project_add_feedback_event (toolkit, event);

  assert_true (coprod_registry_add (registry, COPROD_RECORD (ash), NULL));
  assert_true (coprod_registry_add (registry, COPROD_RECORD (kit), NULL));
  assert_true (coprod_registry_add (registry, COPROD_RECORD (partnership), NULL));
  assert_true (coprod_registry_add (registry, COPROD_RECORD (toolkit), NULL));
  assert_true (coprod_registry_add (registry, COPROD_RECORD (report), NULL));

  return registry;
}

static void
test_project_registry (void **state)
{
  g_autoptr(CoprodRegistry) registry = make_registry ();
  GListModel *projects = coprod_registry_get_projects (registry);
  g_autoptr(CoprodProject) second = NULL;

  assert_true (g_list_model_get_item_type (projects) == COPROD_TYPE_PROJECT);
  assert_int_equal (g_list_model_get_n_items (projects), 2);
  assert_ptr_equal (coprod_registry_get_collection (registry, COPROD_TYPE_PROJECT), projects);
  second = g_list_model_get_item (projects, 1);
  assert_string_equal (coprod_record_get_id (COPROD_RECORD (second)), "pr-report");
}

static void
test_project_roundtrip (void **state)
{
  const char * const reached[] = { "p-ash", "p-kit", NULL };
  g_autoptr(CoprodRegistry) registry = make_registry ();
  g_autoptr(CoprodRegistry) loaded = coprod_registry_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  g_autoptr(CoprodInvolvement) planning = NULL;
  g_autoptr(CoprodInvolvement) doing = NULL;
  g_autoptr(CoprodFeedbackEvent) event = NULL;
  CoprodProject *toolkit;
  CoprodProject *report;

  coprod_test_assert_roundtrip (registry);

  data = coprod_registry_to_data (registry, NULL);
  /* the stage of an involvement is one nick, not an array */
  assert_non_null (strstr (data, "\"stage\" : \"planning\""));
  assert_true (coprod_registry_load_from_data (loaded, data, -1, &error));
  assert_null (error);

  toolkit = COPROD_PROJECT (coprod_registry_lookup (loaded, "pr-toolkit"));
  assert_non_null (toolkit);
  assert_string_equal (coprod_project_get_title (toolkit), "Campaign toolkit");
  assert_string_equal (coprod_project_get_partnership_id (toolkit), "g-fife");
  assert_int_equal (coprod_project_get_stages (toolkit),
                    COPROD_STAGE_PLANNING | COPROD_STAGE_DESIGNING | COPROD_STAGE_DOING);
  assert_int_equal (coprod_project_get_aimed_rung (toolkit), COPROD_RUNG_CO_DESIGN);
  assert_string_equal (coprod_project_get_deadline (toolkit), "2024-09-10");
  assert_true (coprod_project_get_deadline_fixed (toolkit));

  assert_int_equal (g_list_model_get_n_items (coprod_project_get_involvements (toolkit)), 2);
  planning = g_list_model_get_item (coprod_project_get_involvements (toolkit), 0);
  doing = g_list_model_get_item (coprod_project_get_involvements (toolkit), 1);
  assert_string_equal (coprod_involvement_get_person_id (planning), "p-ash");
  assert_int_equal (coprod_involvement_get_stage (planning), COPROD_STAGE_PLANNING);
  assert_int_equal (coprod_involvement_get_mode (planning), COPROD_MODE_PARTNER);
  assert_string_equal (coprod_involvement_get_date (planning), "2024-02");
  assert_true (coprod_involvement_get_hours (planning) == 6.5);
  assert_string_equal (coprod_involvement_get_note (planning), "Co-chaired the planning day");
  assert_string_equal (coprod_involvement_get_person_id (doing), "p-kit");
  assert_int_equal (coprod_involvement_get_stage (doing), COPROD_STAGE_DOING);
  assert_int_equal (coprod_involvement_get_mode (doing), COPROD_MODE_CONSULTED);
  assert_true (coprod_involvement_get_hours (doing) == 2.0);
  assert_null (coprod_involvement_get_date (doing));

  assert_int_equal (g_list_model_get_n_items (coprod_project_get_feedback_events (toolkit)), 1);
  event = g_list_model_get_item (coprod_project_get_feedback_events (toolkit), 0);
  assert_string_equal (coprod_feedback_event_get_date (event), "2024-10-01");
  assert_string_equal (coprod_feedback_event_get_summary (event),
                       "The toolkit reached every GP surgery in Fife");
  assert_string_equal (coprod_feedback_event_get_method (event), "feedback session");
  assert_true (g_strv_equal (coprod_feedback_event_get_reached_ids (event), reached));

  report = COPROD_PROJECT (coprod_registry_lookup (loaded, "pr-report"));
  assert_int_equal (coprod_project_get_stages (report), COPROD_STAGE_ALL);
  assert_int_equal (coprod_project_get_aimed_rung (report), COPROD_RUNG_NONE);
  assert_false (coprod_project_get_deadline_fixed (report));
}

static void
test_project_defaults_when_absent (void **state)
{
  const char *json =
    "{\"format\": \"coprod\", \"version\": 1,"
    " \"projects\": [{\"id\": \"pr-1\","
    "   \"involvements\": [{\"person_id\": \"p-1\"}], \"feedback_events\": [{}]}]}";
  g_autoptr(CoprodRegistry) registry = coprod_registry_new ();
  g_autoptr(CoprodInvolvement) involvement = NULL;
  CoprodProject *project;

  assert_true (coprod_registry_load_from_data (registry, json, -1, NULL));
  project = COPROD_PROJECT (coprod_registry_lookup (registry, "pr-1"));
  assert_non_null (project);
  assert_int_equal (coprod_project_get_stages (project), COPROD_STAGE_ALL);
  /* a document written before the aim, the claim and the status were
   * known loads with none of them recorded, and an involvement held */
  assert_int_equal (coprod_project_get_aimed_rung (project), COPROD_RUNG_NONE);
  assert_int_equal (coprod_project_get_claimed_rung (project), COPROD_RUNG_NONE);
  assert_int_equal (coprod_project_get_status (project), COPROD_PROJECT_STATUS_UNSPECIFIED);
  involvement = g_list_model_get_item (coprod_project_get_involvements (project), 0);
  assert_int_equal (coprod_involvement_get_stage (involvement), COPROD_STAGE_NONE);
  assert_int_equal (coprod_involvement_get_mode (involvement), COPROD_MODE_NONE);
  assert_false (coprod_involvement_get_planned (involvement));
  assert_int_equal (g_list_model_get_n_items (coprod_project_get_feedback_events (project)), 1);
  coprod_test_assert_roundtrip (registry);
}

static void
test_project_unknown_members (void **state)
{
  const char *json =
    "{\"format\": \"coprod\", \"version\": 1,"
    " \"projects\": [{\"id\": \"pr-1\", \"title\": \"Guide\", \"budget_code\": \"AB-12\","
    "   \"involvements\": [{\"person_id\": \"p-1\", \"stage\": \"doing\","
    "                       \"mode\": \"partner\", \"x_venue\": [1, 2.5, null],"
    "                       \"hours\": 1}],"
    "   \"feedback_events\": [{\"summary\": \"Thanks\","
    "                          \"x_channel\": {\"name\": \"radio\"}}]}]}";
  g_autoptr(CoprodRegistry) registry = coprod_registry_new ();
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  JsonObject *project;
  JsonObject *involvement;
  JsonObject *event;
  JsonArray *venue;

  assert_true (coprod_registry_load_from_data (registry, json, -1, &error));
  assert_null (error);
  coprod_test_assert_roundtrip (registry);

  data = coprod_registry_to_data (registry, NULL);
  assert_true (json_parser_load_from_data (parser, data, -1, NULL));
  project = json_array_get_object_element (
              json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)),
                                            "projects"), 0);
  assert_string_equal (json_object_get_string_member (project, "budget_code"), "AB-12");

  involvement = json_array_get_object_element (
                  json_object_get_array_member (project, "involvements"), 0);
  assert_string_equal (json_object_get_string_member (involvement, "stage"), "doing");
  venue = json_object_get_array_member (involvement, "x_venue");
  assert_non_null (venue);
  assert_int_equal (json_array_get_length (venue), 3);
  assert_true (json_array_get_double_element (venue, 1) == 2.5);
  assert_true (json_array_get_null_element (venue, 2));

  event = json_array_get_object_element (
            json_object_get_array_member (project, "feedback_events"), 0);
  assert_string_equal (json_object_get_string_member (event, "summary"), "Thanks");
  assert_string_equal (json_object_get_string_member (
                         json_object_get_object_member (event, "x_channel"), "name"),
                       "radio");
}

typedef struct
{
  const char *project;   /* the members of project "pr-7" after its id */
  int         code;
  const char *member;    /* the member the message must name */
} BadCase;

static const BadCase bad_cases[] = {
  { "\"title\": 1", COPROD_ERROR_TYPE, "\"title\"" },
  { "\"partnership_id\": \"\"", COPROD_ERROR_ID, "\"partnership_id\"" },
  { "\"stages\": \"planning\"", COPROD_ERROR_TYPE, "\"stages\"" },
  { "\"stages\": [\"planning\", \"napping\"]", COPROD_ERROR_VALUE, "\"stages\"" },
  { "\"stages\": [\"planning\", 2]", COPROD_ERROR_TYPE, "\"stages\"" },
  { "\"aimed_rung\": \"the top\"", COPROD_ERROR_VALUE, "\"aimed_rung\"" },
  { "\"aimed_rung\": 7", COPROD_ERROR_TYPE, "\"aimed_rung\"" },
  { "\"deadline\": \"2024-1\"", COPROD_ERROR_DATE, "\"deadline\"" },
  { "\"deadline_fixed\": \"yes\"", COPROD_ERROR_TYPE, "\"deadline_fixed\"" },
  { "\"involvements\": {}", COPROD_ERROR_TYPE, "\"involvements\"" },
  { "\"involvements\": [null]", COPROD_ERROR_TYPE, "involvements[0]" },
  { "\"involvements\": [{}, [\"p-1\"]]", COPROD_ERROR_TYPE, "involvements[1]" },
  { "\"involvements\": [{\"person_id\": 4}]", COPROD_ERROR_TYPE, "\"person_id\"" },
  { "\"involvements\": [{\"person_id\": \"\"}]", COPROD_ERROR_ID, "\"person_id\"" },
  { "\"involvements\": [{\"stage\": [\"doing\"]}]", COPROD_ERROR_TYPE, "\"stage\"" },
  { "\"involvements\": [{\"stage\": \"sideways\"}]", COPROD_ERROR_VALUE, "\"stage\"" },
  { "\"involvements\": [{\"mode\": \"bystander\"}]", COPROD_ERROR_VALUE, "\"mode\"" },
  { "\"involvements\": [{\"date\": \"yesterday\"}]", COPROD_ERROR_DATE, "\"date\"" },
  { "\"involvements\": [{\"hours\": -1}]", COPROD_ERROR_VALUE, "\"hours\"" },
  { "\"involvements\": [{\"hours\": -0.25}]", COPROD_ERROR_VALUE, "\"hours\"" },
  { "\"involvements\": [{\"hours\": 100001}]", COPROD_ERROR_VALUE, "\"hours\"" },
  { "\"involvements\": [{\"hours\": \"2\"}]", COPROD_ERROR_TYPE, "\"hours\"" },
  { "\"involvements\": [{\"note\": false}]", COPROD_ERROR_TYPE, "\"note\"" },
  { "\"feedback_events\": \"none\"", COPROD_ERROR_TYPE, "\"feedback_events\"" },
  { "\"feedback_events\": [[]]", COPROD_ERROR_TYPE, "feedback_events[0]" },
  { "\"feedback_events\": [{\"date\": \"2024-00\"}]", COPROD_ERROR_DATE, "\"date\"" },
  { "\"feedback_events\": [{\"summary\": 3}]", COPROD_ERROR_TYPE, "\"summary\"" },
  { "\"feedback_events\": [{\"method\": []}]", COPROD_ERROR_TYPE, "\"method\"" },
  { "\"feedback_events\": [{\"reached_ids\": \"p-1\"}]", COPROD_ERROR_TYPE, "\"reached_ids\"" },
  { "\"feedback_events\": [{\"reached_ids\": [1]}]", COPROD_ERROR_TYPE, "\"reached_ids\"" },
  { "\"feedback_events\": [{\"reached_ids\": [\"p-1\", \"\"]}]",
    COPROD_ERROR_ID, "\"reached_ids\"" },
};

static void
test_project_bad_input (void **state)
{
  guint i;

  for (i = 0; i < G_N_ELEMENTS (bad_cases); i++)
    {
      const BadCase *c = &bad_cases[i];
      g_autofree char *json = NULL;
      g_autofree char *message = NULL;

      json = g_strdup_printf ("{\"format\": \"coprod\", \"version\": 1,"
                              " \"projects\": [{\"id\": \"pr-0\"}, {\"id\": \"pr-7\", %s}]}",
                              c->project);
      message = coprod_test_load_expect_error (json, c->code);
      if (strstr (message, "projects[1]") == NULL ||
          strstr (message, "id \"pr-7\"") == NULL ||
          strstr (message, c->member) == NULL)
        fail_msg ("case %u (%s): the message does not name the record and %s: %s",
                  i, c->project, c->member, message);
    }
}

/* A stage and a mode not recorded are written back as "none", so a
 * document that says so is saved as it was read */
static void
test_project_none_written_back (void **state)
{
  const char *json =
    "{\"format\": \"coprod\", \"version\": 1, \"projects\": [{\"id\": \"pr\", "
    "\"involvements\": [{\"person_id\": \"p\", \"stage\": \"none\", \"mode\": \"none\"}]}]}";
  g_autoptr(CoprodRegistry) registry = coprod_registry_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;

  assert_true (coprod_registry_load_from_data (registry, json, -1, &error));
  data = coprod_registry_to_data (registry, NULL);
  assert_non_null (strstr (data, "\"stage\" : \"none\""));
  assert_non_null (strstr (data, "\"mode\" : \"none\""));
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_involvement_new),
    cmocka_unit_test (test_involvement_properties),
    cmocka_unit_test (test_involvement_stage_is_one_stage),
    cmocka_unit_test (test_involvement_hours_range),
    cmocka_unit_test (test_feedback_event_new),
    cmocka_unit_test (test_feedback_event_properties),
    cmocka_unit_test (test_project_new),
    cmocka_unit_test (test_project_properties),
    cmocka_unit_test (test_project_children),
    cmocka_unit_test (test_project_registry),
    cmocka_unit_test (test_project_roundtrip),
    cmocka_unit_test (test_project_defaults_when_absent),
    cmocka_unit_test (test_project_unknown_members),
    cmocka_unit_test (test_project_bad_input),
    cmocka_unit_test (test_project_none_written_back),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
