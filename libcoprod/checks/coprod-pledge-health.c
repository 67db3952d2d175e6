/* coprod-pledge-health.c: how a pledge stands as of a date
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The rules are written out, for people, in doc/pledges.md: keep the two
 * in step.
 */
#include "config.h"

#include "coprod-commitment.h"
#include "coprod-date.h"
#include "coprod-date-private.h"
#include "coprod-enum-types.h"
#include "coprod-error.h"
#include "coprod-field-private.h"
#include "coprod-pledge.h"
#include "coprod-pledge-health.h"
#include "coprod-pledge-health-private.h"
#include "coprod-record-list-private.h"
#include "coprod-text-private.h"

/**
 * CoprodPledgeHealth:
 *
 * How a [class@Coprod.Pledge] stands as of a date: its status worked out
 * from its dates, which of its commitments are overdue, how far its
 * commitments have got overall, and whether its review is due or was
 * missed. Made by [method@Coprod.Registry.get_pledge_health] and
 * [method@Coprod.Registry.get_pledge_health_all]; the rules are set out in
 * the documentation's pledges page.
 *
 * - The status ([property@Coprod.PledgeHealth:status]) is the recorded
 *   one ([property@Coprod.PledgeHealth:recorded-status]) corrected by the
 *   dates: revoked stays revoked; a pledge with no signed date, or signed
 *   after the date asked about, is a draft; an active pledge whose review
 *   date has passed (the day after it) is lapsed.
 * - A commitment is overdue when it is neither done nor abandoned and its
 *   due date has passed (the day after it; a due date of a month passes
 *   after its last day). Only a pledge in force (active or lapsed) has
 *   overdue commitments.
 * - The progress is the mean progress of the commitments not abandoned,
 *   a done commitment counting 100, rounded down; -1 if there are none.
 *
 * ```c
 * g_autoptr(GError) error = NULL;
 * g_autoptr(CoprodPledgeHealth) health =
 *   coprod_registry_get_pledge_health (registry, "pl-1", "2025-01-31", &error);
 *
 * if (health != NULL &&
 *     coprod_pledge_health_get_status (health) == COPROD_PLEDGE_STATUS_LAPSED)
 *   g_print ("%s missed its review\n", coprod_pledge_health_get_pledge_id (health));
 * ```
 *
 * Since: 0.1
 */

struct _CoprodPledgeHealth
{
  GObject parent_instance;

  CoprodPledge *pledge;
  char *as_of;
  CoprodPledgeStatus status;
  guint n_done;
  guint n_abandoned;
  GListModel *overdue;          /* a read-only CoprodRecordList */
  int progress;
  gboolean review_due;
  gboolean review_missed;
};

G_DEFINE_FINAL_TYPE (CoprodPledgeHealth, coprod_pledge_health, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PLEDGE,
  PROP_PLEDGE_ID,
  PROP_AS_OF,
  PROP_STATUS,
  PROP_RECORDED_STATUS,
  PROP_N_COMMITMENTS,
  PROP_N_DONE,
  PROP_N_ABANDONED,
  PROP_N_OVERDUE,
  PROP_OVERDUE_COMMITMENTS,
  PROP_PROGRESS,
  PROP_REVIEW_DUE,
  PROP_REVIEW_MISSED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
coprod_pledge_health_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  CoprodPledgeHealth *self = COPROD_PLEDGE_HEALTH (object);

  switch (prop_id)
    {
    case PROP_PLEDGE:
      g_value_set_object (value, self->pledge);
      break;
    case PROP_PLEDGE_ID:
      g_value_set_string (value, coprod_pledge_health_get_pledge_id (self));
      break;
    case PROP_AS_OF:
      g_value_set_string (value, self->as_of);
      break;
    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;
    case PROP_RECORDED_STATUS:
      g_value_set_enum (value, coprod_pledge_health_get_recorded_status (self));
      break;
    case PROP_N_COMMITMENTS:
      g_value_set_uint (value, coprod_pledge_health_get_n_commitments (self));
      break;
    case PROP_N_DONE:
      g_value_set_uint (value, self->n_done);
      break;
    case PROP_N_ABANDONED:
      g_value_set_uint (value, self->n_abandoned);
      break;
    case PROP_N_OVERDUE:
      g_value_set_uint (value, coprod_pledge_health_get_n_overdue (self));
      break;
    case PROP_OVERDUE_COMMITMENTS:
      g_value_set_object (value, self->overdue);
      break;
    case PROP_PROGRESS:
      g_value_set_int (value, self->progress);
      break;
    case PROP_REVIEW_DUE:
      g_value_set_boolean (value, self->review_due);
      break;
    case PROP_REVIEW_MISSED:
      g_value_set_boolean (value, self->review_missed);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coprod_pledge_health_dispose (GObject *object)
{
  CoprodPledgeHealth *self = COPROD_PLEDGE_HEALTH (object);

  g_clear_object (&self->pledge);
  g_clear_object (&self->overdue);

  G_OBJECT_CLASS (coprod_pledge_health_parent_class)->dispose (object);
}

static void
coprod_pledge_health_finalize (GObject *object)
{
  CoprodPledgeHealth *self = COPROD_PLEDGE_HEALTH (object);

  g_free (self->as_of);

  G_OBJECT_CLASS (coprod_pledge_health_parent_class)->finalize (object);
}

static void
coprod_pledge_health_class_init (CoprodPledgeHealthClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->get_property = coprod_pledge_health_get_property;
  object_class->dispose = coprod_pledge_health_dispose;
  object_class->finalize = coprod_pledge_health_finalize;

  /**
   * CoprodPledgeHealth:pledge:
   *
   * The pledge.
   *
   * Since: 0.1
   */
  properties[PROP_PLEDGE] = g_param_spec_object ("pledge", NULL, NULL, COPROD_TYPE_PLEDGE, flags);

  /**
   * CoprodPledgeHealth:pledge-id:
   *
   * The id of the pledge.
   *
   * Since: 0.1
   */
  properties[PROP_PLEDGE_ID] = g_param_spec_string ("pledge-id", NULL, NULL, NULL, flags);

  /**
   * CoprodPledgeHealth:as-of:
   *
   * The date the pledge was judged as of, `YYYY-MM-DD` (or as precise as
   * it was given).
   *
   * Since: 0.1
   */
  properties[PROP_AS_OF] = g_param_spec_string ("as-of", NULL, NULL, NULL, flags);

  /**
   * CoprodPledgeHealth:status:
   *
   * The status worked out from the recorded one and the dates: revoked,
   * draft (not signed as of the date), lapsed (a review missed, or
   * recorded as lapsed) or active.
   *
   * Since: 0.1
   */
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL, COPROD_TYPE_PLEDGE_STATUS,
                       COPROD_PLEDGE_STATUS_DRAFT, flags);

  /**
   * CoprodPledgeHealth:recorded-status:
   *
   * The status as the pledge records it, [property@Coprod.Pledge:status].
   *
   * Since: 0.1
   */
  properties[PROP_RECORDED_STATUS] =
    g_param_spec_enum ("recorded-status", NULL, NULL, COPROD_TYPE_PLEDGE_STATUS,
                       COPROD_PLEDGE_STATUS_DRAFT, flags);

  /**
   * CoprodPledgeHealth:n-commitments:
   *
   * How many commitments the pledge has.
   *
   * Since: 0.1
   */
  properties[PROP_N_COMMITMENTS] =
    g_param_spec_uint ("n-commitments", NULL, NULL, 0, G_MAXUINT, 0, flags);

  /**
   * CoprodPledgeHealth:n-done:
   *
   * How many of the commitments are done.
   *
   * Since: 0.1
   */
  properties[PROP_N_DONE] = g_param_spec_uint ("n-done", NULL, NULL, 0, G_MAXUINT, 0, flags);

  /**
   * CoprodPledgeHealth:n-abandoned:
   *
   * How many of the commitments were abandoned: they are neither overdue
   * nor counted in the progress.
   *
   * Since: 0.1
   */
  properties[PROP_N_ABANDONED] =
    g_param_spec_uint ("n-abandoned", NULL, NULL, 0, G_MAXUINT, 0, flags);

  /**
   * CoprodPledgeHealth:n-overdue:
   *
   * How many commitments are overdue as of the date.
   *
   * Since: 0.1
   */
  properties[PROP_N_OVERDUE] = g_param_spec_uint ("n-overdue", NULL, NULL, 0, G_MAXUINT, 0, flags);

  /**
   * CoprodPledgeHealth:overdue-commitments:
   *
   * The overdue commitments, a list model of [class@Coprod.Commitment] in
   * the pledge's order.
   *
   * Since: 0.1
   */
  properties[PROP_OVERDUE_COMMITMENTS] =
    g_param_spec_object ("overdue-commitments", NULL, NULL, G_TYPE_LIST_MODEL, flags);

  /**
   * CoprodPledgeHealth:progress:
   *
   * How far the commitments have got overall, from 0 to 100: the mean
   * progress of those not abandoned, a done one counting 100, rounded
   * down; -1 if no commitment counts.
   *
   * Since: 0.1
   */
  properties[PROP_PROGRESS] = g_param_spec_int ("progress", NULL, NULL, -1, 100, -1, flags);

  /**
   * CoprodPledgeHealth:review-due:
   *
   * Whether the pledge's review falls due on the date: the review date is
   * the date, or (for an imprecise review date such as `2025-07`)
   * contains it.
   *
   * Since: 0.1
   */
  properties[PROP_REVIEW_DUE] = g_param_spec_boolean ("review-due", NULL, NULL, FALSE, flags);

  /**
   * CoprodPledgeHealth:review-missed:
   *
   * Whether the pledge's review date has passed as of the date, which
   * makes an active pledge lapsed.
   *
   * Since: 0.1
   */
  properties[PROP_REVIEW_MISSED] =
    g_param_spec_boolean ("review-missed", NULL, NULL, FALSE, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
coprod_pledge_health_init (CoprodPledgeHealth *self)
{
  self->overdue = G_LIST_MODEL (_coprod_record_list_new (COPROD_TYPE_COMMITMENT));
  self->progress = -1;
}

/**
 * coprod_pledge_health_get_pledge:
 * @self: a pledge's health
 *
 * Gets the pledge.
 *
 * Returns: (transfer none): the pledge
 *
 * Since: 0.1
 */
CoprodPledge *
coprod_pledge_health_get_pledge (CoprodPledgeHealth *self)
{
  g_return_val_if_fail (COPROD_IS_PLEDGE_HEALTH (self), NULL);

  return self->pledge;
}

/**
 * coprod_pledge_health_get_pledge_id:
 * @self: a pledge's health
 *
 * Gets the id of the pledge.
 *
 * Returns: the id
 *
 * Since: 0.1
 */
const char *
coprod_pledge_health_get_pledge_id (CoprodPledgeHealth *self)
{
  g_return_val_if_fail (COPROD_IS_PLEDGE_HEALTH (self), NULL);

  return coprod_record_get_id (COPROD_RECORD (self->pledge));
}

/**
 * coprod_pledge_health_get_as_of:
 * @self: a pledge's health
 *
 * Gets the date the pledge was judged as of.
 *
 * Returns: an ISO 8601 date
 *
 * Since: 0.1
 */
const char *
coprod_pledge_health_get_as_of (CoprodPledgeHealth *self)
{
  g_return_val_if_fail (COPROD_IS_PLEDGE_HEALTH (self), NULL);

  return self->as_of;
}

/**
 * coprod_pledge_health_get_status:
 * @self: a pledge's health
 *
 * Gets the status worked out from the recorded status and the dates (see
 * [property@Coprod.PledgeHealth:status]).
 *
 * Returns: the status as of the date
 *
 * Since: 0.1
 */
CoprodPledgeStatus
coprod_pledge_health_get_status (CoprodPledgeHealth *self)
{
  g_return_val_if_fail (COPROD_IS_PLEDGE_HEALTH (self), COPROD_PLEDGE_STATUS_DRAFT);

  return self->status;
}

/**
 * coprod_pledge_health_get_recorded_status:
 * @self: a pledge's health
 *
 * Gets the status the pledge records.
 *
 * Returns: the recorded status
 *
 * Since: 0.1
 */
CoprodPledgeStatus
coprod_pledge_health_get_recorded_status (CoprodPledgeHealth *self)
{
  g_return_val_if_fail (COPROD_IS_PLEDGE_HEALTH (self), COPROD_PLEDGE_STATUS_DRAFT);

  return coprod_pledge_get_status (self->pledge);
}

/**
 * coprod_pledge_health_get_n_commitments:
 * @self: a pledge's health
 *
 * Gets how many commitments the pledge has.
 *
 * Returns: the number of commitments
 *
 * Since: 0.1
 */
guint
coprod_pledge_health_get_n_commitments (CoprodPledgeHealth *self)
{
  g_return_val_if_fail (COPROD_IS_PLEDGE_HEALTH (self), 0);

  return g_list_model_get_n_items (coprod_pledge_get_commitments (self->pledge));
}

/**
 * coprod_pledge_health_get_n_done:
 * @self: a pledge's health
 *
 * Gets how many of the commitments are done.
 *
 * Returns: the number of commitments done
 *
 * Since: 0.1
 */
guint
coprod_pledge_health_get_n_done (CoprodPledgeHealth *self)
{
  g_return_val_if_fail (COPROD_IS_PLEDGE_HEALTH (self), 0);

  return self->n_done;
}

/**
 * coprod_pledge_health_get_n_abandoned:
 * @self: a pledge's health
 *
 * Gets how many of the commitments were abandoned.
 *
 * Returns: the number of commitments abandoned
 *
 * Since: 0.1
 */
guint
coprod_pledge_health_get_n_abandoned (CoprodPledgeHealth *self)
{
  g_return_val_if_fail (COPROD_IS_PLEDGE_HEALTH (self), 0);

  return self->n_abandoned;
}

/**
 * coprod_pledge_health_get_n_overdue:
 * @self: a pledge's health
 *
 * Gets how many commitments are overdue as of the date.
 *
 * Returns: the number of overdue commitments
 *
 * Since: 0.1
 */
guint
coprod_pledge_health_get_n_overdue (CoprodPledgeHealth *self)
{
  g_return_val_if_fail (COPROD_IS_PLEDGE_HEALTH (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->overdue));
}

/**
 * coprod_pledge_health_get_overdue_commitments:
 * @self: a pledge's health
 *
 * Gets the overdue commitments, in the pledge's order.
 *
 * Returns: (transfer none): a list model of [class@Coprod.Commitment]
 *
 * Since: 0.1
 */
GListModel *
coprod_pledge_health_get_overdue_commitments (CoprodPledgeHealth *self)
{
  g_return_val_if_fail (COPROD_IS_PLEDGE_HEALTH (self), NULL);

  return G_LIST_MODEL (self->overdue);
}

/**
 * coprod_pledge_health_get_progress:
 * @self: a pledge's health
 *
 * Gets how far the commitments have got overall (see
 * [property@Coprod.PledgeHealth:progress]).
 *
 * Returns: a percentage from 0 to 100, or -1 if no commitment counts
 *
 * Since: 0.1
 */
int
coprod_pledge_health_get_progress (CoprodPledgeHealth *self)
{
  g_return_val_if_fail (COPROD_IS_PLEDGE_HEALTH (self), -1);

  return self->progress;
}

/**
 * coprod_pledge_health_get_review_due:
 * @self: a pledge's health
 *
 * Gets whether the pledge's review falls due on the date.
 *
 * Returns: %TRUE if the review is due
 *
 * Since: 0.1
 */
gboolean
coprod_pledge_health_get_review_due (CoprodPledgeHealth *self)
{
  g_return_val_if_fail (COPROD_IS_PLEDGE_HEALTH (self), FALSE);

  return self->review_due;
}

/**
 * coprod_pledge_health_get_review_missed:
 * @self: a pledge's health
 *
 * Gets whether the pledge's review date has passed as of the date.
 *
 * Returns: %TRUE if the review was missed
 *
 * Since: 0.1
 */
gboolean
coprod_pledge_health_get_review_missed (CoprodPledgeHealth *self)
{
  g_return_val_if_fail (COPROD_IS_PLEDGE_HEALTH (self), FALSE);

  return self->review_missed;
}

/* The engine */

/* The status of @pledge as of @as_of; whether its review was missed */
CoprodPledgeStatus
_coprod_pledge_status_as_of (CoprodPledge *pledge,
                             const char   *as_of,
                             gboolean     *review_missed)
{
  CoprodPledgeStatus recorded = coprod_pledge_get_status (pledge);
  const char *signed_date = coprod_pledge_get_signed_date (pledge);
  const char *review_date = coprod_pledge_get_review_date (pledge);
  gboolean missed;

  missed = review_date != NULL && coprod_date_compare (review_date, as_of) < 0;
  if (review_missed != NULL)
    *review_missed = missed;

  if (recorded == COPROD_PLEDGE_STATUS_REVOKED)
    return COPROD_PLEDGE_STATUS_REVOKED;
  if (recorded == COPROD_PLEDGE_STATUS_DRAFT || signed_date == NULL ||
      coprod_date_compare (signed_date, as_of) > 0)
    return COPROD_PLEDGE_STATUS_DRAFT;
  if (recorded == COPROD_PLEDGE_STATUS_LAPSED || missed)
    return COPROD_PLEDGE_STATUS_LAPSED;

  return COPROD_PLEDGE_STATUS_ACTIVE;
}

static CoprodPledgeHealth *
pledge_health (CoprodPledge *pledge,
               const char   *as_of)
{
  CoprodPledgeHealth *self = g_object_new (COPROD_TYPE_PLEDGE_HEALTH, NULL);
  const CoprodField *commitments = _coprod_fields_find (COPROD_TYPE_PLEDGE, "commitments");
  const char *review_date = coprod_pledge_get_review_date (pledge);
  guint i, n = _coprod_field_get_n_children (pledge, commitments);
  guint64 sum = 0;
  guint counted = 0;
  gboolean in_force;

  self->pledge = g_object_ref (pledge);
  self->as_of = g_strdup (as_of);
  self->status = _coprod_pledge_status_as_of (pledge, as_of, &self->review_missed);
  in_force = self->status == COPROD_PLEDGE_STATUS_ACTIVE ||
             self->status == COPROD_PLEDGE_STATUS_LAPSED;
  self->review_due = in_force && review_date != NULL &&
                     coprod_date_compare (review_date, as_of) == 0;

  for (i = 0; i < n; i++)
    {
      CoprodCommitment *commitment = _coprod_field_peek_child (pledge, commitments, i);
      CoprodCommitmentStatus status = coprod_commitment_get_status (commitment);
      const char *due = coprod_commitment_get_due_date (commitment);

      switch (status)
        {
        case COPROD_COMMITMENT_STATUS_ABANDONED:
          self->n_abandoned++;
          continue;
        case COPROD_COMMITMENT_STATUS_DONE:
          self->n_done++;
          sum += 100;
          counted++;
          continue;
        case COPROD_COMMITMENT_STATUS_NOT_STARTED:
        case COPROD_COMMITMENT_STATUS_IN_PROGRESS:
        default:
          sum += coprod_commitment_get_progress (commitment);
          counted++;
          break;
        }

      if (in_force && due != NULL && coprod_date_compare (due, as_of) < 0)
        _coprod_record_list_append (COPROD_RECORD_LIST (self->overdue), commitment);
    }

  if (counted > 0)
    self->progress = (int) (sum / counted);

  return self;
}

/**
 * coprod_registry_get_pledge_health:
 * @self: a registry
 * @pledge_id: the id of a pledge
 * @as_of: (nullable): the date to judge by, `YYYY-MM-DD` (or `YYYY-MM` or
 *   `YYYY`); %NULL for today in the local time zone
 * @error: return location for a #GError
 *
 * Works out how the pledge @pledge_id stands as of @as_of: its status,
 * overdue commitments, progress and review (see [class@Coprod.PledgeHealth]).
 *
 * Returns: (transfer full): the pledge's health; or %NULL with
 *   %COPROD_ERROR_NOT_FOUND if @pledge_id is not the id of a pledge, or
 *   %COPROD_ERROR_DATE if @as_of is not a valid date
 *
 * Since: 0.1
 */
CoprodPledgeHealth *
coprod_registry_get_pledge_health (CoprodRegistry  *self,
                                   const char      *pledge_id,
                                   const char      *as_of,
                                   GError         **error)
{
  g_autofree char *date = NULL;
  CoprodRecord *record;

  g_return_val_if_fail (COPROD_IS_REGISTRY (self), NULL);
  g_return_val_if_fail (pledge_id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  date = _coprod_date_resolve_as_of (as_of, error);
  if (date == NULL)
    return NULL;

  record = coprod_registry_lookup (self, pledge_id);
  if (!COPROD_IS_PLEDGE (record))
    {
      if (record != NULL)
        g_set_error (error, COPROD_ERROR, COPROD_ERROR_NOT_FOUND,
                     "the record %s is not a pledge", pledge_id);
      else
        g_set_error_literal (error, COPROD_ERROR, COPROD_ERROR_NOT_FOUND,
                             "no pledge of the registry has that id");
      return NULL;
    }

  return pledge_health (COPROD_PLEDGE (record), date);
}

/**
 * coprod_registry_get_pledge_health_all:
 * @self: a registry
 * @as_of: (nullable): the date to judge by, `YYYY-MM-DD` (or `YYYY-MM` or
 *   `YYYY`); %NULL for today in the local time zone
 * @error: return location for a #GError
 *
 * Works out how every pledge of the registry stands as of @as_of, as
 * [method@Coprod.Registry.get_pledge_health] does for one.
 *
 * Returns: (transfer full): a list model of [class@Coprod.PledgeHealth],
 *   one per pledge in the order of the pledges; or %NULL with
 *   %COPROD_ERROR_DATE if @as_of is not a valid date
 *
 * Since: 0.1
 */
GListModel *
coprod_registry_get_pledge_health_all (CoprodRegistry  *self,
                                       const char      *as_of,
                                       GError         **error)
{
  g_autofree char *date = NULL;
  GListModel *pledges;
  g_autoptr(GPtrArray) healths = NULL;
  CoprodRecordList *result;
  guint i, n;

  g_return_val_if_fail (COPROD_IS_REGISTRY (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  date = _coprod_date_resolve_as_of (as_of, error);
  if (date == NULL)
    return NULL;

  pledges = coprod_registry_get_pledges (self);
  n = g_list_model_get_n_items (pledges);
  healths = g_ptr_array_new_full (n, g_object_unref);
  for (i = 0; i < n; i++)
    g_ptr_array_add (healths, pledge_health (_coprod_record_list_peek (COPROD_RECORD_LIST (pledges), i), date));
  result = _coprod_record_list_new (COPROD_TYPE_PLEDGE_HEALTH);
  _coprod_record_list_take_all (result, healths);

  return G_LIST_MODEL (result);
}
