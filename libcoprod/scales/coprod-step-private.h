/* coprod-step-private.h: making steps (only ladders do)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "coprod-step.h"

G_BEGIN_DECLS

/* A step presenting the canonical rungs @rung_min..@rung_max, or none at
 * all when both are COPROD_RUNG_NONE. @summary, @group and @promise may be
 * NULL. @position counts from 1 at the bottom. */
CoprodStep *_coprod_step_new (const char *key,
                              const char *title,
                              const char *summary,
                              const char *group,
                              const char *promise,
                              guint       position,
                              CoprodRung  rung_min,
                              CoprodRung  rung_max);

G_END_DECLS
