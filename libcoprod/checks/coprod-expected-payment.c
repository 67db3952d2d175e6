/* coprod-expected-payment.c: what an involvement or an attendance should be paid
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "coprod-enum-types.h"
#include "coprod-expected-payment-private.h"

/**
 * CoprodExpectedPayment:
 *
 * What taking part should be paid by the rate card of the policy that
 * covers it: worked out by
 * [method@Coprod.Registry.expect_payment_for_involvement] and
 * [method@Coprod.Registry.expect_payment_for_attendance], with the policy,
 * card and entry it came from so the figure can be checked.
 *
 * ```c
 * g_autoptr(CoprodExpectedPayment) expected =
 *   coprod_registry_expect_payment_for_attendance (registry, "m-1", "p-1", &error);
 *
 * if (expected != NULL)
 *   g_print ("%" G_GINT64_FORMAT " %s\n",
 *            coprod_expected_payment_get_amount (expected),
 *            coprod_expected_payment_get_currency (expected));
 * ```
 *
 * Since: 0.1
 */

G_DEFINE_FINAL_TYPE (CoprodExpectedPayment, coprod_expected_payment, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_AMOUNT,
  PROP_CURRENCY,
  PROP_UNIT,
  PROP_QUANTITY,
  PROP_ACTIVITY,
  PROP_POLICY_ID,
  PROP_RATE_CARD_ID,
  PROP_DATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
coprod_expected_payment_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  CoprodExpectedPayment *self = COPROD_EXPECTED_PAYMENT (object);

  switch (prop_id)
    {
    case PROP_AMOUNT:
      g_value_set_int64 (value, self->amount);
      break;

    case PROP_CURRENCY:
      g_value_set_string (value, self->currency);
      break;

    case PROP_UNIT:
      g_value_set_enum (value, self->unit);
      break;

    case PROP_QUANTITY:
      g_value_set_double (value, self->quantity);
      break;

    case PROP_ACTIVITY:
      g_value_set_string (value, self->activity);
      break;

    case PROP_POLICY_ID:
      g_value_set_string (value, self->policy_id);
      break;

    case PROP_RATE_CARD_ID:
      g_value_set_string (value, self->rate_card_id);
      break;

    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coprod_expected_payment_finalize (GObject *object)
{
  CoprodExpectedPayment *self = COPROD_EXPECTED_PAYMENT (object);

  g_free (self->currency);
  g_free (self->activity);
  g_free (self->policy_id);
  g_free (self->rate_card_id);
  g_free (self->date);

  G_OBJECT_CLASS (coprod_expected_payment_parent_class)->finalize (object);
}

static void
coprod_expected_payment_class_init (CoprodExpectedPaymentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = coprod_expected_payment_get_property;
  object_class->finalize = coprod_expected_payment_finalize;

  /**
   * CoprodExpectedPayment:amount:
   *
   * The amount expected, in minor units (pence) of
   * [property@Coprod.ExpectedPayment:currency].
   *
   * Since: 0.1
   */
  properties[PROP_AMOUNT] =
    g_param_spec_int64 ("amount", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CoprodExpectedPayment:currency:
   *
   * The rate card's currency, an ISO 4217 code.
   *
   * Since: 0.1
   */
  properties[PROP_CURRENCY] =
    g_param_spec_string ("currency", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CoprodExpectedPayment:unit:
   *
   * The unit of the rate card entry that priced it.
   *
   * Since: 0.1
   */
  properties[PROP_UNIT] =
    g_param_spec_enum ("unit", NULL, NULL, COPROD_TYPE_RATE_UNIT, COPROD_RATE_UNIT_HOUR,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CoprodExpectedPayment:quantity:
   *
   * How many units were priced: hours, or 1 session, half day or day.
   *
   * Since: 0.1
   */
  properties[PROP_QUANTITY] =
    g_param_spec_double ("quantity", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CoprodExpectedPayment:activity:
   *
   * The activity of the rate card entry that priced it, or %NULL.
   *
   * Since: 0.1
   */
  properties[PROP_ACTIVITY] =
    g_param_spec_string ("activity", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CoprodExpectedPayment:policy-id:
   *
   * The id of the [class@Coprod.Policy] that covers the involvement or
   * attendance.
   *
   * Since: 0.1
   */
  properties[PROP_POLICY_ID] =
    g_param_spec_string ("policy-id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CoprodExpectedPayment:rate-card-id:
   *
   * The id of the [class@Coprod.RateCard] that priced it.
   *
   * Since: 0.1
   */
  properties[PROP_RATE_CARD_ID] =
    g_param_spec_string ("rate-card-id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CoprodExpectedPayment:date:
   *
   * The date the rate card was chosen for: that of the involvement or the
   * meeting, as an ISO 8601 date.
   *
   * Since: 0.1
   */
  properties[PROP_DATE] =
    g_param_spec_string ("date", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
coprod_expected_payment_init (CoprodExpectedPayment *self)
{
  self->unit = COPROD_RATE_UNIT_HOUR;
}

CoprodExpectedPayment *
_coprod_expected_payment_new (void)
{
  return g_object_new (COPROD_TYPE_EXPECTED_PAYMENT, NULL);
}

/**
 * coprod_expected_payment_get_amount:
 * @self: a CoprodExpectedPayment
 *
 * Gets the value of [property@Coprod.ExpectedPayment:amount].
 *
 * Returns: the value
 *
 * Since: 0.1
 */
gint64
coprod_expected_payment_get_amount (CoprodExpectedPayment *self)
{
  g_return_val_if_fail (COPROD_IS_EXPECTED_PAYMENT (self), 0);

  return self->amount;
}

/**
 * coprod_expected_payment_get_currency:
 * @self: a CoprodExpectedPayment
 *
 * Gets the value of [property@Coprod.ExpectedPayment:currency].
 *
 * Returns: the value
 *
 * Since: 0.1
 */
const char *
coprod_expected_payment_get_currency (CoprodExpectedPayment *self)
{
  g_return_val_if_fail (COPROD_IS_EXPECTED_PAYMENT (self), NULL);

  return self->currency;
}

/**
 * coprod_expected_payment_get_unit:
 * @self: a CoprodExpectedPayment
 *
 * Gets the value of [property@Coprod.ExpectedPayment:unit].
 *
 * Returns: the value
 *
 * Since: 0.1
 */
CoprodRateUnit
coprod_expected_payment_get_unit (CoprodExpectedPayment *self)
{
  g_return_val_if_fail (COPROD_IS_EXPECTED_PAYMENT (self), COPROD_RATE_UNIT_HOUR);

  return self->unit;
}

/**
 * coprod_expected_payment_get_quantity:
 * @self: a CoprodExpectedPayment
 *
 * Gets the value of [property@Coprod.ExpectedPayment:quantity].
 *
 * Returns: the value
 *
 * Since: 0.1
 */
double
coprod_expected_payment_get_quantity (CoprodExpectedPayment *self)
{
  g_return_val_if_fail (COPROD_IS_EXPECTED_PAYMENT (self), 0);

  return self->quantity;
}

/**
 * coprod_expected_payment_get_activity:
 * @self: a CoprodExpectedPayment
 *
 * Gets the value of [property@Coprod.ExpectedPayment:activity].
 *
 * Returns: (nullable): the value
 *
 * Since: 0.1
 */
const char *
coprod_expected_payment_get_activity (CoprodExpectedPayment *self)
{
  g_return_val_if_fail (COPROD_IS_EXPECTED_PAYMENT (self), NULL);

  return self->activity;
}

/**
 * coprod_expected_payment_get_policy_id:
 * @self: a CoprodExpectedPayment
 *
 * Gets the value of [property@Coprod.ExpectedPayment:policy-id].
 *
 * Returns: the value
 *
 * Since: 0.1
 */
const char *
coprod_expected_payment_get_policy_id (CoprodExpectedPayment *self)
{
  g_return_val_if_fail (COPROD_IS_EXPECTED_PAYMENT (self), NULL);

  return self->policy_id;
}

/**
 * coprod_expected_payment_get_rate_card_id:
 * @self: a CoprodExpectedPayment
 *
 * Gets the value of [property@Coprod.ExpectedPayment:rate-card-id].
 *
 * Returns: the value
 *
 * Since: 0.1
 */
const char *
coprod_expected_payment_get_rate_card_id (CoprodExpectedPayment *self)
{
  g_return_val_if_fail (COPROD_IS_EXPECTED_PAYMENT (self), NULL);

  return self->rate_card_id;
}

/**
 * coprod_expected_payment_get_date:
 * @self: a CoprodExpectedPayment
 *
 * Gets the value of [property@Coprod.ExpectedPayment:date].
 *
 * Returns: the value
 *
 * Since: 0.1
 */
const char *
coprod_expected_payment_get_date (CoprodExpectedPayment *self)
{
  g_return_val_if_fail (COPROD_IS_EXPECTED_PAYMENT (self), NULL);

  return self->date;
}
