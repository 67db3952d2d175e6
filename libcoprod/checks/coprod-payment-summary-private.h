/* coprod-payment-summary-private.h: the fields of a CoprodPaymentSummary, filled in by the engine
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once
#include "coprod-payment-summary.h"

G_BEGIN_DECLS

struct _CoprodPaymentSummary
{
  GObject parent_instance;
  char *as_of;
  char *currency;
  GListModel *owed_claims;     /* read-only CoprodRecordLists */
  GListModel *people;
  GListModel *projects;
  GListModel *partnerships;
  CoprodPaymentTotals *total;
  guint n_other_currency;
  guint n_unjudged;
};

CoprodPaymentSummary *_coprod_payment_summary_new (void);

G_END_DECLS
