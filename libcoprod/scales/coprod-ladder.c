/* coprod-ladder.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "coprod-enum-types.h"
#include "coprod-ladder-private.h"
#include "coprod-ladder.h"
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

/* Made by the ladder reader (format/coprod-ladder-reader.c) */

CoprodLadder *
_coprod_ladder_new (const char *key,
                    const char *title,
                    const char *summary,
                    const char *source,
                    const char *version,
                    gboolean    approximate)
{
  CoprodLadder *self = g_object_new (COPROD_TYPE_LADDER, NULL);

  g_free (self->key);
  self->key = g_strdup (key);
  g_free (self->title);
  self->title = g_strdup (title);
  self->summary = g_strdup (summary);
  self->source = g_strdup (source);
  self->version = g_strdup (version);
  self->approximate = approximate;

  return self;
}

void
_coprod_ladder_add_step (CoprodLadder *self,
                         CoprodStep   *step)
{
  g_list_store_append (self->steps, step);
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
