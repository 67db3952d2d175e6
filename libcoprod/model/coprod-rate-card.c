/* coprod-rate-card.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "coprod-date.h"
#include "coprod-enum-types.h"
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
  GListStore *entries;
};

G_DEFINE_FINAL_TYPE (CoprodRateCard, coprod_rate_card, COPROD_TYPE_RECORD)

enum {
  PROP_0,
  PROP_NAME,
  PROP_ORGANISATION_ID,
  PROP_CURRENCY,
  PROP_EFFECTIVE_FROM,
  PROP_EFFECTIVE_TO,
  PROP_ENTRIES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
add_entry_child (gpointer owner,
                 gpointer child)
{
  coprod_rate_card_add_entry (owner, child);
}

static void
coprod_rate_card_dispose (GObject *object)
{
  CoprodRateCard *self = COPROD_RATE_CARD (object);

  g_clear_object (&self->entries);

  G_OBJECT_CLASS (coprod_rate_card_parent_class)->dispose (object);
}

static void
coprod_rate_card_finalize (GObject *object)
{
  CoprodRateCard *self = COPROD_RATE_CARD (object);

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->organisation_id, g_free);
  g_clear_pointer (&self->currency, g_free);
  g_clear_pointer (&self->effective_from, g_free);
  g_clear_pointer (&self->effective_to, g_free);

  G_OBJECT_CLASS (coprod_rate_card_parent_class)->finalize (object);
}

static void
coprod_rate_card_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  CoprodRateCard *self = COPROD_RATE_CARD (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_ORGANISATION_ID:
      g_value_set_string (value, self->organisation_id);
      break;

    case PROP_CURRENCY:
      g_value_set_string (value, self->currency);
      break;

    case PROP_EFFECTIVE_FROM:
      g_value_set_string (value, self->effective_from);
      break;

    case PROP_EFFECTIVE_TO:
      g_value_set_string (value, self->effective_to);
      break;

    case PROP_ENTRIES:
      g_value_set_object (value, self->entries);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coprod_rate_card_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  CoprodRateCard *self = COPROD_RATE_CARD (object);

  switch (prop_id)
    {
    case PROP_NAME:
      coprod_rate_card_set_name (self, g_value_get_string (value));
      break;

    case PROP_ORGANISATION_ID:
      coprod_rate_card_set_organisation_id (self, g_value_get_string (value));
      break;

    case PROP_CURRENCY:
      coprod_rate_card_set_currency (self, g_value_get_string (value));
      break;

    case PROP_EFFECTIVE_FROM:
      coprod_rate_card_set_effective_from (self, g_value_get_string (value));
      break;

    case PROP_EFFECTIVE_TO:
      coprod_rate_card_set_effective_to (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coprod_rate_card_class_init (CoprodRateCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = (G_PARAM_READWRITE |
                             G_PARAM_EXPLICIT_NOTIFY |
                             G_PARAM_STATIC_STRINGS);

  object_class->dispose = coprod_rate_card_dispose;
  object_class->finalize = coprod_rate_card_finalize;
  object_class->get_property = coprod_rate_card_get_property;
  object_class->set_property = coprod_rate_card_set_property;

  /**
   * CoprodRateCard:name:
   *
   * The card's name, such as "Participation rates 2024/25".
   *
   * Since: 0.1
   */
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL, flags);

  /**
   * CoprodRateCard:organisation-id:
   *
   * The id of the [class@Coprod.Organisation] that pays by the card.
   *
   * Since: 0.1
   */
  properties[PROP_ORGANISATION_ID] =
    _coprod_param_spec_string_kind ("organisation-id", COPROD_STRING_REF,
                                    flags);

  /**
   * CoprodRateCard:currency:
   *
   * The currency of the entries' amounts, as an ISO 4217 code: three capital
   * letters, such as GBP or EUR. It is never %NULL: setting %NULL restores
   * the default, GBP.
   *
   * Since: 0.1
   */
  properties[PROP_CURRENCY] =
    _coprod_param_spec_string_kind ("currency", COPROD_STRING_CURRENCY, flags);
  /* the kind helper makes a NULL default; this one's is GBP */
  G_PARAM_SPEC_STRING (properties[PROP_CURRENCY])->default_value =
    g_strdup ("GBP");

  /**
   * CoprodRateCard:effective-from:
   *
   * The first day the card applies, as an ISO 8601 date, or %NULL if not
   * recorded.
   *
   * Since: 0.1
   */
  properties[PROP_EFFECTIVE_FROM] =
    _coprod_param_spec_string_kind ("effective-from", COPROD_STRING_DATE,
                                    flags);

  /**
   * CoprodRateCard:effective-to:
   *
   * The last day the card applies, as an ISO 8601 date, or %NULL if it has no
   * end.
   *
   * Since: 0.1
   */
  properties[PROP_EFFECTIVE_TO] =
    _coprod_param_spec_string_kind ("effective-to", COPROD_STRING_DATE, flags);

  /**
   * CoprodRateCard:entries:
   *
   * The entries of the card, a list model of [class@Coprod.RateEntry]. It is
   * read-only: change it with [method@Coprod.RateCard.add_entry] and
   * [method@Coprod.RateCard.remove_entry].
   *
   * Since: 0.1
   */
  properties[PROP_ENTRIES] =
    _coprod_param_spec_children ("entries", COPROD_TYPE_RATE_ENTRY,
                                 add_entry_child);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
coprod_rate_card_init (CoprodRateCard *self)
{
  self->currency = g_strdup ("GBP");
  self->entries = g_list_store_new (COPROD_TYPE_RATE_ENTRY);
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

  _coprod_set_string (self, &self->name, name, properties[PROP_NAME]);
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

  _coprod_set_string (self, &self->organisation_id, organisation_id,
                      properties[PROP_ORGANISATION_ID]);
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

  if (currency == NULL)
    currency = "GBP";
  _coprod_set_string (self, &self->currency, currency,
                      properties[PROP_CURRENCY]);
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

  _coprod_set_string (self, &self->effective_from, date,
                      properties[PROP_EFFECTIVE_FROM]);
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

  _coprod_set_string (self, &self->effective_to, date,
                      properties[PROP_EFFECTIVE_TO]);
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

  return G_LIST_MODEL (self->entries);
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

  g_list_store_append (self->entries, entry);
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
  guint position;

  g_return_val_if_fail (COPROD_IS_RATE_CARD (self), FALSE);
  g_return_val_if_fail (COPROD_IS_RATE_ENTRY (entry), FALSE);

  if (!g_list_store_find (self->entries, entry, &position))
    return FALSE;

  g_list_store_remove (self->entries, position);

  return TRUE;
}
