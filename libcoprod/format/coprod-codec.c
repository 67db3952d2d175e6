/* coprod-codec.c: the JSON format
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The format is written from the records' field tables
 * (model/coprod-field-private.h): a member for every field that is saved,
 * named as the property with '_' for '-' (Popolo's spelling: "person_id",
 * "retain_until"), in table order; enums as their nick, flags as an array
 * of nicks (a single flag as one nick), dates and other strings as
 * strings, lists of strings as arrays, and the lists of objects inside a
 * record (a project's involvements, a partnership's memberships) as arrays
 * of objects. Members this version does not know are kept on the object
 * they were read with and written back after the known ones.
 *
 * Reading is strict: the bytes pass the guard (coprod-json-guard.c) before
 * json-glib sees them, and every member is checked against its field
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
#include "coprod-record-private.h"
#include "coprod-version.h"

/* The saved fields of @type, in the order they are written */
static const CoprodField *
saved_fields (GType  type,
              guint *n_fields)
{
  const CoprodField *fields = _coprod_fields_of_type (type, n_fields);

  /* every record type and every object inside a record has a table */
  g_assert (fields != NULL);
  return fields;
}

static const CoprodField *
find_saved_field (GType       type,
                  const char *member)
{
  const CoprodField *field = _coprod_fields_find_member (type, member);

  if (field == NULL || (field->flags & COPROD_FIELD_NOT_SAVED) != 0)
    return NULL;

  return field;
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
string_from_node (const CoprodField  *field,
                  JsonNode           *node,
                  GValue             *value,
                  const char         *where,
                  const char         *member,
                  GError            **error)
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

  switch (field->kind)
    {
    case COPROD_FIELD_DATE:
      {
        g_autoptr(GError) local_error = NULL;

        if (!coprod_date_validate (str, &local_error))
          return _coprod_json_member_error (error, COPROD_ERROR_DATE, where, member,
                               "%s", local_error->message);
      }
      break;

    case COPROD_FIELD_CURRENCY:
      if (!_coprod_currency_is_valid (str))
        {
          return _coprod_json_member_error (error, COPROD_ERROR_VALUE, where, member,
                                            "not an ISO 4217 currency code "
                                            "(three capital letters, such as GBP)");
        }
      break;

    case COPROD_FIELD_REF:
      if (!coprod_record_id_is_valid (str))
        {
          return _coprod_json_member_error (error, COPROD_ERROR_ID, where, member,
                                            "not a valid record id");
        }
      break;

    case COPROD_FIELD_TEXT:
    case COPROD_FIELD_REFS:
    case COPROD_FIELD_STRV:
    case COPROD_FIELD_ENUM:
    case COPROD_FIELD_FLAGS:
    case COPROD_FIELD_SINGLE_FLAG:
    case COPROD_FIELD_INT:
    case COPROD_FIELD_UINT:
    case COPROD_FIELD_INT64:
    case COPROD_FIELD_DOUBLE:
    case COPROD_FIELD_BOOLEAN:
    case COPROD_FIELD_CHILDREN:
    default:
      break;
    }

  g_value_set_string (value, str);

  return TRUE;
}

static gboolean
integer_from_node (const CoprodField  *field,
                   JsonNode           *node,
                   GValue             *value,
                   const char         *where,
                   const char         *member,
                   GError            **error)
{
  gint64 v;

  if (!JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_INT64)
    return _coprod_json_member_error (error, COPROD_ERROR_TYPE, where, member,
                                      "expected an integer, found %s",
                                      _coprod_json_node_type_name (node));
  v = json_node_get_int (node);

  if (v < field->minimum || v > field->maximum)
    return _coprod_json_member_error (error, COPROD_ERROR_VALUE, where, member,
                                      "%" G_GINT64_FORMAT " is outside the range %"
                                      G_GINT64_FORMAT " to %" G_GINT64_FORMAT,
                                      v, field->minimum, field->maximum);

  if (field->kind == COPROD_FIELD_INT64)
    g_value_set_int64 (value, v);
  else if (field->kind == COPROD_FIELD_INT)
    g_value_set_int (value, (int) v);
  else
    g_value_set_uint (value, (guint) v);

  return TRUE;
}

static gboolean
nick_from_node (GFlagsClass  *fclass,
                GEnumClass   *eclass,
                JsonNode     *node,
                guint        *out,
                const char   *where,
                const char   *member,
                GError      **error)
{
  g_autofree char *nicks = NULL;
  const char *nick;

  if (!_coprod_json_node_is_string (node))
    return _coprod_json_member_error (error, COPROD_ERROR_TYPE, where, member,
                                      "expected a string, found %s",
                                      _coprod_json_node_type_name (node));

  nick = json_node_get_string (node);
  if (eclass != NULL)
    {
      GEnumValue *ev = g_enum_get_value_by_nick (eclass, nick);

      if (ev != NULL)
        {
          *out = (guint) ev->value;
          return TRUE;
        }
      nicks = nicks_of_enum (eclass);
    }
  else
    {
      GFlagsValue *fv = g_flags_get_value_by_nick (fclass, nick);

      if (fv != NULL)
        {
          *out = fv->value;
          return TRUE;
        }
      nicks = nicks_of_flags (fclass);
    }

  {
    return _coprod_json_member_error (error, COPROD_ERROR_VALUE, where, member,
                                      "an unknown value (expected one of: %s)",
                                      nicks);
  }
}

static gboolean
value_from_node (const CoprodField  *field,
                 JsonNode           *node,
                 GValue             *value,
                 const char         *where,
                 const char         *member,
                 GError            **error)
{
  g_value_init (value, G_PARAM_SPEC_VALUE_TYPE (field->pspec));

  switch (field->kind)
    {
    case COPROD_FIELD_TEXT:
    case COPROD_FIELD_DATE:
    case COPROD_FIELD_CURRENCY:
    case COPROD_FIELD_REF:
      return string_from_node (field, node, value, where, member, error);

    case COPROD_FIELD_BOOLEAN:
      if (!JSON_NODE_HOLDS_VALUE (node) ||
          json_node_get_value_type (node) != G_TYPE_BOOLEAN)
        return _coprod_json_member_error (error, COPROD_ERROR_TYPE, where, member,
                                          "expected true or false, found %s",
                                          _coprod_json_node_type_name (node));
      g_value_set_boolean (value, json_node_get_boolean (node));
      return TRUE;

    case COPROD_FIELD_INT:
    case COPROD_FIELD_UINT:
    case COPROD_FIELD_INT64:
      return integer_from_node (field, node, value, where, member, error);

    case COPROD_FIELD_DOUBLE:
      {
        double v;

        if (!JSON_NODE_HOLDS_VALUE (node) ||
            (json_node_get_value_type (node) != G_TYPE_DOUBLE &&
             json_node_get_value_type (node) != G_TYPE_INT64))
          return _coprod_json_member_error (error, COPROD_ERROR_TYPE, where, member,
                                            "expected a number, found %s",
                                            _coprod_json_node_type_name (node));
        v = json_node_get_double (node);
        if (!isfinite (v) || v < field->dminimum || v > field->dmaximum)
          return _coprod_json_member_error (error, COPROD_ERROR_VALUE, where, member,
                                            "%g is outside the range %g to %g",
                                            v, field->dminimum, field->dmaximum);
        g_value_set_double (value, v);
        return TRUE;
      }

    case COPROD_FIELD_ENUM:
      {
        GEnumClass *eclass = G_PARAM_SPEC_ENUM (field->pspec)->enum_class;
        guint v;

        if (!nick_from_node (NULL, eclass, node, &v, where, member, error))
          return FALSE;
        g_value_set_enum (value, (int) v);
        return TRUE;
      }

    case COPROD_FIELD_SINGLE_FLAG:
      {
        GFlagsClass *fclass = G_PARAM_SPEC_FLAGS (field->pspec)->flags_class;
        guint v;

        if (!nick_from_node (fclass, NULL, node, &v, where, member, error))
          return FALSE;
        g_value_set_flags (value, v);
        return TRUE;
      }

    case COPROD_FIELD_FLAGS:
      {
        GFlagsClass *fclass = G_PARAM_SPEC_FLAGS (field->pspec)->flags_class;
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
                                                  "element %u: an unknown value (expected any of: %s)",
                                                  i, nicks);
              }
            flags |= fv->value;
          }
        g_value_set_flags (value, flags);
        return TRUE;
      }

    case COPROD_FIELD_STRV:
    case COPROD_FIELD_REFS:
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
            const char *str;

            if (!_coprod_json_node_is_string (element))
              return _coprod_json_member_error (error, COPROD_ERROR_TYPE, where, member,
                                                "element %u: expected a string, found %s",
                                                i, _coprod_json_node_type_name (element));
            str = json_node_get_string (element);
            if (field->kind == COPROD_FIELD_REFS && !coprod_record_id_is_valid (str))
              {
                return _coprod_json_member_error (error, COPROD_ERROR_ID, where, member,
                                                  "element %u: not a valid record id",
                                                  i);
              }
            g_strv_builder_add (builder, str);
          }
        g_value_take_boxed (value, g_strv_builder_end (builder));
        return TRUE;
      }

    case COPROD_FIELD_CHILDREN:
    default:
      g_assert_not_reached ();
    }
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
read_children (const CoprodField  *field,
               GObject            *owner,
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

      child = read_object (field->type (),
                                         json_array_get_element (array, i),
                                         child_where, error);
      if (child == NULL)
        return FALSE;
      _coprod_field_add_child (owner, field, child);
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
  g_autoptr(GPtrArray) children = g_ptr_array_new (); /* JsonNode, then CoprodField, pairs */
  g_autoptr(JsonObject) unknown = json_object_new ();
  g_autoptr(GObject) object = NULL;
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
                       "%s, member \"id\": not a valid id "
                       "(1 to 256 bytes, no control characters, no characters "
                       "that reorder text, no white space at either end)", where);
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
      const CoprodField *field;

      if (is_record && g_str_equal (member, "id"))
        continue;

      field = find_saved_field (type, member);
      if (field == NULL)
        {
          json_object_set_member (unknown, member, json_node_copy (value_node));
          continue;
        }

      if (field->kind == COPROD_FIELD_CHILDREN)
        {
          g_ptr_array_add (children, value_node);
          g_ptr_array_add (children, (gpointer) field);
          continue;
        }

      g_array_set_size (values, values->len + 1);
      if (!value_from_node (field, value_node,
                            &g_array_index (values, GValue, values->len - 1),
                            where, member, error))
        return NULL;
      g_ptr_array_add (names, (gpointer) field->name);
    }

  object = g_object_new_with_properties (type, names->len,
                                         (const char **) names->pdata,
                                         (const GValue *) values->data);

  for (i = 0; i < children->len; i += 2)
    {
      const CoprodField *field = g_ptr_array_index (children, i + 1);

      if (!read_children (field, object, g_ptr_array_index (children, i),
                          where, field->member, error))
        return NULL;
    }

  set_unknown (object, unknown);

  return g_steal_pointer (&object);
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

/* The records of a parsed document; the tree is taken apart as they are
 * made, so that a record and its part of the tree are not both held */
static CoprodDocument *
read_tree (JsonNode  *root,
           GError   **error)
{
  g_autoptr(CoprodDocument) doc = g_new0 (CoprodDocument, 1);
  g_autoptr(GHashTable) seen = NULL;   /* id -> where it was first seen */
  JsonObject *top;
  JsonObjectIter iter;
  const char *member;
  JsonNode *node;
  guint c;

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

          /* the record holds what it needs (unknown members by reference):
           * its part of the tree can go */
          json_node_init_null (json_array_get_element (array, i));

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

CoprodDocument *
_coprod_codec_read (const char  *data,
                    gsize        length,
                    GError     **error)
{
  g_autoptr(JsonNode) root = _coprod_json_parse (data, length, error);

  return root != NULL ? read_tree (root, error) : NULL;
}

CoprodDocument *
_coprod_codec_read_bytes (GBytes  *bytes,
                          GError **error)
{
  g_autoptr(JsonNode) root = NULL;
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  root = _coprod_json_parse (data ? data : "", length, error);
  /* the tree holds copies of the strings: the text can go before the
   * records are made */
  g_bytes_unref (bytes);

  return root != NULL ? read_tree (root, error) : NULL;
}

/* Writing: the text is made straight from the field tables, in the layout
 * json-glib's generator gives (two-space indentation, " : " between a
 * member's name and its value, an empty array as [], an empty object as
 * { } with the indentation of its level inside), without building a tree
 * first. Two things json-glib 1.6 writes that are not JSON are written as
 * JSON: U+001F in a string (it writes the raw byte) is escaped, and a
 * number with an exponent has no ".0" after it ("1e+21", not "1e+21.0"). */

typedef struct
{
  GString  *out;
  gboolean  pretty;
} Writer;

static void
write_indent (Writer *w,
              guint   level)
{
  static const char spaces[] = "                                                                ";
  gsize n = (gsize) level * 2;

  if (!w->pretty)
    return;

  while (n > 0)
    {
      gsize k = MIN (n, sizeof spaces - 1);

      g_string_append_len (w->out, spaces, (gssize) k);
      n -= k;
    }
}

static void
write_string (Writer     *w,
              const char *s)
{
  const char *run = s;
  const char *p;

  g_string_append_c (w->out, '"');
  for (p = s; *p != '\0'; p++)
    {
      guchar c = (guchar) *p;
      const char *escape;
      char buf[8];

      if (c >= 0x20 && c != '"' && c != '\\' && c != 0x7f)
        continue;

      switch (c)
        {
        case '"':  escape = "\\\""; break;
        case '\\': escape = "\\\\"; break;
        case '\b': escape = "\\b"; break;
        case '\f': escape = "\\f"; break;
        case '\n': escape = "\\n"; break;
        case '\r': escape = "\\r"; break;
        case '\t': escape = "\\t"; break;
        default:
          g_snprintf (buf, sizeof buf, "\\u%04x", c);
          escape = buf;
          break;
        }

      g_string_append_len (w->out, run, p - run);
      g_string_append (w->out, escape);
      run = p + 1;
    }
  g_string_append_len (w->out, run, p - run);
  g_string_append_c (w->out, '"');
}

static void
write_double (Writer *w,
              double  value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  g_ascii_dtostr (buf, sizeof buf, value);
  g_string_append (w->out, buf);
  /* a double, not an integer: 2.0, but 1e+21 as it is */
  if (strpbrk (buf, ".eE") == NULL)
    g_string_append (w->out, ".0");
}

/* The name of a member and what goes between it and its value */
static void
write_member_name (Writer     *w,
                   guint       level,
                   const char *name)
{
  write_indent (w, level);
  write_string (w, name);
  g_string_append (w->out, w->pretty ? " : " : ":");
}

/* Opens the next member or element of a container at @level: the comma
 * after the one before, and the line break */
static void
write_separator (Writer   *w,
                 gboolean *first)
{
  if (!*first)
    g_string_append_c (w->out, ',');
  if (w->pretty)
    g_string_append_c (w->out, '\n');
  *first = FALSE;
}

/* Closes a container opened at @level: its last line break and
 * indentation; an empty array is [] */
static void
write_close (Writer   *w,
             guint     level,
             gboolean  empty,
             char      closer)
{
  if (w->pretty && !empty)
    g_string_append_c (w->out, '\n');
  if (!(empty && closer == ']'))
    write_indent (w, level);
  g_string_append_c (w->out, closer);
}

static void write_node (Writer *w, guint level, JsonNode *node);

static void
write_json_object (Writer     *w,
                   guint       level,
                   JsonObject *object)
{
  JsonObjectIter iter;
  const char *name;
  JsonNode *member;
  gboolean first = TRUE;

  g_string_append_c (w->out, '{');
  json_object_iter_init_ordered (&iter, object);
  while (json_object_iter_next_ordered (&iter, &name, &member))
    {
      write_separator (w, &first);
      write_member_name (w, level + 1, name);
      write_node (w, level + 1, member);
    }
  write_close (w, level, first, '}');
}

static void
write_node (Writer   *w,
            guint     level,
            JsonNode *node)
{
  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      write_json_object (w, level, json_node_get_object (node));
      break;

    case JSON_NODE_ARRAY:
      {
        JsonArray *array = json_node_get_array (node);
        guint i, n = json_array_get_length (array);
        gboolean first = TRUE;

        g_string_append_c (w->out, '[');
        for (i = 0; i < n; i++)
          {
            write_separator (w, &first);
            write_indent (w, level + 1);
            write_node (w, level + 1, json_array_get_element (array, i));
          }
        write_close (w, level, first, ']');
      }
      break;

    case JSON_NODE_NULL:
      g_string_append (w->out, "null");
      break;

    case JSON_NODE_VALUE:
    default:
      switch (json_node_get_value_type (node))
        {
        case G_TYPE_STRING:
          write_string (w, json_node_get_string (node));
          break;
        case G_TYPE_BOOLEAN:
          g_string_append (w->out, json_node_get_boolean (node) ? "true" : "false");
          break;
        case G_TYPE_DOUBLE:
          write_double (w, json_node_get_double (node));
          break;
        case G_TYPE_INT64:
        default:
          g_string_append_printf (w->out, "%" G_GINT64_FORMAT, json_node_get_int (node));
          break;
        }
      break;
    }
}

static void write_object (Writer *w, guint level, GObject *object);

/* One field of @object as a member, unless it has no value to write */
static void
write_field (Writer            *w,
             guint              level,
             GObject           *object,
             const CoprodField *field,
             gboolean          *first)
{
  gpointer p = _COPROD_FIELD_P (object, field);

  switch (field->kind)
    {
    case COPROD_FIELD_TEXT:
    case COPROD_FIELD_DATE:
    case COPROD_FIELD_CURRENCY:
    case COPROD_FIELD_REF:
      {
        const char *str = *(char **) p;

        if (str == NULL)
          return;
        write_separator (w, first);
        write_member_name (w, level, field->member);
        write_string (w, str);
      }
      return;

    case COPROD_FIELD_SINGLE_FLAG:
      {
        const char *nick = _coprod_flags_first_nick (field->type (), *(guint *) p);

        if (nick == NULL)
          return;
        write_separator (w, first);
        write_member_name (w, level, field->member);
        write_string (w, nick);
      }
      return;

    case COPROD_FIELD_BOOLEAN:
    case COPROD_FIELD_INT:
    case COPROD_FIELD_UINT:
    case COPROD_FIELD_INT64:
    case COPROD_FIELD_DOUBLE:
    case COPROD_FIELD_ENUM:
    case COPROD_FIELD_FLAGS:
    case COPROD_FIELD_STRV:
    case COPROD_FIELD_REFS:
    case COPROD_FIELD_CHILDREN:
    default:
      break;
    }

  write_separator (w, first);
  write_member_name (w, level, field->member);

  switch (field->kind)
    {
    case COPROD_FIELD_BOOLEAN:
      g_string_append (w->out, *(gboolean *) p ? "true" : "false");
      break;

    case COPROD_FIELD_INT:
      g_string_append_printf (w->out, "%d", *(int *) p);
      break;

    case COPROD_FIELD_UINT:
      g_string_append_printf (w->out, "%u", *(guint *) p);
      break;

    case COPROD_FIELD_INT64:
      g_string_append_printf (w->out, "%" G_GINT64_FORMAT, *(gint64 *) p);
      break;

    case COPROD_FIELD_DOUBLE:
      write_double (w, *(double *) p);
      break;

    case COPROD_FIELD_ENUM:
      {
        const char *nick = _coprod_enum_nick (field->type (), *(int *) p);

        /* the setters let no other value in */
        g_assert (nick != NULL);
        write_string (w, nick);
      }
      break;

    case COPROD_FIELD_FLAGS:
      {
        GFlagsClass *fclass = G_PARAM_SPEC_FLAGS (field->pspec)->flags_class;
        guint flags = *(guint *) p;
        gboolean first_element = TRUE;
        guint i;

        g_string_append_c (w->out, '[');
        for (i = 0; i < fclass->n_values; i++)
          {
            guint v = fclass->values[i].value;

            if (v != 0 && (flags & v) == v)
              {
                write_separator (w, &first_element);
                write_indent (w, level + 1);
                write_string (w, fclass->values[i].value_nick);
              }
          }
        write_close (w, level, first_element, ']');
      }
      break;

    case COPROD_FIELD_STRV:
    case COPROD_FIELD_REFS:
      {
        const char * const *strv = *(const char * const **) p;
        gboolean first_element = TRUE;

        g_string_append_c (w->out, '[');
        for (; strv != NULL && *strv != NULL; strv++)
          {
            write_separator (w, &first_element);
            write_indent (w, level + 1);
            write_string (w, *strv);
          }
        write_close (w, level, first_element, ']');
      }
      break;

    case COPROD_FIELD_CHILDREN:
      {
        GListModel *children = *(GListModel **) p;
        guint i, n = children ? g_list_model_get_n_items (children) : 0;
        gboolean first_element = TRUE;

        g_string_append_c (w->out, '[');
        for (i = 0; i < n; i++)
          {
            GObject *child = g_list_model_get_item (children, i);

            write_separator (w, &first_element);
            write_indent (w, level + 1);
            write_object (w, level + 1, child);
            g_object_unref (child);
          }
        write_close (w, level, first_element, ']');
      }
      break;

    case COPROD_FIELD_TEXT:
    case COPROD_FIELD_DATE:
    case COPROD_FIELD_CURRENCY:
    case COPROD_FIELD_REF:
    case COPROD_FIELD_SINGLE_FLAG:
    default:
      g_assert_not_reached ();
    }
}

/* A record or an object inside one: its id, its saved fields in table
 * order, then the members it was read with and did not understand */
static void
write_object (Writer  *w,
              guint    level,
              GObject *object)
{
  const CoprodField *fields;
  JsonObject *unknown;
  gboolean first = TRUE;
  guint i, n_fields;

  g_string_append_c (w->out, '{');

  if (COPROD_IS_RECORD (object))
    {
      write_separator (w, &first);
      write_member_name (w, level + 1, "id");
      write_string (w, coprod_record_get_id (COPROD_RECORD (object)));
    }

  fields = saved_fields (G_OBJECT_TYPE (object), &n_fields);
  for (i = 0; i < n_fields; i++)
    if ((fields[i].flags & COPROD_FIELD_NOT_SAVED) == 0)
      write_field (w, level + 1, object, &fields[i], &first);

  unknown = get_unknown (object);
  if (unknown != NULL)
    {
      JsonObjectIter iter;
      const char *member;
      JsonNode *node;

      json_object_iter_init_ordered (&iter, unknown);
      while (json_object_iter_next_ordered (&iter, &member, &node))
        {
          const CoprodField *field = find_saved_field (G_OBJECT_TYPE (object), member);

          /* a member read as unknown is never one of the fields written,
           * but a record's id is written first, by itself */
          if (field != NULL || (COPROD_IS_RECORD (object) && g_str_equal (member, "id")))
            continue;
          write_separator (w, &first);
          write_member_name (w, level + 1, member);
          write_node (w, level + 1, node);
        }
    }

  write_close (w, level, first, '}');
}

static void
write_document (Writer             *w,
                GListModel * const *collections,
                JsonObject         *unknown)
{
  gboolean first = TRUE;
  guint c;

  g_string_append_c (w->out, '{');
  write_separator (w, &first);
  write_member_name (w, 1, "format");
  write_string (w, "coprod");
  write_separator (w, &first);
  write_member_name (w, 1, "version");
  g_string_append_printf (w->out, "%d", COPROD_FORMAT_VERSION);

  for (c = 0; c < COPROD_N_COLLECTIONS; c++)
    {
      guint i, n = g_list_model_get_n_items (collections[c]);
      gboolean first_record = TRUE;

      write_separator (w, &first);
      write_member_name (w, 1, _coprod_collections[c].member);
      g_string_append_c (w->out, '[');
      for (i = 0; i < n; i++)
        {
          GObject *record = g_list_model_get_item (collections[c], i);

          write_separator (w, &first_record);
          write_indent (w, 2);
          write_object (w, 2, record);
          g_object_unref (record);
        }
      write_close (w, 1, first_record, ']');
    }

  if (unknown != NULL)
    {
      JsonObjectIter iter;
      const char *member;
      JsonNode *node;

      json_object_iter_init_ordered (&iter, unknown);
      while (json_object_iter_next_ordered (&iter, &member, &node))
        {
          write_separator (w, &first);
          write_member_name (w, 1, member);
          write_node (w, 1, node);
        }
    }

  write_close (w, 0, first, '}');
}

void
_coprod_document_keep_unknown (CoprodDocument *doc,
                               gpointer        object)
{
  set_unknown (object, doc->unknown);
}

char *
_coprod_codec_write_within (GListModel * const *collections,
                            gpointer            object,
                            gsize               max_size,
                            gsize              *length)
{
  Writer w = { NULL, TRUE };
  gsize total = 0;
  guint c;

  /* a guess at the size saves copying the text as it grows */
  for (c = 0; c < COPROD_N_COLLECTIONS; c++)
    total += g_list_model_get_n_items (collections[c]);
  w.out = g_string_sized_new (MIN (total * 512 + 4096, max_size));

  write_document (&w, collections, get_unknown (object));

  /* Indentation can make a large registry's text larger than a document
   * may be (a compact document near the limit grows by half): then it is
   * written compact, about as long as a compact document that was read */
  if (w.out->len > max_size)
    {
      g_string_truncate (w.out, 0);
      w.pretty = FALSE;
      write_document (&w, collections, get_unknown (object));
    }

  if (length != NULL)
    *length = w.out->len;

  return g_string_free (w.out, FALSE);
}

char *
_coprod_codec_write (GListModel * const *collections,
                     gpointer            object,
                     gsize              *length)
{
  return _coprod_codec_write_within (collections, object,
                                     COPROD_JSON_DEFAULT_MAX_SIZE, length);
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

GBytes *
_coprod_read_file_limited (GFile         *file,
                           const char    *what,
                           GCancellable  *cancellable,
                           GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GFileInputStream) stream = NULL;
  GFileType type;

  /* opening a FIFO for reading waits for a writer, and a device may never
   * end: look before opening */
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_TYPE,
                            G_FILE_QUERY_INFO_NONE, cancellable, error);
  if (info == NULL)
    return NULL;

  type = g_file_info_get_file_type (info);
  if (type == G_FILE_TYPE_DIRECTORY)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY,
                   "the %s is a folder, not a file", what);
      return NULL;
    }
  if (type != G_FILE_TYPE_REGULAR && g_file_is_native (file))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                   "the %s is not a regular file (a pipe, a socket or a "
                   "device cannot be read as one)", what);
      return NULL;
    }

  stream = g_file_read (file, cancellable, error);
  if (stream == NULL)
    return NULL;

  return _coprod_read_stream_limited (G_INPUT_STREAM (stream), what, cancellable, error);
}

gboolean
_coprod_codec_check_size (gsize    length,
                          gsize    max_size,
                          GError **error)
{
  if (length <= max_size)
    return TRUE;

  g_set_error (error, COPROD_ERROR, COPROD_ERROR_INVALID,
               "refusing to save: the document would be %" G_GSIZE_FORMAT
               " bytes, more than the %" G_GSIZE_FORMAT " a document may be, "
               "so it would not load again", length, max_size);
  return FALSE;
}
