/* coprod-gap.h
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

#define COPROD_TYPE_GAP (coprod_gap_get_type ())

COPROD_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (CoprodGap, coprod_gap, COPROD, GAP, GObject)

COPROD_AVAILABLE_IN_ALL
CoprodStage coprod_gap_get_stage         (CoprodGap *self);
COPROD_AVAILABLE_IN_ALL
CoprodMode  coprod_gap_get_current_mode  (CoprodGap *self);
COPROD_AVAILABLE_IN_ALL
CoprodMode  coprod_gap_get_required_mode (CoprodGap *self);
COPROD_AVAILABLE_IN_ALL
gboolean    coprod_gap_get_in_scope      (CoprodGap *self);
COPROD_AVAILABLE_IN_ALL
gboolean    coprod_gap_get_alternative   (CoprodGap *self);
COPROD_AVAILABLE_IN_ALL
gboolean    coprod_gap_get_to_come       (CoprodGap *self);
COPROD_AVAILABLE_IN_ALL
gboolean    coprod_gap_get_planned       (CoprodGap *self);

G_END_DECLS
