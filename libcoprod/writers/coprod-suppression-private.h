/* coprod-suppression-private.h: small numbers in public aggregates
 *
 * A report for the public shows no count from 1 to a threshold (7 unless
 * told otherwise): such a count is suppressed and shown as
 * COPROD_SUPPRESSION_MARK. Every other count but 0 is rounded to the
 * nearest 5 (8 and 9 show as 10); 0 shows as 0.
 *
 * A table of counts is published with its row totals, column totals and
 * grand total (a table of one row has no column totals: they would be its
 * cells; likewise a table of one column). So that a suppressed count cannot
 * be recovered from the totals, secondary suppression follows the primary
 * one:
 *
 *  1. every line (a row or a column, its total included) that holds one
 *     suppressed entry gets a second one: the smallest count in the line
 *     greater than 0 that is shown (a cell before its total); repeated until
 *     no line holds exactly one;
 *  2. the suppressed entries are the edges of a graph whose nodes are the
 *     lines; an entry that is a bridge of that graph lies on no cycle, and
 *     the published totals would determine it, so for each bridge the
 *     smallest count greater than 0 that joins its two sides is suppressed
 *     too, and step 1 runs again, until no bridge is left.
 *
 * A suppressed entry is never 0, and at the end every suppressed entry lies
 * on a cycle of suppressed entries, each at least 1, so adding and taking
 * 1 around the cycle gives another table with the same published totals:
 * no suppressed count is determined by the published ones, even by
 * someone who knew the shown counts before rounding.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define COPROD_SUPPRESSION_DEFAULT_THRESHOLD 7
#define COPROD_SUPPRESSION_MARK "[c]"

typedef struct _CoprodSuppression CoprodSuppression;

/* A table of @n_rows by @n_columns counts, all 0 */
CoprodSuppression *_coprod_suppression_new          (guint              n_rows,
                                                     guint              n_columns,
                                                     guint              threshold);
void               _coprod_suppression_free         (CoprodSuppression *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CoprodSuppression, _coprod_suppression_free)

void               _coprod_suppression_set          (CoprodSuppression *self,
                                                     guint              row,
                                                     guint              column,
                                                     guint64            value);
/* Adds the totals and decides what is suppressed */
void               _coprod_suppression_apply        (CoprodSuppression *self);

/* Whether the table has a row of column totals (more than one row) and a
 * column of row totals (more than one column) */
gboolean           _coprod_suppression_has_column_totals (CoprodSuppression *self);
gboolean           _coprod_suppression_has_row_totals    (CoprodSuppression *self);

/* An entry after _apply(): @row may be n_rows for the column totals and
 * @column n_columns for the row totals (the grand total at both) */
guint64            _coprod_suppression_get_value    (CoprodSuppression *self,
                                                     guint              row,
                                                     guint              column);
gboolean           _coprod_suppression_is_suppressed (CoprodSuppression *self,
                                                      guint              row,
                                                      guint              column);
/* TRUE if the entry is suppressed for being from 1 to the threshold */
gboolean           _coprod_suppression_is_primary   (CoprodSuppression *self,
                                                     guint              row,
                                                     guint              column);
/* What is published: the mark, or the count rounded */
char              *_coprod_suppression_format       (CoprodSuppression *self,
                                                     guint              row,
                                                     guint              column);
guint              _coprod_suppression_n_suppressed (CoprodSuppression *self);

/* One count alone: the mark if from 1 to @threshold, else rounded */
char              *_coprod_suppression_count        (guint64            value,
                                                     guint              threshold);
gboolean           _coprod_suppression_hides        (guint64            value,
                                                     guint              threshold);
/* @value to the nearest 5 (halves up: 8 to 10, 12 to 10, 13 to 15) */
guint64            _coprod_suppression_round        (guint64            value);

/* The method in a sentence, for a report */
char              *_coprod_suppression_method       (guint              threshold);

G_END_DECLS
