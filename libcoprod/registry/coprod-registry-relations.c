/* coprod-registry-relations.c: reverse look-ups between a registry's records
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Each look-up reads the registry's index (registry/coprod-index.c), made
 * once in one pass over the registry and made again only after a change,
 * so asking for the people of every partnership in turn costs no more
 * than the memberships there are, not a scan of the registry each time.
 */
#include "config.h"

#include "coprod-index-private.h"
#include "coprod-involvement.h"
#include "coprod-meeting.h"
#include "coprod-organisation.h"
#include "coprod-partnership.h"
#include "coprod-payment.h"
#include "coprod-person.h"
#include "coprod-project.h"
#include "coprod-proposal.h"
#include "coprod-registry-relations.h"
#include "coprod-review.h"

/* A new list of the records related to @id: a snapshot, which later
 * changes to the registry do not reach */
static GListModel *
related (CoprodRegistry *self,
         CoprodRelation  relation,
         const char     *id,
         GType           item_type)
{
  GListStore *store = g_list_store_new (item_type);
  GPtrArray *records = _coprod_index_get (_coprod_registry_get_index (self), relation, id);

  if (records != NULL)
    g_list_store_splice (store, 0, 0, records->pdata, records->len);

  return G_LIST_MODEL (store);
}

/**
 * coprod_registry_get_people_of_partnership:
 * @self: a registry
 * @partnership_id: the id of a record, which need not exist
 *
 * Gets the people who are members of a partnership (or of any other
 * group): each person named by one of its memberships, once, in the order
 * of the memberships, whatever the memberships' dates and posts.
 *
 * The list is made anew from the registry's index at each call and does
 * not follow later changes: ask again after
 * [signal@Coprod.Registry::changed]. An id that names nothing gives an
 * empty list.
 *
 * Returns: (transfer full): a new list model of [class@Coprod.Person]
 *
 * Since: 0.1
 */
GListModel *
coprod_registry_get_people_of_partnership (CoprodRegistry *self,
                                           const char     *partnership_id)
{
  g_return_val_if_fail (COPROD_IS_REGISTRY (self), NULL);
  g_return_val_if_fail (partnership_id != NULL, NULL);

  return related (self, COPROD_RELATION_PEOPLE_OF_PARTNERSHIP, partnership_id, COPROD_TYPE_PERSON);
}

/**
 * coprod_registry_get_organisations_of_partnership:
 * @self: a registry
 * @partnership_id: the id of a record, which need not exist
 *
 * Gets the organisations that are members of a partnership: each
 * organisation named by one of its memberships, once, in the order of the
 * memberships.
 *
 * The list is made anew from the registry's index at each call and does
 * not follow later changes: ask again after
 * [signal@Coprod.Registry::changed]. An id that names nothing gives an
 * empty list.
 *
 * Returns: (transfer full): a new list model of [class@Coprod.Organisation]
 *
 * Since: 0.1
 */
GListModel *
coprod_registry_get_organisations_of_partnership (CoprodRegistry *self,
                                                  const char     *partnership_id)
{
  g_return_val_if_fail (COPROD_IS_REGISTRY (self), NULL);
  g_return_val_if_fail (partnership_id != NULL, NULL);

  return related (self, COPROD_RELATION_ORGANISATIONS_OF_PARTNERSHIP, partnership_id, COPROD_TYPE_ORGANISATION);
}

/**
 * coprod_registry_get_partnerships_of_member:
 * @self: a registry
 * @member_id: the id of a record, which need not exist
 *
 * Gets the partnerships and other groups a person or an organisation is a
 * member of: each group with a membership naming @member_id, once, in the
 * order of the partnerships.
 *
 * The list is made anew from the registry's index at each call and does
 * not follow later changes: ask again after
 * [signal@Coprod.Registry::changed]. An id that names nothing gives an
 * empty list.
 *
 * Returns: (transfer full): a new list model of [class@Coprod.Partnership]
 *
 * Since: 0.1
 */
GListModel *
coprod_registry_get_partnerships_of_member (CoprodRegistry *self,
                                            const char     *member_id)
{
  g_return_val_if_fail (COPROD_IS_REGISTRY (self), NULL);
  g_return_val_if_fail (member_id != NULL, NULL);

  return related (self, COPROD_RELATION_PARTNERSHIPS_OF_MEMBER, member_id, COPROD_TYPE_PARTNERSHIP);
}

/**
 * coprod_registry_get_people_of_organisation:
 * @self: a registry
 * @organisation_id: the id of a record, which need not exist
 *
 * Gets the people linked to an organisation (those whose
 * [property@Coprod.Person:organisation-ids] name it), in the order of the
 * people.
 *
 * The list is made anew from the registry's index at each call and does
 * not follow later changes: ask again after
 * [signal@Coprod.Registry::changed]. An id that names nothing gives an
 * empty list.
 *
 * Returns: (transfer full): a new list model of [class@Coprod.Person]
 *
 * Since: 0.1
 */
GListModel *
coprod_registry_get_people_of_organisation (CoprodRegistry *self,
                                            const char     *organisation_id)
{
  g_return_val_if_fail (COPROD_IS_REGISTRY (self), NULL);
  g_return_val_if_fail (organisation_id != NULL, NULL);

  return related (self, COPROD_RELATION_PEOPLE_OF_ORGANISATION, organisation_id, COPROD_TYPE_PERSON);
}

/**
 * coprod_registry_get_projects_of_partnership:
 * @self: a registry
 * @partnership_id: the id of a record, which need not exist
 *
 * Gets the projects of a partnership (those whose
 * [property@Coprod.Project:partnership-id] names it), in the order of the
 * projects.
 *
 * The list is made anew from the registry's index at each call and does
 * not follow later changes: ask again after
 * [signal@Coprod.Registry::changed]. An id that names nothing gives an
 * empty list.
 *
 * Returns: (transfer full): a new list model of [class@Coprod.Project]
 *
 * Since: 0.1
 */
GListModel *
coprod_registry_get_projects_of_partnership (CoprodRegistry *self,
                                             const char     *partnership_id)
{
  g_return_val_if_fail (COPROD_IS_REGISTRY (self), NULL);
  g_return_val_if_fail (partnership_id != NULL, NULL);

  return related (self, COPROD_RELATION_PROJECTS_OF_PARTNERSHIP, partnership_id, COPROD_TYPE_PROJECT);
}

/**
 * coprod_registry_get_projects_of_person:
 * @self: a registry
 * @person_id: the id of a record, which need not exist
 *
 * Gets the projects a person took part in, or is planned to: each project
 * with an involvement of @person_id, once, in the order of the projects.
 *
 * The list is made anew from the registry's index at each call and does
 * not follow later changes: ask again after
 * [signal@Coprod.Registry::changed]. An id that names nothing gives an
 * empty list.
 *
 * Returns: (transfer full): a new list model of [class@Coprod.Project]
 *
 * Since: 0.1
 */
GListModel *
coprod_registry_get_projects_of_person (CoprodRegistry *self,
                                        const char     *person_id)
{
  g_return_val_if_fail (COPROD_IS_REGISTRY (self), NULL);
  g_return_val_if_fail (person_id != NULL, NULL);

  return related (self, COPROD_RELATION_PROJECTS_OF_PERSON, person_id, COPROD_TYPE_PROJECT);
}

/**
 * coprod_registry_get_involvements_of_person:
 * @self: a registry
 * @person_id: the id of a record, which need not exist
 *
 * Gets a person's involvements, held and planned, in every project, in the
 * order of the projects and then of each project's involvements.
 *
 * The list is made anew from the registry's index at each call and does
 * not follow later changes: ask again after
 * [signal@Coprod.Registry::changed]. An id that names nothing gives an
 * empty list.
 *
 * Returns: (transfer full): a new list model of [class@Coprod.Involvement]
 *
 * Since: 0.1
 */
GListModel *
coprod_registry_get_involvements_of_person (CoprodRegistry *self,
                                            const char     *person_id)
{
  g_return_val_if_fail (COPROD_IS_REGISTRY (self), NULL);
  g_return_val_if_fail (person_id != NULL, NULL);

  return related (self, COPROD_RELATION_INVOLVEMENTS_OF_PERSON, person_id, COPROD_TYPE_INVOLVEMENT);
}

/**
 * coprod_registry_get_meetings_of_person:
 * @self: a registry
 * @person_id: the id of a record, which need not exist
 *
 * Gets the meetings a person attended (those whose
 * [property@Coprod.Meeting:attendee-ids] name them), in the order of the
 * meetings.
 *
 * The list is made anew from the registry's index at each call and does
 * not follow later changes: ask again after
 * [signal@Coprod.Registry::changed]. An id that names nothing gives an
 * empty list.
 *
 * Returns: (transfer full): a new list model of [class@Coprod.Meeting]
 *
 * Since: 0.1
 */
GListModel *
coprod_registry_get_meetings_of_person (CoprodRegistry *self,
                                        const char     *person_id)
{
  g_return_val_if_fail (COPROD_IS_REGISTRY (self), NULL);
  g_return_val_if_fail (person_id != NULL, NULL);

  return related (self, COPROD_RELATION_MEETINGS_OF_PERSON, person_id, COPROD_TYPE_MEETING);
}

/**
 * coprod_registry_get_payments_of_person:
 * @self: a registry
 * @person_id: the id of a record, which need not exist
 *
 * Gets the payments offered or made to a person, in the order of the
 * payments.
 *
 * The list is made anew from the registry's index at each call and does
 * not follow later changes: ask again after
 * [signal@Coprod.Registry::changed]. An id that names nothing gives an
 * empty list.
 *
 * Returns: (transfer full): a new list model of [class@Coprod.Payment]
 *
 * Since: 0.1
 */
GListModel *
coprod_registry_get_payments_of_person (CoprodRegistry *self,
                                        const char     *person_id)
{
  g_return_val_if_fail (COPROD_IS_REGISTRY (self), NULL);
  g_return_val_if_fail (person_id != NULL, NULL);

  return related (self, COPROD_RELATION_PAYMENTS_OF_PERSON, person_id, COPROD_TYPE_PAYMENT);
}

/**
 * coprod_registry_get_meetings_of_project:
 * @self: a registry
 * @project_id: the id of a record, which need not exist
 *
 * Gets the meetings of a project, in the order of the meetings.
 *
 * The list is made anew from the registry's index at each call and does
 * not follow later changes: ask again after
 * [signal@Coprod.Registry::changed]. An id that names nothing gives an
 * empty list.
 *
 * Returns: (transfer full): a new list model of [class@Coprod.Meeting]
 *
 * Since: 0.1
 */
GListModel *
coprod_registry_get_meetings_of_project (CoprodRegistry *self,
                                         const char     *project_id)
{
  g_return_val_if_fail (COPROD_IS_REGISTRY (self), NULL);
  g_return_val_if_fail (project_id != NULL, NULL);

  return related (self, COPROD_RELATION_MEETINGS_OF_PROJECT, project_id, COPROD_TYPE_MEETING);
}

/**
 * coprod_registry_get_meetings_of_partnership:
 * @self: a registry
 * @partnership_id: the id of a record, which need not exist
 *
 * Gets the meetings of a partnership (those whose
 * [property@Coprod.Meeting:partnership-id] names it), in the order of the
 * meetings.
 *
 * The list is made anew from the registry's index at each call and does
 * not follow later changes: ask again after
 * [signal@Coprod.Registry::changed]. An id that names nothing gives an
 * empty list.
 *
 * Returns: (transfer full): a new list model of [class@Coprod.Meeting]
 *
 * Since: 0.1
 */
GListModel *
coprod_registry_get_meetings_of_partnership (CoprodRegistry *self,
                                             const char     *partnership_id)
{
  g_return_val_if_fail (COPROD_IS_REGISTRY (self), NULL);
  g_return_val_if_fail (partnership_id != NULL, NULL);

  return related (self, COPROD_RELATION_MEETINGS_OF_PARTNERSHIP, partnership_id, COPROD_TYPE_MEETING);
}

/**
 * coprod_registry_get_payments_of_project:
 * @self: a registry
 * @project_id: the id of a record, which need not exist
 *
 * Gets the payments of a project: those that name it, and those for a
 * meeting of it, in the order of the payments.
 *
 * The list is made anew from the registry's index at each call and does
 * not follow later changes: ask again after
 * [signal@Coprod.Registry::changed]. An id that names nothing gives an
 * empty list.
 *
 * Returns: (transfer full): a new list model of [class@Coprod.Payment]
 *
 * Since: 0.1
 */
GListModel *
coprod_registry_get_payments_of_project (CoprodRegistry *self,
                                         const char     *project_id)
{
  g_return_val_if_fail (COPROD_IS_REGISTRY (self), NULL);
  g_return_val_if_fail (project_id != NULL, NULL);

  return related (self, COPROD_RELATION_PAYMENTS_OF_PROJECT, project_id, COPROD_TYPE_PAYMENT);
}

/**
 * coprod_registry_get_proposals_of_project:
 * @self: a registry
 * @project_id: the id of a record, which need not exist
 *
 * Gets the proposals made in a project: those that name it, and those made
 * at a meeting of it, in the order of the proposals.
 *
 * The list is made anew from the registry's index at each call and does
 * not follow later changes: ask again after
 * [signal@Coprod.Registry::changed]. An id that names nothing gives an
 * empty list.
 *
 * Returns: (transfer full): a new list model of [class@Coprod.Proposal]
 *
 * Since: 0.1
 */
GListModel *
coprod_registry_get_proposals_of_project (CoprodRegistry *self,
                                          const char     *project_id)
{
  g_return_val_if_fail (COPROD_IS_REGISTRY (self), NULL);
  g_return_val_if_fail (project_id != NULL, NULL);

  return related (self, COPROD_RELATION_PROPOSALS_OF_PROJECT, project_id, COPROD_TYPE_PROPOSAL);
}

/**
 * coprod_registry_get_reviews_of_subject:
 * @self: a registry
 * @subject_id: the id of a record, which need not exist
 *
 * Gets the values reviews of a project or partnership, in the order of the
 * reviews.
 *
 * The list is made anew from the registry's index at each call and does
 * not follow later changes: ask again after
 * [signal@Coprod.Registry::changed]. An id that names nothing gives an
 * empty list.
 *
 * Returns: (transfer full): a new list model of [class@Coprod.Review]
 *
 * Since: 0.1
 */
GListModel *
coprod_registry_get_reviews_of_subject (CoprodRegistry *self,
                                        const char     *subject_id)
{
  g_return_val_if_fail (COPROD_IS_REGISTRY (self), NULL);
  g_return_val_if_fail (subject_id != NULL, NULL);

  return related (self, COPROD_RELATION_REVIEWS_OF_SUBJECT, subject_id, COPROD_TYPE_REVIEW);
}
