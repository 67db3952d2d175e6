/* coprod-text-private.h: small text helpers shared by every room
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* Not for messages about records or documents: a message never quotes a
 * string value read from a record or a document (see doc/privacy.md), and
 * none of the library's does.
 *
 * Text quoted: at most @max_bytes of @s, cut at a character
 * boundary, with every control character (C0, DEL, C1), every character
 * that reorders bidirectional text and every byte that is not UTF-8
 * written as an escape (\u001B, \xFF), so that a message never passes a
 * control sequence to a terminal. Free with g_free(). */
char       *_coprod_text_quote        (const char *s,
                                       int         max_bytes);

/* TRUE if @c is written as an escape by _coprod_text_quote() */
gboolean    _coprod_text_is_unsafe    (gunichar    c);

/* An ISO 4217 alphabetic code: three capital letters */
gboolean    _coprod_currency_is_valid (const char *code);

/* The nick of @value in the registered enum @enum_type, or NULL if it has
 * none; the string is static */
const char *_coprod_enum_nick         (GType       enum_type,
                                       int         value);

/* The nick of the lowest flag set in @value of the registered flags
 * @flags_type (for 0, the nick of the type's zero value, if it has one),
 * or NULL; the string is static */
const char *_coprod_flags_first_nick  (GType       flags_type,
                                       guint       value);

G_END_DECLS
