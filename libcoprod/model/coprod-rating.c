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

  gpointer owner;   /* the record it is inside: see _coprod_object_get_owner() */
  char *practice_id;
  int score;
  char *evidence;
};

G_DEFINE_FINAL_TYPE (CoprodRating, coprod_rating, G_TYPE_OBJECT)

enum {
  FIELD_PRACTICE_ID,
  FIELD_SCORE,
  FIELD_EVIDENCE,
  N_FIELDS
};

static CoprodField fields[N_FIELDS] = {
  /**
   * CoprodRating:practice-id:
   *
   * The key of the practice rated, as the values framework names it.
   *
   * Since: 0.1
   */
  [FIELD_PRACTICE_ID] = COPROD_TEXT_FIELD (CoprodRating, practice_id, "practice-id"),

  /**
   * CoprodRating:score:
   *
   * The score, from 0 to 100, on the framework's scale.
   *
   * Since: 0.1
   */
  [FIELD_SCORE] = COPROD_INT_FIELD (CoprodRating, score, "score",
                                    0, 100, 0),

  /**
   * CoprodRating:evidence:
   *
   * What the rating is based on, in the reviewers' words.
   *
   * Since: 0.1
   */
  [FIELD_EVIDENCE] = COPROD_TEXT_FIELD (CoprodRating, evidence, "evidence"),
};

static void
coprod_rating_class_init (CoprodRatingClass *klass)
{
  _coprod_fields_install_child (G_OBJECT_CLASS (klass), fields, N_FIELDS,
                                G_STRUCT_OFFSET (CoprodRating, owner));
}

static void
coprod_rating_init (CoprodRating *self)
{
  _coprod_fields_init_instance (self, fields, N_FIELDS);
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

  _coprod_field_set_string (self, &fields[FIELD_PRACTICE_ID], practice_id);
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

  _coprod_field_set_int (self, &fields[FIELD_SCORE], score);
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

  _coprod_field_set_string (self, &fields[FIELD_EVIDENCE], evidence);
}
