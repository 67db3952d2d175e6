/* coprod-organisation.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "coprod-enum-types.h"
#include "coprod-organisation.h"
#include "coprod-record-private.h"

/**
 * CoprodOrganisation:
 *
 * A council, NHS body, charity, community interest company or any other
 * organisation taking part in co-production.
 *
 * ```c
 * g_autoptr(CoprodOrganisation) org =
 *   coprod_organisation_new ("org-ec", "Expert Citizens");
 * coprod_organisation_set_sector (org, COPROD_SECTOR_COMMUNITY_INTEREST_COMPANY);
 * coprod_organisation_set_area (org, "Stoke-on-Trent");
 * ```
 *
 * In JSON it is a member of the `organisations` collection:
 *
 * ```json
 * { "id": "org-ec", "name": "Expert Citizens",
 *   "sector": "community-interest-company", "area": "Stoke-on-Trent" }
 * ```
 *
 * Since: 0.1
 */

struct _CoprodOrganisation
{
  CoprodRecord parent_instance;

  char *name;
  CoprodSector sector;
  char *area;
  char *url;
};

G_DEFINE_FINAL_TYPE (CoprodOrganisation, coprod_organisation, COPROD_TYPE_RECORD)

enum {
  PROP_0,
  PROP_NAME,
  PROP_SECTOR,
  PROP_AREA,
  PROP_URL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
coprod_organisation_finalize (GObject *object)
{
  CoprodOrganisation *self = COPROD_ORGANISATION (object);

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->area, g_free);
  g_clear_pointer (&self->url, g_free);

  G_OBJECT_CLASS (coprod_organisation_parent_class)->finalize (object);
}

static void
coprod_organisation_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  CoprodOrganisation *self = COPROD_ORGANISATION (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_SECTOR:
      g_value_set_enum (value, self->sector);
      break;

    case PROP_AREA:
      g_value_set_string (value, self->area);
      break;

    case PROP_URL:
      g_value_set_string (value, self->url);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coprod_organisation_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  CoprodOrganisation *self = COPROD_ORGANISATION (object);

  switch (prop_id)
    {
    case PROP_NAME:
      coprod_organisation_set_name (self, g_value_get_string (value));
      break;

    case PROP_SECTOR:
      coprod_organisation_set_sector (self, g_value_get_enum (value));
      break;

    case PROP_AREA:
      coprod_organisation_set_area (self, g_value_get_string (value));
      break;

    case PROP_URL:
      coprod_organisation_set_url (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coprod_organisation_class_init (CoprodOrganisationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = (G_PARAM_READWRITE |
                             G_PARAM_EXPLICIT_NOTIFY |
                             G_PARAM_STATIC_STRINGS);

  object_class->finalize = coprod_organisation_finalize;
  object_class->get_property = coprod_organisation_get_property;
  object_class->set_property = coprod_organisation_set_property;

  /**
   * CoprodOrganisation:name:
   *
   * The name of the organisation.
   *
   * Since: 0.1
   */
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL, flags);

  /**
   * CoprodOrganisation:sector:
   *
   * The sector the organisation belongs to.
   *
   * Since: 0.1
   */
  properties[PROP_SECTOR] =
    g_param_spec_enum ("sector", NULL, NULL,
                       COPROD_TYPE_SECTOR,
                       COPROD_SECTOR_UNSPECIFIED,
                       flags);

  /**
   * CoprodOrganisation:area:
   *
   * The place the organisation serves, such as "Stoke-on-Trent" or
   * "Fife".
   *
   * Since: 0.1
   */
  properties[PROP_AREA] =
    g_param_spec_string ("area", NULL, NULL, NULL, flags);

  /**
   * CoprodOrganisation:url:
   *
   * The organisation's web address.
   *
   * Since: 0.1
   */
  properties[PROP_URL] =
    g_param_spec_string ("url", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
coprod_organisation_init (CoprodOrganisation *self)
{
}

/**
 * coprod_organisation_new:
 * @id: the id of the organisation
 * @name: (nullable): its name
 *
 * Creates an organisation.
 *
 * Returns: (transfer full): a new organisation
 *
 * Since: 0.1
 */
CoprodOrganisation *
coprod_organisation_new (const char *id,
                         const char *name)
{
  return g_object_new (COPROD_TYPE_ORGANISATION,
                       "id", id,
                       "name", name,
                       NULL);
}

/**
 * coprod_organisation_get_name:
 * @self: an organisation
 *
 * Gets the name of the organisation.
 *
 * Returns: (nullable): the name
 *
 * Since: 0.1
 */
const char *
coprod_organisation_get_name (CoprodOrganisation *self)
{
  g_return_val_if_fail (COPROD_IS_ORGANISATION (self), NULL);

  return self->name;
}

/**
 * coprod_organisation_set_name:
 * @self: an organisation
 * @name: (nullable): the name
 *
 * Sets the name of the organisation.
 *
 * Since: 0.1
 */
void
coprod_organisation_set_name (CoprodOrganisation *self,
                              const char         *name)
{
  g_return_if_fail (COPROD_IS_ORGANISATION (self));

  _coprod_set_string (self, &self->name, name, properties[PROP_NAME]);
}

/**
 * coprod_organisation_get_sector:
 * @self: an organisation
 *
 * Gets the sector of the organisation.
 *
 * Returns: the sector
 *
 * Since: 0.1
 */
CoprodSector
coprod_organisation_get_sector (CoprodOrganisation *self)
{
  g_return_val_if_fail (COPROD_IS_ORGANISATION (self), COPROD_SECTOR_UNSPECIFIED);

  return self->sector;
}

/**
 * coprod_organisation_set_sector:
 * @self: an organisation
 * @sector: the sector
 *
 * Sets the sector of the organisation.
 *
 * Since: 0.1
 */
void
coprod_organisation_set_sector (CoprodOrganisation *self,
                                CoprodSector        sector)
{
  g_return_if_fail (COPROD_IS_ORGANISATION (self));

  _coprod_set_enum (self, (guint *) &self->sector, sector, properties[PROP_SECTOR]);
}

/**
 * coprod_organisation_get_area:
 * @self: an organisation
 *
 * Gets the area the organisation serves.
 *
 * Returns: (nullable): the area
 *
 * Since: 0.1
 */
const char *
coprod_organisation_get_area (CoprodOrganisation *self)
{
  g_return_val_if_fail (COPROD_IS_ORGANISATION (self), NULL);

  return self->area;
}

/**
 * coprod_organisation_set_area:
 * @self: an organisation
 * @area: (nullable): the area
 *
 * Sets the area the organisation serves.
 *
 * Since: 0.1
 */
void
coprod_organisation_set_area (CoprodOrganisation *self,
                              const char         *area)
{
  g_return_if_fail (COPROD_IS_ORGANISATION (self));

  _coprod_set_string (self, &self->area, area, properties[PROP_AREA]);
}

/**
 * coprod_organisation_get_url:
 * @self: an organisation
 *
 * Gets the web address of the organisation.
 *
 * Returns: (nullable): the address
 *
 * Since: 0.1
 */
const char *
coprod_organisation_get_url (CoprodOrganisation *self)
{
  g_return_val_if_fail (COPROD_IS_ORGANISATION (self), NULL);

  return self->url;
}

/**
 * coprod_organisation_set_url:
 * @self: an organisation
 * @url: (nullable): the address
 *
 * Sets the web address of the organisation.
 *
 * Since: 0.1
 */
void
coprod_organisation_set_url (CoprodOrganisation *self,
                             const char         *url)
{
  g_return_if_fail (COPROD_IS_ORGANISATION (self));

  _coprod_set_string (self, &self->url, url, properties[PROP_URL]);
}
