/* coprod-report-tables.c: the report's open data tables, with ids, for CSV
 * and JSON, and their column descriptions
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "coprod-enum-types.h"
#include "coprod-involvement.h"
#include "coprod-meeting.h"
#include "coprod-output.h"
#include "coprod-payment.h"
#include "coprod-person.h"
#include "coprod-proposal.h"
#include "coprod-report-private.h"
#include "coprod-suppression-private.h"
#include "coprod-text-private.h"

typedef struct
{
  const char *name;
  const char *datatype;    /* CSV on the Web: string, integer, number, boolean, date */
  const char *description;
} Column;

typedef struct
{
  const char   *description;
  const Column *columns;
  guint         n_columns;
} Table;

static const Column project_columns[] = {
  { "project_id", "string", "The project's id in the registry" },
  { "title", "string", "The project's title" },
  { "partnership_id", "string", "The id of the partnership that runs it (empty if none)" },
  { "status", "string", "planned, under-way, completed, paused or cancelled (empty if not recorded)" },
  { "stages_in_scope", "string", "The stages of the work in the project's scope, separated by spaces" },
  { "rung", "string", "The rung reached so far, from involvements held: none, coercion, educating, informing, consultation, engagement, co-design or co-production" },
  { "aimed_rung", "string", "The rung the project aims at (empty if none is recorded)" },
  { "aim_reached", "boolean", "Whether the rung reached is at or above the aim (false when there is no aim)" },
  { "projected_rung", "string", "The rung the plan would reach, counting planned involvements too" },
  { "claimed_rung", "string", "The rung the project says it reached (empty if it makes no claim)" },
  { "people_with_lived_experience", "integer", "People with lived experience who took part, each counted once" },
  { "hours", "number", "Hours people with lived experience gave, over every stage" },
  { "proposals_adopted", "integer", "Proposals of people with lived experience taken up, with or without changes" },
  { "proposals_not_adopted", "integer", "Proposals not taken up" },
  { "proposals_pending", "integer", "Proposals still to be decided" },
  { "findings", "integer", "How many points the assessment raised" },
};

static const Column involvement_columns[] = {
  { "project_id", "string", "The id of the project" },
  { "person_id", "string", "The id of the person who took part" },
  { "lived_experience", "boolean", "Whether the person has lived experience (a person who uses services, a carer or a family member)" },
  { "stage", "string", "The stage: planning, deciding, designing, doing, delivering or evaluating" },
  { "mode", "string", "How they took part: passive, educated, informed, consulted, engaged or partner" },
  { "planned", "boolean", "True if the involvement is planned rather than held" },
  { "date", "date", "When (YYYY-MM-DD, YYYY-MM or YYYY; empty if not recorded)" },
  { "hours", "number", "Hours given (0 if not recorded)" },
};

static const Column meeting_columns[] = {
  { "meeting_id", "string", "The meeting's id" },
  { "title", "string", "The meeting's title (empty if none)" },
  { "kind", "string", "meeting, workshop, launch, community-of-practice, reflection, get-together, conference or training" },
  { "status", "string", "planned, held or cancelled (empty if not recorded)" },
  { "format", "string", "in-person, online or hybrid" },
  { "date", "date", "When the meeting was or is to be" },
  { "project_id", "string", "The id of its project (empty if none)" },
  { "partnership_id", "string", "The id of its partnership (empty if none)" },
  { "attendees", "integer", "How many people attended" },
  { "agenda_shared_date", "date", "When its purpose and agenda were shared (empty if not recorded)" },
  { "plain_language", "boolean", "Whether its papers were in plain language" },
  { "access", "string", "Access provisions, separated by spaces" },
  { "support", "string", "Support offered, separated by spaces" },
};

static const Column payment_columns[] = {
  { "payment_id", "string", "The payment's id" },
  { "person_id", "string", "The id of the person offered it" },
  { "meeting_id", "string", "The id of the meeting it is for (empty if none)" },
  { "project_id", "string", "The id of the project it is for (empty if none)" },
  { "kind", "string", "fee, travel, subsistence, care-costs or voucher" },
  { "amount", "integer", "The amount in minor units (pence for GBP)" },
  { "currency", "string", "The ISO 4217 currency code" },
  { "outcome", "string", "pending, accepted, declined, reduced or donated" },
  { "offered_date", "date", "When it was offered (empty if not recorded)" },
  { "claimed_date", "date", "When it was claimed (empty if not claimed)" },
  { "paid_date", "date", "When it was paid (empty if not paid)" },
};

static const Column output_columns[] = {
  { "output_id", "string", "The output's id" },
  { "project_id", "string", "The id of the project that made it (empty if none)" },
  { "kind", "string", "report, toolkit, guide, video, information-hub, campaign, training, leaflet, charter or other" },
  { "title", "string", "Its title" },
  { "published_date", "date", "When it was published (empty if not recorded)" },
  { "co_authors", "integer", "How many people, organisations and groups made it" },
  { "page_views", "integer", "Page views (empty if not recorded)" },
  { "people_reached", "integer", "People reached (empty if not recorded)" },
  { "reach_from", "date", "The start of the period the reach counts (empty if not recorded)" },
  { "reach_to", "date", "The end of the period the reach counts (empty if not recorded)" },
  { "url", "string", "Where it is published (empty if not recorded)" },
};

static const Column proposal_columns[] = {
  { "proposal_id", "string", "The proposal's id" },
  { "project_id", "string", "The id of the project it was for (empty if none)" },
  { "meeting_id", "string", "The id of the meeting it was made at (empty if none)" },
  { "date", "date", "When it was made" },
  { "proposers", "integer", "How many people proposed it" },
  { "text", "string", "What was proposed" },
  { "outcome", "string", "pending, adopted, adopted-with-changes or not-adopted" },
  { "reason", "string", "What was done, or why not (empty if not recorded)" },
  { "fed_back_date", "date", "When the outcome was told back to the people who proposed it (empty if not yet)" },
};

static const Table tables[COPROD_REPORT_N_TABLES] = {
  { "Projects and where they stand on the ladder of involvement", project_columns, G_N_ELEMENTS (project_columns) },
  { "Who took part in which stage of each project, and how", involvement_columns, G_N_ELEMENTS (involvement_columns) },
  { "Meetings, with their access provisions and support", meeting_columns, G_N_ELEMENTS (meeting_columns) },
  { "Payments offered to people for their time and costs", payment_columns, G_N_ELEMENTS (payment_columns) },
  { "Outputs and their reach", output_columns, G_N_ELEMENTS (output_columns) },
  { "Proposals, and what became of them (\"you said, we did\")", proposal_columns, G_N_ELEMENTS (proposal_columns) },
};

static char *
opt (const char *s)
{
  return g_strdup (s != NULL ? s : "");
}

static char *
boolean (gboolean b)
{
  return g_strdup (b ? "true" : "false");
}

static char *
nick (GType type,
      int   value)
{
  const char *n = _coprod_enum_nick (type, value);
  return g_strdup (n != NULL ? n : "");
}

static char *
flags (GType type,
       guint value)
{
  g_autoptr(GFlagsClass) klass = g_type_class_ref (type);
  GString *out = g_string_new (NULL);
  guint i;

  for (i = 0; i < klass->n_values; i++)
    {
      guint bit = klass->values[i].value;
      if (bit != 0 && (bit & (bit - 1)) == 0 && (value & bit) == bit)
        g_string_append_printf (out, "%s%s", out->len > 0 ? " " : "", klass->values[i].value_nick);
    }
  return g_string_free (out, FALSE);
}

static char *
number (double value)
{
  return _coprod_report_hours (value);
}

/* A count of people or of records about people, as the audience may see
 * it */
static char *
count_cell (CoprodReportContext *ctx,
            guint64              n)
{
  if (ctx->audience == COPROD_AUDIENCE_PUBLIC)
    return _coprod_suppression_count (n, ctx->threshold);
  return g_strdup_printf ("%" G_GUINT64_FORMAT, n);
}

/* Whether @table describes single people, and so is not published for
 * the public */
static gboolean
withheld (CoprodReportContext *ctx,
          CoprodReportTable    table)
{
  return ctx->audience == COPROD_AUDIENCE_PUBLIC &&
         (table == COPROD_REPORT_TABLE_INVOLVEMENTS || table == COPROD_REPORT_TABLE_PAYMENTS);
}

static char *
rung_nick (CoprodRung rung)
{
  return nick (COPROD_TYPE_RUNG, rung);
}

/* The rows of @table, each a GPtrArray of strings */
static GPtrArray *
table_rows (CoprodReportContext *ctx,
            CoprodReportTable    table)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  gboolean public = ctx->audience == COPROD_AUDIENCE_PUBLIC;
  guint i, s;

  if (withheld (ctx, table))
    return rows;
  switch (table)
    {
    case COPROD_REPORT_TABLE_PROJECTS:
      for (i = 0; i < ctx->projects->len; i++)
        {
          CoprodProject *p = g_ptr_array_index (ctx->projects, i);
          CoprodAssessment *a = g_ptr_array_index (ctx->assessments, i);
          GPtrArray *r = g_ptr_array_new_with_free_func (g_free);
          double hours = 0;

          for (s = 0; s < 6; s++)
            hours += coprod_assessment_get_hours (a, 1u << s);
          g_ptr_array_add (r, opt (coprod_record_get_id (COPROD_RECORD (p))));
          g_ptr_array_add (r, opt (coprod_project_get_title (p)));
          g_ptr_array_add (r, opt (coprod_project_get_partnership_id (p)));
          g_ptr_array_add (r, coprod_project_get_status (p) == COPROD_PROJECT_STATUS_UNSPECIFIED
                                ? g_strdup ("") : nick (COPROD_TYPE_PROJECT_STATUS, coprod_project_get_status (p)));
          g_ptr_array_add (r, flags (COPROD_TYPE_STAGE, coprod_assessment_get_stages (a)));
          g_ptr_array_add (r, rung_nick (coprod_assessment_get_rung (a)));
          g_ptr_array_add (r, coprod_assessment_get_aimed_rung (a) == COPROD_RUNG_NONE
                                ? g_strdup ("") : rung_nick (coprod_assessment_get_aimed_rung (a)));
          g_ptr_array_add (r, boolean (coprod_assessment_get_aim_reached (a)));
          g_ptr_array_add (r, rung_nick (coprod_assessment_get_projected_rung (a)));
          g_ptr_array_add (r, coprod_assessment_get_claimed_rung (a) == COPROD_RUNG_NONE
                                ? g_strdup ("") : rung_nick (coprod_assessment_get_claimed_rung (a)));
          g_ptr_array_add (r, count_cell (ctx, coprod_assessment_get_n_people (a, COPROD_STAGE_NONE)));
          if (!public)
            g_ptr_array_add (r, number (hours));
          else if (_coprod_suppression_hides (coprod_assessment_get_n_people (a, COPROD_STAGE_NONE), ctx->threshold))
            g_ptr_array_add (r, g_strdup (COPROD_SUPPRESSION_MARK));
          else
            g_ptr_array_add (r, g_strdup_printf ("%" G_GUINT64_FORMAT, _coprod_suppression_round ((guint64) (hours + 0.5))));
          if (public)
            {
              /* the three outcomes suppressed together, as the report's
               * GRIPP2 section shows them beside their total */
              g_autoptr(CoprodSuppression) t = _coprod_suppression_new (1, 3, ctx->threshold);

              _coprod_suppression_set (t, 0, 0, coprod_assessment_get_n_proposals_adopted (a));
              _coprod_suppression_set (t, 0, 1, coprod_assessment_get_n_proposals_not_adopted (a));
              _coprod_suppression_set (t, 0, 2, coprod_assessment_get_n_proposals_pending (a));
              _coprod_suppression_apply (t);
              for (s = 0; s < 3; s++)
                g_ptr_array_add (r, _coprod_suppression_format (t, 0, s));
            }
          else
            {
              g_ptr_array_add (r, g_strdup_printf ("%u", coprod_assessment_get_n_proposals_adopted (a)));
              g_ptr_array_add (r, g_strdup_printf ("%u", coprod_assessment_get_n_proposals_not_adopted (a)));
              g_ptr_array_add (r, g_strdup_printf ("%u", coprod_assessment_get_n_proposals_pending (a)));
            }
          g_ptr_array_add (r, g_strdup_printf ("%u", g_list_model_get_n_items (coprod_assessment_get_findings (a))));
          g_ptr_array_add (rows, r);
        }
      break;

    case COPROD_REPORT_TABLE_INVOLVEMENTS:
      for (i = 0; i < ctx->involvements->len; i++)
        {
          CoprodInvolvement *v = g_ptr_array_index (ctx->involvements, i);
          CoprodProject *p = g_ptr_array_index (ctx->involvement_projects, i);
          CoprodRecord *person = coprod_registry_lookup (ctx->registry, coprod_involvement_get_person_id (v));
          GPtrArray *r = g_ptr_array_new_with_free_func (g_free);

          g_ptr_array_add (r, opt (coprod_record_get_id (COPROD_RECORD (p))));
          g_ptr_array_add (r, opt (coprod_involvement_get_person_id (v)));
          g_ptr_array_add (r, boolean (COPROD_IS_PERSON (person) &&
                                       coprod_person_has_lived_experience (COPROD_PERSON (person))));
          g_ptr_array_add (r, flags (COPROD_TYPE_STAGE, coprod_involvement_get_stage (v)));
          g_ptr_array_add (r, nick (COPROD_TYPE_MODE, coprod_involvement_get_mode (v)));
          g_ptr_array_add (r, boolean (coprod_involvement_get_planned (v)));
          g_ptr_array_add (r, opt (coprod_involvement_get_date (v)));
          g_ptr_array_add (r, number (coprod_involvement_get_hours (v)));
          g_ptr_array_add (rows, r);
        }
      break;

    case COPROD_REPORT_TABLE_MEETINGS:
      for (i = 0; i < ctx->meetings->len; i++)
        {
          CoprodMeeting *m = g_ptr_array_index (ctx->meetings, i);
          GPtrArray *r = g_ptr_array_new_with_free_func (g_free);

          g_ptr_array_add (r, opt (coprod_record_get_id (COPROD_RECORD (m))));
          g_ptr_array_add (r, opt (coprod_meeting_get_title (m)));
          g_ptr_array_add (r, nick (COPROD_TYPE_MEETING_KIND, coprod_meeting_get_kind (m)));
          g_ptr_array_add (r, coprod_meeting_get_status (m) == COPROD_MEETING_STATUS_UNSPECIFIED
                                ? g_strdup ("") : nick (COPROD_TYPE_MEETING_STATUS, coprod_meeting_get_status (m)));
          g_ptr_array_add (r, nick (COPROD_TYPE_MEETING_FORMAT, coprod_meeting_get_format (m)));
          g_ptr_array_add (r, opt (coprod_meeting_get_date (m)));
          g_ptr_array_add (r, opt (coprod_meeting_get_project_id (m)));
          g_ptr_array_add (r, opt (coprod_meeting_get_partnership_id (m)));
          g_ptr_array_add (r, count_cell (ctx, coprod_meeting_get_n_attendees (m)));
          g_ptr_array_add (r, opt (coprod_meeting_get_agenda_shared_date (m)));
          g_ptr_array_add (r, boolean (coprod_meeting_get_plain_language (m)));
          g_ptr_array_add (r, flags (COPROD_TYPE_ACCESS, coprod_meeting_get_access (m)));
          g_ptr_array_add (r, flags (COPROD_TYPE_SUPPORT, coprod_meeting_get_support (m)));
          g_ptr_array_add (rows, r);
        }
      break;

    case COPROD_REPORT_TABLE_PAYMENTS:
      for (i = 0; i < ctx->payments->len; i++)
        {
          CoprodPayment *p = g_ptr_array_index (ctx->payments, i);
          GPtrArray *r = g_ptr_array_new_with_free_func (g_free);

          g_ptr_array_add (r, opt (coprod_record_get_id (COPROD_RECORD (p))));
          g_ptr_array_add (r, opt (coprod_payment_get_person_id (p)));
          g_ptr_array_add (r, opt (coprod_payment_get_meeting_id (p)));
          g_ptr_array_add (r, opt (coprod_payment_get_project_id (p)));
          g_ptr_array_add (r, nick (COPROD_TYPE_PAYMENT_KIND, coprod_payment_get_kind (p)));
          g_ptr_array_add (r, g_strdup_printf ("%" G_GINT64_FORMAT, coprod_payment_get_amount (p)));
          g_ptr_array_add (r, opt (coprod_payment_get_currency (p)));
          g_ptr_array_add (r, nick (COPROD_TYPE_OFFER_OUTCOME, coprod_payment_get_outcome (p)));
          g_ptr_array_add (r, opt (coprod_payment_get_offered_date (p)));
          g_ptr_array_add (r, opt (coprod_payment_get_claimed_date (p)));
          g_ptr_array_add (r, opt (coprod_payment_get_paid_date (p)));
          g_ptr_array_add (rows, r);
        }
      break;

    case COPROD_REPORT_TABLE_OUTPUTS:
      for (i = 0; i < ctx->outputs->len; i++)
        {
          CoprodOutput *o = g_ptr_array_index (ctx->outputs, i);
          const char * const *authors = coprod_output_get_co_author_ids (o);
          GPtrArray *r = g_ptr_array_new_with_free_func (g_free);

          g_ptr_array_add (r, opt (coprod_record_get_id (COPROD_RECORD (o))));
          g_ptr_array_add (r, opt (coprod_output_get_project_id (o)));
          g_ptr_array_add (r, nick (COPROD_TYPE_OUTPUT_KIND, coprod_output_get_kind (o)));
          g_ptr_array_add (r, opt (coprod_output_get_title (o)));
          g_ptr_array_add (r, opt (coprod_output_get_published_date (o)));
          g_ptr_array_add (r, count_cell (ctx, authors != NULL ? g_strv_length ((char **) authors) : 0));
          g_ptr_array_add (r, coprod_output_get_page_views (o) > 0
                                ? g_strdup_printf ("%" G_GINT64_FORMAT, coprod_output_get_page_views (o)) : g_strdup (""));
          g_ptr_array_add (r, coprod_output_get_people_reached (o) > 0
                                ? count_cell (ctx, coprod_output_get_people_reached (o)) : g_strdup (""));
          g_ptr_array_add (r, opt (coprod_output_get_reach_from (o)));
          g_ptr_array_add (r, opt (coprod_output_get_reach_to (o)));
          g_ptr_array_add (r, opt (coprod_output_get_url (o)));
          g_ptr_array_add (rows, r);
        }
      break;

    case COPROD_REPORT_TABLE_PROPOSALS:
      for (i = 0; i < ctx->proposals->len; i++)
        {
          CoprodProposal *p = g_ptr_array_index (ctx->proposals, i);
          const char * const *proposers = coprod_proposal_get_proposer_ids (p);
          GPtrArray *r = g_ptr_array_new_with_free_func (g_free);

          g_ptr_array_add (r, opt (coprod_record_get_id (COPROD_RECORD (p))));
          g_ptr_array_add (r, opt (coprod_proposal_get_project_id (p)));
          g_ptr_array_add (r, opt (coprod_proposal_get_meeting_id (p)));
          g_ptr_array_add (r, opt (coprod_proposal_get_date (p)));
          g_ptr_array_add (r, count_cell (ctx, proposers != NULL ? g_strv_length ((char **) proposers) : 0));
          g_ptr_array_add (r, opt (coprod_proposal_get_text (p)));
          g_ptr_array_add (r, nick (COPROD_TYPE_PROPOSAL_OUTCOME, coprod_proposal_get_outcome (p)));
          g_ptr_array_add (r, opt (coprod_proposal_get_reason (p)));
          g_ptr_array_add (r, opt (coprod_proposal_get_fed_back_date (p)));
          g_ptr_array_add (rows, r);
        }
      break;

    default:
      g_assert_not_reached ();
    }
  return rows;
}

static gboolean
is_numeric (const Column *column)
{
  return g_str_equal (column->datatype, "integer") || g_str_equal (column->datatype, "number");
}

char *
_coprod_report_table_csv (CoprodReportContext *ctx,
                          CoprodReportTable    table)
{
  const Table *t = &tables[table];
  g_autoptr(GPtrArray) rows = table_rows (ctx, table);
  GString *out = g_string_new (NULL);
  guint i, j;

  for (j = 0; j < t->n_columns; j++)
    {
      if (j > 0)
        g_string_append_c (out, ',');
      g_string_append (out, t->columns[j].name);
    }
  g_string_append (out, "\r\n");
  for (i = 0; i < rows->len; i++)
    {
      GPtrArray *row = g_ptr_array_index (rows, i);

      for (j = 0; j < t->n_columns; j++)
        {
          if (j > 0)
            g_string_append_c (out, ',');
          _coprod_report_append_csv (out, g_ptr_array_index (row, j), is_numeric (&t->columns[j]));
        }
      g_string_append (out, "\r\n");
    }
  return g_string_free (out, FALSE);
}

char *
_coprod_report_table_metadata (CoprodReportContext *ctx,
                               CoprodReportTable    table)
{
  gboolean public = ctx->audience == COPROD_AUDIENCE_PUBLIC;
  const Table *t = &tables[table];
  const char *name = _coprod_enum_nick (COPROD_TYPE_REPORT_TABLE, table);
  GString *out = g_string_new ("{\n  \"@context\": \"http://www.w3.org/ns/csvw\",\n  \"url\": ");
  guint j;

  {
    g_autofree char *url = g_strdup_printf ("%s.csv", name);
    _coprod_report_append_json (out, url);
  }
  g_string_append (out, ",\n  \"dc:title\": ");
  _coprod_report_append_json (out, name);
  g_string_append (out, ",\n  \"dc:description\": ");
  if (withheld (ctx, table))
    {
      g_autofree char *d = g_strdup_printf ("%s. Not published for the public: each row describes "
                                            "one person, so this file holds its header only.",
                                            t->description);
      _coprod_report_append_json (out, d);
    }
  else if (public)
    {
      g_autofree char *method = _coprod_suppression_method (ctx->threshold);
      g_autofree char *d = g_strdup_printf ("%s. For the public: %s", t->description, method);
      _coprod_report_append_json (out, d);
    }
  else
    _coprod_report_append_json (out, t->description);
  g_string_append (out, ",\n  \"dialect\": {\"header\": true, \"encoding\": \"utf-8\", \"lineTerminators\": [\"\\r\\n\"]},\n"
                        "  \"tableSchema\": {\n    \"columns\": [");
  for (j = 0; j < t->n_columns; j++)
    {
      g_string_append (out, j > 0 ? ",\n      {\"name\": " : "\n      {\"name\": ");
      _coprod_report_append_json (out, t->columns[j].name);
      g_string_append (out, ", \"titles\": ");
      _coprod_report_append_json (out, t->columns[j].name);
      g_string_append (out, ", \"datatype\": ");
      _coprod_report_append_json (out, t->columns[j].datatype);
      if (public && is_numeric (&t->columns[j]))
        g_string_append (out, ", \"null\": [\"\", \"" COPROD_SUPPRESSION_MARK "\"]");
      g_string_append (out, ", \"dc:description\": ");
      _coprod_report_append_json (out, t->columns[j].description);
      g_string_append_c (out, '}');
    }
  g_string_append (out, "\n    ]\n  }\n}\n");
  return g_string_free (out, FALSE);
}

char *
_coprod_report_tables_json (CoprodReportContext *ctx)
{
  GString *out = g_string_new ("{");
  guint t, i, j;

  for (t = 0; t < COPROD_REPORT_N_TABLES; t++)
    {
      g_autoptr(GPtrArray) rows = table_rows (ctx, t);

      g_string_append (out, t > 0 ? ",\n    " : "\n    ");
      _coprod_report_append_json (out, _coprod_enum_nick (COPROD_TYPE_REPORT_TABLE, t));
      g_string_append (out, ": {\"columns\": [");
      for (j = 0; j < tables[t].n_columns; j++)
        {
          if (j > 0)
            g_string_append_c (out, ',');
          _coprod_report_append_json (out, tables[t].columns[j].name);
        }
      g_string_append (out, "], \"rows\": [");
      for (i = 0; i < rows->len; i++)
        {
          GPtrArray *row = g_ptr_array_index (rows, i);

          g_string_append (out, i > 0 ? ",\n      [" : "\n      [");
          for (j = 0; j < tables[t].n_columns; j++)
            {
              const char *cell = g_ptr_array_index (row, j);

              if (j > 0)
                g_string_append_c (out, ',');
              if (cell[0] == '\0')
                g_string_append (out, "null");
              else if ((is_numeric (&tables[t].columns[j]) && !g_str_equal (cell, COPROD_SUPPRESSION_MARK)) ||
                       g_str_equal (tables[t].columns[j].datatype, "boolean"))
                g_string_append (out, cell);
              else
                _coprod_report_append_json (out, cell);
            }
          g_string_append_c (out, ']');
        }
      g_string_append (out, "]}");
    }
  g_string_append (out, "\n  }");
  return g_string_free (out, FALSE);
}
