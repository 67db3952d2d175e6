/* coprod-text-writer-review.c: a values review as plain text
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "coprod-enum-types.h"
#include "coprod-finding.h"
#include "coprod-review-result.h"
#include "coprod-text-writer-private.h"

/* A score to one decimal, whatever the locale */
static const char *
format_score (char   *buffer,
              gsize   size,
              double  score)
{
  return g_ascii_formatd (buffer, size, "%.1f", score);
}

static const char *
source_words (CoprodScoreSource source)
{
  switch (source)
    {
    case COPROD_SCORE_SOURCE_DATA:
      return "from the records";
    case COPROD_SCORE_SOURCE_PEOPLE:
      return "from people";
    case COPROD_SCORE_SOURCE_BOTH:
      return "from the records and people";
    case COPROD_SCORE_SOURCE_NONE:
    default:
      return "not scored";
    }
}

static const char *
status_words (CoprodCheckStatus status)
{
  switch (status)
    {
    case COPROD_CHECK_STATUS_MET:
      return "met";
    case COPROD_CHECK_STATUS_PARTLY_MET:
      return "partly met";
    case COPROD_CHECK_STATUS_NOT_MET:
      return "not met";
    case COPROD_CHECK_STATUS_NOT_APPLICABLE:
    default:
      return "not applicable";
    }
}

/* "4.5 Mostly" or "not scored" */
static void
append_score (GString           *out,
              CoprodScoreSource  source,
              double             score,
              const char        *band)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (source == COPROD_SCORE_SOURCE_NONE)
    {
      g_string_append (out, "not scored");
      return;
    }

  g_string_append (out, format_score (buffer, sizeof buffer, score));
  if (band != NULL)
    {
      g_string_append_c (out, ' ');
      _coprod_text_writer_append_escaped (out, band);
    }
}

static void
append_practice (CoprodTextWriter    *self,
                 GString             *out,
                 CoprodPracticeScore *score)
{
  CoprodPractice *practice = coprod_practice_score_get_practice (score);
  CoprodCheckResult *check = coprod_practice_score_get_check_result (score);
  CoprodScoreSource source = coprod_practice_score_get_source (score);
  const char * const *evidence = coprod_practice_score_get_evidence_ids (score);
  g_autoptr(GString) line = g_string_new (NULL);
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  g_string_append (out, "  - ");
  _coprod_text_writer_append_escaped (out, coprod_practice_get_id (practice));
  g_string_append (out, ": ");
  append_score (out, source, coprod_practice_score_get_score (score),
                coprod_practice_score_get_band (score));
  if (coprod_practice_score_get_disagreement (score))
    g_string_append (out, " (the records and people disagree)");
  g_string_append_c (out, '\n');

  if (check != NULL)
    {
      /* the summary of a check not applicable says so itself */
      if (source & COPROD_SCORE_SOURCE_DATA)
        g_string_append_printf (line, "%s, %s; ",
                                status_words (coprod_check_result_get_status (check)),
                                format_score (buffer, sizeof buffer,
                                              coprod_practice_score_get_data_score (score)));
      g_string_append (line, coprod_check_result_get_summary (check));
      _coprod_text_writer_append_wrapped (self, out, "      Records: ", "               ", line->str);
      if (evidence != NULL && evidence[0] != NULL)
        {
          g_autofree char *ids = g_strjoinv (", ", (char **) evidence);

          _coprod_text_writer_append_wrapped (self, out, "      Evidence: ", "                ", ids);
        }
    }
  else
    g_string_append (out, "      Records: the practice names no automatic check\n");

  if (source & COPROD_SCORE_SOURCE_PEOPLE)
    {
      CoprodRating *rating = coprod_practice_score_get_rating (score);

      g_string_append_printf (out, "      People:  %d%s\n",
                              coprod_practice_score_get_people_score (score),
                              coprod_rating_get_evidence (rating) != NULL
                              ? ", with evidence recorded in the review" : "");
    }
  else
    g_string_append (out, "      People:  not rated\n");
}

/**
 * coprod_text_writer_write_review:
 * @self: a text writer
 * @result: a review result, from [method@Coprod.Registry.review_as_of]
 *
 * Writes a values review: the subject and the framework, the date it is
 * as of, who rated (how many reviewers, how many with lived experience),
 * the overall score with its band, then each value with its score and each
 * of its practices with its score, what the records show (the check's
 * status and summary, and the ids of the records it looked at) and what
 * people said, marking where the two disagree; then the findings.
 *
 * Scores are written to one decimal with a point, whatever the locale.
 * People are named by id only, and the evidence people wrote in the
 * review is not quoted: it is in the review's ratings for those who may
 * read it.
 *
 * Returns: (transfer full): the text, each line ending in a newline
 *
 * Since: 0.1
 */
char *
coprod_text_writer_write_review (CoprodTextWriter   *self,
                                 CoprodReviewResult *result)
{
  g_autoptr(GString) out = NULL;
  CoprodFramework *framework;
  CoprodReview *review;
  GListModel *values, *practices, *findings;
  guint i, n, n_practices;

  g_return_val_if_fail (COPROD_IS_TEXT_WRITER (self), NULL);
  g_return_val_if_fail (COPROD_IS_REVIEW_RESULT (result), NULL);

  framework = coprod_review_result_get_framework (result);
  review = coprod_review_result_get_review (result);
  values = coprod_review_result_get_values (result);
  practices = coprod_review_result_get_practices (result);
  findings = coprod_review_result_get_findings (result);
  n_practices = g_list_model_get_n_items (practices);

  out = g_string_new ("Review of ");
  _coprod_text_writer_append_escaped (out, coprod_review_result_get_subject_id (result));
  g_string_append (out, " against ");
  _coprod_text_writer_append_escaped (out, coprod_framework_get_title (framework));
  g_string_append (out, " [");
  _coprod_text_writer_append_escaped (out, coprod_framework_get_key (framework));
  g_string_append (out, "]\n");

  g_string_append (out, "As of:   ");
  _coprod_text_writer_append_escaped (out, coprod_review_result_get_as_of (result));
  g_string_append_printf (out, "; scale %d to %d\n",
                          coprod_framework_get_scale_minimum (framework),
                          coprod_framework_get_scale_maximum (framework));

  g_string_append (out, "Rated:   ");
  if (review != NULL)
    {
      guint n_reviewers = coprod_review_result_get_n_reviewers (result);
      const char *date = coprod_review_get_date (review);

      g_string_append (out, "in review ");
      _coprod_text_writer_append_escaped (out, coprod_record_get_id (COPROD_RECORD (review)));
      if (date != NULL)
        {
          g_string_append (out, " of ");
          _coprod_text_writer_append_escaped (out, date);
        }
      g_string_append_printf (out, ", by %u reviewer%s, %u with lived experience\n",
                              n_reviewers, n_reviewers == 1 ? "" : "s",
                              coprod_review_result_get_n_lived_experience_reviewers (result));
    }
  else
    g_string_append (out, "no review yet; the scores come from the records alone\n");

  g_string_append (out, "Overall: ");
  append_score (out, coprod_review_result_get_source (result),
                coprod_review_result_get_score (result),
                coprod_review_result_get_band (result));
  if (coprod_review_result_get_source (result) != COPROD_SCORE_SOURCE_NONE)
    g_string_append_printf (out, ", %s", source_words (coprod_review_result_get_source (result)));
  g_string_append_c (out, '\n');
  if (coprod_review_result_get_n_disagreements (result) > 0)
    g_string_append_printf (out, "         the records and people disagree on %u practice%s\n",
                            coprod_review_result_get_n_disagreements (result),
                            coprod_review_result_get_n_disagreements (result) == 1 ? "" : "s");

  n = g_list_model_get_n_items (values);
  for (i = 0; i < n; i++)
    {
      g_autoptr(CoprodValueScore) value_score = g_list_model_get_item (values, i);
      CoprodValue *value = coprod_value_score_get_value (value_score);
      guint j;

      g_string_append_c (out, '\n');
      _coprod_text_writer_append_escaped (out, coprod_value_get_title (value));
      g_string_append (out, " [");
      _coprod_text_writer_append_escaped (out, coprod_value_get_key (value));
      g_string_append (out, "]: ");
      append_score (out, coprod_value_score_get_source (value_score),
                    coprod_value_score_get_score (value_score),
                    coprod_value_score_get_band (value_score));
      g_string_append_printf (out, " (%u of %u practice%s scored)\n",
                              coprod_value_score_get_n_scored (value_score),
                              coprod_value_score_get_n_practices (value_score),
                              coprod_value_score_get_n_practices (value_score) == 1 ? "" : "s");

      for (j = 0; j < n_practices; j++)
        {
          g_autoptr(CoprodPracticeScore) score = g_list_model_get_item (practices, j);

          if (g_strcmp0 (coprod_practice_score_get_value_key (score),
                         coprod_value_get_key (value)) == 0)
            append_practice (self, out, score);
        }
    }

  if (g_list_model_get_n_items (findings) > 0)
    {
      g_string_append (out, "\nFindings:\n");
      _coprod_text_writer_append_findings (out, findings, "  ", NULL);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}
