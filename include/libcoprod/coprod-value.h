/* coprod-value.h: one value of a values framework
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(COPROD_INSIDE) && !defined(COPROD_COMPILATION)
# error "Only <libcoprod/coprod.h> can be included directly."
#endif

#include <gio/gio.h>

#include "coprod-practice.h"
#include "coprod-version.h"

G_BEGIN_DECLS

#define COPROD_TYPE_VALUE (coprod_value_get_type ())

COPROD_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (CoprodValue, coprod_value, COPROD, VALUE, GObject)

COPROD_AVAILABLE_IN_ALL
const char *coprod_value_get_key       (CoprodValue *self);
COPROD_AVAILABLE_IN_ALL
const char *coprod_value_get_title     (CoprodValue *self);
COPROD_AVAILABLE_IN_ALL
const char *coprod_value_get_summary   (CoprodValue *self);
COPROD_AVAILABLE_IN_ALL
GListModel *coprod_value_get_practices (CoprodValue *self);

G_END_DECLS
