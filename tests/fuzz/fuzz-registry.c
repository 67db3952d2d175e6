/* fuzz-registry.c: a registry document from any bytes
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Loads the input into an empty registry. A document that loads is
 * validated, assessed and saved; the saved text must load into a second
 * registry, save again to the very same bytes and hold as many records.
 * A document that does not load must give an error in the COPROD_ERROR
 * domain, with a message in UTF-8, and leave the registry empty.
 *
 * The registry is read in one pass by the pull reader
 * (format/coprod-json-reader.c), which must accept exactly what the guard
 * (format/coprod-json-guard.c) accepts: on every input the two are run
 * over the bytes and must agree; a load of bytes the guard refuses must
 * give the guard's very error; and on bytes both accept, the reader's
 * json-glib nodes (what it keeps of unknown members) must be identical,
 * type for type, to what JsonParser makes of them.
 *
 * Every input is also read in two halves wherever a place to split it is
 * found (format/coprod-codec.c, "Reading in two halves"), the second
 * half first and in the same thread, so that a run is repeatable: the
 * result must be the one pass's, the same records saved to the same
 * bytes, or the same error.
 *
 * Built with libFuzzer when meson is set up with -Dfuzzing=true and
 * clang; always built with fuzz-replay.c as a test over corpus/registry/.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <libcoprod/coprod.h>

#include "fuzz.h"
#include "coprod-codec-private.h"
#include "coprod-json-guard-private.h"
#include "coprod-json-reader-private.h"

/* The same tree: the same kinds of node, the same value types (an
 * integer is not a double), the same doubles bit for bit, the members in
 * the same order */
static gboolean
nodes_identical (JsonNode *a,
                 JsonNode *b)
{
  if (JSON_NODE_TYPE (a) != JSON_NODE_TYPE (b))
    return FALSE;

  switch (JSON_NODE_TYPE (a))
    {
    case JSON_NODE_OBJECT:
      {
        JsonObject *x = json_node_get_object (a), *y = json_node_get_object (b);
        JsonObjectIter ix, iy;
        const char *nx, *ny;
        JsonNode *vx, *vy;

        if (json_object_get_size (x) != json_object_get_size (y))
          return FALSE;
        json_object_iter_init_ordered (&ix, x);
        json_object_iter_init_ordered (&iy, y);
        while (json_object_iter_next_ordered (&ix, &nx, &vx))
          {
            if (!json_object_iter_next_ordered (&iy, &ny, &vy) ||
                strcmp (nx, ny) != 0 || !nodes_identical (vx, vy))
              return FALSE;
          }
        return TRUE;
      }

    case JSON_NODE_ARRAY:
      {
        JsonArray *x = json_node_get_array (a), *y = json_node_get_array (b);
        guint i, n = json_array_get_length (x);

        if (n != json_array_get_length (y))
          return FALSE;
        for (i = 0; i < n; i++)
          if (!nodes_identical (json_array_get_element (x, i), json_array_get_element (y, i)))
            return FALSE;
        return TRUE;
      }

    case JSON_NODE_NULL:
      return TRUE;

    case JSON_NODE_VALUE:
    default:
      if (json_node_get_value_type (a) != json_node_get_value_type (b))
        return FALSE;
      switch (json_node_get_value_type (a))
        {
        case G_TYPE_STRING:
          return strcmp (json_node_get_string (a), json_node_get_string (b)) == 0;
        case G_TYPE_BOOLEAN:
          return json_node_get_boolean (a) == json_node_get_boolean (b);
        case G_TYPE_INT64:
          return json_node_get_int (a) == json_node_get_int (b);
        case G_TYPE_DOUBLE:
          {
            double x = json_node_get_double (a), y = json_node_get_double (b);

            return memcmp (&x, &y, sizeof x) == 0;
          }
        default:
          return FALSE;
        }
    }
}

/* The reader and the guard agree on @data; returns whether the guard
 * accepts it, with its error */
/* One pass and two halves give the same document or the same error */
static void
check_halves (const char *data,
              gsize       size)
{
  g_autoptr(GError) one_error = NULL;
  g_autoptr(GError) two_error = NULL;
  g_autoptr(CoprodDocument) one = NULL;
  g_autoptr(CoprodDocument) two = NULL;
  g_autofree char *one_text = NULL;
  g_autofree char *two_text = NULL;

  one = _coprod_codec_read_with (data, size, COPROD_CODEC_HALVES_NEVER, NULL, &one_error);
  two = _coprod_codec_read_with (data, size, COPROD_CODEC_HALVES_IN_TURN, NULL, &two_error);

  if ((one == NULL) != (two == NULL))
    {
      g_printerr ("one pass %s, two halves %s\n", one ? "loads" : one_error->message,
                  two ? "load" : two_error->message);
      abort ();
    }
  if (one == NULL)
    {
      if (one_error->domain != two_error->domain || one_error->code != two_error->code ||
          strcmp (one_error->message, two_error->message) != 0)
        {
          g_printerr ("one pass: %s\ntwo halves: %s\n", one_error->message, two_error->message);
          abort ();
        }
      return;
    }

  one_text = _coprod_document_write (one);
  two_text = _coprod_document_write (two);
  if (strcmp (one_text, two_text) != 0 ||
      g_hash_table_size (one->index) != g_hash_table_size (two->index))
    {
      g_printerr ("one pass and two halves read different documents\n%s\n%s\n",
                  one_text, two_text);
      abort ();
    }
}

static gboolean
check_reader_against_guard (const char  *data,
                            gsize        size,
                            GError     **guard_error)
{
  CoprodJsonReader r;
  gboolean guard_ok, reader_ok;

  if (size >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      size -= 3;
    }

  guard_ok = _coprod_json_guard_check (data, size, NULL, guard_error);

  _coprod_json_reader_init (&r, data, size);
  reader_ok = size > 0 && _coprod_json_reader_skip (&r) && _coprod_json_reader_at_end (&r);
  _coprod_json_reader_clear (&r);
  if (reader_ok != guard_ok)
    {
      g_printerr ("the reader %s what the guard %s: %s\n",
                  reader_ok ? "accepts" : "refuses", guard_ok ? "accepts" : "refuses",
                  guard_ok ? "" : (*guard_error)->message);
      abort ();
    }

  if (guard_ok)
    {
      g_autoptr(JsonParser) parser = json_parser_new ();
      g_autoptr(JsonNode) node = NULL;

      _coprod_json_reader_init (&r, data, size);
      node = _coprod_json_reader_read_node (&r);
      if (node == NULL || !_coprod_json_reader_at_end (&r))
        abort ();
      _coprod_json_reader_clear (&r);

      /* (json-glib is not asked to read what it gets wrong: the guard
       * passed the bytes) */
      if (json_parser_load_from_data (parser, data, (gssize) size, NULL) &&
          !nodes_identical (node, json_parser_get_root (parser)))
        {
          g_printerr ("the reader's nodes differ from JsonParser's\n");
          abort ();
        }
    }

  return guard_ok;
}

/* Walks the list of assessments and what each holds, so that every
 * object the assessment made is reached at least once. */
static void
touch_assessments (GListModel *assessments)
{
  guint i, n;

  n = g_list_model_get_n_items (assessments);
  for (i = 0; i < n; i++)
    {
      g_autoptr(CoprodAssessment) a = g_list_model_get_item (assessments, i);

      if (a == NULL || coprod_assessment_get_project_id (a) == NULL)
        abort ();
      (void) g_list_model_get_n_items (coprod_assessment_get_gaps (a));
      (void) g_list_model_get_n_items (coprod_assessment_get_findings (a));
    }
}

static void
check_saved (const char *text,
             gsize       length,
             guint       n_records)
{
  g_autoptr(CoprodRegistry) again = coprod_registry_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *text2 = NULL;
  gsize length2 = 0;

  /* what was saved loads again */
  if (!coprod_registry_load_from_data (again, text, (gssize) length, &error))
    {
      g_printerr ("the saved document does not load: %s\n%s\n",
                  error->message, text);
      abort ();
    }

  /* and saves to the same bytes, with as many records */
  text2 = coprod_registry_to_data (again, &length2);
  if (text2 == NULL || length2 != length || memcmp (text, text2, length) != 0)
    {
      g_printerr ("a second save differs:\n%s\n---\n%s\n",
                  text, text2 != NULL ? text2 : "(null)");
      abort ();
    }
  if (coprod_registry_get_n_records (again) != n_records)
    {
      g_printerr ("%u records loaded, %u after a save and a load\n",
                  n_records, coprod_registry_get_n_records (again));
      abort ();
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(CoprodRegistry) registry = NULL;
  g_autoptr(GListModel) findings = NULL;
  g_autoptr(GListModel) assessments = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) guard_error = NULL;
  g_autofree char *text = NULL;
  gsize length = 0;
  gboolean guard_ok;

  coprod_fuzz_init ();

  if (size > G_MAXSSIZE)
    return 0;

  guard_ok = check_reader_against_guard ((const char *) data, size, &guard_error);
  check_halves ((const char *) data, size);

  registry = coprod_registry_new ();

  if (!coprod_registry_load_from_data (registry, (const char *) data,
                                       (gssize) size, &error))
    {
      if (error == NULL || error->domain != COPROD_ERROR)
        abort ();
      if (!g_utf8_validate (error->message, -1, NULL))
        abort ();
      if (coprod_registry_get_n_records (registry) != 0)
        abort ();
      /* bytes the guard refuses give its error; bytes it accepts never
       * fail as bytes */
      if (!guard_ok && !g_error_matches (error, guard_error->domain, guard_error->code))
        abort ();
      if (!guard_ok && strcmp (error->message, guard_error->message) != 0)
        abort ();
      if (guard_ok && error->code == COPROD_ERROR_PARSE)
        {
          g_printerr ("a document the guard accepts fails to parse: %s\n", error->message);
          abort ();
        }
      return 0;
    }
  if (error != NULL || !guard_ok)
    abort ();

  findings = coprod_registry_validate_as_of (registry, "2026-01-01", &error);
  if (findings == NULL)
    {
      g_printerr ("validation failed: %s\n", error != NULL ? error->message : "(no error)");
      abort ();
    }

  assessments = coprod_registry_assess_all (registry);
  if (assessments == NULL)
    abort ();
  touch_assessments (assessments);

  text = coprod_registry_to_data (registry, &length);
  if (text == NULL || strlen (text) != length)
    abort ();

  check_saved (text, length, coprod_registry_get_n_records (registry));

  return 0;
}
