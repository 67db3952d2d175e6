/* coprod-payment-totals.c: hours and money of one person, project or partnership
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "coprod-enum-types.h"
#include "coprod-payment-totals-private.h"

/**
 * CoprodPaymentTotals:
 *
 * Hours given and money paid, owed and given up, for one person, project
 * or partnership, or for the whole registry, as of a date: a row of a
 * [class@Coprod.PaymentSummary].
 *
 * Amounts are exact sums of integer minor units (pence) of the summary's
 * [property@Coprod.PaymentSummary:currency]. Each payment counts in exactly
 * one of these, by what became of it as of the summary's date:
 *
 * - declined, reduced, donated: an offer the person declined, reduced or
 *   donated; counted apart, and never paid to them nor owed, whatever dates
 *   it carries (what they chose to take of a reduced offer is a payment of
 *   its own);
 * - paid: paid on or before the date;
 * - owed: claimed, not paid, and beyond the policy's days (see
 *   [class@Coprod.OwedClaim]);
 * - awaiting: claimed, not paid, still within the policy's days, or with no
 *   policy to judge it by;
 * - open: offered and not yet claimed.
 *
 * Paid money is split into earnings (fees, vouchers, gift cards: pay for
 * time) and expenses (travel, subsistence, care costs), since UK involvement
 * guidance counts the first, and not the second, as earnings for benefit
 * purposes.
 *
 * Hours are those of the held involvements (not planned ones) dated on or
 * before the summary's date, or undated.
 *
 * ```c
 * GListModel *people = coprod_payment_summary_get_people (summary);
 * g_autoptr(CoprodPaymentTotals) first = g_list_model_get_item (people, 0);
 *
 * g_print ("%s: %.2f hours, %" G_GINT64_FORMAT " pence paid\n",
 *          coprod_payment_totals_get_subject_id (first),
 *          coprod_payment_totals_get_hours (first),
 *          coprod_payment_totals_get_paid (first));
 * ```
 *
 * Since: 0.1
 */

G_DEFINE_FINAL_TYPE (CoprodPaymentTotals, coprod_payment_totals, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_SUBJECT_ID,
  PROP_PREFERENCE,
  PROP_HOURS,
  PROP_N_INVOLVEMENTS,
  PROP_N_PAYMENTS,
  PROP_PAID,
  PROP_N_PAID,
  PROP_EARNINGS_PAID,
  PROP_EXPENSES_PAID,
  PROP_N_PAID_LATE,
  PROP_OWED,
  PROP_N_OWED,
  PROP_AWAITING,
  PROP_N_AWAITING,
  PROP_OPEN,
  PROP_N_OPEN,
  PROP_DECLINED,
  PROP_N_DECLINED,
  PROP_REDUCED,
  PROP_N_REDUCED,
  PROP_DONATED,
  PROP_N_DONATED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
coprod_payment_totals_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  CoprodPaymentTotals *self = COPROD_PAYMENT_TOTALS (object);

  switch (prop_id)
    {
    case PROP_SUBJECT_ID:
      g_value_set_string (value, self->subject_id);
      break;

    case PROP_PREFERENCE:
      g_value_set_enum (value, self->preference);
      break;

    case PROP_HOURS:
      g_value_set_double (value, self->hours);
      break;

    case PROP_N_INVOLVEMENTS:
      g_value_set_uint (value, self->n_involvements);
      break;

    case PROP_N_PAYMENTS:
      g_value_set_uint (value, self->n_payments);
      break;

    case PROP_PAID:
      g_value_set_int64 (value, self->paid);
      break;

    case PROP_N_PAID:
      g_value_set_uint (value, self->n_paid);
      break;

    case PROP_EARNINGS_PAID:
      g_value_set_int64 (value, self->earnings_paid);
      break;

    case PROP_EXPENSES_PAID:
      g_value_set_int64 (value, self->expenses_paid);
      break;

    case PROP_N_PAID_LATE:
      g_value_set_uint (value, self->n_paid_late);
      break;

    case PROP_OWED:
      g_value_set_int64 (value, self->owed);
      break;

    case PROP_N_OWED:
      g_value_set_uint (value, self->n_owed);
      break;

    case PROP_AWAITING:
      g_value_set_int64 (value, self->awaiting);
      break;

    case PROP_N_AWAITING:
      g_value_set_uint (value, self->n_awaiting);
      break;

    case PROP_OPEN:
      g_value_set_int64 (value, self->open);
      break;

    case PROP_N_OPEN:
      g_value_set_uint (value, self->n_open);
      break;

    case PROP_DECLINED:
      g_value_set_int64 (value, self->declined);
      break;

    case PROP_N_DECLINED:
      g_value_set_uint (value, self->n_declined);
      break;

    case PROP_REDUCED:
      g_value_set_int64 (value, self->reduced);
      break;

    case PROP_N_REDUCED:
      g_value_set_uint (value, self->n_reduced);
      break;

    case PROP_DONATED:
      g_value_set_int64 (value, self->donated);
      break;

    case PROP_N_DONATED:
      g_value_set_uint (value, self->n_donated);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coprod_payment_totals_finalize (GObject *object)
{
  CoprodPaymentTotals *self = COPROD_PAYMENT_TOTALS (object);

  g_clear_pointer (&self->subject_id, g_ref_string_release);

  G_OBJECT_CLASS (coprod_payment_totals_parent_class)->finalize (object);
}

static void
coprod_payment_totals_class_init (CoprodPaymentTotalsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = coprod_payment_totals_get_property;
  object_class->finalize = coprod_payment_totals_finalize;

  /**
   * CoprodPaymentTotals:subject-id:
   *
   * The id of the person, project or partnership the totals are for, or
   * %NULL for the totals of the whole registry.
   *
   * Since: 0.1
   */
  properties[PROP_SUBJECT_ID] =
    g_param_spec_string ("subject-id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CoprodPaymentTotals:preference:
   *
   * For a person, their standing payment preference (see
   * [property@Coprod.Person:payment-preference]); unspecified otherwise.
   *
   * Since: 0.1
   */
  properties[PROP_PREFERENCE] =
    g_param_spec_enum ("preference", NULL, NULL, COPROD_TYPE_PAYMENT_PREFERENCE, COPROD_PAYMENT_PREFERENCE_UNSPECIFIED,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CoprodPaymentTotals:hours:
   *
   * Hours given in held involvements, to the minute.
   *
   * Since: 0.1
   */
  properties[PROP_HOURS] =
    g_param_spec_double ("hours", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CoprodPaymentTotals:n-involvements:
   *
   * How many held involvements the hours come from.
   *
   * Since: 0.1
   */
  properties[PROP_N_INVOLVEMENTS] =
    g_param_spec_uint ("n-involvements", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CoprodPaymentTotals:n-payments:
   *
   * How many payments in the summary's currency are counted here, whatever
   * became of them.
   *
   * Since: 0.1
   */
  properties[PROP_N_PAYMENTS] =
    g_param_spec_uint ("n-payments", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CoprodPaymentTotals:paid:
   *
   * Money paid, in minor units.
   *
   * Since: 0.1
   */
  properties[PROP_PAID] =
    g_param_spec_int64 ("paid", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CoprodPaymentTotals:n-paid:
   *
   * How many payments were paid.
   *
   * Since: 0.1
   */
  properties[PROP_N_PAID] =
    g_param_spec_uint ("n-paid", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CoprodPaymentTotals:earnings-paid:
   *
   * The part of [property@Coprod.PaymentTotals:paid] that paid for time:
   * fees, vouchers and gift cards.
   *
   * Since: 0.1
   */
  properties[PROP_EARNINGS_PAID] =
    g_param_spec_int64 ("earnings-paid", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CoprodPaymentTotals:expenses-paid:
   *
   * The part of [property@Coprod.PaymentTotals:paid] that paid back
   * expenses: travel, subsistence and care costs.
   *
   * Since: 0.1
   */
  properties[PROP_EXPENSES_PAID] =
    g_param_spec_int64 ("expenses-paid", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CoprodPaymentTotals:n-paid-late:
   *
   * How many of the payments paid were paid after the policy's days.
   *
   * Since: 0.1
   */
  properties[PROP_N_PAID_LATE] =
    g_param_spec_uint ("n-paid-late", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CoprodPaymentTotals:owed:
   *
   * Money claimed and unpaid beyond the policy's days, in minor units.
   *
   * Since: 0.1
   */
  properties[PROP_OWED] =
    g_param_spec_int64 ("owed", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CoprodPaymentTotals:n-owed:
   *
   * How many claims are owed.
   *
   * Since: 0.1
   */
  properties[PROP_N_OWED] =
    g_param_spec_uint ("n-owed", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CoprodPaymentTotals:awaiting:
   *
   * Money claimed and unpaid, still within the policy's days or with no
   * policy to judge it by, in minor units.
   *
   * Since: 0.1
   */
  properties[PROP_AWAITING] =
    g_param_spec_int64 ("awaiting", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CoprodPaymentTotals:n-awaiting:
   *
   * How many claims are awaiting payment.
   *
   * Since: 0.1
   */
  properties[PROP_N_AWAITING] =
    g_param_spec_uint ("n-awaiting", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CoprodPaymentTotals:open:
   *
   * Money offered and not claimed, in minor units.
   *
   * Since: 0.1
   */
  properties[PROP_OPEN] =
    g_param_spec_int64 ("open", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CoprodPaymentTotals:n-open:
   *
   * How many offers are open.
   *
   * Since: 0.1
   */
  properties[PROP_N_OPEN] =
    g_param_spec_uint ("n-open", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CoprodPaymentTotals:declined:
   *
   * Money offered and declined, in minor units: never owed.
   *
   * Since: 0.1
   */
  properties[PROP_DECLINED] =
    g_param_spec_int64 ("declined", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CoprodPaymentTotals:n-declined:
   *
   * How many offers were declined.
   *
   * Since: 0.1
   */
  properties[PROP_N_DECLINED] =
    g_param_spec_uint ("n-declined", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CoprodPaymentTotals:reduced:
   *
   * Money offered in offers the person reduced, in minor units: never owed.
   * What they took, if anything, is a payment of its own.
   *
   * Since: 0.1
   */
  properties[PROP_REDUCED] =
    g_param_spec_int64 ("reduced", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CoprodPaymentTotals:n-reduced:
   *
   * How many offers were reduced.
   *
   * Since: 0.1
   */
  properties[PROP_N_REDUCED] =
    g_param_spec_uint ("n-reduced", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CoprodPaymentTotals:donated:
   *
   * Money offered and donated at the person's wish, in minor units: never
   * owed.
   *
   * Since: 0.1
   */
  properties[PROP_DONATED] =
    g_param_spec_int64 ("donated", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CoprodPaymentTotals:n-donated:
   *
   * How many offers were donated.
   *
   * Since: 0.1
   */
  properties[PROP_N_DONATED] =
    g_param_spec_uint ("n-donated", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
coprod_payment_totals_init (CoprodPaymentTotals *self)
{
  self->preference = COPROD_PAYMENT_PREFERENCE_UNSPECIFIED;
}

CoprodPaymentTotals *
_coprod_payment_totals_new (void)
{
  return g_object_new (COPROD_TYPE_PAYMENT_TOTALS, NULL);
}

/**
 * coprod_payment_totals_get_subject_id:
 * @self: a CoprodPaymentTotals
 *
 * Gets the value of [property@Coprod.PaymentTotals:subject-id].
 *
 * Returns: (nullable): the value
 *
 * Since: 0.1
 */
const char *
coprod_payment_totals_get_subject_id (CoprodPaymentTotals *self)
{
  g_return_val_if_fail (COPROD_IS_PAYMENT_TOTALS (self), NULL);

  return self->subject_id;
}

/**
 * coprod_payment_totals_get_preference:
 * @self: a CoprodPaymentTotals
 *
 * Gets the value of [property@Coprod.PaymentTotals:preference].
 *
 * Returns: the value
 *
 * Since: 0.1
 */
CoprodPaymentPreference
coprod_payment_totals_get_preference (CoprodPaymentTotals *self)
{
  g_return_val_if_fail (COPROD_IS_PAYMENT_TOTALS (self), COPROD_PAYMENT_PREFERENCE_UNSPECIFIED);

  return self->preference;
}

/**
 * coprod_payment_totals_get_hours:
 * @self: a CoprodPaymentTotals
 *
 * Gets the value of [property@Coprod.PaymentTotals:hours].
 *
 * Returns: the value
 *
 * Since: 0.1
 */
double
coprod_payment_totals_get_hours (CoprodPaymentTotals *self)
{
  g_return_val_if_fail (COPROD_IS_PAYMENT_TOTALS (self), 0);

  return self->hours;
}

/**
 * coprod_payment_totals_get_n_involvements:
 * @self: a CoprodPaymentTotals
 *
 * Gets the value of [property@Coprod.PaymentTotals:n-involvements].
 *
 * Returns: the value
 *
 * Since: 0.1
 */
guint
coprod_payment_totals_get_n_involvements (CoprodPaymentTotals *self)
{
  g_return_val_if_fail (COPROD_IS_PAYMENT_TOTALS (self), 0);

  return self->n_involvements;
}

/**
 * coprod_payment_totals_get_n_payments:
 * @self: a CoprodPaymentTotals
 *
 * Gets the value of [property@Coprod.PaymentTotals:n-payments].
 *
 * Returns: the value
 *
 * Since: 0.1
 */
guint
coprod_payment_totals_get_n_payments (CoprodPaymentTotals *self)
{
  g_return_val_if_fail (COPROD_IS_PAYMENT_TOTALS (self), 0);

  return self->n_payments;
}

/**
 * coprod_payment_totals_get_paid:
 * @self: a CoprodPaymentTotals
 *
 * Gets the value of [property@Coprod.PaymentTotals:paid].
 *
 * Returns: the value
 *
 * Since: 0.1
 */
gint64
coprod_payment_totals_get_paid (CoprodPaymentTotals *self)
{
  g_return_val_if_fail (COPROD_IS_PAYMENT_TOTALS (self), 0);

  return self->paid;
}

/**
 * coprod_payment_totals_get_n_paid:
 * @self: a CoprodPaymentTotals
 *
 * Gets the value of [property@Coprod.PaymentTotals:n-paid].
 *
 * Returns: the value
 *
 * Since: 0.1
 */
guint
coprod_payment_totals_get_n_paid (CoprodPaymentTotals *self)
{
  g_return_val_if_fail (COPROD_IS_PAYMENT_TOTALS (self), 0);

  return self->n_paid;
}

/**
 * coprod_payment_totals_get_earnings_paid:
 * @self: a CoprodPaymentTotals
 *
 * Gets the value of [property@Coprod.PaymentTotals:earnings-paid].
 *
 * Returns: the value
 *
 * Since: 0.1
 */
gint64
coprod_payment_totals_get_earnings_paid (CoprodPaymentTotals *self)
{
  g_return_val_if_fail (COPROD_IS_PAYMENT_TOTALS (self), 0);

  return self->earnings_paid;
}

/**
 * coprod_payment_totals_get_expenses_paid:
 * @self: a CoprodPaymentTotals
 *
 * Gets the value of [property@Coprod.PaymentTotals:expenses-paid].
 *
 * Returns: the value
 *
 * Since: 0.1
 */
gint64
coprod_payment_totals_get_expenses_paid (CoprodPaymentTotals *self)
{
  g_return_val_if_fail (COPROD_IS_PAYMENT_TOTALS (self), 0);

  return self->expenses_paid;
}

/**
 * coprod_payment_totals_get_n_paid_late:
 * @self: a CoprodPaymentTotals
 *
 * Gets the value of [property@Coprod.PaymentTotals:n-paid-late].
 *
 * Returns: the value
 *
 * Since: 0.1
 */
guint
coprod_payment_totals_get_n_paid_late (CoprodPaymentTotals *self)
{
  g_return_val_if_fail (COPROD_IS_PAYMENT_TOTALS (self), 0);

  return self->n_paid_late;
}

/**
 * coprod_payment_totals_get_owed:
 * @self: a CoprodPaymentTotals
 *
 * Gets the value of [property@Coprod.PaymentTotals:owed].
 *
 * Returns: the value
 *
 * Since: 0.1
 */
gint64
coprod_payment_totals_get_owed (CoprodPaymentTotals *self)
{
  g_return_val_if_fail (COPROD_IS_PAYMENT_TOTALS (self), 0);

  return self->owed;
}

/**
 * coprod_payment_totals_get_n_owed:
 * @self: a CoprodPaymentTotals
 *
 * Gets the value of [property@Coprod.PaymentTotals:n-owed].
 *
 * Returns: the value
 *
 * Since: 0.1
 */
guint
coprod_payment_totals_get_n_owed (CoprodPaymentTotals *self)
{
  g_return_val_if_fail (COPROD_IS_PAYMENT_TOTALS (self), 0);

  return self->n_owed;
}

/**
 * coprod_payment_totals_get_awaiting:
 * @self: a CoprodPaymentTotals
 *
 * Gets the value of [property@Coprod.PaymentTotals:awaiting].
 *
 * Returns: the value
 *
 * Since: 0.1
 */
gint64
coprod_payment_totals_get_awaiting (CoprodPaymentTotals *self)
{
  g_return_val_if_fail (COPROD_IS_PAYMENT_TOTALS (self), 0);

  return self->awaiting;
}

/**
 * coprod_payment_totals_get_n_awaiting:
 * @self: a CoprodPaymentTotals
 *
 * Gets the value of [property@Coprod.PaymentTotals:n-awaiting].
 *
 * Returns: the value
 *
 * Since: 0.1
 */
guint
coprod_payment_totals_get_n_awaiting (CoprodPaymentTotals *self)
{
  g_return_val_if_fail (COPROD_IS_PAYMENT_TOTALS (self), 0);

  return self->n_awaiting;
}

/**
 * coprod_payment_totals_get_open:
 * @self: a CoprodPaymentTotals
 *
 * Gets the value of [property@Coprod.PaymentTotals:open].
 *
 * Returns: the value
 *
 * Since: 0.1
 */
gint64
coprod_payment_totals_get_open (CoprodPaymentTotals *self)
{
  g_return_val_if_fail (COPROD_IS_PAYMENT_TOTALS (self), 0);

  return self->open;
}

/**
 * coprod_payment_totals_get_n_open:
 * @self: a CoprodPaymentTotals
 *
 * Gets the value of [property@Coprod.PaymentTotals:n-open].
 *
 * Returns: the value
 *
 * Since: 0.1
 */
guint
coprod_payment_totals_get_n_open (CoprodPaymentTotals *self)
{
  g_return_val_if_fail (COPROD_IS_PAYMENT_TOTALS (self), 0);

  return self->n_open;
}

/**
 * coprod_payment_totals_get_declined:
 * @self: a CoprodPaymentTotals
 *
 * Gets the value of [property@Coprod.PaymentTotals:declined].
 *
 * Returns: the value
 *
 * Since: 0.1
 */
gint64
coprod_payment_totals_get_declined (CoprodPaymentTotals *self)
{
  g_return_val_if_fail (COPROD_IS_PAYMENT_TOTALS (self), 0);

  return self->declined;
}

/**
 * coprod_payment_totals_get_n_declined:
 * @self: a CoprodPaymentTotals
 *
 * Gets the value of [property@Coprod.PaymentTotals:n-declined].
 *
 * Returns: the value
 *
 * Since: 0.1
 */
guint
coprod_payment_totals_get_n_declined (CoprodPaymentTotals *self)
{
  g_return_val_if_fail (COPROD_IS_PAYMENT_TOTALS (self), 0);

  return self->n_declined;
}

/**
 * coprod_payment_totals_get_reduced:
 * @self: a CoprodPaymentTotals
 *
 * Gets the value of [property@Coprod.PaymentTotals:reduced].
 *
 * Returns: the value
 *
 * Since: 0.1
 */
gint64
coprod_payment_totals_get_reduced (CoprodPaymentTotals *self)
{
  g_return_val_if_fail (COPROD_IS_PAYMENT_TOTALS (self), 0);

  return self->reduced;
}

/**
 * coprod_payment_totals_get_n_reduced:
 * @self: a CoprodPaymentTotals
 *
 * Gets the value of [property@Coprod.PaymentTotals:n-reduced].
 *
 * Returns: the value
 *
 * Since: 0.1
 */
guint
coprod_payment_totals_get_n_reduced (CoprodPaymentTotals *self)
{
  g_return_val_if_fail (COPROD_IS_PAYMENT_TOTALS (self), 0);

  return self->n_reduced;
}

/**
 * coprod_payment_totals_get_donated:
 * @self: a CoprodPaymentTotals
 *
 * Gets the value of [property@Coprod.PaymentTotals:donated].
 *
 * Returns: the value
 *
 * Since: 0.1
 */
gint64
coprod_payment_totals_get_donated (CoprodPaymentTotals *self)
{
  g_return_val_if_fail (COPROD_IS_PAYMENT_TOTALS (self), 0);

  return self->donated;
}

/**
 * coprod_payment_totals_get_n_donated:
 * @self: a CoprodPaymentTotals
 *
 * Gets the value of [property@Coprod.PaymentTotals:n-donated].
 *
 * Returns: the value
 *
 * Since: 0.1
 */
guint
coprod_payment_totals_get_n_donated (CoprodPaymentTotals *self)
{
  g_return_val_if_fail (COPROD_IS_PAYMENT_TOTALS (self), 0);

  return self->n_donated;
}
