/* coprod-project.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "coprod-enum-types.h"
#include "coprod-project.h"
#include "coprod-record-private.h"

/**
 * CoprodProject:
 *
 * A piece of work, from a leaflet to training for a whole organisation.
 *
 * A project names the [class@Coprod.Partnership] doing it, the stages of
 * the work in scope (all six unless set otherwise), the rung of the ladder
 * it aims for, and its deadline, with whether that deadline is fixed from
 * outside. Inside it are its [class@Coprod.Involvement]s, one per person
 * and stage, which an assessment reads to find the rung reached, and its
 * [class@Coprod.FeedbackEvent]s, the times its impact was shared back with
 * the people involved.
 *
 * ```c
 * g_autoptr(CoprodProject) project =
 *   coprod_project_new ("pr-toolkit", "Suicide awareness campaign toolkit");
 * g_autoptr(CoprodInvolvement) involvement =
 *   coprod_involvement_new ("p-ash", COPROD_STAGE_PLANNING,
 *                           COPROD_MODE_PARTNER);
 *
 * coprod_project_set_partnership_id (project, "g-fife");
 * coprod_project_set_deadline (project, "2024-09-10");
 * coprod_project_set_deadline_fixed (project, TRUE);
 * coprod_project_add_involvement (project, involvement);
 * ```
 *
 * In JSON, in the `projects` collection:
 *
 * ```json
 * { "id": "pr-toolkit", "title": "Suicide awareness campaign toolkit",
 *   "partnership_id": "g-fife",
 *   "stages": ["planning", "deciding", "designing", "doing", "delivering",
 *              "evaluating"],
 *   "aimed_rung": "co-production", "deadline": "2024-09-10",
 *   "deadline_fixed": true,
 *   "involvements": [ { "person_id": "p-ash", "stage": "planning",
 *                       "mode": "partner", "hours": 0 } ],
 *   "feedback_events": [] }
 * ```
 *
 * Since: 0.1
 */

struct _CoprodProject
{
  CoprodRecord parent_instance;

  char *title;
  char *partnership_id;
  CoprodStage stages;
  CoprodRung aimed_rung;
  char *deadline;
  gboolean deadline_fixed;
  GListStore *involvements;
  GListStore *feedback_events;
};

G_DEFINE_FINAL_TYPE (CoprodProject, coprod_project, COPROD_TYPE_RECORD)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_PARTNERSHIP_ID,
  PROP_STAGES,
  PROP_AIMED_RUNG,
  PROP_DEADLINE,
  PROP_DEADLINE_FIXED,
  PROP_INVOLVEMENTS,
  PROP_FEEDBACK_EVENTS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
coprod_project_dispose (GObject *object)
{
  CoprodProject *self = COPROD_PROJECT (object);

  g_clear_object (&self->involvements);
  g_clear_object (&self->feedback_events);

  G_OBJECT_CLASS (coprod_project_parent_class)->dispose (object);
}

static void
coprod_project_finalize (GObject *object)
{
  CoprodProject *self = COPROD_PROJECT (object);

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->partnership_id, g_free);
  g_clear_pointer (&self->deadline, g_free);

  G_OBJECT_CLASS (coprod_project_parent_class)->finalize (object);
}

static void
coprod_project_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  CoprodProject *self = COPROD_PROJECT (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_PARTNERSHIP_ID:
      g_value_set_string (value, self->partnership_id);
      break;

    case PROP_STAGES:
      g_value_set_flags (value, self->stages);
      break;

    case PROP_AIMED_RUNG:
      g_value_set_enum (value, self->aimed_rung);
      break;

    case PROP_DEADLINE:
      g_value_set_string (value, self->deadline);
      break;

    case PROP_DEADLINE_FIXED:
      g_value_set_boolean (value, self->deadline_fixed);
      break;

    case PROP_INVOLVEMENTS:
      g_value_set_object (value, self->involvements);
      break;

    case PROP_FEEDBACK_EVENTS:
      g_value_set_object (value, self->feedback_events);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coprod_project_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  CoprodProject *self = COPROD_PROJECT (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      coprod_project_set_title (self, g_value_get_string (value));
      break;

    case PROP_PARTNERSHIP_ID:
      coprod_project_set_partnership_id (self, g_value_get_string (value));
      break;

    case PROP_STAGES:
      coprod_project_set_stages (self, g_value_get_flags (value));
      break;

    case PROP_AIMED_RUNG:
      coprod_project_set_aimed_rung (self, g_value_get_enum (value));
      break;

    case PROP_DEADLINE:
      coprod_project_set_deadline (self, g_value_get_string (value));
      break;

    case PROP_DEADLINE_FIXED:
      coprod_project_set_deadline_fixed (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
add_involvement_child (gpointer owner,
                       gpointer child)
{
  coprod_project_add_involvement (owner, child);
}

static void
add_feedback_event_child (gpointer owner,
                          gpointer child)
{
  coprod_project_add_feedback_event (owner, child);
}

static void
coprod_project_class_init (CoprodProjectClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = (G_PARAM_READWRITE |
                             G_PARAM_EXPLICIT_NOTIFY |
                             G_PARAM_STATIC_STRINGS);

  object_class->dispose = coprod_project_dispose;
  object_class->finalize = coprod_project_finalize;
  object_class->get_property = coprod_project_get_property;
  object_class->set_property = coprod_project_set_property;

  /**
   * CoprodProject:title:
   *
   * The title of the project.
   *
   * Since: 0.1
   */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL, flags);

  /**
   * CoprodProject:partnership-id:
   *
   * The id of the [class@Coprod.Partnership] doing the work, or %NULL.
   *
   * Since: 0.1
   */
  properties[PROP_PARTNERSHIP_ID] =
    _coprod_param_spec_string_kind ("partnership-id", COPROD_STRING_REF, flags);

  /**
   * CoprodProject:stages:
   *
   * The stages of the work in scope, all six (%COPROD_STAGE_ALL) unless
   * some are not the project's to share. An assessment looks only at these
   * stages.
   *
   * Since: 0.1
   */
  properties[PROP_STAGES] =
    g_param_spec_flags ("stages", NULL, NULL,
                        COPROD_TYPE_STAGE, COPROD_STAGE_ALL,
                        flags);

  /**
   * CoprodProject:aimed-rung:
   *
   * The rung of the ladder the project aims for; co-production unless set
   * otherwise.
   *
   * Since: 0.1
   */
  properties[PROP_AIMED_RUNG] =
    g_param_spec_enum ("aimed-rung", NULL, NULL,
                       COPROD_TYPE_RUNG, COPROD_RUNG_CO_PRODUCTION,
                       flags);

  /**
   * CoprodProject:deadline:
   *
   * When the work must be done, as an ISO 8601 date, or %NULL.
   *
   * Since: 0.1
   */
  properties[PROP_DEADLINE] =
    _coprod_param_spec_string_kind ("deadline", COPROD_STRING_DATE, flags);

  /**
   * CoprodProject:deadline-fixed:
   *
   * Whether the [property@Coprod.Project:deadline] is fixed from outside
   * (by a funder, a regulator, a statutory timescale), so the partners
   * cannot move it: a known barrier to full co-production.
   *
   * Since: 0.1
   */
  properties[PROP_DEADLINE_FIXED] =
    g_param_spec_boolean ("deadline-fixed", NULL, NULL, FALSE, flags);

  /**
   * CoprodProject:involvements:
   *
   * Who took part in which stage and how: a [iface@Gio.ListModel] of
   * [class@Coprod.Involvement]. Change it with
   * [method@Coprod.Project.add_involvement] and
   * [method@Coprod.Project.remove_involvement].
   *
   * Since: 0.1
   */
  properties[PROP_INVOLVEMENTS] =
    _coprod_param_spec_children ("involvements", COPROD_TYPE_INVOLVEMENT,
                                 add_involvement_child);

  /**
   * CoprodProject:feedback-events:
   *
   * The times the project's impact was shared back with the people
   * involved: a [iface@Gio.ListModel] of [class@Coprod.FeedbackEvent].
   * Change it with [method@Coprod.Project.add_feedback_event] and
   * [method@Coprod.Project.remove_feedback_event].
   *
   * Since: 0.1
   */
  properties[PROP_FEEDBACK_EVENTS] =
    _coprod_param_spec_children ("feedback-events", COPROD_TYPE_FEEDBACK_EVENT,
                                 add_feedback_event_child);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
coprod_project_init (CoprodProject *self)
{
  self->stages = COPROD_STAGE_ALL;
  self->aimed_rung = COPROD_RUNG_CO_PRODUCTION;
  self->involvements = g_list_store_new (COPROD_TYPE_INVOLVEMENT);
  self->feedback_events = g_list_store_new (COPROD_TYPE_FEEDBACK_EVENT);
}

/**
 * coprod_project_new:
 * @id: the id of the project
 * @title: (nullable): its title
 *
 * Creates a project with all six stages in scope, aiming for
 * co-production.
 *
 * Returns: (transfer full): a new project
 *
 * Since: 0.1
 */
CoprodProject *
coprod_project_new (const char *id,
                    const char *title)
{
  return g_object_new (COPROD_TYPE_PROJECT,
                       "id", id,
                       "title", title,
                       NULL);
}

/**
 * coprod_project_get_title:
 * @self: a project
 *
 * Gets the title of the project.
 *
 * Returns: (nullable): the title
 *
 * Since: 0.1
 */
const char *
coprod_project_get_title (CoprodProject *self)
{
  g_return_val_if_fail (COPROD_IS_PROJECT (self), NULL);

  return self->title;
}

/**
 * coprod_project_set_title:
 * @self: a project
 * @title: (nullable): the title
 *
 * Sets the title of the project.
 *
 * Since: 0.1
 */
void
coprod_project_set_title (CoprodProject *self,
                          const char    *title)
{
  g_return_if_fail (COPROD_IS_PROJECT (self));

  _coprod_set_string (self, &self->title, title, properties[PROP_TITLE]);
}

/**
 * coprod_project_get_partnership_id:
 * @self: a project
 *
 * Gets the id of the partnership doing the work.
 *
 * Returns: (nullable): the id, or %NULL
 *
 * Since: 0.1
 */
const char *
coprod_project_get_partnership_id (CoprodProject *self)
{
  g_return_val_if_fail (COPROD_IS_PROJECT (self), NULL);

  return self->partnership_id;
}

/**
 * coprod_project_set_partnership_id:
 * @self: a project
 * @partnership_id: (nullable): the id of a partnership
 *
 * Sets the id of the partnership doing the work.
 *
 * Since: 0.1
 */
void
coprod_project_set_partnership_id (CoprodProject *self,
                                   const char    *partnership_id)
{
  g_return_if_fail (COPROD_IS_PROJECT (self));

  _coprod_set_string (self, &self->partnership_id, partnership_id,
                      properties[PROP_PARTNERSHIP_ID]);
}

/**
 * coprod_project_get_stages:
 * @self: a project
 *
 * Gets the stages of the work in scope.
 *
 * Returns: the stages
 *
 * Since: 0.1
 */
CoprodStage
coprod_project_get_stages (CoprodProject *self)
{
  g_return_val_if_fail (COPROD_IS_PROJECT (self), COPROD_STAGE_ALL);

  return self->stages;
}

/**
 * coprod_project_set_stages:
 * @self: a project
 * @stages: the stages
 *
 * Sets the stages of the work in scope.
 *
 * Since: 0.1
 */
void
coprod_project_set_stages (CoprodProject *self,
                           CoprodStage    stages)
{
  g_return_if_fail (COPROD_IS_PROJECT (self));

  _coprod_set_enum (self, (guint *) &self->stages, stages,
                    properties[PROP_STAGES]);
}

/**
 * coprod_project_get_aimed_rung:
 * @self: a project
 *
 * Gets the rung of the ladder the project aims for.
 *
 * Returns: the rung
 *
 * Since: 0.1
 */
CoprodRung
coprod_project_get_aimed_rung (CoprodProject *self)
{
  g_return_val_if_fail (COPROD_IS_PROJECT (self), COPROD_RUNG_CO_PRODUCTION);

  return self->aimed_rung;
}

/**
 * coprod_project_set_aimed_rung:
 * @self: a project
 * @rung: the rung
 *
 * Sets the rung of the ladder the project aims for.
 *
 * Since: 0.1
 */
void
coprod_project_set_aimed_rung (CoprodProject *self,
                               CoprodRung     rung)
{
  g_return_if_fail (COPROD_IS_PROJECT (self));

  _coprod_set_enum (self, (guint *) &self->aimed_rung, rung,
                    properties[PROP_AIMED_RUNG]);
}

/**
 * coprod_project_get_deadline:
 * @self: a project
 *
 * Gets when the work must be done.
 *
 * Returns: (nullable): an ISO 8601 date, or %NULL
 *
 * Since: 0.1
 */
const char *
coprod_project_get_deadline (CoprodProject *self)
{
  g_return_val_if_fail (COPROD_IS_PROJECT (self), NULL);

  return self->deadline;
}

/**
 * coprod_project_set_deadline:
 * @self: a project
 * @date: (nullable): an ISO 8601 date, see [func@Coprod.date_is_valid]
 *
 * Sets when the work must be done.
 *
 * Since: 0.1
 */
void
coprod_project_set_deadline (CoprodProject *self,
                             const char    *date)
{
  g_return_if_fail (COPROD_IS_PROJECT (self));

  _coprod_set_string (self, &self->deadline, date, properties[PROP_DEADLINE]);
}

/**
 * coprod_project_get_deadline_fixed:
 * @self: a project
 *
 * Gets whether the deadline is fixed from outside.
 *
 * Returns: %TRUE if the deadline is fixed from outside
 *
 * Since: 0.1
 */
gboolean
coprod_project_get_deadline_fixed (CoprodProject *self)
{
  g_return_val_if_fail (COPROD_IS_PROJECT (self), FALSE);

  return self->deadline_fixed;
}

/**
 * coprod_project_set_deadline_fixed:
 * @self: a project
 * @fixed: whether the deadline is fixed from outside
 *
 * Sets whether the deadline is fixed from outside.
 *
 * Since: 0.1
 */
void
coprod_project_set_deadline_fixed (CoprodProject *self,
                                   gboolean       fixed)
{
  g_return_if_fail (COPROD_IS_PROJECT (self));

  _coprod_set_boolean (self, &self->deadline_fixed, fixed,
                       properties[PROP_DEADLINE_FIXED]);
}

/**
 * coprod_project_get_involvements:
 * @self: a project
 *
 * Gets the involvements of the project, in the order they were added. The
 * list changes as involvements are added and removed.
 *
 * Returns: (transfer none): a list model of [class@Coprod.Involvement]
 *
 * Since: 0.1
 */
GListModel *
coprod_project_get_involvements (CoprodProject *self)
{
  g_return_val_if_fail (COPROD_IS_PROJECT (self), NULL);

  return G_LIST_MODEL (self->involvements);
}

/**
 * coprod_project_add_involvement:
 * @self: a project
 * @involvement: an involvement
 *
 * Appends @involvement to the project's involvements. The project takes a
 * reference.
 *
 * Since: 0.1
 */
void
coprod_project_add_involvement (CoprodProject     *self,
                                CoprodInvolvement *involvement)
{
  g_return_if_fail (COPROD_IS_PROJECT (self));
  g_return_if_fail (COPROD_IS_INVOLVEMENT (involvement));

  g_list_store_append (self->involvements, involvement);
}

/**
 * coprod_project_remove_involvement:
 * @self: a project
 * @involvement: an involvement of @self
 *
 * Removes @involvement from the project.
 *
 * Returns: %TRUE if @involvement was one of the project's involvements and
 *   was removed, %FALSE if it was not there
 *
 * Since: 0.1
 */
gboolean
coprod_project_remove_involvement (CoprodProject     *self,
                                   CoprodInvolvement *involvement)
{
  guint position;

  g_return_val_if_fail (COPROD_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (COPROD_IS_INVOLVEMENT (involvement), FALSE);

  if (!g_list_store_find (self->involvements, involvement, &position))
    return FALSE;

  g_list_store_remove (self->involvements, position);

  return TRUE;
}

/**
 * coprod_project_get_feedback_events:
 * @self: a project
 *
 * Gets the times the project's impact was shared back, in the order they
 * were added. The list changes as feedback events are added and removed.
 *
 * Returns: (transfer none): a list model of [class@Coprod.FeedbackEvent]
 *
 * Since: 0.1
 */
GListModel *
coprod_project_get_feedback_events (CoprodProject *self)
{
  g_return_val_if_fail (COPROD_IS_PROJECT (self), NULL);

  return G_LIST_MODEL (self->feedback_events);
}

/**
 * coprod_project_add_feedback_event:
 * @self: a project
 * @event: a feedback event
 *
 * Appends @event to the project's feedback events. The project takes a
 * reference.
 *
 * Since: 0.1
 */
void
coprod_project_add_feedback_event (CoprodProject       *self,
                                   CoprodFeedbackEvent *event)
{
  g_return_if_fail (COPROD_IS_PROJECT (self));
  g_return_if_fail (COPROD_IS_FEEDBACK_EVENT (event));

  g_list_store_append (self->feedback_events, event);
}

/**
 * coprod_project_remove_feedback_event:
 * @self: a project
 * @event: a feedback event of @self
 *
 * Removes @event from the project.
 *
 * Returns: %TRUE if @event was one of the project's feedback events and
 *   was removed, %FALSE if it was not there
 *
 * Since: 0.1
 */
gboolean
coprod_project_remove_feedback_event (CoprodProject       *self,
                                      CoprodFeedbackEvent *event)
{
  guint position;

  g_return_val_if_fail (COPROD_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (COPROD_IS_FEEDBACK_EVENT (event), FALSE);

  if (!g_list_store_find (self->feedback_events, event, &position))
    return FALSE;

  g_list_store_remove (self->feedback_events, position);

  return TRUE;
}
