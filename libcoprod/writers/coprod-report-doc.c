/* coprod-report-doc.c: a report's document, and how it is rendered as
 * text, Markdown, HTML and JSON
 *
 * The document holds plain strings. Each renderer cleans what it writes
 * (control and bidirectional characters escaped as the text writer does)
 * and escapes it for its format.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <stdarg.h>
#include <string.h>

#include "coprod-report-private.h"
#include "coprod-text-private.h"
#include "coprod-text-writer-private.h"

typedef enum
{
  BLOCK_HEADING,
  BLOCK_SUBHEADING,
  BLOCK_PARAGRAPH,
  BLOCK_LIST,
  BLOCK_FACTS,
  BLOCK_TABLE,
  BLOCK_CHART,
} BlockKind;

struct _CoprodReportBlock
{
  BlockKind  kind;
  char      *text;      /* heading, paragraph; table: caption; chart: title */
  char      *detail;    /* chart: description */
  char      *caption;   /* chart: the caption under it in HTML */
  char      *svg;       /* chart */
  GPtrArray *items;     /* list: items; facts: label, value...; table: headers */
  GPtrArray *rows;      /* table: of GPtrArray of char * */
  gboolean  *numeric;   /* table */
};

typedef struct
{
  char      *key;
  char      *heading;
  GPtrArray *blocks;
} Section;

struct _CoprodReportDoc
{
  char      *title;
  char      *subtitle;
  GPtrArray *sections;
};

static void
block_free (gpointer data)
{
  CoprodReportBlock *block = data;

  g_free (block->text);
  g_free (block->detail);
  g_free (block->caption);
  g_free (block->svg);
  g_clear_pointer (&block->items, g_ptr_array_unref);
  g_clear_pointer (&block->rows, g_ptr_array_unref);
  g_free (block->numeric);
  g_free (block);
}

static void
section_free (gpointer data)
{
  Section *section = data;

  g_free (section->key);
  g_free (section->heading);
  g_ptr_array_unref (section->blocks);
  g_free (section);
}

CoprodReportDoc *
_coprod_report_doc_new (const char *title,
                        const char *subtitle)
{
  CoprodReportDoc *doc = g_new0 (CoprodReportDoc, 1);

  doc->title = g_strdup (title);
  doc->subtitle = g_strdup (subtitle);
  doc->sections = g_ptr_array_new_with_free_func (section_free);
  return doc;
}

void
_coprod_report_doc_free (CoprodReportDoc *doc)
{
  if (doc == NULL)
    return;
  g_free (doc->title);
  g_free (doc->subtitle);
  g_ptr_array_unref (doc->sections);
  g_free (doc);
}

void
_coprod_report_doc_section (CoprodReportDoc *doc,
                            const char      *key,
                            const char      *heading)
{
  Section *section = g_new0 (Section, 1);

  section->key = g_strdup (key);
  section->heading = g_strdup (heading);
  section->blocks = g_ptr_array_new_with_free_func (block_free);
  g_ptr_array_add (doc->sections, section);
}

static CoprodReportBlock *
add_block (CoprodReportDoc *doc,
           BlockKind        kind)
{
  CoprodReportBlock *block = g_new0 (CoprodReportBlock, 1);
  Section *section;

  g_assert (doc->sections->len > 0);
  section = g_ptr_array_index (doc->sections, doc->sections->len - 1);
  block->kind = kind;
  g_ptr_array_add (section->blocks, block);
  return block;
}

void
_coprod_report_doc_heading (CoprodReportDoc *doc,
                            const char      *text)
{
  add_block (doc, BLOCK_HEADING)->text = g_strdup (text);
}

void
_coprod_report_doc_subheading (CoprodReportDoc *doc,
                               const char      *text)
{
  add_block (doc, BLOCK_SUBHEADING)->text = g_strdup (text);
}

void
_coprod_report_doc_paragraph (CoprodReportDoc *doc,
                              const char      *text)
{
  add_block (doc, BLOCK_PARAGRAPH)->text = g_strdup (text);
}

void
_coprod_report_doc_paragraphf (CoprodReportDoc *doc,
                               const char      *format,
                               ...)
{
  va_list args;

  va_start (args, format);
  add_block (doc, BLOCK_PARAGRAPH)->text = g_strdup_vprintf (format, args);
  va_end (args);
}

void
_coprod_report_doc_list (CoprodReportDoc *doc,
                         GPtrArray       *items)
{
  if (items->len == 0)
    {
      g_ptr_array_unref (items);
      return;
    }
  add_block (doc, BLOCK_LIST)->items = items;
}

void
_coprod_report_doc_facts (CoprodReportDoc *doc,
                          GPtrArray       *pairs)
{
  g_assert (pairs->len % 2 == 0);
  if (pairs->len == 0)
    {
      g_ptr_array_unref (pairs);
      return;
    }
  add_block (doc, BLOCK_FACTS)->items = pairs;
}

CoprodReportBlock *
_coprod_report_doc_table (CoprodReportDoc *doc,
                          const char      *caption,
                          guint            n_columns,
                          const char     **headers,
                          const gboolean  *numeric)
{
  CoprodReportBlock *block = add_block (doc, BLOCK_TABLE);
  guint i;

  block->text = g_strdup (caption);
  block->items = g_ptr_array_new_with_free_func (g_free);
  block->numeric = g_new0 (gboolean, n_columns);
  for (i = 0; i < n_columns; i++)
    {
      g_ptr_array_add (block->items, g_strdup (headers[i]));
      block->numeric[i] = numeric != NULL && numeric[i];
    }
  block->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  return block;
}

void
_coprod_report_doc_table_row (CoprodReportBlock *table,
                              GPtrArray         *cells)
{
  g_assert (table->kind == BLOCK_TABLE);
  g_assert (cells->len == table->items->len);
  g_ptr_array_add (table->rows, cells);
}

void
_coprod_report_doc_chart (CoprodReportDoc *doc,
                          const char      *title,
                          const char      *description,
                          const char      *caption,
                          char            *svg)
{
  CoprodReportBlock *block = add_block (doc, BLOCK_CHART);

  block->text = g_strdup (title);
  block->detail = g_strdup (description);
  block->caption = g_strdup (caption != NULL ? caption : description);
  block->svg = svg;
}

/* Escaping */

char *
_coprod_report_clean (const char *text)
{
  g_autofree char *spaced = g_strdup (text != NULL ? text : "");
  GString *out = g_string_new (NULL);
  char *p;

  for (p = spaced; *p != '\0'; p++)
    if (*p == '\n' || *p == '\r' || *p == '\t' || *p == '\v' || *p == '\f')
      *p = ' ';
  _coprod_text_writer_append_escaped (out, spaced);
  return g_string_free (out, FALSE);
}

void
_coprod_report_append_html (GString    *out,
                            const char *text)
{
  g_autofree char *clean = _coprod_report_clean (text);
  const char *p;

  for (p = clean; *p != '\0'; p++)
    switch (*p)
      {
      case '&': g_string_append (out, "&amp;"); break;
      case '<': g_string_append (out, "&lt;"); break;
      case '>': g_string_append (out, "&gt;"); break;
      case '"': g_string_append (out, "&quot;"); break;
      case '\'': g_string_append (out, "&#39;"); break;
      default: g_string_append_c (out, *p);
      }
}

/* CommonMark: a backslash before any ASCII punctuation makes it literal.
 * Those with a meaning anywhere in a line are escaped everywhere; those
 * that only mean something at the start of a block (a list, a heading
 * underline, an ordered list's "1.") are escaped there. */
void
_coprod_report_append_markdown (GString    *out,
                                const char *text)
{
  g_autofree char *clean = _coprod_report_clean (text);
  const char *p = clean;

  while (*p == ' ')
    p++;
  if (*p == '-' || *p == '+' || *p == '=')
    {
      g_string_append_c (out, '\\');
      g_string_append_c (out, *p++);
    }
  else if (g_ascii_isdigit (*p))
    {
      while (g_ascii_isdigit (*p))
        g_string_append_c (out, *p++);
      if (*p == '.' || *p == ')')
        {
          g_string_append_c (out, '\\');
          g_string_append_c (out, *p++);
        }
    }
  for (; *p != '\0'; p++)
    {
      if (strchr ("\\`*_[]<>#|~&!{}", *p) != NULL)
        g_string_append_c (out, '\\');
      g_string_append_c (out, *p);
    }
}

void
_coprod_report_append_json (GString    *out,
                            const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text != NULL ? text : "", -1);
  const char *p;

  g_string_append_c (out, '"');
  for (p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '"')
        g_string_append (out, "\\\"");
      else if (c == '\\')
        g_string_append (out, "\\\\");
      else if (c == '\n')
        g_string_append (out, "\\n");
      else if (c < 0x20 || c == 0x7F || c == 0x2028 || c == 0x2029 ||
               _coprod_text_is_unsafe (c))
        g_string_append_printf (out, "\\u%04X", c);
      else
        g_string_append_len (out, p, g_utf8_next_char (p) - p);
    }
  g_string_append_c (out, '"');
}

/* RFC 4180, and no formula: a text cell that a spreadsheet would read as
 * one (starting = + - @, a tab or a carriage return) is written after an
 * apostrophe. Numbers are written as they are. */
void
_coprod_report_append_csv (GString    *out,
                           const char *text,
                           gboolean    numeric)
{
  g_autofree char *valid = g_utf8_make_valid (text != NULL ? text : "", -1);
  const char *p;
  gboolean quote = FALSE;
  gboolean formula = !numeric && valid[0] != '\0' && strchr ("=+-@\t\r", valid[0]) != NULL;

  for (p = valid; *p != '\0'; p++)
    if (*p == ',' || *p == '"' || *p == '\n' || *p == '\r')
      quote = TRUE;
  if (quote || formula)
    g_string_append_c (out, '"');
  if (formula)
    g_string_append_c (out, '\'');
  for (p = valid; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  if (quote || formula)
    g_string_append_c (out, '"');
}

/* Text */

static void
text_underlined (GString    *out,
                 const char *text,
                 char        rule)
{
  g_autofree char *clean = _coprod_report_clean (text);
  glong i, n = g_utf8_strlen (clean, -1);

  g_string_append (out, clean);
  g_string_append_c (out, '\n');
  for (i = 0; i < n; i++)
    g_string_append_c (out, rule);
  g_string_append (out, "\n\n");
}

static void
text_wrapped (CoprodTextWriter *writer,
              GString          *out,
              const char       *first,
              const char       *indent,
              const char       *text)
{
  g_autofree char *clean = _coprod_report_clean (text);

  /* the cleaning has escaped what must be; wrap what it gave, as is */
  _coprod_text_writer_append_wrapped (writer, out, first, indent, clean);
}

static void
render_text_table (GString           *out,
                   CoprodReportBlock *block)
{
  guint n = block->items->len, i, j;
  g_autofree guint *widths = g_new0 (guint, n);

  for (j = 0; j < n; j++)
    {
      g_autofree char *clean = _coprod_report_clean (g_ptr_array_index (block->items, j));
      widths[j] = g_utf8_strlen (clean, -1);
    }
  for (i = 0; i < block->rows->len; i++)
    {
      GPtrArray *row = g_ptr_array_index (block->rows, i);

      for (j = 0; j < n; j++)
        {
          g_autofree char *clean = _coprod_report_clean (g_ptr_array_index (row, j));
          widths[j] = MAX (widths[j], (guint) g_utf8_strlen (clean, -1));
        }
    }

  if (block->text != NULL)
    {
      g_autofree char *clean = _coprod_report_clean (block->text);
      g_string_append_printf (out, "%s\n", clean);
    }
  for (i = 0; i <= block->rows->len; i++)
    {
      GPtrArray *row = i == 0 ? block->items : g_ptr_array_index (block->rows, i - 1);
      GString *line = g_string_new ("  ");

      for (j = 0; j < n; j++)
        {
          g_autofree char *clean = _coprod_report_clean (g_ptr_array_index (row, j));
          glong length = g_utf8_strlen (clean, -1), k;

          if (j > 0)
            g_string_append (line, "  ");
          if (block->numeric[j] && i > 0)
            for (k = length; k < (glong) widths[j]; k++)
              g_string_append_c (line, ' ');
          g_string_append (line, clean);
          if (!(block->numeric[j] && i > 0) && j + 1 < n)
            for (k = length; k < (glong) widths[j]; k++)
              g_string_append_c (line, ' ');
        }
      while (line->len > 0 && line->str[line->len - 1] == ' ')
        g_string_truncate (line, line->len - 1);
      g_string_append_printf (out, "%s\n", line->str);
      g_string_free (line, TRUE);
      if (i == 0)
        {
          g_string_append (out, "  ");
          for (j = 0; j < n; j++)
            {
              guint k;

              if (j > 0)
                g_string_append (out, "  ");
              for (k = 0; k < widths[j]; k++)
                g_string_append_c (out, '-');
            }
          g_string_append_c (out, '\n');
        }
    }
  g_string_append_c (out, '\n');
}

static char *
render_text (CoprodReportDoc *doc,
             guint            width)
{
  g_autoptr(CoprodTextWriter) writer = coprod_text_writer_new ();
  GString *out = g_string_new (NULL);
  guint s, b, i;

  coprod_text_writer_set_width (writer, width);
  text_underlined (out, doc->title, '=');
  if (doc->subtitle != NULL)
    {
      text_wrapped (writer, out, "", "", doc->subtitle);
      g_string_append_c (out, '\n');
    }

  for (s = 0; s < doc->sections->len; s++)
    {
      Section *section = g_ptr_array_index (doc->sections, s);

      g_string_append_c (out, '\n');
      text_underlined (out, section->heading, '-');
      for (b = 0; b < section->blocks->len; b++)
        {
          CoprodReportBlock *block = g_ptr_array_index (section->blocks, b);

          switch (block->kind)
            {
            case BLOCK_HEADING:
              text_underlined (out, block->text, '~');
              break;
            case BLOCK_SUBHEADING:
              {
                g_autofree char *clean = _coprod_report_clean (block->text);
                g_string_append_printf (out, "%s:\n", clean);
              }
              break;
            case BLOCK_PARAGRAPH:
              text_wrapped (writer, out, "", "", block->text);
              g_string_append_c (out, '\n');
              break;
            case BLOCK_LIST:
              for (i = 0; i < block->items->len; i++)
                text_wrapped (writer, out, "  - ", "    ", g_ptr_array_index (block->items, i));
              g_string_append_c (out, '\n');
              break;
            case BLOCK_FACTS:
              for (i = 0; i + 1 < block->items->len; i += 2)
                {
                  g_autofree char *label = _coprod_report_clean (g_ptr_array_index (block->items, i));
                  g_autofree char *first = g_strdup_printf ("  %s: ", label);
                  g_autofree char *indent = g_strnfill (MIN (g_utf8_strlen (first, -1), 40), ' ');
                  text_wrapped (writer, out, first, indent, g_ptr_array_index (block->items, i + 1));
                }
              g_string_append_c (out, '\n');
              break;
            case BLOCK_TABLE:
              render_text_table (out, block);
              break;
            case BLOCK_CHART:
              /* told in words by the paragraph or table beside it */
              break;
            }
        }
    }

  while (out->len > 1 && out->str[out->len - 1] == '\n' && out->str[out->len - 2] == '\n')
    g_string_truncate (out, out->len - 1);
  return g_string_free (out, FALSE);
}

/* Markdown */

static void
markdown_cell (GString    *out,
               const char *text)
{
  g_string_append_c (out, ' ');
  _coprod_report_append_markdown (out, text);
  g_string_append (out, " |");
}

static char *
render_markdown (CoprodReportDoc *doc)
{
  GString *out = g_string_new ("# ");
  guint s, b, i, j;

  _coprod_report_append_markdown (out, doc->title);
  g_string_append (out, "\n\n");
  if (doc->subtitle != NULL)
    {
      _coprod_report_append_markdown (out, doc->subtitle);
      g_string_append (out, "\n\n");
    }
  for (s = 0; s < doc->sections->len; s++)
    {
      Section *section = g_ptr_array_index (doc->sections, s);

      g_string_append (out, "## ");
      _coprod_report_append_markdown (out, section->heading);
      g_string_append (out, "\n\n");
      for (b = 0; b < section->blocks->len; b++)
        {
          CoprodReportBlock *block = g_ptr_array_index (section->blocks, b);

          switch (block->kind)
            {
            case BLOCK_HEADING:
            case BLOCK_SUBHEADING:
              g_string_append (out, block->kind == BLOCK_HEADING ? "### " : "#### ");
              _coprod_report_append_markdown (out, block->text);
              g_string_append (out, "\n\n");
              break;
            case BLOCK_PARAGRAPH:
              _coprod_report_append_markdown (out, block->text);
              g_string_append (out, "\n\n");
              break;
            case BLOCK_LIST:
              for (i = 0; i < block->items->len; i++)
                {
                  g_string_append (out, "- ");
                  _coprod_report_append_markdown (out, g_ptr_array_index (block->items, i));
                  g_string_append_c (out, '\n');
                }
              g_string_append_c (out, '\n');
              break;
            case BLOCK_FACTS:
              for (i = 0; i + 1 < block->items->len; i += 2)
                {
                  g_string_append (out, "- **");
                  _coprod_report_append_markdown (out, g_ptr_array_index (block->items, i));
                  g_string_append (out, ":** ");
                  _coprod_report_append_markdown (out, g_ptr_array_index (block->items, i + 1));
                  g_string_append_c (out, '\n');
                }
              g_string_append_c (out, '\n');
              break;
            case BLOCK_TABLE:
              if (block->text != NULL)
                {
                  g_string_append_c (out, '*');
                  _coprod_report_append_markdown (out, block->text);
                  g_string_append (out, "*\n\n");
                }
              for (i = 0; i <= block->rows->len; i++)
                {
                  GPtrArray *row = i == 0 ? block->items : g_ptr_array_index (block->rows, i - 1);

                  g_string_append_c (out, '|');
                  for (j = 0; j < row->len; j++)
                    markdown_cell (out, g_ptr_array_index (row, j));
                  g_string_append_c (out, '\n');
                  if (i == 0)
                    {
                      g_string_append_c (out, '|');
                      for (j = 0; j < row->len; j++)
                        g_string_append (out, block->numeric[j] ? " ---: |" : " --- |");
                      g_string_append_c (out, '\n');
                    }
                }
              g_string_append_c (out, '\n');
              break;
            case BLOCK_CHART:
              /* told in words by the paragraph or table beside it */
              break;
            }
        }
    }
  g_string_truncate (out, out->len - 1);
  return g_string_free (out, FALSE);
}

/* HTML */

/* Dark text on white and a dark blue for links and marks: each pair is
 * above 7:1, WCAG AAA for text; tables are ruled, not only shaded. */
static const char html_style[] =
  "body{font-family:system-ui,-apple-system,\"Segoe UI\",Roboto,sans-serif;"
  "line-height:1.5;color:#1a1a1a;background:#fff;margin:0 auto;max-width:60rem;padding:1rem 1.5rem}"
  "a{color:#1d4f91}a:focus{outline:3px solid #1a1a1a;outline-offset:2px}"
  "h1,h2,h3,h4{line-height:1.25}h2{border-bottom:2px solid #1a1a1a;padding-bottom:.2rem;margin-top:2.5rem}"
  "table{border-collapse:collapse;margin:1rem 0;width:100%}"
  "caption{text-align:left;font-weight:bold;padding:.3rem 0}"
  "th,td{border:1px solid #595959;padding:.3rem .5rem;text-align:left;vertical-align:top}"
  "th{background:#f0f0f0}td.num{text-align:right;font-variant-numeric:tabular-nums}"
  "dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}dt{font-weight:bold}dd{margin:0}"
  "figure{margin:1rem 0}figcaption{font-size:.95rem}svg{max-width:100%;height:auto}"
  "nav ul{columns:2}.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem}"
  "@media print{nav{display:none}}";

static char *
render_html (CoprodReportDoc *doc,
             const char      *as_of)
{
  GString *out = g_string_new ("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n"
                               "<meta charset=\"utf-8\"/>\n"
                               "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
                               "<title>");
  guint s, b, i, j;

  _coprod_report_append_html (out, doc->title);
  g_string_append_printf (out, "</title>\n<style>%s</style>\n</head>\n<body>\n", html_style);
  g_string_append (out, "<a class=\"skip\" href=\"#main\">Skip to the report</a>\n"
                        "<header>\n<h1>");
  _coprod_report_append_html (out, doc->title);
  g_string_append (out, "</h1>\n");
  if (doc->subtitle != NULL)
    {
      g_string_append (out, "<p>");
      _coprod_report_append_html (out, doc->subtitle);
      g_string_append (out, "</p>\n");
    }
  g_string_append (out, "</header>\n<nav aria-label=\"Contents\">\n<h2>Contents</h2>\n<ul>\n");
  for (s = 0; s < doc->sections->len; s++)
    {
      Section *section = g_ptr_array_index (doc->sections, s);

      g_string_append_printf (out, "<li><a href=\"#%s\">", section->key);
      _coprod_report_append_html (out, section->heading);
      g_string_append (out, "</a></li>\n");
    }
  g_string_append (out, "</ul>\n</nav>\n<main id=\"main\">\n");

  for (s = 0; s < doc->sections->len; s++)
    {
      Section *section = g_ptr_array_index (doc->sections, s);

      g_string_append_printf (out, "<section aria-labelledby=\"%s\">\n<h2 id=\"%s\">",
                              section->key, section->key);
      _coprod_report_append_html (out, section->heading);
      g_string_append (out, "</h2>\n");
      for (b = 0; b < section->blocks->len; b++)
        {
          CoprodReportBlock *block = g_ptr_array_index (section->blocks, b);

          switch (block->kind)
            {
            case BLOCK_HEADING:
            case BLOCK_SUBHEADING:
              g_string_append (out, block->kind == BLOCK_HEADING ? "<h3>" : "<h4>");
              _coprod_report_append_html (out, block->text);
              g_string_append (out, block->kind == BLOCK_HEADING ? "</h3>\n" : "</h4>\n");
              break;
            case BLOCK_PARAGRAPH:
              g_string_append (out, "<p>");
              _coprod_report_append_html (out, block->text);
              g_string_append (out, "</p>\n");
              break;
            case BLOCK_LIST:
              g_string_append (out, "<ul>\n");
              for (i = 0; i < block->items->len; i++)
                {
                  g_string_append (out, "<li>");
                  _coprod_report_append_html (out, g_ptr_array_index (block->items, i));
                  g_string_append (out, "</li>\n");
                }
              g_string_append (out, "</ul>\n");
              break;
            case BLOCK_FACTS:
              g_string_append (out, "<dl>\n");
              for (i = 0; i + 1 < block->items->len; i += 2)
                {
                  g_string_append (out, "<dt>");
                  _coprod_report_append_html (out, g_ptr_array_index (block->items, i));
                  g_string_append (out, "</dt><dd>");
                  _coprod_report_append_html (out, g_ptr_array_index (block->items, i + 1));
                  g_string_append (out, "</dd>\n");
                }
              g_string_append (out, "</dl>\n");
              break;
            case BLOCK_TABLE:
              g_string_append (out, "<table>\n");
              if (block->text != NULL)
                {
                  g_string_append (out, "<caption>");
                  _coprod_report_append_html (out, block->text);
                  g_string_append (out, "</caption>\n");
                }
              g_string_append (out, "<thead><tr>");
              for (j = 0; j < block->items->len; j++)
                {
                  g_string_append (out, "<th scope=\"col\">");
                  _coprod_report_append_html (out, g_ptr_array_index (block->items, j));
                  g_string_append (out, "</th>");
                }
              g_string_append (out, "</tr></thead>\n<tbody>\n");
              for (i = 0; i < block->rows->len; i++)
                {
                  GPtrArray *row = g_ptr_array_index (block->rows, i);

                  g_string_append (out, "<tr>");
                  for (j = 0; j < row->len; j++)
                    {
                      /* the first column names the row */
                      if (j == 0)
                        g_string_append (out, "<th scope=\"row\">");
                      else
                        g_string_append (out, block->numeric[j] ? "<td class=\"num\">" : "<td>");
                      _coprod_report_append_html (out, g_ptr_array_index (row, j));
                      g_string_append (out, j == 0 ? "</th>" : "</td>");
                    }
                  g_string_append (out, "</tr>\n");
                }
              g_string_append (out, "</tbody>\n</table>\n");
              break;
            case BLOCK_CHART:
              g_string_append (out, "<figure>\n");
              g_string_append (out, block->svg);
              g_string_append (out, "<figcaption>");
              _coprod_report_append_html (out, block->caption);
              g_string_append (out, "</figcaption>\n</figure>\n");
              break;
            }
        }
      g_string_append (out, "</section>\n");
    }
  g_string_append (out, "</main>\n<footer>\n<p>Written by libcoprod ");
  g_string_append (out, COPROD_VERSION_S);
  g_string_append (out, " from the records as they stood on ");
  _coprod_report_append_html (out, as_of);
  g_string_append (out, ".</p>\n</footer>\n</body>\n</html>\n");
  return g_string_free (out, FALSE);
}

/* JSON */

static void
json_strings (GString   *out,
              GPtrArray *strings,
              guint      from,
              guint      step)
{
  guint i;

  g_string_append_c (out, '[');
  for (i = from; i < strings->len; i += step)
    {
      if (i > from)
        g_string_append_c (out, ',');
      _coprod_report_append_json (out, g_ptr_array_index (strings, i));
    }
  g_string_append_c (out, ']');
}

static char *
render_json (CoprodReportDoc *doc,
             const char      *as_of,
             const char      *json_tables)
{
  GString *out = g_string_new ("{\n  \"format\": \"coprod-report\",\n  \"version\": 1,\n  \"title\": ");
  guint s, b, i;

  _coprod_report_append_json (out, doc->title);
  g_string_append (out, ",\n  \"subtitle\": ");
  if (doc->subtitle != NULL)
    _coprod_report_append_json (out, doc->subtitle);
  else
    g_string_append (out, "null");
  g_string_append (out, ",\n  \"as_of\": ");
  _coprod_report_append_json (out, as_of);
  g_string_append (out, ",\n  \"sections\": [");
  for (s = 0; s < doc->sections->len; s++)
    {
      Section *section = g_ptr_array_index (doc->sections, s);

      g_string_append (out, s > 0 ? ",\n    {\"key\": " : "\n    {\"key\": ");
      _coprod_report_append_json (out, section->key);
      g_string_append (out, ", \"heading\": ");
      _coprod_report_append_json (out, section->heading);
      g_string_append (out, ", \"blocks\": [");
      for (b = 0; b < section->blocks->len; b++)
        {
          CoprodReportBlock *block = g_ptr_array_index (section->blocks, b);

          g_string_append (out, b > 0 ? ",\n      " : "\n      ");
          switch (block->kind)
            {
            case BLOCK_HEADING:
            case BLOCK_SUBHEADING:
              g_string_append_printf (out, "{\"type\": \"heading\", \"level\": %d, \"text\": ",
                                      block->kind == BLOCK_HEADING ? 3 : 4);
              _coprod_report_append_json (out, block->text);
              g_string_append_c (out, '}');
              break;
            case BLOCK_PARAGRAPH:
              g_string_append (out, "{\"type\": \"paragraph\", \"text\": ");
              _coprod_report_append_json (out, block->text);
              g_string_append_c (out, '}');
              break;
            case BLOCK_LIST:
              g_string_append (out, "{\"type\": \"list\", \"items\": ");
              json_strings (out, block->items, 0, 1);
              g_string_append_c (out, '}');
              break;
            case BLOCK_FACTS:
              g_string_append (out, "{\"type\": \"facts\", \"facts\": [");
              for (i = 0; i + 1 < block->items->len; i += 2)
                {
                  g_string_append (out, i > 0 ? ", {\"label\": " : "{\"label\": ");
                  _coprod_report_append_json (out, g_ptr_array_index (block->items, i));
                  g_string_append (out, ", \"value\": ");
                  _coprod_report_append_json (out, g_ptr_array_index (block->items, i + 1));
                  g_string_append_c (out, '}');
                }
              g_string_append (out, "]}");
              break;
            case BLOCK_TABLE:
              g_string_append (out, "{\"type\": \"table\", \"caption\": ");
              if (block->text != NULL)
                _coprod_report_append_json (out, block->text);
              else
                g_string_append (out, "null");
              g_string_append (out, ", \"columns\": ");
              json_strings (out, block->items, 0, 1);
              g_string_append (out, ", \"rows\": [");
              for (i = 0; i < block->rows->len; i++)
                {
                  if (i > 0)
                    g_string_append_c (out, ',');
                  json_strings (out, g_ptr_array_index (block->rows, i), 0, 1);
                }
              g_string_append (out, "]}");
              break;
            case BLOCK_CHART:
              g_string_append (out, "{\"type\": \"chart\", \"title\": ");
              _coprod_report_append_json (out, block->text);
              g_string_append (out, ", \"description\": ");
              _coprod_report_append_json (out, block->detail);
              g_string_append_c (out, '}');
              break;
            }
        }
      g_string_append (out, "]}");
    }
  g_string_append (out, "\n  ]");
  if (json_tables != NULL)
    {
      g_string_append (out, ",\n  \"tables\": ");
      g_string_append (out, json_tables);
    }
  g_string_append (out, "\n}\n");
  return g_string_free (out, FALSE);
}

char *
_coprod_report_doc_render (CoprodReportDoc    *doc,
                           CoprodReportFormat  format,
                           guint               width,
                           const char         *as_of,
                           const char         *json_tables)
{
  switch (format)
    {
    case COPROD_REPORT_FORMAT_TEXT:
      return render_text (doc, width);
    case COPROD_REPORT_FORMAT_MARKDOWN:
      return render_markdown (doc);
    case COPROD_REPORT_FORMAT_HTML:
      return render_html (doc, as_of);
    case COPROD_REPORT_FORMAT_JSON:
      return render_json (doc, as_of, json_tables);
    case COPROD_REPORT_FORMAT_CSV:
    default:
      g_return_val_if_reached (NULL);
    }
}
