/* coprod-seats.c: a group's seats as of a date, filled or vacant
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The rules are written out, for people, in doc/pledges.md: keep the two
 * in step.
 */
#include "config.h"

#include "coprod-date.h"
#include "coprod-date-private.h"
#include "coprod-enum-types.h"
#include "coprod-error.h"
#include "coprod-index-private.h"
#include "coprod-organisation.h"
#include "coprod-partnership.h"
#include "coprod-payment.h"
#include "coprod-record-private.h"
#include "coprod-seats.h"
#include "coprod-text-private.h"

/**
 * CoprodSeat:
 *
 * One seat ([class@Coprod.Post]) of a group as of a date: whether it is
 * filled, by whom (an id, never a name) and since when, and, for a paid
 * seat, whether its holder was paid while they held it. Part of a
 * [class@Coprod.GroupSeats].
 *
 * A seat is filled when a membership of the group names it
 * ([property@Coprod.Membership:post-id]) and has begun and not ended as of
 * the date (a membership that ends on the date still holds it). If more
 * than one does, the first in the group's order is the holder and
 * [property@Coprod.Seat:n-holders] says how many there are; validation
 * reports it as `seat-held-twice`.
 *
 * Since: 0.1
 */

struct _CoprodSeat
{
  GObject parent_instance;

  CoprodPost *post;
  CoprodMembership *membership;
  guint n_holders;
  CoprodSeatPayment payment;
};

G_DEFINE_FINAL_TYPE (CoprodSeat, coprod_seat, G_TYPE_OBJECT)

enum {
  SEAT_PROP_0,
  SEAT_PROP_POST,
  SEAT_PROP_POST_ID,
  SEAT_PROP_PAID,
  SEAT_PROP_FILLED,
  SEAT_PROP_MEMBERSHIP,
  SEAT_PROP_HOLDER_ID,
  SEAT_PROP_SINCE,
  SEAT_PROP_N_HOLDERS,
  SEAT_PROP_PAYMENT,
  SEAT_N_PROPS
};

static GParamSpec *seat_properties[SEAT_N_PROPS];

static void
coprod_seat_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  CoprodSeat *self = COPROD_SEAT (object);

  switch (prop_id)
    {
    case SEAT_PROP_POST:
      g_value_set_object (value, self->post);
      break;
    case SEAT_PROP_POST_ID:
      g_value_set_string (value, coprod_seat_get_post_id (self));
      break;
    case SEAT_PROP_PAID:
      g_value_set_boolean (value, coprod_seat_get_paid (self));
      break;
    case SEAT_PROP_FILLED:
      g_value_set_boolean (value, coprod_seat_get_filled (self));
      break;
    case SEAT_PROP_MEMBERSHIP:
      g_value_set_object (value, self->membership);
      break;
    case SEAT_PROP_HOLDER_ID:
      g_value_set_string (value, coprod_seat_get_holder_id (self));
      break;
    case SEAT_PROP_SINCE:
      g_value_set_string (value, coprod_seat_get_since (self));
      break;
    case SEAT_PROP_N_HOLDERS:
      g_value_set_uint (value, self->n_holders);
      break;
    case SEAT_PROP_PAYMENT:
      g_value_set_enum (value, self->payment);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coprod_seat_dispose (GObject *object)
{
  CoprodSeat *self = COPROD_SEAT (object);

  g_clear_object (&self->post);
  g_clear_object (&self->membership);

  G_OBJECT_CLASS (coprod_seat_parent_class)->dispose (object);
}

static void
coprod_seat_class_init (CoprodSeatClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->get_property = coprod_seat_get_property;
  object_class->dispose = coprod_seat_dispose;

  /**
   * CoprodSeat:post:
   *
   * The post.
   *
   * Since: 0.1
   */
  seat_properties[SEAT_PROP_POST] =
    g_param_spec_object ("post", NULL, NULL, COPROD_TYPE_POST, flags);

  /**
   * CoprodSeat:post-id:
   *
   * The id of the post.
   *
   * Since: 0.1
   */
  seat_properties[SEAT_PROP_POST_ID] = g_param_spec_string ("post-id", NULL, NULL, NULL, flags);

  /**
   * CoprodSeat:paid:
   *
   * Whether the seat is paid ([property@Coprod.Post:paid]).
   *
   * Since: 0.1
   */
  seat_properties[SEAT_PROP_PAID] = g_param_spec_boolean ("paid", NULL, NULL, FALSE, flags);

  /**
   * CoprodSeat:filled:
   *
   * Whether someone holds the seat as of the date.
   *
   * Since: 0.1
   */
  seat_properties[SEAT_PROP_FILLED] = g_param_spec_boolean ("filled", NULL, NULL, FALSE, flags);

  /**
   * CoprodSeat:membership:
   *
   * The membership that holds the seat, or %NULL if it is vacant.
   *
   * Since: 0.1
   */
  seat_properties[SEAT_PROP_MEMBERSHIP] =
    g_param_spec_object ("membership", NULL, NULL, COPROD_TYPE_MEMBERSHIP, flags);

  /**
   * CoprodSeat:holder-id:
   *
   * The id of the person or organisation that holds the seat, or %NULL if
   * it is vacant or the membership that fills it names no one (which
   * validation reports as an error).
   *
   * Since: 0.1
   */
  seat_properties[SEAT_PROP_HOLDER_ID] =
    g_param_spec_string ("holder-id", NULL, NULL, NULL, flags);

  /**
   * CoprodSeat:since:
   *
   * Since when the holder has held the seat (the start date of their
   * membership), or %NULL if it is vacant or the date is not recorded.
   *
   * Since: 0.1
   */
  seat_properties[SEAT_PROP_SINCE] = g_param_spec_string ("since", NULL, NULL, NULL, flags);

  /**
   * CoprodSeat:n-holders:
   *
   * How many memberships hold the seat as of the date: 0 if it is vacant,
   * 1 as it should be, more when the records hold it twice.
   *
   * Since: 0.1
   */
  seat_properties[SEAT_PROP_N_HOLDERS] =
    g_param_spec_uint ("n-holders", NULL, NULL, 0, G_MAXUINT, 0, flags);

  /**
   * CoprodSeat:payment:
   *
   * For a paid seat that is filled, whether its holder was paid within
   * their tenure (see [enum@Coprod.SeatPayment]).
   *
   * Since: 0.1
   */
  seat_properties[SEAT_PROP_PAYMENT] =
    g_param_spec_enum ("payment", NULL, NULL, COPROD_TYPE_SEAT_PAYMENT,
                       COPROD_SEAT_PAYMENT_NOT_APPLICABLE, flags);

  g_object_class_install_properties (object_class, SEAT_N_PROPS, seat_properties);
}

static void
coprod_seat_init (CoprodSeat *self)
{
}

/**
 * coprod_seat_get_post:
 * @self: a seat
 *
 * Gets the post.
 *
 * Returns: (transfer none): the post
 *
 * Since: 0.1
 */
CoprodPost *
coprod_seat_get_post (CoprodSeat *self)
{
  g_return_val_if_fail (COPROD_IS_SEAT (self), NULL);

  return self->post;
}

/**
 * coprod_seat_get_post_id:
 * @self: a seat
 *
 * Gets the id of the post.
 *
 * Returns: the id
 *
 * Since: 0.1
 */
const char *
coprod_seat_get_post_id (CoprodSeat *self)
{
  g_return_val_if_fail (COPROD_IS_SEAT (self), NULL);

  return coprod_record_get_id (COPROD_RECORD (self->post));
}

/**
 * coprod_seat_get_paid:
 * @self: a seat
 *
 * Gets whether the seat is paid.
 *
 * Returns: %TRUE if the seat is paid
 *
 * Since: 0.1
 */
gboolean
coprod_seat_get_paid (CoprodSeat *self)
{
  g_return_val_if_fail (COPROD_IS_SEAT (self), FALSE);

  return coprod_post_get_paid (self->post);
}

/**
 * coprod_seat_get_filled:
 * @self: a seat
 *
 * Gets whether someone holds the seat as of the date.
 *
 * Returns: %TRUE if the seat is filled
 *
 * Since: 0.1
 */
gboolean
coprod_seat_get_filled (CoprodSeat *self)
{
  g_return_val_if_fail (COPROD_IS_SEAT (self), FALSE);

  return self->membership != NULL;
}

/**
 * coprod_seat_get_membership:
 * @self: a seat
 *
 * Gets the membership that holds the seat.
 *
 * Returns: (transfer none) (nullable): the membership, or %NULL if the
 *   seat is vacant
 *
 * Since: 0.1
 */
CoprodMembership *
coprod_seat_get_membership (CoprodSeat *self)
{
  g_return_val_if_fail (COPROD_IS_SEAT (self), NULL);

  return self->membership;
}

/**
 * coprod_seat_get_holder_id:
 * @self: a seat
 *
 * Gets the id of whoever holds the seat.
 *
 * Returns: (nullable): the id of a person or organisation, or %NULL if the
 *   seat is vacant or the membership that fills it names no one
 *
 * Since: 0.1
 */
const char *
coprod_seat_get_holder_id (CoprodSeat *self)
{
  g_return_val_if_fail (COPROD_IS_SEAT (self), NULL);

  return self->membership ? coprod_membership_get_member_id (self->membership) : NULL;
}

/**
 * coprod_seat_get_since:
 * @self: a seat
 *
 * Gets since when the holder has held the seat.
 *
 * Returns: (nullable): an ISO 8601 date, or %NULL if the seat is vacant or
 *   the date is not recorded
 *
 * Since: 0.1
 */
const char *
coprod_seat_get_since (CoprodSeat *self)
{
  g_return_val_if_fail (COPROD_IS_SEAT (self), NULL);

  return self->membership ? coprod_membership_get_start_date (self->membership) : NULL;
}

/**
 * coprod_seat_get_n_holders:
 * @self: a seat
 *
 * Gets how many memberships hold the seat as of the date.
 *
 * Returns: the number of holders
 *
 * Since: 0.1
 */
guint
coprod_seat_get_n_holders (CoprodSeat *self)
{
  g_return_val_if_fail (COPROD_IS_SEAT (self), 0);

  return self->n_holders;
}

/**
 * coprod_seat_get_payment:
 * @self: a seat
 *
 * Gets whether the holder of a paid seat was paid within their tenure.
 *
 * Returns: the payment state
 *
 * Since: 0.1
 */
CoprodSeatPayment
coprod_seat_get_payment (CoprodSeat *self)
{
  g_return_val_if_fail (COPROD_IS_SEAT (self), COPROD_SEAT_PAYMENT_NOT_APPLICABLE);

  return self->payment;
}

/**
 * CoprodGroupSeats:
 *
 * The seats of a group (a [class@Coprod.Partnership] or an
 * [class@Coprod.Organisation]) as of a date: each [class@Coprod.Seat],
 * filled or vacant, and the counts a board's report needs: seats, filled,
 * vacant, paid, and how many holders of paid seats were paid. Made by
 * [method@Coprod.Registry.get_seats].
 *
 * A seat counts when its post exists as of the date: begun (or with no
 * start date) and not ended (a post that ends on the date still counts).
 *
 * ```c
 * g_autoptr(CoprodGroupSeats) board =
 *   coprod_registry_get_seats (registry, "prt-building-together-board",
 *                              "2024-06-30", &error);
 *
 * if (board != NULL)
 *   g_print ("%u of %u seats vacant\n",
 *            coprod_group_seats_get_n_vacant (board),
 *            coprod_group_seats_get_n_seats (board));
 * ```
 *
 * Since: 0.1
 */

struct _CoprodGroupSeats
{
  GObject parent_instance;

  CoprodRecord *group;
  char *as_of;
  GListStore *seats;
  guint n_filled;
  guint n_paid;
  guint n_payment[COPROD_SEAT_PAYMENT_UNPAID + 1];
};

G_DEFINE_FINAL_TYPE (CoprodGroupSeats, coprod_group_seats, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_GROUP,
  PROP_GROUP_ID,
  PROP_AS_OF,
  PROP_SEATS,
  PROP_N_SEATS,
  PROP_N_FILLED,
  PROP_N_VACANT,
  PROP_N_PAID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
coprod_group_seats_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  CoprodGroupSeats *self = COPROD_GROUP_SEATS (object);

  switch (prop_id)
    {
    case PROP_GROUP:
      g_value_set_object (value, self->group);
      break;
    case PROP_GROUP_ID:
      g_value_set_string (value, coprod_group_seats_get_group_id (self));
      break;
    case PROP_AS_OF:
      g_value_set_string (value, self->as_of);
      break;
    case PROP_SEATS:
      g_value_set_object (value, self->seats);
      break;
    case PROP_N_SEATS:
      g_value_set_uint (value, coprod_group_seats_get_n_seats (self));
      break;
    case PROP_N_FILLED:
      g_value_set_uint (value, self->n_filled);
      break;
    case PROP_N_VACANT:
      g_value_set_uint (value, coprod_group_seats_get_n_vacant (self));
      break;
    case PROP_N_PAID:
      g_value_set_uint (value, self->n_paid);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coprod_group_seats_dispose (GObject *object)
{
  CoprodGroupSeats *self = COPROD_GROUP_SEATS (object);

  g_clear_object (&self->group);
  g_clear_object (&self->seats);

  G_OBJECT_CLASS (coprod_group_seats_parent_class)->dispose (object);
}

static void
coprod_group_seats_finalize (GObject *object)
{
  CoprodGroupSeats *self = COPROD_GROUP_SEATS (object);

  g_free (self->as_of);

  G_OBJECT_CLASS (coprod_group_seats_parent_class)->finalize (object);
}

static void
coprod_group_seats_class_init (CoprodGroupSeatsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->get_property = coprod_group_seats_get_property;
  object_class->dispose = coprod_group_seats_dispose;
  object_class->finalize = coprod_group_seats_finalize;

  /**
   * CoprodGroupSeats:group:
   *
   * The group: a [class@Coprod.Partnership] or an
   * [class@Coprod.Organisation].
   *
   * Since: 0.1
   */
  properties[PROP_GROUP] = g_param_spec_object ("group", NULL, NULL, COPROD_TYPE_RECORD, flags);

  /**
   * CoprodGroupSeats:group-id:
   *
   * The id of the group.
   *
   * Since: 0.1
   */
  properties[PROP_GROUP_ID] = g_param_spec_string ("group-id", NULL, NULL, NULL, flags);

  /**
   * CoprodGroupSeats:as-of:
   *
   * The date the seats were looked at as of.
   *
   * Since: 0.1
   */
  properties[PROP_AS_OF] = g_param_spec_string ("as-of", NULL, NULL, NULL, flags);

  /**
   * CoprodGroupSeats:seats:
   *
   * The seats, a list model of [class@Coprod.Seat] in the order of the
   * posts.
   *
   * Since: 0.1
   */
  properties[PROP_SEATS] = g_param_spec_object ("seats", NULL, NULL, G_TYPE_LIST_MODEL, flags);

  /**
   * CoprodGroupSeats:n-seats:
   *
   * How many seats the group has as of the date.
   *
   * Since: 0.1
   */
  properties[PROP_N_SEATS] = g_param_spec_uint ("n-seats", NULL, NULL, 0, G_MAXUINT, 0, flags);

  /**
   * CoprodGroupSeats:n-filled:
   *
   * How many of the seats are filled.
   *
   * Since: 0.1
   */
  properties[PROP_N_FILLED] = g_param_spec_uint ("n-filled", NULL, NULL, 0, G_MAXUINT, 0, flags);

  /**
   * CoprodGroupSeats:n-vacant:
   *
   * How many of the seats are vacant.
   *
   * Since: 0.1
   */
  properties[PROP_N_VACANT] = g_param_spec_uint ("n-vacant", NULL, NULL, 0, G_MAXUINT, 0, flags);

  /**
   * CoprodGroupSeats:n-paid:
   *
   * How many of the seats are paid.
   *
   * Since: 0.1
   */
  properties[PROP_N_PAID] = g_param_spec_uint ("n-paid", NULL, NULL, 0, G_MAXUINT, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
coprod_group_seats_init (CoprodGroupSeats *self)
{
  self->seats = g_list_store_new (COPROD_TYPE_SEAT);
}

/**
 * coprod_group_seats_get_group:
 * @self: a group's seats
 *
 * Gets the group.
 *
 * Returns: (transfer none): a [class@Coprod.Partnership] or an
 *   [class@Coprod.Organisation]
 *
 * Since: 0.1
 */
CoprodRecord *
coprod_group_seats_get_group (CoprodGroupSeats *self)
{
  g_return_val_if_fail (COPROD_IS_GROUP_SEATS (self), NULL);

  return self->group;
}

/**
 * coprod_group_seats_get_group_id:
 * @self: a group's seats
 *
 * Gets the id of the group.
 *
 * Returns: the id
 *
 * Since: 0.1
 */
const char *
coprod_group_seats_get_group_id (CoprodGroupSeats *self)
{
  g_return_val_if_fail (COPROD_IS_GROUP_SEATS (self), NULL);

  return coprod_record_get_id (self->group);
}

/**
 * coprod_group_seats_get_as_of:
 * @self: a group's seats
 *
 * Gets the date the seats were looked at as of.
 *
 * Returns: an ISO 8601 date
 *
 * Since: 0.1
 */
const char *
coprod_group_seats_get_as_of (CoprodGroupSeats *self)
{
  g_return_val_if_fail (COPROD_IS_GROUP_SEATS (self), NULL);

  return self->as_of;
}

/**
 * coprod_group_seats_get_seats:
 * @self: a group's seats
 *
 * Gets the seats, in the order of the posts.
 *
 * Returns: (transfer none): a list model of [class@Coprod.Seat]
 *
 * Since: 0.1
 */
GListModel *
coprod_group_seats_get_seats (CoprodGroupSeats *self)
{
  g_return_val_if_fail (COPROD_IS_GROUP_SEATS (self), NULL);

  return G_LIST_MODEL (self->seats);
}

/**
 * coprod_group_seats_get_n_seats:
 * @self: a group's seats
 *
 * Gets how many seats the group has as of the date.
 *
 * Returns: the number of seats
 *
 * Since: 0.1
 */
guint
coprod_group_seats_get_n_seats (CoprodGroupSeats *self)
{
  g_return_val_if_fail (COPROD_IS_GROUP_SEATS (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->seats));
}

/**
 * coprod_group_seats_get_n_filled:
 * @self: a group's seats
 *
 * Gets how many seats are filled.
 *
 * Returns: the number of seats filled
 *
 * Since: 0.1
 */
guint
coprod_group_seats_get_n_filled (CoprodGroupSeats *self)
{
  g_return_val_if_fail (COPROD_IS_GROUP_SEATS (self), 0);

  return self->n_filled;
}

/**
 * coprod_group_seats_get_n_vacant:
 * @self: a group's seats
 *
 * Gets how many seats are vacant.
 *
 * Returns: the number of seats vacant
 *
 * Since: 0.1
 */
guint
coprod_group_seats_get_n_vacant (CoprodGroupSeats *self)
{
  g_return_val_if_fail (COPROD_IS_GROUP_SEATS (self), 0);

  return coprod_group_seats_get_n_seats (self) - self->n_filled;
}

/**
 * coprod_group_seats_get_n_paid:
 * @self: a group's seats
 *
 * Gets how many seats are paid, filled or not.
 *
 * Returns: the number of paid seats
 *
 * Since: 0.1
 */
guint
coprod_group_seats_get_n_paid (CoprodGroupSeats *self)
{
  g_return_val_if_fail (COPROD_IS_GROUP_SEATS (self), 0);

  return self->n_paid;
}

/**
 * coprod_group_seats_count_payment:
 * @self: a group's seats
 * @payment: a payment state
 *
 * Counts the seats whose [property@Coprod.Seat:payment] is @payment: with
 * %COPROD_SEAT_PAYMENT_PAID, how many holders of paid seats were paid
 * within their tenure; with %COPROD_SEAT_PAYMENT_UNPAID, how many were not.
 *
 * Returns: the number of seats
 *
 * Since: 0.1
 */
guint
coprod_group_seats_count_payment (CoprodGroupSeats  *self,
                                  CoprodSeatPayment  payment)
{
  g_return_val_if_fail (COPROD_IS_GROUP_SEATS (self), 0);
  g_return_val_if_fail ((guint) payment <= COPROD_SEAT_PAYMENT_UNPAID, 0);

  return self->n_payment[payment];
}

/* The engine */

/* Whether @date is within the range from @start to @end (either may be
 * NULL: open), compared by what they share */
static gboolean
within (const char *date,
        const char *start,
        const char *end)
{
  return (start == NULL || coprod_date_compare (date, start) >= 0) &&
         (end == NULL || coprod_date_compare (date, end) <= 0);
}

static CoprodSeatPayment
holder_payment (CoprodIndex      *index,
                CoprodMembership *membership,
                const char       *as_of)
{
  const char *start = coprod_membership_get_start_date (membership);
  const char *end = coprod_membership_get_end_date (membership);
  GPtrArray *payments;
  gboolean declined = FALSE;
  guint i;

  payments = _coprod_index_get (index, COPROD_RELATION_PAYMENTS_OF_PERSON,
                                coprod_membership_get_member_id (membership));
  for (i = 0; payments != NULL && i < payments->len; i++)
    {
      CoprodPayment *payment = g_ptr_array_index (payments, i);
      const char *paid = coprod_payment_get_paid_date (payment);
      const char *asked = coprod_payment_get_claimed_date (payment);

      /* a seat pays for time: expenses reimbursed are not pay */
      if (coprod_payment_get_kind (payment) != COPROD_PAYMENT_KIND_FEE &&
          coprod_payment_get_kind (payment) != COPROD_PAYMENT_KIND_VOUCHER)
        continue;

      if (asked == NULL)
        asked = coprod_payment_get_offered_date (payment);

      if (coprod_payment_get_outcome (payment) == COPROD_OFFER_OUTCOME_DECLINED)
        {
          if (asked != NULL && within (asked, start, end) && coprod_date_compare (asked, as_of) <= 0)
            declined = TRUE;
        }
      else if (paid != NULL && within (paid, start, end) && coprod_date_compare (paid, as_of) <= 0)
        return COPROD_SEAT_PAYMENT_PAID;
    }

  return declined ? COPROD_SEAT_PAYMENT_DECLINED : COPROD_SEAT_PAYMENT_UNPAID;
}

static CoprodGroupSeats *
group_seats (CoprodRegistry *registry,
             CoprodRecord   *group,
             const char     *as_of)
{
  CoprodGroupSeats *self = g_object_new (COPROD_TYPE_GROUP_SEATS, NULL);
  CoprodIndex *index = _coprod_registry_get_index (registry);
  const char *group_id = coprod_record_get_id (group);
  GPtrArray *posts;
  guint i, j;

  self->group = g_object_ref (group);
  self->as_of = g_strdup (as_of);

  posts = _coprod_index_get (index, COPROD_RELATION_POSTS_OF_GROUP, group_id);
  for (i = 0; posts != NULL && i < posts->len; i++)
    {
      CoprodPost *post = g_ptr_array_index (posts, i);
      g_autoptr(CoprodSeat) seat = NULL;
      GPtrArray *memberships;

      if (!within (as_of, coprod_post_get_start_date (post), coprod_post_get_end_date (post)))
        continue;

      seat = g_object_new (COPROD_TYPE_SEAT, NULL);
      seat->post = g_object_ref (post);

      memberships = _coprod_index_get (index, COPROD_RELATION_MEMBERSHIPS_OF_POST,
                                       coprod_record_get_id (COPROD_RECORD (post)));
      for (j = 0; memberships != NULL && j < memberships->len; j++)
        {
          CoprodMembership *membership = g_ptr_array_index (memberships, j);
          CoprodRecord *owner = _coprod_object_get_owner (membership);

          /* a post of another group is a validation finding, not a seat */
          if (owner == NULL || g_strcmp0 (coprod_record_get_id (owner), group_id) != 0)
            continue;
          if (!within (as_of, coprod_membership_get_start_date (membership),
                       coprod_membership_get_end_date (membership)))
            continue;

          if (seat->membership == NULL)
            seat->membership = g_object_ref (membership);
          seat->n_holders++;
        }

      if (seat->membership != NULL)
        self->n_filled++;
      if (coprod_post_get_paid (post))
        {
          self->n_paid++;
          if (seat->membership != NULL)
            seat->payment = holder_payment (index, seat->membership, as_of);
        }
      self->n_payment[seat->payment]++;
      g_list_store_append (self->seats, seat);
    }

  return self;
}

/**
 * coprod_registry_get_seats:
 * @self: a registry
 * @group_id: the id of a partnership or an organisation
 * @as_of: (nullable): the date to look at the seats as of, `YYYY-MM-DD`
 *   (or `YYYY-MM` or `YYYY`); %NULL for today in the local time zone
 * @error: return location for a #GError
 *
 * Works out which seats ([class@Coprod.Post]) of the group @group_id are
 * filled as of @as_of, by whom and since when, which are vacant, and
 * whether the holders of paid seats were paid: a fee or voucher to the
 * holder paid (and not declined) on a date within their tenure, up to
 * @as_of; expenses reimbursed (travel, subsistence, care costs) are not
 * pay for the seat. A holder whose fees in that time were all declined
 * (dated by their claim, or else their offer) is counted apart, never as
 * unpaid.
 *
 * Returns: (transfer full): the group's seats; or %NULL with
 *   %COPROD_ERROR_NOT_FOUND if @group_id is not the id of a partnership or
 *   an organisation, or %COPROD_ERROR_DATE if @as_of is not a valid date
 *
 * Since: 0.1
 */
CoprodGroupSeats *
coprod_registry_get_seats (CoprodRegistry  *self,
                           const char      *group_id,
                           const char      *as_of,
                           GError         **error)
{
  g_autofree char *date = NULL;
  CoprodRecord *record;

  g_return_val_if_fail (COPROD_IS_REGISTRY (self), NULL);
  g_return_val_if_fail (group_id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  date = _coprod_date_resolve_as_of (as_of, error);
  if (date == NULL)
    return NULL;

  record = coprod_registry_lookup (self, group_id);
  if (!COPROD_IS_PARTNERSHIP (record) && !COPROD_IS_ORGANISATION (record))
    {
      if (record != NULL)
        g_set_error (error, COPROD_ERROR, COPROD_ERROR_NOT_FOUND,
                     "the record %s is not a partnership or an organisation", group_id);
      else
        g_set_error_literal (error, COPROD_ERROR, COPROD_ERROR_NOT_FOUND,
                             "no partnership or organisation of the registry has that id");
      return NULL;
    }

  return group_seats (self, record, date);
}

/**
 * coprod_registry_get_seats_all:
 * @self: a registry
 * @as_of: (nullable): the date to look at the seats as of, `YYYY-MM-DD`
 *   (or `YYYY-MM` or `YYYY`); %NULL for today in the local time zone
 * @error: return location for a #GError
 *
 * Works out the seats of every group that has posts, as
 * [method@Coprod.Registry.get_seats] does for one.
 *
 * Returns: (transfer full): a list model of [class@Coprod.GroupSeats], one
 *   per organisation or partnership that some post names, organisations
 *   first, each in the order of its collection; or %NULL with
 *   %COPROD_ERROR_DATE if @as_of is not a valid date
 *
 * Since: 0.1
 */
GListModel *
coprod_registry_get_seats_all (CoprodRegistry  *self,
                               const char      *as_of,
                               GError         **error)
{
  g_autofree char *date = NULL;
  GListModel *groups[2];
  GListStore *result;
  guint g, i;

  g_return_val_if_fail (COPROD_IS_REGISTRY (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  date = _coprod_date_resolve_as_of (as_of, error);
  if (date == NULL)
    return NULL;

  groups[0] = coprod_registry_get_organisations (self);
  groups[1] = coprod_registry_get_partnerships (self);
  result = g_list_store_new (COPROD_TYPE_GROUP_SEATS);
  for (g = 0; g < G_N_ELEMENTS (groups); g++)
    for (i = 0; i < g_list_model_get_n_items (groups[g]); i++)
      {
        g_autoptr(CoprodRecord) group = g_list_model_get_item (groups[g], i);
        g_autoptr(CoprodGroupSeats) seats = NULL;

        if (_coprod_index_get (_coprod_registry_get_index (self), COPROD_RELATION_POSTS_OF_GROUP,
                               coprod_record_get_id (group)) == NULL)
          continue;

        seats = group_seats (self, group, date);
        g_list_store_append (result, seats);
      }

  return G_LIST_MODEL (result);
}
