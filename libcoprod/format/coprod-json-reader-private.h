/* coprod-json-reader-private.h: a strict pull reader of JSON bytes
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * One forward pass over the bytes, with the guard's rules applied as it
 * goes (coprod-json-guard.c: RFC 8259 in UTF-8, depth, string length,
 * exact numbers, no \u0000, no member twice): the codec asks for the next
 * member, string, number, ... and builds what it needs straight from
 * them, with no tree. A value it does not want is skipped (still checked)
 * or read into a json-glib node (unknown members, kept for the round
 * trip). See the top of coprod-json-reader.c for why it is hand-written.
 *
 * On bytes that break a rule the reader stops (@failed is set) and says
 * no more: the guard, run over the same bytes, words the error with its
 * line and column, so the two can never word one mistake two ways.
 */
#pragma once

#include <json-glib/json-glib.h>

#include "coprod-json-guard-private.h"

G_BEGIN_DECLS

typedef enum
{
  COPROD_JSON_NONE,      /* not the start of a value (the reader has failed) */
  COPROD_JSON_OBJECT,
  COPROD_JSON_ARRAY,
  COPROD_JSON_STRING,
  COPROD_JSON_INTEGER,   /* a number without fraction or exponent */
  COPROD_JSON_DOUBLE,    /* a number with a fraction or an exponent */
  COPROD_JSON_TRUE,
  COPROD_JSON_FALSE,
  COPROD_JSON_NULL,
} CoprodJsonKind;

typedef struct
{
  const guchar *data;
  const guchar *p;
  const guchar *end;
  gsize         max_string;
  guint         max_depth;
  guint         depth;       /* containers open now */
  gboolean      failed;      /* the bytes break a rule: stop */
  GString      *scratch;     /* decoded strings with escapes */
} CoprodJsonReader;

/* A set of member names, to refuse an object with one twice; names are
 * hashed with the guard's keyed hash */
typedef struct
{
  guint64  *hashes;
  char    **names;   /* owned */
  guint     n;
  guint     size;    /* 0 or a power of two */
} CoprodJsonNameSet;

void           _coprod_json_reader_init       (CoprodJsonReader  *r,
                                               const char        *data,
                                               gsize              length);
void           _coprod_json_reader_clear      (CoprodJsonReader  *r);

/* What the next value is, without reading it */
CoprodJsonKind _coprod_json_reader_peek       (CoprodJsonReader  *r);
/* "a string", "an array", ...: for messages */
const char    *_coprod_json_kind_name         (CoprodJsonKind     kind);

/* Containers: begin, then next until it returns FALSE (the container is
 * then closed, or the reader has failed). @first is the caller's, TRUE
 * before the first call. next_member gives the member's name, decoded,
 * valid until the next read; the value comes next. */
gboolean       _coprod_json_reader_begin_object (CoprodJsonReader *r);
gboolean       _coprod_json_reader_next_member  (CoprodJsonReader *r,
                                                 gboolean         *first,
                                                 const char      **name,
                                                 gsize            *name_len);
gboolean       _coprod_json_reader_begin_array  (CoprodJsonReader *r);
gboolean       _coprod_json_reader_next_element (CoprodJsonReader *r,
                                                 gboolean         *first);

/* A string, decoded: not NUL-terminated, valid until the next read */
gboolean       _coprod_json_reader_read_string  (CoprodJsonReader *r,
                                                 const char      **str,
                                                 gsize            *len);
/* A number: an integer within +-(2^53-1) in @integer, with its value in
 * @value too; a double in @value */
gboolean       _coprod_json_reader_read_number  (CoprodJsonReader *r,
                                                 gboolean         *is_integer,
                                                 gint64           *integer,
                                                 double           *value);
/* true, false or null */
gboolean       _coprod_json_reader_read_literal (CoprodJsonReader *r);

/* The next value, checked and thrown away */
gboolean       _coprod_json_reader_skip         (CoprodJsonReader *r);
/* The next value as a json-glib node, as JsonParser would make it; NULL
 * if the reader failed */
JsonNode      *_coprod_json_reader_read_node    (CoprodJsonReader *r);

/* Nothing but white space is left */
gboolean       _coprod_json_reader_at_end       (CoprodJsonReader *r);

void           _coprod_json_name_set_clear    (CoprodJsonNameSet *set);
/* FALSE if @name is in the set already; adds it otherwise */
gboolean       _coprod_json_name_set_add      (CoprodJsonNameSet *set,
                                               const char        *name,
                                               gsize              len);

G_END_DECLS
