/* coprod-charter.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "coprod-charter.h"
#include "coprod-date.h"
#include "coprod-enum-types.h"
#include "coprod-record-private.h"

/**
 * CoprodCharter:
 *
 * Principles written by a group, such as a trauma-informed charter written by
 * a lived-experience advisory group.
 *
 * Organisations and people adopt a charter by signing a [class@Coprod.Pledge]
 * that names it.
 *
 * ```c
 * const char * const principles[] = {
 *   "We listen to lived experience as expertise",
 *   "We pay people for their time",
 *   NULL
 * };
 * g_autoptr(CoprodCharter) charter =
 *   coprod_charter_new ("ch-1", "Trauma-informed charter");
 * coprod_charter_set_author_id (charter, "grp-advisory");
 * coprod_charter_set_principles (charter, principles);
 * coprod_charter_set_trauma_informed (charter, TRUE);
 * ```
 *
 * In JSON, in the `charters` collection:
 *
 * ```json
 * { "id": "ch-1", "title": "Trauma-informed charter",
 *   "author_id": "grp-advisory", "version": "1.0",
 *   "published_date": "2023-06",
 *   "principles": ["We listen to lived experience as expertise",
 *                  "We pay people for their time"],
 *   "trauma_informed": true }
 * ```
 *
 * Since: 0.1
 */

struct _CoprodCharter
{
  CoprodRecord parent_instance;

  char *title;
  char *author_id;
  char *version;
  char *published_date;
  char **principles;
  gboolean trauma_informed;
  char *url;
};

G_DEFINE_FINAL_TYPE (CoprodCharter, coprod_charter, COPROD_TYPE_RECORD)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_AUTHOR_ID,
  PROP_VERSION,
  PROP_PUBLISHED_DATE,
  PROP_PRINCIPLES,
  PROP_TRAUMA_INFORMED,
  PROP_URL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const empty_strv[] = { NULL };

static void
coprod_charter_finalize (GObject *object)
{
  CoprodCharter *self = COPROD_CHARTER (object);

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->author_id, g_free);
  g_clear_pointer (&self->version, g_free);
  g_clear_pointer (&self->published_date, g_free);
  g_clear_pointer (&self->principles, g_strfreev);
  g_clear_pointer (&self->url, g_free);

  G_OBJECT_CLASS (coprod_charter_parent_class)->finalize (object);
}

static void
coprod_charter_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  CoprodCharter *self = COPROD_CHARTER (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_AUTHOR_ID:
      g_value_set_string (value, self->author_id);
      break;

    case PROP_VERSION:
      g_value_set_string (value, self->version);
      break;

    case PROP_PUBLISHED_DATE:
      g_value_set_string (value, self->published_date);
      break;

    case PROP_PRINCIPLES:
      g_value_set_boxed (value, coprod_charter_get_principles (self));
      break;

    case PROP_TRAUMA_INFORMED:
      g_value_set_boolean (value, self->trauma_informed);
      break;

    case PROP_URL:
      g_value_set_string (value, self->url);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coprod_charter_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  CoprodCharter *self = COPROD_CHARTER (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      coprod_charter_set_title (self, g_value_get_string (value));
      break;

    case PROP_AUTHOR_ID:
      coprod_charter_set_author_id (self, g_value_get_string (value));
      break;

    case PROP_VERSION:
      coprod_charter_set_version (self, g_value_get_string (value));
      break;

    case PROP_PUBLISHED_DATE:
      coprod_charter_set_published_date (self, g_value_get_string (value));
      break;

    case PROP_PRINCIPLES:
      coprod_charter_set_principles (self, g_value_get_boxed (value));
      break;

    case PROP_TRAUMA_INFORMED:
      coprod_charter_set_trauma_informed (self, g_value_get_boolean (value));
      break;

    case PROP_URL:
      coprod_charter_set_url (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coprod_charter_class_init (CoprodCharterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = (G_PARAM_READWRITE |
                             G_PARAM_EXPLICIT_NOTIFY |
                             G_PARAM_STATIC_STRINGS);

  object_class->finalize = coprod_charter_finalize;
  object_class->get_property = coprod_charter_get_property;
  object_class->set_property = coprod_charter_set_property;

  /**
   * CoprodCharter:title:
   *
   * The charter's title.
   *
   * Since: 0.1
   */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL, flags);

  /**
   * CoprodCharter:author-id:
   *
   * The id of the partnership or organisation that wrote the charter.
   *
   * Since: 0.1
   */
  properties[PROP_AUTHOR_ID] =
    _coprod_param_spec_string_kind ("author-id", COPROD_STRING_REF, flags);

  /**
   * CoprodCharter:version:
   *
   * The charter's version, as its authors name it, such as "1.0" or "second
   * edition".
   *
   * Since: 0.1
   */
  properties[PROP_VERSION] =
    g_param_spec_string ("version", NULL, NULL, NULL, flags);

  /**
   * CoprodCharter:published-date:
   *
   * When the charter was published, as an ISO 8601 date.
   *
   * Since: 0.1
   */
  properties[PROP_PUBLISHED_DATE] =
    _coprod_param_spec_string_kind ("published-date", COPROD_STRING_DATE,
                                    flags);

  /**
   * CoprodCharter:principles:
   *
   * The charter's principles, in its own words and order.
   *
   * Since: 0.1
   */
  properties[PROP_PRINCIPLES] =
    g_param_spec_boxed ("principles", NULL, NULL,
                        G_TYPE_STRV, flags);

  /**
   * CoprodCharter:trauma-informed:
   *
   * Whether the charter is written to be trauma-informed.
   *
   * Since: 0.1
   */
  properties[PROP_TRAUMA_INFORMED] =
    g_param_spec_boolean ("trauma-informed", NULL, NULL, FALSE, flags);

  /**
   * CoprodCharter:url:
   *
   * The address where the charter can be read, or %NULL.
   *
   * Since: 0.1
   */
  properties[PROP_URL] =
    g_param_spec_string ("url", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
coprod_charter_init (CoprodCharter *self)
{
  self->principles = g_new0 (char *, 1);
}

/**
 * coprod_charter_new:
 * @id: the id of the charter
 * @title: (nullable): the charter's title
 *
 * Creates a charter.
 *
 * Returns: (transfer full): a new charter
 *
 * Since: 0.1
 */
CoprodCharter *
coprod_charter_new (const char *id,
                    const char *title)
{
  return g_object_new (COPROD_TYPE_CHARTER,
                       "id", id,
                       "title", title,
                       NULL);
}

/**
 * coprod_charter_get_title:
 * @self: a charter
 *
 * Gets the charter's title.
 *
 * Returns: (nullable): the charter's title
 *
 * Since: 0.1
 */
const char *
coprod_charter_get_title (CoprodCharter *self)
{
  g_return_val_if_fail (COPROD_IS_CHARTER (self), NULL);

  return self->title;
}

/**
 * coprod_charter_set_title:
 * @self: a charter
 * @title: (nullable): the charter's title
 *
 * Sets the charter's title.
 *
 * Since: 0.1
 */
void
coprod_charter_set_title (CoprodCharter *self,
                          const char    *title)
{
  g_return_if_fail (COPROD_IS_CHARTER (self));

  _coprod_set_string (self, &self->title, title, properties[PROP_TITLE]);
}

/**
 * coprod_charter_get_author_id:
 * @self: a charter
 *
 * Gets the id of the partnership or organisation that wrote the charter.
 *
 * Returns: (nullable): the id
 *
 * Since: 0.1
 */
const char *
coprod_charter_get_author_id (CoprodCharter *self)
{
  g_return_val_if_fail (COPROD_IS_CHARTER (self), NULL);

  return self->author_id;
}

/**
 * coprod_charter_set_author_id:
 * @self: a charter
 * @author_id: (nullable): the id
 *
 * Sets the id of the partnership or organisation that wrote the charter.
 *
 * Since: 0.1
 */
void
coprod_charter_set_author_id (CoprodCharter *self,
                              const char    *author_id)
{
  g_return_if_fail (COPROD_IS_CHARTER (self));

  _coprod_set_string (self, &self->author_id, author_id,
                      properties[PROP_AUTHOR_ID]);
}

/**
 * coprod_charter_get_version:
 * @self: a charter
 *
 * Gets the charter's version.
 *
 * Returns: (nullable): the charter's version
 *
 * Since: 0.1
 */
const char *
coprod_charter_get_version (CoprodCharter *self)
{
  g_return_val_if_fail (COPROD_IS_CHARTER (self), NULL);

  return self->version;
}

/**
 * coprod_charter_set_version:
 * @self: a charter
 * @version: (nullable): the charter's version
 *
 * Sets the charter's version.
 *
 * Since: 0.1
 */
void
coprod_charter_set_version (CoprodCharter *self,
                            const char    *version)
{
  g_return_if_fail (COPROD_IS_CHARTER (self));

  _coprod_set_string (self, &self->version, version, properties[PROP_VERSION]);
}

/**
 * coprod_charter_get_published_date:
 * @self: a charter
 *
 * Gets the date the charter was published.
 *
 * Returns: (nullable): an ISO 8601 date
 *
 * Since: 0.1
 */
const char *
coprod_charter_get_published_date (CoprodCharter *self)
{
  g_return_val_if_fail (COPROD_IS_CHARTER (self), NULL);

  return self->published_date;
}

/**
 * coprod_charter_set_published_date:
 * @self: a charter
 * @date: (nullable): an ISO 8601 date, see [func@Coprod.date_is_valid]
 *
 * Sets the date the charter was published.
 *
 * Since: 0.1
 */
void
coprod_charter_set_published_date (CoprodCharter *self,
                                   const char    *date)
{
  g_return_if_fail (COPROD_IS_CHARTER (self));

  _coprod_set_string (self, &self->published_date, date,
                      properties[PROP_PUBLISHED_DATE]);
}

/**
 * coprod_charter_get_principles:
 * @self: a charter
 *
 * Gets the charter's principles.
 *
 * Returns: (transfer none) (array zero-terminated=1): the charter's
 *   principles; empty if there are none
 *
 * Since: 0.1
 */
const char * const *
coprod_charter_get_principles (CoprodCharter *self)
{
  g_return_val_if_fail (COPROD_IS_CHARTER (self), empty_strv);

  return (const char * const *) self->principles;
}

/**
 * coprod_charter_set_principles:
 * @self: a charter
 * @principles: (nullable) (array zero-terminated=1): the charter's principles
 *
 * Sets the charter's principles. %NULL is the same as an empty list.
 *
 * Since: 0.1
 */
void
coprod_charter_set_principles (CoprodCharter      *self,
                               const char * const *principles)
{
  g_return_if_fail (COPROD_IS_CHARTER (self));

  _coprod_set_strv (self, &self->principles, principles,
                    properties[PROP_PRINCIPLES]);
}

/**
 * coprod_charter_get_trauma_informed:
 * @self: a charter
 *
 * Gets whether the charter is trauma-informed.
 *
 * Returns: %TRUE if the charter is trauma-informed
 *
 * Since: 0.1
 */
gboolean
coprod_charter_get_trauma_informed (CoprodCharter *self)
{
  g_return_val_if_fail (COPROD_IS_CHARTER (self), FALSE);

  return self->trauma_informed;
}

/**
 * coprod_charter_set_trauma_informed:
 * @self: a charter
 * @trauma_informed: whether the charter is trauma-informed
 *
 * Sets whether the charter is trauma-informed.
 *
 * Since: 0.1
 */
void
coprod_charter_set_trauma_informed (CoprodCharter *self,
                                    gboolean       trauma_informed)
{
  g_return_if_fail (COPROD_IS_CHARTER (self));

  _coprod_set_boolean (self, &self->trauma_informed, trauma_informed,
                       properties[PROP_TRAUMA_INFORMED]);
}

/**
 * coprod_charter_get_url:
 * @self: a charter
 *
 * Gets the address where the charter can be read.
 *
 * Returns: (nullable): the URL
 *
 * Since: 0.1
 */
const char *
coprod_charter_get_url (CoprodCharter *self)
{
  g_return_val_if_fail (COPROD_IS_CHARTER (self), NULL);

  return self->url;
}

/**
 * coprod_charter_set_url:
 * @self: a charter
 * @url: (nullable): the URL
 *
 * Sets the address where the charter can be read.
 *
 * Since: 0.1
 */
void
coprod_charter_set_url (CoprodCharter *self,
                        const char    *url)
{
  g_return_if_fail (COPROD_IS_CHARTER (self));

  _coprod_set_string (self, &self->url, url, properties[PROP_URL]);
}
