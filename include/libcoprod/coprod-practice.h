/* coprod-practice.h: one practice of a value of a values framework
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

#define COPROD_TYPE_PRACTICE (coprod_practice_get_type ())

COPROD_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (CoprodPractice, coprod_practice, COPROD, PRACTICE, GObject)

COPROD_AVAILABLE_IN_ALL
const char         *coprod_practice_get_id              (CoprodPractice *self);
COPROD_AVAILABLE_IN_ALL
const char         *coprod_practice_get_text            (CoprodPractice *self);
COPROD_AVAILABLE_IN_ALL
const char         *coprod_practice_get_check           (CoprodPractice *self);
COPROD_AVAILABLE_IN_ALL
const char * const *coprod_practice_get_parameter_names (CoprodPractice *self);
COPROD_AVAILABLE_IN_ALL
const char         *coprod_practice_get_parameter       (CoprodPractice *self,
                                                         const char     *name);

COPROD_AVAILABLE_IN_ALL
const char * const *coprod_practice_list_checks          (void);
COPROD_AVAILABLE_IN_ALL
const char * const *coprod_practice_list_check_parameters (const char    *check);

G_END_DECLS
