/* test-review-result.c: reviews, from the records and from people
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Most cases review project prj-a against a framework "t" made for the
 * test: a 1-5 scale of five bands, a value "v1" with the practices "pl"
 * (checked: plain-language-papers) and "nc" (no check), and a value "v2"
 * with the practice "r" (no check). The last cases review the bundled
 * example against tests/data/review-expected.json, which the Python and
 * GJS suites read too, so the three languages must give the same scores.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "coprod-test-util.h"

#define FRAMEWORK_T \
  "{\"format\": \"coprod-framework\", \"version\": 1, \"key\": \"t\", \"title\": \"T\"," \
  " \"scale\": {\"minimum\": 1, \"maximum\": 5, \"bands\": [" \
  "   {\"minimum\": 1, \"maximum\": 1, \"label\": \"one\"}," \
  "   {\"minimum\": 2, \"maximum\": 2, \"label\": \"two\"}," \
  "   {\"minimum\": 3, \"maximum\": 3, \"label\": \"three\"}," \
  "   {\"minimum\": 4, \"maximum\": 4, \"label\": \"four\"}," \
  "   {\"minimum\": 5, \"maximum\": 5, \"label\": \"five\"}]}," \
  " \"values\": [" \
  "   {\"key\": \"v1\", \"title\": \"V1\", \"practices\": [" \
  "     {\"id\": \"pl\", \"text\": \"Plain\", \"check\": \"plain-language-papers\"}," \
  "     {\"id\": \"nc\", \"text\": \"No check\"}]}," \
  "   {\"key\": \"v2\", \"title\": \"V2\", \"practices\": [" \
  "     {\"id\": \"r\", \"text\": \"Rated\"}]}]}"

#define PEOPLE \
  "{\"id\": \"p-le\", \"name\": \"Canary Alderney\", \"roles\": [\"lived-experience\"]}," \
  "{\"id\": \"p-carer\", \"name\": \"Canary Brecqhou\", \"roles\": [\"carer\"]}," \
  "{\"id\": \"p-staff\", \"name\": \"Canary Herm\", \"roles\": [\"staff\"]}"

static CoprodFramework *
framework_t (void)
{
  g_autoptr(GError) error = NULL;
  CoprodFramework *framework = coprod_framework_new_from_data (FRAMEWORK_T, -1, &error);

  if (framework == NULL)
    fail_msg ("%s", error->message);

  return framework;
}

/* A held meeting of prj-a on 2024-01-DAY, plain language or not */
static char *
meeting (guint    day,
         gboolean plain)
{
  return g_strdup_printf ("{\"id\": \"m%u\", \"title\": \"M\", \"status\": \"held\","
                          " \"project_id\": \"prj-a\", \"date\": \"2024-01-%02u\","
                          " \"plain_language\": %s}",
                          day, day, plain ? "true" : "false");
}

/* @n_plain of @n meetings plain language */
static char *
meetings (guint n,
          guint n_plain)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_free);
  guint i;

  for (i = 0; i < n; i++)
    g_ptr_array_add (items, meeting (i + 1, i < n_plain));
  g_ptr_array_add (items, NULL);

  return g_strjoinv (",", (char **) items->pdata);
}

static CoprodRegistry *
load (const char *meetings_json,
      const char *reviews_json)
{
  g_autoptr(CoprodRegistry) registry = coprod_registry_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *doc = g_strdup_printf (
    "{\"format\": \"coprod\", \"version\": 1,"
    " \"organisations\": [{\"id\": \"org-a\", \"name\": \"Org A\"}],"
    " \"partnerships\": [{\"id\": \"prt-a\", \"name\": \"P\","
    "   \"memberships\": [{\"member_id\": \"org-a\"}]}],"
    " \"people\": [" PEOPLE "],"
    " \"projects\": [{\"id\": \"prj-a\", \"title\": \"A\", \"partnership_id\": \"prt-a\"}],"
    " \"meetings\": [%s], \"reviews\": [%s]}",
    meetings_json ? meetings_json : "", reviews_json ? reviews_json : "");

  if (!coprod_registry_load_from_data (registry, doc, -1, &error))
    fail_msg ("%s\n%s", error->message, doc);

  return g_steal_pointer (&registry);
}

/* A review of prj-a against t on @date (or undated) by @reviewers (JSON
 * array members) with @ratings (JSON array members) */
static char *
review (const char *id,
        const char *date,
        const char *reviewers,
        const char *ratings)
{
  return g_strdup_printf ("{\"id\": \"%s\", \"framework_id\": \"t\", \"subject_id\": \"prj-a\"%s%s%s,"
                          " \"reviewer_ids\": [%s], \"ratings\": [%s]}",
                          id, date ? ", \"date\": \"" : "", date ? date : "", date ? "\"" : "",
                          reviewers, ratings);
}

static CoprodReviewResult *
run (CoprodRegistry  *registry,
     CoprodFramework *framework,
     const char      *as_of)
{
  g_autoptr(GError) error = NULL;
  CoprodReviewResult *result;

  result = coprod_registry_review_with_framework (registry, "prj-a", framework, as_of, &error);
  if (result == NULL)
    fail_msg ("%s", error->message);

  return result;
}

static void
assert_close (double got,
              double expected)
{
  if (fabs (got - expected) > 1e-6)
    fail_msg ("%g, expected %g", got, expected);
}

static guint
count_code (CoprodReviewResult *result,
            const char         *code)
{
  GListModel *findings = coprod_review_result_get_findings (result);
  guint i, n = 0;

  for (i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(CoprodFinding) finding = g_list_model_get_item (findings, i);

      if (g_str_equal (coprod_finding_get_code (finding), code))
        n++;
    }

  return n;
}

static CoprodFinding *
find_code (CoprodReviewResult *result,
           const char         *code)
{
  GListModel *findings = coprod_review_result_get_findings (result);
  guint i;

  for (i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(CoprodFinding) finding = g_list_model_get_item (findings, i);

      if (g_str_equal (coprod_finding_get_code (finding), code))
        return finding; /* the model keeps it */
    }

  return NULL;
}

/* The data score of "pl" with @n_plain of @n meetings in plain language */
static void
expect_data_score (guint             n,
                   guint             n_plain,
                   CoprodScoreSource source,
                   double            score,
                   const char       *band)
{
  g_autoptr(CoprodFramework) framework = framework_t ();
  g_autofree char *items = meetings (n, n_plain);
  g_autoptr(CoprodRegistry) registry = load (items, NULL);
  g_autoptr(CoprodReviewResult) result = run (registry, framework, "2024-12-31");
  CoprodPracticeScore *pl = coprod_review_result_lookup_practice (result, "pl");

  assert_non_null (pl);
  assert_int_equal (coprod_practice_score_get_source (pl), source);
  assert_close (coprod_practice_score_get_score (pl), score);
  assert_close (coprod_practice_score_get_data_score (pl), score);
  assert_string_equal (coprod_practice_score_get_band (pl) ? coprod_practice_score_get_band (pl) : "(none)",
                       band);
  assert_non_null (coprod_practice_score_get_check_result (pl));
  assert_null (coprod_practice_score_get_rating (pl));
  assert_false (coprod_practice_score_get_disagreement (pl));
}

static void
test_data_scores (void **state)
{
  /* met: the top; not met: the bottom; partly: in proportion */
  expect_data_score (2, 2, COPROD_SCORE_SOURCE_DATA, 5, "five");
  expect_data_score (2, 0, COPROD_SCORE_SOURCE_DATA, 1, "one");
  expect_data_score (4, 3, COPROD_SCORE_SOURCE_DATA, 4, "four");
  expect_data_score (4, 1, COPROD_SCORE_SOURCE_DATA, 2, "two");
  /* 1 + 4 × 1/8 = 1.5: halfway, the lower band */
  expect_data_score (8, 1, COPROD_SCORE_SOURCE_DATA, 1.5, "one");
  /* 1 + 4 × 3/8 = 2.5: the band of 2; 1 + 4 × 5/8 = 3.5: the band of 3 */
  expect_data_score (8, 3, COPROD_SCORE_SOURCE_DATA, 2.5, "two");
  expect_data_score (8, 5, COPROD_SCORE_SOURCE_DATA, 3.5, "three");
  /* just over halfway rounds up: 1 + 4 × 7/10 = 3.8 */
  expect_data_score (10, 7, COPROD_SCORE_SOURCE_DATA, 3.8, "four");
  /* not applicable: no score at all */
  expect_data_score (0, 0, COPROD_SCORE_SOURCE_NONE, 0, "(none)");
}

static void
test_no_review (void **state)
{
  g_autoptr(CoprodFramework) framework = framework_t ();
  g_autofree char *items = meetings (2, 2);
  g_autoptr(CoprodRegistry) registry = load (items, NULL);
  g_autoptr(CoprodReviewResult) result = run (registry, framework, "2024-12-31");
  CoprodFinding *finding;
  GListModel *values;
  g_autoptr(CoprodValueScore) v1 = NULL;
  g_autoptr(CoprodValueScore) v2 = NULL;

  assert_null (coprod_review_result_get_review (result));
  assert_int_equal (coprod_review_result_get_n_reviewers (result), 0);
  assert_int_equal (coprod_review_result_get_source (result), COPROD_SCORE_SOURCE_DATA);
  assert_string_equal (coprod_review_result_get_subject_id (result), "prj-a");
  assert_string_equal (coprod_review_result_get_as_of (result), "2024-12-31");
  assert_ptr_equal (coprod_review_result_get_framework (result), framework);

  finding = find_code (result, "no-review");
  assert_non_null (finding);
  assert_int_equal (coprod_finding_get_severity (finding), COPROD_SEVERITY_INFO);
  assert_string_equal (coprod_finding_get_record_id (finding), "prj-a");
  /* nc and r: nothing scores them */
  assert_int_equal (count_code (result, "not-scored"), 2);
  assert_int_equal (count_code (result, "no-lived-experience-reviewer"), 0);

  /* v1 from pl alone; v2 not scored; overall from v1 alone */
  values = coprod_review_result_get_values (result);
  assert_int_equal (g_list_model_get_n_items (values), 2);
  v1 = g_list_model_get_item (values, 0);
  v2 = g_list_model_get_item (values, 1);
  assert_string_equal (coprod_value_get_key (coprod_value_score_get_value (v1)), "v1");
  assert_int_equal (coprod_value_score_get_n_practices (v1), 2);
  assert_int_equal (coprod_value_score_get_n_scored (v1), 1);
  assert_close (coprod_value_score_get_score (v1), 5);
  assert_string_equal (coprod_value_score_get_band (v1), "five");
  assert_int_equal (coprod_value_score_get_source (v2), COPROD_SCORE_SOURCE_NONE);
  assert_null (coprod_value_score_get_band (v2));
  assert_int_equal (coprod_value_score_get_n_scored (v2), 0);
  assert_close (coprod_review_result_get_score (result), 5);
  assert_string_equal (coprod_review_result_get_band (result), "five");
  assert_int_equal (g_list_model_get_n_items (coprod_review_result_get_practices (result)), 3);
  assert_null (coprod_review_result_lookup_practice (result, "not-a-practice"));
}

static void
test_nothing_scored (void **state)
{
  g_autoptr(CoprodFramework) framework = framework_t ();
  g_autoptr(CoprodRegistry) registry = load (NULL, NULL);
  g_autoptr(CoprodReviewResult) result = run (registry, framework, "2024-12-31");

  assert_int_equal (coprod_review_result_get_source (result), COPROD_SCORE_SOURCE_NONE);
  assert_close (coprod_review_result_get_score (result), 0);
  assert_null (coprod_review_result_get_band (result));
  assert_int_equal (count_code (result, "not-scored"), 3);
}

/* People's ratings combine with the data; values count the same however
 * many practices they have */
static void
test_combined (void **state)
{
  g_autoptr(CoprodFramework) framework = framework_t ();
  g_autofree char *items = meetings (4, 3);
  g_autofree char *reviews = review ("rev-1", "2024-06-01", "\"p-le\", \"p-staff\"",
                                     "{\"practice_id\": \"pl\", \"score\": 3, \"evidence\": \"Canary Sark said so\"},"
                                     "{\"practice_id\": \"nc\", \"score\": 2},"
                                     "{\"practice_id\": \"r\", \"score\": 5}");
  g_autoptr(CoprodRegistry) registry = load (items, reviews);
  g_autoptr(CoprodReviewResult) result = run (registry, framework, "2024-12-31");
  CoprodPracticeScore *pl = coprod_review_result_lookup_practice (result, "pl");
  CoprodPracticeScore *nc = coprod_review_result_lookup_practice (result, "nc");
  g_autoptr(CoprodValueScore) v1 = g_list_model_get_item (coprod_review_result_get_values (result), 0);

  assert_non_null (coprod_review_result_get_review (result));
  assert_int_equal (coprod_review_result_get_n_reviewers (result), 2);
  assert_int_equal (coprod_review_result_get_n_lived_experience_reviewers (result), 1);
  assert_int_equal (count_code (result, "no-review"), 0);
  assert_int_equal (count_code (result, "no-lived-experience-reviewer"), 0);
  assert_int_equal (count_code (result, "not-scored"), 0);

  /* pl: data 4 (3 of 4), people 3: both, 3.5, the band of 3; one band
   * apart is no disagreement */
  assert_int_equal (coprod_practice_score_get_source (pl), COPROD_SCORE_SOURCE_BOTH);
  assert_close (coprod_practice_score_get_data_score (pl), 4);
  assert_int_equal (coprod_practice_score_get_people_score (pl), 3);
  assert_close (coprod_practice_score_get_score (pl), 3.5);
  assert_string_equal (coprod_practice_score_get_band (pl), "three");
  assert_false (coprod_practice_score_get_disagreement (pl));
  assert_string_equal (coprod_rating_get_evidence (coprod_practice_score_get_rating (pl)),
                       "Canary Sark said so");
  assert_string_equal (coprod_practice_score_get_evidence_ids (pl)[0], "m1");
  assert_string_equal (coprod_practice_score_get_value_key (pl), "v1");

  /* nc: people alone */
  assert_int_equal (coprod_practice_score_get_source (nc), COPROD_SCORE_SOURCE_PEOPLE);
  assert_close (coprod_practice_score_get_score (nc), 2);
  assert_null (coprod_practice_score_get_check_result (nc));
  assert_null (coprod_practice_score_get_evidence_ids (nc)[0]);

  /* v1 = (3.5 + 2) / 2 = 2.75; v2 = 5; overall (2.75 + 5) / 2, not the
   * mean of the three practices */
  assert_close (coprod_value_score_get_score (v1), 2.75);
  assert_int_equal (coprod_value_score_get_source (v1), COPROD_SCORE_SOURCE_BOTH);
  assert_close (coprod_review_result_get_score (result), 3.875);
  assert_string_equal (coprod_review_result_get_band (result), "four");
  assert_int_equal (coprod_review_result_get_source (result), COPROD_SCORE_SOURCE_BOTH);
}

/* The data and people disagree when their bands lie more than one band
 * apart: two bands apart is a disagreement, one is not */
static void
expect_disagreement (guint    n,
                     guint    n_plain,
                     int      people,
                     gboolean disagree)
{
  g_autoptr(CoprodFramework) framework = framework_t ();
  g_autofree char *items = meetings (n, n_plain);
  g_autofree char *rating = g_strdup_printf ("{\"practice_id\": \"r\", \"score\": 3},"
                                             "{\"practice_id\": \"pl\", \"score\": %d}", people);
  g_autofree char *reviews = review ("rev-1", "2024-06-01", "\"p-le\"", rating);
  g_autoptr(CoprodRegistry) registry = load (items, reviews);
  g_autoptr(CoprodReviewResult) result = run (registry, framework, "2024-12-31");
  CoprodPracticeScore *pl = coprod_review_result_lookup_practice (result, "pl");

  if (coprod_practice_score_get_disagreement (pl) != disagree)
    fail_msg ("%u of %u plain, people %d: disagreement %d", n_plain, n, people, !disagree);
  assert_int_equal (coprod_review_result_get_n_disagreements (result), disagree ? 1 : 0);
  assert_int_equal (count_code (result, "data-people-disagree"), disagree ? 1 : 0);

  if (disagree)
    {
      CoprodFinding *finding = find_code (result, "data-people-disagree");

      assert_int_equal (coprod_finding_get_severity (finding), COPROD_SEVERITY_WARNING);
      assert_string_equal (coprod_finding_get_record_id (finding), "rev-1");
      /* the counted rating is the second */
      assert_string_equal (coprod_finding_get_member (finding), "ratings[1]");
      assert_non_null (strstr (coprod_finding_get_message (finding), "pl"));
    }
}

static void
test_disagreement (void **state)
{
  expect_disagreement (2, 2, 3, TRUE);   /* 5 against 3 */
  expect_disagreement (2, 2, 4, FALSE);  /* 5 against 4 */
  expect_disagreement (2, 0, 3, TRUE);   /* 1 against 3 */
  expect_disagreement (2, 0, 2, FALSE);  /* 1 against 2 */
  expect_disagreement (2, 2, 1, TRUE);   /* 5 against 1 */
  /* 1 + 4 × 5/8 = 3.5, the band of 3: 1 and 5 are two bands away */
  expect_disagreement (8, 5, 1, TRUE);
  expect_disagreement (8, 5, 2, FALSE);
  expect_disagreement (8, 5, 5, TRUE);
  /* 3.8, the band of 4 */
  expect_disagreement (10, 7, 2, TRUE);
  expect_disagreement (10, 7, 5, FALSE);
}

/* The latest review dated on or before the date */
static void
test_latest_review (void **state)
{
  g_autoptr(CoprodFramework) framework = framework_t ();
  g_autofree char *r_old = review ("rev-old", "2023-01-01", "\"p-le\"", "{\"practice_id\": \"r\", \"score\": 1}");
  g_autofree char *r_new = review ("rev-new", "2024-06-01", "\"p-le\"", "{\"practice_id\": \"r\", \"score\": 4}");
  g_autofree char *r_same = review ("rev-same", "2024-06-01", "\"p-le\"", "{\"practice_id\": \"r\", \"score\": 5}");
  g_autofree char *r_undated = review ("rev-undated", NULL, "\"p-le\"", "{\"practice_id\": \"r\", \"score\": 2}");
  g_autofree char *r_future = review ("rev-future", "2025-01-01", "\"p-le\"", "{\"practice_id\": \"r\", \"score\": 3}");
  const char *other =
    "{\"id\": \"rev-other\", \"framework_id\": \"flse\", \"subject_id\": \"prj-a\", \"date\": \"2024-12-01\","
    " \"reviewer_ids\": [\"p-le\"], \"ratings\": []}";
  g_autofree char *all = g_strjoin (",", r_undated, r_new, r_old, r_same, r_future, other, NULL);
  g_autofree char *undated_only = g_strjoin (",", r_undated, r_future, NULL);
  g_autoptr(CoprodRegistry) registry = load (NULL, all);
  g_autoptr(CoprodRegistry) registry_undated = load (NULL, undated_only);
  struct {
    CoprodRegistry *registry;
    const char *as_of;
    const char *expected;
  } cases[] = {
    /* of two on the same day, the later in the registry */
    { registry, "2024-12-31", "rev-same" },
    { registry, "2024-06-01", "rev-same" },
    /* a month or a year that contains the date counts */
    { registry, "2024-06", "rev-same" },
    { registry, "2024-05-31", "rev-old" },
    { registry, "2023-01-01", "rev-old" },
    /* before any dated review: the undated one */
    { registry, "2022-12-31", "rev-undated" },
    { registry, "2025-01-01", "rev-future" },
    { registry_undated, "2024-12-31", "rev-undated" },
    { registry_undated, "2025-02-01", "rev-future" },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CoprodReviewResult) result = run (cases[i].registry, framework, cases[i].as_of);
      CoprodReview *used = coprod_review_result_get_review (result);

      if (used == NULL || !g_str_equal (coprod_record_get_id (COPROD_RECORD (used)), cases[i].expected))
        fail_msg ("as of %s: %s, expected %s", cases[i].as_of,
                  used ? coprod_record_get_id (COPROD_RECORD (used)) : "none", cases[i].expected);
    }
}

/* With no framework: that of the latest review, else the default */
static void
test_framework_chosen (void **state)
{
  const char *scie =
    "{\"id\": \"rev-scie\", \"framework_id\": \"scie\", \"subject_id\": \"prj-a\", \"date\": \"2024-02-01\","
    " \"reviewer_ids\": [\"p-le\"], \"ratings\": []}";
  const char *custom =
    "{\"id\": \"rev-custom\", \"framework_id\": \"t\", \"subject_id\": \"prj-a\", \"date\": \"2024-03-01\","
    " \"reviewer_ids\": [\"p-le\"], \"ratings\": []}";
  g_autofree char *both = g_strjoin (",", scie, custom, NULL);
  g_autoptr(CoprodRegistry) with_scie = load (NULL, scie);
  g_autoptr(CoprodRegistry) with_custom = load (NULL, both);
  g_autoptr(CoprodRegistry) without = load (NULL, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(CoprodReviewResult) a = coprod_registry_review_as_of (with_scie, "prj-a", NULL, "2024-12-31", &error);
  g_autoptr(CoprodReviewResult) b = coprod_registry_review_as_of (without, "prj-a", NULL, "2024-12-31", &error);
  /* the latest is of a framework that is not built in: the default */
  g_autoptr(CoprodReviewResult) c = coprod_registry_review_as_of (with_custom, "prj-a", NULL, "2024-12-31", &error);
  /* before the scie review, there is none */
  g_autoptr(CoprodReviewResult) d = coprod_registry_review_as_of (with_scie, "prj-a", NULL, "2024-01-31", &error);
  /* asked for flse, the scie review is not used */
  g_autoptr(CoprodReviewResult) e = coprod_registry_review_as_of (with_scie, "prj-a", "flse", "2024-12-31", &error);

  assert_null (error);
  assert_string_equal (coprod_framework_get_key (coprod_review_result_get_framework (a)), "scie");
  assert_non_null (coprod_review_result_get_review (a));
  assert_string_equal (coprod_framework_get_key (coprod_review_result_get_framework (b)), "flse");
  assert_string_equal (coprod_framework_get_key (coprod_review_result_get_framework (c)), "flse");
  assert_null (coprod_review_result_get_review (c));
  assert_string_equal (coprod_framework_get_key (coprod_review_result_get_framework (d)), "flse");
  assert_string_equal (coprod_framework_get_key (coprod_review_result_get_framework (e)), "flse");
  assert_null (coprod_review_result_get_review (e));
  assert_int_equal (g_list_model_get_n_items (coprod_review_result_get_practices (e)), 15);
}

static void
test_reviewers (void **state)
{
  g_autoptr(CoprodFramework) framework = framework_t ();
  struct {
    const char *reviewers;
    guint n, n_lived;
    gboolean finding;
  } cases[] = {
    { "\"p-le\"", 1, 1, FALSE },
    /* a carer has lived experience of the services too */
    { "\"p-carer\", \"p-staff\"", 2, 1, FALSE },
    { "\"p-staff\"", 1, 0, TRUE },
    { "", 0, 0, TRUE },
    /* someone not in the registry, or not a person, is not known to have
     * lived experience */
    { "\"p-gone\", \"org-a\"", 2, 0, TRUE },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *reviews = review ("rev-1", "2024-06-01", cases[i].reviewers, "");
      g_autoptr(CoprodRegistry) registry = load (NULL, reviews);
      g_autoptr(CoprodReviewResult) result = run (registry, framework, "2024-12-31");
      CoprodFinding *finding = find_code (result, "no-lived-experience-reviewer");

      assert_int_equal (coprod_review_result_get_n_reviewers (result), cases[i].n);
      assert_int_equal (coprod_review_result_get_n_lived_experience_reviewers (result), cases[i].n_lived);
      if (cases[i].finding != (finding != NULL))
        fail_msg ("reviewers %s: finding %d", cases[i].reviewers, finding != NULL);
      if (finding != NULL)
        {
          assert_int_equal (coprod_finding_get_severity (finding), COPROD_SEVERITY_WARNING);
          assert_string_equal (coprod_finding_get_record_id (finding), "rev-1");
          assert_string_equal (coprod_finding_get_member (finding), "reviewer_ids");
        }
    }
}

static void
test_ratings_not_counted (void **state)
{
  g_autoptr(CoprodFramework) framework = framework_t ();
  g_autofree char *reviews = review ("rev-1", "2024-06-01", "\"p-le\"",
                                     "{\"practice_id\": \"nope\", \"score\": 3},"
                                     "{\"practice_id\": \"r\", \"score\": 6},"
                                     "{\"practice_id\": \"r\", \"score\": 0},"
                                     "{\"practice_id\": \"r\", \"score\": 2},"
                                     "{\"practice_id\": \"r\", \"score\": 4},"
                                     "{\"practice_id\": \"nc\", \"score\": 1},"
                                     "{\"practice_id\": \"nc\", \"score\": 5}");
  g_autoptr(CoprodRegistry) registry = load (NULL, reviews);
  g_autoptr(CoprodReviewResult) result = run (registry, framework, "2024-12-31");
  GListModel *findings = coprod_review_result_get_findings (result);
  const char *members[] = { "ratings[0]", "ratings[1]", "ratings[2]", "ratings[4]", "ratings[6]" };
  guint i, j = 0;

  for (i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(CoprodFinding) finding = g_list_model_get_item (findings, i);

      if (!g_str_equal (coprod_finding_get_code (finding), "rating-not-counted"))
        continue;
      assert_true (j < G_N_ELEMENTS (members));
      assert_string_equal (coprod_finding_get_member (finding), members[j]);
      assert_string_equal (coprod_finding_get_record_id (finding), "rev-1");
      /* the practice id a person typed is not quoted */
      assert_null (strstr (coprod_finding_get_message (finding), "nope"));
      j++;
    }
  assert_int_equal (j, G_N_ELEMENTS (members));

  /* the first rating in the scale counts */
  assert_int_equal (coprod_practice_score_get_people_score (coprod_review_result_lookup_practice (result, "r")), 2);
  assert_int_equal (coprod_practice_score_get_people_score (coprod_review_result_lookup_practice (result, "nc")), 1);
}

static void
test_errors (void **state)
{
  g_autoptr(CoprodRegistry) registry = load (NULL, NULL);
  g_autoptr(GError) error = NULL;
  CoprodReviewResult *result;

  result = coprod_registry_review_as_of (registry, "prj-none", NULL, "2024-12-31", &error);
  assert_null (result);
  assert_true (g_error_matches (error, COPROD_ERROR, COPROD_ERROR_NOT_FOUND));
  g_clear_error (&error);

  /* a person is not a subject; nor is an organisation */
  result = coprod_registry_review_as_of (registry, "p-le", NULL, "2024-12-31", &error);
  assert_null (result);
  assert_true (g_error_matches (error, COPROD_ERROR, COPROD_ERROR_NOT_FOUND));
  assert_null (strstr (error->message, "Canary"));
  g_clear_error (&error);

  result = coprod_registry_review_as_of (registry, "prj-a", "no-such", "2024-12-31", &error);
  assert_null (result);
  assert_true (g_error_matches (error, COPROD_ERROR, COPROD_ERROR_NOT_FOUND));
  g_clear_error (&error);

  result = coprod_registry_review_as_of (registry, "prj-a", "flse", "2024-02-30", &error);
  assert_null (result);
  assert_true (g_error_matches (error, COPROD_ERROR, COPROD_ERROR_DATE));
  g_clear_error (&error);

  /* a partnership is a subject */
  result = coprod_registry_review_as_of (registry, "prt-a", "flse", "2024-12-31", &error);
  assert_null (error);
  assert_non_null (result);
  g_object_unref (result);

  /* today, by default */
  result = coprod_registry_review (registry, "prj-a", "flse", &error);
  assert_null (error);
  assert_non_null (result);
  assert_int_equal (strlen (coprod_review_result_get_as_of (result)), 10);
  g_object_unref (result);
}

/* The text names no one and carries no control character */
static void
test_text (void **state)
{
  g_autoptr(CoprodFramework) framework = framework_t ();
  g_autofree char *items = meetings (2, 2);
  g_autofree char *reviews = review ("rev-1", "2024-06-01", "\"p-staff\"",
                                     "{\"practice_id\": \"pl\", \"score\": 2, \"evidence\": \"Canary \\u001b[2J\"}");
  g_autoptr(CoprodRegistry) registry = load (items, reviews);
  g_autoptr(CoprodReviewResult) result = run (registry, framework, "2024-12-31");
  g_autoptr(CoprodTextWriter) writer = coprod_text_writer_new ();
  g_autofree char *text = coprod_text_writer_write_review (writer, result);
  const char *p;

  assert_non_null (strstr (text, "Review of prj-a against T [t]\n"));
  assert_non_null (strstr (text, "As of:   2024-12-31; scale 1 to 5\n"));
  assert_non_null (strstr (text, "Rated:   in review rev-1 of 2024-06-01, by 1 reviewer, 0 with lived experience\n"));
  /* pl: (5 + 2) / 2 = 3.5, the band of 3 */
  assert_non_null (strstr (text, "  - pl: 3.5 three (the records and people disagree)\n"));
  assert_non_null (strstr (text, "      People:  2, with evidence recorded in the review\n"));
  assert_non_null (strstr (text, "  - r: not scored\n"));
  assert_non_null (strstr (text, "[no-lived-experience-reviewer]"));
  assert_non_null (strstr (text, "[data-people-disagree]"));
  assert_null (strstr (text, "Canary"));
  for (p = text; *p != '\0'; p++)
    if ((guchar) *p < 0x20 && *p != '\n')
      fail_msg ("a control character in the text");
}

/* The bundled example, against the scores every language must give */
static void
test_example (void **state)
{
  g_autofree char *example = g_build_filename (g_getenv ("COPROD_EXAMPLES_DATA"), "coprod-example.json", NULL);
  g_autofree char *expected_path = g_build_filename (g_getenv ("COPROD_TEST_DATA"), "review-expected.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (example);
  g_autoptr(CoprodRegistry) registry = coprod_registry_new ();
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *root, *subjects;
  g_autoptr(GList) names = NULL;
  const char *as_of;
  GList *l;
  guint n_subjects = 0;

  if (!coprod_registry_load_from_file (registry, file, NULL, &error) ||
      !json_parser_load_from_file (parser, expected_path, &error))
    fail_msg ("%s", error->message);

  root = json_node_get_object (json_parser_get_root (parser));
  as_of = json_object_get_string_member (root, "as_of");
  subjects = json_object_get_object_member (root, "subjects");
  names = json_object_get_members (subjects);

  for (l = names; l != NULL; l = l->next)
    {
      JsonObject *want = json_object_get_object_member (subjects, l->data);
      JsonObject *practices = json_object_get_object_member (want, "practices");
      JsonObject *values = json_object_get_object_member (want, "values");
      g_autoptr(CoprodReviewResult) result = NULL;
      GListModel *list;
      guint i;

      result = coprod_registry_review_as_of (registry, l->data, NULL, as_of, &error);
      if (result == NULL)
        fail_msg ("%s: %s", (char *) l->data, error->message);
      n_subjects++;

      assert_string_equal (coprod_framework_get_key (coprod_review_result_get_framework (result)),
                           json_object_get_string_member (want, "framework"));
      assert_close (coprod_review_result_get_score (result),
                    json_object_get_double_member (want, "score"));
      assert_int_equal (coprod_review_result_get_source (result),
                        json_object_get_int_member (want, "source"));
      assert_int_equal (coprod_review_result_get_n_reviewers (result),
                        json_object_get_int_member (want, "n_reviewers"));
      assert_int_equal (coprod_review_result_get_n_lived_experience_reviewers (result),
                        json_object_get_int_member (want, "n_lived_experience_reviewers"));

      list = coprod_review_result_get_practices (result);
      assert_int_equal (g_list_model_get_n_items (list), json_object_get_size (practices));
      for (i = 0; i < g_list_model_get_n_items (list); i++)
        {
          g_autoptr(CoprodPracticeScore) score = g_list_model_get_item (list, i);
          const char *id = coprod_practice_get_id (coprod_practice_score_get_practice (score));
          JsonArray *row = json_object_get_array_member (practices, id);

          assert_non_null (row);
          assert_int_equal (coprod_practice_score_get_source (score), json_array_get_int_element (row, 0));
          assert_close (coprod_practice_score_get_score (score), json_array_get_double_element (row, 1));
          assert_int_equal (coprod_practice_score_get_disagreement (score), json_array_get_boolean_element (row, 2));
        }

      list = coprod_review_result_get_values (result);
      assert_int_equal (g_list_model_get_n_items (list), json_object_get_size (values));
      for (i = 0; i < g_list_model_get_n_items (list); i++)
        {
          g_autoptr(CoprodValueScore) score = g_list_model_get_item (list, i);
          JsonArray *row = json_object_get_array_member (values,
                                                         coprod_value_get_key (coprod_value_score_get_value (score)));

          assert_non_null (row);
          assert_close (coprod_value_score_get_score (score), json_array_get_double_element (row, 0));
          assert_int_equal (coprod_value_score_get_n_scored (score), json_array_get_int_element (row, 1));
        }

      assert_int_equal (g_list_model_get_n_items (coprod_review_result_get_findings (result)),
                        json_object_get_int_member (want, "n_findings"));
    }

  /* every project of the example, and its partnerships with a review */
  assert_true (n_subjects >= g_list_model_get_n_items (coprod_registry_get_projects (registry)));
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_data_scores),
    cmocka_unit_test (test_no_review),
    cmocka_unit_test (test_nothing_scored),
    cmocka_unit_test (test_combined),
    cmocka_unit_test (test_disagreement),
    cmocka_unit_test (test_latest_review),
    cmocka_unit_test (test_framework_chosen),
    cmocka_unit_test (test_reviewers),
    cmocka_unit_test (test_ratings_not_counted),
    cmocka_unit_test (test_errors),
    cmocka_unit_test (test_text),
    cmocka_unit_test (test_example),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
