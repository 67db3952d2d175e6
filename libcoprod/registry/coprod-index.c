/* coprod-index.c: the relations between a registry's records
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "coprod-field-private.h"
#include "coprod-address-private.h"
#include "coprod-index-private.h"
#include "coprod-involvement.h"
#include "coprod-meeting.h"
#include "coprod-output.h"
#include "coprod-rate-card.h"
#include "coprod-membership.h"
#include "coprod-partnership.h"
#include "coprod-organisation.h"
#include "coprod-payment.h"
#include "coprod-person.h"
#include "coprod-pledge.h"
#include "coprod-post.h"
#include "coprod-project.h"
#include "coprod-proposal.h"
#include "coprod-record-list-private.h"
#include "coprod-review.h"

/* A set of pairs of addresses: open addressing, linear probing, at most
 * half full; nothing is removed (a change makes a new index) */
typedef struct
{
  gconstpointer a, b;
} PairEntry;

typedef struct
{
  PairEntry *entries;           /* 1 << shift of them, or NULL */
  guint      shift;
  guint      n;
} PairSet;

static inline guint
pair_slot (const PairSet *set,
           gconstpointer  a,
           gconstpointer  b)
{
  return _coprod_address_pair_slot (a, b, set->shift);
}

static void pair_set_add (PairSet *set, gconstpointer a, gconstpointer b);

static void
pair_set_grow (PairSet *set)
{
  PairEntry *old = set->entries;
  guint old_size = old ? 1u << set->shift : 0;
  guint i;

  set->shift = old ? set->shift + 1 : 6;
  set->entries = g_new0 (PairEntry, 1u << set->shift);
  set->n = 0;
  for (i = 0; i < old_size; i++)
    if (old[i].a != NULL)
      pair_set_add (set, old[i].a, old[i].b);
  g_free (old);
}

static void
pair_set_add (PairSet       *set,
              gconstpointer  a,
              gconstpointer  b)
{
  guint mask, i;

  if (set->entries == NULL || (set->n + 1) * 2 > (1u << set->shift))
    pair_set_grow (set);

  mask = (1u << set->shift) - 1;
  for (i = pair_slot (set, a, b); set->entries[i].a != NULL; i = (i + 1) & mask)
    if (set->entries[i].a == a && set->entries[i].b == b)
      return;
  set->entries[i].a = a;
  set->entries[i].b = b;
  set->n++;
}

static gboolean
pair_set_contains (const PairSet *set,
                   gconstpointer  a,
                   gconstpointer  b)
{
  guint mask, i;

  if (set->entries == NULL || a == NULL || b == NULL)
    return FALSE;

  mask = (1u << set->shift) - 1;
  for (i = pair_slot (set, a, b); set->entries[i].a != NULL; i = (i + 1) & mask)
    if (set->entries[i].a == a && set->entries[i].b == b)
      return TRUE;

  return FALSE;
}

/* The index is made in groups, each when something first asks for one of
 * its relations: an engine pays only for what it reads (the assessment
 * does not need the involvements of every person, for one) */
typedef enum
{
  GROUP_MEMBER_RECORDS, /* (partnership, member) of every membership */
  GROUP_STAFF,          /* staff, and each partnership's own policy */
  GROUP_MEMBERS,        /* people, organisations and partnerships of
                           members, memberships of posts */
  GROUP_PARENT_CYCLES,
  GROUP_PEOPLE,
  GROUP_PROJECTS,
  GROUP_MEETINGS,       /* of projects and of partnerships */
  GROUP_MEETINGS_OF_PERSON,
  GROUP_PAYMENTS,       /* of projects */
  GROUP_PAYMENTS_OF_PERSON,
  GROUP_PAYMENTS_OF_MEETING,
  GROUP_POLICIES,
  GROUP_REVIEWS,
  GROUP_PROPOSALS,
  GROUP_OUTPUTS,
  GROUP_RATE_CARDS,
  GROUP_PLEDGES,
  GROUP_POSTS,
  N_GROUPS
} Group;

static const Group group_of_relation[COPROD_N_RELATIONS] = {
  [COPROD_RELATION_PROJECTS_OF_PARTNERSHIP] = GROUP_PROJECTS,
  [COPROD_RELATION_MEETINGS_OF_PROJECT] = GROUP_MEETINGS,
  [COPROD_RELATION_MEETINGS_OF_PERSON] = GROUP_MEETINGS_OF_PERSON,
  [COPROD_RELATION_MEETINGS_OF_PARTNERSHIP] = GROUP_MEETINGS,
  [COPROD_RELATION_PAYMENTS_OF_PROJECT] = GROUP_PAYMENTS,
  [COPROD_RELATION_PAYMENTS_OF_PERSON] = GROUP_PAYMENTS_OF_PERSON,
  [COPROD_RELATION_PAYMENTS_OF_MEETING] = GROUP_PAYMENTS_OF_MEETING,
  [COPROD_RELATION_POLICIES_OF_ORGANISATION] = GROUP_POLICIES,
  [COPROD_RELATION_INVOLVEMENTS_OF_PERSON] = GROUP_PROJECTS,
  [COPROD_RELATION_REVIEWS_OF_SUBJECT] = GROUP_REVIEWS,
  [COPROD_RELATION_PROPOSALS_OF_PROJECT] = GROUP_PROPOSALS,
  [COPROD_RELATION_OUTPUTS_OF_PROJECT] = GROUP_OUTPUTS,
  [COPROD_RELATION_RATE_CARDS_OF_ORGANISATION] = GROUP_RATE_CARDS,
  [COPROD_RELATION_PLEDGES_OF_CHARTER] = GROUP_PLEDGES,
  [COPROD_RELATION_POSTS_OF_GROUP] = GROUP_POSTS,
  [COPROD_RELATION_MEMBERSHIPS_OF_POST] = GROUP_MEMBERS,
  [COPROD_RELATION_PEOPLE_OF_PARTNERSHIP] = GROUP_MEMBERS,
  [COPROD_RELATION_ORGANISATIONS_OF_PARTNERSHIP] = GROUP_MEMBERS,
  [COPROD_RELATION_PARTNERSHIPS_OF_MEMBER] = GROUP_MEMBERS,
  [COPROD_RELATION_PEOPLE_OF_ORGANISATION] = GROUP_PEOPLE,
  [COPROD_RELATION_PROJECTS_OF_PERSON] = GROUP_PROJECTS,
};

struct _CoprodIndex
{
  gboolean        built[N_GROUPS];
  CoprodRegistry *registry;           /* not a reference: the registry owns the index */
  guint64        *work;

  /* const char * (an id held by a record) -> GPtrArray of borrowed objects */
  GHashTable     *relations[COPROD_N_RELATIONS];
  /* the ids that name no record, each text once: the first string met
   * with it (see key_of()) */
  GHashTable     *unknown_ids;
  /* (partnership, the key of a member) for every membership; (partnership,
   * member record) for those who sit on behalf of an organisation that is
   * itself a member of it. Asked by record, these are found without
   * reading an id's bytes. */
  PairSet         member_records;
  PairSet         staff_records;
  /* CoprodPolicy -> its position + 1 in the policies */
  GHashTable     *policy_positions;
  /* the key of an organisation -> the position of its first policy that
   * covers some support */
  CoprodAddressMap covering_policies;
  /* partnership record -> its position in the partnerships, where these
   * are: the first policy of a member that covers some support, or NULL;
   * whether the walk up its parents was made, and what it found */
  CoprodAddressMap partnership_positions;
  CoprodPolicy  **own_policies;
  CoprodPolicy  **partnership_policies;
  guint8         *partnership_policy_known;
  GArray         *walked;             /* of positions, for the walk up */
  /* partnership id -> the id its parent chain comes back to, or the index
   * itself when the chain ends */
  GHashTable     *parent_cycles;
};

static void
relate (CoprodIndex    *index,
        CoprodRelation  relation,
        const char     *id,
        gpointer        object)
{
  GPtrArray *related;

  if (id == NULL)
    return;

  related = g_hash_table_lookup (index->relations[relation], id);
  if (related == NULL)
    {
      related = g_ptr_array_new ();
      g_hash_table_insert (index->relations[relation], (gpointer) id, related);
    }
  g_ptr_array_add (related, object);
  (*index->work)++;
}

/* The key by which the index holds the id @id of a member or an
 * organisation: the record it names, found mostly by address; for an id
 * that names no record, the first string with its text that the index
 * met (@add: this is it, if none was met). The record, if any, in
 * @record. Two ids have the same key when
 * they have the same text, so sets of keys compare addresses only. A
 * record's address and a string's cannot be the same. NULL for a NULL
 * @id, or one that names no record and was not met. */
static gconstpointer
key_of (CoprodIndex   *index,
        const char    *id,
        gboolean       add,
        CoprodRecord **record)
{
  gpointer known;
  GType type;

  *record = NULL;
  if (id == NULL)
    return NULL;

  *record = _coprod_registry_lookup_typed (index->registry, id, &type);
  if (*record != NULL)
    return *record;

  if (g_hash_table_lookup_extended (index->unknown_ids, id, &known, NULL))
    return known;
  if (!add)
    return NULL;
  g_hash_table_add (index->unknown_ids, (gpointer) id);
  return id;
}

/* The memberships of a partnership are read in batches: the look-ups of
 * a batch's ids started together, so that their waits on memory overlap */
#define BATCH 32

typedef struct
{
  const char   *member_id;
  const char   *on_behalf_of;
  gconstpointer key;               /* of the member */
  CoprodRecord *record;            /* the member's, or NULL */
} Member;

/* @members: the memberships of @partnership, from @start, at most BATCH;
 * each member's id and key into @batch. Returns how many. */
static guint
read_members (CoprodIndex       *index,
              CoprodPartnership *partnership,
              const CoprodField *memberships,
              guint              start,
              guint              n,
              Member            *batch,
              gboolean           staff)
{
  guint k, n_batch = MIN (n - start, BATCH);

  for (k = 0; k < n_batch; k++)
    {
      CoprodMembership *membership = _coprod_field_peek_child (partnership, memberships, start + k);

      batch[k].member_id = coprod_membership_get_member_id (membership);
      batch[k].on_behalf_of = staff ? coprod_membership_get_on_behalf_of_id (membership) : NULL;
      _coprod_registry_prefetch (index->registry, batch[k].member_id);
      _coprod_registry_prefetch (index->registry, batch[k].on_behalf_of);
    }
  for (k = 0; k < n_batch; k++)
    {
      batch[k].key = key_of (index, batch[k].member_id, TRUE, &batch[k].record);
      (*index->work)++;
    }

  return n_batch;
}

/* Every membership of every partnership, as the pair (partnership, key
 * of the member) */
static void
index_member_records (CoprodIndex *index,
                      GListModel  *partnerships)
{
  const CoprodField *memberships = _coprod_fields_find (COPROD_TYPE_PARTNERSHIP, "memberships");
  guint i, j, k, n = g_list_model_get_n_items (partnerships);
  Member batch[BATCH];

  for (i = 0; i < n; i++)
    {
      CoprodPartnership *partnership = _coprod_record_list_peek (COPROD_RECORD_LIST (partnerships), i);
      guint n_memberships = _coprod_field_get_n_children (partnership, memberships);

      for (j = 0; j < n_memberships; j += BATCH)
        {
          guint n_batch = read_members (index, partnership, memberships, j, n_memberships,
                                        batch, FALSE);

          for (k = 0; k < n_batch; k++)
            if (batch[k].key != NULL)
              pair_set_add (&index->member_records, partnership, batch[k].key);
        }
    }
}

/* The keys of one partnership's members: a small open-addressing set,
 * made again for each partnership in the same memory */
typedef struct
{
  gconstpointer *keys;
  guint          shift;
  guint          size;             /* of keys */
} KeySet;

static void
key_set_reset (KeySet *set,
               guint   n)
{
  guint shift = 4;

  while ((1u << shift) < 2 * (guint64) n && shift < 31)
    shift++;
  if ((1u << shift) > set->size)
    {
      g_free (set->keys);
      set->size = 1u << shift;
      set->keys = g_new (gconstpointer, set->size);
    }
  set->shift = shift;
  memset (set->keys, 0, sizeof (gconstpointer) << shift);
}

static void
key_set_add (KeySet        *set,
             gconstpointer  key)
{
  guint mask = (1u << set->shift) - 1;
  guint i;

  for (i = _coprod_address_slot (key, set->shift); set->keys[i] != NULL; i = (i + 1) & mask)
    if (set->keys[i] == key)
      return;
  set->keys[i] = key;
}

static gboolean
key_set_contains (const KeySet  *set,
                  gconstpointer  key)
{
  guint mask = (1u << set->shift) - 1;
  guint i;

  for (i = _coprod_address_slot (key, set->shift); set->keys[i] != NULL; i = (i + 1) & mask)
    if (set->keys[i] == key)
      return TRUE;
  return FALSE;
}

static void ensure (CoprodIndex *index, Group group);

/* For each partnership, in one pass over its memberships: its own policy
 * (the first, in the order of the policies, of a member that covers some
 * support) and its staff, the member records that sit in it on behalf of
 * an organisation that is itself a member of it */
static void
index_staff (CoprodIndex *index,
             GListModel  *partnerships)
{
  const CoprodField *memberships = _coprod_fields_find (COPROD_TYPE_PARTNERSHIP, "memberships");
  GListModel *policies = coprod_registry_get_policies (index->registry);
  guint i, j, k, n = g_list_model_get_n_items (partnerships);
  g_autoptr(GArray) members = g_array_new (FALSE, FALSE, sizeof (Member));
  KeySet set = { NULL, 0, 0 };

  ensure (index, GROUP_POLICIES);
  _coprod_record_list_map_positions (COPROD_RECORD_LIST (partnerships), &index->partnership_positions);
  index->own_policies = g_new0 (CoprodPolicy *, MAX (n, 1));
  index->partnership_policies = g_new0 (CoprodPolicy *, MAX (n, 1));
  index->partnership_policy_known = g_new0 (guint8, MAX (n, 1));

  for (i = 0; i < n; i++)
    {
      CoprodPartnership *partnership = _coprod_record_list_peek (COPROD_RECORD_LIST (partnerships), i);
      guint n_memberships = _coprod_field_get_n_children (partnership, memberships);
      guint best = G_MAXUINT, position;
      gboolean on_behalf = FALSE;

      g_array_set_size (members, n_memberships);
      for (j = 0; j < n_memberships; j += BATCH)
        {
          Member *batch = &g_array_index (members, Member, j);
          guint n_batch = read_members (index, partnership, memberships, j, n_memberships,
                                        batch, TRUE);

          for (k = 0; k < n_batch; k++)
            {
              if (batch[k].key != NULL &&
                  _coprod_address_map_find (&index->covering_policies, batch[k].key, &position))
                best = MIN (best, position);
              on_behalf |= batch[k].member_id != NULL && batch[k].on_behalf_of != NULL;
            }
        }
      if (best != G_MAXUINT)
        index->own_policies[i] = _coprod_record_list_peek (COPROD_RECORD_LIST (policies), best);

      if (!on_behalf)
        continue;

      /* the staff: who sits for an organisation among the members */
      key_set_reset (&set, n_memberships);
      for (j = 0; j < n_memberships; j++)
        {
          const Member *member = &g_array_index (members, Member, j);

          if (member->key != NULL)
            key_set_add (&set, member->key);
        }
      for (j = 0; j < n_memberships; j++)
        {
          const Member *member = &g_array_index (members, Member, j);
          gconstpointer on_behalf_of;
          CoprodRecord *organisation;

          if (member->record == NULL || member->on_behalf_of == NULL)
            continue;
          on_behalf_of = key_of (index, member->on_behalf_of, FALSE, &organisation);
          if (on_behalf_of != NULL && key_set_contains (&set, on_behalf_of))
            pair_set_add (&index->staff_records, partnership, member->record);
          (*index->work)++;
        }
    }

  g_free (set.keys);
}

/* The relations of members: the people and organisations of each
 * partnership, the partnerships of each member, the memberships of each
 * post */
static void
index_partnerships (CoprodIndex *index,
                    GListModel  *partnerships)
{
  const CoprodField *memberships = _coprod_fields_find (COPROD_TYPE_PARTNERSHIP, "memberships");
  guint i, j, n = g_list_model_get_n_items (partnerships);

  for (i = 0; i < n; i++)
    {
      CoprodPartnership *partnership = g_list_model_get_item (partnerships, i);
      GHashTable *members = g_hash_table_new (g_str_hash, g_str_equal);

      for (j = 0; j < _coprod_field_get_n_children (partnership, memberships); j++)
        {
          CoprodMembership *membership = _coprod_field_peek_child (partnership, memberships, j);
          const char *member_id = coprod_membership_get_member_id (membership);

          /* each member once, in the order of the memberships */
          if (member_id != NULL && g_hash_table_add (members, (gpointer) member_id))
            {
              CoprodRecord *member = coprod_registry_lookup (index->registry, member_id);
              const char *partnership_id = coprod_record_get_id (COPROD_RECORD (partnership));

              if (COPROD_IS_PERSON (member))
                relate (index, COPROD_RELATION_PEOPLE_OF_PARTNERSHIP, partnership_id, member);
              else if (COPROD_IS_ORGANISATION (member))
                relate (index, COPROD_RELATION_ORGANISATIONS_OF_PARTNERSHIP, partnership_id, member);
              relate (index, COPROD_RELATION_PARTNERSHIPS_OF_MEMBER, member_id, partnership);
            }
          relate (index, COPROD_RELATION_MEMBERSHIPS_OF_POST,
                  coprod_membership_get_post_id (membership), membership);
          (*index->work)++;
        }

      g_hash_table_unref (members);
      g_object_unref (partnership);
    }
}

/* Walking up a partnership's parents ends, or comes back to an id: the
 * first one met twice. Worked out once for every partnership, each chain
 * walked once. */
static void
index_parent_cycles (CoprodIndex *index,
                     GListModel  *partnerships)
{
  g_autoptr(GPtrArray) path = g_ptr_array_new ();             /* of ids */
  g_autoptr(GHashTable) on_path = g_hash_table_new (g_str_hash, g_str_equal);
  gpointer ends = index;                                      /* "the chain ends" */
  guint i, n = g_list_model_get_n_items (partnerships);

  for (i = 0; i < n; i++)
    {
      g_autoptr(CoprodPartnership) start = g_list_model_get_item (partnerships, i);
      CoprodPartnership *current = start;
      gpointer result = NULL;          /* for the last id of the path */
      guint in_cycle_from = G_MAXUINT;
      int k;

      if (g_hash_table_contains (index->parent_cycles,
                                 coprod_record_get_id (COPROD_RECORD (start))))
        continue;

      g_ptr_array_set_size (path, 0);
      g_hash_table_remove_all (on_path);

      for (;;)
        {
          const char *id = coprod_record_get_id (COPROD_RECORD (current));
          const char *parent_id = coprod_partnership_get_parent_id (current);
          CoprodRecord *parent;
          gpointer known;

          g_hash_table_insert (on_path, (gpointer) id, GUINT_TO_POINTER (path->len));
          g_ptr_array_add (path, (gpointer) id);
          (*index->work)++;

          parent = parent_id ? coprod_registry_lookup (index->registry, parent_id) : NULL;
          if (!COPROD_IS_PARTNERSHIP (parent))
            {
              result = ends;
              break;
            }

          parent_id = coprod_record_get_id (parent);
          if (g_hash_table_lookup_extended (on_path, parent_id, NULL, &known))
            {
              /* the chain closes: from there to here is the cycle */
              in_cycle_from = GPOINTER_TO_UINT (known);
              break;
            }

          known = g_hash_table_lookup (index->parent_cycles, parent_id);
          if (known != NULL)
            {
              /* a parent in a cycle is where the walk comes back to */
              result = known == (gpointer) parent_id ? (gpointer) parent_id : known;
              break;
            }

          current = COPROD_PARTNERSHIP (parent);
        }

      /* each id of the cycle comes back to itself; those before it, and
       * those of a chain that met a known one, take their parent's answer */
      for (k = (int) path->len - 1; k >= 0; k--)
        {
          const char *id = g_ptr_array_index (path, k);

          if ((guint) k >= in_cycle_from)
            result = (gpointer) id;
          else if (k + 1 < (int) path->len)
            {
              const char *next = g_ptr_array_index (path, k + 1);
              gpointer next_result = g_hash_table_lookup (index->parent_cycles, next);

              result = next_result == (gpointer) next ? (gpointer) next : next_result;
            }
          g_hash_table_insert (index->parent_cycles, (gpointer) id, result);
        }
    }
}

static void
index_people (CoprodIndex *index,
              GListModel  *people)
{
  guint i, n = g_list_model_get_n_items (people);

  for (i = 0; i < n; i++)
    {
      CoprodPerson *person = g_list_model_get_item (people, i);
      const char * const *organisation_id;

      for (organisation_id = coprod_person_get_organisation_ids (person);
           *organisation_id != NULL; organisation_id++)
        relate (index, COPROD_RELATION_PEOPLE_OF_ORGANISATION, *organisation_id, person);
      g_object_unref (person);
    }
}

static void
index_projects (CoprodIndex *index,
                GListModel  *projects)
{
  g_autoptr(GHashTable) people = g_hash_table_new (g_str_hash, g_str_equal);
  const CoprodField *involvements = _coprod_fields_find (COPROD_TYPE_PROJECT, "involvements");
  guint i, j, n = g_list_model_get_n_items (projects);

  for (i = 0; i < n; i++)
    {
      CoprodProject *project = g_list_model_get_item (projects, i);

      relate (index, COPROD_RELATION_PROJECTS_OF_PARTNERSHIP,
              coprod_project_get_partnership_id (project), project);
      g_hash_table_remove_all (people);
      for (j = 0; j < _coprod_field_get_n_children (project, involvements); j++)
        {
          CoprodInvolvement *involvement = _coprod_field_peek_child (project, involvements, j);
          const char *person_id = coprod_involvement_get_person_id (involvement);

          relate (index, COPROD_RELATION_INVOLVEMENTS_OF_PERSON, person_id, involvement);
          if (person_id != NULL && g_hash_table_add (people, (gpointer) person_id))
            relate (index, COPROD_RELATION_PROJECTS_OF_PERSON, person_id, project);
        }
      g_object_unref (project);
    }
}

/* Starts reading the record @ahead places after @i in @list, if there is
 * one */
static inline void
prefetch_ahead (CoprodRecordList *list,
                guint             n,
                guint             i,
                guint             ahead)
{
#ifdef __GNUC__
  if (i + ahead < n)
    __builtin_prefetch (_coprod_record_list_peek (list, i + ahead));
#endif
}

/* Starts reading the text of @id, which relate() hashes */
static inline void
prefetch_text (const char *id)
{
#ifdef __GNUC__
  if (id != NULL)
    __builtin_prefetch (id);
#endif
}

/* @of_people: the meetings of each attendee; otherwise those of each
 * project and partnership */
static void
index_meetings (CoprodIndex *index,
                GListModel  *meetings,
                gboolean     of_people)
{
  CoprodRecordList *list = COPROD_RECORD_LIST (meetings);
  guint i, n = _coprod_record_list_get_size (list);

  for (i = 0; i < n; i++)
    {
      CoprodMeeting *meeting = _coprod_record_list_peek (list, i);
      const char * const *attendee;

      if (!of_people)
        {
          /* the meetings and the text of their ids a little ahead */
          prefetch_ahead (list, n, i, 16);
          if (i + 8 < n)
            {
              CoprodMeeting *ahead = _coprod_record_list_peek (list, i + 8);

              prefetch_text (coprod_meeting_get_project_id (ahead));
              prefetch_text (coprod_meeting_get_partnership_id (ahead));
            }
          relate (index, COPROD_RELATION_MEETINGS_OF_PROJECT,
                  coprod_meeting_get_project_id (meeting), meeting);
          relate (index, COPROD_RELATION_MEETINGS_OF_PARTNERSHIP,
                  coprod_meeting_get_partnership_id (meeting), meeting);
        }
      else
        for (attendee = coprod_meeting_get_attendee_ids (meeting); *attendee != NULL; attendee++)
          relate (index, COPROD_RELATION_MEETINGS_OF_PERSON, *attendee, meeting);
    }
}

/* One of the relations of payments: @relation. In batches: the reads of
 * a batch's ids, and of the meetings they name, started together. */
static void
index_payments (CoprodIndex    *index,
                GListModel     *payments,
                CoprodRelation  relation)
{
  CoprodRecordList *list = COPROD_RECORD_LIST (payments);
  const CoprodField *meeting_project = NULL;
  guint i, k, n = _coprod_record_list_get_size (list);

  if (relation == COPROD_RELATION_PAYMENTS_OF_PROJECT)
    {
      /* the field table of meetings is made with their class */
      g_type_class_unref (g_type_class_ref (COPROD_TYPE_MEETING));
      meeting_project = _coprod_fields_find (COPROD_TYPE_MEETING, "project-id");
    }

  for (i = 0; i < n; i += BATCH)
    {
      struct {
        CoprodPayment *payment;
        const char    *id;               /* the one @relation is by */
        const char    *meeting_id;
        CoprodRecord  *meeting;          /* a meeting, or NULL */
      } batch[BATCH];
      guint n_batch = MIN (n - i, BATCH);

      for (k = 0; k < n_batch; k++)
        {
          CoprodPayment *payment = _coprod_record_list_peek (list, i + k);

          prefetch_ahead (list, n, i + k, BATCH);
          batch[k].payment = payment;
          batch[k].meeting_id = coprod_payment_get_meeting_id (payment);
          batch[k].meeting = NULL;
          if (relation == COPROD_RELATION_PAYMENTS_OF_PERSON)
            batch[k].id = coprod_payment_get_person_id (payment);
          else if (relation == COPROD_RELATION_PAYMENTS_OF_MEETING)
            batch[k].id = batch[k].meeting_id;
          else
            {
              batch[k].id = coprod_payment_get_project_id (payment);
              _coprod_registry_prefetch (index->registry, batch[k].meeting_id);
            }
          prefetch_text (batch[k].id);
        }

      /* paid for a meeting of a project: a payment of that project too */
      if (relation == COPROD_RELATION_PAYMENTS_OF_PROJECT)
        for (k = 0; k < n_batch; k++)
          {
            GType type = G_TYPE_INVALID;
            CoprodRecord *meeting = batch[k].meeting_id
              ? _coprod_registry_lookup_typed (index->registry, batch[k].meeting_id, &type)
              : NULL;

            if (type == COPROD_TYPE_MEETING)
              {
                batch[k].meeting = meeting;
#ifdef __GNUC__
                __builtin_prefetch (_COPROD_FIELD_P (meeting, meeting_project));
#endif
              }
          }

      for (k = 0; k < n_batch; k++)
        {
          relate (index, relation, batch[k].id, batch[k].payment);
          if (batch[k].meeting != NULL)
            {
              const char *project_id = batch[k].id;
              const char *other = coprod_meeting_get_project_id (COPROD_MEETING (batch[k].meeting));

              if (other != project_id && g_strcmp0 (other, project_id) != 0)
                relate (index, COPROD_RELATION_PAYMENTS_OF_PROJECT, other, batch[k].payment);
            }
        }
    }
}

static void
index_policies (CoprodIndex *index,
                GListModel  *policies)
{
  guint i, n = g_list_model_get_n_items (policies);

  _coprod_address_map_init (&index->covering_policies, n);
  for (i = 0; i < n; i++)
    {
      CoprodPolicy *policy = g_list_model_get_item (policies, i);
      const char *organisation_id = coprod_policy_get_organisation_id (policy);

      relate (index, COPROD_RELATION_POLICIES_OF_ORGANISATION, organisation_id, policy);
      g_hash_table_insert (index->policy_positions, policy, GUINT_TO_POINTER (i + 1));

      /* the first that covers some support, for each organisation */
      if (organisation_id != NULL && coprod_policy_get_covers (policy) != COPROD_SUPPORT_NONE)
        {
          CoprodRecord *organisation;

          _coprod_address_map_add (&index->covering_policies,
                                   key_of (index, organisation_id, TRUE, &organisation), i);
        }
      g_object_unref (policy);
    }
}

static void
index_reviews (CoprodIndex *index,
               GListModel  *reviews)
{
  guint i, n = g_list_model_get_n_items (reviews);

  for (i = 0; i < n; i++)
    {
      CoprodReview *review = g_list_model_get_item (reviews, i);

      relate (index, COPROD_RELATION_REVIEWS_OF_SUBJECT,
              coprod_review_get_subject_id (review), review);
      g_object_unref (review);
    }
}

static void
index_proposals (CoprodIndex *index,
                 GListModel  *proposals)
{
  guint i, n = g_list_model_get_n_items (proposals);

  for (i = 0; i < n; i++)
    {
      CoprodProposal *proposal = g_list_model_get_item (proposals, i);
      const char *project_id = coprod_proposal_get_project_id (proposal);
      const char *meeting_id = coprod_proposal_get_meeting_id (proposal);
      CoprodRecord *meeting = meeting_id ? coprod_registry_lookup (index->registry, meeting_id) : NULL;

      relate (index, COPROD_RELATION_PROPOSALS_OF_PROJECT, project_id, proposal);

      /* made at a meeting of another project: a proposal of that project too */
      if (COPROD_IS_MEETING (meeting))
        {
          const char *meeting_project = coprod_meeting_get_project_id (COPROD_MEETING (meeting));

          if (g_strcmp0 (meeting_project, project_id) != 0)
            relate (index, COPROD_RELATION_PROPOSALS_OF_PROJECT, meeting_project, proposal);
        }
      g_object_unref (proposal);
    }
}

static void
index_outputs (CoprodIndex *index,
               GListModel  *outputs)
{
  guint i, n = g_list_model_get_n_items (outputs);

  for (i = 0; i < n; i++)
    {
      CoprodOutput *output = g_list_model_get_item (outputs, i);

      relate (index, COPROD_RELATION_OUTPUTS_OF_PROJECT,
              coprod_output_get_project_id (output), output);
      g_object_unref (output);
    }
}

static void
index_pledges (CoprodIndex *index,
               GListModel  *pledges)
{
  guint i, n = g_list_model_get_n_items (pledges);

  for (i = 0; i < n; i++)
    {
      CoprodPledge *pledge = g_list_model_get_item (pledges, i);

      relate (index, COPROD_RELATION_PLEDGES_OF_CHARTER,
              coprod_pledge_get_charter_id (pledge), pledge);
      g_object_unref (pledge);
    }
}

static void
index_rate_cards (CoprodIndex *index,
                  GListModel  *rate_cards)
{
  guint i, n = g_list_model_get_n_items (rate_cards);

  for (i = 0; i < n; i++)
    {
      CoprodRateCard *card = g_list_model_get_item (rate_cards, i);

      relate (index, COPROD_RELATION_RATE_CARDS_OF_ORGANISATION,
              coprod_rate_card_get_organisation_id (card), card);
      g_object_unref (card);
    }
}

static void
index_posts (CoprodIndex *index,
             GListModel  *posts)
{
  guint i, n = g_list_model_get_n_items (posts);

  for (i = 0; i < n; i++)
    {
      CoprodPost *post = g_list_model_get_item (posts, i);

      relate (index, COPROD_RELATION_POSTS_OF_GROUP,
              coprod_post_get_group_id (post), post);
      g_object_unref (post);
    }
}

CoprodIndex *
_coprod_index_new (CoprodRegistry *registry,
                   guint64        *work)
{
  CoprodIndex *index = g_new0 (CoprodIndex, 1);
  guint r;

  index->registry = registry;
  index->work = work;
  for (r = 0; r < COPROD_N_RELATIONS; r++)
    index->relations[r] = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                 (GDestroyNotify) g_ptr_array_unref);
  index->unknown_ids = g_hash_table_new (g_str_hash, g_str_equal);
  index->policy_positions = g_hash_table_new (NULL, NULL);
  index->walked = g_array_new (FALSE, FALSE, sizeof (guint));
  index->parent_cycles = g_hash_table_new (g_str_hash, g_str_equal);

  /* the groups are made as they are first asked for (ensure()) */
  return index;
}

/* Makes @group if it is not made yet. The records hold the ids and the
 * objects: they do not change while the index is in use (a change makes
 * a new index), so a group made later says what one made at once would. */
static void
ensure (CoprodIndex *index,
        Group        group)
{
  CoprodRegistry *registry = index->registry;

  if (index->built[group])
    return;
  index->built[group] = TRUE;

  switch (group)
    {
    case GROUP_MEMBER_RECORDS:
      index_member_records (index, coprod_registry_get_partnerships (registry));
      break;
    case GROUP_STAFF:
      index_staff (index, coprod_registry_get_partnerships (registry));
      break;
    case GROUP_MEMBERS:
      index_partnerships (index, coprod_registry_get_partnerships (registry));
      break;
    case GROUP_PARENT_CYCLES:
      index_parent_cycles (index, coprod_registry_get_partnerships (registry));
      break;
    case GROUP_PEOPLE:
      index_people (index, coprod_registry_get_people (registry));
      break;
    case GROUP_PROJECTS:
      index_projects (index, coprod_registry_get_projects (registry));
      break;
    case GROUP_MEETINGS:
      index_meetings (index, coprod_registry_get_meetings (registry), FALSE);
      break;
    case GROUP_MEETINGS_OF_PERSON:
      index_meetings (index, coprod_registry_get_meetings (registry), TRUE);
      break;
    case GROUP_PAYMENTS:
      index_payments (index, coprod_registry_get_payments (registry),
                      COPROD_RELATION_PAYMENTS_OF_PROJECT);
      break;
    case GROUP_PAYMENTS_OF_PERSON:
      index_payments (index, coprod_registry_get_payments (registry),
                      COPROD_RELATION_PAYMENTS_OF_PERSON);
      break;
    case GROUP_PAYMENTS_OF_MEETING:
      index_payments (index, coprod_registry_get_payments (registry),
                      COPROD_RELATION_PAYMENTS_OF_MEETING);
      break;
    case GROUP_POLICIES:
      index_policies (index, coprod_registry_get_policies (registry));
      break;
    case GROUP_REVIEWS:
      index_reviews (index, coprod_registry_get_reviews (registry));
      break;
    case GROUP_PROPOSALS:
      index_proposals (index, coprod_registry_get_proposals (registry));
      break;
    case GROUP_OUTPUTS:
      index_outputs (index, coprod_registry_get_outputs (registry));
      break;
    case GROUP_RATE_CARDS:
      index_rate_cards (index, coprod_registry_get_rate_cards (registry));
      break;
    case GROUP_PLEDGES:
      index_pledges (index, coprod_registry_get_pledges (registry));
      break;
    case GROUP_POSTS:
      index_posts (index, coprod_registry_get_posts (registry));
      break;
    case N_GROUPS:
    default:
      g_assert_not_reached ();
    }
}

void
_coprod_index_free (CoprodIndex *index)
{
  guint r;

  if (index == NULL)
    return;

  for (r = 0; r < COPROD_N_RELATIONS; r++)
    g_hash_table_unref (index->relations[r]);
  g_hash_table_unref (index->unknown_ids);
  g_free (index->member_records.entries);
  g_free (index->staff_records.entries);
  g_hash_table_unref (index->policy_positions);
  _coprod_address_map_clear (&index->covering_policies);
  _coprod_address_map_clear (&index->partnership_positions);
  g_free (index->own_policies);
  g_free (index->partnership_policies);
  g_free (index->partnership_policy_known);
  g_array_unref (index->walked);
  g_hash_table_unref (index->parent_cycles);
  g_free (index);
}

GPtrArray *
_coprod_index_get (CoprodIndex    *index,
                   CoprodRelation  relation,
                   const char     *id)
{
  GPtrArray *related;

  g_return_val_if_fail (relation < COPROD_N_RELATIONS, NULL);

  if (id == NULL)
    return NULL;

  ensure (index, group_of_relation[relation]);
  related = g_hash_table_lookup (index->relations[relation], id);
  (*index->work) += 1 + (related ? related->len : 0);

  return related;
}

gboolean
_coprod_index_is_member (CoprodIndex *index,
                         const char  *partnership_id,
                         const char  *member_id)
{
  CoprodRecord *partnership, *member;
  gconstpointer key;

  (*index->work)++;
  if (partnership_id == NULL || member_id == NULL)
    return FALSE;

  ensure (index, GROUP_MEMBER_RECORDS);
  key_of (index, partnership_id, FALSE, &partnership);
  if (!COPROD_IS_PARTNERSHIP (partnership))
    return FALSE;
  key = key_of (index, member_id, FALSE, &member);

  return key != NULL && pair_set_contains (&index->member_records, partnership, key);
}

void
_coprod_index_prefetch_member_record (CoprodIndex  *index,
                                      CoprodRecord *partnership,
                                      CoprodRecord *member)
{
#ifdef __GNUC__
  const PairSet *set = &index->member_records;

  ensure (index, GROUP_MEMBER_RECORDS);
  if (set->entries != NULL)
    __builtin_prefetch (&set->entries[pair_slot (set, partnership, member)]);
#endif
}

gboolean
_coprod_index_has_member_record (CoprodIndex  *index,
                                 CoprodRecord *partnership,
                                 CoprodRecord *member)
{
  (*index->work)++;
  ensure (index, GROUP_MEMBER_RECORDS);
  return pair_set_contains (&index->member_records, partnership, member);
}

gboolean
_coprod_index_has_staff_record (CoprodIndex  *index,
                                CoprodRecord *partnership,
                                CoprodRecord *member)
{
  (*index->work)++;
  ensure (index, GROUP_STAFF);
  return pair_set_contains (&index->staff_records, partnership, member);
}

CoprodPolicy *
_coprod_index_policy_of_partnership (CoprodIndex *index,
                                     const char  *partnership_id)
{
  CoprodPolicy *found = NULL;
  CoprodRecord *record;
  guint position, i;

  if (partnership_id == NULL)
    return NULL;

  ensure (index, GROUP_STAFF);
  key_of (index, partnership_id, FALSE, &record);

  /* Up the parent chain, one step at a time (a chain may be long, so no
   * recursion), until a partnership with an answer: known already, or a
   * member with a policy. Every partnership walked gets the same answer,
   * so each is walked once however many ask. A partnership whose chain
   * does not end (a loop, or one leading into a loop: validation's
   * parent-cycle) takes nothing from its parents. */
  g_array_set_size (index->walked, 0);
  while (COPROD_IS_PARTNERSHIP (record) &&
         _coprod_address_map_find (&index->partnership_positions, record, &position))
    {
      const char *parent_id;

      (*index->work)++;
      if (index->partnership_policy_known[position])
        {
          found = index->partnership_policies[position];
          break;
        }

      g_array_append_val (index->walked, position);

      found = index->own_policies[position];
      if (found != NULL || _coprod_index_parent_cycle (index, coprod_record_get_id (record)) != NULL)
        break;

      parent_id = coprod_partnership_get_parent_id (COPROD_PARTNERSHIP (record));
      key_of (index, parent_id, FALSE, &record);
    }

  for (i = 0; i < index->walked->len; i++)
    {
      position = g_array_index (index->walked, guint, i);
      index->partnership_policies[position] = found;
      index->partnership_policy_known[position] = TRUE;
    }

  return found;
}

const char *
_coprod_index_parent_cycle (CoprodIndex *index,
                            const char  *partnership_id)
{
  gpointer result;

  (*index->work)++;
  ensure (index, GROUP_PARENT_CYCLES);
  result = g_hash_table_lookup (index->parent_cycles, partnership_id);

  return result == NULL || result == (gpointer) index ? NULL : result;
}
