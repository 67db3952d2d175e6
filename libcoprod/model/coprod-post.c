/* coprod-post.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "coprod-enum-types.h"
#include "coprod-organisation.h"
#include "coprod-partnership.h"
#include "coprod-post.h"
#include "coprod-record-private.h"

/**
 * CoprodPost:
 *
 * A seat in a group, independent of who holds it: Popolo's `Post`. The
 * Building Together board has ten paid seats whether three or ten people
 * sit on it; a [class@Coprod.Membership] holds a post by naming it in
 * [property@Coprod.Membership:post-id].
 *
 * A post belongs to a group ([property@Coprod.Post:group-id]): a
 * [class@Coprod.Partnership] (a board, a forum) or an
 * [class@Coprod.Organisation]. It has a label ("board member 3"), a role
 * shared by seats alike ("board member"), whether it is paid, how it is
 * filled ([enum@Coprod.Selection]) and, if it exists only for a time, a
 * start and an end date. Which seats are filled, by whom and since when is
 * worked out by [method@Coprod.Registry.get_seats].
 *
 * ```c
 * g_autoptr(CoprodPost) seat =
 *   coprod_post_new ("post-board-01", "prt-board", "board member 1");
 * coprod_post_set_role (seat, "board member");
 * coprod_post_set_paid (seat, TRUE);
 * coprod_post_set_selection (seat, COPROD_SELECTION_OPEN_CALL);
 * ```
 *
 * In JSON, in the `posts` collection:
 *
 * ```json
 * { "id": "post-board-01", "group_id": "prt-board",
 *   "label": "board member 1", "role": "board member", "paid": true,
 *   "selection": "open-call", "start_date": "2023-07" }
 * ```
 *
 * Since: 0.1
 */

struct _CoprodPost
{
  CoprodRecord parent_instance;

  char *group_id;
  char *label;
  char *role;
  gboolean paid;
  CoprodSelection selection;
  char *start_date;
  char *end_date;
};

G_DEFINE_FINAL_TYPE (CoprodPost, coprod_post, COPROD_TYPE_RECORD)

enum {
  FIELD_GROUP_ID,
  FIELD_LABEL,
  FIELD_ROLE,
  FIELD_PAID,
  FIELD_SELECTION,
  FIELD_START_DATE,
  FIELD_END_DATE,
  N_FIELDS
};

static CoprodField fields[N_FIELDS] = {
  /**
   * CoprodPost:group-id:
   *
   * The id of the group the seat is in: a [class@Coprod.Partnership] or
   * an [class@Coprod.Organisation].
   *
   * Since: 0.1
   */
  [FIELD_GROUP_ID] = COPROD_REF_EITHER_FIELD (CoprodPost, group_id, "group-id",
                                              coprod_partnership_get_type,
                                              coprod_organisation_get_type),

  /**
   * CoprodPost:label:
   *
   * What the seat is called, telling it from the group's other seats:
   * "board member 3", "chair".
   *
   * Since: 0.1
   */
  [FIELD_LABEL] = COPROD_TEXT_FIELD (CoprodPost, label, "label"),

  /**
   * CoprodPost:role:
   *
   * The role the holder of the seat takes, shared by seats alike: "board
   * member". Free text, as Popolo's `role`.
   *
   * Since: 0.1
   */
  [FIELD_ROLE] = COPROD_TEXT_FIELD (CoprodPost, role, "role"),

  /**
   * CoprodPost:paid:
   *
   * Whether whoever holds the seat is paid for it.
   *
   * Since: 0.1
   */
  [FIELD_PAID] = COPROD_BOOLEAN_FIELD (CoprodPost, paid, "paid", FALSE),

  /**
   * CoprodPost:selection:
   *
   * How the seat is filled: by open call, nomination, election or lottery.
   *
   * Since: 0.1
   */
  [FIELD_SELECTION] = COPROD_ENUM_FIELD (CoprodPost, selection, "selection",
                                         coprod_selection_get_type,
                                         COPROD_SELECTION_UNSPECIFIED),

  /**
   * CoprodPost:start-date:
   *
   * When the seat was created, as an ISO 8601 date, or %NULL if it is not
   * known.
   *
   * Since: 0.1
   */
  [FIELD_START_DATE] = COPROD_DATE_RANGE_FIELD (CoprodPost, start_date,
                                                "start-date", "end-date"),

  /**
   * CoprodPost:end-date:
   *
   * When the seat ceased to exist, as an ISO 8601 date, or %NULL if it
   * goes on.
   *
   * Since: 0.1
   */
  [FIELD_END_DATE] = COPROD_DATE_FIELD (CoprodPost, end_date, "end-date"),
};

static void
coprod_post_class_init (CoprodPostClass *klass)
{
  _coprod_fields_install (G_OBJECT_CLASS (klass), fields, N_FIELDS);
}

static void
coprod_post_init (CoprodPost *self)
{
  _coprod_fields_init_instance (self, fields, N_FIELDS);
}

/**
 * coprod_post_new:
 * @id: the id of the post
 * @group_id: (nullable): the id of the partnership or organisation the
 *   seat is in
 * @label: (nullable): what the seat is called
 *
 * Creates a seat, unpaid, filled in no recorded way.
 *
 * Returns: (transfer full): a new post
 *
 * Since: 0.1
 */
CoprodPost *
coprod_post_new (const char *id,
                 const char *group_id,
                 const char *label)
{
  return g_object_new (COPROD_TYPE_POST,
                       "id", id,
                       "group-id", group_id,
                       "label", label,
                       NULL);
}

/**
 * coprod_post_get_group_id:
 * @self: a post
 *
 * Gets the id of the group the seat is in.
 *
 * Returns: (nullable): the id of a partnership or an organisation
 *
 * Since: 0.1
 */
const char *
coprod_post_get_group_id (CoprodPost *self)
{
  g_return_val_if_fail (COPROD_IS_POST (self), NULL);

  return self->group_id;
}

/**
 * coprod_post_set_group_id:
 * @self: a post
 * @group_id: (nullable): the id of a partnership or an organisation
 *
 * Sets the id of the group the seat is in.
 *
 * Since: 0.1
 */
void
coprod_post_set_group_id (CoprodPost *self,
                          const char *group_id)
{
  g_return_if_fail (COPROD_IS_POST (self));

  _coprod_field_set_string (self, &fields[FIELD_GROUP_ID], group_id);
}

/**
 * coprod_post_get_label:
 * @self: a post
 *
 * Gets what the seat is called.
 *
 * Returns: (nullable): the label
 *
 * Since: 0.1
 */
const char *
coprod_post_get_label (CoprodPost *self)
{
  g_return_val_if_fail (COPROD_IS_POST (self), NULL);

  return self->label;
}

/**
 * coprod_post_set_label:
 * @self: a post
 * @label: (nullable): the label
 *
 * Sets what the seat is called.
 *
 * Since: 0.1
 */
void
coprod_post_set_label (CoprodPost *self,
                       const char *label)
{
  g_return_if_fail (COPROD_IS_POST (self));

  _coprod_field_set_string (self, &fields[FIELD_LABEL], label);
}

/**
 * coprod_post_get_role:
 * @self: a post
 *
 * Gets the role the holder of the seat takes.
 *
 * Returns: (nullable): the role
 *
 * Since: 0.1
 */
const char *
coprod_post_get_role (CoprodPost *self)
{
  g_return_val_if_fail (COPROD_IS_POST (self), NULL);

  return self->role;
}

/**
 * coprod_post_set_role:
 * @self: a post
 * @role: (nullable): the role
 *
 * Sets the role the holder of the seat takes, for example "board member".
 *
 * Since: 0.1
 */
void
coprod_post_set_role (CoprodPost *self,
                      const char *role)
{
  g_return_if_fail (COPROD_IS_POST (self));

  _coprod_field_set_string (self, &fields[FIELD_ROLE], role);
}

/**
 * coprod_post_get_paid:
 * @self: a post
 *
 * Gets whether the seat is paid.
 *
 * Returns: %TRUE if whoever holds the seat is paid for it
 *
 * Since: 0.1
 */
gboolean
coprod_post_get_paid (CoprodPost *self)
{
  g_return_val_if_fail (COPROD_IS_POST (self), FALSE);

  return self->paid;
}

/**
 * coprod_post_set_paid:
 * @self: a post
 * @paid: whether the seat is paid
 *
 * Sets whether whoever holds the seat is paid for it.
 *
 * Since: 0.1
 */
void
coprod_post_set_paid (CoprodPost *self,
                      gboolean    paid)
{
  g_return_if_fail (COPROD_IS_POST (self));

  _coprod_field_set_boolean (self, &fields[FIELD_PAID], paid);
}

/**
 * coprod_post_get_selection:
 * @self: a post
 *
 * Gets how the seat is filled.
 *
 * Returns: the way the seat is filled
 *
 * Since: 0.1
 */
CoprodSelection
coprod_post_get_selection (CoprodPost *self)
{
  g_return_val_if_fail (COPROD_IS_POST (self), COPROD_SELECTION_UNSPECIFIED);

  return self->selection;
}

/**
 * coprod_post_set_selection:
 * @self: a post
 * @selection: the way the seat is filled
 *
 * Sets how the seat is filled.
 *
 * Since: 0.1
 */
void
coprod_post_set_selection (CoprodPost      *self,
                           CoprodSelection  selection)
{
  g_return_if_fail (COPROD_IS_POST (self));

  _coprod_field_set_enum (self, &fields[FIELD_SELECTION], selection);
}

/**
 * coprod_post_get_start_date:
 * @self: a post
 *
 * Gets the date the seat was created.
 *
 * Returns: (nullable): an ISO 8601 date
 *
 * Since: 0.1
 */
const char *
coprod_post_get_start_date (CoprodPost *self)
{
  g_return_val_if_fail (COPROD_IS_POST (self), NULL);

  return self->start_date;
}

/**
 * coprod_post_set_start_date:
 * @self: a post
 * @date: (nullable): an ISO 8601 date, see [func@Coprod.date_is_valid]
 *
 * Sets the date the seat was created.
 *
 * Since: 0.1
 */
void
coprod_post_set_start_date (CoprodPost *self,
                            const char *date)
{
  g_return_if_fail (COPROD_IS_POST (self));

  _coprod_field_set_string (self, &fields[FIELD_START_DATE], date);
}

/**
 * coprod_post_get_end_date:
 * @self: a post
 *
 * Gets the date the seat ceased to exist.
 *
 * Returns: (nullable): an ISO 8601 date, or %NULL if it goes on
 *
 * Since: 0.1
 */
const char *
coprod_post_get_end_date (CoprodPost *self)
{
  g_return_val_if_fail (COPROD_IS_POST (self), NULL);

  return self->end_date;
}

/**
 * coprod_post_set_end_date:
 * @self: a post
 * @date: (nullable): an ISO 8601 date, see [func@Coprod.date_is_valid]
 *
 * Sets the date the seat ceased to exist; %NULL if it goes on.
 *
 * Since: 0.1
 */
void
coprod_post_set_end_date (CoprodPost *self,
                          const char *date)
{
  g_return_if_fail (COPROD_IS_POST (self));

  _coprod_field_set_string (self, &fields[FIELD_END_DATE], date);
}
