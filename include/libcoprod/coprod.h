/* coprod.h: the one header of libcoprod
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#define COPROD_INSIDE
# include "coprod-version.h"
# include "coprod-error.h"
# include "coprod-enums.h"
# include "coprod-enum-types.h"
# include "coprod-date.h"
# include "coprod-record.h"
# include "coprod-organisation.h"
# include "coprod-person.h"
# include "coprod-registry.h"
#undef COPROD_INSIDE
