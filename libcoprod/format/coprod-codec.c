/* coprod-codec.c: the JSON format
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The format is written from the records' properties: a member for every
 * readable and writable property, named as the property with '_' for '-'
 * (Popolo's spelling: "person_id", "retain_until"), enums as their nick,
 * flags as an array of nicks, dates and other strings as strings, lists of
 * strings as arrays. Lists of objects inside a record (a project's
 * involvements, a partnership's memberships) are named in the child table
 * below. Members this version does not know are kept on the object they
 * were read with and written back after the known ones.
 *
 * Reading is strict: the bytes pass the guard (coprod-json-guard.c) before
 * json-glib sees them, and every member is checked against its property
 * before any object is made. An error names the collection, the index, the
 * record id and the member.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "coprod-codec-private.h"
#include "coprod-date.h"
#include "coprod-error.h"
#include "coprod-json-guard-private.h"
#include "coprod-json-private.h"
#include "coprod-version.h"
#include "coprod-record-private.h"

/* Lists of objects inside a record are read-only GListModel properties
 * made with _coprod_param_spec_children(), which names the child type and
 * how to add one. */
typedef struct
{
  GType            child_type;
  CoprodChildAdder add;
} ChildSpec;

static gboolean
find_child_spec (GParamSpec *pspec,
                 ChildSpec  *spec)
{
  return _coprod_param_spec_get_children (pspec, &spec->child_type, &spec->add);
}

/* Properties in the order they are written: base class first, then the
 * order the class installed them. Cached per type. */

G_LOCK_DEFINE_STATIC (pspec_cache);
static GHashTable *pspec_cache;

static int
compare_pspecs (gconstpointer a,
                gconstpointer b)
{
  GParamSpec *pa = *(GParamSpec **) a;
  GParamSpec *pb = *(GParamSpec **) b;
  guint da = g_type_depth (pa->owner_type);
  guint db = g_type_depth (pb->owner_type);

  if (da != db)
    return da < db ? -1 : 1;
  if (pa->param_id != pb->param_id)
    return pa->param_id < pb->param_id ? -1 : 1;
  return 0;
}

static gboolean
pspec_is_serialized (GType       type,
                     GParamSpec *pspec)
{
  if (g_str_equal (pspec->name, "id") && g_type_is_a (type, COPROD_TYPE_RECORD))
    return FALSE;
  if (_coprod_param_spec_get_children (pspec, NULL, NULL))
    return TRUE;
  if ((pspec->flags & G_PARAM_READWRITE) != G_PARAM_READWRITE)
    return FALSE;
  if ((pspec->flags & G_PARAM_CONSTRUCT_ONLY) != 0)
    return FALSE;
  return TRUE;
}

static GPtrArray *
serialized_pspecs (GType type)
{
  GPtrArray *list;

  G_LOCK (pspec_cache);

  if (pspec_cache == NULL)
    pspec_cache = g_hash_table_new_full (NULL, NULL, NULL,
                                         (GDestroyNotify) g_ptr_array_unref);

  list = g_hash_table_lookup (pspec_cache, GSIZE_TO_POINTER (type));
  if (list == NULL)
    {
      g_autoptr(GTypeClass) klass = g_type_class_ref (type);
      g_autofree GParamSpec **pspecs = NULL;
      guint n_pspecs, i;

      pspecs = g_object_class_list_properties (G_OBJECT_CLASS (klass), &n_pspecs);
      list = g_ptr_array_new ();
      for (i = 0; i < n_pspecs; i++)
        if (pspec_is_serialized (type, pspecs[i]))
          g_ptr_array_add (list, pspecs[i]);
      g_ptr_array_sort (list, compare_pspecs);
      g_hash_table_insert (pspec_cache, GSIZE_TO_POINTER (type), list);
    }

  G_UNLOCK (pspec_cache);

  return list;
}

static char *
member_to_property (const char *member)
{
  const char *p;

  /* only snake_case maps to a property: "person-id" is an unknown member,
   * not a second spelling of "person_id" */
  for (p = member; *p != '\0'; p++)
    if (!(g_ascii_islower (*p) || g_ascii_isdigit (*p) || *p == '_'))
      return NULL;

  return g_strdelimit (g_strdup (member), "_", '-');
}

static char *
property_to_member (const char *property)
{
  return g_strdelimit (g_strdup (property), "-", '_');
}

static char *
nicks_of_enum (GEnumClass *eclass)
{
  GString *s = g_string_new (NULL);
  guint i;

  for (i = 0; i < eclass->n_values; i++)
    g_string_append_printf (s, "%s%s", i ? ", " : "", eclass->values[i].value_nick);

  return g_string_free (s, FALSE);
}

static char *
nicks_of_flags (GFlagsClass *fclass)
{
  GString *s = g_string_new (NULL);
  guint i;

  for (i = 0; i < fclass->n_values; i++)
    if (fclass->values[i].value != 0)
      g_string_append_printf (s, "%s%s", s->len ? ", " : "", fclass->values[i].value_nick);

  return g_string_free (s, FALSE);
}

static gboolean
string_from_node (GParamSpec  *pspec,
                  JsonNode    *node,
                  GValue      *value,
                  const char  *where,
                  const char  *member,
                  GError     **error)
{
  const char *str;

  if (JSON_NODE_HOLDS_NULL (node))
    {
      g_value_set_string (value, NULL);
      return TRUE;
    }

  if (!_coprod_json_node_is_string (node))
    return _coprod_json_member_error (error, COPROD_ERROR_TYPE, where, member,
                         "expected a string, found %s", _coprod_json_node_type_name (node));

  str = json_node_get_string (node);

  switch (_coprod_param_spec_get_string_kind (pspec))
    {
    case COPROD_STRING_DATE:
      {
        g_autoptr(GError) local_error = NULL;

        if (!coprod_date_validate (str, &local_error))
          return _coprod_json_member_error (error, COPROD_ERROR_DATE, where, member,
                               "%s", local_error->message);
      }
      break;

    case COPROD_STRING_CURRENCY:
      if (!_coprod_currency_is_valid (str))
        return _coprod_json_member_error (error, COPROD_ERROR_VALUE, where, member,
                             "\"%.*s\" is not an ISO 4217 currency code "
                             "(three capital letters, such as GBP)", _coprod_utf8_cut (str, 16), str);
      break;

    case COPROD_STRING_REF:
      if (!coprod_record_id_is_valid (str))
        return _coprod_json_member_error (error, COPROD_ERROR_ID, where, member,
                             "\"%.*s\" is not a valid record id", _coprod_utf8_cut (str, 40), str);
      break;

    case COPROD_STRING_TEXT:
    default:
      break;
    }

  g_value_set_string (value, str);

  return TRUE;
}

static gboolean
value_from_node (GParamSpec  *pspec,
                 JsonNode    *node,
                 GValue      *value,
                 const char  *where,
                 const char  *member,
                 GError     **error)
{
  GType type = G_PARAM_SPEC_VALUE_TYPE (pspec);

  g_value_init (value, type);

  if (type == G_TYPE_STRING)
    return string_from_node (pspec, node, value, where, member, error);

  if (type == G_TYPE_BOOLEAN)
    {
      if (!JSON_NODE_HOLDS_VALUE (node) ||
          json_node_get_value_type (node) != G_TYPE_BOOLEAN)
        return _coprod_json_member_error (error, COPROD_ERROR_TYPE, where, member,
                             "expected true or false, found %s",
                             _coprod_json_node_type_name (node));
      g_value_set_boolean (value, json_node_get_boolean (node));
      return TRUE;
    }

  if (type == G_TYPE_INT64 || type == G_TYPE_INT || type == G_TYPE_UINT)
    {
      gint64 v, min, max;

      if (!JSON_NODE_HOLDS_VALUE (node) ||
          json_node_get_value_type (node) != G_TYPE_INT64)
        return _coprod_json_member_error (error, COPROD_ERROR_TYPE, where, member,
                             "expected an integer, found %s",
                             _coprod_json_node_type_name (node));
      v = json_node_get_int (node);

      if (type == G_TYPE_INT64)
        {
          min = G_PARAM_SPEC_INT64 (pspec)->minimum;
          max = G_PARAM_SPEC_INT64 (pspec)->maximum;
        }
      else if (type == G_TYPE_INT)
        {
          min = G_PARAM_SPEC_INT (pspec)->minimum;
          max = G_PARAM_SPEC_INT (pspec)->maximum;
        }
      else
        {
          min = G_PARAM_SPEC_UINT (pspec)->minimum;
          max = G_PARAM_SPEC_UINT (pspec)->maximum;
        }

      if (v < min || v > max)
        return _coprod_json_member_error (error, COPROD_ERROR_VALUE, where, member,
                             "%" G_GINT64_FORMAT " is outside the range %"
                             G_GINT64_FORMAT " to %" G_GINT64_FORMAT,
                             v, min, max);

      if (type == G_TYPE_INT64)
        g_value_set_int64 (value, v);
      else if (type == G_TYPE_INT)
        g_value_set_int (value, (int) v);
      else
        g_value_set_uint (value, (guint) v);
      return TRUE;
    }

  if (type == G_TYPE_DOUBLE)
    {
      GParamSpecDouble *dspec = G_PARAM_SPEC_DOUBLE (pspec);
      double v;

      if (!JSON_NODE_HOLDS_VALUE (node) ||
          (json_node_get_value_type (node) != G_TYPE_DOUBLE &&
           json_node_get_value_type (node) != G_TYPE_INT64))
        return _coprod_json_member_error (error, COPROD_ERROR_TYPE, where, member,
                             "expected a number, found %s",
                             _coprod_json_node_type_name (node));
      v = json_node_get_double (node);
      if (!isfinite (v) || v < dspec->minimum || v > dspec->maximum)
        return _coprod_json_member_error (error, COPROD_ERROR_VALUE, where, member,
                             "%g is outside the range %g to %g",
                             v, dspec->minimum, dspec->maximum);
      g_value_set_double (value, v);
      return TRUE;
    }

  if (G_TYPE_IS_ENUM (type))
    {
      GEnumClass *eclass = G_PARAM_SPEC_ENUM (pspec)->enum_class;
      GEnumValue *ev;

      if (!_coprod_json_node_is_string (node))
        return _coprod_json_member_error (error, COPROD_ERROR_TYPE, where, member,
                             "expected a string, found %s",
                             _coprod_json_node_type_name (node));
      ev = g_enum_get_value_by_nick (eclass, json_node_get_string (node));
      if (ev == NULL)
        {
          g_autofree char *nicks = nicks_of_enum (eclass);

          return _coprod_json_member_error (error, COPROD_ERROR_VALUE, where, member,
                               "unknown value \"%.*s\" (expected one of: %s)",
                               _coprod_utf8_cut (json_node_get_string (node), 40), json_node_get_string (node), nicks);
        }
      g_value_set_enum (value, ev->value);
      return TRUE;
    }

  if (G_TYPE_IS_FLAGS (type) && _coprod_param_spec_is_single_flag (pspec))
    {
      GFlagsClass *fclass = G_PARAM_SPEC_FLAGS (pspec)->flags_class;
      GFlagsValue *fv;

      if (!_coprod_json_node_is_string (node))
        return _coprod_json_member_error (error, COPROD_ERROR_TYPE, where, member,
                             "expected a string, found %s",
                             _coprod_json_node_type_name (node));
      fv = g_flags_get_value_by_nick (fclass, json_node_get_string (node));
      if (fv == NULL)
        {
          g_autofree char *nicks = nicks_of_flags (fclass);

          return _coprod_json_member_error (error, COPROD_ERROR_VALUE, where, member,
                               "unknown value \"%.*s\" (expected one of: %s)",
                               _coprod_utf8_cut (json_node_get_string (node), 40), json_node_get_string (node), nicks);
        }
      g_value_set_flags (value, fv->value);
      return TRUE;
    }

  if (G_TYPE_IS_FLAGS (type))
    {
      GFlagsClass *fclass = G_PARAM_SPEC_FLAGS (pspec)->flags_class;
      JsonArray *array;
      guint flags = 0;
      guint i, n;

      if (!JSON_NODE_HOLDS_ARRAY (node))
        return _coprod_json_member_error (error, COPROD_ERROR_TYPE, where, member,
                             "expected an array of strings, found %s",
                             _coprod_json_node_type_name (node));
      array = json_node_get_array (node);
      n = json_array_get_length (array);
      for (i = 0; i < n; i++)
        {
          JsonNode *element = json_array_get_element (array, i);
          GFlagsValue *fv;

          if (!_coprod_json_node_is_string (element))
            return _coprod_json_member_error (error, COPROD_ERROR_TYPE, where, member,
                                 "element %u: expected a string, found %s",
                                 i, _coprod_json_node_type_name (element));
          fv = g_flags_get_value_by_nick (fclass, json_node_get_string (element));
          if (fv == NULL || fv->value == 0)
            {
              g_autofree char *nicks = nicks_of_flags (fclass);

              return _coprod_json_member_error (error, COPROD_ERROR_VALUE, where, member,
                                   "unknown value \"%.*s\" (expected any of: %s)",
                                   _coprod_utf8_cut (json_node_get_string (element), 40), json_node_get_string (element), nicks);
            }
          flags |= fv->value;
        }
      g_value_set_flags (value, flags);
      return TRUE;
    }

  if (type == G_TYPE_STRV)
    {
      g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
      JsonArray *array;
      guint i, n;

      if (!JSON_NODE_HOLDS_ARRAY (node))
        return _coprod_json_member_error (error, COPROD_ERROR_TYPE, where, member,
                             "expected an array of strings, found %s",
                             _coprod_json_node_type_name (node));
      array = json_node_get_array (node);
      n = json_array_get_length (array);
      for (i = 0; i < n; i++)
        {
          JsonNode *element = json_array_get_element (array, i);

          if (!_coprod_json_node_is_string (element))
            return _coprod_json_member_error (error, COPROD_ERROR_TYPE, where, member,
                                 "element %u: expected a string, found %s",
                                 i, _coprod_json_node_type_name (element));
          if (_coprod_param_spec_get_string_kind (pspec) == COPROD_STRING_REF &&
              !coprod_record_id_is_valid (json_node_get_string (element)))
            return _coprod_json_member_error (error, COPROD_ERROR_ID, where, member,
                                 "element %u: \"%.*s\" is not a valid record id",
                                 i, _coprod_utf8_cut (json_node_get_string (element), 40), json_node_get_string (element));
          g_strv_builder_add (builder, json_node_get_string (element));
        }
      g_value_take_boxed (value, g_strv_builder_end (builder));
      return TRUE;
    }

  g_set_error (error, COPROD_ERROR, COPROD_ERROR_FAILED,
               "%s, member \"%s\": properties of type %s cannot be read",
               where, member, g_type_name (type));
  return FALSE;
}

/* json_node_init_array() and _object() take a reference of their own */
static JsonNode *
node_take_array (JsonArray *array)
{
  JsonNode *node = json_node_init_array (json_node_alloc (), array);

  json_array_unref (array);
  return node;
}

static JsonNode *
node_take_object (JsonObject *object)
{
  JsonNode *node = json_node_init_object (json_node_alloc (), object);

  json_object_unref (object);
  return node;
}

static JsonNode *
node_from_value (GParamSpec   *pspec,
                 const GValue *value)
{
  GType type = G_PARAM_SPEC_VALUE_TYPE (pspec);

  if (type == G_TYPE_STRING)
    {
      const char *str = g_value_get_string (value);

      return str ? json_node_init_string (json_node_alloc (), str) : NULL;
    }

  if (type == G_TYPE_BOOLEAN)
    return json_node_init_boolean (json_node_alloc (), g_value_get_boolean (value));

  if (type == G_TYPE_INT64)
    return json_node_init_int (json_node_alloc (), g_value_get_int64 (value));

  if (type == G_TYPE_INT)
    return json_node_init_int (json_node_alloc (), g_value_get_int (value));

  if (type == G_TYPE_UINT)
    return json_node_init_int (json_node_alloc (), g_value_get_uint (value));

  if (type == G_TYPE_DOUBLE)
    return json_node_init_double (json_node_alloc (), g_value_get_double (value));

  if (G_TYPE_IS_ENUM (type))
    {
      GEnumValue *ev = g_enum_get_value (G_PARAM_SPEC_ENUM (pspec)->enum_class,
                                         g_value_get_enum (value));

      g_return_val_if_fail (ev != NULL, NULL);
      return json_node_init_string (json_node_alloc (), ev->value_nick);
    }

  if (G_TYPE_IS_FLAGS (type) && _coprod_param_spec_is_single_flag (pspec))
    {
      GFlagsValue *fv = g_flags_get_first_value (G_PARAM_SPEC_FLAGS (pspec)->flags_class,
                                                 g_value_get_flags (value));

      if (fv == NULL)
        return NULL;
      return json_node_init_string (json_node_alloc (), fv->value_nick);
    }

  if (G_TYPE_IS_FLAGS (type))
    {
      GFlagsClass *fclass = G_PARAM_SPEC_FLAGS (pspec)->flags_class;
      guint flags = g_value_get_flags (value);
      JsonArray *array = json_array_new ();
      guint i;

      for (i = 0; i < fclass->n_values; i++)
        {
          guint v = fclass->values[i].value;

          if (v != 0 && (flags & v) == v)
            json_array_add_string_element (array, fclass->values[i].value_nick);
        }
      return node_take_array (array);
    }

  if (type == G_TYPE_STRV)
    {
      const char * const *strv = g_value_get_boxed (value);
      JsonArray *array = json_array_new ();

      for (; strv != NULL && *strv != NULL; strv++)
        json_array_add_string_element (array, *strv);
      return node_take_array (array);
    }

  g_return_val_if_reached (NULL);
}

/* Unknown members, kept on the object opaquely for the model */

static void
set_unknown (gpointer    object,
             JsonObject *unknown)
{
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  JsonObjectIter iter;
  const char *member;

  if (unknown == NULL || json_object_get_size (unknown) == 0)
    {
      _coprod_object_set_extra (object, NULL, NULL, NULL);
      return;
    }

  json_object_iter_init_ordered (&iter, unknown);
  while (json_object_iter_next_ordered (&iter, &member, NULL))
    g_strv_builder_add (names, member);

  _coprod_object_set_extra (object, g_strv_builder_end (names),
                            json_object_ref (unknown),
                            (GDestroyNotify) json_object_unref);
}

static JsonObject *
get_unknown (gpointer object)
{
  return _coprod_object_get_extra (object);
}

/* Objects */

typedef struct
{
  GPtrArray *names;   /* const char *, the pspecs' interned names */
  GArray    *values;  /* GValue */
} PropertyList;

static void
clear_gvalue (gpointer data)
{
  g_value_unset (data);
}

static GObject *read_object (GType        type,
                             JsonNode    *node,
                             const char  *where,
                             GError     **error);

static gboolean
read_children (const ChildSpec  *spec,
               GObject          *owner,
               JsonNode         *node,
               const char       *where,
               const char       *member,
               GError          **error)
{
  JsonArray *array;
  guint i, n;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    return _coprod_json_member_error (error, COPROD_ERROR_TYPE, where, member,
                         "expected an array of objects, found %s",
                         _coprod_json_node_type_name (node));

  array = json_node_get_array (node);
  n = json_array_get_length (array);
  for (i = 0; i < n; i++)
    {
      g_autofree char *child_where = g_strdup_printf ("%s, %s[%u]", where, member, i);
      g_autoptr(GObject) child = NULL;

      child = read_object (spec->child_type,
                                         json_array_get_element (array, i),
                                         child_where, error);
      if (child == NULL)
        return FALSE;
      spec->add (owner, child);
    }

  return TRUE;
}

static GObject *
read_object (GType        type,
                           JsonNode    *node,
                           const char  *where,
                           GError     **error)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autoptr(GArray) values = g_array_new (FALSE, TRUE, sizeof (GValue));
  g_autoptr(GPtrArray) children = g_ptr_array_new (); /* JsonNode, then GParamSpec, pairs */
  g_autoptr(JsonObject) unknown = json_object_new ();
  g_autoptr(GObject) object = NULL;
  g_autoptr(GTypeClass) klass = g_type_class_ref (type);
  g_autofree char *located = NULL;
  gboolean is_record = g_type_is_a (type, COPROD_TYPE_RECORD);
  JsonObject *jobj;
  JsonObjectIter iter;
  const char *member;
  JsonNode *value_node;
  guint i;

  g_array_set_clear_func (values, clear_gvalue);

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      g_set_error (error, COPROD_ERROR, COPROD_ERROR_TYPE,
                   "%s: expected an object, found %s",
                   where, _coprod_json_node_type_name (node));
      return NULL;
    }
  jobj = json_node_get_object (node);

  if (is_record)
    {
      JsonNode *id_node = json_object_get_member (jobj, "id");
      const char *id;

      if (id_node == NULL)
        {
          g_set_error (error, COPROD_ERROR, COPROD_ERROR_ID,
                       "%s: the member \"id\" is missing", where);
          return NULL;
        }
      if (!_coprod_json_node_is_string (id_node))
        {
          g_set_error (error, COPROD_ERROR, COPROD_ERROR_TYPE,
                       "%s, member \"id\": expected a string, found %s",
                       where, _coprod_json_node_type_name (id_node));
          return NULL;
        }
      id = json_node_get_string (id_node);
      if (!coprod_record_id_is_valid (id))
        {
          g_set_error (error, COPROD_ERROR, COPROD_ERROR_ID,
                       "%s, member \"id\": \"%.*s\" is not a valid id "
                       "(1 to 256 bytes, no control characters, no white "
                       "space at either end)", where, _coprod_utf8_cut (id, 40), id);
          return NULL;
        }

      located = g_strdup_printf ("%s (id \"%s\")", where, id);
      where = located;

      g_ptr_array_add (names, (gpointer) "id");
      g_array_set_size (values, values->len + 1);
      g_value_init (&g_array_index (values, GValue, values->len - 1), G_TYPE_STRING);
      g_value_set_string (&g_array_index (values, GValue, values->len - 1), id);
    }

  json_object_iter_init_ordered (&iter, jobj);
  while (json_object_iter_next_ordered (&iter, &member, &value_node))
    {
      g_autofree char *property = NULL;
      GParamSpec *pspec = NULL;

      if (is_record && g_str_equal (member, "id"))
        continue;

      property = member_to_property (member);
      if (property != NULL)
        pspec = g_object_class_find_property (G_OBJECT_CLASS (klass), property);
      if (pspec == NULL || !pspec_is_serialized (type, pspec))
        {
          json_object_set_member (unknown, member, json_node_copy (value_node));
          continue;
        }

      if (_coprod_param_spec_get_children (pspec, NULL, NULL))
        {
          g_ptr_array_add (children, value_node);
          g_ptr_array_add (children, pspec);
          continue;
        }

      g_array_set_size (values, values->len + 1);
      if (!value_from_node (pspec, value_node,
                            &g_array_index (values, GValue, values->len - 1),
                            where, member, error))
        return NULL;
      g_ptr_array_add (names, (gpointer) pspec->name);
    }

  object = g_object_new_with_properties (type, names->len,
                                         (const char **) names->pdata,
                                         (const GValue *) values->data);

  for (i = 0; i < children->len; i += 2)
    {
      GParamSpec *pspec = g_ptr_array_index (children, i + 1);
      g_autofree char *child_member = property_to_member (pspec->name);
      ChildSpec spec;

      find_child_spec (pspec, &spec);
      if (!read_children (&spec, object, g_ptr_array_index (children, i),
                          where, child_member, error))
        return NULL;
    }

  set_unknown (object, unknown);

  return g_steal_pointer (&object);
}

static JsonNode *
write_object (GObject *object)
{
  GType type = G_OBJECT_TYPE (object);
  GPtrArray *pspecs = serialized_pspecs (type);
  JsonObject *jobj = json_object_new ();
  JsonObject *unknown;
  guint i;

  if (COPROD_IS_RECORD (object))
    json_object_set_string_member (jobj, "id", coprod_record_get_id (COPROD_RECORD (object)));

  for (i = 0; i < pspecs->len; i++)
    {
      GParamSpec *pspec = g_ptr_array_index (pspecs, i);
      g_autofree char *member = property_to_member (pspec->name);
      g_auto(GValue) value = G_VALUE_INIT;
      JsonNode *node;

      g_value_init (&value, G_PARAM_SPEC_VALUE_TYPE (pspec));
      g_object_get_property (object, pspec->name, &value);

      if (_coprod_param_spec_get_children (pspec, NULL, NULL))
        {
          GListModel *model = g_value_get_object (&value);
          JsonArray *array = json_array_new ();
          guint j, n = model ? g_list_model_get_n_items (model) : 0;

          for (j = 0; j < n; j++)
            {
              g_autoptr(GObject) child = g_list_model_get_item (model, j);

              json_array_add_element (array, write_object (child));
            }
          node = node_take_array (array);
        }
      else
        {
          node = node_from_value (pspec, &value);
        }

      if (node != NULL)
        json_object_set_member (jobj, member, node);
    }

  unknown = get_unknown (object);
  if (unknown != NULL)
    {
      JsonObjectIter iter;
      const char *member;
      JsonNode *node;

      json_object_iter_init_ordered (&iter, unknown);
      while (json_object_iter_next_ordered (&iter, &member, &node))
        if (!json_object_has_member (jobj, member))
          json_object_set_member (jobj, member, json_node_copy (node));
    }

  return node_take_object (jobj);
}

/* Documents */

void
_coprod_document_free (CoprodDocument *doc)
{
  guint i;

  if (doc == NULL)
    return;

  for (i = 0; i < COPROD_N_COLLECTIONS; i++)
    g_clear_pointer (&doc->collections[i], g_ptr_array_unref);
  g_clear_pointer (&doc->unknown, json_object_unref);
  g_free (doc);
}

CoprodDocument *
_coprod_codec_read (const char  *data,
                    gsize        length,
                    GError     **error)
{
  g_autoptr(CoprodDocument) doc = g_new0 (CoprodDocument, 1);
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GHashTable) seen = NULL;   /* id -> where it was first seen */
  JsonObject *top;
  JsonObjectIter iter;
  const char *member;
  JsonNode *node;
  guint c;

  root = _coprod_json_parse (data, length, error);
  if (root == NULL)
    return NULL;

  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error (error, COPROD_ERROR, COPROD_ERROR_FORMAT,
                   "not a coprod document: the top level is %s, not an object",
                   _coprod_json_node_type_name (root));
      return NULL;
    }
  top = json_node_get_object (root);

  if (!_coprod_json_check_header (top, "coprod", "document",
                                   COPROD_FORMAT_VERSION, error))
    return NULL;

  seen = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  doc->unknown = json_object_new ();

  for (c = 0; c < COPROD_N_COLLECTIONS; c++)
    doc->collections[c] = g_ptr_array_new_with_free_func (g_object_unref);

  json_object_iter_init_ordered (&iter, top);
  while (json_object_iter_next_ordered (&iter, &member, &node))
    {
      const CoprodCollectionInfo *info = NULL;
      JsonArray *array;
      guint i, n;

      if (g_str_equal (member, "format") || g_str_equal (member, "version"))
        continue;

      for (c = 0; c < COPROD_N_COLLECTIONS; c++)
        if (g_str_equal (member, _coprod_collections[c].member))
          {
            info = &_coprod_collections[c];
            break;
          }

      if (info == NULL)
        {
          json_object_set_member (doc->unknown, member, json_node_copy (node));
          continue;
        }

      if (!JSON_NODE_HOLDS_ARRAY (node))
        {
          g_set_error (error, COPROD_ERROR, COPROD_ERROR_TYPE,
                       "%s: expected an array, found %s",
                       member, _coprod_json_node_type_name (node));
          return NULL;
        }

      array = json_node_get_array (node);
      n = json_array_get_length (array);
      g_ptr_array_set_size (doc->collections[c], 0);
      for (i = 0; i < n; i++)
        {
          g_autofree char *where = g_strdup_printf ("%s[%u]", member, i);
          GObject *record;
          const char *id;
          const char *first;

          record = read_object (info->get_type (),
                                              json_array_get_element (array, i),
                                              where, error);
          if (record == NULL)
            return NULL;
          g_ptr_array_add (doc->collections[c], record);

          id = coprod_record_get_id (COPROD_RECORD (record));
          first = g_hash_table_lookup (seen, id);
          if (first != NULL)
            {
              g_set_error (error, COPROD_ERROR, COPROD_ERROR_DUPLICATE_ID,
                           "%s: the id \"%s\" is already used by %s",
                           where, id, first);
              return NULL;
            }
          g_hash_table_insert (seen, (gpointer) id, g_steal_pointer (&where));
        }
    }

  return g_steal_pointer (&doc);
}

/* json-glib 1.6 writes U+001F inside strings as a raw byte, which is not
 * JSON (and which the guard refuses when the document is read again).
 * Outside strings the pretty generator writes only spaces and newlines,
 * so every other control byte is inside a string: escape it. */
static char *
escape_control_characters (char  *data,
                           gsize *length)
{
  GString *out;
  gsize i;

  for (i = 0; i < *length; i++)
    if ((guchar) data[i] < 0x20 && data[i] != '\n')
      break;
  if (i == *length)
    return data;

  out = g_string_sized_new (*length + 16);
  for (i = 0; i < *length; i++)
    {
      guchar c = (guchar) data[i];

      if (c < 0x20 && c != '\n')
        g_string_append_printf (out, "\\u%04x", c);
      else
        g_string_append_c (out, (char) c);
    }
  g_free (data);

  *length = out->len;
  return g_string_free (out, FALSE);
}

void
_coprod_document_keep_unknown (CoprodDocument *doc,
                               gpointer        object)
{
  set_unknown (object, doc->unknown);
}

char *
_coprod_codec_write (GListModel * const *collections,
                     gpointer            object,
                     gsize              *length)
{
  JsonObject *unknown = get_unknown (object);
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  JsonObject *top = json_object_new ();
  char *data;
  gsize data_length;
  guint c;

  json_object_set_string_member (top, "format", "coprod");
  json_object_set_int_member (top, "version", COPROD_FORMAT_VERSION);

  for (c = 0; c < COPROD_N_COLLECTIONS; c++)
    {
      JsonArray *array = json_array_new ();
      guint i, n = g_list_model_get_n_items (collections[c]);

      for (i = 0; i < n; i++)
        {
          g_autoptr(GObject) record = g_list_model_get_item (collections[c], i);

          json_array_add_element (array, write_object (record));
        }
      json_object_set_array_member (top, _coprod_collections[c].member, array);
    }

  if (unknown != NULL)
    {
      JsonObjectIter iter;
      const char *member;
      JsonNode *node;

      json_object_iter_init_ordered (&iter, unknown);
      while (json_object_iter_next_ordered (&iter, &member, &node))
        if (!json_object_has_member (top, member))
          json_object_set_member (top, member, json_node_copy (node));
    }

  root = node_take_object (top);

  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);

  data = json_generator_to_data (generator, &data_length);
  data = escape_control_characters (data, &data_length);
  if (length != NULL)
    *length = data_length;

  return data;
}

GBytes *
_coprod_read_stream_limited (GInputStream  *stream,
                             const char    *what,
                             GCancellable  *cancellable,
                             GError       **error)
{
  g_autoptr(GByteArray) buffer = g_byte_array_new ();
  guint8 chunk[16384];

  for (;;)
    {
      gssize n;

      /* not every stream looks at the cancellable (memory streams do not) */
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return NULL;

      n = g_input_stream_read (stream, chunk, sizeof chunk, cancellable, error);

      if (n < 0)
        return NULL;
      if (n == 0)
        break;
      if (buffer->len + (gsize) n > COPROD_JSON_DEFAULT_MAX_SIZE)
        {
          g_set_error (error, COPROD_ERROR, COPROD_ERROR_LIMIT,
                       "the %s is larger than the limit of %" G_GSIZE_FORMAT " bytes",
                       what, COPROD_JSON_DEFAULT_MAX_SIZE);
          return NULL;
        }
      g_byte_array_append (buffer, chunk, (guint) n);
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&buffer));
}
