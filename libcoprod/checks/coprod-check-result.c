/* coprod-check-result.c: the outcome of a practice's automatic check
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "coprod-check-result-private.h"
#include "coprod-enum-types.h"

/**
 * CoprodCheckResult:
 *
 * The outcome of one automatic check of a practice, run on the records of
 * a project or a partnership by [method@Coprod.Registry.run_check].
 *
 * A result gives the check's name ([property@Coprod.CheckResult:name]), a
 * status ([enum@Coprod.CheckStatus]), a one-line summary and the
 * evidence: the ids of the records the check looked at
 * ([method@Coprod.CheckResult.get_evidence_ids]), how many items it
 * considered and how many of them met its rule. The status follows from
 * the counts: met when every item considered met the rule, partly met
 * when some did, not met when none did, and not applicable when there was
 * nothing to consider. The summary names records by id only, never by a
 * person's name or any other text from a record.
 *
 * ```c
 * CoprodPractice *practice =
 *   coprod_framework_lookup_practice (coprod_framework_get_default (),
 *                                     "equity-support-and-resources");
 * g_autoptr(GError) error = NULL;
 * g_autoptr(CoprodCheckResult) result =
 *   coprod_registry_run_check (registry, practice, "proj-1", NULL, &error);
 *
 * if (result != NULL)
 *   g_print ("%s\n", coprod_check_result_get_summary (result));
 * ```
 *
 * Since: 0.1
 */

struct _CoprodCheckResult
{
  GObject parent_instance;

  char *name;
  CoprodCheckStatus status;
  char *summary;
  char **evidence_ids;
  guint n_considered;
  guint n_met;
};

G_DEFINE_FINAL_TYPE (CoprodCheckResult, coprod_check_result, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_STATUS,
  PROP_SUMMARY,
  PROP_EVIDENCE_IDS,
  PROP_N_CONSIDERED,
  PROP_N_MET,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
coprod_check_result_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  CoprodCheckResult *self = COPROD_CHECK_RESULT (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;

    case PROP_SUMMARY:
      g_value_set_string (value, self->summary);
      break;

    case PROP_EVIDENCE_IDS:
      g_value_set_boxed (value, self->evidence_ids);
      break;

    case PROP_N_CONSIDERED:
      g_value_set_uint (value, self->n_considered);
      break;

    case PROP_N_MET:
      g_value_set_uint (value, self->n_met);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coprod_check_result_finalize (GObject *object)
{
  CoprodCheckResult *self = COPROD_CHECK_RESULT (object);

  g_free (self->name);
  g_free (self->summary);
  g_strfreev (self->evidence_ids);

  G_OBJECT_CLASS (coprod_check_result_parent_class)->finalize (object);
}

static void
coprod_check_result_class_init (CoprodCheckResultClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = coprod_check_result_get_property;
  object_class->finalize = coprod_check_result_finalize;

  /**
   * CoprodCheckResult:name:
   *
   * The name of the check, one of [func@Coprod.Practice.list_checks].
   *
   * Since: 0.1
   */
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CoprodCheckResult:status:
   *
   * Whether the practice's rule was met.
   *
   * Since: 0.1
   */
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL,
                       COPROD_TYPE_CHECK_STATUS, COPROD_CHECK_STATUS_NOT_APPLICABLE,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CoprodCheckResult:summary:
   *
   * One line saying what the check found, naming records by id only.
   *
   * Since: 0.1
   */
  properties[PROP_SUMMARY] =
    g_param_spec_string ("summary", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CoprodCheckResult:evidence-ids:
   *
   * The ids of the records the check looked at, each once, in the order
   * it met them.
   *
   * Since: 0.1
   */
  properties[PROP_EVIDENCE_IDS] =
    g_param_spec_boxed ("evidence-ids", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CoprodCheckResult:n-considered:
   *
   * How many items the check considered: meetings, payments, projects,
   * people or periods, as the check says.
   *
   * Since: 0.1
   */
  properties[PROP_N_CONSIDERED] =
    g_param_spec_uint ("n-considered", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CoprodCheckResult:n-met:
   *
   * How many of the items considered met the check's rule.
   *
   * Since: 0.1
   */
  properties[PROP_N_MET] =
    g_param_spec_uint ("n-met", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
coprod_check_result_init (CoprodCheckResult *self)
{
}

CoprodCheckResult *
_coprod_check_result_new (const char         *name,
                          CoprodCheckStatus   status,
                          const char         *summary,
                          char              **evidence_ids,
                          guint               n_considered,
                          guint               n_met)
{
  CoprodCheckResult *self = g_object_new (COPROD_TYPE_CHECK_RESULT, NULL);

  self->name = g_strdup (name);
  self->status = status;
  self->summary = g_strdup (summary);
  self->evidence_ids = evidence_ids != NULL ? evidence_ids : g_new0 (char *, 1);
  self->n_considered = n_considered;
  self->n_met = n_met;

  return self;
}

/**
 * coprod_check_result_get_name:
 * @self: a check result
 *
 * Gets the name of the check that was run.
 *
 * Returns: (transfer none): one of [func@Coprod.Practice.list_checks]
 *
 * Since: 0.1
 */
const char *
coprod_check_result_get_name (CoprodCheckResult *self)
{
  g_return_val_if_fail (COPROD_IS_CHECK_RESULT (self), NULL);

  return self->name;
}

/**
 * coprod_check_result_get_status:
 * @self: a check result
 *
 * Gets whether the practice's rule was met.
 *
 * Returns: the status
 *
 * Since: 0.1
 */
CoprodCheckStatus
coprod_check_result_get_status (CoprodCheckResult *self)
{
  g_return_val_if_fail (COPROD_IS_CHECK_RESULT (self), COPROD_CHECK_STATUS_NOT_APPLICABLE);

  return self->status;
}

/**
 * coprod_check_result_get_summary:
 * @self: a check result
 *
 * Gets one line saying what the check found. It names records by id only.
 *
 * Returns: (transfer none): the summary
 *
 * Since: 0.1
 */
const char *
coprod_check_result_get_summary (CoprodCheckResult *self)
{
  g_return_val_if_fail (COPROD_IS_CHECK_RESULT (self), NULL);

  return self->summary;
}

/**
 * coprod_check_result_get_evidence_ids:
 * @self: a check result
 *
 * Gets the ids of the records the check looked at, each once.
 *
 * Returns: (transfer none) (array zero-terminated=1): the ids, empty if
 *   the check looked at nothing
 *
 * Since: 0.1
 */
const char * const *
coprod_check_result_get_evidence_ids (CoprodCheckResult *self)
{
  g_return_val_if_fail (COPROD_IS_CHECK_RESULT (self), NULL);

  return (const char * const *) self->evidence_ids;
}

/**
 * coprod_check_result_get_n_considered:
 * @self: a check result
 *
 * Gets how many items the check considered.
 *
 * Returns: the count
 *
 * Since: 0.1
 */
guint
coprod_check_result_get_n_considered (CoprodCheckResult *self)
{
  g_return_val_if_fail (COPROD_IS_CHECK_RESULT (self), 0);

  return self->n_considered;
}

/**
 * coprod_check_result_get_n_met:
 * @self: a check result
 *
 * Gets how many of the items considered met the check's rule.
 *
 * Returns: the count
 *
 * Since: 0.1
 */
guint
coprod_check_result_get_n_met (CoprodCheckResult *self)
{
  g_return_val_if_fail (COPROD_IS_CHECK_RESULT (self), 0);

  return self->n_met;
}
