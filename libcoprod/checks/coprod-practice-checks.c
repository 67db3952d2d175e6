/* coprod-practice-checks.c: the automatic checks a practice can name
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "coprod-assessment.h"
#include "coprod-check-result-private.h"
#include "coprod-date.h"
#include "coprod-date-private.h"
#include "coprod-enum-types.h"
#include "coprod-error.h"
#include "coprod-feedback-event.h"
#include "coprod-index-private.h"
#include "coprod-involvement.h"
#include "coprod-meeting.h"
#include "coprod-partnership.h"
#include "coprod-payment.h"
#include "coprod-person.h"
#include "coprod-policy.h"
#include "coprod-project.h"
#include "coprod-record.h"
#include "coprod-text-private.h"

/* The ids of items short of the rule named in a summary, at most */
#define MAX_NAMED 5

#define DEFAULT_AGENDA_DAYS 7
#define DEFAULT_REFLECTION_DAYS 90
#define DEFAULT_PER_WEEK 3

typedef struct
{
  CoprodRegistry *registry;
  CoprodIndex *index;
  const char *as_of;
  guint32 as_of_day;            /* the last day @as_of covers */
  const char *partnership_id;   /* the subject's partnership, or NULL */

  GPtrArray *projects;          /* CoprodProject, transfer none */
  GPtrArray *meetings;          /* held CoprodMeeting dated on or before as_of */
  GPtrArray *all_meetings;      /* every CoprodMeeting of the subject */

  /* the tally */
  GPtrArray *evidence;          /* char *, owned */
  GHashTable *evidence_seen;    /* const char * (in evidence) */
  GPtrArray *short_ids;         /* const char *, not owned */
  guint n_short;
  guint n_considered;
  guint n_met;
} Run;

static void
run_clear (Run *run)
{
  g_clear_pointer (&run->projects, g_ptr_array_unref);
  g_clear_pointer (&run->meetings, g_ptr_array_unref);
  g_clear_pointer (&run->all_meetings, g_ptr_array_unref);
  g_clear_pointer (&run->evidence_seen, g_hash_table_unref);
  g_clear_pointer (&run->evidence, g_ptr_array_unref);
  g_clear_pointer (&run->short_ids, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

/* The day number of a date given to the day; FALSE for a date of a month
 * or a year, or none */
static gboolean
day_of (const char *date,
        guint32    *day)
{
  guint y, m, d;

  if (date == NULL || strlen (date) != 10 || !coprod_date_is_valid (date))
    return FALSE;

  if (sscanf (date, "%4u-%2u-%2u", &y, &m, &d) != 3)
    return FALSE;

  {
    g_autoptr(GDate) g = g_date_new_dmy (d, m, y);

    *day = g_date_get_julian (g);
  }

  return TRUE;
}

/* The last day a valid date covers: itself, the last day of its month or
 * the last day of its year */
static guint32
last_day_of (const char *date)
{
  guint y = 0, m = 12, d;
  guint32 day;
  g_autoptr(GDate) g = NULL;

  if (day_of (date, &day))
    return day;

  if (strlen (date) == 7)
    sscanf (date, "%4u-%2u", &y, &m);
  else
    sscanf (date, "%4u", &y);

  d = g_date_get_days_in_month (m, y);
  g = g_date_new_dmy (d, m, y);

  return g_date_get_julian (g);
}

static gboolean
on_or_before_as_of (Run        *run,
                    const char *date)
{
  return date != NULL && coprod_date_compare (date, run->as_of) <= 0;
}

static void
add_evidence (Run        *run,
              const char *id)
{
  char *copy;

  if (id == NULL || g_hash_table_contains (run->evidence_seen, id))
    return;

  copy = g_strdup (id);
  g_ptr_array_add (run->evidence, copy);
  g_hash_table_add (run->evidence_seen, copy);
}

/* One item considered, named by @id, that met the rule or not */
static void
consider (Run        *run,
          const char *id,
          gboolean    met)
{
  add_evidence (run, id);
  run->n_considered++;
  if (met)
    run->n_met++;
  else if (run->short_ids->len < MAX_NAMED)
    g_ptr_array_add (run->short_ids, (gpointer) id);
  else
    run->n_short++;
}

static CoprodCheckStatus
status_of (guint n_considered,
           guint n_met)
{
  if (n_considered == 0)
    return COPROD_CHECK_STATUS_NOT_APPLICABLE;
  if (n_met == n_considered)
    return COPROD_CHECK_STATUS_MET;
  if (n_met == 0)
    return COPROD_CHECK_STATUS_NOT_MET;
  return COPROD_CHECK_STATUS_PARTLY_MET;
}

/* The result from the tally: @items names what was considered, in the
 * plural ("held meetings"); @nothing says why nothing was, when nothing
 * was */
static CoprodCheckResult *
finish (Run        *run,
        const char *name,
        const char *items,
        const char *nothing)
{
  g_autoptr(GString) summary = g_string_new (name);
  CoprodCheckStatus status = status_of (run->n_considered, run->n_met);

  if (status == COPROD_CHECK_STATUS_NOT_APPLICABLE)
    g_string_append_printf (summary, ": not applicable: %s", nothing);
  else
    g_string_append_printf (summary, ": %u of %u %s met the rule",
                            run->n_met, run->n_considered, items);

  if (run->short_ids->len > 0)
    {
      guint i;

      g_string_append (summary, "; not met: ");
      for (i = 0; i < run->short_ids->len; i++)
        {
          /* record ids: valid ids hold no character that is unsafe on a terminal */
          g_string_append_printf (summary, "%s%s", i > 0 ? ", " : "",
                                  (const char *) g_ptr_array_index (run->short_ids, i));
        }
      if (run->n_short > 0)
        g_string_append_printf (summary, " and %u more", run->n_short);
    }

  g_ptr_array_add (run->evidence, NULL);

  return _coprod_check_result_new (name, status, summary->str,
                                   (char **) g_ptr_array_steal (run->evidence, NULL),
                                   run->n_considered, run->n_met);
}

/* A whole-number parameter of the practice, or @fallback if it sets none */
static guint
parameter (CoprodPractice *practice,
           const char     *name,
           guint           fallback)
{
  const char *text = coprod_practice_get_parameter (practice, name);
  guint64 value;

  if (text == NULL || !g_ascii_string_to_unsigned (text, 10, 1, 1000, &value, NULL))
    return fallback;

  return (guint) value;
}

static gboolean
is_withdrawn_by (Run          *run,
                 CoprodPerson *person)
{
  const char *withdrawn = coprod_person_get_withdrawn_date (person);

  return withdrawn != NULL && coprod_date_compare (withdrawn, run->as_of) <= 0;
}

/* The people with lived experience recorded as taking part in @project
 * (held involvements dated on or before as_of, or undated), not withdrawn
 * by then, each once, in the order of the involvements */
static GPtrArray *
lived_experience_people (Run           *run,
                         CoprodProject *project)
{
  GListModel *involvements = coprod_project_get_involvements (project);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *people = g_ptr_array_new ();
  guint i, n = g_list_model_get_n_items (involvements);

  for (i = 0; i < n; i++)
    {
      g_autoptr(CoprodInvolvement) involvement = g_list_model_get_item (involvements, i);
      const char *date = coprod_involvement_get_date (involvement);
      const char *person_id = coprod_involvement_get_person_id (involvement);
      CoprodRecord *record;

      /* an involvement that names no one (validation reports it) */
      if (person_id == NULL || coprod_involvement_get_planned (involvement))
        continue;
      if (date != NULL && !on_or_before_as_of (run, date))
        continue;

      record = coprod_registry_lookup (run->registry, person_id);
      if (!COPROD_IS_PERSON (record)
          || !coprod_person_has_lived_experience (COPROD_PERSON (record))
          || is_withdrawn_by (run, COPROD_PERSON (record))
          || g_hash_table_contains (seen, coprod_record_get_id (record)))
        continue;

      g_hash_table_add (seen, (gpointer) coprod_record_get_id (record));
      g_ptr_array_add (people, record);
    }

  return people;
}

/* purpose-and-agenda-shared */
static CoprodCheckResult *
check_agenda (Run            *run,
              CoprodPractice *practice)
{
  guint days = parameter (practice, "days", DEFAULT_AGENDA_DAYS);
  guint i;

  for (i = 0; i < run->meetings->len; i++)
    {
      CoprodMeeting *meeting = g_ptr_array_index (run->meetings, i);
      guint32 held, shared;
      gboolean met;

      met = day_of (coprod_meeting_get_date (meeting), &held)
        && day_of (coprod_meeting_get_agenda_shared_date (meeting), &shared)
        && shared <= held && held - shared >= days;
      consider (run, coprod_record_get_id (COPROD_RECORD (meeting)), met);
    }

  return finish (run, "purpose-and-agenda-shared", "held meetings", "no meeting held");
}

/* A rule about one held meeting */
typedef gboolean (*MeetingRule) (CoprodMeeting *meeting);

static gboolean
has_plain_language (CoprodMeeting *meeting)
{
  return coprod_meeting_get_plain_language (meeting);
}

static gboolean
offers_support (CoprodMeeting *meeting)
{
  return coprod_meeting_get_support (meeting) != COPROD_SUPPORT_NONE;
}

#define ACCESSIBLE_VENUE (COPROD_ACCESS_STEP_FREE | COPROD_ACCESS_ACCESSIBLE_TOILET)

static gboolean
is_accessible_venue (CoprodMeeting *meeting)
{
  return (coprod_meeting_get_access (meeting) & ACCESSIBLE_VENUE) == ACCESSIBLE_VENUE;
}

static gboolean
is_trauma_informed (CoprodMeeting *meeting)
{
  return (coprod_meeting_get_access (meeting) & COPROD_ACCESS_TRAUMA_INFORMED) != 0;
}

static CoprodCheckResult *
check_meetings (Run         *run,
                const char  *name,
                MeetingRule  rule,
                gboolean     venues_only)
{
  guint i;

  for (i = 0; i < run->meetings->len; i++)
    {
      CoprodMeeting *meeting = g_ptr_array_index (run->meetings, i);

      if (venues_only && coprod_meeting_get_format (meeting) == COPROD_MEETING_FORMAT_ONLINE)
        continue;
      consider (run, coprod_record_get_id (COPROD_RECORD (meeting)), rule (meeting));
    }

  return finish (run, name,
                 venues_only ? "held meetings in a venue" : "held meetings",
                 venues_only ? "no meeting held in a venue" : "no meeting held");
}

/* choice-of-formats: counts formats, not meetings */
static CoprodCheckResult *
check_formats (Run *run)
{
  g_autoptr(GString) summary = g_string_new ("choice-of-formats");
  guint formats = 0, n_formats = 0, i;
  CoprodCheckStatus status;

  for (i = 0; i < run->meetings->len; i++)
    {
      CoprodMeeting *meeting = g_ptr_array_index (run->meetings, i);

      add_evidence (run, coprod_record_get_id (COPROD_RECORD (meeting)));
      formats |= 1u << coprod_meeting_get_format (meeting);
    }

  for (i = 0; i <= COPROD_MEETING_FORMAT_HYBRID; i++)
    if (formats & (1u << i))
      n_formats++;

  if (run->meetings->len == 0)
    {
      status = COPROD_CHECK_STATUS_NOT_APPLICABLE;
      g_string_append (summary, ": not applicable: no meeting held");
    }
  else
    {
      status = n_formats > 1 ? COPROD_CHECK_STATUS_MET : COPROD_CHECK_STATUS_NOT_MET;
      g_string_append_printf (summary, ": %u held %s in %u %s",
                              run->meetings->len,
                              run->meetings->len == 1 ? "meeting" : "meetings", n_formats,
                              n_formats == 1 ? "format" : "formats");
    }

  g_ptr_array_add (run->evidence, NULL);

  return _coprod_check_result_new ("choice-of-formats", status, summary->str,
                                   (char **) g_ptr_array_steal (run->evidence, NULL),
                                   run->meetings->len, n_formats);
}

/* lived-experience-deciding */
static CoprodCheckResult *
check_deciding (Run *run)
{
  guint i;

  for (i = 0; i < run->projects->len; i++)
    {
      CoprodProject *project = g_ptr_array_index (run->projects, i);
      const char *id = coprod_record_get_id (COPROD_RECORD (project));
      g_autoptr(CoprodAssessment) assessment = coprod_registry_assess_project (run->registry, id, NULL);
      guint n_lived_experience = 0, n_professional = 0;

      if (assessment != NULL)
        coprod_assessment_get_partner_counts (assessment, COPROD_STAGE_DECIDING,
                                              &n_lived_experience, &n_professional);
      consider (run, id, n_lived_experience > 0);
    }

  return finish (run, "lived-experience-deciding", "projects", "no project");
}

/* impact-fed-back */
static CoprodCheckResult *
check_fed_back (Run *run)
{
  guint i;

  for (i = 0; i < run->projects->len; i++)
    {
      CoprodProject *project = g_ptr_array_index (run->projects, i);
      g_autoptr(GPtrArray) people = lived_experience_people (run, project);
      GListModel *events = coprod_project_get_feedback_events (project);
      guint j, k, n_events = g_list_model_get_n_items (events);
      gboolean met = FALSE;

      if (people->len == 0)
        continue;

      for (j = 0; j < people->len; j++)
        add_evidence (run, coprod_record_get_id (g_ptr_array_index (people, j)));

      for (j = 0; j < n_events && !met; j++)
        {
          g_autoptr(CoprodFeedbackEvent) event = g_list_model_get_item (events, j);
          const char * const *reached = coprod_feedback_event_get_reached_ids (event);
          gboolean all = TRUE;

          if (!on_or_before_as_of (run, coprod_feedback_event_get_date (event)))
            continue;

          for (k = 0; k < people->len && all; k++)
            all = reached != NULL
              && g_strv_contains (reached, coprod_record_get_id (g_ptr_array_index (people, k)));
          met = all;
        }

      consider (run, coprod_record_get_id (COPROD_RECORD (project)), met);
    }

  return finish (run, "impact-fed-back", "projects",
                 "no project with a person with lived experience taking part");
}

/* regular-reflection */
static CoprodCheckResult *
check_reflection (Run            *run,
                  CoprodPractice *practice)
{
  guint days = parameter (practice, "days", DEFAULT_REFLECTION_DAYS);
  g_autoptr(GArray) covered = NULL;
  guint32 first = G_MAXUINT32, day;
  guint64 n_periods;
  guint i;

  for (i = 0; i < run->meetings->len; i++)
    {
      CoprodMeeting *meeting = g_ptr_array_index (run->meetings, i);

      if (day_of (coprod_meeting_get_date (meeting), &day))
        {
          add_evidence (run, coprod_record_get_id (COPROD_RECORD (meeting)));
          first = MIN (first, day);
        }
    }

  /* The periods that have ended by as_of */
  n_periods = first == G_MAXUINT32 || (guint64) run->as_of_day + 1 < (guint64) first + days
    ? 0 : ((guint64) run->as_of_day + 1 - first) / days;

  covered = g_array_sized_new (FALSE, TRUE, sizeof (gboolean), (guint) n_periods);
  g_array_set_size (covered, (guint) n_periods);

  for (i = 0; i < run->meetings->len; i++)
    {
      CoprodMeeting *meeting = g_ptr_array_index (run->meetings, i);
      guint64 period;

      if (coprod_meeting_get_kind (meeting) != COPROD_MEETING_KIND_REFLECTION
          || !day_of (coprod_meeting_get_date (meeting), &day))
        continue;

      period = (day - first) / days;
      if (period < n_periods)
        g_array_index (covered, gboolean, period) = TRUE;
    }

  for (i = 0; i < n_periods; i++)
    {
      run->n_considered++;
      if (g_array_index (covered, gboolean, i))
        run->n_met++;
    }

  {
    g_autoptr(GString) summary = g_string_new ("regular-reflection");
    CoprodCheckStatus status = status_of (run->n_considered, run->n_met);

    if (status == COPROD_CHECK_STATUS_NOT_APPLICABLE)
      g_string_append_printf (summary, ": not applicable: no period of %u days since the first meeting held has ended",
                              days);
    else
      g_string_append_printf (summary, ": %u of %u periods of %u days had a reflection session",
                              run->n_met, run->n_considered, days);

    g_ptr_array_add (run->evidence, NULL);

    return _coprod_check_result_new ("regular-reflection", status, summary->str,
                                     (char **) g_ptr_array_steal (run->evidence, NULL),
                                     run->n_considered, run->n_met);
  }
}

static void
add_payments (GPtrArray  *payments,
              GHashTable *seen,
              GPtrArray  *related)
{
  guint i;

  for (i = 0; related != NULL && i < related->len; i++)
    {
      gpointer payment = g_ptr_array_index (related, i);

      if (!g_hash_table_contains (seen, payment))
        {
          g_hash_table_add (seen, payment);
          g_ptr_array_add (payments, payment);
        }
    }
}

/* claims-paid-on-time */
static CoprodCheckResult *
check_claims (Run *run)
{
  g_autoptr(GPtrArray) payments = g_ptr_array_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  CoprodPolicy *policy = NULL;
  guint days, i;

  if (run->partnership_id != NULL)
    policy = _coprod_index_policy_of_partnership (run->index, run->partnership_id);
  if (policy == NULL)
    return finish (run, "claims-paid-on-time", "claims",
                   "no payment policy of a member of the partnership");

  add_evidence (run, coprod_record_get_id (COPROD_RECORD (policy)));
  days = coprod_policy_get_payment_days (policy);

  for (i = 0; i < run->projects->len; i++)
    add_payments (payments, seen,
                  _coprod_index_get (run->index, COPROD_RELATION_PAYMENTS_OF_PROJECT,
                                     coprod_record_get_id (g_ptr_array_index (run->projects, i))));
  for (i = 0; i < run->all_meetings->len; i++)
    add_payments (payments, seen,
                  _coprod_index_get (run->index, COPROD_RELATION_PAYMENTS_OF_MEETING,
                                     coprod_record_get_id (g_ptr_array_index (run->all_meetings, i))));

  for (i = 0; i < payments->len; i++)
    {
      CoprodPayment *payment = g_ptr_array_index (payments, i);
      const char *id = coprod_record_get_id (COPROD_RECORD (payment));
      const char *claimed = coprod_payment_get_claimed_date (payment);
      const char *paid = coprod_payment_get_paid_date (payment);
      guint32 claimed_day, paid_day;
      gboolean claim_to_the_day;

      if (!on_or_before_as_of (run, claimed))
        continue;

      claim_to_the_day = day_of (claimed, &claimed_day);
      if (on_or_before_as_of (run, paid))
        {
          consider (run, id, claim_to_the_day && day_of (paid, &paid_day)
                             && (paid_day < claimed_day || paid_day - claimed_day <= days));
        }
      else if (claim_to_the_day && run->as_of_day - claimed_day <= days)
        add_evidence (run, id);   /* not yet due */
      else
        consider (run, id, FALSE);
    }

  return finish (run, "claims-paid-on-time", "claims", "no claim due");
}

/* access-needs-met */
static CoprodCheckResult *
check_access_needs (Run *run)
{
  guint i;

  for (i = 0; i < run->meetings->len; i++)
    {
      CoprodMeeting *meeting = g_ptr_array_index (run->meetings, i);
      CoprodAccess provided = coprod_meeting_get_access (meeting);
      const char * const *attendee;
      gboolean any = FALSE, met = TRUE;

      for (attendee = coprod_meeting_get_attendee_ids (meeting); *attendee != NULL; attendee++)
        {
          CoprodRecord *record = coprod_registry_lookup (run->registry, *attendee);
          CoprodAccess needs;

          if (!COPROD_IS_PERSON (record))
            continue;
          needs = coprod_person_get_access_needs (COPROD_PERSON (record));
          if (needs == COPROD_ACCESS_NONE)
            continue;

          any = TRUE;
          if ((needs & ~provided) != 0)
            met = FALSE;
        }

      if (any)
        consider (run, coprod_record_get_id (COPROD_RECORD (meeting)), met);
    }

  return finish (run, "access-needs-met", "held meetings with access needs",
                 "no meeting held with an attendee's access needs recorded");
}

/* skills-developed */
static CoprodCheckResult *
check_skills (Run *run)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  guint i, j;

  for (i = 0; i < run->projects->len; i++)
    {
      g_autoptr(GPtrArray) people = lived_experience_people (run, g_ptr_array_index (run->projects, i));

      for (j = 0; j < people->len; j++)
        {
          CoprodPerson *person = g_ptr_array_index (people, j);
          const char * const *skills = coprod_person_get_skills_developed (person);

          if (g_hash_table_contains (seen, person))
            continue;
          g_hash_table_add (seen, person);
          consider (run, coprod_record_get_id (COPROD_RECORD (person)),
                    skills != NULL && skills[0] != NULL);
        }
    }

  return finish (run, "skills-developed", "people with lived experience",
                 "no person with lived experience taking part");
}

static int
compare_days (gconstpointer a,
              gconstpointer b)
{
  guint32 x = *(const guint32 *) a, y = *(const guint32 *) b;

  return x < y ? -1 : x > y ? 1 : 0;
}

/* workload */
static CoprodCheckResult *
check_workload (Run            *run,
                CoprodPractice *practice)
{
  guint per_week = parameter (practice, "per-week", DEFAULT_PER_WEEK);
  g_autoptr(GHashTable) days_of = g_hash_table_new_full (NULL, NULL, NULL,
                                                         (GDestroyNotify) g_array_unref);
  g_autoptr(GHashTable) last_meeting = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) people = g_ptr_array_new ();
  guint i, j, k;

  for (i = 0; i < run->meetings->len; i++)
    {
      CoprodMeeting *meeting = g_ptr_array_index (run->meetings, i);
      const char * const *attendee;
      guint32 day;

      if (!day_of (coprod_meeting_get_date (meeting), &day))
        continue;

      for (attendee = coprod_meeting_get_attendee_ids (meeting); *attendee != NULL; attendee++)
        {
          CoprodRecord *record = coprod_registry_lookup (run->registry, *attendee);
          GArray *days;

          if (!COPROD_IS_PERSON (record))
            continue;

          days = g_hash_table_lookup (days_of, record);
          if (days == NULL)
            {
              days = g_array_new (FALSE, FALSE, sizeof (guint32));
              g_hash_table_insert (days_of, record, days);
              g_ptr_array_add (people, record);
            }
          /* someone listed twice at one meeting attended it once */
          if (g_hash_table_lookup (last_meeting, record) == meeting)
            continue;
          g_hash_table_insert (last_meeting, record, meeting);
          g_array_append_val (days, day);
        }
    }

  for (i = 0; i < people->len; i++)
    {
      CoprodRecord *person = g_ptr_array_index (people, i);
      GArray *days = g_hash_table_lookup (days_of, person);
      gboolean met = TRUE;

      g_array_sort (days, compare_days);
      for (j = 0, k = 0; j < days->len && met; j++)
        {
          while (g_array_index (days, guint32, j) - g_array_index (days, guint32, k) >= 7)
            k++;
          if (j - k + 1 > per_week)
            met = FALSE;
        }

      consider (run, coprod_record_get_id (person), met);
    }

  return finish (run, "workload", "people attending", "no meeting held with attendees");
}

static void
add_meetings (Run        *run,
              GHashTable *seen,
              GPtrArray  *related)
{
  guint i;

  for (i = 0; related != NULL && i < related->len; i++)
    {
      CoprodMeeting *meeting = g_ptr_array_index (related, i);

      if (g_hash_table_contains (seen, meeting))
        continue;
      g_hash_table_add (seen, meeting);
      g_ptr_array_add (run->all_meetings, meeting);
      if (coprod_meeting_get_status (meeting) == COPROD_MEETING_STATUS_HELD
          && on_or_before_as_of (run, coprod_meeting_get_date (meeting)))
        g_ptr_array_add (run->meetings, meeting);
    }
}

/**
 * coprod_registry_run_check:
 * @registry: a registry
 * @practice: a practice that names a check ([method@Coprod.Practice.get_check])
 * @subject_id: the id of a project or a partnership
 * @as_of: (nullable): the date to judge by, `YYYY-MM-DD` (or `YYYY-MM` or
 *   `YYYY`, taken as its last day where days are counted); %NULL for today
 *   in the local time zone
 * @error: return location for an error
 *
 * Runs the automatic check @practice names on the records of a project or
 * a partnership, as of a date. The records of a project are its meetings,
 * payments and involvements; those of a partnership are those of all its
 * projects and the meetings of the partnership itself. Only records dated
 * on or before @as_of count. The result is met when every item the check
 * considered met its rule, partly met when some did, not met when none
 * did, and not applicable when there was nothing to consider or the
 * registry does not hold what the check needs. The rules of each check
 * are in the documentation's page on frameworks.
 *
 * Returns: (transfer full): the result, or %NULL with @error set:
 *   %COPROD_ERROR_NOT_FOUND if @subject_id is not the id of a project or a
 *   partnership; %COPROD_ERROR_VALUE if @practice names no check, or a
 *   check not available in this version; %COPROD_ERROR_DATE if @as_of is
 *   not a valid date
 *
 * Since: 0.1
 */
CoprodCheckResult *
coprod_registry_run_check (CoprodRegistry  *registry,
                           CoprodPractice  *practice,
                           const char      *subject_id,
                           const char      *as_of,
                           GError         **error)
{
  g_auto(Run) run = { 0 };
  g_autofree char *today = NULL;
  g_autoptr(GHashTable) seen = NULL;
  CoprodRecord *subject;
  const char *check;
  guint i;

  g_return_val_if_fail (COPROD_IS_REGISTRY (registry), NULL);
  g_return_val_if_fail (COPROD_IS_PRACTICE (practice), NULL);
  g_return_val_if_fail (subject_id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  check = coprod_practice_get_check (practice);
  if (check == NULL)
    {
      g_set_error_literal (error, COPROD_ERROR, COPROD_ERROR_VALUE,
                           "the practice names no check");
      return NULL;
    }

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

  today = _coprod_date_resolve_as_of (as_of, error);
  if (today == NULL)
    return NULL;
  as_of = today;

  run.registry = registry;
  run.index = _coprod_registry_get_index (registry);
  run.as_of = as_of;
  run.as_of_day = last_day_of (as_of);
  run.projects = g_ptr_array_new ();
  run.meetings = g_ptr_array_new ();
  run.all_meetings = g_ptr_array_new ();
  run.evidence = g_ptr_array_new_with_free_func (g_free);
  run.evidence_seen = g_hash_table_new (g_str_hash, g_str_equal);
  run.short_ids = g_ptr_array_new ();
  seen = g_hash_table_new (NULL, NULL);

  if (COPROD_IS_PROJECT (subject))
    {
      run.partnership_id = coprod_project_get_partnership_id (COPROD_PROJECT (subject));
      g_ptr_array_add (run.projects, subject);
    }
  else
    {
      GPtrArray *projects = _coprod_index_get (run.index, COPROD_RELATION_PROJECTS_OF_PARTNERSHIP,
                                               subject_id);

      run.partnership_id = subject_id;
      for (i = 0; projects != NULL && i < projects->len; i++)
        g_ptr_array_add (run.projects, g_ptr_array_index (projects, i));
    }

  for (i = 0; i < run.projects->len; i++)
    add_meetings (&run, seen,
                  _coprod_index_get (run.index, COPROD_RELATION_MEETINGS_OF_PROJECT,
                                     coprod_record_get_id (g_ptr_array_index (run.projects, i))));
  if (COPROD_IS_PARTNERSHIP (subject))
    add_meetings (&run, seen,
                  _coprod_index_get (run.index, COPROD_RELATION_MEETINGS_OF_PARTNERSHIP,
                                     subject_id));

  if (g_str_equal (check, "purpose-and-agenda-shared"))
    return check_agenda (&run, practice);
  if (g_str_equal (check, "plain-language-papers"))
    return check_meetings (&run, check, has_plain_language, FALSE);
  if (g_str_equal (check, "choice-of-formats"))
    return check_formats (&run);
  if (g_str_equal (check, "support-offered"))
    return check_meetings (&run, check, offers_support, FALSE);
  if (g_str_equal (check, "lived-experience-deciding"))
    return check_deciding (&run);
  if (g_str_equal (check, "impact-fed-back"))
    return check_fed_back (&run);
  if (g_str_equal (check, "regular-reflection"))
    return check_reflection (&run, practice);
  if (g_str_equal (check, "claims-paid-on-time"))
    return check_claims (&run);
  if (g_str_equal (check, "access-needs-met"))
    return check_access_needs (&run);
  if (g_str_equal (check, "accessible-venue"))
    return check_meetings (&run, check, is_accessible_venue, TRUE);
  if (g_str_equal (check, "trauma-informed-venue"))
    return check_meetings (&run, check, is_trauma_informed, TRUE);
  if (g_str_equal (check, "skills-developed"))
    return check_skills (&run);
  if (g_str_equal (check, "workload"))
    return check_workload (&run, practice);

  {
    g_set_error_literal (error, COPROD_ERROR, COPROD_ERROR_VALUE,
                         "the practice's check is not available in this version");
    return NULL;
  }
}
