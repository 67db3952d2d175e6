/* coprod-practice-private.h: making practices (only the framework reader does)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "coprod-practice.h"

G_BEGIN_DECLS

/* A practice; @check may be NULL (then there are no parameters). Add the
 * check's parameters with _coprod_practice_add_parameter(), in the order
 * the document gives them. */
CoprodPractice *_coprod_practice_new           (const char     *id,
                                                const char     *text,
                                                const char     *check);
void            _coprod_practice_add_parameter (CoprodPractice *self,
                                                const char     *name,
                                                const char     *value);

/* Whether @check is one of coprod_practice_list_checks() */
gboolean        _coprod_practice_is_check      (const char     *check);

G_END_DECLS
