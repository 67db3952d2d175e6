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
  FIELD_NAME,
  FIELD_SECTOR,
  FIELD_AREA,
  FIELD_URL,
  N_FIELDS
};

static CoprodField fields[N_FIELDS] = {
  /**
   * CoprodOrganisation:name:
   *
   * The name of the organisation.
   *
   * Since: 0.1
   */
  [FIELD_NAME] = COPROD_TEXT_FIELD (CoprodOrganisation, name, "name"),

  /**
   * CoprodOrganisation:sector:
   *
   * The sector the organisation belongs to.
   *
   * Since: 0.1
   */
  [FIELD_SECTOR] = COPROD_ENUM_FIELD (CoprodOrganisation, sector, "sector",
                                      coprod_sector_get_type,
                                      COPROD_SECTOR_UNSPECIFIED),

  /**
   * CoprodOrganisation:area:
   *
   * The place the organisation serves, such as "Stoke-on-Trent" or
   * "Fife".
   *
   * Since: 0.1
   */
  [FIELD_AREA] = COPROD_TEXT_FIELD (CoprodOrganisation, area, "area"),

  /**
   * CoprodOrganisation:url:
   *
   * The organisation's web address.
   *
   * Since: 0.1
   */
  [FIELD_URL] = COPROD_TEXT_FIELD (CoprodOrganisation, url, "url"),
};

static void
coprod_organisation_class_init (CoprodOrganisationClass *klass)
{
  _coprod_fields_install (G_OBJECT_CLASS (klass), fields, N_FIELDS);
}

static void
coprod_organisation_init (CoprodOrganisation *self)
{
  _coprod_fields_init_instance (self, fields, N_FIELDS);
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

  _coprod_field_set_string (self, &fields[FIELD_NAME], name);
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

  _coprod_field_set_enum (self, &fields[FIELD_SECTOR], sector);
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

  _coprod_field_set_string (self, &fields[FIELD_AREA], area);
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

  _coprod_field_set_string (self, &fields[FIELD_URL], url);
}
