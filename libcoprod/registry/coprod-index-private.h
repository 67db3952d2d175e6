/* coprod-index-private.h: the relations between a registry's records
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * What the engines (checks/, writers/) read about how records relate: the
 * members of a partnership, the projects of a partnership, the payments,
 * meetings and proposals of a project, and so on. Built once, in one pass over the
 * registry, and rebuilt when anything in any record has changed since
 * (the model counts every change: _coprod_model_get_generation()), so that
 * no engine scans the registry per record.
 *
 * Each look-up adds what it hands back to the registry's count of work,
 * which tests read to show that an engine's work is linear in the input.
 */
#pragma once

#include "coprod-policy.h"
#include "coprod-registry.h"

G_BEGIN_DECLS

typedef struct _CoprodIndex CoprodIndex;

typedef enum
{
  COPROD_RELATION_PROJECTS_OF_PARTNERSHIP,  /* CoprodProject, by partnership_id */
  COPROD_RELATION_MEETINGS_OF_PROJECT,      /* CoprodMeeting, by project_id */
  COPROD_RELATION_MEETINGS_OF_PERSON,       /* CoprodMeeting, by attendee id */
  COPROD_RELATION_MEETINGS_OF_PARTNERSHIP,  /* CoprodMeeting, by partnership_id */
  COPROD_RELATION_PAYMENTS_OF_PROJECT,      /* CoprodPayment, by project_id, or by the
                                               project_id of its meeting */
  COPROD_RELATION_PAYMENTS_OF_PERSON,       /* CoprodPayment, by person_id */
  COPROD_RELATION_PAYMENTS_OF_MEETING,      /* CoprodPayment, by meeting_id */
  COPROD_RELATION_POLICIES_OF_ORGANISATION, /* CoprodPolicy, by organisation_id */
  COPROD_RELATION_INVOLVEMENTS_OF_PERSON,   /* CoprodInvolvement, by person_id */
  COPROD_RELATION_REVIEWS_OF_SUBJECT,       /* CoprodReview, by subject_id */
  COPROD_RELATION_PROPOSALS_OF_PROJECT,     /* CoprodProposal, by project_id, or by the
                                               project_id of its meeting */
  COPROD_RELATION_OUTPUTS_OF_PROJECT,       /* CoprodOutput, by project_id */
  COPROD_RELATION_RATE_CARDS_OF_ORGANISATION, /* CoprodRateCard, by organisation_id */
  COPROD_RELATION_PLEDGES_OF_CHARTER,       /* CoprodPledge, by charter_id */
  COPROD_RELATION_POSTS_OF_GROUP,           /* CoprodPost, by group_id */
  COPROD_RELATION_MEMBERSHIPS_OF_POST,      /* CoprodMembership, by post_id (its
                                               partnership: _coprod_object_get_owner) */
  /* the reverse look-ups of coprod-registry-relations.c */
  COPROD_RELATION_PEOPLE_OF_PARTNERSHIP,    /* CoprodPerson, each once, by a membership's
                                               member_id, in the order of the memberships */
  COPROD_RELATION_ORGANISATIONS_OF_PARTNERSHIP, /* CoprodOrganisation, likewise */
  COPROD_RELATION_PARTNERSHIPS_OF_MEMBER,   /* CoprodPartnership, each once, by the
                                               member_id of one of its memberships */
  COPROD_RELATION_PEOPLE_OF_ORGANISATION,   /* CoprodPerson, by organisation_ids */
  COPROD_RELATION_PROJECTS_OF_PERSON,       /* CoprodProject, each once, by the person_id
                                               of one of its involvements */
  COPROD_N_RELATIONS
} CoprodRelation;

/* The registry's index, made or remade as needed (transfer none: valid
 * until the registry or a record changes) */
CoprodIndex  *_coprod_registry_get_index      (CoprodRegistry *self);

/* coprod_registry_lookup(), giving the record's type as well, which it
 * mostly knows without reading the record */
CoprodRecord *_coprod_registry_lookup_typed   (CoprodRegistry *self,
                                               const char     *id,
                                               GType          *type);

/* Asks the processor to start reading where a look-up of @id by address
 * will read (nothing else): engines call it for the references of a
 * record's children before they look them up, so that the reads overlap
 * instead of waiting for each other */
void          _coprod_registry_prefetch       (CoprodRegistry *self,
                                               const char     *id);

/* For tests: the number of records, if each is found by the address of
 * its id and nothing else is held by address; G_MAXUINT otherwise */
guint         _coprod_registry_check_by_address (CoprodRegistry *self);

/* The records related to @id, in the order of their collection; NULL if
 * none */
GPtrArray    *_coprod_index_get               (CoprodIndex    *index,
                                               CoprodRelation  relation,
                                               const char     *id);

/* Whether @member_id (a person or an organisation) has a membership of
 * the partnership @partnership_id, whatever its dates */
gboolean      _coprod_index_is_member         (CoprodIndex    *index,
                                               const char     *partnership_id,
                                               const char     *member_id);

/* _coprod_index_is_member() for records: whether the record @member has
 * a membership of the partnership @partnership, whatever its dates; asked
 * by record, it reads no id (FALSE if either is NULL) */
gboolean      _coprod_index_has_member_record (CoprodIndex    *index,
                                               CoprodRecord   *partnership,
                                               CoprodRecord   *member);

/* Starts reading where _coprod_index_has_member_record() will read, as
 * _coprod_registry_prefetch() does for a look-up */
void          _coprod_index_prefetch_member_record (CoprodIndex  *index,
                                                    CoprodRecord *partnership,
                                                    CoprodRecord *member);

/* Whether the record @member has a membership of the partnership
 * @partnership on behalf of an organisation that is itself a member of
 * it: staff of one of its organisations, whatever the dates (FALSE if
 * either is NULL) */
gboolean      _coprod_index_has_staff_record  (CoprodIndex    *index,
                                               CoprodRecord   *partnership,
                                               CoprodRecord   *member);

/* The first policy, in the order of the policies, of an organisation that
 * is a member of @partnership_id and that covers some support; if there is
 * none, that of its parent partnership, and so on up; NULL if none */
CoprodPolicy *_coprod_index_policy_of_partnership (CoprodIndex *index,
                                                   const char  *partnership_id);

/* The parent chain of the partnership @partnership_id: NULL if it ends;
 * otherwise the id at which it comes back on itself (the first id met
 * twice, walking up from @partnership_id) */
const char   *_coprod_index_parent_cycle      (CoprodIndex    *index,
                                               const char     *partnership_id);

/* Work done for the registry's engines so far: entries put into its
 * indexes and handed out by them. Not reset. */
guint64       _coprod_registry_get_work       (CoprodRegistry *self);

/* For the registry: making and freeing an index */
CoprodIndex  *_coprod_index_new               (CoprodRegistry *registry,
                                               guint64        *work);
void          _coprod_index_free              (CoprodIndex    *index);

G_END_DECLS
