/* payments.c: the example of doc/payments.md, as a program the tests build
 * and run on the example registry
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 *   payments examples/data/coprod-example.json
 */
#include <libcoprod/coprod.h>

int
main (int    argc,
      char **argv)
{
  g_autoptr(CoprodRegistry) registry = coprod_registry_new ();
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  CoprodRateCard *card;

  if (argc != 2)
    return 2;
  file = g_file_new_for_commandline_arg (argv[1]);
  if (!coprod_registry_load_from_file (registry, file, NULL, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  card = COPROD_RATE_CARD (coprod_registry_lookup (registry, "rc-worcs-2023"));

  {
    CoprodRateEntry *mileage = coprod_rate_card_find_entry (card, COPROD_RATE_UNIT_MILE);
    gint64 amount;

    if (mileage != NULL && coprod_rate_entry_price (mileage, 12.3, &amount, &error))
      g_print ("%" G_GINT64_FORMAT " pence\n", amount);

    return mileage == NULL || error != NULL;
  }
}
