/* test-output.c: what projects produce, and its reach
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "coprod-record-private.h"
#include "coprod-test-util.h"

#define MAX_EXACT_INT G_GINT64_CONSTANT (9007199254740991)

static void
test_output_new (void **state)
{
  g_autoptr(CoprodOutput) output =
    coprod_output_new ("out-1", COPROD_OUTPUT_KIND_TOOLKIT, "Employing personal assistants");

  assert_string_equal (coprod_record_get_id (COPROD_RECORD (output)), "out-1");
  assert_int_equal (coprod_output_get_kind (output), COPROD_OUTPUT_KIND_TOOLKIT);
  assert_string_equal (coprod_output_get_title (output), "Employing personal assistants");
  assert_null (coprod_output_get_project_id (output));
  assert_null (coprod_output_get_url (output));
  assert_null (coprod_output_get_published_date (output));
  assert_non_null (coprod_output_get_co_author_ids (output));
  assert_null (coprod_output_get_co_author_ids (output)[0]);
  assert_true (coprod_output_get_page_views (output) == 0);
  assert_true (coprod_output_get_people_reached (output) == 0);
  assert_null (coprod_output_get_reach_from (output));
  assert_null (coprod_output_get_reach_to (output));
  assert_false (coprod_output_has_reach (output));

  coprod_test_assert_finalized (g_steal_pointer (&output));
}

static void
test_output_properties (void **state)
{
  CoprodOutput *output = g_object_new (COPROD_TYPE_OUTPUT, "id", "out-1", NULL);
  const char * const authors[] = { "p-1", "org-2", NULL };
  const char * const empty[] = { NULL };

  assert_int_equal (coprod_output_get_kind (output), COPROD_OUTPUT_KIND_REPORT);

  coprod_test_property_flags (output);
  coprod_test_assert_field_kind (output, "title", COPROD_FIELD_TEXT);
  coprod_test_assert_field_kind (output, "project-id", COPROD_FIELD_REF);
  coprod_test_assert_field_kind (output, "url", COPROD_FIELD_TEXT);
  coprod_test_assert_field_kind (output, "published-date", COPROD_FIELD_DATE);
  coprod_test_assert_field_kind (output, "reach-from", COPROD_FIELD_DATE);
  coprod_test_assert_field_kind (output, "reach-to", COPROD_FIELD_DATE);

  coprod_test_roundtrip_enum (output, "kind", COPROD_OUTPUT_KIND_INFORMATION_HUB);
  assert_int_equal (coprod_output_get_kind (output), COPROD_OUTPUT_KIND_INFORMATION_HUB);
  coprod_test_roundtrip_enum (output, "kind", COPROD_OUTPUT_KIND_OTHER);
  assert_int_equal (coprod_output_get_kind (output), COPROD_OUTPUT_KIND_OTHER);

  coprod_test_roundtrip_string (output, "title", "Suicide awareness campaign toolkit");
  assert_string_equal (coprod_output_get_title (output), "Suicide awareness campaign toolkit");

  coprod_test_roundtrip_string (output, "project-id", "proj-1");
  assert_string_equal (coprod_output_get_project_id (output), "proj-1");
  coprod_test_roundtrip_string (output, "project-id", NULL);
  assert_null (coprod_output_get_project_id (output));

  coprod_test_roundtrip_string (output, "url", "https://example.org/toolkit");
  assert_string_equal (coprod_output_get_url (output), "https://example.org/toolkit");

  coprod_test_roundtrip_string (output, "published-date", "2017-03");
  assert_string_equal (coprod_output_get_published_date (output), "2017-03");

  coprod_test_roundtrip_strv (output, "co-author-ids", authors);
  assert_true (g_strv_equal (coprod_output_get_co_author_ids (output), authors));
  coprod_test_roundtrip_strv (output, "co-author-ids", empty);
  assert_null (coprod_output_get_co_author_ids (output)[0]);

  coprod_test_roundtrip_int64 (output, "page-views", 16000);
  assert_true (coprod_output_get_page_views (output) == 16000);
  assert_true (coprod_output_has_reach (output));
  coprod_test_roundtrip_int64 (output, "page-views", 0);
  assert_false (coprod_output_has_reach (output));

  coprod_test_roundtrip_int64 (output, "people-reached", 6066);
  assert_true (coprod_output_get_people_reached (output) == 6066);
  assert_true (coprod_output_has_reach (output));
  coprod_test_roundtrip_int64 (output, "people-reached", MAX_EXACT_INT);
  assert_true (coprod_output_get_people_reached (output) == MAX_EXACT_INT);
  coprod_test_roundtrip_int64 (output, "people-reached", 0);
  assert_false (coprod_output_has_reach (output));

  /* a lower bound is kept as one: "more than 40,000" */
  assert_int_equal (coprod_output_get_page_views_qualifier (output), COPROD_FIGURE_QUALIFIER_EXACT);
  assert_int_equal (coprod_output_get_people_reached_qualifier (output), COPROD_FIGURE_QUALIFIER_EXACT);
  coprod_test_roundtrip_enum (output, "page-views-qualifier", COPROD_FIGURE_QUALIFIER_MORE_THAN);
  assert_int_equal (coprod_output_get_page_views_qualifier (output), COPROD_FIGURE_QUALIFIER_MORE_THAN);
  coprod_test_roundtrip_enum (output, "people-reached-qualifier", COPROD_FIGURE_QUALIFIER_AT_LEAST);
  assert_int_equal (coprod_output_get_people_reached_qualifier (output), COPROD_FIGURE_QUALIFIER_AT_LEAST);
  coprod_output_set_page_views_qualifier (output, COPROD_FIGURE_QUALIFIER_EXACT);
  coprod_output_set_people_reached_qualifier (output, COPROD_FIGURE_QUALIFIER_EXACT);
  assert_int_equal (coprod_output_get_page_views_qualifier (output), COPROD_FIGURE_QUALIFIER_EXACT);

  coprod_test_roundtrip_string (output, "reach-from", "2016-04");
  assert_string_equal (coprod_output_get_reach_from (output), "2016-04");
  coprod_test_roundtrip_string (output, "reach-to", "2017-03");
  assert_string_equal (coprod_output_get_reach_to (output), "2017-03");
  /* a period alone is not reach */
  assert_false (coprod_output_has_reach (output));

  /* NULL for a list is the empty list, and no change from it */
  {
    CoprodNotifyCounter counter;

    coprod_test_notify_counter_start (&counter, output, "co-author-ids");
    coprod_output_set_co_author_ids (output, NULL);
    assert_int_equal (counter.count, 0);
    coprod_output_set_co_author_ids (output, authors);
    coprod_output_set_co_author_ids (output, authors);
    assert_int_equal (counter.count, 1);
    coprod_test_notify_counter_stop (&counter);
  }

  coprod_test_assert_finalized (output);
}

static void
test_output_registry (void **state)
{
  g_autoptr(CoprodRegistry) registry = coprod_registry_new ();
  g_autoptr(CoprodOutput) output = coprod_output_new ("out-1", COPROD_OUTPUT_KIND_VIDEO, NULL);
  GListModel *outputs = coprod_registry_get_outputs (registry);

  coprod_test_assert_added_to_collection (registry, output, "out-1", COPROD_TYPE_OUTPUT, outputs);
}

static void
test_output_roundtrip (void **state)
{
  g_autoptr(CoprodRegistry) registry = coprod_registry_new ();
  g_autoptr(CoprodRegistry) loaded = coprod_registry_new ();
  g_autoptr(CoprodOutput) toolkit =
    coprod_output_new ("out-1", COPROD_OUTPUT_KIND_TOOLKIT, "Employing personal assistants");
  g_autoptr(CoprodOutput) hub =
    coprod_output_new ("out-2", COPROD_OUTPUT_KIND_INFORMATION_HUB, "Information hub");
  const char * const authors[] = { "p-employer-1", "p-employer-2", NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  CoprodOutput *got;

  coprod_output_set_project_id (toolkit, "proj-1");
  coprod_output_set_url (toolkit, "https://example.org/pa-toolkit");
  coprod_output_set_published_date (toolkit, "2016-06");
  coprod_output_set_co_author_ids (toolkit, authors);
  coprod_output_set_people_reached (toolkit, 6066);
  coprod_output_set_page_views (toolkit, 16000);
  coprod_output_set_reach_from (toolkit, "2016-04");
  coprod_output_set_reach_to (toolkit, "2017-03");
  coprod_output_set_page_views (hub, 40000);
  coprod_output_set_page_views_qualifier (hub, COPROD_FIGURE_QUALIFIER_MORE_THAN);
  assert_true (coprod_registry_add (registry, COPROD_RECORD (toolkit), NULL));
  assert_true (coprod_registry_add (registry, COPROD_RECORD (hub), NULL));

  coprod_test_assert_roundtrip (registry);

  data = coprod_registry_to_data (registry, NULL);
  assert_non_null (strstr (data, "\"people_reached\" : 6066"));
  assert_non_null (strstr (data, "\"kind\" : \"information-hub\""));
  assert_non_null (strstr (data, "\"page_views_qualifier\" : \"more-than\""));
  assert_true (coprod_registry_load_from_data (loaded, data, -1, &error));
  assert_null (error);

  got = COPROD_OUTPUT (coprod_registry_lookup (loaded, "out-1"));
  assert_non_null (got);
  assert_int_equal (coprod_output_get_kind (got), COPROD_OUTPUT_KIND_TOOLKIT);
  assert_string_equal (coprod_output_get_title (got), "Employing personal assistants");
  assert_string_equal (coprod_output_get_project_id (got), "proj-1");
  assert_string_equal (coprod_output_get_url (got), "https://example.org/pa-toolkit");
  assert_string_equal (coprod_output_get_published_date (got), "2016-06");
  assert_true (g_strv_equal (coprod_output_get_co_author_ids (got), authors));
  assert_true (coprod_output_get_people_reached (got) == 6066);
  assert_true (coprod_output_get_page_views (got) == 16000);
  assert_string_equal (coprod_output_get_reach_from (got), "2016-04");
  assert_int_equal (coprod_output_get_page_views_qualifier (got), COPROD_FIGURE_QUALIFIER_EXACT);
  assert_int_equal (coprod_output_get_page_views_qualifier (COPROD_OUTPUT (coprod_registry_lookup (loaded, "out-2"))),
                    COPROD_FIGURE_QUALIFIER_MORE_THAN);
  assert_string_equal (coprod_output_get_reach_to (got), "2017-03");
  assert_true (coprod_output_has_reach (got));

  got = COPROD_OUTPUT (coprod_registry_lookup (loaded, "out-2"));
  assert_true (coprod_output_get_page_views (got) == 40000);
  assert_true (coprod_output_get_people_reached (got) == 0);
  assert_null (coprod_output_get_co_author_ids (got)[0]);
}

static void
test_output_bad_input (void **state)
{
  /* wrong JSON types */
  coprod_test_expect_record_error ("outputs", "{'id': 'out-1', 'people_reached': 'many'}",
                                   COPROD_ERROR_TYPE, "people_reached");
  coprod_test_expect_record_error ("outputs", "{'id': 'out-1', 'page_views': 1.5e4}",
                                   COPROD_ERROR_TYPE, "page_views");
  coprod_test_expect_record_error ("outputs", "{'id': 'out-1', 'co_author_ids': 'p-1'}",
                                   COPROD_ERROR_TYPE, "co_author_ids");
  coprod_test_expect_record_error ("outputs", "{'id': 'out-1', 'co_author_ids': ['p-1', 2]}",
                                   COPROD_ERROR_TYPE, "co_author_ids");
  coprod_test_expect_record_error ("outputs", "{'id': 'out-1', 'kind': 3}",
                                   COPROD_ERROR_TYPE, "kind");

  /* an unknown nick */
  coprod_test_expect_record_error ("outputs", "{'id': 'out-1', 'kind': 'podcast'}",
                                   COPROD_ERROR_VALUE, "kind");
  coprod_test_expect_record_error ("outputs", "{'id': 'out-1', 'kind': 'information_hub'}",
                                   COPROD_ERROR_VALUE, "kind");

  /* bad dates */
  coprod_test_expect_record_error ("outputs", "{'id': 'out-1', 'reach_from': '2016/17'}",
                                   COPROD_ERROR_DATE, "reach_from");
  coprod_test_expect_record_error ("outputs", "{'id': 'out-1', 'reach_to': '2017-3'}",
                                   COPROD_ERROR_DATE, "reach_to");
  coprod_test_expect_record_error ("outputs", "{'id': 'out-1', 'published_date': '17'}",
                                   COPROD_ERROR_DATE, "published_date");

  /* negative counts */
  coprod_test_expect_record_error ("outputs", "{'id': 'out-1', 'page_views': -16000}",
                                   COPROD_ERROR_VALUE, "page_views");
  coprod_test_expect_record_error ("outputs", "{'id': 'out-1', 'people_reached': -1}",
                                   COPROD_ERROR_VALUE, "people_reached");

  /* a bad id of another record */
  coprod_test_expect_record_error ("outputs", "{'id': 'out-1', 'project_id': 'proj-1\\n'}",
                                   COPROD_ERROR_ID, "project_id");
}

static void
set_negative_page_views (gpointer data)
{
  coprod_output_set_page_views (data, -1);
}

static void
set_negative_people_reached (gpointer data)
{
  coprod_output_set_people_reached (data, -6066);
}

static void
test_output_preconditions (void **state)
{
  g_autoptr(CoprodOutput) output = coprod_output_new ("out-1", COPROD_OUTPUT_KIND_GUIDE, NULL);

  coprod_output_set_page_views (output, 10);
  assert_int_equal (coprod_test_count_criticals (set_negative_page_views, output), 1);
  assert_true (coprod_output_get_page_views (output) == 10);
  assert_int_equal (coprod_test_count_criticals (set_negative_people_reached, output), 1);
  assert_true (coprod_output_get_people_reached (output) == 0);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_output_new),
    cmocka_unit_test (test_output_properties),
    cmocka_unit_test (test_output_preconditions),
    cmocka_unit_test (test_output_registry),
    cmocka_unit_test (test_output_roundtrip),
    cmocka_unit_test (test_output_bad_input),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
