/* coprod-owed-claim-private.h: the fields of a CoprodOwedClaim, filled in by the engine
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once
#include "coprod-owed-claim.h"

G_BEGIN_DECLS

struct _CoprodOwedClaim
{
  GObject parent_instance;
  char *payment_id;
  char *person_id;
  gint64 amount;
  char *currency;
  char *claimed_date;
  char *due_date;
  guint days_late;
  char *policy_id;
  guint payment_days;
};

CoprodOwedClaim *_coprod_owed_claim_new (void);

G_END_DECLS
