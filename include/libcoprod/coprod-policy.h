/* coprod-policy.h
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

#define COPROD_TYPE_POLICY (coprod_policy_get_type ())

COPROD_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (CoprodPolicy, coprod_policy, COPROD, POLICY, CoprodRecord)

COPROD_AVAILABLE_IN_ALL
CoprodPolicy *coprod_policy_new                 (const char   *id,
                                                 const char   *title) G_GNUC_WARN_UNUSED_RESULT;
COPROD_AVAILABLE_IN_ALL
const char   *coprod_policy_get_title           (CoprodPolicy *self);
COPROD_AVAILABLE_IN_ALL
void          coprod_policy_set_title           (CoprodPolicy *self,
                                                 const char   *title);
COPROD_AVAILABLE_IN_ALL
const char   *coprod_policy_get_organisation_id (CoprodPolicy *self);
COPROD_AVAILABLE_IN_ALL
void          coprod_policy_set_organisation_id (CoprodPolicy *self,
                                                 const char   *organisation_id);
COPROD_AVAILABLE_IN_ALL
const char   *coprod_policy_get_rate_card_id    (CoprodPolicy *self);
COPROD_AVAILABLE_IN_ALL
void          coprod_policy_set_rate_card_id    (CoprodPolicy *self,
                                                 const char   *rate_card_id);
COPROD_AVAILABLE_IN_ALL
guint         coprod_policy_get_payment_days    (CoprodPolicy *self);
COPROD_AVAILABLE_IN_ALL
void          coprod_policy_set_payment_days    (CoprodPolicy *self,
                                                 guint         days);
COPROD_AVAILABLE_IN_ALL
CoprodSupport coprod_policy_get_covers          (CoprodPolicy *self);
COPROD_AVAILABLE_IN_ALL
void          coprod_policy_set_covers          (CoprodPolicy *self,
                                                 CoprodSupport covers);
COPROD_AVAILABLE_IN_ALL
gboolean      coprod_policy_get_benefits_advice (CoprodPolicy *self);
COPROD_AVAILABLE_IN_ALL
void          coprod_policy_set_benefits_advice (CoprodPolicy *self,
                                                 gboolean      benefits_advice);
COPROD_AVAILABLE_IN_ALL
const char   *coprod_policy_get_url             (CoprodPolicy *self);
COPROD_AVAILABLE_IN_ALL
void          coprod_policy_set_url             (CoprodPolicy *self,
                                                 const char   *url);

G_END_DECLS
