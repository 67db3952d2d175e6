/* coprod-gap.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "coprod-enum-types.h"
#include "coprod-gap.h"

/**
 * CoprodGap:
 *
 * What is missing in one stage for a project to reach the next rung of
 * the ladder: the stage, the best way people with lived experience took
 * part in it so far, and the way they would need to.
 *
 * An assessment's gaps ([method@Coprod.Assessment.get_gaps]) come in two
 * kinds. Gaps that are not [property@Coprod.Gap:alternative] must all be
 * closed; of the alternative gaps, closing any one is enough. To reach
 * co-design, for example, people with lived experience must be partners in
 * deciding *or* in designing: two alternative gaps. To reach
 * co-production they must be partners in every stage in scope: one gap
 * per stage where they are not yet, none of them alternative. A gap whose
 * stage is not [property@Coprod.Gap:in-scope] asks for the project's scope
 * to widen, as co-production needs doing or delivering in scope.
 *
 * The gaps are read from the involvements held so far. For a project not
 * yet completed a gap is [property@Coprod.Gap:to-come]: what is still to
 * come, not what was left out; a gap that a planned involvement would close
 * is [property@Coprod.Gap:planned].
 *
 * Since: 0.1
 */

struct _CoprodGap
{
  GObject parent_instance;

  CoprodStage stage;
  CoprodMode current_mode;
  CoprodMode required_mode;
  gboolean in_scope;
  gboolean alternative;
  gboolean to_come;
  gboolean planned;
};

G_DEFINE_FINAL_TYPE (CoprodGap, coprod_gap, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STAGE,
  PROP_CURRENT_MODE,
  PROP_REQUIRED_MODE,
  PROP_IN_SCOPE,
  PROP_ALTERNATIVE,
  PROP_TO_COME,
  PROP_PLANNED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
coprod_gap_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  CoprodGap *self = COPROD_GAP (object);

  switch (prop_id)
    {
    case PROP_STAGE:
      g_value_set_flags (value, self->stage);
      break;

    case PROP_CURRENT_MODE:
      g_value_set_enum (value, self->current_mode);
      break;

    case PROP_REQUIRED_MODE:
      g_value_set_enum (value, self->required_mode);
      break;

    case PROP_IN_SCOPE:
      g_value_set_boolean (value, self->in_scope);
      break;

    case PROP_ALTERNATIVE:
      g_value_set_boolean (value, self->alternative);
      break;

    case PROP_TO_COME:
      g_value_set_boolean (value, self->to_come);
      break;

    case PROP_PLANNED:
      g_value_set_boolean (value, self->planned);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coprod_gap_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  CoprodGap *self = COPROD_GAP (object);

  switch (prop_id)
    {
    case PROP_STAGE:
      self->stage = g_value_get_flags (value);
      break;

    case PROP_CURRENT_MODE:
      self->current_mode = g_value_get_enum (value);
      break;

    case PROP_REQUIRED_MODE:
      self->required_mode = g_value_get_enum (value);
      break;

    case PROP_IN_SCOPE:
      self->in_scope = g_value_get_boolean (value);
      break;

    case PROP_ALTERNATIVE:
      self->alternative = g_value_get_boolean (value);
      break;

    case PROP_TO_COME:
      self->to_come = g_value_get_boolean (value);
      break;

    case PROP_PLANNED:
      self->planned = g_value_get_boolean (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coprod_gap_class_init (CoprodGapClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = (G_PARAM_READWRITE |
                             G_PARAM_CONSTRUCT_ONLY |
                             G_PARAM_STATIC_STRINGS);

  object_class->get_property = coprod_gap_get_property;
  object_class->set_property = coprod_gap_set_property;

  /**
   * CoprodGap:stage:
   *
   * The stage, one of [flags@Coprod.Stage].
   *
   * Since: 0.1
   */
  properties[PROP_STAGE] =
    g_param_spec_flags ("stage", NULL, NULL,
                        COPROD_TYPE_STAGE, COPROD_STAGE_NONE, flags);

  /**
   * CoprodGap:current-mode:
   *
   * The best way a person with lived experience took part in the stage so
   * far; [enum@Coprod.Mode.NONE] if nobody did.
   *
   * Since: 0.1
   */
  properties[PROP_CURRENT_MODE] =
    g_param_spec_enum ("current-mode", NULL, NULL,
                       COPROD_TYPE_MODE, COPROD_MODE_NONE, flags);

  /**
   * CoprodGap:required-mode:
   *
   * The way someone with lived experience would need to take part in the
   * stage.
   *
   * Since: 0.1
   */
  properties[PROP_REQUIRED_MODE] =
    g_param_spec_enum ("required-mode", NULL, NULL,
                       COPROD_TYPE_MODE, COPROD_MODE_NONE, flags);

  /**
   * CoprodGap:in-scope:
   *
   * Whether the stage is in the project's scope. A gap outside the scope
   * asks for the scope to widen.
   *
   * Since: 0.1
   */
  properties[PROP_IN_SCOPE] =
    g_param_spec_boolean ("in-scope", NULL, NULL, TRUE, flags);

  /**
   * CoprodGap:alternative:
   *
   * Whether closing this gap or any other alternative gap of the same
   * assessment is enough.
   *
   * Since: 0.1
   */
  properties[PROP_ALTERNATIVE] =
    g_param_spec_boolean ("alternative", NULL, NULL, FALSE, flags);

  /**
   * CoprodGap:to-come:
   *
   * Whether the gap is still to come rather than missing: the project is
   * not yet completed (it is planned, under way or paused; see
   * [property@Coprod.Project:status]), so the stage may yet be done as
   * required. %FALSE for a completed or cancelled project, and for one whose
   * status is not recorded.
   *
   * Since: 0.1
   */
  properties[PROP_TO_COME] =
    g_param_spec_boolean ("to-come", NULL, NULL, FALSE, flags);

  /**
   * CoprodGap:planned:
   *
   * Whether a planned involvement ([property@Coprod.Involvement:planned])
   * of a person with lived experience would close the gap: the plan has
   * someone take part in the stage in the required mode or better.
   *
   * Since: 0.1
   */
  properties[PROP_PLANNED] =
    g_param_spec_boolean ("planned", NULL, NULL, FALSE, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
coprod_gap_init (CoprodGap *self)
{
  self->in_scope = TRUE;
}

/**
 * coprod_gap_get_stage:
 * @self: a gap
 *
 * Gets the stage of the gap.
 *
 * Returns: one stage
 *
 * Since: 0.1
 */
CoprodStage
coprod_gap_get_stage (CoprodGap *self)
{
  g_return_val_if_fail (COPROD_IS_GAP (self), COPROD_STAGE_NONE);

  return self->stage;
}

/**
 * coprod_gap_get_current_mode:
 * @self: a gap
 *
 * Gets the best way people with lived experience took part in the stage.
 *
 * Returns: the mode, [enum@Coprod.Mode.NONE] if nobody did
 *
 * Since: 0.1
 */
CoprodMode
coprod_gap_get_current_mode (CoprodGap *self)
{
  g_return_val_if_fail (COPROD_IS_GAP (self), COPROD_MODE_NONE);

  return self->current_mode;
}

/**
 * coprod_gap_get_required_mode:
 * @self: a gap
 *
 * Gets the way people with lived experience would need to take part.
 *
 * Returns: the mode
 *
 * Since: 0.1
 */
CoprodMode
coprod_gap_get_required_mode (CoprodGap *self)
{
  g_return_val_if_fail (COPROD_IS_GAP (self), COPROD_MODE_NONE);

  return self->required_mode;
}

/**
 * coprod_gap_get_in_scope:
 * @self: a gap
 *
 * Gets whether the stage is in the project's scope.
 *
 * Returns: %TRUE if it is
 *
 * Since: 0.1
 */
gboolean
coprod_gap_get_in_scope (CoprodGap *self)
{
  g_return_val_if_fail (COPROD_IS_GAP (self), FALSE);

  return self->in_scope;
}

/**
 * coprod_gap_get_alternative:
 * @self: a gap
 *
 * Gets whether closing this gap or another alternative one is enough.
 *
 * Returns: %TRUE if the gap is one of alternatives
 *
 * Since: 0.1
 */
gboolean
coprod_gap_get_alternative (CoprodGap *self)
{
  g_return_val_if_fail (COPROD_IS_GAP (self), FALSE);

  return self->alternative;
}

/**
 * coprod_gap_get_to_come:
 * @self: a gap
 *
 * Gets whether the gap is still to come rather than missing, because the
 * project is not yet completed.
 *
 * Returns: %TRUE if the gap is still to come
 *
 * Since: 0.1
 */
gboolean
coprod_gap_get_to_come (CoprodGap *self)
{
  g_return_val_if_fail (COPROD_IS_GAP (self), FALSE);

  return self->to_come;
}

/**
 * coprod_gap_get_planned:
 * @self: a gap
 *
 * Gets whether a planned involvement would close the gap.
 *
 * Returns: %TRUE if one would
 *
 * Since: 0.1
 */
gboolean
coprod_gap_get_planned (CoprodGap *self)
{
  g_return_val_if_fail (COPROD_IS_GAP (self), FALSE);

  return self->planned;
}
