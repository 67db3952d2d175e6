/* test-date.c: ISO 8601 dates of three precisions
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "coprod-test-util.h"

typedef struct
{
  const char *date;
  gboolean    valid;
  const char *message;   /* a part of the error message, or NULL */
} DateCase;

static const DateCase date_cases[] = {
  /* the three precisions */
  { "2024", TRUE, NULL },
  { "2024-03", TRUE, NULL },
  { "2024-03-15", TRUE, NULL },
  { "1000", TRUE, NULL },
  { "9999-12-31", TRUE, NULL },
  { "2024-12", TRUE, NULL },
  { "2024-01-31", TRUE, NULL },
  { "2024-04-30", TRUE, NULL },

  /* leap years: every fourth, but not centuries unless every fourth */
  { "2024-02-29", TRUE, NULL },
  { "2000-02-29", TRUE, NULL },
  { "2023-02-28", TRUE, NULL },
  { "2023-02-29", FALSE, "the day is not in that month" },
  { "1900-02-29", FALSE, "the day is not in that month" },
  { "2100-02-29", FALSE, "the day is not in that month" },
  { "2024-02-30", FALSE, "the day is not in that month" },
  { "2024-04-31", FALSE, "the day is not in that month" },
  { "2024-01-32", FALSE, "the day is not in that month" },
  { "2024-01-00", FALSE, "the day is not in that month" },

  /* years */
  { "0999", FALSE, "the year must be from 1000 to 9999" },
  { "0000", FALSE, "the year must be from 1000 to 9999" },
  { "0999-01-01", FALSE, "the year must be from 1000 to 9999" },
  { "10000", FALSE, "YYYY-MM-DD" },
  { "999", FALSE, "YYYY-MM-DD" },
  { "23-01-01", FALSE, "YYYY-MM-DD" },
  { "-2024", FALSE, "YYYY-MM-DD" },
  { "+2024", FALSE, "YYYY-MM-DD" },

  /* months */
  { "2024-00", FALSE, "the month must be from 01 to 12" },
  { "2024-13", FALSE, "the month must be from 01 to 12" },
  { "2023-13", FALSE, "the month must be from 01 to 12" },
  { "2024-00-10", FALSE, "the month must be from 01 to 12" },
  { "2024-1", FALSE, "YYYY-MM-DD" },
  { "2024-1-01", FALSE, "YYYY-MM-DD" },
  { "2024-01-1", FALSE, "YYYY-MM-DD" },
  { "2024-001", FALSE, "YYYY-MM-DD" },

  /* separators and trailing or leading characters */
  { "20240315", FALSE, "YYYY-MM-DD" },
  { "2024/03/15", FALSE, "YYYY-MM-DD" },
  { "2024-03/15", FALSE, "YYYY-MM-DD" },
  { "2024-03-15 ", FALSE, "YYYY-MM-DD" },
  { " 2024-03-15", FALSE, "YYYY-MM-DD" },
  { "2024-03-15T10:00", FALSE, "YYYY-MM-DD" },
  { "2024-03-15Z", FALSE, "YYYY-MM-DD" },
  { "2024-03-", FALSE, "YYYY-MM-DD" },
  { "2024-", FALSE, "YYYY-MM-DD" },
  { "2024-W11", FALSE, "YYYY-MM-DD" },
  { "2024-075", FALSE, "YYYY-MM-DD" },
  { "2O24", FALSE, "YYYY-MM-DD" },
  { "２０２４", FALSE, "YYYY-MM-DD" },   /* fullwidth digits */
  { "2024-0a", FALSE, "YYYY-MM-DD" },
  { "", FALSE, "YYYY-MM-DD" },
};

static void
test_date_table (void **state)
{
  gsize i;

  for (i = 0; i < G_N_ELEMENTS (date_cases); i++)
    {
      const DateCase *c = &date_cases[i];
      g_autoptr(GError) error = NULL;
      gboolean ok;

      ok = coprod_date_validate (c->date, &error);
      if (ok != c->valid)
        fail_msg ("\"%s\": expected %s, got %s%s", c->date,
                  c->valid ? "valid" : "invalid",
                  ok ? "valid" : "invalid: ",
                  ok ? "" : error->message);

      assert_int_equal (coprod_date_is_valid (c->date), c->valid);

      if (c->valid)
        {
          assert_null (error);
          continue;
        }

      assert_non_null (error);
      assert_true (g_error_matches (error, COPROD_ERROR, COPROD_ERROR_DATE));
      assert_true (g_utf8_validate (error->message, -1, NULL));
      if (c->message != NULL && strstr (error->message, c->message) == NULL)
        fail_msg ("\"%s\": message \"%s\" does not say \"%s\"",
                  c->date, error->message, c->message);
    }
}

static void
test_date_null (void **state)
{
  g_autoptr(GError) error = NULL;

  assert_false (coprod_date_is_valid (NULL));
  assert_false (coprod_date_validate (NULL, &error));
  assert_true (g_error_matches (error, COPROD_ERROR, COPROD_ERROR_DATE));

  /* a NULL error location is allowed */
  assert_false (coprod_date_validate ("2023-02-29", NULL));
  assert_true (coprod_date_validate ("2023-02-28", NULL));
}

static void
test_date_message_quotes_no_date (void **state)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *long_input = g_strnfill (4096, '7');
  g_autoptr(GError) long_error = NULL;
  g_autoptr(GError) name_error = NULL;

  /* what is wrong, never the text itself: it may be anything typed in
   * the wrong place */
  assert_false (coprod_date_validate ("2023-02-29", &error));
  assert_null (strstr (error->message, "2023"));
  assert_non_null (strstr (error->message, "the day is not in that month"));

  assert_false (coprod_date_validate ("Robin Ashcombe\x1b[31m", &name_error));
  assert_null (strstr (name_error->message, "Robin"));
  assert_null (strchr (name_error->message, '\x1b'));

  assert_false (coprod_date_validate (long_input, &long_error));
  assert_true (g_error_matches (long_error, COPROD_ERROR, COPROD_ERROR_DATE));
  assert_null (strstr (long_error->message, "777"));
}

static void
test_date_bytes (void **state)
{
  /* bytes beyond a NUL are not looked at: "2024\0-01" is "2024" */
  static const char with_nul[] = "2024\0-01";
  const char *not_utf8[] = {
    "2024-\xff" "1",
    "\xc3",
    "2024-03-1\xe2\x82",
    /* a three-byte character across the point where the message cuts */
    "a\xe2\x82\xac\xe2\x82\xac\xe2\x82\xac\xe2\x82\xac\xe2\x82\xac\xe2\x82\xac"
    "\xe2\x82\xac\xe2\x82\xac\xe2\x82\xac\xe2\x82\xac",
  };
  gsize i;

  assert_true (coprod_date_is_valid (with_nul));

  /* errors about bytes that are not UTF-8, or cut short, are UTF-8 */
  for (i = 0; i < G_N_ELEMENTS (not_utf8); i++)
    {
      g_autoptr(GError) error = NULL;

      assert_false (coprod_date_validate (not_utf8[i], &error));
      assert_true (g_error_matches (error, COPROD_ERROR, COPROD_ERROR_DATE));
      if (!g_utf8_validate (error->message, -1, NULL))
        fail_msg ("case %" G_GSIZE_FORMAT ": the message is not UTF-8", i);
    }
}

typedef struct
{
  const char *a;
  const char *b;
  int         expected;   /* -1, 0 or 1 */
} CompareCase;

static const CompareCase compare_cases[] = {
  /* the same precision */
  { "2024-03-15", "2024-03-15", 0 },
  { "2024-03-14", "2024-03-15", -1 },
  { "2024-03-16", "2024-03-15", 1 },
  { "2024-02-29", "2024-03-01", -1 },
  { "2023-12-31", "2024-01-01", -1 },
  { "2024-03", "2024-04", -1 },
  { "2024-12", "2024-11", 1 },
  { "2023", "2024", -1 },
  { "2025", "2024", 1 },
  { "2024", "2024", 0 },
  { "1999-12-31", "2000-01-01", -1 },

  /* mixed precision: a date contains the more precise ones inside it */
  { "2019", "2019-04-30", 0 },
  { "2019-04-30", "2019", 0 },
  { "2019-04", "2019-04-30", 0 },
  { "2019-04-01", "2019-04", 0 },
  { "2019", "2019-12", 0 },
  { "2019-03", "2019-04-30", -1 },
  { "2019-05", "2019-04-30", 1 },
  { "2019-04-30", "2019-05", -1 },
  { "2018", "2019-01-01", -1 },
  { "2020", "2019-12-31", 1 },
  { "2019-12-31", "2020", -1 },
};

static void
test_date_compare (void **state)
{
  gsize i;

  for (i = 0; i < G_N_ELEMENTS (compare_cases); i++)
    {
      const CompareCase *c = &compare_cases[i];
      int r = coprod_date_compare (c->a, c->b);
      int back = coprod_date_compare (c->b, c->a);

      /* only the sign is documented */
      r = r < 0 ? -1 : r > 0 ? 1 : 0;
      back = back < 0 ? -1 : back > 0 ? 1 : 0;
      if (r != c->expected)
        fail_msg ("compare (\"%s\", \"%s\"): expected %d, got %d",
                  c->a, c->b, c->expected, r);
      /* antisymmetric */
      if (back != -c->expected)
        fail_msg ("compare (\"%s\", \"%s\"): expected %d, got %d",
                  c->b, c->a, -c->expected, back);
    }
}

static int
compare_date_pointers (gconstpointer a,
                       gconstpointer b,
                       gpointer      user_data)
{
  return coprod_date_compare (*(const char * const *) a, *(const char * const *) b);
}

static void
test_date_compare_sorts (void **state)
{
  /* dates that do not contain one another sort into one order */
  const char *dates[] = { "2021-06", "2019-04-30", "2020", "2019-03", "2021-01-15" };
  const char *sorted[] = { "2019-03", "2019-04-30", "2020", "2021-01-15", "2021-06" };
  gsize i;

  g_qsort_with_data (dates, G_N_ELEMENTS (dates), sizeof (char *),
                     compare_date_pointers, NULL);
  for (i = 0; i < G_N_ELEMENTS (sorted); i++)
    assert_string_equal (dates[i], sorted[i]);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_date_table),
    cmocka_unit_test (test_date_null),
    cmocka_unit_test (test_date_message_quotes_no_date),
    cmocka_unit_test (test_date_bytes),
    cmocka_unit_test (test_date_compare),
    cmocka_unit_test (test_date_compare_sorts),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
