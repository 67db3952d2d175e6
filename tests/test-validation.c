/* test-validation.c: what validation finds, case by case
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The cases are in tests/data/validation-cases.json, shared with the Python
 * suite so that the binding is held to the same answers. Each case is a
 * complete coprod document, an optional "as_of" date (today when left out)
 * and the findings it expects, each as [severity nick, code, record id,
 * member or null]. The whole list is compared, in any order: a case that
 * expects nothing asserts that nothing is found. The order across records
 * is checked on its own below.
 *
 * A case marked "known_bug" expects what validation should find; until the
 * bug is mended it must give exactly what "today" says, and once it gives
 * the expected findings the mark has to be removed.
 */
#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "coprod-collections-private.h"
#include "coprod-field-private.h"
#include "coprod-test-util.h"

static JsonObject *
load_cases (void)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *path = g_build_filename (g_getenv ("COPROD_TEST_DATA"),
                                            "validation-cases.json", NULL);
  g_autoptr(GError) error = NULL;

  if (!json_parser_load_from_file (parser, path, &error))
    fail_msg ("%s: %s", path, error->message);

  return json_object_ref (json_node_get_object (json_parser_get_root (parser)));
}

static CoprodRegistry *
load_document (const char *name,
               JsonNode   *document)
{
  g_autoptr(CoprodRegistry) registry = coprod_registry_new ();
  g_autoptr(JsonGenerator) gen = json_generator_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  json_generator_set_root (gen, document);
  text = json_generator_to_data (gen, NULL);

  if (!coprod_registry_load_from_data (registry, text, -1, &error))
    fail_msg ("%s: the document does not load: %s", name, error->message);

  return g_steal_pointer (&registry);
}

static const char *
severity_nick (CoprodSeverity severity)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (COPROD_TYPE_SEVERITY);
  GEnumValue *value = g_enum_get_value (klass, severity);

  if (value == NULL)
    fail_msg ("severity %d is not a CoprodSeverity", severity);

  return value->value_nick;
}

/* One finding as text, the way the cases write it */
static char *
describe (const char *severity,
          const char *code,
          const char *record_id,
          const char *member)
{
  g_autofree char *quoted_member = member ? g_strdup_printf ("\"%s\"", member) : g_strdup ("null");

  return g_strdup_printf ("[\"%s\", \"%s\", \"%s\", %s]",
                          severity, code, record_id ? record_id : "(none)", quoted_member);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(const char **) a, *(const char **) b);
}

static GPtrArray *
describe_findings (GListModel *findings)
{
  g_autoptr(GPtrArray) got = g_ptr_array_new_with_free_func (g_free);
  guint i;

  for (i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(CoprodFinding) f = g_list_model_get_item (findings, i);

      g_ptr_array_add (got, describe (severity_nick (coprod_finding_get_severity (f)),
                                      coprod_finding_get_code (f),
                                      coprod_finding_get_record_id (f),
                                      coprod_finding_get_member (f)));
    }
  g_ptr_array_sort (got, compare_strings);

  return g_steal_pointer (&got);
}

static GPtrArray *
describe_expected (JsonArray *expected)
{
  g_autoptr(GPtrArray) want = g_ptr_array_new_with_free_func (g_free);
  guint i;

  for (i = 0; i < json_array_get_length (expected); i++)
    {
      JsonArray *e = json_array_get_array_element (expected, i);
      JsonNode *member_node = json_array_get_element (e, 3);
      const char *member = JSON_NODE_HOLDS_NULL (member_node) ? NULL : json_node_get_string (member_node);

      assert_int_equal (json_array_get_length (e), 4);
      g_ptr_array_add (want, describe (json_array_get_string_element (e, 0),
                                       json_array_get_string_element (e, 1),
                                       json_array_get_string_element (e, 2),
                                       member));
    }
  g_ptr_array_sort (want, compare_strings);

  return g_steal_pointer (&want);
}

static char *
join (GPtrArray *lines)
{
  g_autoptr(GString) s = g_string_new ("");
  guint i;

  for (i = 0; i < lines->len; i++)
    g_string_append_printf (s, "\n    %s", (char *) g_ptr_array_index (lines, i));
  if (lines->len == 0)
    g_string_append (s, " nothing");

  return g_string_free (g_steal_pointer (&s), FALSE);
}

static gboolean
same_lines (GPtrArray *a,
            GPtrArray *b)
{
  guint i;

  if (a->len != b->len)
    return FALSE;
  for (i = 0; i < a->len; i++)
    if (!g_str_equal (g_ptr_array_index (a, i), g_ptr_array_index (b, i)))
      return FALSE;

  return TRUE;
}

/* A message is a sentence for people: not empty, UTF-8, one line, no
 * control characters */
static void
check_message (const char *name,
               const char *message)
{
  const char *p;

  if (message == NULL || *message == '\0')
    fail_msg ("%s: a finding has no message", name);
  if (!g_utf8_validate (message, -1, NULL))
    fail_msg ("%s: a message is not UTF-8", name);
  for (p = message; *p; p = g_utf8_next_char (p))
    if (g_unichar_iscntrl (g_utf8_get_char (p)))
      fail_msg ("%s: control character U+%04X in \"%s\"", name,
                g_utf8_get_char (p), message);
}

static void
check_messages (const char *name,
                GListModel *findings)
{
  guint i;

  for (i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(CoprodFinding) f = g_list_model_get_item (findings, i);
      g_autofree char *line = coprod_finding_to_string (f);

      check_message (name, coprod_finding_get_message (f));
      check_message (name, line);
    }
}

static void
test_case (void **state)
{
  JsonObject *c = *state;
  const char *name = json_object_get_string_member (c, "name");
  const char *as_of = json_object_get_string_member_with_default (c, "as_of", NULL);
  g_autoptr(CoprodRegistry) registry = load_document (name, json_object_get_member (c, "document"));
  g_autoptr(GListModel) findings = NULL;
  g_autoptr(GPtrArray) got = NULL;
  g_autoptr(GPtrArray) want = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *got_text = NULL;

  findings = coprod_registry_validate_as_of (registry, as_of, &error);
  if (findings == NULL)
    fail_msg ("%s: %s", name, error->message);
  assert_true (g_list_model_get_item_type (findings) == COPROD_TYPE_FINDING);

  got = describe_findings (findings);
  want = describe_expected (json_object_get_array_member (c, "expect"));
  got_text = join (got);

  if (json_object_has_member (c, "known_bug"))
    {
      JsonObject *bug = json_object_get_object_member (c, "known_bug");
      g_autoptr(GPtrArray) today = describe_expected (json_object_get_array_member (bug, "today"));
      g_autofree char *today_text = join (today);

      if (same_lines (got, want))
        fail_msg ("%s: the known bug is mended (%s); remove \"known_bug\" from the case",
                  name, json_object_get_string_member (bug, "about"));
      if (!same_lines (got, today))
        fail_msg ("%s: found%s\n  known to find%s", name, got_text, today_text);
    }
  else if (!same_lines (got, want))
    {
      g_autofree char *want_text = join (want);

      fail_msg ("%s: found%s\n  expected%s", name, got_text, want_text);
    }

  check_messages (name, findings);
}

static int
teardown_case (void **state)
{
  json_object_unref (*state);
  return 0;
}

/* Validation as of %NULL is validation as of today, and so is
 * coprod_registry_validate(): one person's retention date passed
 * yesterday, one's is today and one's is tomorrow. */
static char *
local_date (int offset_days)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) then = g_date_time_add_days (now, offset_days);

  return g_date_time_format (then, "%Y-%m-%d");
}

static void
test_as_of_null_is_today (void **state)
{
  guint attempt;

  /* run again if the day changes while the test runs */
  for (attempt = 0; attempt < 3; attempt++)
    {
      g_autofree char *yesterday = local_date (-1);
      g_autofree char *today = local_date (0);
      g_autofree char *tomorrow = local_date (1);
      g_autofree char *doc = g_strdup_printf (
        "{\"format\":\"coprod\",\"version\":1,\"people\":["
        "{\"id\":\"p-yesterday\",\"retain_until\":\"%s\"},"
        "{\"id\":\"p-today\",\"retain_until\":\"%s\"},"
        "{\"id\":\"p-tomorrow\",\"retain_until\":\"%s\"}]}",
        yesterday, today, tomorrow);
      g_autoptr(CoprodRegistry) registry = coprod_registry_new ();
      g_autoptr(GListModel) by_null = NULL;
      g_autoptr(GListModel) by_validate = NULL;
      g_autoptr(GListModel) by_date = NULL;
      g_autoptr(GPtrArray) lines_null = NULL;
      g_autoptr(GPtrArray) lines_validate = NULL;
      g_autoptr(GPtrArray) lines_date = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *today_after = NULL;
      g_autoptr(CoprodFinding) f = NULL;

      if (!coprod_registry_load_from_data (registry, doc, -1, &error))
        fail_msg ("%s", error->message);

      by_null = coprod_registry_validate_as_of (registry, NULL, &error);
      assert_non_null (by_null);
      assert_null (error);
      by_validate = coprod_registry_validate (registry);
      assert_non_null (by_validate);
      by_date = coprod_registry_validate_as_of (registry, today, &error);
      assert_non_null (by_date);

      today_after = local_date (0);
      if (!g_str_equal (today, today_after))
        continue;

      lines_null = describe_findings (by_null);
      lines_validate = describe_findings (by_validate);
      lines_date = describe_findings (by_date);
      assert_true (same_lines (lines_null, lines_date));
      assert_true (same_lines (lines_validate, lines_date));

      assert_int_equal (g_list_model_get_n_items (by_null), 1);
      f = g_list_model_get_item (by_null, 0);
      assert_string_equal (coprod_finding_get_code (f), "retention-passed");
      assert_string_equal (coprod_finding_get_record_id (f), "p-yesterday");
      assert_string_equal (coprod_finding_get_member (f), "retain_until");
      return;
    }

  fail_msg ("the date kept changing");
}

/* A date that is not one is an error, and nothing is found */
static void
test_invalid_as_of (void **state)
{
  static const char *const not_dates[] = {
    "2027-13-40",
    "tomorrow",
    "",
    "2023-02-29",
    "2024-5-01",
    "24-05-01",
    " 2024-05-01",
    "2024-05-01T00:00",
    "0999",
  };
  g_autoptr(CoprodRegistry) registry = coprod_registry_new ();
  g_autoptr(GError) load_error = NULL;
  guint i;

  if (!coprod_registry_load_from_data (registry,
                                       "{\"format\":\"coprod\",\"version\":1,"
                                       "\"people\":[{\"id\":\"p\",\"retain_until\":\"2000\"}]}",
                                       -1, &load_error))
    fail_msg ("%s", load_error->message);

  for (i = 0; i < G_N_ELEMENTS (not_dates); i++)
    {
      g_autoptr(GError) error = NULL;
      GListModel *findings;

      findings = coprod_registry_validate_as_of (registry, not_dates[i], &error);
      if (findings != NULL)
        {
          g_object_unref (findings);
          fail_msg ("\"%s\" was taken for a date", not_dates[i]);
        }
      if (!g_error_matches (error, COPROD_ERROR, COPROD_ERROR_DATE))
        fail_msg ("\"%s\": expected COPROD_ERROR_DATE, got %s", not_dates[i],
                  error ? error->message : "no error");
      check_message (not_dates[i], error->message);

      /* and without a place for the error */
      assert_null (coprod_registry_validate_as_of (registry, not_dates[i], NULL));
    }
}

/* Findings come in the order of the collections (organisations, people,
 * partnerships, projects, meetings, rate cards, policies, payments, outputs,
 * charters, pledges, reviews) and, in a collection, in the order of its
 * records, whatever order the document gives the collections in. */
static const char order_doc[] =
  "{\"format\":\"coprod\",\"version\":1,"
  " \"reviews\":[{\"id\":\"rev-b\",\"subject_id\":\"gone\"},{\"id\":\"rev-a\",\"subject_id\":\"gone\"}],"
  " \"proposals\":[{\"id\":\"prop-b\"},{\"id\":\"prop-a\"}],"
  " \"pledges\":[{\"id\":\"pl-b\",\"signatory_id\":\"gone\"},{\"id\":\"pl-a\",\"signatory_id\":\"gone\"}],"
  " \"charters\":[{\"id\":\"ch-b\",\"author_id\":\"gone\"},{\"id\":\"ch-a\",\"author_id\":\"gone\"}],"
  " \"outputs\":[{\"id\":\"out-b\",\"project_id\":\"gone\"},{\"id\":\"out-a\",\"project_id\":\"gone\"}],"
  " \"payments\":[{\"id\":\"pay-b\"},{\"id\":\"pay-a\"}],"
  " \"policies\":[{\"id\":\"pol-b\",\"organisation_id\":\"gone\"},{\"id\":\"pol-a\",\"organisation_id\":\"gone\"}],"
  " \"rate_cards\":[{\"id\":\"rc-b\",\"organisation_id\":\"gone\"},{\"id\":\"rc-a\",\"organisation_id\":\"gone\"}],"
  " \"meetings\":[{\"id\":\"m-b\"},{\"id\":\"m-a\"}],"
  " \"projects\":[{\"id\":\"prj-b\",\"stages\":[]},{\"id\":\"prj-ok\"},{\"id\":\"prj-a\",\"stages\":[]}],"
  " \"partnerships\":[{\"id\":\"prt-b\",\"parent_id\":\"gone\"},{\"id\":\"prt-a\",\"parent_id\":\"gone\"}],"
  " \"people\":[{\"id\":\"p-b\",\"retain_until\":\"2000\"},{\"id\":\"p-a\",\"retain_until\":\"2000\"}],"
  " \"organisations\":[{\"id\":\"org\"}]}";

static void
test_collection_order (void **state)
{
  static const char *const expected[] = {
    "p-b", "p-a", "prt-b", "prt-a", "prj-b", "prj-a", "m-b", "m-a",
    "rc-b", "rc-a", "pol-b", "pol-a", "pay-b", "pay-a", "out-b", "out-a",
    "ch-b", "ch-a", "pl-b", "pl-a", "prop-b", "prop-a", "rev-b", "rev-a",
  };
  g_autoptr(CoprodRegistry) registry = coprod_registry_new ();
  g_autoptr(GListModel) findings = NULL;
  g_autoptr(GError) error = NULL;
  guint i;

  if (!coprod_registry_load_from_data (registry, order_doc, -1, &error))
    fail_msg ("%s", error->message);

  findings = coprod_registry_validate_as_of (registry, "2024-06-01", &error);
  assert_non_null (findings);
  assert_int_equal (g_list_model_get_n_items (findings), G_N_ELEMENTS (expected));

  for (i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(CoprodFinding) f = g_list_model_get_item (findings, i);

      if (!g_str_equal (coprod_finding_get_record_id (f), expected[i]))
        fail_msg ("finding %u is of %s, expected %s", i,
                  coprod_finding_get_record_id (f), expected[i]);
    }
}

static void
test_empty_registry (void **state)
{
  g_autoptr(CoprodRegistry) registry = coprod_registry_new ();
  g_autoptr(CoprodRegistry) loaded = coprod_registry_new ();
  g_autoptr(GListModel) as_of = NULL;
  g_autoptr(GListModel) today = NULL;
  g_autoptr(GListModel) from_document = NULL;
  g_autoptr(GError) error = NULL;

  as_of = coprod_registry_validate_as_of (registry, "2024-06-01", &error);
  assert_non_null (as_of);
  assert_null (error);
  assert_true (g_list_model_get_item_type (as_of) == COPROD_TYPE_FINDING);
  assert_int_equal (g_list_model_get_n_items (as_of), 0);
  assert_null (g_list_model_get_item (as_of, 0));

  today = coprod_registry_validate (registry);
  assert_non_null (today);
  assert_int_equal (g_list_model_get_n_items (today), 0);

  if (!coprod_registry_load_from_data (loaded, "{\"format\":\"coprod\",\"version\":1}", -1, &error))
    fail_msg ("%s", error->message);
  from_document = coprod_registry_validate_as_of (loaded, "9999-12-31", &error);
  assert_non_null (from_document);
  assert_int_equal (g_list_model_get_n_items (from_document), 0);
}

/* Messages are sentences for people, whatever the ids hold: a printf
 * directive in an id is copied, not interpreted; a reference that names
 * no record is a value, not an id, and is not quoted */
static void
test_messages (void **state)
{
  static const char doc[] =
    "{\"format\":\"coprod\",\"version\":1,"
    " \"people\":[{\"id\":\"p-%s%n\",\"retain_until\":\"2000\",\"withdrawn_date\":\"2001\"}],"
    " \"partnerships\":[{\"id\":\"prt-\\u00e9\",\"parent_id\":\"prt-\\u00e9\"},"
    "                   {\"id\":\"prt-2\",\"memberships\":[{\"member_id\":\"prj-\\u0141\"}]}],"
    " \"projects\":[{\"id\":\"prj-\\u0141\",\"partnership_id\":\"prt-2\",\"stages\":[\"planning\"],"
    "   \"involvements\":[{\"person_id\":\"p-%s%n\",\"stage\":\"doing\",\"mode\":\"none\",\"date\":\"2002\"},"
    "                     {\"person_id\":\"gone \\\"%d\\\"\"},{}]},"
    "   {\"id\":\"prj-empty\",\"stages\":[]}],"
    " \"meetings\":[{\"id\":\"m\",\"date\":\"2001\",\"agenda_shared_date\":\"2002\"}],"
    " \"payments\":[{\"id\":\"pay\",\"outcome\":\"declined\",\"paid_date\":\"2001\",\"offered_date\":\"2002\"}]}";
  g_autoptr(CoprodRegistry) registry = coprod_registry_new ();
  g_autoptr(GListModel) findings = NULL;
  g_autoptr(GHashTable) codes = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GError) error = NULL;
  gboolean quoted_dangling = FALSE;
  gboolean named_id = FALSE;
  guint i;

  if (!coprod_registry_load_from_data (registry, doc, -1, &error))
    fail_msg ("%s", error->message);

  findings = coprod_registry_validate_as_of (registry, "2024", &error);
  assert_non_null (findings);
  check_messages ("messages", findings);

  for (i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(CoprodFinding) f = g_list_model_get_item (findings, i);

      g_hash_table_add (codes, (gpointer) g_intern_string (coprod_finding_get_code (f)));
      if (strstr (coprod_finding_get_message (f), "gone") != NULL)
        quoted_dangling = TRUE;
      if (strstr (coprod_finding_get_message (f), "p-%s%n") != NULL)
        named_id = TRUE;
    }
  assert_false (quoted_dangling);
  assert_true (named_id);

  /* the document meets every check of validation at once */
  assert_int_equal (g_hash_table_size (codes), 15);
}

/* The list and its findings belong to the caller; validating does not
 * change the registry, so a second run finds the same */
static void
test_repeatable_and_freed (void **state)
{
  g_autoptr(CoprodRegistry) registry = coprod_registry_new ();
  g_autoptr(GListModel) first = NULL;
  g_autoptr(GListModel) second = NULL;
  g_autoptr(GPtrArray) first_lines = NULL;
  g_autoptr(GPtrArray) second_lines = NULL;
  g_autoptr(GError) error = NULL;
  CoprodFinding *f;

  if (!coprod_registry_load_from_data (registry, order_doc, -1, &error))
    fail_msg ("%s", error->message);

  first = coprod_registry_validate_as_of (registry, "2024-06-01", &error);
  second = coprod_registry_validate_as_of (registry, "2024-06-01", &error);
  assert_true (first != second);
  first_lines = describe_findings (first);
  second_lines = describe_findings (second);
  assert_true (same_lines (first_lines, second_lines));

  f = g_list_model_get_item (first, 0);
  g_clear_object (&first);
  coprod_test_assert_finalized (f);
  coprod_test_assert_finalized (g_steal_pointer (&second));
}

/* The findings page lists every member that refers to another record,
 * with what it must name: the same as the field tables declare */
static void
collect_references (GType       type,
                    GHashTable *members)
{
  const CoprodField *fields;
  guint n_fields, i;

  fields = _coprod_fields_of_type (type, &n_fields);
  assert_non_null (fields);
  for (i = 0; i < n_fields; i++)
    {
      if (fields[i].kind == COPROD_FIELD_CHILDREN)
        collect_references (fields[i].type (), members);
      else if (fields[i].kind == COPROD_FIELD_REF || fields[i].kind == COPROD_FIELD_REFS)
        g_hash_table_insert (members, g_strdup (fields[i].member),
                             _coprod_field_describe_targets (&fields[i]));
    }
}

static void
test_documented_references (void **state)
{
  g_autoptr(GHashTable) members = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autofree char *path = g_build_filename (g_getenv ("COPROD_SOURCE_DIR"), "doc", "findings.md", NULL);
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  GHashTableIter iter;
  gpointer member, what;
  guint i, listed = 0;

  for (i = 0; i < COPROD_N_COLLECTIONS; i++)
    collect_references (_coprod_collections[i].get_type (), members);
  assert_true (g_hash_table_size (members) > 10);

  assert_true (g_file_get_contents (path, &text, NULL, NULL));
  lines = g_strsplit (text, "\n", -1);
  for (i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) cells = NULL;
      g_autofree char *name = NULL;
      const char *declared;

      /* | `person_id` | involvement, payment | a person | */
      if (!g_str_has_prefix (lines[i], "| `"))
        continue;
      cells = g_strsplit (lines[i], "|", -1);
      if (g_strv_length (cells) != 5)
        continue;
      g_strstrip (cells[1]);
      g_strstrip (cells[3]);
      name = g_strndup (cells[1] + 1, strlen (cells[1]) - 2);   /* without the backquotes */
      declared = g_hash_table_lookup (members, name);
      if (declared == NULL)
        fail_msg ("doc/findings.md lists %s, which is not a reference of any record", name);
      /* one id: "a person", as the field says; a list: "people" */
      if (!g_str_has_suffix (name, "_ids") && !g_str_equal (cells[3], declared))
        fail_msg ("doc/findings.md: %s must name \"%s\", but its field says \"%s\"",
                  name, cells[3], declared);
      listed++;
      g_hash_table_replace (members, g_strdup (name), g_strdup (""));
    }

  g_hash_table_iter_init (&iter, members);
  while (g_hash_table_iter_next (&iter, &member, &what))
    if (((const char *) what)[0] != '\0')
      fail_msg ("the reference %s is not listed in doc/findings.md", (const char *) member);
  assert_true (listed > 10);
}

int
main (void)
{
  g_autoptr(JsonObject) root = load_cases ();
  JsonArray *cases = json_object_get_array_member (root, "cases");
  guint n = json_array_get_length (cases);
  const struct CMUnitTest others[] = {
    cmocka_unit_test (test_as_of_null_is_today),
    cmocka_unit_test (test_invalid_as_of),
    cmocka_unit_test (test_collection_order),
    cmocka_unit_test (test_empty_registry),
    cmocka_unit_test (test_messages),
    cmocka_unit_test (test_repeatable_and_freed),
    cmocka_unit_test (test_documented_references),
  };
  g_autofree struct CMUnitTest *tests = g_new0 (struct CMUnitTest, n + G_N_ELEMENTS (others));
  guint i;

  for (i = 0; i < n; i++)
    {
      JsonObject *c = json_array_get_object_element (cases, i);

      tests[i].name = json_object_get_string_member (c, "name");
      tests[i].test_func = test_case;
      tests[i].initial_state = json_object_ref (c);
      tests[i].teardown_func = teardown_case;
    }
  for (i = 0; i < G_N_ELEMENTS (others); i++)
    tests[n + i] = others[i];

  return _cmocka_run_group_tests ("validation", tests, n + G_N_ELEMENTS (others), NULL, NULL);
}
