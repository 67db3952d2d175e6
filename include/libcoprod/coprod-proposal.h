/* coprod-proposal.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(COPROD_INSIDE) && !defined(COPROD_COMPILATION)
# error "Only <libcoprod/coprod.h> can be included directly."
#endif

#include "coprod-enums.h"
#include "coprod-record.h"

G_BEGIN_DECLS

#define COPROD_TYPE_PROPOSAL (coprod_proposal_get_type ())

COPROD_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (CoprodProposal, coprod_proposal, COPROD, PROPOSAL, CoprodRecord)

COPROD_AVAILABLE_IN_ALL
CoprodProposal        *coprod_proposal_new                (const char            *id,
                                                          const char            *text) G_GNUC_WARN_UNUSED_RESULT;
COPROD_AVAILABLE_IN_ALL
const char * const    *coprod_proposal_get_proposer_ids   (CoprodProposal        *self);
COPROD_AVAILABLE_IN_ALL
void                   coprod_proposal_set_proposer_ids   (CoprodProposal        *self,
                                                          const char * const    *person_ids);
COPROD_AVAILABLE_IN_ALL
const char            *coprod_proposal_get_meeting_id     (CoprodProposal        *self);
COPROD_AVAILABLE_IN_ALL
void                   coprod_proposal_set_meeting_id     (CoprodProposal        *self,
                                                          const char            *meeting_id);
COPROD_AVAILABLE_IN_ALL
const char            *coprod_proposal_get_project_id     (CoprodProposal        *self);
COPROD_AVAILABLE_IN_ALL
void                   coprod_proposal_set_project_id     (CoprodProposal        *self,
                                                          const char            *project_id);
COPROD_AVAILABLE_IN_ALL
const char            *coprod_proposal_get_date           (CoprodProposal        *self);
COPROD_AVAILABLE_IN_ALL
void                   coprod_proposal_set_date           (CoprodProposal        *self,
                                                          const char            *date);
COPROD_AVAILABLE_IN_ALL
const char            *coprod_proposal_get_text           (CoprodProposal        *self);
COPROD_AVAILABLE_IN_ALL
void                   coprod_proposal_set_text           (CoprodProposal        *self,
                                                          const char            *text);
COPROD_AVAILABLE_IN_ALL
CoprodProposalOutcome  coprod_proposal_get_outcome        (CoprodProposal        *self);
COPROD_AVAILABLE_IN_ALL
void                   coprod_proposal_set_outcome        (CoprodProposal        *self,
                                                          CoprodProposalOutcome  outcome);
COPROD_AVAILABLE_IN_ALL
const char            *coprod_proposal_get_reason         (CoprodProposal        *self);
COPROD_AVAILABLE_IN_ALL
void                   coprod_proposal_set_reason         (CoprodProposal        *self,
                                                          const char            *reason);
COPROD_AVAILABLE_IN_ALL
const char            *coprod_proposal_get_fed_back_date  (CoprodProposal        *self);
COPROD_AVAILABLE_IN_ALL
void                   coprod_proposal_set_fed_back_date  (CoprodProposal        *self,
                                                          const char            *date);

G_END_DECLS
