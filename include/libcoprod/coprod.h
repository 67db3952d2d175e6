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
# include "coprod-finding.h"
# include "coprod-record.h"
# include "coprod-organisation.h"
# include "coprod-person.h"
# include "coprod-membership.h"
# include "coprod-partnership.h"
# include "coprod-involvement.h"
# include "coprod-feedback-event.h"
# include "coprod-project.h"
# include "coprod-meeting.h"
# include "coprod-rate-entry.h"
# include "coprod-rate-card.h"
# include "coprod-policy.h"
# include "coprod-payment.h"
# include "coprod-output.h"
# include "coprod-charter.h"
# include "coprod-commitment.h"
# include "coprod-pledge.h"
# include "coprod-proposal.h"
# include "coprod-rating.h"
# include "coprod-review.h"
# include "coprod-registry.h"
# include "coprod-gap.h"
# include "coprod-assessment.h"
# include "coprod-step.h"
# include "coprod-ladder.h"
# include "coprod-practice.h"
# include "coprod-value.h"
# include "coprod-framework.h"
# include "coprod-check-result.h"
# include "coprod-text-writer.h"
#undef COPROD_INSIDE
