/* test-review.c: values self-assessments and their ratings
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "coprod-record-private.h"
#include "coprod-test-util.h"

static void
test_rating_new (void **state)
{
  g_autoptr(CoprodRating) rating = coprod_rating_new ("plain-language", 4);

  assert_string_equal (coprod_rating_get_practice_id (rating), "plain-language");
  assert_int_equal (coprod_rating_get_score (rating), 4);
  assert_null (coprod_rating_get_evidence (rating));

  coprod_test_assert_finalized (g_steal_pointer (&rating));
}

static void
test_rating_properties (void **state)
{
  CoprodRating *rating = g_object_new (COPROD_TYPE_RATING, NULL);
  GParamSpec *pspec;

  assert_null (coprod_rating_get_practice_id (rating));
  assert_int_equal (coprod_rating_get_score (rating), 0);

  coprod_test_property_flags (rating);
  coprod_test_assert_field_kind (rating, "practice-id", COPROD_FIELD_TEXT);
  coprod_test_assert_field_kind (rating, "evidence", COPROD_FIELD_TEXT);

  coprod_test_roundtrip_string (rating, "practice-id", "impact-shared");
  assert_string_equal (coprod_rating_get_practice_id (rating), "impact-shared");

  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (rating), "score");
  assert_int_equal (G_PARAM_SPEC_INT (pspec)->minimum, 0);
  assert_int_equal (G_PARAM_SPEC_INT (pspec)->maximum, 100);
  coprod_test_roundtrip_int (rating, "score", 5);
  assert_int_equal (coprod_rating_get_score (rating), 5);
  coprod_test_roundtrip_int (rating, "score", 100);
  assert_int_equal (coprod_rating_get_score (rating), 100);
  coprod_test_roundtrip_int (rating, "score", 0);
  assert_int_equal (coprod_rating_get_score (rating), 0);

  coprod_test_roundtrip_string (rating, "evidence", "Feedback went to everyone who took part");
  assert_string_equal (coprod_rating_get_evidence (rating),
                       "Feedback went to everyone who took part");
  coprod_test_roundtrip_string (rating, "evidence", NULL);
  assert_null (coprod_rating_get_evidence (rating));

  coprod_test_assert_finalized (rating);
}

static void
set_score_101 (gpointer data)
{
  coprod_rating_set_score (data, 101);
}

static void
set_score_negative (gpointer data)
{
  coprod_rating_set_score (data, -1);
}

static void
test_rating_preconditions (void **state)
{
  g_autoptr(CoprodRating) rating = coprod_rating_new ("x", 3);

  assert_int_equal (coprod_test_count_criticals (set_score_101, rating), 1);
  assert_int_equal (coprod_rating_get_score (rating), 3);
  assert_int_equal (coprod_test_count_criticals (set_score_negative, rating), 1);
  assert_int_equal (coprod_rating_get_score (rating), 3);
}

static void
test_review_new (void **state)
{
  g_autoptr(CoprodReview) review = coprod_review_new ("rev-1", "flse", "proj-1");

  assert_string_equal (coprod_record_get_id (COPROD_RECORD (review)), "rev-1");
  assert_string_equal (coprod_review_get_framework_id (review), "flse");
  assert_string_equal (coprod_review_get_subject_id (review), "proj-1");
  assert_null (coprod_review_get_date (review));
  assert_non_null (coprod_review_get_reviewer_ids (review));
  assert_null (coprod_review_get_reviewer_ids (review)[0]);
  assert_int_equal (g_list_model_get_n_items (coprod_review_get_ratings (review)), 0);
  assert_true (g_list_model_get_item_type (coprod_review_get_ratings (review)) ==
               COPROD_TYPE_RATING);
  assert_null (coprod_review_lookup_rating (review, "plain-language"));

  coprod_test_assert_finalized (g_steal_pointer (&review));
}

static void
test_review_properties (void **state)
{
  CoprodReview *review = g_object_new (COPROD_TYPE_REVIEW, "id", "rev-1", NULL);
  const char * const reviewers[] = { "p-1", "p-2", "p-3", NULL };
  const char * const empty[] = { NULL };
  GListModel *ratings = NULL;
  GParamSpec *pspec;

  coprod_test_property_flags (review);
  /* a framework is named by its key, not a record id */
  coprod_test_assert_field_kind (review, "framework-id", COPROD_FIELD_TEXT);
  coprod_test_assert_field_kind (review, "subject-id", COPROD_FIELD_REF);
  coprod_test_assert_field_kind (review, "date", COPROD_FIELD_DATE);

  coprod_test_roundtrip_string (review, "framework-id", "scie");
  assert_string_equal (coprod_review_get_framework_id (review), "scie");

  coprod_test_roundtrip_string (review, "subject-id", "part-1");
  assert_string_equal (coprod_review_get_subject_id (review), "part-1");
  coprod_test_roundtrip_string (review, "subject-id", NULL);
  assert_null (coprod_review_get_subject_id (review));

  coprod_test_roundtrip_string (review, "date", "2024-09-12");
  assert_string_equal (coprod_review_get_date (review), "2024-09-12");

  coprod_test_roundtrip_strv (review, "reviewer-ids", reviewers);
  assert_true (g_strv_equal (coprod_review_get_reviewer_ids (review), reviewers));
  coprod_test_roundtrip_strv (review, "reviewer-ids", empty);
  assert_null (coprod_review_get_reviewer_ids (review)[0]);

  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (review), "ratings");
  assert_non_null (pspec);
  assert_false (pspec->flags & G_PARAM_WRITABLE);
  assert_true (G_PARAM_SPEC_VALUE_TYPE (pspec) == G_TYPE_LIST_MODEL);
  g_object_get (review, "ratings", &ratings, NULL);
  assert_ptr_equal (ratings, coprod_review_get_ratings (review));
  g_object_unref (ratings);

  coprod_test_assert_finalized (review);
}

static void
test_review_ratings (void **state)
{
  CoprodReview *review = coprod_review_new ("rev-1", "flse", "proj-1");
  CoprodRating *shared = coprod_rating_new ("impact-shared", 3);
  g_autoptr(CoprodRating) plain = coprod_rating_new ("plain-language", 4);
  g_autoptr(CoprodRating) again = coprod_rating_new ("plain-language", 2);
  g_autoptr(CoprodRating) stranger = coprod_rating_new ("venues", 5);
  GListModel *ratings = coprod_review_get_ratings (review);
  gboolean shared_gone = FALSE;
  guint changes = 0;

  g_signal_connect (ratings, "items-changed", G_CALLBACK (coprod_test_count_items_changed), &changes);

  coprod_review_add_rating (review, shared);
  coprod_review_add_rating (review, plain);
  coprod_review_add_rating (review, again);
  assert_int_equal (changes, 3);
  assert_int_equal (g_list_model_get_n_items (ratings), 3);

  /* lookup finds the first rating of a practice, and nothing else */
  assert_ptr_equal (coprod_review_lookup_rating (review, "impact-shared"), shared);
  assert_ptr_equal (coprod_review_lookup_rating (review, "plain-language"), plain);
  assert_null (coprod_review_lookup_rating (review, "venues"));
  assert_null (coprod_review_lookup_rating (review, "Plain-language"));

  assert_false (coprod_review_remove_rating (review, stranger));
  assert_int_equal (changes, 3);
  assert_true (coprod_review_remove_rating (review, plain));
  assert_int_equal (changes, 4);
  assert_ptr_equal (coprod_review_lookup_rating (review, "plain-language"), again);
  assert_true (coprod_review_remove_rating (review, again));
  assert_null (coprod_review_lookup_rating (review, "plain-language"));

  g_object_weak_ref (G_OBJECT (shared), coprod_test_mark_gone, &shared_gone);
  g_object_unref (shared);
  assert_false (shared_gone);
  assert_non_null (coprod_review_lookup_rating (review, "impact-shared"));
  coprod_test_assert_finalized (review);
  assert_true (shared_gone);
}

static void
test_review_registry (void **state)
{
  g_autoptr(CoprodRegistry) registry = coprod_registry_new ();
  g_autoptr(CoprodReview) review = coprod_review_new ("rev-1", NULL, NULL);
  GListModel *reviews = coprod_registry_get_reviews (registry);

  coprod_test_assert_added_to_collection (registry, review, "rev-1", COPROD_TYPE_REVIEW, reviews);
}

static void
test_review_roundtrip (void **state)
{
  g_autoptr(CoprodRegistry) registry = coprod_registry_new ();
  g_autoptr(CoprodRegistry) loaded = coprod_registry_new ();
  g_autoptr(CoprodReview) review = coprod_review_new ("rev-1", "flse", "proj-1");
  g_autoptr(CoprodReview) bare = coprod_review_new ("rev-2", "custom:our-values", NULL);
  g_autoptr(CoprodRating) shared = coprod_rating_new ("impact-shared", 3);
  g_autoptr(CoprodRating) plain = coprod_rating_new ("plain-language", 100);
  const char * const reviewers[] = { "p-1", "p-2", NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  CoprodReview *got;
  CoprodRating *rating;

  coprod_rating_set_evidence (shared, "Feedback reached two of five partners");
  coprod_review_set_date (review, "2024-09-12");
  coprod_review_set_reviewer_ids (review, reviewers);
  coprod_review_add_rating (review, shared);
  coprod_review_add_rating (review, plain);
  assert_true (coprod_registry_add (registry, COPROD_RECORD (review), NULL));
  assert_true (coprod_registry_add (registry, COPROD_RECORD (bare), NULL));

  coprod_test_assert_roundtrip (registry);

  data = coprod_registry_to_data (registry, NULL);
  assert_non_null (strstr (data, "\"framework_id\" : \"flse\""));
  assert_true (coprod_registry_load_from_data (loaded, data, -1, &error));
  assert_null (error);

  got = COPROD_REVIEW (coprod_registry_lookup (loaded, "rev-1"));
  assert_non_null (got);
  coprod_test_assert_same_properties (review, got);
  assert_string_equal (coprod_review_get_framework_id (got), "flse");
  assert_string_equal (coprod_review_get_subject_id (got), "proj-1");
  assert_string_equal (coprod_review_get_date (got), "2024-09-12");
  assert_true (g_strv_equal (coprod_review_get_reviewer_ids (got), reviewers));
  assert_int_equal (g_list_model_get_n_items (coprod_review_get_ratings (got)), 2);
  rating = coprod_review_lookup_rating (got, "impact-shared");
  assert_non_null (rating);
  coprod_test_assert_same_properties (shared, rating);
  assert_int_equal (coprod_rating_get_score (rating), 3);
  assert_string_equal (coprod_rating_get_evidence (rating), "Feedback reached two of five partners");
  rating = coprod_review_lookup_rating (got, "plain-language");
  assert_int_equal (coprod_rating_get_score (rating), 100);

  got = COPROD_REVIEW (coprod_registry_lookup (loaded, "rev-2"));
  assert_string_equal (coprod_review_get_framework_id (got), "custom:our-values");
  assert_null (coprod_review_get_subject_id (got));
}

static void
test_review_unknown_members (void **state)
{
  const char *json =
    "{\"format\": \"coprod\", \"version\": 1, \"reviews\": ["
    " {\"id\": \"rev-1\", \"framework_id\": \"flse\","
    "  \"ratings\": [{\"practice_id\": \"venues\", \"score\": 4,"
    "                 \"x_photo\": \"venue.jpg\", \"x_weights\": {\"a\": 1}}]}]}";
  g_autoptr(CoprodRegistry) registry = coprod_registry_new ();
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  JsonObject *top, *jreview, *jrating;
  CoprodReview *review;

  assert_true (coprod_registry_load_from_data (registry, json, -1, &error));
  assert_null (error);
  review = COPROD_REVIEW (coprod_registry_lookup (registry, "rev-1"));
  assert_int_equal (coprod_rating_get_score (coprod_review_lookup_rating (review, "venues")), 4);

  coprod_test_assert_roundtrip (registry);

  data = coprod_registry_to_data (registry, NULL);
  assert_true (json_parser_load_from_data (parser, data, -1, NULL));
  top = json_node_get_object (json_parser_get_root (parser));
  jreview = json_array_get_object_element (json_object_get_array_member (top, "reviews"), 0);
  jrating = json_array_get_object_element (json_object_get_array_member (jreview, "ratings"), 0);
  assert_string_equal (json_object_get_string_member (jrating, "x_photo"), "venue.jpg");
  assert_true (json_object_get_int_member (json_object_get_object_member (jrating, "x_weights"), "a") == 1);
  assert_false (json_object_has_member (jreview, "x_photo"));
}

static void
test_review_bad_input (void **state)
{
  /* wrong JSON types */
  coprod_test_expect_record_error ("reviews", "{'id': 'rev-1', 'framework_id': 1}",
                                   COPROD_ERROR_TYPE, "framework_id");
  coprod_test_expect_record_error ("reviews", "{'id': 'rev-1', 'reviewer_ids': 'p-1'}",
                                   COPROD_ERROR_TYPE, "reviewer_ids");
  coprod_test_expect_record_error ("reviews", "{'id': 'rev-1', 'ratings': {'venues': 4}}",
                                   COPROD_ERROR_TYPE, "ratings");
  coprod_test_expect_record_error ("reviews", "{'id': 'rev-1', 'ratings': [{'score': '4'}]}",
                                   COPROD_ERROR_TYPE, "score");
  coprod_test_expect_record_error ("reviews", "{'id': 'rev-1', 'ratings': [{'score': 3.5}]}",
                                   COPROD_ERROR_TYPE, "score");
  coprod_test_expect_record_error ("reviews",
                                   "{'id': 'rev-1', 'ratings': [{'practice_id': null, 'evidence': 5}]}",
                                              COPROD_ERROR_TYPE, "evidence");

  /* a bad date */
  coprod_test_expect_record_error ("reviews", "{'id': 'rev-1', 'date': '12/09/2024'}",
                                   COPROD_ERROR_DATE, "date");

  /* scores outside 0 to 100 */
  coprod_test_expect_record_error ("reviews", "{'id': 'rev-1', 'ratings': [{'score': 101}]}",
                                   COPROD_ERROR_VALUE, "score");
  coprod_test_expect_record_error ("reviews",
                                   "{'id': 'rev-1', 'ratings': [{'score': 5}, {'score': -1}]}",
                                   COPROD_ERROR_VALUE, "score");

  /* the subject is a record id, the framework only a key */
  coprod_test_expect_record_error ("reviews", "{'id': 'rev-1', 'subject_id': ''}",
                                   COPROD_ERROR_ID, "subject_id");
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_rating_new),
    cmocka_unit_test (test_rating_properties),
    cmocka_unit_test (test_rating_preconditions),
    cmocka_unit_test (test_review_new),
    cmocka_unit_test (test_review_properties),
    cmocka_unit_test (test_review_ratings),
    cmocka_unit_test (test_review_registry),
    cmocka_unit_test (test_review_roundtrip),
    cmocka_unit_test (test_review_unknown_members),
    cmocka_unit_test (test_review_bad_input),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
