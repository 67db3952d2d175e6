/* test-malformed.c: hostile input never wins
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Replays the corpus in tests/data/malformed/: every document listed in
 * its manifest.txt is loaded into a registry that already holds a record,
 * and must fail with the error the manifest names, a message that starts
 * with the location given there and is valid UTF-8, and leave the
 * registry exactly as it was. Each document is loaded from memory and
 * from a file. One cmocka test per case, so TAP counts them.
 *
 * A few documents are too big to keep in the corpus; the manifest lists
 * them as generated:NAME and make_generated() builds them here. One more
 * test checks the manifest lists every file of the folder, and only
 * files that are there.
 */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "coprod-test-util.h"
#include "coprod-enum-types.h"

typedef struct
{
  char  *file;       /* as written in the manifest */
  char  *label;      /* the test's name */
  guint  line;       /* in the manifest */
  int    code;
  char  *prefix;     /* nullable */
} MalformedCase;

static const char *
test_data_dir (void)
{
  const char *dir = g_getenv ("COPROD_TEST_DATA");

  if (dir == NULL)
    fail_msg ("COPROD_TEST_DATA is not set (run the tests with meson test)");
  return dir;
}

/* The documents of the generated: cases. Returns NULL for a name it does
 * not know. */
static GBytes *
make_generated (const char *name)
{
  static const char header[] = "{\"format\": \"coprod\", \"version\": 1, ";
  GString *s;

  if (g_str_equal (name, "deep-nesting-100000.json"))
    {
      s = g_string_sized_new (100000);
      for (guint i = 0; i < 100000; i++)
        g_string_append_c (s, '[');
    }
  else if (g_str_equal (name, "long-string-1048577.json"))
    {
      s = g_string_new (header);
      g_string_append (s, "\"x\": \"");
      for (guint i = 0; i < 1048577; i++)
        g_string_append_c (s, 'a');
      g_string_append (s, "\"}\n");
    }
  else if (g_str_equal (name, "long-member-name-1048577.json"))
    {
      s = g_string_new (header);
      g_string_append_c (s, '"');
      for (guint i = 0; i < 1048577; i++)
        g_string_append_c (s, 'a');
      g_string_append (s, "\": 1}\n");
    }
  else
    return NULL;

  return g_string_free_to_bytes (s);
}

static int
code_from_nick (const char *nick,
                guint       line)
{
  g_autoptr(GEnumClass) eclass = g_type_class_ref (COPROD_TYPE_ERROR);
  GEnumValue *value = g_enum_get_value_by_nick (eclass, nick);

  if (value == NULL)
    fail_msg ("manifest.txt:%u: \"%s\" is not the nick of a CoprodError", line, nick);
  return value->value;
}

static GPtrArray *
read_manifest (void)
{
  g_autofree char *path = g_build_filename (test_data_dir (), "malformed", "manifest.txt", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  GPtrArray *cases = g_ptr_array_new ();
  guint i;

  if (!g_file_get_contents (path, &contents, NULL, &error))
    fail_msg ("%s", error->message);

  lines = g_strsplit (contents, "\n", -1);
  for (i = 0; lines[i] != NULL; i++)
    {
      const char *line = lines[i];
      g_auto(GStrv) fields = NULL;
      MalformedCase *c;

      if (line[0] == '\0' || line[0] == '#')
        continue;

      fields = g_strsplit (line, " ", 3);
      if (fields[0] == NULL || fields[1] == NULL)
        fail_msg ("manifest.txt:%u: expected FILE CODE [LOCATION-PREFIX]", i + 1);

      c = g_new0 (MalformedCase, 1);
      c->file = g_strdup (fields[0]);
      c->label = g_strdup (fields[0]);
      c->line = i + 1;
      c->code = code_from_nick (fields[1], i + 1);
      c->prefix = fields[2] != NULL && fields[2][0] != '\0' ? g_strdup (fields[2]) : NULL;
      g_ptr_array_add (cases, c);
    }

  return cases;
}

static GBytes *
read_case (const MalformedCase *c)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length;

  if (g_str_has_prefix (c->file, "generated:"))
    {
      GBytes *bytes = make_generated (c->file + strlen ("generated:"));

      if (bytes == NULL)
        fail_msg ("manifest.txt:%u: no generator for %s", c->line, c->file);
      return bytes;
    }

  path = g_build_filename (test_data_dir (), "malformed", c->file, NULL);
  if (!g_file_get_contents (path, &contents, &length, &error))
    fail_msg ("manifest.txt:%u: %s", c->line, error->message);

  return g_bytes_new_take (contents, length);
}

/* A registry holding one person, and the document it saves to. */
static CoprodRegistry *
registry_with_one_record (char **saved)
{
  g_autoptr(CoprodRegistry) registry = coprod_registry_new ();
  g_autoptr(CoprodRecord) person = NULL;
  g_autoptr(GError) error = NULL;

  person = g_object_new (COPROD_TYPE_PERSON,
                         "id", "p-kept",
                         "name", "Rowan Ellery",
                         "roles", COPROD_ROLE_LIVED_EXPERIENCE | COPROD_ROLE_VOLUNTEER,
                         "consent-date", "2024-03",
                         NULL);
  if (!coprod_registry_add (registry, person, &error))
    fail_msg ("%s", error->message);

  *saved = coprod_registry_to_data (registry, NULL);

  return g_steal_pointer (&registry);
}

/* What is wrong with a failed load, or NULL if it failed as it should. */
static char *
check_failure (const MalformedCase *c,
               const char          *how,
               CoprodRegistry      *registry,
               const char          *saved_before,
               gboolean             ok,
               const GError        *error)
{
  g_autofree char *saved_after = NULL;

  if (ok)
    return g_strdup_printf ("%s (%s): the document loaded; expected %s", c->file, how,
                            g_enum_to_string (COPROD_TYPE_ERROR, c->code));
  if (error == NULL)
    return g_strdup_printf ("%s (%s): the load failed without an error", c->file, how);

  if (!g_utf8_validate (error->message, -1, NULL))
    {
      g_autofree char *escaped = g_strescape (error->message, NULL);

      return g_strdup_printf ("%s (%s): the message is not valid UTF-8: %s", c->file, how, escaped);
    }

  if (error->domain != COPROD_ERROR || error->code != c->code)
    return g_strdup_printf ("%s (%s): expected %s, got %s %d: %s", c->file, how,
                            g_enum_to_string (COPROD_TYPE_ERROR, c->code),
                            g_quark_to_string (error->domain), error->code, error->message);

  if (c->prefix != NULL && !g_str_has_prefix (error->message, c->prefix))
    return g_strdup_printf ("%s (%s): the message does not start with '%s': %s", c->file, how,
                            c->prefix, error->message);

  /* all or nothing: the registry is as it was */
  saved_after = coprod_registry_to_data (registry, NULL);
  if (coprod_registry_get_n_records (registry) != 1 ||
      coprod_registry_lookup (registry, "p-kept") == NULL ||
      !g_str_equal (saved_before, saved_after))
    return g_strdup_printf ("%s (%s): the failed load changed the registry:\n%s", c->file, how,
                            saved_after);

  return NULL;
}

/* Loads the case from data and from a file; returns what went wrong, or
 * NULL. */
static char *
run_case (const MalformedCase *c)
{
  g_autoptr(GBytes) bytes = read_case (c);
  g_autoptr(CoprodRegistry) registry = NULL;
  g_autoptr(GError) data_error = NULL;
  g_autoptr(GError) file_error = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *saved = NULL;
  g_autofree char *path = NULL;
  g_autofree char *basename = NULL;
  char *problem;
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);
  gboolean ok;

  registry = registry_with_one_record (&saved);

  /* from memory, with the exact length: some documents hold NUL bytes */
  ok = coprod_registry_load_from_data (registry, data ? data : "", (gssize) length, &data_error);
  problem = check_failure (c, "from data", registry, saved, ok, data_error);
  if (problem != NULL)
    return problem;

  /* from a file, through the stream reader */
  basename = g_path_get_basename (c->label);
  path = coprod_test_tmp_path (basename);
  if (!g_file_set_contents (path, data ? data : "", (gssize) length, &error))
    return g_strdup (error->message);
  file = g_file_new_for_path (path);
  ok = coprod_registry_load_from_file (registry, file, NULL, &file_error);
  g_remove (path);
  problem = check_failure (c, "from a file", registry, saved, ok, file_error);
  if (problem != NULL)
    return problem;

  if (!g_str_equal (data_error->message, file_error->message))
    return g_strdup_printf ("%s: loading from data and from a file give different messages:\n%s\n%s",
                            c->file, data_error->message, file_error->message);

  return NULL;
}

/* cmocka's failures jump out of the test: report from a buffer, once
 * everything is freed, so that valgrind sees no leak */
static char failure[4096];

static void
test_malformed_case (void **state)
{
  char *problem = run_case (*state);

  if (problem != NULL)
    {
      g_strlcpy (failure, problem, sizeof failure);
      g_free (problem);
      fail_msg ("%s", failure);
    }
}

/* The manifest and the folder agree: every file of malformed/ but the
 * manifest itself is a case, every case that is not generated: names a
 * file there, and no file is listed twice. */
static void
test_manifest_lists_the_folder (void **state)
{
  GPtrArray *cases = *state;
  g_autofree char *dir_path = g_build_filename (test_data_dir (), "malformed", NULL);
  g_autoptr(GHashTable) listed = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *name;
  guint i;

  for (i = 0; i < cases->len; i++)
    {
      const MalformedCase *c = g_ptr_array_index (cases, i);
      g_autofree char *path = NULL;

      if (!g_hash_table_add (listed, c->file))
        fail_msg ("manifest.txt:%u: %s is listed twice", c->line, c->file);
      if (g_str_has_prefix (c->file, "generated:"))
        continue;
      path = g_build_filename (dir_path, c->file, NULL);
      if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
        fail_msg ("manifest.txt:%u: %s is not a file of %s", c->line, c->file, dir_path);
    }

  dir = g_dir_open (dir_path, 0, &error);
  if (dir == NULL)
    fail_msg ("%s", error->message);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (!g_str_equal (name, "manifest.txt") && !g_hash_table_contains (listed, name))
      fail_msg ("%s is in %s but not in its manifest.txt", name, dir_path);
}

/* The other side of each limit: what is just inside it loads, with its
 * value intact. */

typedef struct
{
  const char *name;
  const char *json;      /* NULL: built by make_boundary() */
} BoundaryCase;

static char *
make_boundary (const char *name)
{
  GString *s = g_string_new ("{\"format\": \"coprod\", \"version\": 1, ");

  if (g_str_equal (name, "nesting-64"))
    {
      /* the top-level object is level 1 */
      g_string_append (s, "\"x\": ");
      for (guint i = 0; i < 62; i++)
        g_string_append (s, "{\"a\": ");
      g_string_append (s, "{}");
      for (guint i = 0; i < 62; i++)
        g_string_append_c (s, '}');
      g_string_append (s, "}");
    }
  else if (g_str_equal (name, "string-1048576"))
    {
      g_string_append (s, "\"x\": \"");
      for (guint i = 0; i < 1048576; i++)
        g_string_append_c (s, 'a');
      g_string_append (s, "\"}");
    }
  else
    g_assert_not_reached ();

  return g_string_free (s, FALSE);
}

static const BoundaryCase boundary_cases[] = {
  { "nesting-64", NULL },
  { "string-1048576", NULL },
  { "integer-2-53-minus-1",
    "{\"format\": \"coprod\", \"version\": 1, \"outputs\": [{\"id\": \"out-1\", "
    "\"page_views\": 9007199254740991}], \"x\": [-9007199254740991]}" },
  { "surrogate-pair-escape",
    "{\"format\": \"coprod\", \"version\": 1, \"people\": [{\"id\": \"p-1\", "
    "\"name\": \"Ash \\uD83D\\uDE00 Tully\"}]}" },
  { "smallest-double",
    "{\"format\": \"coprod\", \"version\": 1, \"x\": [4.9e-324, 1.7976931348623157e308, 0e400]}" },
  { "bom-then-document",
    "\xEF\xBB\xBF{\"format\": \"coprod\", \"version\": 1, \"people\": []}" },
  { "version-1-older-than-library",
    "{\"format\": \"coprod\", \"version\": 1}" },
};

/* Whether every member of each object in a is in the same place in b with
 * an equal value; arrays and values must be equal. */
static gboolean
node_is_within (JsonNode *a,
                JsonNode *b)
{
  JsonObjectIter iter;
  const char *name;
  JsonNode *node;

  if (!JSON_NODE_HOLDS_OBJECT (a) || !JSON_NODE_HOLDS_OBJECT (b))
    {
      if (JSON_NODE_HOLDS_ARRAY (a) && JSON_NODE_HOLDS_ARRAY (b))
        {
          JsonArray *x = json_node_get_array (a);
          JsonArray *y = json_node_get_array (b);

          if (json_array_get_length (x) != json_array_get_length (y))
            return FALSE;
          for (guint i = 0; i < json_array_get_length (x); i++)
            if (!node_is_within (json_array_get_element (x, i), json_array_get_element (y, i)))
              return FALSE;
          return TRUE;
        }
      return json_node_equal (a, b);
    }

  json_object_iter_init (&iter, json_node_get_object (a));
  while (json_object_iter_next (&iter, &name, &node))
    {
      JsonNode *other = json_object_get_member (json_node_get_object (b), name);

      if (other == NULL || !node_is_within (node, other))
        return FALSE;
    }

  return TRUE;
}

static void
test_boundary_case (void **state)
{
  const BoundaryCase *b = *state;
  g_autofree char *built = b->json ? NULL : make_boundary (b->name);
  const char *json = b->json ? b->json : built;
  g_autoptr(CoprodRegistry) registry = coprod_registry_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonParser) in = json_parser_new ();
  g_autoptr(JsonParser) out = json_parser_new ();
  g_autofree char *saved = NULL;
  gsize skip = g_str_has_prefix (json, "\xEF\xBB\xBF") ? 3 : 0;

  if (!coprod_registry_load_from_data (registry, json, -1, &error))
    fail_msg ("%s: %s", b->name, error->message);

  /* nothing was changed on the way: what was read is all in what is
   * written (which adds the defaults and the empty collections) */
  saved = coprod_registry_to_data (registry, NULL);
  assert_true (json_parser_load_from_data (in, json + skip, -1, NULL));
  assert_true (json_parser_load_from_data (out, saved, -1, NULL));
  if (!node_is_within (json_parser_get_root (in), json_parser_get_root (out)))
    fail_msg ("%s: a value changed on the way through:\n%.2000s", b->name, saved);
}

int
main (void)
{
  g_autoptr(GPtrArray) cases = NULL;
  g_autofree struct CMUnitTest *tests = NULL;
  guint n, i;
  int failed;

  cases = read_manifest ();
  n = cases->len + G_N_ELEMENTS (boundary_cases) + 1;
  tests = g_new0 (struct CMUnitTest, n);

  for (i = 0; i < cases->len; i++)
    {
      MalformedCase *c = g_ptr_array_index (cases, i);

      tests[i].name = c->label;
      tests[i].test_func = test_malformed_case;
      tests[i].initial_state = c;
    }
  for (i = 0; i < G_N_ELEMENTS (boundary_cases); i++)
    {
      struct CMUnitTest *t = &tests[cases->len + i];

      t->name = boundary_cases[i].name;
      t->test_func = test_boundary_case;
      t->initial_state = (void *) &boundary_cases[i];
    }
  tests[n - 1].name = "manifest-lists-the-folder";
  tests[n - 1].test_func = test_manifest_lists_the_folder;
  tests[n - 1].initial_state = cases;

  failed = _cmocka_run_group_tests ("malformed", tests, n, NULL, NULL);

  for (i = 0; i < cases->len; i++)
    {
      MalformedCase *c = g_ptr_array_index (cases, i);

      g_free (c->file);
      g_free (c->label);
      g_free (c->prefix);
      g_free (c);
    }

  return failed;
}
