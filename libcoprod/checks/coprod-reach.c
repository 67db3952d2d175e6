/* coprod-reach.c: the reach of outputs, lower bounds kept
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

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

typedef struct
{
  const char *as_of;
  GHashTable *counted;      /* CoprodOutput, those counted as of the date */
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
add_output (Run              *run,
            CoprodReachTotal *total,
            CoprodOutput     *output)
{
  if (!g_hash_table_contains (run->counted, output))
    return;

  total->n_outputs++;
  add_figure (run, &total->page_views, &total->page_views_qualifier, &total->n_with_page_views,
              coprod_output_get_page_views (output),
              coprod_output_get_page_views_qualifier (output));
  add_figure (run, &total->people_reached, &total->people_reached_qualifier,
              &total->n_with_people_reached,
              coprod_output_get_people_reached (output),
              coprod_output_get_people_reached_qualifier (output));
}

static void
add_outputs (Run              *run,
             CoprodReachTotal *total,
             GPtrArray        *outputs)
{
  guint i;

  for (i = 0; outputs != NULL && i < outputs->len; i++)
    add_output (run, total, g_ptr_array_index (outputs, i));
}

static CoprodReachTotal *
total_new (const char *subject_id)
{
  CoprodReachTotal *total = _coprod_reach_total_new ();

  total->subject_id = g_strdup (subject_id);
  return total;
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
  g_autoptr(GHashTable) counted = NULL;
  g_autoptr(GEnumClass) kinds = NULL;
  g_autoptr(GPtrArray) by_kind = NULL;
  GListModel *outputs, *projects, *partnerships;
  CoprodIndex *index;
  Run run = { 0 };
  guint i, j, n;

  g_return_val_if_fail (COPROD_IS_REGISTRY (registry), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  date = _coprod_date_resolve_as_of (as_of, error);
  if (date == NULL)
    return NULL;

  index = _coprod_registry_get_index (registry);
  outputs = coprod_registry_get_outputs (registry);
  projects = coprod_registry_get_projects (registry);
  partnerships = coprod_registry_get_partnerships (registry);

  summary = _coprod_reach_summary_new ();
  summary->as_of = g_strdup (date);
  summary->total = total_new (NULL);

  counted = g_hash_table_new (NULL, NULL);
  run.as_of = date;
  run.counted = counted;

  kinds = g_type_class_ref (COPROD_TYPE_OUTPUT_KIND);
  by_kind = g_ptr_array_new_with_free_func (g_object_unref);
  for (i = 0; i < kinds->n_values; i++)
    {
      CoprodReachTotal *total = total_new (NULL);

      total->kind = kinds->values[i].value;
      g_ptr_array_add (by_kind, total);
    }

  /* each output once: counted as of the date, by kind and overall */
  n = g_list_model_get_n_items (outputs);
  for (i = 0; i < n; i++)
    {
      g_autoptr(CoprodOutput) output = g_list_model_get_item (outputs, i);
      const char *when = coprod_output_get_published_date (output);
      CoprodOutputKind kind = coprod_output_get_kind (output);

      if (when == NULL)
        when = coprod_output_get_reach_from (output);
      if (when != NULL && coprod_date_compare (when, date) > 0)
        continue;

      g_hash_table_add (counted, output);
      add_output (&run, summary->total, output);
      for (j = 0; j < by_kind->len; j++)
        if (((CoprodReachTotal *) g_ptr_array_index (by_kind, j))->kind == kind)
          add_output (&run, g_ptr_array_index (by_kind, j), output);
    }
  for (j = 0; j < by_kind->len; j++)
    {
      CoprodReachTotal *total = g_ptr_array_index (by_kind, j);

      if (total->n_outputs > 0)
        g_list_store_append (summary->kinds, total);
    }

  n = g_list_model_get_n_items (projects);
  for (i = 0; i < n; i++)
    {
      g_autoptr(CoprodProject) project = g_list_model_get_item (projects, i);
      const char *id = coprod_record_get_id (COPROD_RECORD (project));
      g_autoptr(CoprodReachTotal) total = total_new (id);

      add_outputs (&run, total, _coprod_index_get (index, COPROD_RELATION_OUTPUTS_OF_PROJECT, id));
      if (total->n_outputs > 0)
        g_list_store_append (summary->projects, total);
    }

  n = g_list_model_get_n_items (partnerships);
  for (i = 0; i < n; i++)
    {
      g_autoptr(CoprodPartnership) partnership = g_list_model_get_item (partnerships, i);
      const char *id = coprod_record_get_id (COPROD_RECORD (partnership));
      g_autoptr(CoprodReachTotal) total = total_new (id);
      GPtrArray *its_projects = _coprod_index_get (index, COPROD_RELATION_PROJECTS_OF_PARTNERSHIP, id);

      for (j = 0; its_projects != NULL && j < its_projects->len; j++)
        add_outputs (&run, total,
                     _coprod_index_get (index, COPROD_RELATION_OUTPUTS_OF_PROJECT,
                                        coprod_record_get_id (g_ptr_array_index (its_projects, j))));
      if (total->n_outputs > 0)
        g_list_store_append (summary->partnerships, total);
    }

  if (run.overflow)
    {
      g_set_error_literal (error, COPROD_ERROR, COPROD_ERROR_NUMBER,
                           "a total of reach figures would be beyond 2^53-1");
      return NULL;
    }

  return g_steal_pointer (&summary);
}
