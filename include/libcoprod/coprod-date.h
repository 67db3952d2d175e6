/* coprod-date.h: ISO 8601 calendar dates, full or imprecise
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(COPROD_INSIDE) && !defined(COPROD_COMPILATION)
# error "Only <libcoprod/coprod.h> can be included directly."
#endif

#include <glib.h>
#include "coprod-version.h"

G_BEGIN_DECLS

COPROD_AVAILABLE_IN_ALL
gboolean coprod_date_is_valid (const char  *date);
COPROD_AVAILABLE_IN_ALL
gboolean coprod_date_validate (const char  *date,
                               GError     **error);
COPROD_AVAILABLE_IN_ALL
int      coprod_date_compare  (const char  *a,
                               const char  *b);

G_END_DECLS
