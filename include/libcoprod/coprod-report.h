/* coprod-report.h: reports for people to read, and open data tables
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(COPROD_INSIDE) && !defined(COPROD_COMPILATION)
# error "Only <libcoprod/coprod.h> can be included directly."
#endif

#include <gio/gio.h>

#include "coprod-enums.h"
#include "coprod-ladder.h"
#include "coprod-registry.h"
#include "coprod-version.h"

G_BEGIN_DECLS

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
CoprodAudience      coprod_report_get_audience    (CoprodReport       *self);
COPROD_AVAILABLE_IN_ALL
void                coprod_report_set_audience    (CoprodReport       *self,
                                                   CoprodAudience      audience);
COPROD_AVAILABLE_IN_ALL
GBytes             *coprod_report_get_key         (CoprodReport       *self);
COPROD_AVAILABLE_IN_ALL
void                coprod_report_set_key         (CoprodReport       *self,
                                                   GBytes             *key);
COPROD_AVAILABLE_IN_ALL
guint               coprod_report_get_suppression_threshold (CoprodReport *self);
COPROD_AVAILABLE_IN_ALL
void                coprod_report_set_suppression_threshold (CoprodReport *self,
                                                             guint         threshold);

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
