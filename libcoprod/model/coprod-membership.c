/* coprod-membership.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "coprod-date.h"
#include "coprod-membership.h"
#include "coprod-organisation.h"
#include "coprod-person.h"
#include "coprod-post.h"
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

  gpointer owner;   /* the record it is inside: see _coprod_object_get_owner() */
  char *member_id;
  char *role;
  char *post_id;
  char *on_behalf_of_id;
  gboolean lead;
  gboolean paid;
  char *start_date;
  char *end_date;
};

G_DEFINE_FINAL_TYPE (CoprodMembership, coprod_membership, G_TYPE_OBJECT)

enum {
  FIELD_MEMBER_ID,
  FIELD_ROLE,
  FIELD_POST_ID,
  FIELD_ON_BEHALF_OF_ID,
  FIELD_LEAD,
  FIELD_PAID,
  FIELD_START_DATE,
  FIELD_END_DATE,
  N_FIELDS
};

static CoprodField fields[N_FIELDS] = {
  /**
   * CoprodMembership:member-id:
   *
   * The id of the member: a [class@Coprod.Person] or a
   * [class@Coprod.Organisation].
   *
   * Since: 0.1
   */
  [FIELD_MEMBER_ID] = COPROD_REF_EITHER_FIELD (CoprodMembership, member_id,
                                               "member-id",
                                               coprod_person_get_type,
                                               coprod_organisation_get_type),

  /**
   * CoprodMembership:role:
   *
   * The member's post in the partnership, in the partnership's own words:
   * "board member", "chair", "peer supporter". Free text, as Popolo's
   * `role`.
   *
   * Since: 0.1
   */
  [FIELD_ROLE] = COPROD_TEXT_FIELD (CoprodMembership, role, "role"),

  /**
   * CoprodMembership:post-id:
   *
   * The id of the [class@Coprod.Post] (the seat) the member holds, or
   * %NULL if they hold none. The post must be one of the partnership's
   * own: validation reports a post of another group as
   * `post-of-another-group`.
   *
   * Since: 0.1
   */
  [FIELD_POST_ID] = COPROD_REF_FIELD (CoprodMembership, post_id, "post-id",
                                      coprod_post_get_type),

  /**
   * CoprodMembership:on-behalf-of-id:
   *
   * The id of the [class@Coprod.Organisation] the member represents, or
   * %NULL if they take part for themselves.
   *
   * Since: 0.1
   */
  [FIELD_ON_BEHALF_OF_ID] = COPROD_REF_FIELD (CoprodMembership, on_behalf_of_id,
                                              "on-behalf-of-id",
                                              coprod_organisation_get_type),

  /**
   * CoprodMembership:lead:
   *
   * Whether the member leads the partnership or is one of its leads.
   *
   * Since: 0.1
   */
  [FIELD_LEAD] = COPROD_BOOLEAN_FIELD (CoprodMembership, lead, "lead", FALSE),

  /**
   * CoprodMembership:paid:
   *
   * Whether the member is paid for their part, as the members of a paid
   * lived-experience board are.
   *
   * Since: 0.1
   */
  [FIELD_PAID] = COPROD_BOOLEAN_FIELD (CoprodMembership, paid, "paid", FALSE),

  /**
   * CoprodMembership:start-date:
   *
   * When the membership began, as an ISO 8601 date.
   *
   * Since: 0.1
   */
  [FIELD_START_DATE] = COPROD_DATE_RANGE_FIELD (CoprodMembership, start_date,
                                                "start-date", "end-date"),

  /**
   * CoprodMembership:end-date:
   *
   * When the membership ended, as an ISO 8601 date, or %NULL if it goes on.
   *
   * Since: 0.1
   */
  [FIELD_END_DATE] = COPROD_DATE_FIELD (CoprodMembership, end_date, "end-date"),
};

static void
coprod_membership_class_init (CoprodMembershipClass *klass)
{
  _coprod_fields_install_child (G_OBJECT_CLASS (klass), fields, N_FIELDS,
                                G_STRUCT_OFFSET (CoprodMembership, owner));
}

static void
coprod_membership_init (CoprodMembership *self)
{
  _coprod_fields_init_instance (self, fields, N_FIELDS);
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

  _coprod_field_set_string (self, &fields[FIELD_MEMBER_ID], member_id);
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

  _coprod_field_set_string (self, &fields[FIELD_ROLE], role);
}

/**
 * coprod_membership_get_post_id:
 * @self: a membership
 *
 * Gets the id of the seat the member holds.
 *
 * Returns: (nullable): the id of a [class@Coprod.Post], or %NULL if the
 *   member holds no seat
 *
 * Since: 0.1
 */
const char *
coprod_membership_get_post_id (CoprodMembership *self)
{
  g_return_val_if_fail (COPROD_IS_MEMBERSHIP (self), NULL);

  return self->post_id;
}

/**
 * coprod_membership_set_post_id:
 * @self: a membership
 * @post_id: (nullable): the id of a post of the same partnership, or %NULL
 *
 * Sets the id of the seat the member holds; the membership's start and
 * end dates are then the tenure of the seat.
 *
 * Since: 0.1
 */
void
coprod_membership_set_post_id (CoprodMembership *self,
                               const char       *post_id)
{
  g_return_if_fail (COPROD_IS_MEMBERSHIP (self));

  _coprod_field_set_string (self, &fields[FIELD_POST_ID], post_id);
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

  _coprod_field_set_string (self, &fields[FIELD_ON_BEHALF_OF_ID],
                            organisation_id);
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

  _coprod_field_set_boolean (self, &fields[FIELD_LEAD], lead);
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

  _coprod_field_set_boolean (self, &fields[FIELD_PAID], paid);
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

  _coprod_field_set_string (self, &fields[FIELD_START_DATE], date);
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

  _coprod_field_set_string (self, &fields[FIELD_END_DATE], date);
}
