/* coprod-json-guard-private.h: a strict check of JSON bytes before parsing
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
  gsize max_size;     /* bytes in the whole document */
  guint max_depth;    /* arrays/objects nested; a top-level [] is depth 1 */
  gsize max_string;   /* bytes of one string (member names too), as written in the input, escapes included */
} CoprodJsonLimits;

#define COPROD_JSON_DEFAULT_MAX_SIZE   ((gsize) 256 * 1024 * 1024)
#define COPROD_JSON_DEFAULT_MAX_DEPTH  64
#define COPROD_JSON_DEFAULT_MAX_STRING ((gsize) 1024 * 1024)

/* limits NULL = the defaults. data need not be NUL-terminated. */
gboolean _coprod_json_guard_check (const char *data, gsize length, const CoprodJsonLimits *limits, GError **error);
/* The same, and counts the values of the document (objects, arrays,
 * strings, numbers and literals; member names are not values) */
gboolean _coprod_json_guard_count (const char *data, gsize length, const CoprodJsonLimits *limits,
                                   guint64 *n_values, GError **error);

/* A member name's hash under a key made at random once per process, so
 * that a document cannot be made of names that all collide */
guint64  _coprod_json_name_hash (const char *name, gsize len);

G_END_DECLS
