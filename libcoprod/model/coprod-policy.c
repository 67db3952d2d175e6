/* coprod-policy.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "coprod-enum-types.h"
#include "coprod-policy.h"
#include "coprod-record-private.h"

/**
 * CoprodPolicy:
 *
 * A participation policy: how an organisation supports and pays the people
 * who give their time and expertise, so that nobody is out of pocket.
 *
 * A policy names the [class@Coprod.RateCard] it pays by, the number of days
 * within which claims are paid, what support it covers
 * ([flags@Coprod.Support]) and whether it offers advice to people whose
 * benefits a payment could affect.
 *
 * ```c
 * g_autoptr(CoprodPolicy) policy =
 *   coprod_policy_new ("pol-1", "Involvement and participation policy");
 * coprod_policy_set_rate_card_id (policy, "rc-2024");
 * coprod_policy_set_payment_days (policy, 14);
 * coprod_policy_set_covers (policy, COPROD_SUPPORT_TRAVEL_TICKETS |
 *                                   COPROD_SUPPORT_REIMBURSEMENT |
 *                                   COPROD_SUPPORT_PAYMENT);
 * ```
 *
 * In JSON, in the `policies` collection:
 *
 * ```json
 * { "id": "pol-1", "title": "Involvement and participation policy",
 *   "organisation_id": "org-1", "rate_card_id": "rc-2024",
 *   "payment_days": 14,
 *   "covers": ["travel-tickets", "reimbursement", "payment"],
 *   "benefits_advice": true }
 * ```
 *
 * Since: 0.1
 */

struct _CoprodPolicy
{
  CoprodRecord parent_instance;

  char *title;
  char *organisation_id;
  char *rate_card_id;
  guint payment_days;
  CoprodSupport covers;
  gboolean benefits_advice;
  char *url;
};

G_DEFINE_FINAL_TYPE (CoprodPolicy, coprod_policy, COPROD_TYPE_RECORD)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_ORGANISATION_ID,
  PROP_RATE_CARD_ID,
  PROP_PAYMENT_DAYS,
  PROP_COVERS,
  PROP_BENEFITS_ADVICE,
  PROP_URL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
coprod_policy_finalize (GObject *object)
{
  CoprodPolicy *self = COPROD_POLICY (object);

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->organisation_id, g_free);
  g_clear_pointer (&self->rate_card_id, g_free);
  g_clear_pointer (&self->url, g_free);

  G_OBJECT_CLASS (coprod_policy_parent_class)->finalize (object);
}

static void
coprod_policy_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  CoprodPolicy *self = COPROD_POLICY (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_ORGANISATION_ID:
      g_value_set_string (value, self->organisation_id);
      break;

    case PROP_RATE_CARD_ID:
      g_value_set_string (value, self->rate_card_id);
      break;

    case PROP_PAYMENT_DAYS:
      g_value_set_uint (value, self->payment_days);
      break;

    case PROP_COVERS:
      g_value_set_flags (value, self->covers);
      break;

    case PROP_BENEFITS_ADVICE:
      g_value_set_boolean (value, self->benefits_advice);
      break;

    case PROP_URL:
      g_value_set_string (value, self->url);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coprod_policy_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  CoprodPolicy *self = COPROD_POLICY (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      coprod_policy_set_title (self, g_value_get_string (value));
      break;

    case PROP_ORGANISATION_ID:
      coprod_policy_set_organisation_id (self, g_value_get_string (value));
      break;

    case PROP_RATE_CARD_ID:
      coprod_policy_set_rate_card_id (self, g_value_get_string (value));
      break;

    case PROP_PAYMENT_DAYS:
      coprod_policy_set_payment_days (self, g_value_get_uint (value));
      break;

    case PROP_COVERS:
      coprod_policy_set_covers (self, g_value_get_flags (value));
      break;

    case PROP_BENEFITS_ADVICE:
      coprod_policy_set_benefits_advice (self, g_value_get_boolean (value));
      break;

    case PROP_URL:
      coprod_policy_set_url (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coprod_policy_class_init (CoprodPolicyClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = (G_PARAM_READWRITE |
                             G_PARAM_EXPLICIT_NOTIFY |
                             G_PARAM_STATIC_STRINGS);

  object_class->finalize = coprod_policy_finalize;
  object_class->get_property = coprod_policy_get_property;
  object_class->set_property = coprod_policy_set_property;

  /**
   * CoprodPolicy:title:
   *
   * The policy's title.
   *
   * Since: 0.1
   */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL, flags);

  /**
   * CoprodPolicy:organisation-id:
   *
   * The id of the [class@Coprod.Organisation] whose policy it is.
   *
   * Since: 0.1
   */
  properties[PROP_ORGANISATION_ID] =
    _coprod_param_spec_string_kind ("organisation-id", COPROD_STRING_REF,
                                    flags);

  /**
   * CoprodPolicy:rate-card-id:
   *
   * The id of the [class@Coprod.RateCard] the policy pays by.
   *
   * Since: 0.1
   */
  properties[PROP_RATE_CARD_ID] =
    _coprod_param_spec_string_kind ("rate-card-id", COPROD_STRING_REF, flags);

  /**
   * CoprodPolicy:payment-days:
   *
   * The number of days, from 0 to 365, within which claims are paid. A claim
   * unpaid for longer leaves someone out of pocket. The default is 30.
   *
   * Since: 0.1
   */
  properties[PROP_PAYMENT_DAYS] =
    g_param_spec_uint ("payment-days", NULL, NULL,
                       0, 365, 30,
                       flags);

  /**
   * CoprodPolicy:covers:
   *
   * The support the policy covers: check-ins, travel tickets, refreshments,
   * reimbursement, payment, interpreters, childcare, carer cover.
   *
   * Since: 0.1
   */
  properties[PROP_COVERS] =
    g_param_spec_flags ("covers", NULL, NULL,
                        COPROD_TYPE_SUPPORT, COPROD_SUPPORT_NONE,
                        flags);

  /**
   * CoprodPolicy:benefits-advice:
   *
   * Whether the policy offers advice to people whose benefits a payment could
   * affect.
   *
   * Since: 0.1
   */
  properties[PROP_BENEFITS_ADVICE] =
    g_param_spec_boolean ("benefits-advice", NULL, NULL, FALSE, flags);

  /**
   * CoprodPolicy:url:
   *
   * The address where the policy can be read, or %NULL.
   *
   * Since: 0.1
   */
  properties[PROP_URL] =
    g_param_spec_string ("url", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
coprod_policy_init (CoprodPolicy *self)
{
  self->payment_days = 30;
}

/**
 * coprod_policy_new:
 * @id: the id of the policy
 * @title: (nullable): the policy's title
 *
 * Creates a policy that pays claims within 30 days.
 *
 * Returns: (transfer full): a new policy
 *
 * Since: 0.1
 */
CoprodPolicy *
coprod_policy_new (const char *id,
                   const char *title)
{
  return g_object_new (COPROD_TYPE_POLICY,
                       "id", id,
                       "title", title,
                       NULL);
}

/**
 * coprod_policy_get_title:
 * @self: a policy
 *
 * Gets the policy's title.
 *
 * Returns: (nullable): the policy's title
 *
 * Since: 0.1
 */
const char *
coprod_policy_get_title (CoprodPolicy *self)
{
  g_return_val_if_fail (COPROD_IS_POLICY (self), NULL);

  return self->title;
}

/**
 * coprod_policy_set_title:
 * @self: a policy
 * @title: (nullable): the policy's title
 *
 * Sets the policy's title.
 *
 * Since: 0.1
 */
void
coprod_policy_set_title (CoprodPolicy *self,
                         const char   *title)
{
  g_return_if_fail (COPROD_IS_POLICY (self));

  _coprod_set_string (self, &self->title, title, properties[PROP_TITLE]);
}

/**
 * coprod_policy_get_organisation_id:
 * @self: a policy
 *
 * Gets the id of the organisation whose policy it is.
 *
 * Returns: (nullable): the id
 *
 * Since: 0.1
 */
const char *
coprod_policy_get_organisation_id (CoprodPolicy *self)
{
  g_return_val_if_fail (COPROD_IS_POLICY (self), NULL);

  return self->organisation_id;
}

/**
 * coprod_policy_set_organisation_id:
 * @self: a policy
 * @organisation_id: (nullable): the id
 *
 * Sets the id of the organisation whose policy it is.
 *
 * Since: 0.1
 */
void
coprod_policy_set_organisation_id (CoprodPolicy *self,
                                   const char   *organisation_id)
{
  g_return_if_fail (COPROD_IS_POLICY (self));

  _coprod_set_string (self, &self->organisation_id, organisation_id,
                      properties[PROP_ORGANISATION_ID]);
}

/**
 * coprod_policy_get_rate_card_id:
 * @self: a policy
 *
 * Gets the id of the rate card the policy pays by.
 *
 * Returns: (nullable): the id
 *
 * Since: 0.1
 */
const char *
coprod_policy_get_rate_card_id (CoprodPolicy *self)
{
  g_return_val_if_fail (COPROD_IS_POLICY (self), NULL);

  return self->rate_card_id;
}

/**
 * coprod_policy_set_rate_card_id:
 * @self: a policy
 * @rate_card_id: (nullable): the id
 *
 * Sets the id of the rate card the policy pays by.
 *
 * Since: 0.1
 */
void
coprod_policy_set_rate_card_id (CoprodPolicy *self,
                                const char   *rate_card_id)
{
  g_return_if_fail (COPROD_IS_POLICY (self));

  _coprod_set_string (self, &self->rate_card_id, rate_card_id,
                      properties[PROP_RATE_CARD_ID]);
}

/**
 * coprod_policy_get_payment_days:
 * @self: a policy
 *
 * Gets the number of days within which claims are paid.
 *
 * Returns: the number of days, from 0 to 365
 *
 * Since: 0.1
 */
guint
coprod_policy_get_payment_days (CoprodPolicy *self)
{
  g_return_val_if_fail (COPROD_IS_POLICY (self), 30);

  return self->payment_days;
}

/**
 * coprod_policy_set_payment_days:
 * @self: a policy
 * @days: the number of days, from 0 to 365
 *
 * Sets the number of days within which claims are paid.
 *
 * Since: 0.1
 */
void
coprod_policy_set_payment_days (CoprodPolicy *self,
                                guint         days)
{
  g_return_if_fail (COPROD_IS_POLICY (self));
  g_return_if_fail (days <= 365);

  if (self->payment_days == days)
    return;

  self->payment_days = days;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAYMENT_DAYS]);
}

/**
 * coprod_policy_get_covers:
 * @self: a policy
 *
 * Gets the support the policy covers.
 *
 * Returns: the support covered
 *
 * Since: 0.1
 */
CoprodSupport
coprod_policy_get_covers (CoprodPolicy *self)
{
  g_return_val_if_fail (COPROD_IS_POLICY (self), COPROD_SUPPORT_NONE);

  return self->covers;
}

/**
 * coprod_policy_set_covers:
 * @self: a policy
 * @covers: the support covered
 *
 * Sets the support the policy covers.
 *
 * Since: 0.1
 */
void
coprod_policy_set_covers (CoprodPolicy *self,
                          CoprodSupport covers)
{
  g_return_if_fail (COPROD_IS_POLICY (self));

  _coprod_set_enum (self, (guint *) &self->covers, covers,
                    properties[PROP_COVERS]);
}

/**
 * coprod_policy_get_benefits_advice:
 * @self: a policy
 *
 * Gets whether the policy offers benefits advice.
 *
 * Returns: %TRUE if benefits advice is offered
 *
 * Since: 0.1
 */
gboolean
coprod_policy_get_benefits_advice (CoprodPolicy *self)
{
  g_return_val_if_fail (COPROD_IS_POLICY (self), FALSE);

  return self->benefits_advice;
}

/**
 * coprod_policy_set_benefits_advice:
 * @self: a policy
 * @benefits_advice: whether benefits advice is offered
 *
 * Sets whether the policy offers benefits advice.
 *
 * Since: 0.1
 */
void
coprod_policy_set_benefits_advice (CoprodPolicy *self,
                                   gboolean      benefits_advice)
{
  g_return_if_fail (COPROD_IS_POLICY (self));

  _coprod_set_boolean (self, &self->benefits_advice, benefits_advice,
                       properties[PROP_BENEFITS_ADVICE]);
}

/**
 * coprod_policy_get_url:
 * @self: a policy
 *
 * Gets the address where the policy can be read.
 *
 * Returns: (nullable): the URL
 *
 * Since: 0.1
 */
const char *
coprod_policy_get_url (CoprodPolicy *self)
{
  g_return_val_if_fail (COPROD_IS_POLICY (self), NULL);

  return self->url;
}

/**
 * coprod_policy_set_url:
 * @self: a policy
 * @url: (nullable): the URL
 *
 * Sets the address where the policy can be read.
 *
 * Since: 0.1
 */
void
coprod_policy_set_url (CoprodPolicy *self,
                       const char   *url)
{
  g_return_if_fail (COPROD_IS_POLICY (self));

  _coprod_set_string (self, &self->url, url, properties[PROP_URL]);
}
