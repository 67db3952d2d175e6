/* coprod-value-score.c: how well one value was lived
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "coprod-enum-types.h"
#include "coprod-review-result-private.h"

/**
 * CoprodValueScore:
 *
 * The score of one value of a values framework in a
 * [class@Coprod.ReviewResult]: the mean of the scores of its practices
 * that have one ([class@Coprod.PracticeScore]), each practice counting
 * the same. A value none of whose practices has a score has no score
 * either: its [property@Coprod.ValueScore:source] is
 * %COPROD_SCORE_SOURCE_NONE. The source of a value is every source of its
 * practices together: data when a check gave a score to any of them,
 * people when the review rated any of them.
 *
 * Since: 0.1
 */

struct _CoprodValueScore
{
  GObject parent_instance;

  CoprodValue *value;
  CoprodFramework *framework;   /* keeps band alive */
  CoprodScoreSource source;
  double score;
  const char *band;
  guint n_practices;
  guint n_scored;
};

G_DEFINE_FINAL_TYPE (CoprodValueScore, coprod_value_score, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_VALUE,
  PROP_SOURCE,
  PROP_SCORE,
  PROP_BAND,
  PROP_N_PRACTICES,
  PROP_N_SCORED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
coprod_value_score_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  CoprodValueScore *self = COPROD_VALUE_SCORE (object);

  switch (prop_id)
    {
    case PROP_VALUE:
      g_value_set_object (value, self->value);
      break;

    case PROP_SOURCE:
      g_value_set_enum (value, self->source);
      break;

    case PROP_SCORE:
      g_value_set_double (value, self->score);
      break;

    case PROP_BAND:
      g_value_set_string (value, self->band);
      break;

    case PROP_N_PRACTICES:
      g_value_set_uint (value, self->n_practices);
      break;

    case PROP_N_SCORED:
      g_value_set_uint (value, self->n_scored);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coprod_value_score_finalize (GObject *object)
{
  CoprodValueScore *self = COPROD_VALUE_SCORE (object);

  g_clear_object (&self->value);
  g_clear_object (&self->framework);

  G_OBJECT_CLASS (coprod_value_score_parent_class)->finalize (object);
}

#define READABLE (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY)

static void
coprod_value_score_class_init (CoprodValueScoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = coprod_value_score_get_property;
  object_class->finalize = coprod_value_score_finalize;

  /**
   * CoprodValueScore:value:
   *
   * The value scored.
   *
   * Since: 0.1
   */
  properties[PROP_VALUE] =
    g_param_spec_object ("value", NULL, NULL, COPROD_TYPE_VALUE, READABLE);

  /**
   * CoprodValueScore:source:
   *
   * Where the scores of the value's practices came from, all together.
   *
   * Since: 0.1
   */
  properties[PROP_SOURCE] =
    g_param_spec_enum ("source", NULL, NULL, COPROD_TYPE_SCORE_SOURCE,
                       COPROD_SCORE_SOURCE_NONE, READABLE);

  /**
   * CoprodValueScore:score:
   *
   * The mean of the scores of the value's practices that have one; 0 when
   * none has.
   *
   * Since: 0.1
   */
  properties[PROP_SCORE] =
    g_param_spec_double ("score", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, READABLE);

  /**
   * CoprodValueScore:band:
   *
   * The label of the band the score falls in, once rounded to the nearest
   * whole number (halves down); %NULL when there is no score.
   *
   * Since: 0.1
   */
  properties[PROP_BAND] =
    g_param_spec_string ("band", NULL, NULL, NULL, READABLE);

  /**
   * CoprodValueScore:n-practices:
   *
   * How many practices the value has.
   *
   * Since: 0.1
   */
  properties[PROP_N_PRACTICES] =
    g_param_spec_uint ("n-practices", NULL, NULL, 0, G_MAXUINT, 0, READABLE);

  /**
   * CoprodValueScore:n-scored:
   *
   * How many of the value's practices have a score.
   *
   * Since: 0.1
   */
  properties[PROP_N_SCORED] =
    g_param_spec_uint ("n-scored", NULL, NULL, 0, G_MAXUINT, 0, READABLE);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
coprod_value_score_init (CoprodValueScore *self)
{
}

CoprodValueScore *
_coprod_value_score_new (CoprodFramework *framework,
                         CoprodValue     *value,
                         GPtrArray       *practices)
{
  CoprodValueScore *self = g_object_new (COPROD_TYPE_VALUE_SCORE, NULL);
  double sum = 0;
  guint i;

  self->value = g_object_ref (value);
  self->framework = g_object_ref (framework);
  self->n_practices = practices->len;

  for (i = 0; i < practices->len; i++)
    {
      CoprodPracticeScore *practice = g_ptr_array_index (practices, i);
      CoprodScoreSource source = coprod_practice_score_get_source (practice);

      if (source == COPROD_SCORE_SOURCE_NONE)
        continue;

      self->source |= source;
      self->n_scored++;
      sum += coprod_practice_score_get_score (practice);
    }

  if (self->n_scored > 0)
    {
      self->score = sum / self->n_scored;
      self->band = _coprod_review_band (framework, self->score, NULL);
    }

  return self;
}

/**
 * coprod_value_score_get_value:
 * @self: a value score
 *
 * Gets the value scored.
 *
 * Returns: (transfer none): the value
 *
 * Since: 0.1
 */
CoprodValue *
coprod_value_score_get_value (CoprodValueScore *self)
{
  g_return_val_if_fail (COPROD_IS_VALUE_SCORE (self), NULL);

  return self->value;
}

/**
 * coprod_value_score_get_source:
 * @self: a value score
 *
 * Gets where the scores of the value's practices came from, all
 * together.
 *
 * Returns: the records, people, both or neither
 *
 * Since: 0.1
 */
CoprodScoreSource
coprod_value_score_get_source (CoprodValueScore *self)
{
  g_return_val_if_fail (COPROD_IS_VALUE_SCORE (self), COPROD_SCORE_SOURCE_NONE);

  return self->source;
}

/**
 * coprod_value_score_get_score:
 * @self: a value score
 *
 * Gets the mean of the scores of the value's practices that have one.
 *
 * Returns: the score; 0 when no practice of the value has one
 *
 * Since: 0.1
 */
double
coprod_value_score_get_score (CoprodValueScore *self)
{
  g_return_val_if_fail (COPROD_IS_VALUE_SCORE (self), 0);

  return self->score;
}

/**
 * coprod_value_score_get_band:
 * @self: a value score
 *
 * Gets the label of the band the score falls in, once rounded to the
 * nearest whole number (halves down).
 *
 * Returns: (transfer none) (nullable): the band's label, or %NULL when
 *   there is no score
 *
 * Since: 0.1
 */
const char *
coprod_value_score_get_band (CoprodValueScore *self)
{
  g_return_val_if_fail (COPROD_IS_VALUE_SCORE (self), NULL);

  return self->band;
}

/**
 * coprod_value_score_get_n_practices:
 * @self: a value score
 *
 * Counts the value's practices.
 *
 * Returns: the number of practices
 *
 * Since: 0.1
 */
guint
coprod_value_score_get_n_practices (CoprodValueScore *self)
{
  g_return_val_if_fail (COPROD_IS_VALUE_SCORE (self), 0);

  return self->n_practices;
}

/**
 * coprod_value_score_get_n_scored:
 * @self: a value score
 *
 * Counts the value's practices that have a score.
 *
 * Returns: the number of practices scored
 *
 * Since: 0.1
 */
guint
coprod_value_score_get_n_scored (CoprodValueScore *self)
{
  g_return_val_if_fail (COPROD_IS_VALUE_SCORE (self), 0);

  return self->n_scored;
}
