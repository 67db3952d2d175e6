/* test-roundtrip.c: random documents survive load and save
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Builds 1,000 random registries from a fixed seed by walking the model
 * generically: every collection of _coprod_collections, every property of
 * each record type (and of the child objects in its lists) as GObject
 * reports them, with random values that the property allows. Each
 * registry is saved, and random members the library does not know are
 * injected at every level of the document (top level, each record, each
 * child object). The result is then loaded, saved, loaded and saved: the
 * two saved documents must be byte-identical, and equal (json_node_equal)
 * to the injected document, so every injected member survived and no
 * value changed on the way.
 *
 * Nothing here names a record type, so a new one is covered as soon as it
 * has a row in _coprod_collections; a property of a type this test cannot
 * make values for fails the test.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include <json-glib/json-glib.h>

#include "coprod-test-util.h"
#include "coprod-collections-private.h"
#include "coprod-record-private.h"

#define N_DOCUMENTS      1000
#define SEED             20240611
#define MAX_EXACT        G_GINT64_CONSTANT (9007199254740991)

typedef struct
{
  GRand      *rand;
  guint       next_id;
  GHashTable *covered;   /* "Type:property" set to a value, at least once */
} Gen;

/* Pieces random strings are made of: ASCII, JSON's special characters,
 * controls (U+001F is the one json-glib 1.6 forgets to escape), and
 * characters of 2, 3 and 4 bytes in UTF-8. */
static const char * const pieces[] = {
  "a", "b", "Z", "0", "7", " ", "-", "_", ".", ",", ":", "/", "{", "]",
  "\"", "\\", "\n", "\t", "\r", "\b", "\f", "\x01", "\x1e", "\x1f", "\x7f",
  "\xc3\xa9",             /* é */
  "\xc5\x82",             /* ł */
  "\xe2\x82\xac",         /* € */
  "\xe2\x80\xa8",         /* U+2028 */
  "\xef\xbb\xbf",         /* U+FEFF */
  "\xe6\x97\xa5",         /* 日 */
  "\xf0\x9f\x98\x80",     /* 😀 */
  "\xf4\x8f\xbf\xbf",     /* U+10FFFF */
  "Ash Tully",
  "Kit Oduya-Brand",
};

static gint64
rand_int64 (Gen    *gen,
            gint64  min,
            gint64  max)
{
  guint64 span, r;

  g_assert (min <= max);

  /* the ends of a range are where mistakes are */
  switch (g_rand_int_range (gen->rand, 0, 8))
    {
    case 0:
      return min;
    case 1:
      return max;
    default:
      break;
    }

  span = (guint64) max - (guint64) min;
  r = ((guint64) g_rand_int (gen->rand) << 32) | g_rand_int (gen->rand);
  if (span != G_MAXUINT64)
    r %= span + 1;
  /* mostly small numbers, sometimes anything in the range */
  if (g_rand_boolean (gen->rand) && span > 1000)
    r %= 1000;

  return (gint64) ((guint64) min + r);
}

static char *
rand_text (Gen   *gen,
           guint  max_pieces)
{
  GString *s = g_string_new (NULL);
  guint n = g_rand_int_range (gen->rand, 0, max_pieces + 1);

  for (guint i = 0; i < n; i++)
    g_string_append (s, pieces[g_rand_int_range (gen->rand, 0, G_N_ELEMENTS (pieces))]);

  return g_string_free (s, FALSE);
}

/* A valid record id, unique in the run: no control characters, no white
 * space at either end. */
static char *
rand_id (Gen *gen)
{
  static const char * const id_pieces[] = {
    "p", "org", "x", "\xc3\xa9", "\xe6\x97\xa5", "\xf0\x9f\x98\x80", "\"", "\\", "/", " ", ".",
  };
  GString *s = g_string_new (NULL);
  guint n = g_rand_int_range (gen->rand, 0, 4);

  for (guint i = 0; i < n; i++)
    g_string_append (s, id_pieces[g_rand_int_range (gen->rand, 0, G_N_ELEMENTS (id_pieces))]);
  g_string_append_printf (s, "-%u", gen->next_id++);

  /* ends in a digit; must not start with a space */
  if (s->str[0] == ' ')
    g_string_prepend_c (s, 'r');
  g_assert (coprod_record_id_is_valid (s->str));

  return g_string_free (s, FALSE);
}

static char *
rand_date (Gen *gen)
{
  guint year = (guint) g_rand_int_range (gen->rand, 1000, 10000);
  guint month = (guint) g_rand_int_range (gen->rand, 1, 13);
  guint day;

  switch (g_rand_int_range (gen->rand, 0, 3))
    {
    case 0:
      return g_strdup_printf ("%04u", year);
    case 1:
      return g_strdup_printf ("%04u-%02u", year, month);
    default:
      day = (guint) g_rand_int_range (gen->rand, 1,
                                      g_date_get_days_in_month ((GDateMonth) month,
                                                                (GDateYear) year) + 1);
      return g_strdup_printf ("%04u-%02u-%02u", year, month, day);
    }
}

/* The field a property was made from: the field table says what the
 * codec writes and what each value holds */
static const CoprodField *
field_of (GParamSpec *pspec)
{
  const CoprodField *field = _coprod_field_of_pspec (pspec);

  if (field == NULL)
    fail_msg ("property %s:%s has no field", g_type_name (pspec->owner_type), pspec->name);
  return field;
}

static gboolean
is_children (GParamSpec *pspec,
             GType      *child_type)
{
  const CoprodField *field = _coprod_field_of_pspec (pspec);

  if (field == NULL || field->kind != COPROD_FIELD_CHILDREN)
    return FALSE;
  if (child_type != NULL)
    *child_type = field->type ();
  return TRUE;
}

static char *
rand_string_for (Gen        *gen,
                 GParamSpec *pspec)
{
  switch (field_of (pspec)->kind)
    {
    case COPROD_FIELD_DATE:
      return rand_date (gen);
    case COPROD_FIELD_CURRENCY:
      return g_strdup_printf ("%c%c%c",
                              'A' + g_rand_int_range (gen->rand, 0, 26),
                              'A' + g_rand_int_range (gen->rand, 0, 26),
                              'A' + g_rand_int_range (gen->rand, 0, 26));
    case COPROD_FIELD_REF:
      return rand_id (gen);
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
      return rand_text (gen, 6);
    }
}

static double
rand_double (Gen    *gen,
             double  min,
             double  max)
{
  double lo = MAX (min, -1e300);
  double hi = MIN (max, 1e300);

  switch (g_rand_int_range (gen->rand, 0, 8))
    {
    case 0:
      return min;
    case 1:
      return max;
    case 2:
      /* a whole number, written without a fraction */
      return CLAMP (floor (g_rand_double_range (gen->rand, lo, hi)), lo, hi);
    default:
      if (hi - lo > 1e6 && g_rand_boolean (gen->rand))
        return CLAMP (g_rand_double_range (gen->rand, -1000.0, 1000.0), lo, hi);
      return g_rand_double_range (gen->rand, lo, hi);
    }
}

/* Fills value with a random value the pspec allows. */
static void
rand_value (Gen        *gen,
            GParamSpec *pspec,
            GValue     *value)
{
  GType type = G_PARAM_SPEC_VALUE_TYPE (pspec);

  g_value_init (value, type);

  if (type == G_TYPE_STRING)
    g_value_take_string (value, rand_string_for (gen, pspec));
  else if (type == G_TYPE_BOOLEAN)
    g_value_set_boolean (value, g_rand_boolean (gen->rand));
  else if (type == G_TYPE_INT64)
    {
      GParamSpecInt64 *p = G_PARAM_SPEC_INT64 (pspec);

      g_value_set_int64 (value, rand_int64 (gen, MAX (p->minimum, -MAX_EXACT),
                                            MIN (p->maximum, MAX_EXACT)));
    }
  else if (type == G_TYPE_INT)
    {
      GParamSpecInt *p = G_PARAM_SPEC_INT (pspec);

      g_value_set_int (value, (int) rand_int64 (gen, p->minimum, p->maximum));
    }
  else if (type == G_TYPE_UINT)
    {
      GParamSpecUInt *p = G_PARAM_SPEC_UINT (pspec);

      g_value_set_uint (value, (guint) rand_int64 (gen, p->minimum, p->maximum));
    }
  else if (type == G_TYPE_DOUBLE)
    {
      GParamSpecDouble *p = G_PARAM_SPEC_DOUBLE (pspec);

      g_value_set_double (value, rand_double (gen, p->minimum, p->maximum));
    }
  else if (G_TYPE_IS_ENUM (type))
    {
      GEnumClass *eclass = G_PARAM_SPEC_ENUM (pspec)->enum_class;

      g_value_set_enum (value, eclass->values[g_rand_int_range (gen->rand, 0, eclass->n_values)].value);
    }
  else if (G_TYPE_IS_FLAGS (type))
    {
      GFlagsClass *fclass = G_PARAM_SPEC_FLAGS (pspec)->flags_class;
      guint flags = 0;

      if (field_of (pspec)->kind == COPROD_FIELD_SINGLE_FLAG)
        {
          guint v;

          do
            v = fclass->values[g_rand_int_range (gen->rand, 0, fclass->n_values)].value;
          while (v == 0 || (v & (v - 1)) != 0);
          flags = v;
        }
      else
        {
          for (guint i = 0; i < fclass->n_values; i++)
            if (g_rand_int_range (gen->rand, 0, 3) == 0)
              flags |= fclass->values[i].value;
        }
      g_value_set_flags (value, flags);
    }
  else if (type == G_TYPE_STRV)
    {
      g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
      guint n = g_rand_int_range (gen->rand, 0, 4);

      for (guint i = 0; i < n; i++)
        {
          g_autofree char *s = NULL;

          if (field_of (pspec)->kind == COPROD_FIELD_REFS)
            s = rand_id (gen);
          else
            s = rand_text (gen, 4);
          g_strv_builder_add (builder, s);
        }
      g_value_take_boxed (value, g_strv_builder_end (builder));
    }
  else
    fail_msg ("property %s:%s is of type %s, which this test cannot fill",
              g_type_name (pspec->owner_type), pspec->name, g_type_name (type));
}

/* The properties the codec writes: the saved fields of the type's table
 * (a record's id is not a field: it is written first, by itself) */
static gboolean
is_serialized (GType       type,
               GParamSpec *pspec)
{
  const CoprodField *field = _coprod_field_of_pspec (pspec);

  return field != NULL && (field->flags & COPROD_FIELD_NOT_SAVED) == 0;
}

static void
cover (Gen        *gen,
       GType       type,
       GParamSpec *pspec)
{
  g_hash_table_add (gen->covered, g_strdup_printf ("%s:%s", g_type_name (type), pspec->name));
}

static GObject *
rand_object (Gen   *gen,
             GType  type,
             guint  depth)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (type);
  g_autofree GParamSpec **pspecs = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autoptr(GArray) values = g_array_new (FALSE, TRUE, sizeof (GValue));
  g_autoptr(GObject) object = NULL;
  guint n_pspecs, i;

  g_array_set_clear_func (values, (GDestroyNotify) g_value_unset);

  if (g_type_is_a (type, COPROD_TYPE_RECORD))
    {
      g_ptr_array_add (names, (gpointer) "id");
      g_array_set_size (values, 1);
      g_value_init (&g_array_index (values, GValue, 0), G_TYPE_STRING);
      g_value_take_string (&g_array_index (values, GValue, 0), rand_id (gen));
    }

  pspecs = g_object_class_list_properties (G_OBJECT_CLASS (klass), &n_pspecs);
  for (i = 0; i < n_pspecs; i++)
    {
      GParamSpec *pspec = pspecs[i];

      if (!is_serialized (type, pspec) || is_children (pspec, NULL))
        continue;
      /* leave some at their defaults */
      if (g_rand_int_range (gen->rand, 0, 4) == 0)
        continue;

      g_array_set_size (values, values->len + 1);
      rand_value (gen, pspec, &g_array_index (values, GValue, values->len - 1));
      g_ptr_array_add (names, (gpointer) pspec->name);
      cover (gen, type, pspec);
    }

  object = g_object_new_with_properties (type, names->len,
                                         (const char **) names->pdata,
                                         (const GValue *) values->data);

  for (i = 0; i < n_pspecs; i++)
    {
      GType child_type;
      guint n_children, j;

      if (!is_children (pspecs[i], &child_type))
        continue;

      n_children = depth < 3 ? g_rand_int_range (gen->rand, 0, 3) : 0;
      for (j = 0; j < n_children; j++)
        {
          g_autoptr(GObject) child = rand_object (gen, child_type, depth + 1);

          _coprod_field_add_child (object, field_of (pspecs[i]), child);
        }
      if (n_children > 0)
        cover (gen, type, pspecs[i]);
    }

  return g_steal_pointer (&object);
}

/* Injected members */

static gboolean
name_is_taken (GType       type,
               JsonObject *object,
               const char *name)
{
  g_autofree char *property = NULL;

  if (json_object_has_member (object, name))
    return TRUE;

  if (type == G_TYPE_NONE)
    {
      /* the top level: the header and every collection */
      if (g_str_equal (name, "format") || g_str_equal (name, "version"))
        return TRUE;
      for (guint c = 0; c < COPROD_N_COLLECTIONS; c++)
        if (g_str_equal (name, _coprod_collections[c].member))
          return TRUE;
      return FALSE;
    }

  if (g_str_equal (name, "id"))
    return TRUE;

  /* any name that maps to a property, whether written or not */
  property = g_strdelimit (g_strdup (name), "_", '-');
  {
    g_autoptr(GTypeClass) klass = g_type_class_ref (type);

    return g_object_class_find_property (G_OBJECT_CLASS (klass), property) != NULL ||
           g_object_class_find_property (G_OBJECT_CLASS (klass), name) != NULL;
  }
}

static char *
rand_member_name (Gen *gen)
{
  static const char * const name_pieces[] = {
    "x", "note", "_", "-", "id", "name", "date", "ids", "\xc3\xa9", "\xe6\x97\xa5",
    "\"", "\\", " ", "\n", "\x1f", "\xf0\x9f\x98\x80", "format", "people", "0",
  };
  GString *s = g_string_new (NULL);
  guint n = g_rand_int_range (gen->rand, 1, 5);

  for (guint i = 0; i < n; i++)
    g_string_append (s, name_pieces[g_rand_int_range (gen->rand, 0, G_N_ELEMENTS (name_pieces))]);

  return g_string_free (s, FALSE);
}

static JsonNode *
rand_json (Gen   *gen,
           guint  depth)
{
  guint kind = g_rand_int_range (gen->rand, 0, depth < 3 ? 8 : 6);

  switch (kind)
    {
    case 0:
      return json_node_init_null (json_node_alloc ());
    case 1:
      return json_node_init_boolean (json_node_alloc (), g_rand_boolean (gen->rand));
    case 2:
      return json_node_init_int (json_node_alloc (), rand_int64 (gen, -MAX_EXACT, MAX_EXACT));
    case 3:
      {
        double d = rand_double (gen, -1e300, 1e300);

        /* a whole double would come back as an integer: json_node_equal
         * treats them as equal, so either is fine */
        return json_node_init_double (json_node_alloc (), d);
      }
    case 4:
    case 5:
      {
        g_autofree char *s = rand_text (gen, 5);

        return json_node_init_string (json_node_alloc (), s);
      }
    case 6:
      {
        JsonArray *array = json_array_new ();
        guint n = g_rand_int_range (gen->rand, 0, 4);
        JsonNode *node;

        for (guint i = 0; i < n; i++)
          json_array_add_element (array, rand_json (gen, depth + 1));
        node = json_node_init_array (json_node_alloc (), array);
        json_array_unref (array);
        return node;
      }
    default:
      {
        JsonObject *object = json_object_new ();
        guint n = g_rand_int_range (gen->rand, 0, 4);
        JsonNode *node;

        for (guint i = 0; i < n; i++)
          {
            g_autofree char *name = rand_member_name (gen);

            if (!json_object_has_member (object, name))
              json_object_set_member (object, name, rand_json (gen, depth + 1));
          }
        node = json_node_init_object (json_node_alloc (), object);
        json_object_unref (object);
        return node;
      }
    }
}

/* Adds 0 to 2 unknown members to object (of a record or child of type,
 * or the top level for G_TYPE_NONE); returns how many. */
static guint
inject (Gen        *gen,
        GType       type,
        JsonObject *object)
{
  guint n = g_rand_int_range (gen->rand, 0, 3);
  guint added = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = rand_member_name (gen);

      if (name_is_taken (type, object, name))
        continue;
      json_object_set_member (object, name, rand_json (gen, 0));
      added++;
    }

  return added;
}

static guint
inject_object (Gen        *gen,
               GType       type,
               JsonObject *object)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (type);
  g_autofree GParamSpec **pspecs = NULL;
  guint n_pspecs, i, added;

  /* first the children, whose members are known by name */
  pspecs = g_object_class_list_properties (G_OBJECT_CLASS (klass), &n_pspecs);
  added = 0;
  for (i = 0; i < n_pspecs; i++)
    {
      g_autofree char *member = NULL;
      GType child_type;
      JsonArray *array;

      if (!is_children (pspecs[i], &child_type))
        continue;
      member = g_strdelimit (g_strdup (pspecs[i]->name), "-", '_');
      assert_true (json_object_has_member (object, member));
      array = json_object_get_array_member (object, member);
      assert_non_null (array);
      for (guint j = 0; j < json_array_get_length (array); j++)
        added += inject_object (gen, child_type,
                                json_array_get_object_element (array, j));
    }

  return added + inject (gen, type, object);
}

static guint
inject_document (Gen      *gen,
                 JsonNode *root)
{
  JsonObject *top = json_node_get_object (root);
  guint added = 0;

  for (guint c = 0; c < COPROD_N_COLLECTIONS; c++)
    {
      JsonArray *array = json_object_get_array_member (top, _coprod_collections[c].member);

      assert_non_null (array);
      for (guint i = 0; i < json_array_get_length (array); i++)
        added += inject_object (gen, _coprod_collections[c].get_type (),
                                json_array_get_object_element (array, i));
    }

  return added + inject (gen, G_TYPE_NONE, top);
}

/* Every member of expected is in actual with an equal value, recursively
 * through the document's records and children, so that a failure names
 * the path. */
static void
assert_contains (JsonNode   *expected,
                 JsonNode   *actual,
                 const char *path)
{
  if (json_node_equal (expected, actual))
    return;

  if (JSON_NODE_HOLDS_OBJECT (expected) && JSON_NODE_HOLDS_OBJECT (actual))
    {
      JsonObject *e = json_node_get_object (expected);
      JsonObject *a = json_node_get_object (actual);
      JsonObjectIter iter;
      const char *name;
      JsonNode *node;

      json_object_iter_init_ordered (&iter, e);
      while (json_object_iter_next_ordered (&iter, &name, &node))
        {
          g_autofree char *sub = g_strdup_printf ("%s.\"%s\"", path, name);

          if (!json_object_has_member (a, name))
            fail_msg ("%s is missing after a load and save", sub);
          assert_contains (node, json_object_get_member (a, name), sub);
        }
      if (json_object_get_size (a) != json_object_get_size (e))
        fail_msg ("%s has %u members after a load and save, not %u", path,
                  json_object_get_size (a), json_object_get_size (e));
      return;
    }

  if (JSON_NODE_HOLDS_ARRAY (expected) && JSON_NODE_HOLDS_ARRAY (actual))
    {
      JsonArray *e = json_node_get_array (expected);
      JsonArray *a = json_node_get_array (actual);

      if (json_array_get_length (e) != json_array_get_length (a))
        fail_msg ("%s has %u elements after a load and save, not %u", path,
                  json_array_get_length (a), json_array_get_length (e));
      for (guint i = 0; i < json_array_get_length (e); i++)
        {
          g_autofree char *sub = g_strdup_printf ("%s[%u]", path, i);

          assert_contains (json_array_get_element (e, i), json_array_get_element (a, i), sub);
        }
      return;
    }

  {
    g_autoptr(JsonGenerator) gen = json_generator_new ();
    g_autofree char *e = NULL;
    g_autofree char *a = NULL;

    json_generator_set_root (gen, expected);
    e = json_generator_to_data (gen, NULL);
    json_generator_set_root (gen, actual);
    a = json_generator_to_data (gen, NULL);
    fail_msg ("%s changed on a load and save: %s became %s", path, e, a);
  }
}

/* json-glib 1.6's generator writes U+001F raw inside strings, which is
 * not JSON; outside strings it writes no such byte, so each one can be
 * escaped where it stands. Takes data. */
static char *
escape_unit_separator (char *data)
{
  g_auto(GStrv) parts = g_strsplit (data, "\x1f", -1);

  g_free (data);
  return g_strjoinv ("\\u001f", parts);
}

static void
load_or_fail (CoprodRegistry *registry,
              const char     *data,
              guint           document)
{
  g_autoptr(GError) error = NULL;

  if (!coprod_registry_load_from_data (registry, data, -1, &error))
    fail_msg ("document %u does not load: %s\n%.4000s", document, error->message, data);
}

static void
roundtrip_one (Gen   *gen,
               guint  document,
               guint *n_records,
               guint *n_injected)
{
  g_autoptr(CoprodRegistry) built = coprod_registry_new ();
  g_autoptr(CoprodRegistry) first = coprod_registry_new ();
  g_autoptr(CoprodRegistry) second = coprod_registry_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(JsonNode) saved_root = NULL;
  g_autofree char *original = NULL;
  g_autofree char *injected = NULL;
  g_autofree char *saved1 = NULL;
  g_autofree char *saved2 = NULL;
  guint c;

  for (c = 0; c < COPROD_N_COLLECTIONS; c++)
    {
      GType type = _coprod_collections[c].get_type ();
      GListModel *collection = coprod_registry_get_collection (built, type);
      /* small documents, so that valgrind gets through 1,000 of them
       * quickly: a collection has a record or two one time in six */
      guint n = g_rand_int_range (gen->rand, 0, 6) == 0 ? g_rand_int_range (gen->rand, 1, 3) : 0;

      assert_non_null (collection);
      assert_true (g_list_model_get_item_type (collection) == type);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(GObject) record = rand_object (gen, type, 0);
          g_autoptr(GError) error = NULL;

          if (!coprod_registry_add (built, COPROD_RECORD (record), &error))
            fail_msg ("%s", error->message);
        }
      assert_int_equal (g_list_model_get_n_items (collection), n);
      *n_records += n;
    }

  original = coprod_registry_to_data (built, NULL);
  root = coprod_test_parse_json (original);
  *n_injected += inject_document (gen, root);

  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, g_rand_boolean (gen->rand));
  injected = escape_unit_separator (json_generator_to_data (generator, NULL));

  load_or_fail (first, injected, document);
  saved1 = coprod_registry_to_data (first, NULL);
  load_or_fail (second, saved1, document);
  saved2 = coprod_registry_to_data (second, NULL);

  if (!g_str_equal (saved1, saved2))
    fail_msg ("document %u: the second save differs from the first:\n%.4000s\n---\n%.4000s",
              document, saved1, saved2);

  saved_root = coprod_test_parse_json (saved1);
  assert_contains (root, saved_root, "document");
}

static void
test_roundtrip (void **state)
{
  Gen gen = { 0 };
  guint n_records = 0, n_injected = 0;
  guint c;

  gen.rand = g_rand_new_with_seed (SEED);
  gen.covered = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint d = 0; d < N_DOCUMENTS; d++)
    roundtrip_one (&gen, d, &n_records, &n_injected);

  /* the run reached every record type and every property of each, and
   * of the children in their lists */
  for (c = 0; c < COPROD_N_COLLECTIONS; c++)
    {
      GType type = _coprod_collections[c].get_type ();
      g_autoptr(GPtrArray) types = g_ptr_array_new ();

      g_ptr_array_add (types, GSIZE_TO_POINTER (type));
      for (guint t = 0; t < types->len; t++)
        {
          GType ttype = GPOINTER_TO_SIZE (g_ptr_array_index (types, t));
          g_autoptr(GTypeClass) klass = g_type_class_ref (ttype);
          g_autofree GParamSpec **pspecs = NULL;
          guint n_pspecs;

          pspecs = g_object_class_list_properties (G_OBJECT_CLASS (klass), &n_pspecs);
          for (guint i = 0; i < n_pspecs; i++)
            {
              g_autofree char *key = NULL;
              GType child_type;

              if (!is_serialized (ttype, pspecs[i]))
                continue;
              key = g_strdup_printf ("%s:%s", g_type_name (ttype), pspecs[i]->name);
              if (!g_hash_table_contains (gen.covered, key))
                fail_msg ("no document set %s", key);
              if (is_children (pspecs[i], &child_type))
                g_ptr_array_add (types, GSIZE_TO_POINTER (child_type));
            }
        }
    }

  assert_true (n_records > N_DOCUMENTS);
  assert_true (n_injected > N_DOCUMENTS);

  g_hash_table_unref (gen.covered);
  g_rand_free (gen.rand);
}

/* A string in the first record of a collection, or in the first child
 * of one of its lists; "" if there is none. */
static const char *
string_at (JsonNode   *root,
           const char *collection,
           const char *member,
           const char *child_member)
{
  JsonArray *records = json_object_get_array_member (json_node_get_object (root), collection);
  JsonObject *object = json_array_get_object_element (records, 0);

  if (child_member != NULL)
    {
      object = json_array_get_object_element (json_object_get_array_member (object, member), 0);
      member = child_member;
    }

  return json_object_has_member (object, member) ? json_object_get_string_member (object, member) : "";
}

/* Every control character, escaped in the input as JSON requires, in a
 * record's string, a child's string, an unknown member's name and its
 * value: the document loads, and what the library writes loads again
 * with the same values. */
static void
test_control_characters (void **state)
{
  g_autoptr(GString) failures = g_string_new (NULL);
  guint c;

  for (c = 0x01; c <= 0x7f; c++)
    {
      g_autoptr(CoprodRegistry) first = coprod_registry_new ();
      g_autoptr(CoprodRegistry) second = coprod_registry_new ();
      g_autoptr(GError) error = NULL;
      g_autoptr(JsonNode) in = NULL;
      g_autoptr(JsonNode) out = NULL;
      g_autofree char *input = NULL;
      g_autofree char *saved = NULL;

      if (c >= 0x20 && c < 0x7f)
        continue;

      input = g_strdup_printf ("{\"format\": \"coprod\", \"version\": 1, "
                               "\"people\": [{\"id\": \"p-1\", \"name\": \"Ash\\u%04XTully\"}], "
                               "\"partnerships\": [{\"id\": \"prt-1\", \"memberships\": "
                               "[{\"member_id\": \"p-1\", \"role\": \"co\\u%04Xchair\"}]}], "
                               "\"x\\u%04Xy\": [\"a\\u%04Xb\"]}",
                               c, c, c, c);
      if (!coprod_registry_load_from_data (first, input, -1, &error))
        {
          g_string_append_printf (failures, "U+%04X: the input does not load: %s\n", c, error->message);
          continue;
        }

      saved = coprod_registry_to_data (first, NULL);
      if (!coprod_registry_load_from_data (second, saved, -1, &error))
        {
          g_string_append_printf (failures, "U+%04X: what the library wrote does not load: %s\n",
                                  c, error->message);
          continue;
        }

      in = coprod_test_parse_json (input);
      out = coprod_test_parse_json (saved);
      if (!g_str_equal (string_at (in, "people", "name", NULL),
                        string_at (out, "people", "name", NULL)))
        g_string_append_printf (failures, "U+%04X: the name changed\n", c);
      if (!g_str_equal (string_at (in, "partnerships", "memberships", "role"),
                        string_at (out, "partnerships", "memberships", "role")))
        g_string_append_printf (failures, "U+%04X: the membership's role changed\n", c);
      {
        g_autofree char *name = g_strdup_printf ("x%cy", (char) c);
        JsonObject *top_in = json_node_get_object (in);
        JsonObject *top_out = json_node_get_object (out);

        if (!json_object_has_member (top_out, name) ||
            !json_node_equal (json_object_get_member (top_in, name),
                              json_object_get_member (top_out, name)))
          g_string_append_printf (failures, "U+%04X: the unknown member changed\n", c);
      }
    }

  if (failures->len > 0)
    {
      /* fail_msg() jumps out: free first, so that valgrind sees no leak */
      static char report[8192];

      g_strlcpy (report, failures->str, sizeof report);
      g_string_free (g_steal_pointer (&failures), TRUE);
      fail_msg ("%s", report);
    }
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_control_characters),
    cmocka_unit_test (test_roundtrip),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
