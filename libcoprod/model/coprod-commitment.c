/* coprod-commitment.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "coprod-commitment.h"
#include "coprod-enum-types.h"
#include "coprod-record-private.h"

/**
 * CoprodCommitment:
 *
 * One promise inside a [class@Coprod.Pledge], which can be followed up: by
 * when it is due, how far it has got and the evidence that it was kept.
 *
 * ```c
 * g_autoptr(CoprodCommitment) commitment =
 *   coprod_commitment_new ("Pay board members for every meeting");
 * coprod_commitment_set_due_date (commitment, "2025-03");
 * coprod_commitment_set_status (commitment,
 *                               COPROD_COMMITMENT_STATUS_IN_PROGRESS);
 * coprod_commitment_set_progress (commitment, 40);
 * ```
 *
 * In JSON, inside a pledge's `commitments`:
 *
 * ```json
 * { "text": "Pay board members for every meeting",
 *   "due_date": "2025-03", "status": "in-progress", "progress": 40 }
 * ```
 *
 * Since a commitment is not a record it has no id; like a record it keeps the
 * JSON members it does not understand.
 *
 * Since: 0.1
 */

struct _CoprodCommitment
{
  GObject parent_instance;

  gpointer owner;   /* the record it is inside: see _coprod_object_get_owner() */
  char *text;
  char *due_date;
  CoprodCommitmentStatus status;
  guint progress;
  char *evidence;
};

G_DEFINE_FINAL_TYPE (CoprodCommitment, coprod_commitment, G_TYPE_OBJECT)

enum {
  FIELD_TEXT,
  FIELD_DUE_DATE,
  FIELD_STATUS,
  FIELD_PROGRESS,
  FIELD_EVIDENCE,
  N_FIELDS
};

static CoprodField fields[N_FIELDS] = {
  /**
   * CoprodCommitment:text:
   *
   * What is promised, in the pledge's words.
   *
   * Since: 0.1
   */
  [FIELD_TEXT] = COPROD_TEXT_FIELD (CoprodCommitment, text, "text"),

  /**
   * CoprodCommitment:due-date:
   *
   * When the commitment is due, as an ISO 8601 date, or %NULL if it has no
   * date.
   *
   * Since: 0.1
   */
  [FIELD_DUE_DATE] = COPROD_DATE_FIELD (CoprodCommitment, due_date, "due-date"),

  /**
   * CoprodCommitment:status:
   *
   * The state of the commitment.
   *
   * Since: 0.1
   */
  [FIELD_STATUS] = COPROD_ENUM_FIELD (CoprodCommitment, status, "status",
                                      coprod_commitment_status_get_type,
                                      COPROD_COMMITMENT_STATUS_NOT_STARTED),

  /**
   * CoprodCommitment:progress:
   *
   * How far the commitment has got, as a percentage from 0 to 100.
   *
   * Since: 0.1
   */
  [FIELD_PROGRESS] = COPROD_UINT_FIELD (CoprodCommitment, progress, "progress",
                                        0, 100, 0),

  /**
   * CoprodCommitment:evidence:
   *
   * What shows the commitment was kept, or how far it has got.
   *
   * Since: 0.1
   */
  [FIELD_EVIDENCE] = COPROD_TEXT_FIELD (CoprodCommitment, evidence, "evidence"),
};

static void
coprod_commitment_class_init (CoprodCommitmentClass *klass)
{
  _coprod_fields_install_child (G_OBJECT_CLASS (klass), fields, N_FIELDS,
                                G_STRUCT_OFFSET (CoprodCommitment, owner));
}

static void
coprod_commitment_init (CoprodCommitment *self)
{
  _coprod_fields_init_instance (self, fields, N_FIELDS);
}

/**
 * coprod_commitment_new:
 * @text: (nullable): what is promised
 *
 * Creates a commitment, not started.
 *
 * Returns: (transfer full): a new commitment
 *
 * Since: 0.1
 */
CoprodCommitment *
coprod_commitment_new (const char *text)
{
  return g_object_new (COPROD_TYPE_COMMITMENT,
                       "text", text,
                       NULL);
}

/**
 * coprod_commitment_get_text:
 * @self: a commitment
 *
 * Gets what is promised.
 *
 * Returns: (nullable): what is promised
 *
 * Since: 0.1
 */
const char *
coprod_commitment_get_text (CoprodCommitment *self)
{
  g_return_val_if_fail (COPROD_IS_COMMITMENT (self), NULL);

  return self->text;
}

/**
 * coprod_commitment_set_text:
 * @self: a commitment
 * @text: (nullable): what is promised
 *
 * Sets what is promised.
 *
 * Since: 0.1
 */
void
coprod_commitment_set_text (CoprodCommitment *self,
                            const char       *text)
{
  g_return_if_fail (COPROD_IS_COMMITMENT (self));

  _coprod_field_set_string (self, &fields[FIELD_TEXT], text);
}

/**
 * coprod_commitment_get_due_date:
 * @self: a commitment
 *
 * Gets the date the commitment is due.
 *
 * Returns: (nullable): an ISO 8601 date
 *
 * Since: 0.1
 */
const char *
coprod_commitment_get_due_date (CoprodCommitment *self)
{
  g_return_val_if_fail (COPROD_IS_COMMITMENT (self), NULL);

  return self->due_date;
}

/**
 * coprod_commitment_set_due_date:
 * @self: a commitment
 * @date: (nullable): an ISO 8601 date, see [func@Coprod.date_is_valid]
 *
 * Sets the date the commitment is due.
 *
 * Since: 0.1
 */
void
coprod_commitment_set_due_date (CoprodCommitment *self,
                                const char       *date)
{
  g_return_if_fail (COPROD_IS_COMMITMENT (self));

  _coprod_field_set_string (self, &fields[FIELD_DUE_DATE], date);
}

/**
 * coprod_commitment_get_status:
 * @self: a commitment
 *
 * Gets the state of the commitment.
 *
 * Returns: the status
 *
 * Since: 0.1
 */
CoprodCommitmentStatus
coprod_commitment_get_status (CoprodCommitment *self)
{
  g_return_val_if_fail (COPROD_IS_COMMITMENT (self),
                        COPROD_COMMITMENT_STATUS_NOT_STARTED);

  return self->status;
}

/**
 * coprod_commitment_set_status:
 * @self: a commitment
 * @status: the status
 *
 * Sets the state of the commitment.
 *
 * Since: 0.1
 */
void
coprod_commitment_set_status (CoprodCommitment      *self,
                              CoprodCommitmentStatus status)
{
  g_return_if_fail (COPROD_IS_COMMITMENT (self));

  _coprod_field_set_enum (self, &fields[FIELD_STATUS], status);
}

/**
 * coprod_commitment_get_progress:
 * @self: a commitment
 *
 * Gets how far the commitment has got.
 *
 * Returns: the progress, from 0 to 100
 *
 * Since: 0.1
 */
guint
coprod_commitment_get_progress (CoprodCommitment *self)
{
  g_return_val_if_fail (COPROD_IS_COMMITMENT (self), 0);

  return self->progress;
}

/**
 * coprod_commitment_set_progress:
 * @self: a commitment
 * @progress: the progress, a percentage from 0 to 100
 *
 * Sets how far the commitment has got.
 *
 * Since: 0.1
 */
void
coprod_commitment_set_progress (CoprodCommitment *self,
                                guint             progress)
{
  g_return_if_fail (COPROD_IS_COMMITMENT (self));

  _coprod_field_set_uint (self, &fields[FIELD_PROGRESS], progress);
}

/**
 * coprod_commitment_get_evidence:
 * @self: a commitment
 *
 * Gets the evidence.
 *
 * Returns: (nullable): the evidence
 *
 * Since: 0.1
 */
const char *
coprod_commitment_get_evidence (CoprodCommitment *self)
{
  g_return_val_if_fail (COPROD_IS_COMMITMENT (self), NULL);

  return self->evidence;
}

/**
 * coprod_commitment_set_evidence:
 * @self: a commitment
 * @evidence: (nullable): the evidence
 *
 * Sets the evidence.
 *
 * Since: 0.1
 */
void
coprod_commitment_set_evidence (CoprodCommitment *self,
                                const char       *evidence)
{
  g_return_if_fail (COPROD_IS_COMMITMENT (self));

  _coprod_field_set_string (self, &fields[FIELD_EVIDENCE], evidence);
}
