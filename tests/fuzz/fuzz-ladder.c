/* fuzz-ladder.c: a ladder of involvement from any bytes
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Reads the input as a ladder. A ladder that loads has a key and a
 * title, steps numbered from 1 that each present a run of rungs (or
 * none), a bottom step whose lowest rung is the ladder's lowest, and for
 * every canonical rung from that one up exactly one step that presents
 * it, which coprod_ladder_get_step_for_rung() finds; for none, and for
 * the rungs under the lowest (below the ladder), it finds no step. An
 * input that does not load must give an error in the COPROD_ERROR
 * domain, with a message in UTF-8.
 *
 * Built with libFuzzer when meson is set up with -Dfuzzing=true and
 * clang; always built with fuzz-replay.c as a test over corpus/ladder/.
 */
#include "config.h"

#include <stdlib.h>

#include <libcoprod/coprod.h>

#include "fuzz.h"

static gboolean
is_empty (const char *s)
{
  return s == NULL || *s == '\0';
}

static void
check_ladder (CoprodLadder *ladder)
{
  g_autoptr(GEnumClass) rungs = g_type_class_ref (COPROD_TYPE_RUNG);
  GListModel *steps;
  CoprodRung lowest;
  guint i, n, r;

  if (is_empty (coprod_ladder_get_key (ladder)) ||
      is_empty (coprod_ladder_get_title (ladder)))
    abort ();
  (void) coprod_ladder_get_summary (ladder);
  (void) coprod_ladder_get_source (ladder);
  (void) coprod_ladder_get_version (ladder);
  (void) coprod_ladder_get_approximate (ladder);

  steps = coprod_ladder_get_steps (ladder);
  if (steps == NULL)
    abort ();
  n = g_list_model_get_n_items (steps);
  if (n == 0)
    abort ();

  /* the bottom step presents the ladder's lowest rung */
  lowest = coprod_ladder_get_lowest_rung (ladder);
  {
    g_autoptr(CoprodStep) bottom = g_list_model_get_item (steps, 0);

    if (lowest == COPROD_RUNG_NONE || coprod_step_get_rung_min (bottom) != lowest)
      abort ();
  }

  for (i = 0; i < n; i++)
    {
      g_autoptr(CoprodStep) step = g_list_model_get_item (steps, i);
      CoprodRung min, max;

      if (step == NULL)
        abort ();
      (void) coprod_step_get_key (step);
      (void) coprod_step_get_title (step);
      (void) coprod_step_get_summary (step);
      (void) coprod_step_get_group (step);
      (void) coprod_step_get_promise (step);
      if (coprod_step_get_position (step) != i + 1)
        abort ();

      /* a step presents no rung (none to none) or some, lowest first */
      min = coprod_step_get_rung_min (step);
      max = coprod_step_get_rung_max (step);
      if (min > max || (min == COPROD_RUNG_NONE && max != COPROD_RUNG_NONE))
        abort ();
    }

  for (r = 0; r < rungs->n_values; r++)
    {
      CoprodRung rung = (CoprodRung) rungs->values[r].value;
      CoprodStep *found = coprod_ladder_get_step_for_rung (ladder, rung);
      guint covering = 0;

      for (i = 0; i < n; i++)
        {
          g_autoptr(CoprodStep) step = g_list_model_get_item (steps, i);

          if (coprod_step_covers_rung (step, rung))
            covering++;
        }

      if (rung == COPROD_RUNG_NONE || rung < lowest)
        {
          if (found != NULL || covering != 0)
            abort ();
        }
      else if (found == NULL || covering != 1 ||
               !coprod_step_covers_rung (found, rung))
        {
          g_printerr ("rung %s: %u steps present it\n",
                      rungs->values[r].value_nick, covering);
          abort ();
        }
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(CoprodLadder) ladder = NULL;
  g_autoptr(GError) error = NULL;

  coprod_fuzz_init ();

  if (size > G_MAXSSIZE)
    return 0;

  ladder = coprod_ladder_new_from_data ((const char *) data, (gssize) size,
                                        &error);
  if (ladder == NULL)
    {
      if (error == NULL || error->domain != COPROD_ERROR)
        abort ();
      if (!g_utf8_validate (error->message, -1, NULL))
        abort ();
      return 0;
    }
  if (error != NULL)
    abort ();

  check_ladder (ladder);

  return 0;
}
