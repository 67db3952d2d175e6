/* coprod-owed-claim.h: a claim left unpaid beyond the policy's days
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(COPROD_INSIDE) && !defined(COPROD_COMPILATION)
# error "Only <libcoprod/coprod.h> can be included directly."
#endif

#include <gio/gio.h>

#include "coprod-enums.h"
#include "coprod-version.h"

G_BEGIN_DECLS

#define COPROD_TYPE_OWED_CLAIM (coprod_owed_claim_get_type ())

COPROD_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (CoprodOwedClaim, coprod_owed_claim, COPROD, OWED_CLAIM, GObject)

COPROD_AVAILABLE_IN_ALL
const char *coprod_owed_claim_get_payment_id (CoprodOwedClaim *self);

COPROD_AVAILABLE_IN_ALL
const char *coprod_owed_claim_get_person_id (CoprodOwedClaim *self);

COPROD_AVAILABLE_IN_ALL
gint64 coprod_owed_claim_get_amount (CoprodOwedClaim *self);

COPROD_AVAILABLE_IN_ALL
const char *coprod_owed_claim_get_currency (CoprodOwedClaim *self);

COPROD_AVAILABLE_IN_ALL
const char *coprod_owed_claim_get_claimed_date (CoprodOwedClaim *self);

COPROD_AVAILABLE_IN_ALL
const char *coprod_owed_claim_get_due_date (CoprodOwedClaim *self);

COPROD_AVAILABLE_IN_ALL
guint coprod_owed_claim_get_days_late (CoprodOwedClaim *self);

COPROD_AVAILABLE_IN_ALL
const char *coprod_owed_claim_get_policy_id (CoprodOwedClaim *self);

COPROD_AVAILABLE_IN_ALL
guint coprod_owed_claim_get_payment_days (CoprodOwedClaim *self);



G_END_DECLS
