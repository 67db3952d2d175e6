/* coprod-property.h: checking a value before it is given to a property
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
gboolean coprod_property_check_value (GType          object_type,
                                      const char    *property_name,
                                      const GValue  *value,
                                      GError       **error);

G_END_DECLS
