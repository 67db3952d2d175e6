/* coprod-date-private.h: the "as of" date of a computation
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The date a computation that depends on today is worked out as of: a
 * copy of @as_of if it is a valid date, today's date (YYYY-MM-DD, local
 * time) for NULL; NULL with COPROD_ERROR_DATE set otherwise. The one place
 * the library reads the clock. Free with g_free(). */
char *_coprod_date_resolve_as_of (const char  *as_of,
                                  GError     **error);

G_END_DECLS
