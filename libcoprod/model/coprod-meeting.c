/* coprod-meeting.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "coprod-enum-types.h"
#include "coprod-meeting.h"
#include "coprod-partnership.h"
#include "coprod-person.h"
#include "coprod-project.h"
#include "coprod-record-private.h"

/**
 * CoprodMeeting:
 *
 * A meeting, workshop, launch, community of practice session or
 * reflection session.
 *
 * Beside what, when and where, a meeting records what the values of
 * co-production ask of it: the access provisions of the venue, the support
 * offered so nobody is out of pocket, whether the purpose and agenda were
 * shared beforehand (and when), whether the papers were in plain language,
 * and who attended.
 *
 * ```c
 * const char *attendees[] = { "p-ash", "p-kit", "p-lee", NULL };
 * g_autoptr(CoprodMeeting) meeting =
 *   coprod_meeting_new ("m-cop-1", "Community of practice get-together");
 *
 * coprod_meeting_set_kind (meeting, COPROD_MEETING_KIND_GET_TOGETHER);
 * coprod_meeting_set_date (meeting, "2024-04-30");
 * coprod_meeting_set_support (meeting, COPROD_SUPPORT_TRAVEL_TICKETS |
 *                                      COPROD_SUPPORT_REFRESHMENTS);
 * coprod_meeting_set_agenda_shared_date (meeting, "2024-04-16");
 * coprod_meeting_set_attendee_ids (meeting, attendees);
 * ```
 *
 * In JSON, in the `meetings` collection:
 *
 * ```json
 * { "id": "m-cop-1", "title": "Community of practice get-together",
 *   "kind": "get-together", "format": "in-person", "status": "held",
 *   "date": "2024-04-30",
 *   "partnership_id": "g-cop", "access": ["step-free", "quiet-space"],
 *   "support": ["travel-tickets", "refreshments"],
 *   "agenda_shared_date": "2024-04-16", "plain_language": true,
 *   "attendee_ids": ["p-ash", "p-kit", "p-lee"] }
 * ```
 *
 * Since: 0.1
 */

struct _CoprodMeeting
{
  CoprodRecord parent_instance;

  char *title;
  CoprodMeetingKind kind;
  CoprodMeetingFormat format;
  CoprodMeetingStatus status;
  char *date;
  char *project_id;
  char *partnership_id;
  char *venue;
  CoprodAccess access;
  CoprodSupport support;
  char *agenda_shared_date;
  gboolean plain_language;
  char **attendee_ids;
};

G_DEFINE_FINAL_TYPE (CoprodMeeting, coprod_meeting, COPROD_TYPE_RECORD)

enum {
  FIELD_TITLE,
  FIELD_KIND,
  FIELD_FORMAT,
  FIELD_STATUS,
  FIELD_DATE,
  FIELD_PROJECT_ID,
  FIELD_PARTNERSHIP_ID,
  FIELD_VENUE,
  FIELD_ACCESS,
  FIELD_SUPPORT,
  FIELD_AGENDA_SHARED_DATE,
  FIELD_PLAIN_LANGUAGE,
  FIELD_ATTENDEE_IDS,
  N_FIELDS
};

static CoprodField fields[N_FIELDS] = {
  /**
   * CoprodMeeting:title:
   *
   * The title of the meeting.
   *
   * Since: 0.1
   */
  [FIELD_TITLE] = COPROD_TEXT_FIELD (CoprodMeeting, title, "title"),

  /**
   * CoprodMeeting:kind:
   *
   * What kind of meeting it is: a meeting, workshop, launch, community of
   * practice session, reflection session, ...
   *
   * Since: 0.1
   */
  [FIELD_KIND] = COPROD_ENUM_FIELD (CoprodMeeting, kind, "kind",
                                    coprod_meeting_kind_get_type,
                                    COPROD_MEETING_KIND_MEETING),

  /**
   * CoprodMeeting:format:
   *
   * Where and how the meeting takes place: in person, online or hybrid.
   *
   * Since: 0.1
   */
  [FIELD_FORMAT] = COPROD_ENUM_FIELD (CoprodMeeting, format, "format",
                                      coprod_meeting_format_get_type,
                                      COPROD_MEETING_FORMAT_IN_PERSON),

  /**
   * CoprodMeeting:status:
   *
   * Whether the meeting is planned, was held or was cancelled;
   * [enum@Coprod.MeetingStatus.UNSPECIFIED] when not recorded. Support
   * offered at a planned or cancelled meeting is not counted as support
   * given.
   *
   * Since: 0.1
   */
  [FIELD_STATUS] = COPROD_ENUM_FIELD (CoprodMeeting, status, "status",
                                      coprod_meeting_status_get_type,
                                      COPROD_MEETING_STATUS_UNSPECIFIED),

  /**
   * CoprodMeeting:date:
   *
   * When the meeting takes place, as an ISO 8601 date.
   *
   * Since: 0.1
   */
  [FIELD_DATE] = COPROD_DATE_FIELD (CoprodMeeting, date, "date"),

  /**
   * CoprodMeeting:project-id:
   *
   * The id of the [class@Coprod.Project] the meeting is part of, or %NULL.
   *
   * Since: 0.1
   */
  [FIELD_PROJECT_ID] = COPROD_REF_FIELD (CoprodMeeting, project_id, "project-id",
                                         coprod_project_get_type),

  /**
   * CoprodMeeting:partnership-id:
   *
   * The id of the [class@Coprod.Partnership] holding the meeting, or %NULL.
   *
   * Since: 0.1
   */
  [FIELD_PARTNERSHIP_ID] = COPROD_REF_FIELD (CoprodMeeting, partnership_id,
                                             "partnership-id",
                                             coprod_partnership_get_type),

  /**
   * CoprodMeeting:venue:
   *
   * Where the meeting takes place, in free text; for an online meeting, the
   * service used.
   *
   * Since: 0.1
   */
  [FIELD_VENUE] = COPROD_TEXT_FIELD (CoprodMeeting, venue, "venue"),

  /**
   * CoprodMeeting:access:
   *
   * The access provisions of the meeting and its venue: step-free access, a
   * hearing loop, a quiet space, a trauma-informed space, ...
   *
   * Since: 0.1
   */
  [FIELD_ACCESS] = COPROD_FLAGS_FIELD (CoprodMeeting, access, "access",
                                       coprod_access_get_type,
                                       COPROD_ACCESS_NONE),

  /**
   * CoprodMeeting:support:
   *
   * The support offered to those taking part: check-ins before and after,
   * travel tickets, refreshments, reimbursement, an interpreter, childcare
   * or carer cover.
   *
   * Since: 0.1
   */
  [FIELD_SUPPORT] = COPROD_FLAGS_FIELD (CoprodMeeting, support, "support",
                                        coprod_support_get_type,
                                        COPROD_SUPPORT_NONE),

  /**
   * CoprodMeeting:agenda-shared-date:
   *
   * When the purpose and agenda of the meeting were shared with those
   * invited, as an ISO 8601 date, or %NULL if they were not.
   *
   * Since: 0.1
   */
  [FIELD_AGENDA_SHARED_DATE] = COPROD_DATE_FIELD (CoprodMeeting, agenda_shared_date,
                                                  "agenda-shared-date"),

  /**
   * CoprodMeeting:plain-language:
   *
   * Whether the papers of the meeting are in plain language, free of jargon
   * and acronyms.
   *
   * Since: 0.1
   */
  [FIELD_PLAIN_LANGUAGE] = COPROD_BOOLEAN_FIELD (CoprodMeeting, plain_language,
                                                 "plain-language", FALSE),

  /**
   * CoprodMeeting:attendee-ids:
   *
   * The ids of the people who attended.
   *
   * Since: 0.1
   */
  [FIELD_ATTENDEE_IDS] = COPROD_REFS_FIELD (CoprodMeeting, attendee_ids, "attendee-ids",
                                            coprod_person_get_type),
};

static const char * const empty_strv[] = { NULL };

static void
coprod_meeting_class_init (CoprodMeetingClass *klass)
{
  _coprod_fields_install (G_OBJECT_CLASS (klass), fields, N_FIELDS);
}

static void
coprod_meeting_init (CoprodMeeting *self)
{
  _coprod_fields_init_instance (self, fields, N_FIELDS);
}

/**
 * coprod_meeting_new:
 * @id: the id of the meeting
 * @title: (nullable): its title
 *
 * Creates a meeting.
 *
 * Returns: (transfer full): a new meeting
 *
 * Since: 0.1
 */
CoprodMeeting *
coprod_meeting_new (const char *id,
                    const char *title)
{
  return g_object_new (COPROD_TYPE_MEETING,
                       "id", id,
                       "title", title,
                       NULL);
}

/**
 * coprod_meeting_get_title:
 * @self: a meeting
 *
 * Gets the title of the meeting.
 *
 * Returns: (nullable): the title
 *
 * Since: 0.1
 */
const char *
coprod_meeting_get_title (CoprodMeeting *self)
{
  g_return_val_if_fail (COPROD_IS_MEETING (self), NULL);

  return self->title;
}

/**
 * coprod_meeting_set_title:
 * @self: a meeting
 * @title: (nullable): the title
 *
 * Sets the title of the meeting.
 *
 * Since: 0.1
 */
void
coprod_meeting_set_title (CoprodMeeting *self,
                          const char    *title)
{
  g_return_if_fail (COPROD_IS_MEETING (self));

  _coprod_field_set_string (self, &fields[FIELD_TITLE], title);
}

/**
 * coprod_meeting_get_kind:
 * @self: a meeting
 *
 * Gets what kind of meeting it is.
 *
 * Returns: the kind
 *
 * Since: 0.1
 */
CoprodMeetingKind
coprod_meeting_get_kind (CoprodMeeting *self)
{
  g_return_val_if_fail (COPROD_IS_MEETING (self), COPROD_MEETING_KIND_MEETING);

  return self->kind;
}

/**
 * coprod_meeting_set_kind:
 * @self: a meeting
 * @kind: the kind
 *
 * Sets what kind of meeting it is.
 *
 * Since: 0.1
 */
void
coprod_meeting_set_kind (CoprodMeeting     *self,
                         CoprodMeetingKind  kind)
{
  g_return_if_fail (COPROD_IS_MEETING (self));

  _coprod_field_set_enum (self, &fields[FIELD_KIND], kind);
}

/**
 * coprod_meeting_get_format:
 * @self: a meeting
 *
 * Gets where and how the meeting takes place.
 *
 * Returns: the format
 *
 * Since: 0.1
 */
CoprodMeetingFormat
coprod_meeting_get_format (CoprodMeeting *self)
{
  g_return_val_if_fail (COPROD_IS_MEETING (self), COPROD_MEETING_FORMAT_IN_PERSON);

  return self->format;
}

/**
 * coprod_meeting_set_format:
 * @self: a meeting
 * @format: the format
 *
 * Sets where and how the meeting takes place.
 *
 * Since: 0.1
 */
void
coprod_meeting_set_format (CoprodMeeting       *self,
                           CoprodMeetingFormat  format)
{
  g_return_if_fail (COPROD_IS_MEETING (self));

  _coprod_field_set_enum (self, &fields[FIELD_FORMAT], format);
}

/**
 * coprod_meeting_get_date:
 * @self: a meeting
 *
 * Gets the date of the meeting.
 *
 * Returns: (nullable): an ISO 8601 date
 *
 * Since: 0.1
 */
const char *
coprod_meeting_get_date (CoprodMeeting *self)
{
  g_return_val_if_fail (COPROD_IS_MEETING (self), NULL);

  return self->date;
}

/**
 * coprod_meeting_set_date:
 * @self: a meeting
 * @date: (nullable): an ISO 8601 date, see [func@Coprod.date_is_valid]
 *
 * Sets the date of the meeting.
 *
 * Since: 0.1
 */
void
coprod_meeting_set_date (CoprodMeeting *self,
                         const char    *date)
{
  g_return_if_fail (COPROD_IS_MEETING (self));

  _coprod_field_set_string (self, &fields[FIELD_DATE], date);
}

/**
 * coprod_meeting_get_project_id:
 * @self: a meeting
 *
 * Gets the id of the project the meeting is part of.
 *
 * Returns: (nullable): the id, or %NULL
 *
 * Since: 0.1
 */
const char *
coprod_meeting_get_project_id (CoprodMeeting *self)
{
  g_return_val_if_fail (COPROD_IS_MEETING (self), NULL);

  return self->project_id;
}

/**
 * coprod_meeting_set_project_id:
 * @self: a meeting
 * @project_id: (nullable): the id of a project
 *
 * Sets the id of the project the meeting is part of.
 *
 * Since: 0.1
 */
void
coprod_meeting_set_project_id (CoprodMeeting *self,
                               const char    *project_id)
{
  g_return_if_fail (COPROD_IS_MEETING (self));

  _coprod_field_set_string (self, &fields[FIELD_PROJECT_ID], project_id);
}

/**
 * coprod_meeting_get_partnership_id:
 * @self: a meeting
 *
 * Gets the id of the partnership holding the meeting.
 *
 * Returns: (nullable): the id, or %NULL
 *
 * Since: 0.1
 */
const char *
coprod_meeting_get_partnership_id (CoprodMeeting *self)
{
  g_return_val_if_fail (COPROD_IS_MEETING (self), NULL);

  return self->partnership_id;
}

/**
 * coprod_meeting_set_partnership_id:
 * @self: a meeting
 * @partnership_id: (nullable): the id of a partnership
 *
 * Sets the id of the partnership holding the meeting.
 *
 * Since: 0.1
 */
void
coprod_meeting_set_partnership_id (CoprodMeeting *self,
                                   const char    *partnership_id)
{
  g_return_if_fail (COPROD_IS_MEETING (self));

  _coprod_field_set_string (self, &fields[FIELD_PARTNERSHIP_ID], partnership_id);
}

/**
 * coprod_meeting_get_venue:
 * @self: a meeting
 *
 * Gets where the meeting takes place.
 *
 * Returns: (nullable): the venue
 *
 * Since: 0.1
 */
const char *
coprod_meeting_get_venue (CoprodMeeting *self)
{
  g_return_val_if_fail (COPROD_IS_MEETING (self), NULL);

  return self->venue;
}

/**
 * coprod_meeting_set_venue:
 * @self: a meeting
 * @venue: (nullable): the venue
 *
 * Sets where the meeting takes place.
 *
 * Since: 0.1
 */
void
coprod_meeting_set_venue (CoprodMeeting *self,
                          const char    *venue)
{
  g_return_if_fail (COPROD_IS_MEETING (self));

  _coprod_field_set_string (self, &fields[FIELD_VENUE], venue);
}

/**
 * coprod_meeting_get_access:
 * @self: a meeting
 *
 * Gets the access provisions of the meeting.
 *
 * Returns: the provisions
 *
 * Since: 0.1
 */
CoprodAccess
coprod_meeting_get_access (CoprodMeeting *self)
{
  g_return_val_if_fail (COPROD_IS_MEETING (self), COPROD_ACCESS_NONE);

  return self->access;
}

/**
 * coprod_meeting_set_access:
 * @self: a meeting
 * @access: the provisions
 *
 * Sets the access provisions of the meeting.
 *
 * Since: 0.1
 */
void
coprod_meeting_set_access (CoprodMeeting *self,
                           CoprodAccess   access)
{
  g_return_if_fail (COPROD_IS_MEETING (self));

  _coprod_field_set_flags (self, &fields[FIELD_ACCESS], access);
}

/**
 * coprod_meeting_get_support:
 * @self: a meeting
 *
 * Gets the support offered to those taking part.
 *
 * Returns: the support offered
 *
 * Since: 0.1
 */
CoprodSupport
coprod_meeting_get_support (CoprodMeeting *self)
{
  g_return_val_if_fail (COPROD_IS_MEETING (self), COPROD_SUPPORT_NONE);

  return self->support;
}

/**
 * coprod_meeting_set_support:
 * @self: a meeting
 * @support: the support offered
 *
 * Sets the support offered to those taking part.
 *
 * Since: 0.1
 */
void
coprod_meeting_set_support (CoprodMeeting *self,
                            CoprodSupport  support)
{
  g_return_if_fail (COPROD_IS_MEETING (self));

  _coprod_field_set_flags (self, &fields[FIELD_SUPPORT], support);
}

/**
 * coprod_meeting_get_agenda_shared_date:
 * @self: a meeting
 *
 * Gets when the purpose and agenda were shared.
 *
 * Returns: (nullable): an ISO 8601 date, or %NULL if they were not shared
 *
 * Since: 0.1
 */
const char *
coprod_meeting_get_agenda_shared_date (CoprodMeeting *self)
{
  g_return_val_if_fail (COPROD_IS_MEETING (self), NULL);

  return self->agenda_shared_date;
}

/**
 * coprod_meeting_set_agenda_shared_date:
 * @self: a meeting
 * @date: (nullable): an ISO 8601 date, see [func@Coprod.date_is_valid]
 *
 * Sets when the purpose and agenda were shared with those invited.
 *
 * Since: 0.1
 */
void
coprod_meeting_set_agenda_shared_date (CoprodMeeting *self,
                                       const char    *date)
{
  g_return_if_fail (COPROD_IS_MEETING (self));

  _coprod_field_set_string (self, &fields[FIELD_AGENDA_SHARED_DATE], date);
}

/**
 * coprod_meeting_get_plain_language:
 * @self: a meeting
 *
 * Gets whether the papers are in plain language.
 *
 * Returns: %TRUE if the papers are in plain language
 *
 * Since: 0.1
 */
gboolean
coprod_meeting_get_plain_language (CoprodMeeting *self)
{
  g_return_val_if_fail (COPROD_IS_MEETING (self), FALSE);

  return self->plain_language;
}

/**
 * coprod_meeting_set_plain_language:
 * @self: a meeting
 * @plain_language: whether the papers are in plain language
 *
 * Sets whether the papers are in plain language.
 *
 * Since: 0.1
 */
void
coprod_meeting_set_plain_language (CoprodMeeting *self,
                                   gboolean       plain_language)
{
  g_return_if_fail (COPROD_IS_MEETING (self));

  _coprod_field_set_boolean (self, &fields[FIELD_PLAIN_LANGUAGE], plain_language);
}

/**
 * coprod_meeting_get_attendee_ids:
 * @self: a meeting
 *
 * Gets the ids of the people who attended.
 *
 * Returns: (transfer none) (array zero-terminated=1): the ids; empty if
 *   none are recorded
 *
 * Since: 0.1
 */
const char * const *
coprod_meeting_get_attendee_ids (CoprodMeeting *self)
{
  g_return_val_if_fail (COPROD_IS_MEETING (self), empty_strv);

  return (const char * const *) self->attendee_ids;
}

/**
 * coprod_meeting_set_attendee_ids:
 * @self: a meeting
 * @person_ids: (nullable) (array zero-terminated=1): the ids of people
 *
 * Sets the ids of the people who attended. %NULL is the same as an empty
 * list.
 *
 * Since: 0.1
 */
void
coprod_meeting_set_attendee_ids (CoprodMeeting      *self,
                                 const char * const *person_ids)
{
  g_return_if_fail (COPROD_IS_MEETING (self));

  _coprod_field_set_strv (self, &fields[FIELD_ATTENDEE_IDS], person_ids);
}

/**
 * coprod_meeting_get_n_attendees:
 * @self: a meeting
 *
 * Counts the people recorded as attending.
 *
 * Returns: the number of ids in [property@Coprod.Meeting:attendee-ids]
 *
 * Since: 0.1
 */
guint
coprod_meeting_get_n_attendees (CoprodMeeting *self)
{
  g_return_val_if_fail (COPROD_IS_MEETING (self), 0);

  return g_strv_length (self->attendee_ids);
}

/**
 * coprod_meeting_get_status:
 * @self: a meeting
 *
 * Gets whether the meeting is planned, was held or was cancelled.
 *
 * Returns: the status
 *
 * Since: 0.1
 */
CoprodMeetingStatus
coprod_meeting_get_status (CoprodMeeting *self)
{
  g_return_val_if_fail (COPROD_IS_MEETING (self), COPROD_MEETING_STATUS_UNSPECIFIED);

  return self->status;
}

/**
 * coprod_meeting_set_status:
 * @self: a meeting
 * @status: the status
 *
 * Sets whether the meeting is planned, was held or was cancelled.
 *
 * Since: 0.1
 */
void
coprod_meeting_set_status (CoprodMeeting       *self,
                           CoprodMeetingStatus  status)
{
  g_return_if_fail (COPROD_IS_MEETING (self));

  _coprod_field_set_enum (self, &fields[FIELD_STATUS], status);
}
