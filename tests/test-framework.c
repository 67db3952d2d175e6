/* test-framework.c: values frameworks, their values and practices
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "coprod-test-util.h"

/* JSON is easier to read in C with ' for " */
static char *
json (const char *text)
{
  char *s = g_strdup (text);
  char *p;

  for (p = s; *p != '\0'; p++)
    if (*p == '\'')
      *p = '"';

  return s;
}

typedef struct
{
  const char *key;
  guint n_values;
  guint n_practices;
  const char *values[7];          /* keys, in order, NULL-terminated */
  guint year;                     /* 0: undated */
  const char *source_mentions[2]; /* each in the work or the publisher */
} ExpectedFramework;

static const ExpectedFramework expected[] = {
  { "flse", 6, 15,
    { "reciprocity", "equity-choice-diversity", "accessibility", "ongoing-learning",
      "pioneering-spirit", "collaboration", NULL },
    0, { "Fulfilling Lives South East", "BHT Sussex" } },
  { "scie", 4, 5,
    { "equality", "diversity", "accessibility", "reciprocity", NULL },
    2013, { "Social Care Institute for Excellence", "Co-production in social care" } },
  { "nef", 6, 6,
    { "assets", "capacity", "mutuality", "networks", "blurring-roles", "catalysts", NULL },
    2009, { "nef", "The challenge of co-production" } },
  { "ukspi", 6, 6,
    { "inclusive-opportunities", "working-together", "support-and-learning",
      "communications", "impact", "governance", NULL },
    2019, { "UK Standards for Public Involvement", "NIHR" } },
  { "4pi", 5, 6,
    { "principles", "purpose", "presence", "process", "impact", NULL },
    2015, { "4PI National Involvement Standards", "National Survivor User Network" } },
};

/* FLSE's practices per value, as source 004 gives them */
static const guint flse_practices_per_value[] = { 2, 4, 4, 2, 1, 2 };

static gpointer
value_at (CoprodFramework *framework,
          guint            i)
{
  GListModel *values = coprod_framework_get_values (framework);
  gpointer value = g_list_model_get_item (values, i);

  /* the store keeps its reference */
  g_object_unref (value);
  return value;
}

static gpointer
practice_at (CoprodValue *value,
             guint        i)
{
  gpointer practice = g_list_model_get_item (coprod_value_get_practices (value), i);

  g_object_unref (practice);
  return practice;
}

static gpointer
get_all_builtin (gpointer data)
{
  CoprodFramework **got = data;
  guint i;

  for (i = 0; i < G_N_ELEMENTS (expected); i++)
    got[i] = coprod_framework_get_builtin (expected[i].key);

  return NULL;
}

/* First in the run, so the built-in frameworks are not loaded yet:
 * several threads ask at once and all get the same objects. */
static void
test_framework_builtin_threads (void **state)
{
  CoprodFramework *got[4][G_N_ELEMENTS (expected)] = { { NULL } };
  GThread *threads[4];
  guint t, i;

  for (t = 0; t < G_N_ELEMENTS (threads); t++)
    threads[t] = g_thread_new ("frameworks", get_all_builtin, got[t]);
  for (t = 0; t < G_N_ELEMENTS (threads); t++)
    g_thread_join (threads[t]);

  for (i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      assert_non_null (got[0][i]);
      for (t = 1; t < G_N_ELEMENTS (threads); t++)
        assert_ptr_equal (got[t][i], got[0][i]);
      assert_ptr_equal (coprod_framework_get_builtin (expected[i].key), got[0][i]);
    }
}

static void
test_framework_builtin_list (void **state)
{
  const char * const *keys = coprod_framework_list_builtin ();
  guint i;

  assert_int_equal (g_strv_length ((char **) keys), G_N_ELEMENTS (expected));
  for (i = 0; i < G_N_ELEMENTS (expected); i++)
    assert_string_equal (keys[i], expected[i].key);

  assert_ptr_equal (coprod_framework_get_default (), coprod_framework_get_builtin ("flse"));
  assert_null (coprod_framework_get_builtin ("FLSE"));
  assert_null (coprod_framework_get_builtin (""));
  assert_null (coprod_framework_get_builtin ("tlap"));
}

static void
test_framework_builtin_counts (void **state)
{
  guint i, j, k;

  for (i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      const ExpectedFramework *e = &expected[i];
      CoprodFramework *framework = coprod_framework_get_builtin (e->key);
      GListModel *values = coprod_framework_get_values (framework);
      g_autofree char *source = NULL;
      guint n_practices = 0;

      assert_string_equal (coprod_framework_get_key (framework), e->key);
      assert_true (coprod_framework_get_title (framework)[0] != '\0');
      assert_non_null (coprod_framework_get_summary (framework));
      assert_non_null (coprod_framework_get_version (framework));
      assert_int_equal (coprod_framework_get_source_year (framework), e->year);
      assert_non_null (coprod_framework_get_source_work (framework));
      assert_non_null (coprod_framework_get_source_publisher (framework));
      source = g_strconcat (coprod_framework_get_source_work (framework), " / ",
                            coprod_framework_get_source_publisher (framework), NULL);
      for (j = 0; j < G_N_ELEMENTS (e->source_mentions); j++)
        if (strstr (source, e->source_mentions[j]) == NULL)
          fail_msg ("%s: the source does not mention %s: %s", e->key, e->source_mentions[j], source);

      assert_true (g_list_model_get_item_type (values) == COPROD_TYPE_VALUE);
      assert_int_equal (g_list_model_get_n_items (values), e->n_values);
      for (j = 0; j < e->n_values; j++)
        {
          CoprodValue *value = value_at (framework, j);
          GListModel *practices = coprod_value_get_practices (value);

          assert_string_equal (coprod_value_get_key (value), e->values[j]);
          assert_ptr_equal (coprod_framework_lookup_value (framework, e->values[j]), value);
          assert_true (coprod_value_get_title (value)[0] != '\0');
          assert_non_null (coprod_value_get_summary (value));
          assert_true (g_list_model_get_item_type (practices) == COPROD_TYPE_PRACTICE);
          assert_true (g_list_model_get_n_items (practices) >= 1);
          if (g_str_equal (e->key, "flse"))
            assert_int_equal (g_list_model_get_n_items (practices), flse_practices_per_value[j]);

          for (k = 0; k < g_list_model_get_n_items (practices); k++)
            {
              CoprodPractice *practice = practice_at (value, k);
              const char *check = coprod_practice_get_check (practice);

              g_auto(GStrv) words = g_strsplit (e->values[j], "-", 2);
              g_autofree char *prefix = g_strconcat (words[0], "-", NULL);

              /* every practice is found by its id, and ids begin with
               * the first word of their value's key */
              assert_ptr_equal (coprod_framework_lookup_practice (framework,
                                                                  coprod_practice_get_id (practice)),
                                practice);
              if (!g_str_has_prefix (coprod_practice_get_id (practice), prefix))
                fail_msg ("%s: %s is not named after its value", e->key,
                          coprod_practice_get_id (practice));
              assert_true (strlen (coprod_practice_get_text (practice)) > 20);
              if (check != NULL)
                assert_true (g_strv_contains (coprod_practice_list_checks (), check));
              n_practices++;
            }
        }
      assert_int_equal (n_practices, e->n_practices);
      assert_int_equal (coprod_framework_get_n_practices (framework), e->n_practices);
      assert_null (coprod_framework_lookup_value (framework, "no-such-value"));
    }
}

static void
test_framework_flse_lookups (void **state)
{
  CoprodFramework *flse = coprod_framework_get_default ();
  CoprodPractice *practice;
  const char * const *names;

  /* the practices the example registry's review rates */
  assert_non_null (coprod_framework_lookup_practice (flse, "reciprocity-impact-shared"));
  assert_non_null (coprod_framework_lookup_practice (flse, "accessibility-plain-language"));
  assert_non_null (coprod_framework_lookup_practice (flse, "ongoing-learning-reflection"));

  practice = coprod_framework_lookup_practice (flse, "reciprocity-impact-shared");
  assert_string_equal (coprod_practice_get_check (practice), "impact-fed-back");
  assert_null (coprod_practice_get_parameter_names (practice)[0]);
  assert_null (coprod_practice_get_parameter (practice, "days"));

  practice = coprod_framework_lookup_practice (flse, "accessibility-purpose-shared");
  assert_string_equal (coprod_practice_get_check (practice), "purpose-and-agenda-shared");
  names = coprod_practice_get_parameter_names (practice);
  assert_int_equal (g_strv_length ((char **) names), 1);
  assert_string_equal (names[0], "days");
  assert_string_equal (coprod_practice_get_parameter (practice, "days"), "5");
  assert_null (coprod_practice_get_parameter (practice, "per-week"));

  practice = coprod_framework_lookup_practice (flse, "accessibility-workload");
  assert_string_equal (coprod_practice_get_check (practice), "workload");
  assert_string_equal (coprod_practice_get_parameter (practice, "per-week"), "2");

  practice = coprod_framework_lookup_practice (flse, "pioneering-spirit-new-ideas");
  assert_null (coprod_practice_get_check (practice));
  assert_null (coprod_practice_get_parameter_names (practice)[0]);

  /* ids are matched exactly, and belong to one framework */
  assert_null (coprod_framework_lookup_practice (flse, "Reciprocity-impact-shared"));
  assert_null (coprod_framework_lookup_practice (flse, "reciprocity"));
  assert_null (coprod_framework_lookup_practice (flse, ""));
  assert_null (coprod_framework_lookup_practice (flse, "equality-equal-partners"));
  assert_non_null (coprod_framework_lookup_practice (coprod_framework_get_builtin ("scie"),
                                                     "equality-equal-partners"));
}

static void
test_framework_bands (void **state)
{
  static const char * const labels[] = { "Not at all", "A little", "Partly", "Mostly", "Fully" };
  guint i;
  int s;

  for (i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      CoprodFramework *framework = coprod_framework_get_builtin (expected[i].key);

      assert_int_equal (coprod_framework_get_scale_minimum (framework), 1);
      assert_int_equal (coprod_framework_get_scale_maximum (framework), 5);
      assert_int_equal (coprod_framework_get_n_bands (framework), 5);
      for (s = 1; s <= 5; s++)
        {
          int lo = -1, hi = -1;

          assert_true (coprod_framework_is_in_scale (framework, s));
          assert_string_equal (coprod_framework_get_band_label (framework, s), labels[s - 1]);
          assert_string_equal (coprod_framework_get_band (framework, (guint) s - 1, &lo, &hi),
                               labels[s - 1]);
          assert_int_equal (lo, s);
          assert_int_equal (hi, s);
        }
      assert_false (coprod_framework_is_in_scale (framework, 0));
      assert_false (coprod_framework_is_in_scale (framework, 6));
      assert_null (coprod_framework_get_band_label (framework, 0));
      assert_null (coprod_framework_get_band_label (framework, 6));
      assert_null (coprod_framework_get_band_label (framework, -1));
    }
}

static void
test_framework_checks (void **state)
{
  const char * const *checks = coprod_practice_list_checks ();
  static const char * const want[] = {
    "purpose-and-agenda-shared", "access-needs-met", "accessible-venue",
    "trauma-informed-venue", "support-offered", "claims-paid-on-time",
    "impact-fed-back", "regular-reflection", "lived-experience-deciding",
    "choice-of-formats", "plain-language-papers", "skills-developed", "workload",
  };
  guint i;

  assert_int_equal (g_strv_length ((char **) checks), G_N_ELEMENTS (want));
  for (i = 0; i < G_N_ELEMENTS (want); i++)
    {
      const char * const *params = coprod_practice_list_check_parameters (want[i]);

      assert_string_equal (checks[i], want[i]);
      assert_non_null (params);
      if (g_str_equal (want[i], "purpose-and-agenda-shared") ||
          g_str_equal (want[i], "regular-reflection"))
        {
          assert_int_equal (g_strv_length ((char **) params), 1);
          assert_string_equal (params[0], "days");
        }
      else if (g_str_equal (want[i], "workload"))
        {
          assert_int_equal (g_strv_length ((char **) params), 1);
          assert_string_equal (params[0], "per-week");
        }
      else
        assert_null (params[0]);
    }
  assert_null (coprod_practice_list_check_parameters ("no-such-check"));
}

/* Read-only properties, and what the objects hold once the framework is
 * gone */
static void
test_framework_properties (void **state)
{
  CoprodFramework *flse = coprod_framework_get_default ();
  CoprodValue *value = value_at (flse, 2);
  CoprodPractice *practice = practice_at (value, 3);
  g_autofree char *key = NULL, *work = NULL, *vkey = NULL, *id = NULL, *text = NULL, *check = NULL;
  g_autoptr(GListModel) values = NULL;
  g_autoptr(GListModel) practices = NULL;
  guint year = 99;
  int minimum = -1, maximum = -1;

  g_object_get (flse, "key", &key, "source-work", &work, "source-year", &year,
                "scale-minimum", &minimum, "scale-maximum", &maximum,
                "values", &values, NULL);
  assert_string_equal (key, "flse");
  assert_string_equal (work, coprod_framework_get_source_work (flse));
  assert_int_equal (year, 0);
  assert_int_equal (minimum, 1);
  assert_int_equal (maximum, 5);
  assert_ptr_equal (values, coprod_framework_get_values (flse));

  g_object_get (value, "key", &vkey, "practices", &practices, NULL);
  assert_string_equal (vkey, "accessibility");
  assert_ptr_equal (practices, coprod_value_get_practices (value));

  g_object_get (practice, "id", &id, "text", &text, "check", &check, NULL);
  assert_string_equal (id, "accessibility-purpose-shared");
  assert_string_equal (text, coprod_practice_get_text (practice));
  assert_string_equal (check, "purpose-and-agenda-shared");

  /* none is writable */
  assert_false (g_object_class_find_property (G_OBJECT_GET_CLASS (flse), "key")->flags & G_PARAM_WRITABLE);
  assert_false (g_object_class_find_property (G_OBJECT_GET_CLASS (value), "practices")->flags & G_PARAM_WRITABLE);
  assert_false (g_object_class_find_property (G_OBJECT_GET_CLASS (practice), "check")->flags & G_PARAM_WRITABLE);
}

#define HEAD "'format':'coprod-framework','version':1,'key':'forum','title':'Forum values'"
#define SCALE "'scale':{'minimum':1,'maximum':3,'bands':[{'minimum':1,'maximum':1,'label':'Not yet'}," \
  "{'minimum':2,'maximum':3,'label':'Partly or fully'}]}"
#define VALUES_OK "'values':[{'key':'openness','title':'Openness','practices':[" \
  "{'id':'openness-papers','text':'Papers early','check':'purpose-and-agenda-shared','parameters':{'days':7}}]}]"

static const char custom_framework[] =
  "{" HEAD ",'summary':'What the board agreed',"
  "'source':{'work':'Forum values','year':2024,'publisher':'The forum board'},"
  "'framework_version':'3'," SCALE ","
  "'values':["
  "{'key':'openness','title':'Openness','summary':'Nobody is kept in the dark','practices':["
  "{'id':'openness-papers','text':'Papers reach everyone early','check':'purpose-and-agenda-shared',"
  "'parameters':{'days':7}},"
  "{'id':'openness-decisions','text':'Every decision is explained'}]},"
  "{'key':'pace','title':'Pace','practices':["
  "{'id':'pace-workload','text':'Nobody is asked too often','check':'workload','parameters':{'per-week':1}}]}],"
  "'unknown_member':true}";

static void
assert_custom_framework (CoprodFramework *framework)
{
  CoprodPractice *practice;
  int lo, hi;

  assert_non_null (framework);
  assert_string_equal (coprod_framework_get_key (framework), "forum");
  assert_string_equal (coprod_framework_get_title (framework), "Forum values");
  assert_string_equal (coprod_framework_get_summary (framework), "What the board agreed");
  assert_string_equal (coprod_framework_get_source_work (framework), "Forum values");
  assert_int_equal (coprod_framework_get_source_year (framework), 2024);
  assert_string_equal (coprod_framework_get_source_publisher (framework), "The forum board");
  assert_string_equal (coprod_framework_get_version (framework), "3");
  assert_int_equal (coprod_framework_get_scale_minimum (framework), 1);
  assert_int_equal (coprod_framework_get_scale_maximum (framework), 3);
  assert_int_equal (coprod_framework_get_n_bands (framework), 2);
  assert_string_equal (coprod_framework_get_band (framework, 1, &lo, &hi), "Partly or fully");
  assert_int_equal (lo, 2);
  assert_int_equal (hi, 3);
  assert_string_equal (coprod_framework_get_band_label (framework, 1), "Not yet");
  assert_string_equal (coprod_framework_get_band_label (framework, 3), "Partly or fully");
  assert_null (coprod_framework_get_band_label (framework, 4));
  assert_int_equal (g_list_model_get_n_items (coprod_framework_get_values (framework)), 2);
  assert_int_equal (coprod_framework_get_n_practices (framework), 3);
  assert_null (coprod_value_get_summary (value_at (framework, 1)));

  practice = coprod_framework_lookup_practice (framework, "openness-decisions");
  assert_non_null (practice);
  assert_ptr_equal (practice, practice_at (value_at (framework, 0), 1));
  assert_null (coprod_practice_get_check (practice));
  practice = coprod_framework_lookup_practice (framework, "pace-workload");
  assert_string_equal (coprod_practice_get_parameter (practice, "per-week"), "1");
}

static void
assert_framework_finalized (CoprodFramework *framework)
{
  CoprodValue *value = value_at (framework, 0);
  gboolean value_gone = FALSE;

  g_object_weak_ref (G_OBJECT (value), coprod_test_mark_gone, &value_gone);
  coprod_test_assert_finalized (framework);
  assert_true (value_gone);
}

static void
test_framework_custom_from_data_bytes_file (void **state)
{
  g_autofree char *text = json (custom_framework);
  g_autofree char *path = coprod_test_tmp_path ("forum-framework.json");
  g_autofree char *missing = coprod_test_tmp_path ("no-such-framework.json");
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) nowhere = NULL;
  g_autoptr(GError) error = NULL;
  CoprodFramework *framework;

  framework = coprod_framework_new_from_data (text, -1, &error);
  assert_null (error);
  assert_custom_framework (framework);
  assert_framework_finalized (framework);

  framework = coprod_framework_new_from_data (text, (gssize) strlen (text), &error);
  assert_null (error);
  assert_custom_framework (framework);
  assert_framework_finalized (framework);

  framework = coprod_framework_new_from_bytes (bytes, &error);
  assert_null (error);
  assert_custom_framework (framework);
  assert_framework_finalized (framework);

  assert_true (g_file_set_contents (path, text, -1, NULL));
  file = g_file_new_for_path (path);
  framework = coprod_framework_new_from_file (file, NULL, &error);
  assert_null (error);
  assert_custom_framework (framework);
  assert_framework_finalized (framework);

  nowhere = g_file_new_for_path (missing);
  framework = coprod_framework_new_from_file (nowhere, NULL, &error);
  assert_null (framework);
  assert_true (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND));
  g_clear_error (&error);

  {
    g_autoptr(GCancellable) cancellable = g_cancellable_new ();

    g_cancellable_cancel (cancellable);
    framework = coprod_framework_new_from_file (file, cancellable, &error);
    assert_null (framework);
    assert_true (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED));
    g_clear_error (&error);
  }

  assert_true (g_file_set_contents (path, "", 0, NULL));
  framework = coprod_framework_new_from_file (file, NULL, &error);
  assert_null (framework);
  assert_true (g_error_matches (error, COPROD_ERROR, COPROD_ERROR_PARSE));
}

/* The valid base of the error cases loads, so each case fails for its
 * own reason. */
static void
test_framework_custom_base_loads (void **state)
{
  g_autofree char *text = json ("{" HEAD "," SCALE "," VALUES_OK "}");
  g_autoptr(GError) error = NULL;
  CoprodFramework *framework;

  framework = coprod_framework_new_from_data (text, -1, &error);
  assert_null (error);
  assert_int_equal (coprod_framework_get_n_practices (framework), 1);
  assert_null (coprod_framework_get_source_work (framework));
  assert_int_equal (coprod_framework_get_source_year (framework), 0);
  assert_framework_finalized (framework);
}

typedef struct
{
  const char *input;
  int code;
  const char *mentions[4];
} BadCase;

#define V1 "{'key':'openness','title':'Openness','practices':[{'id':'openness-papers','text':'Papers early'}]}"

static const BadCase bad_cases[] = {
  /* not a framework */
  { "[]", COPROD_ERROR_FORMAT, { "top level", NULL } },
  { "{'format':'coprod-ladder','version':1}", COPROD_ERROR_FORMAT, { NULL } },
  { "{'format':'coprod-framework','version':2}", COPROD_ERROR_VERSION, { NULL } },
  { "{'format':'coprod-framework'", COPROD_ERROR_PARSE, { NULL } },
  /* the top level */
  { "{'format':'coprod-framework','version':1,'title':'T'," SCALE "," VALUES_OK "}",
    COPROD_ERROR_VALUE, { "framework", "\"key\"", "missing", NULL } },
  { "{'format':'coprod-framework','version':1,'key':'k','title':''," SCALE "," VALUES_OK "}",
    COPROD_ERROR_VALUE, { "framework", "\"title\"", "empty", NULL } },
  { "{" HEAD ",'summary':3," SCALE "," VALUES_OK "}",
    COPROD_ERROR_TYPE, { "framework", "\"summary\"", "a string", NULL } },
  { "{" HEAD ",'source':'Forum'," SCALE "," VALUES_OK "}",
    COPROD_ERROR_TYPE, { "framework", "\"source\"", "an object", NULL } },
  { "{" HEAD ",'source':{'year':2024}," SCALE "," VALUES_OK "}",
    COPROD_ERROR_VALUE, { "source", "\"work\"", "missing", NULL } },
  { "{" HEAD ",'source':{'work':'W','year':'2024'}," SCALE "," VALUES_OK "}",
    COPROD_ERROR_TYPE, { "source", "\"year\"", "whole number", NULL } },
  { "{" HEAD ",'source':{'work':'W','year':0}," SCALE "," VALUES_OK "}",
    COPROD_ERROR_VALUE, { "source", "\"year\"", "out of range", NULL } },
  /* the scale */
  { "{" HEAD "," VALUES_OK "}", COPROD_ERROR_VALUE, { "framework", "\"scale\"", "missing", NULL } },
  { "{" HEAD ",'scale':[1,5]," VALUES_OK "}", COPROD_ERROR_TYPE, { "framework", "\"scale\"", NULL } },
  { "{" HEAD ",'scale':{'minimum':1,'bands':[]}," VALUES_OK "}",
    COPROD_ERROR_VALUE, { "scale", "\"maximum\"", "missing", NULL } },
  { "{" HEAD ",'scale':{'minimum':1.5,'maximum':5}," VALUES_OK "}",
    COPROD_ERROR_TYPE, { "scale", "\"minimum\"", "whole number", NULL } },
  { "{" HEAD ",'scale':{'minimum':0,'maximum':101}," VALUES_OK "}",
    COPROD_ERROR_VALUE, { "scale", "\"maximum\"", "101", "from 1 to 100" } },
  { "{" HEAD ",'scale':{'minimum':3,'maximum':3}," VALUES_OK "}",
    COPROD_ERROR_VALUE, { "scale", "\"maximum\"", "not above", NULL } },
  { "{" HEAD ",'scale':{'minimum':1,'maximum':3}," VALUES_OK "}",
    COPROD_ERROR_VALUE, { "scale", "\"bands\"", "missing", NULL } },
  { "{" HEAD ",'scale':{'minimum':1,'maximum':3,'bands':[]}," VALUES_OK "}",
    COPROD_ERROR_VALUE, { "scale", "\"bands\"", "empty", NULL } },
  { "{" HEAD ",'scale':{'minimum':1,'maximum':3,'bands':['low']}," VALUES_OK "}",
    COPROD_ERROR_TYPE, { "scale.bands[0]", "an object", NULL } },
  { "{" HEAD ",'scale':{'minimum':1,'maximum':3,'bands':[{'minimum':1,'maximum':3}]}," VALUES_OK "}",
    COPROD_ERROR_VALUE, { "scale.bands[0]", "\"label\"", "missing", NULL } },
  /* a band that does not start where the last ended: a gap, an overlap */
  { "{" HEAD ",'scale':{'minimum':1,'maximum':3,'bands':[{'minimum':1,'maximum':1,'label':'a'},"
    "{'minimum':3,'maximum':3,'label':'b'}]}," VALUES_OK "}",
    COPROD_ERROR_VALUE, { "scale.bands[1]", "\"minimum\"", "should start at 2", NULL } },
  { "{" HEAD ",'scale':{'minimum':1,'maximum':3,'bands':[{'minimum':1,'maximum':2,'label':'a'},"
    "{'minimum':2,'maximum':3,'label':'b'}]}," VALUES_OK "}",
    COPROD_ERROR_VALUE, { "scale.bands[1]", "\"minimum\"", "should start at 3", NULL } },
  { "{" HEAD ",'scale':{'minimum':1,'maximum':3,'bands':[{'minimum':2,'maximum':3,'label':'a'}]}," VALUES_OK "}",
    COPROD_ERROR_VALUE, { "scale.bands[0]", "should start at 1", NULL } },
  { "{" HEAD ",'scale':{'minimum':1,'maximum':3,'bands':[{'minimum':1,'maximum':0,'label':'a'}]}," VALUES_OK "}",
    COPROD_ERROR_VALUE, { "scale.bands[0]", "\"maximum\"", "out of range", NULL } },
  { "{" HEAD ",'scale':{'minimum':1,'maximum':3,'bands':[{'minimum':1,'maximum':4,'label':'a'}]}," VALUES_OK "}",
    COPROD_ERROR_VALUE, { "scale.bands[0]", "\"maximum\"", "out of range", NULL } },
  { "{" HEAD ",'scale':{'minimum':1,'maximum':3,'bands':[{'minimum':1,'maximum':2,'label':'a'}]}," VALUES_OK "}",
    COPROD_ERROR_VALUE, { "scale", "\"bands\"", "from 3 to 3", NULL } },
  /* the values */
  { "{" HEAD "," SCALE "}", COPROD_ERROR_VALUE, { "framework", "\"values\"", "missing", NULL } },
  { "{" HEAD "," SCALE ",'values':[]}", COPROD_ERROR_VALUE, { "framework", "\"values\"", "empty", NULL } },
  { "{" HEAD "," SCALE ",'values':{}}", COPROD_ERROR_TYPE, { "framework", "\"values\"", "an array", NULL } },
  { "{" HEAD "," SCALE ",'values':[" V1 ",7]}", COPROD_ERROR_TYPE, { "values[1]", "an object", NULL } },
  { "{" HEAD "," SCALE ",'values':[{'title':'T','practices':[]}]}",
    COPROD_ERROR_VALUE, { "values[0]", "\"key\"", "missing", NULL } },
  { "{" HEAD "," SCALE ",'values':[{'key':'fair','practices':[]}]}",
    COPROD_ERROR_VALUE, { "values[0]", "\"title\"", "missing", NULL } },
  { "{" HEAD "," SCALE ",'values':[{'key':'fair','title':'Fair'}]}",
    COPROD_ERROR_VALUE, { "values[0]", "\"practices\"", "missing", NULL } },
  { "{" HEAD "," SCALE ",'values':[{'key':'fair','title':'Fair','practices':[]}]}",
    COPROD_ERROR_VALUE, { "values[0]", "\"practices\"", "empty", NULL } },
  { "{" HEAD "," SCALE ",'values':[" V1 ",{'key':'openness','title':'Again','practices':[{'id':'x','text':'X'}]}]}",
    COPROD_ERROR_VALUE, { "values[1]", "\"key\"", "same key", NULL } },
  /* the practices */
  { "{" HEAD "," SCALE ",'values':[{'key':'fair','title':'Fair','practices':['x']}]}",
    COPROD_ERROR_TYPE, { "values[0], practices[0]", "an object", NULL } },
  { "{" HEAD "," SCALE ",'values':[{'key':'fair','title':'Fair','practices':[{'text':'X'}]}]}",
    COPROD_ERROR_VALUE, { "values[0], practices[0]", "\"id\"", "missing", NULL } },
  { "{" HEAD "," SCALE ",'values':[{'key':'fair','title':'Fair','practices':[{'id':'fair-pay'}]}]}",
    COPROD_ERROR_VALUE, { "values[0], practices[0]", "\"text\"", "missing", NULL } },
  /* ids are unique in the whole framework, across values */
  { "{" HEAD "," SCALE ",'values':[" V1 ",{'key':'fair','title':'Fair','practices':["
    "{'id':'fair-pay','text':'Paid'},{'id':'openness-papers','text':'Again'}]}]}",
    COPROD_ERROR_VALUE, { "values[1], practices[1]", "\"id\"", "same id", NULL } },
  { "{" HEAD "," SCALE ",'values':[{'key':'fair','title':'Fair','practices':["
    "{'id':'fair-pay','text':'Paid','check':'paid-in-full'}]}]}",
    COPROD_ERROR_VALUE, { "practices[0]", "\"check\"", "an unknown check",
                          "claims-paid-on-time" } },
  { "{" HEAD "," SCALE ",'values':[{'key':'fair','title':'Fair','practices':["
    "{'id':'fair-pay','text':'Paid','check':['workload']}]}]}",
    COPROD_ERROR_TYPE, { "practices[0]", "\"check\"", "a string", NULL } },
  /* parameters: only with a check, only the check's own, whole numbers */
  { "{" HEAD "," SCALE ",'values':[{'key':'fair','title':'Fair','practices':["
    "{'id':'fair-pay','text':'Paid','parameters':{'days':3}}]}]}",
    COPROD_ERROR_VALUE, { "practices[0]", "\"parameters\"", "names no check", NULL } },
  { "{" HEAD "," SCALE ",'values':[{'key':'fair','title':'Fair','practices':["
    "{'id':'fair-pay','text':'Paid','check':'workload','parameters':{'days':3}}]}]}",
    COPROD_ERROR_VALUE, { "practices[0]", "an unknown parameter", "takes per-week", NULL } },
  { "{" HEAD "," SCALE ",'values':[{'key':'fair','title':'Fair','practices':["
    "{'id':'fair-pay','text':'Paid','check':'claims-paid-on-time','parameters':{'days':3}}]}]}",
    COPROD_ERROR_VALUE, { "practices[0]", "unknown parameter", "takes none", NULL } },
  { "{" HEAD "," SCALE ",'values':[{'key':'fair','title':'Fair','practices':["
    "{'id':'fair-pay','text':'Paid','check':'workload','parameters':{'per-week':'two'}}]}]}",
    COPROD_ERROR_TYPE, { "practices[0]", "per-week", "whole number", NULL } },
  { "{" HEAD "," SCALE ",'values':[{'key':'fair','title':'Fair','practices':["
    "{'id':'fair-pay','text':'Paid','check':'workload','parameters':{'per-week':0}}]}]}",
    COPROD_ERROR_VALUE, { "practices[0]", "per-week", "out of range", NULL } },
  { "{" HEAD "," SCALE ",'values':[{'key':'fair','title':'Fair','practices':["
    "{'id':'fair-pay','text':'Paid','check':'workload','parameters':[2]}]}]}",
    COPROD_ERROR_TYPE, { "practices[0]", "\"parameters\"", "an object", NULL } },
  /* the guard's checks hold here too */
  { "{" HEAD ",'key':'again'," SCALE "," VALUES_OK "}", COPROD_ERROR_DUPLICATE_MEMBER, { NULL } },
};

static void
test_framework_custom_errors (void **state)
{
  guint i, m;

  for (i = 0; i < G_N_ELEMENTS (bad_cases); i++)
    {
      g_autofree char *text = json (bad_cases[i].input);
      g_autoptr(GError) error = NULL;
      g_autoptr(CoprodFramework) framework = NULL;

      framework = coprod_framework_new_from_data (text, -1, &error);
      if (framework != NULL)
        fail_msg ("case %u loaded: %s", i, text);
      if (!g_error_matches (error, COPROD_ERROR, bad_cases[i].code))
        fail_msg ("case %u: expected code %d, got %s %d: %s", i, bad_cases[i].code,
                  g_quark_to_string (error->domain), error->code, error->message);
      for (m = 0; m < G_N_ELEMENTS (bad_cases[i].mentions) && bad_cases[i].mentions[m]; m++)
        if (strstr (error->message, bad_cases[i].mentions[m]) == NULL)
          fail_msg ("case %u: the message does not mention %s: %s", i,
                    bad_cases[i].mentions[m], error->message);
      if (!g_utf8_validate (error->message, -1, NULL))
        fail_msg ("case %u: the message is not UTF-8", i);
    }
}

/* A text from a framework is never quoted in a message: only keys, ids
 * and the names of members and checks */
static void
test_framework_errors_quote_no_text (void **state)
{
  g_autofree char *text = json ("{" HEAD "," SCALE ",'values':[{'key':'fair','title':'Secret title',"
                                "'practices':[{'id':'fair-pay','text':'Secret text','check':'workload',"
                                "'parameters':{'per-week':-4}}]}]}");
  g_autoptr(GError) error = NULL;
  g_autoptr(CoprodFramework) framework = NULL;

  framework = coprod_framework_new_from_data (text, -1, &error);
  assert_null (framework);
  assert_non_null (error);
  assert_null (strstr (error->message, "Secret"));
  assert_non_null (strstr (error->message, "values[0], practices[0]"));
}

/* The files in the source tree are those compiled in */
static void
test_framework_builtin_files_match (void **state)
{
  const char *srcdir = g_getenv ("COPROD_SOURCE_DIR");
  guint i, j, k;

  if (srcdir == NULL)
    skip ();

  for (i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autofree char *name = g_strconcat (expected[i].key, ".json", NULL);
      g_autofree char *path = g_build_filename (srcdir, "libcoprod", "scales", "frameworks", name, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GError) error = NULL;
      CoprodFramework *builtin = coprod_framework_get_builtin (expected[i].key);
      CoprodFramework *framework;
      guint n;

      framework = coprod_framework_new_from_file (file, NULL, &error);
      if (framework == NULL)
        fail_msg ("%s: %s", path, error->message);

      assert_string_equal (coprod_framework_get_title (framework), coprod_framework_get_title (builtin));
      n = g_list_model_get_n_items (coprod_framework_get_values (framework));
      assert_int_equal (n, g_list_model_get_n_items (coprod_framework_get_values (builtin)));
      for (j = 0; j < n; j++)
        {
          CoprodValue *a = value_at (framework, j);
          CoprodValue *b = value_at (builtin, j);
          guint np = g_list_model_get_n_items (coprod_value_get_practices (a));

          assert_int_equal (np, g_list_model_get_n_items (coprod_value_get_practices (b)));
          for (k = 0; k < np; k++)
            assert_string_equal (coprod_practice_get_text (practice_at (a, k)),
                                 coprod_practice_get_text (practice_at (b, k)));
        }
      assert_framework_finalized (framework);
    }
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_framework_builtin_threads),
    cmocka_unit_test (test_framework_builtin_list),
    cmocka_unit_test (test_framework_builtin_counts),
    cmocka_unit_test (test_framework_flse_lookups),
    cmocka_unit_test (test_framework_bands),
    cmocka_unit_test (test_framework_checks),
    cmocka_unit_test (test_framework_properties),
    cmocka_unit_test (test_framework_custom_from_data_bytes_file),
    cmocka_unit_test (test_framework_custom_base_loads),
    cmocka_unit_test (test_framework_custom_errors),
    cmocka_unit_test (test_framework_errors_quote_no_text),
    cmocka_unit_test (test_framework_builtin_files_match),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
