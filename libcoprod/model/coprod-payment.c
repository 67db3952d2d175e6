/* coprod-payment.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "coprod-date.h"
#include "coprod-enum-types.h"
#include "coprod-payment.h"
#include "coprod-record-private.h"

/* The largest integer a double, and so JavaScript, holds exactly: 2^53-1 */
#define MAX_EXACT_INT G_GINT64_CONSTANT (9007199254740991)

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
  PROP_0,
  PROP_PERSON_ID,
  PROP_MEETING_ID,
  PROP_PROJECT_ID,
  PROP_KIND,
  PROP_AMOUNT,
  PROP_CURRENCY,
  PROP_OUTCOME,
  PROP_OFFERED_DATE,
  PROP_CLAIMED_DATE,
  PROP_PAID_DATE,
  PROP_NOTE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
coprod_payment_finalize (GObject *object)
{
  CoprodPayment *self = COPROD_PAYMENT (object);

  g_clear_pointer (&self->person_id, g_free);
  g_clear_pointer (&self->meeting_id, g_free);
  g_clear_pointer (&self->project_id, g_free);
  g_clear_pointer (&self->currency, g_free);
  g_clear_pointer (&self->offered_date, g_free);
  g_clear_pointer (&self->claimed_date, g_free);
  g_clear_pointer (&self->paid_date, g_free);
  g_clear_pointer (&self->note, g_free);

  G_OBJECT_CLASS (coprod_payment_parent_class)->finalize (object);
}

static void
coprod_payment_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  CoprodPayment *self = COPROD_PAYMENT (object);

  switch (prop_id)
    {
    case PROP_PERSON_ID:
      g_value_set_string (value, self->person_id);
      break;

    case PROP_MEETING_ID:
      g_value_set_string (value, self->meeting_id);
      break;

    case PROP_PROJECT_ID:
      g_value_set_string (value, self->project_id);
      break;

    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    case PROP_AMOUNT:
      g_value_set_int64 (value, self->amount);
      break;

    case PROP_CURRENCY:
      g_value_set_string (value, self->currency);
      break;

    case PROP_OUTCOME:
      g_value_set_enum (value, self->outcome);
      break;

    case PROP_OFFERED_DATE:
      g_value_set_string (value, self->offered_date);
      break;

    case PROP_CLAIMED_DATE:
      g_value_set_string (value, self->claimed_date);
      break;

    case PROP_PAID_DATE:
      g_value_set_string (value, self->paid_date);
      break;

    case PROP_NOTE:
      g_value_set_string (value, self->note);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coprod_payment_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  CoprodPayment *self = COPROD_PAYMENT (object);

  switch (prop_id)
    {
    case PROP_PERSON_ID:
      coprod_payment_set_person_id (self, g_value_get_string (value));
      break;

    case PROP_MEETING_ID:
      coprod_payment_set_meeting_id (self, g_value_get_string (value));
      break;

    case PROP_PROJECT_ID:
      coprod_payment_set_project_id (self, g_value_get_string (value));
      break;

    case PROP_KIND:
      coprod_payment_set_kind (self, g_value_get_enum (value));
      break;

    case PROP_AMOUNT:
      coprod_payment_set_amount (self, g_value_get_int64 (value));
      break;

    case PROP_CURRENCY:
      coprod_payment_set_currency (self, g_value_get_string (value));
      break;

    case PROP_OUTCOME:
      coprod_payment_set_outcome (self, g_value_get_enum (value));
      break;

    case PROP_OFFERED_DATE:
      coprod_payment_set_offered_date (self, g_value_get_string (value));
      break;

    case PROP_CLAIMED_DATE:
      coprod_payment_set_claimed_date (self, g_value_get_string (value));
      break;

    case PROP_PAID_DATE:
      coprod_payment_set_paid_date (self, g_value_get_string (value));
      break;

    case PROP_NOTE:
      coprod_payment_set_note (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coprod_payment_class_init (CoprodPaymentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = (G_PARAM_READWRITE |
                             G_PARAM_EXPLICIT_NOTIFY |
                             G_PARAM_STATIC_STRINGS);

  object_class->finalize = coprod_payment_finalize;
  object_class->get_property = coprod_payment_get_property;
  object_class->set_property = coprod_payment_set_property;

  /**
   * CoprodPayment:person-id:
   *
   * The id of the [class@Coprod.Person] offered or paid the money.
   *
   * Since: 0.1
   */
  properties[PROP_PERSON_ID] =
    _coprod_param_spec_string_kind ("person-id", COPROD_STRING_REF, flags);

  /**
   * CoprodPayment:meeting-id:
   *
   * The id of the meeting the payment is for, or %NULL.
   *
   * Since: 0.1
   */
  properties[PROP_MEETING_ID] =
    _coprod_param_spec_string_kind ("meeting-id", COPROD_STRING_REF, flags);

  /**
   * CoprodPayment:project-id:
   *
   * The id of the project the payment is for, or %NULL.
   *
   * Since: 0.1
   */
  properties[PROP_PROJECT_ID] =
    _coprod_param_spec_string_kind ("project-id", COPROD_STRING_REF, flags);

  /**
   * CoprodPayment:kind:
   *
   * What the payment is for.
   *
   * Since: 0.1
   */
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       COPROD_TYPE_PAYMENT_KIND, COPROD_PAYMENT_KIND_FEE,
                       flags);

  /**
   * CoprodPayment:amount:
   *
   * The amount offered or paid, in minor units (pence) of the
   * [property@Coprod.Payment:currency], from 0 to 2^53-1.
   *
   * Since: 0.1
   */
  properties[PROP_AMOUNT] =
    g_param_spec_int64 ("amount", NULL, NULL,
                        0, MAX_EXACT_INT, 0,
                        flags);

  /**
   * CoprodPayment:currency:
   *
   * The currency of the amount, as an ISO 4217 code: three capital letters,
   * such as GBP or EUR. It is never %NULL: setting %NULL restores the
   * default, GBP.
   *
   * Since: 0.1
   */
  properties[PROP_CURRENCY] =
    _coprod_param_spec_string_kind ("currency", COPROD_STRING_CURRENCY, flags);
  /* the kind helper makes a NULL default; this one's is GBP */
  G_PARAM_SPEC_STRING (properties[PROP_CURRENCY])->default_value =
    g_strdup ("GBP");

  /**
   * CoprodPayment:outcome:
   *
   * What became of the offer: pending, accepted, declined, reduced or
   * donated.
   *
   * Since: 0.1
   */
  properties[PROP_OUTCOME] =
    g_param_spec_enum ("outcome", NULL, NULL,
                       COPROD_TYPE_OFFER_OUTCOME, COPROD_OFFER_OUTCOME_PENDING,
                       flags);

  /**
   * CoprodPayment:offered-date:
   *
   * When the payment was offered, as an ISO 8601 date.
   *
   * Since: 0.1
   */
  properties[PROP_OFFERED_DATE] =
    _coprod_param_spec_string_kind ("offered-date", COPROD_STRING_DATE, flags);

  /**
   * CoprodPayment:claimed-date:
   *
   * When the participant claimed the payment, as an ISO 8601 date, or %NULL
   * if they have not.
   *
   * Since: 0.1
   */
  properties[PROP_CLAIMED_DATE] =
    _coprod_param_spec_string_kind ("claimed-date", COPROD_STRING_DATE, flags);

  /**
   * CoprodPayment:paid-date:
   *
   * When the payment was made, as an ISO 8601 date, or %NULL if it has not
   * been.
   *
   * Since: 0.1
   */
  properties[PROP_PAID_DATE] =
    _coprod_param_spec_string_kind ("paid-date", COPROD_STRING_DATE, flags);

  /**
   * CoprodPayment:note:
   *
   * A note about the payment. Free text: never exported.
   *
   * Since: 0.1
   */
  properties[PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
coprod_payment_init (CoprodPayment *self)
{
  self->currency = g_strdup ("GBP");
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

  _coprod_set_string (self, &self->person_id, person_id,
                      properties[PROP_PERSON_ID]);
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

  _coprod_set_string (self, &self->meeting_id, meeting_id,
                      properties[PROP_MEETING_ID]);
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

  _coprod_set_string (self, &self->project_id, project_id,
                      properties[PROP_PROJECT_ID]);
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

  _coprod_set_enum (self, (guint *) &self->kind, kind, properties[PROP_KIND]);
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
  g_return_if_fail (amount >= 0 && amount <= MAX_EXACT_INT);

  _coprod_set_int64 (self, &self->amount, amount, properties[PROP_AMOUNT]);
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

  if (currency == NULL)
    currency = "GBP";
  _coprod_set_string (self, &self->currency, currency,
                      properties[PROP_CURRENCY]);
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

  _coprod_set_enum (self, (guint *) &self->outcome, outcome,
                    properties[PROP_OUTCOME]);
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

  _coprod_set_string (self, &self->offered_date, date,
                      properties[PROP_OFFERED_DATE]);
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

  _coprod_set_string (self, &self->claimed_date, date,
                      properties[PROP_CLAIMED_DATE]);
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

  _coprod_set_string (self, &self->paid_date, date, properties[PROP_PAID_DATE]);
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

  _coprod_set_string (self, &self->note, note, properties[PROP_NOTE]);
}
