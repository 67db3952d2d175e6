/* coprod-project.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(COPROD_INSIDE) && !defined(COPROD_COMPILATION)
# error "Only <libcoprod/coprod.h> can be included directly."
#endif

#include <gio/gio.h>

#include "coprod-enums.h"
#include "coprod-feedback-event.h"
#include "coprod-involvement.h"
#include "coprod-record.h"

G_BEGIN_DECLS

#define COPROD_TYPE_PROJECT (coprod_project_get_type ())

COPROD_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (CoprodProject, coprod_project, COPROD, PROJECT, CoprodRecord)

COPROD_AVAILABLE_IN_ALL
CoprodProject *coprod_project_new                   (const char          *id,
                                                     const char          *title) G_GNUC_WARN_UNUSED_RESULT;
COPROD_AVAILABLE_IN_ALL
const char    *coprod_project_get_title             (CoprodProject       *self);
COPROD_AVAILABLE_IN_ALL
void           coprod_project_set_title             (CoprodProject       *self,
                                                     const char          *title);
COPROD_AVAILABLE_IN_ALL
const char    *coprod_project_get_partnership_id    (CoprodProject       *self);
COPROD_AVAILABLE_IN_ALL
void           coprod_project_set_partnership_id    (CoprodProject       *self,
                                                     const char          *partnership_id);
COPROD_AVAILABLE_IN_ALL
CoprodStage    coprod_project_get_stages            (CoprodProject       *self);
COPROD_AVAILABLE_IN_ALL
void           coprod_project_set_stages            (CoprodProject       *self,
                                                     CoprodStage          stages);
COPROD_AVAILABLE_IN_ALL
CoprodRung     coprod_project_get_aimed_rung        (CoprodProject       *self);
COPROD_AVAILABLE_IN_ALL
void           coprod_project_set_aimed_rung        (CoprodProject       *self,
                                                     CoprodRung           rung);
COPROD_AVAILABLE_IN_ALL
CoprodProjectStatus coprod_project_get_status       (CoprodProject       *self);
COPROD_AVAILABLE_IN_ALL
void           coprod_project_set_status            (CoprodProject       *self,
                                                     CoprodProjectStatus  status);
COPROD_AVAILABLE_IN_ALL
CoprodRung     coprod_project_get_claimed_rung      (CoprodProject       *self);
COPROD_AVAILABLE_IN_ALL
void           coprod_project_set_claimed_rung      (CoprodProject       *self,
                                                     CoprodRung           rung);
COPROD_AVAILABLE_IN_ALL
CoprodInitiator coprod_project_get_initiated_by     (CoprodProject       *self);
COPROD_AVAILABLE_IN_ALL
void           coprod_project_set_initiated_by      (CoprodProject       *self,
                                                     CoprodInitiator      initiator);
COPROD_AVAILABLE_IN_ALL
gboolean       coprod_project_get_lived_experience_led (CoprodProject    *self);
COPROD_AVAILABLE_IN_ALL
void           coprod_project_set_lived_experience_led (CoprodProject    *self,
                                                        gboolean          led);
COPROD_AVAILABLE_IN_ALL
const char    *coprod_project_get_deadline          (CoprodProject       *self);
COPROD_AVAILABLE_IN_ALL
void           coprod_project_set_deadline          (CoprodProject       *self,
                                                     const char          *date);
COPROD_AVAILABLE_IN_ALL
gboolean       coprod_project_get_deadline_fixed    (CoprodProject       *self);
COPROD_AVAILABLE_IN_ALL
void           coprod_project_set_deadline_fixed    (CoprodProject       *self,
                                                     gboolean             fixed);
COPROD_AVAILABLE_IN_ALL
GListModel    *coprod_project_get_involvements      (CoprodProject       *self);
COPROD_AVAILABLE_IN_ALL
void           coprod_project_add_involvement       (CoprodProject       *self,
                                                     CoprodInvolvement   *involvement);
COPROD_AVAILABLE_IN_ALL
gboolean       coprod_project_remove_involvement    (CoprodProject       *self,
                                                     CoprodInvolvement   *involvement);
COPROD_AVAILABLE_IN_ALL
GListModel    *coprod_project_get_feedback_events   (CoprodProject       *self);
COPROD_AVAILABLE_IN_ALL
void           coprod_project_add_feedback_event    (CoprodProject       *self,
                                                     CoprodFeedbackEvent *event);
COPROD_AVAILABLE_IN_ALL
gboolean       coprod_project_remove_feedback_event (CoprodProject       *self,
                                                     CoprodFeedbackEvent *event);

G_END_DECLS
