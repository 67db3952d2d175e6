/* coprod-record-list-private.h: a read-only GListModel backed by an array
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The registry's collections, and the lists of objects inside a record (a
 * project's involvements, a partnership's memberships: see
 * coprod-field.c). get_item() and get_n_items() are O(1).
 *
 * Unlike GListStore it can swap its whole contents silently, so that a
 * load can replace every collection first and only then emit
 * ::items-changed on each: handlers never see a registry whose people are
 * new and whose organisations are old. Every other change emits
 * ::items-changed, then notify::n-items when the count changed, as
 * GListStore does.
 */
#pragma once

#include <gio/gio.h>

#include "coprod-address-private.h"

G_BEGIN_DECLS

#define COPROD_TYPE_RECORD_LIST (coprod_record_list_get_type ())
G_DECLARE_FINAL_TYPE (CoprodRecordList, coprod_record_list, COPROD, RECORD_LIST, GObject)

CoprodRecordList *_coprod_record_list_new       (GType             item_type);
/* A new list of the @n_items at @items, each of @item_type; the list takes
 * references of its own. No one can hold it yet, so nothing is emitted. */
CoprodRecordList *_coprod_record_list_new_with  (GType             item_type,
                                                 gpointer         *items,
                                                 guint             n_items);
void              _coprod_record_list_append    (CoprodRecordList *self,
                                                 gpointer          item);
/* Appends the @n_items at @items, taking references of its own, with one
 * ::items-changed (emitted even for none, as g_list_store_splice() does) */
void              _coprod_record_list_append_all (CoprodRecordList *self,
                                                  gpointer         *items,
                                                  guint             n_items);
gboolean          _coprod_record_list_find      (CoprodRecordList *self,
                                                 gpointer          item,
                                                 guint            *position);
/* Removes the item at @position (which must be in the list), emitting
 * ::items-changed while the list still holds it */
void              _coprod_record_list_remove_at (CoprodRecordList *self,
                                                 guint             position);
gboolean          _coprod_record_list_remove    (CoprodRecordList *self,
                                                 gpointer          item);
/* Takes the contents of @items (left empty); returns the number of items
 * there were before. Emits nothing: call _coprod_record_list_emit_replaced. */
guint             _coprod_record_list_take_all  (CoprodRecordList *self,
                                                 GPtrArray        *items);
void              _coprod_record_list_emit_replaced (CoprodRecordList *self,
                                                     guint             n_before);
/* The item at @position, which must be in the list; no reference */
gpointer          _coprod_record_list_peek      (CoprodRecordList *self,
                                                 guint             position);
guint             _coprod_record_list_get_size  (CoprodRecordList *self);

/* Fills @map (made here; clear it with _coprod_address_map_clear()) with
 * the position of each item of @self */
void              _coprod_record_list_map_positions (CoprodRecordList *self,
                                                     CoprodAddressMap *map);

/* For a walk over @self's @n records that writes to each one's id (a row
 * of an engine sharing it): at @i, brings the record 16 ahead into the
 * caches, and the id of the one 8 ahead, so that the waits on memory
 * overlap */
void              _coprod_record_list_prefetch_ids (CoprodRecordList *self,
                                                    guint             n,
                                                    guint             i);

G_END_DECLS
