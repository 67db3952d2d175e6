/* coprod-reach-summary.h: outputs and their reach, as of a date
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
#include "coprod-registry.h"
#include "coprod-reach-total.h"

G_BEGIN_DECLS

#define COPROD_TYPE_REACH_SUMMARY (coprod_reach_summary_get_type ())

COPROD_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (CoprodReachSummary, coprod_reach_summary, COPROD, REACH_SUMMARY, GObject)

COPROD_AVAILABLE_IN_ALL
const char *coprod_reach_summary_get_as_of (CoprodReachSummary *self);

COPROD_AVAILABLE_IN_ALL
GListModel *coprod_reach_summary_get_projects (CoprodReachSummary *self);

COPROD_AVAILABLE_IN_ALL
GListModel *coprod_reach_summary_get_partnerships (CoprodReachSummary *self);

COPROD_AVAILABLE_IN_ALL
GListModel *coprod_reach_summary_get_kinds (CoprodReachSummary *self);

COPROD_AVAILABLE_IN_ALL
CoprodReachTotal *coprod_reach_summary_get_total (CoprodReachSummary *self);

COPROD_AVAILABLE_IN_ALL
CoprodReachSummary *coprod_registry_summarise_reach (CoprodRegistry  *registry,
                                                     const char      *as_of,
                                                     GError         **error) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
