/* coprod-charter-adoption.c: who adopted a charter, when, in which order
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The rules are written out, for people, in doc/pledges.md: keep the two
 * in step.
 */
#include "config.h"

#include <string.h>

#include "coprod-charter-adoption.h"
#include "coprod-date.h"
#include "coprod-date-private.h"
#include "coprod-enum-types.h"
#include "coprod-error.h"
#include "coprod-index-private.h"
#include "coprod-pledge-health-private.h"
#include "coprod-record-list-private.h"
#include "coprod-text-private.h"

/**
 * CoprodAdoption:
 *
 * One adoption of a [class@Coprod.Charter]: a [class@Coprod.Pledge] that
 * names the charter and was signed as of the date asked about, with the
 * organisation it was signed on behalf of (none for a personal pledge),
 * its date and its place in the order of adoption. Part of a
 * [class@Coprod.CharterAdoption].
 *
 * Since: 0.1
 */

struct _CoprodAdoption
{
  GObject parent_instance;

  CoprodPledge *pledge;
  guint rank;
  CoprodPledgeStatus status;

  /* for ordering: the first and last day the signed date may mean */
  char start[11];
  char end[11];
  guint position;
};

G_DEFINE_FINAL_TYPE (CoprodAdoption, coprod_adoption, G_TYPE_OBJECT)

enum {
  ADOPTION_PROP_0,
  ADOPTION_PROP_PLEDGE,
  ADOPTION_PROP_PLEDGE_ID,
  ADOPTION_PROP_ORGANISATION_ID,
  ADOPTION_PROP_DATE,
  ADOPTION_PROP_RANK,
  ADOPTION_PROP_STATUS,
  ADOPTION_N_PROPS
};

static GParamSpec *adoption_properties[ADOPTION_N_PROPS];

static void
coprod_adoption_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  CoprodAdoption *self = COPROD_ADOPTION (object);

  switch (prop_id)
    {
    case ADOPTION_PROP_PLEDGE:
      g_value_set_object (value, self->pledge);
      break;
    case ADOPTION_PROP_PLEDGE_ID:
      g_value_set_string (value, coprod_adoption_get_pledge_id (self));
      break;
    case ADOPTION_PROP_ORGANISATION_ID:
      g_value_set_string (value, coprod_adoption_get_organisation_id (self));
      break;
    case ADOPTION_PROP_DATE:
      g_value_set_string (value, coprod_adoption_get_date (self));
      break;
    case ADOPTION_PROP_RANK:
      g_value_set_uint (value, self->rank);
      break;
    case ADOPTION_PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coprod_adoption_dispose (GObject *object)
{
  CoprodAdoption *self = COPROD_ADOPTION (object);

  g_clear_object (&self->pledge);

  G_OBJECT_CLASS (coprod_adoption_parent_class)->dispose (object);
}

static void
coprod_adoption_class_init (CoprodAdoptionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->get_property = coprod_adoption_get_property;
  object_class->dispose = coprod_adoption_dispose;

  /**
   * CoprodAdoption:pledge:
   *
   * The pledge that adopts the charter.
   *
   * Since: 0.1
   */
  adoption_properties[ADOPTION_PROP_PLEDGE] =
    g_param_spec_object ("pledge", NULL, NULL, COPROD_TYPE_PLEDGE, flags);

  /**
   * CoprodAdoption:pledge-id:
   *
   * The id of the pledge.
   *
   * Since: 0.1
   */
  adoption_properties[ADOPTION_PROP_PLEDGE_ID] =
    g_param_spec_string ("pledge-id", NULL, NULL, NULL, flags);

  /**
   * CoprodAdoption:organisation-id:
   *
   * The id of the organisation the pledge was signed on behalf of, or
   * %NULL for a personal pledge.
   *
   * Since: 0.1
   */
  adoption_properties[ADOPTION_PROP_ORGANISATION_ID] =
    g_param_spec_string ("organisation-id", NULL, NULL, NULL, flags);

  /**
   * CoprodAdoption:date:
   *
   * When the pledge was signed, as an ISO 8601 date.
   *
   * Since: 0.1
   */
  adoption_properties[ADOPTION_PROP_DATE] =
    g_param_spec_string ("date", NULL, NULL, NULL, flags);

  /**
   * CoprodAdoption:rank:
   *
   * The adoption's place in the order, from 1: one more than the number
   * of adoptions signed strictly before it. Adoptions whose dates cannot
   * be told apart (the same day, or `2024` beside `2024-05-01`) share a
   * rank.
   *
   * Since: 0.1
   */
  adoption_properties[ADOPTION_PROP_RANK] =
    g_param_spec_uint ("rank", NULL, NULL, 1, G_MAXUINT, 1, flags);

  /**
   * CoprodAdoption:status:
   *
   * The status of the pledge as of the date (see
   * [property@Coprod.PledgeHealth:status]): a revoked or lapsed pledge
   * still adopted the charter when it was signed.
   *
   * Since: 0.1
   */
  adoption_properties[ADOPTION_PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL, COPROD_TYPE_PLEDGE_STATUS,
                       COPROD_PLEDGE_STATUS_ACTIVE, flags);

  g_object_class_install_properties (object_class, ADOPTION_N_PROPS, adoption_properties);
}

static void
coprod_adoption_init (CoprodAdoption *self)
{
  self->rank = 1;
  self->status = COPROD_PLEDGE_STATUS_ACTIVE;
}

/**
 * coprod_adoption_get_pledge:
 * @self: an adoption
 *
 * Gets the pledge that adopts the charter.
 *
 * Returns: (transfer none): the pledge
 *
 * Since: 0.1
 */
CoprodPledge *
coprod_adoption_get_pledge (CoprodAdoption *self)
{
  g_return_val_if_fail (COPROD_IS_ADOPTION (self), NULL);

  return self->pledge;
}

/**
 * coprod_adoption_get_pledge_id:
 * @self: an adoption
 *
 * Gets the id of the pledge that adopts the charter.
 *
 * Returns: the id
 *
 * Since: 0.1
 */
const char *
coprod_adoption_get_pledge_id (CoprodAdoption *self)
{
  g_return_val_if_fail (COPROD_IS_ADOPTION (self), NULL);

  return coprod_record_get_id (COPROD_RECORD (self->pledge));
}

/**
 * coprod_adoption_get_organisation_id:
 * @self: an adoption
 *
 * Gets the id of the organisation that adopted the charter.
 *
 * Returns: (nullable): the id, or %NULL for a personal pledge
 *
 * Since: 0.1
 */
const char *
coprod_adoption_get_organisation_id (CoprodAdoption *self)
{
  g_return_val_if_fail (COPROD_IS_ADOPTION (self), NULL);

  return coprod_pledge_get_on_behalf_of_id (self->pledge);
}

/**
 * coprod_adoption_get_date:
 * @self: an adoption
 *
 * Gets when the pledge was signed.
 *
 * Returns: an ISO 8601 date
 *
 * Since: 0.1
 */
const char *
coprod_adoption_get_date (CoprodAdoption *self)
{
  g_return_val_if_fail (COPROD_IS_ADOPTION (self), NULL);

  return coprod_pledge_get_signed_date (self->pledge);
}

/**
 * coprod_adoption_get_rank:
 * @self: an adoption
 *
 * Gets the adoption's place in the order (see
 * [property@Coprod.Adoption:rank]).
 *
 * Returns: the rank, from 1
 *
 * Since: 0.1
 */
guint
coprod_adoption_get_rank (CoprodAdoption *self)
{
  g_return_val_if_fail (COPROD_IS_ADOPTION (self), 1);

  return self->rank;
}

/**
 * coprod_adoption_get_status:
 * @self: an adoption
 *
 * Gets the status of the pledge as of the date.
 *
 * Returns: the status: active, lapsed or revoked
 *
 * Since: 0.1
 */
CoprodPledgeStatus
coprod_adoption_get_status (CoprodAdoption *self)
{
  g_return_val_if_fail (COPROD_IS_ADOPTION (self), COPROD_PLEDGE_STATUS_ACTIVE);

  return self->status;
}

/**
 * CoprodCharterAdoption:
 *
 * Who adopted a [class@Coprod.Charter], when and in which order, as of a
 * date, beside the cited claim the charter records of who was first.
 * Made by [method@Coprod.Registry.get_charter_adoption].
 *
 * The adoptions ([method@Coprod.CharterAdoption.get_adoptions]) are the
 * pledges that name the charter and were signed as of the date (a draft,
 * or a pledge signed later, has not adopted it yet), earliest first. The
 * first adopter the registry shows
 * ([property@Coprod.CharterAdoption:first-adopter-id]) is the
 * organisation of the earliest adoption on behalf of an organisation, when
 * no adoption by another organisation shares its rank.
 *
 * Who was first is also a claim about the world, which a registry that
 * holds only some of the adopters cannot settle: the charter can record
 * it ([property@Coprod.Charter:claimed-first-adopter-id]) with its sources
 * ([property@Coprod.Charter:claim-sources]), and
 * [property@Coprod.CharterAdoption:agreement] says whether the claim and
 * the registry's order agree.
 *
 * ```c
 * g_autoptr(CoprodCharterAdoption) adoption =
 *   coprod_registry_get_charter_adoption (registry, "ch-1", NULL, &error);
 *
 * if (adoption != NULL &&
 *     coprod_charter_adoption_get_agreement (adoption) == COPROD_CLAIM_AGREEMENT_DISAGREES)
 *   g_print ("the registry shows %s adopting it first\n",
 *            coprod_charter_adoption_get_first_adopter_id (adoption));
 * ```
 *
 * Since: 0.1
 */

struct _CoprodCharterAdoption
{
  GObject parent_instance;

  CoprodCharter *charter;
  char *as_of;
  GListModel *adoptions;         /* a read-only CoprodRecordList */
  const char *first_adopter_id;   /* held by a pledge of @adoptions */
  CoprodClaimAgreement agreement;
};

G_DEFINE_FINAL_TYPE (CoprodCharterAdoption, coprod_charter_adoption, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CHARTER,
  PROP_CHARTER_ID,
  PROP_AS_OF,
  PROP_ADOPTIONS,
  PROP_FIRST_ADOPTER_ID,
  PROP_CLAIMED_FIRST_ADOPTER_ID,
  PROP_CLAIM_SOURCES,
  PROP_AGREEMENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
coprod_charter_adoption_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  CoprodCharterAdoption *self = COPROD_CHARTER_ADOPTION (object);

  switch (prop_id)
    {
    case PROP_CHARTER:
      g_value_set_object (value, self->charter);
      break;
    case PROP_CHARTER_ID:
      g_value_set_string (value, coprod_charter_adoption_get_charter_id (self));
      break;
    case PROP_AS_OF:
      g_value_set_string (value, self->as_of);
      break;
    case PROP_ADOPTIONS:
      g_value_set_object (value, self->adoptions);
      break;
    case PROP_FIRST_ADOPTER_ID:
      g_value_set_string (value, self->first_adopter_id);
      break;
    case PROP_CLAIMED_FIRST_ADOPTER_ID:
      g_value_set_string (value, coprod_charter_adoption_get_claimed_first_adopter_id (self));
      break;
    case PROP_CLAIM_SOURCES:
      g_value_set_boxed (value, coprod_charter_adoption_get_claim_sources (self));
      break;
    case PROP_AGREEMENT:
      g_value_set_enum (value, self->agreement);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coprod_charter_adoption_dispose (GObject *object)
{
  CoprodCharterAdoption *self = COPROD_CHARTER_ADOPTION (object);

  self->first_adopter_id = NULL;
  g_clear_object (&self->adoptions);
  g_clear_object (&self->charter);

  G_OBJECT_CLASS (coprod_charter_adoption_parent_class)->dispose (object);
}

static void
coprod_charter_adoption_finalize (GObject *object)
{
  CoprodCharterAdoption *self = COPROD_CHARTER_ADOPTION (object);

  g_free (self->as_of);

  G_OBJECT_CLASS (coprod_charter_adoption_parent_class)->finalize (object);
}

static void
coprod_charter_adoption_class_init (CoprodCharterAdoptionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->get_property = coprod_charter_adoption_get_property;
  object_class->dispose = coprod_charter_adoption_dispose;
  object_class->finalize = coprod_charter_adoption_finalize;

  /**
   * CoprodCharterAdoption:charter:
   *
   * The charter.
   *
   * Since: 0.1
   */
  properties[PROP_CHARTER] =
    g_param_spec_object ("charter", NULL, NULL, COPROD_TYPE_CHARTER, flags);

  /**
   * CoprodCharterAdoption:charter-id:
   *
   * The id of the charter.
   *
   * Since: 0.1
   */
  properties[PROP_CHARTER_ID] = g_param_spec_string ("charter-id", NULL, NULL, NULL, flags);

  /**
   * CoprodCharterAdoption:as-of:
   *
   * The date the adoptions were counted as of.
   *
   * Since: 0.1
   */
  properties[PROP_AS_OF] = g_param_spec_string ("as-of", NULL, NULL, NULL, flags);

  /**
   * CoprodCharterAdoption:adoptions:
   *
   * The adoptions, a list model of [class@Coprod.Adoption], earliest
   * first (those sharing a rank in the order of the pledges).
   *
   * Since: 0.1
   */
  properties[PROP_ADOPTIONS] =
    g_param_spec_object ("adoptions", NULL, NULL, G_TYPE_LIST_MODEL, flags);

  /**
   * CoprodCharterAdoption:first-adopter-id:
   *
   * The id of the organisation the registry shows adopting the charter
   * first, or %NULL if no organisation has adopted it or the earliest
   * adoptions by different organisations cannot be told apart.
   *
   * Since: 0.1
   */
  properties[PROP_FIRST_ADOPTER_ID] =
    g_param_spec_string ("first-adopter-id", NULL, NULL, NULL, flags);

  /**
   * CoprodCharterAdoption:claimed-first-adopter-id:
   *
   * The id of the organisation the charter's sources claim adopted it
   * first ([property@Coprod.Charter:claimed-first-adopter-id]), or %NULL.
   *
   * Since: 0.1
   */
  properties[PROP_CLAIMED_FIRST_ADOPTER_ID] =
    g_param_spec_string ("claimed-first-adopter-id", NULL, NULL, NULL, flags);

  /**
   * CoprodCharterAdoption:claim-sources:
   *
   * The addresses of the sources of the claim
   * ([property@Coprod.Charter:claim-sources]).
   *
   * Since: 0.1
   */
  properties[PROP_CLAIM_SOURCES] =
    g_param_spec_boxed ("claim-sources", NULL, NULL, G_TYPE_STRV, flags);

  /**
   * CoprodCharterAdoption:agreement:
   *
   * Whether the claim of who adopted the charter first agrees with the
   * order the registry shows.
   *
   * Since: 0.1
   */
  properties[PROP_AGREEMENT] =
    g_param_spec_enum ("agreement", NULL, NULL, COPROD_TYPE_CLAIM_AGREEMENT,
                       COPROD_CLAIM_AGREEMENT_NO_CLAIM, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
coprod_charter_adoption_init (CoprodCharterAdoption *self)
{
  self->adoptions = G_LIST_MODEL (_coprod_record_list_new (COPROD_TYPE_ADOPTION));
}

/**
 * coprod_charter_adoption_get_charter:
 * @self: a charter's adoption
 *
 * Gets the charter.
 *
 * Returns: (transfer none): the charter
 *
 * Since: 0.1
 */
CoprodCharter *
coprod_charter_adoption_get_charter (CoprodCharterAdoption *self)
{
  g_return_val_if_fail (COPROD_IS_CHARTER_ADOPTION (self), NULL);

  return self->charter;
}

/**
 * coprod_charter_adoption_get_charter_id:
 * @self: a charter's adoption
 *
 * Gets the id of the charter.
 *
 * Returns: the id
 *
 * Since: 0.1
 */
const char *
coprod_charter_adoption_get_charter_id (CoprodCharterAdoption *self)
{
  g_return_val_if_fail (COPROD_IS_CHARTER_ADOPTION (self), NULL);

  return coprod_record_get_id (COPROD_RECORD (self->charter));
}

/**
 * coprod_charter_adoption_get_as_of:
 * @self: a charter's adoption
 *
 * Gets the date the adoptions were counted as of.
 *
 * Returns: an ISO 8601 date
 *
 * Since: 0.1
 */
const char *
coprod_charter_adoption_get_as_of (CoprodCharterAdoption *self)
{
  g_return_val_if_fail (COPROD_IS_CHARTER_ADOPTION (self), NULL);

  return self->as_of;
}

/**
 * coprod_charter_adoption_get_adoptions:
 * @self: a charter's adoption
 *
 * Gets the adoptions, earliest first.
 *
 * Returns: (transfer none): a list model of [class@Coprod.Adoption]
 *
 * Since: 0.1
 */
GListModel *
coprod_charter_adoption_get_adoptions (CoprodCharterAdoption *self)
{
  g_return_val_if_fail (COPROD_IS_CHARTER_ADOPTION (self), NULL);

  return G_LIST_MODEL (self->adoptions);
}

/**
 * coprod_charter_adoption_get_first_adopter_id:
 * @self: a charter's adoption
 *
 * Gets the organisation the registry shows adopting the charter first
 * (see [property@Coprod.CharterAdoption:first-adopter-id]).
 *
 * Returns: (nullable): the id of an organisation, or %NULL
 *
 * Since: 0.1
 */
const char *
coprod_charter_adoption_get_first_adopter_id (CoprodCharterAdoption *self)
{
  g_return_val_if_fail (COPROD_IS_CHARTER_ADOPTION (self), NULL);

  return self->first_adopter_id;
}

/**
 * coprod_charter_adoption_get_claimed_first_adopter_id:
 * @self: a charter's adoption
 *
 * Gets the organisation the charter's sources claim adopted it first.
 *
 * Returns: (nullable): the id of an organisation, or %NULL if the charter
 *   records no claim
 *
 * Since: 0.1
 */
const char *
coprod_charter_adoption_get_claimed_first_adopter_id (CoprodCharterAdoption *self)
{
  g_return_val_if_fail (COPROD_IS_CHARTER_ADOPTION (self), NULL);

  return coprod_charter_get_claimed_first_adopter_id (self->charter);
}

/**
 * coprod_charter_adoption_get_claim_sources:
 * @self: a charter's adoption
 *
 * Gets the addresses of the sources of the claim.
 *
 * Returns: (transfer none) (array zero-terminated=1): the URLs; empty if
 *   none is recorded
 *
 * Since: 0.1
 */
const char * const *
coprod_charter_adoption_get_claim_sources (CoprodCharterAdoption *self)
{
  g_return_val_if_fail (COPROD_IS_CHARTER_ADOPTION (self), NULL);

  return coprod_charter_get_claim_sources (self->charter);
}

/**
 * coprod_charter_adoption_get_agreement:
 * @self: a charter's adoption
 *
 * Gets whether the claim of who adopted the charter first agrees with the
 * order the registry shows.
 *
 * Returns: the agreement
 *
 * Since: 0.1
 */
CoprodClaimAgreement
coprod_charter_adoption_get_agreement (CoprodCharterAdoption *self)
{
  g_return_val_if_fail (COPROD_IS_CHARTER_ADOPTION (self), COPROD_CLAIM_AGREEMENT_NO_CLAIM);

  return self->agreement;
}

/* The engine */

/* The first and last day an ISO 8601 date (valid, YYYY[-MM[-DD]]) may
 * mean, as YYYY-MM-DD; the last day of a month as 31, which orders the
 * same */
static void
date_bounds (const char *date,
             char        start[11],
             char        end[11])
{
  gsize len = strlen (date);

  g_snprintf (start, 11, "%s%s", date, len == 4 ? "-01-01" : len == 7 ? "-01" : "");
  g_snprintf (end, 11, "%s%s", date, len == 4 ? "-12-31" : len == 7 ? "-31" : "");
}

static int
compare_adoptions (gconstpointer a,
                   gconstpointer b)
{
  const CoprodAdoption *x = *(CoprodAdoption * const *) a;
  const CoprodAdoption *y = *(CoprodAdoption * const *) b;
  int c = strcmp (x->start, y->start);

  if (c == 0)
    c = strcmp (x->end, y->end);
  if (c == 0)
    c = x->position < y->position ? -1 : x->position > y->position;
  return c;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* How many of the @n sorted @ends are before @start */
static guint
count_before (const char **ends,
              guint        n,
              const char  *start)
{
  guint lo = 0, hi = n;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (strcmp (ends[mid], start) < 0)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

static CoprodCharterAdoption *
charter_adoption (CoprodRegistry *registry,
                  CoprodCharter  *charter,
                  const char     *as_of)
{
  CoprodCharterAdoption *self = g_object_new (COPROD_TYPE_CHARTER_ADOPTION, NULL);
  GPtrArray *pledges;
  g_autoptr(GPtrArray) adoptions = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree const char **ends = NULL;
  const char *claimed = coprod_charter_get_claimed_first_adopter_id (charter);
  CoprodAdoption *first = NULL;
  gboolean tied = FALSE, claimed_in_tie = FALSE;
  guint i;

  self->charter = g_object_ref (charter);
  self->as_of = g_strdup (as_of);

  pledges = _coprod_index_get (_coprod_registry_get_index (registry),
                               COPROD_RELATION_PLEDGES_OF_CHARTER,
                               coprod_record_get_id (COPROD_RECORD (charter)));
  for (i = 0; pledges != NULL && i < pledges->len; i++)
    {
      CoprodPledge *pledge = g_ptr_array_index (pledges, i);
      const char *signed_date = coprod_pledge_get_signed_date (pledge);
      CoprodPledgeStatus status;
      CoprodAdoption *adoption;

      /* a revoked pledge adopted the charter when it was signed */
      status = _coprod_pledge_status_as_of (pledge, as_of, NULL);
      if (signed_date == NULL || coprod_date_compare (signed_date, as_of) > 0 ||
          coprod_pledge_get_status (pledge) == COPROD_PLEDGE_STATUS_DRAFT)
        continue;

      adoption = g_object_new (COPROD_TYPE_ADOPTION, NULL);
      adoption->pledge = g_object_ref (pledge);
      adoption->status = status;
      adoption->position = adoptions->len;
      date_bounds (signed_date, adoption->start, adoption->end);
      g_ptr_array_add (adoptions, adoption);
    }

  /* rank: one more than the adoptions whose last possible day is before
   * this one's first */
  g_ptr_array_sort (adoptions, compare_adoptions);
  ends = g_new (const char *, adoptions->len + 1);
  for (i = 0; i < adoptions->len; i++)
    ends[i] = ((CoprodAdoption *) g_ptr_array_index (adoptions, i))->end;
  qsort (ends, adoptions->len, sizeof (const char *), compare_strings);
  for (i = 0; i < adoptions->len; i++)
    {
      CoprodAdoption *adoption = g_ptr_array_index (adoptions, i);

      adoption->rank = 1 + count_before (ends, adoptions->len, adoption->start);
      _coprod_record_list_append (COPROD_RECORD_LIST (self->adoptions), adoption);
    }

  /* the first organisation: the earliest adoption by one, unless another
   * organisation's adoption cannot be told from it */
  for (i = 0; i < adoptions->len; i++)
    {
      CoprodAdoption *adoption = g_ptr_array_index (adoptions, i);
      const char *organisation = coprod_pledge_get_on_behalf_of_id (adoption->pledge);

      if (organisation == NULL)
        continue;
      if (first == NULL)
        first = adoption;
      else if (strcmp (adoption->start, first->end) > 0)
        break;
      else if (g_strcmp0 (organisation, coprod_pledge_get_on_behalf_of_id (first->pledge)) != 0)
        tied = TRUE;

      if (g_strcmp0 (organisation, claimed) == 0)
        claimed_in_tie = TRUE;
    }

  if (first != NULL && !tied)
    self->first_adopter_id = coprod_pledge_get_on_behalf_of_id (first->pledge);

  if (claimed == NULL)
    self->agreement = COPROD_CLAIM_AGREEMENT_NO_CLAIM;
  else if (first == NULL)
    self->agreement = COPROD_CLAIM_AGREEMENT_UNDECIDED;
  else if (self->first_adopter_id != NULL)
    self->agreement = g_str_equal (self->first_adopter_id, claimed)
                      ? COPROD_CLAIM_AGREEMENT_AGREES : COPROD_CLAIM_AGREEMENT_DISAGREES;
  else
    self->agreement = claimed_in_tie
                      ? COPROD_CLAIM_AGREEMENT_UNDECIDED : COPROD_CLAIM_AGREEMENT_DISAGREES;

  return self;
}

/**
 * coprod_registry_get_charter_adoption:
 * @self: a registry
 * @charter_id: the id of a charter
 * @as_of: (nullable): the date to count adoptions as of, `YYYY-MM-DD` (or
 *   `YYYY-MM` or `YYYY`); %NULL for today in the local time zone
 * @error: return location for a #GError
 *
 * Works out who adopted the charter @charter_id, when and in which order,
 * as of @as_of, and whether that agrees with the charter's claim of who
 * was first (see [class@Coprod.CharterAdoption]).
 *
 * Returns: (transfer full): the charter's adoption; or %NULL with
 *   %COPROD_ERROR_NOT_FOUND if @charter_id is not the id of a charter, or
 *   %COPROD_ERROR_DATE if @as_of is not a valid date
 *
 * Since: 0.1
 */
CoprodCharterAdoption *
coprod_registry_get_charter_adoption (CoprodRegistry  *self,
                                      const char      *charter_id,
                                      const char      *as_of,
                                      GError         **error)
{
  g_autofree char *date = NULL;
  CoprodRecord *record;

  g_return_val_if_fail (COPROD_IS_REGISTRY (self), NULL);
  g_return_val_if_fail (charter_id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  date = _coprod_date_resolve_as_of (as_of, error);
  if (date == NULL)
    return NULL;

  record = coprod_registry_lookup (self, charter_id);
  if (!COPROD_IS_CHARTER (record))
    {
      if (record != NULL)
        g_set_error (error, COPROD_ERROR, COPROD_ERROR_NOT_FOUND,
                     "the record %s is not a charter", charter_id);
      else
        g_set_error_literal (error, COPROD_ERROR, COPROD_ERROR_NOT_FOUND,
                             "no charter of the registry has that id");
      return NULL;
    }

  return charter_adoption (self, COPROD_CHARTER (record), date);
}

/**
 * coprod_registry_get_charter_adoption_all:
 * @self: a registry
 * @as_of: (nullable): the date to count adoptions as of, `YYYY-MM-DD` (or
 *   `YYYY-MM` or `YYYY`); %NULL for today in the local time zone
 * @error: return location for a #GError
 *
 * Works out the adoption of every charter of the registry, as
 * [method@Coprod.Registry.get_charter_adoption] does for one.
 *
 * Returns: (transfer full): a list model of [class@Coprod.CharterAdoption],
 *   one per charter in the order of the charters; or %NULL with
 *   %COPROD_ERROR_DATE if @as_of is not a valid date
 *
 * Since: 0.1
 */
GListModel *
coprod_registry_get_charter_adoption_all (CoprodRegistry  *self,
                                          const char      *as_of,
                                          GError         **error)
{
  g_autofree char *date = NULL;
  GListModel *charters;
  g_autoptr(GPtrArray) adoptions = NULL;
  CoprodRecordList *result;
  guint i, n;

  g_return_val_if_fail (COPROD_IS_REGISTRY (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  date = _coprod_date_resolve_as_of (as_of, error);
  if (date == NULL)
    return NULL;

  charters = coprod_registry_get_charters (self);
  n = g_list_model_get_n_items (charters);
  adoptions = g_ptr_array_new_full (n, g_object_unref);
  for (i = 0; i < n; i++)
    g_ptr_array_add (adoptions, charter_adoption (self, _coprod_record_list_peek (COPROD_RECORD_LIST (charters), i), date));
  result = _coprod_record_list_new (COPROD_TYPE_CHARTER_ADOPTION);
  _coprod_record_list_take_all (result, adoptions);

  return G_LIST_MODEL (result);
}
