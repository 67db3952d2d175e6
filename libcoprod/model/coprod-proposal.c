/* coprod-proposal.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "coprod-date.h"
#include "coprod-enum-types.h"
#include "coprod-meeting.h"
#include "coprod-person.h"
#include "coprod-project.h"
#include "coprod-proposal.h"
#include "coprod-record-private.h"

/**
 * CoprodProposal:
 *
 * "You said, we did": something people proposed, and what became of it.
 *
 * Practitioners judge the influence of people with lived experience by
 * what they proposed and what was done with it, fed back to them. A
 * proposal names the people who made it
 * ([property@Coprod.Proposal:proposer-ids]), where it was made (a meeting,
 * a project, or both), its [property@Coprod.Proposal:outcome], the reason
 * for the outcome, and the date the outcome was fed back to the people who
 * proposed it. A proposal belongs to the project it names, or to the
 * project of its meeting.
 *
 * ```c
 * const char *proposers[] = { "p-ash", NULL };
 * g_autoptr(CoprodProposal) proposal =
 *   coprod_proposal_new ("prop-1", "Hold the sessions after school hours");
 *
 * coprod_proposal_set_proposer_ids (proposal, proposers);
 * coprod_proposal_set_meeting_id (proposal, "m-cop-1");
 * coprod_proposal_set_date (proposal, "2024-04-30");
 * coprod_proposal_set_outcome (proposal, COPROD_PROPOSAL_OUTCOME_ADOPTED_WITH_CHANGES);
 * coprod_proposal_set_reason (proposal, "Two sessions a month move to 4pm");
 * coprod_proposal_set_fed_back_date (proposal, "2024-05-14");
 * ```
 *
 * In JSON, in the `proposals` collection:
 *
 * ```json
 * { "id": "prop-1", "proposer_ids": ["p-ash"], "meeting_id": "m-cop-1",
 *   "date": "2024-04-30", "text": "Hold the sessions after school hours",
 *   "outcome": "adopted-with-changes",
 *   "reason": "Two sessions a month move to 4pm",
 *   "fed_back_date": "2024-05-14" }
 * ```
 *
 * Since: 0.1
 */

struct _CoprodProposal
{
  CoprodRecord parent_instance;

  char **proposer_ids;
  char *meeting_id;
  char *project_id;
  char *date;
  char *text;
  CoprodProposalOutcome outcome;
  char *reason;
  char *fed_back_date;
};

G_DEFINE_FINAL_TYPE (CoprodProposal, coprod_proposal, COPROD_TYPE_RECORD)

enum {
  FIELD_PROPOSER_IDS,
  FIELD_MEETING_ID,
  FIELD_PROJECT_ID,
  FIELD_DATE,
  FIELD_TEXT,
  FIELD_OUTCOME,
  FIELD_REASON,
  FIELD_FED_BACK_DATE,
  N_FIELDS
};

static CoprodField fields[N_FIELDS] = {
  /**
   * CoprodProposal:proposer-ids:
   *
   * The ids of the people ([class@Coprod.Person]) who made the proposal.
   *
   * Since: 0.1
   */
  [FIELD_PROPOSER_IDS] = COPROD_REFS_FIELD (CoprodProposal, proposer_ids, "proposer-ids",
                                            coprod_person_get_type),

  /**
   * CoprodProposal:meeting-id:
   *
   * The id of the [class@Coprod.Meeting] where the proposal was made, or
   * %NULL.
   *
   * Since: 0.1
   */
  [FIELD_MEETING_ID] = COPROD_REF_FIELD (CoprodProposal, meeting_id, "meeting-id",
                                         coprod_meeting_get_type),

  /**
   * CoprodProposal:project-id:
   *
   * The id of the [class@Coprod.Project] the proposal is for, or %NULL. A
   * proposal with no project belongs to the project of its meeting, if
   * any.
   *
   * Since: 0.1
   */
  [FIELD_PROJECT_ID] = COPROD_REF_FIELD (CoprodProposal, project_id, "project-id",
                                         coprod_project_get_type),

  /**
   * CoprodProposal:date:
   *
   * When the proposal was made, as an ISO 8601 date.
   *
   * Since: 0.1
   */
  [FIELD_DATE] = COPROD_DATE_RANGE_FIELD (CoprodProposal, date, "date", "fed-back-date"),

  /**
   * CoprodProposal:text:
   *
   * What was proposed. Free text: never exported.
   *
   * Since: 0.1
   */
  [FIELD_TEXT] = COPROD_TEXT_FIELD (CoprodProposal, text, "text"),

  /**
   * CoprodProposal:outcome:
   *
   * What became of the proposal: pending, adopted, adopted with changes or
   * not adopted.
   *
   * Since: 0.1
   */
  [FIELD_OUTCOME] = COPROD_ENUM_FIELD (CoprodProposal, outcome, "outcome",
                                       coprod_proposal_outcome_get_type,
                                       COPROD_PROPOSAL_OUTCOME_PENDING),

  /**
   * CoprodProposal:reason:
   *
   * Why the outcome is what it is: what changed, or why not. Free text:
   * never exported.
   *
   * Since: 0.1
   */
  [FIELD_REASON] = COPROD_TEXT_FIELD (CoprodProposal, reason, "reason"),

  /**
   * CoprodProposal:fed-back-date:
   *
   * When the outcome was fed back to the people who made the proposal, as
   * an ISO 8601 date, or %NULL if it has not been. It may not come before
   * the [property@Coprod.Proposal:date].
   *
   * Since: 0.1
   */
  [FIELD_FED_BACK_DATE] = COPROD_DATE_FIELD (CoprodProposal, fed_back_date, "fed-back-date"),
};

static const char * const empty_strv[] = { NULL };

static void
coprod_proposal_class_init (CoprodProposalClass *klass)
{
  _coprod_fields_install (G_OBJECT_CLASS (klass), fields, N_FIELDS);
}

static void
coprod_proposal_init (CoprodProposal *self)
{
  _coprod_fields_init_instance (self, fields, N_FIELDS);
}

/**
 * coprod_proposal_new:
 * @id: the id of the proposal
 * @text: (nullable): what was proposed
 *
 * Creates a proposal, its outcome pending.
 *
 * Returns: (transfer full): a new proposal
 *
 * Since: 0.1
 */
CoprodProposal *
coprod_proposal_new (const char *id,
                     const char *text)
{
  return g_object_new (COPROD_TYPE_PROPOSAL,
                       "id", id,
                       "text", text,
                       NULL);
}

/**
 * coprod_proposal_get_proposer_ids:
 * @self: a proposal
 *
 * Gets the ids of the people who made the proposal.
 *
 * Returns: (transfer none) (array zero-terminated=1): the ids; empty if
 *   none are recorded
 *
 * Since: 0.1
 */
const char * const *
coprod_proposal_get_proposer_ids (CoprodProposal *self)
{
  g_return_val_if_fail (COPROD_IS_PROPOSAL (self), empty_strv);

  return (const char * const *) self->proposer_ids;
}

/**
 * coprod_proposal_set_proposer_ids:
 * @self: a proposal
 * @person_ids: (nullable) (array zero-terminated=1): the ids of people
 *
 * Sets the ids of the people who made the proposal. %NULL is the same as
 * an empty list.
 *
 * Since: 0.1
 */
void
coprod_proposal_set_proposer_ids (CoprodProposal     *self,
                                  const char * const *person_ids)
{
  g_return_if_fail (COPROD_IS_PROPOSAL (self));

  _coprod_field_set_strv (self, &fields[FIELD_PROPOSER_IDS], person_ids);
}

/**
 * coprod_proposal_get_meeting_id:
 * @self: a proposal
 *
 * Gets the id of the meeting where the proposal was made.
 *
 * Returns: (nullable): the id
 *
 * Since: 0.1
 */
const char *
coprod_proposal_get_meeting_id (CoprodProposal *self)
{
  g_return_val_if_fail (COPROD_IS_PROPOSAL (self), NULL);

  return self->meeting_id;
}

/**
 * coprod_proposal_set_meeting_id:
 * @self: a proposal
 * @meeting_id: (nullable): the id
 *
 * Sets the id of the meeting where the proposal was made.
 *
 * Since: 0.1
 */
void
coprod_proposal_set_meeting_id (CoprodProposal *self,
                                const char     *meeting_id)
{
  g_return_if_fail (COPROD_IS_PROPOSAL (self));

  _coprod_field_set_string (self, &fields[FIELD_MEETING_ID], meeting_id);
}

/**
 * coprod_proposal_get_project_id:
 * @self: a proposal
 *
 * Gets the id of the project the proposal is for.
 *
 * Returns: (nullable): the id
 *
 * Since: 0.1
 */
const char *
coprod_proposal_get_project_id (CoprodProposal *self)
{
  g_return_val_if_fail (COPROD_IS_PROPOSAL (self), NULL);

  return self->project_id;
}

/**
 * coprod_proposal_set_project_id:
 * @self: a proposal
 * @project_id: (nullable): the id
 *
 * Sets the id of the project the proposal is for.
 *
 * Since: 0.1
 */
void
coprod_proposal_set_project_id (CoprodProposal *self,
                                const char     *project_id)
{
  g_return_if_fail (COPROD_IS_PROPOSAL (self));

  _coprod_field_set_string (self, &fields[FIELD_PROJECT_ID], project_id);
}

/**
 * coprod_proposal_get_date:
 * @self: a proposal
 *
 * Gets the date the proposal was made.
 *
 * Returns: (nullable): an ISO 8601 date
 *
 * Since: 0.1
 */
const char *
coprod_proposal_get_date (CoprodProposal *self)
{
  g_return_val_if_fail (COPROD_IS_PROPOSAL (self), NULL);

  return self->date;
}

/**
 * coprod_proposal_set_date:
 * @self: a proposal
 * @date: (nullable): an ISO 8601 date, see [func@Coprod.date_is_valid]
 *
 * Sets the date the proposal was made.
 *
 * Since: 0.1
 */
void
coprod_proposal_set_date (CoprodProposal *self,
                          const char     *date)
{
  g_return_if_fail (COPROD_IS_PROPOSAL (self));

  _coprod_field_set_string (self, &fields[FIELD_DATE], date);
}

/**
 * coprod_proposal_get_text:
 * @self: a proposal
 *
 * Gets what was proposed.
 *
 * Returns: (nullable): the text
 *
 * Since: 0.1
 */
const char *
coprod_proposal_get_text (CoprodProposal *self)
{
  g_return_val_if_fail (COPROD_IS_PROPOSAL (self), NULL);

  return self->text;
}

/**
 * coprod_proposal_set_text:
 * @self: a proposal
 * @text: (nullable): the text
 *
 * Sets what was proposed.
 *
 * Since: 0.1
 */
void
coprod_proposal_set_text (CoprodProposal *self,
                          const char     *text)
{
  g_return_if_fail (COPROD_IS_PROPOSAL (self));

  _coprod_field_set_string (self, &fields[FIELD_TEXT], text);
}

/**
 * coprod_proposal_get_outcome:
 * @self: a proposal
 *
 * Gets what became of the proposal.
 *
 * Returns: the outcome
 *
 * Since: 0.1
 */
CoprodProposalOutcome
coprod_proposal_get_outcome (CoprodProposal *self)
{
  g_return_val_if_fail (COPROD_IS_PROPOSAL (self), COPROD_PROPOSAL_OUTCOME_PENDING);

  return self->outcome;
}

/**
 * coprod_proposal_set_outcome:
 * @self: a proposal
 * @outcome: the outcome
 *
 * Sets what became of the proposal.
 *
 * Since: 0.1
 */
void
coprod_proposal_set_outcome (CoprodProposal        *self,
                             CoprodProposalOutcome  outcome)
{
  g_return_if_fail (COPROD_IS_PROPOSAL (self));

  _coprod_field_set_enum (self, &fields[FIELD_OUTCOME], outcome);
}

/**
 * coprod_proposal_get_reason:
 * @self: a proposal
 *
 * Gets the reason for the outcome.
 *
 * Returns: (nullable): the reason
 *
 * Since: 0.1
 */
const char *
coprod_proposal_get_reason (CoprodProposal *self)
{
  g_return_val_if_fail (COPROD_IS_PROPOSAL (self), NULL);

  return self->reason;
}

/**
 * coprod_proposal_set_reason:
 * @self: a proposal
 * @reason: (nullable): the reason
 *
 * Sets the reason for the outcome.
 *
 * Since: 0.1
 */
void
coprod_proposal_set_reason (CoprodProposal *self,
                            const char     *reason)
{
  g_return_if_fail (COPROD_IS_PROPOSAL (self));

  _coprod_field_set_string (self, &fields[FIELD_REASON], reason);
}

/**
 * coprod_proposal_get_fed_back_date:
 * @self: a proposal
 *
 * Gets the date the outcome was fed back to the people who made the
 * proposal.
 *
 * Returns: (nullable): an ISO 8601 date
 *
 * Since: 0.1
 */
const char *
coprod_proposal_get_fed_back_date (CoprodProposal *self)
{
  g_return_val_if_fail (COPROD_IS_PROPOSAL (self), NULL);

  return self->fed_back_date;
}

/**
 * coprod_proposal_set_fed_back_date:
 * @self: a proposal
 * @date: (nullable): an ISO 8601 date, see [func@Coprod.date_is_valid]
 *
 * Sets the date the outcome was fed back to the people who made the
 * proposal.
 *
 * Since: 0.1
 */
void
coprod_proposal_set_fed_back_date (CoprodProposal *self,
                                   const char     *date)
{
  g_return_if_fail (COPROD_IS_PROPOSAL (self));

  _coprod_field_set_string (self, &fields[FIELD_FED_BACK_DATE], date);
}
