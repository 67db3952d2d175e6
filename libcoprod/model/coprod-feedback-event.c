/* coprod-feedback-event.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "coprod-feedback-event.h"
#include "coprod-person.h"
#include "coprod-record-private.h"

/**
 * CoprodFeedbackEvent:
 *
 * A time a [class@Coprod.Project]'s impact was shared back with the people
 * involved in it: when, what was shared, how, and whom it reached.
 * Reciprocity asks that everyone involved hears what difference they made.
 *
 * A feedback event is not a record of its own: it lives inside its project
 * (see [method@Coprod.Project.add_feedback_event]) and has no id.
 *
 * ```c
 * const char *reached[] = { "p-ash", "p-kit", NULL };
 * g_autoptr(CoprodFeedbackEvent) event =
 *   coprod_feedback_event_new ("2024-06-20",
 *                              "The leaflet now says what to expect.");
 * coprod_feedback_event_set_method (event, "feedback session");
 * coprod_feedback_event_set_reached_ids (event, reached);
 * coprod_project_add_feedback_event (project, event);
 * ```
 *
 * In JSON, in the project's `feedback_events` array:
 *
 * ```json
 * { "date": "2024-06-20", "summary": "The leaflet now says what to expect.",
 *   "method": "feedback session", "reached_ids": ["p-ash", "p-kit"] }
 * ```
 *
 * Since: 0.1
 */

struct _CoprodFeedbackEvent
{
  GObject parent_instance;

  gpointer owner;   /* the record it is inside: see _coprod_object_get_owner() */
  char *date;
  char *summary;
  char *method;
  char **reached_ids;
};

G_DEFINE_FINAL_TYPE (CoprodFeedbackEvent, coprod_feedback_event, G_TYPE_OBJECT)

enum {
  FIELD_DATE,
  FIELD_SUMMARY,
  FIELD_METHOD,
  FIELD_REACHED_IDS,
  N_FIELDS
};

static CoprodField fields[N_FIELDS] = {
  /**
   * CoprodFeedbackEvent:date:
   *
   * When the impact was shared back, as an ISO 8601 date.
   *
   * Since: 0.1
   */
  [FIELD_DATE] = COPROD_DATE_FIELD (CoprodFeedbackEvent, date, "date"),

  /**
   * CoprodFeedbackEvent:summary:
   *
   * What was shared: the difference people's involvement made.
   *
   * Since: 0.1
   */
  [FIELD_SUMMARY] = COPROD_TEXT_FIELD (CoprodFeedbackEvent, summary, "summary"),

  /**
   * CoprodFeedbackEvent:method:
   *
   * How it was shared, in free text: "newsletter", "feedback session",
   * "letter".
   *
   * Since: 0.1
   */
  [FIELD_METHOD] = COPROD_TEXT_FIELD (CoprodFeedbackEvent, method, "method"),

  /**
   * CoprodFeedbackEvent:reached-ids:
   *
   * The ids of the people the feedback reached.
   *
   * Since: 0.1
   */
  [FIELD_REACHED_IDS] = COPROD_REFS_FIELD (CoprodFeedbackEvent, reached_ids,
                                           "reached-ids",
                                           coprod_person_get_type),
};

static const char * const empty_strv[] = { NULL };

static void
coprod_feedback_event_class_init (CoprodFeedbackEventClass *klass)
{
  _coprod_fields_install_child (G_OBJECT_CLASS (klass), fields, N_FIELDS,
                                G_STRUCT_OFFSET (CoprodFeedbackEvent, owner));
}

static void
coprod_feedback_event_init (CoprodFeedbackEvent *self)
{
  _coprod_fields_init_instance (self, fields, N_FIELDS);
}

/**
 * coprod_feedback_event_new:
 * @date: (nullable): when the impact was shared back, as an ISO 8601 date
 * @summary: (nullable): what was shared
 *
 * Creates a feedback event.
 *
 * Returns: (transfer full): a new feedback event
 *
 * Since: 0.1
 */
CoprodFeedbackEvent *
coprod_feedback_event_new (const char *date,
                           const char *summary)
{
  return g_object_new (COPROD_TYPE_FEEDBACK_EVENT,
                       "date", date,
                       "summary", summary,
                       NULL);
}

/**
 * coprod_feedback_event_get_date:
 * @self: a feedback event
 *
 * Gets the date the impact was shared back.
 *
 * Returns: (nullable): an ISO 8601 date
 *
 * Since: 0.1
 */
const char *
coprod_feedback_event_get_date (CoprodFeedbackEvent *self)
{
  g_return_val_if_fail (COPROD_IS_FEEDBACK_EVENT (self), NULL);

  return self->date;
}

/**
 * coprod_feedback_event_set_date:
 * @self: a feedback event
 * @date: (nullable): an ISO 8601 date, see [func@Coprod.date_is_valid]
 *
 * Sets the date the impact was shared back.
 *
 * Since: 0.1
 */
void
coprod_feedback_event_set_date (CoprodFeedbackEvent *self,
                                const char          *date)
{
  g_return_if_fail (COPROD_IS_FEEDBACK_EVENT (self));

  _coprod_field_set_string (self, &fields[FIELD_DATE], date);
}

/**
 * coprod_feedback_event_get_summary:
 * @self: a feedback event
 *
 * Gets what was shared.
 *
 * Returns: (nullable): the summary
 *
 * Since: 0.1
 */
const char *
coprod_feedback_event_get_summary (CoprodFeedbackEvent *self)
{
  g_return_val_if_fail (COPROD_IS_FEEDBACK_EVENT (self), NULL);

  return self->summary;
}

/**
 * coprod_feedback_event_set_summary:
 * @self: a feedback event
 * @summary: (nullable): the summary
 *
 * Sets what was shared.
 *
 * Since: 0.1
 */
void
coprod_feedback_event_set_summary (CoprodFeedbackEvent *self,
                                   const char          *summary)
{
  g_return_if_fail (COPROD_IS_FEEDBACK_EVENT (self));

  _coprod_field_set_string (self, &fields[FIELD_SUMMARY], summary);
}

/**
 * coprod_feedback_event_get_method:
 * @self: a feedback event
 *
 * Gets how the impact was shared.
 *
 * Returns: (nullable): the method
 *
 * Since: 0.1
 */
const char *
coprod_feedback_event_get_method (CoprodFeedbackEvent *self)
{
  g_return_val_if_fail (COPROD_IS_FEEDBACK_EVENT (self), NULL);

  return self->method;
}

/**
 * coprod_feedback_event_set_method:
 * @self: a feedback event
 * @method: (nullable): the method, for example "newsletter"
 *
 * Sets how the impact was shared.
 *
 * Since: 0.1
 */
void
coprod_feedback_event_set_method (CoprodFeedbackEvent *self,
                                  const char          *method)
{
  g_return_if_fail (COPROD_IS_FEEDBACK_EVENT (self));

  _coprod_field_set_string (self, &fields[FIELD_METHOD], method);
}

/**
 * coprod_feedback_event_get_reached_ids:
 * @self: a feedback event
 *
 * Gets the ids of the people the feedback reached.
 *
 * Returns: (transfer none) (array zero-terminated=1): the ids; empty if
 *   none are recorded
 *
 * Since: 0.1
 */
const char * const *
coprod_feedback_event_get_reached_ids (CoprodFeedbackEvent *self)
{
  g_return_val_if_fail (COPROD_IS_FEEDBACK_EVENT (self), empty_strv);

  return (const char * const *) self->reached_ids;
}

/**
 * coprod_feedback_event_set_reached_ids:
 * @self: a feedback event
 * @person_ids: (nullable) (array zero-terminated=1): the ids of people
 *
 * Sets the ids of the people the feedback reached. %NULL is the same as an
 * empty list.
 *
 * Since: 0.1
 */
void
coprod_feedback_event_set_reached_ids (CoprodFeedbackEvent *self,
                                       const char * const  *person_ids)
{
  g_return_if_fail (COPROD_IS_FEEDBACK_EVENT (self));

  _coprod_field_set_strv (self, &fields[FIELD_REACHED_IDS], person_ids);
}
