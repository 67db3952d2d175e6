/* coprod-rating.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "coprod-enum-types.h"
#include "coprod-rating.h"
#include "coprod-record-private.h"

/**
 * CoprodRating:
 *
 * One human rating inside a [class@Coprod.Review]: how well a practice of a
 * values framework was lived up to, on the framework's scale, with the
 * evidence for it.
 *
 * The [property@Coprod.Rating:score] is a whole number from 0 to 100 whose
 * meaning is the framework's: 1 to 5 on a five-point scale, for example.
 *
 * ```c
 * g_autoptr(CoprodRating) rating = coprod_rating_new ("plain-language", 4);
 * coprod_rating_set_evidence (rating, "Plain-language papers");
 * ```
 *
 * In JSON, inside a review's `ratings`:
 *
 * ```json
 * { "practice_id": "plain-language", "score": 4,
 *   "evidence": "Plain-language papers" }
 * ```
 *
 * Since a rating is not a record it has no id; like a record it keeps the
 * JSON members it does not understand.
 *
 * Since: 0.1
 */

struct _CoprodRating
{
  GObject parent_instance;

  char *practice_id;
  int score;
  char *evidence;
};

G_DEFINE_FINAL_TYPE (CoprodRating, coprod_rating, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PRACTICE_ID,
  PROP_SCORE,
  PROP_EVIDENCE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
coprod_rating_finalize (GObject *object)
{
  CoprodRating *self = COPROD_RATING (object);

  g_clear_pointer (&self->practice_id, g_free);
  g_clear_pointer (&self->evidence, g_free);

  G_OBJECT_CLASS (coprod_rating_parent_class)->finalize (object);
}

static void
coprod_rating_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  CoprodRating *self = COPROD_RATING (object);

  switch (prop_id)
    {
    case PROP_PRACTICE_ID:
      g_value_set_string (value, self->practice_id);
      break;

    case PROP_SCORE:
      g_value_set_int (value, self->score);
      break;

    case PROP_EVIDENCE:
      g_value_set_string (value, self->evidence);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coprod_rating_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  CoprodRating *self = COPROD_RATING (object);

  switch (prop_id)
    {
    case PROP_PRACTICE_ID:
      coprod_rating_set_practice_id (self, g_value_get_string (value));
      break;

    case PROP_SCORE:
      coprod_rating_set_score (self, g_value_get_int (value));
      break;

    case PROP_EVIDENCE:
      coprod_rating_set_evidence (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coprod_rating_class_init (CoprodRatingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = (G_PARAM_READWRITE |
                             G_PARAM_EXPLICIT_NOTIFY |
                             G_PARAM_STATIC_STRINGS);

  object_class->finalize = coprod_rating_finalize;
  object_class->get_property = coprod_rating_get_property;
  object_class->set_property = coprod_rating_set_property;

  /**
   * CoprodRating:practice-id:
   *
   * The key of the practice rated, as the values framework names it.
   *
   * Since: 0.1
   */
  properties[PROP_PRACTICE_ID] =
    g_param_spec_string ("practice-id", NULL, NULL, NULL, flags);

  /**
   * CoprodRating:score:
   *
   * The score, from 0 to 100, on the framework's scale.
   *
   * Since: 0.1
   */
  properties[PROP_SCORE] =
    g_param_spec_int ("score", NULL, NULL,
                      0, 100, 0,
                      flags);

  /**
   * CoprodRating:evidence:
   *
   * What the rating is based on, in the reviewers' words.
   *
   * Since: 0.1
   */
  properties[PROP_EVIDENCE] =
    g_param_spec_string ("evidence", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
coprod_rating_init (CoprodRating *self)
{
}

/**
 * coprod_rating_new:
 * @practice_id: (nullable): the key of the practice rated
 * @score: the score, from 0 to 100, on the framework's scale
 *
 * Creates a rating.
 *
 * Returns: (transfer full): a new rating
 *
 * Since: 0.1
 */
CoprodRating *
coprod_rating_new (const char *practice_id,
                   int         score)
{
  return g_object_new (COPROD_TYPE_RATING,
                       "practice-id", practice_id,
                       "score", score,
                       NULL);
}

/**
 * coprod_rating_get_practice_id:
 * @self: a rating
 *
 * Gets the key of the practice rated.
 *
 * Returns: (nullable): the key of the practice rated
 *
 * Since: 0.1
 */
const char *
coprod_rating_get_practice_id (CoprodRating *self)
{
  g_return_val_if_fail (COPROD_IS_RATING (self), NULL);

  return self->practice_id;
}

/**
 * coprod_rating_set_practice_id:
 * @self: a rating
 * @practice_id: (nullable): the key of the practice rated
 *
 * Sets the key of the practice rated.
 *
 * Since: 0.1
 */
void
coprod_rating_set_practice_id (CoprodRating *self,
                               const char   *practice_id)
{
  g_return_if_fail (COPROD_IS_RATING (self));

  _coprod_set_string (self, &self->practice_id, practice_id,
                      properties[PROP_PRACTICE_ID]);
}

/**
 * coprod_rating_get_score:
 * @self: a rating
 *
 * Gets the score.
 *
 * Returns: the score, from 0 to 100
 *
 * Since: 0.1
 */
int
coprod_rating_get_score (CoprodRating *self)
{
  g_return_val_if_fail (COPROD_IS_RATING (self), 0);

  return self->score;
}

/**
 * coprod_rating_set_score:
 * @self: a rating
 * @score: the score, from 0 to 100, on the framework's scale
 *
 * Sets the score.
 *
 * Since: 0.1
 */
void
coprod_rating_set_score (CoprodRating *self,
                         int           score)
{
  g_return_if_fail (COPROD_IS_RATING (self));
  g_return_if_fail (score >= 0 && score <= 100);

  if (self->score == score)
    return;

  self->score = score;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCORE]);
}

/**
 * coprod_rating_get_evidence:
 * @self: a rating
 *
 * Gets the evidence.
 *
 * Returns: (nullable): the evidence
 *
 * Since: 0.1
 */
const char *
coprod_rating_get_evidence (CoprodRating *self)
{
  g_return_val_if_fail (COPROD_IS_RATING (self), NULL);

  return self->evidence;
}

/**
 * coprod_rating_set_evidence:
 * @self: a rating
 * @evidence: (nullable): the evidence
 *
 * Sets the evidence.
 *
 * Since: 0.1
 */
void
coprod_rating_set_evidence (CoprodRating *self,
                            const char   *evidence)
{
  g_return_if_fail (COPROD_IS_RATING (self));

  _coprod_set_string (self, &self->evidence, evidence,
                      properties[PROP_EVIDENCE]);
}
