/* coprod-partnership.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "coprod-enum-types.h"
#include "coprod-partnership.h"
#include "coprod-record-private.h"

/**
 * CoprodPartnership:
 *
 * Organisations and people working together: a partnership, a forum, a
 * board, a community of practice, a working group, an advisory group or a
 * peer network (see [property@Coprod.Partnership:kind]).
 *
 * Its members are [class@Coprod.Membership] objects, each naming a person
 * or an organisation with their post. Groups nest: a paid board of people
 * with lived experience sits inside a forum through its
 * [property@Coprod.Partnership:parent-id].
 *
 * ```c
 * g_autoptr(CoprodPartnership) board =
 *   coprod_partnership_new ("g-board", "Building Together board");
 * g_autoptr(CoprodMembership) member =
 *   coprod_membership_new ("p-ash", "board member");
 *
 * coprod_partnership_set_kind (board, COPROD_GROUP_KIND_BOARD);
 * coprod_partnership_set_parent_id (board, "g-forum");
 * coprod_membership_set_paid (member, TRUE);
 * coprod_partnership_add_membership (board, member);
 * ```
 *
 * In JSON, in the `partnerships` collection:
 *
 * ```json
 * { "id": "g-board", "name": "Building Together board", "kind": "board",
 *   "parent_id": "g-forum", "start_date": "2024",
 *   "memberships": [ { "member_id": "p-ash", "role": "board member",
 *                      "lead": false, "paid": true } ] }
 * ```
 *
 * Since: 0.1
 */

struct _CoprodPartnership
{
  CoprodRecord parent_instance;

  char *name;
  CoprodGroupKind kind;
  char *purpose;
  char *parent_id;
  char *start_date;
  char *end_date;
  GListModel *memberships;   /* made when needed: see coprod-field.c */
};

G_DEFINE_FINAL_TYPE (CoprodPartnership, coprod_partnership, COPROD_TYPE_RECORD)

enum {
  FIELD_NAME,
  FIELD_KIND,
  FIELD_PURPOSE,
  FIELD_PARENT_ID,
  FIELD_START_DATE,
  FIELD_END_DATE,
  FIELD_MEMBERSHIPS,
  N_FIELDS
};

static CoprodField fields[N_FIELDS] = {
  /**
   * CoprodPartnership:name:
   *
   * The name of the partnership or group.
   *
   * Since: 0.1
   */
  [FIELD_NAME] = COPROD_TEXT_FIELD (CoprodPartnership, name, "name"),

  /**
   * CoprodPartnership:kind:
   *
   * What kind of group this is: a partnership of organisations, a forum, a
   * board, a community of practice, a working group, an advisory group or a
   * peer network.
   *
   * Since: 0.1
   */
  [FIELD_KIND] = COPROD_ENUM_FIELD (CoprodPartnership, kind, "kind",
                                    coprod_group_kind_get_type,
                                    COPROD_GROUP_KIND_PARTNERSHIP),

  /**
   * CoprodPartnership:purpose:
   *
   * What the partnership is for, in its own words.
   *
   * Since: 0.1
   */
  [FIELD_PURPOSE] = COPROD_TEXT_FIELD (CoprodPartnership, purpose, "purpose"),

  /**
   * CoprodPartnership:parent-id:
   *
   * The id of the partnership this one sits inside, for example the forum a
   * board belongs to, or %NULL.
   *
   * Since: 0.1
   */
  [FIELD_PARENT_ID] = COPROD_REF_FIELD (CoprodPartnership, parent_id,
                                        "parent-id",
                                        coprod_partnership_get_type),

  /**
   * CoprodPartnership:start-date:
   *
   * When the partnership began, as an ISO 8601 date.
   *
   * Since: 0.1
   */
  [FIELD_START_DATE] = COPROD_DATE_RANGE_FIELD (CoprodPartnership, start_date,
                                                "start-date", "end-date"),

  /**
   * CoprodPartnership:end-date:
   *
   * When the partnership ended, as an ISO 8601 date, or %NULL if it goes
   * on.
   *
   * Since: 0.1
   */
  [FIELD_END_DATE] = COPROD_DATE_FIELD (CoprodPartnership, end_date,
                                        "end-date"),

  /**
   * CoprodPartnership:memberships:
   *
   * The people and organisations in the partnership, a
   * [iface@Gio.ListModel] of [class@Coprod.Membership]. Change it with
   * [method@Coprod.Partnership.add_membership] and
   * [method@Coprod.Partnership.remove_membership].
   *
   * Since: 0.1
   */
  [FIELD_MEMBERSHIPS] = COPROD_CHILDREN_FIELD (CoprodPartnership, memberships,
                                               "memberships",
                                               coprod_membership_get_type),
};

static void
coprod_partnership_class_init (CoprodPartnershipClass *klass)
{
  _coprod_fields_install (G_OBJECT_CLASS (klass), fields, N_FIELDS);
}

static void
coprod_partnership_init (CoprodPartnership *self)
{
  _coprod_fields_init_instance (self, fields, N_FIELDS);
}

/**
 * coprod_partnership_new:
 * @id: the id of the partnership
 * @name: (nullable): its name
 *
 * Creates a partnership of kind %COPROD_GROUP_KIND_PARTNERSHIP with no
 * members.
 *
 * Returns: (transfer full): a new partnership
 *
 * Since: 0.1
 */
CoprodPartnership *
coprod_partnership_new (const char *id,
                        const char *name)
{
  return g_object_new (COPROD_TYPE_PARTNERSHIP,
                       "id", id,
                       "name", name,
                       NULL);
}

/**
 * coprod_partnership_get_name:
 * @self: a partnership
 *
 * Gets the name of the partnership.
 *
 * Returns: (nullable): the name
 *
 * Since: 0.1
 */
const char *
coprod_partnership_get_name (CoprodPartnership *self)
{
  g_return_val_if_fail (COPROD_IS_PARTNERSHIP (self), NULL);

  return self->name;
}

/**
 * coprod_partnership_set_name:
 * @self: a partnership
 * @name: (nullable): the name
 *
 * Sets the name of the partnership.
 *
 * Since: 0.1
 */
void
coprod_partnership_set_name (CoprodPartnership *self,
                             const char        *name)
{
  g_return_if_fail (COPROD_IS_PARTNERSHIP (self));

  _coprod_field_set_string (self, &fields[FIELD_NAME], name);
}

/**
 * coprod_partnership_get_kind:
 * @self: a partnership
 *
 * Gets what kind of group the partnership is.
 *
 * Returns: the kind
 *
 * Since: 0.1
 */
CoprodGroupKind
coprod_partnership_get_kind (CoprodPartnership *self)
{
  g_return_val_if_fail (COPROD_IS_PARTNERSHIP (self), COPROD_GROUP_KIND_PARTNERSHIP);

  return self->kind;
}

/**
 * coprod_partnership_set_kind:
 * @self: a partnership
 * @kind: the kind
 *
 * Sets what kind of group the partnership is.
 *
 * Since: 0.1
 */
void
coprod_partnership_set_kind (CoprodPartnership *self,
                             CoprodGroupKind    kind)
{
  g_return_if_fail (COPROD_IS_PARTNERSHIP (self));

  _coprod_field_set_enum (self, &fields[FIELD_KIND], kind);
}

/**
 * coprod_partnership_get_purpose:
 * @self: a partnership
 *
 * Gets what the partnership is for.
 *
 * Returns: (nullable): the purpose
 *
 * Since: 0.1
 */
const char *
coprod_partnership_get_purpose (CoprodPartnership *self)
{
  g_return_val_if_fail (COPROD_IS_PARTNERSHIP (self), NULL);

  return self->purpose;
}

/**
 * coprod_partnership_set_purpose:
 * @self: a partnership
 * @purpose: (nullable): the purpose
 *
 * Sets what the partnership is for.
 *
 * Since: 0.1
 */
void
coprod_partnership_set_purpose (CoprodPartnership *self,
                                const char        *purpose)
{
  g_return_if_fail (COPROD_IS_PARTNERSHIP (self));

  _coprod_field_set_string (self, &fields[FIELD_PURPOSE], purpose);
}

/**
 * coprod_partnership_get_parent_id:
 * @self: a partnership
 *
 * Gets the id of the partnership this one sits inside.
 *
 * Returns: (nullable): the id of the enclosing partnership, or %NULL if
 *   there is none
 *
 * Since: 0.1
 */
const char *
coprod_partnership_get_parent_id (CoprodPartnership *self)
{
  g_return_val_if_fail (COPROD_IS_PARTNERSHIP (self), NULL);

  return self->parent_id;
}

/**
 * coprod_partnership_set_parent_id:
 * @self: a partnership
 * @parent_id: (nullable): the id of another partnership
 *
 * Sets the id of the partnership this one sits inside, for example the
 * forum of a board; %NULL if there is none.
 *
 * Since: 0.1
 */
void
coprod_partnership_set_parent_id (CoprodPartnership *self,
                                  const char        *parent_id)
{
  g_return_if_fail (COPROD_IS_PARTNERSHIP (self));

  _coprod_field_set_string (self, &fields[FIELD_PARENT_ID], parent_id);
}

/**
 * coprod_partnership_get_start_date:
 * @self: a partnership
 *
 * Gets the date the partnership began.
 *
 * Returns: (nullable): an ISO 8601 date
 *
 * Since: 0.1
 */
const char *
coprod_partnership_get_start_date (CoprodPartnership *self)
{
  g_return_val_if_fail (COPROD_IS_PARTNERSHIP (self), NULL);

  return self->start_date;
}

/**
 * coprod_partnership_set_start_date:
 * @self: a partnership
 * @date: (nullable): an ISO 8601 date, see [func@Coprod.date_is_valid]
 *
 * Sets the date the partnership began.
 *
 * Since: 0.1
 */
void
coprod_partnership_set_start_date (CoprodPartnership *self,
                                   const char        *date)
{
  g_return_if_fail (COPROD_IS_PARTNERSHIP (self));

  _coprod_field_set_string (self, &fields[FIELD_START_DATE], date);
}

/**
 * coprod_partnership_get_end_date:
 * @self: a partnership
 *
 * Gets the date the partnership ended.
 *
 * Returns: (nullable): an ISO 8601 date, or %NULL if it goes on
 *
 * Since: 0.1
 */
const char *
coprod_partnership_get_end_date (CoprodPartnership *self)
{
  g_return_val_if_fail (COPROD_IS_PARTNERSHIP (self), NULL);

  return self->end_date;
}

/**
 * coprod_partnership_set_end_date:
 * @self: a partnership
 * @date: (nullable): an ISO 8601 date, see [func@Coprod.date_is_valid]
 *
 * Sets the date the partnership ended; %NULL if it goes on.
 *
 * Since: 0.1
 */
void
coprod_partnership_set_end_date (CoprodPartnership *self,
                                 const char        *date)
{
  g_return_if_fail (COPROD_IS_PARTNERSHIP (self));

  _coprod_field_set_string (self, &fields[FIELD_END_DATE], date);
}

/**
 * coprod_partnership_get_memberships:
 * @self: a partnership
 *
 * Gets the memberships of the partnership, in the order they were added.
 * The list changes as memberships are added and removed.
 *
 * Returns: (transfer none): a list model of [class@Coprod.Membership]
 *
 * Since: 0.1
 */
GListModel *
coprod_partnership_get_memberships (CoprodPartnership *self)
{
  g_return_val_if_fail (COPROD_IS_PARTNERSHIP (self), NULL);

  return _coprod_field_get_children (self, &fields[FIELD_MEMBERSHIPS]);
}

/**
 * coprod_partnership_add_membership:
 * @self: a partnership
 * @membership: a membership
 *
 * Appends @membership to the partnership's memberships. The partnership
 * takes a reference.
 *
 * Since: 0.1
 */
void
coprod_partnership_add_membership (CoprodPartnership *self,
                                   CoprodMembership  *membership)
{
  g_return_if_fail (COPROD_IS_PARTNERSHIP (self));
  g_return_if_fail (COPROD_IS_MEMBERSHIP (membership));

  _coprod_field_add_child (self, &fields[FIELD_MEMBERSHIPS], membership);
}

/**
 * coprod_partnership_remove_membership:
 * @self: a partnership
 * @membership: a membership of @self
 *
 * Removes @membership from the partnership.
 *
 * Returns: %TRUE if @membership was one of the partnership's memberships
 *   and was removed, %FALSE if it was not there
 *
 * Since: 0.1
 */
gboolean
coprod_partnership_remove_membership (CoprodPartnership *self,
                                      CoprodMembership  *membership)
{
  g_return_val_if_fail (COPROD_IS_PARTNERSHIP (self), FALSE);
  g_return_val_if_fail (COPROD_IS_MEMBERSHIP (membership), FALSE);

  return _coprod_field_remove_child (self, &fields[FIELD_MEMBERSHIPS], membership);
}

/**
 * coprod_partnership_has_member:
 * @self: a partnership
 * @member_id: the id of a person or organisation
 *
 * Checks whether a person or organisation is a member of the partnership.
 * Every membership counts, whatever its dates: ended memberships too.
 *
 * Returns: %TRUE if one of the partnership's memberships has
 *   [property@Coprod.Membership:member-id] @member_id
 *
 * Since: 0.1
 */
gboolean
coprod_partnership_has_member (CoprodPartnership *self,
                               const char        *member_id)
{
  guint i, n;

  g_return_val_if_fail (COPROD_IS_PARTNERSHIP (self), FALSE);
  g_return_val_if_fail (member_id != NULL, FALSE);

  n = _coprod_field_get_n_children (self, &fields[FIELD_MEMBERSHIPS]);
  for (i = 0; i < n; i++)
    {
      CoprodMembership *membership =
        _coprod_field_peek_child (self, &fields[FIELD_MEMBERSHIPS], i);

      if (g_strcmp0 (coprod_membership_get_member_id (membership), member_id) == 0)
        return TRUE;
    }

  return FALSE;
}
