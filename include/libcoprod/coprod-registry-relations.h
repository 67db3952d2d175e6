/* coprod-registry-relations.h: reverse look-ups between a registry's records
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(COPROD_INSIDE) && !defined(COPROD_COMPILATION)
# error "Only <libcoprod/coprod.h> can be included directly."
#endif

#include <gio/gio.h>

#include "coprod-registry.h"

G_BEGIN_DECLS

COPROD_AVAILABLE_IN_ALL
GListModel *coprod_registry_get_people_of_partnership        (CoprodRegistry *self,
                                                              const char     *partnership_id) G_GNUC_WARN_UNUSED_RESULT;
COPROD_AVAILABLE_IN_ALL
GListModel *coprod_registry_get_organisations_of_partnership (CoprodRegistry *self,
                                                              const char     *partnership_id) G_GNUC_WARN_UNUSED_RESULT;
COPROD_AVAILABLE_IN_ALL
GListModel *coprod_registry_get_partnerships_of_member       (CoprodRegistry *self,
                                                              const char     *member_id) G_GNUC_WARN_UNUSED_RESULT;
COPROD_AVAILABLE_IN_ALL
GListModel *coprod_registry_get_people_of_organisation       (CoprodRegistry *self,
                                                              const char     *organisation_id) G_GNUC_WARN_UNUSED_RESULT;
COPROD_AVAILABLE_IN_ALL
GListModel *coprod_registry_get_projects_of_partnership      (CoprodRegistry *self,
                                                              const char     *partnership_id) G_GNUC_WARN_UNUSED_RESULT;
COPROD_AVAILABLE_IN_ALL
GListModel *coprod_registry_get_projects_of_person           (CoprodRegistry *self,
                                                              const char     *person_id) G_GNUC_WARN_UNUSED_RESULT;
COPROD_AVAILABLE_IN_ALL
GListModel *coprod_registry_get_involvements_of_person       (CoprodRegistry *self,
                                                              const char     *person_id) G_GNUC_WARN_UNUSED_RESULT;
COPROD_AVAILABLE_IN_ALL
GListModel *coprod_registry_get_meetings_of_person           (CoprodRegistry *self,
                                                              const char     *person_id) G_GNUC_WARN_UNUSED_RESULT;
COPROD_AVAILABLE_IN_ALL
GListModel *coprod_registry_get_payments_of_person           (CoprodRegistry *self,
                                                              const char     *person_id) G_GNUC_WARN_UNUSED_RESULT;
COPROD_AVAILABLE_IN_ALL
GListModel *coprod_registry_get_meetings_of_project          (CoprodRegistry *self,
                                                              const char     *project_id) G_GNUC_WARN_UNUSED_RESULT;
COPROD_AVAILABLE_IN_ALL
GListModel *coprod_registry_get_meetings_of_partnership      (CoprodRegistry *self,
                                                              const char     *partnership_id) G_GNUC_WARN_UNUSED_RESULT;
COPROD_AVAILABLE_IN_ALL
GListModel *coprod_registry_get_payments_of_project          (CoprodRegistry *self,
                                                              const char     *project_id) G_GNUC_WARN_UNUSED_RESULT;
COPROD_AVAILABLE_IN_ALL
GListModel *coprod_registry_get_proposals_of_project         (CoprodRegistry *self,
                                                              const char     *project_id) G_GNUC_WARN_UNUSED_RESULT;
COPROD_AVAILABLE_IN_ALL
GListModel *coprod_registry_get_reviews_of_subject           (CoprodRegistry *self,
                                                              const char     *subject_id) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
