/* coprod-pledge-health-private.h: a pledge's status as of a date
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "coprod-pledge.h"

G_BEGIN_DECLS

/* The status of @pledge as of @as_of (a valid date), by the rules of
 * doc/pledges.md; sets @review_missed (nullable) to whether its review
 * date has passed */
CoprodPledgeStatus _coprod_pledge_status_as_of (CoprodPledge *pledge,
                                                const char   *as_of,
                                                gboolean     *review_missed);

G_END_DECLS
