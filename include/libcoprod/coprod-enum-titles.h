/* coprod-enum-titles.h: titles and descriptions of enum values, for people
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(COPROD_INSIDE) && !defined(COPROD_COMPILATION)
# error "Only <libcoprod/coprod.h> can be included directly."
#endif

#include <glib-object.h>
#include "coprod-version.h"

G_BEGIN_DECLS

COPROD_AVAILABLE_IN_ALL
const char *coprod_enum_get_title       (GType enum_type,
                                         int   value);
COPROD_AVAILABLE_IN_ALL
const char *coprod_enum_get_description (GType enum_type,
                                         int   value);

G_END_DECLS
