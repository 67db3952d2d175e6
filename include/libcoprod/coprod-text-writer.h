/* coprod-text-writer.h: results as plain text for people to read
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(COPROD_INSIDE) && !defined(COPROD_COMPILATION)
# error "Only <libcoprod/coprod.h> can be included directly."
#endif

#include <gio/gio.h>

#include "coprod-assessment.h"
#include "coprod-framework.h"
#include "coprod-ladder.h"
#include "coprod-payment-summary.h"
#include "coprod-reach-summary.h"
#include "coprod-registry.h"
#include "coprod-review-result.h"
#include "coprod-version.h"

G_BEGIN_DECLS

/**
 * COPROD_TEXT_WRITER_DEFAULT_WIDTH:
 *
 * The column at which a [class@Coprod.TextWriter] wraps prose unless told
 * otherwise: 78, so that lines fit a terminal of 80 columns.
 *
 * Since: 0.1
 */
#define COPROD_TEXT_WRITER_DEFAULT_WIDTH 78

#define COPROD_TYPE_TEXT_WRITER (coprod_text_writer_get_type ())

COPROD_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (CoprodTextWriter, coprod_text_writer, COPROD, TEXT_WRITER, GObject)

COPROD_AVAILABLE_IN_ALL
CoprodTextWriter *coprod_text_writer_new               (void) G_GNUC_WARN_UNUSED_RESULT;

COPROD_AVAILABLE_IN_ALL
guint             coprod_text_writer_get_width         (CoprodTextWriter *self);
COPROD_AVAILABLE_IN_ALL
void              coprod_text_writer_set_width         (CoprodTextWriter *self,
                                                        guint             width);

COPROD_AVAILABLE_IN_ALL
char             *coprod_text_writer_write_findings    (CoprodTextWriter *self,
                                                        GListModel       *findings) G_GNUC_WARN_UNUSED_RESULT;
COPROD_AVAILABLE_IN_ALL
char             *coprod_text_writer_write_validation  (CoprodTextWriter *self,
                                                        CoprodRegistry   *registry,
                                                        GListModel       *findings) G_GNUC_WARN_UNUSED_RESULT;
COPROD_AVAILABLE_IN_ALL
char             *coprod_text_writer_write_summary     (CoprodTextWriter *self,
                                                        CoprodRegistry   *registry) G_GNUC_WARN_UNUSED_RESULT;
COPROD_AVAILABLE_IN_ALL
char             *coprod_text_writer_write_assessment  (CoprodTextWriter *self,
                                                        CoprodRegistry   *registry,
                                                        CoprodAssessment *assessment,
                                                        CoprodLadder     *ladder) G_GNUC_WARN_UNUSED_RESULT;
COPROD_AVAILABLE_IN_ALL
char             *coprod_text_writer_write_assessments (CoprodTextWriter *self,
                                                        CoprodRegistry   *registry,
                                                        GListModel       *assessments,
                                                        CoprodLadder     *ladder) G_GNUC_WARN_UNUSED_RESULT;
COPROD_AVAILABLE_IN_ALL
char             *coprod_text_writer_write_ladder      (CoprodTextWriter *self,
                                                        CoprodLadder     *ladder) G_GNUC_WARN_UNUSED_RESULT;
COPROD_AVAILABLE_IN_ALL
char             *coprod_text_writer_write_ladders     (CoprodTextWriter *self) G_GNUC_WARN_UNUSED_RESULT;
COPROD_AVAILABLE_IN_ALL
char             *coprod_text_writer_write_framework   (CoprodTextWriter *self,
                                                        CoprodFramework  *framework) G_GNUC_WARN_UNUSED_RESULT;
COPROD_AVAILABLE_IN_ALL
char             *coprod_text_writer_write_frameworks  (CoprodTextWriter *self) G_GNUC_WARN_UNUSED_RESULT;
COPROD_AVAILABLE_IN_ALL
char             *coprod_text_writer_write_review      (CoprodTextWriter   *self,
                                                        CoprodReviewResult *result) G_GNUC_WARN_UNUSED_RESULT;
COPROD_AVAILABLE_IN_ALL
char             *coprod_text_writer_write_payments    (CoprodTextWriter     *self,
                                                        CoprodPaymentSummary *summary) G_GNUC_WARN_UNUSED_RESULT;
COPROD_AVAILABLE_IN_ALL
char             *coprod_text_writer_write_reach       (CoprodTextWriter     *self,
                                                        CoprodReachSummary   *summary) G_GNUC_WARN_UNUSED_RESULT;
COPROD_AVAILABLE_IN_ALL
char             *coprod_text_writer_write_pledges     (CoprodTextWriter *self,
                                                        GListModel       *pledge_health,
                                                        GListModel       *charter_adoptions) G_GNUC_WARN_UNUSED_RESULT;
COPROD_AVAILABLE_IN_ALL
char             *coprod_text_writer_write_seats       (CoprodTextWriter *self,
                                                        GListModel       *group_seats) G_GNUC_WARN_UNUSED_RESULT;

/* privacy: exports and purges (coprod-text-writer-privacy.c) */
COPROD_AVAILABLE_IN_ALL
char             *coprod_text_writer_write_export      (CoprodTextWriter *self,
                                                        CoprodRegistry   *source,
                                                        CoprodRegistry   *exported,
                                                        CoprodAudience    audience) G_GNUC_WARN_UNUSED_RESULT;
COPROD_AVAILABLE_IN_ALL
char             *coprod_text_writer_write_purge       (CoprodTextWriter *self,
                                                        GListModel       *removed) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
