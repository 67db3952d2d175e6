/* coprod-record-list-private.h: a read-only GListModel of records
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The registry's collections. Unlike GListStore it can swap its whole
 * contents silently, so that a load can replace every collection first and
 * only then emit ::items-changed on each: handlers never see a registry
 * whose people are new and whose organisations are old.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define COPROD_TYPE_RECORD_LIST (coprod_record_list_get_type ())
G_DECLARE_FINAL_TYPE (CoprodRecordList, coprod_record_list, COPROD, RECORD_LIST, GObject)

CoprodRecordList *_coprod_record_list_new       (GType             item_type);
void              _coprod_record_list_append    (CoprodRecordList *self,
                                                 gpointer          item);
gboolean          _coprod_record_list_remove    (CoprodRecordList *self,
                                                 gpointer          item);
/* Takes the contents of @items (left empty); returns the number of items
 * there were before. Emits nothing: call _coprod_record_list_emit_replaced. */
guint             _coprod_record_list_take_all  (CoprodRecordList *self,
                                                 GPtrArray        *items);
void              _coprod_record_list_emit_replaced (CoprodRecordList *self,
                                                     guint             n_before);
gpointer          _coprod_record_list_peek      (CoprodRecordList *self,
                                                 guint             position);
guint             _coprod_record_list_get_size  (CoprodRecordList *self);

G_END_DECLS
