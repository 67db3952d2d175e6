/* coprod-text-writer-private.h: what the text writer's files share
 *
 * The text writer is one class whose methods live in several files, one
 * per subject (the registry, assessments, ladders and frameworks in
 * coprod-text-writer.c; reviews, pledges, payments and the rest beside it).
 * They share these helpers, so that every file escapes, pads and wraps text
 * the same way.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "coprod-ladder.h"
#include "coprod-text-writer.h"

G_BEGIN_DECLS



/* Appends @text with every character that must not reach a terminal
 * escaped (`\x1B`, `\u202E`); bytes that are not UTF-8 become U+FFFD. */
void        _coprod_text_writer_append_escaped  (GString          *out,
                                                 const char       *text);
/* Appends @text escaped, then spaces up to @width characters */
void        _coprod_text_writer_append_padded   (GString          *out,
                                                 const char       *text,
                                                 guint             width);
/* Appends @text escaped and wrapped at the writer's width: the first line
 * after @first, the others after @indent (as wide as @first). */
void        _coprod_text_writer_append_wrapped  (CoprodTextWriter *self,
                                                 GString          *out,
                                                 const char       *first,
                                                 const char       *indent,
                                                 const char       *text);
/* The nick of an enum value, or the first nick of a flags value; "?" if
 * none */
const char *_coprod_text_writer_nick_of         (GType             type,
                                                 int               value);
/* The rung in the ladder's words (the title of its step) */
const char *_coprod_text_writer_rung_words      (CoprodLadder     *ladder,
                                                 CoprodRung        rung);
/* The rung in the ladder's words, then its nick in brackets */
void        _coprod_text_writer_append_rung     (GString          *out,
                                                 CoprodLadder     *ladder,
                                                 CoprodRung        rung);
/* Appends each finding on a line of its own after @prefix, counting the
 * errors into @n_errors (nullable) */
gboolean    _coprod_text_writer_append_findings (GString          *out,
                                                 GListModel       *findings,
                                                 const char       *prefix,
                                                 guint            *n_errors);

G_END_DECLS
