/* coprod-payment-totals-private.h: the fields of a CoprodPaymentTotals, filled in by the engine
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once
#include "coprod-payment-totals.h"

G_BEGIN_DECLS

struct _CoprodPaymentTotals
{
  GObject parent_instance;
  char *subject_id;
  CoprodPaymentPreference preference;
  double hours;
  guint n_involvements;
  guint n_payments;
  gint64 paid;
  guint n_paid;
  gint64 earnings_paid;
  gint64 expenses_paid;
  guint n_paid_late;
  gint64 owed;
  guint n_owed;
  gint64 awaiting;
  guint n_awaiting;
  gint64 open;
  guint n_open;
  gint64 declined;
  guint n_declined;
  gint64 reduced;
  guint n_reduced;
  gint64 donated;
  guint n_donated;
};

CoprodPaymentTotals *_coprod_payment_totals_new (void);

G_END_DECLS
