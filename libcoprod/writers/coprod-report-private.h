/* coprod-report-private.h: what the files of CoprodReport share
 *
 * A report is built in two steps. The section writers
 * (coprod-report-sections.c), one function per subject, read the registry
 * and append blocks to a document: sections, headings, paragraphs, lists,
 * facts, tables and charts, holding plain strings (nothing escaped yet).
 * The document is then rendered (coprod-report-doc.c) as text, Markdown,
 * HTML or JSON, each renderer escaping what it writes for its format. The
 * charts (coprod-report-charts.c) are SVG drawn from numbers and escaped
 * words; the open data tables (coprod-report-tables.c) are built apart, with
 * ids, for CSV and JSON.
 *
 * A new subject (values reviews, pledges and seats, payments owed, reach)
 * is one more section writer and one more row in the table of sections in
 * coprod-report-sections.c.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "coprod-assessment.h"
#include "coprod-index-private.h"
#include "coprod-ladder.h"
#include "coprod-project.h"
#include "coprod-report.h"
#include "coprod-review-result.h"

G_BEGIN_DECLS

/* The document */

typedef struct _CoprodReportDoc   CoprodReportDoc;
typedef struct _CoprodReportBlock CoprodReportBlock;

CoprodReportDoc *_coprod_report_doc_new        (const char      *title,
                                                const char      *subtitle);
void             _coprod_report_doc_free       (CoprodReportDoc *doc);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CoprodReportDoc, _coprod_report_doc_free)

/* Starts a section (a heading of level 2); @key names it in JSON and in
 * the HTML's fragment ids */
void             _coprod_report_doc_section    (CoprodReportDoc *doc,
                                                const char      *key,
                                                const char      *heading);
/* A heading of level 3 inside the section */
void             _coprod_report_doc_heading    (CoprodReportDoc *doc,
                                                const char      *text);
/* A heading of level 4 */
void             _coprod_report_doc_subheading (CoprodReportDoc *doc,
                                                const char      *text);
void             _coprod_report_doc_paragraph  (CoprodReportDoc *doc,
                                                const char      *text);
void             _coprod_report_doc_paragraphf (CoprodReportDoc *doc,
                                                const char      *format,
                                                ...) G_GNUC_PRINTF (2, 3);
/* A bulleted list; takes @items (of char *) */
void             _coprod_report_doc_list       (CoprodReportDoc *doc,
                                                GPtrArray       *items);
/* Label and value pairs; takes @pairs (of char *, label then value) */
void             _coprod_report_doc_facts      (CoprodReportDoc *doc,
                                                GPtrArray       *pairs);
/* A table with @n_columns headers; @numeric (nullable) says which columns
 * hold numbers (aligned right). Rows are added with _table_row(). */
CoprodReportBlock *_coprod_report_doc_table    (CoprodReportDoc *doc,
                                                const char      *caption,
                                                guint            n_columns,
                                                const char     **headers,
                                                const gboolean  *numeric);
/* Takes @cells (of char *, n_columns of them) */
void             _coprod_report_doc_table_row  (CoprodReportBlock *table,
                                                GPtrArray         *cells);
/* A chart: @svg is the drawing (trusted: made by the chart functions), with
 * @title and @description (plain strings) for its <title> and <desc> and
 * for the formats that cannot draw it; @caption (nullable: the
 * description) is written under it in HTML, and says how to read it when
 * the paragraph above has already said what it shows */
void             _coprod_report_doc_chart      (CoprodReportDoc *doc,
                                                const char      *title,
                                                const char      *description,
                                                const char      *caption,
                                                char            *svg);

/* Renders @doc; @json_tables (nullable) is the data tables as JSON, added
 * to the JSON format */
char            *_coprod_report_doc_render     (CoprodReportDoc    *doc,
                                                CoprodReportFormat  format,
                                                guint               width,
                                                const char         *as_of,
                                                const char         *json_tables);

/* Escaping, one function per format */
void             _coprod_report_append_html     (GString    *out,
                                                 const char *text);
void             _coprod_report_append_markdown (GString    *out,
                                                 const char *text);
void             _coprod_report_append_json     (GString    *out,
                                                 const char *text);
void             _coprod_report_append_csv      (GString    *out,
                                                 const char *text,
                                                 gboolean    numeric);
/* @text made safe to read: control and bidirectional characters escaped
 * as the text writer does, newlines and tabs as spaces */
char            *_coprod_report_clean           (const char *text);

/* What the section writers share */

typedef struct
{
  CoprodRegistry    *registry;
  CoprodRegistry    *exported;       /* owned: the export @registry is, for partners or the public */
  CoprodAudience     audience;
  guint              threshold;      /* for the public: the largest count hidden */
  CoprodIndex       *index;
  CoprodLadder      *ladder;
  char              *as_of;
  CoprodReportScope  scope;
  CoprodRecord      *subject;        /* NULL for the whole registry */
  gboolean           gripp2_all;

  GPtrArray         *partnerships;   /* of CoprodPartnership, in scope */
  GPtrArray         *projects;       /* of CoprodProject, in scope */
  GPtrArray         *assessments;    /* of CoprodAssessment, beside projects */
  GPtrArray         *meetings;       /* of CoprodMeeting, in scope */
  GPtrArray         *payments;       /* of CoprodPayment, in scope */
  GPtrArray         *outputs;        /* of CoprodOutput, in scope */
  GPtrArray         *proposals;      /* of CoprodProposal, in scope */
  GPtrArray         *involvements;   /* of CoprodInvolvement, in scope */
  GPtrArray         *involvement_projects; /* of CoprodProject, beside involvements */

  guint              n_charts;
  CoprodReportDoc   *doc;
} CoprodReportContext;

/* Fills the context's record lists for its scope; FALSE with @error if the
 * subject is not in the registry or is not of the scope's type */
gboolean  _coprod_report_context_init  (CoprodReportContext *ctx,
                                        CoprodRegistry      *registry,
                                        CoprodLadder        *ladder,
                                        CoprodReportScope    scope,
                                        const char          *subject_id,
                                        const char          *as_of,
                                        gboolean             gripp2_all,
                                        GError             **error);
void      _coprod_report_context_clear (CoprodReportContext *ctx);

/* The sections on promises kept (coprod-report-promises.c): pledges and
 * their progress; claims owed beyond the policy's days */
void      _coprod_report_write_pledges (CoprodReportContext *ctx);
void      _coprod_report_write_owed    (CoprodReportContext *ctx);

/* Writes every section of the context's scope into a new document */
CoprodReportDoc *_coprod_report_write_sections (CoprodReportContext *ctx);

/* Words for people */
char       *_coprod_report_nick_words   (GType       type,
                                         int         value);
const char *_coprod_report_rung_words   (CoprodReportContext *ctx,
                                         CoprodRung  rung);
const char *_coprod_report_mode_words   (CoprodMode  mode);
const char *_coprod_report_stage_words  (CoprodStage stage);
/* "1 equal partner", "3 asked for views" */
char       *_coprod_report_mode_count   (CoprodMode  mode,
                                         guint       count);
char       *_coprod_report_money        (gint64      amount,
                                         const char *currency);
char       *_coprod_report_hours        (double      hours);

/* Charts: SVG, each with its <title> and <desc> and role="img"; @n makes
 * its ids unique in the document */
char *_coprod_report_chart_ladder (CoprodReportContext *ctx,
                                   CoprodAssessment    *assessment,
                                   const char          *title,
                                   const char          *description,
                                   guint                n);
char *_coprod_report_chart_stages (CoprodReportContext *ctx,
                                   CoprodAssessment    *assessment,
                                   const char          *title,
                                   const char          *description,
                                   guint                n);

/* Values per practice, from the records and from people side by side */
char *_coprod_report_chart_values (CoprodReportContext *ctx,
                                   CoprodReviewResult  *result,
                                   const char          *title,
                                   const char          *description,
                                   guint                n);

/* The open data tables */
#define COPROD_REPORT_N_TABLES 6

/* The table as CSV */
char *_coprod_report_table_csv      (CoprodReportContext *ctx,
                                     CoprodReportTable    table);
/* The table's column description (CSV on the Web metadata, JSON) */
char *_coprod_report_table_metadata (CoprodReportContext *ctx,
                                     CoprodReportTable    table);
/* Every table as one JSON object: {"projects": {"columns": [...], "rows": [[...]]}, ...} */
char *_coprod_report_tables_json    (CoprodReportContext *ctx);

G_END_DECLS
