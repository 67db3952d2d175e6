/* coprod-json.c: reading JSON, for the readers of format/ only
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "coprod-error.h"
#include "coprod-json-guard-private.h"
#include "coprod-json-private.h"

JsonNode *
_coprod_json_parse (const char  *data,
                    gsize        length,
                    GError     **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) local_error = NULL;
  JsonNode *root;

  /* A byte order mark is not JSON, but editors on some systems add one */
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      length -= 3;
    }

  if (!_coprod_json_guard_check (data, length, NULL, error))
    return NULL;

  parser = json_parser_new ();
  if (!json_parser_load_from_data (parser, data, (gssize) length, &local_error))
    {
      /* the guard is stricter than json-glib, so this is not expected */
      g_set_error (error, COPROD_ERROR, COPROD_ERROR_PARSE,
                   "%s", local_error->message);
      return NULL;
    }

  root = json_parser_get_root (parser);
  if (root == NULL)
    {
      g_set_error_literal (error, COPROD_ERROR, COPROD_ERROR_PARSE,
                           "1:1: the document is empty");
      return NULL;
    }

  return json_node_copy (root);
}

gboolean
_coprod_json_check_header (JsonObject  *top,
                           const char  *format_name,
                           const char  *what,
                           int          newest,
                           GError     **error)
{
  JsonNode *format = json_object_get_member (top, "format");
  JsonNode *version = json_object_get_member (top, "version");
  gint64 v;

  if (format == NULL || !_coprod_json_node_is_string (format) ||
      !g_str_equal (json_node_get_string (format), format_name))
    {
      g_set_error (error, COPROD_ERROR, COPROD_ERROR_FORMAT,
                   "not a coprod %s: the member \"format\" must be \"%s\"",
                   what, format_name);
      return FALSE;
    }

  if (version == NULL || !JSON_NODE_HOLDS_VALUE (version) ||
      json_node_get_value_type (version) != G_TYPE_INT64)
    {
      g_set_error_literal (error, COPROD_ERROR, COPROD_ERROR_FORMAT,
                           "the member \"version\" must be an integer");
      return FALSE;
    }

  v = json_node_get_int (version);
  if (v > newest)
    {
      g_set_error (error, COPROD_ERROR, COPROD_ERROR_VERSION,
                   "the %s is format version %" G_GINT64_FORMAT
                   ", newer than version %d, the newest this library reads",
                   what, v, newest);
      return FALSE;
    }
  if (v < 1)
    {
      g_set_error (error, COPROD_ERROR, COPROD_ERROR_FORMAT,
                   "format version %" G_GINT64_FORMAT " does not exist; "
                   "versions start at 1", v);
      return FALSE;
    }

  return TRUE;
}

const char *
_coprod_json_node_type_name (JsonNode *node)
{
  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      return "an object";
    case JSON_NODE_ARRAY:
      return "an array";
    case JSON_NODE_NULL:
      return "null";
    case JSON_NODE_VALUE:
      switch (json_node_get_value_type (node))
        {
        case G_TYPE_STRING:
          return "a string";
        case G_TYPE_BOOLEAN:
          return "a boolean";
        case G_TYPE_INT64:
          return "an integer";
        case G_TYPE_DOUBLE:
          return "a number";
        default:
          return "a value";
        }
    default:
      return "something else";
    }
}

gboolean
_coprod_json_node_is_string (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) &&
         json_node_get_value_type (node) == G_TYPE_STRING;
}

gboolean
_coprod_json_member_error (GError     **error,
                           int          code,
                           const char  *where,
                           const char  *member,
                           const char  *format,
                           ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (error, COPROD_ERROR, code,
               "%s, member \"%s\": %s", where, member, message);

  return FALSE;
}
