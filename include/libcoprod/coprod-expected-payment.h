/* coprod-expected-payment.h: what an involvement or an attendance should be paid
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
#include "coprod-involvement.h"
#include "coprod-registry.h"

G_BEGIN_DECLS

#define COPROD_TYPE_EXPECTED_PAYMENT (coprod_expected_payment_get_type ())

COPROD_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (CoprodExpectedPayment, coprod_expected_payment, COPROD, EXPECTED_PAYMENT, GObject)

COPROD_AVAILABLE_IN_ALL
gint64 coprod_expected_payment_get_amount (CoprodExpectedPayment *self);

COPROD_AVAILABLE_IN_ALL
const char *coprod_expected_payment_get_currency (CoprodExpectedPayment *self);

COPROD_AVAILABLE_IN_ALL
CoprodRateUnit coprod_expected_payment_get_unit (CoprodExpectedPayment *self);

COPROD_AVAILABLE_IN_ALL
double coprod_expected_payment_get_quantity (CoprodExpectedPayment *self);

COPROD_AVAILABLE_IN_ALL
const char *coprod_expected_payment_get_activity (CoprodExpectedPayment *self);

COPROD_AVAILABLE_IN_ALL
const char *coprod_expected_payment_get_policy_id (CoprodExpectedPayment *self);

COPROD_AVAILABLE_IN_ALL
const char *coprod_expected_payment_get_rate_card_id (CoprodExpectedPayment *self);

COPROD_AVAILABLE_IN_ALL
const char *coprod_expected_payment_get_date (CoprodExpectedPayment *self);

COPROD_AVAILABLE_IN_ALL
CoprodExpectedPayment *coprod_registry_expect_payment_for_involvement (CoprodRegistry     *registry,
                                                                       CoprodInvolvement  *involvement,
                                                                       GError            **error) G_GNUC_WARN_UNUSED_RESULT;
COPROD_AVAILABLE_IN_ALL
CoprodExpectedPayment *coprod_registry_expect_payment_for_attendance  (CoprodRegistry     *registry,
                                                                       const char         *meeting_id,
                                                                       const char         *person_id,
                                                                       GError            **error) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
