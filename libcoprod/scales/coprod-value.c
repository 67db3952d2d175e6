/* coprod-value.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "coprod-value.h"
#include "coprod-value-private.h"

/**
 * CoprodValue:
 *
 * One value of a [class@Coprod.Framework], such as reciprocity or
 * accessibility, with the [class@Coprod.Practice]s that show it lived.
 *
 * Values are made by frameworks and do not change.
 *
 * ```c
 * GListModel *values = coprod_framework_get_values (coprod_framework_get_default ());
 * g_autoptr(CoprodValue) value = g_list_model_get_item (values, 0);
 *
 * g_print ("%s: %u practices\n", coprod_value_get_title (value),
 *          g_list_model_get_n_items (coprod_value_get_practices (value)));
 * ```
 *
 * Since: 0.1
 */

struct _CoprodValue
{
  GObject parent_instance;

  char *key;
  char *title;
  char *summary;
  GListStore *practices;
};

G_DEFINE_FINAL_TYPE (CoprodValue, coprod_value, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_KEY,
  PROP_TITLE,
  PROP_SUMMARY,
  PROP_PRACTICES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
coprod_value_dispose (GObject *object)
{
  CoprodValue *self = COPROD_VALUE (object);

  g_clear_object (&self->practices);

  G_OBJECT_CLASS (coprod_value_parent_class)->dispose (object);
}

static void
coprod_value_finalize (GObject *object)
{
  CoprodValue *self = COPROD_VALUE (object);

  g_clear_pointer (&self->key, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->summary, g_free);

  G_OBJECT_CLASS (coprod_value_parent_class)->finalize (object);
}

static void
coprod_value_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  CoprodValue *self = COPROD_VALUE (object);

  switch (prop_id)
    {
    case PROP_KEY:
      g_value_set_string (value, self->key);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_SUMMARY:
      g_value_set_string (value, self->summary);
      break;

    case PROP_PRACTICES:
      g_value_set_object (value, self->practices);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coprod_value_class_init (CoprodValueClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = (G_PARAM_READABLE |
                             G_PARAM_EXPLICIT_NOTIFY |
                             G_PARAM_STATIC_STRINGS);

  object_class->dispose = coprod_value_dispose;
  object_class->finalize = coprod_value_finalize;
  object_class->get_property = coprod_value_get_property;

  /**
   * CoprodValue:key:
   *
   * The value's key, unique within its framework: lower case, words
   * joined by dashes (`"ongoing-learning"`).
   *
   * Since: 0.1
   */
  properties[PROP_KEY] =
    g_param_spec_string ("key", NULL, NULL, "", flags);

  /**
   * CoprodValue:title:
   *
   * The value's name, for people to read.
   *
   * Since: 0.1
   */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, "", flags);

  /**
   * CoprodValue:summary:
   *
   * What the value means, in a sentence or two, or %NULL.
   *
   * Since: 0.1
   */
  properties[PROP_SUMMARY] =
    g_param_spec_string ("summary", NULL, NULL, NULL, flags);

  /**
   * CoprodValue:practices:
   *
   * The practices that show the value lived, a [iface@Gio.ListModel] of
   * [class@Coprod.Practice], in the framework's order.
   *
   * Since: 0.1
   */
  properties[PROP_PRACTICES] =
    g_param_spec_object ("practices", NULL, NULL, G_TYPE_LIST_MODEL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
coprod_value_init (CoprodValue *self)
{
  self->key = g_strdup ("");
  self->title = g_strdup ("");
  self->practices = g_list_store_new (COPROD_TYPE_PRACTICE);
}

CoprodValue *
_coprod_value_new (const char *key,
                   const char *title,
                   const char *summary)
{
  CoprodValue *self;

  g_return_val_if_fail (key != NULL, NULL);
  g_return_val_if_fail (title != NULL, NULL);

  self = g_object_new (COPROD_TYPE_VALUE, NULL);
  g_free (self->key);
  self->key = g_strdup (key);
  g_free (self->title);
  self->title = g_strdup (title);
  self->summary = g_strdup (summary);

  return self;
}

void
_coprod_value_add_practice (CoprodValue    *self,
                            CoprodPractice *practice)
{
  g_return_if_fail (COPROD_IS_VALUE (self));
  g_return_if_fail (COPROD_IS_PRACTICE (practice));

  g_list_store_append (self->practices, practice);
}

/**
 * coprod_value_get_key:
 * @self: a value
 *
 * Gets the value's key, unique within its framework.
 *
 * Returns: the key
 *
 * Since: 0.1
 */
const char *
coprod_value_get_key (CoprodValue *self)
{
  g_return_val_if_fail (COPROD_IS_VALUE (self), NULL);

  return self->key;
}

/**
 * coprod_value_get_title:
 * @self: a value
 *
 * Gets the value's name.
 *
 * Returns: the title
 *
 * Since: 0.1
 */
const char *
coprod_value_get_title (CoprodValue *self)
{
  g_return_val_if_fail (COPROD_IS_VALUE (self), NULL);

  return self->title;
}

/**
 * coprod_value_get_summary:
 * @self: a value
 *
 * Gets what the value means.
 *
 * Returns: (nullable): the summary
 *
 * Since: 0.1
 */
const char *
coprod_value_get_summary (CoprodValue *self)
{
  g_return_val_if_fail (COPROD_IS_VALUE (self), NULL);

  return self->summary;
}

/**
 * coprod_value_get_practices:
 * @self: a value
 *
 * Gets the value's practices. The list does not change.
 *
 * Returns: (transfer none): a list model of [class@Coprod.Practice]
 *
 * Since: 0.1
 */
GListModel *
coprod_value_get_practices (CoprodValue *self)
{
  g_return_val_if_fail (COPROD_IS_VALUE (self), NULL);

  return G_LIST_MODEL (self->practices);
}
