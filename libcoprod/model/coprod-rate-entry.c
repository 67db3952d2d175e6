/* coprod-rate-entry.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <math.h>

#include "coprod-enum-types.h"
#include "coprod-error.h"
#include "coprod-rate-entry.h"
#include "coprod-record-private.h"

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

  gpointer owner;   /* the record it is inside: see _coprod_object_get_owner() */
  char *activity;
  CoprodRateUnit unit;
  gint64 amount;
};

G_DEFINE_FINAL_TYPE (CoprodRateEntry, coprod_rate_entry, G_TYPE_OBJECT)

enum {
  FIELD_ACTIVITY,
  FIELD_UNIT,
  FIELD_AMOUNT,
  N_FIELDS
};

static CoprodField fields[N_FIELDS] = {
  /**
   * CoprodRateEntry:activity:
   *
   * What is paid for, in words, such as "board meeting" or "reading papers".
   *
   * Since: 0.1
   */
  [FIELD_ACTIVITY] = COPROD_TEXT_FIELD (CoprodRateEntry, activity, "activity"),

  /**
   * CoprodRateEntry:unit:
   *
   * The unit the entry pays by: per hour, session, half day, day, or per
   * mile travelled.
   *
   * Since: 0.1
   */
  [FIELD_UNIT] = COPROD_ENUM_FIELD (CoprodRateEntry, unit, "unit",
                                    coprod_rate_unit_get_type,
                                    COPROD_RATE_UNIT_HOUR),

  /**
   * CoprodRateEntry:amount:
   *
   * What one [property@Coprod.RateEntry:unit] of the activity pays, in minor
   * units (pence) of the card's currency, from 0 to 2^53-1.
   *
   * Since: 0.1
   */
  [FIELD_AMOUNT] = COPROD_INT64_FIELD (CoprodRateEntry, amount, "amount",
                                       0, COPROD_MAX_EXACT_INT, 0),
};

static void
coprod_rate_entry_class_init (CoprodRateEntryClass *klass)
{
  _coprod_fields_install_child (G_OBJECT_CLASS (klass), fields, N_FIELDS,
                                G_STRUCT_OFFSET (CoprodRateEntry, owner));
}

static void
coprod_rate_entry_init (CoprodRateEntry *self)
{
  _coprod_fields_init_instance (self, fields, N_FIELDS);
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

  _coprod_field_set_string (self, &fields[FIELD_ACTIVITY], activity);
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

  _coprod_field_set_enum (self, &fields[FIELD_UNIT], unit);
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

  _coprod_field_set_int64 (self, &fields[FIELD_AMOUNT], amount);
}

/* the quantity in thousandths of a unit: hours to the 3.6 seconds, miles
 * to the 1.6 metres */
#define PARTS_PER_UNIT 1000

/**
 * coprod_rate_entry_price:
 * @self: a rate entry
 * @quantity: how many units: hours, sessions, half days, days or miles,
 *   from 0
 * @amount: (out): where to store the amount, in minor units (pence)
 * @error: return location for a #GError, or %NULL
 *
 * Works out what @quantity units of the entry pay. Money is never a
 * floating-point number: @quantity is first taken to the nearest
 * thousandth of a unit (1.5 hours is 1500 thousandths), then the amount
 * is the entry's [property@Coprod.RateEntry:amount] times that, divided
 * by 1000 and rounded to the nearest penny, a half penny up. So 1.5 hours
 * at 1500 pence an hour is exactly 2250 pence, and 12.3 miles at 45 pence
 * a mile is 553.5, paid as 554 pence.
 *
 * Returns: %TRUE and the amount in @amount; %FALSE with
 *   %COPROD_ERROR_VALUE if @quantity is negative or not a number, or with
 *   %COPROD_ERROR_NUMBER if the amount would be beyond 2^53-1
 *
 * Since: 0.1
 */
gboolean
coprod_rate_entry_price (CoprodRateEntry  *self,
                         double            quantity,
                         gint64           *amount,
                         GError          **error)
{
  double parts;
  guint64 product;

  g_return_val_if_fail (COPROD_IS_RATE_ENTRY (self), FALSE);
  g_return_val_if_fail (amount != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!isfinite (quantity) || quantity < 0)
    {
      g_set_error_literal (error, COPROD_ERROR, COPROD_ERROR_VALUE,
                           "a quantity of units must be a number from 0");
      return FALSE;
    }

  parts = round (quantity * PARTS_PER_UNIT);
  if (parts > (double) COPROD_MAX_EXACT_INT
      || !g_uint64_checked_mul (&product, (guint64) self->amount, (guint64) parts)
      || product > G_MAXUINT64 - PARTS_PER_UNIT / 2
      || (product + PARTS_PER_UNIT / 2) / PARTS_PER_UNIT > (guint64) COPROD_MAX_EXACT_INT)
    {
      g_set_error_literal (error, COPROD_ERROR, COPROD_ERROR_NUMBER,
                           "the amount would be beyond 2^53-1 minor units");
      return FALSE;
    }

  *amount = (gint64) ((product + PARTS_PER_UNIT / 2) / PARTS_PER_UNIT);
  return TRUE;
}
