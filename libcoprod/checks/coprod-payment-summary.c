/* coprod-payment-summary.c: "nobody out of pocket": payments and hours as of a date
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "coprod-enum-types.h"
#include "coprod-payment-summary-private.h"
#include "coprod-record-list-private.h"
#include "coprod-owed-claim.h"
#include "coprod-payment-totals.h"

/**
 * CoprodPaymentSummary:
 *
 * Where the money stands as of a date: the claims left unpaid beyond the
 * days of the policy that covers them ([class@Coprod.OwedClaim]), and hours
 * and money per person, per project and per partnership
 * ([class@Coprod.PaymentTotals]). Made by
 * [method@Coprod.Registry.summarise_payments].
 *
 * Sums are exact, in integer minor units of one currency,
 * [property@Coprod.PaymentSummary:currency]; a payment in another currency
 * is left out of every sum and counted in
 * [property@Coprod.PaymentSummary:n-other-currency] (an owed claim in
 * another currency is still listed, in its own currency).
 *
 * People, projects and partnerships are named by id only.
 *
 * ```c
 * g_autoptr(GError) error = NULL;
 * g_autoptr(CoprodPaymentSummary) summary =
 *   coprod_registry_summarise_payments (registry, "2024-06-30", &error);
 *
 * if (summary == NULL)
 *   g_printerr ("%s\n", error->message);
 * else
 *   g_print ("%u claims owed\n",
 *            g_list_model_get_n_items (coprod_payment_summary_get_owed_claims (summary)));
 * ```
 *
 * Since: 0.1
 */

G_DEFINE_FINAL_TYPE (CoprodPaymentSummary, coprod_payment_summary, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_AS_OF,
  PROP_CURRENCY,
  PROP_OWED_CLAIMS,
  PROP_PEOPLE,
  PROP_PROJECTS,
  PROP_PARTNERSHIPS,
  PROP_TOTAL,
  PROP_N_OTHER_CURRENCY,
  PROP_N_UNJUDGED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
coprod_payment_summary_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  CoprodPaymentSummary *self = COPROD_PAYMENT_SUMMARY (object);

  switch (prop_id)
    {
    case PROP_AS_OF:
      g_value_set_string (value, self->as_of);
      break;

    case PROP_CURRENCY:
      g_value_set_string (value, self->currency);
      break;

    case PROP_OWED_CLAIMS:
      g_value_set_object (value, self->owed_claims);
      break;

    case PROP_PEOPLE:
      g_value_set_object (value, self->people);
      break;

    case PROP_PROJECTS:
      g_value_set_object (value, self->projects);
      break;

    case PROP_PARTNERSHIPS:
      g_value_set_object (value, self->partnerships);
      break;

    case PROP_TOTAL:
      g_value_set_object (value, self->total);
      break;

    case PROP_N_OTHER_CURRENCY:
      g_value_set_uint (value, self->n_other_currency);
      break;

    case PROP_N_UNJUDGED:
      g_value_set_uint (value, self->n_unjudged);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coprod_payment_summary_finalize (GObject *object)
{
  CoprodPaymentSummary *self = COPROD_PAYMENT_SUMMARY (object);

  g_free (self->as_of);
  g_free (self->currency);
  g_clear_object (&self->owed_claims);
  g_clear_object (&self->people);
  g_clear_object (&self->projects);
  g_clear_object (&self->partnerships);
  g_clear_object (&self->total);

  G_OBJECT_CLASS (coprod_payment_summary_parent_class)->finalize (object);
}

static void
coprod_payment_summary_class_init (CoprodPaymentSummaryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = coprod_payment_summary_get_property;
  object_class->finalize = coprod_payment_summary_finalize;

  /**
   * CoprodPaymentSummary:as-of:
   *
   * The date the summary was worked out as of, as an ISO 8601 date.
   *
   * Since: 0.1
   */
  properties[PROP_AS_OF] =
    g_param_spec_string ("as-of", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CoprodPaymentSummary:currency:
   *
   * The currency of every sum: that of the first payment of the registry,
   * or GBP if there is none.
   *
   * Since: 0.1
   */
  properties[PROP_CURRENCY] =
    g_param_spec_string ("currency", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CoprodPaymentSummary:owed-claims:
   *
   * The claims unpaid beyond the policy's days, a list of
   * [class@Coprod.OwedClaim] most days late first, then in the order of
   * the payments.
   *
   * Since: 0.1
   */
  properties[PROP_OWED_CLAIMS] =
    g_param_spec_object ("owed-claims", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CoprodPaymentSummary:people:
   *
   * The totals of each person with a payment or an involvement, a list of
   * [class@Coprod.PaymentTotals] in the order of the people.
   *
   * Since: 0.1
   */
  properties[PROP_PEOPLE] =
    g_param_spec_object ("people", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CoprodPaymentSummary:projects:
   *
   * The totals of each project with a payment or an involvement, a list
   * of [class@Coprod.PaymentTotals] in the order of the projects.
   *
   * Since: 0.1
   */
  properties[PROP_PROJECTS] =
    g_param_spec_object ("projects", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CoprodPaymentSummary:partnerships:
   *
   * The totals of each partnership with a payment or an involvement in
   * its projects and meetings, a list of [class@Coprod.PaymentTotals] in
   * the order of the partnerships.
   *
   * Since: 0.1
   */
  properties[PROP_PARTNERSHIPS] =
    g_param_spec_object ("partnerships", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CoprodPaymentSummary:total:
   *
   * The totals of the whole registry.
   *
   * Since: 0.1
   */
  properties[PROP_TOTAL] =
    g_param_spec_object ("total", NULL, NULL, COPROD_TYPE_PAYMENT_TOTALS,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CoprodPaymentSummary:n-other-currency:
   *
   * How many payments are in a currency other than
   * [property@Coprod.PaymentSummary:currency], and so left out of the sums.
   *
   * Since: 0.1
   */
  properties[PROP_N_OTHER_CURRENCY] =
    g_param_spec_uint ("n-other-currency", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CoprodPaymentSummary:n-unjudged:
   *
   * How many unpaid claims no policy covers, so that whether they are late
   * cannot be said (they count as awaiting).
   *
   * Since: 0.1
   */
  properties[PROP_N_UNJUDGED] =
    g_param_spec_uint ("n-unjudged", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
coprod_payment_summary_init (CoprodPaymentSummary *self)
{
  self->owed_claims = G_LIST_MODEL (_coprod_record_list_new (COPROD_TYPE_OWED_CLAIM));
  self->people = G_LIST_MODEL (_coprod_record_list_new (COPROD_TYPE_PAYMENT_TOTALS));
  self->projects = G_LIST_MODEL (_coprod_record_list_new (COPROD_TYPE_PAYMENT_TOTALS));
  self->partnerships = G_LIST_MODEL (_coprod_record_list_new (COPROD_TYPE_PAYMENT_TOTALS));
}

CoprodPaymentSummary *
_coprod_payment_summary_new (void)
{
  return g_object_new (COPROD_TYPE_PAYMENT_SUMMARY, NULL);
}

/**
 * coprod_payment_summary_get_as_of:
 * @self: a CoprodPaymentSummary
 *
 * Gets the value of [property@Coprod.PaymentSummary:as-of].
 *
 * Returns: the value
 *
 * Since: 0.1
 */
const char *
coprod_payment_summary_get_as_of (CoprodPaymentSummary *self)
{
  g_return_val_if_fail (COPROD_IS_PAYMENT_SUMMARY (self), NULL);

  return self->as_of;
}

/**
 * coprod_payment_summary_get_currency:
 * @self: a CoprodPaymentSummary
 *
 * Gets the value of [property@Coprod.PaymentSummary:currency].
 *
 * Returns: the value
 *
 * Since: 0.1
 */
const char *
coprod_payment_summary_get_currency (CoprodPaymentSummary *self)
{
  g_return_val_if_fail (COPROD_IS_PAYMENT_SUMMARY (self), NULL);

  return self->currency;
}

/**
 * coprod_payment_summary_get_owed_claims:
 * @self: a CoprodPaymentSummary
 *
 * Gets the value of [property@Coprod.PaymentSummary:owed-claims].
 *
 * Returns: (transfer none): the list
 *
 * Since: 0.1
 */
GListModel *
coprod_payment_summary_get_owed_claims (CoprodPaymentSummary *self)
{
  g_return_val_if_fail (COPROD_IS_PAYMENT_SUMMARY (self), NULL);

  return G_LIST_MODEL (self->owed_claims);
}

/**
 * coprod_payment_summary_get_people:
 * @self: a CoprodPaymentSummary
 *
 * Gets the value of [property@Coprod.PaymentSummary:people].
 *
 * Returns: (transfer none): the list
 *
 * Since: 0.1
 */
GListModel *
coprod_payment_summary_get_people (CoprodPaymentSummary *self)
{
  g_return_val_if_fail (COPROD_IS_PAYMENT_SUMMARY (self), NULL);

  return G_LIST_MODEL (self->people);
}

/**
 * coprod_payment_summary_get_projects:
 * @self: a CoprodPaymentSummary
 *
 * Gets the value of [property@Coprod.PaymentSummary:projects].
 *
 * Returns: (transfer none): the list
 *
 * Since: 0.1
 */
GListModel *
coprod_payment_summary_get_projects (CoprodPaymentSummary *self)
{
  g_return_val_if_fail (COPROD_IS_PAYMENT_SUMMARY (self), NULL);

  return G_LIST_MODEL (self->projects);
}

/**
 * coprod_payment_summary_get_partnerships:
 * @self: a CoprodPaymentSummary
 *
 * Gets the value of [property@Coprod.PaymentSummary:partnerships].
 *
 * Returns: (transfer none): the list
 *
 * Since: 0.1
 */
GListModel *
coprod_payment_summary_get_partnerships (CoprodPaymentSummary *self)
{
  g_return_val_if_fail (COPROD_IS_PAYMENT_SUMMARY (self), NULL);

  return G_LIST_MODEL (self->partnerships);
}

/**
 * coprod_payment_summary_get_total:
 * @self: a CoprodPaymentSummary
 *
 * Gets the value of [property@Coprod.PaymentSummary:total].
 *
 * Returns: (transfer none) (nullable): the object
 *
 * Since: 0.1
 */
CoprodPaymentTotals *
coprod_payment_summary_get_total (CoprodPaymentSummary *self)
{
  g_return_val_if_fail (COPROD_IS_PAYMENT_SUMMARY (self), NULL);

  return self->total;
}

/**
 * coprod_payment_summary_get_n_other_currency:
 * @self: a CoprodPaymentSummary
 *
 * Gets the value of [property@Coprod.PaymentSummary:n-other-currency].
 *
 * Returns: the value
 *
 * Since: 0.1
 */
guint
coprod_payment_summary_get_n_other_currency (CoprodPaymentSummary *self)
{
  g_return_val_if_fail (COPROD_IS_PAYMENT_SUMMARY (self), 0);

  return self->n_other_currency;
}

/**
 * coprod_payment_summary_get_n_unjudged:
 * @self: a CoprodPaymentSummary
 *
 * Gets the value of [property@Coprod.PaymentSummary:n-unjudged].
 *
 * Returns: the value
 *
 * Since: 0.1
 */
guint
coprod_payment_summary_get_n_unjudged (CoprodPaymentSummary *self)
{
  g_return_val_if_fail (COPROD_IS_PAYMENT_SUMMARY (self), 0);

  return self->n_unjudged;
}
