/* coprod-payment.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "coprod-date.h"
#include "coprod-enum-types.h"
#include "coprod-meeting.h"
#include "coprod-payment.h"
#include "coprod-person.h"
#include "coprod-project.h"
#include "coprod-record-private.h"

/**
 * CoprodPayment:
 *
 * Money offered or paid to a participant: a fee for their time, travel,
 * subsistence, care costs or a voucher.
 *
 * The [property@Coprod.Payment:amount] is in minor units (pence) of the
 * [property@Coprod.Payment:currency]. The [property@Coprod.Payment:outcome]
 * records what became of the offer: people on benefits may decline or reduce
 * a payment, or donate it. The offered, claimed and paid dates let a report
 * find claims left unpaid beyond the policy's days.
 *
 * ```c
 * g_autoptr(CoprodPayment) payment =
 *   coprod_payment_new ("pay-1", "p-1", COPROD_PAYMENT_KIND_TRAVEL, 1240);
 * coprod_payment_set_meeting_id (payment, "m-1");
 * coprod_payment_set_outcome (payment, COPROD_OFFER_OUTCOME_ACCEPTED);
 * coprod_payment_set_claimed_date (payment, "2024-05-02");
 * ```
 *
 * In JSON, in the `payments` collection:
 *
 * ```json
 * { "id": "pay-1", "person_id": "p-1", "meeting_id": "m-1",
 *   "kind": "travel", "amount": 1240, "currency": "GBP",
 *   "outcome": "accepted", "claimed_date": "2024-05-02" }
 * ```
 *
 * Since: 0.1
 */

struct _CoprodPayment
{
  CoprodRecord parent_instance;

  char *person_id;
  char *meeting_id;
  char *project_id;
  CoprodPaymentKind kind;
  gint64 amount;
  char *currency;
  CoprodOfferOutcome outcome;
  char *offered_date;
  char *claimed_date;
  char *paid_date;
  char *note;
};

G_DEFINE_FINAL_TYPE (CoprodPayment, coprod_payment, COPROD_TYPE_RECORD)

enum {
  FIELD_PERSON_ID,
  FIELD_MEETING_ID,
  FIELD_PROJECT_ID,
  FIELD_KIND,
  FIELD_AMOUNT,
  FIELD_CURRENCY,
  FIELD_OUTCOME,
  FIELD_OFFERED_DATE,
  FIELD_CLAIMED_DATE,
  FIELD_PAID_DATE,
  FIELD_NOTE,
  N_FIELDS
};

static CoprodField fields[N_FIELDS] = {
  /**
   * CoprodPayment:person-id:
   *
   * The id of the [class@Coprod.Person] offered or paid the money.
   *
   * Since: 0.1
   */
  [FIELD_PERSON_ID] = COPROD_REF_FIELD (CoprodPayment, person_id, "person-id",
                                        coprod_person_get_type),

  /**
   * CoprodPayment:meeting-id:
   *
   * The id of the meeting the payment is for, or %NULL.
   *
   * Since: 0.1
   */
  [FIELD_MEETING_ID] = COPROD_REF_FIELD (CoprodPayment, meeting_id,
                                         "meeting-id",
                                         coprod_meeting_get_type),

  /**
   * CoprodPayment:project-id:
   *
   * The id of the project the payment is for, or %NULL.
   *
   * Since: 0.1
   */
  [FIELD_PROJECT_ID] = COPROD_REF_FIELD (CoprodPayment, project_id,
                                         "project-id",
                                         coprod_project_get_type),

  /**
   * CoprodPayment:kind:
   *
   * What the payment is for.
   *
   * Since: 0.1
   */
  [FIELD_KIND] = COPROD_ENUM_FIELD (CoprodPayment, kind, "kind",
                                    coprod_payment_kind_get_type,
                                    COPROD_PAYMENT_KIND_FEE),

  /**
   * CoprodPayment:amount:
   *
   * The amount offered or paid, in minor units (pence) of the
   * [property@Coprod.Payment:currency], from 0 to 2^53-1.
   *
   * Since: 0.1
   */
  [FIELD_AMOUNT] = COPROD_INT64_FIELD (CoprodPayment, amount, "amount",
                                       0, COPROD_MAX_EXACT_INT, 0),

  /**
   * CoprodPayment:currency:
   *
   * The currency of the amount, as an ISO 4217 code: three capital letters,
   * such as GBP or EUR. It is never %NULL: setting %NULL restores the
   * default, GBP.
   *
   * Since: 0.1
   */
  [FIELD_CURRENCY] = COPROD_CURRENCY_DEFAULT_FIELD (CoprodPayment, currency,
                                                   "currency", "GBP"),

  /**
   * CoprodPayment:outcome:
   *
   * What became of the offer: pending, accepted, declined, reduced or
   * donated.
   *
   * Since: 0.1
   */
  [FIELD_OUTCOME] = COPROD_ENUM_FIELD (CoprodPayment, outcome, "outcome",
                                       coprod_offer_outcome_get_type,
                                       COPROD_OFFER_OUTCOME_PENDING),

  /**
   * CoprodPayment:offered-date:
   *
   * When the payment was offered, as an ISO 8601 date.
   *
   * Since: 0.1
   */
  [FIELD_OFFERED_DATE] = COPROD_DATE_RANGE_FIELD (CoprodPayment, offered_date,
                                                  "offered-date", "paid-date"),

  /**
   * CoprodPayment:claimed-date:
   *
   * When the participant claimed the payment, as an ISO 8601 date, or %NULL
   * if they have not.
   *
   * Since: 0.1
   */
  [FIELD_CLAIMED_DATE] = COPROD_DATE_RANGE_FIELD (CoprodPayment, claimed_date,
                                                  "claimed-date", "paid-date"),

  /**
   * CoprodPayment:paid-date:
   *
   * When the payment was made, as an ISO 8601 date, or %NULL if it has not
   * been.
   *
   * Since: 0.1
   */
  [FIELD_PAID_DATE] = COPROD_DATE_FIELD (CoprodPayment, paid_date, "paid-date"),

  /**
   * CoprodPayment:note:
   *
   * A note about the payment. Free text: never exported.
   *
   * Since: 0.1
   */
  [FIELD_NOTE] = COPROD_TEXT_FIELD (CoprodPayment, note, "note"),
};

static void
coprod_payment_class_init (CoprodPaymentClass *klass)
{
  _coprod_fields_install (G_OBJECT_CLASS (klass), fields, N_FIELDS);
}

static void
coprod_payment_init (CoprodPayment *self)
{
  _coprod_fields_init_instance (self, fields, N_FIELDS);
}

/**
 * coprod_payment_new:
 * @id: the id of the payment
 * @person_id: (nullable): the id of the person offered or paid the money
 * @kind: the kind of payment
 * @amount: the amount in minor units (pence), from 0 to 2^53-1
 *
 * Creates a payment in GBP, its outcome pending.
 *
 * Returns: (transfer full): a new payment
 *
 * Since: 0.1
 */
CoprodPayment *
coprod_payment_new (const char       *id,
                    const char       *person_id,
                    CoprodPaymentKind kind,
                    gint64            amount)
{
  return g_object_new (COPROD_TYPE_PAYMENT,
                       "id", id,
                       "person-id", person_id,
                       "kind", kind,
                       "amount", amount,
                       NULL);
}

/**
 * coprod_payment_get_person_id:
 * @self: a payment
 *
 * Gets the id of the person offered or paid the money.
 *
 * Returns: (nullable): the id
 *
 * Since: 0.1
 */
const char *
coprod_payment_get_person_id (CoprodPayment *self)
{
  g_return_val_if_fail (COPROD_IS_PAYMENT (self), NULL);

  return self->person_id;
}

/**
 * coprod_payment_set_person_id:
 * @self: a payment
 * @person_id: (nullable): the id
 *
 * Sets the id of the person offered or paid the money.
 *
 * Since: 0.1
 */
void
coprod_payment_set_person_id (CoprodPayment *self,
                              const char    *person_id)
{
  g_return_if_fail (COPROD_IS_PAYMENT (self));

  _coprod_field_set_string (self, &fields[FIELD_PERSON_ID], person_id);
}

/**
 * coprod_payment_get_meeting_id:
 * @self: a payment
 *
 * Gets the id of the meeting the payment is for.
 *
 * Returns: (nullable): the id
 *
 * Since: 0.1
 */
const char *
coprod_payment_get_meeting_id (CoprodPayment *self)
{
  g_return_val_if_fail (COPROD_IS_PAYMENT (self), NULL);

  return self->meeting_id;
}

/**
 * coprod_payment_set_meeting_id:
 * @self: a payment
 * @meeting_id: (nullable): the id
 *
 * Sets the id of the meeting the payment is for.
 *
 * Since: 0.1
 */
void
coprod_payment_set_meeting_id (CoprodPayment *self,
                               const char    *meeting_id)
{
  g_return_if_fail (COPROD_IS_PAYMENT (self));

  _coprod_field_set_string (self, &fields[FIELD_MEETING_ID], meeting_id);
}

/**
 * coprod_payment_get_project_id:
 * @self: a payment
 *
 * Gets the id of the project the payment is for.
 *
 * Returns: (nullable): the id
 *
 * Since: 0.1
 */
const char *
coprod_payment_get_project_id (CoprodPayment *self)
{
  g_return_val_if_fail (COPROD_IS_PAYMENT (self), NULL);

  return self->project_id;
}

/**
 * coprod_payment_set_project_id:
 * @self: a payment
 * @project_id: (nullable): the id
 *
 * Sets the id of the project the payment is for.
 *
 * Since: 0.1
 */
void
coprod_payment_set_project_id (CoprodPayment *self,
                               const char    *project_id)
{
  g_return_if_fail (COPROD_IS_PAYMENT (self));

  _coprod_field_set_string (self, &fields[FIELD_PROJECT_ID], project_id);
}

/**
 * coprod_payment_get_kind:
 * @self: a payment
 *
 * Gets what the payment is for.
 *
 * Returns: the kind of payment
 *
 * Since: 0.1
 */
CoprodPaymentKind
coprod_payment_get_kind (CoprodPayment *self)
{
  g_return_val_if_fail (COPROD_IS_PAYMENT (self), COPROD_PAYMENT_KIND_FEE);

  return self->kind;
}

/**
 * coprod_payment_set_kind:
 * @self: a payment
 * @kind: the kind of payment
 *
 * Sets what the payment is for.
 *
 * Since: 0.1
 */
void
coprod_payment_set_kind (CoprodPayment    *self,
                         CoprodPaymentKind kind)
{
  g_return_if_fail (COPROD_IS_PAYMENT (self));

  _coprod_field_set_enum (self, &fields[FIELD_KIND], kind);
}

/**
 * coprod_payment_get_amount:
 * @self: a payment
 *
 * Gets the amount offered or paid, in minor units of the currency.
 *
 * Returns: the amount, from 0 to 2^53-1
 *
 * Since: 0.1
 */
gint64
coprod_payment_get_amount (CoprodPayment *self)
{
  g_return_val_if_fail (COPROD_IS_PAYMENT (self), 0);

  return self->amount;
}

/**
 * coprod_payment_set_amount:
 * @self: a payment
 * @amount: the amount in minor units (pence), from 0 to 2^53-1
 *
 * Sets the amount offered or paid, in minor units of the currency.
 *
 * Since: 0.1
 */
void
coprod_payment_set_amount (CoprodPayment *self,
                           gint64         amount)
{
  g_return_if_fail (COPROD_IS_PAYMENT (self));

  _coprod_field_set_int64 (self, &fields[FIELD_AMOUNT], amount);
}

/**
 * coprod_payment_get_currency:
 * @self: a payment
 *
 * Gets the currency code.
 *
 * Returns: the ISO 4217 currency code
 *
 * Since: 0.1
 */
const char *
coprod_payment_get_currency (CoprodPayment *self)
{
  g_return_val_if_fail (COPROD_IS_PAYMENT (self), "GBP");

  return self->currency;
}

/**
 * coprod_payment_set_currency:
 * @self: a payment
 * @currency: (nullable): an ISO 4217 currency code of three capital letters,
 *   or %NULL for GBP
 *
 * Sets the currency code.
 *
 * Since: 0.1
 */
void
coprod_payment_set_currency (CoprodPayment *self,
                             const char    *currency)
{
  g_return_if_fail (COPROD_IS_PAYMENT (self));

  _coprod_field_set_string (self, &fields[FIELD_CURRENCY], currency);
}

/**
 * coprod_payment_get_outcome:
 * @self: a payment
 *
 * Gets what became of the offer.
 *
 * Returns: the outcome
 *
 * Since: 0.1
 */
CoprodOfferOutcome
coprod_payment_get_outcome (CoprodPayment *self)
{
  g_return_val_if_fail (COPROD_IS_PAYMENT (self), COPROD_OFFER_OUTCOME_PENDING);

  return self->outcome;
}

/**
 * coprod_payment_set_outcome:
 * @self: a payment
 * @outcome: the outcome
 *
 * Sets what became of the offer.
 *
 * Since: 0.1
 */
void
coprod_payment_set_outcome (CoprodPayment     *self,
                            CoprodOfferOutcome outcome)
{
  g_return_if_fail (COPROD_IS_PAYMENT (self));

  _coprod_field_set_enum (self, &fields[FIELD_OUTCOME], outcome);
}

/**
 * coprod_payment_get_offered_date:
 * @self: a payment
 *
 * Gets the date the payment was offered.
 *
 * Returns: (nullable): an ISO 8601 date
 *
 * Since: 0.1
 */
const char *
coprod_payment_get_offered_date (CoprodPayment *self)
{
  g_return_val_if_fail (COPROD_IS_PAYMENT (self), NULL);

  return self->offered_date;
}

/**
 * coprod_payment_set_offered_date:
 * @self: a payment
 * @date: (nullable): an ISO 8601 date, see [func@Coprod.date_is_valid]
 *
 * Sets the date the payment was offered.
 *
 * Since: 0.1
 */
void
coprod_payment_set_offered_date (CoprodPayment *self,
                                 const char    *date)
{
  g_return_if_fail (COPROD_IS_PAYMENT (self));

  _coprod_field_set_string (self, &fields[FIELD_OFFERED_DATE], date);
}

/**
 * coprod_payment_get_claimed_date:
 * @self: a payment
 *
 * Gets the date the payment was claimed.
 *
 * Returns: (nullable): an ISO 8601 date
 *
 * Since: 0.1
 */
const char *
coprod_payment_get_claimed_date (CoprodPayment *self)
{
  g_return_val_if_fail (COPROD_IS_PAYMENT (self), NULL);

  return self->claimed_date;
}

/**
 * coprod_payment_set_claimed_date:
 * @self: a payment
 * @date: (nullable): an ISO 8601 date, see [func@Coprod.date_is_valid]
 *
 * Sets the date the payment was claimed.
 *
 * Since: 0.1
 */
void
coprod_payment_set_claimed_date (CoprodPayment *self,
                                 const char    *date)
{
  g_return_if_fail (COPROD_IS_PAYMENT (self));

  _coprod_field_set_string (self, &fields[FIELD_CLAIMED_DATE], date);
}

/**
 * coprod_payment_get_paid_date:
 * @self: a payment
 *
 * Gets the date the payment was made.
 *
 * Returns: (nullable): an ISO 8601 date
 *
 * Since: 0.1
 */
const char *
coprod_payment_get_paid_date (CoprodPayment *self)
{
  g_return_val_if_fail (COPROD_IS_PAYMENT (self), NULL);

  return self->paid_date;
}

/**
 * coprod_payment_set_paid_date:
 * @self: a payment
 * @date: (nullable): an ISO 8601 date, see [func@Coprod.date_is_valid]
 *
 * Sets the date the payment was made.
 *
 * Since: 0.1
 */
void
coprod_payment_set_paid_date (CoprodPayment *self,
                              const char    *date)
{
  g_return_if_fail (COPROD_IS_PAYMENT (self));

  _coprod_field_set_string (self, &fields[FIELD_PAID_DATE], date);
}

/**
 * coprod_payment_get_note:
 * @self: a payment
 *
 * Gets the note.
 *
 * Returns: (nullable): the note
 *
 * Since: 0.1
 */
const char *
coprod_payment_get_note (CoprodPayment *self)
{
  g_return_val_if_fail (COPROD_IS_PAYMENT (self), NULL);

  return self->note;
}

/**
 * coprod_payment_set_note:
 * @self: a payment
 * @note: (nullable): the note
 *
 * Sets the note.
 *
 * Since: 0.1
 */
void
coprod_payment_set_note (CoprodPayment *self,
                         const char    *note)
{
  g_return_if_fail (COPROD_IS_PAYMENT (self));

  _coprod_field_set_string (self, &fields[FIELD_NOTE], note);
}
