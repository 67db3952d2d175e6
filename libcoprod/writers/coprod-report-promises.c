/* coprod-report-promises.c: the report's sections on promises kept:
 * pledges and their progress, and whether anyone is owed money
 *
 * Both sections name organisations, never people: a pledge is told by the
 * organisation it was signed for (or as a personal pledge), and money
 * owed is told in totals and by how late it is, never by person.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "coprod-charter.h"
#include "coprod-enum-types.h"
#include "coprod-index-private.h"
#include "coprod-organisation.h"
#include "coprod-owed-claim.h"
#include "coprod-payment.h"
#include "coprod-payment-summary.h"
#include "coprod-pledge.h"
#include "coprod-pledge-health.h"
#include "coprod-report-private.h"
#include "coprod-suppression-private.h"

#define INK  "#1a1a1a"
#define MARK "#1d4f91"
#define RULE "#595959"

static void
open_svg (GString    *out,
          guint       n,
          guint       width,
          guint       height,
          const char *title,
          const char *description)
{
  g_string_append_printf (out,
                          "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" "
                          "width=\"%u\" height=\"%u\" viewBox=\"0 0 %u %u\" "
                          "aria-labelledby=\"chart-%u-title chart-%u-desc\" "
                          "font-family=\"system-ui, sans-serif\" font-size=\"14\">\n"
                          "<title id=\"chart-%u-title\">",
                          width, height, width, height, n, n, n);
  _coprod_report_append_html (out, title);
  g_string_append_printf (out, "</title>\n<desc id=\"chart-%u-desc\">", n);
  _coprod_report_append_html (out, description);
  g_string_append (out, "</desc>\n<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
}

/* One labelled bar a row: @labels and @values (0 to @maximum) and the words
 * written after each bar, so that nothing is told by length alone */
static char *
chart_bars (guint               n,
            const char         *title,
            const char         *description,
            GPtrArray          *labels,
            const double       *values,
            double              maximum,
            GPtrArray          *words)
{
  const guint row = 30, top = 10, left = 260, bar = 240, width = 760;
  guint height = top + labels->len * row + 10;
  GString *out = g_string_new (NULL);
  guint i;

  open_svg (out, n, width, height, title, description);
  for (i = 0; i < labels->len; i++)
    {
      guint y = top + i * row;
      guint length = maximum > 0 ? (guint) (bar * CLAMP (values[i] / maximum, 0, 1) + 0.5) : 0;

      g_string_append_printf (out, "<text x=\"%u\" y=\"%u\" text-anchor=\"end\" fill=\"" INK "\">",
                              left - 10, y + 19);
      _coprod_report_append_html (out, g_ptr_array_index (labels, i));
      g_string_append_printf (out, "</text>\n"
                              "<rect x=\"%u\" y=\"%u\" width=\"%u\" height=\"20\" fill=\"#ffffff\" "
                              "stroke=\"" RULE "\"/>\n", left, y + 4, bar);
      if (length > 0)
        g_string_append_printf (out, "<rect x=\"%u\" y=\"%u\" width=\"%u\" height=\"20\" "
                                "fill=\"" MARK "\"/>\n", left, y + 4, length);
      g_string_append_printf (out, "<text x=\"%u\" y=\"%u\" fill=\"" INK "\">",
                              left + bar + 10, y + 19);
      _coprod_report_append_html (out, g_ptr_array_index (words, i));
      g_string_append (out, "</text>\n");
    }
  g_string_append (out, "</svg>\n");

  return g_string_free (out, FALSE);
}

/* Whether the pledge belongs in the report: every pledge for the whole
 * registry; for a partnership, those signed for one of its member
 * organisations, or by one of its members, or adopting a charter it
 * wrote */
static gboolean
pledge_in_scope (CoprodReportContext *ctx,
                 CoprodPledge        *pledge)
{
  const char *partnership_id;
  const char *charter_id;
  CoprodRecord *charter;

  if (ctx->scope == COPROD_REPORT_SCOPE_REGISTRY)
    return TRUE;

  partnership_id = coprod_record_get_id (ctx->subject);
  if (_coprod_index_is_member (ctx->index, partnership_id, coprod_pledge_get_on_behalf_of_id (pledge)) ||
      _coprod_index_is_member (ctx->index, partnership_id, coprod_pledge_get_signatory_id (pledge)))
    return TRUE;

  charter_id = coprod_pledge_get_charter_id (pledge);
  charter = charter_id != NULL ? coprod_registry_lookup (ctx->registry, charter_id) : NULL;

  return COPROD_IS_CHARTER (charter) &&
         g_strcmp0 (coprod_charter_get_author_id (COPROD_CHARTER (charter)), partnership_id) == 0;
}

/* "Worcestershire County Council" or "a personal pledge" */
static char *
pledge_label (CoprodReportContext *ctx,
              CoprodPledge        *pledge)
{
  const char *on_behalf_of = coprod_pledge_get_on_behalf_of_id (pledge);
  CoprodRecord *organisation = on_behalf_of != NULL ? coprod_registry_lookup (ctx->registry, on_behalf_of) : NULL;

  if (COPROD_IS_ORGANISATION (organisation) && coprod_organisation_get_name (COPROD_ORGANISATION (organisation)))
    return _coprod_report_clean (coprod_organisation_get_name (COPROD_ORGANISATION (organisation)));

  return g_strdup ("A personal pledge");
}

void
_coprod_report_write_pledges (CoprodReportContext *ctx)
{
  const char *headers[] = { "Pledge", "Signed", "Status", "Commitments", "Done", "Overdue",
                            "Progress", "Review" };
  gboolean numeric[] = { FALSE, FALSE, FALSE, TRUE, TRUE, TRUE, TRUE, FALSE };
  g_autoptr(GListModel) all = NULL;
  g_autoptr(GPtrArray) in_scope = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) words = g_ptr_array_new_with_free_func (g_free);
  g_autofree double *values = NULL;
  g_autoptr(GString) description = NULL;
  CoprodReportBlock *table;
  guint i, n, n_measured = 0, n_overdue = 0, n_lapsed = 0;

  all = coprod_registry_get_pledge_health_all (ctx->registry, ctx->as_of, NULL);
  if (all == NULL)
    return;

  n = g_list_model_get_n_items (all);
  for (i = 0; i < n; i++)
    {
      CoprodPledgeHealth *health = g_list_model_get_item (all, i);

      if (pledge_in_scope (ctx, coprod_pledge_health_get_pledge (health)))
        g_ptr_array_add (in_scope, health);
      else
        g_object_unref (health);
    }
  if (in_scope->len == 0)
    return;

  _coprod_report_doc_section (ctx->doc, "pledges", "Pledges: promises made and kept");
  _coprod_report_doc_paragraph (ctx->doc,
                                "A pledge is a promise to work in partnership with people with lived "
                                "experience, often with commitments to keep by a date. A pledge lapses "
                                "when its review date passes without a review; a commitment is overdue "
                                "from the day after it was due.");

  table = _coprod_report_doc_table (ctx->doc, NULL, G_N_ELEMENTS (headers), headers, numeric);
  values = g_new0 (double, in_scope->len);
  for (i = 0; i < in_scope->len; i++)
    {
      CoprodPledgeHealth *health = g_ptr_array_index (in_scope, i);
      CoprodPledge *pledge = coprod_pledge_health_get_pledge (health);
      GPtrArray *row = g_ptr_array_new_with_free_func (g_free);
      int progress = coprod_pledge_health_get_progress (health);
      char *label = pledge_label (ctx, pledge);

      if (coprod_pledge_health_get_status (health) == COPROD_PLEDGE_STATUS_LAPSED)
        n_lapsed++;
      n_overdue += coprod_pledge_health_get_n_overdue (health);

      g_ptr_array_add (row, g_strdup (label));
      g_ptr_array_add (row, g_strdup (coprod_pledge_get_signed_date (pledge) ? coprod_pledge_get_signed_date (pledge)
                                                                           : "not recorded"));
      g_ptr_array_add (row, _coprod_report_nick_words (COPROD_TYPE_PLEDGE_STATUS,
                                                       coprod_pledge_health_get_status (health)));
      g_ptr_array_add (row, g_strdup_printf ("%u", coprod_pledge_health_get_n_commitments (health)));
      g_ptr_array_add (row, g_strdup_printf ("%u", coprod_pledge_health_get_n_done (health)));
      g_ptr_array_add (row, g_strdup_printf ("%u", coprod_pledge_health_get_n_overdue (health)));
      g_ptr_array_add (row, progress >= 0 ? g_strdup_printf ("%d%%", progress) : g_strdup ("nothing to measure"));
      g_ptr_array_add (row, g_strdup (coprod_pledge_health_get_review_missed (health) ? "missed"
                                      : coprod_pledge_health_get_review_due (health) ? "due now"
                                      : coprod_pledge_get_review_date (pledge) ? coprod_pledge_get_review_date (pledge)
                                      : "no date set"));
      _coprod_report_doc_table_row (table, row);

      g_ptr_array_add (labels, label);
      values[i] = progress >= 0 ? progress : 0;
      g_ptr_array_add (words, progress >= 0 ? g_strdup_printf ("%d%% kept", progress)
                                            : g_strdup ("no commitments to measure"));
      if (progress >= 0)
        n_measured++;
    }

  description = g_string_new (NULL);
  g_string_append_printf (description, "How far each of the %u pledges has kept its commitments, "
                          "from 0%% to 100%%", in_scope->len);
  if (n_overdue > 0)
    g_string_append_printf (description, "; %u commitment%s overdue", n_overdue,
                            n_overdue == 1 ? " is" : "s are");
  if (n_lapsed > 0)
    g_string_append_printf (description, "; %u pledge%s lapsed", n_lapsed,
                            n_lapsed == 1 ? " has" : "s have");
  g_string_append (description, ".");
  if (n_measured > 0)
    _coprod_report_doc_chart (ctx->doc, "Pledge progress", description->str,
                              "Each bar is one pledge: the longer it is, the more of its "
                              "commitments were kept; the words beside it say how much.",
                              chart_bars (ctx->n_charts++, "Pledge progress", description->str,
                                          labels, values, 100, words));
  else
    _coprod_report_doc_paragraph (ctx->doc, description->str);
}

/* Whether @payment_id is one of the payments in the report's scope */
static gboolean
payment_in_scope (CoprodReportContext *ctx,
                  GHashTable          *ids,
                  const char          *payment_id)
{
  return ctx->scope == COPROD_REPORT_SCOPE_REGISTRY || g_hash_table_contains (ids, payment_id);
}

void
_coprod_report_write_owed (CoprodReportContext *ctx)
{
  static const struct { guint up_to; const char *label; } bands[] = {
    { 30, "Up to 30 days late" },
    { 90, "31 to 90 days late" },
    { G_MAXUINT, "More than 90 days late" },
  };
  g_autoptr(CoprodPaymentSummary) summary = NULL;
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) words = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *total_words = NULL;
  GListModel *owed;
  guint counts[G_N_ELEMENTS (bands)] = { 0 };
  double values[G_N_ELEMENTS (bands)] = { 0 };
  gint64 total = 0;
  guint i, n, n_owed = 0, n_other = 0, most = 0;
  const char *currency;

  if (ctx->payments->len == 0)
    return;
  summary = coprod_registry_summarise_payments (ctx->registry, ctx->as_of, NULL);
  if (summary == NULL)
    return;

  for (i = 0; i < ctx->payments->len; i++)
    g_hash_table_add (ids, (gpointer) coprod_record_get_id (g_ptr_array_index (ctx->payments, i)));

  currency = coprod_payment_summary_get_currency (summary);
  owed = coprod_payment_summary_get_owed_claims (summary);
  n = g_list_model_get_n_items (owed);
  for (i = 0; i < n; i++)
    {
      g_autoptr(CoprodOwedClaim) claim = g_list_model_get_item (owed, i);
      guint late = coprod_owed_claim_get_days_late (claim);
      guint b;

      if (!payment_in_scope (ctx, ids, coprod_owed_claim_get_payment_id (claim)))
        continue;
      if (g_strcmp0 (coprod_owed_claim_get_currency (claim), currency) != 0)
        {
          n_other++;
          continue;
        }
      for (b = 0; late > bands[b].up_to; b++)
        ;
      counts[b]++;
      n_owed++;
      total += coprod_owed_claim_get_amount (claim);
      most = MAX (most, counts[b]);
    }

  _coprod_report_doc_section (ctx->doc, "owed", "Is anyone owed money?");
  if (n_owed == 0 && n_other == 0)
    {
      _coprod_report_doc_paragraphf (ctx->doc,
                                     "No claim is left unpaid beyond the days its participation "
                                     "policy promises, as of %s. Nobody is out of pocket.",
                                     ctx->as_of);
      return;
    }

  if (ctx->audience == COPROD_AUDIENCE_PUBLIC)
    {
      /* for the public: the count, hidden when small and else rounded, and
       * no money (doc/privacy.md); no chart, whose bars would show counts */
      g_autofree char *count = _coprod_suppression_count (n_owed + n_other, ctx->threshold);

      _coprod_report_doc_paragraphf (ctx->doc,
                                     "As of %s, claims unpaid beyond the days the participation "
                                     "policy promises: %s. People who give their time should not "
                                     "be out of pocket: these are owed now. Small counts are hidden "
                                     "as [c].",
                                     ctx->as_of, count);
      return;
    }

  total_words = _coprod_report_money (total, currency);
  _coprod_report_doc_paragraphf (ctx->doc,
                                 "As of %s, %u claim%s %s unpaid beyond the days the "
                                 "participation policy promises, %s in all%s. People who give "
                                 "their time should not be out of pocket: these are owed now.",
                                 ctx->as_of, n_owed, n_owed == 1 ? "" : "s", n_owed == 1 ? "is" : "are",
                                 total_words,
                                 n_other > 0 ? ", and more in other currencies" : "");
  for (i = 0; i < G_N_ELEMENTS (bands); i++)
    {
      g_ptr_array_add (labels, g_strdup (bands[i].label));
      g_ptr_array_add (words, g_strdup_printf ("%u claim%s", counts[i], counts[i] == 1 ? "" : "s"));
      values[i] = counts[i];
    }
  _coprod_report_doc_chart (ctx->doc, "Claims owed, by how late they are",
                            "The claims owed, counted by how many days past the policy's "
                            "promise they are: up to 30, 31 to 90, and more than 90.",
                            "Each bar counts the claims in one band of lateness; the words "
                            "beside it give the number.",
                            chart_bars (ctx->n_charts++, "Claims owed, by how late they are",
                                        "The claims owed, counted by how many days past the policy's "
                                        "promise they are: up to 30, 31 to 90, and more than 90.",
                                        labels, values, most, words));
}
