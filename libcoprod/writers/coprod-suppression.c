/* coprod-suppression.c: small numbers in public aggregates; the method is
 * described in coprod-suppression-private.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "coprod-suppression-private.h"

enum { SHOWN, PRIMARY, SECONDARY };

struct _CoprodSuppression
{
  guint    n_rows, n_columns;   /* the cells */
  guint    rows, columns;       /* the grid: cells and the totals published */
  guint    threshold;
  guint64 *values;              /* rows x columns */
  guint8  *state;
};

CoprodSuppression *
_coprod_suppression_new (guint n_rows,
                         guint n_columns,
                         guint threshold)
{
  CoprodSuppression *self = g_new0 (CoprodSuppression, 1);

  g_return_val_if_fail (n_rows > 0 && n_columns > 0, NULL);
  self->n_rows = n_rows;
  self->n_columns = n_columns;
  self->rows = n_rows + (n_rows > 1 ? 1 : 0);
  self->columns = n_columns + (n_columns > 1 ? 1 : 0);
  self->threshold = threshold;
  self->values = g_new0 (guint64, self->rows * self->columns);
  self->state = g_new0 (guint8, self->rows * self->columns);
  return self;
}

void
_coprod_suppression_free (CoprodSuppression *self)
{
  if (self == NULL)
    return;
  g_free (self->values);
  g_free (self->state);
  g_free (self);
}

gboolean
_coprod_suppression_has_column_totals (CoprodSuppression *self)
{
  return self->n_rows > 1;
}

gboolean
_coprod_suppression_has_row_totals (CoprodSuppression *self)
{
  return self->n_columns > 1;
}

/* An entry's index in the grid; a total asked for that the table does not
 * publish is the cell itself (a table of one row: its column total is its
 * cell) */
static guint
at (CoprodSuppression *self,
    guint              row,
    guint              column)
{
  if (row >= self->rows)
    row = self->rows - 1;
  if (column >= self->columns)
    column = self->columns - 1;
  return row * self->columns + column;
}

void
_coprod_suppression_set (CoprodSuppression *self,
                         guint              row,
                         guint              column,
                         guint64            value)
{
  g_return_if_fail (row < self->n_rows && column < self->n_columns);
  self->values[row * self->columns + column] = value;
}

gboolean
_coprod_suppression_hides (guint64 value,
                           guint   threshold)
{
  return value >= 1 && value <= threshold;
}

guint64
_coprod_suppression_round (guint64 value)
{
  return (value + 2) / 5 * 5;
}

char *
_coprod_suppression_count (guint64 value,
                           guint   threshold)
{
  if (_coprod_suppression_hides (value, threshold))
    return g_strdup (COPROD_SUPPRESSION_MARK);
  return g_strdup_printf ("%" G_GUINT64_FORMAT, _coprod_suppression_round (value));
}

/* Line @l: rows first (grid rows, if rows are constrained), then columns.
 * Fills @entries with the grid indexes of the line, the total last. */
static guint
line_entries (CoprodSuppression *self,
              guint              l,
              guint             *entries)
{
  guint i, n = 0;
  guint n_row_lines = self->n_columns > 1 ? self->rows : 0;

  if (l < n_row_lines)
    for (i = 0; i < self->columns; i++)
      entries[n++] = l * self->columns + i;
  else
    for (i = 0, l -= n_row_lines; i < self->rows; i++)
      entries[n++] = i * self->columns + l;
  return n;
}

static guint
n_lines (CoprodSuppression *self)
{
  return (self->n_columns > 1 ? self->rows : 0) + (self->n_rows > 1 ? self->columns : 0);
}

/* Step 1: no line holds exactly one suppressed entry. TRUE if it
 * suppressed anything. */
static gboolean
pair_lines (CoprodSuppression *self)
{
  g_autofree guint *entries = g_new (guint, MAX (self->rows, self->columns));
  gboolean any = FALSE, changed = TRUE;
  guint l;

  while (changed)
    {
      changed = FALSE;
      for (l = 0; l < n_lines (self); l++)
        {
          guint n = line_entries (self, l, entries), i, n_hidden = 0, best = G_MAXUINT;

          for (i = 0; i < n; i++)
            if (self->state[entries[i]] != SHOWN)
              n_hidden++;
          if (n_hidden != 1)
            continue;
          /* the smallest shown cell above 0; the total if there is none */
          for (i = 0; i + 1 < n; i++)
            {
              guint e = entries[i];

              if (self->state[e] == SHOWN && self->values[e] > 0 &&
                  (best == G_MAXUINT || self->values[e] < self->values[best]))
                best = e;
            }
          if (best == G_MAXUINT)
            best = entries[n - 1];
          self->state[best] = SECONDARY;
          changed = any = TRUE;
        }
    }
  return any;
}

/* The component of node @start (rows are nodes 0..rows-1, columns
 * rows..rows+columns-1) over the suppressed entries, leaving out entry
 * @skip */
static void
component (CoprodSuppression *self,
           guint              start,
           guint              skip,
           gboolean          *seen)
{
  g_autofree guint *stack = g_new (guint, self->rows + self->columns);
  guint top = 0;

  memset (seen, 0, sizeof (gboolean) * (self->rows + self->columns));
  seen[start] = TRUE;
  stack[top++] = start;
  while (top > 0)
    {
      guint node = stack[--top], i;

      for (i = 0; i < (node < self->rows ? self->columns : self->rows); i++)
        {
          guint e = node < self->rows ? node * self->columns + i : i * self->columns + (node - self->rows);
          guint other = node < self->rows ? self->rows + i : i;

          if (e == skip || self->state[e] == SHOWN || seen[other])
            continue;
          seen[other] = TRUE;
          stack[top++] = other;
        }
    }
}

/* Step 2: one bridge joined to its other side. TRUE if it suppressed
 * anything. */
static gboolean
break_bridge (CoprodSuppression *self)
{
  guint n = self->rows * self->columns, e;
  g_autofree gboolean *side = g_new (gboolean, self->rows + self->columns);
  g_autofree gboolean *whole = g_new (gboolean, self->rows + self->columns);

  /* only a table constrained both ways has bridges to break: in a table
   * of one row or one column, step 1 is enough */
  if (self->n_rows < 2 || self->n_columns < 2)
    return FALSE;
  for (e = 0; e < n; e++)
    {
      guint r = e / self->columns, c = e % self->columns, f, best = G_MAXUINT, best_zero = G_MAXUINT;

      if (self->state[e] == SHOWN)
        continue;
      component (self, r, e, side);
      if (side[self->rows + c])
        continue;                      /* on a cycle */
      component (self, r, G_MAXUINT, whole);
      for (f = 0; f < n; f++)
        {
          guint r2 = f / self->columns, c2 = f % self->columns;

          if (self->state[f] != SHOWN || !whole[r2] || !whole[self->rows + c2])
            continue;
          if (side[r2] == side[self->rows + c2])
            continue;                  /* would not join the two sides */
          if (self->values[f] > 0 && (best == G_MAXUINT || self->values[f] < self->values[best]))
            best = f;
          if (self->values[f] == 0 && best_zero == G_MAXUINT)
            best_zero = f;
        }
      if (best == G_MAXUINT)
        best = best_zero;
      g_assert (best != G_MAXUINT);
      self->state[best] = SECONDARY;
      return TRUE;
    }
  return FALSE;
}

void
_coprod_suppression_apply (CoprodSuppression *self)
{
  guint r, c;

  /* the totals */
  for (r = 0; r < self->n_rows; r++)
    {
      guint64 sum = 0;
      for (c = 0; c < self->n_columns; c++)
        sum += self->values[r * self->columns + c];
      if (self->n_columns > 1)
        self->values[r * self->columns + self->n_columns] = sum;
    }
  if (self->n_rows > 1)
    for (c = 0; c < self->columns; c++)
      {
        guint64 sum = 0;
        for (r = 0; r < self->n_rows; r++)
          sum += self->values[r * self->columns + c];
        self->values[self->n_rows * self->columns + c] = sum;
      }

  /* primary, then secondary */
  for (r = 0; r < self->rows * self->columns; r++)
    self->state[r] = _coprod_suppression_hides (self->values[r], self->threshold) ? PRIMARY : SHOWN;
  pair_lines (self);
  while (break_bridge (self))
    pair_lines (self);
}

guint64
_coprod_suppression_get_value (CoprodSuppression *self,
                               guint              row,
                               guint              column)
{
  return self->values[at (self, row, column)];
}

gboolean
_coprod_suppression_is_suppressed (CoprodSuppression *self,
                                   guint              row,
                                   guint              column)
{
  return self->state[at (self, row, column)] != SHOWN;
}

gboolean
_coprod_suppression_is_primary (CoprodSuppression *self,
                                guint              row,
                                guint              column)
{
  return self->state[at (self, row, column)] == PRIMARY;
}

char *
_coprod_suppression_format (CoprodSuppression *self,
                            guint              row,
                            guint              column)
{
  guint e = at (self, row, column);

  if (self->state[e] != SHOWN)
    return g_strdup (COPROD_SUPPRESSION_MARK);
  return g_strdup_printf ("%" G_GUINT64_FORMAT, _coprod_suppression_round (self->values[e]));
}

guint
_coprod_suppression_n_suppressed (CoprodSuppression *self)
{
  guint i, n = 0;

  for (i = 0; i < self->rows * self->columns; i++)
    if (self->state[i] != SHOWN)
      n++;
  return n;
}

char *
_coprod_suppression_method (guint threshold)
{
  return g_strdup_printf ("Small numbers are hidden, so that no one can be picked out: a count "
                          "from 1 to %u is shown as " COPROD_SUPPRESSION_MARK ", every other count "
                          "but 0 is rounded to the nearest 5, and 0 is shown as 0. In a table, "
                          "more counts are hidden (" COPROD_SUPPRESSION_MARK " too) wherever a "
                          "hidden one could be worked out from the totals: each row and column "
                          "with a hidden count hides at least one more, the smallest above 0, "
                          "until no hidden count is fixed by the totals. Totals are rounded from "
                          "the true counts, so they may differ from the sum of the rounded "
                          "counts. Money paid to people is not shown.", threshold);
}
