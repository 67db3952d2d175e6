/* coprod-assessment.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(COPROD_INSIDE) && !defined(COPROD_COMPILATION)
# error "Only <libcoprod/coprod.h> can be included directly."
#endif

#include <gio/gio.h>

#include "coprod-enums.h"
#include "coprod-registry.h"
#include "coprod-version.h"

G_BEGIN_DECLS

#define COPROD_TYPE_ASSESSMENT (coprod_assessment_get_type ())

COPROD_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (CoprodAssessment, coprod_assessment, COPROD, ASSESSMENT, GObject)

COPROD_AVAILABLE_IN_ALL
CoprodAssessment   *coprod_registry_assess_project          (CoprodRegistry   *self,
                                                             const char       *project_id,
                                                             GError          **error) G_GNUC_WARN_UNUSED_RESULT;
COPROD_AVAILABLE_IN_ALL
GListModel         *coprod_registry_assess_partnership      (CoprodRegistry   *self,
                                                             const char       *partnership_id,
                                                             GError          **error) G_GNUC_WARN_UNUSED_RESULT;
COPROD_AVAILABLE_IN_ALL
GListModel         *coprod_registry_assess_all              (CoprodRegistry   *self) G_GNUC_WARN_UNUSED_RESULT;

COPROD_AVAILABLE_IN_ALL
const char         *coprod_assessment_get_project_id        (CoprodAssessment *self);
COPROD_AVAILABLE_IN_ALL
CoprodRung          coprod_assessment_get_rung              (CoprodAssessment *self);
COPROD_AVAILABLE_IN_ALL
CoprodRung          coprod_assessment_get_aimed_rung        (CoprodAssessment *self);
COPROD_AVAILABLE_IN_ALL
gboolean            coprod_assessment_get_aim_reached       (CoprodAssessment *self);
COPROD_AVAILABLE_IN_ALL
CoprodStage         coprod_assessment_get_stages            (CoprodAssessment *self);
COPROD_AVAILABLE_IN_ALL
CoprodMode          coprod_assessment_get_best_mode         (CoprodAssessment *self,
                                                             CoprodStage       stage);
COPROD_AVAILABLE_IN_ALL
const char * const *coprod_assessment_get_best_mode_people  (CoprodAssessment *self,
                                                             CoprodStage       stage);
COPROD_AVAILABLE_IN_ALL
guint               coprod_assessment_get_n_people          (CoprodAssessment *self,
                                                             CoprodStage       stage);
COPROD_AVAILABLE_IN_ALL
CoprodRung          coprod_assessment_get_next_rung         (CoprodAssessment *self);
COPROD_AVAILABLE_IN_ALL
GListModel         *coprod_assessment_get_gaps              (CoprodAssessment *self);
COPROD_AVAILABLE_IN_ALL
GListModel         *coprod_assessment_get_findings          (CoprodAssessment *self);
COPROD_AVAILABLE_IN_ALL
CoprodRung          coprod_assessment_get_projected_rung    (CoprodAssessment *self);
COPROD_AVAILABLE_IN_ALL
CoprodRung          coprod_assessment_get_claimed_rung      (CoprodAssessment *self);
COPROD_AVAILABLE_IN_ALL
CoprodProjectStatus coprod_assessment_get_project_status    (CoprodAssessment *self);
COPROD_AVAILABLE_IN_ALL
gboolean            coprod_assessment_has_young_people      (CoprodAssessment *self);
COPROD_AVAILABLE_IN_ALL
guint               coprod_assessment_get_mode_count        (CoprodAssessment *self,
                                                             CoprodStage       stage,
                                                             CoprodMode        mode);
COPROD_AVAILABLE_IN_ALL
void                coprod_assessment_get_partner_counts    (CoprodAssessment *self,
                                                             CoprodStage       stage,
                                                             guint            *n_lived_experience,
                                                             guint            *n_professional);
COPROD_AVAILABLE_IN_ALL
guint               coprod_assessment_get_n_staff_partners  (CoprodAssessment *self,
                                                             CoprodStage       stage);
COPROD_AVAILABLE_IN_ALL
double              coprod_assessment_get_hours             (CoprodAssessment *self,
                                                             CoprodStage       stage);
COPROD_AVAILABLE_IN_ALL
guint               coprod_assessment_get_n_paid            (CoprodAssessment *self,
                                                             CoprodStage       stage);
COPROD_AVAILABLE_IN_ALL
guint               coprod_assessment_get_n_supported       (CoprodAssessment *self,
                                                             CoprodStage       stage);
COPROD_AVAILABLE_IN_ALL
guint               coprod_assessment_get_n_proposals_adopted     (CoprodAssessment *self);
COPROD_AVAILABLE_IN_ALL
guint               coprod_assessment_get_n_proposals_not_adopted (CoprodAssessment *self);
COPROD_AVAILABLE_IN_ALL
guint               coprod_assessment_get_n_proposals_pending     (CoprodAssessment *self);
COPROD_AVAILABLE_IN_ALL
guint               coprod_assessment_get_n_proposals_not_fed_back (CoprodAssessment *self);

COPROD_AVAILABLE_IN_ALL
guint               coprod_assessment_count_at_rung         (GListModel       *assessments,
                                                             CoprodRung        rung);

G_END_DECLS
