/* coprod-practice-score.c: how well one practice was lived, and who says so
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <math.h>

#include "coprod-enum-types.h"
#include "coprod-review-result-private.h"

/**
 * CoprodPracticeScore:
 *
 * The score of one practice of a values framework in a
 * [class@Coprod.ReviewResult]: what the records say through the practice's
 * automatic check, what people said in the review's rating, and the two
 * combined.
 *
 * - The *data score* comes from the check
 *   ([property@Coprod.PracticeScore:check-result]): the top of the
 *   framework's scale when the check is met, the bottom when it is not
 *   met, and, when it is partly met, the bottom plus the width of the
 *   scale times the share of the items considered that met the rule (on a
 *   1-5 scale, 3 meetings of 4 give 1 + 4 × 3/4 = 4). A check that is not
 *   applicable gives no data score.
 * - The *people score* is the score of the review's rating of the
 *   practice ([property@Coprod.PracticeScore:rating]).
 * - The [property@Coprod.PracticeScore:score] is the mean of the two when
 *   there are both, else the one there is; the
 *   [property@Coprod.PracticeScore:source] says which.
 *
 * Where both are there and their bands lie more than one band apart (on
 * a 1-5 scale of five bands: the data says 5 and people say 2), the score
 * has a [property@Coprod.PracticeScore:disagreement]: the records and the
 * people who lived the work tell different stories, and the review says
 * so rather than hiding it in the mean.
 *
 * Since: 0.1
 */

struct _CoprodPracticeScore
{
  GObject parent_instance;

  CoprodPractice *practice;
  char *value_key;
  CoprodCheckResult *check;
  CoprodRating *rating;
  CoprodScoreSource source;
  double data_score;
  int people_score;
  double score;
  const char *band;             /* owned by the framework */
  CoprodFramework *framework;   /* keeps band alive */
  gboolean disagreement;
};

G_DEFINE_FINAL_TYPE (CoprodPracticeScore, coprod_practice_score, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PRACTICE,
  PROP_VALUE_KEY,
  PROP_SOURCE,
  PROP_SCORE,
  PROP_BAND,
  PROP_DATA_SCORE,
  PROP_PEOPLE_SCORE,
  PROP_DISAGREEMENT,
  PROP_CHECK_RESULT,
  PROP_RATING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
coprod_practice_score_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  CoprodPracticeScore *self = COPROD_PRACTICE_SCORE (object);

  switch (prop_id)
    {
    case PROP_PRACTICE:
      g_value_set_object (value, self->practice);
      break;

    case PROP_VALUE_KEY:
      g_value_set_string (value, self->value_key);
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

    case PROP_DATA_SCORE:
      g_value_set_double (value, self->data_score);
      break;

    case PROP_PEOPLE_SCORE:
      g_value_set_int (value, self->people_score);
      break;

    case PROP_DISAGREEMENT:
      g_value_set_boolean (value, self->disagreement);
      break;

    case PROP_CHECK_RESULT:
      g_value_set_object (value, self->check);
      break;

    case PROP_RATING:
      g_value_set_object (value, self->rating);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coprod_practice_score_finalize (GObject *object)
{
  CoprodPracticeScore *self = COPROD_PRACTICE_SCORE (object);

  g_clear_object (&self->practice);
  g_free (self->value_key);
  g_clear_object (&self->check);
  g_clear_object (&self->rating);
  g_clear_object (&self->framework);

  G_OBJECT_CLASS (coprod_practice_score_parent_class)->finalize (object);
}

#define READABLE (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY)

static void
coprod_practice_score_class_init (CoprodPracticeScoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = coprod_practice_score_get_property;
  object_class->finalize = coprod_practice_score_finalize;

  /**
   * CoprodPracticeScore:practice:
   *
   * The practice scored.
   *
   * Since: 0.1
   */
  properties[PROP_PRACTICE] =
    g_param_spec_object ("practice", NULL, NULL, COPROD_TYPE_PRACTICE, READABLE);

  /**
   * CoprodPracticeScore:value-key:
   *
   * The key of the value the practice belongs to.
   *
   * Since: 0.1
   */
  properties[PROP_VALUE_KEY] =
    g_param_spec_string ("value-key", NULL, NULL, NULL, READABLE);

  /**
   * CoprodPracticeScore:source:
   *
   * Where the score came from: the records, people, both or neither.
   *
   * Since: 0.1
   */
  properties[PROP_SOURCE] =
    g_param_spec_enum ("source", NULL, NULL, COPROD_TYPE_SCORE_SOURCE,
                       COPROD_SCORE_SOURCE_NONE, READABLE);

  /**
   * CoprodPracticeScore:score:
   *
   * The score on the framework's scale: the mean of the data score and
   * the people score when there are both, else the one there is; 0 when
   * the source is %COPROD_SCORE_SOURCE_NONE.
   *
   * Since: 0.1
   */
  properties[PROP_SCORE] =
    g_param_spec_double ("score", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, READABLE);

  /**
   * CoprodPracticeScore:band:
   *
   * The label of the band of the scale the score falls in, once rounded
   * to the nearest whole number (halves down, so that a score halfway
   * between two bands never claims the higher); %NULL when there is no
   * score.
   *
   * Since: 0.1
   */
  properties[PROP_BAND] =
    g_param_spec_string ("band", NULL, NULL, NULL, READABLE);

  /**
   * CoprodPracticeScore:data-score:
   *
   * The score the automatic check gives; 0 when the source does not
   * include %COPROD_SCORE_SOURCE_DATA.
   *
   * Since: 0.1
   */
  properties[PROP_DATA_SCORE] =
    g_param_spec_double ("data-score", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, READABLE);

  /**
   * CoprodPracticeScore:people-score:
   *
   * The score of the review's rating; 0 when the source does not include
   * %COPROD_SCORE_SOURCE_PEOPLE.
   *
   * Since: 0.1
   */
  properties[PROP_PEOPLE_SCORE] =
    g_param_spec_int ("people-score", NULL, NULL, G_MININT, G_MAXINT, 0, READABLE);

  /**
   * CoprodPracticeScore:disagreement:
   *
   * Whether the data score and the people score lie more than one band
   * apart.
   *
   * Since: 0.1
   */
  properties[PROP_DISAGREEMENT] =
    g_param_spec_boolean ("disagreement", NULL, NULL, FALSE, READABLE);

  /**
   * CoprodPracticeScore:check-result:
   *
   * The result of the practice's automatic check, with its evidence;
   * %NULL when the practice names no check.
   *
   * Since: 0.1
   */
  properties[PROP_CHECK_RESULT] =
    g_param_spec_object ("check-result", NULL, NULL, COPROD_TYPE_CHECK_RESULT, READABLE);

  /**
   * CoprodPracticeScore:rating:
   *
   * The review's rating of the practice, with the evidence people gave;
   * %NULL when the review did not rate it, or there is no review.
   *
   * Since: 0.1
   */
  properties[PROP_RATING] =
    g_param_spec_object ("rating", NULL, NULL, COPROD_TYPE_RATING, READABLE);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
coprod_practice_score_init (CoprodPracticeScore *self)
{
}

gboolean
_coprod_review_data_score (CoprodFramework   *framework,
                           CoprodCheckResult *check,
                           double            *score)
{
  int minimum = coprod_framework_get_scale_minimum (framework);
  int maximum = coprod_framework_get_scale_maximum (framework);
  guint n_considered, n_met;

  switch (coprod_check_result_get_status (check))
    {
    case COPROD_CHECK_STATUS_MET:
      *score = maximum;
      return TRUE;

    case COPROD_CHECK_STATUS_NOT_MET:
      *score = minimum;
      return TRUE;

    case COPROD_CHECK_STATUS_PARTLY_MET:
      n_considered = coprod_check_result_get_n_considered (check);
      n_met = coprod_check_result_get_n_met (check);
      if (n_considered == 0 || n_met > n_considered)
        *score = (minimum + maximum) / 2.0;
      else
        *score = minimum + (double) (maximum - minimum) * n_met / n_considered;
      return TRUE;

    case COPROD_CHECK_STATUS_NOT_APPLICABLE:
    default:
      return FALSE;
    }
}

const char *
_coprod_review_band (CoprodFramework *framework,
                     double           score,
                     guint           *index)
{
  int minimum = coprod_framework_get_scale_minimum (framework);
  int maximum = coprod_framework_get_scale_maximum (framework);
  guint i, n = coprod_framework_get_n_bands (framework);
  int whole = (int) CLAMP (ceil (score - 0.5), minimum, maximum);

  for (i = 0; i < n; i++)
    {
      int low, high;
      const char *label = coprod_framework_get_band (framework, i, &low, &high);

      if (whole >= low && whole <= high)
        {
          if (index != NULL)
            *index = i;
          return label;
        }
    }

  /* the reader makes the bands cover the scale; a gap gets no label */
  if (index != NULL)
    *index = 0;
  return NULL;
}

CoprodPracticeScore *
_coprod_practice_score_new (CoprodFramework   *framework,
                            CoprodPractice    *practice,
                            const char        *value_key,
                            CoprodCheckResult *check,
                            CoprodRating      *rating)
{
  CoprodPracticeScore *self = g_object_new (COPROD_TYPE_PRACTICE_SCORE, NULL);

  self->practice = g_object_ref (practice);
  self->value_key = g_strdup (value_key);
  self->framework = g_object_ref (framework);
  self->check = check != NULL ? g_object_ref (check) : NULL;
  self->rating = rating != NULL ? g_object_ref (rating) : NULL;

  if (check != NULL && _coprod_review_data_score (framework, check, &self->data_score))
    self->source |= COPROD_SCORE_SOURCE_DATA;
  if (rating != NULL)
    {
      self->people_score = coprod_rating_get_score (rating);
      self->source |= COPROD_SCORE_SOURCE_PEOPLE;
    }

  switch (self->source)
    {
    case COPROD_SCORE_SOURCE_BOTH:
      {
        guint data_band, people_band;

        self->score = (self->data_score + self->people_score) / 2.0;
        _coprod_review_band (framework, self->data_score, &data_band);
        _coprod_review_band (framework, self->people_score, &people_band);
        self->disagreement = (data_band > people_band ? data_band - people_band
                                                      : people_band - data_band) > 1;
      }
      break;

    case COPROD_SCORE_SOURCE_DATA:
      self->score = self->data_score;
      break;

    case COPROD_SCORE_SOURCE_PEOPLE:
      self->score = self->people_score;
      break;

    case COPROD_SCORE_SOURCE_NONE:
    default:
      break;
    }

  if (self->source != COPROD_SCORE_SOURCE_NONE)
    self->band = _coprod_review_band (framework, self->score, NULL);

  return self;
}

/**
 * coprod_practice_score_get_practice:
 * @self: a practice score
 *
 * Gets the practice scored.
 *
 * Returns: (transfer none): the practice
 *
 * Since: 0.1
 */
CoprodPractice *
coprod_practice_score_get_practice (CoprodPracticeScore *self)
{
  g_return_val_if_fail (COPROD_IS_PRACTICE_SCORE (self), NULL);

  return self->practice;
}

/**
 * coprod_practice_score_get_value_key:
 * @self: a practice score
 *
 * Gets the key of the value the practice belongs to.
 *
 * Returns: (transfer none): the value's key
 *
 * Since: 0.1
 */
const char *
coprod_practice_score_get_value_key (CoprodPracticeScore *self)
{
  g_return_val_if_fail (COPROD_IS_PRACTICE_SCORE (self), NULL);

  return self->value_key;
}

/**
 * coprod_practice_score_get_source:
 * @self: a practice score
 *
 * Gets where the score came from.
 *
 * Returns: the records, people, both or neither
 *
 * Since: 0.1
 */
CoprodScoreSource
coprod_practice_score_get_source (CoprodPracticeScore *self)
{
  g_return_val_if_fail (COPROD_IS_PRACTICE_SCORE (self), COPROD_SCORE_SOURCE_NONE);

  return self->source;
}

/**
 * coprod_practice_score_get_score:
 * @self: a practice score
 *
 * Gets the score on the framework's scale: the mean of the data score
 * and the people score when there are both, else the one there is.
 *
 * Returns: the score; 0 when nothing gave one
 *
 * Since: 0.1
 */
double
coprod_practice_score_get_score (CoprodPracticeScore *self)
{
  g_return_val_if_fail (COPROD_IS_PRACTICE_SCORE (self), 0);

  return self->score;
}

/**
 * coprod_practice_score_get_band:
 * @self: a practice score
 *
 * Gets the label of the band the score falls in, once rounded to the
 * nearest whole number (halves down).
 *
 * Returns: (transfer none) (nullable): the band's label, or %NULL when
 *   nothing gave a score
 *
 * Since: 0.1
 */
const char *
coprod_practice_score_get_band (CoprodPracticeScore *self)
{
  g_return_val_if_fail (COPROD_IS_PRACTICE_SCORE (self), NULL);

  return self->band;
}

/**
 * coprod_practice_score_get_data_score:
 * @self: a practice score
 *
 * Gets the score the practice's automatic check gives.
 *
 * Returns: the data score; 0 when the source does not include
 *   %COPROD_SCORE_SOURCE_DATA
 *
 * Since: 0.1
 */
double
coprod_practice_score_get_data_score (CoprodPracticeScore *self)
{
  g_return_val_if_fail (COPROD_IS_PRACTICE_SCORE (self), 0);

  return self->data_score;
}

/**
 * coprod_practice_score_get_people_score:
 * @self: a practice score
 *
 * Gets the score the review's rating gives.
 *
 * Returns: the people score; 0 when the source does not include
 *   %COPROD_SCORE_SOURCE_PEOPLE
 *
 * Since: 0.1
 */
int
coprod_practice_score_get_people_score (CoprodPracticeScore *self)
{
  g_return_val_if_fail (COPROD_IS_PRACTICE_SCORE (self), 0);

  return self->people_score;
}

/**
 * coprod_practice_score_get_disagreement:
 * @self: a practice score
 *
 * Gets whether the data score and the people score lie more than one
 * band of the scale apart.
 *
 * Returns: %TRUE if they disagree; %FALSE if they agree, or there are not
 *   both
 *
 * Since: 0.1
 */
gboolean
coprod_practice_score_get_disagreement (CoprodPracticeScore *self)
{
  g_return_val_if_fail (COPROD_IS_PRACTICE_SCORE (self), FALSE);

  return self->disagreement;
}

/**
 * coprod_practice_score_get_check_result:
 * @self: a practice score
 *
 * Gets the result of the practice's automatic check, with its evidence.
 *
 * Returns: (transfer none) (nullable): the check's result, or %NULL when
 *   the practice names no check
 *
 * Since: 0.1
 */
CoprodCheckResult *
coprod_practice_score_get_check_result (CoprodPracticeScore *self)
{
  g_return_val_if_fail (COPROD_IS_PRACTICE_SCORE (self), NULL);

  return self->check;
}

/**
 * coprod_practice_score_get_rating:
 * @self: a practice score
 *
 * Gets the review's rating of the practice, with the evidence people
 * gave for it.
 *
 * Returns: (transfer none) (nullable): the rating, or %NULL when the
 *   review did not rate the practice or there is no review
 *
 * Since: 0.1
 */
CoprodRating *
coprod_practice_score_get_rating (CoprodPracticeScore *self)
{
  g_return_val_if_fail (COPROD_IS_PRACTICE_SCORE (self), NULL);

  return self->rating;
}

/**
 * coprod_practice_score_get_evidence_ids:
 * @self: a practice score
 *
 * Gets the ids of the records the practice's automatic check looked at:
 * the evidence from the data. The evidence people gave is the
 * [property@Coprod.Rating:evidence] of the
 * [property@Coprod.PracticeScore:rating].
 *
 * Returns: (transfer none) (array zero-terminated=1): the ids; empty when
 *   the practice names no check
 *
 * Since: 0.1
 */
const char * const *
coprod_practice_score_get_evidence_ids (CoprodPracticeScore *self)
{
  static const char * const none[] = { NULL };

  g_return_val_if_fail (COPROD_IS_PRACTICE_SCORE (self), NULL);

  return self->check != NULL ? coprod_check_result_get_evidence_ids (self->check) : none;
}
