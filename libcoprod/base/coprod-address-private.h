/* coprod-address-private.h: places in tables keyed by addresses
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The registry's map of records by the address of their id, the index's
 * sets of pairs of records and the assessment's table of a project's
 * people are open-addressing tables keyed by addresses, with 1 << shift
 * places. This is where a key starts looking.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Fibonacci hashing: the multiplication spreads the address's middle bits
 * (the low ones are alignment) into the top ones, which are kept */
static inline guint
_coprod_address_slot (gconstpointer address,
                      guint         shift)
{
  return (guint) (((guint64) (guintptr) address * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15)) >>
                  (64 - shift));
}

/* The same for a pair of addresses, in that order */
static inline guint
_coprod_address_pair_slot (gconstpointer a,
                           gconstpointer b,
                           guint         shift)
{
  guint64 h = ((guint64) (guintptr) a * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15)) ^
              ((guint64) (guintptr) b * G_GUINT64_CONSTANT (0xC2B2AE3D27D4EB4F));

  return (guint) ((h ^ (h >> 29)) * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15) >> (64 - shift));
}

G_END_DECLS
