/* coprod-record-private.h: helpers shared by the record types
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "coprod-field-private.h"
#include "coprod-record.h"
#include "coprod-text-private.h"

G_BEGIN_DECLS

/* The members of the format an object did not understand when it was
 * read, kept so that a load and save loses nothing. Works on records and
 * on the objects inside them (memberships, involvements, ...). Only the
 * format (format/) knows what @data is; the model keeps their names, in
 * the order they were read. @names and @data are taken; NULL @names or an
 * empty list clears them. */
void                _coprod_object_set_extra       (gpointer        object,
                                                    char          **names,
                                                    gpointer        data,
                                                    GDestroyNotify  destroy);
gpointer            _coprod_object_get_extra       (gpointer        object);
const char * const *_coprod_object_get_extra_names (gpointer        object);

/* Sets the id of a record that has none yet (one made by g_object_new()
 * without it, for the codec, which has checked @id); takes @id, a field
 * string (_coprod_field_string_new(): a GRefString, which the codec shares
 * with the references that name the record) */
const char         *_coprod_record_peek_id         (CoprodRecord   *record);
void                _coprod_record_take_id         (CoprodRecord   *record,
                                                    char           *id);

/* Where a record keeps what holds it (the registry it is in), from the
 * start of the instance: a place in CoprodRecord's private data, so a
 * negative offset. For coprod-field.c; use _coprod_object_get_owner(). */
gint                _coprod_record_get_owner_offset (void);

G_END_DECLS
