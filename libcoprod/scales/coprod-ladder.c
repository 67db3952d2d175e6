/* coprod-ladder.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "coprod-codec-private.h"
#include "coprod-enum-types.h"
#include "coprod-error.h"
#include "coprod-json-guard-private.h"
#include "coprod-ladder.h"
#include "coprod-record-private.h"
#include "coprod-ladders-resources.h"
#include "coprod-step-private.h"

/**
 * CoprodLadder:
 *
 * A ladder of involvement: a way of presenting how far people with lived
 * experience take part, from being passive recipients at the bottom to
 * equal partners at the top.
 *
 * libcoprod assesses work on one canonical scale, [enum@Coprod.Rung]. A
 * ladder presents that scale in its own [class@Coprod.Step]s and words;
 * [method@Coprod.Ladder.get_step_for_rung] finds the step that presents a
 * rung. Every rung from %COPROD_RUNG_COERCION to
 * %COPROD_RUNG_CO_PRODUCTION is presented by exactly one step of every
 * ladder; where a ladder has fewer steps, one step presents several rungs.
 *
 * The built-in ladders ([func@Coprod.Ladder.list_builtin]):
 *
 * - `tlap`, the default: the ladder of co-production of Think Local Act
 *   Personal and the National Co-production Advisory Group, whose seven
 *   steps are the canonical rungs
 * - `flse`: the same ladder as Fulfilling Lives South East words it
 * - `arnstein`: Arnstein's ladder of citizen participation (1969)
 * - `iap2`: the IAP2 spectrum of public participation, with its promises
 * - `hart`: Hart's ladder of children's participation (1992)
 *
 * Only `tlap` matches the canonical scale step for step; the others'
 * crosswalks are approximate ([property@Coprod.Ladder:approximate]).
 *
 * Other ladders load from JSON, with
 * [ctor@Coprod.Ladder.new_from_data] and friends:
 *
 * ```json
 * { "format": "coprod-ladder", "version": 1,
 *   "key": "our-ladder", "title": "Our ladder of involvement",
 *   "summary": "How our forum talks about taking part",
 *   "source": "Agreed by the forum board, 2024",
 *   "ladder_version": "1", "approximate": true,
 *   "steps": [
 *     { "key": "told", "title": "We are told", "group": "doing to",
 *       "rungs": ["coercion", "educating", "informing"] },
 *     { "key": "asked", "title": "We are asked", "group": "doing for",
 *       "rungs": ["consultation", "engagement"] },
 *     { "key": "together", "title": "We do it together", "group": "doing with",
 *       "summary": "Equal partners from planning to evaluating",
 *       "promise": "Nothing about us without us",
 *       "rungs": ["co-design", "co-production"] } ] }
 * ```
 *
 * Steps run bottom to top. `rungs` lists the nicks of the canonical rungs
 * a step presents, bottom to top, with none skipped; together the steps
 * must present each rung from `coercion` to `co-production` exactly once,
 * in order. A step may present no rung (`"rungs": []`) when it lies beyond
 * what the canonical scale tells apart. `summary`, `source`,
 * `ladder_version`, `group` and `promise` may be left out or %NULL;
 * `approximate` is %TRUE when left out. Other members are ignored.
 *
 * ```c
 * CoprodLadder *ladder = coprod_ladder_get_builtin ("iap2");
 * CoprodStep *step = coprod_ladder_get_step_for_rung (ladder,
 *                                                     COPROD_RUNG_ENGAGEMENT);
 *
 * g_print ("%s: %s\n", coprod_step_get_title (step),
 *          coprod_step_get_promise (step));
 * ```
 *
 * Since: 0.1
 */

struct _CoprodLadder
{
  GObject parent_instance;

  char *key;
  char *title;
  char *summary;
  char *source;
  char *version;
  gboolean approximate;
  GListStore *steps;
};

G_DEFINE_FINAL_TYPE (CoprodLadder, coprod_ladder, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_KEY,
  PROP_TITLE,
  PROP_SUMMARY,
  PROP_SOURCE,
  PROP_VERSION,
  PROP_APPROXIMATE,
  PROP_STEPS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* In the order coprod_ladder_list_builtin() gives; the first is the
 * default. Each is libcoprod/scales/ladders/KEY.json. */
static const char * const builtin_keys[] = {
  "tlap",
  "flse",
  "arnstein",
  "iap2",
  "hart",
  NULL
};

#define N_BUILTIN (G_N_ELEMENTS (builtin_keys) - 1)

static CoprodLadder *builtin_ladders[N_BUILTIN];

#define RESOURCE_PREFIX "/org/libcoprod/ladders/"

static void
coprod_ladder_dispose (GObject *object)
{
  CoprodLadder *self = COPROD_LADDER (object);

  g_clear_object (&self->steps);

  G_OBJECT_CLASS (coprod_ladder_parent_class)->dispose (object);
}

static void
coprod_ladder_finalize (GObject *object)
{
  CoprodLadder *self = COPROD_LADDER (object);

  g_clear_pointer (&self->key, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->summary, g_free);
  g_clear_pointer (&self->source, g_free);
  g_clear_pointer (&self->version, g_free);

  G_OBJECT_CLASS (coprod_ladder_parent_class)->finalize (object);
}

static void
coprod_ladder_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  CoprodLadder *self = COPROD_LADDER (object);

  switch (prop_id)
    {
    case PROP_KEY:
      g_value_set_string (value, self->key);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_SUMMARY:
      g_value_set_string (value, self->summary);
      break;

    case PROP_SOURCE:
      g_value_set_string (value, self->source);
      break;

    case PROP_VERSION:
      g_value_set_string (value, self->version);
      break;

    case PROP_APPROXIMATE:
      g_value_set_boolean (value, self->approximate);
      break;

    case PROP_STEPS:
      g_value_set_object (value, self->steps);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coprod_ladder_class_init (CoprodLadderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = (G_PARAM_READABLE |
                             G_PARAM_EXPLICIT_NOTIFY |
                             G_PARAM_STATIC_STRINGS);

  object_class->dispose = coprod_ladder_dispose;
  object_class->finalize = coprod_ladder_finalize;
  object_class->get_property = coprod_ladder_get_property;

  /**
   * CoprodLadder:key:
   *
   * The ladder's key: `tlap`, `flse`, `arnstein`, `iap2` or `hart` for
   * the built-in ladders, whatever its JSON says for another.
   *
   * Since: 0.1
   */
  properties[PROP_KEY] =
    g_param_spec_string ("key", NULL, NULL, "", flags);

  /**
   * CoprodLadder:title:
   *
   * The ladder's name, for people to read.
   *
   * Since: 0.1
   */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, "", flags);

  /**
   * CoprodLadder:summary:
   *
   * What the ladder is and where it is used, in a sentence or two.
   *
   * Since: 0.1
   */
  properties[PROP_SUMMARY] =
    g_param_spec_string ("summary", NULL, NULL, NULL, flags);

  /**
   * CoprodLadder:source:
   *
   * Where the ladder comes from, as free text (for example
   * "Arnstein, 1969").
   *
   * Since: 0.1
   */
  properties[PROP_SOURCE] =
    g_param_spec_string ("source", NULL, NULL, NULL, flags);

  /**
   * CoprodLadder:version:
   *
   * The version of the ladder's data, so that reports can say which
   * wording they used.
   *
   * Since: 0.1
   */
  properties[PROP_VERSION] =
    g_param_spec_string ("version", NULL, NULL, NULL, flags);

  /**
   * CoprodLadder:approximate:
   *
   * Whether the ladder's steps match the canonical rungs only
   * approximately. %FALSE only for a ladder whose steps are the canonical
   * rungs one for one, in the same sense, as `tlap`'s are.
   *
   * Since: 0.1
   */
  properties[PROP_APPROXIMATE] =
    g_param_spec_boolean ("approximate", NULL, NULL, TRUE, flags);

  /**
   * CoprodLadder:steps:
   *
   * The steps, a [iface@Gio.ListModel] of [class@Coprod.Step], bottom to
   * top.
   *
   * Since: 0.1
   */
  properties[PROP_STEPS] =
    g_param_spec_object ("steps", NULL, NULL, G_TYPE_LIST_MODEL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
coprod_ladder_init (CoprodLadder *self)
{
  self->key = g_strdup ("");
  self->title = g_strdup ("");
  self->approximate = TRUE;
  self->steps = g_list_store_new (COPROD_TYPE_STEP);
}

/* Reading the JSON form */

static const char *
node_type_name (JsonNode *node)
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

static gboolean
node_is_string (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) &&
         json_node_get_value_type (node) == G_TYPE_STRING;
}

/* "where" is "ladder" or "steps[N]" with the step's key once known */
G_GNUC_PRINTF (5, 6)
static gboolean
member_error (GError     **error,
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

/* A string member. @required: it must be there and not empty; otherwise
 * a missing member, null or "" give NULL. */
static gboolean
read_string (JsonObject  *object,
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
        return member_error (error, COPROD_ERROR_VALUE, where, member,
                             "missing; it is required");
      return TRUE;
    }

  if (!node_is_string (node))
    return member_error (error, COPROD_ERROR_TYPE, where, member,
                         "expected a string, found %s", node_type_name (node));

  str = json_node_get_string (node);
  if (str[0] == '\0')
    {
      if (required)
        return member_error (error, COPROD_ERROR_VALUE, where, member,
                             "empty; it is required");
      return TRUE;
    }

  *out = g_strdup (str);
  return TRUE;
}

static const char *
rung_nick (CoprodRung rung)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (COPROD_TYPE_RUNG);
  GEnumValue *value = g_enum_get_value (klass, (int) rung);

  /* the class stays alive: enum classes are never finalized */
  return value != NULL ? value->value_nick : "?";
}

static char *
rung_nicks (void)
{
  GString *s = g_string_new (NULL);
  CoprodRung r;

  for (r = COPROD_RUNG_COERCION; r <= COPROD_RUNG_CO_PRODUCTION; r++)
    g_string_append_printf (s, "%s%s", r > COPROD_RUNG_COERCION ? ", " : "",
                            rung_nick (r));

  return g_string_free (s, FALSE);
}

/* What reading the steps so far has found */
typedef struct
{
  GHashTable *keys;        /* the steps' keys, owned */
  CoprodRung  highest;     /* the highest rung presented so far */
  const char *owners[COPROD_RUNG_CO_PRODUCTION + 1];  /* rung -> step key, in keys */
} StepsState;

/* The rungs of the step @key: nicks of canonical rungs, bottom to top,
 * each the one above the highest rung presented so far, so that together
 * the steps present every rung once, in order. An empty list gives
 * NONE..NONE. */
static gboolean
read_rungs (JsonObject  *step,
            const char  *where,
            const char  *key,
            StepsState  *state,
            CoprodRung  *rung_min,
            CoprodRung  *rung_max,
            GError     **error)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (COPROD_TYPE_RUNG);
  JsonNode *node = json_object_get_member (step, "rungs");
  JsonArray *array;
  guint i, n;

  *rung_min = *rung_max = COPROD_RUNG_NONE;

  if (node == NULL)
    return member_error (error, COPROD_ERROR_VALUE, where, "rungs",
                         "missing; list the canonical rungs the step "
                         "presents, or [] for none");

  if (!JSON_NODE_HOLDS_ARRAY (node))
    return member_error (error, COPROD_ERROR_TYPE, where, "rungs",
                         "expected an array, found %s", node_type_name (node));

  array = json_node_get_array (node);
  n = json_array_get_length (array);
  for (i = 0; i < n; i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      const char *nick;
      GEnumValue *value;
      CoprodRung rung;

      if (!node_is_string (element))
        return member_error (error, COPROD_ERROR_TYPE, where, "rungs",
                             "item %u: expected a string, found %s",
                             i, node_type_name (element));

      nick = json_node_get_string (element);
      value = g_enum_get_value_by_nick (klass, nick);
      if (value == NULL)
        {
          g_autofree char *known = rung_nicks ();

          return member_error (error, COPROD_ERROR_VALUE, where, "rungs",
                               "unknown rung \"%.*s\"; the rungs are %s",
                               _coprod_utf8_cut (nick, 40), nick, known);
        }

      rung = (CoprodRung) value->value;
      if (rung == COPROD_RUNG_NONE)
        return member_error (error, COPROD_ERROR_VALUE, where, "rungs",
                             "\"none\" is not a rung a step can present; "
                             "use [] for a step that presents none");

      /* every rung up to the highest so far has its step */
      if (rung <= state->highest)
        return member_error (error, COPROD_ERROR_VALUE, where, "rungs",
                             "the rung \"%s\" is presented twice: step "
                             "\"%.*s\" presents it already, and each rung "
                             "belongs to exactly one step",
                             nick, _coprod_utf8_cut (state->owners[rung], 40),
                             state->owners[rung]);

      /* the next rung up must come next: within a step, none skipped;
       * across steps, none left without a step */
      if (rung != state->highest + 1)
        return member_error (error, COPROD_ERROR_VALUE, where, "rungs",
                             "\"%s\" comes before any step presents the rung "
                             "\"%s\": each rung from \"coercion\" to "
                             "\"co-production\" needs a step, and a step's "
                             "rungs follow each other with none skipped",
                             nick, rung_nick ((CoprodRung) (state->highest + 1)));

      if (i == 0)
        *rung_min = rung;
      *rung_max = rung;
      state->highest = rung;
      state->owners[rung] = key;
    }

  return TRUE;
}

static CoprodStep *
read_step (JsonNode    *node,
           guint        index,
           StepsState  *state,
           GError     **error)
{
  g_autofree char *where = g_strdup_printf ("steps[%u]", index);
  g_autofree char *key = NULL;
  g_autofree char *title = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *group = NULL;
  g_autofree char *promise = NULL;
  char *owned_key;
  CoprodRung rung_min, rung_max;
  JsonObject *object;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      g_set_error (error, COPROD_ERROR, COPROD_ERROR_TYPE,
                   "%s: expected an object, found %s", where, node_type_name (node));
      return NULL;
    }
  object = json_node_get_object (node);

  if (!read_string (object, where, "key", TRUE, &key, error))
    return NULL;

  g_free (where);
  where = g_strdup_printf ("steps[%u] \"%.*s\"", index, _coprod_utf8_cut (key, 40), key);

  if (g_hash_table_contains (state->keys, key))
    {
      g_set_error (error, COPROD_ERROR, COPROD_ERROR_VALUE,
                   "%s, member \"key\": another step has the same key", where);
      return NULL;
    }

  /* the table's copy outlives this step's reading, for later messages */
  owned_key = g_strdup (key);
  g_hash_table_add (state->keys, owned_key);

  if (!read_string (object, where, "title", TRUE, &title, error) ||
      !read_string (object, where, "summary", FALSE, &summary, error) ||
      !read_string (object, where, "group", FALSE, &group, error) ||
      !read_string (object, where, "promise", FALSE, &promise, error) ||
      !read_rungs (object, where, owned_key, state, &rung_min, &rung_max, error))
    return NULL;

  return _coprod_step_new (key, title, summary, group, promise, index + 1,
                           rung_min, rung_max);
}

static CoprodLadder *
ladder_from_data (const char  *data,
                  gsize        length,
                  GError     **error)
{
  g_autoptr(CoprodLadder) self = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GHashTable) keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  StepsState state = { NULL, COPROD_RUNG_NONE, { NULL } };
  g_autofree char *key = NULL;
  g_autofree char *title = NULL;
  JsonObject *top;
  JsonNode *node;
  JsonArray *steps;
  guint i, n;

  root = _coprod_codec_parse (data, length, error);
  if (root == NULL)
    return NULL;

  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error (error, COPROD_ERROR, COPROD_ERROR_FORMAT,
                   "not a coprod ladder: the top level is %s, not an object",
                   node_type_name (root));
      return NULL;
    }
  top = json_node_get_object (root);

  if (!_coprod_codec_check_header (top, "coprod-ladder", "ladder",
                                   COPROD_LADDER_FORMAT_VERSION, error))
    return NULL;

  self = g_object_new (COPROD_TYPE_LADDER, NULL);

  if (!read_string (top, "ladder", "key", TRUE, &key, error) ||
      !read_string (top, "ladder", "title", TRUE, &title, error) ||
      !read_string (top, "ladder", "summary", FALSE, &self->summary, error) ||
      !read_string (top, "ladder", "source", FALSE, &self->source, error) ||
      !read_string (top, "ladder", "ladder_version", FALSE, &self->version, error))
    return NULL;

  g_free (self->key);
  self->key = g_steal_pointer (&key);
  g_free (self->title);
  self->title = g_steal_pointer (&title);

  node = json_object_get_member (top, "approximate");
  if (node != NULL && !JSON_NODE_HOLDS_NULL (node))
    {
      if (!JSON_NODE_HOLDS_VALUE (node) ||
          json_node_get_value_type (node) != G_TYPE_BOOLEAN)
        {
          member_error (error, COPROD_ERROR_TYPE, "ladder", "approximate",
                        "expected a boolean, found %s", node_type_name (node));
          return NULL;
        }
      self->approximate = json_node_get_boolean (node);
    }

  node = json_object_get_member (top, "steps");
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      member_error (error, COPROD_ERROR_VALUE, "ladder", "steps",
                    "missing; a ladder needs at least one step");
      return NULL;
    }
  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      member_error (error, COPROD_ERROR_TYPE, "ladder", "steps",
                    "expected an array, found %s", node_type_name (node));
      return NULL;
    }

  steps = json_node_get_array (node);
  n = json_array_get_length (steps);
  if (n == 0)
    {
      member_error (error, COPROD_ERROR_VALUE, "ladder", "steps",
                    "empty; a ladder needs at least one step");
      return NULL;
    }

  state.keys = keys;
  for (i = 0; i < n; i++)
    {
      g_autoptr(CoprodStep) step = NULL;

      step = read_step (json_array_get_element (steps, i), i, &state, error);
      if (step == NULL)
        return NULL;

      g_list_store_append (self->steps, step);
    }

  if (state.highest != COPROD_RUNG_CO_PRODUCTION)
    {
      member_error (error, COPROD_ERROR_VALUE, "ladder", "steps",
                    "no step presents the rung \"%s\"; every rung from "
                    "\"coercion\" to \"co-production\" needs one",
                    rung_nick ((CoprodRung) (state.highest + 1)));
      return NULL;
    }

  return g_steal_pointer (&self);
}

/* Reads @stream to its end, refusing more than the guard's size limit. */
static GBytes *
read_stream_limited (GInputStream  *stream,
                     GCancellable  *cancellable,
                     GError       **error)
{
  g_autoptr(GByteArray) buffer = g_byte_array_new ();
  guint8 chunk[16384];

  for (;;)
    {
      gssize n = g_input_stream_read (stream, chunk, sizeof chunk, cancellable, error);

      if (n < 0)
        return NULL;
      if (n == 0)
        break;
      if (buffer->len + (gsize) n > COPROD_JSON_DEFAULT_MAX_SIZE)
        {
          g_set_error (error, COPROD_ERROR, COPROD_ERROR_LIMIT,
                       "the ladder is larger than the limit of %" G_GSIZE_FORMAT " bytes",
                       COPROD_JSON_DEFAULT_MAX_SIZE);
          return NULL;
        }
      g_byte_array_append (buffer, chunk, (guint) n);
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&buffer));
}

/**
 * coprod_ladder_new_from_data:
 * @data: (array length=length) (element-type guint8): a ladder in JSON
 * @length: the length of @data in bytes, or -1 if it is nul-terminated
 * @error: return location for an error
 *
 * Reads a ladder from its JSON form (see [class@Coprod.Ladder]).
 *
 * Malformed JSON, input past the limits or a document that is not a
 * ladder give a %COPROD_ERROR as a registry does; a ladder of a newer
 * format version gives %COPROD_ERROR_VERSION; a member of the wrong JSON
 * type gives %COPROD_ERROR_TYPE; a missing or empty key or title, no
 * steps, an unknown rung, a rung presented twice, out of order or by no
 * step give %COPROD_ERROR_VALUE. Each message names the step (its index
 * and key) and the member.
 *
 * Returns: (transfer full): the ladder, or %NULL on error
 *
 * Since: 0.1
 */
CoprodLadder *
coprod_ladder_new_from_data (const char  *data,
                             gssize       length,
                             GError     **error)
{
  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (length < 0)
    length = (gssize) strlen (data);

  return ladder_from_data (data != NULL ? data : "", (gsize) length, error);
}

/**
 * coprod_ladder_new_from_bytes:
 * @bytes: a ladder in JSON
 * @error: return location for an error
 *
 * Reads a ladder from its JSON form, as
 * [ctor@Coprod.Ladder.new_from_data] does.
 *
 * Returns: (transfer full): the ladder, or %NULL on error
 *
 * Since: 0.1
 */
CoprodLadder *
coprod_ladder_new_from_bytes (GBytes  *bytes,
                              GError **error)
{
  const char *data;
  gsize length;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  data = g_bytes_get_data (bytes, &length);

  return ladder_from_data (data != NULL ? data : "", length, error);
}

/**
 * coprod_ladder_new_from_file:
 * @file: the file to read
 * @cancellable: (nullable): a cancellable
 * @error: return location for an error
 *
 * Reads a ladder from a JSON file, as [ctor@Coprod.Ladder.new_from_data]
 * does. Errors reading the file are in the %G_IO_ERROR domain.
 *
 * Returns: (transfer full): the ladder, or %NULL on error
 *
 * Since: 0.1
 */
CoprodLadder *
coprod_ladder_new_from_file (GFile         *file,
                             GCancellable  *cancellable,
                             GError       **error)
{
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stream = g_file_read (file, cancellable, error);
  if (stream == NULL)
    return NULL;

  bytes = read_stream_limited (G_INPUT_STREAM (stream), cancellable, error);
  if (bytes == NULL)
    return NULL;

  return coprod_ladder_new_from_bytes (bytes, error);
}

/* Built-in ladders */

static CoprodLadder *
load_builtin (const char *key)
{
  g_autofree char *path = g_strconcat (RESOURCE_PREFIX, key, ".json", NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  CoprodLadder *ladder;

  bytes = g_resource_lookup_data (_coprod_ladders_get_resource (), path,
                                  G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  if (bytes != NULL)
    ladder = coprod_ladder_new_from_bytes (bytes, &error);
  else
    ladder = NULL;

  /* The data is compiled in and checked by the tests: failing here is a
   * broken build, not bad input. */
  if (ladder == NULL)
    g_error ("the built-in ladder %s does not load: %s", key, error->message);
  if (!g_str_equal (ladder->key, key))
    g_error ("the built-in ladder %s has the key %s", key, ladder->key);

  return ladder;
}

/**
 * coprod_ladder_list_builtin:
 *
 * Lists the keys of the built-in ladders: `tlap` (the default), `flse`,
 * `arnstein`, `iap2` and `hart`, in that order.
 *
 * Returns: (transfer none) (array zero-terminated=1): the keys
 *
 * Since: 0.1
 */
const char * const *
coprod_ladder_list_builtin (void)
{
  return builtin_keys;
}

/**
 * coprod_ladder_get_builtin:
 * @key: the key of a built-in ladder, see [func@Coprod.Ladder.list_builtin]
 *
 * Gets a built-in ladder. It is read the first time it is asked for and
 * kept for the life of the program; this is safe from any thread.
 *
 * Returns: (transfer none) (nullable): the ladder, or %NULL if no built-in
 *   ladder has @key
 *
 * Since: 0.1
 */
CoprodLadder *
coprod_ladder_get_builtin (const char *key)
{
  guint i;

  g_return_val_if_fail (key != NULL, NULL);

  for (i = 0; i < N_BUILTIN; i++)
    if (g_str_equal (key, builtin_keys[i]))
      {
        if (g_once_init_enter (&builtin_ladders[i]))
          g_once_init_leave (&builtin_ladders[i], load_builtin (builtin_keys[i]));

        return builtin_ladders[i];
      }

  return NULL;
}

/**
 * coprod_ladder_get_default:
 *
 * Gets the default ladder, `tlap`: the ladder of co-production of Think
 * Local Act Personal, whose steps are the canonical rungs.
 *
 * Returns: (transfer none): the default ladder
 *
 * Since: 0.1
 */
CoprodLadder *
coprod_ladder_get_default (void)
{
  return coprod_ladder_get_builtin (builtin_keys[0]);
}

/**
 * coprod_ladder_get_key:
 * @self: a ladder
 *
 * Gets the ladder's key.
 *
 * Returns: the key
 *
 * Since: 0.1
 */
const char *
coprod_ladder_get_key (CoprodLadder *self)
{
  g_return_val_if_fail (COPROD_IS_LADDER (self), NULL);

  return self->key;
}

/**
 * coprod_ladder_get_title:
 * @self: a ladder
 *
 * Gets the ladder's name.
 *
 * Returns: the title
 *
 * Since: 0.1
 */
const char *
coprod_ladder_get_title (CoprodLadder *self)
{
  g_return_val_if_fail (COPROD_IS_LADDER (self), NULL);

  return self->title;
}

/**
 * coprod_ladder_get_summary:
 * @self: a ladder
 *
 * Gets what the ladder is and where it is used.
 *
 * Returns: (nullable): the summary
 *
 * Since: 0.1
 */
const char *
coprod_ladder_get_summary (CoprodLadder *self)
{
  g_return_val_if_fail (COPROD_IS_LADDER (self), NULL);

  return self->summary;
}

/**
 * coprod_ladder_get_source:
 * @self: a ladder
 *
 * Gets where the ladder comes from.
 *
 * Returns: (nullable): the source, as free text
 *
 * Since: 0.1
 */
const char *
coprod_ladder_get_source (CoprodLadder *self)
{
  g_return_val_if_fail (COPROD_IS_LADDER (self), NULL);

  return self->source;
}

/**
 * coprod_ladder_get_version:
 * @self: a ladder
 *
 * Gets the version of the ladder's data.
 *
 * Returns: (nullable): the version
 *
 * Since: 0.1
 */
const char *
coprod_ladder_get_version (CoprodLadder *self)
{
  g_return_val_if_fail (COPROD_IS_LADDER (self), NULL);

  return self->version;
}

/**
 * coprod_ladder_get_approximate:
 * @self: a ladder
 *
 * Gets whether the ladder's steps match the canonical rungs only
 * approximately.
 *
 * Returns: %TRUE if the crosswalk to the canonical rungs is approximate
 *
 * Since: 0.1
 */
gboolean
coprod_ladder_get_approximate (CoprodLadder *self)
{
  g_return_val_if_fail (COPROD_IS_LADDER (self), TRUE);

  return self->approximate;
}

/**
 * coprod_ladder_get_steps:
 * @self: a ladder
 *
 * Gets the ladder's steps, bottom to top. The list does not change.
 *
 * Returns: (transfer none): a list model of [class@Coprod.Step]
 *
 * Since: 0.1
 */
GListModel *
coprod_ladder_get_steps (CoprodLadder *self)
{
  g_return_val_if_fail (COPROD_IS_LADDER (self), NULL);

  return G_LIST_MODEL (self->steps);
}

/**
 * coprod_ladder_get_step_for_rung:
 * @self: a ladder
 * @rung: a canonical rung
 *
 * Finds the step of the ladder that presents @rung.
 *
 * Returns: (transfer none) (nullable): the step, or %NULL for
 *   %COPROD_RUNG_NONE
 *
 * Since: 0.1
 */
CoprodStep *
coprod_ladder_get_step_for_rung (CoprodLadder *self,
                                 CoprodRung    rung)
{
  guint i, n;

  g_return_val_if_fail (COPROD_IS_LADDER (self), NULL);
  g_return_val_if_fail (rung <= COPROD_RUNG_CO_PRODUCTION, NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->steps));
  for (i = 0; i < n; i++)
    {
      CoprodStep *step = g_list_model_get_item (G_LIST_MODEL (self->steps), i);

      /* the store keeps its reference */
      g_object_unref (step);
      if (coprod_step_covers_rung (step, rung))
        return step;
    }

  return NULL;
}
