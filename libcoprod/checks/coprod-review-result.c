/* coprod-review-result.c: a values review, from the records and from people
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <stdarg.h>

#include "coprod-date.h"
#include "coprod-date-private.h"
#include "coprod-enum-types.h"
#include "coprod-error.h"
#include "coprod-finding.h"
#include "coprod-index-private.h"
#include "coprod-partnership.h"
#include "coprod-person.h"
#include "coprod-project.h"
#include "coprod-review-result-private.h"
#include "coprod-text-private.h"

/**
 * CoprodReviewResult:
 *
 * A review of how a project or a partnership lived the values of a
 * framework, made by [method@Coprod.Registry.review_as_of]. It brings
 * together two kinds of evidence:
 *
 * - what the records show, through the automatic check each practice may
 *   name ([method@Coprod.Registry.run_check]);
 * - what people said, through the ratings of the latest
 *   [class@Coprod.Review] of the subject under the framework.
 *
 * Each practice gets a [class@Coprod.PracticeScore] (its data score, its
 * people score, the two combined and where the score came from), each
 * value a [class@Coprod.ValueScore] (the mean of its practices), and the
 * whole review a score: the mean of the values that have one, each value
 * counting the same however many practices it has. Every score is on the
 * framework's scale, with the label of its band.
 *
 * The result also says who rated: how many reviewers the review names and
 * how many of them have lived experience. What a reader should know is in
 * [method@Coprod.ReviewResult.get_findings], listed on the page about
 * findings: no review yet, a review with no reviewer with lived
 * experience, a practice where the records and the people disagree by
 * more than one band, ratings that cannot be counted, and practices that
 * nothing scored.
 *
 * ```c
 * g_autoptr(GError) error = NULL;
 * g_autoptr(CoprodReviewResult) result =
 *   coprod_registry_review_as_of (registry, "prj-flse-leaflet", "flse",
 *                                 "2019-12-31", &error);
 *
 * if (result != NULL)
 *   g_print ("%.1f %s\n", coprod_review_result_get_score (result),
 *            coprod_review_result_get_band (result));
 * ```
 *
 * Since: 0.1
 */

struct _CoprodReviewResult
{
  GObject parent_instance;

  char *subject_id;
  CoprodFramework *framework;
  char *as_of;
  CoprodReview *review;
  guint n_reviewers;
  guint n_lived_experience_reviewers;
  GListStore *practices;        /* of CoprodPracticeScore */
  GListStore *values;           /* of CoprodValueScore */
  CoprodScoreSource source;
  double score;
  const char *band;
  guint n_disagreements;
  GListStore *findings;         /* of CoprodFinding */
};

G_DEFINE_FINAL_TYPE (CoprodReviewResult, coprod_review_result, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_SUBJECT_ID,
  PROP_FRAMEWORK,
  PROP_AS_OF,
  PROP_REVIEW,
  PROP_N_REVIEWERS,
  PROP_N_LIVED_EXPERIENCE_REVIEWERS,
  PROP_SOURCE,
  PROP_SCORE,
  PROP_BAND,
  PROP_N_DISAGREEMENTS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
coprod_review_result_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  CoprodReviewResult *self = COPROD_REVIEW_RESULT (object);

  switch (prop_id)
    {
    case PROP_SUBJECT_ID:
      g_value_set_string (value, self->subject_id);
      break;

    case PROP_FRAMEWORK:
      g_value_set_object (value, self->framework);
      break;

    case PROP_AS_OF:
      g_value_set_string (value, self->as_of);
      break;

    case PROP_REVIEW:
      g_value_set_object (value, self->review);
      break;

    case PROP_N_REVIEWERS:
      g_value_set_uint (value, self->n_reviewers);
      break;

    case PROP_N_LIVED_EXPERIENCE_REVIEWERS:
      g_value_set_uint (value, self->n_lived_experience_reviewers);
      break;

    case PROP_SOURCE:
      g_value_set_enum (value, self->source);
      break;

    case PROP_SCORE:
      g_value_set_double (value, self->score);
      break;

    case PROP_BAND:
      g_value_set_string (value, self->band);
      break;

    case PROP_N_DISAGREEMENTS:
      g_value_set_uint (value, self->n_disagreements);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coprod_review_result_finalize (GObject *object)
{
  CoprodReviewResult *self = COPROD_REVIEW_RESULT (object);

  g_free (self->subject_id);
  g_clear_object (&self->framework);
  g_free (self->as_of);
  g_clear_object (&self->review);
  g_clear_object (&self->practices);
  g_clear_object (&self->values);
  g_clear_object (&self->findings);

  G_OBJECT_CLASS (coprod_review_result_parent_class)->finalize (object);
}

#define READABLE (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY)

static void
coprod_review_result_class_init (CoprodReviewResultClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = coprod_review_result_get_property;
  object_class->finalize = coprod_review_result_finalize;

  /**
   * CoprodReviewResult:subject-id:
   *
   * The id of the project or partnership reviewed.
   *
   * Since: 0.1
   */
  properties[PROP_SUBJECT_ID] =
    g_param_spec_string ("subject-id", NULL, NULL, NULL, READABLE);

  /**
   * CoprodReviewResult:framework:
   *
   * The values framework the subject was reviewed against.
   *
   * Since: 0.1
   */
  properties[PROP_FRAMEWORK] =
    g_param_spec_object ("framework", NULL, NULL, COPROD_TYPE_FRAMEWORK, READABLE);

  /**
   * CoprodReviewResult:as-of:
   *
   * The date the review was made as of, `YYYY-MM-DD` (or as given).
   *
   * Since: 0.1
   */
  properties[PROP_AS_OF] =
    g_param_spec_string ("as-of", NULL, NULL, NULL, READABLE);

  /**
   * CoprodReviewResult:review:
   *
   * The review whose ratings were used: the latest review of the subject
   * under the framework dated on or before the as-of date; %NULL when
   * there is none, and the scores come from the records alone.
   *
   * Since: 0.1
   */
  properties[PROP_REVIEW] =
    g_param_spec_object ("review", NULL, NULL, COPROD_TYPE_REVIEW, READABLE);

  /**
   * CoprodReviewResult:n-reviewers:
   *
   * How many reviewers the review names (0 when there is no review).
   *
   * Since: 0.1
   */
  properties[PROP_N_REVIEWERS] =
    g_param_spec_uint ("n-reviewers", NULL, NULL, 0, G_MAXUINT, 0, READABLE);

  /**
   * CoprodReviewResult:n-lived-experience-reviewers:
   *
   * How many of the reviewers are people with lived experience
   * ([method@Coprod.Person.has_lived_experience]).
   *
   * Since: 0.1
   */
  properties[PROP_N_LIVED_EXPERIENCE_REVIEWERS] =
    g_param_spec_uint ("n-lived-experience-reviewers", NULL, NULL, 0, G_MAXUINT, 0, READABLE);

  /**
   * CoprodReviewResult:source:
   *
   * Where the scores came from, all together.
   *
   * Since: 0.1
   */
  properties[PROP_SOURCE] =
    g_param_spec_enum ("source", NULL, NULL, COPROD_TYPE_SCORE_SOURCE,
                       COPROD_SCORE_SOURCE_NONE, READABLE);

  /**
   * CoprodReviewResult:score:
   *
   * The overall score: the mean of the scores of the values that have
   * one; 0 when none has.
   *
   * Since: 0.1
   */
  properties[PROP_SCORE] =
    g_param_spec_double ("score", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, READABLE);

  /**
   * CoprodReviewResult:band:
   *
   * The label of the band the overall score falls in, once rounded to the
   * nearest whole number (halves down); %NULL when there is no score.
   *
   * Since: 0.1
   */
  properties[PROP_BAND] =
    g_param_spec_string ("band", NULL, NULL, NULL, READABLE);

  /**
   * CoprodReviewResult:n-disagreements:
   *
   * How many practices the records and the people score more than one
   * band apart.
   *
   * Since: 0.1
   */
  properties[PROP_N_DISAGREEMENTS] =
    g_param_spec_uint ("n-disagreements", NULL, NULL, 0, G_MAXUINT, 0, READABLE);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
coprod_review_result_init (CoprodReviewResult *self)
{
  self->practices = g_list_store_new (COPROD_TYPE_PRACTICE_SCORE);
  self->values = g_list_store_new (COPROD_TYPE_VALUE_SCORE);
  self->findings = g_list_store_new (COPROD_TYPE_FINDING);
}

G_GNUC_PRINTF (6, 7)
static void
add_finding (CoprodReviewResult *self,
             CoprodSeverity      severity,
             const char         *code,
             const char         *record_id,
             const char         *member,
             const char         *format,
             ...)
{
  g_autoptr(CoprodFinding) finding = NULL;
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  finding = coprod_finding_new (severity, code, record_id, member, message);
  g_list_store_append (self->findings, finding);
}

/* The latest review of @subject_id following @framework_key (any
 * framework when NULL) dated on or before @as_of: a later date wins, an
 * undated review is older than any dated one, and of two on the same date
 * the one later in the registry wins. */
static CoprodReview *
latest_review (CoprodRegistry *registry,
               const char     *subject_id,
               const char     *framework_key,
               const char     *as_of)
{
  GPtrArray *reviews = _coprod_index_get (_coprod_registry_get_index (registry),
                                          COPROD_RELATION_REVIEWS_OF_SUBJECT, subject_id);
  CoprodReview *latest = NULL;
  guint i;

  for (i = 0; reviews != NULL && i < reviews->len; i++)
    {
      CoprodReview *review = g_ptr_array_index (reviews, i);
      const char *date = coprod_review_get_date (review);
      const char *latest_date;

      if (framework_key != NULL &&
          g_strcmp0 (coprod_review_get_framework_id (review), framework_key) != 0)
        continue;
      if (date != NULL && coprod_date_compare (date, as_of) > 0)
        continue;

      if (latest == NULL)
        {
          latest = review;
          continue;
        }

      latest_date = coprod_review_get_date (latest);
      if (date == NULL)
        {
          if (latest_date == NULL)
            latest = review;
        }
      else if (latest_date == NULL || coprod_date_compare (date, latest_date) >= 0)
        latest = review;
    }

  return latest;
}

static void
count_reviewers (CoprodReviewResult *self,
                 CoprodRegistry     *registry)
{
  const char * const *ids = coprod_review_get_reviewer_ids (self->review);
  guint i;

  for (i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      CoprodRecord *record = coprod_registry_lookup (registry, ids[i]);

      self->n_reviewers++;
      if (COPROD_IS_PERSON (record) &&
          coprod_person_has_lived_experience (COPROD_PERSON (record)))
        self->n_lived_experience_reviewers++;
    }

  if (self->n_reviewers == 0)
    add_finding (self, COPROD_SEVERITY_WARNING, "no-lived-experience-reviewer",
                 coprod_record_get_id (COPROD_RECORD (self->review)), "reviewer_ids",
                 "the review names no reviewers, so no one with lived experience "
                 "is known to have rated the practices");
  else if (self->n_lived_experience_reviewers == 0)
    add_finding (self, COPROD_SEVERITY_WARNING, "no-lived-experience-reviewer",
                 coprod_record_get_id (COPROD_RECORD (self->review)), "reviewer_ids",
                 "none of the review's %u reviewers has lived experience: the ratings "
                 "are professionals' alone", self->n_reviewers);
}

/* The ratings the review can count, by practice id: those of a practice
 * of the framework, in its scale, and the first of each practice */
static GHashTable *
usable_ratings (CoprodReviewResult *self)
{
  GHashTable *ratings = g_hash_table_new (g_str_hash, g_str_equal);
  const char *review_id;
  GListModel *list;
  guint i, n;

  if (self->review == NULL)
    return ratings;

  review_id = coprod_record_get_id (COPROD_RECORD (self->review));
  list = coprod_review_get_ratings (self->review);
  n = g_list_model_get_n_items (list);
  for (i = 0; i < n; i++)
    {
      g_autoptr(CoprodRating) rating = g_list_model_get_item (list, i);
      const char *practice_id = coprod_rating_get_practice_id (rating);
      char member[48];

      g_snprintf (member, sizeof member, "ratings[%u]", i);
      if (practice_id == NULL ||
          coprod_framework_lookup_practice (self->framework, practice_id) == NULL)
        add_finding (self, COPROD_SEVERITY_WARNING, "rating-not-counted", review_id, member,
                     "the rating names no practice of the framework, so it is not counted");
      else if (!coprod_framework_is_in_scale (self->framework, coprod_rating_get_score (rating)))
        add_finding (self, COPROD_SEVERITY_WARNING, "rating-not-counted", review_id, member,
                     "the rating's score is outside the framework's scale, %d to %d, so it "
                     "is not counted",
                     coprod_framework_get_scale_minimum (self->framework),
                     coprod_framework_get_scale_maximum (self->framework));
      else if (g_hash_table_contains (ratings, practice_id))
        add_finding (self, COPROD_SEVERITY_WARNING, "rating-not-counted", review_id, member,
                     "the practice is rated twice in the review; only its first rating "
                     "is counted");
      else
        g_hash_table_insert (ratings, (gpointer) practice_id, rating);
    }

  return ratings;
}

static gboolean
score_practices (CoprodReviewResult *self,
                 CoprodRegistry     *registry,
                 GError            **error)
{
  g_autoptr(GHashTable) ratings = usable_ratings (self);
  GListModel *values = coprod_framework_get_values (self->framework);
  double sum = 0;
  guint n_scored = 0;
  guint i, n = g_list_model_get_n_items (values);

  for (i = 0; i < n; i++)
    {
      g_autoptr(CoprodValue) value = g_list_model_get_item (values, i);
      GListModel *practices = coprod_value_get_practices (value);
      g_autoptr(GPtrArray) scores = g_ptr_array_new_with_free_func (g_object_unref);
      g_autoptr(CoprodValueScore) value_score = NULL;
      guint j, m = g_list_model_get_n_items (practices);

      for (j = 0; j < m; j++)
        {
          g_autoptr(CoprodPractice) practice = g_list_model_get_item (practices, j);
          g_autoptr(CoprodCheckResult) check = NULL;
          const char *practice_id = coprod_practice_get_id (practice);
          CoprodRating *rating = g_hash_table_lookup (ratings, practice_id);
          CoprodPracticeScore *score;

          if (coprod_practice_get_check (practice) != NULL)
            {
              check = coprod_registry_run_check (registry, practice, self->subject_id,
                                                 self->as_of, error);
              if (check == NULL)
                return FALSE;
            }

          score = _coprod_practice_score_new (self->framework, practice,
                                              coprod_value_get_key (value), check, rating);
          g_ptr_array_add (scores, score);
          g_list_store_append (self->practices, score);

          if (coprod_practice_score_get_disagreement (score))
            {
              char member[48], data[G_ASCII_DTOSTR_BUF_SIZE];
              guint k, n_ratings = g_list_model_get_n_items (coprod_review_get_ratings (self->review));

              /* the member is the rating that was counted */
              member[0] = '\0';
              for (k = 0; k < n_ratings; k++)
                {
                  g_autoptr(CoprodRating) item =
                    g_list_model_get_item (coprod_review_get_ratings (self->review), k);

                  if (item == rating)
                    {
                      g_snprintf (member, sizeof member, "ratings[%u]", k);
                      break;
                    }
                }

              g_ascii_formatd (data, sizeof data, "%.1f",
                               coprod_practice_score_get_data_score (score));
              self->n_disagreements++;
              add_finding (self, COPROD_SEVERITY_WARNING, "data-people-disagree",
                           coprod_record_get_id (COPROD_RECORD (self->review)),
                           member[0] != '\0' ? member : NULL,
                           "for the practice %s the records give %s and the reviewers %d, "
                           "more than one band apart: look at both before trusting either",
                           practice_id, data,
                           coprod_practice_score_get_people_score (score));
            }
          else if (coprod_practice_score_get_source (score) == COPROD_SCORE_SOURCE_NONE)
            add_finding (self, COPROD_SEVERITY_INFO, "not-scored", self->subject_id, NULL,
                         coprod_practice_get_check (practice) != NULL
                         ? "nothing scores the practice %s: its check found nothing to "
                           "look at, and no review rated it"
                         : "nothing scores the practice %s: it names no check, and no "
                           "review rated it",
                         practice_id);
        }

      value_score = _coprod_value_score_new (self->framework, value, scores);
      g_list_store_append (self->values, value_score);
      if (coprod_value_score_get_source (value_score) != COPROD_SCORE_SOURCE_NONE)
        {
          self->source |= coprod_value_score_get_source (value_score);
          sum += coprod_value_score_get_score (value_score);
          n_scored++;
        }
    }

  if (n_scored > 0)
    {
      self->score = sum / n_scored;
      self->band = _coprod_review_band (self->framework, self->score, NULL);
    }

  return TRUE;
}

/**
 * coprod_registry_review_with_framework:
 * @registry: a registry
 * @subject_id: the id of a project or a partnership
 * @framework: (nullable): the values framework to review against, built
 *   in or loaded from JSON; %NULL for the framework of the subject's
 *   latest review, or the default framework when that is not built in or
 *   there is no review
 * @as_of: (nullable): the date to review as of, `YYYY-MM-DD` (or `YYYY-MM`
 *   or `YYYY`); %NULL for today in the local time zone
 * @error: return location for an error
 *
 * Reviews how a project or a partnership lived the values of a framework,
 * as of a date. Each practice that names an automatic check has it run on
 * the subject's records ([method@Coprod.Registry.run_check]); the ratings
 * come from the latest [class@Coprod.Review] of the subject that follows
 * the framework (its [property@Coprod.Review:framework-id] is the
 * framework's key) and is dated on or before @as_of. Of reviews on the
 * same date, the one later in the registry counts; an undated review
 * counts only when no dated one does. A review dated after @as_of is
 * ignored, so a result as of a past date is what could have been known
 * then.
 *
 * The scores are combined as [class@Coprod.PracticeScore],
 * [class@Coprod.ValueScore] and [class@Coprod.ReviewResult] describe; the
 * rules are on the documentation's page on frameworks.
 *
 * Returns: (transfer full): the result, or %NULL with @error set:
 *   %COPROD_ERROR_NOT_FOUND if @subject_id is not the id of a project or a
 *   partnership; %COPROD_ERROR_DATE if @as_of is not a valid date;
 *   %COPROD_ERROR_VALUE if a practice names a check not available in this
 *   version
 *
 * Since: 0.1
 */
CoprodReviewResult *
coprod_registry_review_with_framework (CoprodRegistry   *registry,
                                       const char       *subject_id,
                                       CoprodFramework  *framework,
                                       const char       *as_of,
                                       GError          **error)
{
  g_autoptr(CoprodReviewResult) self = NULL;
  g_autofree char *date = NULL;
  CoprodRecord *subject;
  CoprodReview *review;

  g_return_val_if_fail (COPROD_IS_REGISTRY (registry), NULL);
  g_return_val_if_fail (subject_id != NULL, NULL);
  g_return_val_if_fail (framework == NULL || COPROD_IS_FRAMEWORK (framework), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  subject = coprod_registry_lookup (registry, subject_id);
  if (!COPROD_IS_PROJECT (subject) && !COPROD_IS_PARTNERSHIP (subject))
    {
      if (subject != NULL)
        g_set_error (error, COPROD_ERROR, COPROD_ERROR_NOT_FOUND,
                     "the record %s is neither a project nor a partnership", subject_id);
      else
        g_set_error_literal (error, COPROD_ERROR, COPROD_ERROR_NOT_FOUND,
                             "no project or partnership of the registry has that id");
      return NULL;
    }

  date = _coprod_date_resolve_as_of (as_of, error);
  if (date == NULL)
    return NULL;

  if (framework == NULL)
    {
      review = latest_review (registry, subject_id, NULL, date);
      if (review != NULL && coprod_review_get_framework_id (review) != NULL)
        framework = coprod_framework_get_builtin (coprod_review_get_framework_id (review));
      if (framework == NULL)
        framework = coprod_framework_get_default ();
    }

  self = g_object_new (COPROD_TYPE_REVIEW_RESULT, NULL);
  self->subject_id = g_strdup (subject_id);
  self->framework = g_object_ref (framework);
  self->as_of = g_steal_pointer (&date);

  review = latest_review (registry, subject_id, coprod_framework_get_key (framework),
                          self->as_of);
  if (review != NULL)
    {
      self->review = g_object_ref (review);
      count_reviewers (self, registry);
    }
  else
    add_finding (self, COPROD_SEVERITY_INFO, "no-review", subject_id, NULL,
                 "no review of the subject against the framework %s is dated on or "
                 "before %s: the scores come from the records alone",
                 coprod_framework_get_key (framework), self->as_of);

  if (!score_practices (self, registry, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * coprod_registry_review_as_of:
 * @registry: a registry
 * @subject_id: the id of a project or a partnership
 * @framework_id: (nullable): the key of a built-in values framework
 *   ([func@Coprod.Framework.list_builtin]); %NULL for the framework of the
 *   subject's latest review, or the default framework
 * @as_of: (nullable): the date to review as of, `YYYY-MM-DD` (or `YYYY-MM`
 *   or `YYYY`); %NULL for today in the local time zone
 * @error: return location for an error
 *
 * Reviews how a project or a partnership lived the values of a built-in
 * framework, as of a date: the same as
 * [method@Coprod.Registry.review_with_framework] with the framework
 * @framework_id names.
 *
 * Returns: (transfer full): the result, or %NULL with @error set: as
 *   [method@Coprod.Registry.review_with_framework] does, and
 *   %COPROD_ERROR_NOT_FOUND if @framework_id is not a built-in framework
 *
 * Since: 0.1
 */
CoprodReviewResult *
coprod_registry_review_as_of (CoprodRegistry  *registry,
                              const char      *subject_id,
                              const char      *framework_id,
                              const char      *as_of,
                              GError         **error)
{
  CoprodFramework *framework = NULL;

  g_return_val_if_fail (COPROD_IS_REGISTRY (registry), NULL);
  g_return_val_if_fail (subject_id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (framework_id != NULL)
    {
      framework = coprod_framework_get_builtin (framework_id);
      if (framework == NULL)
        {
          g_autofree char *known = g_strjoinv (", ", (char **) coprod_framework_list_builtin ());

          g_set_error (error, COPROD_ERROR, COPROD_ERROR_NOT_FOUND,
                       "no built-in values framework has that key (they are %s)", known);
          return NULL;
        }
    }

  return coprod_registry_review_with_framework (registry, subject_id, framework, as_of, error);
}

/**
 * coprod_registry_review:
 * @registry: a registry
 * @subject_id: the id of a project or a partnership
 * @framework_id: (nullable): the key of a built-in values framework; %NULL
 *   for the framework of the subject's latest review, or the default
 *   framework
 * @error: return location for an error
 *
 * Reviews how a project or a partnership lived the values of a built-in
 * framework, as of today: the same as
 * [method@Coprod.Registry.review_as_of] with no date. The checks count
 * days, so the result changes from one day to the next: give a date to
 * [method@Coprod.Registry.review_as_of] for a result that can be
 * reproduced.
 *
 * Returns: (transfer full): the result, or %NULL with @error set, as
 *   [method@Coprod.Registry.review_as_of] does
 *
 * Since: 0.1
 */
CoprodReviewResult *
coprod_registry_review (CoprodRegistry  *registry,
                        const char      *subject_id,
                        const char      *framework_id,
                        GError         **error)
{
  return coprod_registry_review_as_of (registry, subject_id, framework_id, NULL, error);
}

/**
 * coprod_review_result_get_subject_id:
 * @self: a review result
 *
 * Gets the id of the project or partnership reviewed.
 *
 * Returns: (transfer none): the subject's id
 *
 * Since: 0.1
 */
const char *
coprod_review_result_get_subject_id (CoprodReviewResult *self)
{
  g_return_val_if_fail (COPROD_IS_REVIEW_RESULT (self), NULL);

  return self->subject_id;
}

/**
 * coprod_review_result_get_framework:
 * @self: a review result
 *
 * Gets the values framework the subject was reviewed against.
 *
 * Returns: (transfer none): the framework
 *
 * Since: 0.1
 */
CoprodFramework *
coprod_review_result_get_framework (CoprodReviewResult *self)
{
  g_return_val_if_fail (COPROD_IS_REVIEW_RESULT (self), NULL);

  return self->framework;
}

/**
 * coprod_review_result_get_as_of:
 * @self: a review result
 *
 * Gets the date the review was made as of.
 *
 * Returns: (transfer none): the date, as given, or today's when none was
 *
 * Since: 0.1
 */
const char *
coprod_review_result_get_as_of (CoprodReviewResult *self)
{
  g_return_val_if_fail (COPROD_IS_REVIEW_RESULT (self), NULL);

  return self->as_of;
}

/**
 * coprod_review_result_get_review:
 * @self: a review result
 *
 * Gets the review whose ratings were used.
 *
 * Returns: (transfer none) (nullable): the latest review of the subject
 *   under the framework dated on or before the as-of date, or %NULL when
 *   there is none
 *
 * Since: 0.1
 */
CoprodReview *
coprod_review_result_get_review (CoprodReviewResult *self)
{
  g_return_val_if_fail (COPROD_IS_REVIEW_RESULT (self), NULL);

  return self->review;
}

/**
 * coprod_review_result_get_n_reviewers:
 * @self: a review result
 *
 * Counts the reviewers the review names.
 *
 * Returns: the number of reviewers; 0 when there is no review
 *
 * Since: 0.1
 */
guint
coprod_review_result_get_n_reviewers (CoprodReviewResult *self)
{
  g_return_val_if_fail (COPROD_IS_REVIEW_RESULT (self), 0);

  return self->n_reviewers;
}

/**
 * coprod_review_result_get_n_lived_experience_reviewers:
 * @self: a review result
 *
 * Counts the reviewers who are people with lived experience.
 *
 * Returns: the number of reviewers with lived experience
 *
 * Since: 0.1
 */
guint
coprod_review_result_get_n_lived_experience_reviewers (CoprodReviewResult *self)
{
  g_return_val_if_fail (COPROD_IS_REVIEW_RESULT (self), 0);

  return self->n_lived_experience_reviewers;
}

/**
 * coprod_review_result_get_practices:
 * @self: a review result
 *
 * Gets the score of every practice of the framework, value by value, in
 * the framework's order.
 *
 * Returns: (transfer none): a list model of [class@Coprod.PracticeScore]
 *
 * Since: 0.1
 */
GListModel *
coprod_review_result_get_practices (CoprodReviewResult *self)
{
  g_return_val_if_fail (COPROD_IS_REVIEW_RESULT (self), NULL);

  return G_LIST_MODEL (self->practices);
}

/**
 * coprod_review_result_lookup_practice:
 * @self: a review result
 * @practice_id: the id of a practice of the framework
 *
 * Finds the score of one practice.
 *
 * Returns: (transfer none) (nullable): the practice's score, or %NULL if
 *   the framework has no such practice
 *
 * Since: 0.1
 */
CoprodPracticeScore *
coprod_review_result_lookup_practice (CoprodReviewResult *self,
                                      const char         *practice_id)
{
  guint i, n;

  g_return_val_if_fail (COPROD_IS_REVIEW_RESULT (self), NULL);
  g_return_val_if_fail (practice_id != NULL, NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->practices));
  for (i = 0; i < n; i++)
    {
      CoprodPracticeScore *score = g_list_model_get_item (G_LIST_MODEL (self->practices), i);

      /* the store keeps its reference */
      g_object_unref (score);
      if (g_str_equal (coprod_practice_get_id (coprod_practice_score_get_practice (score)),
                       practice_id))
        return score;
    }

  return NULL;
}

/**
 * coprod_review_result_get_values:
 * @self: a review result
 *
 * Gets the score of every value of the framework, in the framework's
 * order.
 *
 * Returns: (transfer none): a list model of [class@Coprod.ValueScore]
 *
 * Since: 0.1
 */
GListModel *
coprod_review_result_get_values (CoprodReviewResult *self)
{
  g_return_val_if_fail (COPROD_IS_REVIEW_RESULT (self), NULL);

  return G_LIST_MODEL (self->values);
}

/**
 * coprod_review_result_get_source:
 * @self: a review result
 *
 * Gets where the scores came from, all together.
 *
 * Returns: the records, people, both or neither
 *
 * Since: 0.1
 */
CoprodScoreSource
coprod_review_result_get_source (CoprodReviewResult *self)
{
  g_return_val_if_fail (COPROD_IS_REVIEW_RESULT (self), COPROD_SCORE_SOURCE_NONE);

  return self->source;
}

/**
 * coprod_review_result_get_score:
 * @self: a review result
 *
 * Gets the overall score: the mean of the scores of the values that have
 * one, each value counting the same.
 *
 * Returns: the score; 0 when no value has one
 *
 * Since: 0.1
 */
double
coprod_review_result_get_score (CoprodReviewResult *self)
{
  g_return_val_if_fail (COPROD_IS_REVIEW_RESULT (self), 0);

  return self->score;
}

/**
 * coprod_review_result_get_band:
 * @self: a review result
 *
 * Gets the label of the band the overall score falls in.
 *
 * Returns: (transfer none) (nullable): the band's label, or %NULL when
 *   there is no score
 *
 * Since: 0.1
 */
const char *
coprod_review_result_get_band (CoprodReviewResult *self)
{
  g_return_val_if_fail (COPROD_IS_REVIEW_RESULT (self), NULL);

  return self->band;
}

/**
 * coprod_review_result_get_n_disagreements:
 * @self: a review result
 *
 * Counts the practices the records and the people score more than one
 * band apart.
 *
 * Returns: the number of disagreements
 *
 * Since: 0.1
 */
guint
coprod_review_result_get_n_disagreements (CoprodReviewResult *self)
{
  g_return_val_if_fail (COPROD_IS_REVIEW_RESULT (self), 0);

  return self->n_disagreements;
}

/**
 * coprod_review_result_get_findings:
 * @self: a review result
 *
 * Gets what a reader of the review should know: listed under "Review" on
 * the page about findings.
 *
 * Returns: (transfer none): a list model of [class@Coprod.Finding]
 *
 * Since: 0.1
 */
GListModel *
coprod_review_result_get_findings (CoprodReviewResult *self)
{
  g_return_val_if_fail (COPROD_IS_REVIEW_RESULT (self), NULL);

  return G_LIST_MODEL (self->findings);
}
