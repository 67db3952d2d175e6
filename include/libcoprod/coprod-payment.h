/* coprod-payment.h
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

#define COPROD_TYPE_PAYMENT (coprod_payment_get_type ())

COPROD_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (CoprodPayment, coprod_payment, COPROD, PAYMENT, CoprodRecord)

COPROD_AVAILABLE_IN_ALL
CoprodPayment     *coprod_payment_new              (const char        *id,
                                                    const char        *person_id,
                                                    CoprodPaymentKind  kind,
                                                    gint64             amount) G_GNUC_WARN_UNUSED_RESULT;
COPROD_AVAILABLE_IN_ALL
const char        *coprod_payment_get_person_id    (CoprodPayment     *self);
COPROD_AVAILABLE_IN_ALL
void               coprod_payment_set_person_id    (CoprodPayment     *self,
                                                    const char        *person_id);
COPROD_AVAILABLE_IN_ALL
const char        *coprod_payment_get_meeting_id   (CoprodPayment     *self);
COPROD_AVAILABLE_IN_ALL
void               coprod_payment_set_meeting_id   (CoprodPayment     *self,
                                                    const char        *meeting_id);
COPROD_AVAILABLE_IN_ALL
const char        *coprod_payment_get_project_id   (CoprodPayment     *self);
COPROD_AVAILABLE_IN_ALL
void               coprod_payment_set_project_id   (CoprodPayment     *self,
                                                    const char        *project_id);
COPROD_AVAILABLE_IN_ALL
CoprodPaymentKind  coprod_payment_get_kind         (CoprodPayment     *self);
COPROD_AVAILABLE_IN_ALL
void               coprod_payment_set_kind         (CoprodPayment     *self,
                                                    CoprodPaymentKind  kind);
COPROD_AVAILABLE_IN_ALL
gint64             coprod_payment_get_amount       (CoprodPayment     *self);
COPROD_AVAILABLE_IN_ALL
void               coprod_payment_set_amount       (CoprodPayment     *self,
                                                    gint64             amount);
COPROD_AVAILABLE_IN_ALL
const char        *coprod_payment_get_currency     (CoprodPayment     *self);
COPROD_AVAILABLE_IN_ALL
void               coprod_payment_set_currency     (CoprodPayment     *self,
                                                    const char        *currency);
COPROD_AVAILABLE_IN_ALL
CoprodOfferOutcome coprod_payment_get_outcome      (CoprodPayment     *self);
COPROD_AVAILABLE_IN_ALL
void               coprod_payment_set_outcome      (CoprodPayment     *self,
                                                    CoprodOfferOutcome outcome);
COPROD_AVAILABLE_IN_ALL
const char        *coprod_payment_get_offered_date (CoprodPayment     *self);
COPROD_AVAILABLE_IN_ALL
void               coprod_payment_set_offered_date (CoprodPayment     *self,
                                                    const char        *date);
COPROD_AVAILABLE_IN_ALL
const char        *coprod_payment_get_claimed_date (CoprodPayment     *self);
COPROD_AVAILABLE_IN_ALL
void               coprod_payment_set_claimed_date (CoprodPayment     *self,
                                                    const char        *date);
COPROD_AVAILABLE_IN_ALL
const char        *coprod_payment_get_paid_date    (CoprodPayment     *self);
COPROD_AVAILABLE_IN_ALL
void               coprod_payment_set_paid_date    (CoprodPayment     *self,
                                                    const char        *date);
COPROD_AVAILABLE_IN_ALL
const char        *coprod_payment_get_note         (CoprodPayment     *self);
COPROD_AVAILABLE_IN_ALL
void               coprod_payment_set_note         (CoprodPayment     *self,
                                                    const char        *note);

G_END_DECLS
