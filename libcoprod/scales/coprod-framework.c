/* coprod-framework.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "coprod-framework.h"
#include "coprod-framework-private.h"

/**
 * CoprodFramework:
 *
 * A values framework of co-production: the [class@Coprod.Value]s that
 * good co-production lives by (reciprocity, accessibility ...), each with
 * [class@Coprod.Practice]s that can be checked against what actually
 * happened, and a scale on which a [class@Coprod.Review] rates each
 * practice.
 *
 * The built-in frameworks ([func@Coprod.Framework.list_builtin]):
 *
 * - `flse`, the default: the six co-production values of Fulfilling Lives
 *   South East, with their fifteen practices
 * - `scie`: the four principles of co-production of the Social Care
 *   Institute for Excellence (equality, diversity, accessibility,
 *   reciprocity)
 * - `nef`: the six principles of co-production set out with the new
 *   economics foundation (assets, capacity, mutuality, networks, blurring
 *   roles, catalysts)
 * - `ukspi`: the UK Standards for Public Involvement (2019), six
 *   standards for involving the public in health and care research
 * - `4pi`: the 4PI National Involvement Standards of the National
 *   Survivor User Network (principles, purpose, presence, process,
 *   impact)
 *
 * Each is written in the library's own words, and its
 * [property@Coprod.Framework:source-work] names the work it follows.
 *
 * The [property@Coprod.Framework:scale-minimum] and
 * [property@Coprod.Framework:scale-maximum] bound the scores a rating may
 * give; the scale is divided into bands, each with a label
 * ([method@Coprod.Framework.get_band_label]). The built-in frameworks
 * rate from 1 to 5, with a label for each score.
 *
 * Other frameworks load from JSON, with
 * [ctor@Coprod.Framework.new_from_data] and friends:
 *
 * ```json
 * { "format": "coprod-framework", "version": 1,
 *   "key": "forum-values", "title": "Our forum's values",
 *   "summary": "What the forum board agreed to hold itself to",
 *   "source": { "work": "Forum values", "year": 2024,
 *               "publisher": "The forum board" },
 *   "framework_version": "1",
 *   "scale": { "minimum": 1, "maximum": 3,
 *              "bands": [ { "minimum": 1, "maximum": 1, "label": "Not yet" },
 *                         { "minimum": 2, "maximum": 2, "label": "Partly" },
 *                         { "minimum": 3, "maximum": 3, "label": "Fully" } ] },
 *   "values": [
 *     { "key": "openness", "title": "Openness",
 *       "practices": [
 *         { "id": "openness-papers-early",
 *           "text": "Papers reach everyone a week before each meeting",
 *           "check": "purpose-and-agenda-shared",
 *           "parameters": { "days": 7 } } ] } ] }
 * ```
 *
 * The page on frameworks in the documentation describes each member, and
 * the checks a practice may name ([func@Coprod.Practice.list_checks]).
 *
 * ```c
 * CoprodFramework *flse = coprod_framework_get_default ();
 * CoprodPractice *practice =
 *   coprod_framework_lookup_practice (flse, "reciprocity-impact-shared");
 *
 * g_print ("%s (scored %d: %s)\n", coprod_practice_get_text (practice), 4,
 *          coprod_framework_get_band_label (flse, 4));
 * ```
 *
 * Since: 0.1
 */

typedef struct
{
  int minimum;
  int maximum;
  char *label;
} Band;

struct _CoprodFramework
{
  GObject parent_instance;

  char *key;
  char *title;
  char *summary;
  char *source_work;
  guint source_year;
  char *source_publisher;
  char *version;
  int scale_minimum;
  int scale_maximum;
  GArray *bands;            /* of Band, bottom to top */
  GListStore *values;
  GHashTable *practices;    /* id -> CoprodPractice, held by the values */
  GHashTable *value_keys;   /* key -> CoprodValue, held by the store */
  guint n_practices;
};

G_DEFINE_FINAL_TYPE (CoprodFramework, coprod_framework, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_KEY,
  PROP_TITLE,
  PROP_SUMMARY,
  PROP_SOURCE_WORK,
  PROP_SOURCE_YEAR,
  PROP_SOURCE_PUBLISHER,
  PROP_VERSION,
  PROP_SCALE_MINIMUM,
  PROP_SCALE_MAXIMUM,
  PROP_VALUES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
band_clear (gpointer data)
{
  Band *band = data;

  g_clear_pointer (&band->label, g_free);
}

static void
coprod_framework_dispose (GObject *object)
{
  CoprodFramework *self = COPROD_FRAMEWORK (object);

  g_clear_pointer (&self->practices, g_hash_table_unref);
  g_clear_pointer (&self->value_keys, g_hash_table_unref);
  g_clear_object (&self->values);

  G_OBJECT_CLASS (coprod_framework_parent_class)->dispose (object);
}

static void
coprod_framework_finalize (GObject *object)
{
  CoprodFramework *self = COPROD_FRAMEWORK (object);

  g_clear_pointer (&self->key, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->summary, g_free);
  g_clear_pointer (&self->source_work, g_free);
  g_clear_pointer (&self->source_publisher, g_free);
  g_clear_pointer (&self->version, g_free);
  g_clear_pointer (&self->bands, g_array_unref);

  G_OBJECT_CLASS (coprod_framework_parent_class)->finalize (object);
}

static void
coprod_framework_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  CoprodFramework *self = COPROD_FRAMEWORK (object);

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

    case PROP_SOURCE_WORK:
      g_value_set_string (value, self->source_work);
      break;

    case PROP_SOURCE_YEAR:
      g_value_set_uint (value, self->source_year);
      break;

    case PROP_SOURCE_PUBLISHER:
      g_value_set_string (value, self->source_publisher);
      break;

    case PROP_VERSION:
      g_value_set_string (value, self->version);
      break;

    case PROP_SCALE_MINIMUM:
      g_value_set_int (value, self->scale_minimum);
      break;

    case PROP_SCALE_MAXIMUM:
      g_value_set_int (value, self->scale_maximum);
      break;

    case PROP_VALUES:
      g_value_set_object (value, self->values);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coprod_framework_class_init (CoprodFrameworkClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = (G_PARAM_READABLE |
                             G_PARAM_EXPLICIT_NOTIFY |
                             G_PARAM_STATIC_STRINGS);

  object_class->dispose = coprod_framework_dispose;
  object_class->finalize = coprod_framework_finalize;
  object_class->get_property = coprod_framework_get_property;

  /**
   * CoprodFramework:key:
   *
   * The framework's key: `flse`, `scie`, `nef`, `ukspi` or `4pi` for the
   * built-in frameworks, whatever its JSON says for another. A
   * [class@Coprod.Review] names its framework by this key.
   *
   * Since: 0.1
   */
  properties[PROP_KEY] =
    g_param_spec_string ("key", NULL, NULL, "", flags);

  /**
   * CoprodFramework:title:
   *
   * The framework's name, for people to read.
   *
   * Since: 0.1
   */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, "", flags);

  /**
   * CoprodFramework:summary:
   *
   * What the framework is and where it is used, in a sentence or two.
   *
   * Since: 0.1
   */
  properties[PROP_SUMMARY] =
    g_param_spec_string ("summary", NULL, NULL, NULL, flags);

  /**
   * CoprodFramework:source-work:
   *
   * The work the framework comes from: the title of a guide, a set of
   * standards or a web page.
   *
   * Since: 0.1
   */
  properties[PROP_SOURCE_WORK] =
    g_param_spec_string ("source-work", NULL, NULL, NULL, flags);

  /**
   * CoprodFramework:source-year:
   *
   * The year the work was published, or 0 if it is not dated.
   *
   * Since: 0.1
   */
  properties[PROP_SOURCE_YEAR] =
    g_param_spec_uint ("source-year", NULL, NULL, 0, 9999, 0, flags);

  /**
   * CoprodFramework:source-publisher:
   *
   * Who published the work.
   *
   * Since: 0.1
   */
  properties[PROP_SOURCE_PUBLISHER] =
    g_param_spec_string ("source-publisher", NULL, NULL, NULL, flags);

  /**
   * CoprodFramework:version:
   *
   * The version of the framework's data, so that reviews and reports can
   * say which wording they used.
   *
   * Since: 0.1
   */
  properties[PROP_VERSION] =
    g_param_spec_string ("version", NULL, NULL, NULL, flags);

  /**
   * CoprodFramework:scale-minimum:
   *
   * The lowest score a rating may give on the framework's scale.
   *
   * Since: 0.1
   */
  properties[PROP_SCALE_MINIMUM] =
    g_param_spec_int ("scale-minimum", NULL, NULL, 0, 100, 1, flags);

  /**
   * CoprodFramework:scale-maximum:
   *
   * The highest score a rating may give on the framework's scale.
   *
   * Since: 0.1
   */
  properties[PROP_SCALE_MAXIMUM] =
    g_param_spec_int ("scale-maximum", NULL, NULL, 0, 100, 5, flags);

  /**
   * CoprodFramework:values:
   *
   * The values, a [iface@Gio.ListModel] of [class@Coprod.Value], in the
   * framework's order.
   *
   * Since: 0.1
   */
  properties[PROP_VALUES] =
    g_param_spec_object ("values", NULL, NULL, G_TYPE_LIST_MODEL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
coprod_framework_init (CoprodFramework *self)
{
  self->key = g_strdup ("");
  self->title = g_strdup ("");
  self->scale_minimum = 1;
  self->scale_maximum = 5;
  self->bands = g_array_new (FALSE, FALSE, sizeof (Band));
  g_array_set_clear_func (self->bands, band_clear);
  self->values = g_list_store_new (COPROD_TYPE_VALUE);
  self->practices = g_hash_table_new (g_str_hash, g_str_equal);
  self->value_keys = g_hash_table_new (g_str_hash, g_str_equal);
}

/* Made by the framework reader (format/coprod-framework-reader.c) */

CoprodFramework *
_coprod_framework_new (const char *key,
                       const char *title,
                       const char *summary,
                       const char *work,
                       guint       year,
                       const char *publisher,
                       const char *version,
                       int         minimum,
                       int         maximum)
{
  CoprodFramework *self;

  g_return_val_if_fail (key != NULL, NULL);
  g_return_val_if_fail (title != NULL, NULL);
  g_return_val_if_fail (0 <= minimum && minimum < maximum && maximum <= 100, NULL);

  self = g_object_new (COPROD_TYPE_FRAMEWORK, NULL);
  g_free (self->key);
  self->key = g_strdup (key);
  g_free (self->title);
  self->title = g_strdup (title);
  self->summary = g_strdup (summary);
  self->source_work = g_strdup (work);
  self->source_year = year;
  self->source_publisher = g_strdup (publisher);
  self->version = g_strdup (version);
  self->scale_minimum = minimum;
  self->scale_maximum = maximum;

  return self;
}

void
_coprod_framework_add_band (CoprodFramework *self,
                            int              minimum,
                            int              maximum,
                            const char      *label)
{
  Band band = { minimum, maximum, NULL };

  g_return_if_fail (COPROD_IS_FRAMEWORK (self));
  g_return_if_fail (minimum <= maximum);
  g_return_if_fail (label != NULL);

  band.label = g_strdup (label);
  g_array_append_val (self->bands, band);
}

void
_coprod_framework_add_value (CoprodFramework *self,
                             CoprodValue     *value)
{
  GListModel *practices;
  guint i, n;

  g_return_if_fail (COPROD_IS_FRAMEWORK (self));
  g_return_if_fail (COPROD_IS_VALUE (value));

  g_list_store_append (self->values, value);
  g_hash_table_insert (self->value_keys, (gpointer) coprod_value_get_key (value), value);

  practices = coprod_value_get_practices (value);
  n = g_list_model_get_n_items (practices);
  for (i = 0; i < n; i++)
    {
      g_autoptr(CoprodPractice) practice = g_list_model_get_item (practices, i);
      const char *id = coprod_practice_get_id (practice);

      g_return_if_fail (!g_hash_table_contains (self->practices, id));
      /* the value's list keeps the practice */
      g_hash_table_insert (self->practices, (gpointer) id, practice);
      self->n_practices++;
    }
}

/**
 * coprod_framework_get_key:
 * @self: a framework
 *
 * Gets the framework's key.
 *
 * Returns: the key
 *
 * Since: 0.1
 */
const char *
coprod_framework_get_key (CoprodFramework *self)
{
  g_return_val_if_fail (COPROD_IS_FRAMEWORK (self), NULL);

  return self->key;
}

/**
 * coprod_framework_get_title:
 * @self: a framework
 *
 * Gets the framework's name.
 *
 * Returns: the title
 *
 * Since: 0.1
 */
const char *
coprod_framework_get_title (CoprodFramework *self)
{
  g_return_val_if_fail (COPROD_IS_FRAMEWORK (self), NULL);

  return self->title;
}

/**
 * coprod_framework_get_summary:
 * @self: a framework
 *
 * Gets what the framework is and where it is used.
 *
 * Returns: (nullable): the summary
 *
 * Since: 0.1
 */
const char *
coprod_framework_get_summary (CoprodFramework *self)
{
  g_return_val_if_fail (COPROD_IS_FRAMEWORK (self), NULL);

  return self->summary;
}

/**
 * coprod_framework_get_source_work:
 * @self: a framework
 *
 * Gets the work the framework comes from.
 *
 * Returns: (nullable): the work's title
 *
 * Since: 0.1
 */
const char *
coprod_framework_get_source_work (CoprodFramework *self)
{
  g_return_val_if_fail (COPROD_IS_FRAMEWORK (self), NULL);

  return self->source_work;
}

/**
 * coprod_framework_get_source_year:
 * @self: a framework
 *
 * Gets the year the framework's work was published.
 *
 * Returns: the year, or 0 if the work is not dated
 *
 * Since: 0.1
 */
guint
coprod_framework_get_source_year (CoprodFramework *self)
{
  g_return_val_if_fail (COPROD_IS_FRAMEWORK (self), 0);

  return self->source_year;
}

/**
 * coprod_framework_get_source_publisher:
 * @self: a framework
 *
 * Gets who published the framework's work.
 *
 * Returns: (nullable): the publisher
 *
 * Since: 0.1
 */
const char *
coprod_framework_get_source_publisher (CoprodFramework *self)
{
  g_return_val_if_fail (COPROD_IS_FRAMEWORK (self), NULL);

  return self->source_publisher;
}

/**
 * coprod_framework_get_version:
 * @self: a framework
 *
 * Gets the version of the framework's data.
 *
 * Returns: (nullable): the version
 *
 * Since: 0.1
 */
const char *
coprod_framework_get_version (CoprodFramework *self)
{
  g_return_val_if_fail (COPROD_IS_FRAMEWORK (self), NULL);

  return self->version;
}

/**
 * coprod_framework_get_values:
 * @self: a framework
 *
 * Gets the framework's values, in its order. The list does not change.
 *
 * Returns: (transfer none): a list model of [class@Coprod.Value]
 *
 * Since: 0.1
 */
GListModel *
coprod_framework_get_values (CoprodFramework *self)
{
  g_return_val_if_fail (COPROD_IS_FRAMEWORK (self), NULL);

  return G_LIST_MODEL (self->values);
}

/**
 * coprod_framework_get_n_practices:
 * @self: a framework
 *
 * Counts the practices of all the framework's values.
 *
 * Returns: the number of practices
 *
 * Since: 0.1
 */
guint
coprod_framework_get_n_practices (CoprodFramework *self)
{
  g_return_val_if_fail (COPROD_IS_FRAMEWORK (self), 0);

  return self->n_practices;
}

/**
 * coprod_framework_lookup_practice:
 * @self: a framework
 * @id: the id of a practice
 *
 * Finds a practice of any of the framework's values by its id.
 *
 * Returns: (transfer none) (nullable): the practice, or %NULL if the
 *   framework has none with @id
 *
 * Since: 0.1
 */
CoprodPractice *
coprod_framework_lookup_practice (CoprodFramework *self,
                                  const char      *id)
{
  g_return_val_if_fail (COPROD_IS_FRAMEWORK (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return g_hash_table_lookup (self->practices, id);
}

/**
 * coprod_framework_lookup_value:
 * @self: a framework
 * @key: the key of a value
 *
 * Finds one of the framework's values by its key.
 *
 * Returns: (transfer none) (nullable): the value, or %NULL if the
 *   framework has none with @key
 *
 * Since: 0.1
 */
CoprodValue *
coprod_framework_lookup_value (CoprodFramework *self,
                               const char      *key)
{
  g_return_val_if_fail (COPROD_IS_FRAMEWORK (self), NULL);
  g_return_val_if_fail (key != NULL, NULL);

  return g_hash_table_lookup (self->value_keys, key);
}

/**
 * coprod_framework_get_scale_minimum:
 * @self: a framework
 *
 * Gets the lowest score of the framework's scale.
 *
 * Returns: the lowest score, from 0 to 99
 *
 * Since: 0.1
 */
int
coprod_framework_get_scale_minimum (CoprodFramework *self)
{
  g_return_val_if_fail (COPROD_IS_FRAMEWORK (self), 0);

  return self->scale_minimum;
}

/**
 * coprod_framework_get_scale_maximum:
 * @self: a framework
 *
 * Gets the highest score of the framework's scale.
 *
 * Returns: the highest score, from 1 to 100
 *
 * Since: 0.1
 */
int
coprod_framework_get_scale_maximum (CoprodFramework *self)
{
  g_return_val_if_fail (COPROD_IS_FRAMEWORK (self), 0);

  return self->scale_maximum;
}

/**
 * coprod_framework_is_in_scale:
 * @self: a framework
 * @score: a score
 *
 * Checks whether @score is on the framework's scale.
 *
 * Returns: %TRUE if @score lies from
 *   [property@Coprod.Framework:scale-minimum] to
 *   [property@Coprod.Framework:scale-maximum]
 *
 * Since: 0.1
 */
gboolean
coprod_framework_is_in_scale (CoprodFramework *self,
                              int              score)
{
  g_return_val_if_fail (COPROD_IS_FRAMEWORK (self), FALSE);

  return score >= self->scale_minimum && score <= self->scale_maximum;
}

/**
 * coprod_framework_get_band_label:
 * @self: a framework
 * @score: a score on the framework's scale
 *
 * Finds the label of the band of the scale that @score falls in, such as
 * "Mostly" for 4 on the built-in frameworks' scale.
 *
 * Returns: (nullable): the label, or %NULL if @score is not on the scale
 *
 * Since: 0.1
 */
const char *
coprod_framework_get_band_label (CoprodFramework *self,
                                 int              score)
{
  guint i;

  g_return_val_if_fail (COPROD_IS_FRAMEWORK (self), NULL);

  for (i = 0; i < self->bands->len; i++)
    {
      const Band *band = &g_array_index (self->bands, Band, i);

      if (score >= band->minimum && score <= band->maximum)
        return band->label;
    }

  return NULL;
}

/**
 * coprod_framework_get_n_bands:
 * @self: a framework
 *
 * Counts the bands of the framework's scale.
 *
 * Returns: the number of bands, at least 1
 *
 * Since: 0.1
 */
guint
coprod_framework_get_n_bands (CoprodFramework *self)
{
  g_return_val_if_fail (COPROD_IS_FRAMEWORK (self), 0);

  return self->bands->len;
}

/**
 * coprod_framework_get_band:
 * @self: a framework
 * @index: the band's index, counting from 0 at the bottom of the scale
 * @minimum: (out) (optional): the band's lowest score
 * @maximum: (out) (optional): the band's highest score
 *
 * Gets a band of the framework's scale. The bands run from the bottom of
 * the scale to the top, each starting at the score after the one before
 * it ends, and together cover the scale.
 *
 * Returns: the band's label
 *
 * Since: 0.1
 */
const char *
coprod_framework_get_band (CoprodFramework *self,
                           guint            index,
                           int             *minimum,
                           int             *maximum)
{
  const Band *band;

  g_return_val_if_fail (COPROD_IS_FRAMEWORK (self), NULL);
  g_return_val_if_fail (index < self->bands->len, NULL);

  band = &g_array_index (self->bands, Band, index);
  if (minimum != NULL)
    *minimum = band->minimum;
  if (maximum != NULL)
    *maximum = band->maximum;

  return band->label;
}
