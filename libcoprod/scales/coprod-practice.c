/* coprod-practice.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "coprod-practice.h"
#include "coprod-practice-private.h"

/**
 * CoprodPractice:
 *
 * One practice of a [class@Coprod.Value]: something people can see done,
 * or not done, in a piece of co-produced work ("the purpose and aims of a
 * meeting are shared beforehand").
 *
 * A practice has an [property@Coprod.Practice:id], unique within its
 * framework, which a [class@Coprod.Rating] of a review names, and a
 * [property@Coprod.Practice:text] saying what the practice is.
 *
 * A practice may name an automatic [property@Coprod.Practice:check]: one
 * of the names [func@Coprod.Practice.list_checks] gives, each a check of
 * the registry's records (were the papers of each meeting shared before
 * it, were claims paid on time), run by [method@Coprod.Registry.run_check].
 * Some checks take
 * parameters, such as the number of `days` before a meeting the purpose
 * and agenda should be shared. Parameters are kept as text, so that every
 * language reads them the same way: a whole number is written in decimal
 * ("5"). [method@Coprod.Practice.get_parameter_names] lists those the
 * practice sets and [method@Coprod.Practice.get_parameter] reads one.
 *
 * Practices are made by frameworks and do not change.
 *
 * ```c
 * CoprodFramework *flse = coprod_framework_get_default ();
 * CoprodPractice *practice =
 *   coprod_framework_lookup_practice (flse, "accessibility-purpose-shared");
 *
 * g_print ("%s: check %s, %s days before\n",
 *          coprod_practice_get_id (practice),
 *          coprod_practice_get_check (practice),
 *          coprod_practice_get_parameter (practice, "days"));
 * ```
 *
 * Since: 0.1
 */

struct _CoprodPractice
{
  GObject parent_instance;

  char *id;
  char *text;
  char *check;
  GPtrArray *names;      /* parameter names, NULL-terminated, in order */
  GHashTable *values;    /* name -> value, both owned by names and here */
};

G_DEFINE_FINAL_TYPE (CoprodPractice, coprod_practice, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TEXT,
  PROP_CHECK,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The automatic checks a practice may name, and the parameters each
 * takes. The review engine reads the registry for each; the names are
 * reserved for it and documented in doc/frameworks.md. */
typedef struct
{
  const char *name;
  const char *parameters[2];
} KnownCheck;

static const KnownCheck known_checks[] = {
  { "purpose-and-agenda-shared", { "days", NULL } },
  { "access-needs-met", { NULL } },
  { "accessible-venue", { NULL } },
  { "trauma-informed-venue", { NULL } },
  { "support-offered", { NULL } },
  { "claims-paid-on-time", { NULL } },
  { "impact-fed-back", { NULL } },
  { "regular-reflection", { "days", NULL } },
  { "lived-experience-deciding", { NULL } },
  { "choice-of-formats", { NULL } },
  { "plain-language-papers", { NULL } },
  { "skills-developed", { NULL } },
  { "workload", { "per-week", NULL } },
};

static const char * const check_names[] = {
  "purpose-and-agenda-shared",
  "access-needs-met",
  "accessible-venue",
  "trauma-informed-venue",
  "support-offered",
  "claims-paid-on-time",
  "impact-fed-back",
  "regular-reflection",
  "lived-experience-deciding",
  "choice-of-formats",
  "plain-language-papers",
  "skills-developed",
  "workload",
  NULL
};

G_STATIC_ASSERT (G_N_ELEMENTS (check_names) == G_N_ELEMENTS (known_checks) + 1);

static void
coprod_practice_finalize (GObject *object)
{
  CoprodPractice *self = COPROD_PRACTICE (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->check, g_free);
  g_clear_pointer (&self->values, g_hash_table_unref);
  g_clear_pointer (&self->names, g_ptr_array_unref);

  G_OBJECT_CLASS (coprod_practice_parent_class)->finalize (object);
}

static void
coprod_practice_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  CoprodPractice *self = COPROD_PRACTICE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;

    case PROP_CHECK:
      g_value_set_string (value, self->check);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coprod_practice_class_init (CoprodPracticeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = (G_PARAM_READABLE |
                             G_PARAM_EXPLICIT_NOTIFY |
                             G_PARAM_STATIC_STRINGS);

  object_class->finalize = coprod_practice_finalize;
  object_class->get_property = coprod_practice_get_property;

  /**
   * CoprodPractice:id:
   *
   * The practice's id, unique within its framework: lower case, words
   * joined by dashes, usually starting with its value's key
   * (`"reciprocity-impact-shared"`). A [class@Coprod.Rating] names it.
   *
   * Since: 0.1
   */
  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, "", flags);

  /**
   * CoprodPractice:text:
   *
   * What the practice is, in a sentence.
   *
   * Since: 0.1
   */
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, "", flags);

  /**
   * CoprodPractice:check:
   *
   * The name of the automatic check that reads the registry for this
   * practice, one of [func@Coprod.Practice.list_checks], or %NULL if
   * only people can judge it.
   *
   * Since: 0.1
   */
  properties[PROP_CHECK] =
    g_param_spec_string ("check", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
coprod_practice_init (CoprodPractice *self)
{
  self->id = g_strdup ("");
  self->text = g_strdup ("");
  self->names = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (self->names, NULL);
  self->values = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
}

CoprodPractice *
_coprod_practice_new (const char *id,
                      const char *text,
                      const char *check)
{
  CoprodPractice *self;

  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (text != NULL, NULL);

  self = g_object_new (COPROD_TYPE_PRACTICE, NULL);
  g_free (self->id);
  self->id = g_strdup (id);
  g_free (self->text);
  self->text = g_strdup (text);
  self->check = g_strdup (check);

  return self;
}

void
_coprod_practice_add_parameter (CoprodPractice *self,
                                const char     *name,
                                const char     *value)
{
  char *owned;

  g_return_if_fail (COPROD_IS_PRACTICE (self));
  g_return_if_fail (self->check != NULL);
  g_return_if_fail (name != NULL && value != NULL);
  g_return_if_fail (!g_hash_table_contains (self->values, name));

  owned = g_strdup (name);
  /* keep the array NULL-terminated: the new name takes the NULL's place */
  g_ptr_array_index (self->names, self->names->len - 1) = owned;
  g_ptr_array_add (self->names, NULL);
  g_hash_table_insert (self->values, owned, g_strdup (value));
}

gboolean
_coprod_practice_is_check (const char *check)
{
  return check != NULL && g_strv_contains (check_names, check);
}

/**
 * coprod_practice_get_id:
 * @self: a practice
 *
 * Gets the practice's id, unique within its framework.
 *
 * Returns: the id
 *
 * Since: 0.1
 */
const char *
coprod_practice_get_id (CoprodPractice *self)
{
  g_return_val_if_fail (COPROD_IS_PRACTICE (self), NULL);

  return self->id;
}

/**
 * coprod_practice_get_text:
 * @self: a practice
 *
 * Gets what the practice is.
 *
 * Returns: the text
 *
 * Since: 0.1
 */
const char *
coprod_practice_get_text (CoprodPractice *self)
{
  g_return_val_if_fail (COPROD_IS_PRACTICE (self), NULL);

  return self->text;
}

/**
 * coprod_practice_get_check:
 * @self: a practice
 *
 * Gets the name of the automatic check for the practice.
 *
 * Returns: (nullable): one of [func@Coprod.Practice.list_checks], or
 *   %NULL if the practice names none
 *
 * Since: 0.1
 */
const char *
coprod_practice_get_check (CoprodPractice *self)
{
  g_return_val_if_fail (COPROD_IS_PRACTICE (self), NULL);

  return self->check;
}

/**
 * coprod_practice_get_parameter_names:
 * @self: a practice
 *
 * Lists the names of the parameters the practice gives its check, in the
 * order the framework gives them; empty if it gives none or names no
 * check.
 *
 * Returns: (transfer none) (array zero-terminated=1): the names
 *
 * Since: 0.1
 */
const char * const *
coprod_practice_get_parameter_names (CoprodPractice *self)
{
  g_return_val_if_fail (COPROD_IS_PRACTICE (self), NULL);

  return (const char * const *) self->names->pdata;
}

/**
 * coprod_practice_get_parameter:
 * @self: a practice
 * @name: the name of a parameter, such as `days`
 *
 * Gets a parameter the practice gives its check. Parameters are text; a
 * whole number is written in decimal, so that `days` of 5 is `"5"`.
 *
 * Returns: (nullable): the value, or %NULL if the practice does not set
 *   @name
 *
 * Since: 0.1
 */
const char *
coprod_practice_get_parameter (CoprodPractice *self,
                               const char     *name)
{
  g_return_val_if_fail (COPROD_IS_PRACTICE (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  return g_hash_table_lookup (self->values, name);
}

/**
 * coprod_practice_list_checks:
 *
 * Lists the names of the automatic checks a practice may name:
 * `purpose-and-agenda-shared`, `access-needs-met`, `accessible-venue`,
 * `trauma-informed-venue`, `support-offered`, `claims-paid-on-time`,
 * `impact-fed-back`, `regular-reflection`, `lived-experience-deciding`,
 * `choice-of-formats`, `plain-language-papers`, `skills-developed` and
 * `workload`, in that order. A framework naming any other check does not
 * load. What each will check is described in the documentation's page on
 * frameworks.
 *
 * Returns: (transfer none) (array zero-terminated=1): the names
 *
 * Since: 0.1
 */
const char * const *
coprod_practice_list_checks (void)
{
  return check_names;
}

/**
 * coprod_practice_list_check_parameters:
 * @check: the name of a check, one of [func@Coprod.Practice.list_checks]
 *
 * Lists the parameters @check takes: `days` for
 * `purpose-and-agenda-shared` and `regular-reflection`, `per-week` for
 * `workload`, none for the others. Each is a whole number.
 *
 * Returns: (transfer none) (array zero-terminated=1) (nullable): the
 *   names, empty if @check takes none; %NULL if @check is not a known
 *   check
 *
 * Since: 0.1
 */
const char * const *
coprod_practice_list_check_parameters (const char *check)
{
  guint i;

  g_return_val_if_fail (check != NULL, NULL);

  for (i = 0; i < G_N_ELEMENTS (known_checks); i++)
    if (g_str_equal (known_checks[i].name, check))
      return known_checks[i].parameters;

  return NULL;
}
