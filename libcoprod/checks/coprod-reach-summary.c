/* coprod-reach-summary.c: outputs and their reach, as of a date
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "coprod-enum-types.h"
#include "coprod-reach-summary-private.h"
#include "coprod-record-list-private.h"
#include "coprod-reach-total.h"

/**
 * CoprodReachSummary:
 *
 * The reach of a registry's outputs as of a date: totals of page views and
 * people reached per project, per partnership and per kind of output, and
 * overall, each a [class@Coprod.ReachTotal] that keeps lower bounds ("more
 * than 40,000") as lower bounds. Made by
 * [method@Coprod.Registry.summarise_reach].
 *
 * An output counts if it was published, or its reach period began, on or
 * before the summary's date, or if it has neither date.
 *
 * ```c
 * g_autoptr(CoprodReachSummary) summary =
 *   coprod_registry_summarise_reach (registry, NULL, &error);
 * ```
 *
 * Since: 0.1
 */

G_DEFINE_FINAL_TYPE (CoprodReachSummary, coprod_reach_summary, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_AS_OF,
  PROP_PROJECTS,
  PROP_PARTNERSHIPS,
  PROP_KINDS,
  PROP_TOTAL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
coprod_reach_summary_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  CoprodReachSummary *self = COPROD_REACH_SUMMARY (object);

  switch (prop_id)
    {
    case PROP_AS_OF:
      g_value_set_string (value, self->as_of);
      break;

    case PROP_PROJECTS:
      g_value_set_object (value, self->projects);
      break;

    case PROP_PARTNERSHIPS:
      g_value_set_object (value, self->partnerships);
      break;

    case PROP_KINDS:
      g_value_set_object (value, self->kinds);
      break;

    case PROP_TOTAL:
      g_value_set_object (value, self->total);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coprod_reach_summary_finalize (GObject *object)
{
  CoprodReachSummary *self = COPROD_REACH_SUMMARY (object);

  g_free (self->as_of);
  g_clear_object (&self->projects);
  g_clear_object (&self->partnerships);
  g_clear_object (&self->kinds);
  g_clear_object (&self->total);

  G_OBJECT_CLASS (coprod_reach_summary_parent_class)->finalize (object);
}

static void
coprod_reach_summary_class_init (CoprodReachSummaryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = coprod_reach_summary_get_property;
  object_class->finalize = coprod_reach_summary_finalize;

  /**
   * CoprodReachSummary:as-of:
   *
   * The date the summary was worked out as of, as an ISO 8601 date.
   *
   * Since: 0.1
   */
  properties[PROP_AS_OF] =
    g_param_spec_string ("as-of", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CoprodReachSummary:projects:
   *
   * The totals of each project with an output, a list of
   * [class@Coprod.ReachTotal] in the order of the projects.
   *
   * Since: 0.1
   */
  properties[PROP_PROJECTS] =
    g_param_spec_object ("projects", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CoprodReachSummary:partnerships:
   *
   * The totals of each partnership with an output of its projects, a list
   * of [class@Coprod.ReachTotal] in the order of the partnerships.
   *
   * Since: 0.1
   */
  properties[PROP_PARTNERSHIPS] =
    g_param_spec_object ("partnerships", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CoprodReachSummary:kinds:
   *
   * The totals of each kind of output there is, a list of
   * [class@Coprod.ReachTotal] in the order of [enum@Coprod.OutputKind].
   *
   * Since: 0.1
   */
  properties[PROP_KINDS] =
    g_param_spec_object ("kinds", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CoprodReachSummary:total:
   *
   * The total of all outputs counted.
   *
   * Since: 0.1
   */
  properties[PROP_TOTAL] =
    g_param_spec_object ("total", NULL, NULL, COPROD_TYPE_REACH_TOTAL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
coprod_reach_summary_init (CoprodReachSummary *self)
{
  self->projects = G_LIST_MODEL (_coprod_record_list_new (COPROD_TYPE_REACH_TOTAL));
  self->partnerships = G_LIST_MODEL (_coprod_record_list_new (COPROD_TYPE_REACH_TOTAL));
  self->kinds = G_LIST_MODEL (_coprod_record_list_new (COPROD_TYPE_REACH_TOTAL));
}

CoprodReachSummary *
_coprod_reach_summary_new (void)
{
  return g_object_new (COPROD_TYPE_REACH_SUMMARY, NULL);
}

/**
 * coprod_reach_summary_get_as_of:
 * @self: a CoprodReachSummary
 *
 * Gets the value of [property@Coprod.ReachSummary:as-of].
 *
 * Returns: the value
 *
 * Since: 0.1
 */
const char *
coprod_reach_summary_get_as_of (CoprodReachSummary *self)
{
  g_return_val_if_fail (COPROD_IS_REACH_SUMMARY (self), NULL);

  return self->as_of;
}

/**
 * coprod_reach_summary_get_projects:
 * @self: a CoprodReachSummary
 *
 * Gets the value of [property@Coprod.ReachSummary:projects].
 *
 * Returns: (transfer none): the list
 *
 * Since: 0.1
 */
GListModel *
coprod_reach_summary_get_projects (CoprodReachSummary *self)
{
  g_return_val_if_fail (COPROD_IS_REACH_SUMMARY (self), NULL);

  return G_LIST_MODEL (self->projects);
}

/**
 * coprod_reach_summary_get_partnerships:
 * @self: a CoprodReachSummary
 *
 * Gets the value of [property@Coprod.ReachSummary:partnerships].
 *
 * Returns: (transfer none): the list
 *
 * Since: 0.1
 */
GListModel *
coprod_reach_summary_get_partnerships (CoprodReachSummary *self)
{
  g_return_val_if_fail (COPROD_IS_REACH_SUMMARY (self), NULL);

  return G_LIST_MODEL (self->partnerships);
}

/**
 * coprod_reach_summary_get_kinds:
 * @self: a CoprodReachSummary
 *
 * Gets the value of [property@Coprod.ReachSummary:kinds].
 *
 * Returns: (transfer none): the list
 *
 * Since: 0.1
 */
GListModel *
coprod_reach_summary_get_kinds (CoprodReachSummary *self)
{
  g_return_val_if_fail (COPROD_IS_REACH_SUMMARY (self), NULL);

  return G_LIST_MODEL (self->kinds);
}

/**
 * coprod_reach_summary_get_total:
 * @self: a CoprodReachSummary
 *
 * Gets the value of [property@Coprod.ReachSummary:total].
 *
 * Returns: (transfer none) (nullable): the object
 *
 * Since: 0.1
 */
CoprodReachTotal *
coprod_reach_summary_get_total (CoprodReachSummary *self)
{
  g_return_val_if_fail (COPROD_IS_REACH_SUMMARY (self), NULL);

  return self->total;
}
