/* coprod-finding.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "coprod-enum-types.h"
#include "coprod-finding.h"

/**
 * CoprodFinding:
 *
 * One thing a check found: a reference that dangles, an end before its
 * start, a stage where people with lived experience were only consulted.
 *
 * A finding has a [property@Coprod.Finding:severity], a stable
 * [property@Coprod.Finding:code] that programs can match on (such as
 * `dangling-reference`), a sentence for people in
 * [property@Coprod.Finding:message], and where it is: the id of the record
 * and, where it applies, the JSON member.
 *
 * Findings are immutable: their properties are set when they are made.
 *
 * ```c
 * g_autoptr(GListModel) findings = coprod_registry_validate (registry);
 *
 * for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
 *   {
 *     g_autoptr(CoprodFinding) f = g_list_model_get_item (findings, i);
 *     g_autofree char *line = coprod_finding_to_string (f);
 *
 *     g_print ("%s\n", line);
 *   }
 * ```
 *
 * Since: 0.1
 */

struct _CoprodFinding
{
  GObject parent_instance;

  CoprodSeverity severity;
  char *code;
  char *record_id;
  char *member;
  char *message;
};

G_DEFINE_FINAL_TYPE (CoprodFinding, coprod_finding, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_SEVERITY,
  PROP_CODE,
  PROP_RECORD_ID,
  PROP_MEMBER,
  PROP_MESSAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
coprod_finding_finalize (GObject *object)
{
  CoprodFinding *self = COPROD_FINDING (object);

  g_clear_pointer (&self->code, g_free);
  g_clear_pointer (&self->record_id, g_free);
  g_clear_pointer (&self->member, g_free);
  g_clear_pointer (&self->message, g_free);

  G_OBJECT_CLASS (coprod_finding_parent_class)->finalize (object);
}

static void
coprod_finding_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  CoprodFinding *self = COPROD_FINDING (object);

  switch (prop_id)
    {
    case PROP_SEVERITY:
      g_value_set_enum (value, self->severity);
      break;

    case PROP_CODE:
      g_value_set_string (value, self->code);
      break;

    case PROP_RECORD_ID:
      g_value_set_string (value, self->record_id);
      break;

    case PROP_MEMBER:
      g_value_set_string (value, self->member);
      break;

    case PROP_MESSAGE:
      g_value_set_string (value, self->message);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coprod_finding_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  CoprodFinding *self = COPROD_FINDING (object);

  switch (prop_id)
    {
    case PROP_SEVERITY:
      self->severity = g_value_get_enum (value);
      break;

    case PROP_CODE:
      self->code = g_value_dup_string (value);
      break;

    case PROP_RECORD_ID:
      self->record_id = g_value_dup_string (value);
      break;

    case PROP_MEMBER:
      self->member = g_value_dup_string (value);
      break;

    case PROP_MESSAGE:
      self->message = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coprod_finding_class_init (CoprodFindingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = (G_PARAM_READWRITE |
                             G_PARAM_CONSTRUCT_ONLY |
                             G_PARAM_STATIC_STRINGS);

  object_class->finalize = coprod_finding_finalize;
  object_class->get_property = coprod_finding_get_property;
  object_class->set_property = coprod_finding_set_property;

  /**
   * CoprodFinding:severity:
   *
   * How serious the finding is.
   *
   * Since: 0.1
   */
  properties[PROP_SEVERITY] =
    g_param_spec_enum ("severity", NULL, NULL,
                       COPROD_TYPE_SEVERITY, COPROD_SEVERITY_INFO,
                       flags);

  /**
   * CoprodFinding:code:
   *
   * A stable, machine-readable name for the kind of finding, such as
   * `dangling-reference` or `end-before-start`.
   *
   * Since: 0.1
   */
  properties[PROP_CODE] =
    g_param_spec_string ("code", NULL, NULL, NULL, flags);

  /**
   * CoprodFinding:record-id:
   *
   * The id of the record the finding is about, if any.
   *
   * Since: 0.1
   */
  properties[PROP_RECORD_ID] =
    g_param_spec_string ("record-id", NULL, NULL, NULL, flags);

  /**
   * CoprodFinding:member:
   *
   * The JSON member the finding is about, if any, such as `person_id` or
   * `involvements[2].person_id`.
   *
   * Since: 0.1
   */
  properties[PROP_MEMBER] =
    g_param_spec_string ("member", NULL, NULL, NULL, flags);

  /**
   * CoprodFinding:message:
   *
   * The finding in a sentence, for people. It names records by id, never
   * people by name.
   *
   * Since: 0.1
   */
  properties[PROP_MESSAGE] =
    g_param_spec_string ("message", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
coprod_finding_init (CoprodFinding *self)
{
}

/**
 * coprod_finding_new:
 * @severity: how serious it is
 * @code: a stable machine-readable name for the kind of finding
 * @record_id: (nullable): the id of the record it is about
 * @member: (nullable): the JSON member it is about
 * @message: the finding in a sentence
 *
 * Creates a finding.
 *
 * Returns: (transfer full): a new finding
 *
 * Since: 0.1
 */
CoprodFinding *
coprod_finding_new (CoprodSeverity  severity,
                    const char     *code,
                    const char     *record_id,
                    const char     *member,
                    const char     *message)
{
  CoprodFinding *self;

  g_return_val_if_fail (code != NULL, NULL);
  g_return_val_if_fail (message != NULL, NULL);

  /* the engines make many: the fields are set here rather than through
   * the properties' values, with the same result */
  self = g_object_new (COPROD_TYPE_FINDING, NULL);
  self->severity = severity;
  self->code = g_strdup (code);
  self->record_id = g_strdup (record_id);
  self->member = g_strdup (member);
  self->message = g_strdup (message);

  return self;
}

/**
 * coprod_finding_get_severity:
 * @self: a finding
 *
 * Gets how serious the finding is.
 *
 * Returns: the severity
 *
 * Since: 0.1
 */
CoprodSeverity
coprod_finding_get_severity (CoprodFinding *self)
{
  g_return_val_if_fail (COPROD_IS_FINDING (self), COPROD_SEVERITY_INFO);

  return self->severity;
}

/**
 * coprod_finding_get_code:
 * @self: a finding
 *
 * Gets the machine-readable name of the kind of finding.
 *
 * Returns: the code
 *
 * Since: 0.1
 */
const char *
coprod_finding_get_code (CoprodFinding *self)
{
  g_return_val_if_fail (COPROD_IS_FINDING (self), NULL);

  return self->code;
}

/**
 * coprod_finding_get_record_id:
 * @self: a finding
 *
 * Gets the id of the record the finding is about.
 *
 * Returns: (nullable): the id
 *
 * Since: 0.1
 */
const char *
coprod_finding_get_record_id (CoprodFinding *self)
{
  g_return_val_if_fail (COPROD_IS_FINDING (self), NULL);

  return self->record_id;
}

/**
 * coprod_finding_get_member:
 * @self: a finding
 *
 * Gets the JSON member the finding is about.
 *
 * Returns: (nullable): the member
 *
 * Since: 0.1
 */
const char *
coprod_finding_get_member (CoprodFinding *self)
{
  g_return_val_if_fail (COPROD_IS_FINDING (self), NULL);

  return self->member;
}

/**
 * coprod_finding_get_message:
 * @self: a finding
 *
 * Gets the finding as a sentence.
 *
 * Returns: the message
 *
 * Since: 0.1
 */
const char *
coprod_finding_get_message (CoprodFinding *self)
{
  g_return_val_if_fail (COPROD_IS_FINDING (self), NULL);

  return self->message;
}

/**
 * coprod_finding_to_string:
 * @self: a finding
 *
 * Formats the finding on one line, as `error: p-7, member person_id:
 * message [code]`.
 *
 * Returns: (transfer full): the line
 *
 * Since: 0.1
 */
char *
coprod_finding_to_string (CoprodFinding *self)
{
  g_autoptr(GEnumClass) eclass = NULL;
  GEnumValue *severity;
  GString *s;

  g_return_val_if_fail (COPROD_IS_FINDING (self), NULL);

  eclass = g_type_class_ref (COPROD_TYPE_SEVERITY);
  severity = g_enum_get_value (eclass, self->severity);

  s = g_string_new (severity ? severity->value_nick : "finding");
  g_string_append (s, ": ");
  if (self->record_id != NULL)
    {
      g_string_append (s, self->record_id);
      if (self->member != NULL)
        g_string_append_printf (s, ", member %s", self->member);
      g_string_append (s, ": ");
    }
  g_string_append_printf (s, "%s [%s]", self->message, self->code);

  return g_string_free (s, FALSE);
}
