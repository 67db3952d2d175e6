/* dates.c: the example of doc/dates-and-money.md, as a program the tests
 * build and run
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <libcoprod/coprod.h>

int
main (void)
{
  g_autoptr(GError) error = NULL;

  if (!coprod_date_validate ("2023-02-29", &error))
    g_print ("%s\n", error->message);   /* there is no day 29 in that month */

  g_assert (coprod_date_compare ("2019-03", "2019-04-30") < 0);
  g_assert (coprod_date_compare ("2019", "2019-04-30") == 0);

  return error == NULL;
}
