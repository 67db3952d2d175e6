/* coprod-rate-card.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "coprod-date.h"
#include "coprod-enum-types.h"
#include "coprod-organisation.h"
#include "coprod-rate-card.h"
#include "coprod-record-private.h"

/**
 * CoprodRateCard:
 *
 * What a participation policy pays.
 *
 * A rate card lists [class@Coprod.RateEntry] objects, one per activity and
 * unit, with amounts in minor units of the card's
 * [property@Coprod.RateCard:currency]. It is in force from
 * [property@Coprod.RateCard:effective-from] to
 * [property@Coprod.RateCard:effective-to]; a [class@Coprod.Policy] names the
 * card it pays by, so that nobody who gives their time and expertise is out
 * of pocket.
 *
 * ```c
 * g_autoptr(CoprodRateCard) card =
 *   coprod_rate_card_new ("rc-2024", "Participation rates 2024/25");
 * g_autoptr(CoprodRateEntry) entry =
 *   coprod_rate_entry_new ("board meeting", COPROD_RATE_UNIT_HALF_DAY, 7500);
 *
 * coprod_rate_card_set_effective_from (card, "2024-04-01");
 * coprod_rate_card_add_entry (card, entry);
 * ```
 *
 * In JSON, in the `rate_cards` collection:
 *
 * ```json
 * { "id": "rc-2024", "name": "Participation rates 2024/25",
 *   "organisation_id": "org-1", "currency": "GBP",
 *   "effective_from": "2024-04-01",
 *   "entries": [ { "activity": "board meeting", "unit": "half-day",
 *                  "amount": 7500 } ] }
 * ```
 *
 * Since: 0.1
 */

struct _CoprodRateCard
{
  CoprodRecord parent_instance;

  char *name;
  char *organisation_id;
  char *currency;
  char *effective_from;
  char *effective_to;
  GListModel *entries;   /* made when needed: see coprod-field.c */
};

G_DEFINE_FINAL_TYPE (CoprodRateCard, coprod_rate_card, COPROD_TYPE_RECORD)

enum {
  FIELD_NAME,
  FIELD_ORGANISATION_ID,
  FIELD_CURRENCY,
  FIELD_EFFECTIVE_FROM,
  FIELD_EFFECTIVE_TO,
  FIELD_ENTRIES,
  N_FIELDS
};

static CoprodField fields[N_FIELDS] = {
  /**
   * CoprodRateCard:name:
   *
   * The card's name, such as "Participation rates 2024/25".
   *
   * Since: 0.1
   */
  [FIELD_NAME] = COPROD_TEXT_FIELD (CoprodRateCard, name, "name"),

  /**
   * CoprodRateCard:organisation-id:
   *
   * The id of the [class@Coprod.Organisation] that pays by the card.
   *
   * Since: 0.1
   */
  [FIELD_ORGANISATION_ID] = COPROD_REF_FIELD (CoprodRateCard, organisation_id,
                                              "organisation-id",
                                              coprod_organisation_get_type),

  /**
   * CoprodRateCard:currency:
   *
   * The currency of the entries' amounts, as an ISO 4217 code: three capital
   * letters, such as GBP or EUR. It is never %NULL: setting %NULL restores
   * the default, GBP.
   *
   * Since: 0.1
   */
  [FIELD_CURRENCY] = COPROD_CURRENCY_DEFAULT_FIELD (CoprodRateCard, currency,
                                                   "currency", "GBP"),

  /**
   * CoprodRateCard:effective-from:
   *
   * The first day the card applies, as an ISO 8601 date, or %NULL if not
   * recorded.
   *
   * Since: 0.1
   */
  [FIELD_EFFECTIVE_FROM] =
    COPROD_DATE_RANGE_FIELD (CoprodRateCard, effective_from, "effective-from",
                             "effective-to"),

  /**
   * CoprodRateCard:effective-to:
   *
   * The last day the card applies, as an ISO 8601 date, or %NULL if it has no
   * end.
   *
   * Since: 0.1
   */
  [FIELD_EFFECTIVE_TO] = COPROD_DATE_FIELD (CoprodRateCard, effective_to,
                                            "effective-to"),

  /**
   * CoprodRateCard:entries:
   *
   * The entries of the card, a list model of [class@Coprod.RateEntry]. It is
   * read-only: change it with [method@Coprod.RateCard.add_entry] and
   * [method@Coprod.RateCard.remove_entry].
   *
   * Since: 0.1
   */
  [FIELD_ENTRIES] = COPROD_CHILDREN_FIELD (CoprodRateCard, entries, "entries",
                                           coprod_rate_entry_get_type),
};

static void
coprod_rate_card_class_init (CoprodRateCardClass *klass)
{
  _coprod_fields_install (G_OBJECT_CLASS (klass), fields, N_FIELDS);
}

static void
coprod_rate_card_init (CoprodRateCard *self)
{
  _coprod_fields_init_instance (self, fields, N_FIELDS);
}

/**
 * coprod_rate_card_new:
 * @id: the id of the rate card
 * @name: (nullable): the card's name
 *
 * Creates a rate card, in GBP and with no entries.
 *
 * Returns: (transfer full): a new rate card
 *
 * Since: 0.1
 */
CoprodRateCard *
coprod_rate_card_new (const char *id,
                      const char *name)
{
  return g_object_new (COPROD_TYPE_RATE_CARD,
                       "id", id,
                       "name", name,
                       NULL);
}

/**
 * coprod_rate_card_get_name:
 * @self: a rate card
 *
 * Gets the card's name.
 *
 * Returns: (nullable): the card's name
 *
 * Since: 0.1
 */
const char *
coprod_rate_card_get_name (CoprodRateCard *self)
{
  g_return_val_if_fail (COPROD_IS_RATE_CARD (self), NULL);

  return self->name;
}

/**
 * coprod_rate_card_set_name:
 * @self: a rate card
 * @name: (nullable): the card's name
 *
 * Sets the card's name.
 *
 * Since: 0.1
 */
void
coprod_rate_card_set_name (CoprodRateCard *self,
                           const char     *name)
{
  g_return_if_fail (COPROD_IS_RATE_CARD (self));

  _coprod_field_set_string (self, &fields[FIELD_NAME], name);
}

/**
 * coprod_rate_card_get_organisation_id:
 * @self: a rate card
 *
 * Gets the id of the organisation that pays by the card.
 *
 * Returns: (nullable): the id
 *
 * Since: 0.1
 */
const char *
coprod_rate_card_get_organisation_id (CoprodRateCard *self)
{
  g_return_val_if_fail (COPROD_IS_RATE_CARD (self), NULL);

  return self->organisation_id;
}

/**
 * coprod_rate_card_set_organisation_id:
 * @self: a rate card
 * @organisation_id: (nullable): the id
 *
 * Sets the id of the organisation that pays by the card.
 *
 * Since: 0.1
 */
void
coprod_rate_card_set_organisation_id (CoprodRateCard *self,
                                      const char     *organisation_id)
{
  g_return_if_fail (COPROD_IS_RATE_CARD (self));

  _coprod_field_set_string (self, &fields[FIELD_ORGANISATION_ID],
                            organisation_id);
}

/**
 * coprod_rate_card_get_currency:
 * @self: a rate card
 *
 * Gets the currency code.
 *
 * Returns: the ISO 4217 currency code
 *
 * Since: 0.1
 */
const char *
coprod_rate_card_get_currency (CoprodRateCard *self)
{
  g_return_val_if_fail (COPROD_IS_RATE_CARD (self), "GBP");

  return self->currency;
}

/**
 * coprod_rate_card_set_currency:
 * @self: a rate card
 * @currency: (nullable): an ISO 4217 currency code of three capital letters,
 *   or %NULL for GBP
 *
 * Sets the currency code.
 *
 * Since: 0.1
 */
void
coprod_rate_card_set_currency (CoprodRateCard *self,
                               const char     *currency)
{
  g_return_if_fail (COPROD_IS_RATE_CARD (self));

  _coprod_field_set_string (self, &fields[FIELD_CURRENCY], currency);
}

/**
 * coprod_rate_card_get_effective_from:
 * @self: a rate card
 *
 * Gets the first day the card applies.
 *
 * Returns: (nullable): an ISO 8601 date
 *
 * Since: 0.1
 */
const char *
coprod_rate_card_get_effective_from (CoprodRateCard *self)
{
  g_return_val_if_fail (COPROD_IS_RATE_CARD (self), NULL);

  return self->effective_from;
}

/**
 * coprod_rate_card_set_effective_from:
 * @self: a rate card
 * @date: (nullable): an ISO 8601 date, see [func@Coprod.date_is_valid]
 *
 * Sets the first day the card applies.
 *
 * Since: 0.1
 */
void
coprod_rate_card_set_effective_from (CoprodRateCard *self,
                                     const char     *date)
{
  g_return_if_fail (COPROD_IS_RATE_CARD (self));

  _coprod_field_set_string (self, &fields[FIELD_EFFECTIVE_FROM], date);
}

/**
 * coprod_rate_card_get_effective_to:
 * @self: a rate card
 *
 * Gets the last day the card applies.
 *
 * Returns: (nullable): an ISO 8601 date
 *
 * Since: 0.1
 */
const char *
coprod_rate_card_get_effective_to (CoprodRateCard *self)
{
  g_return_val_if_fail (COPROD_IS_RATE_CARD (self), NULL);

  return self->effective_to;
}

/**
 * coprod_rate_card_set_effective_to:
 * @self: a rate card
 * @date: (nullable): an ISO 8601 date, see [func@Coprod.date_is_valid]
 *
 * Sets the last day the card applies.
 *
 * Since: 0.1
 */
void
coprod_rate_card_set_effective_to (CoprodRateCard *self,
                                   const char     *date)
{
  g_return_if_fail (COPROD_IS_RATE_CARD (self));

  _coprod_field_set_string (self, &fields[FIELD_EFFECTIVE_TO], date);
}

/**
 * coprod_rate_card_get_entries:
 * @self: a rate card
 *
 * Gets the entries of the card, in the order they were added. The list emits
 * [signal@Gio.ListModel::items-changed] as entries are added and removed.
 *
 * Returns: (transfer none): a list model of [class@Coprod.RateEntry]
 *
 * Since: 0.1
 */
GListModel *
coprod_rate_card_get_entries (CoprodRateCard *self)
{
  g_return_val_if_fail (COPROD_IS_RATE_CARD (self), NULL);

  return _coprod_field_get_children (self, &fields[FIELD_ENTRIES]);
}

/**
 * coprod_rate_card_add_entry:
 * @self: a rate card
 * @entry: the entry to add
 *
 * Appends @entry to the card's entries. The card takes a reference.
 *
 * Since: 0.1
 */
void
coprod_rate_card_add_entry (CoprodRateCard  *self,
                            CoprodRateEntry *entry)
{
  g_return_if_fail (COPROD_IS_RATE_CARD (self));
  g_return_if_fail (COPROD_IS_RATE_ENTRY (entry));

  _coprod_field_add_child (self, &fields[FIELD_ENTRIES], entry);
}

/**
 * coprod_rate_card_remove_entry:
 * @self: a rate card
 * @entry: the entry to remove
 *
 * Removes @entry from the card's entries.
 *
 * Returns: %TRUE if @entry was one of the card's entries
 *
 * Since: 0.1
 */
gboolean
coprod_rate_card_remove_entry (CoprodRateCard  *self,
                               CoprodRateEntry *entry)
{
  g_return_val_if_fail (COPROD_IS_RATE_CARD (self), FALSE);
  g_return_val_if_fail (COPROD_IS_RATE_ENTRY (entry), FALSE);

  return _coprod_field_remove_child (self, &fields[FIELD_ENTRIES], entry);
}

/**
 * coprod_rate_card_find_entry:
 * @self: a rate card
 * @unit: a unit
 *
 * Finds the entry of the card that pays by @unit: the first such entry in
 * the card's order, so put the usual rate first when a card pays several
 * activities by the same unit.
 *
 * Returns: (transfer none) (nullable): the entry, or %NULL if the card pays
 *   nothing by @unit
 *
 * Since: 0.1
 */
CoprodRateEntry *
coprod_rate_card_find_entry (CoprodRateCard *self,
                             CoprodRateUnit  unit)
{
  guint i, n;

  g_return_val_if_fail (COPROD_IS_RATE_CARD (self), NULL);

  n = _coprod_field_get_n_children (self, &fields[FIELD_ENTRIES]);
  for (i = 0; i < n; i++)
    {
      CoprodRateEntry *entry = _coprod_field_peek_child (self, &fields[FIELD_ENTRIES], i);

      if (coprod_rate_entry_get_unit (entry) == unit)
        return entry;   /* the card holds a reference */
    }

  return NULL;
}

/**
 * coprod_rate_card_is_effective_on:
 * @self: a rate card
 * @date: a valid ISO 8601 date
 *
 * Checks whether the card applies on @date: @date is not before
 * [property@Coprod.RateCard:effective-from] and not after
 * [property@Coprod.RateCard:effective-to], either of which may be unset
 * (no limit). Dates compare as [func@Coprod.date_compare] does, so a card
 * effective from 2024-04 applies on 2024-04-01.
 *
 * Returns: %TRUE if the card applies on @date
 *
 * Since: 0.1
 */
gboolean
coprod_rate_card_is_effective_on (CoprodRateCard *self,
                                  const char     *date)
{
  g_return_val_if_fail (COPROD_IS_RATE_CARD (self), FALSE);
  g_return_val_if_fail (coprod_date_is_valid (date), FALSE);

  if (self->effective_from != NULL && coprod_date_compare (date, self->effective_from) < 0)
    return FALSE;
  if (self->effective_to != NULL && coprod_date_compare (date, self->effective_to) > 0)
    return FALSE;

  return TRUE;
}
