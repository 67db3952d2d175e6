/* coprod-rate-entry.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(COPROD_INSIDE) && !defined(COPROD_COMPILATION)
# error "Only <libcoprod/coprod.h> can be included directly."
#endif

#include <glib-object.h>

#include "coprod-enums.h"
#include "coprod-version.h"

G_BEGIN_DECLS

#define COPROD_TYPE_RATE_ENTRY (coprod_rate_entry_get_type ())

COPROD_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (CoprodRateEntry, coprod_rate_entry, COPROD, RATE_ENTRY, GObject)

COPROD_AVAILABLE_IN_ALL
CoprodRateEntry *coprod_rate_entry_new          (const char      *activity,
                                                 CoprodRateUnit   unit,
                                                 gint64           amount) G_GNUC_WARN_UNUSED_RESULT;
COPROD_AVAILABLE_IN_ALL
const char      *coprod_rate_entry_get_activity (CoprodRateEntry *self);
COPROD_AVAILABLE_IN_ALL
void             coprod_rate_entry_set_activity (CoprodRateEntry *self,
                                                 const char      *activity);
COPROD_AVAILABLE_IN_ALL
CoprodRateUnit   coprod_rate_entry_get_unit     (CoprodRateEntry *self);
COPROD_AVAILABLE_IN_ALL
void             coprod_rate_entry_set_unit     (CoprodRateEntry *self,
                                                 CoprodRateUnit   unit);
COPROD_AVAILABLE_IN_ALL
gint64           coprod_rate_entry_get_amount   (CoprodRateEntry *self);
COPROD_AVAILABLE_IN_ALL
void             coprod_rate_entry_set_amount   (CoprodRateEntry *self,
                                                 gint64           amount);

COPROD_AVAILABLE_IN_ALL
gboolean         coprod_rate_entry_price        (CoprodRateEntry  *self,
                                                 double            quantity,
                                                 gint64           *amount,
                                                 GError          **error);

G_END_DECLS
