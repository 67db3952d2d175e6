/* coprod-review.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(COPROD_INSIDE) && !defined(COPROD_COMPILATION)
# error "Only <libcoprod/coprod.h> can be included directly."
#endif

#include <gio/gio.h>

#include "coprod-enums.h"
#include "coprod-rating.h"
#include "coprod-record.h"

G_BEGIN_DECLS

#define COPROD_TYPE_REVIEW (coprod_review_get_type ())

COPROD_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (CoprodReview, coprod_review, COPROD, REVIEW, CoprodRecord)

COPROD_AVAILABLE_IN_ALL
CoprodReview       *coprod_review_new              (const char         *id,
                                                    const char         *framework_id,
                                                    const char         *subject_id) G_GNUC_WARN_UNUSED_RESULT;
COPROD_AVAILABLE_IN_ALL
const char         *coprod_review_get_framework_id (CoprodReview       *self);
COPROD_AVAILABLE_IN_ALL
void                coprod_review_set_framework_id (CoprodReview       *self,
                                                    const char         *framework_id);
COPROD_AVAILABLE_IN_ALL
const char         *coprod_review_get_subject_id   (CoprodReview       *self);
COPROD_AVAILABLE_IN_ALL
void                coprod_review_set_subject_id   (CoprodReview       *self,
                                                    const char         *subject_id);
COPROD_AVAILABLE_IN_ALL
const char         *coprod_review_get_date         (CoprodReview       *self);
COPROD_AVAILABLE_IN_ALL
void                coprod_review_set_date         (CoprodReview       *self,
                                                    const char         *date);
COPROD_AVAILABLE_IN_ALL
const char * const *coprod_review_get_reviewer_ids (CoprodReview       *self);
COPROD_AVAILABLE_IN_ALL
void                coprod_review_set_reviewer_ids (CoprodReview       *self,
                                                    const char * const *reviewer_ids);
COPROD_AVAILABLE_IN_ALL
GListModel         *coprod_review_get_ratings      (CoprodReview       *self);
COPROD_AVAILABLE_IN_ALL
void                coprod_review_add_rating       (CoprodReview       *self,
                                                    CoprodRating       *rating);
COPROD_AVAILABLE_IN_ALL
gboolean            coprod_review_remove_rating    (CoprodReview       *self,
                                                    CoprodRating       *rating);
COPROD_AVAILABLE_IN_ALL
CoprodRating       *coprod_review_lookup_rating    (CoprodReview       *self,
                                                    const char         *practice_id);

G_END_DECLS
