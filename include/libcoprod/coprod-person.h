/* coprod-person.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(COPROD_INSIDE) && !defined(COPROD_COMPILATION)
# error "Only <libcoprod/coprod.h> can be included directly."
#endif

#include "coprod-enums.h"
#include "coprod-record.h"

G_BEGIN_DECLS

#define COPROD_TYPE_PERSON (coprod_person_get_type ())

COPROD_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (CoprodPerson, coprod_person, COPROD, PERSON, CoprodRecord)

COPROD_AVAILABLE_IN_ALL
CoprodPerson       *coprod_person_new                  (const char         *id,
                                                        const char         *name) G_GNUC_WARN_UNUSED_RESULT;
COPROD_AVAILABLE_IN_ALL
const char         *coprod_person_get_name             (CoprodPerson       *self);
COPROD_AVAILABLE_IN_ALL
void                coprod_person_set_name             (CoprodPerson       *self,
                                                        const char         *name);
COPROD_AVAILABLE_IN_ALL
const char         *coprod_person_get_pseudonym        (CoprodPerson       *self);
COPROD_AVAILABLE_IN_ALL
void                coprod_person_set_pseudonym        (CoprodPerson       *self,
                                                        const char         *pseudonym);
COPROD_AVAILABLE_IN_ALL
CoprodRole          coprod_person_get_roles            (CoprodPerson       *self);
COPROD_AVAILABLE_IN_ALL
void                coprod_person_set_roles            (CoprodPerson       *self,
                                                        CoprodRole          roles);
COPROD_AVAILABLE_IN_ALL
gboolean            coprod_person_has_lived_experience (CoprodPerson       *self);
COPROD_AVAILABLE_IN_ALL
const char * const *coprod_person_get_organisation_ids (CoprodPerson       *self);
COPROD_AVAILABLE_IN_ALL
void                coprod_person_set_organisation_ids (CoprodPerson       *self,
                                                        const char * const *organisation_ids);
COPROD_AVAILABLE_IN_ALL
gboolean            coprod_person_is_in_organisation   (CoprodPerson       *self,
                                                        const char         *organisation_id);
COPROD_AVAILABLE_IN_ALL
CoprodAccess        coprod_person_get_access_needs     (CoprodPerson       *self);
COPROD_AVAILABLE_IN_ALL
void                coprod_person_set_access_needs     (CoprodPerson       *self,
                                                        CoprodAccess        access_needs);
COPROD_AVAILABLE_IN_ALL
const char         *coprod_person_get_access_note      (CoprodPerson       *self);
COPROD_AVAILABLE_IN_ALL
void                coprod_person_set_access_note      (CoprodPerson       *self,
                                                        const char         *access_note);
COPROD_AVAILABLE_IN_ALL
const char * const *coprod_person_get_skills_brought   (CoprodPerson       *self);
COPROD_AVAILABLE_IN_ALL
void                coprod_person_set_skills_brought   (CoprodPerson       *self,
                                                        const char * const *skills);
COPROD_AVAILABLE_IN_ALL
const char * const *coprod_person_get_skills_developed (CoprodPerson       *self);
COPROD_AVAILABLE_IN_ALL
void                coprod_person_set_skills_developed (CoprodPerson       *self,
                                                        const char * const *skills);
COPROD_AVAILABLE_IN_ALL
const char         *coprod_person_get_email            (CoprodPerson       *self);
COPROD_AVAILABLE_IN_ALL
void                coprod_person_set_email            (CoprodPerson       *self,
                                                        const char         *email);
COPROD_AVAILABLE_IN_ALL
const char         *coprod_person_get_phone            (CoprodPerson       *self);
COPROD_AVAILABLE_IN_ALL
void                coprod_person_set_phone            (CoprodPerson       *self,
                                                        const char         *phone);
COPROD_AVAILABLE_IN_ALL
CoprodAudience      coprod_person_get_consent_audience (CoprodPerson       *self);
COPROD_AVAILABLE_IN_ALL
void                coprod_person_set_consent_audience (CoprodPerson       *self,
                                                        CoprodAudience      audience);
COPROD_AVAILABLE_IN_ALL
const char         *coprod_person_get_consent_date     (CoprodPerson       *self);
COPROD_AVAILABLE_IN_ALL
void                coprod_person_set_consent_date     (CoprodPerson       *self,
                                                        const char         *date);
COPROD_AVAILABLE_IN_ALL
CoprodConsentMethod coprod_person_get_consent_method   (CoprodPerson       *self);
COPROD_AVAILABLE_IN_ALL
void                coprod_person_set_consent_method   (CoprodPerson       *self,
                                                        CoprodConsentMethod method);
COPROD_AVAILABLE_IN_ALL
const char         *coprod_person_get_withdrawn_date   (CoprodPerson       *self);
COPROD_AVAILABLE_IN_ALL
void                coprod_person_set_withdrawn_date   (CoprodPerson       *self,
                                                        const char         *date);
COPROD_AVAILABLE_IN_ALL
gboolean            coprod_person_is_withdrawn         (CoprodPerson       *self);
COPROD_AVAILABLE_IN_ALL
const char         *coprod_person_get_retain_until     (CoprodPerson       *self);
COPROD_AVAILABLE_IN_ALL
void                coprod_person_set_retain_until     (CoprodPerson       *self,
                                                        const char         *date);

COPROD_AVAILABLE_IN_ALL
CoprodPaymentPreference coprod_person_get_payment_preference (CoprodPerson           *self);
COPROD_AVAILABLE_IN_ALL
void                    coprod_person_set_payment_preference (CoprodPerson           *self,
                                                              CoprodPaymentPreference preference);

G_END_DECLS
