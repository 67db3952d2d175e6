/* coprod-payment-summary.h: "nobody out of pocket": payments and hours as of a date
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
#include "coprod-registry.h"
#include "coprod-owed-claim.h"
#include "coprod-payment-totals.h"

G_BEGIN_DECLS

#define COPROD_TYPE_PAYMENT_SUMMARY (coprod_payment_summary_get_type ())

COPROD_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (CoprodPaymentSummary, coprod_payment_summary, COPROD, PAYMENT_SUMMARY, GObject)

COPROD_AVAILABLE_IN_ALL
const char *coprod_payment_summary_get_as_of (CoprodPaymentSummary *self);

COPROD_AVAILABLE_IN_ALL
const char *coprod_payment_summary_get_currency (CoprodPaymentSummary *self);

COPROD_AVAILABLE_IN_ALL
GListModel *coprod_payment_summary_get_owed_claims (CoprodPaymentSummary *self);

COPROD_AVAILABLE_IN_ALL
GListModel *coprod_payment_summary_get_people (CoprodPaymentSummary *self);

COPROD_AVAILABLE_IN_ALL
GListModel *coprod_payment_summary_get_projects (CoprodPaymentSummary *self);

COPROD_AVAILABLE_IN_ALL
GListModel *coprod_payment_summary_get_partnerships (CoprodPaymentSummary *self);

COPROD_AVAILABLE_IN_ALL
CoprodPaymentTotals *coprod_payment_summary_get_total (CoprodPaymentSummary *self);

COPROD_AVAILABLE_IN_ALL
guint coprod_payment_summary_get_n_other_currency (CoprodPaymentSummary *self);

COPROD_AVAILABLE_IN_ALL
guint coprod_payment_summary_get_n_unjudged (CoprodPaymentSummary *self);

COPROD_AVAILABLE_IN_ALL
CoprodPaymentSummary *coprod_registry_summarise_payments (CoprodRegistry  *registry,
                                                          const char      *as_of,
                                                          GError         **error) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
