/* coprod-payment-totals.h: hours and money of one person, project or partnership
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

#define COPROD_TYPE_PAYMENT_TOTALS (coprod_payment_totals_get_type ())

COPROD_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (CoprodPaymentTotals, coprod_payment_totals, COPROD, PAYMENT_TOTALS, GObject)

COPROD_AVAILABLE_IN_ALL
const char *coprod_payment_totals_get_subject_id (CoprodPaymentTotals *self);

COPROD_AVAILABLE_IN_ALL
CoprodPaymentPreference coprod_payment_totals_get_preference (CoprodPaymentTotals *self);

COPROD_AVAILABLE_IN_ALL
double coprod_payment_totals_get_hours (CoprodPaymentTotals *self);

COPROD_AVAILABLE_IN_ALL
guint coprod_payment_totals_get_n_involvements (CoprodPaymentTotals *self);

COPROD_AVAILABLE_IN_ALL
guint coprod_payment_totals_get_n_payments (CoprodPaymentTotals *self);

COPROD_AVAILABLE_IN_ALL
gint64 coprod_payment_totals_get_paid (CoprodPaymentTotals *self);

COPROD_AVAILABLE_IN_ALL
guint coprod_payment_totals_get_n_paid (CoprodPaymentTotals *self);

COPROD_AVAILABLE_IN_ALL
gint64 coprod_payment_totals_get_earnings_paid (CoprodPaymentTotals *self);

COPROD_AVAILABLE_IN_ALL
gint64 coprod_payment_totals_get_expenses_paid (CoprodPaymentTotals *self);

COPROD_AVAILABLE_IN_ALL
guint coprod_payment_totals_get_n_paid_late (CoprodPaymentTotals *self);

COPROD_AVAILABLE_IN_ALL
gint64 coprod_payment_totals_get_owed (CoprodPaymentTotals *self);

COPROD_AVAILABLE_IN_ALL
guint coprod_payment_totals_get_n_owed (CoprodPaymentTotals *self);

COPROD_AVAILABLE_IN_ALL
gint64 coprod_payment_totals_get_awaiting (CoprodPaymentTotals *self);

COPROD_AVAILABLE_IN_ALL
guint coprod_payment_totals_get_n_awaiting (CoprodPaymentTotals *self);

COPROD_AVAILABLE_IN_ALL
gint64 coprod_payment_totals_get_open (CoprodPaymentTotals *self);

COPROD_AVAILABLE_IN_ALL
guint coprod_payment_totals_get_n_open (CoprodPaymentTotals *self);

COPROD_AVAILABLE_IN_ALL
gint64 coprod_payment_totals_get_declined (CoprodPaymentTotals *self);

COPROD_AVAILABLE_IN_ALL
guint coprod_payment_totals_get_n_declined (CoprodPaymentTotals *self);

COPROD_AVAILABLE_IN_ALL
gint64 coprod_payment_totals_get_reduced (CoprodPaymentTotals *self);

COPROD_AVAILABLE_IN_ALL
guint coprod_payment_totals_get_n_reduced (CoprodPaymentTotals *self);

COPROD_AVAILABLE_IN_ALL
gint64 coprod_payment_totals_get_donated (CoprodPaymentTotals *self);

COPROD_AVAILABLE_IN_ALL
guint coprod_payment_totals_get_n_donated (CoprodPaymentTotals *self);



G_END_DECLS
