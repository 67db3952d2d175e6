/* coprod-post.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(COPROD_INSIDE) && !defined(COPROD_COMPILATION)
# error "Only <libcoprod/coprod.h> can be included directly."
#endif

#include "coprod-enums.h"
#include "coprod-record.h"

G_BEGIN_DECLS

#define COPROD_TYPE_POST (coprod_post_get_type ())

COPROD_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (CoprodPost, coprod_post, COPROD, POST, CoprodRecord)

COPROD_AVAILABLE_IN_ALL
CoprodPost      *coprod_post_new            (const char      *id,
                                             const char      *group_id,
                                             const char      *label) G_GNUC_WARN_UNUSED_RESULT;
COPROD_AVAILABLE_IN_ALL
const char      *coprod_post_get_group_id   (CoprodPost      *self);
COPROD_AVAILABLE_IN_ALL
void             coprod_post_set_group_id   (CoprodPost      *self,
                                             const char      *group_id);
COPROD_AVAILABLE_IN_ALL
const char      *coprod_post_get_label      (CoprodPost      *self);
COPROD_AVAILABLE_IN_ALL
void             coprod_post_set_label      (CoprodPost      *self,
                                             const char      *label);
COPROD_AVAILABLE_IN_ALL
const char      *coprod_post_get_role       (CoprodPost      *self);
COPROD_AVAILABLE_IN_ALL
void             coprod_post_set_role       (CoprodPost      *self,
                                             const char      *role);
COPROD_AVAILABLE_IN_ALL
gboolean         coprod_post_get_paid       (CoprodPost      *self);
COPROD_AVAILABLE_IN_ALL
void             coprod_post_set_paid       (CoprodPost      *self,
                                             gboolean         paid);
COPROD_AVAILABLE_IN_ALL
CoprodSelection  coprod_post_get_selection  (CoprodPost      *self);
COPROD_AVAILABLE_IN_ALL
void             coprod_post_set_selection  (CoprodPost      *self,
                                             CoprodSelection  selection);
COPROD_AVAILABLE_IN_ALL
const char      *coprod_post_get_start_date (CoprodPost      *self);
COPROD_AVAILABLE_IN_ALL
void             coprod_post_set_start_date (CoprodPost      *self,
                                             const char      *date);
COPROD_AVAILABLE_IN_ALL
const char      *coprod_post_get_end_date   (CoprodPost      *self);
COPROD_AVAILABLE_IN_ALL
void             coprod_post_set_end_date   (CoprodPost      *self,
                                             const char      *date);

G_END_DECLS
