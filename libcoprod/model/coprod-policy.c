/* coprod-policy.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "coprod-enum-types.h"
#include "coprod-organisation.h"
#include "coprod-policy.h"
#include "coprod-rate-card.h"
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
  FIELD_TITLE,
  FIELD_ORGANISATION_ID,
  FIELD_RATE_CARD_ID,
  FIELD_PAYMENT_DAYS,
  FIELD_COVERS,
  FIELD_BENEFITS_ADVICE,
  FIELD_URL,
  N_FIELDS
};

static CoprodField fields[N_FIELDS] = {
  /**
   * CoprodPolicy:title:
   *
   * The policy's title.
   *
   * Since: 0.1
   */
  [FIELD_TITLE] = COPROD_TEXT_FIELD (CoprodPolicy, title, "title"),

  /**
   * CoprodPolicy:organisation-id:
   *
   * The id of the [class@Coprod.Organisation] whose policy it is.
   *
   * Since: 0.1
   */
  [FIELD_ORGANISATION_ID] = COPROD_REF_FIELD (CoprodPolicy, organisation_id,
                                              "organisation-id",
                                              coprod_organisation_get_type),

  /**
   * CoprodPolicy:rate-card-id:
   *
   * The id of the [class@Coprod.RateCard] the policy pays by.
   *
   * Since: 0.1
   */
  [FIELD_RATE_CARD_ID] = COPROD_REF_FIELD (CoprodPolicy, rate_card_id,
                                           "rate-card-id", coprod_rate_card_get_type),

  /**
   * CoprodPolicy:payment-days:
   *
   * The number of days, from 0 to 365, within which claims are paid. A claim
   * unpaid for longer leaves someone out of pocket. The default is 30.
   *
   * Since: 0.1
   */
  [FIELD_PAYMENT_DAYS] = COPROD_UINT_FIELD (CoprodPolicy, payment_days,
                                            "payment-days", 0, 365, 30),

  /**
   * CoprodPolicy:covers:
   *
   * The support the policy covers: check-ins, travel tickets, refreshments,
   * reimbursement, payment, interpreters, childcare, carer cover.
   *
   * Since: 0.1
   */
  [FIELD_COVERS] = COPROD_FLAGS_FIELD (CoprodPolicy, covers, "covers",
                                       coprod_support_get_type,
                                       COPROD_SUPPORT_NONE),

  /**
   * CoprodPolicy:benefits-advice:
   *
   * Whether the policy offers advice to people whose benefits a payment could
   * affect.
   *
   * Since: 0.1
   */
  [FIELD_BENEFITS_ADVICE] = COPROD_BOOLEAN_FIELD (CoprodPolicy, benefits_advice,
                                                  "benefits-advice", FALSE),

  /**
   * CoprodPolicy:url:
   *
   * The address where the policy can be read, or %NULL.
   *
   * Since: 0.1
   */
  [FIELD_URL] = COPROD_TEXT_FIELD (CoprodPolicy, url, "url"),
};

static void
coprod_policy_class_init (CoprodPolicyClass *klass)
{
  _coprod_fields_install (G_OBJECT_CLASS (klass), fields, N_FIELDS);
}

static void
coprod_policy_init (CoprodPolicy *self)
{
  _coprod_fields_init_instance (self, fields, N_FIELDS);
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

  _coprod_field_set_string (self, &fields[FIELD_TITLE], title);
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

  _coprod_field_set_string (self, &fields[FIELD_ORGANISATION_ID],
                            organisation_id);
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

  _coprod_field_set_string (self, &fields[FIELD_RATE_CARD_ID], rate_card_id);
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

  _coprod_field_set_uint (self, &fields[FIELD_PAYMENT_DAYS], days);
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

  _coprod_field_set_flags (self, &fields[FIELD_COVERS], covers);
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

  _coprod_field_set_boolean (self, &fields[FIELD_BENEFITS_ADVICE],
                             benefits_advice);
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

  _coprod_field_set_string (self, &fields[FIELD_URL], url);
}
