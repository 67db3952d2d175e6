/* coprod-report-charts.c: the report's SVG charts
 *
 * Each chart is one <svg role="img"> with a <title> and a <desc>, named by
 * aria-labelledby, drawn from numbers and escaped words. Nothing is told
 * by colour alone: every mark has a written label, and the segments of
 * the per-stage bars are filled with patterns as well as shades, and the
 * values chart tells its two bars apart by a pattern and by their words. Text is
 * #1a1a1a on white or white on #1d4f91 (both above 7:1).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "coprod-report-private.h"
#include "coprod-review-result-private.h"

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

char *
_coprod_report_chart_ladder (CoprodReportContext *ctx,
                             CoprodAssessment    *assessment,
                             const char          *title,
                             const char          *description,
                             guint                n)
{
  const guint row = 34, top = 12, bar = 300, width = 620;
  const guint height = top + 7 * row + 12;
  CoprodRung reached = coprod_assessment_get_rung (assessment);
  CoprodRung aim = coprod_assessment_get_aimed_rung (assessment);
  CoprodRung projected = coprod_assessment_get_projected_rung (assessment);
  CoprodRung claimed = coprod_assessment_get_claimed_rung (assessment);
  GString *out = g_string_new (NULL);
  int rung;

  open_svg (out, n, width, height, title, description);
  for (rung = COPROD_RUNG_CO_PRODUCTION; rung >= COPROD_RUNG_COERCION; rung--)
    {
      guint y = top + (COPROD_RUNG_CO_PRODUCTION - rung) * row;
      gboolean is_reached = rung == (int) reached;

      g_string_append_printf (out,
                              "<rect x=\"10\" y=\"%u\" width=\"%u\" height=\"%u\" rx=\"3\" "
                              "fill=\"%s\" stroke=\"%s\" stroke-width=\"%s\"%s/>\n",
                              y, bar, row - 6, is_reached ? MARK : "#f0f0f0",
                              rung == (int) aim ? INK : RULE,
                              rung == (int) aim ? "3" : "1",
                              rung == (int) aim ? " stroke-dasharray=\"8 4\"" : "");
      g_string_append_printf (out, "<text x=\"20\" y=\"%u\" fill=\"%s\"%s>",
                              y + row / 2 + 2, is_reached ? "#ffffff" : INK,
                              is_reached ? " font-weight=\"bold\"" : "");
      _coprod_report_append_html (out, _coprod_report_rung_words (ctx, rung));
      g_string_append (out, "</text>\n");


      {
        GString *marks = g_string_new (NULL);

        if (is_reached)
          g_string_append (marks, "reached so far");
        if (rung == (int) aim)
          g_string_append_printf (marks, "%saim", marks->len > 0 ? ", " : "");
        if (rung == (int) projected && projected != reached)
          g_string_append_printf (marks, "%sthe plan would reach", marks->len > 0 ? ", " : "");
        if (rung == (int) claimed)
          g_string_append_printf (marks, "%sclaimed", marks->len > 0 ? ", " : "");
        if (marks->len > 0)
          {
            g_string_append_printf (out,
                                    "<path d=\"M %u %u l 12 -7 v 14 z\" fill=\"%s\"/>\n"
                                    "<text x=\"%u\" y=\"%u\" fill=\"%s\"%s>",
                                    bar + 16, y + row / 2 - 3, is_reached ? MARK : INK,
                                    bar + 34, y + row / 2 + 2, INK,
                                    is_reached ? " font-weight=\"bold\"" : "");
            _coprod_report_append_html (out, marks->str);
            g_string_append (out, "</text>\n");
          }
        g_string_free (marks, TRUE);
      }
    }
  g_string_append (out, "</svg>\n");
  return g_string_free (out, FALSE);
}

char *
_coprod_report_chart_stages (CoprodReportContext *ctx,
                             CoprodAssessment    *assessment,
                             const char          *title,
                             const char          *description,
                             guint                n)
{
  static const CoprodMode modes[] = { COPROD_MODE_PARTNER, COPROD_MODE_ENGAGED, COPROD_MODE_CONSULTED,
                                      COPROD_MODE_INFORMED, COPROD_MODE_EDUCATED, COPROD_MODE_PASSIVE };
  static const char *labels[] = { "equal partners", "shaped the work", "asked for views",
                                  "told", "taught", "no say" };
  /* a shade and a pattern for each way of taking part */
  static const char *fills[] = { MARK, "#4a6fa5", "#ffffff", "#ffffff", "#ffffff", "#ffffff" };
  static const char *patterns[] = { NULL,
                                    "<path d=\"M4 0 V8\" stroke=\"#ffffff\" stroke-width=\"2\"/>",
                                    "<path d=\"M0 8 L8 0\" stroke=\"" INK "\" stroke-width=\"1.5\"/>",
                                    "<circle cx=\"4\" cy=\"4\" r=\"1.6\" fill=\"" INK "\"/>",
                                    "<path d=\"M0 4 H8\" stroke=\"" INK "\" stroke-width=\"1.5\"/>",
                                    NULL };
  const guint row = 30, top = 10, left = 110, scale_width = 180, width = 760;
  const guint legend_y = top + 6 * row + 14;
  const guint height = legend_y + 3 * 22 + 8;
  CoprodStage stages = coprod_assessment_get_stages (assessment);
  GString *out = g_string_new (NULL);
  guint s, m, max = 1;

  (void) ctx;
  for (s = 0; s < 6; s++)
    {
      guint total = 0;
      for (m = 0; m < G_N_ELEMENTS (modes); m++)
        total += coprod_assessment_get_mode_count (assessment, 1u << s, modes[m]);
      max = MAX (max, total);
    }

  open_svg (out, n, width, height, title, description);
  g_string_append (out, "<defs>\n");
  for (m = 0; m < G_N_ELEMENTS (modes); m++)
    {
      g_string_append_printf (out, "<pattern id=\"chart-%u-mode-%u\" width=\"8\" height=\"8\" "
                                   "patternUnits=\"userSpaceOnUse\"><rect width=\"8\" height=\"8\" fill=\"%s\"/>%s</pattern>\n",
                              n, m, fills[m], patterns[m] != NULL ? patterns[m] : "");
    }
  g_string_append (out, "</defs>\n");

  for (s = 0; s < 6; s++)
    {
      CoprodStage stage = 1u << s;
      guint y = top + s * row, x = left, total = 0;
      const char *words = _coprod_report_stage_words (stage);

      g_string_append_printf (out, "<text x=\"10\" y=\"%u\" fill=\"" INK "\">%c%s</text>\n",
                              y + row / 2 + 3, g_ascii_toupper (words[0]), words + 1);
      if (!(stages & stage))
        {
          g_string_append_printf (out, "<text x=\"%u\" y=\"%u\" fill=\"" INK "\" font-style=\"italic\">"
                                       "outside the scope</text>\n", left, y + row / 2 + 3);
          continue;
        }
      for (m = 0; m < G_N_ELEMENTS (modes); m++)
        {
          guint count = coprod_assessment_get_mode_count (assessment, stage, modes[m]);
          guint w = count * scale_width / max;

          if (count == 0)
            continue;
          total += count;
          g_string_append_printf (out, "<rect x=\"%u\" y=\"%u\" width=\"%u\" height=\"%u\" "
                                       "fill=\"url(#chart-%u-mode-%u)\" stroke=\"" INK "\"/>\n",
                                  x, y + 4, w, row - 8, n, m);
          x += w;
        }
      g_string_append_printf (out, "<text x=\"%u\" y=\"%u\" fill=\"" INK "\">", x + 8, y + row / 2 + 3);
      if (total == 0)
        g_string_append (out, "no one with lived experience");
      else
        {
          gboolean first = TRUE;
          for (m = 0; m < G_N_ELEMENTS (modes); m++)
            {
              guint count = coprod_assessment_get_mode_count (assessment, stage, modes[m]);
              char *counted;

              if (count == 0)
                continue;
              counted = _coprod_report_mode_count (modes[m], count);
              g_string_append_printf (out, "%s%s", first ? "" : ", ", counted);
              g_free (counted);
              first = FALSE;
            }
        }
      g_string_append (out, "</text>\n");
    }

  /* the legend: a swatch of each pattern, with its words */
  for (m = 0; m < G_N_ELEMENTS (modes); m++)
    {
      guint x = 10 + (m % 3) * 200, y = legend_y + (m / 3) * 22;

      g_string_append_printf (out, "<rect x=\"%u\" y=\"%u\" width=\"16\" height=\"16\" "
                                   "fill=\"url(#chart-%u-mode-%u)\" stroke=\"" INK "\"/>"
                                   "<text x=\"%u\" y=\"%u\" fill=\"" INK "\">%s</text>\n",
                              x, y, n, m, x + 22, y + 13, labels[m]);
    }
  g_string_append (out, "</svg>\n");
  return g_string_free (out, FALSE);
}

/* A practice's words, wrapped at about @columns characters into at most
 * @max_lines lines; the last line ends in an ellipsis if the words go on */
static GPtrArray *
wrap_words (const char *text,
            guint       columns,
            guint       max_lines)
{
  g_autofree char *clean = _coprod_report_clean (text);
  g_auto(GStrv) words = g_strsplit (clean, " ", -1);
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);
  GString *line = g_string_new (NULL);
  guint i;

  for (i = 0; words[i] != NULL; i++)
    {
      if (words[i][0] == '\0')
        continue;
      if (line->len > 0 &&
          g_utf8_strlen (line->str, -1) + 1 + g_utf8_strlen (words[i], -1) > (glong) columns)
        {
          if (lines->len + 1 == max_lines)
            {
              g_string_append (line, " …");
              break;
            }
          g_ptr_array_add (lines, g_string_free (line, FALSE));
          line = g_string_new (NULL);
        }
      if (line->len > 0)
        g_string_append_c (line, ' ');
      g_string_append (line, words[i]);
    }
  g_ptr_array_add (lines, g_string_free (line, FALSE));
  return lines;
}

static void
append_score_text (GString    *out,
                   gboolean    scored,
                   double      score,
                   gboolean    whole,
                   const char *band,
                   const char *none)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (!scored)
    {
      g_string_append (out, none);
      return;
    }
  g_string_append (out, g_ascii_formatd (buffer, sizeof buffer, whole ? "%.0f" : "%.1f", score));
  if (band != NULL)
    {
      g_string_append (out, ", ");
      _coprod_report_append_html (out, band);
    }
}

/* Values per practice: for each value its practices, each with two bars
 * side by side, one for the score from the records (solid) and one for
 * the score from people (hatched), each labelled in words with its score
 * and band; a practice where the two disagree says so in words. */
char *
_coprod_report_chart_values (CoprodReportContext *ctx,
                             CoprodReviewResult  *result,
                             const char          *title,
                             const char          *description,
                             guint                n)
{
  CoprodFramework *framework = coprod_review_result_get_framework (result);
  GListModel *values = coprod_review_result_get_values (result);
  GListModel *practices = coprod_review_result_get_practices (result);
  int minimum = coprod_framework_get_scale_minimum (framework);
  int maximum = coprod_framework_get_scale_maximum (framework);
  const guint width = 760, label_x = 24, bar_x = 110, scale_width = 320;
  const guint line_height = 17, bar_height = 16, top = 40;
  guint n_values = g_list_model_get_n_items (values);
  guint n_practices = g_list_model_get_n_items (practices);
  g_autoptr(GString) body = g_string_new (NULL);
  g_autofree char *people_fill = g_strdup_printf ("url(#chart-%u-people)", n);
  GString *out = g_string_new (NULL);
  guint i, j, y = top;
  int s;

  (void) ctx;

#define SCORE_X(score) (bar_x + (guint) ((MAX ((score), 0.0) / MAX (maximum, 1)) * scale_width + 0.5))

  for (i = 0; i < n_values; i++)
    {
      g_autoptr(CoprodValueScore) value_score = g_list_model_get_item (values, i);
      CoprodValue *value = coprod_value_score_get_value (value_score);

      y += i == 0 ? 22 : 34;
      g_string_append_printf (body, "<text x=\"10\" y=\"%u\" fill=\"" INK "\" font-weight=\"bold\">", y);
      _coprod_report_append_html (body, coprod_value_get_title (value));
      g_string_append (body, ": ");
      append_score_text (body, coprod_value_score_get_source (value_score) != COPROD_SCORE_SOURCE_NONE,
                         coprod_value_score_get_score (value_score), FALSE,
                         coprod_value_score_get_band (value_score), "not scored");
      g_string_append (body, "</text>\n");
      y += 6;

      for (j = 0; j < n_practices; j++)
        {
          g_autoptr(CoprodPracticeScore) score = g_list_model_get_item (practices, j);
          CoprodScoreSource source = coprod_practice_score_get_source (score);
          CoprodPractice *practice = coprod_practice_score_get_practice (score);
          g_autoptr(GPtrArray) lines = NULL;
          gboolean by_data = (source & COPROD_SCORE_SOURCE_DATA) != 0;
          gboolean by_people = (source & COPROD_SCORE_SOURCE_PEOPLE) != 0;
          double data = coprod_practice_score_get_data_score (score);
          int people = coprod_practice_score_get_people_score (score);
          guint k;

          if (g_strcmp0 (coprod_practice_score_get_value_key (score), coprod_value_get_key (value)) != 0)
            continue;

          lines = wrap_words (coprod_practice_get_text (practice), 98, 3);
          y += 8;
          for (k = 0; k < lines->len; k++)
            {
              y += line_height;
              g_string_append_printf (body, "<text x=\"%u\" y=\"%u\" fill=\"" INK "\" font-size=\"13\">",
                                      label_x, y);
              _coprod_report_append_html (body, g_ptr_array_index (lines, k));
              g_string_append (body, "</text>\n");
            }
          y += 6;

          /* the scale's rules behind the two bars */
          for (s = MAX (minimum, 0); s <= maximum; s++)
            g_string_append_printf (body, "<line x1=\"%u\" y1=\"%u\" x2=\"%u\" y2=\"%u\" "
                                          "stroke=\"" RULE "\" stroke-dasharray=\"2 3\"/>\n",
                                    SCORE_X ((double) s), y, SCORE_X ((double) s),
                                    y + 2 * bar_height + 6);

          /* records, then people */
          for (k = 0; k < 2; k++)
            {
              gboolean scored = k == 0 ? by_data : by_people;
              double value_of = k == 0 ? data : people;
              guint end = scored ? SCORE_X (value_of) : bar_x;

              g_string_append_printf (body, "<text x=\"%u\" y=\"%u\" fill=\"" INK "\" font-size=\"13\">%s</text>\n",
                                      label_x, y + bar_height - 3, k == 0 ? "Records" : "People");
              if (scored)
                g_string_append_printf (body, "<rect x=\"%u\" y=\"%u\" width=\"%u\" height=\"%u\" "
                                              "fill=\"%s\" stroke=\"" INK "\"/>\n",
                                        bar_x, y, end - bar_x, bar_height,
                                        k == 0 ? MARK : people_fill);
              /* the words in one column, clear of the bars and the rules */
              g_string_append_printf (body, "<text x=\"%u\" y=\"%u\" fill=\"" INK "\" font-size=\"13\"%s>",
                                      SCORE_X ((double) maximum) + 12, y + bar_height - 3,
                                      scored ? "" : " font-style=\"italic\"");
              append_score_text (body, scored, value_of, k == 1,
                                 scored ? _coprod_review_band (framework, value_of, NULL) : NULL,
                                 k == 0 ? "no score from the records" : "not rated");
              if (k == 1 && coprod_practice_score_get_disagreement (score))
                g_string_append (body, " (the records and people disagree)");
              g_string_append (body, "</text>\n");
              y += bar_height + 4;
            }
        }
    }
  y += 12;

  open_svg (out, n, width, y, title, description);
  g_string_append_printf (out, "<defs>\n<pattern id=\"chart-%u-people\" width=\"8\" height=\"8\" "
                               "patternUnits=\"userSpaceOnUse\"><rect width=\"8\" height=\"8\" fill=\"#ffffff\"/>"
                               "<path d=\"M0 8 L8 0\" stroke=\"" INK "\" stroke-width=\"1.5\"/></pattern>\n</defs>\n", n);
  /* the scale, numbered at the top, and a key to the two bars */
  g_string_append_printf (out, "<text x=\"10\" y=\"22\" fill=\"" INK "\" font-size=\"13\">Score</text>\n");
  for (s = MAX (minimum, 0); s <= maximum; s++)
    g_string_append_printf (out, "<text x=\"%u\" y=\"22\" fill=\"" INK "\" font-size=\"13\" "
                                 "text-anchor=\"middle\">%d</text>\n", SCORE_X ((double) s), s);
  g_string_append_printf (out, "<rect x=\"%u\" y=\"10\" width=\"16\" height=\"14\" fill=\"" MARK "\" stroke=\"" INK "\"/>"
                               "<text x=\"%u\" y=\"22\" fill=\"" INK "\" font-size=\"13\">from the records</text>\n"
                               "<rect x=\"%u\" y=\"10\" width=\"16\" height=\"14\" fill=\"%s\" stroke=\"" INK "\"/>"
                               "<text x=\"%u\" y=\"22\" fill=\"" INK "\" font-size=\"13\">from people</text>\n",
                          bar_x + scale_width + 40, bar_x + scale_width + 62,
                          bar_x + scale_width + 200, people_fill, bar_x + scale_width + 222);
  g_string_append (out, body->str);
  g_string_append (out, "</svg>\n");
#undef SCORE_X
  return g_string_free (out, FALSE);
}
