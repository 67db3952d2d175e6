/* coprod-commitment.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "coprod-commitment.h"
#include "coprod-date.h"
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

  char *text;
  char *due_date;
  CoprodCommitmentStatus status;
  guint progress;
  char *evidence;
};

G_DEFINE_FINAL_TYPE (CoprodCommitment, coprod_commitment, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TEXT,
  PROP_DUE_DATE,
  PROP_STATUS,
  PROP_PROGRESS,
  PROP_EVIDENCE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
coprod_commitment_finalize (GObject *object)
{
  CoprodCommitment *self = COPROD_COMMITMENT (object);

  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->due_date, g_free);
  g_clear_pointer (&self->evidence, g_free);

  G_OBJECT_CLASS (coprod_commitment_parent_class)->finalize (object);
}

static void
coprod_commitment_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  CoprodCommitment *self = COPROD_COMMITMENT (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;

    case PROP_DUE_DATE:
      g_value_set_string (value, self->due_date);
      break;

    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;

    case PROP_PROGRESS:
      g_value_set_uint (value, self->progress);
      break;

    case PROP_EVIDENCE:
      g_value_set_string (value, self->evidence);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coprod_commitment_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  CoprodCommitment *self = COPROD_COMMITMENT (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      coprod_commitment_set_text (self, g_value_get_string (value));
      break;

    case PROP_DUE_DATE:
      coprod_commitment_set_due_date (self, g_value_get_string (value));
      break;

    case PROP_STATUS:
      coprod_commitment_set_status (self, g_value_get_enum (value));
      break;

    case PROP_PROGRESS:
      coprod_commitment_set_progress (self, g_value_get_uint (value));
      break;

    case PROP_EVIDENCE:
      coprod_commitment_set_evidence (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coprod_commitment_class_init (CoprodCommitmentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = (G_PARAM_READWRITE |
                             G_PARAM_EXPLICIT_NOTIFY |
                             G_PARAM_STATIC_STRINGS);

  object_class->finalize = coprod_commitment_finalize;
  object_class->get_property = coprod_commitment_get_property;
  object_class->set_property = coprod_commitment_set_property;

  /**
   * CoprodCommitment:text:
   *
   * What is promised, in the pledge's words.
   *
   * Since: 0.1
   */
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, NULL, flags);

  /**
   * CoprodCommitment:due-date:
   *
   * When the commitment is due, as an ISO 8601 date, or %NULL if it has no
   * date.
   *
   * Since: 0.1
   */
  properties[PROP_DUE_DATE] =
    _coprod_param_spec_string_kind ("due-date", COPROD_STRING_DATE, flags);

  /**
   * CoprodCommitment:status:
   *
   * The state of the commitment.
   *
   * Since: 0.1
   */
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL,
                       COPROD_TYPE_COMMITMENT_STATUS,
                       COPROD_COMMITMENT_STATUS_NOT_STARTED,
                       flags);

  /**
   * CoprodCommitment:progress:
   *
   * How far the commitment has got, as a percentage from 0 to 100.
   *
   * Since: 0.1
   */
  properties[PROP_PROGRESS] =
    g_param_spec_uint ("progress", NULL, NULL,
                       0, 100, 0,
                       flags);

  /**
   * CoprodCommitment:evidence:
   *
   * What shows the commitment was kept, or how far it has got.
   *
   * Since: 0.1
   */
  properties[PROP_EVIDENCE] =
    g_param_spec_string ("evidence", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
coprod_commitment_init (CoprodCommitment *self)
{
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

  _coprod_set_string (self, &self->text, text, properties[PROP_TEXT]);
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

  _coprod_set_string (self, &self->due_date, date, properties[PROP_DUE_DATE]);
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

  _coprod_set_enum (self, (guint *) &self->status, status,
                    properties[PROP_STATUS]);
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
  g_return_if_fail (progress <= 100);

  if (self->progress == progress)
    return;

  self->progress = progress;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROGRESS]);
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

  _coprod_set_string (self, &self->evidence, evidence,
                      properties[PROP_EVIDENCE]);
}
