/* coprod-owed-claim.c: a claim left unpaid beyond the policy's days
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "coprod-enum-types.h"
#include "coprod-owed-claim-private.h"

/**
 * CoprodOwedClaim:
 *
 * A claim for a payment that was not paid within the days of the
 * participation policy that covers it, as of a date: someone left out of
 * pocket. [method@Coprod.Registry.summarise_payments] lists them in
 * [method@Coprod.PaymentSummary.get_owed_claims].
 *
 * A claim made on day C under a policy of N days is on time if it is paid on
 * or before day C + N (its [property@Coprod.OwedClaim:due-date]); unpaid as
 * of day C + N + 1 or later it is owed, and
 * [property@Coprod.OwedClaim:days-late] counts the days since the due date.
 * An offer declined, reduced or donated is never owed.
 *
 * The claim names the person by id only.
 *
 * ```c
 * GListModel *owed = coprod_payment_summary_get_owed_claims (summary);
 *
 * for (guint i = 0; i < g_list_model_get_n_items (owed); i++)
 *   {
 *     g_autoptr(CoprodOwedClaim) claim = g_list_model_get_item (owed, i);
 *
 *     g_print ("%s owes %s %" G_GINT64_FORMAT " pence, %u days late\n",
 *              coprod_owed_claim_get_payment_id (claim),
 *              coprod_owed_claim_get_person_id (claim),
 *              coprod_owed_claim_get_amount (claim),
 *              coprod_owed_claim_get_days_late (claim));
 *   }
 * ```
 *
 * Since: 0.1
 */

G_DEFINE_FINAL_TYPE (CoprodOwedClaim, coprod_owed_claim, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PAYMENT_ID,
  PROP_PERSON_ID,
  PROP_AMOUNT,
  PROP_CURRENCY,
  PROP_CLAIMED_DATE,
  PROP_DUE_DATE,
  PROP_DAYS_LATE,
  PROP_POLICY_ID,
  PROP_PAYMENT_DAYS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
coprod_owed_claim_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  CoprodOwedClaim *self = COPROD_OWED_CLAIM (object);

  switch (prop_id)
    {
    case PROP_PAYMENT_ID:
      g_value_set_string (value, self->payment_id);
      break;

    case PROP_PERSON_ID:
      g_value_set_string (value, self->person_id);
      break;

    case PROP_AMOUNT:
      g_value_set_int64 (value, self->amount);
      break;

    case PROP_CURRENCY:
      g_value_set_string (value, self->currency);
      break;

    case PROP_CLAIMED_DATE:
      g_value_set_string (value, self->claimed_date);
      break;

    case PROP_DUE_DATE:
      g_value_set_string (value, self->due_date);
      break;

    case PROP_DAYS_LATE:
      g_value_set_uint (value, self->days_late);
      break;

    case PROP_POLICY_ID:
      g_value_set_string (value, self->policy_id);
      break;

    case PROP_PAYMENT_DAYS:
      g_value_set_uint (value, self->payment_days);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coprod_owed_claim_finalize (GObject *object)
{
  CoprodOwedClaim *self = COPROD_OWED_CLAIM (object);

  /* shared strings (GRefStrings), as the engine makes them */
  g_clear_pointer (&self->payment_id, g_ref_string_release);
  g_clear_pointer (&self->person_id, g_ref_string_release);
  g_clear_pointer (&self->currency, g_ref_string_release);
  g_clear_pointer (&self->claimed_date, g_ref_string_release);
  g_clear_pointer (&self->due_date, g_ref_string_release);
  g_clear_pointer (&self->policy_id, g_ref_string_release);

  G_OBJECT_CLASS (coprod_owed_claim_parent_class)->finalize (object);
}

static void
coprod_owed_claim_class_init (CoprodOwedClaimClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = coprod_owed_claim_get_property;
  object_class->finalize = coprod_owed_claim_finalize;

  /**
   * CoprodOwedClaim:payment-id:
   *
   * The id of the [class@Coprod.Payment] claimed.
   *
   * Since: 0.1
   */
  properties[PROP_PAYMENT_ID] =
    g_param_spec_string ("payment-id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CoprodOwedClaim:person-id:
   *
   * The id of the person who claimed it, or %NULL if the payment names
   * nobody.
   *
   * Since: 0.1
   */
  properties[PROP_PERSON_ID] =
    g_param_spec_string ("person-id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CoprodOwedClaim:amount:
   *
   * The amount claimed and owed, in minor units (pence) of
   * [property@Coprod.OwedClaim:currency].
   *
   * Since: 0.1
   */
  properties[PROP_AMOUNT] =
    g_param_spec_int64 ("amount", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CoprodOwedClaim:currency:
   *
   * The currency of the amount, an ISO 4217 code.
   *
   * Since: 0.1
   */
  properties[PROP_CURRENCY] =
    g_param_spec_string ("currency", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CoprodOwedClaim:claimed-date:
   *
   * When the claim was made, as an ISO 8601 date.
   *
   * Since: 0.1
   */
  properties[PROP_CLAIMED_DATE] =
    g_param_spec_string ("claimed-date", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CoprodOwedClaim:due-date:
   *
   * The last day on which paying the claim was on time: the claim's day plus
   * the policy's days, as an ISO 8601 date.
   *
   * Since: 0.1
   */
  properties[PROP_DUE_DATE] =
    g_param_spec_string ("due-date", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CoprodOwedClaim:days-late:
   *
   * How many days after [property@Coprod.OwedClaim:due-date] the summary's
   * "as of" date is: 1 on the first day the claim is late.
   *
   * Since: 0.1
   */
  properties[PROP_DAYS_LATE] =
    g_param_spec_uint ("days-late", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CoprodOwedClaim:policy-id:
   *
   * The id of the [class@Coprod.Policy] whose days the claim was judged by.
   *
   * Since: 0.1
   */
  properties[PROP_POLICY_ID] =
    g_param_spec_string ("policy-id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CoprodOwedClaim:payment-days:
   *
   * The policy's days within which claims are paid.
   *
   * Since: 0.1
   */
  properties[PROP_PAYMENT_DAYS] =
    g_param_spec_uint ("payment-days", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
coprod_owed_claim_init (CoprodOwedClaim *self)
{
}

CoprodOwedClaim *
_coprod_owed_claim_new (void)
{
  return g_object_new (COPROD_TYPE_OWED_CLAIM, NULL);
}

/**
 * coprod_owed_claim_get_payment_id:
 * @self: a CoprodOwedClaim
 *
 * Gets the value of [property@Coprod.OwedClaim:payment-id].
 *
 * Returns: the value
 *
 * Since: 0.1
 */
const char *
coprod_owed_claim_get_payment_id (CoprodOwedClaim *self)
{
  g_return_val_if_fail (COPROD_IS_OWED_CLAIM (self), NULL);

  return self->payment_id;
}

/**
 * coprod_owed_claim_get_person_id:
 * @self: a CoprodOwedClaim
 *
 * Gets the value of [property@Coprod.OwedClaim:person-id].
 *
 * Returns: (nullable): the value
 *
 * Since: 0.1
 */
const char *
coprod_owed_claim_get_person_id (CoprodOwedClaim *self)
{
  g_return_val_if_fail (COPROD_IS_OWED_CLAIM (self), NULL);

  return self->person_id;
}

/**
 * coprod_owed_claim_get_amount:
 * @self: a CoprodOwedClaim
 *
 * Gets the value of [property@Coprod.OwedClaim:amount].
 *
 * Returns: the value
 *
 * Since: 0.1
 */
gint64
coprod_owed_claim_get_amount (CoprodOwedClaim *self)
{
  g_return_val_if_fail (COPROD_IS_OWED_CLAIM (self), 0);

  return self->amount;
}

/**
 * coprod_owed_claim_get_currency:
 * @self: a CoprodOwedClaim
 *
 * Gets the value of [property@Coprod.OwedClaim:currency].
 *
 * Returns: the value
 *
 * Since: 0.1
 */
const char *
coprod_owed_claim_get_currency (CoprodOwedClaim *self)
{
  g_return_val_if_fail (COPROD_IS_OWED_CLAIM (self), NULL);

  return self->currency;
}

/**
 * coprod_owed_claim_get_claimed_date:
 * @self: a CoprodOwedClaim
 *
 * Gets the value of [property@Coprod.OwedClaim:claimed-date].
 *
 * Returns: the value
 *
 * Since: 0.1
 */
const char *
coprod_owed_claim_get_claimed_date (CoprodOwedClaim *self)
{
  g_return_val_if_fail (COPROD_IS_OWED_CLAIM (self), NULL);

  return self->claimed_date;
}

/**
 * coprod_owed_claim_get_due_date:
 * @self: a CoprodOwedClaim
 *
 * Gets the value of [property@Coprod.OwedClaim:due-date].
 *
 * Returns: the value
 *
 * Since: 0.1
 */
const char *
coprod_owed_claim_get_due_date (CoprodOwedClaim *self)
{
  g_return_val_if_fail (COPROD_IS_OWED_CLAIM (self), NULL);

  return self->due_date;
}

/**
 * coprod_owed_claim_get_days_late:
 * @self: a CoprodOwedClaim
 *
 * Gets the value of [property@Coprod.OwedClaim:days-late].
 *
 * Returns: the value
 *
 * Since: 0.1
 */
guint
coprod_owed_claim_get_days_late (CoprodOwedClaim *self)
{
  g_return_val_if_fail (COPROD_IS_OWED_CLAIM (self), 0);

  return self->days_late;
}

/**
 * coprod_owed_claim_get_policy_id:
 * @self: a CoprodOwedClaim
 *
 * Gets the value of [property@Coprod.OwedClaim:policy-id].
 *
 * Returns: the value
 *
 * Since: 0.1
 */
const char *
coprod_owed_claim_get_policy_id (CoprodOwedClaim *self)
{
  g_return_val_if_fail (COPROD_IS_OWED_CLAIM (self), NULL);

  return self->policy_id;
}

/**
 * coprod_owed_claim_get_payment_days:
 * @self: a CoprodOwedClaim
 *
 * Gets the value of [property@Coprod.OwedClaim:payment-days].
 *
 * Returns: the value
 *
 * Since: 0.1
 */
guint
coprod_owed_claim_get_payment_days (CoprodOwedClaim *self)
{
  g_return_val_if_fail (COPROD_IS_OWED_CLAIM (self), 0);

  return self->payment_days;
}
