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

#include <stdio.h>
#include <string.h>

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

/* A standard half day and day, in minutes, for pricing hours by a card
 * that pays by the half day or the day: 3.5 and 7 hours */
#define HALF_DAY_MINUTES 210
#define DAY_MINUTES 420

/* The day number of the first and last days a valid date covers: a day
 * covers itself, a month its days, a year its days */
static void
date_days (const char *date,
           guint32    *first,
           guint32    *last)
{
  guint y = 0, m = 0, d = 0;
  int n = sscanf (date, "%4u-%2u-%2u", &y, &m, &d);
  g_autoptr(GDate) a = NULL;
  g_autoptr(GDate) b = NULL;

  if (n >= 3)
    {
      a = g_date_new_dmy (d, m, y);
      b = g_date_copy (a);
    }
  else if (n == 2)
    {
      a = g_date_new_dmy (1, m, y);
      b = g_date_new_dmy (g_date_get_days_in_month (m, y), m, y);
    }
  else
    {
      a = g_date_new_dmy (1, 1, y);
      b = g_date_new_dmy (31, 12, y);
    }

  if (first != NULL)
    *first = g_date_get_julian (a);
  if (last != NULL)
    *last = g_date_get_julian (b);
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

typedef struct
{
  PaymentClass klass;
  gboolean paid_late;
  gboolean unjudged;        /* awaiting, and no policy covers it */
} Classified;

typedef struct
{
  CoprodRegistry *registry;
  CoprodIndex *index;
  const char *as_of;
  guint32 as_of_day;
  const char *currency;
  GHashTable *classes;          /* CoprodPayment -> Classified (owned) */
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

static Classified *
classify (Run           *run,
          CoprodPayment *payment,
          GPtrArray     *owed)
{
  Classified *c = g_new0 (Classified, 1);
  const char *offered = coprod_payment_get_offered_date (payment);
  const char *claimed = coprod_payment_get_claimed_date (payment);
  const char *paid = coprod_payment_get_paid_date (payment);
  CoprodOfferOutcome outcome = coprod_payment_get_outcome (payment);
  gboolean other = g_strcmp0 (coprod_payment_get_currency (payment), run->currency) != 0;
  gboolean claimed_by_now = claimed != NULL && coprod_date_compare (claimed, run->as_of) <= 0;
  CoprodPolicy *policy = NULL;
  const char *partnership_id;
  guint32 claimed_day = 0;

  g_hash_table_insert (run->classes, payment, c);

  if (offered != NULL && coprod_date_compare (offered, run->as_of) > 0 && !claimed_by_now)
    {
      c->klass = CLASS_SKIPPED;
      return c;
    }

  partnership_id = partnership_of (run->registry, coprod_payment_get_project_id (payment),
                                   coprod_payment_get_meeting_id (payment));
  policy = _coprod_index_policy_of_partnership (run->index, partnership_id);
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

          c->klass = CLASS_OWED;
          claim->payment_id = g_strdup (coprod_record_get_id (COPROD_RECORD (payment)));
          claim->person_id = g_strdup (coprod_payment_get_person_id (payment));
          claim->amount = coprod_payment_get_amount (payment);
          claim->currency = g_strdup (coprod_payment_get_currency (payment));
          claim->claimed_date = g_strdup (claimed);
          claim->due_date = date_of_day (due_day);
          claim->days_late = run->as_of_day - due_day;
          claim->policy_id = g_strdup (coprod_record_get_id (COPROD_RECORD (policy)));
          claim->payment_days = days;
          g_ptr_array_add (owed, claim);
        }
      else
        c->klass = CLASS_AWAITING;
    }

  if (other)
    c->klass = CLASS_OTHER_CURRENCY;

  return c;
}

static void
add_payment (Run                 *run,
             CoprodPaymentTotals *totals,
             CoprodPayment       *payment)
{
  Classified *c = g_hash_table_lookup (run->classes, payment);
  gint64 amount = coprod_payment_get_amount (payment);

  if (c == NULL || c->klass == CLASS_SKIPPED || c->klass == CLASS_OTHER_CURRENCY)
    return;

  totals->n_payments++;
  switch (c->klass)
    {
    case CLASS_PAID:
      add_money (run, &totals->paid, amount);
      add_money (run, is_expense (coprod_payment_get_kind (payment))
                        ? &totals->expenses_paid : &totals->earnings_paid, amount);
      totals->n_paid++;
      if (c->paid_late)
        totals->n_paid_late++;
      break;
    case CLASS_OWED:
      add_money (run, &totals->owed, amount);
      totals->n_owed++;
      break;
    case CLASS_AWAITING:
      add_money (run, &totals->awaiting, amount);
      totals->n_awaiting++;
      break;
    case CLASS_OPEN:
      add_money (run, &totals->open, amount);
      totals->n_open++;
      break;
    case CLASS_DECLINED:
      add_money (run, &totals->declined, amount);
      totals->n_declined++;
      break;
    case CLASS_REDUCED:
      add_money (run, &totals->reduced, amount);
      totals->n_reduced++;
      break;
    case CLASS_DONATED:
      add_money (run, &totals->donated, amount);
      totals->n_donated++;
      break;
    case CLASS_SKIPPED:
    case CLASS_OTHER_CURRENCY:
    default:
      break;
    }
}

/* Hours are summed in whole minutes, so that a sum does not depend on
 * the order of the involvements */
static void
add_involvement (Run                 *run,
                 CoprodPaymentTotals *totals,
                 gint64              *minutes,
                 CoprodInvolvement   *involvement)
{
  const char *date = coprod_involvement_get_date (involvement);

  if (coprod_involvement_get_planned (involvement))
    return;
  if (date != NULL && coprod_date_compare (date, run->as_of) > 0)
    return;

  totals->n_involvements++;
  *minutes += (gint64) (coprod_involvement_get_hours (involvement) * 60 + 0.5);
}

static void
add_payments (Run                 *run,
              CoprodPaymentTotals *totals,
              GHashTable          *seen,
              GPtrArray           *payments)
{
  guint i;

  for (i = 0; payments != NULL && i < payments->len; i++)
    {
      CoprodPayment *payment = g_ptr_array_index (payments, i);

      if (seen != NULL && !g_hash_table_add (seen, payment))
        continue;
      add_payment (run, totals, payment);
    }
}

static void
add_project_involvements (Run                 *run,
                          CoprodPaymentTotals *totals,
                          gint64              *minutes,
                          CoprodProject       *project)
{
  GListModel *involvements = coprod_project_get_involvements (project);
  guint i, n = g_list_model_get_n_items (involvements);

  for (i = 0; i < n; i++)
    {
      g_autoptr(CoprodInvolvement) involvement = g_list_model_get_item (involvements, i);

      add_involvement (run, totals, minutes, involvement);
    }
}

static CoprodPaymentTotals *
totals_new (const char *subject_id)
{
  CoprodPaymentTotals *totals = _coprod_payment_totals_new ();

  totals->subject_id = g_strdup (subject_id);
  return totals;
}

static void
keep_row (GListStore          *rows,
          CoprodPaymentTotals *totals,
          gint64               minutes)
{
  totals->hours = minutes / 60.0;
  if (totals->n_payments > 0 || totals->n_involvements > 0)
    g_list_store_append (rows, totals);
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
  g_autoptr(GHashTable) classes = NULL;
  GListModel *payments, *people, *projects, *partnerships;
  CoprodPaymentTotals *total;
  gint64 total_minutes = 0;
  Run run = { 0 };
  guint i, j, n;

  g_return_val_if_fail (COPROD_IS_REGISTRY (registry), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  date = _coprod_date_resolve_as_of (as_of, error);
  if (date == NULL)
    return NULL;

  payments = coprod_registry_get_payments (registry);
  people = coprod_registry_get_people (registry);
  projects = coprod_registry_get_projects (registry);
  partnerships = coprod_registry_get_partnerships (registry);

  summary = _coprod_payment_summary_new ();
  summary->as_of = g_strdup (date);
  {
    g_autoptr(CoprodPayment) first = g_list_model_get_item (payments, 0);

    summary->currency = g_strdup (first ? coprod_payment_get_currency (first) : "GBP");
  }

  classes = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  run.registry = registry;
  run.index = _coprod_registry_get_index (registry);
  run.as_of = date;
  date_days (date, NULL, &run.as_of_day);
  run.currency = summary->currency;
  run.classes = classes;

  /* each payment classified once */
  owed = g_ptr_array_new_with_free_func (g_object_unref);
  total = totals_new (NULL);
  summary->total = total;
  n = g_list_model_get_n_items (payments);
  for (i = 0; i < n; i++)
    {
      g_autoptr(CoprodPayment) payment = g_list_model_get_item (payments, i);
      Classified *c = classify (&run, payment, owed);

      if (c->klass == CLASS_OTHER_CURRENCY)
        summary->n_other_currency++;
      if (c->klass == CLASS_AWAITING && c->unjudged)
        summary->n_unjudged++;
      add_payment (&run, total, payment);
    }
  g_ptr_array_sort (owed, compare_owed);
  for (i = 0; i < owed->len; i++)
    g_list_store_append (summary->owed_claims, g_ptr_array_index (owed, i));

  /* people */
  n = g_list_model_get_n_items (people);
  for (i = 0; i < n; i++)
    {
      g_autoptr(CoprodPerson) person = g_list_model_get_item (people, i);
      const char *id = coprod_record_get_id (COPROD_RECORD (person));
      g_autoptr(CoprodPaymentTotals) totals = totals_new (id);
      GPtrArray *involvements = _coprod_index_get (run.index, COPROD_RELATION_INVOLVEMENTS_OF_PERSON, id);
      gint64 minutes = 0;

      totals->preference = coprod_person_get_payment_preference (person);
      add_payments (&run, totals, NULL,
                    _coprod_index_get (run.index, COPROD_RELATION_PAYMENTS_OF_PERSON, id));
      for (j = 0; involvements != NULL && j < involvements->len; j++)
        add_involvement (&run, totals, &minutes, g_ptr_array_index (involvements, j));
      keep_row (summary->people, totals, minutes);
    }

  /* projects, and the hours of the whole registry */
  n = g_list_model_get_n_items (projects);
  for (i = 0; i < n; i++)
    {
      g_autoptr(CoprodProject) project = g_list_model_get_item (projects, i);
      const char *id = coprod_record_get_id (COPROD_RECORD (project));
      g_autoptr(CoprodPaymentTotals) totals = totals_new (id);
      gint64 minutes = 0;

      add_payments (&run, totals, NULL,
                    _coprod_index_get (run.index, COPROD_RELATION_PAYMENTS_OF_PROJECT, id));
      add_project_involvements (&run, totals, &minutes, project);
      total->n_involvements += totals->n_involvements;
      total_minutes += minutes;
      keep_row (summary->projects, totals, minutes);
    }
  total->hours = total_minutes / 60.0;

  /* partnerships: the payments of their projects and meetings, each once */
  n = g_list_model_get_n_items (partnerships);
  for (i = 0; i < n; i++)
    {
      g_autoptr(CoprodPartnership) partnership = g_list_model_get_item (partnerships, i);
      const char *id = coprod_record_get_id (COPROD_RECORD (partnership));
      g_autoptr(CoprodPaymentTotals) totals = totals_new (id);
      g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
      GPtrArray *its_projects = _coprod_index_get (run.index, COPROD_RELATION_PROJECTS_OF_PARTNERSHIP, id);
      GPtrArray *its_meetings = _coprod_index_get (run.index, COPROD_RELATION_MEETINGS_OF_PARTNERSHIP, id);
      gint64 minutes = 0;

      for (j = 0; its_projects != NULL && j < its_projects->len; j++)
        {
          CoprodProject *project = g_ptr_array_index (its_projects, j);

          add_payments (&run, totals, seen,
                        _coprod_index_get (run.index, COPROD_RELATION_PAYMENTS_OF_PROJECT,
                                           coprod_record_get_id (COPROD_RECORD (project))));
          add_project_involvements (&run, totals, &minutes, project);
        }
      for (j = 0; its_meetings != NULL && j < its_meetings->len; j++)
        add_payments (&run, totals, seen,
                      _coprod_index_get (run.index, COPROD_RELATION_PAYMENTS_OF_MEETING,
                                         coprod_record_get_id (g_ptr_array_index (its_meetings, j))));
      keep_row (summary->partnerships, totals, minutes);
    }

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
