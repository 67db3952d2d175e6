/* coprod-date.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "coprod-date.h"
#include "coprod-error.h"
#include "coprod-date-private.h"
#include "coprod-text-private.h"

/* Dates are ISO 8601 calendar dates in one of three precisions: YYYY-MM-DD,
 * YYYY-MM or YYYY. Work in health and social care is often known only to
 * the month ("spring 2019" is 2019-03 at best) or the year, so imprecise
 * dates are first-class. Years run from 1000 to 9999. */

static gboolean
read_digits (const char *s,
             guint       n,
             guint      *out)
{
  guint i, v = 0;

  for (i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit (s[i]))
        return FALSE;
      v = v * 10 + (guint) (s[i] - '0');
    }

  *out = v;
  return TRUE;
}

/**
 * coprod_date_validate:
 * @date: (nullable): a candidate date
 * @error: return location for an error
 *
 * Checks that @date is an ISO 8601 calendar date: `YYYY-MM-DD`, or
 * `YYYY-MM` or `YYYY` where only that much is known. The year is from 1000
 * to 9999 and the day must exist in its month (`2023-02-29` does not).
 *
 * The error says what is wrong without quoting @date, which may be
 * anything typed in the wrong place (see [Privacy](privacy.html)).
 *
 * Returns: %TRUE if @date is valid; %FALSE with %COPROD_ERROR_DATE
 *   otherwise
 *
 * Since: 0.1
 */
gboolean
coprod_date_validate (const char  *date,
                      GError     **error)
{
  guint year, month = 1, day = 1;
  gsize len;

  if (date == NULL)
    {
      g_set_error_literal (error, COPROD_ERROR, COPROD_ERROR_DATE,
                           "a date is needed");
      return FALSE;
    }

  len = strlen (date);
  if (!((len == 4) ||
        (len == 7 && date[4] == '-') ||
        (len == 10 && date[4] == '-' && date[7] == '-')) ||
      !read_digits (date, 4, &year) ||
      (len >= 7 && !read_digits (date + 5, 2, &month)) ||
      (len == 10 && !read_digits (date + 8, 2, &day)))
    {
      g_set_error_literal (error, COPROD_ERROR, COPROD_ERROR_DATE,
                           "not a date of the form YYYY-MM-DD, YYYY-MM or YYYY");
      return FALSE;
    }

  if (year < 1000)
    {
      g_set_error_literal (error, COPROD_ERROR, COPROD_ERROR_DATE,
                           "not a valid date: the year must be from 1000 to 9999");
      return FALSE;
    }

  if (month < 1 || month > 12)
    {
      g_set_error_literal (error, COPROD_ERROR, COPROD_ERROR_DATE,
                           "not a valid date: the month must be from 01 to 12");
      return FALSE;
    }

  if (day < 1 || day > g_date_get_days_in_month ((GDateMonth) month, (GDateYear) year))
    {
      g_set_error_literal (error, COPROD_ERROR, COPROD_ERROR_DATE,
                           "not a valid date: the day is not in that month");
      return FALSE;
    }

  return TRUE;
}

/**
 * coprod_date_is_valid:
 * @date: (nullable): a candidate date
 *
 * Checks @date as [func@Coprod.date_validate] does.
 *
 * Returns: %TRUE if @date is a valid date
 *
 * Since: 0.1
 */
gboolean
coprod_date_is_valid (const char *date)
{
  return coprod_date_validate (date, NULL);
}

/**
 * coprod_date_compare:
 * @a: a valid date
 * @b: a valid date
 *
 * Compares two dates of any precision. Dates compare by what they share:
 * `2019` and `2019-04-30` are equal (the one may contain the other), while
 * `2019-03` is before `2019-04-30`.
 *
 * Returns: negative if @a is before @b, positive if after, 0 if they are
 *   the same or one contains the other
 *
 * Since: 0.1
 */
int
coprod_date_compare (const char *a,
                     const char *b)
{
  g_return_val_if_fail (a != NULL, 0);
  g_return_val_if_fail (b != NULL, 0);

  /* over the shorter of the two: one pass, as the engines compare every
   * involvement's date with the date they work as of */
  for (; *a != '\0' && *b != '\0'; a++, b++)
    if (*a != *b)
      return (guchar) *a < (guchar) *b ? -1 : 1;

  return 0;
}

char *
_coprod_date_resolve_as_of (const char  *as_of,
                            GError     **error)
{
  g_autoptr(GDateTime) now = NULL;

  if (as_of != NULL)
    return coprod_date_validate (as_of, error) ? g_strdup (as_of) : NULL;

  now = g_date_time_new_now_local ();
  return g_date_time_format (now, "%Y-%m-%d");
}
