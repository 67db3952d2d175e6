/* coprod-json-private.h: reading JSON, for the readers of format/ only
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * This room is the only one that includes json-glib. Every reader here
 * reads through the pull reader (coprod-json-reader-private.h), which
 * applies the guard's rules in the same pass: the registry codec builds
 * its records straight from it, the ladder and framework readers take a
 * tree from it through _coprod_json_parse(). They word their errors with
 * the helpers below, so that every message has the same shape:
 * "WHERE, member \"NAME\": WHAT".
 */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* JSON text to a tree, within the guard's limits, in one pass of the
 * pull reader (coprod-json-reader.c) that the registry's codec reads
 * with; a byte order mark is skipped */
JsonNode   *_coprod_json_parse          (const char   *data,
                                         gsize         length,
                                         GError      **error);

/* What reading a value of a document costs at most, in bytes, at the
 * load's peak: its node in json-glib's tree and its part of a record */
#define COPROD_JSON_BYTES_PER_VALUE 320

/* Whether a document of @length bytes and @n_values values can be read
 * within the process's address-space limit (RLIMIT_AS), if it has one: a
 * document that would need more is a COPROD_ERROR_LIMIT, not an
 * allocation that fails and aborts the process */
gboolean    _coprod_json_memory_check   (gsize         length,
                                         guint64       n_values,
                                         GError      **error);

/* The same for @data before it is read without a tree: where the process
 * has an address-space limit, the document's values are counted first (a
 * fault in the bytes is then the guard's error); without a limit, TRUE at
 * once */
gboolean    _coprod_json_memory_fits    (const char   *data,
                                         gsize         length,
                                         GError      **error);

/* The "format" and "version" members of a document's top level:
 * @format_name must match, and the version be 1 to @newest; @what names
 * the kind of document in messages ("document", "ladder") */
gboolean    _coprod_json_check_header   (JsonObject   *top,
                                         const char   *format_name,
                                         const char   *what,
                                         int           newest,
                                         GError      **error);

/* "a string", "an array", ...: what a node holds, for messages */
const char *_coprod_json_node_type_name (JsonNode     *node);
gboolean    _coprod_json_node_is_string (JsonNode     *node);

/* A string member of @object into @out (a copy, or NULL). @required: it
 * must be there and not empty; otherwise a missing member, null or ""
 * give NULL. Errors name @where and @member. */
gboolean    _coprod_json_read_string    (JsonObject   *object,
                                         const char   *where,
                                         const char   *member,
                                         gboolean      required,
                                         char        **out,
                                         GError      **error);

/* Sets @error to "WHERE, member \"MEMBER\": MESSAGE" in COPROD_ERROR with
 * @code; returns FALSE */
gboolean    _coprod_json_member_error   (GError      **error,
                                         int           code,
                                         const char   *where,
                                         const char   *member,
                                         const char   *format,
                                         ...) G_GNUC_PRINTF (5, 6);

G_END_DECLS
