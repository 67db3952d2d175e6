/* coprod-membership.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "coprod-date.h"
#include "coprod-membership.h"
#include "coprod-record-private.h"

/**
 * CoprodMembership:
 *
 * A person or an organisation in a [class@Coprod.Partnership], in the
 * shape of a Popolo membership: who the member is, their post, whom they
 * represent, whether they lead or are paid, and from when to when.
 *
 * A membership is not a record of its own: it lives inside its partnership
 * (see [method@Coprod.Partnership.add_membership]) and has no id.
 *
 * ```c
 * g_autoptr(CoprodMembership) chair =
 *   coprod_membership_new ("p-ash", "chair");
 * coprod_membership_set_lead (chair, TRUE);
 * coprod_membership_set_paid (chair, TRUE);
 * coprod_membership_set_start_date (chair, "2024-09");
 * coprod_partnership_add_membership (board, chair);
 * ```
 *
 * In JSON, in the partnership's `memberships` array:
 *
 * ```json
 * { "member_id": "p-ash", "role": "chair", "lead": true, "paid": true,
 *   "start_date": "2024-09" }
 * ```
 *
 * Since: 0.1
 */

struct _CoprodMembership
{
  GObject parent_instance;

  char *member_id;
  char *role;
  char *on_behalf_of_id;
  gboolean lead;
  gboolean paid;
  char *start_date;
  char *end_date;
};

G_DEFINE_FINAL_TYPE (CoprodMembership, coprod_membership, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_MEMBER_ID,
  PROP_ROLE,
  PROP_ON_BEHALF_OF_ID,
  PROP_LEAD,
  PROP_PAID,
  PROP_START_DATE,
  PROP_END_DATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
coprod_membership_finalize (GObject *object)
{
  CoprodMembership *self = COPROD_MEMBERSHIP (object);

  g_clear_pointer (&self->member_id, g_free);
  g_clear_pointer (&self->role, g_free);
  g_clear_pointer (&self->on_behalf_of_id, g_free);
  g_clear_pointer (&self->start_date, g_free);
  g_clear_pointer (&self->end_date, g_free);

  G_OBJECT_CLASS (coprod_membership_parent_class)->finalize (object);
}

static void
coprod_membership_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  CoprodMembership *self = COPROD_MEMBERSHIP (object);

  switch (prop_id)
    {
    case PROP_MEMBER_ID:
      g_value_set_string (value, self->member_id);
      break;

    case PROP_ROLE:
      g_value_set_string (value, self->role);
      break;

    case PROP_ON_BEHALF_OF_ID:
      g_value_set_string (value, self->on_behalf_of_id);
      break;

    case PROP_LEAD:
      g_value_set_boolean (value, self->lead);
      break;

    case PROP_PAID:
      g_value_set_boolean (value, self->paid);
      break;

    case PROP_START_DATE:
      g_value_set_string (value, self->start_date);
      break;

    case PROP_END_DATE:
      g_value_set_string (value, self->end_date);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coprod_membership_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  CoprodMembership *self = COPROD_MEMBERSHIP (object);

  switch (prop_id)
    {
    case PROP_MEMBER_ID:
      coprod_membership_set_member_id (self, g_value_get_string (value));
      break;

    case PROP_ROLE:
      coprod_membership_set_role (self, g_value_get_string (value));
      break;

    case PROP_ON_BEHALF_OF_ID:
      coprod_membership_set_on_behalf_of_id (self, g_value_get_string (value));
      break;

    case PROP_LEAD:
      coprod_membership_set_lead (self, g_value_get_boolean (value));
      break;

    case PROP_PAID:
      coprod_membership_set_paid (self, g_value_get_boolean (value));
      break;

    case PROP_START_DATE:
      coprod_membership_set_start_date (self, g_value_get_string (value));
      break;

    case PROP_END_DATE:
      coprod_membership_set_end_date (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coprod_membership_class_init (CoprodMembershipClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = (G_PARAM_READWRITE |
                             G_PARAM_EXPLICIT_NOTIFY |
                             G_PARAM_STATIC_STRINGS);

  object_class->finalize = coprod_membership_finalize;
  object_class->get_property = coprod_membership_get_property;
  object_class->set_property = coprod_membership_set_property;

  /**
   * CoprodMembership:member-id:
   *
   * The id of the member: a [class@Coprod.Person] or a
   * [class@Coprod.Organisation].
   *
   * Since: 0.1
   */
  properties[PROP_MEMBER_ID] =
    _coprod_param_spec_string_kind ("member-id", COPROD_STRING_REF, flags);

  /**
   * CoprodMembership:role:
   *
   * The member's post in the partnership, in the partnership's own words:
   * "board member", "chair", "peer supporter". Free text, as Popolo's
   * `role`.
   *
   * Since: 0.1
   */
  properties[PROP_ROLE] =
    g_param_spec_string ("role", NULL, NULL, NULL, flags);

  /**
   * CoprodMembership:on-behalf-of-id:
   *
   * The id of the [class@Coprod.Organisation] the member represents, or
   * %NULL if they take part for themselves.
   *
   * Since: 0.1
   */
  properties[PROP_ON_BEHALF_OF_ID] =
    _coprod_param_spec_string_kind ("on-behalf-of-id", COPROD_STRING_REF, flags);

  /**
   * CoprodMembership:lead:
   *
   * Whether the member leads the partnership or is one of its leads.
   *
   * Since: 0.1
   */
  properties[PROP_LEAD] =
    g_param_spec_boolean ("lead", NULL, NULL, FALSE, flags);

  /**
   * CoprodMembership:paid:
   *
   * Whether the member is paid for their part, as the members of a paid
   * lived-experience board are.
   *
   * Since: 0.1
   */
  properties[PROP_PAID] =
    g_param_spec_boolean ("paid", NULL, NULL, FALSE, flags);

  /**
   * CoprodMembership:start-date:
   *
   * When the membership began, as an ISO 8601 date.
   *
   * Since: 0.1
   */
  properties[PROP_START_DATE] =
    _coprod_param_spec_string_kind ("start-date", COPROD_STRING_DATE, flags);

  /**
   * CoprodMembership:end-date:
   *
   * When the membership ended, as an ISO 8601 date, or %NULL if it goes on.
   *
   * Since: 0.1
   */
  properties[PROP_END_DATE] =
    _coprod_param_spec_string_kind ("end-date", COPROD_STRING_DATE, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
coprod_membership_init (CoprodMembership *self)
{
}

/**
 * coprod_membership_new:
 * @member_id: (nullable): the id of the person or organisation that is the
 *   member
 * @role: (nullable): their post, for example "board member"
 *
 * Creates a membership.
 *
 * Returns: (transfer full): a new membership
 *
 * Since: 0.1
 */
CoprodMembership *
coprod_membership_new (const char *member_id,
                       const char *role)
{
  return g_object_new (COPROD_TYPE_MEMBERSHIP,
                       "member-id", member_id,
                       "role", role,
                       NULL);
}

/**
 * coprod_membership_get_member_id:
 * @self: a membership
 *
 * Gets the id of the person or organisation that is the member.
 *
 * Returns: (nullable): the id
 *
 * Since: 0.1
 */
const char *
coprod_membership_get_member_id (CoprodMembership *self)
{
  g_return_val_if_fail (COPROD_IS_MEMBERSHIP (self), NULL);

  return self->member_id;
}

/**
 * coprod_membership_set_member_id:
 * @self: a membership
 * @member_id: (nullable): the id of a person or organisation
 *
 * Sets the id of the person or organisation that is the member.
 *
 * Since: 0.1
 */
void
coprod_membership_set_member_id (CoprodMembership *self,
                                 const char       *member_id)
{
  g_return_if_fail (COPROD_IS_MEMBERSHIP (self));

  _coprod_set_string (self, &self->member_id, member_id,
                      properties[PROP_MEMBER_ID]);
}

/**
 * coprod_membership_get_role:
 * @self: a membership
 *
 * Gets the member's post label.
 *
 * Returns: (nullable): the post label
 *
 * Since: 0.1
 */
const char *
coprod_membership_get_role (CoprodMembership *self)
{
  g_return_val_if_fail (COPROD_IS_MEMBERSHIP (self), NULL);

  return self->role;
}

/**
 * coprod_membership_set_role:
 * @self: a membership
 * @role: (nullable): the post label
 *
 * Sets the member's post label, for example "chair".
 *
 * Since: 0.1
 */
void
coprod_membership_set_role (CoprodMembership *self,
                            const char       *role)
{
  g_return_if_fail (COPROD_IS_MEMBERSHIP (self));

  _coprod_set_string (self, &self->role, role, properties[PROP_ROLE]);
}

/**
 * coprod_membership_get_on_behalf_of_id:
 * @self: a membership
 *
 * Gets the id of the organisation the member represents.
 *
 * Returns: (nullable): the id, or %NULL if the member represents nobody but
 *   themselves
 *
 * Since: 0.1
 */
const char *
coprod_membership_get_on_behalf_of_id (CoprodMembership *self)
{
  g_return_val_if_fail (COPROD_IS_MEMBERSHIP (self), NULL);

  return self->on_behalf_of_id;
}

/**
 * coprod_membership_set_on_behalf_of_id:
 * @self: a membership
 * @organisation_id: (nullable): the id of an organisation
 *
 * Sets the id of the organisation the member represents; %NULL if they take
 * part for themselves.
 *
 * Since: 0.1
 */
void
coprod_membership_set_on_behalf_of_id (CoprodMembership *self,
                                       const char       *organisation_id)
{
  g_return_if_fail (COPROD_IS_MEMBERSHIP (self));

  _coprod_set_string (self, &self->on_behalf_of_id, organisation_id,
                      properties[PROP_ON_BEHALF_OF_ID]);
}

/**
 * coprod_membership_get_lead:
 * @self: a membership
 *
 * Gets whether the member leads the partnership.
 *
 * Returns: %TRUE if the member is a lead
 *
 * Since: 0.1
 */
gboolean
coprod_membership_get_lead (CoprodMembership *self)
{
  g_return_val_if_fail (COPROD_IS_MEMBERSHIP (self), FALSE);

  return self->lead;
}

/**
 * coprod_membership_set_lead:
 * @self: a membership
 * @lead: whether the member is a lead
 *
 * Sets whether the member leads the partnership.
 *
 * Since: 0.1
 */
void
coprod_membership_set_lead (CoprodMembership *self,
                            gboolean          lead)
{
  g_return_if_fail (COPROD_IS_MEMBERSHIP (self));

  _coprod_set_boolean (self, &self->lead, lead, properties[PROP_LEAD]);
}

/**
 * coprod_membership_get_paid:
 * @self: a membership
 *
 * Gets whether the member is paid for their part.
 *
 * Returns: %TRUE if the member is paid
 *
 * Since: 0.1
 */
gboolean
coprod_membership_get_paid (CoprodMembership *self)
{
  g_return_val_if_fail (COPROD_IS_MEMBERSHIP (self), FALSE);

  return self->paid;
}

/**
 * coprod_membership_set_paid:
 * @self: a membership
 * @paid: whether the member is paid
 *
 * Sets whether the member is paid for their part.
 *
 * Since: 0.1
 */
void
coprod_membership_set_paid (CoprodMembership *self,
                            gboolean          paid)
{
  g_return_if_fail (COPROD_IS_MEMBERSHIP (self));

  _coprod_set_boolean (self, &self->paid, paid, properties[PROP_PAID]);
}

/**
 * coprod_membership_get_start_date:
 * @self: a membership
 *
 * Gets the date the membership began.
 *
 * Returns: (nullable): an ISO 8601 date
 *
 * Since: 0.1
 */
const char *
coprod_membership_get_start_date (CoprodMembership *self)
{
  g_return_val_if_fail (COPROD_IS_MEMBERSHIP (self), NULL);

  return self->start_date;
}

/**
 * coprod_membership_set_start_date:
 * @self: a membership
 * @date: (nullable): an ISO 8601 date, see [func@Coprod.date_is_valid]
 *
 * Sets the date the membership began.
 *
 * Since: 0.1
 */
void
coprod_membership_set_start_date (CoprodMembership *self,
                                  const char       *date)
{
  g_return_if_fail (COPROD_IS_MEMBERSHIP (self));

  _coprod_set_string (self, &self->start_date, date,
                      properties[PROP_START_DATE]);
}

/**
 * coprod_membership_get_end_date:
 * @self: a membership
 *
 * Gets the date the membership ended.
 *
 * Returns: (nullable): an ISO 8601 date, or %NULL if it goes on
 *
 * Since: 0.1
 */
const char *
coprod_membership_get_end_date (CoprodMembership *self)
{
  g_return_val_if_fail (COPROD_IS_MEMBERSHIP (self), NULL);

  return self->end_date;
}

/**
 * coprod_membership_set_end_date:
 * @self: a membership
 * @date: (nullable): an ISO 8601 date, see [func@Coprod.date_is_valid]
 *
 * Sets the date the membership ended; %NULL if it goes on.
 *
 * Since: 0.1
 */
void
coprod_membership_set_end_date (CoprodMembership *self,
                                const char       *date)
{
  g_return_if_fail (COPROD_IS_MEMBERSHIP (self));

  _coprod_set_string (self, &self->end_date, date, properties[PROP_END_DATE]);
}
