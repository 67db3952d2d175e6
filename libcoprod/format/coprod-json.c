/* coprod-json.c: reading JSON, for the readers of format/ only
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#include "coprod-error.h"
#include "coprod-json-guard-private.h"
#include "coprod-json-private.h"
#include "coprod-json-reader-private.h"

/* What the process may still map, from its address-space limit; G_MAXUINT64
 * if it has none */
static guint64
address_space_left (void)
{
  struct rlimit limit;
  g_autofree char *statm = NULL;
  guint64 mapped_pages;

  if (getrlimit (RLIMIT_AS, &limit) != 0 || limit.rlim_cur == RLIM_INFINITY)
    return G_MAXUINT64;

  /* the first figure of statm is the size of the address space in pages */
  if (!g_file_get_contents ("/proc/self/statm", &statm, NULL, NULL) ||
      sscanf (statm, "%" G_GUINT64_FORMAT, &mapped_pages) != 1)
    return G_MAXUINT64;

  mapped_pages *= (guint64) sysconf (_SC_PAGESIZE);
  return mapped_pages < limit.rlim_cur ? limit.rlim_cur - mapped_pages : 0;
}

gboolean
_coprod_json_memory_check (gsize     length,
                           guint64   n_values,
                           GError  **error)
{
  guint64 need = (guint64) length + n_values * COPROD_JSON_BYTES_PER_VALUE;
  guint64 left = address_space_left ();

  if (need <= left)
    return TRUE;

  g_set_error (error, COPROD_ERROR, COPROD_ERROR_LIMIT,
               "reading the document needs about %" G_GUINT64_FORMAT
               " MB of memory (it holds %" G_GUINT64_FORMAT " values), more "
               "than the %" G_GUINT64_FORMAT " MB this process may still use",
               need >> 20, n_values, left >> 20);
  return FALSE;
}

gboolean
_coprod_json_memory_fits (const char  *data,
                          gsize        length,
                          GError     **error)
{
  guint64 n_values = 0;

  /* without a limit there is nothing to count */
  if (address_space_left () == G_MAXUINT64)
    return TRUE;

  return _coprod_json_guard_count (data, length, NULL, &n_values, error) &&
         _coprod_json_memory_check (length, n_values, error);
}

JsonNode *
_coprod_json_parse (const char  *data,
                    gsize        length,
                    GError     **error)
{
  CoprodJsonReader reader;
  JsonNode *root;

  /* A byte order mark is not JSON, but editors on some systems add one */
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      length -= 3;
    }

  if (length > COPROD_JSON_DEFAULT_MAX_SIZE || length == 0 ||
      !_coprod_json_memory_fits (data, length, error))
    {
      if (error == NULL || *error == NULL)
        _coprod_json_guard_check (data, length, NULL, error);
      return NULL;
    }

  /* one pass of the pull reader, which applies the guard's rules as it
   * makes the tree; the guard words what is wrong, with its place */
  _coprod_json_reader_init (&reader, data, length);
  root = _coprod_json_reader_read_node (&reader);
  if (root == NULL || !_coprod_json_reader_at_end (&reader))
    {
      g_clear_pointer (&root, json_node_unref);
      if (_coprod_json_guard_check (data, length, NULL, error))
        g_set_error_literal (error, COPROD_ERROR, COPROD_ERROR_PARSE,
                             "the document is not valid JSON");
    }
  _coprod_json_reader_clear (&reader);

  return root;
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

gboolean
_coprod_json_read_string (JsonObject  *object,
                          const char  *where,
                          const char  *member,
                          gboolean     required,
                          char       **out,
                          GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);
  const char *str;

  *out = NULL;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      if (required)
        return _coprod_json_member_error (error, COPROD_ERROR_VALUE, where, member,
                                          "missing; it is required");
      return TRUE;
    }

  if (!_coprod_json_node_is_string (node))
    return _coprod_json_member_error (error, COPROD_ERROR_TYPE, where, member,
                                      "expected a string, found %s",
                                      _coprod_json_node_type_name (node));

  str = json_node_get_string (node);
  if (str[0] == '\0')
    {
      if (required)
        return _coprod_json_member_error (error, COPROD_ERROR_VALUE, where, member,
                                          "empty; it is required");
      return TRUE;
    }

  *out = g_strdup (str);
  return TRUE;
}
