/* coprod-report-charts.c: the report's SVG charts
 *
 * Each chart is one <svg role="img"> with a <title> and a <desc>, named by
 * aria-labelledby, drawn from numbers and escaped words. Nothing is told
 * by colour alone: every mark has a written label, and the segments of
 * the per-stage bars are filled with patterns as well as shades. Text is
 * #1a1a1a on white or white on #1d4f91 (both above 7:1).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "coprod-report-private.h"

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
  static const char *patterns[] = { NULL, NULL,
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
              if (count == 0)
                continue;
              g_string_append_printf (out, "%s%u %s", first ? "" : ", ", count, labels[m]);
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
