/* coprod-review-result-private.h: making the parts of a review's result
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "coprod-review-result.h"

G_BEGIN_DECLS

/* The score a practice's automatic check gives, on the framework's scale:
 * the top when met, the bottom when not met, and in between in proportion
 * to the items that met the rule when partly met. FALSE when the check was
 * not applicable. */
gboolean             _coprod_review_data_score  (CoprodFramework     *framework,
                                                 CoprodCheckResult   *check,
                                                 double              *score);
/* The band of a score: that of the score rounded to the nearest whole
 * number (halves down), clamped to the scale. Sets @index (optional) to the
 * band's index. */
const char          *_coprod_review_band        (CoprodFramework     *framework,
                                                 double               score,
                                                 guint               *index);
/* @check and @rating are nullable; @rating must be in the scale */
CoprodPracticeScore *_coprod_practice_score_new (CoprodFramework     *framework,
                                                 CoprodPractice      *practice,
                                                 const char          *value_key,
                                                 CoprodCheckResult   *check,
                                                 CoprodRating        *rating);
/* @practices: the scores of the value's practices */
CoprodValueScore    *_coprod_value_score_new    (CoprodFramework     *framework,
                                                 CoprodValue         *value,
                                                 GPtrArray           *practices);

G_END_DECLS
