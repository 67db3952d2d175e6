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
  GListStore *memberships;
};

G_DEFINE_FINAL_TYPE (CoprodPartnership, coprod_partnership, COPROD_TYPE_RECORD)

enum {
  PROP_0,
  PROP_NAME,
  PROP_KIND,
  PROP_PURPOSE,
  PROP_PARENT_ID,
  PROP_START_DATE,
  PROP_END_DATE,
  PROP_MEMBERSHIPS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
coprod_partnership_dispose (GObject *object)
{
  CoprodPartnership *self = COPROD_PARTNERSHIP (object);

  g_clear_object (&self->memberships);

  G_OBJECT_CLASS (coprod_partnership_parent_class)->dispose (object);
}

static void
coprod_partnership_finalize (GObject *object)
{
  CoprodPartnership *self = COPROD_PARTNERSHIP (object);

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->purpose, g_free);
  g_clear_pointer (&self->parent_id, g_free);
  g_clear_pointer (&self->start_date, g_free);
  g_clear_pointer (&self->end_date, g_free);

  G_OBJECT_CLASS (coprod_partnership_parent_class)->finalize (object);
}

static void
coprod_partnership_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  CoprodPartnership *self = COPROD_PARTNERSHIP (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    case PROP_PURPOSE:
      g_value_set_string (value, self->purpose);
      break;

    case PROP_PARENT_ID:
      g_value_set_string (value, self->parent_id);
      break;

    case PROP_START_DATE:
      g_value_set_string (value, self->start_date);
      break;

    case PROP_END_DATE:
      g_value_set_string (value, self->end_date);
      break;

    case PROP_MEMBERSHIPS:
      g_value_set_object (value, self->memberships);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coprod_partnership_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  CoprodPartnership *self = COPROD_PARTNERSHIP (object);

  switch (prop_id)
    {
    case PROP_NAME:
      coprod_partnership_set_name (self, g_value_get_string (value));
      break;

    case PROP_KIND:
      coprod_partnership_set_kind (self, g_value_get_enum (value));
      break;

    case PROP_PURPOSE:
      coprod_partnership_set_purpose (self, g_value_get_string (value));
      break;

    case PROP_PARENT_ID:
      coprod_partnership_set_parent_id (self, g_value_get_string (value));
      break;

    case PROP_START_DATE:
      coprod_partnership_set_start_date (self, g_value_get_string (value));
      break;

    case PROP_END_DATE:
      coprod_partnership_set_end_date (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
add_membership_child (gpointer owner,
                      gpointer child)
{
  coprod_partnership_add_membership (owner, child);
}

static void
coprod_partnership_class_init (CoprodPartnershipClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = (G_PARAM_READWRITE |
                             G_PARAM_EXPLICIT_NOTIFY |
                             G_PARAM_STATIC_STRINGS);

  object_class->dispose = coprod_partnership_dispose;
  object_class->finalize = coprod_partnership_finalize;
  object_class->get_property = coprod_partnership_get_property;
  object_class->set_property = coprod_partnership_set_property;

  /**
   * CoprodPartnership:name:
   *
   * The name of the partnership or group.
   *
   * Since: 0.1
   */
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL, flags);

  /**
   * CoprodPartnership:kind:
   *
   * What kind of group this is: a partnership of organisations, a forum, a
   * board, a community of practice, a working group, an advisory group or a
   * peer network.
   *
   * Since: 0.1
   */
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       COPROD_TYPE_GROUP_KIND, COPROD_GROUP_KIND_PARTNERSHIP,
                       flags);

  /**
   * CoprodPartnership:purpose:
   *
   * What the partnership is for, in its own words.
   *
   * Since: 0.1
   */
  properties[PROP_PURPOSE] =
    g_param_spec_string ("purpose", NULL, NULL, NULL, flags);

  /**
   * CoprodPartnership:parent-id:
   *
   * The id of the partnership this one sits inside, for example the forum a
   * board belongs to, or %NULL.
   *
   * Since: 0.1
   */
  properties[PROP_PARENT_ID] =
    _coprod_param_spec_string_kind ("parent-id", COPROD_STRING_REF, flags);

  /**
   * CoprodPartnership:start-date:
   *
   * When the partnership began, as an ISO 8601 date.
   *
   * Since: 0.1
   */
  properties[PROP_START_DATE] =
    _coprod_param_spec_string_kind ("start-date", COPROD_STRING_DATE, flags);

  /**
   * CoprodPartnership:end-date:
   *
   * When the partnership ended, as an ISO 8601 date, or %NULL if it goes
   * on.
   *
   * Since: 0.1
   */
  properties[PROP_END_DATE] =
    _coprod_param_spec_string_kind ("end-date", COPROD_STRING_DATE, flags);

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
  properties[PROP_MEMBERSHIPS] =
    _coprod_param_spec_children ("memberships", COPROD_TYPE_MEMBERSHIP,
                                 add_membership_child);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
coprod_partnership_init (CoprodPartnership *self)
{
  self->memberships = g_list_store_new (COPROD_TYPE_MEMBERSHIP);
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

  _coprod_set_string (self, &self->name, name, properties[PROP_NAME]);
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

  _coprod_set_enum (self, (guint *) &self->kind, kind, properties[PROP_KIND]);
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

  _coprod_set_string (self, &self->purpose, purpose, properties[PROP_PURPOSE]);
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

  _coprod_set_string (self, &self->parent_id, parent_id,
                      properties[PROP_PARENT_ID]);
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

  _coprod_set_string (self, &self->start_date, date,
                      properties[PROP_START_DATE]);
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

  _coprod_set_string (self, &self->end_date, date, properties[PROP_END_DATE]);
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

  return G_LIST_MODEL (self->memberships);
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

  g_list_store_append (self->memberships, membership);
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
  guint position;

  g_return_val_if_fail (COPROD_IS_PARTNERSHIP (self), FALSE);
  g_return_val_if_fail (COPROD_IS_MEMBERSHIP (membership), FALSE);

  if (!g_list_store_find (self->memberships, membership, &position))
    return FALSE;

  g_list_store_remove (self->memberships, position);

  return TRUE;
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

  n = g_list_model_get_n_items (G_LIST_MODEL (self->memberships));
  for (i = 0; i < n; i++)
    {
      g_autoptr(CoprodMembership) membership =
        g_list_model_get_item (G_LIST_MODEL (self->memberships), i);

      if (g_strcmp0 (coprod_membership_get_member_id (membership), member_id) == 0)
        return TRUE;
    }

  return FALSE;
}
