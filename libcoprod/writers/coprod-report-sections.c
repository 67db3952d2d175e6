/* coprod-report-sections.c: what a report says, one section writer per
 * subject
 *
 * Each writer reads the context (the records in the report's scope and
 * their assessments) and appends to its document in plain words: records
 * are named by their titles and names (of organisations, partnerships,
 * projects, meetings and outputs), never by id, and people are counted,
 * never named, except the reader of their own statement ("my
 * involvement").
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "coprod-date-private.h"
#include "coprod-enum-types.h"
#include "coprod-error.h"
#include "coprod-feedback-event.h"
#include "coprod-finding.h"
#include "coprod-gap.h"
#include "coprod-involvement.h"
#include "coprod-meeting.h"
#include "coprod-membership.h"
#include "coprod-organisation.h"
#include "coprod-output.h"
#include "coprod-partnership.h"
#include "coprod-payment.h"
#include "coprod-person.h"
#include "coprod-proposal.h"
#include "coprod-report-private.h"
#include "coprod-suppression-private.h"
#include "coprod-review-result-private.h"
#include "coprod-text-private.h"
#include "coprod-text-writer-private.h"

#define N_STAGES 6

/* Words */

char *
_coprod_report_nick_words (GType type,
                           int   value)
{
  const char *nick = G_TYPE_IS_ENUM (type) ? _coprod_enum_nick (type, value)
                                           : _coprod_flags_first_nick (type, (guint) value);
  char *words = g_strdup (nick != NULL ? nick : "not recorded");

  g_strdelimit (words, "-", ' ');
  return words;
}

static char *
flags_words (GType type,
             guint value)
{
  g_autoptr(GFlagsClass) klass = g_type_class_ref (type);
  GString *out = g_string_new (NULL);
  guint i;

  for (i = 0; i < klass->n_values; i++)
    {
      guint bit = klass->values[i].value;

      if (bit == 0 || (value & bit) != bit || (bit & (bit - 1)) != 0)
        continue;
      if (out->len > 0)
        g_string_append (out, ", ");
      g_string_append (out, klass->values[i].value_nick);
    }
  g_strdelimit (out->str, "-", ' ');
  return g_string_free (out, FALSE);
}

const char *
_coprod_report_rung_words (CoprodReportContext *ctx,
                           CoprodRung           rung)
{
  return _coprod_text_writer_rung_words (ctx->ladder, rung);
}

const char *
_coprod_report_mode_words (CoprodMode mode)
{
  switch (mode)
    {
    case COPROD_MODE_PARTNER: return "were equal partners";
    case COPROD_MODE_ENGAGED: return "took part and shaped the work";
    case COPROD_MODE_CONSULTED: return "were asked for their views";
    case COPROD_MODE_INFORMED: return "were told what was happening";
    case COPROD_MODE_EDUCATED: return "were taught about it";
    case COPROD_MODE_PASSIVE: return "were there but had no say";
    case COPROD_MODE_NONE:
    default: return "did not take part";
    }
}

static const char *
mode_label (CoprodMode mode)
{
  switch (mode)
    {
    case COPROD_MODE_PARTNER: return "Equal partners";
    case COPROD_MODE_ENGAGED: return "Shaped the work";
    case COPROD_MODE_CONSULTED: return "Asked for views";
    case COPROD_MODE_INFORMED: return "Told";
    case COPROD_MODE_EDUCATED: return "Taught";
    case COPROD_MODE_PASSIVE: return "No say";
    case COPROD_MODE_NONE:
    default: return "None";
    }
}

static const char *
required_words (CoprodMode mode)
{
  switch (mode)
    {
    case COPROD_MODE_PARTNER: return "equal partners";
    case COPROD_MODE_ENGAGED: return "taking part and shaping the work";
    case COPROD_MODE_CONSULTED: return "asked for their views";
    case COPROD_MODE_INFORMED: return "told what is happening";
    case COPROD_MODE_EDUCATED: return "taught about it";
    case COPROD_MODE_PASSIVE:
    case COPROD_MODE_NONE:
    default: return "taking part";
    }
}

const char *
_coprod_report_stage_words (CoprodStage stage)
{
  switch (stage)
    {
    case COPROD_STAGE_PLANNING: return "planning";
    case COPROD_STAGE_DECIDING: return "deciding";
    case COPROD_STAGE_DESIGNING: return "designing";
    case COPROD_STAGE_DOING: return "doing";
    case COPROD_STAGE_DELIVERING: return "delivering";
    case COPROD_STAGE_EVALUATING: return "evaluating";
    case COPROD_STAGE_NONE:
    default: return "no stage";
    }
}

static char *
capitalised (const char *text)
{
  char *copy = g_strdup (text);

  if (copy[0] != '\0')
    copy[0] = g_ascii_toupper (copy[0]);
  return copy;
}

static char *
stage_list (CoprodStage stages)
{
  GString *out = g_string_new (NULL);
  guint i, n = 0, seen = 0;

  for (i = 0; i < N_STAGES; i++)
    if (stages & (1u << i))
      n++;
  for (i = 0; i < N_STAGES; i++)
    {
      if (!(stages & (1u << i)))
        continue;
      seen++;
      if (seen > 1)
        g_string_append (out, seen == n ? " and " : ", ");
      g_string_append (out, _coprod_report_stage_words (1u << i));
    }
  if (n == 0)
    g_string_append (out, "no stage");
  return g_string_free (out, FALSE);
}

char *
_coprod_report_money (gint64      amount,
                      const char *currency)
{
  const char *symbol = NULL;
  gint64 whole = ABS (amount) / 100, part = ABS (amount) % 100;

  if (g_strcmp0 (currency, "GBP") == 0)
    symbol = "£";
  else if (g_strcmp0 (currency, "EUR") == 0)
    symbol = "€";
  if (symbol != NULL)
    return g_strdup_printf ("%s%s%" G_GINT64_FORMAT ".%02" G_GINT64_FORMAT,
                            amount < 0 ? "-" : "", symbol, whole, part);
  return g_strdup_printf ("%s%" G_GINT64_FORMAT ".%02" G_GINT64_FORMAT " %s",
                          amount < 0 ? "-" : "", whole, part,
                          currency != NULL ? currency : "");
}

char *
_coprod_report_hours (double hours)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  gint64 tenths = (gint64) (hours * 10.0 + 0.5);

  if (tenths % 10 == 0)
    return g_strdup_printf ("%" G_GINT64_FORMAT, tenths / 10);
  g_ascii_formatd (buffer, sizeof buffer, "%.1f", tenths / 10.0);
  return g_strdup (buffer);
}

static char *
count_words (gint64      n,
             const char *one,
             const char *many)
{
  g_autofree char *digits = g_strdup_printf ("%" G_GINT64_FORMAT, n);
  GString *grouped = g_string_new (NULL);
  gsize i, len = strlen (digits);

  for (i = 0; i < len; i++)
    {
      if (i > 0 && digits[i] != '-' && (len - i) % 3 == 0 && digits[i - 1] != '-')
        g_string_append_c (grouped, ',');
      g_string_append_c (grouped, digits[i]);
    }
  g_string_append_printf (grouped, " %s", n == 1 ? one : many);
  return g_string_free (grouped, FALSE);
}

/* The verb that agrees with a count */
static const char *
was_were (guint n)
{
  return n == 1 ? "was" : "were";
}

static const char *
is_are (guint n)
{
  return n == 1 ? "is" : "are";
}

/* For the public, counts of people and of records about people go
 * through coprod-suppression.c */
static gboolean
is_public (CoprodReportContext *ctx)
{
  return ctx->audience == COPROD_AUDIENCE_PUBLIC;
}

/* The number a verb agrees with: a count for the public is hidden, 0 or
 * rounded to at least 10, so plural */
static guint
agree (CoprodReportContext *ctx,
       guint                n)
{
  return is_public (ctx) ? 2 : n;
}

/* A count of people, or of records about people, as the report's audience
 * may see it */
static char *
count_text (CoprodReportContext *ctx,
            guint64              n)
{
  if (is_public (ctx))
    return _coprod_suppression_count (n, ctx->threshold);
  return g_strdup_printf ("%" G_GUINT64_FORMAT, n);
}

static char *
people_words (CoprodReportContext *ctx,
              guint64              n,
              const char          *one,
              const char          *many)
{
  if (is_public (ctx))
    {
      g_autofree char *text = _coprod_suppression_count (n, ctx->threshold);
      return g_strdup_printf ("%s %s", text, many);
    }
  return count_words (n, one, many);
}

/* Counts that add up to a total, as one row: @n texts then the total's,
 * a NULL-terminated array; for the public, suppressed as one table */
static char **
row_texts (CoprodReportContext *ctx,
           const guint64       *values,
           guint                n)
{
  char **out = g_new0 (char *, n + 2);
  guint64 total = 0;
  guint i;

  for (i = 0; i < n; i++)
    total += values[i];
  if (is_public (ctx))
    {
      g_autoptr(CoprodSuppression) t = _coprod_suppression_new (1, n, ctx->threshold);

      for (i = 0; i < n; i++)
        _coprod_suppression_set (t, 0, i, values[i]);
      _coprod_suppression_apply (t);
      for (i = 0; i <= n; i++)
        out[i] = _coprod_suppression_format (t, 0, i);
    }
  else
    {
      for (i = 0; i < n; i++)
        out[i] = g_strdup_printf ("%" G_GUINT64_FORMAT, values[i]);
      out[n] = g_strdup_printf ("%" G_GUINT64_FORMAT, total);
    }
  return out;
}

/* Hours given by @n_people, for the public rounded to 5 and left out
 * when the count of people is hidden */
static char *
hours_text (CoprodReportContext *ctx,
            double               hours,
            guint                n_people)
{
  if (is_public (ctx))
    {
      if (_coprod_suppression_hides (n_people, ctx->threshold))
        return g_strdup (COPROD_SUPPRESSION_MARK);
      return g_strdup_printf ("%" G_GUINT64_FORMAT, _coprod_suppression_round ((guint64) (hours + 0.5)));
    }
  return _coprod_report_hours (hours);
}

/* "1 equal partner", "2 asked for views": a count of the times people
 * with lived experience took part in one way */
char *
_coprod_report_mode_count (CoprodMode mode,
                           guint      count)
{
  switch (mode)
    {
    case COPROD_MODE_PARTNER:
      return count_words (count, "equal partner", "equal partners");
    case COPROD_MODE_ENGAGED:
      return g_strdup_printf ("%u shaped the work", count);
    case COPROD_MODE_CONSULTED:
      return g_strdup_printf ("%u asked for views", count);
    case COPROD_MODE_INFORMED:
      return g_strdup_printf ("%u told", count);
    case COPROD_MODE_EDUCATED:
      return g_strdup_printf ("%u taught", count);
    case COPROD_MODE_PASSIVE:
      return g_strdup_printf ("%u with no say", count);
    case COPROD_MODE_NONE:
    default:
      return g_strdup_printf ("%u did not take part", count);
    }
}

static const char *
project_title (CoprodProject *project)
{
  const char *title = coprod_project_get_title (project);

  return title != NULL && title[0] != '\0' ? title : "A project with no title";
}

static const char *
partnership_name (CoprodPartnership *partnership)
{
  const char *name = coprod_partnership_get_name (partnership);

  return name != NULL && name[0] != '\0' ? name : "A group with no name";
}

static char *
meeting_name (CoprodMeeting *meeting)
{
  const char *title = coprod_meeting_get_title (meeting);

  if (title != NULL && title[0] != '\0')
    return g_strdup (title);
  {
    g_autofree char *kind = _coprod_report_nick_words (COPROD_TYPE_MEETING_KIND,
                                                       coprod_meeting_get_kind (meeting));
    return capitalised (kind);
  }
}

static CoprodPartnership *
lookup_partnership (CoprodReportContext *ctx,
                    const char          *id)
{
  CoprodRecord *record = id != NULL ? coprod_registry_lookup (ctx->registry, id) : NULL;

  return COPROD_IS_PARTNERSHIP (record) ? COPROD_PARTNERSHIP (record) : NULL;
}

static void
add_fact (GPtrArray  *pairs,
          const char *label,
          char       *value)
{
  g_ptr_array_add (pairs, g_strdup (label));
  g_ptr_array_add (pairs, value);
}

static GPtrArray *
strings_new (void)
{
  return g_ptr_array_new_with_free_func (g_free);
}

/* The context */

static void
add_unique (GPtrArray  *array,
            GHashTable *seen,
            gpointer    record)
{
  if (record == NULL || !g_hash_table_add (seen, record))
    return;
  g_ptr_array_add (array, g_object_ref (record));
}

static void
add_related (GPtrArray      *array,
             GHashTable     *seen,
             CoprodIndex    *index,
             CoprodRelation  relation,
             const char     *id)
{
  GPtrArray *related = id != NULL ? _coprod_index_get (index, relation, id) : NULL;
  guint i;

  for (i = 0; related != NULL && i < related->len; i++)
    add_unique (array, seen, g_ptr_array_index (related, i));
}

static void
add_project (CoprodReportContext *ctx,
             GHashTable          *seen,
             CoprodProject       *project)
{
  const char *id = coprod_record_get_id (COPROD_RECORD (project));
  CoprodAssessment *assessment;

  if (!g_hash_table_add (seen, project))
    return;
  assessment = coprod_registry_assess_project (ctx->registry, id, NULL);
  g_return_if_fail (assessment != NULL);
  g_ptr_array_add (ctx->projects, g_object_ref (project));
  g_ptr_array_add (ctx->assessments, assessment);
}

static gboolean
strv_has (const char * const *strv,
          const char         *id)
{
  return strv != NULL && id != NULL && g_strv_contains (strv, id);
}

gboolean
_coprod_report_context_init (CoprodReportContext *ctx,
                             CoprodRegistry      *registry,
                             CoprodLadder        *ladder,
                             CoprodReportScope    scope,
                             const char          *subject_id,
                             const char          *as_of,
                             gboolean             gripp2_all,
                             GError             **error)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) project_set = g_hash_table_new (g_str_hash, g_str_equal);
  const char *person_id = NULL;
  GType wanted = G_TYPE_NONE;
  GListModel *model;
  guint i, n;

  memset (ctx, 0, sizeof *ctx);
  ctx->registry = registry;
  ctx->ladder = ladder;
  ctx->scope = scope;
  ctx->gripp2_all = gripp2_all;
  ctx->as_of = _coprod_date_resolve_as_of (as_of, error);
  if (ctx->as_of == NULL)
    return FALSE;
  ctx->partnerships = g_ptr_array_new_with_free_func (g_object_unref);
  ctx->projects = g_ptr_array_new_with_free_func (g_object_unref);
  ctx->assessments = g_ptr_array_new_with_free_func (g_object_unref);
  ctx->meetings = g_ptr_array_new_with_free_func (g_object_unref);
  ctx->payments = g_ptr_array_new_with_free_func (g_object_unref);
  ctx->outputs = g_ptr_array_new_with_free_func (g_object_unref);
  ctx->proposals = g_ptr_array_new_with_free_func (g_object_unref);
  ctx->involvements = g_ptr_array_new_with_free_func (g_object_unref);
  ctx->involvement_projects = g_ptr_array_new_with_free_func (g_object_unref);

  switch (scope)
    {
    case COPROD_REPORT_SCOPE_PARTNERSHIP: wanted = COPROD_TYPE_PARTNERSHIP; break;
    case COPROD_REPORT_SCOPE_PROJECT: wanted = COPROD_TYPE_PROJECT; break;
    case COPROD_REPORT_SCOPE_PERSON: wanted = COPROD_TYPE_PERSON; break;
    case COPROD_REPORT_SCOPE_REGISTRY:
    default: break;
    }
  if (wanted != G_TYPE_NONE)
    {
      g_autofree char *scope_words = _coprod_report_nick_words (COPROD_TYPE_REPORT_SCOPE, scope);

      if (subject_id == NULL)
        {
          g_set_error (error, COPROD_ERROR, COPROD_ERROR_NOT_FOUND,
                       "a report on one %s needs the id of one", scope_words);
          return FALSE;
        }
      ctx->subject = coprod_registry_lookup (registry, subject_id);
      if (ctx->subject == NULL || !G_TYPE_CHECK_INSTANCE_TYPE (ctx->subject, wanted))
        {
          if (ctx->subject != NULL)
            g_set_error (error, COPROD_ERROR, COPROD_ERROR_NOT_FOUND,
                         "the record %s is not a %s", subject_id, scope_words);
          else
            g_set_error (error, COPROD_ERROR, COPROD_ERROR_NOT_FOUND,
                         "no %s of the registry has that id", scope_words);
          ctx->subject = NULL;
          return FALSE;
        }
    }
  ctx->index = _coprod_registry_get_index (registry);

  /* projects and partnerships */
  if (scope == COPROD_REPORT_SCOPE_REGISTRY)
    {
      model = coprod_registry_get_partnerships (registry);
      for (i = 0, n = g_list_model_get_n_items (model); i < n; i++)
        g_ptr_array_add (ctx->partnerships, g_list_model_get_item (model, i));
      model = coprod_registry_get_projects (registry);
      for (i = 0, n = g_list_model_get_n_items (model); i < n; i++)
        {
          g_autoptr(CoprodProject) project = g_list_model_get_item (model, i);
          add_project (ctx, seen, project);
        }
    }
  else if (scope == COPROD_REPORT_SCOPE_PARTNERSHIP)
    {
      GPtrArray *projects = _coprod_index_get (ctx->index, COPROD_RELATION_PROJECTS_OF_PARTNERSHIP,
                                               subject_id);

      g_ptr_array_add (ctx->partnerships, g_object_ref (ctx->subject));
      for (i = 0; projects != NULL && i < projects->len; i++)
        add_project (ctx, seen, g_ptr_array_index (projects, i));
    }
  else if (scope == COPROD_REPORT_SCOPE_PROJECT)
    {
      CoprodPartnership *partnership =
        lookup_partnership (ctx, coprod_project_get_partnership_id (COPROD_PROJECT (ctx->subject)));

      if (partnership != NULL)
        g_ptr_array_add (ctx->partnerships, g_object_ref (partnership));
      add_project (ctx, seen, COPROD_PROJECT (ctx->subject));
    }
  else
    {
      /* a person: the projects they took part in, in the order of the
       * projects, and their involvements; one pass over the projects */
      person_id = subject_id;
      model = coprod_registry_get_projects (registry);
      for (i = 0, n = g_list_model_get_n_items (model); i < n; i++)
        {
          g_autoptr(CoprodProject) project = g_list_model_get_item (model, i);
          GListModel *involvements = coprod_project_get_involvements (project);
          guint j, m = g_list_model_get_n_items (involvements);

          for (j = 0; j < m; j++)
            {
              g_autoptr(CoprodInvolvement) involvement = g_list_model_get_item (involvements, j);

              if (g_strcmp0 (coprod_involvement_get_person_id (involvement), person_id) != 0)
                continue;
              g_ptr_array_add (ctx->involvements, g_object_ref (involvement));
              g_ptr_array_add (ctx->involvement_projects, g_object_ref (project));
              add_project (ctx, seen, project);
            }
        }
    }

  for (i = 0; i < ctx->projects->len; i++)
    g_hash_table_add (project_set,
                      (gpointer) coprod_record_get_id (g_ptr_array_index (ctx->projects, i)));

  /* involvements of the projects (a person's are already there) */
  if (scope != COPROD_REPORT_SCOPE_PERSON)
    for (i = 0; i < ctx->projects->len; i++)
      {
        CoprodProject *project = g_ptr_array_index (ctx->projects, i);
        GListModel *involvements = coprod_project_get_involvements (project);
        guint j, m = g_list_model_get_n_items (involvements);

        for (j = 0; j < m; j++)
          {
            g_ptr_array_add (ctx->involvements, g_list_model_get_item (involvements, j));
            g_ptr_array_add (ctx->involvement_projects, g_object_ref (project));
          }
      }

  /* meetings, payments, proposals */
  if (scope == COPROD_REPORT_SCOPE_REGISTRY)
    {
      GListModel *models[] = { coprod_registry_get_meetings (registry),
                               coprod_registry_get_payments (registry),
                               coprod_registry_get_proposals (registry),
                               coprod_registry_get_outputs (registry) };
      GPtrArray *arrays[] = { ctx->meetings, ctx->payments, ctx->proposals, ctx->outputs };
      guint k;

      for (k = 0; k < G_N_ELEMENTS (models); k++)
        for (i = 0, n = g_list_model_get_n_items (models[k]); i < n; i++)
          g_ptr_array_add (arrays[k], g_list_model_get_item (models[k], i));
    }
  else if (scope == COPROD_REPORT_SCOPE_PERSON)
    {
      add_related (ctx->meetings, seen, ctx->index, COPROD_RELATION_MEETINGS_OF_PERSON, person_id);
      add_related (ctx->payments, seen, ctx->index, COPROD_RELATION_PAYMENTS_OF_PERSON, person_id);
      model = coprod_registry_get_proposals (registry);
      for (i = 0, n = g_list_model_get_n_items (model); i < n; i++)
        {
          g_autoptr(CoprodProposal) proposal = g_list_model_get_item (model, i);

          if (strv_has (coprod_proposal_get_proposer_ids (proposal), person_id))
            add_unique (ctx->proposals, seen, proposal);
        }
      model = coprod_registry_get_outputs (registry);
      for (i = 0, n = g_list_model_get_n_items (model); i < n; i++)
        {
          g_autoptr(CoprodOutput) output = g_list_model_get_item (model, i);

          if (strv_has (coprod_output_get_co_author_ids (output), person_id))
            add_unique (ctx->outputs, seen, output);
        }
    }
  else
    {
      if (scope == COPROD_REPORT_SCOPE_PARTNERSHIP)
        add_related (ctx->meetings, seen, ctx->index, COPROD_RELATION_MEETINGS_OF_PARTNERSHIP,
                     subject_id);
      for (i = 0; i < ctx->projects->len; i++)
        {
          const char *id = coprod_record_get_id (g_ptr_array_index (ctx->projects, i));

          add_related (ctx->meetings, seen, ctx->index, COPROD_RELATION_MEETINGS_OF_PROJECT, id);
          add_related (ctx->payments, seen, ctx->index, COPROD_RELATION_PAYMENTS_OF_PROJECT, id);
          add_related (ctx->proposals, seen, ctx->index, COPROD_RELATION_PROPOSALS_OF_PROJECT, id);
        }
      for (i = 0; i < ctx->meetings->len; i++)
        add_related (ctx->payments, seen, ctx->index, COPROD_RELATION_PAYMENTS_OF_MEETING,
                     coprod_record_get_id (g_ptr_array_index (ctx->meetings, i)));
      model = coprod_registry_get_outputs (registry);
      for (i = 0, n = g_list_model_get_n_items (model); i < n; i++)
        {
          g_autoptr(CoprodOutput) output = g_list_model_get_item (model, i);
          const char *project_id = coprod_output_get_project_id (output);

          if (project_id != NULL && g_hash_table_contains (project_set, project_id))
            add_unique (ctx->outputs, seen, output);
        }
    }
  return TRUE;
}

void
_coprod_report_context_clear (CoprodReportContext *ctx)
{
  g_clear_pointer (&ctx->as_of, g_free);
  g_clear_pointer (&ctx->partnerships, g_ptr_array_unref);
  g_clear_pointer (&ctx->projects, g_ptr_array_unref);
  g_clear_pointer (&ctx->assessments, g_ptr_array_unref);
  g_clear_pointer (&ctx->meetings, g_ptr_array_unref);
  g_clear_pointer (&ctx->payments, g_ptr_array_unref);
  g_clear_pointer (&ctx->outputs, g_ptr_array_unref);
  g_clear_pointer (&ctx->proposals, g_ptr_array_unref);
  g_clear_pointer (&ctx->involvements, g_ptr_array_unref);
  g_clear_pointer (&ctx->involvement_projects, g_ptr_array_unref);
  g_clear_pointer (&ctx->doc, _coprod_report_doc_free);
  g_clear_object (&ctx->exported);
}

/* About the report */

static void
write_about (CoprodReportContext *ctx)
{
  g_autofree char *projects = count_words (ctx->projects->len, "project", "projects");
  _coprod_report_doc_section (ctx->doc, "about", "About this report");
  _coprod_report_doc_paragraphf (ctx->doc,
                                 "This report covers %s, from the records as they stood on %s. "
                                 "It places each project on the %s, from who took part in "
                                 "each stage of the work and how.",
                                 projects, ctx->as_of, coprod_ladder_get_title (ctx->ladder));
  _coprod_report_doc_paragraph (ctx->doc,
                                "It names no one: people are counted, not named. Where it says "
                                "\"people with lived experience\", it means people who use "
                                "services, carers and family members.");
  if (ctx->audience != COPROD_AUDIENCE_INTERNAL)
    _coprod_report_doc_paragraphf (ctx->doc,
                                   "It is made for %s, from the records as they may be shared "
                                   "with them: without contacts, access needs or notes, and "
                                   "without anyone who withdrew or what they did.",
                                   is_public (ctx) ? "the public" : "partner organisations");
  if (is_public (ctx))
    {
      g_autofree char *method = _coprod_suppression_method (ctx->threshold);

      _coprod_report_doc_paragraph (ctx->doc, method);
      _coprod_report_doc_paragraph (ctx->doc,
                                    "The records of who took part in which stage, and of each "
                                    "payment, describe single people: they are not published for "
                                    "the public, here or in the data tables.");
    }
}

/* The registry in numbers */

static void
write_overview (CoprodReportContext *ctx)
{
  CoprodRegistry *registry = ctx->registry;
  GListModel *people = coprod_registry_get_people (registry);
  GPtrArray *facts = strings_new ();
  guint i, n = g_list_model_get_n_items (people), n_lived = 0;

  for (i = 0; i < n; i++)
    {
      g_autoptr(CoprodPerson) person = g_list_model_get_item (people, i);
      if (coprod_person_has_lived_experience (person))
        n_lived++;
    }
  _coprod_report_doc_section (ctx->doc, "overview", "The records in numbers");
  add_fact (facts, "Organisations",
            g_strdup_printf ("%u", g_list_model_get_n_items (coprod_registry_get_organisations (registry))));
  {
    const guint64 split[] = { n_lived, n - n_lived };
    g_auto(GStrv) texts = row_texts (ctx, split, 2);

    add_fact (facts, "People", g_strdup_printf ("%s, of whom %s %s lived experience", texts[2], texts[0],
                                                 agree (ctx, n_lived) == 1 ? "has" : "have"));
  }
  add_fact (facts, "Partnerships and groups", g_strdup_printf ("%u", ctx->partnerships->len));
  add_fact (facts, "Projects", g_strdup_printf ("%u", ctx->projects->len));
  add_fact (facts, "Meetings", g_strdup_printf ("%u", ctx->meetings->len));
  add_fact (facts, "Things made", g_strdup_printf ("%u", ctx->outputs->len));
  add_fact (facts, "Proposals (\"you said, we did\")", count_text (ctx, ctx->proposals->len));
  add_fact (facts, "Payments offered", count_text (ctx, ctx->payments->len));
  _coprod_report_doc_facts (ctx->doc, facts);
}

/* Partnerships */

static void
write_partnerships (CoprodReportContext *ctx)
{
  guint i;

  if (ctx->partnerships->len == 0)
    return;
  _coprod_report_doc_section (ctx->doc, "partnerships", "Partnerships and groups");
  for (i = 0; i < ctx->partnerships->len; i++)
    {
      CoprodPartnership *partnership = g_ptr_array_index (ctx->partnerships, i);
      GListModel *memberships = coprod_partnership_get_memberships (partnership);
      GPtrArray *facts = strings_new ();
      GPtrArray *organisations = strings_new ();
      CoprodPartnership *parent;
      GPtrArray *projects;
      guint j, m = g_list_model_get_n_items (memberships), n_people = 0, n_lived = 0, n_paid = 0;
      guint64 cross[2][2] = { { 0 } };   /* lived experience or not, paid or not */

      for (j = 0; j < m; j++)
        {
          g_autoptr(CoprodMembership) membership = g_list_model_get_item (memberships, j);
          const char *member_id = coprod_membership_get_member_id (membership);
          CoprodRecord *member = member_id != NULL ? coprod_registry_lookup (ctx->registry, member_id) : NULL;

          if (COPROD_IS_PERSON (member))
            {
              n_people++;
              if (coprod_person_has_lived_experience (COPROD_PERSON (member)))
                n_lived++;
              if (coprod_membership_get_paid (membership))
                n_paid++;
              cross[coprod_person_has_lived_experience (COPROD_PERSON (member)) ? 0 : 1]
                   [coprod_membership_get_paid (membership) ? 0 : 1]++;
            }
          else if (COPROD_IS_ORGANISATION (member))
            g_ptr_array_add (organisations,
                             g_strdup (coprod_organisation_get_name (COPROD_ORGANISATION (member))));
        }
      projects = _coprod_index_get (ctx->index, COPROD_RELATION_PROJECTS_OF_PARTNERSHIP,
                                    coprod_record_get_id (COPROD_RECORD (partnership)));

      _coprod_report_doc_heading (ctx->doc, partnership_name (partnership));
      add_fact (facts, "What it is", _coprod_report_nick_words (COPROD_TYPE_GROUP_KIND,
                                                                coprod_partnership_get_kind (partnership)));
      if (coprod_partnership_get_purpose (partnership) != NULL)
        add_fact (facts, "Purpose", g_strdup (coprod_partnership_get_purpose (partnership)));
      parent = lookup_partnership (ctx, coprod_partnership_get_parent_id (partnership));
      if (parent != NULL)
        add_fact (facts, "Part of", g_strdup (partnership_name (parent)));
      if (coprod_partnership_get_start_date (partnership) != NULL)
        add_fact (facts, "Started", g_strdup (coprod_partnership_get_start_date (partnership)));
      if (coprod_partnership_get_end_date (partnership) != NULL)
        add_fact (facts, "Ended", g_strdup (coprod_partnership_get_end_date (partnership)));
      if (is_public (ctx))
        {
          g_autoptr(CoprodSuppression) t = _coprod_suppression_new (2, 2, ctx->threshold);
          g_autofree char *all = NULL, *lived = NULL, *paid = NULL;

          for (j = 0; j < 4; j++)
            _coprod_suppression_set (t, j / 2, j % 2, cross[j / 2][j % 2]);
          _coprod_suppression_apply (t);
          all = _coprod_suppression_format (t, 2, 2);
          lived = _coprod_suppression_format (t, 0, 2);
          paid = _coprod_suppression_format (t, 2, 0);
          add_fact (facts, "People taking part",
                    g_strdup_printf ("%s, of whom %s have lived experience and %s are paid for their place",
                                     all, lived, paid));
        }
      else
        add_fact (facts, "People taking part",
                  g_strdup_printf ("%u, of whom %u %s lived experience and %u %s paid for their place",
                                   n_people, n_lived, n_lived == 1 ? "has" : "have",
                                   n_paid, n_paid == 1 ? "is" : "are"));
      add_fact (facts, "Projects", g_strdup_printf ("%u", projects != NULL ? projects->len : 0));
      _coprod_report_doc_facts (ctx->doc, facts);
      if (organisations->len > 0)
        {
          _coprod_report_doc_subheading (ctx->doc, "Organisations taking part");
          _coprod_report_doc_list (ctx->doc, organisations);
        }
      else
        g_ptr_array_unref (organisations);
    }
}

/* The ladder: where each project stands */

static void
write_ladder_summary (CoprodReportContext *ctx)
{
  const char *headers[] = { "Project", "Reached so far", "Aim", "The plan would reach", "Claimed" };
  CoprodReportBlock *table;
  guint i;

  if (ctx->projects->len == 0)
    return;
  _coprod_report_doc_section (ctx->doc, "ladder", "Where each project stands");
  _coprod_report_doc_paragraphf (ctx->doc,
                                 "The %s goes from the lowest step, where people have no say, "
                                 "to the highest, where they are equal partners in every stage. "
                                 "\"Reached so far\" counts what has happened; \"the plan would "
                                 "reach\" counts what is planned too.",
                                 coprod_ladder_get_title (ctx->ladder));
  table = _coprod_report_doc_table (ctx->doc, "The projects on the ladder", 5, headers, NULL);
  for (i = 0; i < ctx->projects->len; i++)
    {
      CoprodAssessment *assessment = g_ptr_array_index (ctx->assessments, i);
      GPtrArray *row = strings_new ();
      CoprodRung aim = coprod_assessment_get_aimed_rung (assessment);
      CoprodRung claimed = coprod_assessment_get_claimed_rung (assessment);

      g_ptr_array_add (row, g_strdup (project_title (g_ptr_array_index (ctx->projects, i))));
      g_ptr_array_add (row, g_strdup (_coprod_report_rung_words (ctx, coprod_assessment_get_rung (assessment))));
      g_ptr_array_add (row, g_strdup (aim != COPROD_RUNG_NONE ? _coprod_report_rung_words (ctx, aim)
                                                                : "not recorded"));
      g_ptr_array_add (row, g_strdup (_coprod_report_rung_words (ctx, coprod_assessment_get_projected_rung (assessment))));
      g_ptr_array_add (row, g_strdup (claimed != COPROD_RUNG_NONE ? _coprod_report_rung_words (ctx, claimed)
                                                                    : "none"));
      _coprod_report_doc_table_row (table, row);
    }
}

/* Findings and gaps in plain words */

static guint
count_code (GListModel *findings,
            const char *code)
{
  guint i, n = g_list_model_get_n_items (findings), count = 0;

  for (i = 0; i < n; i++)
    {
      g_autoptr(CoprodFinding) finding = g_list_model_get_item (findings, i);
      if (g_strcmp0 (coprod_finding_get_code (finding), code) == 0)
        count++;
    }
  return count;
}

static GPtrArray *
plain_findings (CoprodReportContext *ctx,
                CoprodProject       *project,
                CoprodAssessment    *assessment)
{
  GListModel *findings = coprod_assessment_get_findings (assessment);
  GPtrArray *out = strings_new ();
  CoprodStage stages = coprod_assessment_get_stages (assessment);
  CoprodRung rung = coprod_assessment_get_rung (assessment);
  gboolean to_come = coprod_assessment_get_project_status (assessment) != COPROD_PROJECT_STATUS_COMPLETED &&
                     coprod_assessment_get_project_status (assessment) != COPROD_PROJECT_STATUS_CANCELLED;
  guint i, n_other = 0, n = g_list_model_get_n_items (findings);
  g_autoptr(GHashTable) done = g_hash_table_new (g_str_hash, g_str_equal);

  for (i = 0; i < n; i++)
    {
      g_autoptr(CoprodFinding) finding = g_list_model_get_item (findings, i);
      const char *code = coprod_finding_get_code (finding);
      guint s, count;

      if (!g_hash_table_add (done, (gpointer) code))
        continue;
      count = count_code (findings, code);

      if (g_str_equal (code, "professionals-only") || g_str_equal (code, "professionals-lead") ||
          g_str_equal (code, "single-voice") || g_str_equal (code, "lived-experience-staff-only"))
        {
          for (s = 0; s < N_STAGES; s++)
            {
              CoprodStage stage = 1u << s;
              CoprodMode best = coprod_assessment_get_best_mode (assessment, stage);
              guint n_lived = 0, n_professional = 0;
              guint n_staff = coprod_assessment_get_n_staff_partners (assessment, stage);
              const char *words = _coprod_report_stage_words (stage);

              if (!(stages & stage))
                continue;
              coprod_assessment_get_partner_counts (assessment, stage, &n_lived, &n_professional);
              if (g_str_equal (code, "professionals-only") && n_professional > 0 && best == COPROD_MODE_NONE)
                g_ptr_array_add (out, g_strdup_printf ("In %s, professionals were equal partners, "
                                                       "but no one with lived experience took part.", words));
              else if (g_str_equal (code, "professionals-lead") && n_professional > 0 &&
                       best != COPROD_MODE_NONE && best <= COPROD_MODE_CONSULTED)
                g_ptr_array_add (out, g_strdup_printf ("In %s, professionals were equal partners, "
                                                       "but people with lived experience only %s.",
                                                       words, _coprod_report_mode_words (best)));
              else if (g_str_equal (code, "single-voice") && n_lived == 1 && n_professional > 1 &&
                       is_public (ctx))
                g_ptr_array_add (out, g_strdup_printf ("In %s, people with lived experience were "
                                                       "outnumbered by professionals among the "
                                                       "partners.", words));
              else if (g_str_equal (code, "single-voice") && n_lived == 1 && n_professional > 1)
                g_ptr_array_add (out, g_strdup_printf ("In %s, one person with lived experience was "
                                                       "a partner beside %u professional partners: "
                                                       "a single voice.", words, n_professional));
              else if (g_str_equal (code, "lived-experience-staff-only") && n_lived > 0 &&
                       n_staff == n_lived)
                g_ptr_array_add (out, g_strdup_printf ("In %s, every partner with lived experience "
                                                       "also works for one of the organisations.",
                                                       words));
            }
        }
      else if (g_str_equal (code, "narrowed-scope"))
        {
          g_autofree char *left_out = stage_list (COPROD_STAGE_ALL & ~stages);
          g_ptr_array_add (out, g_strdup_printf ("The project's scope leaves out %s, so its place "
                                                 "on the ladder is read from the other stages only.",
                                                 left_out));
        }
      else if (g_str_equal (code, "fixed-deadline"))
        g_ptr_array_add (out, g_strdup ("A deadline was fixed from outside, and no one with lived "
                                        "experience was an equal partner in planning."));
      else if (g_str_equal (code, "single-stage"))
        {
          g_autofree char *in_scope = count_words (__builtin_popcount (stages), "stage", "stages");
          g_ptr_array_add (out, g_strdup_printf ("People with lived experience took part in only "
                                                 "one of the %s in scope.", in_scope));
        }
      else if (g_str_equal (code, "no-lived-experience"))
        g_ptr_array_add (out, g_strdup ("No involvement of anyone with lived experience is recorded."));
      else if (g_str_equal (code, "unsupported"))
        g_ptr_array_add (out, g_strdup ("The participation policy covers support and payment, but no "
                                        "one with lived experience on this project is recorded as "
                                        "paid or supported."));
      else if (g_str_equal (code, "aim-not-reached"))
        g_ptr_array_add (out, g_strdup_printf (to_come ? "The project aims at %s and has reached %s so far."
                                                       : "The project aimed at %s and reached %s.",
                                               _coprod_report_rung_words (ctx, coprod_assessment_get_aimed_rung (assessment)),
                                               _coprod_report_rung_words (ctx, rung)));
      else if (g_str_equal (code, "overclaimed"))
        g_ptr_array_add (out, g_strdup_printf ("The project says it reached %s, but what is recorded "
                                               "reaches %s.",
                                               _coprod_report_rung_words (ctx, coprod_assessment_get_claimed_rung (assessment)),
                                               _coprod_report_rung_words (ctx, rung)));
      else if (g_str_equal (code, "unknown-person") || g_str_equal (code, "not-a-person"))
        {
          g_autofree char *shown = count_text (ctx, count);
          g_ptr_array_add (out, g_strdup_printf ("%s of the records of who took part name someone who "
                                               "is not in the records; they are not counted.", shown));
        }
      else if (g_str_equal (code, "after-withdrawal"))
        {
          g_autofree char *shown = count_text (ctx, count);
          g_ptr_array_add (out, g_strdup_printf ("%s of the records of who took part are dated after the "
                                               "person withdrew; they are not counted.", shown));
        }
      else if (g_str_equal (code, "late-involvement"))
        {
          g_autofree char *shown = count_text (ctx, count);
          g_ptr_array_add (out, g_strdup_printf ("%s of the records of who took part are dated after the "
                                               "fixed deadline.", shown));
        }
      else
        n_other += count;
    }
  if (n_other > 0)
    g_ptr_array_add (out, g_strdup_printf ("%u other %s about this project; the data tables and "
                                           "\"coprod assess\" give the detail.", n_other,
                                           n_other == 1 ? "point was noted" : "points were noted"));
  (void) project;
  return out;
}

static GPtrArray *
plain_gaps (CoprodAssessment *assessment)
{
  GListModel *gaps = coprod_assessment_get_gaps (assessment);
  GPtrArray *out = strings_new ();
  guint i, n = g_list_model_get_n_items (gaps);

  for (i = 0; i < n; i++)
    {
      g_autoptr(CoprodGap) gap = g_list_model_get_item (gaps, i);
      const char *stage = _coprod_report_stage_words (coprod_gap_get_stage (gap));
      GString *line = g_string_new (NULL);

      if (coprod_gap_get_alternative (gap))
        g_string_append (line, "Either this: ");
      if (!coprod_gap_get_in_scope (gap))
        g_string_append_printf (line, "%s is outside the project's scope; it would need to be "
                                      "included, with people with lived experience %s in it.",
                                stage, required_words (coprod_gap_get_required_mode (gap)));
      else
        g_string_append_printf (line, "In %s, people with lived experience would need to be %s "
                                      "(so far they %s).",
                                stage, required_words (coprod_gap_get_required_mode (gap)),
                                _coprod_report_mode_words (coprod_gap_get_current_mode (gap)));
      if (coprod_gap_get_planned (gap))
        g_string_append (line, " This is planned.");
      else if (coprod_gap_get_to_come (gap))
        g_string_append (line, " This stage may still be to come.");
      g_ptr_array_add (out, g_string_free (line, FALSE));
    }
  return out;
}

/* Projects */

/* For the public: the stage picture as one table of counts with its
 * totals, suppressed together; no chart, whose bars would show them */
static void
write_stage_table_public (CoprodReportContext *ctx,
                          CoprodProject       *project,
                          CoprodAssessment    *assessment,
                          const CoprodMode    *modes,
                          guint                n_modes)
{
  g_autoptr(CoprodSuppression) t = _coprod_suppression_new (N_STAGES, n_modes, ctx->threshold);
  CoprodStage stages = coprod_assessment_get_stages (assessment);
  const char *headers[2 + 6 + 1];
  gboolean numeric[2 + 6 + 1] = { FALSE };
  g_autofree char *caption = NULL;
  CoprodReportBlock *table;
  guint s, m;

  g_assert (n_modes == 6);
  headers[0] = "Stage";
  for (m = 0; m < n_modes; m++)
    {
      headers[1 + m] = mode_label (modes[m]);
      numeric[1 + m] = TRUE;
    }
  headers[1 + n_modes] = "All ways";
  numeric[1 + n_modes] = TRUE;
  headers[2 + n_modes] = "At best, people with lived experience";
  for (s = 0; s < N_STAGES; s++)
    for (m = 0; m < n_modes; m++)
      if (stages & (1u << s))
        _coprod_suppression_set (t, s, m, coprod_assessment_get_mode_count (assessment, 1u << s, modes[m]));
  _coprod_suppression_apply (t);

  _coprod_report_doc_paragraph (ctx->doc,
                                "How many times people with lived experience took part in each "
                                "way, in each stage, with small numbers hidden (" COPROD_SUPPRESSION_MARK
                                "); the chart of these counts is not drawn for the public.");
  caption = g_strdup_printf ("Each stage of %s: how many times people with lived experience took "
                             "part in each way", project_title (project));
  table = _coprod_report_doc_table (ctx->doc, caption, 3 + n_modes, headers, numeric);
  for (s = 0; s <= N_STAGES; s++)
    {
      CoprodStage stage = s < N_STAGES ? 1u << s : COPROD_STAGE_NONE;
      GPtrArray *row = strings_new ();

      g_ptr_array_add (row, s < N_STAGES ? capitalised (_coprod_report_stage_words (stage))
                                         : g_strdup ("All stages"));
      for (m = 0; m <= n_modes; m++)
        g_ptr_array_add (row, (s == N_STAGES || (stages & stage))
                                ? _coprod_suppression_format (t, s, m) : g_strdup (""));
      g_ptr_array_add (row, g_strdup (s == N_STAGES ? ""
                                      : (stages & stage)
                                        ? _coprod_report_mode_words (coprod_assessment_get_best_mode (assessment, stage))
                                        : "outside the project's scope"));
      _coprod_report_doc_table_row (table, row);
    }
}

static void
write_stage_picture (CoprodReportContext *ctx,
                     CoprodProject       *project,
                     CoprodAssessment    *assessment)
{
  static const CoprodMode modes[] = { COPROD_MODE_PARTNER, COPROD_MODE_ENGAGED, COPROD_MODE_CONSULTED,
                                      COPROD_MODE_INFORMED, COPROD_MODE_EDUCATED, COPROD_MODE_PASSIVE };
  const char *headers[2 + G_N_ELEMENTS (modes)];
  gboolean numeric[2 + G_N_ELEMENTS (modes)] = { FALSE };
  CoprodStage stages = coprod_assessment_get_stages (assessment);
  g_autofree char *caption = NULL, *title = NULL;
  GString *description = g_string_new (NULL);
  CoprodReportBlock *table;
  guint s, m;

  if (is_public (ctx))
    {
      g_string_free (description, TRUE);
      write_stage_table_public (ctx, project, assessment, modes, G_N_ELEMENTS (modes));
      return;
    }
  headers[0] = "Stage";
  for (m = 0; m < G_N_ELEMENTS (modes); m++)
    {
      headers[1 + m] = mode_label (modes[m]);
      numeric[1 + m] = TRUE;
    }
  headers[1 + G_N_ELEMENTS (modes)] = "At best, people with lived experience";

  title = g_strdup_printf ("How people with lived experience took part in each stage of %s",
                           project_title (project));
  for (s = 0; s < N_STAGES; s++)
    {
      CoprodStage stage = 1u << s;
      g_autofree char *stage_cap = capitalised (_coprod_report_stage_words (stage));
      GString *counts = g_string_new (NULL);

      if (!(stages & stage))
        {
          g_string_append_printf (description, "%s: outside the scope. ", stage_cap);
          g_string_free (counts, TRUE);
          continue;
        }
      for (m = 0; m < G_N_ELEMENTS (modes); m++)
        {
          guint count = coprod_assessment_get_mode_count (assessment, stage, modes[m]);
          g_autofree char *words = NULL;

          if (count == 0)
            continue;
          words = _coprod_report_mode_count (modes[m], count);
          g_string_append_printf (counts, "%s%s", counts->len > 0 ? ", " : "", words);
        }
      g_string_append_printf (description, "%s: %s. ", stage_cap,
                              counts->len > 0 ? counts->str : "no one with lived experience");
      g_string_free (counts, TRUE);
    }
  if (description->len > 0)
    g_string_truncate (description, description->len - 1);
  _coprod_report_doc_chart (ctx->doc, title, description->str, NULL,
                            _coprod_report_chart_stages (ctx, assessment, title, description->str,
                                                         ctx->n_charts++));
  g_string_free (description, TRUE);

  caption = g_strdup_printf ("Each stage of %s: how many times people with lived experience took "
                             "part in each way", project_title (project));
  table = _coprod_report_doc_table (ctx->doc, caption, G_N_ELEMENTS (headers), headers, numeric);
  for (s = 0; s < N_STAGES; s++)
    {
      CoprodStage stage = 1u << s;
      GPtrArray *row = strings_new ();

      g_ptr_array_add (row, capitalised (_coprod_report_stage_words (stage)));
      for (m = 0; m < G_N_ELEMENTS (modes); m++)
        g_ptr_array_add (row, (stages & stage)
                                ? g_strdup_printf ("%u", coprod_assessment_get_mode_count (assessment, stage, modes[m]))
                                : g_strdup (""));
      g_ptr_array_add (row, g_strdup ((stages & stage)
                                        ? _coprod_report_mode_words (coprod_assessment_get_best_mode (assessment, stage))
                                        : "outside the project's scope"));
      _coprod_report_doc_table_row (table, row);
    }
}

static void
write_projects (CoprodReportContext *ctx)
{
  guint i;

  if (ctx->projects->len == 0)
    return;
  _coprod_report_doc_section (ctx->doc, "projects", ctx->projects->len == 1 ? "The project" : "The projects");
  for (i = 0; i < ctx->projects->len; i++)
    {
      CoprodProject *project = g_ptr_array_index (ctx->projects, i);
      CoprodAssessment *assessment = g_ptr_array_index (ctx->assessments, i);
      CoprodPartnership *partnership = lookup_partnership (ctx, coprod_project_get_partnership_id (project));
      CoprodRung rung = coprod_assessment_get_rung (assessment);
      CoprodRung aim = coprod_assessment_get_aimed_rung (assessment);
      CoprodRung projected = coprod_assessment_get_projected_rung (assessment);
      CoprodRung claimed = coprod_assessment_get_claimed_rung (assessment);
      CoprodRung next = coprod_assessment_get_next_rung (assessment);
      GPtrArray *facts = strings_new ();
      g_autofree char *stages = stage_list (coprod_assessment_get_stages (assessment));
      g_autofree char *title = NULL;
      GString *place = g_string_new (NULL);
      GPtrArray *list;
      double hours = 0;
      guint s;

      for (s = 0; s < N_STAGES; s++)
        hours += coprod_assessment_get_hours (assessment, 1u << s);

      _coprod_report_doc_heading (ctx->doc, project_title (project));
      if (coprod_project_get_status (project) != COPROD_PROJECT_STATUS_UNSPECIFIED)
        add_fact (facts, "Status", _coprod_report_nick_words (COPROD_TYPE_PROJECT_STATUS,
                                                              coprod_project_get_status (project)));
      if (partnership != NULL)
        add_fact (facts, "Partnership", g_strdup (partnership_name (partnership)));
      add_fact (facts, "Stages in scope", g_strdup (stages));
      if (coprod_project_get_initiated_by (project) != COPROD_INITIATOR_UNSPECIFIED)
        add_fact (facts, "Started by",
                  g_strdup (coprod_project_get_initiated_by (project) == COPROD_INITIATOR_LIVED_EXPERIENCE
                              ? "people with lived experience"
                              : coprod_project_get_initiated_by (project) == COPROD_INITIATOR_ORGANISATION
                                  ? "an organisation" : "people with lived experience and organisations together"));
      add_fact (facts, "Led by people with lived experience",
                g_strdup (coprod_project_get_lived_experience_led (project) ? "yes" : "no"));
      if (coprod_project_get_deadline (project) != NULL)
        add_fact (facts, "Deadline", g_strdup_printf ("%s%s", coprod_project_get_deadline (project),
                                                      coprod_project_get_deadline_fixed (project)
                                                        ? ", fixed from outside" : ""));
      add_fact (facts, "People with lived experience taking part",
                count_text (ctx, coprod_assessment_get_n_people (assessment, COPROD_STAGE_NONE)));
      {
        g_autofree char *h = hours_text (ctx, hours, coprod_assessment_get_n_people (assessment, COPROD_STAGE_NONE));
        add_fact (facts, "Hours they gave", g_strdup (h));
      }
      _coprod_report_doc_facts (ctx->doc, facts);

      g_string_append_printf (place, "On the %s, the project has reached %s so far.",
                              coprod_ladder_get_title (ctx->ladder), _coprod_report_rung_words (ctx, rung));
      if (aim != COPROD_RUNG_NONE)
        g_string_append_printf (place, " It aims at %s%s.", _coprod_report_rung_words (ctx, aim),
                                coprod_assessment_get_aim_reached (assessment) ? ", and has reached it" : "");
      else
        g_string_append (place, " No aim is recorded.");
      if (projected != rung)
        g_string_append_printf (place, " With what is planned, it would reach %s.",
                                _coprod_report_rung_words (ctx, projected));
      if (claimed != COPROD_RUNG_NONE)
        g_string_append_printf (place, " It says it reached %s.", _coprod_report_rung_words (ctx, claimed));
      _coprod_report_doc_paragraph (ctx->doc, place->str);

      title = g_strdup_printf ("Where %s stands on the ladder", project_title (project));
      _coprod_report_doc_chart (ctx->doc, title, place->str,
                                aim != COPROD_RUNG_NONE
                                  ? "How to read the ladder: its lowest step is at the bottom and "
                                    "its highest at the top; the filled step is the one reached so "
                                    "far, a dashed outline marks the aim, and the words beside a "
                                    "step say what it marks."
                                  : "How to read the ladder: its lowest step is at the bottom and "
                                    "its highest at the top; the filled step is the one reached so "
                                    "far, and the words beside a step say what it marks.",
                                _coprod_report_chart_ladder (ctx, assessment, title, place->str,
                                                             ctx->n_charts++));
      g_string_free (place, TRUE);

      write_stage_picture (ctx, project, assessment);

      list = plain_gaps (assessment);
      if (next != COPROD_RUNG_NONE && list->len > 0)
        {
          g_autofree char *heading = g_strdup_printf ("What it would take to reach %s",
                                                      _coprod_report_rung_words (ctx, next));
          _coprod_report_doc_subheading (ctx->doc, heading);
          _coprod_report_doc_list (ctx->doc, list);
        }
      else
        g_ptr_array_unref (list);

      list = plain_findings (ctx, project, assessment);
      if (list->len > 0)
        {
          _coprod_report_doc_subheading (ctx->doc, "Points to look at");
          _coprod_report_doc_list (ctx->doc, list);
        }
      else
        g_ptr_array_unref (list);
    }
}

/* Values: each project's review against a values framework */

/* "4.4, Mostly" or @none */
static char *
score_words (gboolean    scored,
             double      score,
             gboolean    whole,
             const char *band,
             const char *none)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (!scored)
    return g_strdup (none);
  g_ascii_formatd (buffer, sizeof buffer, whole ? "%.0f" : "%.1f", score);
  return band != NULL ? g_strdup_printf ("%s, %s", buffer, band) : g_strdup (buffer);
}

/* "4.0 (Mostly)" or @none */
static char *
score_in_brackets (gboolean    scored,
                   double      score,
                   gboolean    whole,
                   const char *band,
                   const char *none)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (!scored)
    return g_strdup (none);
  g_ascii_formatd (buffer, sizeof buffer, whole ? "%.0f" : "%.1f", score);
  return band != NULL ? g_strdup_printf ("%s (%s)", buffer, band) : g_strdup (buffer);
}

static const char *
source_words (CoprodScoreSource source)
{
  switch (source)
    {
    case COPROD_SCORE_SOURCE_DATA: return "from the records alone";
    case COPROD_SCORE_SOURCE_PEOPLE: return "from people's ratings alone";
    case COPROD_SCORE_SOURCE_BOTH: return "from the records and people's ratings";
    case COPROD_SCORE_SOURCE_NONE:
    default: return "not scored";
    }
}

static const char *
check_words (CoprodCheckResult *check)
{
  if (check == NULL)
    return "nothing to check";
  switch (coprod_check_result_get_status (check))
    {
    case COPROD_CHECK_STATUS_MET: return "met";
    case COPROD_CHECK_STATUS_PARTLY_MET: return "partly met";
    case COPROD_CHECK_STATUS_NOT_MET: return "not met";
    case COPROD_CHECK_STATUS_NOT_APPLICABLE:
    default: return "not yet shown either way";
    }
}

static void
write_values_of (CoprodReportContext *ctx,
                 CoprodRecord        *subject,
                 const char          *name)
{
  g_autoptr(CoprodReviewResult) result = NULL;
  g_autoptr(GError) error = NULL;
  CoprodFramework *framework;
  CoprodReview *review;
  GListModel *values, *practices;
  GPtrArray *facts, *disagreements;
  CoprodReportBlock *table;
  g_autofree char *title = NULL, *caption = NULL, *overall = NULL;
  GString *description;
  const char *value_headers[] = { "Value", "Score", "Practices scored" };
  const gboolean value_numeric[] = { FALSE, FALSE, TRUE };
  guint i, j, n_values, n_practices, n_data = 0, n_people = 0;
  int minimum, maximum;

  _coprod_report_doc_heading (ctx->doc, name);
  result = coprod_registry_review_as_of (ctx->registry, coprod_record_get_id (subject), NULL,
                                         ctx->as_of, &error);
  if (result == NULL)
    {
      /* a review names a framework the library does not know: say so,
       * without the error's words, which name records */
      _coprod_report_doc_paragraph (ctx->doc, "Its latest review is against a values framework "
                                              "this report does not know, so it is not reviewed here.");
      return;
    }

  framework = coprod_review_result_get_framework (result);
  review = coprod_review_result_get_review (result);
  values = coprod_review_result_get_values (result);
  practices = coprod_review_result_get_practices (result);
  n_values = g_list_model_get_n_items (values);
  n_practices = g_list_model_get_n_items (practices);
  minimum = coprod_framework_get_scale_minimum (framework);
  maximum = coprod_framework_get_scale_maximum (framework);

  _coprod_report_doc_paragraphf (ctx->doc,
                                 "Reviewed against the %s, on a scale from %d (%s) to %d (%s). "
                                 "Each practice is scored from what the records show and from "
                                 "how people rated it; where there are both, the two are combined.",
                                 coprod_framework_get_title (framework),
                                 minimum, coprod_framework_get_band_label (framework, minimum),
                                 maximum, coprod_framework_get_band_label (framework, maximum));

  facts = strings_new ();
  overall = score_words (coprod_review_result_get_source (result) != COPROD_SCORE_SOURCE_NONE,
                         coprod_review_result_get_score (result), FALSE,
                         coprod_review_result_get_band (result), "not scored");
  add_fact (facts, "Overall",
            coprod_review_result_get_source (result) != COPROD_SCORE_SOURCE_NONE
              ? g_strdup_printf ("%s, %s", overall, source_words (coprod_review_result_get_source (result)))
              : g_strdup ("not scored: neither the records nor anyone's ratings give a score yet"));
  if (review != NULL)
    {
      guint n_reviewers = coprod_review_result_get_n_reviewers (result);
      guint n_lived = coprod_review_result_get_n_lived_experience_reviewers (result);
      const guint64 split[] = { n_lived, n_reviewers - MIN (n_lived, n_reviewers) };
      g_auto(GStrv) texts = row_texts (ctx, split, 2);
      g_autofree char *people = is_public (ctx) ? g_strdup_printf ("%s people", texts[2])
                                                : count_words (n_reviewers, "person", "people");
      const char *date = coprod_review_get_date (review);

      add_fact (facts, "Who rated",
                g_strdup_printf ("%s, %s of whom %s lived experience%s%s", people, texts[0],
                                 agree (ctx, n_lived) == 1 ? "has" : "have",
                                 date != NULL ? ", in a review of " : "", date != NULL ? date : ""));
      add_fact (facts, "Where the records and people disagree",
                coprod_review_result_get_n_disagreements (result) > 0
                  ? count_words (coprod_review_result_get_n_disagreements (result), "practice", "practices")
                  : g_strdup ("nowhere"));
    }
  else
    add_fact (facts, "Who rated", g_strdup ("no one yet: the scores come from the records alone"));
  _coprod_report_doc_facts (ctx->doc, facts);

  /* each value */
  caption = g_strdup_printf ("Each value, for %s", name);
  table = _coprod_report_doc_table (ctx->doc, caption, G_N_ELEMENTS (value_headers),
                                    value_headers, value_numeric);
  for (i = 0; i < n_values; i++)
    {
      g_autoptr(CoprodValueScore) score = g_list_model_get_item (values, i);
      GPtrArray *row = strings_new ();

      g_ptr_array_add (row, g_strdup (coprod_value_get_title (coprod_value_score_get_value (score))));
      g_ptr_array_add (row, score_words (coprod_value_score_get_source (score) != COPROD_SCORE_SOURCE_NONE,
                                         coprod_value_score_get_score (score), FALSE,
                                         coprod_value_score_get_band (score), "not scored"));
      g_ptr_array_add (row, g_strdup_printf ("%u of %u", coprod_value_score_get_n_scored (score),
                                             coprod_value_score_get_n_practices (score)));
      _coprod_report_doc_table_row (table, row);
    }

  /* each practice: the chart, then the same in a table */
  for (j = 0; j < n_practices; j++)
    {
      g_autoptr(CoprodPracticeScore) score = g_list_model_get_item (practices, j);

      if (coprod_practice_score_get_source (score) & COPROD_SCORE_SOURCE_DATA)
        n_data++;
      if (coprod_practice_score_get_source (score) & COPROD_SCORE_SOURCE_PEOPLE)
        n_people++;
    }
  title = g_strdup_printf ("The values of %s, practice by practice", name);
  description = g_string_new (NULL);
  {
    g_autofree char *each = count_words (n_practices, "practice", "practices");

    g_string_append_printf (description,
                            "For each of the %s of the framework, grouped by value, a solid "
                            "bar for the score from the records and a hatched bar for the score "
                            "from people, on a scale from %d to %d. ", each, minimum, maximum);
  }
  g_string_append_printf (description, "%u %s a score from the records and %u from people",
                          n_data, n_data == 1 ? "practice has" : "practices have", n_people);
  if (coprod_review_result_get_n_disagreements (result) > 0)
    g_string_append_printf (description, "; the two disagree on %u", coprod_review_result_get_n_disagreements (result));
  g_string_append (description, ".");
  _coprod_report_doc_chart (ctx->doc, title, description->str, NULL,
                            _coprod_report_chart_values (ctx, result, title, description->str,
                                                         ctx->n_charts++));
  g_string_free (description, TRUE);

  /* each practice in words, value by value */
  disagreements = strings_new ();
  for (i = 0; i < n_values; i++)
    {
      g_autoptr(CoprodValueScore) value_score = g_list_model_get_item (values, i);
      CoprodValue *value = coprod_value_score_get_value (value_score);
      GPtrArray *items = strings_new ();

      for (j = 0; j < n_practices; j++)
        {
          g_autoptr(CoprodPracticeScore) score = g_list_model_get_item (practices, j);
          CoprodScoreSource source = coprod_practice_score_get_source (score);
          const char *text = coprod_practice_get_text (coprod_practice_score_get_practice (score));
          double data = coprod_practice_score_get_data_score (score);
          int people = coprod_practice_score_get_people_score (score);
          g_autofree char *data_words = NULL, *people_words = NULL, *together = NULL;

          if (g_strcmp0 (coprod_practice_score_get_value_key (score), coprod_value_get_key (value)) != 0)
            continue;
          data_words = score_in_brackets (source & COPROD_SCORE_SOURCE_DATA, data, FALSE,
                                          _coprod_review_band (framework, data, NULL), "no score");
          people_words = score_in_brackets (source & COPROD_SCORE_SOURCE_PEOPLE, people, TRUE,
                                            _coprod_review_band (framework, people, NULL), "not rated");
          together = score_in_brackets (source != COPROD_SCORE_SOURCE_NONE,
                                  coprod_practice_score_get_score (score), FALSE,
                                  coprod_practice_score_get_band (score), "not scored");
          if (source & COPROD_SCORE_SOURCE_DATA)
            g_ptr_array_add (items, g_strdup_printf ("%s Records: %s, %s. People: %s. Together: %s.",
                                                     text,
                                                     check_words (coprod_practice_score_get_check_result (score)),
                                                     data_words, people_words, together));
          else
            g_ptr_array_add (items, g_strdup_printf ("%s Records: %s. People: %s. Together: %s.",
                                                     text,
                                                     check_words (coprod_practice_score_get_check_result (score)),
                                                     people_words, together));

          if (coprod_practice_score_get_disagreement (score))
            {
              const char *data_band = _coprod_review_band (framework, data, NULL);
              const char *people_band = _coprod_review_band (framework, people, NULL);
              char buffer[G_ASCII_DTOSTR_BUF_SIZE];

              g_ptr_array_add (disagreements,
                               g_strdup_printf ("%s: \"%s\" The records give %s (%s), but the "
                                                "people who rated it gave %d (%s).",
                                                coprod_value_get_title (value), text,
                                                g_ascii_formatd (buffer, sizeof buffer, "%.1f", data),
                                                data_band != NULL ? data_band : "no band",
                                                people,
                                                people_band != NULL ? people_band : "no band"));
            }
        }
      _coprod_report_doc_subheading (ctx->doc, coprod_value_get_title (value));
      _coprod_report_doc_list (ctx->doc, items);
    }
  if (disagreements->len > 0)
    {
      _coprod_report_doc_subheading (ctx->doc, "Where the records and people disagree");
      _coprod_report_doc_paragraph (ctx->doc, "These practices are worth talking over together: "
                                              "the records and the people who rated them are more "
                                              "than one band apart.");
    }
  _coprod_report_doc_list (ctx->doc, disagreements);
}

static void
write_values (CoprodReportContext *ctx)
{
  g_autoptr(GPtrArray) partnerships = g_ptr_array_new ();
  guint i;

  /* the partnership of the report, and in the whole registry each
   * partnership that has been reviewed */
  if (ctx->scope == COPROD_REPORT_SCOPE_PARTNERSHIP)
    g_ptr_array_add (partnerships, ctx->subject);
  else if (ctx->scope == COPROD_REPORT_SCOPE_REGISTRY)
    for (i = 0; i < ctx->partnerships->len; i++)
      {
        CoprodRecord *partnership = g_ptr_array_index (ctx->partnerships, i);
        GPtrArray *reviews = _coprod_index_get (ctx->index, COPROD_RELATION_REVIEWS_OF_SUBJECT,
                                                coprod_record_get_id (partnership));

        if (reviews != NULL && reviews->len > 0)
          g_ptr_array_add (partnerships, partnership);
      }

  if (ctx->projects->len == 0 && partnerships->len == 0)
    return;
  _coprod_report_doc_section (ctx->doc, "values", "Values");
  _coprod_report_doc_paragraphf (ctx->doc,
                                 "How the work lived the values of co-production, as of %s: each "
                                 "against the values framework of its latest review, or the "
                                 "default framework where there is no review yet.", ctx->as_of);
  for (i = 0; i < partnerships->len; i++)
    write_values_of (ctx, g_ptr_array_index (partnerships, i),
                     partnership_name (g_ptr_array_index (partnerships, i)));
  for (i = 0; i < ctx->projects->len; i++)
    write_values_of (ctx, g_ptr_array_index (ctx->projects, i),
                     project_title (g_ptr_array_index (ctx->projects, i)));
}

/* GRIPP2 short form, for research projects */

static gboolean
project_is_research (CoprodReportContext *ctx,
                     CoprodProject       *project)
{
  CoprodPartnership *partnership = lookup_partnership (ctx, coprod_project_get_partnership_id (project));
  GListModel *memberships;
  guint i, n;

  if (partnership == NULL)
    return FALSE;
  memberships = coprod_partnership_get_memberships (partnership);
  for (i = 0, n = g_list_model_get_n_items (memberships); i < n; i++)
    {
      g_autoptr(CoprodMembership) membership = g_list_model_get_item (memberships, i);
      const char *ids[] = { coprod_membership_get_member_id (membership),
                            coprod_membership_get_on_behalf_of_id (membership) };
      guint k;

      for (k = 0; k < G_N_ELEMENTS (ids); k++)
        {
          CoprodRecord *record = ids[k] != NULL ? coprod_registry_lookup (ctx->registry, ids[k]) : NULL;

          if (COPROD_IS_ORGANISATION (record) &&
              coprod_organisation_get_sector (COPROD_ORGANISATION (record)) == COPROD_SECTOR_ACADEMIC)
            return TRUE;
        }
    }
  return FALSE;
}

static void
write_gripp2_project (CoprodReportContext *ctx,
                      CoprodProject       *project,
                      CoprodAssessment    *assessment)
{
  const char *id = coprod_record_get_id (COPROD_RECORD (project));
  CoprodPartnership *partnership = lookup_partnership (ctx, coprod_project_get_partnership_id (project));
  GPtrArray *meetings = _coprod_index_get (ctx->index, COPROD_RELATION_MEETINGS_OF_PROJECT, id);
  GPtrArray *proposals = _coprod_index_get (ctx->index, COPROD_RELATION_PROPOSALS_OF_PROJECT, id);
  GPtrArray *payments = _coprod_index_get (ctx->index, COPROD_RELATION_PAYMENTS_OF_PROJECT, id);
  CoprodRung aim = coprod_assessment_get_aimed_rung (assessment);
  CoprodRung rung = coprod_assessment_get_rung (assessment);
  GListModel *events = coprod_project_get_feedback_events (project);
  GString *text = g_string_new (NULL);
  GPtrArray *influence = strings_new ();
  GPtrArray *reflections;
  guint i, s, n_held = 0, n_reflection = 0, n_paid = 0;
  guint n_adopted = coprod_assessment_get_n_proposals_adopted (assessment);
  guint n_not = coprod_assessment_get_n_proposals_not_adopted (assessment);
  guint n_pending = coprod_assessment_get_n_proposals_pending (assessment);
  CoprodSupport support = 0;
  double hours = 0;

  _coprod_report_doc_heading (ctx->doc, project_title (project));

  /* 1. aim */
  _coprod_report_doc_subheading (ctx->doc, "1. Aim");
  if (aim != COPROD_RUNG_NONE)
    g_string_append_printf (text, "To involve people with lived experience in this work at the level "
                                  "of %s on the %s.", _coprod_report_rung_words (ctx, aim),
                            coprod_ladder_get_title (ctx->ladder));
  else
    g_string_append (text, "The records give no aim for involvement in this work.");
  if (partnership != NULL && coprod_partnership_get_purpose (partnership) != NULL)
    g_string_append_printf (text, " The purpose of the group that did it: %s",
                            coprod_partnership_get_purpose (partnership));
  _coprod_report_doc_paragraph (ctx->doc, text->str);
  g_string_truncate (text, 0);

  /* 2. methods */
  _coprod_report_doc_subheading (ctx->doc, "2. Methods");
  for (s = 0; s < N_STAGES; s++)
    hours += coprod_assessment_get_hours (assessment, 1u << s);
  for (i = 0; meetings != NULL && i < meetings->len; i++)
    {
      CoprodMeeting *meeting = g_ptr_array_index (meetings, i);

      if (coprod_meeting_get_status (meeting) == COPROD_MEETING_STATUS_HELD)
        {
          n_held++;
          support |= coprod_meeting_get_support (meeting);
          if (coprod_meeting_get_kind (meeting) == COPROD_MEETING_KIND_REFLECTION)
            n_reflection++;
        }
    }
  for (i = 0; payments != NULL && i < payments->len; i++)
    if (coprod_payment_get_paid_date (g_ptr_array_index (payments, i)) != NULL)
      n_paid++;
  {
    guint n_people = coprod_assessment_get_n_people (assessment, COPROD_STAGE_NONE);
    g_autofree char *people = people_words (ctx, n_people, "person", "people");
    g_autofree char *h = hours_text (ctx, hours, n_people);
    g_autofree char *held = count_words (n_held, "meeting", "meetings");

    g_string_append_printf (text, "%s with lived experience took part, giving %s hours, over %s held.",
                            people, h, held);
  }
  for (s = 0; s < N_STAGES; s++)
    {
      CoprodStage stage = 1u << s;
      if (coprod_assessment_get_stages (assessment) & stage)
        g_string_append_printf (text, " In %s they %s.", _coprod_report_stage_words (stage),
                                _coprod_report_mode_words (coprod_assessment_get_best_mode (assessment, stage)));
    }
  if (support != 0)
    {
      g_autofree char *words = flags_words (COPROD_TYPE_SUPPORT, support);
      g_string_append_printf (text, " Support offered at meetings: %s.", words);
    }
  if (payments != NULL && payments->len > 0)
    {
      const guint64 split[] = { n_paid, payments->len - n_paid };
      g_auto(GStrv) texts = row_texts (ctx, split, 2);
      g_autofree char *offered = is_public (ctx) ? g_strdup_printf ("%s payments", texts[2])
                                                 : count_words (payments->len, "payment", "payments");

      g_string_append_printf (text, " %s %s offered, of which %s %s been paid.",
                              offered, was_were (agree (ctx, payments->len)), texts[0],
                              agree (ctx, n_paid) == 1 ? "has" : "have");
    }
  _coprod_report_doc_paragraph (ctx->doc, text->str);
  g_string_truncate (text, 0);

  /* 3. results */
  _coprod_report_doc_subheading (ctx->doc, "3. Results");
  g_string_append_printf (text, "Involvement reached %s", _coprod_report_rung_words (ctx, rung));
  if (coprod_assessment_get_projected_rung (assessment) != rung)
    g_string_append_printf (text, ", and would reach %s with what is planned",
                            _coprod_report_rung_words (ctx, coprod_assessment_get_projected_rung (assessment)));
  {
    const guint64 split[] = { n_adopted, n_not, n_pending };
    g_auto(GStrv) texts = row_texts (ctx, split, 3);
    g_autofree char *proposed = is_public (ctx) ? g_strdup_printf ("%s proposals", texts[3])
                                                : count_words (n_adopted + n_not + n_pending, "proposal", "proposals");

    g_string_append_printf (text, ". Of %s from people with lived experience, %s %s "
                                  "taken up, %s %s not and %s %s still to be decided.",
                            proposed, texts[0], was_were (agree (ctx, n_adopted)), texts[1],
                            was_were (agree (ctx, n_not)), texts[2], is_are (agree (ctx, n_pending)));
  }
  _coprod_report_doc_paragraph (ctx->doc, text->str);
  g_string_truncate (text, 0);

  /* 4. discussion: the influence, from what was proposed and done */
  _coprod_report_doc_subheading (ctx->doc, "4. Discussion: the influence of involvement");
  for (i = 0; proposals != NULL && i < proposals->len; i++)
    {
      CoprodProposal *proposal = g_ptr_array_index (proposals, i);
      CoprodProposalOutcome outcome = coprod_proposal_get_outcome (proposal);

      if (outcome != COPROD_PROPOSAL_OUTCOME_ADOPTED && outcome != COPROD_PROPOSAL_OUTCOME_ADOPTED_WITH_CHANGES)
        continue;
      g_ptr_array_add (influence, g_strdup_printf ("They proposed: %s. What was done: %s%s",
                                                   coprod_proposal_get_text (proposal) ? coprod_proposal_get_text (proposal) : "(no words recorded)",
                                                   outcome == COPROD_PROPOSAL_OUTCOME_ADOPTED ? "taken up" : "taken up with changes",
                                                   coprod_proposal_get_reason (proposal) ? "; " : "."));
      if (coprod_proposal_get_reason (proposal) != NULL)
        {
          char *last = g_ptr_array_index (influence, influence->len - 1);
          influence->pdata[influence->len - 1] = g_strconcat (last, coprod_proposal_get_reason (proposal), NULL);
          g_free (last);
        }
    }
  if (influence->len == 0)
    _coprod_report_doc_paragraph (ctx->doc, "No proposal taken up is recorded for this work.");
  _coprod_report_doc_list (ctx->doc, influence);
  if (g_list_model_get_n_items (events) > 0)
    _coprod_report_doc_paragraphf (ctx->doc, "What came of it was shared back with the people "
                                             "involved %u %s.", g_list_model_get_n_items (events),
                                   g_list_model_get_n_items (events) == 1 ? "time" : "times");
  else
    _coprod_report_doc_paragraph (ctx->doc, "No sharing back of what came of it is recorded.");

  /* 5. reflections */
  _coprod_report_doc_subheading (ctx->doc, "5. Reflections");
  if (aim != COPROD_RUNG_NONE)
    g_string_append (text, coprod_assessment_get_aim_reached (assessment)
                             ? "The aim for involvement was reached. "
                             : "The aim for involvement has not been reached. ");
  g_string_append_printf (text, "%s recorded.",
                          n_reflection == 0 ? "No session to reflect together is"
                                            : n_reflection == 1 ? "One session to reflect together is"
                                                                : "Sessions to reflect together are");
  _coprod_report_doc_paragraph (ctx->doc, text->str);
  g_string_free (text, TRUE);
  reflections = plain_findings (ctx, project, assessment);
  _coprod_report_doc_list (ctx->doc, reflections);
}

static void
write_gripp2 (CoprodReportContext *ctx)
{
  gboolean started = FALSE;
  guint i;

  for (i = 0; i < ctx->projects->len; i++)
    {
      CoprodProject *project = g_ptr_array_index (ctx->projects, i);

      if (!ctx->gripp2_all && !project_is_research (ctx, project))
        continue;
      if (!started)
        {
          _coprod_report_doc_section (ctx->doc, "gripp2", "Involvement in research (GRIPP2 short form)");
          _coprod_report_doc_paragraph (ctx->doc,
                                        "For each research project, the five points of the GRIPP2 "
                                        "short form, drawn from the records, to report the "
                                        "involvement of patients and the public.");
          started = TRUE;
        }
      write_gripp2_project (ctx, project, g_ptr_array_index (ctx->assessments, i));
    }
}

/* "You said, we did" */

static char *
proposal_line (CoprodProposal *proposal,
               gboolean        you)
{
  CoprodProposalOutcome outcome = coprod_proposal_get_outcome (proposal);
  const char *words = coprod_proposal_get_text (proposal);
  const char *reason = coprod_proposal_get_reason (proposal);
  const char *fed_back = coprod_proposal_get_fed_back_date (proposal);
  const char *what;
  GString *line = g_string_new (NULL);

  switch (outcome)
    {
    case COPROD_PROPOSAL_OUTCOME_ADOPTED: what = "taken up"; break;
    case COPROD_PROPOSAL_OUTCOME_ADOPTED_WITH_CHANGES: what = "taken up with changes"; break;
    case COPROD_PROPOSAL_OUTCOME_NOT_ADOPTED: what = "not taken up"; break;
    case COPROD_PROPOSAL_OUTCOME_PENDING:
    default: what = "still to be decided"; break;
    }
  g_string_append_printf (line, "%s: %s. ", you ? "You said" : "They said",
                          words != NULL ? words : "(no words recorded)");
  g_string_append_printf (line, "What happened: %s", what);
  if (reason != NULL)
    g_string_append_printf (line, " (%s)", reason);
  g_string_append (line, ". ");
  if (fed_back != NULL)
    g_string_append_printf (line, "This was told back on %s.", fed_back);
  else
    g_string_append (line, "This has not yet been told back.");
  return g_string_free (line, FALSE);
}

static void
write_proposals (CoprodReportContext *ctx)
{
  GPtrArray *items = strings_new ();
  guint i, counts[4] = { 0 };

  if (ctx->proposals->len == 0)
    {
      g_ptr_array_unref (items);
      return;
    }
  _coprod_report_doc_section (ctx->doc, "proposals", "You said, we did");
  for (i = 0; i < ctx->proposals->len; i++)
    {
      CoprodProposal *proposal = g_ptr_array_index (ctx->proposals, i);
      guint outcome = coprod_proposal_get_outcome (proposal);

      if (outcome < G_N_ELEMENTS (counts))
        counts[outcome]++;
      g_ptr_array_add (items, proposal_line (proposal, FALSE));
    }
  {
    guint adopted = agree (ctx, counts[COPROD_PROPOSAL_OUTCOME_ADOPTED]);
    guint not_adopted = agree (ctx, counts[COPROD_PROPOSAL_OUTCOME_NOT_ADOPTED]);
    guint pending = agree (ctx, counts[COPROD_PROPOSAL_OUTCOME_PENDING]);
    const guint64 split[] = { counts[COPROD_PROPOSAL_OUTCOME_ADOPTED],
                              counts[COPROD_PROPOSAL_OUTCOME_ADOPTED_WITH_CHANGES],
                              counts[COPROD_PROPOSAL_OUTCOME_NOT_ADOPTED],
                              counts[COPROD_PROPOSAL_OUTCOME_PENDING] };
    g_auto(GStrv) texts = row_texts (ctx, split, 4);
    g_autofree char *proposed = is_public (ctx) ? g_strdup_printf ("%s things", texts[4])
                                                : count_words (ctx->proposals->len, "thing", "things");

    _coprod_report_doc_paragraphf (ctx->doc,
                                   "People proposed %s: %s %s taken up as %s, %s with changes, "
                                   "%s %s not taken up and %s %s still to be decided.",
                                   proposed, texts[0], was_were (adopted),
                                   adopted == 1 ? "it was" : "they were", texts[1],
                                   texts[2], was_were (not_adopted), texts[3], is_are (pending));
  }
  _coprod_report_doc_list (ctx->doc, items);
}

/* Outputs */

static char *
reach_words (CoprodReportContext *ctx,
             CoprodOutput        *output)
{
  GString *out = g_string_new (NULL);

  if (coprod_output_get_page_views (output) > 0)
    {
      g_autofree char *views = count_words (coprod_output_get_page_views (output), "page view", "page views");
      g_string_append (out, views);
    }
  if (coprod_output_get_people_reached (output) > 0)
    {
      g_autofree char *people = people_words (ctx, coprod_output_get_people_reached (output), "person reached",
                                              "people reached");
      g_string_append_printf (out, "%s%s", out->len > 0 ? ", " : "", people);
    }
  if (out->len == 0)
    g_string_append (out, "not recorded");
  else if (coprod_output_get_reach_from (output) != NULL || coprod_output_get_reach_to (output) != NULL)
    g_string_append_printf (out, " (%s%s%s%s)",
                            coprod_output_get_reach_from (output) ? "from " : "",
                            coprod_output_get_reach_from (output) ? coprod_output_get_reach_from (output) : "",
                            coprod_output_get_reach_to (output) ? (coprod_output_get_reach_from (output) ? " to " : "up to ") : "",
                            coprod_output_get_reach_to (output) ? coprod_output_get_reach_to (output) : "");
  return g_string_free (out, FALSE);
}

static void
write_outputs (CoprodReportContext *ctx)
{
  const char *headers[] = { "What was made", "Kind", "Published", "Made with", "Reach" };
  CoprodReportBlock *table;
  guint i;

  if (ctx->outputs->len == 0)
    return;
  _coprod_report_doc_section (ctx->doc, "outputs", "What was made");
  table = _coprod_report_doc_table (ctx->doc, NULL, G_N_ELEMENTS (headers), headers, NULL);
  for (i = 0; i < ctx->outputs->len; i++)
    {
      CoprodOutput *output = g_ptr_array_index (ctx->outputs, i);
      const char * const *authors = coprod_output_get_co_author_ids (output);
      GPtrArray *row = strings_new ();
      GString *with = g_string_new (NULL);
      guint n_people = 0;

      for (; authors != NULL && *authors != NULL; authors++)
        {
          CoprodRecord *record = coprod_registry_lookup (ctx->registry, *authors);

          if (COPROD_IS_ORGANISATION (record))
            g_string_append_printf (with, "%s%s", with->len > 0 ? ", " : "",
                                    coprod_organisation_get_name (COPROD_ORGANISATION (record)));
          else if (COPROD_IS_PARTNERSHIP (record))
            g_string_append_printf (with, "%s%s", with->len > 0 ? ", " : "",
                                    partnership_name (COPROD_PARTNERSHIP (record)));
          else if (COPROD_IS_PERSON (record))
            n_people++;
        }
      if (n_people > 0)
        {
          g_autofree char *people = people_words (ctx, n_people, "person", "people");
          g_string_append_printf (with, "%s%s", with->len > 0 ? " and " : "", people);
        }
      g_ptr_array_add (row, g_strdup (coprod_output_get_title (output) ? coprod_output_get_title (output)
                                                                       : "Untitled"));
      g_ptr_array_add (row, _coprod_report_nick_words (COPROD_TYPE_OUTPUT_KIND, coprod_output_get_kind (output)));
      g_ptr_array_add (row, g_strdup (coprod_output_get_published_date (output)
                                        ? coprod_output_get_published_date (output) : "not recorded"));
      g_ptr_array_add (row, g_string_free (with, FALSE));
      g_ptr_array_add (row, reach_words (ctx, output));
      _coprod_report_doc_table_row (table, row);
    }
}

/* Meetings */

static void
write_meetings (CoprodReportContext *ctx)
{
  const char *headers[] = { "Meeting", "Date", "Kind", "How", "Held?", "People there",
                            "Papers sent before", "Support offered" };
  gboolean numeric[] = { FALSE, FALSE, FALSE, FALSE, FALSE, TRUE, FALSE, FALSE };
  CoprodReportBlock *table;
  guint i;

  if (ctx->meetings->len == 0)
    return;
  _coprod_report_doc_section (ctx->doc, "meetings",
                              ctx->scope == COPROD_REPORT_SCOPE_PERSON ? "Meetings you went to" : "Meetings");
  table = _coprod_report_doc_table (ctx->doc, NULL, G_N_ELEMENTS (headers), headers, numeric);
  for (i = 0; i < ctx->meetings->len; i++)
    {
      CoprodMeeting *meeting = g_ptr_array_index (ctx->meetings, i);
      GPtrArray *row = strings_new ();
      g_autofree char *support = flags_words (COPROD_TYPE_SUPPORT, coprod_meeting_get_support (meeting));

      g_ptr_array_add (row, meeting_name (meeting));
      g_ptr_array_add (row, g_strdup (coprod_meeting_get_date (meeting) ? coprod_meeting_get_date (meeting)
                                                                        : "not recorded"));
      g_ptr_array_add (row, _coprod_report_nick_words (COPROD_TYPE_MEETING_KIND, coprod_meeting_get_kind (meeting)));
      g_ptr_array_add (row, _coprod_report_nick_words (COPROD_TYPE_MEETING_FORMAT, coprod_meeting_get_format (meeting)));
      g_ptr_array_add (row, _coprod_report_nick_words (COPROD_TYPE_MEETING_STATUS, coprod_meeting_get_status (meeting)));
      g_ptr_array_add (row, count_text (ctx, coprod_meeting_get_n_attendees (meeting)));
      g_ptr_array_add (row, g_strdup (coprod_meeting_get_agenda_shared_date (meeting) != NULL
                                        ? (coprod_meeting_get_plain_language (meeting) ? "yes, in plain language" : "yes")
                                        : "no"));
      g_ptr_array_add (row, g_strdup (support[0] != '\0' ? support : "none recorded"));
      _coprod_report_doc_table_row (table, row);
    }
}

/* Payments: what the payment records hold (what is owed is its own
 * engine, and will be its own section) */

typedef struct
{
  char   *currency;
  guint   kind;
  guint   n_offered, n_paid, n_waiting, n_declined;
  gint64  paid;
  gint64  waiting;
} PaymentRow;

static void
payment_row_free (gpointer data)
{
  PaymentRow *row = data;
  g_free (row->currency);
  g_free (row);
}

static void
write_payments (CoprodReportContext *ctx)
{
  const char *headers[] = { "Kind", "Offered", "Paid", "Amount paid", "Waiting to be paid",
                            "Amount waiting", "Declined or given away" };
  gboolean numeric[] = { FALSE, TRUE, TRUE, TRUE, TRUE, TRUE, TRUE };
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (payment_row_free);
  CoprodReportBlock *table;
  guint i, j;

  if (ctx->payments->len == 0)
    return;
  for (i = 0; i < ctx->payments->len; i++)
    {
      CoprodPayment *payment = g_ptr_array_index (ctx->payments, i);
      const char *currency = coprod_payment_get_currency (payment);
      CoprodOfferOutcome outcome = coprod_payment_get_outcome (payment);
      PaymentRow *row = NULL;

      for (j = 0; j < rows->len && row == NULL; j++)
        {
          PaymentRow *candidate = g_ptr_array_index (rows, j);
          if (candidate->kind == (guint) coprod_payment_get_kind (payment) &&
              g_strcmp0 (candidate->currency, currency) == 0)
            row = candidate;
        }
      if (row == NULL)
        {
          row = g_new0 (PaymentRow, 1);
          row->currency = g_strdup (currency);
          row->kind = coprod_payment_get_kind (payment);
          g_ptr_array_add (rows, row);
        }
      row->n_offered++;
      if (outcome == COPROD_OFFER_OUTCOME_DECLINED || outcome == COPROD_OFFER_OUTCOME_DONATED)
        row->n_declined++;
      else if (coprod_payment_get_paid_date (payment) != NULL)
        {
          row->n_paid++;
          row->paid += coprod_payment_get_amount (payment);
        }
      else if (outcome != COPROD_OFFER_OUTCOME_PENDING || coprod_payment_get_claimed_date (payment) != NULL)
        {
          row->n_waiting++;
          row->waiting += coprod_payment_get_amount (payment);
        }
    }

  _coprod_report_doc_section (ctx->doc, "payments",
                              ctx->scope == COPROD_REPORT_SCOPE_PERSON ? "What you were paid" : "Payments");
  if (is_public (ctx))
    {
      const char *public_headers[] = { "Kind", "Paid", "Waiting to be paid", "Declined or given away",
                                       "Not yet claimed", "Offered" };
      gboolean public_numeric[] = { FALSE, TRUE, TRUE, TRUE, TRUE, TRUE };
      g_autoptr(CoprodSuppression) t = _coprod_suppression_new (rows->len, 4, ctx->threshold);

      _coprod_report_doc_paragraph (ctx->doc,
                                    "How many payments were offered to people for their time and "
                                    "costs, of each kind, and what became of them, with small "
                                    "numbers hidden (" COPROD_SUPPRESSION_MARK "). Anyone may decline "
                                    "a payment, for example to protect their benefits; the reason "
                                    "is never recorded. No amount of money is shown to the public.");
      for (i = 0; i < rows->len; i++)
        {
          PaymentRow *row = g_ptr_array_index (rows, i);

          _coprod_suppression_set (t, i, 0, row->n_paid);
          _coprod_suppression_set (t, i, 1, row->n_waiting);
          _coprod_suppression_set (t, i, 2, row->n_declined);
          _coprod_suppression_set (t, i, 3, row->n_offered - row->n_paid - row->n_waiting - row->n_declined);
        }
      _coprod_suppression_apply (t);
      table = _coprod_report_doc_table (ctx->doc, NULL, G_N_ELEMENTS (public_headers),
                                        public_headers, public_numeric);
      for (i = 0; i <= rows->len; i++)
        {
          GPtrArray *cells = strings_new ();

          if (i < rows->len)
            {
              PaymentRow *row = g_ptr_array_index (rows, i);
              g_autofree char *kind = _coprod_report_nick_words (COPROD_TYPE_PAYMENT_KIND, row->kind);

              g_ptr_array_add (cells, capitalised (kind));
            }
          else if (rows->len > 1)
            g_ptr_array_add (cells, g_strdup ("All kinds"));
          else
            {
              g_ptr_array_unref (cells);
              break;
            }
          for (j = 0; j <= 4; j++)
            g_ptr_array_add (cells, _coprod_suppression_format (t, i, j));
          _coprod_report_doc_table_row (table, cells);
        }
      return;
    }
  _coprod_report_doc_paragraph (ctx->doc,
                                "What the payment records hold: money offered to people for "
                                "their time and costs, what has been paid, and what is waiting. "
                                "Anyone may decline a payment, for example to protect their "
                                "benefits; the reason is never recorded.");
  table = _coprod_report_doc_table (ctx->doc, NULL, G_N_ELEMENTS (headers), headers, numeric);
  for (i = 0; i < rows->len; i++)
    {
      PaymentRow *row = g_ptr_array_index (rows, i);
      GPtrArray *cells = strings_new ();
      g_autofree char *kind = _coprod_report_nick_words (COPROD_TYPE_PAYMENT_KIND, row->kind);

      g_ptr_array_add (cells, capitalised (kind));
      g_ptr_array_add (cells, g_strdup_printf ("%u", row->n_offered));
      g_ptr_array_add (cells, g_strdup_printf ("%u", row->n_paid));
      g_ptr_array_add (cells, _coprod_report_money (row->paid, row->currency));
      g_ptr_array_add (cells, g_strdup_printf ("%u", row->n_waiting));
      g_ptr_array_add (cells, _coprod_report_money (row->waiting, row->currency));
      g_ptr_array_add (cells, g_strdup_printf ("%u", row->n_declined));
      _coprod_report_doc_table_row (table, cells);
    }
}

/* "My involvement": one person's statement, the only report that names
 * its reader */

static const char *
reader_name (CoprodReportContext *ctx)
{
  CoprodPerson *person = COPROD_PERSON (ctx->subject);
  const char *name = coprod_person_get_name (person);

  if (name == NULL || name[0] == '\0')
    name = coprod_person_get_pseudonym (person);
  return name != NULL && name[0] != '\0' ? name : NULL;
}

static void
write_person_about (CoprodReportContext *ctx)
{
  const char *name = reader_name (ctx);
  double hours = 0;
  guint i, n_held = 0;

  for (i = 0; i < ctx->involvements->len; i++)
    {
      CoprodInvolvement *involvement = g_ptr_array_index (ctx->involvements, i);
      if (!coprod_involvement_get_planned (involvement))
        {
          hours += coprod_involvement_get_hours (involvement);
          n_held++;
        }
    }
  _coprod_report_doc_section (ctx->doc, "about", "About this statement");
  _coprod_report_doc_paragraphf (ctx->doc,
                                 "This is a statement of what %s took part in, from the records "
                                 "as they stood on %s, to keep: as a reference, or for a CV. It "
                                 "names no one else.",
                                 name != NULL ? name : "you", ctx->as_of);
  {
    g_autofree char *h = _coprod_report_hours (hours);
    g_autofree char *projects = count_words (ctx->projects->len, "project", "projects");
    g_autofree char *meetings = count_words (ctx->meetings->len, "meeting", "meetings");

    _coprod_report_doc_paragraphf (ctx->doc,
                                   "In all: %s, %s, and %s hours of work recorded.",
                                   projects, meetings, h);
  }
}

static void
write_person_projects (CoprodReportContext *ctx)
{
  guint i, j;

  if (ctx->projects->len == 0)
    return;
  _coprod_report_doc_section (ctx->doc, "my-projects", "What you took part in");
  for (i = 0; i < ctx->projects->len; i++)
    {
      CoprodProject *project = g_ptr_array_index (ctx->projects, i);
      CoprodAssessment *assessment = g_ptr_array_index (ctx->assessments, i);
      GPtrArray *items = strings_new ();
      double hours = 0;

      _coprod_report_doc_heading (ctx->doc, project_title (project));
      for (j = 0; j < ctx->involvements->len; j++)
        {
          CoprodInvolvement *involvement = g_ptr_array_index (ctx->involvements, j);
          const char *date = coprod_involvement_get_date (involvement);
          g_autofree char *h = _coprod_report_hours (coprod_involvement_get_hours (involvement));
          GString *line;

          if (g_ptr_array_index (ctx->involvement_projects, j) != project)
            continue;
          line = g_string_new (NULL);
          g_string_append_printf (line, "%s: you %s",
                                  _coprod_report_stage_words (coprod_involvement_get_stage (involvement)),
                                  coprod_involvement_get_planned (involvement)
                                    ? "are planned to take part"
                                    : coprod_involvement_get_mode (involvement) == COPROD_MODE_CONSULTED
                                        ? "were asked for your views"
                                        : _coprod_report_mode_words (coprod_involvement_get_mode (involvement)));
          if (date != NULL)
            g_string_append_printf (line, ", %s", date);
          if (coprod_involvement_get_hours (involvement) > 0)
            g_string_append_printf (line, ", %s hours", h);
          g_string_append_c (line, '.');
          if (!coprod_involvement_get_planned (involvement))
            hours += coprod_involvement_get_hours (involvement);
          g_ptr_array_add (items, g_string_free (line, FALSE));
        }
      {
        g_autofree char *h = _coprod_report_hours (hours);
        _coprod_report_doc_paragraphf (ctx->doc,
                                       "You gave %s hours. The project as a whole has reached %s on the %s.",
                                       h, _coprod_report_rung_words (ctx, coprod_assessment_get_rung (assessment)),
                                       coprod_ladder_get_title (ctx->ladder));
      }
      _coprod_report_doc_list (ctx->doc, items);
    }
}

static void
write_person_skills (CoprodReportContext *ctx)
{
  CoprodPerson *person = COPROD_PERSON (ctx->subject);
  const char * const *brought = coprod_person_get_skills_brought (person);
  const char * const *developed = coprod_person_get_skills_developed (person);
  GPtrArray *items;

  if ((brought == NULL || brought[0] == NULL) && (developed == NULL || developed[0] == NULL))
    return;
  _coprod_report_doc_section (ctx->doc, "skills", "Your skills");
  if (brought != NULL && brought[0] != NULL)
    {
      _coprod_report_doc_subheading (ctx->doc, "Skills you brought");
      items = strings_new ();
      for (; *brought != NULL; brought++)
        g_ptr_array_add (items, g_strdup (*brought));
      _coprod_report_doc_list (ctx->doc, items);
    }
  if (developed != NULL && developed[0] != NULL)
    {
      _coprod_report_doc_subheading (ctx->doc, "Skills you developed");
      items = strings_new ();
      for (; *developed != NULL; developed++)
        g_ptr_array_add (items, g_strdup (*developed));
      _coprod_report_doc_list (ctx->doc, items);
    }
}

static void
write_person_proposals (CoprodReportContext *ctx)
{
  GPtrArray *items;
  guint i;

  if (ctx->proposals->len == 0)
    return;
  _coprod_report_doc_section (ctx->doc, "my-proposals", "What you proposed, and what became of it");
  items = strings_new ();
  for (i = 0; i < ctx->proposals->len; i++)
    g_ptr_array_add (items, proposal_line (g_ptr_array_index (ctx->proposals, i), TRUE));
  _coprod_report_doc_list (ctx->doc, items);
}

static void
write_person_outputs (CoprodReportContext *ctx)
{
  GPtrArray *items;
  guint i;

  if (ctx->outputs->len == 0)
    return;
  _coprod_report_doc_section (ctx->doc, "my-outputs", "What you helped to make");
  items = strings_new ();
  for (i = 0; i < ctx->outputs->len; i++)
    {
      CoprodOutput *output = g_ptr_array_index (ctx->outputs, i);
      g_autofree char *kind = _coprod_report_nick_words (COPROD_TYPE_OUTPUT_KIND, coprod_output_get_kind (output));

      g_ptr_array_add (items, g_strdup_printf ("%s (%s%s%s)",
                                               coprod_output_get_title (output) ? coprod_output_get_title (output) : "Untitled",
                                               kind,
                                               coprod_output_get_published_date (output) ? ", " : "",
                                               coprod_output_get_published_date (output) ? coprod_output_get_published_date (output) : ""));
    }
  _coprod_report_doc_list (ctx->doc, items);
}

static void
write_person_payments (CoprodReportContext *ctx)
{
  GPtrArray *items;
  guint i;

  if (ctx->payments->len == 0)
    return;
  write_payments (ctx);
  items = strings_new ();
  for (i = 0; i < ctx->payments->len; i++)
    {
      CoprodPayment *payment = g_ptr_array_index (ctx->payments, i);
      g_autofree char *money = _coprod_report_money (coprod_payment_get_amount (payment),
                                                     coprod_payment_get_currency (payment));
      g_autofree char *kind = _coprod_report_nick_words (COPROD_TYPE_PAYMENT_KIND, coprod_payment_get_kind (payment));
      CoprodOfferOutcome outcome = coprod_payment_get_outcome (payment);
      const char *paid = coprod_payment_get_paid_date (payment);

      if (outcome == COPROD_OFFER_OUTCOME_DECLINED)
        g_ptr_array_add (items, g_strdup_printf ("%s, %s: offered, and you declined it.", kind, money));
      else if (outcome == COPROD_OFFER_OUTCOME_DONATED)
        g_ptr_array_add (items, g_strdup_printf ("%s, %s: offered, and you gave it away.", kind, money));
      else if (paid != NULL)
        g_ptr_array_add (items, g_strdup_printf ("%s, %s: paid on %s.", kind, money, paid));
      else
        g_ptr_array_add (items, g_strdup_printf ("%s, %s: not paid yet.", kind, money));
    }
  _coprod_report_doc_list (ctx->doc, items);
}

/* The sections, in order, and the scopes each is written for. A new
 * subject is one more writer and one more row here. */

#define S_REGISTRY    (1u << COPROD_REPORT_SCOPE_REGISTRY)
#define S_PARTNERSHIP (1u << COPROD_REPORT_SCOPE_PARTNERSHIP)
#define S_PROJECT     (1u << COPROD_REPORT_SCOPE_PROJECT)
#define S_PERSON      (1u << COPROD_REPORT_SCOPE_PERSON)
#define S_WORK        (S_REGISTRY | S_PARTNERSHIP | S_PROJECT)

static const struct
{
  guint scopes;
  void (*write) (CoprodReportContext *ctx);
} sections[] = {
  { S_WORK,                     write_about },
  { S_REGISTRY,                 write_overview },
  { S_REGISTRY | S_PARTNERSHIP, write_partnerships },
  { S_WORK,                     write_ladder_summary },
  { S_WORK,                     write_projects },
  { S_WORK,                     write_values },
  { S_WORK,                     write_gripp2 },
  { S_WORK,                     write_proposals },
  { S_WORK,                     write_outputs },
  { S_WORK,                     write_meetings },
  { S_WORK,                     write_payments },
  { S_WORK,                     _coprod_report_write_owed },
  { S_REGISTRY | S_PARTNERSHIP, _coprod_report_write_pledges },
  { S_PERSON,                   write_person_about },
  { S_PERSON,                   write_person_projects },
  { S_PERSON,                   write_person_skills },
  { S_PERSON,                   write_person_proposals },
  { S_PERSON,                   write_person_outputs },
  { S_PERSON,                   write_meetings },
  { S_PERSON,                   write_person_payments },
};

CoprodReportDoc *
_coprod_report_write_sections (CoprodReportContext *ctx)
{
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  guint i;

  switch (ctx->scope)
    {
    case COPROD_REPORT_SCOPE_PARTNERSHIP:
      title = g_strdup_printf ("Co-production report: %s", partnership_name (COPROD_PARTNERSHIP (ctx->subject)));
      break;
    case COPROD_REPORT_SCOPE_PROJECT:
      title = g_strdup_printf ("Co-production report: %s", project_title (COPROD_PROJECT (ctx->subject)));
      break;
    case COPROD_REPORT_SCOPE_PERSON:
      title = reader_name (ctx) != NULL ? g_strdup_printf ("My involvement: %s", reader_name (ctx))
                                        : g_strdup ("My involvement");
      break;
    case COPROD_REPORT_SCOPE_REGISTRY:
    default:
      title = g_strdup ("Co-production report");
      break;
    }
  subtitle = g_strdup_printf ("As of %s", ctx->as_of);
  ctx->doc = _coprod_report_doc_new (title, subtitle);
  for (i = 0; i < G_N_ELEMENTS (sections); i++)
    if (sections[i].scopes & (1u << ctx->scope))
      sections[i].write (ctx);
  return g_steal_pointer (&ctx->doc);
}
