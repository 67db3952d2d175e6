/* coprod-ladder-reader.c: ladders from their JSON form, and the built-in ones
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The ladder type itself (scales/coprod-ladder.c) knows nothing of JSON;
 * this reader makes ladders from documents of the format "coprod-ladder"
 * (doc/ladders.md), and from the built-in ones compiled into the library.
 */
#include "config.h"

#include <string.h>

#include "coprod-codec-private.h"
#include "coprod-enum-types.h"
#include "coprod-error.h"
#include "coprod-json-private.h"
#include "coprod-ladder-private.h"
#include "coprod-ladder.h"
#include "coprod-ladders-resources.h"
#include "coprod-step-private.h"
#include "coprod-text-private.h"

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

/* Reading the JSON form */

static const char *
rung_nick (CoprodRung rung)
{
  const char *nick = _coprod_enum_nick (COPROD_TYPE_RUNG, (int) rung);

  return nick != NULL ? nick : "?";
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
  CoprodRung  lowest;      /* the lowest rung presented, once there is one */
  CoprodRung  highest;     /* the highest rung presented so far */
  const char *owners[COPROD_RUNG_CO_PRODUCTION + 1];  /* rung -> step key, in keys */
} StepsState;

/* The rungs of the step @key: nicks of canonical rungs, bottom to top.
 * The first rung the ladder presents may be any (the rungs under it are
 * below the ladder); each after it is the one above the highest presented
 * so far, so that together the steps present every rung from the lowest
 * up once, in order. An empty list gives NONE..NONE. */
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
    return _coprod_json_member_error (error, COPROD_ERROR_VALUE, where, "rungs",
                         "missing; list the canonical rungs the step "
                         "presents, or [] for none");

  if (!JSON_NODE_HOLDS_ARRAY (node))
    return _coprod_json_member_error (error, COPROD_ERROR_TYPE, where, "rungs",
                         "expected an array, found %s", _coprod_json_node_type_name (node));

  array = json_node_get_array (node);
  n = json_array_get_length (array);
  for (i = 0; i < n; i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      const char *nick;
      GEnumValue *value;
      CoprodRung rung;

      if (!_coprod_json_node_is_string (element))
        return _coprod_json_member_error (error, COPROD_ERROR_TYPE, where, "rungs",
                             "item %u: expected a string, found %s",
                             i, _coprod_json_node_type_name (element));

      nick = json_node_get_string (element);
      value = g_enum_get_value_by_nick (klass, nick);
      if (value == NULL)
        {
          g_autofree char *known = rung_nicks ();

          return _coprod_json_member_error (error, COPROD_ERROR_VALUE, where, "rungs",
                               "item %u: an unknown rung; the rungs are %s",
                               i, known);
        }

      rung = (CoprodRung) value->value;
      if (rung == COPROD_RUNG_NONE)
        return _coprod_json_member_error (error, COPROD_ERROR_VALUE, where, "rungs",
                             "\"none\" is not a rung a step can present; "
                             "use [] for a step that presents none");

      /* rungs rise with the steps: one under the lowest presented so far
       * cannot come after it */
      if (state->lowest != COPROD_RUNG_NONE && rung < state->lowest)
        return _coprod_json_member_error (error, COPROD_ERROR_VALUE, where, "rungs",
                                          "\"%s\" comes after the rung \"%s\": "
                                          "the rungs rise with the steps, and the "
                                          "rungs a ladder leaves out are those under "
                                          "its bottom step",
                                          nick, rung_nick (state->lowest));

      /* every rung from the lowest up to the highest so far has its step */
      if (rung <= state->highest)
        {
          return _coprod_json_member_error (error, COPROD_ERROR_VALUE, where, "rungs",
                                            "the rung \"%s\" is presented twice: "
                                            "%s presents it already, and each rung "
                                            "belongs to exactly one step",
                                            nick, state->owners[rung] == key
                                                    ? "this step" : "an earlier step");
        }

      /* the ladder may start at any rung, leaving those under it below
       * the ladder; after that the next rung up must come next: within a
       * step, none skipped; across steps, none left without a step */
      if (state->highest != COPROD_RUNG_NONE && rung != state->highest + 1)
        return _coprod_json_member_error (error, COPROD_ERROR_VALUE, where, "rungs",
                             "\"%s\" comes before any step presents the rung "
                             "\"%s\": a ladder may leave out rungs only at "
                             "the bottom; from its lowest rung up to "
                             "\"co-production\" each rung needs a step, and a "
                             "step's rungs follow each other with none skipped",
                             nick, rung_nick ((CoprodRung) (state->highest + 1)));

      if (i == 0)
        *rung_min = rung;
      if (state->lowest == COPROD_RUNG_NONE)
        state->lowest = rung;
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
                   "%s: expected an object, found %s", where, _coprod_json_node_type_name (node));
      return NULL;
    }
  object = json_node_get_object (node);

  if (!_coprod_json_read_string (object, where, "key", TRUE, &key, error))
    return NULL;

  if (g_hash_table_contains (state->keys, key))
    {
      g_set_error (error, COPROD_ERROR, COPROD_ERROR_VALUE,
                   "%s, member \"key\": another step has the same key", where);
      return NULL;
    }

  /* the table's copy outlives this step's reading, for later messages */
  owned_key = g_strdup (key);
  g_hash_table_add (state->keys, owned_key);

  if (!_coprod_json_read_string (object, where, "title", TRUE, &title, error) ||
      !_coprod_json_read_string (object, where, "summary", FALSE, &summary, error) ||
      !_coprod_json_read_string (object, where, "group", FALSE, &group, error) ||
      !_coprod_json_read_string (object, where, "promise", FALSE, &promise, error) ||
      !read_rungs (object, where, owned_key, state, &rung_min, &rung_max, error))
    return NULL;

  /* the rungs under the bottom step are below the ladder: it cannot
   * itself lie below them */
  if (index == 0 && rung_min == COPROD_RUNG_NONE)
    {
      _coprod_json_member_error (error, COPROD_ERROR_VALUE, where, "rungs",
                                 "empty; the bottom step must present the "
                                 "ladder's lowest rung, and only a step above "
                                 "it may present none");
      return NULL;
    }

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
  StepsState state = { NULL, COPROD_RUNG_NONE, COPROD_RUNG_NONE, { NULL } };
  g_autofree char *key = NULL;
  g_autofree char *title = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *source = NULL;
  g_autofree char *version = NULL;
  gboolean approximate = TRUE;
  JsonObject *top;
  JsonNode *node;
  JsonArray *steps;
  guint i, n;

  root = _coprod_json_parse (data, length, error);
  if (root == NULL)
    return NULL;

  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error (error, COPROD_ERROR, COPROD_ERROR_FORMAT,
                   "not a coprod ladder: the top level is %s, not an object",
                   _coprod_json_node_type_name (root));
      return NULL;
    }
  top = json_node_get_object (root);

  if (!_coprod_json_check_header (top, "coprod-ladder", "ladder",
                                   COPROD_LADDER_FORMAT_VERSION, error))
    return NULL;

  if (!_coprod_json_read_string (top, "ladder", "key", TRUE, &key, error) ||
      !_coprod_json_read_string (top, "ladder", "title", TRUE, &title, error) ||
      !_coprod_json_read_string (top, "ladder", "summary", FALSE, &summary, error) ||
      !_coprod_json_read_string (top, "ladder", "source", FALSE, &source, error) ||
      !_coprod_json_read_string (top, "ladder", "ladder_version", FALSE, &version, error))
    return NULL;

  node = json_object_get_member (top, "approximate");
  if (node != NULL && !JSON_NODE_HOLDS_NULL (node))
    {
      if (!JSON_NODE_HOLDS_VALUE (node) ||
          json_node_get_value_type (node) != G_TYPE_BOOLEAN)
        {
          _coprod_json_member_error (error, COPROD_ERROR_TYPE, "ladder", "approximate",
                        "expected a boolean, found %s", _coprod_json_node_type_name (node));
          return NULL;
        }
      approximate = json_node_get_boolean (node);
    }

  node = json_object_get_member (top, "steps");
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      _coprod_json_member_error (error, COPROD_ERROR_VALUE, "ladder", "steps",
                    "missing; a ladder needs at least one step");
      return NULL;
    }
  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      _coprod_json_member_error (error, COPROD_ERROR_TYPE, "ladder", "steps",
                    "expected an array, found %s", _coprod_json_node_type_name (node));
      return NULL;
    }

  steps = json_node_get_array (node);
  n = json_array_get_length (steps);
  if (n == 0)
    {
      _coprod_json_member_error (error, COPROD_ERROR_VALUE, "ladder", "steps",
                    "empty; a ladder needs at least one step");
      return NULL;
    }

  self = _coprod_ladder_new (key, title, summary, source, version, approximate);

  state.keys = keys;
  for (i = 0; i < n; i++)
    {
      g_autoptr(CoprodStep) step = NULL;

      step = read_step (json_array_get_element (steps, i), i, &state, error);
      if (step == NULL)
        return NULL;

      _coprod_ladder_add_step (self, step);
    }

  if (state.highest != COPROD_RUNG_CO_PRODUCTION)
    {
      _coprod_json_member_error (error, COPROD_ERROR_VALUE, "ladder", "steps",
                    "no step presents the rung \"%s\"; every rung from "
                    "the ladder's lowest up to \"co-production\" needs one",
                    rung_nick ((CoprodRung) (state.highest + 1)));
      return NULL;
    }

  return g_steal_pointer (&self);
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
 * steps, an unknown rung, a rung presented twice or out of order, a rung
 * left without a step between the ladder's lowest rung and
 * %COPROD_RUNG_CO_PRODUCTION, or a bottom step that presents no rung give
 * %COPROD_ERROR_VALUE. Each message names the step (its index and key)
 * and the member. A ladder may leave out rungs at the bottom only: they
 * are below it ([method@Coprod.Ladder.get_lowest_rung]).
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
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  bytes = _coprod_read_file_limited (file, "ladder", cancellable, error);
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
  if (!g_str_equal (coprod_ladder_get_key (ladder), key))
    g_error ("the built-in ladder %s has the key %s", key, coprod_ladder_get_key (ladder));

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

