/* coprod-ladder.h: a ladder of involvement
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(COPROD_INSIDE) && !defined(COPROD_COMPILATION)
# error "Only <libcoprod/coprod.h> can be included directly."
#endif

#include <gio/gio.h>

#include "coprod-enums.h"
#include "coprod-step.h"
#include "coprod-version.h"

G_BEGIN_DECLS

/**
 * COPROD_LADDER_FORMAT_VERSION:
 *
 * The version of the ladder JSON format (`"format": "coprod-ladder"`)
 * this library reads. Ladders of a newer version are refused.
 *
 * Since: 0.1
 */
#define COPROD_LADDER_FORMAT_VERSION 1

#define COPROD_TYPE_LADDER (coprod_ladder_get_type ())

COPROD_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (CoprodLadder, coprod_ladder, COPROD, LADDER, GObject)

COPROD_AVAILABLE_IN_ALL
CoprodLadder       *coprod_ladder_get_builtin       (const char    *key);
COPROD_AVAILABLE_IN_ALL
const char * const *coprod_ladder_list_builtin      (void);
COPROD_AVAILABLE_IN_ALL
CoprodLadder       *coprod_ladder_get_default       (void);

COPROD_AVAILABLE_IN_ALL
CoprodLadder       *coprod_ladder_new_from_data     (const char    *data,
                                                     gssize         length,
                                                     GError       **error) G_GNUC_WARN_UNUSED_RESULT;
COPROD_AVAILABLE_IN_ALL
CoprodLadder       *coprod_ladder_new_from_bytes    (GBytes        *bytes,
                                                     GError       **error) G_GNUC_WARN_UNUSED_RESULT;
COPROD_AVAILABLE_IN_ALL
CoprodLadder       *coprod_ladder_new_from_file     (GFile         *file,
                                                     GCancellable  *cancellable,
                                                     GError       **error) G_GNUC_WARN_UNUSED_RESULT;

COPROD_AVAILABLE_IN_ALL
const char         *coprod_ladder_get_key           (CoprodLadder  *self);
COPROD_AVAILABLE_IN_ALL
const char         *coprod_ladder_get_title         (CoprodLadder  *self);
COPROD_AVAILABLE_IN_ALL
const char         *coprod_ladder_get_summary       (CoprodLadder  *self);
COPROD_AVAILABLE_IN_ALL
const char         *coprod_ladder_get_source        (CoprodLadder  *self);
COPROD_AVAILABLE_IN_ALL
const char         *coprod_ladder_get_version       (CoprodLadder  *self);
COPROD_AVAILABLE_IN_ALL
gboolean            coprod_ladder_get_approximate   (CoprodLadder  *self);
COPROD_AVAILABLE_IN_ALL
GListModel         *coprod_ladder_get_steps         (CoprodLadder  *self);
COPROD_AVAILABLE_IN_ALL
CoprodRung          coprod_ladder_get_lowest_rung   (CoprodLadder  *self);
COPROD_AVAILABLE_IN_ALL
CoprodStep         *coprod_ladder_get_step_for_rung (CoprodLadder  *self,
                                                     CoprodRung     rung);

G_END_DECLS
