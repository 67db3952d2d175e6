/* coprod-text-writer-pledges.c: pledges, charters and seats as text
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Records are named by id only: no person's name, no free text from a
 * record.
 */
#include "config.h"

#include "coprod-charter-adoption.h"
#include "coprod-commitment.h"
#include "coprod-enum-types.h"
#include "coprod-pledge-health.h"
#include "coprod-seats.h"
#include "coprod-text-writer-private.h"

static const char *
status_word (CoprodPledgeStatus status)
{
  return _coprod_text_writer_nick_of (COPROD_TYPE_PLEDGE_STATUS, status);
}

static void
append_pledge (GString            *out,
               CoprodPledgeHealth *health)
{
  CoprodPledge *pledge = coprod_pledge_health_get_pledge (health);
  CoprodPledgeStatus status = coprod_pledge_health_get_status (health);
  CoprodPledgeStatus recorded = coprod_pledge_health_get_recorded_status (health);
  const char *on_behalf_of = coprod_pledge_get_on_behalf_of_id (pledge);
  const char *signed_date = coprod_pledge_get_signed_date (pledge);
  const char *review_date = coprod_pledge_get_review_date (pledge);
  const char *charter_id = coprod_pledge_get_charter_id (pledge);
  GListModel *commitments = coprod_pledge_get_commitments (pledge);
  GListModel *overdue = coprod_pledge_health_get_overdue_commitments (health);
  int progress = coprod_pledge_health_get_progress (health);
  guint i, j;

  g_string_append (out, "  ");
  _coprod_text_writer_append_escaped (out, coprod_pledge_health_get_pledge_id (health));
  g_string_append_printf (out, ": %s", status_word (status));
  if (status != recorded)
    g_string_append_printf (out, " (recorded %s)", status_word (recorded));
  if (on_behalf_of != NULL)
    {
      g_string_append (out, ", on behalf of ");
      _coprod_text_writer_append_escaped (out, on_behalf_of);
    }
  else
    g_string_append (out, ", personal");
  if (signed_date != NULL)
    g_string_append_printf (out, ", signed %s", signed_date);
  else
    g_string_append (out, ", not signed");
  if (charter_id != NULL)
    {
      g_string_append (out, ", adopts ");
      _coprod_text_writer_append_escaped (out, charter_id);
    }
  g_string_append_c (out, '\n');

  g_string_append_printf (out, "    commitments %u: %u done, %u abandoned, %u overdue; ",
                          coprod_pledge_health_get_n_commitments (health),
                          coprod_pledge_health_get_n_done (health),
                          coprod_pledge_health_get_n_abandoned (health),
                          coprod_pledge_health_get_n_overdue (health));
  if (progress >= 0)
    g_string_append_printf (out, "progress %d%%\n", progress);
  else
    g_string_append (out, "no progress to measure\n");

  if (review_date == NULL)
    g_string_append (out, "    review: no date recorded\n");
  else
    g_string_append_printf (out, "    review %s: %s\n", review_date,
                            coprod_pledge_health_get_review_missed (health) ? "missed" :
                            coprod_pledge_health_get_review_due (health) ? "due" : "to come");

  /* each overdue commitment by its place in the pledge, from 1 */
  for (i = 0, j = 0; i < g_list_model_get_n_items (overdue); i++)
    {
      g_autoptr(CoprodCommitment) commitment = g_list_model_get_item (overdue, i);

      for (; j < g_list_model_get_n_items (commitments); j++)
        {
          g_autoptr(CoprodCommitment) c = g_list_model_get_item (commitments, j);

          if (c == commitment)
            break;
        }
      g_string_append_printf (out, "    overdue: commitment %u, due %s, %s, %u%%\n", j + 1,
                              coprod_commitment_get_due_date (commitment),
                              _coprod_text_writer_nick_of (COPROD_TYPE_COMMITMENT_STATUS,
                                                           coprod_commitment_get_status (commitment)),
                              coprod_commitment_get_progress (commitment));
    }
}

static void
append_charter (GString               *out,
                CoprodCharterAdoption *adoption)
{
  GListModel *adoptions = coprod_charter_adoption_get_adoptions (adoption);
  const char *first = coprod_charter_adoption_get_first_adopter_id (adoption);
  const char *claimed = coprod_charter_adoption_get_claimed_first_adopter_id (adoption);
  const char * const *sources = coprod_charter_adoption_get_claim_sources (adoption);
  guint i, n = g_list_model_get_n_items (adoptions);
  static const char * const agreement_words[] = {
    [COPROD_CLAIM_AGREEMENT_NO_CLAIM] = "no claim recorded",
    [COPROD_CLAIM_AGREEMENT_AGREES] = "agrees with the registry",
    [COPROD_CLAIM_AGREEMENT_DISAGREES] = "disagrees with the registry",
    [COPROD_CLAIM_AGREEMENT_UNDECIDED] = "the registry cannot say",
  };

  g_string_append (out, "  ");
  _coprod_text_writer_append_escaped (out, coprod_charter_adoption_get_charter_id (adoption));
  g_string_append_printf (out, ": %u adoption%s\n", n, n == 1 ? "" : "s");

  for (i = 0; i < n; i++)
    {
      g_autoptr(CoprodAdoption) a = g_list_model_get_item (adoptions, i);
      const char *organisation = coprod_adoption_get_organisation_id (a);

      g_string_append_printf (out, "    %u. %s  ", coprod_adoption_get_rank (a),
                              coprod_adoption_get_date (a));
      if (organisation != NULL)
        _coprod_text_writer_append_escaped (out, organisation);
      else
        g_string_append (out, "(personal)");
      g_string_append (out, "  pledge ");
      _coprod_text_writer_append_escaped (out, coprod_adoption_get_pledge_id (a));
      g_string_append_printf (out, " (%s)\n", status_word (coprod_adoption_get_status (a)));
    }

  g_string_append (out, "    first adopter in the registry: ");
  if (first != NULL)
    _coprod_text_writer_append_escaped (out, first);
  else
    g_string_append (out, "none to tell");
  g_string_append_c (out, '\n');

  if (claimed != NULL)
    {
      guint n_sources = g_strv_length ((char **) sources);

      g_string_append (out, "    first adopter claimed: ");
      _coprod_text_writer_append_escaped (out, claimed);
      g_string_append_printf (out, " (%u source%s): ", n_sources, n_sources == 1 ? "" : "s");
    }
  else
    g_string_append (out, "    first adopter claimed: ");
  g_string_append (out, agreement_words[coprod_charter_adoption_get_agreement (adoption)]);
  g_string_append_c (out, '\n');
  for (i = 0; claimed != NULL && sources[i] != NULL; i++)
    {
      g_string_append (out, "      source: ");
      _coprod_text_writer_append_escaped (out, sources[i]);
      g_string_append_c (out, '\n');
    }
}

/**
 * coprod_text_writer_write_pledges:
 * @self: a text writer
 * @pledge_health: a list model of [class@Coprod.PledgeHealth], as
 *   [method@Coprod.Registry.get_pledge_health_all] gives
 * @charter_adoptions: (nullable): a list model of
 *   [class@Coprod.CharterAdoption], as
 *   [method@Coprod.Registry.get_charter_adoption_all] gives, or %NULL to
 *   leave charters out
 *
 * Writes how each pledge stands: its status as of the date (and the
 * recorded one where they differ), whom it was signed on behalf of, its
 * commitments (done, abandoned, overdue, overall progress), its review,
 * and each overdue commitment by its place in the pledge; then, for each
 * charter, who adopted it in which order, the first adopter the registry
 * shows, and the claimed first adopter with its sources and whether the
 * two agree. Records are named by id only: no person's name and no text
 * of a pledge or commitment is written.
 *
 * Returns: (transfer full): the text, each line ending in a newline
 *
 * Since: 0.1
 */
char *
coprod_text_writer_write_pledges (CoprodTextWriter *self,
                                  GListModel       *pledge_health,
                                  GListModel       *charter_adoptions)
{
  g_autoptr(GString) out = NULL;
  guint i, n;

  g_return_val_if_fail (COPROD_IS_TEXT_WRITER (self), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (pledge_health), NULL);
  g_return_val_if_fail (charter_adoptions == NULL || G_IS_LIST_MODEL (charter_adoptions), NULL);

  out = g_string_new (NULL);
  n = g_list_model_get_n_items (pledge_health);
  for (i = 0; i < n; i++)
    {
      g_autoptr(CoprodPledgeHealth) health = g_list_model_get_item (pledge_health, i);

      if (i == 0)
        g_string_append_printf (out, "Pledges as of %s\n", coprod_pledge_health_get_as_of (health));
      append_pledge (out, health);
    }
  if (n == 0)
    g_string_append (out, "Pledges\n  none\n");

  if (charter_adoptions != NULL)
    {
      n = g_list_model_get_n_items (charter_adoptions);
      g_string_append (out, "\nCharters\n");
      for (i = 0; i < n; i++)
        {
          g_autoptr(CoprodCharterAdoption) adoption = g_list_model_get_item (charter_adoptions, i);

          append_charter (out, adoption);
        }
      if (n == 0)
        g_string_append (out, "  none\n");
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/**
 * coprod_text_writer_write_seats:
 * @self: a text writer
 * @group_seats: a list model of [class@Coprod.GroupSeats], as
 *   [method@Coprod.Registry.get_seats_all] gives
 *
 * Writes the seats of each group: how many, filled, vacant and paid; each
 * seat by the id of its post, filled (by the id of its holder, since when)
 * or vacant, and for a paid seat that is filled whether its holder was
 * paid; then how many holders of paid seats were paid, declined or were
 * not paid. No person's name is written: holders are named by id.
 *
 * Returns: (transfer full): the text, each line ending in a newline
 *
 * Since: 0.1
 */
char *
coprod_text_writer_write_seats (CoprodTextWriter *self,
                                GListModel       *group_seats)
{
  g_autoptr(GString) out = NULL;
  guint g, i, n_groups;
  static const char * const payment_words[] = {
    [COPROD_SEAT_PAYMENT_NOT_APPLICABLE] = "",
    [COPROD_SEAT_PAYMENT_PAID] = "paid",
    [COPROD_SEAT_PAYMENT_DECLINED] = "declined payment",
    [COPROD_SEAT_PAYMENT_UNPAID] = "not paid",
  };

  g_return_val_if_fail (COPROD_IS_TEXT_WRITER (self), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (group_seats), NULL);

  out = g_string_new (NULL);
  n_groups = g_list_model_get_n_items (group_seats);
  for (g = 0; g < n_groups; g++)
    {
      g_autoptr(CoprodGroupSeats) group = g_list_model_get_item (group_seats, g);
      GListModel *seats = coprod_group_seats_get_seats (group);
      guint label_width = 4;

      if (g == 0)
        g_string_append_printf (out, "Seats as of %s\n", coprod_group_seats_get_as_of (group));
      else
        g_string_append_c (out, '\n');

      g_string_append (out, "  ");
      _coprod_text_writer_append_escaped (out, coprod_group_seats_get_group_id (group));
      g_string_append_printf (out, ": %u seats, %u filled, %u vacant; %u paid\n",
                              coprod_group_seats_get_n_seats (group),
                              coprod_group_seats_get_n_filled (group),
                              coprod_group_seats_get_n_vacant (group),
                              coprod_group_seats_get_n_paid (group));

      for (i = 0; i < g_list_model_get_n_items (seats); i++)
        {
          g_autoptr(CoprodSeat) seat = g_list_model_get_item (seats, i);

          label_width = MAX (label_width, g_utf8_strlen (coprod_seat_get_post_id (seat), -1));
        }

      for (i = 0; i < g_list_model_get_n_items (seats); i++)
        {
          g_autoptr(CoprodSeat) seat = g_list_model_get_item (seats, i);
          CoprodSeatPayment payment = coprod_seat_get_payment (seat);

          g_string_append (out, "    ");
          _coprod_text_writer_append_padded (out, coprod_seat_get_post_id (seat), label_width);
          if (coprod_seat_get_filled (seat))
            {
              const char *since = coprod_seat_get_since (seat);

              const char *holder = coprod_seat_get_holder_id (seat);

              /* a membership without member_id (validation reports it) */
              if (holder == NULL)
                g_string_append (out, "  filled by a membership that names no one");
              else
                {
                  g_string_append (out, "  filled by ");
                  _coprod_text_writer_append_escaped (out, holder);
                }
              if (since != NULL)
                g_string_append_printf (out, " since %s", since);
              if (coprod_seat_get_n_holders (seat) > 1)
                g_string_append_printf (out, " (%u holders at once)", coprod_seat_get_n_holders (seat));
            }
          else
            g_string_append (out, "  vacant");
          if (coprod_seat_get_paid (seat))
            g_string_append (out, ", paid seat");
          if (payment != COPROD_SEAT_PAYMENT_NOT_APPLICABLE)
            g_string_append_printf (out, ": %s", payment_words[payment]);
          g_string_append_c (out, '\n');
        }

      if (coprod_group_seats_get_n_paid (group) > 0)
        g_string_append_printf (out, "  holders of paid seats: %u paid, %u declined payment, %u not paid\n",
                                coprod_group_seats_count_payment (group, COPROD_SEAT_PAYMENT_PAID),
                                coprod_group_seats_count_payment (group, COPROD_SEAT_PAYMENT_DECLINED),
                                coprod_group_seats_count_payment (group, COPROD_SEAT_PAYMENT_UNPAID));
    }
  if (n_groups == 0)
    g_string_append (out, "Seats\n  no group has posts\n");

  return g_string_free (g_steal_pointer (&out), FALSE);
}
