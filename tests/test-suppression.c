/* test-suppression.c: small numbers in public aggregates
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * - the threshold's boundaries: 0 shown as 0, 1 to 7 hidden, 8 shown as 10
 * - over random tables (many seeds), someone who knows the method and
 *   reads the published table (cells, row and column totals, grand total)
 *   cannot work out any hidden count exactly: not from a row or column
 *   with one unknown, not by solving the whole linear system, and not by
 *   narrowing bounds (every count at least 0), whether they read the shown
 *   counts rounded (as published) or, worse, knew them before rounding
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "coprod-test-util.h"
#include "coprod-suppression-private.h"

#define N_SEEDS 3000

static void
test_boundaries (void **state)
{
  g_autofree char *zero = _coprod_suppression_count (0, 7);
  g_autofree char *one = _coprod_suppression_count (1, 7);
  g_autofree char *seven = _coprod_suppression_count (7, 7);
  g_autofree char *eight = _coprod_suppression_count (8, 7);
  g_autofree char *twelve = _coprod_suppression_count (12, 7);
  g_autofree char *thirteen = _coprod_suppression_count (13, 7);
  g_autofree char *ten_at_ten = _coprod_suppression_count (10, 10);
  g_autofree char *eleven_at_ten = _coprod_suppression_count (11, 10);
  g_autofree char *method = _coprod_suppression_method (7);

  assert_string_equal (zero, "0");
  assert_string_equal (one, COPROD_SUPPRESSION_MARK);
  assert_string_equal (seven, COPROD_SUPPRESSION_MARK);
  assert_string_equal (eight, "10");
  assert_string_equal (twelve, "10");
  assert_string_equal (thirteen, "15");
  assert_string_equal (ten_at_ten, COPROD_SUPPRESSION_MARK);
  assert_string_equal (eleven_at_ten, "10");
  assert_true (_coprod_suppression_round (1002) == 1000);
  assert_true (_coprod_suppression_round (1003) == 1005);
  assert_non_null (strstr (method, "from 1 to 7"));
}

/* A table of one row: no column totals; its one hidden cell gets a second
 * one beside it, or the total is hidden */
static void
test_one_row (void **state)
{
  g_autoptr(CoprodSuppression) t = _coprod_suppression_new (1, 3, 7);
  g_autoptr(CoprodSuppression) u = _coprod_suppression_new (1, 2, 7);

  _coprod_suppression_set (t, 0, 0, 20);
  _coprod_suppression_set (t, 0, 1, 3);
  _coprod_suppression_set (t, 0, 2, 12);
  _coprod_suppression_apply (t);
  assert_false (_coprod_suppression_has_column_totals (t));
  assert_true (_coprod_suppression_has_row_totals (t));
  assert_true (_coprod_suppression_is_primary (t, 0, 1));
  assert_true (_coprod_suppression_is_suppressed (t, 0, 2));   /* the smallest above 0 */
  assert_false (_coprod_suppression_is_suppressed (t, 0, 0));
  assert_false (_coprod_suppression_is_suppressed (t, 0, 3));
  assert_int_equal (_coprod_suppression_get_value (t, 0, 3), 35);

  /* 10 people, 3 of them with lived experience: with the total shown, 3
   * and 7 are both hidden, being small; the total stays */
  _coprod_suppression_set (u, 0, 0, 3);
  _coprod_suppression_set (u, 0, 1, 7);
  _coprod_suppression_apply (u);
  assert_true (_coprod_suppression_is_suppressed (u, 0, 0));
  assert_true (_coprod_suppression_is_suppressed (u, 0, 1));
  {
    g_autofree char *total = _coprod_suppression_format (u, 0, 2);
    assert_string_equal (total, "10");
  }
}

/* What a reader knows of each entry of the grid */
typedef struct
{
  guint    rows, columns;   /* the grid */
  gboolean *hidden;
  double   *lo, *hi;
} Reader;

static void
reader_clear (Reader *r)
{
  g_free (r->hidden);
  g_free (r->lo);
  g_free (r->hi);
}

/* The lines of the grid, as lists of entries, the total last */
static GPtrArray *
grid_lines (CoprodSuppression *t,
            guint              rows,
            guint              columns)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  guint i, j;

  if (_coprod_suppression_has_row_totals (t))
    for (i = 0; i < rows; i++)
      {
        GArray *line = g_array_new (FALSE, FALSE, sizeof (guint));
        for (j = 0; j < columns; j++)
          {
            guint e = i * columns + j;
            g_array_append_val (line, e);
          }
        g_ptr_array_add (lines, line);
      }
  if (_coprod_suppression_has_column_totals (t))
    for (j = 0; j < columns; j++)
      {
        GArray *line = g_array_new (FALSE, FALSE, sizeof (guint));
        for (i = 0; i < rows; i++)
          {
            guint e = i * columns + j;
            g_array_append_val (line, e);
          }
        g_ptr_array_add (lines, line);
      }
  return lines;
}

/* Narrows each entry's bounds from the lines until nothing changes; FALSE
 * if some hidden entry is pinned to one value */
static gboolean
bounds_leave_open (Reader    *r,
                   GPtrArray *lines)
{
  gboolean changed = TRUE;
  guint rounds = 0, l, i, k;

  while (changed && rounds++ < 200)
    {
      changed = FALSE;
      for (l = 0; l < lines->len; l++)
        {
          GArray *line = g_ptr_array_index (lines, l);
          guint n = line->len, total = g_array_index (line, guint, n - 1);
          double sum_lo = 0, sum_hi = 0;

          for (i = 0; i + 1 < n; i++)
            {
              sum_lo += r->lo[g_array_index (line, guint, i)];
              sum_hi += r->hi[g_array_index (line, guint, i)];
            }
          /* the total between the sums of its cells' bounds */
          if (sum_lo > r->lo[total]) { r->lo[total] = sum_lo; changed = TRUE; }
          if (sum_hi < r->hi[total]) { r->hi[total] = sum_hi; changed = TRUE; }
          /* each cell: the total less the others */
          for (i = 0; i + 1 < n; i++)
            {
              k = g_array_index (line, guint, i);
              {
                double others_lo = sum_lo - r->lo[k], others_hi = sum_hi - r->hi[k];
                double lo = r->lo[total] - others_hi, hi = r->hi[total] - others_lo;

                if (lo > r->lo[k]) { r->lo[k] = lo; changed = TRUE; }
                if (hi < r->hi[k]) { r->hi[k] = hi; changed = TRUE; }
              }
            }
        }
    }
  for (k = 0; k < r->rows * r->columns; k++)
    if (r->hidden[k] && r->hi[k] - r->lo[k] < 0.5)
      return FALSE;
  return TRUE;
}

/* Solves the lines for the hidden entries, by Gaussian elimination, the
 * shown ones known exactly; FALSE if some hidden entry is determined */
static gboolean
linear_leaves_open (Reader    *r,
                    GPtrArray *lines)
{
  guint n = r->rows * r->columns, m = lines->len, l, i, j, k, pivot_row = 0;
  g_autofree guint *unknown = g_new (guint, n);
  g_autofree double *a = NULL;
  g_autofree int *pivot_of = NULL;
  guint u = 0;

  for (k = 0; k < n; k++)
    unknown[k] = r->hidden[k] ? u++ : G_MAXUINT;
  if (u == 0)
    return TRUE;
  a = g_new0 (double, (gsize) m * u);
  for (l = 0; l < m; l++)
    {
      GArray *line = g_ptr_array_index (lines, l);

      for (i = 0; i < line->len; i++)
        {
          k = g_array_index (line, guint, i);
          if (unknown[k] != G_MAXUINT)
            a[l * u + unknown[k]] = i + 1 == line->len ? -1.0 : 1.0;
        }
    }
  /* reduced row echelon form */
  pivot_of = g_new (int, u);
  for (j = 0; j < u; j++)
    {
      guint best = G_MAXUINT;

      pivot_of[j] = -1;
      for (i = pivot_row; i < m; i++)
        if (fabs (a[i * u + j]) > 1e-9 && (best == G_MAXUINT || fabs (a[i * u + j]) > fabs (a[best * u + j])))
          best = i;
      if (best == G_MAXUINT)
        continue;
      for (k = 0; k < u; k++)
        {
          double swap = a[best * u + k];
          a[best * u + k] = a[pivot_row * u + k];
          a[pivot_row * u + k] = swap;
        }
      {
        double p = a[pivot_row * u + j];
        for (k = 0; k < u; k++)
          a[pivot_row * u + k] /= p;
      }
      for (i = 0; i < m; i++)
        if (i != pivot_row && fabs (a[i * u + j]) > 1e-12)
          {
            double f = a[i * u + j];
            for (k = 0; k < u; k++)
              a[i * u + k] -= f * a[pivot_row * u + k];
          }
      pivot_of[j] = pivot_row++;
    }
  /* an unknown is determined when its pivot row holds nothing else */
  for (j = 0; j < u; j++)
    {
      gboolean alone = pivot_of[j] >= 0;

      for (k = 0; alone && k < u; k++)
        if (k != j && fabs (a[pivot_of[j] * u + k]) > 1e-9)
          alone = FALSE;
      if (alone)
        return FALSE;
    }
  return TRUE;
}

/* A row or column with exactly one hidden entry */
static gboolean
no_line_with_one_unknown (Reader    *r,
                          GPtrArray *lines)
{
  guint l, i;

  for (l = 0; l < lines->len; l++)
    {
      GArray *line = g_ptr_array_index (lines, l);
      guint n_hidden = 0;

      for (i = 0; i < line->len; i++)
        n_hidden += r->hidden[g_array_index (line, guint, i)];
      if (n_hidden == 1)
        return FALSE;
    }
  return TRUE;
}

static guint64
random_count (GRand *rand)
{
  double p = g_rand_double (rand);

  if (p < 0.25)
    return 0;
  if (p < 0.65)
    return g_rand_int_range (rand, 1, 8);
  if (p < 0.8)
    return g_rand_int_range (rand, 8, 14);
  return g_rand_int_range (rand, 8, 120);
}

static void
check_table (guint    seed,
             GRand   *rand,
             guint    threshold)
{
  guint n_rows = g_rand_int_range (rand, 1, 7), n_columns = g_rand_int_range (rand, 1, 8);
  g_autoptr(CoprodSuppression) t = _coprod_suppression_new (n_rows, n_columns, threshold);
  guint rows = n_rows + (n_rows > 1), columns = n_columns + (n_columns > 1), i, j, pass;
  g_autoptr(GPtrArray) lines = NULL;

  for (i = 0; i < n_rows; i++)
    for (j = 0; j < n_columns; j++)
      _coprod_suppression_set (t, i, j, random_count (rand));
  _coprod_suppression_apply (t);
  lines = grid_lines (t, rows, columns);

  /* pass 0: the shown counts known before rounding; pass 1: as published */
  for (pass = 0; pass < 2; pass++)
    {
      Reader r = { rows, columns, g_new0 (gboolean, rows * columns),
                   g_new0 (double, rows * columns), g_new0 (double, rows * columns) };
      double big = 1e9;

      for (i = 0; i < rows; i++)
        for (j = 0; j < columns; j++)
          {
            guint k = i * columns + j;
            guint64 v = _coprod_suppression_get_value (t, i, j);

            if (_coprod_suppression_is_suppressed (t, i, j))
              {
                r.hidden[k] = TRUE;
                r.lo[k] = 0;
                r.hi[k] = big;
                /* small counts are never rounded up past the threshold */
                assert_true (v > 0 || !_coprod_suppression_is_primary (t, i, j));
              }
            else if (pass == 0 || v == 0)
              r.lo[k] = r.hi[k] = v;
            else
              {
                guint64 shown = _coprod_suppression_round (v);
                r.lo[k] = MAX ((double) shown - 2, (double) threshold + 1);
                r.hi[k] = (double) shown + 2;
                assert_false (_coprod_suppression_hides (v, threshold));
              }
          }
      if (!no_line_with_one_unknown (&r, lines))
        fail_msg ("seed %u (%ux%u): a line holds one hidden count", seed, n_rows, n_columns);
      if (pass == 0 && !linear_leaves_open (&r, lines))
        fail_msg ("seed %u (%ux%u): a hidden count is solved from the totals", seed, n_rows, n_columns);
      if (!bounds_leave_open (&r, lines))
        fail_msg ("seed %u (%ux%u): a hidden count is pinned by bounds (%s)", seed, n_rows,
                  n_columns, pass == 0 ? "exact" : "rounded");
      reader_clear (&r);
    }
}

static void
test_random_tables (void **state)
{
  guint seed, n_hidden = 0;

  for (seed = 1; seed <= N_SEEDS; seed++)
    {
      g_autoptr(GRand) rand = g_rand_new_with_seed (seed);

      check_table (seed, rand, seed % 3 == 0 ? 10 : COPROD_SUPPRESSION_DEFAULT_THRESHOLD);
      n_hidden++;
    }
  assert_int_equal (n_hidden, N_SEEDS);
}

/* The method is not idle: over the same tables, hiding the small counts
 * alone leaves some of them solvable, which the checks above find */
static void
test_checks_can_fail (void **state)
{
  guint seed, n_found = 0;

  for (seed = 1; seed <= 200; seed++)
    {
      g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
      guint n_rows = g_rand_int_range (rand, 2, 5), n_columns = g_rand_int_range (rand, 2, 5);
      guint rows = n_rows + 1, columns = n_columns + 1, i, j;
      g_autoptr(CoprodSuppression) t = _coprod_suppression_new (n_rows, n_columns, 7);
      g_autoptr(GPtrArray) lines = NULL;
      Reader r = { rows, columns, g_new0 (gboolean, rows * columns),
                   g_new0 (double, rows * columns), g_new0 (double, rows * columns) };

      for (i = 0; i < n_rows; i++)
        for (j = 0; j < n_columns; j++)
          _coprod_suppression_set (t, i, j, random_count (rand));
      _coprod_suppression_apply (t);
      lines = grid_lines (t, rows, columns);
      for (i = 0; i < rows * columns; i++)
        {
          guint64 v = _coprod_suppression_get_value (t, i / columns, i % columns);
          r.hidden[i] = _coprod_suppression_is_primary (t, i / columns, i % columns);
          r.lo[i] = r.hidden[i] ? 0 : v;
          r.hi[i] = r.hidden[i] ? 1e9 : v;
        }
      if (!no_line_with_one_unknown (&r, lines) || !linear_leaves_open (&r, lines) ||
          !bounds_leave_open (&r, lines))
        n_found++;
      reader_clear (&r);
    }
  assert_true (n_found > 50);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_boundaries),
    cmocka_unit_test (test_one_row),
    cmocka_unit_test (test_random_tables),
    cmocka_unit_test (test_checks_can_fail),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
