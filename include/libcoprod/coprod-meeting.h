/* coprod-meeting.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(COPROD_INSIDE) && !defined(COPROD_COMPILATION)
# error "Only <libcoprod/coprod.h> can be included directly."
#endif

#include "coprod-enums.h"
#include "coprod-record.h"

G_BEGIN_DECLS

#define COPROD_TYPE_MEETING (coprod_meeting_get_type ())

COPROD_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (CoprodMeeting, coprod_meeting, COPROD, MEETING, CoprodRecord)

COPROD_AVAILABLE_IN_ALL
CoprodMeeting       *coprod_meeting_new                    (const char          *id,
                                                            const char          *title) G_GNUC_WARN_UNUSED_RESULT;
COPROD_AVAILABLE_IN_ALL
const char          *coprod_meeting_get_title              (CoprodMeeting       *self);
COPROD_AVAILABLE_IN_ALL
void                 coprod_meeting_set_title              (CoprodMeeting       *self,
                                                            const char          *title);
COPROD_AVAILABLE_IN_ALL
CoprodMeetingKind    coprod_meeting_get_kind               (CoprodMeeting       *self);
COPROD_AVAILABLE_IN_ALL
void                 coprod_meeting_set_kind               (CoprodMeeting       *self,
                                                            CoprodMeetingKind    kind);
COPROD_AVAILABLE_IN_ALL
CoprodMeetingStatus  coprod_meeting_get_status             (CoprodMeeting       *self);
COPROD_AVAILABLE_IN_ALL
void                 coprod_meeting_set_status             (CoprodMeeting       *self,
                                                            CoprodMeetingStatus  status);
COPROD_AVAILABLE_IN_ALL
CoprodMeetingFormat  coprod_meeting_get_format             (CoprodMeeting       *self);
COPROD_AVAILABLE_IN_ALL
void                 coprod_meeting_set_format             (CoprodMeeting       *self,
                                                            CoprodMeetingFormat  format);
COPROD_AVAILABLE_IN_ALL
const char          *coprod_meeting_get_date               (CoprodMeeting       *self);
COPROD_AVAILABLE_IN_ALL
void                 coprod_meeting_set_date               (CoprodMeeting       *self,
                                                            const char          *date);
COPROD_AVAILABLE_IN_ALL
const char          *coprod_meeting_get_project_id         (CoprodMeeting       *self);
COPROD_AVAILABLE_IN_ALL
void                 coprod_meeting_set_project_id         (CoprodMeeting       *self,
                                                            const char          *project_id);
COPROD_AVAILABLE_IN_ALL
const char          *coprod_meeting_get_partnership_id     (CoprodMeeting       *self);
COPROD_AVAILABLE_IN_ALL
void                 coprod_meeting_set_partnership_id     (CoprodMeeting       *self,
                                                            const char          *partnership_id);
COPROD_AVAILABLE_IN_ALL
const char          *coprod_meeting_get_venue              (CoprodMeeting       *self);
COPROD_AVAILABLE_IN_ALL
void                 coprod_meeting_set_venue              (CoprodMeeting       *self,
                                                            const char          *venue);
COPROD_AVAILABLE_IN_ALL
CoprodAccess         coprod_meeting_get_access             (CoprodMeeting       *self);
COPROD_AVAILABLE_IN_ALL
void                 coprod_meeting_set_access             (CoprodMeeting       *self,
                                                            CoprodAccess         access);
COPROD_AVAILABLE_IN_ALL
CoprodSupport        coprod_meeting_get_support            (CoprodMeeting       *self);
COPROD_AVAILABLE_IN_ALL
void                 coprod_meeting_set_support            (CoprodMeeting       *self,
                                                            CoprodSupport        support);
COPROD_AVAILABLE_IN_ALL
const char          *coprod_meeting_get_agenda_shared_date (CoprodMeeting       *self);
COPROD_AVAILABLE_IN_ALL
void                 coprod_meeting_set_agenda_shared_date (CoprodMeeting       *self,
                                                            const char          *date);
COPROD_AVAILABLE_IN_ALL
gboolean             coprod_meeting_get_plain_language     (CoprodMeeting       *self);
COPROD_AVAILABLE_IN_ALL
void                 coprod_meeting_set_plain_language     (CoprodMeeting       *self,
                                                            gboolean             plain_language);
COPROD_AVAILABLE_IN_ALL
const char * const  *coprod_meeting_get_attendee_ids       (CoprodMeeting       *self);
COPROD_AVAILABLE_IN_ALL
void                 coprod_meeting_set_attendee_ids       (CoprodMeeting       *self,
                                                            const char * const  *person_ids);
COPROD_AVAILABLE_IN_ALL
guint                coprod_meeting_get_n_attendees        (CoprodMeeting       *self);

G_END_DECLS
