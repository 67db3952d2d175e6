/* coprod-rate-entry.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "coprod-enum-types.h"
#include "coprod-rate-entry.h"
#include "coprod-record-private.h"

/* The largest integer a double, and so JavaScript, holds exactly: 2^53-1 */
#define MAX_EXACT_INT G_GINT64_CONSTANT (9007199254740991)

/**
 * CoprodRateEntry:
 *
 * One line of a [class@Coprod.RateCard]: what an activity pays, per unit.
 *
 * The [property@Coprod.RateEntry:amount] is in minor units (pence) of the
 * card's currency; money is never a floating-point number.
 *
 * ```c
 * g_autoptr(CoprodRateEntry) entry =
 *   coprod_rate_entry_new ("reading papers", COPROD_RATE_UNIT_HOUR, 1500);
 * ```
 *
 * In JSON, inside a rate card's `entries`:
 *
 * ```json
 * { "activity": "reading papers", "unit": "hour", "amount": 1500 }
 * ```
 *
 * Since a rate entry is not a record it has no id; like a record it keeps the
 * JSON members it does not understand.
 *
 * Since: 0.1
 */

struct _CoprodRateEntry
{
  GObject parent_instance;

  char *activity;
  CoprodRateUnit unit;
  gint64 amount;
};

G_DEFINE_FINAL_TYPE (CoprodRateEntry, coprod_rate_entry, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ACTIVITY,
  PROP_UNIT,
  PROP_AMOUNT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
coprod_rate_entry_finalize (GObject *object)
{
  CoprodRateEntry *self = COPROD_RATE_ENTRY (object);

  g_clear_pointer (&self->activity, g_free);

  G_OBJECT_CLASS (coprod_rate_entry_parent_class)->finalize (object);
}

static void
coprod_rate_entry_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  CoprodRateEntry *self = COPROD_RATE_ENTRY (object);

  switch (prop_id)
    {
    case PROP_ACTIVITY:
      g_value_set_string (value, self->activity);
      break;

    case PROP_UNIT:
      g_value_set_enum (value, self->unit);
      break;

    case PROP_AMOUNT:
      g_value_set_int64 (value, self->amount);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coprod_rate_entry_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  CoprodRateEntry *self = COPROD_RATE_ENTRY (object);

  switch (prop_id)
    {
    case PROP_ACTIVITY:
      coprod_rate_entry_set_activity (self, g_value_get_string (value));
      break;

    case PROP_UNIT:
      coprod_rate_entry_set_unit (self, g_value_get_enum (value));
      break;

    case PROP_AMOUNT:
      coprod_rate_entry_set_amount (self, g_value_get_int64 (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coprod_rate_entry_class_init (CoprodRateEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = (G_PARAM_READWRITE |
                             G_PARAM_EXPLICIT_NOTIFY |
                             G_PARAM_STATIC_STRINGS);

  object_class->finalize = coprod_rate_entry_finalize;
  object_class->get_property = coprod_rate_entry_get_property;
  object_class->set_property = coprod_rate_entry_set_property;

  /**
   * CoprodRateEntry:activity:
   *
   * What is paid for, in words, such as "board meeting" or "reading papers".
   *
   * Since: 0.1
   */
  properties[PROP_ACTIVITY] =
    g_param_spec_string ("activity", NULL, NULL, NULL, flags);

  /**
   * CoprodRateEntry:unit:
   *
   * The unit the entry pays by: per hour, session, half day or day.
   *
   * Since: 0.1
   */
  properties[PROP_UNIT] =
    g_param_spec_enum ("unit", NULL, NULL,
                       COPROD_TYPE_RATE_UNIT, COPROD_RATE_UNIT_HOUR,
                       flags);

  /**
   * CoprodRateEntry:amount:
   *
   * What one [property@Coprod.RateEntry:unit] of the activity pays, in minor
   * units (pence) of the card's currency, from 0 to 2^53-1.
   *
   * Since: 0.1
   */
  properties[PROP_AMOUNT] =
    g_param_spec_int64 ("amount", NULL, NULL,
                        0, MAX_EXACT_INT, 0,
                        flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
coprod_rate_entry_init (CoprodRateEntry *self)
{
}

/**
 * coprod_rate_entry_new:
 * @activity: (nullable): the activity
 * @unit: the unit
 * @amount: the amount in minor units (pence), from 0 to 2^53-1
 *
 * Creates a rate entry.
 *
 * Returns: (transfer full): a new rate entry
 *
 * Since: 0.1
 */
CoprodRateEntry *
coprod_rate_entry_new (const char    *activity,
                       CoprodRateUnit unit,
                       gint64         amount)
{
  return g_object_new (COPROD_TYPE_RATE_ENTRY,
                       "activity", activity,
                       "unit", unit,
                       "amount", amount,
                       NULL);
}

/**
 * coprod_rate_entry_get_activity:
 * @self: a rate entry
 *
 * Gets the activity.
 *
 * Returns: (nullable): the activity
 *
 * Since: 0.1
 */
const char *
coprod_rate_entry_get_activity (CoprodRateEntry *self)
{
  g_return_val_if_fail (COPROD_IS_RATE_ENTRY (self), NULL);

  return self->activity;
}

/**
 * coprod_rate_entry_set_activity:
 * @self: a rate entry
 * @activity: (nullable): the activity
 *
 * Sets the activity.
 *
 * Since: 0.1
 */
void
coprod_rate_entry_set_activity (CoprodRateEntry *self,
                                const char      *activity)
{
  g_return_if_fail (COPROD_IS_RATE_ENTRY (self));

  _coprod_set_string (self, &self->activity, activity,
                      properties[PROP_ACTIVITY]);
}

/**
 * coprod_rate_entry_get_unit:
 * @self: a rate entry
 *
 * Gets the unit the entry pays by.
 *
 * Returns: the unit
 *
 * Since: 0.1
 */
CoprodRateUnit
coprod_rate_entry_get_unit (CoprodRateEntry *self)
{
  g_return_val_if_fail (COPROD_IS_RATE_ENTRY (self), COPROD_RATE_UNIT_HOUR);

  return self->unit;
}

/**
 * coprod_rate_entry_set_unit:
 * @self: a rate entry
 * @unit: the unit
 *
 * Sets the unit the entry pays by.
 *
 * Since: 0.1
 */
void
coprod_rate_entry_set_unit (CoprodRateEntry *self,
                            CoprodRateUnit   unit)
{
  g_return_if_fail (COPROD_IS_RATE_ENTRY (self));

  _coprod_set_enum (self, (guint *) &self->unit, unit, properties[PROP_UNIT]);
}

/**
 * coprod_rate_entry_get_amount:
 * @self: a rate entry
 *
 * Gets what one unit of the activity pays, in minor units of the currency.
 *
 * Returns: the amount, from 0 to 2^53-1
 *
 * Since: 0.1
 */
gint64
coprod_rate_entry_get_amount (CoprodRateEntry *self)
{
  g_return_val_if_fail (COPROD_IS_RATE_ENTRY (self), 0);

  return self->amount;
}

/**
 * coprod_rate_entry_set_amount:
 * @self: a rate entry
 * @amount: the amount in minor units (pence), from 0 to 2^53-1
 *
 * Sets what one unit of the activity pays, in minor units of the currency.
 *
 * Since: 0.1
 */
void
coprod_rate_entry_set_amount (CoprodRateEntry *self,
                              gint64           amount)
{
  g_return_if_fail (COPROD_IS_RATE_ENTRY (self));
  g_return_if_fail (amount >= 0 && amount <= MAX_EXACT_INT);

  _coprod_set_int64 (self, &self->amount, amount, properties[PROP_AMOUNT]);
}
