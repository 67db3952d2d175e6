/* coprod-pledge.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "coprod-enum-types.h"
#include "coprod-charter.h"
#include "coprod-organisation.h"
#include "coprod-person.h"
#include "coprod-pledge.h"
#include "coprod-record-private.h"

/**
 * CoprodPledge:
 *
 * A signed commitment: by a person, for themselves or on behalf of an
 * organisation, on a date, often adopting a [class@Coprod.Charter], with
 * [class@Coprod.Commitment]s that can be followed up.
 *
 * A director who signs for a council sets
 * [property@Coprod.Pledge:on-behalf-of-id] to the council's id; a chief
 * executive's personal pledge during Co-production Week leaves it %NULL (see
 * [method@Coprod.Pledge.is_personal]).
 *
 * ```c
 * g_autoptr(CoprodPledge) pledge = coprod_pledge_new ("pl-1", "p-director");
 * g_autoptr(CoprodCommitment) commitment =
 *   coprod_commitment_new ("Review the pledge with the advisory group");
 *
 * coprod_pledge_set_on_behalf_of_id (pledge, "org-council");
 * coprod_pledge_set_charter_id (pledge, "ch-1");
 * coprod_pledge_set_signed_date (pledge, "2024-07-03");
 * coprod_pledge_set_status (pledge, COPROD_PLEDGE_STATUS_ACTIVE);
 * coprod_pledge_add_commitment (pledge, commitment);
 * ```
 *
 * In JSON, in the `pledges` collection:
 *
 * ```json
 * { "id": "pl-1", "signatory_id": "p-director",
 *   "on_behalf_of_id": "org-council", "signed_date": "2024-07-03",
 *   "charter_id": "ch-1", "status": "active", "review_date": "2025-07",
 *   "commitments": [
 *     { "text": "Review the pledge with the advisory group",
 *       "status": "not-started", "progress": 0 } ] }
 * ```
 *
 * Since: 0.1
 */

struct _CoprodPledge
{
  CoprodRecord parent_instance;

  char *signatory_id;
  char *on_behalf_of_id;
  char *signed_date;
  char *charter_id;
  char *statement;
  CoprodPledgeStatus status;
  char *review_date;
  GListModel *commitments;   /* made when needed: see coprod-field.c */
};

G_DEFINE_FINAL_TYPE (CoprodPledge, coprod_pledge, COPROD_TYPE_RECORD)

enum {
  FIELD_SIGNATORY_ID,
  FIELD_ON_BEHALF_OF_ID,
  FIELD_SIGNED_DATE,
  FIELD_CHARTER_ID,
  FIELD_STATEMENT,
  FIELD_STATUS,
  FIELD_REVIEW_DATE,
  FIELD_COMMITMENTS,
  N_FIELDS
};

static CoprodField fields[N_FIELDS] = {
  /**
   * CoprodPledge:signatory-id:
   *
   * The id of the [class@Coprod.Person] who signed the pledge.
   *
   * Since: 0.1
   */
  [FIELD_SIGNATORY_ID] = COPROD_REF_FIELD (CoprodPledge, signatory_id,
                                           "signatory-id",
                                           coprod_person_get_type),

  /**
   * CoprodPledge:on-behalf-of-id:
   *
   * The id of the [class@Coprod.Organisation] the pledge was signed on behalf
   * of, or %NULL for a personal pledge.
   *
   * Since: 0.1
   */
  [FIELD_ON_BEHALF_OF_ID] = COPROD_REF_FIELD (CoprodPledge, on_behalf_of_id,
                                              "on-behalf-of-id",
                                              coprod_organisation_get_type),

  /**
   * CoprodPledge:signed-date:
   *
   * When the pledge was signed, as an ISO 8601 date.
   *
   * Since: 0.1
   */
  [FIELD_SIGNED_DATE] = COPROD_DATE_RANGE_FIELD (CoprodPledge, signed_date,
                                                 "signed-date", "review-date"),

  /**
   * CoprodPledge:charter-id:
   *
   * The id of the [class@Coprod.Charter] the pledge adopts, or %NULL if it
   * adopts none.
   *
   * Since: 0.1
   */
  [FIELD_CHARTER_ID] = COPROD_REF_FIELD (CoprodPledge, charter_id, "charter-id",
                                         coprod_charter_get_type),

  /**
   * CoprodPledge:statement:
   *
   * The pledge in the signatory's words.
   *
   * Since: 0.1
   */
  [FIELD_STATEMENT] = COPROD_TEXT_FIELD (CoprodPledge, statement, "statement"),

  /**
   * CoprodPledge:status:
   *
   * The state of the pledge: draft, active, lapsed or revoked.
   *
   * Since: 0.1
   */
  [FIELD_STATUS] = COPROD_ENUM_FIELD (CoprodPledge, status, "status",
                                      coprod_pledge_status_get_type,
                                      COPROD_PLEDGE_STATUS_DRAFT),

  /**
   * CoprodPledge:review-date:
   *
   * When the pledge is next to be reviewed, as an ISO 8601 date.
   *
   * Since: 0.1
   */
  [FIELD_REVIEW_DATE] = COPROD_DATE_FIELD (CoprodPledge, review_date,
                                           "review-date"),

  /**
   * CoprodPledge:commitments:
   *
   * The commitments of the pledge, a list model of [class@Coprod.Commitment].
   * It is read-only: change it with [method@Coprod.Pledge.add_commitment] and
   * [method@Coprod.Pledge.remove_commitment].
   *
   * Since: 0.1
   */
  [FIELD_COMMITMENTS] = COPROD_CHILDREN_FIELD (CoprodPledge, commitments,
                                               "commitments",
                                               coprod_commitment_get_type),
};

static void
coprod_pledge_class_init (CoprodPledgeClass *klass)
{
  _coprod_fields_install (G_OBJECT_CLASS (klass), fields, N_FIELDS);
}

static void
coprod_pledge_init (CoprodPledge *self)
{
  _coprod_fields_init_instance (self, fields, N_FIELDS);
}

/**
 * coprod_pledge_new:
 * @id: the id of the pledge
 * @signatory_id: (nullable): the id of the person who signed the pledge
 *
 * Creates a personal pledge, in draft, with no commitments.
 *
 * Returns: (transfer full): a new pledge
 *
 * Since: 0.1
 */
CoprodPledge *
coprod_pledge_new (const char *id,
                   const char *signatory_id)
{
  return g_object_new (COPROD_TYPE_PLEDGE,
                       "id", id,
                       "signatory-id", signatory_id,
                       NULL);
}

/**
 * coprod_pledge_get_signatory_id:
 * @self: a pledge
 *
 * Gets the id of the person who signed the pledge.
 *
 * Returns: (nullable): the id
 *
 * Since: 0.1
 */
const char *
coprod_pledge_get_signatory_id (CoprodPledge *self)
{
  g_return_val_if_fail (COPROD_IS_PLEDGE (self), NULL);

  return self->signatory_id;
}

/**
 * coprod_pledge_set_signatory_id:
 * @self: a pledge
 * @signatory_id: (nullable): the id
 *
 * Sets the id of the person who signed the pledge.
 *
 * Since: 0.1
 */
void
coprod_pledge_set_signatory_id (CoprodPledge *self,
                                const char   *signatory_id)
{
  g_return_if_fail (COPROD_IS_PLEDGE (self));

  _coprod_field_set_string (self, &fields[FIELD_SIGNATORY_ID], signatory_id);
}

/**
 * coprod_pledge_get_on_behalf_of_id:
 * @self: a pledge
 *
 * Gets the id of the organisation the pledge was signed on behalf of.
 *
 * Returns: (nullable): the id, or %NULL for a personal pledge
 *
 * Since: 0.1
 */
const char *
coprod_pledge_get_on_behalf_of_id (CoprodPledge *self)
{
  g_return_val_if_fail (COPROD_IS_PLEDGE (self), NULL);

  return self->on_behalf_of_id;
}

/**
 * coprod_pledge_set_on_behalf_of_id:
 * @self: a pledge
 * @on_behalf_of_id: (nullable): the id, or %NULL for a personal pledge
 *
 * Sets the id of the organisation the pledge was signed on behalf of.
 *
 * Since: 0.1
 */
void
coprod_pledge_set_on_behalf_of_id (CoprodPledge *self,
                                   const char   *on_behalf_of_id)
{
  g_return_if_fail (COPROD_IS_PLEDGE (self));

  _coprod_field_set_string (self, &fields[FIELD_ON_BEHALF_OF_ID],
                            on_behalf_of_id);
}

/**
 * coprod_pledge_is_personal:
 * @self: a pledge
 *
 * Checks whether the pledge is personal: made by the signatory for
 * themselves, not on behalf of an organisation.
 *
 * Returns: %TRUE if [property@Coprod.Pledge:on-behalf-of-id] is %NULL
 *
 * Since: 0.1
 */
gboolean
coprod_pledge_is_personal (CoprodPledge *self)
{
  g_return_val_if_fail (COPROD_IS_PLEDGE (self), FALSE);

  return self->on_behalf_of_id == NULL;
}

/**
 * coprod_pledge_get_signed_date:
 * @self: a pledge
 *
 * Gets the date the pledge was signed.
 *
 * Returns: (nullable): an ISO 8601 date
 *
 * Since: 0.1
 */
const char *
coprod_pledge_get_signed_date (CoprodPledge *self)
{
  g_return_val_if_fail (COPROD_IS_PLEDGE (self), NULL);

  return self->signed_date;
}

/**
 * coprod_pledge_set_signed_date:
 * @self: a pledge
 * @date: (nullable): an ISO 8601 date, see [func@Coprod.date_is_valid]
 *
 * Sets the date the pledge was signed.
 *
 * Since: 0.1
 */
void
coprod_pledge_set_signed_date (CoprodPledge *self,
                               const char   *date)
{
  g_return_if_fail (COPROD_IS_PLEDGE (self));

  _coprod_field_set_string (self, &fields[FIELD_SIGNED_DATE], date);
}

/**
 * coprod_pledge_get_charter_id:
 * @self: a pledge
 *
 * Gets the id of the charter the pledge adopts.
 *
 * Returns: (nullable): the id, or %NULL if the pledge adopts no charter
 *
 * Since: 0.1
 */
const char *
coprod_pledge_get_charter_id (CoprodPledge *self)
{
  g_return_val_if_fail (COPROD_IS_PLEDGE (self), NULL);

  return self->charter_id;
}

/**
 * coprod_pledge_set_charter_id:
 * @self: a pledge
 * @charter_id: (nullable): the id, or %NULL if the pledge adopts no charter
 *
 * Sets the id of the charter the pledge adopts.
 *
 * Since: 0.1
 */
void
coprod_pledge_set_charter_id (CoprodPledge *self,
                              const char   *charter_id)
{
  g_return_if_fail (COPROD_IS_PLEDGE (self));

  _coprod_field_set_string (self, &fields[FIELD_CHARTER_ID], charter_id);
}

/**
 * coprod_pledge_get_statement:
 * @self: a pledge
 *
 * Gets the statement.
 *
 * Returns: (nullable): the statement
 *
 * Since: 0.1
 */
const char *
coprod_pledge_get_statement (CoprodPledge *self)
{
  g_return_val_if_fail (COPROD_IS_PLEDGE (self), NULL);

  return self->statement;
}

/**
 * coprod_pledge_set_statement:
 * @self: a pledge
 * @statement: (nullable): the statement
 *
 * Sets the statement.
 *
 * Since: 0.1
 */
void
coprod_pledge_set_statement (CoprodPledge *self,
                             const char   *statement)
{
  g_return_if_fail (COPROD_IS_PLEDGE (self));

  _coprod_field_set_string (self, &fields[FIELD_STATEMENT], statement);
}

/**
 * coprod_pledge_get_status:
 * @self: a pledge
 *
 * Gets the state of the pledge.
 *
 * Returns: the status
 *
 * Since: 0.1
 */
CoprodPledgeStatus
coprod_pledge_get_status (CoprodPledge *self)
{
  g_return_val_if_fail (COPROD_IS_PLEDGE (self), COPROD_PLEDGE_STATUS_DRAFT);

  return self->status;
}

/**
 * coprod_pledge_set_status:
 * @self: a pledge
 * @status: the status
 *
 * Sets the state of the pledge.
 *
 * Since: 0.1
 */
void
coprod_pledge_set_status (CoprodPledge      *self,
                          CoprodPledgeStatus status)
{
  g_return_if_fail (COPROD_IS_PLEDGE (self));

  _coprod_field_set_enum (self, &fields[FIELD_STATUS], status);
}

/**
 * coprod_pledge_get_review_date:
 * @self: a pledge
 *
 * Gets the date the pledge is next to be reviewed.
 *
 * Returns: (nullable): an ISO 8601 date
 *
 * Since: 0.1
 */
const char *
coprod_pledge_get_review_date (CoprodPledge *self)
{
  g_return_val_if_fail (COPROD_IS_PLEDGE (self), NULL);

  return self->review_date;
}

/**
 * coprod_pledge_set_review_date:
 * @self: a pledge
 * @date: (nullable): an ISO 8601 date, see [func@Coprod.date_is_valid]
 *
 * Sets the date the pledge is next to be reviewed.
 *
 * Since: 0.1
 */
void
coprod_pledge_set_review_date (CoprodPledge *self,
                               const char   *date)
{
  g_return_if_fail (COPROD_IS_PLEDGE (self));

  _coprod_field_set_string (self, &fields[FIELD_REVIEW_DATE], date);
}

/**
 * coprod_pledge_get_commitments:
 * @self: a pledge
 *
 * Gets the commitments of the pledge, in the order they were added. The list
 * emits [signal@Gio.ListModel::items-changed] as commitments are added and
 * removed.
 *
 * Returns: (transfer none): a list model of [class@Coprod.Commitment]
 *
 * Since: 0.1
 */
GListModel *
coprod_pledge_get_commitments (CoprodPledge *self)
{
  g_return_val_if_fail (COPROD_IS_PLEDGE (self), NULL);

  return _coprod_field_get_children (self, &fields[FIELD_COMMITMENTS]);
}

/**
 * coprod_pledge_add_commitment:
 * @self: a pledge
 * @commitment: the commitment to add
 *
 * Appends @commitment to the pledge's commitments. The pledge takes a
 * reference.
 *
 * Since: 0.1
 */
void
coprod_pledge_add_commitment (CoprodPledge     *self,
                              CoprodCommitment *commitment)
{
  g_return_if_fail (COPROD_IS_PLEDGE (self));
  g_return_if_fail (COPROD_IS_COMMITMENT (commitment));

  _coprod_field_add_child (self, &fields[FIELD_COMMITMENTS], commitment);
}

/**
 * coprod_pledge_remove_commitment:
 * @self: a pledge
 * @commitment: the commitment to remove
 *
 * Removes @commitment from the pledge's commitments.
 *
 * Returns: %TRUE if @commitment was one of the pledge's commitments
 *
 * Since: 0.1
 */
gboolean
coprod_pledge_remove_commitment (CoprodPledge     *self,
                                 CoprodCommitment *commitment)
{
  g_return_val_if_fail (COPROD_IS_PLEDGE (self), FALSE);
  g_return_val_if_fail (COPROD_IS_COMMITMENT (commitment), FALSE);

  return _coprod_field_remove_child (self, &fields[FIELD_COMMITMENTS], commitment);
}
