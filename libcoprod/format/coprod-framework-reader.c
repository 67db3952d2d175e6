/* coprod-framework-reader.c: values frameworks from their JSON form, and
 * the built-in ones
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The framework types (scales/coprod-framework.c, coprod-value.c,
 * coprod-practice.c) know nothing of JSON; this reader makes frameworks
 * from documents of the format "coprod-framework" (doc/frameworks.md),
 * and from the built-in ones compiled into the library.
 */
#include "config.h"

#include <string.h>

#include "coprod-codec-private.h"
#include "coprod-error.h"
#include "coprod-framework-private.h"
#include "coprod-framework.h"
#include "coprod-frameworks-resources.h"
#include "coprod-json-private.h"
#include "coprod-practice-private.h"
#include "coprod-text-private.h"
#include "coprod-value-private.h"

/* In the order coprod_framework_list_builtin() gives; the first is the
 * default. Each is libcoprod/scales/frameworks/KEY.json. */
static const char * const builtin_keys[] = {
  "flse",
  "scie",
  "nef",
  "ukspi",
  "4pi",
  NULL
};

#define N_BUILTIN (G_N_ELEMENTS (builtin_keys) - 1)

static CoprodFramework *builtin_frameworks[N_BUILTIN];

#define RESOURCE_PREFIX "/org/libcoprod/frameworks/"

/* The largest whole number a check's parameter may be */
#define MAX_PARAMETER 1000

/* Reading the JSON form */

static gboolean
node_is_integer (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) &&
         json_node_get_value_type (node) == G_TYPE_INT64;
}

/* A whole number member from @minimum to @maximum. @required: it must be
 * there; otherwise a missing member or null leave @out as it is. */
static gboolean
read_integer (JsonObject  *object,
              const char  *where,
              const char  *member,
              gboolean     required,
              gint64       minimum,
              gint64       maximum,
              gint64      *out,
              GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);
  gint64 value;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      if (required)
        return _coprod_json_member_error (error, COPROD_ERROR_VALUE, where, member,
                                          "missing; it is required");
      return TRUE;
    }

  if (!node_is_integer (node))
    return _coprod_json_member_error (error, COPROD_ERROR_TYPE, where, member,
                                      "expected a whole number, found %s",
                                      _coprod_json_node_type_name (node));

  value = json_node_get_int (node);
  if (value < minimum || value > maximum)
    return _coprod_json_member_error (error, COPROD_ERROR_VALUE, where, member,
                                      "%" G_GINT64_FORMAT " is out of range; it must be "
                                      "from %" G_GINT64_FORMAT " to %" G_GINT64_FORMAT,
                                      value, minimum, maximum);

  *out = value;
  return TRUE;
}

/* An array member that must be there and hold at least one element */
static JsonArray *
read_array (JsonObject  *object,
            const char  *where,
            const char  *member,
            const char  *why,
            GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);
  JsonArray *array;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      _coprod_json_member_error (error, COPROD_ERROR_VALUE, where, member,
                                 "missing; %s", why);
      return NULL;
    }
  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      _coprod_json_member_error (error, COPROD_ERROR_TYPE, where, member,
                                 "expected an array, found %s",
                                 _coprod_json_node_type_name (node));
      return NULL;
    }

  array = json_node_get_array (node);
  if (json_array_get_length (array) == 0)
    {
      _coprod_json_member_error (error, COPROD_ERROR_VALUE, where, member,
                                 "empty; %s", why);
      return NULL;
    }

  return array;
}

/* An object member; a missing member or null give NULL and TRUE */
static gboolean
read_object (JsonObject  *object,
             const char  *where,
             const char  *member,
             JsonObject **out,
             GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);

  *out = NULL;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return _coprod_json_member_error (error, COPROD_ERROR_TYPE, where, member,
                                      "expected an object, found %s",
                                      _coprod_json_node_type_name (node));

  *out = json_node_get_object (node);
  return TRUE;
}

static JsonObject *
element_object (JsonNode    *node,
                const char  *where,
                GError     **error)
{
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      g_set_error (error, COPROD_ERROR, COPROD_ERROR_TYPE,
                   "%s: expected an object, found %s", where,
                   _coprod_json_node_type_name (node));
      return NULL;
    }

  return json_node_get_object (node);
}

/* "NAME, NAME and NAME" for messages */
static char *
join_names (const char * const *names)
{
  GString *s = g_string_new (NULL);
  guint i, n = g_strv_length ((char **) names);

  for (i = 0; i < n; i++)
    g_string_append_printf (s, "%s%s", i == 0 ? "" : i + 1 < n ? ", " : " and ",
                            names[i]);

  return g_string_free (s, FALSE);
}

/* The scale: its bounds and its bands, which run bottom to top with none
 * overlapping and none missing */
static gboolean
read_scale (JsonObject  *top,
            int         *minimum,
            int         *maximum,
            GPtrArray   *labels,
            GArray      *bounds,
            GError     **error)
{
  JsonObject *scale;
  JsonArray *bands;
  gint64 lo = -1, hi = -1;
  gint64 next;
  guint i, n;

  if (!read_object (top, "framework", "scale", &scale, error))
    return FALSE;
  if (scale == NULL)
    return _coprod_json_member_error (error, COPROD_ERROR_VALUE, "framework", "scale",
                                      "missing; a framework needs a scale to rate its "
                                      "practices on");

  if (!read_integer (scale, "scale", "minimum", TRUE, 0, 99, &lo, error) ||
      !read_integer (scale, "scale", "maximum", TRUE, 1, 100, &hi, error))
    return FALSE;
  if (hi <= lo)
    return _coprod_json_member_error (error, COPROD_ERROR_VALUE, "scale", "maximum",
                                      "%" G_GINT64_FORMAT " is not above the minimum, %"
                                      G_GINT64_FORMAT, hi, lo);

  bands = read_array (scale, "scale", "bands",
                      "a scale needs bands that cover it, each with a label", error);
  if (bands == NULL)
    return FALSE;

  next = lo;
  n = json_array_get_length (bands);
  for (i = 0; i < n; i++)
    {
      g_autofree char *where = g_strdup_printf ("scale.bands[%u]", i);
      g_autofree char *label = NULL;
      gint64 from = -1, to = -1;
      JsonObject *band;
      int pair[2];

      band = element_object (json_array_get_element (bands, i), where, error);
      if (band == NULL ||
          !read_integer (band, where, "minimum", TRUE, lo, hi, &from, error) ||
          !read_integer (band, where, "maximum", TRUE, lo, hi, &to, error) ||
          !_coprod_json_read_string (band, where, "label", TRUE, &label, error))
        return FALSE;

      if (from != next)
        return _coprod_json_member_error (error, COPROD_ERROR_VALUE, where, "minimum",
                                          "the band starts at %" G_GINT64_FORMAT
                                          " but should start at %" G_GINT64_FORMAT
                                          ": the bands run from the bottom of the scale "
                                          "to the top, each starting where the one "
                                          "before it ends, with no score left out",
                                          from, next);
      if (to < from)
        return _coprod_json_member_error (error, COPROD_ERROR_VALUE, where, "maximum",
                                          "%" G_GINT64_FORMAT " is below the band's "
                                          "minimum, %" G_GINT64_FORMAT, to, from);

      pair[0] = (int) from;
      pair[1] = (int) to;
      g_array_append_vals (bounds, pair, 2);
      g_ptr_array_add (labels, g_steal_pointer (&label));
      next = to + 1;
    }

  if (next != hi + 1)
    return _coprod_json_member_error (error, COPROD_ERROR_VALUE, "scale", "bands",
                                      "no band holds the scores from %" G_GINT64_FORMAT
                                      " to %" G_GINT64_FORMAT "; the bands must cover "
                                      "the scale", next, hi);

  *minimum = (int) lo;
  *maximum = (int) hi;
  return TRUE;
}

/* The parameters of a practice's check: each one the check takes, as a
 * whole number */
static gboolean
read_parameters (JsonObject      *object,
                 const char      *where,
                 CoprodPractice  *practice,
                 const char      *check,
                 GError         **error)
{
  const char * const *allowed;
  JsonObject *parameters;
  GList *members, *l;
  gboolean ok = TRUE;

  if (!read_object (object, where, "parameters", &parameters, error))
    return FALSE;
  if (parameters == NULL)
    return TRUE;

  if (check == NULL)
    return _coprod_json_member_error (error, COPROD_ERROR_VALUE, where, "parameters",
                                      "the practice names no check to give them to");

  allowed = coprod_practice_list_check_parameters (check);
  members = json_object_get_members (parameters);
  for (l = members; l != NULL && ok; l = l->next)
    {
      const char *name = l->data;
      JsonNode *node = json_object_get_member (parameters, name);
      g_autofree char *value = NULL;

      if (!g_strv_contains (allowed, name))
        {
          if (allowed[0] == NULL)
            ok = _coprod_json_member_error (error, COPROD_ERROR_VALUE, where, "parameters",
                                            "an unknown parameter; the check %s "
                                            "takes none", check);
          else
            {
              g_autofree char *known = join_names (allowed);

              ok = _coprod_json_member_error (error, COPROD_ERROR_VALUE, where, "parameters",
                                              "an unknown parameter; the check %s "
                                              "takes %s", check, known);
            }
          break;
        }

      if (!node_is_integer (node))
        {
          ok = _coprod_json_member_error (error, COPROD_ERROR_TYPE, where, "parameters",
                                          "%s: expected a whole number, found %s",
                                          name, _coprod_json_node_type_name (node));
          break;
        }
      if (json_node_get_int (node) < 1 || json_node_get_int (node) > MAX_PARAMETER)
        {
          ok = _coprod_json_member_error (error, COPROD_ERROR_VALUE, where, "parameters",
                                          "%s: %" G_GINT64_FORMAT " is out of range; it "
                                          "must be from 1 to %d",
                                          name, json_node_get_int (node), MAX_PARAMETER);
          break;
        }

      value = g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));
      _coprod_practice_add_parameter (practice, name, value);
    }
  g_list_free (members);

  return ok;
}

static CoprodPractice *
read_practice (JsonNode    *node,
               const char  *value_where,
               guint        index,
               GHashTable  *ids,
               GError     **error)
{
  g_autofree char *where = g_strdup_printf ("%s, practices[%u]", value_where, index);
  g_autoptr(CoprodPractice) practice = NULL;
  g_autofree char *id = NULL;
  g_autofree char *text = NULL;
  g_autofree char *check = NULL;
  JsonObject *object;

  object = element_object (node, where, error);
  if (object == NULL || !_coprod_json_read_string (object, where, "id", TRUE, &id, error))
    return NULL;


  if (g_hash_table_contains (ids, id))
    {
      g_set_error (error, COPROD_ERROR, COPROD_ERROR_VALUE,
                   "%s, member \"id\": another practice of the framework has the same id",
                   where);
      return NULL;
    }
  g_hash_table_add (ids, g_strdup (id));

  if (!_coprod_json_read_string (object, where, "text", TRUE, &text, error) ||
      !_coprod_json_read_string (object, where, "check", FALSE, &check, error))
    return NULL;

  if (check != NULL && !_coprod_practice_is_check (check))
    {
      g_autofree char *known = join_names (coprod_practice_list_checks ());

      _coprod_json_member_error (error, COPROD_ERROR_VALUE, where, "check",
                                 "an unknown check; the checks are %s",
                                 known);
      return NULL;
    }

  practice = _coprod_practice_new (id, text, check);
  if (!read_parameters (object, where, practice, check, error))
    return NULL;

  return g_steal_pointer (&practice);
}

static CoprodValue *
read_value (JsonNode    *node,
            guint        index,
            GHashTable  *keys,
            GHashTable  *ids,
            GError     **error)
{
  g_autofree char *where = g_strdup_printf ("values[%u]", index);
  g_autoptr(CoprodValue) value = NULL;
  g_autofree char *key = NULL;
  g_autofree char *title = NULL;
  g_autofree char *summary = NULL;
  JsonObject *object;
  JsonArray *practices;
  guint i, n;

  object = element_object (node, where, error);
  if (object == NULL || !_coprod_json_read_string (object, where, "key", TRUE, &key, error))
    return NULL;


  if (g_hash_table_contains (keys, key))
    {
      g_set_error (error, COPROD_ERROR, COPROD_ERROR_VALUE,
                   "%s, member \"key\": another value has the same key", where);
      return NULL;
    }
  g_hash_table_add (keys, g_strdup (key));

  if (!_coprod_json_read_string (object, where, "title", TRUE, &title, error) ||
      !_coprod_json_read_string (object, where, "summary", FALSE, &summary, error))
    return NULL;

  practices = read_array (object, where, "practices",
                          "a value needs at least one practice to rate", error);
  if (practices == NULL)
    return NULL;

  value = _coprod_value_new (key, title, summary);
  n = json_array_get_length (practices);
  for (i = 0; i < n; i++)
    {
      g_autoptr(CoprodPractice) practice = NULL;

      practice = read_practice (json_array_get_element (practices, i), where, i, ids, error);
      if (practice == NULL)
        return NULL;
      _coprod_value_add_practice (value, practice);
    }

  return g_steal_pointer (&value);
}

static CoprodFramework *
framework_from_data (const char  *data,
                     gsize        length,
                     GError     **error)
{
  g_autoptr(CoprodFramework) self = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GHashTable) keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) bounds = g_array_new (FALSE, FALSE, sizeof (int));
  g_autofree char *key = NULL;
  g_autofree char *title = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *version = NULL;
  g_autofree char *work = NULL;
  g_autofree char *publisher = NULL;
  gint64 year = 0;
  int minimum = 0, maximum = 0;
  JsonObject *top;
  JsonObject *source;
  JsonArray *values;
  guint i, n;

  root = _coprod_json_parse (data, length, error);
  if (root == NULL)
    return NULL;

  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error (error, COPROD_ERROR, COPROD_ERROR_FORMAT,
                   "not a coprod framework: the top level is %s, not an object",
                   _coprod_json_node_type_name (root));
      return NULL;
    }
  top = json_node_get_object (root);

  if (!_coprod_json_check_header (top, "coprod-framework", "framework",
                                   COPROD_FRAMEWORK_FORMAT_VERSION, error))
    return NULL;

  if (!_coprod_json_read_string (top, "framework", "key", TRUE, &key, error) ||
      !_coprod_json_read_string (top, "framework", "title", TRUE, &title, error) ||
      !_coprod_json_read_string (top, "framework", "summary", FALSE, &summary, error) ||
      !_coprod_json_read_string (top, "framework", "framework_version", FALSE, &version, error) ||
      !read_object (top, "framework", "source", &source, error))
    return NULL;

  if (source != NULL &&
      (!_coprod_json_read_string (source, "source", "work", TRUE, &work, error) ||
       !read_integer (source, "source", "year", FALSE, 1, 9999, &year, error) ||
       !_coprod_json_read_string (source, "source", "publisher", FALSE, &publisher, error)))
    return NULL;

  if (!read_scale (top, &minimum, &maximum, labels, bounds, error))
    return NULL;

  values = read_array (top, "framework", "values",
                       "a framework needs at least one value", error);
  if (values == NULL)
    return NULL;

  self = _coprod_framework_new (key, title, summary, work, (guint) year, publisher,
                                version, minimum, maximum);
  for (i = 0; i < labels->len; i++)
    _coprod_framework_add_band (self,
                                g_array_index (bounds, int, 2 * i),
                                g_array_index (bounds, int, 2 * i + 1),
                                g_ptr_array_index (labels, i));

  n = json_array_get_length (values);
  for (i = 0; i < n; i++)
    {
      g_autoptr(CoprodValue) value = NULL;

      value = read_value (json_array_get_element (values, i), i, keys, ids, error);
      if (value == NULL)
        return NULL;
      _coprod_framework_add_value (self, value);
    }

  return g_steal_pointer (&self);
}

/**
 * coprod_framework_new_from_data:
 * @data: (array length=length) (element-type guint8): a framework in JSON
 * @length: the length of @data in bytes, or -1 if it is nul-terminated
 * @error: return location for an error
 *
 * Reads a values framework from its JSON form (see
 * [class@Coprod.Framework]).
 *
 * Malformed JSON, input past the limits or a document that is not a
 * framework give a %COPROD_ERROR as a registry does; a framework of a
 * newer format version gives %COPROD_ERROR_VERSION; a member of the wrong
 * JSON type gives %COPROD_ERROR_TYPE; a missing or empty key, title, id
 * or text, no scale, a scale whose bounds are out of order or out of
 * 0-100, bands that overlap, leave a score out or run past the scale, no
 * values, a value with no practices, a repeated value key or practice id,
 * a check that is not one of [func@Coprod.Practice.list_checks], or a
 * parameter the check does not take or out of range give
 * %COPROD_ERROR_VALUE. Each message says where: the value (its index and
 * key), the practice (its index and id) or the band, and the member.
 *
 * Returns: (transfer full): the framework, or %NULL on error
 *
 * Since: 0.1
 */
CoprodFramework *
coprod_framework_new_from_data (const char  *data,
                                gssize       length,
                                GError     **error)
{
  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (length < 0)
    length = (gssize) strlen (data);

  return framework_from_data (data != NULL ? data : "", (gsize) length, error);
}

/**
 * coprod_framework_new_from_bytes:
 * @bytes: a framework in JSON
 * @error: return location for an error
 *
 * Reads a values framework from its JSON form, as
 * [ctor@Coprod.Framework.new_from_data] does.
 *
 * Returns: (transfer full): the framework, or %NULL on error
 *
 * Since: 0.1
 */
CoprodFramework *
coprod_framework_new_from_bytes (GBytes  *bytes,
                                 GError **error)
{
  const char *data;
  gsize length;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  data = g_bytes_get_data (bytes, &length);

  return framework_from_data (data != NULL ? data : "", length, error);
}

/**
 * coprod_framework_new_from_file:
 * @file: the file to read
 * @cancellable: (nullable): a cancellable
 * @error: return location for an error
 *
 * Reads a values framework from a JSON file, as
 * [ctor@Coprod.Framework.new_from_data] does. Errors reading the file are
 * in the %G_IO_ERROR domain.
 *
 * Returns: (transfer full): the framework, or %NULL on error
 *
 * Since: 0.1
 */
CoprodFramework *
coprod_framework_new_from_file (GFile         *file,
                                GCancellable  *cancellable,
                                GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  bytes = _coprod_read_file_limited (file, "framework", cancellable, error);
  if (bytes == NULL)
    return NULL;

  return coprod_framework_new_from_bytes (bytes, error);
}

/* Built-in frameworks */

static CoprodFramework *
load_builtin (const char *key)
{
  g_autofree char *path = g_strconcat (RESOURCE_PREFIX, key, ".json", NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  CoprodFramework *framework;

  bytes = g_resource_lookup_data (_coprod_frameworks_get_resource (), path,
                                  G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  if (bytes != NULL)
    framework = coprod_framework_new_from_bytes (bytes, &error);
  else
    framework = NULL;

  /* The data is compiled in and checked by the tests: failing here is a
   * broken build, not bad input. */
  if (framework == NULL)
    g_error ("the built-in framework %s does not load: %s", key, error->message);
  if (!g_str_equal (coprod_framework_get_key (framework), key))
    g_error ("the built-in framework %s has the key %s", key,
             coprod_framework_get_key (framework));

  return framework;
}

/**
 * coprod_framework_list_builtin:
 *
 * Lists the keys of the built-in values frameworks: `flse` (the default),
 * `scie`, `nef`, `ukspi` and `4pi`, in that order.
 *
 * Returns: (transfer none) (array zero-terminated=1): the keys
 *
 * Since: 0.1
 */
const char * const *
coprod_framework_list_builtin (void)
{
  return builtin_keys;
}

/**
 * coprod_framework_get_builtin:
 * @key: the key of a built-in framework, see
 *   [func@Coprod.Framework.list_builtin]
 *
 * Gets a built-in values framework. It is read the first time it is
 * asked for and kept for the life of the program; this is safe from any
 * thread.
 *
 * Returns: (transfer none) (nullable): the framework, or %NULL if no
 *   built-in framework has @key
 *
 * Since: 0.1
 */
CoprodFramework *
coprod_framework_get_builtin (const char *key)
{
  guint i;

  g_return_val_if_fail (key != NULL, NULL);

  for (i = 0; i < N_BUILTIN; i++)
    if (g_str_equal (key, builtin_keys[i]))
      {
        if (g_once_init_enter (&builtin_frameworks[i]))
          g_once_init_leave (&builtin_frameworks[i], load_builtin (builtin_keys[i]));

        return builtin_frameworks[i];
      }

  return NULL;
}

/**
 * coprod_framework_get_default:
 *
 * Gets the default values framework, `flse`: the six co-production values
 * of Fulfilling Lives South East.
 *
 * Returns: (transfer none): the default framework
 *
 * Since: 0.1
 */
CoprodFramework *
coprod_framework_get_default (void)
{
  return coprod_framework_get_builtin (builtin_keys[0]);
}
