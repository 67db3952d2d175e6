/* coprod-value-private.h: making values (only the framework reader does)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "coprod-value.h"

G_BEGIN_DECLS

/* A value with no practices yet; @summary may be NULL */
CoprodValue *_coprod_value_new          (const char     *key,
                                         const char     *title,
                                         const char     *summary);
void         _coprod_value_add_practice (CoprodValue    *self,
                                         CoprodPractice *practice);

G_END_DECLS
