/* test-ladder.c: ladders of involvement and their steps
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

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
  gboolean approximate;
  guint n_steps;
  const char *steps[9];   /* keys, bottom to top, NULL-terminated */
  /* for each rung from coercion (0) to co-production (6), the key of the
   * step that presents it, or NULL if it is below the ladder */
  const char *crosswalk[7];
  CoprodRung lowest;
  const char *source_mentions[3];   /* each must be in the source */
} ExpectedLadder;

static const ExpectedLadder expected[] = {
  { "tlap", FALSE, 7,
    { "coercion", "educating", "informing", "consultation", "engagement",
      "co-design", "co-production", NULL },
    { "coercion", "educating", "informing", "consultation", "engagement",
      "co-design", "co-production" },
    COPROD_RUNG_COERCION,
    { "Think Local Act Personal", "National Co-production Advisory Group", "2016" } },
  { "flse", TRUE, 6,
    { "coercion", "informing", "consultation", "engagement", "co-design",
      "co-production", NULL },
    { "coercion", "informing", "informing", "consultation", "engagement",
      "co-design", "co-production" },
    COPROD_RUNG_COERCION,
    { "Fulfilling Lives South East", "What is co-production?", "BHT Sussex" } },
  { "arnstein", TRUE, 8,
    { "manipulation", "therapy", "informing", "consultation", "placation",
      "partnership", "delegated-power", "citizen-control", NULL },
    { "manipulation", "therapy", "informing", "consultation", "placation",
      "partnership", "partnership" },
    COPROD_RUNG_COERCION,
    { "1969", "Journal of the American Institute of Planners", "35(4)" } },
  { "iap2", TRUE, 5,
    { "inform", "consult", "involve", "collaborate", "empower", NULL },
    { NULL, NULL, "inform", "consult", "involve", "collaborate", "collaborate" },
    COPROD_RUNG_INFORMING,
    { "2018", "Spectrum of Public Participation", "published by IAP2" } },
  { "hart", TRUE, 8,
    { "manipulation", "decoration", "tokenism", "assigned-but-informed",
      "consulted-and-informed", "adult-initiated-shared-decisions",
      "child-initiated-and-directed", "child-initiated-shared-decisions",
      NULL },
    { "manipulation", "decoration", "tokenism", "assigned-but-informed",
      "consulted-and-informed", "adult-initiated-shared-decisions",
      "adult-initiated-shared-decisions" },
    COPROD_RUNG_COERCION,
    { "1992", "Innocenti Essays No. 4", "UNICEF International Child Development Centre" } },
};

static CoprodStep *
step_at (CoprodLadder *ladder,
         guint         i)
{
  CoprodStep *step = g_list_model_get_item (coprod_ladder_get_steps (ladder), i);

  /* the ladder keeps its own reference */
  g_object_unref (step);
  return step;
}

static gpointer
get_all_builtin (gpointer data)
{
  CoprodLadder **out = data;
  const char * const *keys = coprod_ladder_list_builtin ();
  guint i;

  for (i = 0; keys[i] != NULL; i++)
    out[i] = coprod_ladder_get_builtin (keys[i]);

  return NULL;
}

/* First in the run, so the built-in ladders are not loaded yet: several
 * threads ask at once and all get the same objects. */
static void
test_ladder_builtin_threads (void **state)
{
  CoprodLadder *got[4][G_N_ELEMENTS (expected)] = { { NULL } };
  GThread *threads[4];
  guint t, i;

  for (t = 0; t < G_N_ELEMENTS (threads); t++)
    threads[t] = g_thread_new ("ladders", get_all_builtin, got[t]);
  for (t = 0; t < G_N_ELEMENTS (threads); t++)
    g_thread_join (threads[t]);

  for (i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      assert_non_null (got[0][i]);
      for (t = 1; t < G_N_ELEMENTS (threads); t++)
        assert_ptr_equal (got[t][i], got[0][i]);
      assert_ptr_equal (coprod_ladder_get_builtin (expected[i].key), got[0][i]);
    }
}

static void
test_ladder_builtin_list (void **state)
{
  const char * const *keys = coprod_ladder_list_builtin ();
  guint i;

  assert_int_equal (g_strv_length ((char **) keys), G_N_ELEMENTS (expected));
  for (i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      CoprodLadder *ladder = coprod_ladder_get_builtin (keys[i]);

      assert_string_equal (keys[i], expected[i].key);
      assert_non_null (ladder);
      assert_true (COPROD_IS_LADDER (ladder));
      assert_string_equal (coprod_ladder_get_key (ladder), keys[i]);
      /* kept: the same object each time */
      assert_ptr_equal (coprod_ladder_get_builtin (keys[i]), ladder);
    }

  assert_ptr_equal (coprod_ladder_get_default (), coprod_ladder_get_builtin ("tlap"));
  assert_null (coprod_ladder_get_builtin ("ladder-of-no-one"));
  assert_null (coprod_ladder_get_builtin (""));
  assert_null (coprod_ladder_get_builtin ("TLAP"));
}

static void
test_ladder_builtin_steps (void **state)
{
  guint i, j;

  for (i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      CoprodLadder *ladder = coprod_ladder_get_builtin (expected[i].key);
      GListModel *steps = coprod_ladder_get_steps (ladder);
      guint n = g_strv_length ((char **) expected[i].steps);
      guint m;

      /* the step counts of the sources: FLSE's own ladder has six */
      assert_int_equal (n, expected[i].n_steps);
      assert_int_equal (g_list_model_get_item_type (steps), COPROD_TYPE_STEP);
      assert_int_equal (g_list_model_get_n_items (steps), expected[i].n_steps);
      assert_int_equal (coprod_ladder_get_approximate (ladder), expected[i].approximate);
      assert_true (coprod_ladder_get_title (ladder)[0] != '\0');
      assert_non_null (coprod_ladder_get_summary (ladder));
      assert_non_null (coprod_ladder_get_source (ladder));
      assert_string_equal (coprod_ladder_get_version (ladder), "2");

      /* the work, its year and where it is published */
      for (m = 0; m < G_N_ELEMENTS (expected[i].source_mentions); m++)
        if (strstr (coprod_ladder_get_source (ladder), expected[i].source_mentions[m]) == NULL)
          fail_msg ("ladder %s: the source does not mention %s: %s", expected[i].key,
                    expected[i].source_mentions[m], coprod_ladder_get_source (ladder));

      for (j = 0; j < n; j++)
        {
          CoprodStep *step = step_at (ladder, j);

          assert_string_equal (coprod_step_get_key (step), expected[i].steps[j]);
          assert_int_equal (coprod_step_get_position (step), j + 1);
          assert_true (coprod_step_get_title (step)[0] != '\0');
          assert_non_null (coprod_step_get_summary (step));
        }
      assert_null (g_list_model_get_item (steps, n));
    }
}

/* Every canonical rung is presented by exactly one step, the one
 * get_step_for_rung() gives and the one expected, or is explicitly below
 * the ladder and presented by none; rungs rise with the steps. */
static void
test_ladder_builtin_crosswalk (void **state)
{
  guint i, j;

  for (i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      CoprodLadder *ladder = coprod_ladder_get_builtin (expected[i].key);
      GListModel *steps = coprod_ladder_get_steps (ladder);
      guint n = g_list_model_get_n_items (steps);
      CoprodRung rung, highest = COPROD_RUNG_NONE;

      assert_int_equal (coprod_ladder_get_lowest_rung (ladder), expected[i].lowest);
      assert_int_equal (coprod_step_get_rung_min (step_at (ladder, 0)), expected[i].lowest);

      for (rung = COPROD_RUNG_COERCION; rung <= COPROD_RUNG_CO_PRODUCTION; rung++)
        {
          const char *want = expected[i].crosswalk[rung - 1];
          CoprodStep *found = NULL;
          guint covering = 0;

          for (j = 0; j < n; j++)
            if (coprod_step_covers_rung (step_at (ladder, j), rung))
              {
                covering++;
                found = step_at (ladder, j);
              }

          if (want == NULL)
            {
              /* below the ladder: no step, and under its lowest rung */
              if (covering != 0)
                fail_msg ("ladder %s: rung %d is below it but presented by %u steps",
                          expected[i].key, rung, covering);
              assert_null (coprod_ladder_get_step_for_rung (ladder, rung));
              assert_true (rung < coprod_ladder_get_lowest_rung (ladder));
              continue;
            }

          if (covering != 1)
            fail_msg ("ladder %s: rung %d is presented by %u steps",
                      expected[i].key, rung, covering);
          assert_string_equal (coprod_step_get_key (found), want);
          assert_ptr_equal (coprod_ladder_get_step_for_rung (ladder, rung), found);
          assert_true (coprod_step_get_rung_min (found) <= rung);
          assert_true (coprod_step_get_rung_max (found) >= rung);
          assert_true (rung >= coprod_ladder_get_lowest_rung (ladder));
        }

      assert_null (coprod_ladder_get_step_for_rung (ladder, COPROD_RUNG_NONE));

      for (j = 0; j < n; j++)
        {
          CoprodStep *step = step_at (ladder, j);
          CoprodRung lo = coprod_step_get_rung_min (step);
          CoprodRung hi = coprod_step_get_rung_max (step);

          assert_false (coprod_step_covers_rung (step, COPROD_RUNG_NONE));
          if (lo == COPROD_RUNG_NONE)
            {
              assert_int_equal (hi, COPROD_RUNG_NONE);
              continue;
            }
          assert_true (lo <= hi);
          if (highest == COPROD_RUNG_NONE)
            assert_int_equal (lo, expected[i].lowest);
          else
            assert_int_equal (lo, highest + 1);
          highest = hi;
        }
      assert_int_equal (highest, COPROD_RUNG_CO_PRODUCTION);
    }
}

static void
test_ladder_tlap_is_canonical (void **state)
{
  CoprodLadder *ladder = coprod_ladder_get_default ();
  const char *groups[] = { "doing to", "doing to", "doing for", "doing for",
                           "doing for", "doing with", "doing with" };
  g_autoptr(GEnumClass) rungs = g_type_class_ref (COPROD_TYPE_RUNG);
  guint j;

  assert_false (coprod_ladder_get_approximate (ladder));
  for (j = 0; j < G_N_ELEMENTS (groups); j++)
    {
      CoprodStep *step = step_at (ladder, j);

      /* step N is rung N, and the key is the rung's nick */
      assert_int_equal (coprod_step_get_rung_min (step), j + 1);
      assert_int_equal (coprod_step_get_rung_max (step), j + 1);
      assert_string_equal (coprod_step_get_key (step),
                           g_enum_get_value (rungs, (int) j + 1)->value_nick);
      assert_string_equal (coprod_step_get_group (step), groups[j]);
      assert_null (coprod_step_get_promise (step));
    }
}

/* FLSE's own ladder has six steps and none for educating: that rung is
 * shown on its informing step; the source groups no steps. */
static void
test_ladder_flse_six_steps (void **state)
{
  CoprodLadder *ladder = coprod_ladder_get_builtin ("flse");
  CoprodStep *informing = step_at (ladder, 1);
  guint j;

  assert_int_equal (g_list_model_get_n_items (coprod_ladder_get_steps (ladder)), 6);
  assert_string_equal (coprod_step_get_key (informing), "informing");
  assert_int_equal (coprod_step_get_rung_min (informing), COPROD_RUNG_EDUCATING);
  assert_int_equal (coprod_step_get_rung_max (informing), COPROD_RUNG_INFORMING);
  assert_ptr_equal (coprod_ladder_get_step_for_rung (ladder, COPROD_RUNG_EDUCATING), informing);
  assert_ptr_equal (coprod_ladder_get_step_for_rung (ladder, COPROD_RUNG_INFORMING), informing);

  for (j = 0; j < 6; j++)
    {
      CoprodStep *step = step_at (ladder, j);

      assert_string_not_equal (coprod_step_get_key (step), "educating");
      assert_null (coprod_step_get_group (step));
      assert_null (coprod_step_get_promise (step));
      /* one rung a step, except informing */
      if (j != 1)
        assert_int_equal (coprod_step_get_rung_min (step), coprod_step_get_rung_max (step));
    }
}

static void
test_ladder_iap2_promises (void **state)
{
  CoprodLadder *iap2 = coprod_ladder_get_builtin ("iap2");
  GListModel *steps = coprod_ladder_get_steps (iap2);
  guint j;

  for (j = 0; j < g_list_model_get_n_items (steps); j++)
    {
      CoprodStep *step = step_at (iap2, j);

      assert_non_null (coprod_step_get_promise (step));
      assert_true (coprod_step_get_promise (step)[0] != '\0');
      assert_null (coprod_step_get_group (step));
    }

  /* nothing below informing: coercion and educating are below the
   * spectrum, not on its first level */
  assert_int_equal (coprod_ladder_get_lowest_rung (iap2), COPROD_RUNG_INFORMING);
  assert_null (coprod_ladder_get_step_for_rung (iap2, COPROD_RUNG_COERCION));
  assert_null (coprod_ladder_get_step_for_rung (iap2, COPROD_RUNG_EDUCATING));
  assert_ptr_equal (coprod_ladder_get_step_for_rung (iap2, COPROD_RUNG_INFORMING),
                    step_at (iap2, 0));
  assert_int_equal (coprod_step_get_rung_min (step_at (iap2, 0)), COPROD_RUNG_INFORMING);
  assert_int_equal (coprod_step_get_rung_max (step_at (iap2, 0)), COPROD_RUNG_INFORMING);

  /* equal partnership is collaborating; handing the final decision over
   * lies beyond the canonical scale */
  assert_ptr_equal (coprod_ladder_get_step_for_rung (iap2, COPROD_RUNG_CO_PRODUCTION),
                    step_at (iap2, 3));
  assert_int_equal (coprod_step_get_rung_min (step_at (iap2, 4)), COPROD_RUNG_NONE);

  /* chosen to fit the decision, not climbed */
  assert_non_null (strstr (coprod_ladder_get_summary (iap2), "not a ladder to climb"));
}

static void
assert_groups (const char  *key,
               const char **groups,
               guint        n)
{
  CoprodLadder *ladder = coprod_ladder_get_builtin (key);
  guint j;

  assert_int_equal (g_list_model_get_n_items (coprod_ladder_get_steps (ladder)), n);
  for (j = 0; j < n; j++)
    assert_string_equal (coprod_step_get_group (step_at (ladder, j)), groups[j]);
}

static void
test_ladder_bands (void **state)
{
  const char *arnstein[] = {
    "Nonparticipation", "Nonparticipation",
    "Tokenism", "Tokenism", "Tokenism",
    "Citizen power", "Citizen power", "Citizen power",
  };
  const char *hart[] = {
    "Non-participation", "Non-participation", "Non-participation",
    "Degrees of participation", "Degrees of participation",
    "Degrees of participation", "Degrees of participation",
    "Degrees of participation",
  };
  CoprodLadder *ladder;

  assert_groups ("arnstein", arnstein, G_N_ELEMENTS (arnstein));
  assert_groups ("hart", hart, G_N_ELEMENTS (hart));

  /* equal co-production is Arnstein's partnership; delegated power and
   * citizen control, which need work that people with lived experience
   * start and control, present no rung */
  ladder = coprod_ladder_get_builtin ("arnstein");
  assert_string_equal (coprod_step_get_key (step_at (ladder, 5)), "partnership");
  assert_ptr_equal (coprod_ladder_get_step_for_rung (ladder, COPROD_RUNG_CO_PRODUCTION),
                    step_at (ladder, 5));
  assert_int_equal (coprod_step_get_rung_min (step_at (ladder, 6)), COPROD_RUNG_NONE);
  assert_int_equal (coprod_step_get_rung_max (step_at (ladder, 6)), COPROD_RUNG_NONE);
  assert_int_equal (coprod_step_get_rung_min (step_at (ladder, 7)), COPROD_RUNG_NONE);
  assert_int_equal (coprod_step_get_rung_max (step_at (ladder, 7)), COPROD_RUNG_NONE);

  /* Hart's two top steps need work the young people started: no rung;
   * co-production with adults leading is the sixth */
  ladder = coprod_ladder_get_builtin ("hart");
  assert_ptr_equal (coprod_ladder_get_step_for_rung (ladder, COPROD_RUNG_CO_PRODUCTION),
                    step_at (ladder, 5));
  assert_int_equal (coprod_step_get_rung_min (step_at (ladder, 6)), COPROD_RUNG_NONE);
  assert_int_equal (coprod_step_get_rung_min (step_at (ladder, 7)), COPROD_RUNG_NONE);
}

/* g_object_get gives what the getters give; nothing is writable. */
static void
test_ladder_properties (void **state)
{
  CoprodLadder *ladder = coprod_ladder_get_builtin ("iap2");
  CoprodStep *step = step_at (ladder, 1);
  g_autofree char *key = NULL, *title = NULL, *summary = NULL, *source = NULL;
  g_autofree char *version = NULL, *group = NULL, *promise = NULL;
  g_autoptr(GListModel) steps = NULL;
  gboolean approximate = FALSE;
  guint position = 0;
  CoprodRung rung_min = COPROD_RUNG_NONE, rung_max = COPROD_RUNG_NONE;
  CoprodRung lowest = COPROD_RUNG_NONE;
  g_autofree GParamSpec **pspecs = NULL;
  guint n, i;

  g_object_get (ladder, "key", &key, "title", &title, "summary", &summary,
                "source", &source, "version", &version,
                "approximate", &approximate, "steps", &steps,
                "lowest-rung", &lowest, NULL);
  assert_string_equal (key, coprod_ladder_get_key (ladder));
  assert_string_equal (title, coprod_ladder_get_title (ladder));
  assert_string_equal (summary, coprod_ladder_get_summary (ladder));
  assert_string_equal (source, coprod_ladder_get_source (ladder));
  assert_string_equal (version, coprod_ladder_get_version (ladder));
  assert_true (approximate);
  assert_ptr_equal (steps, coprod_ladder_get_steps (ladder));
  assert_int_equal (lowest, coprod_ladder_get_lowest_rung (ladder));
  assert_int_equal (lowest, COPROD_RUNG_INFORMING);

  g_clear_pointer (&key, g_free);
  g_clear_pointer (&title, g_free);
  g_clear_pointer (&summary, g_free);
  g_object_get (step, "key", &key, "title", &title, "summary", &summary,
                "group", &group, "promise", &promise, "position", &position,
                "rung-min", &rung_min, "rung-max", &rung_max, NULL);
  assert_string_equal (key, "consult");
  assert_string_equal (title, coprod_step_get_title (step));
  assert_string_equal (summary, coprod_step_get_summary (step));
  assert_null (group);
  assert_string_equal (promise, coprod_step_get_promise (step));
  assert_int_equal (position, 2);
  assert_int_equal (rung_min, COPROD_RUNG_CONSULTATION);
  assert_int_equal (rung_max, COPROD_RUNG_CONSULTATION);

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (ladder), &n);
  assert_int_equal (n, 8);
  for (i = 0; i < n; i++)
    {
      assert_false (pspecs[i]->flags & G_PARAM_WRITABLE);
      assert_null (g_param_spec_get_blurb (pspecs[i]));
    }
  g_clear_pointer (&pspecs, g_free);

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (step), &n);
  assert_int_equal (n, 8);
  for (i = 0; i < n; i++)
    {
      assert_false (pspecs[i]->flags & G_PARAM_WRITABLE);
      assert_null (g_param_spec_get_blurb (pspecs[i]));
    }
}

static const char custom_ladder[] =
  "{'format':'coprod-ladder','version':1,'key':'forum','title':'Our forum ladder',"
  " 'source':'Agreed by an invented forum board','unknown_member':[1,2],"
  " 'steps':["
  "  {'key':'told','title':'We are told','group':'doing to','summary':'',"
  "   'rungs':['coercion','educating','informing']},"
  "  {'key':'asked','title':'We are asked','group':null,"
  "   'rungs':['consultation','engagement']},"
  "  {'key':'together','title':'We do it together','summary':'Equal partners',"
  "   'promise':'Nothing about us without us','rungs':['co-design','co-production']},"
  "  {'key':'ours','title':'We run it','rungs':[]}]}";

static void
assert_custom_ladder (CoprodLadder *ladder)
{
  CoprodStep *step;

  assert_string_equal (coprod_ladder_get_key (ladder), "forum");
  assert_string_equal (coprod_ladder_get_title (ladder), "Our forum ladder");
  assert_null (coprod_ladder_get_summary (ladder));
  assert_string_equal (coprod_ladder_get_source (ladder), "Agreed by an invented forum board");
  assert_null (coprod_ladder_get_version (ladder));
  /* approximate unless the ladder says otherwise */
  assert_true (coprod_ladder_get_approximate (ladder));
  assert_int_equal (g_list_model_get_n_items (coprod_ladder_get_steps (ladder)), 4);

  step = step_at (ladder, 0);
  assert_string_equal (coprod_step_get_key (step), "told");
  assert_null (coprod_step_get_summary (step));   /* "" is no summary */
  assert_string_equal (coprod_step_get_group (step), "doing to");
  assert_null (coprod_step_get_promise (step));
  assert_int_equal (coprod_step_get_rung_min (step), COPROD_RUNG_COERCION);
  assert_int_equal (coprod_step_get_rung_max (step), COPROD_RUNG_INFORMING);
  assert_int_equal (coprod_ladder_get_lowest_rung (ladder), COPROD_RUNG_COERCION);
  assert_true (coprod_step_covers_rung (step, COPROD_RUNG_EDUCATING));
  assert_false (coprod_step_covers_rung (step, COPROD_RUNG_CONSULTATION));

  step = step_at (ladder, 1);
  assert_null (coprod_step_get_group (step));
  assert_ptr_equal (coprod_ladder_get_step_for_rung (ladder, COPROD_RUNG_ENGAGEMENT), step);

  step = step_at (ladder, 2);
  assert_string_equal (coprod_step_get_summary (step), "Equal partners");
  assert_string_equal (coprod_step_get_promise (step), "Nothing about us without us");
  assert_ptr_equal (coprod_ladder_get_step_for_rung (ladder, COPROD_RUNG_CO_PRODUCTION), step);
  assert_int_equal (coprod_step_get_position (step), 3);

  step = step_at (ladder, 3);
  assert_int_equal (coprod_step_get_position (step), 4);
  assert_int_equal (coprod_step_get_rung_min (step), COPROD_RUNG_NONE);
  assert_int_equal (coprod_step_get_rung_max (step), COPROD_RUNG_NONE);
}

static void
count_finalized (gpointer  data,
                GObject  *where_the_object_was)
{
  (*(guint *) data)++;
}

/* Drops @ladder and checks it and every one of its steps are finalized. */
static void
assert_ladder_finalized (CoprodLadder *ladder)
{
  GListModel *steps = coprod_ladder_get_steps (ladder);
  guint n = g_list_model_get_n_items (steps);
  guint finalized = 0, i;

  for (i = 0; i < n; i++)
    g_object_weak_ref (G_OBJECT (step_at (ladder, i)), count_finalized, &finalized);

  coprod_test_assert_finalized (ladder);
  assert_int_equal (finalized, n);
}

static void
test_ladder_custom_from_data (void **state)
{
  g_autofree char *text = json (custom_ladder);
  g_autoptr(GError) error = NULL;
  CoprodLadder *ladder;

  ladder = coprod_ladder_new_from_data (text, -1, &error);
  assert_null (error);
  assert_non_null (ladder);
  assert_custom_ladder (ladder);
  /* a custom ladder is not one of the built-in ones */
  assert_ptr_not_equal (coprod_ladder_get_builtin ("tlap"), ladder);
  assert_ladder_finalized (ladder);

  /* with an explicit length, and a byte order mark in front */
  {
    g_autofree char *bom = g_strconcat ("\xEF\xBB\xBF", text, "trailing junk", NULL);

    ladder = coprod_ladder_new_from_data (bom, (gssize) (strlen (text) + 3), &error);
    assert_null (error);
    assert_custom_ladder (ladder);
    assert_ladder_finalized (ladder);
  }
}

static void
test_ladder_custom_from_bytes_and_file (void **state)
{
  g_autofree char *text = json (custom_ladder);
  g_autofree char *path = coprod_test_tmp_path ("forum-ladder.json");
  g_autofree char *missing = coprod_test_tmp_path ("no-such-ladder.json");
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) nowhere = NULL;
  g_autoptr(GError) error = NULL;
  CoprodLadder *ladder;

  ladder = coprod_ladder_new_from_bytes (bytes, &error);
  assert_null (error);
  assert_custom_ladder (ladder);
  assert_ladder_finalized (ladder);

  assert_true (g_file_set_contents (path, text, -1, NULL));
  file = g_file_new_for_path (path);
  ladder = coprod_ladder_new_from_file (file, NULL, &error);
  assert_null (error);
  assert_custom_ladder (ladder);
  assert_ladder_finalized (ladder);

  nowhere = g_file_new_for_path (missing);
  ladder = coprod_ladder_new_from_file (nowhere, NULL, &error);
  assert_null (ladder);
  assert_true (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND));
  g_clear_error (&error);

  /* a cancelled read gives G_IO_ERROR_CANCELLED */
  {
    g_autoptr(GCancellable) cancellable = g_cancellable_new ();

    g_cancellable_cancel (cancellable);
    ladder = coprod_ladder_new_from_file (file, cancellable, &error);
    assert_null (ladder);
    assert_true (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED));
    g_clear_error (&error);
  }

  /* an empty file is malformed JSON */
  assert_true (g_file_set_contents (path, "", 0, NULL));
  ladder = coprod_ladder_new_from_file (file, NULL, &error);
  assert_null (ladder);
  assert_true (g_error_matches (error, COPROD_ERROR, COPROD_ERROR_PARSE));
}

/* The same valid ladder as above, with one part replaced */
#define HEAD "'format':'coprod-ladder','version':1,'key':'k','title':'T'"
#define STEPS_OK \
  "'steps':[{'key':'low','title':'Low','rungs':['coercion','educating','informing','consultation']}," \
  "{'key':'high','title':'High','rungs':['engagement','co-design','co-production']}]"

typedef struct
{
  const char *input;
  int code;
  const char *mentions[4];   /* each must be in the message */
} BadCase;

static const BadCase bad_cases[] = {
  /* not JSON, not a ladder */
  { "{'format':'coprod-ladder',", COPROD_ERROR_PARSE, { NULL } },
  { "[1,2]", COPROD_ERROR_FORMAT, { "object", NULL } },
  { "{'format':'coprod','version':1,'key':'k','title':'T'," STEPS_OK "}",
    COPROD_ERROR_FORMAT, { "coprod-ladder", NULL } },
  { "{'version':1,'key':'k','title':'T'," STEPS_OK "}",
    COPROD_ERROR_FORMAT, { "format", NULL } },
  { "{'format':'coprod-ladder','key':'k','title':'T'," STEPS_OK "}",
    COPROD_ERROR_FORMAT, { "version", NULL } },
  { "{'format':'coprod-ladder','version':'1','key':'k','title':'T'," STEPS_OK "}",
    COPROD_ERROR_FORMAT, { "version", NULL } },
  { "{'format':'coprod-ladder','version':0,'key':'k','title':'T'," STEPS_OK "}",
    COPROD_ERROR_FORMAT, { "version", NULL } },
  /* newer */
  { "{'format':'coprod-ladder','version':2,'key':'k','title':'T'," STEPS_OK "}",
    COPROD_ERROR_VERSION, { "2", NULL } },
  /* key and title */
  { "{'format':'coprod-ladder','version':1,'title':'T'," STEPS_OK "}",
    COPROD_ERROR_VALUE, { "\"key\"", "missing", NULL } },
  { "{'format':'coprod-ladder','version':1,'key':'','title':'T'," STEPS_OK "}",
    COPROD_ERROR_VALUE, { "\"key\"", "empty", NULL } },
  { "{'format':'coprod-ladder','version':1,'key':'k'," STEPS_OK "}",
    COPROD_ERROR_VALUE, { "\"title\"", "missing", NULL } },
  { "{'format':'coprod-ladder','version':1,'key':'k','title':''," STEPS_OK "}",
    COPROD_ERROR_VALUE, { "\"title\"", "empty", NULL } },
  { "{'format':'coprod-ladder','version':1,'key':7,'title':'T'," STEPS_OK "}",
    COPROD_ERROR_TYPE, { "\"key\"", "integer", NULL } },
  { "{'format':'coprod-ladder','version':1,'key':'k','title':['T']," STEPS_OK "}",
    COPROD_ERROR_TYPE, { "\"title\"", "array", NULL } },
  /* the other members of the ladder */
  { "{" HEAD ",'summary':1," STEPS_OK "}", COPROD_ERROR_TYPE, { "\"summary\"", NULL } },
  { "{" HEAD ",'source':{}," STEPS_OK "}", COPROD_ERROR_TYPE, { "\"source\"", NULL } },
  { "{" HEAD ",'ladder_version':1," STEPS_OK "}", COPROD_ERROR_TYPE, { "\"ladder_version\"", NULL } },
  { "{" HEAD ",'approximate':'yes'," STEPS_OK "}", COPROD_ERROR_TYPE, { "\"approximate\"", "boolean", NULL } },
  /* steps */
  { "{" HEAD "}", COPROD_ERROR_VALUE, { "\"steps\"", "missing", NULL } },
  { "{" HEAD ",'steps':[]}", COPROD_ERROR_VALUE, { "\"steps\"", "at least one step", NULL } },
  { "{" HEAD ",'steps':{}}", COPROD_ERROR_TYPE, { "\"steps\"", "array", NULL } },
  { "{" HEAD ",'steps':['low']}", COPROD_ERROR_TYPE, { "steps[0]", "object", NULL } },
  { "{" HEAD ",'steps':[{'title':'Low','rungs':[]}]}",
    COPROD_ERROR_VALUE, { "steps[0]", "\"key\"", NULL } },
  { "{" HEAD ",'steps':[{'key':'low','rungs':['coercion']}]}",
    COPROD_ERROR_VALUE, { "steps[0]", "\"title\"", NULL } },
  { "{" HEAD ",'steps':[{'key':'low','title':'Low','group':['a'],'rungs':[]}]}",
    COPROD_ERROR_TYPE, { "steps[0]", "\"group\"", NULL } },
  { "{" HEAD ",'steps':[{'key':'low','title':'Low','promise':true,'rungs':[]}]}",
    COPROD_ERROR_TYPE, { "steps[0]", "\"promise\"", NULL } },
  { "{" HEAD ",'steps':[{'key':'low','title':'Low','rungs':['coercion']},"
    "{'key':'low','title':'Also low','rungs':[]}]}",
    COPROD_ERROR_VALUE, { "steps[1]", "same key", NULL } },
  /* rungs */
  { "{" HEAD ",'steps':[{'key':'low','title':'Low'}]}",
    COPROD_ERROR_VALUE, { "steps[0]", "\"rungs\"", "missing" } },
  { "{" HEAD ",'steps':[{'key':'low','title':'Low','rungs':'coercion'}]}",
    COPROD_ERROR_TYPE, { "steps[0]", "\"rungs\"", "array" } },
  { "{" HEAD ",'steps':[{'key':'low','title':'Low','rungs':[1]}]}",
    COPROD_ERROR_TYPE, { "steps[0]", "\"rungs\"", "string" } },
  { "{" HEAD ",'steps':[{'key':'low','title':'Low','rungs':['coercion']},"
    "{'key':'mid','title':'Mid','rungs':['educating','co-operation']}]}",
    COPROD_ERROR_VALUE, { "steps[1]", "an unknown rung", "co-design" } },
  { "{" HEAD ",'steps':[{'key':'low','title':'Low','rungs':['none','coercion']}]}",
    COPROD_ERROR_VALUE, { "steps[0]", "\"none\"", NULL } },
  { "{" HEAD ",'steps':[{'key':'low','title':'Low','rungs':['coercion','coercion']}]}",
    COPROD_ERROR_VALUE, { "steps[0]", "\"coercion\"", "twice", "this step" } },
  /* covered twice, by two steps */
  { "{" HEAD ",'steps':[{'key':'low','title':'Low','rungs':['coercion','educating']},"
    "{'key':'high','title':'High','rungs':['educating','informing','consultation',"
    "'engagement','co-design','co-production']}]}",
    COPROD_ERROR_VALUE, { "steps[1]", "\"educating\"", "twice", "an earlier step" } },
  /* out of order: the rungs a ladder leaves out are those under its
   * bottom step, never after it */
  { "{" HEAD ",'steps':[{'key':'high','title':'High','rungs':['engagement','co-design','co-production']},"
    "{'key':'low','title':'Low','rungs':['coercion','educating','informing','consultation']}]}",
    COPROD_ERROR_VALUE, { "steps[1]", "\"coercion\" comes after the rung \"engagement\"", NULL } },
  { "{" HEAD ",'steps':[{'key':'low','title':'Low','rungs':['informing','educating']}]}",
    COPROD_ERROR_VALUE, { "steps[0]", "\"educating\" comes after", NULL } },
  /* a rung skipped inside a step, or between steps */
  { "{" HEAD ",'steps':[{'key':'all','title':'All','rungs':['coercion','informing']}]}",
    COPROD_ERROR_VALUE, { "steps[0]", "\"educating\"", NULL } },
  { "{" HEAD ",'steps':[{'key':'low','title':'Low','rungs':['coercion','educating']},"
    "{'key':'high','title':'High','rungs':['consultation','engagement','co-design','co-production']}]}",
    COPROD_ERROR_VALUE, { "steps[1]", "\"informing\"", NULL } },
  /* a gap in the middle of a ladder that leaves out the bottom: only the
   * bottom may be left out */
  { "{" HEAD ",'steps':[{'key':'low','title':'Low','rungs':['educating']},"
    "{'key':'high','title':'High','rungs':['consultation','engagement','co-design','co-production']}]}",
    COPROD_ERROR_VALUE, { "steps[1]", "rung \"informing\"", "only at the bottom" } },
  { "{" HEAD ",'steps':[{'key':'low','title':'Low','rungs':['informing','consultation']},"
    "{'key':'gap','title':'Gap','rungs':[]},"
    "{'key':'high','title':'High','rungs':['co-design','co-production']}]}",
    COPROD_ERROR_VALUE, { "steps[2]", "rung \"engagement\"", "only at the bottom" } },
  /* the bottom step presents the ladder's lowest rung */
  { "{" HEAD ",'steps':[{'key':'under','title':'Under','rungs':[]},"
    "{'key':'high','title':'High','rungs':['consultation','engagement','co-design','co-production']}]}",
    COPROD_ERROR_VALUE, { "steps[0]", "\"rungs\"", "bottom step" } },
  /* not covered at the top */
  { "{" HEAD ",'steps':[{'key':'low','title':'Low','rungs':['coercion','educating','informing',"
    "'consultation','engagement','co-design']},{'key':'top','title':'Top','rungs':[]}]}",
    COPROD_ERROR_VALUE, { "\"steps\"", "\"co-production\"", NULL } },
  { "{" HEAD ",'steps':[{'key':'nothing','title':'Nothing','rungs':[]}]}",
    COPROD_ERROR_VALUE, { "steps[0]", "bottom step", NULL } },
  { "{" HEAD ",'steps':[{'key':'low','title':'Low','rungs':['informing','consultation',"
    "'engagement']}]}",
    COPROD_ERROR_VALUE, { "\"steps\"", "\"co-design\"", "up to \"co-production\"" } },
  /* the guard's checks hold here too */
  { "{" HEAD ",'key':'again'," STEPS_OK "}", COPROD_ERROR_DUPLICATE_MEMBER, { NULL } },
};

static void
test_ladder_custom_errors (void **state)
{
  guint i, m;

  for (i = 0; i < G_N_ELEMENTS (bad_cases); i++)
    {
      g_autofree char *text = json (bad_cases[i].input);
      g_autoptr(GError) error = NULL;
      g_autoptr(CoprodLadder) ladder = NULL;

      ladder = coprod_ladder_new_from_data (text, -1, &error);
      if (ladder != NULL)
        fail_msg ("case %u loaded: %s", i, text);
      if (!g_error_matches (error, COPROD_ERROR, bad_cases[i].code))
        fail_msg ("case %u: expected code %d, got %s %d: %s", i, bad_cases[i].code,
                  g_quark_to_string (error->domain), error->code, error->message);
      for (m = 0; m < G_N_ELEMENTS (bad_cases[i].mentions) && bad_cases[i].mentions[m]; m++)
        if (strstr (error->message, bad_cases[i].mentions[m]) == NULL)
          fail_msg ("case %u: the message does not mention %s: %s", i,
                    bad_cases[i].mentions[m], error->message);
    }
}

/* The valid base of the error cases loads, so each case fails for its
 * own reason. */
static void
test_ladder_custom_base_loads (void **state)
{
  g_autofree char *text = json ("{" HEAD "," STEPS_OK "}");
  g_autoptr(GError) error = NULL;
  CoprodLadder *ladder;

  ladder = coprod_ladder_new_from_data (text, -1, &error);
  assert_null (error);
  assert_int_equal (g_list_model_get_n_items (coprod_ladder_get_steps (ladder)), 2);
  assert_ptr_equal (coprod_ladder_get_step_for_rung (ladder, COPROD_RUNG_CONSULTATION),
                    step_at (ladder, 0));
  assert_ptr_equal (coprod_ladder_get_step_for_rung (ladder, COPROD_RUNG_ENGAGEMENT),
                    step_at (ladder, 1));
  assert_ladder_finalized (ladder);
}

/* A ladder may leave out rungs at the bottom: they are below it, and no
 * step presents them; a step above its top may present none. */
static void
test_ladder_custom_leaves_out_bottom (void **state)
{
  g_autofree char *text =
    json ("{" HEAD ",'steps':["
          "{'key':'told','title':'We are told','rungs':['educating','informing']},"
          "{'key':'asked','title':'We are asked','rungs':['consultation','engagement']},"
          "{'key':'together','title':'Together','rungs':['co-design','co-production']},"
          "{'key':'ours','title':'We run it','rungs':[]}]}");
  g_autofree char *higher =
    json ("{" HEAD ",'steps':[{'key':'top','title':'Top','rungs':['co-production']}]}");
  g_autoptr(GError) error = NULL;
  CoprodLadder *ladder;
  CoprodRung rung;

  ladder = coprod_ladder_new_from_data (text, -1, &error);
  assert_null (error);
  assert_non_null (ladder);
  assert_int_equal (coprod_ladder_get_lowest_rung (ladder), COPROD_RUNG_EDUCATING);
  assert_null (coprod_ladder_get_step_for_rung (ladder, COPROD_RUNG_COERCION));
  assert_null (coprod_ladder_get_step_for_rung (ladder, COPROD_RUNG_NONE));
  assert_ptr_equal (coprod_ladder_get_step_for_rung (ladder, COPROD_RUNG_EDUCATING),
                    step_at (ladder, 0));
  assert_int_equal (coprod_step_get_rung_min (step_at (ladder, 0)), COPROD_RUNG_EDUCATING);
  assert_ptr_equal (coprod_ladder_get_step_for_rung (ladder, COPROD_RUNG_CO_PRODUCTION),
                    step_at (ladder, 2));
  assert_int_equal (coprod_step_get_rung_min (step_at (ladder, 3)), COPROD_RUNG_NONE);
  assert_ladder_finalized (ladder);

  /* as high as co-production alone: everything under it is below */
  ladder = coprod_ladder_new_from_data (higher, -1, &error);
  assert_null (error);
  assert_int_equal (coprod_ladder_get_lowest_rung (ladder), COPROD_RUNG_CO_PRODUCTION);
  for (rung = COPROD_RUNG_COERCION; rung < COPROD_RUNG_CO_PRODUCTION; rung++)
    assert_null (coprod_ladder_get_step_for_rung (ladder, rung));
  assert_ptr_equal (coprod_ladder_get_step_for_rung (ladder, COPROD_RUNG_CO_PRODUCTION),
                    step_at (ladder, 0));
  assert_ladder_finalized (ladder);
}

/* The built-in data files in the source tree are the ones compiled in. */
static void
test_ladder_builtin_files_match (void **state)
{
  const char *srcdir = g_getenv ("COPROD_SOURCE_DIR");
  guint i;

  if (srcdir == NULL)
    skip ();

  for (i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autofree char *name = g_strconcat (expected[i].key, ".json", NULL);
      g_autofree char *path = g_build_filename (srcdir, "libcoprod", "scales", "ladders", name, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GError) error = NULL;
      CoprodLadder *builtin = coprod_ladder_get_builtin (expected[i].key);
      CoprodLadder *ladder;
      guint j, n;

      ladder = coprod_ladder_new_from_file (file, NULL, &error);
      if (ladder == NULL)
        fail_msg ("%s: %s", path, error->message);

      assert_string_equal (coprod_ladder_get_title (ladder), coprod_ladder_get_title (builtin));
      n = g_list_model_get_n_items (coprod_ladder_get_steps (ladder));
      assert_int_equal (n, g_list_model_get_n_items (coprod_ladder_get_steps (builtin)));
      for (j = 0; j < n; j++)
        assert_string_equal (coprod_step_get_summary (step_at (ladder, j)),
                             coprod_step_get_summary (step_at (builtin, j)));
      assert_ladder_finalized (ladder);
    }
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_ladder_builtin_threads),
    cmocka_unit_test (test_ladder_builtin_list),
    cmocka_unit_test (test_ladder_builtin_steps),
    cmocka_unit_test (test_ladder_builtin_crosswalk),
    cmocka_unit_test (test_ladder_tlap_is_canonical),
    cmocka_unit_test (test_ladder_flse_six_steps),
    cmocka_unit_test (test_ladder_iap2_promises),
    cmocka_unit_test (test_ladder_bands),
    cmocka_unit_test (test_ladder_properties),
    cmocka_unit_test (test_ladder_custom_from_data),
    cmocka_unit_test (test_ladder_custom_from_bytes_and_file),
    cmocka_unit_test (test_ladder_custom_base_loads),
    cmocka_unit_test (test_ladder_custom_leaves_out_bottom),
    cmocka_unit_test (test_ladder_custom_errors),
    cmocka_unit_test (test_ladder_builtin_files_match),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
