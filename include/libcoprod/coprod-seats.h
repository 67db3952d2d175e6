/* coprod-seats.h: a group's seats as of a date, filled or vacant
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(COPROD_INSIDE) && !defined(COPROD_COMPILATION)
# error "Only <libcoprod/coprod.h> can be included directly."
#endif

#include <gio/gio.h>

#include "coprod-enums.h"
#include "coprod-membership.h"
#include "coprod-post.h"
#include "coprod-registry.h"
#include "coprod-version.h"

G_BEGIN_DECLS

#define COPROD_TYPE_SEAT (coprod_seat_get_type ())

COPROD_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (CoprodSeat, coprod_seat, COPROD, SEAT, GObject)

COPROD_AVAILABLE_IN_ALL
CoprodPost        *coprod_seat_get_post       (CoprodSeat *self);
COPROD_AVAILABLE_IN_ALL
const char        *coprod_seat_get_post_id    (CoprodSeat *self);
COPROD_AVAILABLE_IN_ALL
gboolean           coprod_seat_get_paid       (CoprodSeat *self);
COPROD_AVAILABLE_IN_ALL
gboolean           coprod_seat_get_filled     (CoprodSeat *self);
COPROD_AVAILABLE_IN_ALL
CoprodMembership  *coprod_seat_get_membership (CoprodSeat *self);
COPROD_AVAILABLE_IN_ALL
const char        *coprod_seat_get_holder_id  (CoprodSeat *self);
COPROD_AVAILABLE_IN_ALL
const char        *coprod_seat_get_since      (CoprodSeat *self);
COPROD_AVAILABLE_IN_ALL
guint              coprod_seat_get_n_holders  (CoprodSeat *self);
COPROD_AVAILABLE_IN_ALL
CoprodSeatPayment  coprod_seat_get_payment    (CoprodSeat *self);

#define COPROD_TYPE_GROUP_SEATS (coprod_group_seats_get_type ())

COPROD_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (CoprodGroupSeats, coprod_group_seats, COPROD, GROUP_SEATS, GObject)

COPROD_AVAILABLE_IN_ALL
CoprodRecord *coprod_group_seats_get_group          (CoprodGroupSeats *self);
COPROD_AVAILABLE_IN_ALL
const char   *coprod_group_seats_get_group_id       (CoprodGroupSeats *self);
COPROD_AVAILABLE_IN_ALL
const char   *coprod_group_seats_get_as_of          (CoprodGroupSeats *self);
COPROD_AVAILABLE_IN_ALL
GListModel   *coprod_group_seats_get_seats          (CoprodGroupSeats *self);
COPROD_AVAILABLE_IN_ALL
guint         coprod_group_seats_get_n_seats        (CoprodGroupSeats *self);
COPROD_AVAILABLE_IN_ALL
guint         coprod_group_seats_get_n_filled       (CoprodGroupSeats *self);
COPROD_AVAILABLE_IN_ALL
guint         coprod_group_seats_get_n_vacant       (CoprodGroupSeats *self);
COPROD_AVAILABLE_IN_ALL
guint         coprod_group_seats_get_n_paid         (CoprodGroupSeats *self);
COPROD_AVAILABLE_IN_ALL
guint         coprod_group_seats_count_payment      (CoprodGroupSeats *self,
                                                     CoprodSeatPayment payment);

COPROD_AVAILABLE_IN_ALL
CoprodGroupSeats *coprod_registry_get_seats     (CoprodRegistry  *self,
                                                 const char      *group_id,
                                                 const char      *as_of,
                                                 GError         **error) G_GNUC_WARN_UNUSED_RESULT;
COPROD_AVAILABLE_IN_ALL
GListModel       *coprod_registry_get_seats_all (CoprodRegistry  *self,
                                                 const char      *as_of,
                                                 GError         **error) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
