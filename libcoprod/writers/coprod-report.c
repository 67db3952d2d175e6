/* coprod-report.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "coprod-enum-types.h"
#include "coprod-error.h"
#include "coprod-report.h"
#include "coprod-report-private.h"
#include "coprod-write-private.h"
#include "coprod-suppression-private.h"

/**
 * CoprodReport:
 *
 * Writes a report for people to read, over a registry, one partnership,
 * one project or one person, shaped like json-glib's `JsonGenerator`: its
 * options are properties, and it writes to a string, a file or a stream.
 *
 * The formats are plain text, Markdown, JSON, and HTML as one
 * self-contained file (no outside assets, readable offline) with landmarks,
 * headings, a table of contents, and SVG charts, each with its title and
 * its description: the ladder with each project's place, its aim and its
 * projected rung; the per-stage picture with the count of each way of
 * taking part; and, for each project's values review (and a partnership's),
 * each practice's score from the records and from people side by side.
 * CSV gives the open data tables (projects, involvements,
 * meetings, payments, outputs, proposals), each with a column description
 * ([method@Coprod.Report.write_csv_tables]).
 *
 * The prose is plain language: records are named by their titles, people
 * are counted, never named, and no id appears (ids appear in the JSON
 * tables and the CSV, for joining). The one exception is a report on one
 * person ([enum@Coprod.ReportScope.PERSON], "my involvement"), a statement
 * for its reader to keep, which names them. Research projects (those whose
 * partnership has an academic member, or every project when
 * [property@Coprod.Report:gripp2] is set) get a GRIPP2 short-form section.
 *
 * ```c
 * g_autoptr(CoprodReport) report = coprod_report_new (registry);
 * g_autoptr(GError) error = NULL;
 * g_autofree char *html = NULL;
 *
 * coprod_report_set_scope (report, COPROD_REPORT_SCOPE_PROJECT);
 * coprod_report_set_subject_id (report, "prj-stoke-cop");
 * coprod_report_set_format (report, COPROD_REPORT_FORMAT_HTML);
 * html = coprod_report_to_data (report, NULL, &error);
 * ```
 *
 * Since: 0.1
 */

struct _CoprodReport
{
  GObject parent_instance;

  CoprodRegistry     *registry;
  CoprodReportScope   scope;
  char               *subject_id;
  CoprodReportFormat  format;
  char               *as_of;
  guint               width;
  CoprodLadder       *ladder;
  CoprodReportTable   table;
  gboolean            gripp2;
  CoprodAudience      audience;
  GBytes             *key;
  guint               suppression_threshold;
};

G_DEFINE_FINAL_TYPE (CoprodReport, coprod_report, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_REGISTRY,
  PROP_SCOPE,
  PROP_SUBJECT_ID,
  PROP_FORMAT,
  PROP_AS_OF,
  PROP_WIDTH,
  PROP_LADDER,
  PROP_TABLE,
  PROP_GRIPP2,
  PROP_AUDIENCE,
  PROP_KEY,
  PROP_SUPPRESSION_THRESHOLD,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
coprod_report_dispose (GObject *object)
{
  CoprodReport *self = COPROD_REPORT (object);

  g_clear_object (&self->registry);
  g_clear_object (&self->ladder);
  G_OBJECT_CLASS (coprod_report_parent_class)->dispose (object);
}

static void
coprod_report_finalize (GObject *object)
{
  CoprodReport *self = COPROD_REPORT (object);

  g_free (self->subject_id);
  g_free (self->as_of);
  g_clear_pointer (&self->key, g_bytes_unref);
  G_OBJECT_CLASS (coprod_report_parent_class)->finalize (object);
}

static void
coprod_report_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  CoprodReport *self = COPROD_REPORT (object);

  switch (prop_id)
    {
    case PROP_REGISTRY: g_value_set_object (value, self->registry); break;
    case PROP_SCOPE: g_value_set_enum (value, self->scope); break;
    case PROP_SUBJECT_ID: g_value_set_string (value, self->subject_id); break;
    case PROP_FORMAT: g_value_set_enum (value, self->format); break;
    case PROP_AS_OF: g_value_set_string (value, self->as_of); break;
    case PROP_WIDTH: g_value_set_uint (value, self->width); break;
    case PROP_LADDER: g_value_set_object (value, coprod_report_get_ladder (self)); break;
    case PROP_TABLE: g_value_set_enum (value, self->table); break;
    case PROP_GRIPP2: g_value_set_boolean (value, self->gripp2); break;
    case PROP_AUDIENCE: g_value_set_enum (value, self->audience); break;
    case PROP_KEY: g_value_set_boxed (value, self->key); break;
    case PROP_SUPPRESSION_THRESHOLD: g_value_set_uint (value, self->suppression_threshold); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coprod_report_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  CoprodReport *self = COPROD_REPORT (object);

  switch (prop_id)
    {
    case PROP_REGISTRY: coprod_report_set_registry (self, g_value_get_object (value)); break;
    case PROP_SCOPE: coprod_report_set_scope (self, g_value_get_enum (value)); break;
    case PROP_SUBJECT_ID: coprod_report_set_subject_id (self, g_value_get_string (value)); break;
    case PROP_FORMAT: coprod_report_set_format (self, g_value_get_enum (value)); break;
    case PROP_AS_OF: coprod_report_set_as_of (self, g_value_get_string (value)); break;
    case PROP_WIDTH: coprod_report_set_width (self, g_value_get_uint (value)); break;
    case PROP_LADDER: coprod_report_set_ladder (self, g_value_get_object (value)); break;
    case PROP_TABLE: coprod_report_set_table (self, g_value_get_enum (value)); break;
    case PROP_GRIPP2: coprod_report_set_gripp2 (self, g_value_get_boolean (value)); break;
    case PROP_AUDIENCE: coprod_report_set_audience (self, g_value_get_enum (value)); break;
    case PROP_KEY: coprod_report_set_key (self, g_value_get_boxed (value)); break;
    case PROP_SUPPRESSION_THRESHOLD: coprod_report_set_suppression_threshold (self, g_value_get_uint (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coprod_report_class_init (CoprodReportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->dispose = coprod_report_dispose;
  object_class->finalize = coprod_report_finalize;
  object_class->get_property = coprod_report_get_property;
  object_class->set_property = coprod_report_set_property;

  /**
   * CoprodReport:registry:
   *
   * The registry the report reads.
   *
   * Since: 0.1
   */
  properties[PROP_REGISTRY] =
    g_param_spec_object ("registry", NULL, NULL, COPROD_TYPE_REGISTRY, flags);

  /**
   * CoprodReport:scope:
   *
   * What the report covers: the whole registry (the default), or the one
   * partnership, project or person named by [property@Coprod.Report:subject-id].
   *
   * Since: 0.1
   */
  properties[PROP_SCOPE] =
    g_param_spec_enum ("scope", NULL, NULL, COPROD_TYPE_REPORT_SCOPE,
                       COPROD_REPORT_SCOPE_REGISTRY, flags);

  /**
   * CoprodReport:subject-id:
   *
   * The id of the partnership, project or person the report is on; unused
   * for a report on the whole registry.
   *
   * Since: 0.1
   */
  properties[PROP_SUBJECT_ID] =
    g_param_spec_string ("subject-id", NULL, NULL, NULL, flags);

  /**
   * CoprodReport:format:
   *
   * How the report is written; plain text unless told otherwise.
   *
   * Since: 0.1
   */
  properties[PROP_FORMAT] =
    g_param_spec_enum ("format", NULL, NULL, COPROD_TYPE_REPORT_FORMAT,
                       COPROD_REPORT_FORMAT_TEXT, flags);

  /**
   * CoprodReport:as-of:
   *
   * The date the report is as of (`YYYY-MM-DD`), or %NULL for today.
   *
   * Since: 0.1
   */
  properties[PROP_AS_OF] =
    g_param_spec_string ("as-of", NULL, NULL, NULL, flags);

  /**
   * CoprodReport:width:
   *
   * The column at which plain text wraps its prose; 0 for no wrapping.
   *
   * Since: 0.1
   */
  properties[PROP_WIDTH] =
    g_param_spec_uint ("width", NULL, NULL, 0, G_MAXUINT, COPROD_REPORT_DEFAULT_WIDTH, flags);

  /**
   * CoprodReport:ladder:
   *
   * The ladder whose words the report uses for the rungs; the default
   * ladder when unset.
   *
   * Since: 0.1
   */
  properties[PROP_LADDER] =
    g_param_spec_object ("ladder", NULL, NULL, COPROD_TYPE_LADDER, flags);

  /**
   * CoprodReport:table:
   *
   * The data table written in the CSV format.
   *
   * Since: 0.1
   */
  properties[PROP_TABLE] =
    g_param_spec_enum ("table", NULL, NULL, COPROD_TYPE_REPORT_TABLE,
                       COPROD_REPORT_TABLE_PROJECTS, flags);

  /**
   * CoprodReport:gripp2:
   *
   * Whether every project gets a GRIPP2 short-form section, not only
   * research projects (those whose partnership has an academic member).
   *
   * Since: 0.1
   */
  properties[PROP_GRIPP2] =
    g_param_spec_boolean ("gripp2", NULL, NULL, FALSE, flags);

  /**
   * CoprodReport:audience:
   *
   * Who the report is for. A report for the organisation holding the
   * registry ([enum@Coprod.Audience.INTERNAL], the default) reads the
   * registry as it is. A report for partners or the public reads what
   * [method@Coprod.Registry.export] gives that audience under
   * [property@Coprod.Report:key]: no contacts, access needs or free-text
   * notes, withdrawn people left out with what they did, everyone else
   * under a keyed pseudonym unless they agreed to be named to that
   * audience. It therefore needs a key, and it cannot be a report on one
   * person ("my involvement" is for its reader alone).
   *
   * A report for the public also hides small numbers: every count of
   * people, or of records about people, from 1 to
   * [property@Coprod.Report:suppression-threshold] is shown as `[c]`, every
   * other count but 0 is rounded to the nearest 5, and more counts are
   * hidden in a table wherever a hidden one could be worked out from its
   * totals; the report states the method. It shows no money paid to
   * people, no table of who took part or who was paid, and in CSV those
   * two tables hold their header only.
   *
   * Since: 0.1
   */
  properties[PROP_AUDIENCE] =
    g_param_spec_enum ("audience", NULL, NULL, COPROD_TYPE_AUDIENCE,
                       COPROD_AUDIENCE_INTERNAL, flags);

  /**
   * CoprodReport:key:
   *
   * The secret key of the pseudonyms in a report for partners or the public
   * (at least 16 bytes), as [method@Coprod.Registry.export] takes it; the
   * report never writes it. Unused for an internal report.
   *
   * Since: 0.1
   */
  properties[PROP_KEY] =
    g_param_spec_boxed ("key", NULL, NULL, G_TYPE_BYTES, flags);

  /**
   * CoprodReport:suppression-threshold:
   *
   * In a report for the public, the largest count that is hidden: counts
   * from 1 to this are shown as `[c]`. 7 unless told otherwise; at least 1.
   *
   * Since: 0.1
   */
  properties[PROP_SUPPRESSION_THRESHOLD] =
    g_param_spec_uint ("suppression-threshold", NULL, NULL, 1, G_MAXUINT,
                       COPROD_SUPPRESSION_DEFAULT_THRESHOLD, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
coprod_report_init (CoprodReport *self)
{
  self->width = COPROD_REPORT_DEFAULT_WIDTH;
  self->suppression_threshold = COPROD_SUPPRESSION_DEFAULT_THRESHOLD;
}

/**
 * coprod_report_new:
 * @registry: (nullable): the registry to report on
 *
 * Makes a report on the whole of @registry, in plain text, as of today.
 *
 * Returns: (transfer full): a new report
 *
 * Since: 0.1
 */
CoprodReport *
coprod_report_new (CoprodRegistry *registry)
{
  g_return_val_if_fail (registry == NULL || COPROD_IS_REGISTRY (registry), NULL);

  return g_object_new (COPROD_TYPE_REPORT, "registry", registry, NULL);
}

/**
 * coprod_report_get_registry:
 * @self: a report
 *
 * Gets [property@Coprod.Report:registry].
 *
 * Returns: (transfer none) (nullable): the registry the report reads
 *
 * Since: 0.1
 */
CoprodRegistry *
coprod_report_get_registry (CoprodReport *self)
{
  g_return_val_if_fail (COPROD_IS_REPORT (self), NULL);
  return self->registry;
}

/**
 * coprod_report_set_registry:
 * @self: a report
 * @registry: (nullable): the registry to read
 *
 * Sets [property@Coprod.Report:registry].
 *
 * Since: 0.1
 */
void
coprod_report_set_registry (CoprodReport   *self,
                            CoprodRegistry *registry)
{
  g_return_if_fail (COPROD_IS_REPORT (self));
  g_return_if_fail (registry == NULL || COPROD_IS_REGISTRY (registry));

  if (g_set_object (&self->registry, registry))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REGISTRY]);
}

/**
 * coprod_report_get_scope:
 * @self: a report
 *
 * Gets [property@Coprod.Report:scope].
 *
 * Returns: what the report covers
 *
 * Since: 0.1
 */
CoprodReportScope
coprod_report_get_scope (CoprodReport *self)
{
  g_return_val_if_fail (COPROD_IS_REPORT (self), COPROD_REPORT_SCOPE_REGISTRY);
  return self->scope;
}

/**
 * coprod_report_set_scope:
 * @self: a report
 * @scope: what the report covers
 *
 * Sets [property@Coprod.Report:scope].
 *
 * Since: 0.1
 */
void
coprod_report_set_scope (CoprodReport      *self,
                         CoprodReportScope  scope)
{
  g_return_if_fail (COPROD_IS_REPORT (self));
  g_return_if_fail (scope <= COPROD_REPORT_SCOPE_PERSON);

  if (self->scope == scope)
    return;
  self->scope = scope;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCOPE]);
}

/**
 * coprod_report_get_subject_id:
 * @self: a report
 *
 * Gets [property@Coprod.Report:subject-id].
 *
 * Returns: (nullable): the id of the partnership, project or person the
 *   report is on
 *
 * Since: 0.1
 */
const char *
coprod_report_get_subject_id (CoprodReport *self)
{
  g_return_val_if_fail (COPROD_IS_REPORT (self), NULL);
  return self->subject_id;
}

/**
 * coprod_report_set_subject_id:
 * @self: a report
 * @subject_id: (nullable): the id of a partnership, project or person
 *
 * Sets [property@Coprod.Report:subject-id].
 *
 * Since: 0.1
 */
void
coprod_report_set_subject_id (CoprodReport *self,
                              const char   *subject_id)
{
  g_return_if_fail (COPROD_IS_REPORT (self));

  if (g_strcmp0 (self->subject_id, subject_id) == 0)
    return;
  g_free (self->subject_id);
  self->subject_id = g_strdup (subject_id);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUBJECT_ID]);
}

/**
 * coprod_report_get_format:
 * @self: a report
 *
 * Gets [property@Coprod.Report:format].
 *
 * Returns: how the report is written
 *
 * Since: 0.1
 */
CoprodReportFormat
coprod_report_get_format (CoprodReport *self)
{
  g_return_val_if_fail (COPROD_IS_REPORT (self), COPROD_REPORT_FORMAT_TEXT);
  return self->format;
}

/**
 * coprod_report_set_format:
 * @self: a report
 * @format: how to write the report
 *
 * Sets [property@Coprod.Report:format].
 *
 * Since: 0.1
 */
void
coprod_report_set_format (CoprodReport       *self,
                          CoprodReportFormat  format)
{
  g_return_if_fail (COPROD_IS_REPORT (self));
  g_return_if_fail (format <= COPROD_REPORT_FORMAT_CSV);

  if (self->format == format)
    return;
  self->format = format;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FORMAT]);
}

/**
 * coprod_report_get_as_of:
 * @self: a report
 *
 * Gets [property@Coprod.Report:as-of].
 *
 * Returns: (nullable): the date the report is as of, or %NULL for today
 *
 * Since: 0.1
 */
const char *
coprod_report_get_as_of (CoprodReport *self)
{
  g_return_val_if_fail (COPROD_IS_REPORT (self), NULL);
  return self->as_of;
}

/**
 * coprod_report_set_as_of:
 * @self: a report
 * @as_of: (nullable): a date, `YYYY-MM-DD`, or %NULL for today
 *
 * Sets [property@Coprod.Report:as-of]. The date is checked when the report
 * is written.
 *
 * Since: 0.1
 */
void
coprod_report_set_as_of (CoprodReport *self,
                         const char   *as_of)
{
  g_return_if_fail (COPROD_IS_REPORT (self));

  if (g_strcmp0 (self->as_of, as_of) == 0)
    return;
  g_free (self->as_of);
  self->as_of = g_strdup (as_of);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AS_OF]);
}

/**
 * coprod_report_get_width:
 * @self: a report
 *
 * Gets [property@Coprod.Report:width].
 *
 * Returns: the column at which plain text wraps
 *
 * Since: 0.1
 */
guint
coprod_report_get_width (CoprodReport *self)
{
  g_return_val_if_fail (COPROD_IS_REPORT (self), COPROD_REPORT_DEFAULT_WIDTH);
  return self->width;
}

/**
 * coprod_report_set_width:
 * @self: a report
 * @width: a column, or 0 for no wrapping
 *
 * Sets [property@Coprod.Report:width].
 *
 * Since: 0.1
 */
void
coprod_report_set_width (CoprodReport *self,
                         guint         width)
{
  g_return_if_fail (COPROD_IS_REPORT (self));

  if (self->width == width)
    return;
  self->width = width;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WIDTH]);
}

/**
 * coprod_report_get_ladder:
 * @self: a report
 *
 * Gets [property@Coprod.Report:ladder].
 *
 * Returns: (transfer none): the ladder whose words the report uses (the
 *   default ladder unless one was set)
 *
 * Since: 0.1
 */
CoprodLadder *
coprod_report_get_ladder (CoprodReport *self)
{
  g_return_val_if_fail (COPROD_IS_REPORT (self), NULL);
  return self->ladder != NULL ? self->ladder : coprod_ladder_get_default ();
}

/**
 * coprod_report_set_ladder:
 * @self: a report
 * @ladder: (nullable): a ladder, or %NULL for the default
 *
 * Sets [property@Coprod.Report:ladder].
 *
 * Since: 0.1
 */
void
coprod_report_set_ladder (CoprodReport *self,
                          CoprodLadder *ladder)
{
  g_return_if_fail (COPROD_IS_REPORT (self));
  g_return_if_fail (ladder == NULL || COPROD_IS_LADDER (ladder));

  if (g_set_object (&self->ladder, ladder))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LADDER]);
}

/**
 * coprod_report_get_table:
 * @self: a report
 *
 * Gets [property@Coprod.Report:table].
 *
 * Returns: the data table the CSV format writes
 *
 * Since: 0.1
 */
CoprodReportTable
coprod_report_get_table (CoprodReport *self)
{
  g_return_val_if_fail (COPROD_IS_REPORT (self), COPROD_REPORT_TABLE_PROJECTS);
  return self->table;
}

/**
 * coprod_report_set_table:
 * @self: a report
 * @table: a data table
 *
 * Sets [property@Coprod.Report:table].
 *
 * Since: 0.1
 */
void
coprod_report_set_table (CoprodReport      *self,
                         CoprodReportTable  table)
{
  g_return_if_fail (COPROD_IS_REPORT (self));
  g_return_if_fail (table < COPROD_REPORT_N_TABLES);

  if (self->table == table)
    return;
  self->table = table;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TABLE]);
}

/**
 * coprod_report_get_gripp2:
 * @self: a report
 *
 * Gets [property@Coprod.Report:gripp2].
 *
 * Returns: whether every project gets a GRIPP2 short-form section
 *
 * Since: 0.1
 */
gboolean
coprod_report_get_gripp2 (CoprodReport *self)
{
  g_return_val_if_fail (COPROD_IS_REPORT (self), FALSE);
  return self->gripp2;
}

/**
 * coprod_report_set_gripp2:
 * @self: a report
 * @gripp2: whether every project gets a GRIPP2 short-form section
 *
 * Sets [property@Coprod.Report:gripp2].
 *
 * Since: 0.1
 */
void
coprod_report_set_gripp2 (CoprodReport *self,
                          gboolean      gripp2)
{
  g_return_if_fail (COPROD_IS_REPORT (self));

  gripp2 = !!gripp2;
  if (self->gripp2 == gripp2)
    return;
  self->gripp2 = gripp2;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GRIPP2]);
}

/**
 * coprod_report_get_audience:
 * @self: a report
 *
 * Gets [property@Coprod.Report:audience].
 *
 * Returns: who the report is for
 *
 * Since: 0.1
 */
CoprodAudience
coprod_report_get_audience (CoprodReport *self)
{
  g_return_val_if_fail (COPROD_IS_REPORT (self), COPROD_AUDIENCE_INTERNAL);
  return self->audience;
}

/**
 * coprod_report_set_audience:
 * @self: a report
 * @audience: who the report is for
 *
 * Sets [property@Coprod.Report:audience].
 *
 * Since: 0.1
 */
void
coprod_report_set_audience (CoprodReport   *self,
                            CoprodAudience  audience)
{
  g_return_if_fail (COPROD_IS_REPORT (self));
  g_return_if_fail (audience <= COPROD_AUDIENCE_PUBLIC);

  if (self->audience == audience)
    return;
  self->audience = audience;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AUDIENCE]);
}

/**
 * coprod_report_get_key:
 * @self: a report
 *
 * Gets [property@Coprod.Report:key].
 *
 * Returns: (transfer none) (nullable): the key of the pseudonyms
 *
 * Since: 0.1
 */
GBytes *
coprod_report_get_key (CoprodReport *self)
{
  g_return_val_if_fail (COPROD_IS_REPORT (self), NULL);
  return self->key;
}

/**
 * coprod_report_set_key:
 * @self: a report
 * @key: (nullable): the secret key of the pseudonyms
 *
 * Sets [property@Coprod.Report:key].
 *
 * Since: 0.1
 */
void
coprod_report_set_key (CoprodReport *self,
                       GBytes       *key)
{
  g_return_if_fail (COPROD_IS_REPORT (self));

  if (self->key == key || (self->key != NULL && key != NULL && g_bytes_equal (self->key, key)))
    return;
  g_clear_pointer (&self->key, g_bytes_unref);
  self->key = key != NULL ? g_bytes_ref (key) : NULL;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KEY]);
}

/**
 * coprod_report_get_suppression_threshold:
 * @self: a report
 *
 * Gets [property@Coprod.Report:suppression-threshold].
 *
 * Returns: the largest count a report for the public hides
 *
 * Since: 0.1
 */
guint
coprod_report_get_suppression_threshold (CoprodReport *self)
{
  g_return_val_if_fail (COPROD_IS_REPORT (self), COPROD_SUPPRESSION_DEFAULT_THRESHOLD);
  return self->suppression_threshold;
}

/**
 * coprod_report_set_suppression_threshold:
 * @self: a report
 * @threshold: the largest count to hide, at least 1
 *
 * Sets [property@Coprod.Report:suppression-threshold].
 *
 * Since: 0.1
 */
void
coprod_report_set_suppression_threshold (CoprodReport *self,
                                         guint         threshold)
{
  g_return_if_fail (COPROD_IS_REPORT (self));
  g_return_if_fail (threshold >= 1);

  if (self->suppression_threshold == threshold)
    return;
  self->suppression_threshold = threshold;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUPPRESSION_THRESHOLD]);
}

static gboolean
context_init (CoprodReport        *self,
              CoprodReportContext *ctx,
              GError             **error)
{
  memset (ctx, 0, sizeof *ctx);
  if (self->registry == NULL)
    {
      g_set_error_literal (error, COPROD_ERROR, COPROD_ERROR_FAILED,
                           "the report has no registry to read");
      return FALSE;
    }
  if (self->audience != COPROD_AUDIENCE_INTERNAL)
    {
      g_autoptr(CoprodRegistry) exported = NULL;

      if (self->scope == COPROD_REPORT_SCOPE_PERSON)
        {
          g_set_error_literal (error, COPROD_ERROR, COPROD_ERROR_INVALID,
                               "a report on one person (\"my involvement\") is for its reader "
                               "alone: its audience must be internal");
          return FALSE;
        }
      if (self->key == NULL)
        {
          g_set_error_literal (error, COPROD_ERROR, COPROD_ERROR_INVALID,
                               "a report for partners or the public needs the key of the pseudonyms");
          return FALSE;
        }
      exported = coprod_registry_export (self->registry, self->audience, self->key, error);
      if (exported == NULL)
        return FALSE;
      if (!_coprod_report_context_init (ctx, exported, coprod_report_get_ladder (self),
                                        self->scope, self->subject_id, self->as_of,
                                        self->gripp2, error))
        return FALSE;
      ctx->exported = g_steal_pointer (&exported);
    }
  else if (!_coprod_report_context_init (ctx, self->registry, coprod_report_get_ladder (self),
                                         self->scope, self->subject_id, self->as_of,
                                         self->gripp2, error))
    return FALSE;
  ctx->audience = self->audience;
  ctx->threshold = self->suppression_threshold;
  return TRUE;
}

/**
 * coprod_report_to_data:
 * @self: a report
 * @length: (out) (optional): return location for the length in bytes
 * @error: return location for a #GError
 *
 * Writes the report in its format. Fails if the subject is not in the
 * registry or not of the scope's type, or if the as-of date is not a date.
 *
 * Returns: (transfer full) (nullable): the report, UTF-8
 *
 * Since: 0.1
 */
char *
coprod_report_to_data (CoprodReport  *self,
                       gsize         *length,
                       GError       **error)
{
  CoprodReportContext ctx;
  char *data;

  g_return_val_if_fail (COPROD_IS_REPORT (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!context_init (self, &ctx, error))
    {
      _coprod_report_context_clear (&ctx);
      return NULL;
    }
  if (self->format == COPROD_REPORT_FORMAT_CSV)
    data = _coprod_report_table_csv (&ctx, self->table);
  else
    {
      g_autoptr(CoprodReportDoc) doc = _coprod_report_write_sections (&ctx);
      g_autofree char *tables = NULL;

      if (self->format == COPROD_REPORT_FORMAT_JSON)
        tables = _coprod_report_tables_json (&ctx);
      data = _coprod_report_doc_render (doc, self->format, self->width, ctx.as_of, tables);
    }
  _coprod_report_context_clear (&ctx);
  if (length != NULL)
    *length = strlen (data);
  return data;
}

/**
 * coprod_report_to_file:
 * @self: a report
 * @file: where to write it
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Writes the report to @file atomically (a temporary file beside it,
 * synced, then renamed over it), with mode 0600, since a report may hold
 * what people said and were paid.
 *
 * Returns: %TRUE if the report was written
 *
 * Since: 0.1
 */
gboolean
coprod_report_to_file (CoprodReport  *self,
                       GFile         *file,
                       GCancellable  *cancellable,
                       GError       **error)
{
  g_autofree char *data = NULL;
  gsize length = 0;

  g_return_val_if_fail (COPROD_IS_REPORT (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  data = coprod_report_to_data (self, &length, error);
  if (data == NULL)
    return FALSE;
  return _coprod_write_private_file (file, data, length, cancellable, error);
}

/**
 * coprod_report_to_stream:
 * @self: a report
 * @stream: a stream to write to
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Writes the report to @stream, which is not closed.
 *
 * Returns: %TRUE if the whole report was written
 *
 * Since: 0.1
 */
gboolean
coprod_report_to_stream (CoprodReport   *self,
                         GOutputStream  *stream,
                         GCancellable   *cancellable,
                         GError        **error)
{
  g_autofree char *data = NULL;
  gsize length = 0;

  g_return_val_if_fail (COPROD_IS_REPORT (self), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  data = coprod_report_to_data (self, &length, error);
  if (data == NULL)
    return FALSE;
  return g_output_stream_write_all (stream, data, length, NULL, cancellable, error);
}

/**
 * coprod_report_write_csv_tables:
 * @self: a report
 * @directory: an existing directory
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Writes every data table of the report's scope into @directory, for
 * open data: `projects.csv`, `involvements.csv`, `meetings.csv`,
 * `payments.csv`, `outputs.csv` and `proposals.csv` (RFC 4180, UTF-8, a
 * header row), each beside its column description in CSV on the Web
 * metadata (`projects.csv-metadata.json`: each column's name, datatype
 * and description). Each file is written as [method@Coprod.Report.to_file]
 * writes. A text cell a spreadsheet would read as a formula (starting
 * `=`, `+`, `-` or `@`) is written after an apostrophe.
 *
 * Returns: %TRUE if every file was written
 *
 * Since: 0.1
 */
gboolean
coprod_report_write_csv_tables (CoprodReport  *self,
                                GFile         *directory,
                                GCancellable  *cancellable,
                                GError       **error)
{
  CoprodReportContext ctx;
  gboolean ok = TRUE;
  guint t;

  g_return_val_if_fail (COPROD_IS_REPORT (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (directory), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!context_init (self, &ctx, error))
    {
      _coprod_report_context_clear (&ctx);
      return FALSE;
    }
  for (t = 0; ok && t < COPROD_REPORT_N_TABLES; t++)
    {
      g_autoptr(GEnumClass) klass = g_type_class_ref (COPROD_TYPE_REPORT_TABLE);
      const char *name = g_enum_get_value (klass, t)->value_nick;
      g_autofree char *csv_name = g_strdup_printf ("%s.csv", name);
      g_autofree char *meta_name = g_strdup_printf ("%s.csv-metadata.json", name);
      g_autoptr(GFile) csv_file = g_file_get_child (directory, csv_name);
      g_autoptr(GFile) meta_file = g_file_get_child (directory, meta_name);
      g_autofree char *csv = _coprod_report_table_csv (&ctx, t);
      g_autofree char *meta = _coprod_report_table_metadata (&ctx, t);

      ok = _coprod_write_private_file (csv_file, csv, strlen (csv), cancellable, error) &&
           _coprod_write_private_file (meta_file, meta, strlen (meta), cancellable, error);
    }
  _coprod_report_context_clear (&ctx);
  return ok;
}
