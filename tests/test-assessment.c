/* test-assessment.c: the ladder's rules, case by case
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The cases are in tests/data/assessment-cases.json, shared with the Python
 * and GJS suites so that every binding is held to the same answers. Each
 * case names people by a key and their roles (or an object of the
 * person's members), the project's scope, other members of the project
 * ("project"), other records ("records", by collection), and its
 * involvements as [person, stage, mode] with, as a fourth element, an
 * object of other members (date, hours, planned); it expects a rung and,
 * where given, the projected, aimed and claimed rungs, the next rung, the
 * gaps ([stage, required mode, alternative, in scope], then to come and
 * planned), the finding codes and the member some of them name, the best
 * mode per stage, who gave it, the number of people, involvements per
 * mode, partners ([lived experience, professional]), staff partners,
 * hours, people paid and supported per stage ("none" for all stages),
 * whether a young person is involved, and the proposals of people with
 * lived experience ("proposals": [adopted, not adopted, pending, not fed
 * back]). In every case the involvements per
 * mode add up to the involvements held of people with lived experience
 * in scope, counted here from the case itself.
 */
#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "coprod-test-util.h"

static JsonObject *
load_cases (void)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *path = g_build_filename (g_getenv ("COPROD_TEST_DATA"),
                                            "assessment-cases.json", NULL);
  g_autoptr(GError) error = NULL;

  if (!json_parser_load_from_file (parser, path, &error))
    fail_msg ("%s: %s", path, error->message);

  return json_object_ref (json_node_get_object (json_parser_get_root (parser)));
}

/* Copies every member of @object into the object being built */
static void
add_members (JsonBuilder *b,
             JsonObject  *object)
{
  JsonObjectIter iter;
  const char *member;
  JsonNode *node;

  json_object_iter_init (&iter, object);
  while (json_object_iter_next (&iter, &member, &node))
    {
      json_builder_set_member_name (b, member);
      json_builder_add_value (b, json_node_copy (node));
    }
}

/* The case as a coprod document: people, one project, other records */
static char *
case_to_document (JsonObject *c)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonGenerator) gen = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  JsonObject *people = json_object_get_object_member (c, "people");
  JsonArray *involvements = json_object_get_array_member (c, "involvements");
  JsonObjectIter iter;
  const char *key;
  JsonNode *roles;
  guint i;

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "format");
  json_builder_add_string_value (b, "coprod");
  json_builder_set_member_name (b, "version");
  json_builder_add_int_value (b, 1);

  json_builder_set_member_name (b, "organisations");
  json_builder_begin_array (b);
  if (json_object_has_member (c, "organisations"))
    {
      JsonArray *orgs = json_object_get_array_member (c, "organisations");

      for (i = 0; i < json_array_get_length (orgs); i++)
        {
          json_builder_begin_object (b);
          json_builder_set_member_name (b, "id");
          json_builder_add_string_value (b, json_array_get_string_element (orgs, i));
          json_builder_end_object (b);
        }
    }
  json_builder_end_array (b);

  json_builder_set_member_name (b, "people");
  json_builder_begin_array (b);
  json_object_iter_init (&iter, people);
  while (json_object_iter_next (&iter, &key, &roles))
    {
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "id");
      json_builder_add_string_value (b, key);
      if (JSON_NODE_HOLDS_OBJECT (roles))
        add_members (b, json_node_get_object (roles));
      else
        {
          json_builder_set_member_name (b, "roles");
          json_builder_add_value (b, json_node_copy (roles));
        }
      json_builder_end_object (b);
    }
  json_builder_end_array (b);

  if (json_object_has_member (c, "records"))
    add_members (b, json_object_get_object_member (c, "records"));

  json_builder_set_member_name (b, "projects");
  json_builder_begin_array (b);
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "id");
  json_builder_add_string_value (b, "prj");
  if (json_object_has_member (c, "stages"))
    {
      json_builder_set_member_name (b, "stages");
      json_builder_add_value (b, json_node_copy (json_object_get_member (c, "stages")));
    }
  if (json_object_has_member (c, "aimed_rung"))
    {
      json_builder_set_member_name (b, "aimed_rung");
      json_builder_add_string_value (b, json_object_get_string_member (c, "aimed_rung"));
    }
  if (json_object_has_member (c, "deadline_fixed"))
    {
      json_builder_set_member_name (b, "deadline_fixed");
      json_builder_add_boolean_value (b, json_object_get_boolean_member (c, "deadline_fixed"));
    }
  if (json_object_has_member (c, "project"))
    add_members (b, json_object_get_object_member (c, "project"));
  json_builder_set_member_name (b, "involvements");
  json_builder_begin_array (b);
  for (i = 0; i < json_array_get_length (involvements); i++)
    {
      JsonArray *inv = json_array_get_array_element (involvements, i);

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "person_id");
      json_builder_add_string_value (b, json_array_get_string_element (inv, 0));
      json_builder_set_member_name (b, "stage");
      json_builder_add_string_value (b, json_array_get_string_element (inv, 1));
      json_builder_set_member_name (b, "mode");
      json_builder_add_string_value (b, json_array_get_string_element (inv, 2));
      if (json_array_get_length (inv) > 3)
        add_members (b, json_array_get_object_element (inv, 3));
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);
  json_builder_end_array (b);
  json_builder_end_object (b);

  root = json_builder_get_root (b);
  json_generator_set_root (gen, root);

  return json_generator_to_data (gen, NULL);
}

static int
nick_value (GType       type,
            const char *nick)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (type);

  if (G_IS_ENUM_CLASS (klass))
    {
      GEnumValue *v = g_enum_get_value_by_nick (G_ENUM_CLASS (klass), nick);

      if (v == NULL)
        fail_msg ("unknown %s nick %s", g_type_name (type), nick);
      return v->value;
    }
  else
    {
      GFlagsValue *v = g_flags_get_value_by_nick (G_FLAGS_CLASS (klass), nick);

      if (v == NULL)
        fail_msg ("unknown %s nick %s", g_type_name (type), nick);
      return (int) v->value;
    }
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(const char **) a, *(const char **) b);
}

static void
check_findings (const char       *name,
                CoprodAssessment *a,
                JsonArray        *expected)
{
  GListModel *findings = coprod_assessment_get_findings (a);
  g_autoptr(GPtrArray) got = g_ptr_array_new ();
  g_autoptr(JsonArray) none = json_array_new ();
  guint i, n = g_list_model_get_n_items (findings);

  if (expected == NULL)
    expected = none;

  for (i = 0; i < n; i++)
    {
      g_autoptr(CoprodFinding) f = g_list_model_get_item (findings, i);

      g_ptr_array_add (got, (gpointer) g_intern_string (coprod_finding_get_code (f)));
    }
  g_ptr_array_sort (got, compare_strings);

  if (got->len != json_array_get_length (expected))
    fail_msg ("%s: %u findings, expected %u", name, got->len, json_array_get_length (expected));
  for (i = 0; i < got->len; i++)
    if (!g_str_equal (g_ptr_array_index (got, i), json_array_get_string_element (expected, i)))
      fail_msg ("%s: finding %u is %s, expected %s", name, i,
                (char *) g_ptr_array_index (got, i), json_array_get_string_element (expected, i));
}

static void
check_gaps (const char       *name,
            CoprodAssessment *a,
            JsonArray        *expected)
{
  GListModel *gaps = coprod_assessment_get_gaps (a);
  guint i, n = g_list_model_get_n_items (gaps);

  if (n != json_array_get_length (expected))
    fail_msg ("%s: %u gaps, expected %u", name, n, json_array_get_length (expected));

  for (i = 0; i < n; i++)
    {
      g_autoptr(CoprodGap) gap = g_list_model_get_item (gaps, i);
      JsonArray *e = json_array_get_array_element (expected, i);
      CoprodStage stage = coprod_gap_get_stage (gap);

      assert_int_equal (stage, nick_value (COPROD_TYPE_STAGE, json_array_get_string_element (e, 0)));
      assert_int_equal (coprod_gap_get_required_mode (gap),
                        nick_value (COPROD_TYPE_MODE, json_array_get_string_element (e, 1)));
      assert_int_equal (coprod_gap_get_alternative (gap), json_array_get_boolean_element (e, 2));
      assert_int_equal (coprod_gap_get_in_scope (gap), json_array_get_boolean_element (e, 3));
      /* still to come, and closed by a planned involvement: FALSE unless given */
      assert_int_equal (coprod_gap_get_to_come (gap),
                        json_array_get_length (e) > 4 && json_array_get_boolean_element (e, 4));
      assert_int_equal (coprod_gap_get_planned (gap),
                        json_array_get_length (e) > 5 && json_array_get_boolean_element (e, 5));
      /* the current mode is the assessment's best mode in the stage */
      if (coprod_gap_get_in_scope (gap))
        assert_int_equal (coprod_gap_get_current_mode (gap), coprod_assessment_get_best_mode (a, stage));
      else
        assert_int_equal (coprod_gap_get_current_mode (gap), COPROD_MODE_NONE);
    }
}

static void
check_finding_member (const char       *name,
                      CoprodAssessment *a,
                      const char       *code,
                      const char       *member)
{
  GListModel *findings = coprod_assessment_get_findings (a);
  guint i;

  for (i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(CoprodFinding) f = g_list_model_get_item (findings, i);

      if (g_str_equal (coprod_finding_get_code (f), code))
        {
          assert_string_equal (coprod_finding_get_record_id (f), "prj");
          if (g_strcmp0 (coprod_finding_get_member (f), member) != 0)
            fail_msg ("%s: %s names %s, expected %s", name, code,
                      coprod_finding_get_member (f), member);
          return;
        }
    }
  fail_msg ("%s: no %s finding", name, code);
}

static void
check_stage_counts (CoprodAssessment *a,
                    JsonObject       *expect,
                    const char       *member,
                    guint           (*get) (CoprodAssessment *, CoprodStage))
{
  JsonObjectIter iter;
  const char *key;
  JsonNode *node;

  if (!json_object_has_member (expect, member))
    return;

  json_object_iter_init (&iter, json_object_get_object_member (expect, member));
  while (json_object_iter_next (&iter, &key, &node))
    assert_int_equal (get (a, nick_value (COPROD_TYPE_STAGE, key)), json_node_get_int (node));
}

static gboolean
roles_have_lived_experience (JsonNode *person)
{
  JsonArray *roles;
  guint i;

  if (JSON_NODE_HOLDS_OBJECT (person))
    roles = json_object_get_array_member (json_node_get_object (person), "roles");
  else
    roles = json_node_get_array (person);

  for (i = 0; i < json_array_get_length (roles); i++)
    {
      const char *role = json_array_get_string_element (roles, i);

      if (g_str_equal (role, "lived-experience") || g_str_equal (role, "carer") ||
          g_str_equal (role, "family-member"))
        return TRUE;
    }

  return FALSE;
}

/* The involvements per mode of each stage add up to the involvements held
 * of people with lived experience in scope, not after their withdrawal */
static void
check_mode_counts_add_up (const char       *name,
                          JsonObject       *c,
                          CoprodAssessment *a)
{
  JsonObject *people = json_object_get_object_member (c, "people");
  JsonArray *involvements = json_object_get_array_member (c, "involvements");
  CoprodStage scope = coprod_assessment_get_stages (a);
  guint expected[6] = { 0 }, total = 0, all_modes = 0;
  guint i, s;
  int m;

  for (i = 0; i < json_array_get_length (involvements); i++)
    {
      JsonArray *inv = json_array_get_array_element (involvements, i);
      JsonObject *extra = json_array_get_length (inv) > 3 ? json_array_get_object_element (inv, 3) : NULL;
      JsonNode *person = json_object_get_member (people, json_array_get_string_element (inv, 0));
      CoprodStage stage = nick_value (COPROD_TYPE_STAGE, json_array_get_string_element (inv, 1));
      const char *withdrawn = NULL;

      if (person == NULL || !roles_have_lived_experience (person) || !(scope & stage))
        continue;
      if (extra != NULL && json_object_get_boolean_member_with_default (extra, "planned", FALSE))
        continue;
      if (JSON_NODE_HOLDS_OBJECT (person))
        withdrawn = json_object_get_string_member_with_default (json_node_get_object (person),
                                                               "withdrawn_date", NULL);
      if (withdrawn != NULL && extra != NULL && json_object_has_member (extra, "date") &&
          strcmp (json_object_get_string_member (extra, "date"), withdrawn) > 0)
        continue;
      expected[g_bit_nth_lsf (stage, -1)]++;
      total++;
    }

  for (s = 0; s < 6; s++)
    {
      guint sum = 0;

      for (m = COPROD_MODE_NONE; m <= COPROD_MODE_PARTNER; m++)
        sum += coprod_assessment_get_mode_count (a, 1u << s, m);
      if (sum != expected[s])
        fail_msg ("%s: %u involvements counted by mode in stage %u, expected %u",
                  name, sum, s, expected[s]);
    }
  for (m = COPROD_MODE_NONE; m <= COPROD_MODE_PARTNER; m++)
    all_modes += coprod_assessment_get_mode_count (a, COPROD_STAGE_NONE, m);
  assert_int_equal (all_modes, total);
}

static void
run_case (JsonObject *c)
{
  g_autoptr(CoprodRegistry) registry = coprod_registry_new ();
  g_autoptr(CoprodAssessment) a = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *doc = case_to_document (c);
  const char *name = json_object_get_string_member (c, "name");
  JsonObject *expect = json_object_get_object_member (c, "expect");
  JsonObjectIter iter;
  const char *key;
  JsonNode *node;

  if (!coprod_registry_load_from_data (registry, doc, -1, &error))
    fail_msg ("%s: %s", name, error->message);

  a = coprod_registry_assess_project (registry, "prj", &error);
  assert_non_null (a);
  assert_string_equal (coprod_assessment_get_project_id (a), "prj");

  if ((int) coprod_assessment_get_rung (a) != nick_value (COPROD_TYPE_RUNG, json_object_get_string_member (expect, "rung")))
    fail_msg ("%s: rung %d, expected %s", name, coprod_assessment_get_rung (a),
              json_object_get_string_member (expect, "rung"));
  assert_int_equal (coprod_assessment_get_aim_reached (a),
                    coprod_assessment_get_rung (a) >= coprod_assessment_get_aimed_rung (a));

  if (json_object_has_member (expect, "next_rung"))
    assert_int_equal (coprod_assessment_get_next_rung (a),
                      nick_value (COPROD_TYPE_RUNG, json_object_get_string_member (expect, "next_rung")));
  /* a case that lists no findings expects none */
  check_findings (name, a, json_object_has_member (expect, "findings")
                           ? json_object_get_array_member (expect, "findings") : NULL);
  if (json_object_has_member (expect, "gaps"))
    check_gaps (name, a, json_object_get_array_member (expect, "gaps"));

  if (json_object_has_member (expect, "best"))
    {
      json_object_iter_init (&iter, json_object_get_object_member (expect, "best"));
      while (json_object_iter_next (&iter, &key, &node))
        assert_int_equal (coprod_assessment_get_best_mode (a, nick_value (COPROD_TYPE_STAGE, key)),
                          nick_value (COPROD_TYPE_MODE, json_node_get_string (node)));
    }

  if (json_object_has_member (expect, "n_people"))
    {
      json_object_iter_init (&iter, json_object_get_object_member (expect, "n_people"));
      while (json_object_iter_next (&iter, &key, &node))
        assert_int_equal (coprod_assessment_get_n_people (a, nick_value (COPROD_TYPE_STAGE, key)),
                          json_node_get_int (node));
    }

  if (json_object_has_member (expect, "projected_rung"))
    assert_int_equal (coprod_assessment_get_projected_rung (a),
                      nick_value (COPROD_TYPE_RUNG, json_object_get_string_member (expect, "projected_rung")));
  assert_true (coprod_assessment_get_projected_rung (a) >= coprod_assessment_get_rung (a));
  if (json_object_has_member (expect, "aimed_rung"))
    assert_int_equal (coprod_assessment_get_aimed_rung (a),
                      nick_value (COPROD_TYPE_RUNG, json_object_get_string_member (expect, "aimed_rung")));
  if (json_object_has_member (expect, "claimed_rung"))
    assert_int_equal (coprod_assessment_get_claimed_rung (a),
                      nick_value (COPROD_TYPE_RUNG, json_object_get_string_member (expect, "claimed_rung")));
  if (json_object_has_member (expect, "young_people"))
    assert_int_equal (coprod_assessment_has_young_people (a),
                      json_object_get_boolean_member (expect, "young_people"));

  if (json_object_has_member (expect, "finding_members"))
    {
      json_object_iter_init (&iter, json_object_get_object_member (expect, "finding_members"));
      while (json_object_iter_next (&iter, &key, &node))
        check_finding_member (name, a, key, json_node_get_string (node));
    }

  if (json_object_has_member (expect, "mode_counts"))
    {
      json_object_iter_init (&iter, json_object_get_object_member (expect, "mode_counts"));
      while (json_object_iter_next (&iter, &key, &node))
        {
          JsonObjectIter modes;
          const char *mode;
          JsonNode *count;

          json_object_iter_init (&modes, json_node_get_object (node));
          while (json_object_iter_next (&modes, &mode, &count))
            assert_int_equal (coprod_assessment_get_mode_count (a, nick_value (COPROD_TYPE_STAGE, key),
                                                                nick_value (COPROD_TYPE_MODE, mode)),
                              json_node_get_int (count));
        }
    }
  check_mode_counts_add_up (name, c, a);

  if (json_object_has_member (expect, "partners"))
    {
      json_object_iter_init (&iter, json_object_get_object_member (expect, "partners"));
      while (json_object_iter_next (&iter, &key, &node))
        {
          guint n_lived = 99, n_professional = 99;

          coprod_assessment_get_partner_counts (a, nick_value (COPROD_TYPE_STAGE, key),
                                                &n_lived, &n_professional);
          assert_int_equal (n_lived, json_array_get_int_element (json_node_get_array (node), 0));
          assert_int_equal (n_professional, json_array_get_int_element (json_node_get_array (node), 1));
        }
    }

  if (json_object_has_member (expect, "hours"))
    {
      json_object_iter_init (&iter, json_object_get_object_member (expect, "hours"));
      while (json_object_iter_next (&iter, &key, &node))
        assert_true (coprod_assessment_get_hours (a, nick_value (COPROD_TYPE_STAGE, key)) ==
                     json_node_get_double (node));
    }

  check_stage_counts (a, expect, "staff_partners", coprod_assessment_get_n_staff_partners);
  check_stage_counts (a, expect, "paid", coprod_assessment_get_n_paid);
  check_stage_counts (a, expect, "supported", coprod_assessment_get_n_supported);

  if (json_object_has_member (expect, "proposals"))
    {
      JsonArray *counts = json_object_get_array_member (expect, "proposals");
      guint got[4] = {
        coprod_assessment_get_n_proposals_adopted (a),
        coprod_assessment_get_n_proposals_not_adopted (a),
        coprod_assessment_get_n_proposals_pending (a),
        coprod_assessment_get_n_proposals_not_fed_back (a),
      };
      guint k;

      assert_int_equal (json_array_get_length (counts), G_N_ELEMENTS (got));
      for (k = 0; k < G_N_ELEMENTS (got); k++)
        if (got[k] != (guint) json_array_get_int_element (counts, k))
          fail_msg ("%s: proposals [adopted, not adopted, pending, not fed back] "
                    "[%u, %u, %u, %u], expected %u at %u", name,
                    got[0], got[1], got[2], got[3],
                    (guint) json_array_get_int_element (counts, k), k);
    }

  if (json_object_has_member (expect, "best_people"))
    {
      json_object_iter_init (&iter, json_object_get_object_member (expect, "best_people"));
      while (json_object_iter_next (&iter, &key, &node))
        {
          const char * const *people =
            coprod_assessment_get_best_mode_people (a, nick_value (COPROD_TYPE_STAGE, key));
          JsonArray *want = json_node_get_array (node);
          guint i;

          assert_int_equal (g_strv_length ((char **) people), json_array_get_length (want));
          for (i = 0; i < json_array_get_length (want); i++)
            assert_string_equal (people[i], json_array_get_string_element (want, i));
        }
    }
}

static void
test_case (void **state)
{
  run_case (*state);
}

static int
teardown_case (void **state)
{
  json_object_unref (*state);
  return 0;
}

/* A policy of a partner organisation that covers support: nobody paid or
 * supported is a finding; a payment to a person with lived experience for
 * the project answers it. */
static const char policy_doc[] =
  "{\"format\":\"coprod\",\"version\":1,"
  " \"organisations\":[{\"id\":\"org\"}],"
  " \"people\":[{\"id\":\"le\",\"roles\":[\"lived-experience\"]}],"
  " \"partnerships\":[{\"id\":\"prt\",\"memberships\":[{\"member_id\":\"org\"},{\"member_id\":\"le\"}]}],"
  " \"projects\":[{\"id\":\"prj\",\"partnership_id\":\"prt\","
  "   \"involvements\":[{\"person_id\":\"le\",\"stage\":\"planning\",\"mode\":\"consulted\"},"
  "                     {\"person_id\":\"le\",\"stage\":\"doing\",\"mode\":\"consulted\"}]}],"
  " \"policies\":[{\"id\":\"pol\",\"organisation_id\":\"org\",\"covers\":[\"payment\"]}]%s}";

static gboolean
has_finding (CoprodAssessment *a,
             const char       *code)
{
  GListModel *findings = coprod_assessment_get_findings (a);
  guint i;

  for (i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(CoprodFinding) f = g_list_model_get_item (findings, i);

      if (g_str_equal (coprod_finding_get_code (f), code))
        return TRUE;
    }

  return FALSE;
}

static void
test_unsupported (void **state)
{
  const char *extras[] = {
    "",
    ",\"payments\":[{\"id\":\"pay\",\"person_id\":\"le\",\"project_id\":\"prj\",\"amount\":1000}]",
    ",\"meetings\":[{\"id\":\"m\",\"project_id\":\"prj\",\"support\":[\"travel-tickets\"],\"attendee_ids\":[\"le\"]}]",
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (extras); i++)
    {
      g_autoptr(CoprodRegistry) registry = coprod_registry_new ();
      g_autoptr(CoprodAssessment) a = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *doc = g_strdup_printf (policy_doc, extras[i]);

      if (!coprod_registry_load_from_data (registry, doc, -1, &error))
        fail_msg ("%s", error->message);
      a = coprod_registry_assess_project (registry, "prj", &error);
      assert_non_null (a);
      assert_int_equal (has_finding (a, "unsupported"), i == 0);
    }
}

static void
test_not_a_project (void **state)
{
  g_autoptr(CoprodRegistry) registry = coprod_registry_new ();
  g_autoptr(CoprodPerson) person = coprod_person_new ("p", NULL);
  g_autoptr(GError) error = NULL;
  CoprodAssessment *a;

  assert_true (coprod_registry_add (registry, COPROD_RECORD (person), NULL));

  a = coprod_registry_assess_project (registry, "nope", &error);
  assert_null (a);
  assert_true (g_error_matches (error, COPROD_ERROR, COPROD_ERROR_NOT_FOUND));
  g_clear_error (&error);

  a = coprod_registry_assess_project (registry, "p", &error);
  assert_null (a);
  assert_true (g_error_matches (error, COPROD_ERROR, COPROD_ERROR_NOT_FOUND));
}

/* The example registry: every project assessed, partnership and registry
 * summaries add up, objects freed */
static void
test_summaries (void **state)
{
  g_autoptr(CoprodRegistry) registry = coprod_registry_new ();
  g_autofree char *path = g_build_filename (g_getenv ("COPROD_EXAMPLES_DATA"),
                                            "coprod-example.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GListModel) all = NULL;
  g_autoptr(GListModel) fife = NULL;
  g_autoptr(GError) error = NULL;
  guint total = 0, fife_total = 0;
  int r;

  if (!coprod_registry_load_from_file (registry, file, NULL, &error))
    fail_msg ("%s", error->message);

  all = coprod_registry_assess_all (registry);
  assert_int_equal (g_list_model_get_n_items (all),
                    g_list_model_get_n_items (coprod_registry_get_projects (registry)));
  for (r = COPROD_RUNG_NONE; r <= COPROD_RUNG_CO_PRODUCTION; r++)
    total += coprod_assessment_count_at_rung (all, r);
  assert_int_equal (total, g_list_model_get_n_items (all));

  fife = coprod_registry_assess_partnership (registry, "prt-fife", &error);
  assert_non_null (fife);
  assert_int_equal (g_list_model_get_n_items (fife), 2);
  for (r = COPROD_RUNG_NONE; r <= COPROD_RUNG_CO_PRODUCTION; r++)
    fife_total += coprod_assessment_count_at_rung (fife, r);
  assert_int_equal (fife_total, 2);
  assert_int_equal (coprod_assessment_count_at_rung (fife, COPROD_RUNG_CO_PRODUCTION), 1);

  assert_null (coprod_registry_assess_partnership (registry, "prj-fife-report", &error));
  assert_true (g_error_matches (error, COPROD_ERROR, COPROD_ERROR_NOT_FOUND));
}

static void
test_finalized (void **state)
{
  g_autoptr(CoprodRegistry) registry = coprod_registry_new ();
  g_autoptr(CoprodProject) project = coprod_project_new ("prj", NULL);
  CoprodAssessment *a;

  assert_true (coprod_registry_add (registry, COPROD_RECORD (project), NULL));
  a = coprod_registry_assess_project (registry, "prj", NULL);
  assert_non_null (a);
  coprod_test_assert_finalized (a);
}

/* The findings are made when first asked for, from what the assessment
 * noted and holds: asked for after the registry has changed, or gone,
 * they say what they would have said at once */
static const char findings_doc[] =
  "{\"format\":\"coprod\",\"version\":1,"
  "\"organisations\":[{\"id\":\"org-1\"}],"
  "\"people\":[{\"id\":\"le-1\",\"roles\":[\"lived-experience\"],\"withdrawn_date\":\"2024-01\"},"
  "{\"id\":\"le-2\",\"roles\":[\"lived-experience\"]},"
  "{\"id\":\"pro-1\",\"roles\":[\"professional\"]},{\"id\":\"pro-2\",\"roles\":[\"professional\"]}],"
  "\"policies\":[{\"id\":\"pol-1\",\"organisation_id\":\"org-1\",\"covers\":[\"travel-tickets\"]}],"
  "\"partnerships\":[{\"id\":\"prt\",\"memberships\":[{\"member_id\":\"org-1\"}]}],"
  "\"projects\":[{\"id\":\"prj\",\"partnership_id\":\"prt\",\"deadline\":\"2023-12\","
  "\"deadline_fixed\":true,\"stages\":[\"planning\",\"deciding\",\"doing\"],"
  "\"involvements\":["
  "{\"person_id\":\"le-1\",\"stage\":\"planning\",\"mode\":\"partner\",\"date\":\"2024-06\"},"
  "{\"person_id\":\"org-1\",\"stage\":\"planning\",\"mode\":\"partner\"},"
  "{\"person_id\":\"ghost\",\"stage\":\"planning\",\"mode\":\"partner\"},"
  "{\"person_id\":\"le-2\",\"stage\":\"deciding\",\"mode\":\"partner\",\"date\":\"2024-02\"},"
  "{\"person_id\":\"pro-1\",\"stage\":\"deciding\",\"mode\":\"partner\"},"
  "{\"person_id\":\"pro-2\",\"stage\":\"deciding\",\"mode\":\"partner\"},"
  "{\"person_id\":\"pro-1\",\"stage\":\"doing\",\"mode\":\"partner\"}]}]}";

static char *
findings_text (CoprodAssessment *a)
{
  GListModel *findings = coprod_assessment_get_findings (a);
  GString *out = g_string_new (NULL);
  guint i;

  for (i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(CoprodFinding) f = g_list_model_get_item (findings, i);

      g_string_append_printf (out, "%d %s %s %s %s\n", coprod_finding_get_severity (f),
                              coprod_finding_get_code (f), coprod_finding_get_record_id (f),
                              coprod_finding_get_member (f) ? coprod_finding_get_member (f) : "-",
                              coprod_finding_get_message (f));
    }

  return g_string_free (out, FALSE);
}

static void
test_findings_later (void **state)
{
  g_autoptr(CoprodRegistry) registry = coprod_registry_new ();
  g_autoptr(GListModel) at_once = NULL;
  g_autoptr(GListModel) later = NULL;
  g_autoptr(CoprodAssessment) first = NULL;
  g_autoptr(CoprodAssessment) second = NULL;
  g_autoptr(CoprodProject) project = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *text = NULL;
  GListModel *involvements;
  guint i;

  if (!coprod_registry_load_from_data (registry, findings_doc, -1, &error))
    fail_msg ("%s", error->message);
  at_once = coprod_registry_assess_all (registry);
  later = coprod_registry_assess_all (registry);
  first = g_list_model_get_item (at_once, 0);
  second = g_list_model_get_item (later, 0);
  expected = findings_text (first);

  /* each kind that names an id, in the order found */
  assert_non_null (strstr (expected, "after-withdrawal prj involvements[0] the involvement of le-1 "));
  assert_non_null (strstr (expected, "not-a-person prj involvements[1] the involvement names org-1,"));
  assert_non_null (strstr (expected, "unknown-person prj involvements[2] "));
  assert_non_null (strstr (expected, "late-involvement prj involvements[3] le-2 took part in deciding "));
  assert_non_null (strstr (expected, "single-voice prj involvements[3] in deciding, le-2 is the only "
                                     "partner with lived experience, beside 2 professional partners"));
  assert_non_null (strstr (expected, "professionals-only prj - professionals are partners in doing "));
  assert_non_null (strstr (expected, "unsupported prj - policy pol-1 covers"));
  assert_true (strstr (expected, "after-withdrawal") < strstr (expected, "single-voice"));

  /* the records the findings name changed, then gone */
  project = g_list_model_get_item (coprod_registry_get_projects (registry), 0);
  involvements = coprod_project_get_involvements (project);
  for (i = 0; i < g_list_model_get_n_items (involvements); i++)
    {
      g_autoptr(CoprodInvolvement) involvement = g_list_model_get_item (involvements, i);

      coprod_involvement_set_person_id (involvement, "other");
    }
  g_clear_object (&project);
  g_clear_object (&at_once);
  g_clear_object (&later);
  coprod_registry_clear (registry);
  g_clear_object (&registry);

  text = findings_text (second);
  assert_string_equal (text, expected);
}

/* "Not yet" is not "left out": the aim of a project still going is not
 * reached so far; that of a completed one is not reached */
static void
test_aim_so_far (void **state)
{
  const CoprodProjectStatus statuses[] = { COPROD_PROJECT_STATUS_UNDER_WAY,
                                           COPROD_PROJECT_STATUS_COMPLETED };
  guint k;

  for (k = 0; k < G_N_ELEMENTS (statuses); k++)
    {
      g_autoptr(CoprodRegistry) registry = coprod_registry_new ();
      g_autoptr(CoprodPerson) person = coprod_person_new ("p-1", NULL);
      g_autoptr(CoprodProject) project = coprod_project_new ("prj", NULL);
      g_autoptr(CoprodInvolvement) involvement =
        coprod_involvement_new ("p-1", COPROD_STAGE_DESIGNING, COPROD_MODE_PARTNER);
      g_autoptr(CoprodAssessment) a = NULL;
      g_autoptr(CoprodFinding) finding = NULL;
      GListModel *findings;
      guint i;

      coprod_person_set_roles (person, COPROD_ROLE_LIVED_EXPERIENCE);
      coprod_project_set_aimed_rung (project, COPROD_RUNG_CO_PRODUCTION);
      coprod_project_set_status (project, statuses[k]);
      coprod_project_add_involvement (project, involvement);
      assert_true (coprod_registry_add (registry, COPROD_RECORD (person), NULL));
      assert_true (coprod_registry_add (registry, COPROD_RECORD (project), NULL));

      a = coprod_registry_assess_project (registry, "prj", NULL);
      findings = coprod_assessment_get_findings (a);
      for (i = 0; i < g_list_model_get_n_items (findings) && finding == NULL; i++)
        {
          g_autoptr(CoprodFinding) f = g_list_model_get_item (findings, i);

          if (g_str_equal (coprod_finding_get_code (f), "aim-not-reached"))
            finding = g_steal_pointer (&f);
        }
      assert_non_null (finding);
      if (k == 0)
        assert_non_null (strstr (coprod_finding_get_message (finding), "so far"));
      else
        assert_null (strstr (coprod_finding_get_message (finding), "so far"));
    }
}

/* Assessing every project at once keeps what it learns of each
 * project's people from one project to the next: a project with many
 * people, then small ones, give what each gives assessed alone */
static void
test_many_people_then_few (void **state)
{
  g_autoptr(CoprodRegistry) registry = coprod_registry_new ();
  g_autoptr(GListModel) all = NULL;
  const guint sizes[] = { 300, 2, 1, 40, 3 };
  guint p, k;

  /* 300 people, every other one with lived experience, the first ones
   * in every project */
  for (k = 0; k < 300; k++)
    {
      g_autofree char *person_id = g_strdup_printf ("p-%u", k);
      g_autoptr(CoprodPerson) person = coprod_person_new (person_id, NULL);

      coprod_person_set_roles (person, k % 2 ? COPROD_ROLE_STAFF : COPROD_ROLE_LIVED_EXPERIENCE);
      assert_true (coprod_registry_add (registry, COPROD_RECORD (person), NULL));
    }
  for (p = 0; p < G_N_ELEMENTS (sizes); p++)
    {
      g_autofree char *project_id = g_strdup_printf ("prj-%u", p);
      g_autoptr(CoprodProject) project = coprod_project_new (project_id, NULL);

      for (k = 0; k < sizes[p]; k++)
        {
          g_autofree char *person_id = g_strdup_printf ("p-%u", k);
          /* each person twice: once a partner in planning, once consulted */
          g_autoptr(CoprodInvolvement) a =
            coprod_involvement_new (person_id, COPROD_STAGE_PLANNING, COPROD_MODE_PARTNER);
          g_autoptr(CoprodInvolvement) b =
            coprod_involvement_new (person_id, COPROD_STAGE_PLANNING, COPROD_MODE_CONSULTED);

          coprod_project_add_involvement (project, a);
          coprod_project_add_involvement (project, b);
        }
      assert_true (coprod_registry_add (registry, COPROD_RECORD (project), NULL));
    }

  all = coprod_registry_assess_all (registry);
  assert_int_equal (g_list_model_get_n_items (all), G_N_ELEMENTS (sizes));
  for (p = 0; p < G_N_ELEMENTS (sizes); p++)
    {
      g_autofree char *project_id = g_strdup_printf ("prj-%u", p);
      g_autoptr(CoprodAssessment) together = g_list_model_get_item (all, p);
      g_autoptr(CoprodAssessment) alone = coprod_registry_assess_project (registry, project_id, NULL);
      guint lived = (sizes[p] + 1) / 2, professionals = sizes[p] / 2;
      guint le_partners, pro_partners, le_alone, pro_alone;

      assert_string_equal (coprod_assessment_get_project_id (together), project_id);
      assert_int_equal (coprod_assessment_get_n_people (together, COPROD_STAGE_PLANNING), lived);
      assert_int_equal (coprod_assessment_get_n_people (alone, COPROD_STAGE_PLANNING), lived);
      assert_int_equal (g_strv_length ((char **) coprod_assessment_get_best_mode_people (together, COPROD_STAGE_PLANNING)),
                        lived);
      coprod_assessment_get_partner_counts (together, COPROD_STAGE_PLANNING, &le_partners, &pro_partners);
      coprod_assessment_get_partner_counts (alone, COPROD_STAGE_PLANNING, &le_alone, &pro_alone);
      assert_int_equal (le_partners, lived);
      assert_int_equal (pro_partners, professionals);
      assert_int_equal (le_alone, lived);
      assert_int_equal (pro_alone, professionals);
      assert_int_equal (coprod_assessment_get_mode_count (together, COPROD_STAGE_PLANNING,
                                                          COPROD_MODE_CONSULTED), lived);
      assert_int_equal (coprod_assessment_get_rung (together), coprod_assessment_get_rung (alone));
    }
}

int
main (void)
{
  g_autoptr(JsonObject) root = load_cases ();
  JsonArray *cases = json_object_get_array_member (root, "cases");
  guint n = json_array_get_length (cases);
  g_autofree struct CMUnitTest *tests = g_new0 (struct CMUnitTest, n + 7);
  guint i;

  for (i = 0; i < n; i++)
    {
      JsonObject *c = json_array_get_object_element (cases, i);

      tests[i].name = json_object_get_string_member (c, "name");
      tests[i].test_func = test_case;
      tests[i].initial_state = json_object_ref (c);
      tests[i].teardown_func = teardown_case;
    }
  tests[n] = (struct CMUnitTest) cmocka_unit_test (test_unsupported);
  tests[n + 1] = (struct CMUnitTest) cmocka_unit_test (test_not_a_project);
  tests[n + 2] = (struct CMUnitTest) cmocka_unit_test (test_summaries);
  tests[n + 3] = (struct CMUnitTest) cmocka_unit_test (test_finalized);
  tests[n + 4] = (struct CMUnitTest) cmocka_unit_test (test_aim_so_far);
  tests[n + 5] = (struct CMUnitTest) cmocka_unit_test (test_many_people_then_few);
  tests[n + 6] = (struct CMUnitTest) cmocka_unit_test (test_findings_later);

  return _cmocka_run_group_tests ("assessment", tests, n + 7, NULL, NULL);
}
