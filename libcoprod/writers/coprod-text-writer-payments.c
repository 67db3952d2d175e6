/* coprod-text-writer-payments.c: payments ("nobody out of pocket") and the
 * reach of outputs, as text
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "coprod-enum-types.h"
#include "coprod-owed-claim.h"
#include "coprod-payment-summary.h"
#include "coprod-payment-totals.h"
#include "coprod-reach-summary.h"
#include "coprod-reach-total.h"
#include "coprod-text-writer.h"
#include "coprod-text-writer-private.h"

/* The note every payments text ends with: what UK involvement guidance
 * advises about payments and benefits, in our own words */
#define BENEFITS_NOTE \
  "Note on benefits: for people who receive benefits, payment for time " \
  "counts as earnings whatever form it takes, vouchers and gift cards " \
  "included, while expenses paid back (travel, subsistence, care costs) " \
  "do not. Anyone may take a payment in full, take less, decline it or " \
  "donate it, and should be offered advice before they choose. The " \
  "registry records each person's choice, never the reason for it."

#define REACH_NOTE \
  "\"more than\" and \"at least\" mark lower bounds: where a source gave " \
  "no exact figure, the figure is kept as the bound it gave, and a total " \
  "that includes one is a lower bound too."

/* An amount in minor units as units and hundredths: 1240 is "12.40" */
static void
append_money (GString *out,
              gint64   amount)
{
  g_string_append_printf (out, "%" G_GINT64_FORMAT ".%02d",
                          amount / 100, (int) (amount % 100));
}

static char *
money (gint64 amount)
{
  GString *out = g_string_new (NULL);

  append_money (out, amount);
  return g_string_free (out, FALSE);
}

/* A count with a comma between thousands: 40000 is "40,000" */
static void
append_count (GString *out,
              gint64   count)
{
  g_autofree char *digits = g_strdup_printf ("%" G_GINT64_FORMAT, count);
  gsize i, n = strlen (digits);

  for (i = 0; i < n; i++)
    {
      if (i > 0 && (n - i) % 3 == 0)
        g_string_append_c (out, ',');
      g_string_append_c (out, digits[i]);
    }
}

/* A reach figure with its qualifier, or "-" if no output records one */
static char *
figure (gint64                figure,
        CoprodFigureQualifier qualifier,
        guint                 n_with)
{
  GString *out = g_string_new (NULL);

  if (n_with == 0)
    g_string_append_c (out, '-');
  else
    {
      if (qualifier == COPROD_FIGURE_QUALIFIER_MORE_THAN)
        g_string_append (out, "more than ");
      else if (qualifier == COPROD_FIGURE_QUALIFIER_AT_LEAST)
        g_string_append (out, "at least ");
      append_count (out, figure);
    }

  return g_string_free (out, FALSE);
}

static void
append_totals_header (GString *out)
{
  g_string_append_printf (out, "  %-20s %8s %10s %10s %10s  %s\n",
                          "id", "hours", "paid", "owed", "awaiting", "declined/reduced/donated");
}

static void
append_totals_row (GString             *out,
                   CoprodPaymentTotals *totals,
                   const char          *label)
{
  const char *id = coprod_payment_totals_get_subject_id (totals);
  g_autofree char *paid = money (coprod_payment_totals_get_paid (totals));
  g_autofree char *owed = money (coprod_payment_totals_get_owed (totals));
  g_autofree char *awaiting = money (coprod_payment_totals_get_awaiting (totals));

  g_string_append (out, "  ");
  _coprod_text_writer_append_padded (out, id != NULL ? id : label, 20);
  g_string_append_printf (out, " %8.2f %10s %10s %10s  %u/%u/%u\n",
                          coprod_payment_totals_get_hours (totals), paid, owed, awaiting,
                          coprod_payment_totals_get_n_declined (totals),
                          coprod_payment_totals_get_n_reduced (totals),
                          coprod_payment_totals_get_n_donated (totals));
}

static void
append_totals_table (GString    *out,
                     const char *heading,
                     GListModel *rows)
{
  guint i, n = g_list_model_get_n_items (rows);

  g_string_append_printf (out, "\n%s\n", heading);
  if (n == 0)
    {
      g_string_append (out, "  (none)\n");
      return;
    }
  append_totals_header (out);
  for (i = 0; i < n; i++)
    {
      g_autoptr(CoprodPaymentTotals) totals = g_list_model_get_item (rows, i);

      append_totals_row (out, totals, "");
    }
}

/**
 * coprod_text_writer_write_payments:
 * @self: a text writer
 * @summary: a payment summary, from [method@Coprod.Registry.summarise_payments]
 *
 * Writes where the money stands: the claims unpaid beyond the policy's
 * days (each with its payment id, the person's id, the amount, when it was
 * claimed and due and how many days late it is), the totals of the whole
 * registry, what was paid as earnings and as expenses, the offers declined,
 * reduced or donated (counted apart: they are not owed), then hours and
 * money per person (with their standing preference), per project and per
 * partnership. Amounts are in units and hundredths of the summary's
 * currency, worked out exactly from minor units. It ends with a note on
 * payments and benefits. People are named by id only.
 *
 * This is the text of `coprod payments`.
 *
 * Returns: (transfer full): the text
 *
 * Since: 0.1
 */
char *
coprod_text_writer_write_payments (CoprodTextWriter     *self,
                                   CoprodPaymentSummary *summary)
{
  g_autoptr(GString) out = NULL;
  CoprodPaymentTotals *total;
  GListModel *owed, *people;
  guint i, n;

  g_return_val_if_fail (COPROD_IS_TEXT_WRITER (self), NULL);
  g_return_val_if_fail (COPROD_IS_PAYMENT_SUMMARY (summary), NULL);

  total = coprod_payment_summary_get_total (summary);
  owed = coprod_payment_summary_get_owed_claims (summary);
  people = coprod_payment_summary_get_people (summary);

  out = g_string_new (NULL);
  g_string_append_printf (out, "Payments as of %s (amounts in ",
                          coprod_payment_summary_get_as_of (summary));
  _coprod_text_writer_append_escaped (out, coprod_payment_summary_get_currency (summary));
  g_string_append (out, ")\n");

  g_string_append_printf (out, "\nClaims unpaid beyond the policy's days: %u\n",
                          g_list_model_get_n_items (owed));
  n = g_list_model_get_n_items (owed);
  for (i = 0; i < n; i++)
    {
      g_autoptr(CoprodOwedClaim) claim = g_list_model_get_item (owed, i);
      const char *person = coprod_owed_claim_get_person_id (claim);

      g_string_append (out, "  ");
      _coprod_text_writer_append_escaped (out, coprod_owed_claim_get_payment_id (claim));
      g_string_append (out, ": ");
      append_money (out, coprod_owed_claim_get_amount (claim));
      g_string_append_c (out, ' ');
      _coprod_text_writer_append_escaped (out, coprod_owed_claim_get_currency (claim));
      g_string_append (out, " to ");
      _coprod_text_writer_append_escaped (out, person != NULL ? person : "(nobody named)");
      g_string_append_printf (out, ", claimed %s, due by %s (%u days), %u day%s late, policy ",
                              coprod_owed_claim_get_claimed_date (claim),
                              coprod_owed_claim_get_due_date (claim),
                              coprod_owed_claim_get_payment_days (claim),
                              coprod_owed_claim_get_days_late (claim),
                              coprod_owed_claim_get_days_late (claim) == 1 ? "" : "s");
      _coprod_text_writer_append_escaped (out, coprod_owed_claim_get_policy_id (claim));
      g_string_append_c (out, '\n');
    }

  {
    g_autofree char *paid = money (coprod_payment_totals_get_paid (total));
    g_autofree char *earnings = money (coprod_payment_totals_get_earnings_paid (total));
    g_autofree char *expenses = money (coprod_payment_totals_get_expenses_paid (total));
    g_autofree char *owed_sum = money (coprod_payment_totals_get_owed (total));
    g_autofree char *awaiting = money (coprod_payment_totals_get_awaiting (total));
    g_autofree char *open = money (coprod_payment_totals_get_open (total));
    g_autofree char *declined = money (coprod_payment_totals_get_declined (total));
    g_autofree char *reduced = money (coprod_payment_totals_get_reduced (total));
    g_autofree char *donated = money (coprod_payment_totals_get_donated (total));

    g_string_append (out, "\nAll payments\n");
    g_string_append_printf (out, "  %-38s %12s  %u\n", "paid", paid,
                            coprod_payment_totals_get_n_paid (total));
    g_string_append_printf (out, "    %-36s %12s\n", "earnings: fees, vouchers, gift cards", earnings);
    g_string_append_printf (out, "    %-36s %12s\n", "expenses", expenses);
    g_string_append_printf (out, "    %-36s %12s  %u\n", "paid after the policy's days", "",
                            coprod_payment_totals_get_n_paid_late (total));
    g_string_append_printf (out, "  %-38s %12s  %u\n", "owed (beyond the policy's days)", owed_sum,
                            coprod_payment_totals_get_n_owed (total));
    g_string_append_printf (out, "  %-38s %12s  %u\n", "awaiting payment", awaiting,
                            coprod_payment_totals_get_n_awaiting (total));
    g_string_append_printf (out, "  %-38s %12s  %u\n", "offered, not claimed", open,
                            coprod_payment_totals_get_n_open (total));
    g_string_append (out, "  offers given up (not owed)\n");
    g_string_append_printf (out, "    %-36s %12s  %u\n", "declined", declined,
                            coprod_payment_totals_get_n_declined (total));
    g_string_append_printf (out, "    %-36s %12s  %u\n", "reduced", reduced,
                            coprod_payment_totals_get_n_reduced (total));
    g_string_append_printf (out, "    %-36s %12s  %u\n", "donated", donated,
                            coprod_payment_totals_get_n_donated (total));
    g_string_append_printf (out, "  %-38s %12.2f  %u involvements\n", "hours",
                            coprod_payment_totals_get_hours (total),
                            coprod_payment_totals_get_n_involvements (total));
    if (coprod_payment_summary_get_n_other_currency (summary) > 0)
      g_string_append_printf (out, "  payments in another currency, left out of the sums: %u\n",
                              coprod_payment_summary_get_n_other_currency (summary));
    if (coprod_payment_summary_get_n_unjudged (summary) > 0)
      g_string_append_printf (out, "  unpaid claims no policy covers (counted as awaiting): %u\n",
                              coprod_payment_summary_get_n_unjudged (summary));
  }

  g_string_append (out, "\nPeople\n");
  n = g_list_model_get_n_items (people);
  if (n == 0)
    g_string_append (out, "  (none)\n");
  else
    {
      g_string_append_printf (out, "  %-20s %8s %10s %10s %10s  %-10s %s\n",
                              "id", "hours", "paid", "owed", "awaiting", "preference",
                              "declined/reduced/donated");
      for (i = 0; i < n; i++)
        {
          g_autoptr(CoprodPaymentTotals) totals = g_list_model_get_item (people, i);
          g_autofree char *paid = money (coprod_payment_totals_get_paid (totals));
          g_autofree char *owed_sum = money (coprod_payment_totals_get_owed (totals));
          g_autofree char *awaiting = money (coprod_payment_totals_get_awaiting (totals));
          CoprodPaymentPreference preference = coprod_payment_totals_get_preference (totals);

          g_string_append (out, "  ");
          _coprod_text_writer_append_padded (out, coprod_payment_totals_get_subject_id (totals), 20);
          g_string_append_printf (out, " %8.2f %10s %10s %10s  %-10s %u/%u/%u\n",
                                  coprod_payment_totals_get_hours (totals), paid, owed_sum, awaiting,
                                  preference == COPROD_PAYMENT_PREFERENCE_UNSPECIFIED
                                    ? "-" : _coprod_text_writer_nick_of (COPROD_TYPE_PAYMENT_PREFERENCE,
                                                                         preference),
                                  coprod_payment_totals_get_n_declined (totals),
                                  coprod_payment_totals_get_n_reduced (totals),
                                  coprod_payment_totals_get_n_donated (totals));
        }
    }

  append_totals_table (out, "Projects", coprod_payment_summary_get_projects (summary));
  append_totals_table (out, "Partnerships", coprod_payment_summary_get_partnerships (summary));

  g_string_append_c (out, '\n');
  _coprod_text_writer_append_wrapped (self, out, "", "", BENEFITS_NOTE);

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
append_reach_row (GString          *out,
                  const char       *label,
                  CoprodReachTotal *total)
{
  g_autofree char *views = figure (coprod_reach_total_get_page_views (total),
                                   coprod_reach_total_get_page_views_qualifier (total),
                                   coprod_reach_total_get_n_with_page_views (total));
  g_autofree char *people = figure (coprod_reach_total_get_people_reached (total),
                                    coprod_reach_total_get_people_reached_qualifier (total),
                                    coprod_reach_total_get_n_with_people_reached (total));

  g_string_append (out, "  ");
  _coprod_text_writer_append_padded (out, label, 20);
  g_string_append_printf (out, " %7u  %20s  %20s\n",
                          coprod_reach_total_get_n_outputs (total), views, people);
}

static void
append_reach_table (GString    *out,
                    const char *heading,
                    GListModel *rows,
                    gboolean    by_kind)
{
  guint i, n = g_list_model_get_n_items (rows);

  g_string_append_printf (out, "\n%s\n", heading);
  if (n == 0)
    {
      g_string_append (out, "  (none)\n");
      return;
    }
  g_string_append_printf (out, "  %-20s %7s  %20s  %20s\n",
                          by_kind ? "kind" : "id", "outputs", "page views", "people reached");
  for (i = 0; i < n; i++)
    {
      g_autoptr(CoprodReachTotal) total = g_list_model_get_item (rows, i);

      append_reach_row (out,
                        by_kind ? _coprod_text_writer_nick_of (COPROD_TYPE_OUTPUT_KIND,
                                                               coprod_reach_total_get_kind (total))
                                : coprod_reach_total_get_subject_id (total),
                        total);
    }
}

/**
 * coprod_text_writer_write_reach:
 * @self: a text writer
 * @summary: a reach summary, from [method@Coprod.Registry.summarise_reach]
 *
 * Writes the reach of the outputs: page views and people reached of all
 * outputs, then per kind of output, per project and per partnership, with
 * how many outputs each total covers. A figure that is a lower bound is
 * written as one ("more than 40,000", "at least 6,000"), never as an exact
 * figure, and so is every total that includes one; "-" means no output of
 * the row records the figure. Projects and partnerships are named by id.
 *
 * This is the text of `coprod outputs`.
 *
 * Returns: (transfer full): the text
 *
 * Since: 0.1
 */
char *
coprod_text_writer_write_reach (CoprodTextWriter   *self,
                                CoprodReachSummary *summary)
{
  g_autoptr(GString) out = NULL;
  CoprodReachTotal *total;

  g_return_val_if_fail (COPROD_IS_TEXT_WRITER (self), NULL);
  g_return_val_if_fail (COPROD_IS_REACH_SUMMARY (summary), NULL);

  total = coprod_reach_summary_get_total (summary);
  out = g_string_new (NULL);
  g_string_append_printf (out, "Outputs and their reach as of %s\n",
                          coprod_reach_summary_get_as_of (summary));

  g_string_append (out, "\nAll outputs\n");
  g_string_append_printf (out, "  %-20s %7s  %20s  %20s\n", "", "outputs", "page views", "people reached");
  append_reach_row (out, "all", total);

  append_reach_table (out, "By kind", coprod_reach_summary_get_kinds (summary), TRUE);
  append_reach_table (out, "By project", coprod_reach_summary_get_projects (summary), FALSE);
  append_reach_table (out, "By partnership", coprod_reach_summary_get_partnerships (summary), FALSE);

  g_string_append_c (out, '\n');
  _coprod_text_writer_append_wrapped (self, out, "", "", REACH_NOTE);

  return g_string_free (g_steal_pointer (&out), FALSE);
}
