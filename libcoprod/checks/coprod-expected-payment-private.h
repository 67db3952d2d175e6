/* coprod-expected-payment-private.h: the fields of a CoprodExpectedPayment, filled in by the engine
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once
#include "coprod-expected-payment.h"

G_BEGIN_DECLS

struct _CoprodExpectedPayment
{
  GObject parent_instance;
  gint64 amount;
  char *currency;
  CoprodRateUnit unit;
  double quantity;
  char *activity;
  char *policy_id;
  char *rate_card_id;
  char *date;
};

CoprodExpectedPayment *_coprod_expected_payment_new (void);

G_END_DECLS
