/* coprod-membership.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(COPROD_INSIDE) && !defined(COPROD_COMPILATION)
# error "Only <libcoprod/coprod.h> can be included directly."
#endif

#include <glib-object.h>
#include "coprod-version.h"

G_BEGIN_DECLS

#define COPROD_TYPE_MEMBERSHIP (coprod_membership_get_type ())

COPROD_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (CoprodMembership, coprod_membership, COPROD, MEMBERSHIP, GObject)

COPROD_AVAILABLE_IN_ALL
CoprodMembership *coprod_membership_new                 (const char       *member_id,
                                                         const char       *role) G_GNUC_WARN_UNUSED_RESULT;
COPROD_AVAILABLE_IN_ALL
const char       *coprod_membership_get_member_id       (CoprodMembership *self);
COPROD_AVAILABLE_IN_ALL
void              coprod_membership_set_member_id       (CoprodMembership *self,
                                                         const char       *member_id);
COPROD_AVAILABLE_IN_ALL
const char       *coprod_membership_get_role            (CoprodMembership *self);
COPROD_AVAILABLE_IN_ALL
void              coprod_membership_set_role            (CoprodMembership *self,
                                                         const char       *role);
COPROD_AVAILABLE_IN_ALL
const char       *coprod_membership_get_post_id         (CoprodMembership *self);
COPROD_AVAILABLE_IN_ALL
void              coprod_membership_set_post_id         (CoprodMembership *self,
                                                         const char       *post_id);
COPROD_AVAILABLE_IN_ALL
const char       *coprod_membership_get_on_behalf_of_id (CoprodMembership *self);
COPROD_AVAILABLE_IN_ALL
void              coprod_membership_set_on_behalf_of_id (CoprodMembership *self,
                                                         const char       *organisation_id);
COPROD_AVAILABLE_IN_ALL
gboolean          coprod_membership_get_lead            (CoprodMembership *self);
COPROD_AVAILABLE_IN_ALL
void              coprod_membership_set_lead            (CoprodMembership *self,
                                                         gboolean          lead);
COPROD_AVAILABLE_IN_ALL
gboolean          coprod_membership_get_paid            (CoprodMembership *self);
COPROD_AVAILABLE_IN_ALL
void              coprod_membership_set_paid            (CoprodMembership *self,
                                                         gboolean          paid);
COPROD_AVAILABLE_IN_ALL
const char       *coprod_membership_get_start_date      (CoprodMembership *self);
COPROD_AVAILABLE_IN_ALL
void              coprod_membership_set_start_date      (CoprodMembership *self,
                                                         const char       *date);
COPROD_AVAILABLE_IN_ALL
const char       *coprod_membership_get_end_date        (CoprodMembership *self);
COPROD_AVAILABLE_IN_ALL
void              coprod_membership_set_end_date        (CoprodMembership *self,
                                                         const char       *date);

G_END_DECLS
