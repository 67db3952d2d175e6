/* coprod-report.h: reports for people to read, and open data tables
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(COPROD_INSIDE) && !defined(COPROD_COMPILATION)
# error "Only <libcoprod/coprod.h> can be included directly."
#endif

#include <gio/gio.h>

#include "coprod-ladder.h"
#include "coprod-registry.h"
#include "coprod-version.h"

G_BEGIN_DECLS

/**
 * CoprodReportScope:
 * @COPROD_REPORT_SCOPE_REGISTRY: the whole registry
 * @COPROD_REPORT_SCOPE_PARTNERSHIP: one partnership and its projects
 * @COPROD_REPORT_SCOPE_PROJECT: one project
 * @COPROD_REPORT_SCOPE_PERSON: one person's own statement of what they
 *   took part in ("my involvement"), the only report that names its reader
 *
 * What a [class@Coprod.Report] covers.
 *
 * Since: 0.1
 */
typedef enum
{
  COPROD_REPORT_SCOPE_REGISTRY,
  COPROD_REPORT_SCOPE_PARTNERSHIP,
  COPROD_REPORT_SCOPE_PROJECT,
  COPROD_REPORT_SCOPE_PERSON,
} CoprodReportScope;

/**
 * CoprodReportFormat:
 * @COPROD_REPORT_FORMAT_TEXT: plain text, wrapped at the report's width
 * @COPROD_REPORT_FORMAT_MARKDOWN: Markdown (CommonMark with pipe tables)
 * @COPROD_REPORT_FORMAT_HTML: one self-contained, accessible HTML file
 *   with SVG charts
 * @COPROD_REPORT_FORMAT_JSON: the report's sections and its data tables as JSON
 * @COPROD_REPORT_FORMAT_CSV: one data table (see [property@Coprod.Report:table])
 *   as CSV
 *
 * How a [class@Coprod.Report] is written.
 *
 * Since: 0.1
 */
typedef enum
{
  COPROD_REPORT_FORMAT_TEXT,
  COPROD_REPORT_FORMAT_MARKDOWN,
  COPROD_REPORT_FORMAT_HTML,
  COPROD_REPORT_FORMAT_JSON,
  COPROD_REPORT_FORMAT_CSV,
} CoprodReportFormat;

/**
 * CoprodReportTable:
 * @COPROD_REPORT_TABLE_PROJECTS: one row per project, with its assessment
 * @COPROD_REPORT_TABLE_INVOLVEMENTS: one row per involvement
 * @COPROD_REPORT_TABLE_MEETINGS: one row per meeting
 * @COPROD_REPORT_TABLE_PAYMENTS: one row per payment
 * @COPROD_REPORT_TABLE_OUTPUTS: one row per output
 * @COPROD_REPORT_TABLE_PROPOSALS: one row per proposal
 *
 * The open data tables of a [class@Coprod.Report]. Their nicks name their
 * files: `projects.csv` and its column description
 * `projects.csv-metadata.json`.
 *
 * Since: 0.1
 */
typedef enum
{
  COPROD_REPORT_TABLE_PROJECTS,
  COPROD_REPORT_TABLE_INVOLVEMENTS,
  COPROD_REPORT_TABLE_MEETINGS,
  COPROD_REPORT_TABLE_PAYMENTS,
  COPROD_REPORT_TABLE_OUTPUTS,
  COPROD_REPORT_TABLE_PROPOSALS,
} CoprodReportTable;

/**
 * COPROD_REPORT_DEFAULT_WIDTH:
 *
 * The column at which a [class@Coprod.Report] in plain text wraps prose
 * unless told otherwise: 78.
 *
 * Since: 0.1
 */
#define COPROD_REPORT_DEFAULT_WIDTH 78

#define COPROD_TYPE_REPORT (coprod_report_get_type ())

COPROD_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (CoprodReport, coprod_report, COPROD, REPORT, GObject)

COPROD_AVAILABLE_IN_ALL
CoprodReport       *coprod_report_new             (CoprodRegistry     *registry) G_GNUC_WARN_UNUSED_RESULT;

COPROD_AVAILABLE_IN_ALL
CoprodRegistry     *coprod_report_get_registry    (CoprodReport       *self);
COPROD_AVAILABLE_IN_ALL
void                coprod_report_set_registry    (CoprodReport       *self,
                                                   CoprodRegistry     *registry);
COPROD_AVAILABLE_IN_ALL
CoprodReportScope   coprod_report_get_scope       (CoprodReport       *self);
COPROD_AVAILABLE_IN_ALL
void                coprod_report_set_scope       (CoprodReport       *self,
                                                   CoprodReportScope   scope);
COPROD_AVAILABLE_IN_ALL
const char         *coprod_report_get_subject_id  (CoprodReport       *self);
COPROD_AVAILABLE_IN_ALL
void                coprod_report_set_subject_id  (CoprodReport       *self,
                                                   const char         *subject_id);
COPROD_AVAILABLE_IN_ALL
CoprodReportFormat  coprod_report_get_format      (CoprodReport       *self);
COPROD_AVAILABLE_IN_ALL
void                coprod_report_set_format      (CoprodReport       *self,
                                                   CoprodReportFormat  format);
COPROD_AVAILABLE_IN_ALL
const char         *coprod_report_get_as_of       (CoprodReport       *self);
COPROD_AVAILABLE_IN_ALL
void                coprod_report_set_as_of       (CoprodReport       *self,
                                                   const char         *as_of);
COPROD_AVAILABLE_IN_ALL
guint               coprod_report_get_width       (CoprodReport       *self);
COPROD_AVAILABLE_IN_ALL
void                coprod_report_set_width       (CoprodReport       *self,
                                                   guint               width);
COPROD_AVAILABLE_IN_ALL
CoprodLadder       *coprod_report_get_ladder      (CoprodReport       *self);
COPROD_AVAILABLE_IN_ALL
void                coprod_report_set_ladder      (CoprodReport       *self,
                                                   CoprodLadder       *ladder);
COPROD_AVAILABLE_IN_ALL
CoprodReportTable   coprod_report_get_table       (CoprodReport       *self);
COPROD_AVAILABLE_IN_ALL
void                coprod_report_set_table       (CoprodReport       *self,
                                                   CoprodReportTable   table);
COPROD_AVAILABLE_IN_ALL
gboolean            coprod_report_get_gripp2      (CoprodReport       *self);
COPROD_AVAILABLE_IN_ALL
void                coprod_report_set_gripp2      (CoprodReport       *self,
                                                   gboolean            gripp2);

COPROD_AVAILABLE_IN_ALL
char               *coprod_report_to_data         (CoprodReport       *self,
                                                   gsize              *length,
                                                   GError            **error) G_GNUC_WARN_UNUSED_RESULT;
COPROD_AVAILABLE_IN_ALL
gboolean            coprod_report_to_file         (CoprodReport       *self,
                                                   GFile              *file,
                                                   GCancellable       *cancellable,
                                                   GError            **error);
COPROD_AVAILABLE_IN_ALL
gboolean            coprod_report_to_stream       (CoprodReport       *self,
                                                   GOutputStream      *stream,
                                                   GCancellable       *cancellable,
                                                   GError            **error);
COPROD_AVAILABLE_IN_ALL
gboolean            coprod_report_write_csv_tables (CoprodReport      *self,
                                                    GFile             *directory,
                                                    GCancellable      *cancellable,
                                                    GError           **error);

G_END_DECLS
