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
 * rung. Every rung from the ladder's lowest
 * ([property@Coprod.Ladder:lowest-rung]) up to %COPROD_RUNG_CO_PRODUCTION
 * is presented by exactly one step; where a ladder has fewer steps, one
 * step presents several rungs. A ladder may start above
 * %COPROD_RUNG_COERCION, as the IAP2 spectrum starts at informing: the
 * rungs under its lowest are below the ladder, and no step presents them.
 *
 * The built-in ladders ([func@Coprod.Ladder.list_builtin]):
 *
 * - `tlap`, the default: the ladder of co-production of Think Local Act
 *   Personal and the National Co-production Advisory Group, whose seven
 *   steps are the canonical rungs
 * - `flse`: the ladder of involvement of Fulfilling Lives South East, in
 *   six steps; it has no step of its own for educating, which it shows
 *   on its informing step
 * - `arnstein`: Arnstein's ladder of citizen participation (1969); equal
 *   co-production is its partnership, and its two top steps present no
 *   rung
 * - `iap2`: the IAP2 spectrum of public participation (2018), with its
 *   promises; coercion and educating are below it, and its top step
 *   presents no rung
 * - `hart`: Hart's ladder of children's participation (1992); its two
 *   top steps, which need work the young people started, present no rung
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
 * must present each rung from the bottom step's lowest up to
 * `co-production` exactly once, in order. A ladder may leave out rungs at
 * the bottom only: they are below the ladder. A step above the bottom one
 * may present no rung (`"rungs": []`) when it lies beyond what the
 * canonical scale tells apart. `summary`, `source`,
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
  CoprodRung lowest_rung;
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
  PROP_LOWEST_RUNG,
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

    case PROP_LOWEST_RUNG:
      g_value_set_enum (value, self->lowest_rung);
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

  /**
   * CoprodLadder:lowest-rung:
   *
   * The lowest canonical rung the ladder presents: the lowest rung of its
   * bottom step. It is %COPROD_RUNG_COERCION unless the ladder leaves out
   * rungs at the bottom, as the IAP2 spectrum does; the rungs under it are
   * below the ladder, and [method@Coprod.Ladder.get_step_for_rung] finds
   * no step for them.
   *
   * Since: 0.1
   */
  properties[PROP_LOWEST_RUNG] =
    g_param_spec_enum ("lowest-rung", NULL, NULL, COPROD_TYPE_RUNG,
                       COPROD_RUNG_COERCION, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
coprod_ladder_init (CoprodLadder *self)
{
  self->key = g_strdup ("");
  self->title = g_strdup ("");
  self->approximate = TRUE;
  self->lowest_rung = COPROD_RUNG_COERCION;
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
  /* the bottom step's lowest rung is the ladder's */
  if (g_list_model_get_n_items (G_LIST_MODEL (self->steps)) == 0)
    self->lowest_rung = coprod_step_get_rung_min (step);

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
 * coprod_ladder_get_lowest_rung:
 * @self: a ladder
 *
 * Gets the lowest canonical rung the ladder presents. The rungs under it
 * are below the ladder: no step presents them.
 *
 * Returns: the rung, %COPROD_RUNG_COERCION unless the ladder leaves out
 *   rungs at the bottom
 *
 * Since: 0.1
 */
CoprodRung
coprod_ladder_get_lowest_rung (CoprodLadder *self)
{
  g_return_val_if_fail (COPROD_IS_LADDER (self), COPROD_RUNG_COERCION);

  return self->lowest_rung;
}

/**
 * coprod_ladder_get_step_for_rung:
 * @self: a ladder
 * @rung: a canonical rung
 *
 * Finds the step of the ladder that presents @rung.
 *
 * A ladder that leaves out rungs at the bottom has no step for them: they
 * are below the ladder ([property@Coprod.Ladder:lowest-rung]), and this
 * gives %NULL for them as for %COPROD_RUNG_NONE. Where a rung may be
 * below the ladder, say so rather than name another step.
 *
 * Returns: (transfer none) (nullable): the step, or %NULL for
 *   %COPROD_RUNG_NONE and for a rung below the ladder
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
