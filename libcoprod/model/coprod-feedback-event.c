/* coprod-feedback-event.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "coprod-feedback-event.h"
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

  char *date;
  char *summary;
  char *method;
  char **reached_ids;
};

G_DEFINE_FINAL_TYPE (CoprodFeedbackEvent, coprod_feedback_event, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DATE,
  PROP_SUMMARY,
  PROP_METHOD,
  PROP_REACHED_IDS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const empty_strv[] = { NULL };

static void
coprod_feedback_event_finalize (GObject *object)
{
  CoprodFeedbackEvent *self = COPROD_FEEDBACK_EVENT (object);

  g_clear_pointer (&self->date, g_free);
  g_clear_pointer (&self->summary, g_free);
  g_clear_pointer (&self->method, g_free);
  g_clear_pointer (&self->reached_ids, g_strfreev);

  G_OBJECT_CLASS (coprod_feedback_event_parent_class)->finalize (object);
}

static void
coprod_feedback_event_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  CoprodFeedbackEvent *self = COPROD_FEEDBACK_EVENT (object);

  switch (prop_id)
    {
    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;

    case PROP_SUMMARY:
      g_value_set_string (value, self->summary);
      break;

    case PROP_METHOD:
      g_value_set_string (value, self->method);
      break;

    case PROP_REACHED_IDS:
      g_value_set_boxed (value, coprod_feedback_event_get_reached_ids (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coprod_feedback_event_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  CoprodFeedbackEvent *self = COPROD_FEEDBACK_EVENT (object);

  switch (prop_id)
    {
    case PROP_DATE:
      coprod_feedback_event_set_date (self, g_value_get_string (value));
      break;

    case PROP_SUMMARY:
      coprod_feedback_event_set_summary (self, g_value_get_string (value));
      break;

    case PROP_METHOD:
      coprod_feedback_event_set_method (self, g_value_get_string (value));
      break;

    case PROP_REACHED_IDS:
      coprod_feedback_event_set_reached_ids (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coprod_feedback_event_class_init (CoprodFeedbackEventClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = (G_PARAM_READWRITE |
                             G_PARAM_EXPLICIT_NOTIFY |
                             G_PARAM_STATIC_STRINGS);

  object_class->finalize = coprod_feedback_event_finalize;
  object_class->get_property = coprod_feedback_event_get_property;
  object_class->set_property = coprod_feedback_event_set_property;

  /**
   * CoprodFeedbackEvent:date:
   *
   * When the impact was shared back, as an ISO 8601 date.
   *
   * Since: 0.1
   */
  properties[PROP_DATE] =
    _coprod_param_spec_string_kind ("date", COPROD_STRING_DATE, flags);

  /**
   * CoprodFeedbackEvent:summary:
   *
   * What was shared: the difference people's involvement made.
   *
   * Since: 0.1
   */
  properties[PROP_SUMMARY] =
    g_param_spec_string ("summary", NULL, NULL, NULL, flags);

  /**
   * CoprodFeedbackEvent:method:
   *
   * How it was shared, in free text: "newsletter", "feedback session",
   * "letter".
   *
   * Since: 0.1
   */
  properties[PROP_METHOD] =
    g_param_spec_string ("method", NULL, NULL, NULL, flags);

  /**
   * CoprodFeedbackEvent:reached-ids:
   *
   * The ids of the people the feedback reached.
   *
   * Since: 0.1
   */
  properties[PROP_REACHED_IDS] =
    _coprod_param_spec_set_string_kind (
      g_param_spec_boxed ("reached-ids", NULL, NULL, G_TYPE_STRV, flags),
      COPROD_STRING_REF);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
coprod_feedback_event_init (CoprodFeedbackEvent *self)
{
  self->reached_ids = g_new0 (char *, 1);
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

  _coprod_set_string (self, &self->date, date, properties[PROP_DATE]);
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

  _coprod_set_string (self, &self->summary, summary, properties[PROP_SUMMARY]);
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

  _coprod_set_string (self, &self->method, method, properties[PROP_METHOD]);
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

  _coprod_set_strv (self, &self->reached_ids, person_ids,
                    properties[PROP_REACHED_IDS]);
}
