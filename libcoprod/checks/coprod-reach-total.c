/* coprod-reach-total.c: the reach of a group of outputs, lower bounds kept
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "coprod-enum-types.h"
#include "coprod-reach-total-private.h"

/**
 * CoprodReachTotal:
 *
 * The reach of the outputs of one project, partnership or kind of output,
 * or of all outputs: a row of a [class@Coprod.ReachSummary].
 *
 * Each figure comes with a [enum@Coprod.FigureQualifier]. A total is exact
 * only if every figure in it is exact; if any is a lower bound, so is the
 * total: "more than" if any figure in it is "more than", else "at least".
 * So source 003's "more than 40,000" page views stay "more than" in every
 * total that holds them. Outputs that record no figure add nothing, and are
 * told apart by [property@Coprod.ReachTotal:n-with-page-views] and
 * [property@Coprod.ReachTotal:n-with-people-reached].
 *
 * ```c
 * g_autoptr(CoprodReachTotal) total = coprod_reach_summary_get_total (summary);
 *
 * if (coprod_reach_total_get_page_views_qualifier (total) == COPROD_FIGURE_QUALIFIER_MORE_THAN)
 *   g_print ("more than %" G_GINT64_FORMAT " page views\n",
 *            coprod_reach_total_get_page_views (total));
 * ```
 *
 * Since: 0.1
 */

G_DEFINE_FINAL_TYPE (CoprodReachTotal, coprod_reach_total, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_SUBJECT_ID,
  PROP_KIND,
  PROP_N_OUTPUTS,
  PROP_PAGE_VIEWS,
  PROP_PAGE_VIEWS_QUALIFIER,
  PROP_N_WITH_PAGE_VIEWS,
  PROP_PEOPLE_REACHED,
  PROP_PEOPLE_REACHED_QUALIFIER,
  PROP_N_WITH_PEOPLE_REACHED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
coprod_reach_total_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  CoprodReachTotal *self = COPROD_REACH_TOTAL (object);

  switch (prop_id)
    {
    case PROP_SUBJECT_ID:
      g_value_set_string (value, self->subject_id);
      break;

    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    case PROP_N_OUTPUTS:
      g_value_set_uint (value, self->n_outputs);
      break;

    case PROP_PAGE_VIEWS:
      g_value_set_int64 (value, self->page_views);
      break;

    case PROP_PAGE_VIEWS_QUALIFIER:
      g_value_set_enum (value, self->page_views_qualifier);
      break;

    case PROP_N_WITH_PAGE_VIEWS:
      g_value_set_uint (value, self->n_with_page_views);
      break;

    case PROP_PEOPLE_REACHED:
      g_value_set_int64 (value, self->people_reached);
      break;

    case PROP_PEOPLE_REACHED_QUALIFIER:
      g_value_set_enum (value, self->people_reached_qualifier);
      break;

    case PROP_N_WITH_PEOPLE_REACHED:
      g_value_set_uint (value, self->n_with_people_reached);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coprod_reach_total_finalize (GObject *object)
{
  CoprodReachTotal *self = COPROD_REACH_TOTAL (object);

  g_clear_pointer (&self->subject_id, g_ref_string_release);

  G_OBJECT_CLASS (coprod_reach_total_parent_class)->finalize (object);
}

static void
coprod_reach_total_class_init (CoprodReachTotalClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = coprod_reach_total_get_property;
  object_class->finalize = coprod_reach_total_finalize;

  /**
   * CoprodReachTotal:subject-id:
   *
   * The id of the project or partnership the total is for, or %NULL for a
   * total by kind and for the total of all outputs.
   *
   * Since: 0.1
   */
  properties[PROP_SUBJECT_ID] =
    g_param_spec_string ("subject-id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CoprodReachTotal:kind:
   *
   * For a total by kind, the kind of output; otherwise
   * %COPROD_OUTPUT_KIND_OTHER and meaningless.
   *
   * Since: 0.1
   */
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, COPROD_TYPE_OUTPUT_KIND, COPROD_OUTPUT_KIND_OTHER,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CoprodReachTotal:n-outputs:
   *
   * How many outputs the total covers.
   *
   * Since: 0.1
   */
  properties[PROP_N_OUTPUTS] =
    g_param_spec_uint ("n-outputs", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CoprodReachTotal:page-views:
   *
   * The sum of the page views recorded.
   *
   * Since: 0.1
   */
  properties[PROP_PAGE_VIEWS] =
    g_param_spec_int64 ("page-views", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CoprodReachTotal:page-views-qualifier:
   *
   * Whether [property@Coprod.ReachTotal:page-views] is exact or a lower
   * bound.
   *
   * Since: 0.1
   */
  properties[PROP_PAGE_VIEWS_QUALIFIER] =
    g_param_spec_enum ("page-views-qualifier", NULL, NULL, COPROD_TYPE_FIGURE_QUALIFIER, COPROD_FIGURE_QUALIFIER_EXACT,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CoprodReachTotal:n-with-page-views:
   *
   * How many of the outputs record page views.
   *
   * Since: 0.1
   */
  properties[PROP_N_WITH_PAGE_VIEWS] =
    g_param_spec_uint ("n-with-page-views", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CoprodReachTotal:people-reached:
   *
   * The sum of the people reached recorded.
   *
   * Since: 0.1
   */
  properties[PROP_PEOPLE_REACHED] =
    g_param_spec_int64 ("people-reached", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CoprodReachTotal:people-reached-qualifier:
   *
   * Whether [property@Coprod.ReachTotal:people-reached] is exact or a
   * lower bound.
   *
   * Since: 0.1
   */
  properties[PROP_PEOPLE_REACHED_QUALIFIER] =
    g_param_spec_enum ("people-reached-qualifier", NULL, NULL, COPROD_TYPE_FIGURE_QUALIFIER, COPROD_FIGURE_QUALIFIER_EXACT,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CoprodReachTotal:n-with-people-reached:
   *
   * How many of the outputs record people reached.
   *
   * Since: 0.1
   */
  properties[PROP_N_WITH_PEOPLE_REACHED] =
    g_param_spec_uint ("n-with-people-reached", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
coprod_reach_total_init (CoprodReachTotal *self)
{
  self->kind = COPROD_OUTPUT_KIND_OTHER;
  self->page_views_qualifier = COPROD_FIGURE_QUALIFIER_EXACT;
  self->people_reached_qualifier = COPROD_FIGURE_QUALIFIER_EXACT;
}

CoprodReachTotal *
_coprod_reach_total_new (void)
{
  return g_object_new (COPROD_TYPE_REACH_TOTAL, NULL);
}

/**
 * coprod_reach_total_get_subject_id:
 * @self: a CoprodReachTotal
 *
 * Gets the value of [property@Coprod.ReachTotal:subject-id].
 *
 * Returns: (nullable): the value
 *
 * Since: 0.1
 */
const char *
coprod_reach_total_get_subject_id (CoprodReachTotal *self)
{
  g_return_val_if_fail (COPROD_IS_REACH_TOTAL (self), NULL);

  return self->subject_id;
}

/**
 * coprod_reach_total_get_kind:
 * @self: a CoprodReachTotal
 *
 * Gets the value of [property@Coprod.ReachTotal:kind].
 *
 * Returns: the value
 *
 * Since: 0.1
 */
CoprodOutputKind
coprod_reach_total_get_kind (CoprodReachTotal *self)
{
  g_return_val_if_fail (COPROD_IS_REACH_TOTAL (self), COPROD_OUTPUT_KIND_OTHER);

  return self->kind;
}

/**
 * coprod_reach_total_get_n_outputs:
 * @self: a CoprodReachTotal
 *
 * Gets the value of [property@Coprod.ReachTotal:n-outputs].
 *
 * Returns: the value
 *
 * Since: 0.1
 */
guint
coprod_reach_total_get_n_outputs (CoprodReachTotal *self)
{
  g_return_val_if_fail (COPROD_IS_REACH_TOTAL (self), 0);

  return self->n_outputs;
}

/**
 * coprod_reach_total_get_page_views:
 * @self: a CoprodReachTotal
 *
 * Gets the value of [property@Coprod.ReachTotal:page-views].
 *
 * Returns: the value
 *
 * Since: 0.1
 */
gint64
coprod_reach_total_get_page_views (CoprodReachTotal *self)
{
  g_return_val_if_fail (COPROD_IS_REACH_TOTAL (self), 0);

  return self->page_views;
}

/**
 * coprod_reach_total_get_page_views_qualifier:
 * @self: a CoprodReachTotal
 *
 * Gets the value of [property@Coprod.ReachTotal:page-views-qualifier].
 *
 * Returns: the value
 *
 * Since: 0.1
 */
CoprodFigureQualifier
coprod_reach_total_get_page_views_qualifier (CoprodReachTotal *self)
{
  g_return_val_if_fail (COPROD_IS_REACH_TOTAL (self), COPROD_FIGURE_QUALIFIER_EXACT);

  return self->page_views_qualifier;
}

/**
 * coprod_reach_total_get_n_with_page_views:
 * @self: a CoprodReachTotal
 *
 * Gets the value of [property@Coprod.ReachTotal:n-with-page-views].
 *
 * Returns: the value
 *
 * Since: 0.1
 */
guint
coprod_reach_total_get_n_with_page_views (CoprodReachTotal *self)
{
  g_return_val_if_fail (COPROD_IS_REACH_TOTAL (self), 0);

  return self->n_with_page_views;
}

/**
 * coprod_reach_total_get_people_reached:
 * @self: a CoprodReachTotal
 *
 * Gets the value of [property@Coprod.ReachTotal:people-reached].
 *
 * Returns: the value
 *
 * Since: 0.1
 */
gint64
coprod_reach_total_get_people_reached (CoprodReachTotal *self)
{
  g_return_val_if_fail (COPROD_IS_REACH_TOTAL (self), 0);

  return self->people_reached;
}

/**
 * coprod_reach_total_get_people_reached_qualifier:
 * @self: a CoprodReachTotal
 *
 * Gets the value of [property@Coprod.ReachTotal:people-reached-qualifier].
 *
 * Returns: the value
 *
 * Since: 0.1
 */
CoprodFigureQualifier
coprod_reach_total_get_people_reached_qualifier (CoprodReachTotal *self)
{
  g_return_val_if_fail (COPROD_IS_REACH_TOTAL (self), COPROD_FIGURE_QUALIFIER_EXACT);

  return self->people_reached_qualifier;
}

/**
 * coprod_reach_total_get_n_with_people_reached:
 * @self: a CoprodReachTotal
 *
 * Gets the value of [property@Coprod.ReachTotal:n-with-people-reached].
 *
 * Returns: the value
 *
 * Since: 0.1
 */
guint
coprod_reach_total_get_n_with_people_reached (CoprodReachTotal *self)
{
  g_return_val_if_fail (COPROD_IS_REACH_TOTAL (self), 0);

  return self->n_with_people_reached;
}
