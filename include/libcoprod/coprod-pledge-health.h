/* coprod-pledge-health.h: how a pledge stands as of a date
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(COPROD_INSIDE) && !defined(COPROD_COMPILATION)
# error "Only <libcoprod/coprod.h> can be included directly."
#endif

#include <gio/gio.h>

#include "coprod-enums.h"
#include "coprod-pledge.h"
#include "coprod-registry.h"
#include "coprod-version.h"

G_BEGIN_DECLS

#define COPROD_TYPE_PLEDGE_HEALTH (coprod_pledge_health_get_type ())

COPROD_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (CoprodPledgeHealth, coprod_pledge_health, COPROD, PLEDGE_HEALTH, GObject)

COPROD_AVAILABLE_IN_ALL
CoprodPledge       *coprod_pledge_health_get_pledge              (CoprodPledgeHealth *self);
COPROD_AVAILABLE_IN_ALL
const char         *coprod_pledge_health_get_pledge_id           (CoprodPledgeHealth *self);
COPROD_AVAILABLE_IN_ALL
const char         *coprod_pledge_health_get_as_of               (CoprodPledgeHealth *self);
COPROD_AVAILABLE_IN_ALL
CoprodPledgeStatus  coprod_pledge_health_get_status              (CoprodPledgeHealth *self);
COPROD_AVAILABLE_IN_ALL
CoprodPledgeStatus  coprod_pledge_health_get_recorded_status     (CoprodPledgeHealth *self);
COPROD_AVAILABLE_IN_ALL
guint               coprod_pledge_health_get_n_commitments       (CoprodPledgeHealth *self);
COPROD_AVAILABLE_IN_ALL
guint               coprod_pledge_health_get_n_done              (CoprodPledgeHealth *self);
COPROD_AVAILABLE_IN_ALL
guint               coprod_pledge_health_get_n_abandoned         (CoprodPledgeHealth *self);
COPROD_AVAILABLE_IN_ALL
guint               coprod_pledge_health_get_n_overdue           (CoprodPledgeHealth *self);
COPROD_AVAILABLE_IN_ALL
GListModel         *coprod_pledge_health_get_overdue_commitments (CoprodPledgeHealth *self);
COPROD_AVAILABLE_IN_ALL
int                 coprod_pledge_health_get_progress            (CoprodPledgeHealth *self);
COPROD_AVAILABLE_IN_ALL
gboolean            coprod_pledge_health_get_review_due          (CoprodPledgeHealth *self);
COPROD_AVAILABLE_IN_ALL
gboolean            coprod_pledge_health_get_review_missed       (CoprodPledgeHealth *self);

COPROD_AVAILABLE_IN_ALL
CoprodPledgeHealth *coprod_registry_get_pledge_health            (CoprodRegistry     *self,
                                                                  const char         *pledge_id,
                                                                  const char         *as_of,
                                                                  GError            **error) G_GNUC_WARN_UNUSED_RESULT;
COPROD_AVAILABLE_IN_ALL
GListModel         *coprod_registry_get_pledge_health_all        (CoprodRegistry     *self,
                                                                  const char         *as_of,
                                                                  GError            **error) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
