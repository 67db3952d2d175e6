/* coprod-step.h: one step of a ladder of involvement
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

#define COPROD_TYPE_STEP (coprod_step_get_type ())

COPROD_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (CoprodStep, coprod_step, COPROD, STEP, GObject)

COPROD_AVAILABLE_IN_ALL
const char *coprod_step_get_key      (CoprodStep *self);
COPROD_AVAILABLE_IN_ALL
const char *coprod_step_get_title    (CoprodStep *self);
COPROD_AVAILABLE_IN_ALL
const char *coprod_step_get_summary  (CoprodStep *self);
COPROD_AVAILABLE_IN_ALL
const char *coprod_step_get_group    (CoprodStep *self);
COPROD_AVAILABLE_IN_ALL
const char *coprod_step_get_promise  (CoprodStep *self);
COPROD_AVAILABLE_IN_ALL
guint       coprod_step_get_position (CoprodStep *self);
COPROD_AVAILABLE_IN_ALL
CoprodRung  coprod_step_get_rung_min (CoprodStep *self);
COPROD_AVAILABLE_IN_ALL
CoprodRung  coprod_step_get_rung_max (CoprodStep *self);
COPROD_AVAILABLE_IN_ALL
gboolean    coprod_step_covers_rung  (CoprodStep *self,
                                      CoprodRung  rung);

G_END_DECLS
