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

/* A map from addresses to positions, of a size known when it is made:
 * for an engine that keeps something per record in an array and finds
 * a record's place in it. Keys are never NULL; no removal. */
typedef struct
{
  gconstpointer *keys;
  guint         *positions;
  guint          shift;
} CoprodAddressMap;

/* Room for @n keys, at most half full */
static inline void
_coprod_address_map_init (CoprodAddressMap *map,
                          guint             n)
{
  map->shift = 4;
  while ((1u << map->shift) < 2 * (guint64) n && map->shift < 31)
    map->shift++;
  map->keys = g_new0 (gconstpointer, 1u << map->shift);
  map->positions = g_new (guint, 1u << map->shift);
}

static inline void
_coprod_address_map_clear (CoprodAddressMap *map)
{
  g_clear_pointer (&map->keys, g_free);
  g_clear_pointer (&map->positions, g_free);
}

/* Whether @key was added (FALSE: it was there already, and keeps its
 * position) */
static inline gboolean
_coprod_address_map_add (CoprodAddressMap *map,
                         gconstpointer     key,
                         guint             position)
{
  guint mask = (1u << map->shift) - 1;
  guint i;

  for (i = _coprod_address_slot (key, map->shift); map->keys[i] != NULL; i = (i + 1) & mask)
    if (map->keys[i] == key)
      return FALSE;
  map->keys[i] = key;
  map->positions[i] = position;
  return TRUE;
}

/* Starts bringing where @key would be into the caches, so that a find a
 * little later does not wait on memory */
static inline void
_coprod_address_map_prefetch (const CoprodAddressMap *map,
                              gconstpointer           key)
{
#ifdef __GNUC__
  guint i = _coprod_address_slot (key, map->shift);

  __builtin_prefetch (&map->keys[i]);
  __builtin_prefetch (&map->positions[i]);
#endif
}

/* The position of @key in *@position, or FALSE if it is not in @map */
static inline gboolean
_coprod_address_map_find (const CoprodAddressMap *map,
                          gconstpointer           key,
                          guint                  *position)
{
  guint mask = (1u << map->shift) - 1;
  guint i;

  for (i = _coprod_address_slot (key, map->shift); map->keys[i] != NULL; i = (i + 1) & mask)
    if (map->keys[i] == key)
      {
        *position = map->positions[i];
        return TRUE;
      }
  return FALSE;
}

G_END_DECLS
