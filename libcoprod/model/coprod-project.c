/* coprod-project.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "coprod-enum-types.h"
#include "coprod-partnership.h"
#include "coprod-project.h"
#include "coprod-record-private.h"

/**
 * CoprodProject:
 *
 * A piece of work, from a leaflet to training for a whole organisation.
 *
 * A project names the [class@Coprod.Partnership] doing it, where it is in
 * its life (its [enum@Coprod.ProjectStatus]), the stages of the work in
 * scope (all six unless set otherwise), the rung of the ladder it aims for
 * and the one it claims to have reached (neither unless recorded), who
 * started it and whether people with lived experience led it, and its
 * deadline, with whether that deadline is fixed from outside. Inside it are its [class@Coprod.Involvement]s, one per person
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
 *   "status": "under-way", "aimed_rung": "co-production",
 *   "claimed_rung": "none", "initiated_by": "jointly",
 *   "lived_experience_led": false, "deadline": "2024-09-10",
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
  CoprodProjectStatus status;
  CoprodStage stages;
  CoprodRung aimed_rung;
  CoprodRung claimed_rung;
  CoprodInitiator initiated_by;
  gboolean lived_experience_led;
  char *deadline;
  gboolean deadline_fixed;
  /* made when needed: see coprod-field.c */
  GListModel *involvements;
  GListModel *feedback_events;
};

G_DEFINE_FINAL_TYPE (CoprodProject, coprod_project, COPROD_TYPE_RECORD)

enum {
  FIELD_TITLE,
  FIELD_PARTNERSHIP_ID,
  FIELD_STATUS,
  FIELD_STAGES,
  FIELD_AIMED_RUNG,
  FIELD_CLAIMED_RUNG,
  FIELD_INITIATED_BY,
  FIELD_LIVED_EXPERIENCE_LED,
  FIELD_DEADLINE,
  FIELD_DEADLINE_FIXED,
  FIELD_INVOLVEMENTS,
  FIELD_FEEDBACK_EVENTS,
  N_FIELDS
};

static CoprodField fields[N_FIELDS] = {
  /**
   * CoprodProject:title:
   *
   * The title of the project.
   *
   * Since: 0.1
   */
  [FIELD_TITLE] = COPROD_TEXT_FIELD (CoprodProject, title, "title"),

  /**
   * CoprodProject:partnership-id:
   *
   * The id of the [class@Coprod.Partnership] doing the work, or %NULL.
   *
   * Since: 0.1
   */
  [FIELD_PARTNERSHIP_ID] = COPROD_REF_FIELD (CoprodProject, partnership_id,
                                             "partnership-id",
                                             coprod_partnership_get_type),

  /**
   * CoprodProject:status:
   *
   * Where the project is in its life: planned, under way, completed,
   * paused or cancelled; [enum@Coprod.ProjectStatus.UNSPECIFIED] when not
   * recorded. The assessment of a project that is planned, under way or
   * paused reads what is missing as still to come.
   *
   * Since: 0.1
   */
  [FIELD_STATUS] = COPROD_ENUM_FIELD (CoprodProject, status, "status",
                                      coprod_project_status_get_type,
                                      COPROD_PROJECT_STATUS_UNSPECIFIED),

  /**
   * CoprodProject:stages:
   *
   * The stages of the work in scope, all six (%COPROD_STAGE_ALL) unless
   * some are not the project's to share. An assessment looks only at these
   * stages.
   *
   * Since: 0.1
   */
  [FIELD_STAGES] = COPROD_FLAGS_FIELD (CoprodProject, stages, "stages",
                                       coprod_stage_get_type,
                                       COPROD_STAGE_ALL),

  /**
   * CoprodProject:aimed-rung:
   *
   * The rung of the ladder the project aims for, or
   * [enum@Coprod.Rung.NONE] when no aim is recorded: an assessment says
   * nothing about an aim that was never set.
   *
   * Since: 0.1
   */
  [FIELD_AIMED_RUNG] = COPROD_ENUM_FIELD (CoprodProject, aimed_rung,
                                          "aimed-rung",
                                          coprod_rung_get_type,
                                          COPROD_RUNG_NONE),

  /**
   * CoprodProject:claimed-rung:
   *
   * The rung the organisation says the project reached, or
   * [enum@Coprod.Rung.NONE] when it claims none. An assessment sets it
   * beside the rung the involvements give.
   *
   * Since: 0.1
   */
  [FIELD_CLAIMED_RUNG] = COPROD_ENUM_FIELD (CoprodProject, claimed_rung,
                                            "claimed-rung",
                                            coprod_rung_get_type,
                                            COPROD_RUNG_NONE),

  /**
   * CoprodProject:initiated-by:
   *
   * Who started the project: people with lived experience, an
   * organisation, or both together; [enum@Coprod.Initiator.UNSPECIFIED]
   * when not recorded.
   *
   * Since: 0.1
   */
  [FIELD_INITIATED_BY] = COPROD_ENUM_FIELD (CoprodProject, initiated_by,
                                            "initiated-by",
                                            coprod_initiator_get_type,
                                            COPROD_INITIATOR_UNSPECIFIED),

  /**
   * CoprodProject:lived-experience-led:
   *
   * Whether people with lived experience lead the project.
   *
   * Since: 0.1
   */
  [FIELD_LIVED_EXPERIENCE_LED] = COPROD_BOOLEAN_FIELD (CoprodProject,
                                                       lived_experience_led,
                                                       "lived-experience-led",
                                                       FALSE),

  /**
   * CoprodProject:deadline:
   *
   * When the work must be done, as an ISO 8601 date, or %NULL.
   *
   * Since: 0.1
   */
  [FIELD_DEADLINE] = COPROD_DATE_FIELD (CoprodProject, deadline, "deadline"),

  /**
   * CoprodProject:deadline-fixed:
   *
   * Whether the [property@Coprod.Project:deadline] is fixed from outside
   * (by a funder, a regulator, a statutory timescale), so the partners
   * cannot move it: a known barrier to full co-production.
   *
   * Since: 0.1
   */
  [FIELD_DEADLINE_FIXED] = COPROD_BOOLEAN_FIELD (CoprodProject, deadline_fixed,
                                                 "deadline-fixed", FALSE),

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
  [FIELD_INVOLVEMENTS] = COPROD_CHILDREN_FIELD (CoprodProject, involvements,
                                                "involvements",
                                                coprod_involvement_get_type),

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
  [FIELD_FEEDBACK_EVENTS] =
    COPROD_CHILDREN_FIELD (CoprodProject, feedback_events, "feedback-events",
                           coprod_feedback_event_get_type),
};

static void
coprod_project_class_init (CoprodProjectClass *klass)
{
  _coprod_fields_install (G_OBJECT_CLASS (klass), fields, N_FIELDS);
}

static void
coprod_project_init (CoprodProject *self)
{
  _coprod_fields_init_instance (self, fields, N_FIELDS);
}

/**
 * coprod_project_new:
 * @id: the id of the project
 * @title: (nullable): its title
 *
 * Creates a project with all six stages in scope and no aim recorded.
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

  _coprod_field_set_string (self, &fields[FIELD_TITLE], title);
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

  _coprod_field_set_string (self, &fields[FIELD_PARTNERSHIP_ID],
                            partnership_id);
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

  _coprod_field_set_flags (self, &fields[FIELD_STAGES], stages);
}

/**
 * coprod_project_get_aimed_rung:
 * @self: a project
 *
 * Gets the rung of the ladder the project aims for.
 *
 * Returns: the rung, or [enum@Coprod.Rung.NONE] if no aim is recorded
 *
 * Since: 0.1
 */
CoprodRung
coprod_project_get_aimed_rung (CoprodProject *self)
{
  g_return_val_if_fail (COPROD_IS_PROJECT (self), COPROD_RUNG_NONE);

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

  _coprod_field_set_enum (self, &fields[FIELD_AIMED_RUNG], rung);
}

/**
 * coprod_project_get_status:
 * @self: a project
 *
 * Gets where the project is in its life.
 *
 * Returns: the status
 *
 * Since: 0.1
 */
CoprodProjectStatus
coprod_project_get_status (CoprodProject *self)
{
  g_return_val_if_fail (COPROD_IS_PROJECT (self), COPROD_PROJECT_STATUS_UNSPECIFIED);

  return self->status;
}

/**
 * coprod_project_set_status:
 * @self: a project
 * @status: the status
 *
 * Sets where the project is in its life.
 *
 * Since: 0.1
 */
void
coprod_project_set_status (CoprodProject       *self,
                           CoprodProjectStatus  status)
{
  g_return_if_fail (COPROD_IS_PROJECT (self));

  _coprod_field_set_enum (self, &fields[FIELD_STATUS], status);
}

/**
 * coprod_project_get_claimed_rung:
 * @self: a project
 *
 * Gets the rung the organisation says the project reached.
 *
 * Returns: the rung, or [enum@Coprod.Rung.NONE] if none is claimed
 *
 * Since: 0.1
 */
CoprodRung
coprod_project_get_claimed_rung (CoprodProject *self)
{
  g_return_val_if_fail (COPROD_IS_PROJECT (self), COPROD_RUNG_NONE);

  return self->claimed_rung;
}

/**
 * coprod_project_set_claimed_rung:
 * @self: a project
 * @rung: the rung, or [enum@Coprod.Rung.NONE] for no claim
 *
 * Sets the rung the organisation says the project reached.
 *
 * Since: 0.1
 */
void
coprod_project_set_claimed_rung (CoprodProject *self,
                                 CoprodRung     rung)
{
  g_return_if_fail (COPROD_IS_PROJECT (self));

  _coprod_field_set_enum (self, &fields[FIELD_CLAIMED_RUNG], rung);
}

/**
 * coprod_project_get_initiated_by:
 * @self: a project
 *
 * Gets who started the project.
 *
 * Returns: who started it
 *
 * Since: 0.1
 */
CoprodInitiator
coprod_project_get_initiated_by (CoprodProject *self)
{
  g_return_val_if_fail (COPROD_IS_PROJECT (self), COPROD_INITIATOR_UNSPECIFIED);

  return self->initiated_by;
}

/**
 * coprod_project_set_initiated_by:
 * @self: a project
 * @initiator: who started it
 *
 * Sets who started the project.
 *
 * Since: 0.1
 */
void
coprod_project_set_initiated_by (CoprodProject   *self,
                                 CoprodInitiator  initiator)
{
  g_return_if_fail (COPROD_IS_PROJECT (self));

  _coprod_field_set_enum (self, &fields[FIELD_INITIATED_BY], initiator);
}

/**
 * coprod_project_get_lived_experience_led:
 * @self: a project
 *
 * Gets whether people with lived experience lead the project.
 *
 * Returns: %TRUE if they do
 *
 * Since: 0.1
 */
gboolean
coprod_project_get_lived_experience_led (CoprodProject *self)
{
  g_return_val_if_fail (COPROD_IS_PROJECT (self), FALSE);

  return self->lived_experience_led;
}

/**
 * coprod_project_set_lived_experience_led:
 * @self: a project
 * @led: whether people with lived experience lead it
 *
 * Sets whether people with lived experience lead the project.
 *
 * Since: 0.1
 */
void
coprod_project_set_lived_experience_led (CoprodProject *self,
                                         gboolean       led)
{
  g_return_if_fail (COPROD_IS_PROJECT (self));

  _coprod_field_set_boolean (self, &fields[FIELD_LIVED_EXPERIENCE_LED], led);
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

  _coprod_field_set_string (self, &fields[FIELD_DEADLINE], date);
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

  _coprod_field_set_boolean (self, &fields[FIELD_DEADLINE_FIXED], fixed);
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

  return _coprod_field_get_children (self, &fields[FIELD_INVOLVEMENTS]);
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

  _coprod_field_add_child (self, &fields[FIELD_INVOLVEMENTS], involvement);
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
  g_return_val_if_fail (COPROD_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (COPROD_IS_INVOLVEMENT (involvement), FALSE);

  return _coprod_field_remove_child (self, &fields[FIELD_INVOLVEMENTS], involvement);
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

  return _coprod_field_get_children (self, &fields[FIELD_FEEDBACK_EVENTS]);
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

  _coprod_field_add_child (self, &fields[FIELD_FEEDBACK_EVENTS], event);
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
  g_return_val_if_fail (COPROD_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (COPROD_IS_FEEDBACK_EVENT (event), FALSE);

  return _coprod_field_remove_child (self, &fields[FIELD_FEEDBACK_EVENTS], event);
}
