/* coprod-involvement.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "coprod-enum-types.h"
#include "coprod-involvement.h"
#include "coprod-person.h"
#include "coprod-record-private.h"

/**
 * CoprodInvolvement:
 *
 * One person taking part in one stage of a [class@Coprod.Project]: who,
 * in which stage, how (from passive recipient to equal partner), whether
 * it is held or only planned, when, and for how many hours.
 *
 * The involvements of a project are what its assessment reads: for each
 * stage in scope, the best [enum@Coprod.Mode] among the people with lived
 * experience decides the rung of the ladder reached. An involvement is not
 * a record of its own: it lives inside its project (see
 * [method@Coprod.Project.add_involvement]) and has no id.
 *
 * ```c
 * g_autoptr(CoprodInvolvement) involvement =
 *   coprod_involvement_new ("p-ash", COPROD_STAGE_DESIGNING,
 *                           COPROD_MODE_PARTNER);
 * coprod_involvement_set_date (involvement, "2024-03-12");
 * coprod_involvement_set_hours (involvement, 2.5);
 * coprod_project_add_involvement (project, involvement);
 * ```
 *
 * In JSON, in the project's `involvements` array; the stage is one nick:
 *
 * ```json
 * { "person_id": "p-ash", "stage": "designing", "mode": "partner",
 *   "planned": false, "date": "2024-03-12", "hours": 2.5 }
 * ```
 *
 * Since: 0.1
 */

struct _CoprodInvolvement
{
  GObject parent_instance;

  gpointer owner;   /* the record it is inside: see _coprod_object_get_owner() */
  char *person_id;
  CoprodStage stage;
  CoprodMode mode;
  gboolean planned;
  char *date;
  double hours;
  char *note;
};

G_DEFINE_FINAL_TYPE (CoprodInvolvement, coprod_involvement, G_TYPE_OBJECT)

enum {
  FIELD_PERSON_ID,
  FIELD_STAGE,
  FIELD_MODE,
  FIELD_PLANNED,
  FIELD_DATE,
  FIELD_HOURS,
  FIELD_NOTE,
  N_FIELDS
};

static CoprodField fields[N_FIELDS] = {
  /**
   * CoprodInvolvement:person-id:
   *
   * The id of the [class@Coprod.Person] who took part.
   *
   * Since: 0.1
   */
  [FIELD_PERSON_ID] = COPROD_REF_FIELD (CoprodInvolvement, person_id, "person-id",
                                        coprod_person_get_type),

  /**
   * CoprodInvolvement:stage:
   *
   * The one stage of the project the person took part in, or
   * %COPROD_STAGE_NONE if it is not recorded. It holds a single stage,
   * never several: record each stage as an involvement of its own. In JSON
   * it is one nick, `"designing"`, not an array.
   *
   * Since: 0.1
   */
  [FIELD_STAGE] = COPROD_SINGLE_FLAG_FIELD (CoprodInvolvement, stage, "stage",
                                            coprod_stage_get_type),

  /**
   * CoprodInvolvement:mode:
   *
   * How the person took part in the stage: from passive recipient to equal
   * partner.
   *
   * Since: 0.1
   */
  [FIELD_MODE] = COPROD_ENUM_FIELD (CoprodInvolvement, mode, "mode",
                                    coprod_mode_get_type,
                                    COPROD_MODE_NONE),

  /**
   * CoprodInvolvement:planned:
   *
   * Whether the involvement is planned rather than held: %FALSE (held)
   * unless set. An assessment counts planned involvements only in the
   * rung the plan would reach ([property@Coprod.Assessment:projected-rung]),
   * never in the rung reached so far.
   *
   * Since: 0.1
   */
  [FIELD_PLANNED] = COPROD_BOOLEAN_FIELD (CoprodInvolvement, planned, "planned", FALSE),

  /**
   * CoprodInvolvement:date:
   *
   * When the person took part, as an ISO 8601 date.
   *
   * Since: 0.1
   */
  [FIELD_DATE] = COPROD_DATE_FIELD (CoprodInvolvement, date, "date"),

  /**
   * CoprodInvolvement:hours:
   *
   * The hours the person gave, from 0 to 100000; 0 when not recorded.
   *
   * Since: 0.1
   */
  [FIELD_HOURS] = COPROD_DOUBLE_FIELD (CoprodInvolvement, hours, "hours",
                                       0.0, 100000.0, 0.0),

  /**
   * CoprodInvolvement:note:
   *
   * A note on the involvement. Free text: never exported.
   *
   * Since: 0.1
   */
  [FIELD_NOTE] = COPROD_TEXT_FIELD (CoprodInvolvement, note, "note"),
};

static void
coprod_involvement_class_init (CoprodInvolvementClass *klass)
{
  _coprod_fields_install_child (G_OBJECT_CLASS (klass), fields, N_FIELDS,
                                G_STRUCT_OFFSET (CoprodInvolvement, owner));
}

static void
coprod_involvement_init (CoprodInvolvement *self)
{
  _coprod_fields_init_instance (self, fields, N_FIELDS);
}

/**
 * coprod_involvement_new:
 * @person_id: (nullable): the id of the person who took part
 * @stage: the one stage they took part in, or %COPROD_STAGE_NONE
 * @mode: how they took part
 *
 * Creates an involvement.
 *
 * Returns: (transfer full): a new involvement
 *
 * Since: 0.1
 */
CoprodInvolvement *
coprod_involvement_new (const char  *person_id,
                        CoprodStage  stage,
                        CoprodMode   mode)
{
  return g_object_new (COPROD_TYPE_INVOLVEMENT,
                       "person-id", person_id,
                       "stage", stage,
                       "mode", mode,
                       NULL);
}

/**
 * coprod_involvement_get_person_id:
 * @self: an involvement
 *
 * Gets the id of the person who took part.
 *
 * Returns: (nullable): the id
 *
 * Since: 0.1
 */
const char *
coprod_involvement_get_person_id (CoprodInvolvement *self)
{
  g_return_val_if_fail (COPROD_IS_INVOLVEMENT (self), NULL);

  return self->person_id;
}

/**
 * coprod_involvement_set_person_id:
 * @self: an involvement
 * @person_id: (nullable): the id of a person
 *
 * Sets the id of the person who took part.
 *
 * Since: 0.1
 */
void
coprod_involvement_set_person_id (CoprodInvolvement *self,
                                  const char        *person_id)
{
  g_return_if_fail (COPROD_IS_INVOLVEMENT (self));

  _coprod_field_set_string (self, &fields[FIELD_PERSON_ID], person_id);
}

/**
 * coprod_involvement_get_stage:
 * @self: an involvement
 *
 * Gets the stage the person took part in.
 *
 * Returns: a single stage, or %COPROD_STAGE_NONE
 *
 * Since: 0.1
 */
CoprodStage
coprod_involvement_get_stage (CoprodInvolvement *self)
{
  g_return_val_if_fail (COPROD_IS_INVOLVEMENT (self), COPROD_STAGE_NONE);

  return self->stage;
}

/**
 * coprod_involvement_set_stage:
 * @self: an involvement
 * @stage: a single stage, or %COPROD_STAGE_NONE
 *
 * Sets the stage the person took part in. It must be one stage (a single
 * bit of [flags@Coprod.Stage]) or %COPROD_STAGE_NONE: record each stage as
 * an involvement of its own.
 *
 * Since: 0.1
 */
void
coprod_involvement_set_stage (CoprodInvolvement *self,
                              CoprodStage        stage)
{
  g_return_if_fail (COPROD_IS_INVOLVEMENT (self));
  /* the field checks this too; here the warning names the stage */
  g_return_if_fail ((stage & (stage - 1)) == 0);

  _coprod_field_set_flags (self, &fields[FIELD_STAGE], stage);
}

/**
 * coprod_involvement_get_mode:
 * @self: an involvement
 *
 * Gets how the person took part.
 *
 * Returns: the mode
 *
 * Since: 0.1
 */
CoprodMode
coprod_involvement_get_mode (CoprodInvolvement *self)
{
  g_return_val_if_fail (COPROD_IS_INVOLVEMENT (self), COPROD_MODE_NONE);

  return self->mode;
}

/**
 * coprod_involvement_set_mode:
 * @self: an involvement
 * @mode: the mode
 *
 * Sets how the person took part.
 *
 * Since: 0.1
 */
void
coprod_involvement_set_mode (CoprodInvolvement *self,
                             CoprodMode         mode)
{
  g_return_if_fail (COPROD_IS_INVOLVEMENT (self));

  _coprod_field_set_enum (self, &fields[FIELD_MODE], mode);
}

/**
 * coprod_involvement_get_date:
 * @self: an involvement
 *
 * Gets the date the person took part.
 *
 * Returns: (nullable): an ISO 8601 date
 *
 * Since: 0.1
 */
const char *
coprod_involvement_get_date (CoprodInvolvement *self)
{
  g_return_val_if_fail (COPROD_IS_INVOLVEMENT (self), NULL);

  return self->date;
}

/**
 * coprod_involvement_set_date:
 * @self: an involvement
 * @date: (nullable): an ISO 8601 date, see [func@Coprod.date_is_valid]
 *
 * Sets the date the person took part.
 *
 * Since: 0.1
 */
void
coprod_involvement_set_date (CoprodInvolvement *self,
                             const char        *date)
{
  g_return_if_fail (COPROD_IS_INVOLVEMENT (self));

  _coprod_field_set_string (self, &fields[FIELD_DATE], date);
}

/**
 * coprod_involvement_get_hours:
 * @self: an involvement
 *
 * Gets the hours the person gave.
 *
 * Returns: the hours
 *
 * Since: 0.1
 */
double
coprod_involvement_get_hours (CoprodInvolvement *self)
{
  g_return_val_if_fail (COPROD_IS_INVOLVEMENT (self), 0.0);

  return self->hours;
}

/**
 * coprod_involvement_set_hours:
 * @self: an involvement
 * @hours: the hours, from 0 to 100000
 *
 * Sets the hours the person gave.
 *
 * Since: 0.1
 */
void
coprod_involvement_set_hours (CoprodInvolvement *self,
                              double             hours)
{
  g_return_if_fail (COPROD_IS_INVOLVEMENT (self));

  _coprod_field_set_double (self, &fields[FIELD_HOURS], hours);
}

/**
 * coprod_involvement_get_note:
 * @self: an involvement
 *
 * Gets the note on the involvement.
 *
 * Returns: (nullable): the note
 *
 * Since: 0.1
 */
const char *
coprod_involvement_get_note (CoprodInvolvement *self)
{
  g_return_val_if_fail (COPROD_IS_INVOLVEMENT (self), NULL);

  return self->note;
}

/**
 * coprod_involvement_set_note:
 * @self: an involvement
 * @note: (nullable): the note
 *
 * Sets the note on the involvement.
 *
 * Since: 0.1
 */
void
coprod_involvement_set_note (CoprodInvolvement *self,
                             const char        *note)
{
  g_return_if_fail (COPROD_IS_INVOLVEMENT (self));

  _coprod_field_set_string (self, &fields[FIELD_NOTE], note);
}

/**
 * coprod_involvement_get_planned:
 * @self: an involvement
 *
 * Gets whether the involvement is planned rather than held.
 *
 * Returns: %TRUE if it is planned, %FALSE if it was held
 *
 * Since: 0.1
 */
gboolean
coprod_involvement_get_planned (CoprodInvolvement *self)
{
  g_return_val_if_fail (COPROD_IS_INVOLVEMENT (self), FALSE);

  return self->planned;
}

/**
 * coprod_involvement_set_planned:
 * @self: an involvement
 * @planned: %TRUE if it is planned, %FALSE if it was held
 *
 * Sets whether the involvement is planned rather than held.
 *
 * Since: 0.1
 */
void
coprod_involvement_set_planned (CoprodInvolvement *self,
                                gboolean           planned)
{
  g_return_if_fail (COPROD_IS_INVOLVEMENT (self));

  _coprod_field_set_boolean (self, &fields[FIELD_PLANNED], planned);
}
