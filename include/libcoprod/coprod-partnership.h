/* coprod-partnership.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(COPROD_INSIDE) && !defined(COPROD_COMPILATION)
# error "Only <libcoprod/coprod.h> can be included directly."
#endif

#include <gio/gio.h>

#include "coprod-enums.h"
#include "coprod-membership.h"
#include "coprod-record.h"

G_BEGIN_DECLS

#define COPROD_TYPE_PARTNERSHIP (coprod_partnership_get_type ())

COPROD_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (CoprodPartnership, coprod_partnership, COPROD, PARTNERSHIP, CoprodRecord)

COPROD_AVAILABLE_IN_ALL
CoprodPartnership *coprod_partnership_new                (const char        *id,
                                                          const char        *name) G_GNUC_WARN_UNUSED_RESULT;
COPROD_AVAILABLE_IN_ALL
const char        *coprod_partnership_get_name           (CoprodPartnership *self);
COPROD_AVAILABLE_IN_ALL
void               coprod_partnership_set_name           (CoprodPartnership *self,
                                                          const char        *name);
COPROD_AVAILABLE_IN_ALL
CoprodGroupKind    coprod_partnership_get_kind           (CoprodPartnership *self);
COPROD_AVAILABLE_IN_ALL
void               coprod_partnership_set_kind           (CoprodPartnership *self,
                                                          CoprodGroupKind    kind);
COPROD_AVAILABLE_IN_ALL
const char        *coprod_partnership_get_purpose        (CoprodPartnership *self);
COPROD_AVAILABLE_IN_ALL
void               coprod_partnership_set_purpose        (CoprodPartnership *self,
                                                          const char        *purpose);
COPROD_AVAILABLE_IN_ALL
const char        *coprod_partnership_get_parent_id      (CoprodPartnership *self);
COPROD_AVAILABLE_IN_ALL
void               coprod_partnership_set_parent_id      (CoprodPartnership *self,
                                                          const char        *parent_id);
COPROD_AVAILABLE_IN_ALL
const char        *coprod_partnership_get_start_date     (CoprodPartnership *self);
COPROD_AVAILABLE_IN_ALL
void               coprod_partnership_set_start_date     (CoprodPartnership *self,
                                                          const char        *date);
COPROD_AVAILABLE_IN_ALL
const char        *coprod_partnership_get_end_date       (CoprodPartnership *self);
COPROD_AVAILABLE_IN_ALL
void               coprod_partnership_set_end_date       (CoprodPartnership *self,
                                                          const char        *date);
COPROD_AVAILABLE_IN_ALL
GListModel        *coprod_partnership_get_memberships    (CoprodPartnership *self);
COPROD_AVAILABLE_IN_ALL
void               coprod_partnership_add_membership     (CoprodPartnership *self,
                                                          CoprodMembership  *membership);
COPROD_AVAILABLE_IN_ALL
gboolean           coprod_partnership_remove_membership  (CoprodPartnership *self,
                                                          CoprodMembership  *membership);
COPROD_AVAILABLE_IN_ALL
gboolean           coprod_partnership_has_member         (CoprodPartnership *self,
                                                          const char        *member_id);

G_END_DECLS
