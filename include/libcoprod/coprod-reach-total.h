/* coprod-reach-total.h: the reach of a group of outputs, lower bounds kept
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(COPROD_INSIDE) && !defined(COPROD_COMPILATION)
# error "Only <libcoprod/coprod.h> can be included directly."
#endif

#include <gio/gio.h>

#include "coprod-enums.h"
#include "coprod-version.h"

G_BEGIN_DECLS

#define COPROD_TYPE_REACH_TOTAL (coprod_reach_total_get_type ())

COPROD_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (CoprodReachTotal, coprod_reach_total, COPROD, REACH_TOTAL, GObject)

COPROD_AVAILABLE_IN_ALL
const char *coprod_reach_total_get_subject_id (CoprodReachTotal *self);

COPROD_AVAILABLE_IN_ALL
CoprodOutputKind coprod_reach_total_get_kind (CoprodReachTotal *self);

COPROD_AVAILABLE_IN_ALL
guint coprod_reach_total_get_n_outputs (CoprodReachTotal *self);

COPROD_AVAILABLE_IN_ALL
gint64 coprod_reach_total_get_page_views (CoprodReachTotal *self);

COPROD_AVAILABLE_IN_ALL
CoprodFigureQualifier coprod_reach_total_get_page_views_qualifier (CoprodReachTotal *self);

COPROD_AVAILABLE_IN_ALL
guint coprod_reach_total_get_n_with_page_views (CoprodReachTotal *self);

COPROD_AVAILABLE_IN_ALL
gint64 coprod_reach_total_get_people_reached (CoprodReachTotal *self);

COPROD_AVAILABLE_IN_ALL
CoprodFigureQualifier coprod_reach_total_get_people_reached_qualifier (CoprodReachTotal *self);

COPROD_AVAILABLE_IN_ALL
guint coprod_reach_total_get_n_with_people_reached (CoprodReachTotal *self);



G_END_DECLS
