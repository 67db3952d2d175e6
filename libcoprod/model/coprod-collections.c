/* coprod-collections.c: the collections of the model
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "coprod-collections-private.h"
#include "coprod-organisation.h"
#include "coprod-meeting.h"
#include "coprod-partnership.h"
#include "coprod-person.h"
#include "coprod-project.h"
#include "coprod-proposal.h"
#include "coprod-charter.h"
#include "coprod-output.h"
#include "coprod-payment.h"
#include "coprod-pledge.h"
#include "coprod-policy.h"
#include "coprod-post.h"
#include "coprod-rate-card.h"
#include "coprod-review.h"

const CoprodCollectionInfo _coprod_collections[COPROD_N_COLLECTIONS] = {
  [COPROD_COLLECTION_ORGANISATIONS] = { "organisations", "an organisation",   coprod_organisation_get_type },
  [COPROD_COLLECTION_PEOPLE]        = { "people",        "a person",          coprod_person_get_type },
  [COPROD_COLLECTION_PARTNERSHIPS]  = { "partnerships",  "a partnership",     coprod_partnership_get_type },
  [COPROD_COLLECTION_POSTS]         = { "posts",         "a post",            coprod_post_get_type },
  [COPROD_COLLECTION_PROJECTS]      = { "projects",      "a project",         coprod_project_get_type },
  [COPROD_COLLECTION_MEETINGS]      = { "meetings",      "a meeting",         coprod_meeting_get_type },
  [COPROD_COLLECTION_RATE_CARDS]    = { "rate_cards",    "a rate card",       coprod_rate_card_get_type },
  [COPROD_COLLECTION_POLICIES]      = { "policies",      "a policy",          coprod_policy_get_type },
  [COPROD_COLLECTION_PAYMENTS]      = { "payments",      "a payment",         coprod_payment_get_type },
  [COPROD_COLLECTION_OUTPUTS]       = { "outputs",       "an output",         coprod_output_get_type },
  [COPROD_COLLECTION_CHARTERS]      = { "charters",      "a charter",         coprod_charter_get_type },
  [COPROD_COLLECTION_PLEDGES]       = { "pledges",       "a pledge",          coprod_pledge_get_type },
  [COPROD_COLLECTION_PROPOSALS]     = { "proposals",     "a proposal",        coprod_proposal_get_type },
  [COPROD_COLLECTION_REVIEWS]       = { "reviews",       "a review",          coprod_review_get_type },
};

int
_coprod_collection_for_type (GType type)
{
  guint i;

  for (i = 0; i < COPROD_N_COLLECTIONS; i++)
    if (g_type_is_a (type, _coprod_collections[i].get_type ()))
      return (int) i;

  return -1;
}
