/* coprod-review-result.h: a values review, from the records and from people
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(COPROD_INSIDE) && !defined(COPROD_COMPILATION)
# error "Only <libcoprod/coprod.h> can be included directly."
#endif

#include <gio/gio.h>

#include "coprod-check-result.h"
#include "coprod-enums.h"
#include "coprod-framework.h"
#include "coprod-practice.h"
#include "coprod-rating.h"
#include "coprod-registry.h"
#include "coprod-review.h"
#include "coprod-value.h"
#include "coprod-version.h"

G_BEGIN_DECLS

#define COPROD_TYPE_PRACTICE_SCORE (coprod_practice_score_get_type ())

COPROD_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (CoprodPracticeScore, coprod_practice_score, COPROD, PRACTICE_SCORE, GObject)

COPROD_AVAILABLE_IN_ALL
CoprodPractice     *coprod_practice_score_get_practice     (CoprodPracticeScore *self);
COPROD_AVAILABLE_IN_ALL
const char         *coprod_practice_score_get_value_key    (CoprodPracticeScore *self);
COPROD_AVAILABLE_IN_ALL
CoprodScoreSource   coprod_practice_score_get_source       (CoprodPracticeScore *self);
COPROD_AVAILABLE_IN_ALL
double              coprod_practice_score_get_score        (CoprodPracticeScore *self);
COPROD_AVAILABLE_IN_ALL
const char         *coprod_practice_score_get_band         (CoprodPracticeScore *self);
COPROD_AVAILABLE_IN_ALL
double              coprod_practice_score_get_data_score   (CoprodPracticeScore *self);
COPROD_AVAILABLE_IN_ALL
int                 coprod_practice_score_get_people_score (CoprodPracticeScore *self);
COPROD_AVAILABLE_IN_ALL
gboolean            coprod_practice_score_get_disagreement (CoprodPracticeScore *self);
COPROD_AVAILABLE_IN_ALL
CoprodCheckResult  *coprod_practice_score_get_check_result (CoprodPracticeScore *self);
COPROD_AVAILABLE_IN_ALL
CoprodRating       *coprod_practice_score_get_rating       (CoprodPracticeScore *self);
COPROD_AVAILABLE_IN_ALL
const char * const *coprod_practice_score_get_evidence_ids (CoprodPracticeScore *self);

#define COPROD_TYPE_VALUE_SCORE (coprod_value_score_get_type ())

COPROD_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (CoprodValueScore, coprod_value_score, COPROD, VALUE_SCORE, GObject)

COPROD_AVAILABLE_IN_ALL
CoprodValue        *coprod_value_score_get_value           (CoprodValueScore    *self);
COPROD_AVAILABLE_IN_ALL
CoprodScoreSource   coprod_value_score_get_source          (CoprodValueScore    *self);
COPROD_AVAILABLE_IN_ALL
double              coprod_value_score_get_score           (CoprodValueScore    *self);
COPROD_AVAILABLE_IN_ALL
const char         *coprod_value_score_get_band            (CoprodValueScore    *self);
COPROD_AVAILABLE_IN_ALL
guint               coprod_value_score_get_n_practices     (CoprodValueScore    *self);
COPROD_AVAILABLE_IN_ALL
guint               coprod_value_score_get_n_scored        (CoprodValueScore    *self);

#define COPROD_TYPE_REVIEW_RESULT (coprod_review_result_get_type ())

COPROD_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (CoprodReviewResult, coprod_review_result, COPROD, REVIEW_RESULT, GObject)

COPROD_AVAILABLE_IN_ALL
CoprodReviewResult *coprod_registry_review                 (CoprodRegistry      *registry,
                                                            const char          *subject_id,
                                                            const char          *framework_id,
                                                            GError             **error) G_GNUC_WARN_UNUSED_RESULT;
COPROD_AVAILABLE_IN_ALL
CoprodReviewResult *coprod_registry_review_as_of           (CoprodRegistry      *registry,
                                                            const char          *subject_id,
                                                            const char          *framework_id,
                                                            const char          *as_of,
                                                            GError             **error) G_GNUC_WARN_UNUSED_RESULT;
COPROD_AVAILABLE_IN_ALL
CoprodReviewResult *coprod_registry_review_with_framework  (CoprodRegistry      *registry,
                                                            const char          *subject_id,
                                                            CoprodFramework     *framework,
                                                            const char          *as_of,
                                                            GError             **error) G_GNUC_WARN_UNUSED_RESULT;

COPROD_AVAILABLE_IN_ALL
const char         *coprod_review_result_get_subject_id    (CoprodReviewResult  *self);
COPROD_AVAILABLE_IN_ALL
CoprodFramework    *coprod_review_result_get_framework     (CoprodReviewResult  *self);
COPROD_AVAILABLE_IN_ALL
const char         *coprod_review_result_get_as_of         (CoprodReviewResult  *self);
COPROD_AVAILABLE_IN_ALL
CoprodReview       *coprod_review_result_get_review        (CoprodReviewResult  *self);
COPROD_AVAILABLE_IN_ALL
guint               coprod_review_result_get_n_reviewers   (CoprodReviewResult  *self);
COPROD_AVAILABLE_IN_ALL
guint               coprod_review_result_get_n_lived_experience_reviewers (CoprodReviewResult *self);
COPROD_AVAILABLE_IN_ALL
GListModel         *coprod_review_result_get_practices     (CoprodReviewResult  *self);
COPROD_AVAILABLE_IN_ALL
CoprodPracticeScore *coprod_review_result_lookup_practice  (CoprodReviewResult  *self,
                                                            const char          *practice_id);
COPROD_AVAILABLE_IN_ALL
GListModel         *coprod_review_result_get_values        (CoprodReviewResult  *self);
COPROD_AVAILABLE_IN_ALL
CoprodScoreSource   coprod_review_result_get_source        (CoprodReviewResult  *self);
COPROD_AVAILABLE_IN_ALL
double              coprod_review_result_get_score         (CoprodReviewResult  *self);
COPROD_AVAILABLE_IN_ALL
const char         *coprod_review_result_get_band          (CoprodReviewResult  *self);
COPROD_AVAILABLE_IN_ALL
guint               coprod_review_result_get_n_disagreements (CoprodReviewResult *self);
COPROD_AVAILABLE_IN_ALL
GListModel         *coprod_review_result_get_findings      (CoprodReviewResult  *self);

G_END_DECLS
