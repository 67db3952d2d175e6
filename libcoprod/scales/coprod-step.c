/* coprod-step.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "coprod-enum-types.h"
#include "coprod-step.h"
#include "coprod-step-private.h"

/**
 * CoprodStep:
 *
 * One step of a [class@Coprod.Ladder], in the ladder's own words.
 *
 * A step has a [property@Coprod.Step:key], a [property@Coprod.Step:title]
 * and a [property@Coprod.Step:summary] of what taking part looks like on
 * it. Some ladders sort their steps into groups (Arnstein's bands,
 * "doing to / for / with"): that is [property@Coprod.Step:group]. The IAP2
 * spectrum makes a promise to the public on each step:
 * [property@Coprod.Step:promise].
 *
 * A step presents a contiguous range of the canonical scale
 * [enum@Coprod.Rung], from [property@Coprod.Step:rung-min] to
 * [property@Coprod.Step:rung-max]; a ladder with fewer steps than the
 * canonical scale has rungs lets one step present several. A step of a
 * ladder with more steps than the canonical scale may present none (both
 * bounds are %COPROD_RUNG_NONE): it lies beyond what the canonical scale
 * tells apart.
 *
 * Steps are made by ladders and do not change.
 *
 * ```c
 * CoprodLadder *ladder = coprod_ladder_get_builtin ("arnstein");
 * CoprodStep *step = coprod_ladder_get_step_for_rung (ladder,
 *                                                     COPROD_RUNG_CONSULTATION);
 *
 * g_print ("%s (%s)\n", coprod_step_get_title (step),
 *          coprod_step_get_group (step));
 * ```
 *
 * Since: 0.1
 */

struct _CoprodStep
{
  GObject parent_instance;

  char *key;
  char *title;
  char *summary;
  char *group;
  char *promise;
  guint position;
  CoprodRung rung_min;
  CoprodRung rung_max;
};

G_DEFINE_FINAL_TYPE (CoprodStep, coprod_step, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_KEY,
  PROP_TITLE,
  PROP_SUMMARY,
  PROP_GROUP,
  PROP_PROMISE,
  PROP_POSITION,
  PROP_RUNG_MIN,
  PROP_RUNG_MAX,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
coprod_step_finalize (GObject *object)
{
  CoprodStep *self = COPROD_STEP (object);

  g_clear_pointer (&self->key, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->summary, g_free);
  g_clear_pointer (&self->group, g_free);
  g_clear_pointer (&self->promise, g_free);

  G_OBJECT_CLASS (coprod_step_parent_class)->finalize (object);
}

static void
coprod_step_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  CoprodStep *self = COPROD_STEP (object);

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

    case PROP_GROUP:
      g_value_set_string (value, self->group);
      break;

    case PROP_PROMISE:
      g_value_set_string (value, self->promise);
      break;

    case PROP_POSITION:
      g_value_set_uint (value, self->position);
      break;

    case PROP_RUNG_MIN:
      g_value_set_enum (value, self->rung_min);
      break;

    case PROP_RUNG_MAX:
      g_value_set_enum (value, self->rung_max);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coprod_step_class_init (CoprodStepClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = (G_PARAM_READABLE |
                             G_PARAM_EXPLICIT_NOTIFY |
                             G_PARAM_STATIC_STRINGS);

  object_class->finalize = coprod_step_finalize;
  object_class->get_property = coprod_step_get_property;

  /**
   * CoprodStep:key:
   *
   * The step's key, unique within its ladder: lower case, words joined
   * by dashes (`"delegated-power"`).
   *
   * Since: 0.1
   */
  properties[PROP_KEY] =
    g_param_spec_string ("key", NULL, NULL, "", flags);

  /**
   * CoprodStep:title:
   *
   * The step's name, for people to read.
   *
   * Since: 0.1
   */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, "", flags);

  /**
   * CoprodStep:summary:
   *
   * What taking part looks like on this step, in a sentence or two.
   *
   * Since: 0.1
   */
  properties[PROP_SUMMARY] =
    g_param_spec_string ("summary", NULL, NULL, NULL, flags);

  /**
   * CoprodStep:group:
   *
   * The group the ladder puts the step in, such as Arnstein's
   * "Tokenism" or "doing with", or %NULL if the ladder has no groups.
   *
   * Since: 0.1
   */
  properties[PROP_GROUP] =
    g_param_spec_string ("group", NULL, NULL, NULL, flags);

  /**
   * CoprodStep:promise:
   *
   * What those who run the work promise the people taking part on this
   * step, as the IAP2 spectrum gives one for each step, or %NULL.
   *
   * Since: 0.1
   */
  properties[PROP_PROMISE] =
    g_param_spec_string ("promise", NULL, NULL, NULL, flags);

  /**
   * CoprodStep:position:
   *
   * Where the step is on its ladder, counting from 1 at the bottom.
   *
   * Since: 0.1
   */
  properties[PROP_POSITION] =
    g_param_spec_uint ("position", NULL, NULL, 0, G_MAXUINT, 0, flags);

  /**
   * CoprodStep:rung-min:
   *
   * The lowest canonical rung the step presents, or %COPROD_RUNG_NONE if
   * it presents none.
   *
   * Since: 0.1
   */
  properties[PROP_RUNG_MIN] =
    g_param_spec_enum ("rung-min", NULL, NULL,
                       COPROD_TYPE_RUNG, COPROD_RUNG_NONE,
                       flags);

  /**
   * CoprodStep:rung-max:
   *
   * The highest canonical rung the step presents, or %COPROD_RUNG_NONE if
   * it presents none. Every rung from [property@Coprod.Step:rung-min] to
   * this one is presented by the step.
   *
   * Since: 0.1
   */
  properties[PROP_RUNG_MAX] =
    g_param_spec_enum ("rung-max", NULL, NULL,
                       COPROD_TYPE_RUNG, COPROD_RUNG_NONE,
                       flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
coprod_step_init (CoprodStep *self)
{
  self->key = g_strdup ("");
  self->title = g_strdup ("");
}

CoprodStep *
_coprod_step_new (const char *key,
                  const char *title,
                  const char *summary,
                  const char *group,
                  const char *promise,
                  guint       position,
                  CoprodRung  rung_min,
                  CoprodRung  rung_max)
{
  CoprodStep *self;

  g_return_val_if_fail (key != NULL, NULL);
  g_return_val_if_fail (title != NULL, NULL);
  g_return_val_if_fail (rung_min <= rung_max, NULL);
  g_return_val_if_fail ((rung_min == COPROD_RUNG_NONE) == (rung_max == COPROD_RUNG_NONE), NULL);

  self = g_object_new (COPROD_TYPE_STEP, NULL);
  g_free (self->key);
  self->key = g_strdup (key);
  g_free (self->title);
  self->title = g_strdup (title);
  self->summary = g_strdup (summary);
  self->group = g_strdup (group);
  self->promise = g_strdup (promise);
  self->position = position;
  self->rung_min = rung_min;
  self->rung_max = rung_max;

  return self;
}

/**
 * coprod_step_get_key:
 * @self: a step
 *
 * Gets the step's key, unique within its ladder.
 *
 * Returns: the key
 *
 * Since: 0.1
 */
const char *
coprod_step_get_key (CoprodStep *self)
{
  g_return_val_if_fail (COPROD_IS_STEP (self), NULL);

  return self->key;
}

/**
 * coprod_step_get_title:
 * @self: a step
 *
 * Gets the step's name.
 *
 * Returns: the title
 *
 * Since: 0.1
 */
const char *
coprod_step_get_title (CoprodStep *self)
{
  g_return_val_if_fail (COPROD_IS_STEP (self), NULL);

  return self->title;
}

/**
 * coprod_step_get_summary:
 * @self: a step
 *
 * Gets what taking part looks like on the step.
 *
 * Returns: (nullable): the summary
 *
 * Since: 0.1
 */
const char *
coprod_step_get_summary (CoprodStep *self)
{
  g_return_val_if_fail (COPROD_IS_STEP (self), NULL);

  return self->summary;
}

/**
 * coprod_step_get_group:
 * @self: a step
 *
 * Gets the group the ladder puts the step in.
 *
 * Returns: (nullable): the group, or %NULL if the ladder has no groups
 *
 * Since: 0.1
 */
const char *
coprod_step_get_group (CoprodStep *self)
{
  g_return_val_if_fail (COPROD_IS_STEP (self), NULL);

  return self->group;
}

/**
 * coprod_step_get_promise:
 * @self: a step
 *
 * Gets the promise made to the people taking part on this step.
 *
 * Returns: (nullable): the promise, or %NULL if the ladder makes none
 *
 * Since: 0.1
 */
const char *
coprod_step_get_promise (CoprodStep *self)
{
  g_return_val_if_fail (COPROD_IS_STEP (self), NULL);

  return self->promise;
}

/**
 * coprod_step_get_position:
 * @self: a step
 *
 * Gets where the step is on its ladder.
 *
 * Returns: the position, counting from 1 at the bottom
 *
 * Since: 0.1
 */
guint
coprod_step_get_position (CoprodStep *self)
{
  g_return_val_if_fail (COPROD_IS_STEP (self), 0);

  return self->position;
}

/**
 * coprod_step_get_rung_min:
 * @self: a step
 *
 * Gets the lowest canonical rung the step presents.
 *
 * Returns: the rung, or %COPROD_RUNG_NONE if the step presents none
 *
 * Since: 0.1
 */
CoprodRung
coprod_step_get_rung_min (CoprodStep *self)
{
  g_return_val_if_fail (COPROD_IS_STEP (self), COPROD_RUNG_NONE);

  return self->rung_min;
}

/**
 * coprod_step_get_rung_max:
 * @self: a step
 *
 * Gets the highest canonical rung the step presents.
 *
 * Returns: the rung, or %COPROD_RUNG_NONE if the step presents none
 *
 * Since: 0.1
 */
CoprodRung
coprod_step_get_rung_max (CoprodStep *self)
{
  g_return_val_if_fail (COPROD_IS_STEP (self), COPROD_RUNG_NONE);

  return self->rung_max;
}

/**
 * coprod_step_covers_rung:
 * @self: a step
 * @rung: a canonical rung
 *
 * Checks whether the step presents @rung of the canonical scale.
 *
 * Returns: %TRUE if @rung lies between [property@Coprod.Step:rung-min]
 *   and [property@Coprod.Step:rung-max]; always %FALSE for
 *   %COPROD_RUNG_NONE
 *
 * Since: 0.1
 */
gboolean
coprod_step_covers_rung (CoprodStep *self,
                         CoprodRung  rung)
{
  g_return_val_if_fail (COPROD_IS_STEP (self), FALSE);

  return rung != COPROD_RUNG_NONE &&
         rung >= self->rung_min &&
         rung <= self->rung_max;
}
