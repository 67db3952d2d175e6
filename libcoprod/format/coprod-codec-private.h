/* coprod-codec-private.h: the JSON format
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "coprod-collections-private.h"

G_BEGIN_DECLS

/* A document read from JSON, not yet in a registry. Reading one touches no
 * shared state, so it can happen in a worker thread. */
typedef struct
{
  GPtrArray  *collections[COPROD_N_COLLECTIONS];  /* of CoprodRecord, owned */
  JsonObject *unknown;                            /* top-level members kept */
} CoprodDocument;

void            _coprod_document_free (CoprodDocument *doc);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CoprodDocument, _coprod_document_free)

/* The whole document: guarded bytes, format and version, every record. */
CoprodDocument *_coprod_codec_read    (const char   *data,
                                       gsize         length,
                                       GError      **error);
char           *_coprod_codec_write   (GListModel * const *collections,
                                       JsonObject   *unknown,
                                       gsize        *length);

/* JSON text to a tree, with the guard's limits; for other loaders
 * (ladders, frameworks) as well as documents. */
JsonNode       *_coprod_codec_parse   (const char   *data,
                                       gsize         length,
                                       GError      **error);

/* The "format" and "version" members of a document's top level: @format_name
 * must match, and the version be 1 to @newest; @what names the kind of
 * document in messages ("document", "ladder"). */
gboolean        _coprod_codec_check_header (JsonObject  *top,
                                            const char  *format_name,
                                            const char  *what,
                                            int          newest,
                                            GError     **error);

/* One object of @type from a JSON object, by its properties (member
 * names are the property names with '_' for '-'); @where names it in
 * errors. Unknown members are kept on the object. */
GObject        *_coprod_codec_read_object  (GType         type,
                                            JsonNode     *node,
                                            const char   *where,
                                            GError      **error);
JsonNode       *_coprod_codec_write_object (GObject      *object);

/* The members of the format @object did not understand, kept on it */
void            _coprod_codec_set_unknown  (gpointer      object,
                                            JsonObject   *unknown);
JsonObject     *_coprod_codec_get_unknown  (gpointer      object);

G_END_DECLS
