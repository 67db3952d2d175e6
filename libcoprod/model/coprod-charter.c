/* coprod-charter.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "coprod-charter.h"
#include "coprod-enum-types.h"
#include "coprod-organisation.h"
#include "coprod-partnership.h"
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
  char *claimed_first_adopter_id;
  char **claim_sources;
};

G_DEFINE_FINAL_TYPE (CoprodCharter, coprod_charter, COPROD_TYPE_RECORD)

enum {
  FIELD_TITLE,
  FIELD_AUTHOR_ID,
  FIELD_VERSION,
  FIELD_PUBLISHED_DATE,
  FIELD_PRINCIPLES,
  FIELD_TRAUMA_INFORMED,
  FIELD_URL,
  FIELD_CLAIMED_FIRST_ADOPTER_ID,
  FIELD_CLAIM_SOURCES,
  N_FIELDS
};

static const char * const empty_strv[] = { NULL };

static CoprodField fields[N_FIELDS] = {
  /**
   * CoprodCharter:title:
   *
   * The charter's title.
   *
   * Since: 0.1
   */
  [FIELD_TITLE] = COPROD_TEXT_FIELD (CoprodCharter, title, "title"),

  /**
   * CoprodCharter:author-id:
   *
   * The id of the partnership or organisation that wrote the charter.
   *
   * Since: 0.1
   */
  [FIELD_AUTHOR_ID] = COPROD_REF_EITHER_FIELD (CoprodCharter, author_id,
                                               "author-id",
                                               coprod_partnership_get_type,
                                               coprod_organisation_get_type),

  /**
   * CoprodCharter:version:
   *
   * The charter's version, as its authors name it, such as "1.0" or "second
   * edition".
   *
   * Since: 0.1
   */
  [FIELD_VERSION] = COPROD_TEXT_FIELD (CoprodCharter, version, "version"),

  /**
   * CoprodCharter:published-date:
   *
   * When the charter was published, as an ISO 8601 date.
   *
   * Since: 0.1
   */
  [FIELD_PUBLISHED_DATE] = COPROD_DATE_FIELD (CoprodCharter, published_date,
                                              "published-date"),

  /**
   * CoprodCharter:principles:
   *
   * The charter's principles, in its own words and order.
   *
   * Since: 0.1
   */
  [FIELD_PRINCIPLES] = COPROD_STRV_FIELD (CoprodCharter, principles,
                                          "principles"),

  /**
   * CoprodCharter:trauma-informed:
   *
   * Whether the charter is written to be trauma-informed.
   *
   * Since: 0.1
   */
  [FIELD_TRAUMA_INFORMED] =
    COPROD_BOOLEAN_FIELD (CoprodCharter, trauma_informed, "trauma-informed",
                          FALSE),

  /**
   * CoprodCharter:url:
   *
   * The address where the charter can be read, or %NULL.
   *
   * Since: 0.1
   */
  [FIELD_URL] = COPROD_TEXT_FIELD (CoprodCharter, url, "url"),

  /**
   * CoprodCharter:claimed-first-adopter-id:
   *
   * The id of the [class@Coprod.Organisation] that a source says was the
   * first to adopt the charter ("the first local authority to do so"), or
   * %NULL if no such claim is recorded. Who was first is a claim about the
   * world, not only about this registry: cite it in
   * [property@Coprod.Charter:claim-sources]. The order the registry itself
   * shows is worked out by [method@Coprod.Registry.get_charter_adoption],
   * which says whether the two agree.
   *
   * Since: 0.1
   */
  [FIELD_CLAIMED_FIRST_ADOPTER_ID] =
    COPROD_REF_FIELD (CoprodCharter, claimed_first_adopter_id,
                      "claimed-first-adopter-id", coprod_organisation_get_type),

  /**
   * CoprodCharter:claim-sources:
   *
   * The addresses (URLs) of the sources that make the claim in
   * [property@Coprod.Charter:claimed-first-adopter-id], as Popolo's
   * `sources` cite where a record's facts come from. A claim with no
   * source is reported by validation as `unsourced-claim`.
   *
   * Since: 0.1
   */
  [FIELD_CLAIM_SOURCES] = COPROD_STRV_FIELD (CoprodCharter, claim_sources,
                                             "claim-sources"),
};

static void
coprod_charter_class_init (CoprodCharterClass *klass)
{
  _coprod_fields_install (G_OBJECT_CLASS (klass), fields, N_FIELDS);
}

static void
coprod_charter_init (CoprodCharter *self)
{
  _coprod_fields_init_instance (self, fields, N_FIELDS);
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

  _coprod_field_set_string (self, &fields[FIELD_TITLE], title);
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

  _coprod_field_set_string (self, &fields[FIELD_AUTHOR_ID], author_id);
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

  _coprod_field_set_string (self, &fields[FIELD_VERSION], version);
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

  _coprod_field_set_string (self, &fields[FIELD_PUBLISHED_DATE], date);
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

  _coprod_field_set_strv (self, &fields[FIELD_PRINCIPLES], principles);
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

  _coprod_field_set_boolean (self, &fields[FIELD_TRAUMA_INFORMED],
                             trauma_informed);
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

  _coprod_field_set_string (self, &fields[FIELD_URL], url);
}

/**
 * coprod_charter_get_claimed_first_adopter_id:
 * @self: a charter
 *
 * Gets the id of the organisation a source claims adopted the charter
 * first.
 *
 * Returns: (nullable): the id of an organisation, or %NULL if no claim is
 *   recorded
 *
 * Since: 0.1
 */
const char *
coprod_charter_get_claimed_first_adopter_id (CoprodCharter *self)
{
  g_return_val_if_fail (COPROD_IS_CHARTER (self), NULL);

  return self->claimed_first_adopter_id;
}

/**
 * coprod_charter_set_claimed_first_adopter_id:
 * @self: a charter
 * @organisation_id: (nullable): the id of an organisation, or %NULL
 *
 * Sets the id of the organisation a source claims adopted the charter
 * first; cite the source with [method@Coprod.Charter.set_claim_sources].
 *
 * Since: 0.1
 */
void
coprod_charter_set_claimed_first_adopter_id (CoprodCharter *self,
                                             const char    *organisation_id)
{
  g_return_if_fail (COPROD_IS_CHARTER (self));

  _coprod_field_set_string (self, &fields[FIELD_CLAIMED_FIRST_ADOPTER_ID],
                            organisation_id);
}

/**
 * coprod_charter_get_claim_sources:
 * @self: a charter
 *
 * Gets the addresses of the sources that make the first-adopter claim.
 *
 * Returns: (transfer none) (array zero-terminated=1): the URLs; empty if
 *   none is recorded
 *
 * Since: 0.1
 */
const char * const *
coprod_charter_get_claim_sources (CoprodCharter *self)
{
  g_return_val_if_fail (COPROD_IS_CHARTER (self), NULL);

  return (const char * const *) self->claim_sources;
}

/**
 * coprod_charter_set_claim_sources:
 * @self: a charter
 * @sources: (nullable) (array zero-terminated=1): the URLs, or %NULL for
 *   none
 *
 * Sets the addresses of the sources that make the first-adopter claim.
 *
 * Since: 0.1
 */
void
coprod_charter_set_claim_sources (CoprodCharter      *self,
                                  const char * const *sources)
{
  g_return_if_fail (COPROD_IS_CHARTER (self));

  _coprod_field_set_strv (self, &fields[FIELD_CLAIM_SOURCES], sources);
}
