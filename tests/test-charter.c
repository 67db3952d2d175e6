/* test-charter.c: principles written by a group
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "coprod-record-private.h"
#include "coprod-test-util.h"

static void
test_charter_new (void **state)
{
  g_autoptr(CoprodCharter) charter = coprod_charter_new ("ch-1", "Trauma-informed charter");

  assert_string_equal (coprod_record_get_id (COPROD_RECORD (charter)), "ch-1");
  assert_string_equal (coprod_charter_get_title (charter), "Trauma-informed charter");
  assert_null (coprod_charter_get_author_id (charter));
  assert_null (coprod_charter_get_version (charter));
  assert_null (coprod_charter_get_published_date (charter));
  assert_non_null (coprod_charter_get_principles (charter));
  assert_null (coprod_charter_get_principles (charter)[0]);
  assert_false (coprod_charter_get_trauma_informed (charter));
  assert_null (coprod_charter_get_url (charter));

  coprod_test_assert_finalized (g_steal_pointer (&charter));
}

static void
test_charter_properties (void **state)
{
  CoprodCharter *charter = g_object_new (COPROD_TYPE_CHARTER, "id", "ch-1", NULL);
  const char * const principles[] = {
    "We listen to lived experience as expertise",
    "We pay people for their time",
    "We explain what changed because of you",
    NULL
  };

  coprod_test_property_flags (charter);
  coprod_test_assert_field_kind (charter, "title", COPROD_FIELD_TEXT);
  coprod_test_assert_field_kind (charter, "author-id", COPROD_FIELD_REF);
  coprod_test_assert_field_kind (charter, "version", COPROD_FIELD_TEXT);
  coprod_test_assert_field_kind (charter, "published-date", COPROD_FIELD_DATE);
  coprod_test_assert_field_kind (charter, "url", COPROD_FIELD_TEXT);

  coprod_test_roundtrip_string (charter, "title", "Our co-production charter");
  assert_string_equal (coprod_charter_get_title (charter), "Our co-production charter");

  coprod_test_roundtrip_string (charter, "author-id", "grp-advisory");
  assert_string_equal (coprod_charter_get_author_id (charter), "grp-advisory");
  coprod_test_roundtrip_string (charter, "author-id", NULL);
  assert_null (coprod_charter_get_author_id (charter));

  coprod_test_roundtrip_string (charter, "version", "second edition");
  assert_string_equal (coprod_charter_get_version (charter), "second edition");

  coprod_test_roundtrip_string (charter, "published-date", "2023-06-14");
  assert_string_equal (coprod_charter_get_published_date (charter), "2023-06-14");
  coprod_test_roundtrip_string (charter, "published-date", "2023");
  assert_string_equal (coprod_charter_get_published_date (charter), "2023");

  coprod_test_roundtrip_strv (charter, "principles", principles);
  assert_true (g_strv_equal (coprod_charter_get_principles (charter), principles));
  assert_int_equal (g_strv_length ((char **) coprod_charter_get_principles (charter)), 3);
  coprod_test_roundtrip_strv (charter, "principles", (const char * const []) { NULL });
  assert_null (coprod_charter_get_principles (charter)[0]);

  coprod_test_roundtrip_boolean (charter, "trauma-informed", TRUE);
  assert_true (coprod_charter_get_trauma_informed (charter));
  coprod_test_roundtrip_boolean (charter, "trauma-informed", FALSE);
  assert_false (coprod_charter_get_trauma_informed (charter));

  coprod_test_roundtrip_string (charter, "url", "https://example.org/charter");
  assert_string_equal (coprod_charter_get_url (charter), "https://example.org/charter");

  coprod_test_assert_finalized (charter);
}

static void
test_charter_registry (void **state)
{
  g_autoptr(CoprodRegistry) registry = coprod_registry_new ();
  g_autoptr(CoprodCharter) charter = coprod_charter_new ("ch-1", NULL);
  GListModel *charters = coprod_registry_get_charters (registry);

  coprod_test_assert_added_to_collection (registry, charter, "ch-1", COPROD_TYPE_CHARTER, charters);
}

static void
test_charter_roundtrip (void **state)
{
  g_autoptr(CoprodRegistry) registry = coprod_registry_new ();
  g_autoptr(CoprodRegistry) loaded = coprod_registry_new ();
  g_autoptr(CoprodCharter) charter = coprod_charter_new ("ch-1", "Trauma-informed charter");
  g_autoptr(CoprodCharter) bare = coprod_charter_new ("ch-2", NULL);
  const char * const principles[] = {
    "Nothing about us without us",
    "Safety, trust and choice in every meeting",
    NULL
  };
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  CoprodCharter *got;

  coprod_charter_set_author_id (charter, "grp-advisory");
  coprod_charter_set_version (charter, "1.0");
  coprod_charter_set_published_date (charter, "2023-06");
  coprod_charter_set_principles (charter, principles);
  coprod_charter_set_trauma_informed (charter, TRUE);
  coprod_charter_set_url (charter, "https://example.org/charter");
  assert_true (coprod_registry_add (registry, COPROD_RECORD (charter), NULL));
  assert_true (coprod_registry_add (registry, COPROD_RECORD (bare), NULL));

  coprod_test_assert_roundtrip (registry);

  data = coprod_registry_to_data (registry, NULL);
  assert_non_null (strstr (data, "\"trauma_informed\" : true"));
  assert_true (coprod_registry_load_from_data (loaded, data, -1, &error));
  assert_null (error);

  got = COPROD_CHARTER (coprod_registry_lookup (loaded, "ch-1"));
  assert_non_null (got);
  assert_string_equal (coprod_charter_get_title (got), "Trauma-informed charter");
  assert_string_equal (coprod_charter_get_author_id (got), "grp-advisory");
  assert_string_equal (coprod_charter_get_version (got), "1.0");
  assert_string_equal (coprod_charter_get_published_date (got), "2023-06");
  assert_true (g_strv_equal (coprod_charter_get_principles (got), principles));
  assert_true (coprod_charter_get_trauma_informed (got));
  assert_string_equal (coprod_charter_get_url (got), "https://example.org/charter");

  got = COPROD_CHARTER (coprod_registry_lookup (loaded, "ch-2"));
  assert_null (coprod_charter_get_principles (got)[0]);
  assert_false (coprod_charter_get_trauma_informed (got));
}

static void
test_charter_bad_input (void **state)
{
  /* wrong JSON types */
  coprod_test_expect_record_error ("charters",
                                   "{'id': 'ch-1', 'principles': 'Nothing about us without us'}",
                                               COPROD_ERROR_TYPE, "principles");
  coprod_test_expect_record_error ("charters", "{'id': 'ch-1', 'principles': [['nested']]}",
                                   COPROD_ERROR_TYPE, "principles");
  coprod_test_expect_record_error ("charters", "{'id': 'ch-1', 'trauma_informed': 'true'}",
                                   COPROD_ERROR_TYPE, "trauma_informed");
  coprod_test_expect_record_error ("charters", "{'id': 'ch-1', 'trauma_informed': 1}",
                                   COPROD_ERROR_TYPE, "trauma_informed");
  coprod_test_expect_record_error ("charters", "{'id': 'ch-1', 'version': 1.0}",
                                   COPROD_ERROR_TYPE, "version");

  /* bad dates */
  coprod_test_expect_record_error ("charters", "{'id': 'ch-1', 'published_date': '23-06'}",
                                   COPROD_ERROR_DATE, "published_date");
  coprod_test_expect_record_error ("charters", "{'id': 'ch-1', 'published_date': '2023-06-31'}",
                                   COPROD_ERROR_DATE, "published_date");

  /* a bad id of another record */
  coprod_test_expect_record_error ("charters", "{'id': 'ch-1', 'author_id': ''}",
                                   COPROD_ERROR_ID, "author_id");
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_charter_new),
    cmocka_unit_test (test_charter_properties),
    cmocka_unit_test (test_charter_registry),
    cmocka_unit_test (test_charter_roundtrip),
    cmocka_unit_test (test_charter_bad_input),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
