/* coprod-codec-private.h: the registry's document format
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * What the registry (registry/) needs from the format: a document read
 * from bytes, not yet in a registry, and a registry's records written as
 * a document. Nothing here shows JSON: the members a document holds that
 * this version does not know are kept opaquely.
 */
#pragma once

#include <gio/gio.h>

#include "coprod-collections-private.h"

G_BEGIN_DECLS

/* A document read from bytes, not yet in a registry. Reading one touches
 * no shared state, so it can happen in a worker thread. */
typedef struct
{
  GPtrArray  *collections[COPROD_N_COLLECTIONS];  /* of CoprodRecord, owned */
  gpointer    unknown;                            /* top-level members kept; opaque */
  GHashTable *index;                              /* nullable: id -> record, every
                                                     record of the collections, keyed
                                                     by the record's own id */
} CoprodDocument;

void            _coprod_document_free        (CoprodDocument *doc);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CoprodDocument, _coprod_document_free)

/* The whole document: guarded bytes, format and version, every record */
CoprodDocument *_coprod_codec_read           (const char         *data,
                                              gsize               length,
                                              GError            **error);

/* Whether a document is read in two halves, by two threads (see "Reading
 * in two halves" in coprod-codec.c): when it is large and there are two
 * processors (AUTO), never, or whenever a place to split it is found,
 * for tests and fuzzing, whose result must be the one pass's: in a
 * second thread (ALWAYS), or with the second half read first in the
 * calling thread (IN_TURN: the same every time, and quick). @halved, if
 * not NULL, tells whether it was. */
typedef enum
{
  COPROD_CODEC_HALVES_AUTO,
  COPROD_CODEC_HALVES_NEVER,
  COPROD_CODEC_HALVES_ALWAYS,
  COPROD_CODEC_HALVES_IN_TURN,
} CoprodCodecHalves;

CoprodDocument *_coprod_codec_read_with      (const char         *data,
                                              gsize               length,
                                              CoprodCodecHalves   halves,
                                              gboolean           *halved,
                                              GError            **error);

/* The same, from @bytes, which it takes: the bytes are let go as soon as
 * the text is parsed */
CoprodDocument *_coprod_codec_read_bytes     (GBytes             *bytes,
                                              GError            **error);

/* @doc as it would be saved: its records, in order, and the members of
 * the document it did not understand (for comparing documents) */
char           *_coprod_document_write        (CoprodDocument    *doc);

/* Keeps the top-level members of @doc that were not understood on
 * @object (the registry), replacing those it had, so that
 * _coprod_codec_write() writes them back */
void            _coprod_document_keep_unknown (CoprodDocument    *doc,
                                               gpointer           object);

/* @collections as a document, with the top-level members kept on @object:
 * indented, or compact if indented text would be longer than the guard's
 * size limit (@max_size: the limit to go by) */
char           *_coprod_codec_write          (GListModel * const *collections,
                                              gpointer            object,
                                              gsize              *length);
char           *_coprod_codec_write_within   (GListModel * const *collections,
                                              gpointer            object,
                                              gsize               max_size,
                                              gsize              *length);

/* A document's text of @length bytes can be read again: not longer than
 * @max_size (the reader's limit); COPROD_ERROR_INVALID otherwise */
gboolean        _coprod_codec_check_size     (gsize               length,
                                              gsize               max_size,
                                              GError            **error);

/* Reads @stream to its end, refusing more than the guard's size limit;
 * @what names the kind of document in the message ("document", "ladder") */
GBytes         *_coprod_read_stream_limited  (GInputStream       *stream,
                                              const char         *what,
                                              GCancellable       *cancellable,
                                              GError            **error);

/* Reads the whole of @file, as _coprod_read_stream_limited() does; only a
 * regular file (or a file of a non-local backend) is read, so that a FIFO
 * or a device cannot block the load for ever */
GBytes         *_coprod_read_file_limited    (GFile              *file,
                                              const char         *what,
                                              GCancellable       *cancellable,
                                              GError            **error);

G_END_DECLS
