/* coprod-framework-private.h: making a framework, for the framework reader
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "coprod-framework.h"

G_BEGIN_DECLS

/* A framework with no bands or values yet: add the bands bottom to top,
 * covering @minimum..@maximum, and the values in order. @summary, @work,
 * @publisher and @version may be NULL; @year 0 is not known. */
CoprodFramework *_coprod_framework_new       (const char      *key,
                                              const char      *title,
                                              const char      *summary,
                                              const char      *work,
                                              guint            year,
                                              const char      *publisher,
                                              const char      *version,
                                              int              minimum,
                                              int              maximum);
void             _coprod_framework_add_band  (CoprodFramework *self,
                                              int              minimum,
                                              int              maximum,
                                              const char      *label);
/* Adds @value and makes its practices found by id; their ids must be new
 * to the framework */
void             _coprod_framework_add_value (CoprodFramework *self,
                                              CoprodValue     *value);

G_END_DECLS
