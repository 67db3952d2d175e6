/* coprod-reach.c: the reach of outputs, lower bounds kept
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "coprod-address-private.h"
#include "coprod-date.h"
#include "coprod-date-private.h"
#include "coprod-enum-types.h"
#include "coprod-error.h"
#include "coprod-field-private.h"
#include "coprod-index-private.h"
#include "coprod-output.h"
#include "coprod-partnership.h"
#include "coprod-project.h"
#include "coprod-reach-summary-private.h"
#include "coprod-reach-total-private.h"
#include "coprod-record.h"
#include "coprod-record-list-private.h"

/* The figures of one row, kept in an array while the engine runs; the
 * rows with outputs become CoprodReachTotals at the end */
typedef struct
{
  gint64 page_views;
  gint64 people_reached;
  guint n_outputs;
  guint n_with_page_views;
  guint n_with_people_reached;
  CoprodFigureQualifier page_views_qualifier;
  CoprodFigureQualifier people_reached_qualifier;
} Sums;

typedef struct
{
  gboolean overflow;
} Run;

/* "more than" wins over "at least", which wins over exact: a sum with a
 * part above its figure is above the sum of the figures */
static CoprodFigureQualifier
combine (CoprodFigureQualifier a,
         CoprodFigureQualifier b)
{
  return MAX (a, b);
}

static void
add_figure (Run                   *run,
            gint64                *sum,
            CoprodFigureQualifier *qualifier,
            guint                 *n_with,
            gint64                 figure,
            CoprodFigureQualifier  figure_qualifier)
{
  guint64 result;

  if (figure <= 0)
    return;

  if (!g_uint64_checked_add (&result, (guint64) *sum, (guint64) figure)
      || result > (guint64) COPROD_MAX_EXACT_INT)
    {
      run->overflow = TRUE;
      return;
    }
  *sum = (gint64) result;
  *qualifier = combine (*qualifier, figure_qualifier);
  (*n_with)++;
}

static void
add_output (Run          *run,
            Sums         *sums,
            CoprodOutput *output)
{
  sums->n_outputs++;
  add_figure (run, &sums->page_views, &sums->page_views_qualifier, &sums->n_with_page_views,
              coprod_output_get_page_views (output),
              coprod_output_get_page_views_qualifier (output));
  add_figure (run, &sums->people_reached, &sums->people_reached_qualifier,
              &sums->n_with_people_reached,
              coprod_output_get_people_reached (output),
              coprod_output_get_people_reached_qualifier (output));
}

static CoprodReachTotal *
total_new (const char *subject_id,
           const Sums *sums)
{
  CoprodReachTotal *total = _coprod_reach_total_new ();

  /* record ids are shared strings */
  total->subject_id = subject_id ? g_ref_string_acquire ((char *) subject_id) : NULL;
  total->n_outputs = sums->n_outputs;
  total->page_views = sums->page_views;
  total->page_views_qualifier = sums->page_views_qualifier;
  total->n_with_page_views = sums->n_with_page_views;
  total->people_reached = sums->people_reached;
  total->people_reached_qualifier = sums->people_reached_qualifier;
  total->n_with_people_reached = sums->n_with_people_reached;
  return total;
}

/* The rows of @records (a registry collection) with outputs, put in
 * @list (new, so that nothing is emitted) */
static void
keep_rows (GListModel *list,
           GListModel *records,
           const Sums *sums)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  guint i, n = g_list_model_get_n_items (records);

  for (i = 0; i < n; i++)
    if (sums[i].n_outputs > 0)
      g_ptr_array_add (rows, total_new (coprod_record_get_id (_coprod_record_list_peek (COPROD_RECORD_LIST (records), i)),
                                        &sums[i]));
  _coprod_record_list_take_all (COPROD_RECORD_LIST (list), rows);
}

/* The position in @map of the record @id names, if it is of @type; or -1 */
static gint
position_of (CoprodRegistry         *registry,
             const CoprodAddressMap *map,
             const char             *id,
             GType                   type)
{
  GType found = G_TYPE_INVALID;
  CoprodRecord *record;
  guint position;

  if (id == NULL)
    return -1;
  record = _coprod_registry_lookup_typed (registry, id, &found);
  return found == type && _coprod_address_map_find (map, record, &position) ? (gint) position : -1;
}

/**
 * coprod_registry_summarise_reach:
 * @registry: a registry
 * @as_of: (nullable): the date to work the summary out as of, an ISO 8601
 *   date; %NULL for today
 * @error: return location for a #GError, or %NULL
 *
 * Totals the page views and people reached of the registry's outputs per
 * project, per partnership (through its projects), per kind of output and
 * overall, as of @as_of, keeping lower bounds as lower bounds: see
 * [class@Coprod.ReachTotal].
 *
 * Returns: (transfer full): the summary, or %NULL with @error set if
 *   @as_of is not a valid date (%COPROD_ERROR_DATE) or a total would be
 *   beyond 2^53-1 (%COPROD_ERROR_NUMBER)
 *
 * Since: 0.1
 */
CoprodReachSummary *
coprod_registry_summarise_reach (CoprodRegistry  *registry,
                                 const char      *as_of,
                                 GError         **error)
{
  g_autofree char *date = NULL;
  g_autoptr(CoprodReachSummary) summary = NULL;
  g_autoptr(GEnumClass) kinds = NULL;
  g_autoptr(GPtrArray) by_kind = NULL;
  g_autofree Sums *kind_sums = NULL;
  g_autofree Sums *project_sums = NULL;
  g_autofree Sums *partnership_sums = NULL;
  g_autofree gint *partnership_of_project = NULL;
  CoprodAddressMap projects_map = { 0 }, partnerships_map = { 0 };
  GListModel *outputs, *projects, *partnerships;
  Sums total = { 0 };
  Run run = { 0 };
  guint i, j, n;

  g_return_val_if_fail (COPROD_IS_REGISTRY (registry), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  date = _coprod_date_resolve_as_of (as_of, error);
  if (date == NULL)
    return NULL;

  outputs = coprod_registry_get_outputs (registry);
  projects = coprod_registry_get_projects (registry);
  partnerships = coprod_registry_get_partnerships (registry);

  summary = _coprod_reach_summary_new ();
  summary->as_of = g_strdup (date);

  kinds = g_type_class_ref (COPROD_TYPE_OUTPUT_KIND);
  kind_sums = g_new0 (Sums, kinds->n_values);
  project_sums = g_new0 (Sums, MAX (g_list_model_get_n_items (projects), 1));
  partnership_sums = g_new0 (Sums, MAX (g_list_model_get_n_items (partnerships), 1));
  n = g_list_model_get_n_items (projects);
  partnership_of_project = g_new (gint, MAX (n, 1));
  for (i = 0; i < n; i++)
    partnership_of_project[i] = -2;     /* not yet known */
  _coprod_record_list_map_positions (COPROD_RECORD_LIST (projects), &projects_map);
  _coprod_record_list_map_positions (COPROD_RECORD_LIST (partnerships), &partnerships_map);

  /* each output once, if it counts as of the date: overall, by kind, for
   * its project and for the project's partnership */
  n = g_list_model_get_n_items (outputs);
  for (i = 0; i < n; i++)
    {
      CoprodOutput *output = _coprod_record_list_peek (COPROD_RECORD_LIST (outputs), i);
      const char *when = coprod_output_get_published_date (output);
      CoprodOutputKind kind = coprod_output_get_kind (output);
      gint project;

      if (when == NULL)
        when = coprod_output_get_reach_from (output);
      if (when != NULL && coprod_date_compare (when, date) > 0)
        continue;

      add_output (&run, &total, output);
      for (j = 0; j < kinds->n_values; j++)
        if (kinds->values[j].value == (gint) kind)
          add_output (&run, &kind_sums[j], output);

      project = position_of (registry, &projects_map, coprod_output_get_project_id (output),
                             COPROD_TYPE_PROJECT);
      if (project < 0)
        continue;
      add_output (&run, &project_sums[project], output);
      if (partnership_of_project[project] == -2)
        partnership_of_project[project] =
          position_of (registry, &partnerships_map,
                       coprod_project_get_partnership_id (_coprod_record_list_peek (COPROD_RECORD_LIST (projects), project)),
                       COPROD_TYPE_PARTNERSHIP);
      if (partnership_of_project[project] >= 0)
        add_output (&run, &partnership_sums[partnership_of_project[project]], output);
    }

  summary->total = total_new (NULL, &total);
  by_kind = g_ptr_array_new_with_free_func (g_object_unref);
  for (j = 0; j < kinds->n_values; j++)
    if (kind_sums[j].n_outputs > 0)
      {
        CoprodReachTotal *of_kind = total_new (NULL, &kind_sums[j]);

        of_kind->kind = kinds->values[j].value;
        g_ptr_array_add (by_kind, of_kind);
      }
  _coprod_record_list_take_all (COPROD_RECORD_LIST (summary->kinds), by_kind);
  keep_rows (summary->projects, projects, project_sums);
  keep_rows (summary->partnerships, partnerships, partnership_sums);

  _coprod_address_map_clear (&projects_map);
  _coprod_address_map_clear (&partnerships_map);

  if (run.overflow)
    {
      g_set_error_literal (error, COPROD_ERROR, COPROD_ERROR_NUMBER,
                           "a total of reach figures would be beyond 2^53-1");
      return NULL;
    }

  return g_steal_pointer (&summary);
}
