/* coprod-review.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "coprod-enum-types.h"
#include "coprod-partnership.h"
#include "coprod-person.h"
#include "coprod-project.h"
#include "coprod-record-private.h"
#include "coprod-review.h"

/**
 * CoprodReview:
 *
 * A values self-assessment of a project or partnership: people, among them
 * people with lived experience, rate how well the practices of a values
 * framework were lived up to.
 *
 * [property@Coprod.Review:framework-id] is the key of a values framework,
 * such as `flse`, not the id of a record; each [class@Coprod.Rating] names a
 * practice of that framework and gives a score on its scale.
 *
 * ```c
 * g_autoptr(CoprodReview) review =
 *   coprod_review_new ("rev-1", "flse", "proj-1");
 * g_autoptr(CoprodRating) rating = coprod_rating_new ("impact-shared", 3);
 *
 * coprod_review_set_date (review, "2024-09-12");
 * coprod_review_add_rating (review, rating);
 * ```
 *
 * In JSON, in the `reviews` collection:
 *
 * ```json
 * { "id": "rev-1", "framework_id": "flse", "subject_id": "proj-1",
 *   "date": "2024-09-12", "reviewer_ids": ["p-1", "p-2"],
 *   "ratings": [ { "practice_id": "impact-shared", "score": 3 } ] }
 * ```
 *
 * Since: 0.1
 */

struct _CoprodReview
{
  CoprodRecord parent_instance;

  char *framework_id;
  char *subject_id;
  char *date;
  char **reviewer_ids;
  GListModel *ratings;   /* made when needed: see coprod-field.c */
};

G_DEFINE_FINAL_TYPE (CoprodReview, coprod_review, COPROD_TYPE_RECORD)

enum {
  FIELD_FRAMEWORK_ID,
  FIELD_SUBJECT_ID,
  FIELD_DATE,
  FIELD_REVIEWER_IDS,
  FIELD_RATINGS,
  N_FIELDS
};

static const char * const empty_strv[] = { NULL };

static CoprodField fields[N_FIELDS] = {
  /**
   * CoprodReview:framework-id:
   *
   * The key of the values framework the review follows, such as "flse". It
   * names a framework, not a record.
   *
   * Since: 0.1
   */
  [FIELD_FRAMEWORK_ID] = COPROD_TEXT_FIELD (CoprodReview, framework_id,
                                            "framework-id"),

  /**
   * CoprodReview:subject-id:
   *
   * The id of the project or partnership reviewed.
   *
   * Since: 0.1
   */
  [FIELD_SUBJECT_ID] = COPROD_REF_EITHER_FIELD (CoprodReview, subject_id,
                                                "subject-id",
                                                coprod_project_get_type,
                                                coprod_partnership_get_type),

  /**
   * CoprodReview:date:
   *
   * When the review took place, as an ISO 8601 date.
   *
   * Since: 0.1
   */
  [FIELD_DATE] = COPROD_DATE_FIELD (CoprodReview, date, "date"),

  /**
   * CoprodReview:reviewer-ids:
   *
   * The ids of the people who took part in the review.
   *
   * Since: 0.1
   */
  [FIELD_REVIEWER_IDS] = COPROD_REFS_FIELD (CoprodReview, reviewer_ids,
                                            "reviewer-ids",
                                            coprod_person_get_type),

  /**
   * CoprodReview:ratings:
   *
   * The ratings of the review, a list model of [class@Coprod.Rating]. It is
   * read-only: change it with [method@Coprod.Review.add_rating] and
   * [method@Coprod.Review.remove_rating].
   *
   * Since: 0.1
   */
  [FIELD_RATINGS] = COPROD_CHILDREN_FIELD (CoprodReview, ratings, "ratings",
                                           coprod_rating_get_type),
};

static void
coprod_review_class_init (CoprodReviewClass *klass)
{
  _coprod_fields_install (G_OBJECT_CLASS (klass), fields, N_FIELDS);
}

static void
coprod_review_init (CoprodReview *self)
{
  _coprod_fields_init_instance (self, fields, N_FIELDS);
}

/**
 * coprod_review_new:
 * @id: the id of the review
 * @framework_id: (nullable): the key of the values framework
 * @subject_id: (nullable): the id of the project or partnership reviewed
 *
 * Creates a review with no ratings.
 *
 * Returns: (transfer full): a new review
 *
 * Since: 0.1
 */
CoprodReview *
coprod_review_new (const char *id,
                   const char *framework_id,
                   const char *subject_id)
{
  return g_object_new (COPROD_TYPE_REVIEW,
                       "id", id,
                       "framework-id", framework_id,
                       "subject-id", subject_id,
                       NULL);
}

/**
 * coprod_review_get_framework_id:
 * @self: a review
 *
 * Gets the key of the values framework.
 *
 * Returns: (nullable): the key of the values framework
 *
 * Since: 0.1
 */
const char *
coprod_review_get_framework_id (CoprodReview *self)
{
  g_return_val_if_fail (COPROD_IS_REVIEW (self), NULL);

  return self->framework_id;
}

/**
 * coprod_review_set_framework_id:
 * @self: a review
 * @framework_id: (nullable): the key of the values framework
 *
 * Sets the key of the values framework.
 *
 * Since: 0.1
 */
void
coprod_review_set_framework_id (CoprodReview *self,
                                const char   *framework_id)
{
  g_return_if_fail (COPROD_IS_REVIEW (self));

  _coprod_field_set_string (self, &fields[FIELD_FRAMEWORK_ID], framework_id);
}

/**
 * coprod_review_get_subject_id:
 * @self: a review
 *
 * Gets the id of the project or partnership reviewed.
 *
 * Returns: (nullable): the id
 *
 * Since: 0.1
 */
const char *
coprod_review_get_subject_id (CoprodReview *self)
{
  g_return_val_if_fail (COPROD_IS_REVIEW (self), NULL);

  return self->subject_id;
}

/**
 * coprod_review_set_subject_id:
 * @self: a review
 * @subject_id: (nullable): the id
 *
 * Sets the id of the project or partnership reviewed.
 *
 * Since: 0.1
 */
void
coprod_review_set_subject_id (CoprodReview *self,
                              const char   *subject_id)
{
  g_return_if_fail (COPROD_IS_REVIEW (self));

  _coprod_field_set_string (self, &fields[FIELD_SUBJECT_ID], subject_id);
}

/**
 * coprod_review_get_date:
 * @self: a review
 *
 * Gets the date of the review.
 *
 * Returns: (nullable): an ISO 8601 date
 *
 * Since: 0.1
 */
const char *
coprod_review_get_date (CoprodReview *self)
{
  g_return_val_if_fail (COPROD_IS_REVIEW (self), NULL);

  return self->date;
}

/**
 * coprod_review_set_date:
 * @self: a review
 * @date: (nullable): an ISO 8601 date, see [func@Coprod.date_is_valid]
 *
 * Sets the date of the review.
 *
 * Since: 0.1
 */
void
coprod_review_set_date (CoprodReview *self,
                        const char   *date)
{
  g_return_if_fail (COPROD_IS_REVIEW (self));

  _coprod_field_set_string (self, &fields[FIELD_DATE], date);
}

/**
 * coprod_review_get_reviewer_ids:
 * @self: a review
 *
 * Gets the ids of the reviewers.
 *
 * Returns: (transfer none) (array zero-terminated=1): the ids of the
 *   reviewers; empty if there are none
 *
 * Since: 0.1
 */
const char * const *
coprod_review_get_reviewer_ids (CoprodReview *self)
{
  g_return_val_if_fail (COPROD_IS_REVIEW (self), empty_strv);

  return (const char * const *) self->reviewer_ids;
}

/**
 * coprod_review_set_reviewer_ids:
 * @self: a review
 * @reviewer_ids: (nullable) (array zero-terminated=1): the ids of the
 *   reviewers
 *
 * Sets the ids of the reviewers. %NULL is the same as an empty list.
 *
 * Since: 0.1
 */
void
coprod_review_set_reviewer_ids (CoprodReview       *self,
                                const char * const *reviewer_ids)
{
  g_return_if_fail (COPROD_IS_REVIEW (self));

  _coprod_field_set_strv (self, &fields[FIELD_REVIEWER_IDS], reviewer_ids);
}

/**
 * coprod_review_get_ratings:
 * @self: a review
 *
 * Gets the ratings of the review, in the order they were added. The list
 * emits [signal@Gio.ListModel::items-changed] as ratings are added and
 * removed.
 *
 * Returns: (transfer none): a list model of [class@Coprod.Rating]
 *
 * Since: 0.1
 */
GListModel *
coprod_review_get_ratings (CoprodReview *self)
{
  g_return_val_if_fail (COPROD_IS_REVIEW (self), NULL);

  return _coprod_field_get_children (self, &fields[FIELD_RATINGS]);
}

/**
 * coprod_review_add_rating:
 * @self: a review
 * @rating: the rating to add
 *
 * Appends @rating to the review's ratings. The review takes a reference.
 *
 * Since: 0.1
 */
void
coprod_review_add_rating (CoprodReview *self,
                          CoprodRating *rating)
{
  g_return_if_fail (COPROD_IS_REVIEW (self));
  g_return_if_fail (COPROD_IS_RATING (rating));

  _coprod_field_add_child (self, &fields[FIELD_RATINGS], rating);
}

/**
 * coprod_review_remove_rating:
 * @self: a review
 * @rating: the rating to remove
 *
 * Removes @rating from the review's ratings.
 *
 * Returns: %TRUE if @rating was one of the review's ratings
 *
 * Since: 0.1
 */
gboolean
coprod_review_remove_rating (CoprodReview *self,
                             CoprodRating *rating)
{
  g_return_val_if_fail (COPROD_IS_REVIEW (self), FALSE);
  g_return_val_if_fail (COPROD_IS_RATING (rating), FALSE);

  return _coprod_field_remove_child (self, &fields[FIELD_RATINGS], rating);
}

/**
 * coprod_review_lookup_rating:
 * @self: a review
 * @practice_id: the key of a practice
 *
 * Finds the rating of a practice. If the review rates the practice more
 * than once, the first rating is the one found.
 *
 * Returns: (transfer none) (nullable): the rating, or %NULL if the review
 *   does not rate the practice
 *
 * Since: 0.1
 */
CoprodRating *
coprod_review_lookup_rating (CoprodReview *self,
                             const char   *practice_id)
{
  guint i, n;

  g_return_val_if_fail (COPROD_IS_REVIEW (self), NULL);
  g_return_val_if_fail (practice_id != NULL, NULL);

  n = _coprod_field_get_n_children (self, &fields[FIELD_RATINGS]);
  for (i = 0; i < n; i++)
    {
      CoprodRating *rating = _coprod_field_peek_child (self, &fields[FIELD_RATINGS], i);

      /* the list holds a reference */
      if (g_strcmp0 (coprod_rating_get_practice_id (rating), practice_id) == 0)
        return rating;
    }

  return NULL;
}
