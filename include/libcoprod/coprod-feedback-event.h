/* coprod-feedback-event.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(COPROD_INSIDE) && !defined(COPROD_COMPILATION)
# error "Only <libcoprod/coprod.h> can be included directly."
#endif

#include <glib-object.h>
#include "coprod-version.h"

G_BEGIN_DECLS

#define COPROD_TYPE_FEEDBACK_EVENT (coprod_feedback_event_get_type ())

COPROD_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (CoprodFeedbackEvent, coprod_feedback_event, COPROD, FEEDBACK_EVENT, GObject)

COPROD_AVAILABLE_IN_ALL
CoprodFeedbackEvent *coprod_feedback_event_new             (const char          *date,
                                                            const char          *summary) G_GNUC_WARN_UNUSED_RESULT;
COPROD_AVAILABLE_IN_ALL
const char          *coprod_feedback_event_get_date        (CoprodFeedbackEvent *self);
COPROD_AVAILABLE_IN_ALL
void                 coprod_feedback_event_set_date        (CoprodFeedbackEvent *self,
                                                            const char          *date);
COPROD_AVAILABLE_IN_ALL
const char          *coprod_feedback_event_get_summary     (CoprodFeedbackEvent *self);
COPROD_AVAILABLE_IN_ALL
void                 coprod_feedback_event_set_summary     (CoprodFeedbackEvent *self,
                                                            const char          *summary);
COPROD_AVAILABLE_IN_ALL
const char          *coprod_feedback_event_get_method      (CoprodFeedbackEvent *self);
COPROD_AVAILABLE_IN_ALL
void                 coprod_feedback_event_set_method      (CoprodFeedbackEvent *self,
                                                            const char          *method);
COPROD_AVAILABLE_IN_ALL
const char * const  *coprod_feedback_event_get_reached_ids (CoprodFeedbackEvent *self);
COPROD_AVAILABLE_IN_ALL
void                 coprod_feedback_event_set_reached_ids (CoprodFeedbackEvent *self,
                                                            const char * const  *person_ids);

G_END_DECLS
