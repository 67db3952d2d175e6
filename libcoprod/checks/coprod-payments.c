/* coprod-payments.c: "nobody out of pocket": payments, claims and the
 * expected payment of taking part
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The rules are documented in doc/payments.md and on the result types;
 * this file reads the registry through its index (coprod-index.c) and
 * never scans the registry per record.
 */
#include "config.h"

#include <string.h>

#include "coprod-address-private.h"
#include "coprod-date.h"
#include "coprod-date-private.h"
#include "coprod-error.h"
#include "coprod-expected-payment-private.h"
#include "coprod-field-private.h"
#include "coprod-index-private.h"
#include "coprod-involvement.h"
#include "coprod-meeting.h"
#include "coprod-owed-claim-private.h"
#include "coprod-partnership.h"
#include "coprod-payment.h"
#include "coprod-payment-summary-private.h"
#include "coprod-payment-totals-private.h"
#include "coprod-person.h"
#include "coprod-policy.h"
#include "coprod-project.h"
#include "coprod-rate-card.h"
#include "coprod-rate-entry.h"
#include "coprod-record.h"
#include "coprod-record-list-private.h"

/* A standard half day and day, in minutes, for pricing hours by a card
 * that pays by the half day or the day: 3.5 and 7 hours */
#define HALF_DAY_MINUTES 210
#define DAY_MINUTES 420

/* The digits of @date from @from, @n of them; dates reach here valid */
static guint
date_digits (const char *date,
             guint       from,
             guint       n)
{
  guint value = 0, i;

  for (i = from; i < from + n && g_ascii_isdigit (date[i]); i++)
    value = value * 10 + (guint) (date[i] - '0');
  return value;
}

static guint32
julian_of (guint d,
           guint m,
           guint y)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, (GDateDay) d, (GDateMonth) m, (GDateYear) y);
  return g_date_get_julian (&date);
}

/* The day number of the first and last days a valid date covers: a day
 * covers itself, a month its days, a year its days */
static void
date_days (const char *date,
           guint32    *first,
           guint32    *last)
{
  gsize length = strlen (date);
  guint y = date_digits (date, 0, 4);
  guint m = length >= 7 ? date_digits (date, 5, 2) : 0;
  guint d = length >= 10 ? date_digits (date, 8, 2) : 0;
  guint32 a, b;

  if (d != 0)
    a = b = julian_of (d, m, y);
  else if (m != 0)
    {
      a = julian_of (1, m, y);
      b = julian_of (g_date_get_days_in_month ((GDateMonth) m, (GDateYear) y), m, y);
    }
  else
    {
      a = julian_of (1, 1, y);
      b = julian_of (31, 12, y);
    }

  if (first != NULL)
    *first = a;
  if (last != NULL)
    *last = b;
}

static char *
date_of_day (guint32 day)
{
  g_autoptr(GDate) date = g_date_new_julian (day);

  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (date),
                          g_date_get_month (date), g_date_get_day (date));
}

/* The partnership whose policy covers what a project, a meeting or a
 * payment is for: the project's partnership, else the meeting's */
static const char *
partnership_of (CoprodRegistry *registry,
                const char     *project_id,
                const char     *meeting_id)
{
  CoprodRecord *project = NULL, *meeting = NULL;

  if (meeting_id != NULL)
    meeting = coprod_registry_lookup (registry, meeting_id);
  if (project_id == NULL && COPROD_IS_MEETING (meeting))
    project_id = coprod_meeting_get_project_id (COPROD_MEETING (meeting));
  if (project_id != NULL)
    project = coprod_registry_lookup (registry, project_id);

  if (COPROD_IS_PROJECT (project) && coprod_project_get_partnership_id (COPROD_PROJECT (project)) != NULL)
    return coprod_project_get_partnership_id (COPROD_PROJECT (project));
  if (COPROD_IS_MEETING (meeting))
    return coprod_meeting_get_partnership_id (COPROD_MEETING (meeting));

  return NULL;
}

static gboolean
is_expense (CoprodPaymentKind kind)
{
  return kind == COPROD_PAYMENT_KIND_TRAVEL
         || kind == COPROD_PAYMENT_KIND_SUBSISTENCE
         || kind == COPROD_PAYMENT_KIND_CARE_COSTS;
}

/* ------------------------------------------------------------------ */
/* The summary                                                          */

typedef enum
{
  CLASS_SKIPPED,        /* offered after the date */
  CLASS_OTHER_CURRENCY,
  CLASS_PAID,
  CLASS_OWED,
  CLASS_AWAITING,
  CLASS_OPEN,
  CLASS_DECLINED,
  CLASS_REDUCED,
  CLASS_DONATED,
} PaymentClass;

/* What a payment adds to the totals it counts in, worked out once */
typedef struct
{
  gint64 amount;
  guint8 klass;         /* PaymentClass */
  guint8 paid_late;
  guint8 expense;
  guint8 unjudged;      /* awaiting, and no policy covers it */
} Classified;

/* The sums of one row, kept in an array while the engine runs; the rows
 * that have anything become CoprodPaymentTotals at the end */
typedef struct
{
  gint64 paid, earnings_paid, expenses_paid, owed, awaiting, open, declined, reduced, donated;
  gint64 minutes;       /* hours are summed in whole minutes, so that a
                           sum does not depend on the order */
  guint n_involvements, n_payments, n_paid, n_paid_late, n_owed, n_awaiting, n_open,
        n_declined, n_reduced, n_donated;
} Sums;

/* A person's involvements, apart from their sums of money: the pass over
 * every involvement writes to a small array, which the caches hold */
typedef struct
{
  gint64 minutes;
  guint n_involvements;
} Tally;

/* Where a project or a meeting stands, worked out once for all its
 * payments */
typedef struct
{
  gint partnership;             /* its partnership's position; -1: none
                                   of the registry */
  gint project;                 /* a meeting's project's position; -1: none */
  gboolean has_partnership;     /* it names a partnership, of the registry
                                   or not */
  CoprodPolicy *policy;         /* the policy of what it names, or NULL */
} Place;

/* Starts bringing @sums into the caches before it is written */
static inline void
prefetch_sums (Sums *sums)
{
#ifdef __GNUC__
  __builtin_prefetch (sums, 1);
  __builtin_prefetch ((guint8 *) sums + sizeof (Sums) - 1, 1);
#endif
}

typedef struct
{
  CoprodRegistry *registry;
  CoprodIndex *index;
  const char *as_of;
  guint32 as_of_day;
  const char *currency;
  CoprodAddressMap people;        /* CoprodPerson -> position */
  CoprodAddressMap projects;      /* CoprodProject -> position */
  CoprodAddressMap partnerships;  /* CoprodPartnership -> position */
  CoprodAddressMap meetings;      /* CoprodMeeting -> position */
  Place *projects_at;             /* by the project's position */
  Place *meetings_at;             /* by the meeting's position */
  const CoprodField *involvement_date;
  const CoprodField *involvement_planned;
  const CoprodField *involvement_hours;
  const CoprodField *involvement_person;
  GHashTable *due_dates;          /* day -> its text, a GRefString */
  CoprodPolicy **policies;        /* by the partnership's position, once known */
  guint8 *policy_known;
  gboolean overflow;
} Run;

static void
add_money (Run    *run,
           gint64 *sum,
           gint64  amount)
{
  guint64 result;

  if (!g_uint64_checked_add (&result, (guint64) *sum, (guint64) amount)
      || result > (guint64) COPROD_MAX_EXACT_INT)
    {
      run->overflow = TRUE;
      return;
    }
  *sum = (gint64) result;
}

/* Another reference to a record's string (every string a record holds is
 * a GRefString) */
static char *
shared (const char *s)
{
  return s != NULL ? g_ref_string_acquire ((char *) s) : NULL;
}

/* The text of the day @day, made once per run */
static const char *
due_date_text (Run     *run,
               guint32  day)
{
  char *text = g_hash_table_lookup (run->due_dates, GUINT_TO_POINTER (day));

  if (text == NULL)
    {
      g_autofree char *made = date_of_day (day);

      text = g_ref_string_new (made);
      g_hash_table_insert (run->due_dates, GUINT_TO_POINTER (day), text);
    }
  return text;
}

/* Whether @payment was offered after the date and not claimed by it:
 * then it counts nowhere */
static gboolean
offered_later (Run           *run,
               CoprodPayment *payment)
{
  const char *offered = coprod_payment_get_offered_date (payment);
  const char *claimed = coprod_payment_get_claimed_date (payment);

  return offered != NULL && coprod_date_compare (offered, run->as_of) > 0
         && !(claimed != NULL && coprod_date_compare (claimed, run->as_of) <= 0);
}

/* @payment, not offered later, covered by @policy (NULL: none) */
static void
classify (Run           *run,
          CoprodPayment *payment,
          CoprodPolicy  *policy,
          Classified    *c,
          GPtrArray     *owed)
{
  const char *claimed = coprod_payment_get_claimed_date (payment);
  const char *paid = coprod_payment_get_paid_date (payment);
  CoprodOfferOutcome outcome = coprod_payment_get_outcome (payment);
  gboolean other = g_strcmp0 (coprod_payment_get_currency (payment), run->currency) != 0;
  gboolean claimed_by_now = claimed != NULL && coprod_date_compare (claimed, run->as_of) <= 0;
  guint32 claimed_day = 0;

  c->amount = coprod_payment_get_amount (payment);
  c->expense = is_expense (coprod_payment_get_kind (payment));

  if (claimed_by_now)
    /* an imprecise claim date is taken at its last day, so that a claim
     * is never reported late before it can be */
    date_days (claimed, NULL, &claimed_day);

  /* an offer given up is never paid to the person nor owed, whatever
   * dates it carries */
  if (outcome == COPROD_OFFER_OUTCOME_DECLINED)
    c->klass = CLASS_DECLINED;
  else if (outcome == COPROD_OFFER_OUTCOME_REDUCED)
    c->klass = CLASS_REDUCED;
  else if (outcome == COPROD_OFFER_OUTCOME_DONATED)
    c->klass = CLASS_DONATED;
  else if (paid != NULL && coprod_date_compare (paid, run->as_of) <= 0)
    {
      guint32 paid_day;

      c->klass = CLASS_PAID;
      if (claimed_by_now && policy != NULL)
        {
          date_days (paid, &paid_day, NULL);
          c->paid_late = paid_day > claimed_day
                         && paid_day - claimed_day > coprod_policy_get_payment_days (policy);
        }
    }
  else if (!claimed_by_now)
    c->klass = CLASS_OPEN;
  else if (policy == NULL)
    {
      c->klass = CLASS_AWAITING;
      c->unjudged = TRUE;
    }
  else
    {
      guint days = coprod_policy_get_payment_days (policy);
      guint32 due_day = claimed_day + days;

      if (run->as_of_day > due_day)
        {
          CoprodOwedClaim *claim = _coprod_owed_claim_new ();

          /* the record's strings are shared, not copied, and so is the
           * text of each due date */
          c->klass = CLASS_OWED;
          claim->payment_id = shared (coprod_record_get_id (COPROD_RECORD (payment)));
          claim->person_id = shared (coprod_payment_get_person_id (payment));
          claim->amount = c->amount;
          claim->currency = shared (coprod_payment_get_currency (payment));
          claim->claimed_date = shared (claimed);
          claim->due_date = shared (due_date_text (run, due_day));
          claim->days_late = run->as_of_day - due_day;
          claim->policy_id = shared (coprod_record_get_id (COPROD_RECORD (policy)));
          claim->payment_days = days;
          g_ptr_array_add (owed, claim);
        }
      else
        c->klass = CLASS_AWAITING;
    }

  if (other)
    c->klass = CLASS_OTHER_CURRENCY;
}

static void
add_classified (Run              *run,
                Sums             *sums,
                const Classified *c)
{
  gint64 amount = c->amount;

  if (c->klass == CLASS_SKIPPED || c->klass == CLASS_OTHER_CURRENCY)
    return;

  sums->n_payments++;
  switch ((PaymentClass) c->klass)
    {
    case CLASS_PAID:
      add_money (run, &sums->paid, amount);
      add_money (run, c->expense ? &sums->expenses_paid : &sums->earnings_paid, amount);
      sums->n_paid++;
      if (c->paid_late)
        sums->n_paid_late++;
      break;
    case CLASS_OWED:
      add_money (run, &sums->owed, amount);
      sums->n_owed++;
      break;
    case CLASS_AWAITING:
      add_money (run, &sums->awaiting, amount);
      sums->n_awaiting++;
      break;
    case CLASS_OPEN:
      add_money (run, &sums->open, amount);
      sums->n_open++;
      break;
    case CLASS_DECLINED:
      add_money (run, &sums->declined, amount);
      sums->n_declined++;
      break;
    case CLASS_REDUCED:
      add_money (run, &sums->reduced, amount);
      sums->n_reduced++;
      break;
    case CLASS_DONATED:
      add_money (run, &sums->donated, amount);
      sums->n_donated++;
      break;
    case CLASS_SKIPPED:
    case CLASS_OTHER_CURRENCY:
    default:
      break;
    }
}

/* The minutes an involvement counts for, or -1 if it does not count:
 * planned, or after the date */
static gint64
counted_minutes (Run               *run,
                 CoprodInvolvement *involvement)
{
  /* read in place through the field table: every involvement of the
   * registry comes here, and each getter would check its type again */
  const char *date = *(char **) _COPROD_FIELD_P (involvement, run->involvement_date);

  if (*(gboolean *) _COPROD_FIELD_P (involvement, run->involvement_planned))
    return -1;
  if (date != NULL && coprod_date_compare (date, run->as_of) > 0)
    return -1;

  return (gint64) (*(double *) _COPROD_FIELD_P (involvement, run->involvement_hours) * 60 + 0.5);
}

static CoprodPaymentTotals *
totals_new (const char *subject_id,
            const Sums *sums)
{
  CoprodPaymentTotals *totals = _coprod_payment_totals_new ();

  /* record ids are shared strings */
  totals->subject_id = subject_id ? g_ref_string_acquire ((char *) subject_id) : NULL;
  totals->hours = sums->minutes / 60.0;
  totals->n_involvements = sums->n_involvements;
  totals->n_payments = sums->n_payments;
  totals->paid = sums->paid;
  totals->n_paid = sums->n_paid;
  totals->earnings_paid = sums->earnings_paid;
  totals->expenses_paid = sums->expenses_paid;
  totals->n_paid_late = sums->n_paid_late;
  totals->owed = sums->owed;
  totals->n_owed = sums->n_owed;
  totals->awaiting = sums->awaiting;
  totals->n_awaiting = sums->n_awaiting;
  totals->open = sums->open;
  totals->n_open = sums->n_open;
  totals->declined = sums->declined;
  totals->n_declined = sums->n_declined;
  totals->reduced = sums->reduced;
  totals->n_reduced = sums->n_reduced;
  totals->donated = sums->donated;
  totals->n_donated = sums->n_donated;
  return totals;
}

/* The rows of @records (a registry collection) that have payments or
 * involvements, put in @list (new, so that nothing is emitted) */
static void
keep_rows (GListModel *list,
           GListModel *records,
           const Sums *sums,
           gboolean    people)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  guint i, n = g_list_model_get_n_items (records);

  for (i = 0; i < n; i++)
    {
      CoprodRecord *record;
      CoprodPaymentTotals *totals;

      /* a row shares its record's id, whose count of references is
       * written: the records and then their ids a little ahead are
       * brought into the caches, so that the writes do not wait on
       * memory one after another */
      _coprod_record_list_prefetch_ids (COPROD_RECORD_LIST (records), n, i);
      if (sums[i].n_payments == 0 && sums[i].n_involvements == 0)
        continue;
      record = _coprod_record_list_peek (COPROD_RECORD_LIST (records), i);
      totals = totals_new (coprod_record_get_id (record), &sums[i]);
      if (people)
        totals->preference = coprod_person_get_payment_preference (COPROD_PERSON (record));
      g_ptr_array_add (rows, totals);
    }
  _coprod_record_list_take_all (COPROD_RECORD_LIST (list), rows);
}

/* The record @id names, if it is of @type */
static CoprodRecord *
lookup_of_type (Run        *run,
                const char *id,
                GType       type)
{
  GType found = G_TYPE_INVALID;
  CoprodRecord *record;

  if (id == NULL)
    return NULL;
  record = _coprod_registry_lookup_typed (run->registry, id, &found);
  return found == type ? record : NULL;
}

/* The position in @map of the record @id names, if it is of @type; or -1 */
static gint
position_of (Run                    *run,
             const CoprodAddressMap *map,
             const char             *id,
             GType                   type)
{
  CoprodRecord *record = lookup_of_type (run, id, type);
  guint position;

  return record != NULL && _coprod_address_map_find (map, record, &position) ? (gint) position : -1;
}

static gint
position_of_record (const CoprodAddressMap *map,
                    gconstpointer           record)
{
  guint position;

  return record != NULL && _coprod_address_map_find (map, record, &position) ? (gint) position : -1;
}

/* The policy that covers what is for @partnership_id */
static CoprodPolicy *
policy_for (Run        *run,
            const char *partnership_id)
{
  gint position = position_of (run, &run->partnerships, partnership_id, COPROD_TYPE_PARTNERSHIP);

  if (position < 0)
    return _coprod_index_policy_of_partnership (run->index, partnership_id);
  if (!run->policy_known[position])
    {
      run->policies[position] = _coprod_index_policy_of_partnership (run->index, partnership_id);
      run->policy_known[position] = TRUE;
    }
  return run->policies[position];
}

/* An involvement counted, and its person: the look-ups of a batch are
 * made together */
#define BATCH 32

typedef struct
{
  gint64 minutes;
  const char *person_id;
  CoprodRecord *person;         /* NULL: no person of the registry */
  gint position;                /* the person's; -1: none */
} Counted;

/* The people of @batch, whose ids were prefetched; their places in the
 * map of people prefetched in turn */
static void
resolve_people (Run     *run,
                Counted *batch,
                guint    n_batch)
{
  guint k;

  for (k = 0; k < n_batch; k++)
    {
      batch[k].person = lookup_of_type (run, batch[k].person_id, COPROD_TYPE_PERSON);
      if (batch[k].person != NULL)
        _coprod_address_map_prefetch (&run->people, batch[k].person);
    }
}

/* The involvements of @project: they count for the project, its
 * partnership, their people and the whole registry */
static void
add_involvements (Run               *run,
                  const CoprodField *involvements,
                  CoprodProject     *project,
                  Sums              *sums,
                  Tally             *people_tallies)
{
  guint n = _coprod_field_get_n_children (project, involvements);
  guint j, k;

  /* in batches: the look-ups of a batch's people are started together,
   * so that their waits on memory overlap */
  for (j = 0; j < n; j += BATCH)
    {
      Counted batch[BATCH];
      guint n_batch = 0;

      for (k = j; k < n && k < j + BATCH; k++)
        {
          CoprodInvolvement *involvement = _coprod_field_peek_child (project, involvements, k);
          gint64 minutes = counted_minutes (run, involvement);

          if (minutes < 0)
            continue;
          sums->n_involvements++;
          sums->minutes += minutes;
          batch[n_batch].minutes = minutes;
          batch[n_batch].person_id = *(char **) _COPROD_FIELD_P (involvement, run->involvement_person);
          _coprod_registry_prefetch (run->registry, batch[n_batch].person_id);
          n_batch++;
        }
      resolve_people (run, batch, n_batch);
      for (k = 0; k < n_batch; k++)
        {
          batch[k].position = position_of_record (&run->people, batch[k].person);
#ifdef __GNUC__
          if (batch[k].position >= 0)
            __builtin_prefetch (&people_tallies[batch[k].position], 1);
#endif
        }
      for (k = 0; k < n_batch; k++)
        if (batch[k].position >= 0)
          {
            people_tallies[batch[k].position].n_involvements++;
            people_tallies[batch[k].position].minutes += batch[k].minutes;
          }
    }
}

/* Where a project (@project_id NULL) or a meeting stands */
static void
set_place (Run        *run,
           Place      *place,
           const char *partnership_id,
           const char *project_id)
{
  place->has_partnership = partnership_id != NULL;
  place->partnership = position_of (run, &run->partnerships, partnership_id, COPROD_TYPE_PARTNERSHIP);
  place->policy = partnership_id != NULL ? policy_for (run, partnership_id) : NULL;
  place->project = position_of (run, &run->projects, project_id, COPROD_TYPE_PROJECT);
}

/* A payment of a batch, and what it names */
typedef struct
{
  CoprodPayment *payment;
  CoprodRecord *project;
  CoprodRecord *meeting;
  CoprodRecord *person;
  gint project_position;        /* -1: none */
  gint meeting_position;
  gint person_position;
} Paying;

static void
add_paying (Run                  *run,
            const Paying         *paying,
            CoprodPaymentSummary *summary,
            GPtrArray            *owed,
            Sums                 *total,
            Sums                 *people_sums,
            Sums                 *project_sums,
            Sums                 *partnership_sums)
{
  gint project = paying->project_position;
  gint meeting = paying->meeting_position;
  gint person = paying->person_position;
  gint meeting_project = -1, covering, rows[3];
  CoprodPolicy *policy = NULL;
  Classified c = { 0 };
  guint k, n_rows = 0;

  /* paid for a meeting of another project: a payment of that one too */
  if (meeting >= 0 && run->meetings_at[meeting].project != project)
    meeting_project = run->meetings_at[meeting].project;

  /* the policy: that of the project's partnership (the meeting's
   * project's if the payment names no project), else the meeting's; the
   * rule of partnership_of(), read from the places worked out once */
  covering = coprod_payment_get_project_id (paying->payment) != NULL ? project : meeting_project;
  if (covering >= 0 && run->projects_at[covering].has_partnership)
    policy = run->projects_at[covering].policy;
  else if (meeting >= 0)
    policy = run->meetings_at[meeting].policy;

  classify (run, paying->payment, policy, &c, owed);
  if (c.klass == CLASS_OTHER_CURRENCY)
    {
      summary->n_other_currency++;
      return;
    }
  if (c.klass == CLASS_AWAITING && c.unjudged)
    summary->n_unjudged++;

  add_classified (run, total, &c);
  if (person >= 0)
    add_classified (run, &people_sums[person], &c);
  if (project >= 0)
    {
      add_classified (run, &project_sums[project], &c);
      rows[n_rows++] = run->projects_at[project].partnership;
    }
  if (meeting_project >= 0)
    {
      add_classified (run, &project_sums[meeting_project], &c);
      rows[n_rows++] = run->projects_at[meeting_project].partnership;
    }
  if (meeting >= 0)
    rows[n_rows++] = run->meetings_at[meeting].partnership;

  /* the partnerships, each once */
  for (k = 0; k < n_rows; k++)
    if (rows[k] >= 0 && (k == 0 || rows[k] != rows[0]) && (k < 2 || rows[k] != rows[1]))
      add_classified (run, &partnership_sums[rows[k]], &c);
}

static int
compare_owed (gconstpointer a,
              gconstpointer b)
{
  const CoprodOwedClaim *x = *(CoprodOwedClaim * const *) a;
  const CoprodOwedClaim *y = *(CoprodOwedClaim * const *) b;

  /* most days late first; g_ptr_array_sort is stable for equal ones */
  return x->days_late < y->days_late ? 1 : x->days_late > y->days_late ? -1 : 0;
}

/**
 * coprod_registry_summarise_payments:
 * @registry: a registry
 * @as_of: (nullable): the date to work the summary out as of, an ISO 8601
 *   date; %NULL for today
 * @error: return location for a #GError, or %NULL
 *
 * Works out where the money stands as of @as_of: which claims are unpaid
 * beyond the days of the policy that covers them, and hours and money per
 * person, per project and per partnership. See [class@Coprod.PaymentSummary],
 * [class@Coprod.PaymentTotals] and [class@Coprod.OwedClaim] for the rules,
 * and doc/payments.md.
 *
 * The policy that covers a payment is that of its project's partnership
 * (or, for a payment for a meeting, the meeting's project's partnership,
 * else the meeting's partnership): the first policy, in the order of the
 * policies, of an organisation that is a member of that partnership and
 * that covers some support. It is the rule the practice check
 * "claims-paid-on-time" follows.
 *
 * Returns: (transfer full): the summary, or %NULL with @error set if
 *   @as_of is not a valid date (%COPROD_ERROR_DATE) or a sum would be
 *   beyond 2^53-1 minor units (%COPROD_ERROR_NUMBER)
 *
 * Since: 0.1
 */
CoprodPaymentSummary *
coprod_registry_summarise_payments (CoprodRegistry  *registry,
                                    const char      *as_of,
                                    GError         **error)
{
  g_autofree char *date = NULL;
  g_autoptr(CoprodPaymentSummary) summary = NULL;
  g_autoptr(GPtrArray) owed = NULL;
  g_autofree Sums *people_sums = NULL;
  g_autofree Tally *people_tallies = NULL;
  g_autoptr(GTypeClass) involvement_class = NULL;
  g_autoptr(GHashTable) due_dates = g_hash_table_new_full (NULL, NULL, NULL,
                                                           (GDestroyNotify) g_ref_string_release);
  g_autofree Sums *project_sums = NULL;
  g_autofree Sums *partnership_sums = NULL;
  g_autofree Place *projects_at = NULL;
  g_autofree Place *meetings_at = NULL;
  g_autofree CoprodPolicy **policies = NULL;
  g_autofree guint8 *policy_known = NULL;
  const CoprodField *involvements;
  GListModel *payments, *people, *projects, *partnerships, *meetings;
  Sums total = { 0 };
  Run run = { 0 };
  guint i, n;

  g_return_val_if_fail (COPROD_IS_REGISTRY (registry), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  date = _coprod_date_resolve_as_of (as_of, error);
  if (date == NULL)
    return NULL;

  payments = coprod_registry_get_payments (registry);
  people = coprod_registry_get_people (registry);
  projects = coprod_registry_get_projects (registry);
  partnerships = coprod_registry_get_partnerships (registry);
  meetings = coprod_registry_get_meetings (registry);

  summary = _coprod_payment_summary_new ();
  summary->as_of = g_strdup (date);
  summary->currency = g_strdup (g_list_model_get_n_items (payments) > 0
                                ? coprod_payment_get_currency (_coprod_record_list_peek (COPROD_RECORD_LIST (payments), 0))
                                : "GBP");

  run.registry = registry;
  run.index = _coprod_registry_get_index (registry);
  run.as_of = date;
  date_days (date, NULL, &run.as_of_day);
  run.currency = summary->currency;
  run.due_dates = due_dates;
  _coprod_record_list_map_positions (COPROD_RECORD_LIST (people), &run.people);
  _coprod_record_list_map_positions (COPROD_RECORD_LIST (projects), &run.projects);
  _coprod_record_list_map_positions (COPROD_RECORD_LIST (partnerships), &run.partnerships);
  _coprod_record_list_map_positions (COPROD_RECORD_LIST (meetings), &run.meetings);
  people_sums = g_new0 (Sums, MAX (g_list_model_get_n_items (people), 1));
  people_tallies = g_new0 (Tally, MAX (g_list_model_get_n_items (people), 1));
  project_sums = g_new0 (Sums, MAX (g_list_model_get_n_items (projects), 1));
  partnership_sums = g_new0 (Sums, MAX (g_list_model_get_n_items (partnerships), 1));
  run.projects_at = projects_at = g_new (Place, MAX (g_list_model_get_n_items (projects), 1));
  run.meetings_at = meetings_at = g_new (Place, MAX (g_list_model_get_n_items (meetings), 1));
  run.policies = policies = g_new0 (CoprodPolicy *, MAX (g_list_model_get_n_items (partnerships), 1));
  run.policy_known = policy_known = g_new0 (guint8, MAX (g_list_model_get_n_items (partnerships), 1));

  /* projects: their involvements count for the project, its partnership,
   * their people and the whole registry */
  involvements = _coprod_fields_find (COPROD_TYPE_PROJECT, "involvements");
  /* the field table of involvements is made with their class */
  involvement_class = g_type_class_ref (COPROD_TYPE_INVOLVEMENT);
  run.involvement_date = _coprod_fields_find (COPROD_TYPE_INVOLVEMENT, "date");
  run.involvement_planned = _coprod_fields_find (COPROD_TYPE_INVOLVEMENT, "planned");
  run.involvement_hours = _coprod_fields_find (COPROD_TYPE_INVOLVEMENT, "hours");
  run.involvement_person = _coprod_fields_find (COPROD_TYPE_INVOLVEMENT, "person-id");
  n = g_list_model_get_n_items (projects);
  for (i = 0; i < n; i++)
    {
      CoprodProject *project = _coprod_record_list_peek (COPROD_RECORD_LIST (projects), i);
      Sums *sums = &project_sums[i];
      Place *place = &projects_at[i];

      if (i + 4 < n)
        _coprod_registry_prefetch (registry, coprod_project_get_partnership_id (
                                     _coprod_record_list_peek (COPROD_RECORD_LIST (projects), i + 4)));
      set_place (&run, place, coprod_project_get_partnership_id (project), NULL);
      add_involvements (&run, involvements, project, sums, people_tallies);
      total.n_involvements += sums->n_involvements;
      total.minutes += sums->minutes;
      if (place->partnership >= 0)
        {
          partnership_sums[place->partnership].n_involvements += sums->n_involvements;
          partnership_sums[place->partnership].minutes += sums->minutes;
        }
    }

  n = g_list_model_get_n_items (meetings);
  for (i = 0; i < n; i++)
    {
      CoprodMeeting *meeting = _coprod_record_list_peek (COPROD_RECORD_LIST (meetings), i);

      /* the look-ups of the meetings a little ahead started */
      if (i + 8 < n)
        {
          CoprodMeeting *ahead = _coprod_record_list_peek (COPROD_RECORD_LIST (meetings), i + 8);

          _coprod_registry_prefetch (registry, coprod_meeting_get_partnership_id (ahead));
          _coprod_registry_prefetch (registry, coprod_meeting_get_project_id (ahead));
        }

      set_place (&run, &meetings_at[i], coprod_meeting_get_partnership_id (meeting),
                 coprod_meeting_get_project_id (meeting));
    }

  /* each payment classified once, and counted in the total, for its
   * person, for its project and its meeting's project, and for their
   * partnerships and its meeting's, each once; in batches, so that the
   * look-ups of a batch wait on memory together */
  owed = g_ptr_array_new_with_free_func (g_object_unref);
  n = g_list_model_get_n_items (payments);
  for (i = 0; i < n; i += BATCH)
    {
      Paying batch[BATCH];
      guint k, n_batch = 0;

      for (k = i; k < n && k < i + BATCH; k++)
        {
          CoprodPayment *payment = _coprod_record_list_peek (COPROD_RECORD_LIST (payments), k);

          if (offered_later (&run, payment))
            continue;
          batch[n_batch].payment = payment;
          _coprod_registry_prefetch (registry, coprod_payment_get_project_id (payment));
          _coprod_registry_prefetch (registry, coprod_payment_get_meeting_id (payment));
          _coprod_registry_prefetch (registry, coprod_payment_get_person_id (payment));
          n_batch++;
        }
      for (k = 0; k < n_batch; k++)
        {
          CoprodPayment *payment = batch[k].payment;

          batch[k].project = lookup_of_type (&run, coprod_payment_get_project_id (payment),
                                             COPROD_TYPE_PROJECT);
          batch[k].meeting = lookup_of_type (&run, coprod_payment_get_meeting_id (payment),
                                             COPROD_TYPE_MEETING);
          batch[k].person = lookup_of_type (&run, coprod_payment_get_person_id (payment),
                                            COPROD_TYPE_PERSON);
          if (batch[k].project != NULL)
            _coprod_address_map_prefetch (&run.projects, batch[k].project);
          if (batch[k].meeting != NULL)
            _coprod_address_map_prefetch (&run.meetings, batch[k].meeting);
          if (batch[k].person != NULL)
            _coprod_address_map_prefetch (&run.people, batch[k].person);
        }
      for (k = 0; k < n_batch; k++)
        {
          batch[k].project_position = position_of_record (&run.projects, batch[k].project);
          batch[k].meeting_position = position_of_record (&run.meetings, batch[k].meeting);
          batch[k].person_position = position_of_record (&run.people, batch[k].person);
          if (batch[k].person_position >= 0)
            prefetch_sums (&people_sums[batch[k].person_position]);
          if (batch[k].project_position >= 0)
            prefetch_sums (&project_sums[batch[k].project_position]);
        }
      for (k = 0; k < n_batch; k++)
        add_paying (&run, &batch[k], summary, owed, &total, people_sums, project_sums,
                    partnership_sums);
    }
  g_ptr_array_sort (owed, compare_owed);
  _coprod_record_list_take_all (COPROD_RECORD_LIST (summary->owed_claims), owed);

  n = g_list_model_get_n_items (people);
  for (i = 0; i < n; i++)
    {
      people_sums[i].n_involvements = people_tallies[i].n_involvements;
      people_sums[i].minutes = people_tallies[i].minutes;
    }
  keep_rows (summary->people, people, people_sums, TRUE);
  keep_rows (summary->projects, projects, project_sums, FALSE);
  keep_rows (summary->partnerships, partnerships, partnership_sums, FALSE);
  summary->total = totals_new (NULL, &total);

  _coprod_address_map_clear (&run.people);
  _coprod_address_map_clear (&run.projects);
  _coprod_address_map_clear (&run.partnerships);
  _coprod_address_map_clear (&run.meetings);

  if (run.overflow)
    {
      g_set_error_literal (error, COPROD_ERROR, COPROD_ERROR_NUMBER,
                           "a sum of payments would be beyond 2^53-1 minor units");
      return NULL;
    }

  return g_steal_pointer (&summary);
}

/* ------------------------------------------------------------------ */
/* The expected payment                                                 */

/* The policy's rate card that applies on @date (NULL: any), or NULL */
static CoprodRateCard *
rate_card_on (CoprodRegistry *registry,
              CoprodIndex    *index,
              CoprodPolicy   *policy,
              const char     *date)
{
  CoprodRecord *own = NULL;
  CoprodRateCard *best = NULL;
  GPtrArray *cards;
  guint i;

  if (coprod_policy_get_rate_card_id (policy) != NULL)
    own = coprod_registry_lookup (registry, coprod_policy_get_rate_card_id (policy));
  if (COPROD_IS_RATE_CARD (own)
      && (date == NULL || coprod_rate_card_is_effective_on (COPROD_RATE_CARD (own), date)))
    return COPROD_RATE_CARD (own);
  if (date == NULL)
    return NULL;

  /* the policy's own card is not in effect: the card of the policy's
   * organisation in effect on the day, the one in effect from the latest */
  cards = _coprod_index_get (index, COPROD_RELATION_RATE_CARDS_OF_ORGANISATION,
                             coprod_policy_get_organisation_id (policy));
  for (i = 0; cards != NULL && i < cards->len; i++)
    {
      CoprodRateCard *card = g_ptr_array_index (cards, i);
      const char *from = coprod_rate_card_get_effective_from (card);

      if (!coprod_rate_card_is_effective_on (card, date))
        continue;
      if (best == NULL
          || (from != NULL && (coprod_rate_card_get_effective_from (best) == NULL
                               || strcmp (from, coprod_rate_card_get_effective_from (best)) >= 0)))
        best = card;
    }

  return best;
}

static CoprodExpectedPayment *
expect (CoprodRegistry  *registry,
        const char      *partnership_id,
        const char      *date,
        const char      *what,
        const char      *what_id,
        gboolean         has_hours,
        double           hours,
        GError         **error)
{
  CoprodIndex *index = _coprod_registry_get_index (registry);
  CoprodPolicy *policy = _coprod_index_policy_of_partnership (index, partnership_id);
  g_autoptr(CoprodExpectedPayment) expected = NULL;
  CoprodRateCard *card;
  CoprodRateEntry *entry = NULL;
  double quantity = 1;
  gint64 minutes = has_hours ? (gint64) (hours * 60 + 0.5) : 0;

  if (policy == NULL)
    {
      g_set_error (error, COPROD_ERROR, COPROD_ERROR_NOT_FOUND,
                   "%s %s: no policy of a member organisation of its partnership covers it",
                   what, what_id);
      return NULL;
    }

  card = rate_card_on (registry, index, policy, date);
  if (card == NULL)
    {
      g_set_error (error, COPROD_ERROR, COPROD_ERROR_NOT_FOUND,
                   "%s %s: policy %s has no rate card in effect on its date",
                   what, what_id, coprod_record_get_id (COPROD_RECORD (policy)));
      return NULL;
    }

  if (has_hours && minutes > 0)
    {
      /* hours: by the hour, else by the half day or the day they fill,
       * else one session */
      if ((entry = coprod_rate_card_find_entry (card, COPROD_RATE_UNIT_HOUR)) != NULL)
        quantity = minutes / 60.0;
      else if (minutes <= HALF_DAY_MINUTES
               && (entry = coprod_rate_card_find_entry (card, COPROD_RATE_UNIT_HALF_DAY)) != NULL)
        quantity = 1;
      else if ((entry = coprod_rate_card_find_entry (card, COPROD_RATE_UNIT_DAY)) != NULL)
        quantity = (minutes + DAY_MINUTES - 1) / DAY_MINUTES;
      else if ((entry = coprod_rate_card_find_entry (card, COPROD_RATE_UNIT_HALF_DAY)) != NULL)
        quantity = (minutes + HALF_DAY_MINUTES - 1) / HALF_DAY_MINUTES;
      else
        entry = coprod_rate_card_find_entry (card, COPROD_RATE_UNIT_SESSION);
    }
  else
    {
      /* no hours recorded: one session, else one half day, else one day */
      if ((entry = coprod_rate_card_find_entry (card, COPROD_RATE_UNIT_SESSION)) == NULL
          && (entry = coprod_rate_card_find_entry (card, COPROD_RATE_UNIT_HALF_DAY)) == NULL)
        entry = coprod_rate_card_find_entry (card, COPROD_RATE_UNIT_DAY);
    }

  if (entry == NULL)
    {
      g_set_error (error, COPROD_ERROR, COPROD_ERROR_NOT_FOUND,
                   "%s %s: rate card %s has no entry to price it by%s",
                   what, what_id, coprod_record_get_id (COPROD_RECORD (card)),
                   minutes > 0 ? "" : " (it pays by the hour and no hours are recorded)");
      return NULL;
    }

  expected = _coprod_expected_payment_new ();
  if (!coprod_rate_entry_price (entry, quantity, &expected->amount, error))
    return NULL;
  expected->currency = g_strdup (coprod_rate_card_get_currency (card));
  expected->unit = coprod_rate_entry_get_unit (entry);
  expected->quantity = quantity;
  expected->activity = g_strdup (coprod_rate_entry_get_activity (entry));
  expected->policy_id = g_strdup (coprod_record_get_id (COPROD_RECORD (policy)));
  expected->rate_card_id = g_strdup (coprod_record_get_id (COPROD_RECORD (card)));
  expected->date = g_strdup (date);

  return g_steal_pointer (&expected);
}

/**
 * coprod_registry_expect_payment_for_involvement:
 * @registry: a registry
 * @involvement: an involvement of a project of @registry
 * @error: return location for a #GError, or %NULL
 *
 * Works out what an involvement should be paid by the rate card of the
 * policy that covers it.
 *
 * The policy is that of the project's partnership: the first policy, in
 * the order of the policies, of a member organisation of the partnership
 * that covers some support (the organisation paying). The rate card is
 * the policy's [property@Coprod.Policy:rate-card-id] if it is in effect on
 * the involvement's date (or the involvement is undated); otherwise the
 * card of the policy's organisation in effect on that date, the one in
 * effect from the latest date if there are several.
 *
 * The entry is the card's first entry of a unit, chosen so:
 *
 * - hours recorded: by the hour if the card pays by the hour (the hours
 *   to the minute); else one half day if they are no more than 3.5 hours
 *   and the card pays by the half day; else by the day, a day for each 7
 *   hours begun; else by the half day, one for each 3.5 hours begun; else
 *   one session;
 * - no hours recorded: one session, else one half day, else one day.
 *
 * The amount is worked out by [method@Coprod.RateEntry.price].
 *
 * Returns: (transfer full): the expected payment, or %NULL with @error set:
 *   %COPROD_ERROR_NOT_FOUND if the involvement is in no project of
 *   @registry, no policy covers it, no card is in effect on its date or
 *   the card has no entry to price it by
 *
 * Since: 0.1
 */
CoprodExpectedPayment *
coprod_registry_expect_payment_for_involvement (CoprodRegistry     *registry,
                                                CoprodInvolvement  *involvement,
                                                GError            **error)
{
  gpointer project;

  g_return_val_if_fail (COPROD_IS_REGISTRY (registry), NULL);
  g_return_val_if_fail (COPROD_IS_INVOLVEMENT (involvement), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  project = _coprod_object_get_owner (involvement);
  if (!COPROD_IS_PROJECT (project)
      || coprod_registry_lookup (registry, coprod_record_get_id (project)) != project)
    {
      g_set_error_literal (error, COPROD_ERROR, COPROD_ERROR_NOT_FOUND,
                           "the involvement is in no project of the registry");
      return NULL;
    }

  return expect (registry, coprod_project_get_partnership_id (project),
                 coprod_involvement_get_date (involvement),
                 "an involvement in project", coprod_record_get_id (project),
                 TRUE, coprod_involvement_get_hours (involvement), error);
}

/**
 * coprod_registry_expect_payment_for_attendance:
 * @registry: a registry
 * @meeting_id: the id of a meeting
 * @person_id: the id of one of the meeting's attendees
 * @error: return location for a #GError, or %NULL
 *
 * Works out what attending a meeting should be paid by the rate card of
 * the policy that covers it: that of the meeting's project's partnership,
 * else the meeting's partnership, with the card in effect on the meeting's
 * date, chosen as [method@Coprod.Registry.expect_payment_for_involvement]
 * does. A meeting records no hours, so an attendance is one session, else
 * one half day, else one day: a card that pays only by the hour cannot
 * price it.
 *
 * Returns: (transfer full): the expected payment, or %NULL with @error set:
 *   %COPROD_ERROR_NOT_FOUND if there is no such meeting, the person is not
 *   among its attendees, no policy covers it, no card is in effect on its
 *   date or the card has no entry to price it by
 *
 * Since: 0.1
 */
CoprodExpectedPayment *
coprod_registry_expect_payment_for_attendance (CoprodRegistry  *registry,
                                               const char      *meeting_id,
                                               const char      *person_id,
                                               GError         **error)
{
  CoprodRecord *meeting;

  g_return_val_if_fail (COPROD_IS_REGISTRY (registry), NULL);
  g_return_val_if_fail (meeting_id != NULL, NULL);
  g_return_val_if_fail (person_id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  meeting = coprod_registry_lookup (registry, meeting_id);
  if (!COPROD_IS_MEETING (meeting))
    {
      g_set_error_literal (error, COPROD_ERROR, COPROD_ERROR_NOT_FOUND,
                           "no meeting has the id given");
      return NULL;
    }
  if (!g_strv_contains (coprod_meeting_get_attendee_ids (COPROD_MEETING (meeting)), person_id))
    {
      g_set_error (error, COPROD_ERROR, COPROD_ERROR_NOT_FOUND,
                   "meeting %s: the person is not among its attendee_ids", meeting_id);
      return NULL;
    }

  return expect (registry, partnership_of (registry, NULL, meeting_id),
                 coprod_meeting_get_date (COPROD_MEETING (meeting)),
                 "an attendance of meeting", meeting_id, FALSE, 0, error);
}
