/* coprod-rating.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(COPROD_INSIDE) && !defined(COPROD_COMPILATION)
# error "Only <libcoprod/coprod.h> can be included directly."
#endif

#include <glib-object.h>

#include "coprod-enums.h"
#include "coprod-version.h"

G_BEGIN_DECLS

#define COPROD_TYPE_RATING (coprod_rating_get_type ())

COPROD_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (CoprodRating, coprod_rating, COPROD, RATING, GObject)

COPROD_AVAILABLE_IN_ALL
CoprodRating *coprod_rating_new             (const char   *practice_id,
                                             int           score) G_GNUC_WARN_UNUSED_RESULT;
COPROD_AVAILABLE_IN_ALL
const char   *coprod_rating_get_practice_id (CoprodRating *self);
COPROD_AVAILABLE_IN_ALL
void          coprod_rating_set_practice_id (CoprodRating *self,
                                             const char   *practice_id);
COPROD_AVAILABLE_IN_ALL
int           coprod_rating_get_score       (CoprodRating *self);
COPROD_AVAILABLE_IN_ALL
void          coprod_rating_set_score       (CoprodRating *self,
                                             int           score);
COPROD_AVAILABLE_IN_ALL
const char   *coprod_rating_get_evidence    (CoprodRating *self);
COPROD_AVAILABLE_IN_ALL
void          coprod_rating_set_evidence    (CoprodRating *self,
                                             const char   *evidence);

G_END_DECLS
