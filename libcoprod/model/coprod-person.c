/* coprod-person.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "coprod-date.h"
#include "coprod-enum-types.h"
#include "coprod-organisation.h"
#include "coprod-person.h"
#include "coprod-record-private.h"

/**
 * CoprodPerson:
 *
 * Anyone taking part: a person with lived experience, a carer, a family
 * member, a volunteer, a member of staff, a director.
 *
 * A person's [property@Coprod.Person:roles] say in what capacity they take
 * part; several can hold at once. The roles lived-experience, carer and
 * family-member are the ones that count as lived experience when a project
 * is assessed (see [method@Coprod.Person.has_lived_experience]).
 *
 * A person record holds personal data. [property@Coprod.Person:consent-audience]
 * says to whom the person agreed to be named, [property@Coprod.Person:withdrawn-date]
 * when they withdrew, and [property@Coprod.Person:retain-until] until when
 * the record may be kept. [property@Coprod.Person:payment-preference] holds
 * the person's standing choice about payment (take all, take less, decline
 * or donate), never the reason for it.
 *
 * ```c
 * g_autoptr(CoprodPerson) person = coprod_person_new ("p-1", "Sam Example");
 * coprod_person_set_roles (person, COPROD_ROLE_LIVED_EXPERIENCE |
 *                                  COPROD_ROLE_VOLUNTEER);
 * ```
 *
 * In JSON, in the `people` collection:
 *
 * ```json
 * { "id": "p-1", "name": "Sam Example",
 *   "roles": ["lived-experience", "volunteer"],
 *   "organisation_ids": ["org-ec"], "retain_until": "2027-04" }
 * ```
 *
 * Since: 0.1
 */

struct _CoprodPerson
{
  CoprodRecord parent_instance;

  char *name;
  char *pseudonym;
  CoprodRole roles;
  char **organisation_ids;
  CoprodAccess access_needs;
  char *access_note;
  char **skills_brought;
  char **skills_developed;
  char *email;
  char *phone;
  CoprodAudience consent_audience;
  char *consent_date;
  CoprodConsentMethod consent_method;
  char *withdrawn_date;
  char *retain_until;
  CoprodPaymentPreference payment_preference;
};

G_DEFINE_FINAL_TYPE (CoprodPerson, coprod_person, COPROD_TYPE_RECORD)

enum {
  FIELD_NAME,
  FIELD_PSEUDONYM,
  FIELD_ROLES,
  FIELD_ORGANISATION_IDS,
  FIELD_ACCESS_NEEDS,
  FIELD_ACCESS_NOTE,
  FIELD_SKILLS_BROUGHT,
  FIELD_SKILLS_DEVELOPED,
  FIELD_EMAIL,
  FIELD_PHONE,
  FIELD_CONSENT_AUDIENCE,
  FIELD_CONSENT_DATE,
  FIELD_CONSENT_METHOD,
  FIELD_WITHDRAWN_DATE,
  FIELD_RETAIN_UNTIL,
  FIELD_PAYMENT_PREFERENCE,
  N_FIELDS
};

static CoprodField fields[N_FIELDS] = {
  /**
   * CoprodPerson:name:
   *
   * The person's name. It is personal data: exports name a person only to
   * the audience they consented to.
   *
   * Since: 0.1
   */
  [FIELD_NAME] = COPROD_TEXT_FIELD (CoprodPerson, name, "name"),

  /**
   * CoprodPerson:pseudonym:
   *
   * A name the person chose to be known by in place of their own.
   *
   * Since: 0.1
   */
  [FIELD_PSEUDONYM] = COPROD_TEXT_FIELD (CoprodPerson, pseudonym, "pseudonym"),

  /**
   * CoprodPerson:roles:
   *
   * The roles the person takes part in.
   *
   * Since: 0.1
   */
  [FIELD_ROLES] = COPROD_FLAGS_FIELD (CoprodPerson, roles, "roles",
                                      coprod_role_get_type,
                                      COPROD_ROLE_NONE),

  /**
   * CoprodPerson:organisation-ids:
   *
   * The ids of the organisations the person belongs to or volunteers
   * with.
   *
   * Since: 0.1
   */
  [FIELD_ORGANISATION_IDS] = COPROD_REFS_FIELD (CoprodPerson, organisation_ids,
                                                "organisation-ids",
                                                coprod_organisation_get_type),

  /**
   * CoprodPerson:access-needs:
   *
   * What the person needs to take part on an equal footing.
   *
   * Since: 0.1
   */
  [FIELD_ACCESS_NEEDS] = COPROD_FLAGS_FIELD (CoprodPerson, access_needs, "access-needs",
                                             coprod_access_get_type,
                                             COPROD_ACCESS_NONE),

  /**
   * CoprodPerson:access-note:
   *
   * Access needs in the person's own words. Free text: never exported.
   *
   * Since: 0.1
   */
  [FIELD_ACCESS_NOTE] = COPROD_TEXT_FIELD (CoprodPerson, access_note, "access-note"),

  /**
   * CoprodPerson:skills-brought:
   *
   * Skills and experience the person brings, beyond their lived
   * experience.
   *
   * Since: 0.1
   */
  [FIELD_SKILLS_BROUGHT] = COPROD_STRV_FIELD (CoprodPerson, skills_brought,
                                              "skills-brought"),

  /**
   * CoprodPerson:skills-developed:
   *
   * Skills the person developed by taking part.
   *
   * Since: 0.1
   */
  [FIELD_SKILLS_DEVELOPED] = COPROD_STRV_FIELD (CoprodPerson, skills_developed,
                                                "skills-developed"),

  /**
   * CoprodPerson:email:
   *
   * The person's email address. Contact details are never exported.
   *
   * Since: 0.1
   */
  [FIELD_EMAIL] = COPROD_TEXT_FIELD (CoprodPerson, email, "email"),

  /**
   * CoprodPerson:phone:
   *
   * The person's telephone number. Contact details are never exported.
   *
   * Since: 0.1
   */
  [FIELD_PHONE] = COPROD_TEXT_FIELD (CoprodPerson, phone, "phone"),

  /**
   * CoprodPerson:consent-audience:
   *
   * The widest audience the person agreed to be named to.
   *
   * Since: 0.1
   */
  [FIELD_CONSENT_AUDIENCE] = COPROD_ENUM_FIELD (CoprodPerson, consent_audience,
                                                "consent-audience",
                                                coprod_audience_get_type,
                                                COPROD_AUDIENCE_INTERNAL),

  /**
   * CoprodPerson:consent-date:
   *
   * When the person gave the consent in
   * [property@Coprod.Person:consent-audience], as an ISO 8601 date.
   *
   * Since: 0.1
   */
  [FIELD_CONSENT_DATE] = COPROD_DATE_RANGE_FIELD (CoprodPerson, consent_date,
                                                  "consent-date", "withdrawn-date"),

  /**
   * CoprodPerson:consent-method:
   *
   * How the consent in [property@Coprod.Person:consent-audience] was
   * recorded: on a signed form, verbally, online, by a representative.
   *
   * Since: 0.1
   */
  [FIELD_CONSENT_METHOD] = COPROD_ENUM_FIELD (CoprodPerson, consent_method,
                                              "consent-method",
                                              coprod_consent_method_get_type,
                                              COPROD_CONSENT_METHOD_NOT_RECORDED),

  /**
   * CoprodPerson:withdrawn-date:
   *
   * When the person withdrew their consent to take part, as an ISO 8601
   * date, or %NULL if they have not.
   *
   * Since: 0.1
   */
  [FIELD_WITHDRAWN_DATE] = COPROD_DATE_FIELD (CoprodPerson, withdrawn_date,
                                              "withdrawn-date"),

  /**
   * CoprodPerson:retain-until:
   *
   * The date until which the record may be kept, as an ISO 8601 date.
   *
   * Since: 0.1
   */
  [FIELD_RETAIN_UNTIL] = COPROD_DATE_FIELD (CoprodPerson, retain_until, "retain-until"),

  /**
   * CoprodPerson:payment-preference:
   *
   * The person's standing choice about payment for taking part: take all
   * of it, take less, decline, or donate it. Only the choice is recorded,
   * never why it was made: the library stores no benefit details, and
   * nothing else in a record should hold them.
   *
   * Since: 0.1
   */
  [FIELD_PAYMENT_PREFERENCE] = COPROD_ENUM_FIELD (CoprodPerson, payment_preference,
                                                  "payment-preference",
                                                  coprod_payment_preference_get_type,
                                                  COPROD_PAYMENT_PREFERENCE_UNSPECIFIED),
};

static const char * const empty_strv[] = { NULL };

static void
coprod_person_class_init (CoprodPersonClass *klass)
{
  _coprod_fields_install (G_OBJECT_CLASS (klass), fields, N_FIELDS);
}

static void
coprod_person_init (CoprodPerson *self)
{
  _coprod_fields_init_instance (self, fields, N_FIELDS);
}

/**
 * coprod_person_new:
 * @id: the id of the person
 * @name: (nullable): their name
 *
 * Creates a person.
 *
 * Returns: (transfer full): a new person
 *
 * Since: 0.1
 */
CoprodPerson *
coprod_person_new (const char *id,
                   const char *name)
{
  return g_object_new (COPROD_TYPE_PERSON,
                       "id", id,
                       "name", name,
                       NULL);
}

/**
 * coprod_person_get_name:
 * @self: a person
 *
 * Gets the person's name.
 *
 * Returns: (nullable): the name
 *
 * Since: 0.1
 */
const char *
coprod_person_get_name (CoprodPerson *self)
{
  g_return_val_if_fail (COPROD_IS_PERSON (self), NULL);

  return self->name;
}

/**
 * coprod_person_set_name:
 * @self: a person
 * @name: (nullable): the name
 *
 * Sets the person's name.
 *
 * Since: 0.1
 */
void
coprod_person_set_name (CoprodPerson *self,
                        const char   *name)
{
  g_return_if_fail (COPROD_IS_PERSON (self));

  _coprod_field_set_string (self, &fields[FIELD_NAME], name);
}

/**
 * coprod_person_get_pseudonym:
 * @self: a person
 *
 * Gets the name the person chose to be known by.
 *
 * Returns: (nullable): the pseudonym
 *
 * Since: 0.1
 */
const char *
coprod_person_get_pseudonym (CoprodPerson *self)
{
  g_return_val_if_fail (COPROD_IS_PERSON (self), NULL);

  return self->pseudonym;
}

/**
 * coprod_person_set_pseudonym:
 * @self: a person
 * @pseudonym: (nullable): the pseudonym
 *
 * Sets the name the person chose to be known by.
 *
 * Since: 0.1
 */
void
coprod_person_set_pseudonym (CoprodPerson *self,
                             const char   *pseudonym)
{
  g_return_if_fail (COPROD_IS_PERSON (self));

  _coprod_field_set_string (self, &fields[FIELD_PSEUDONYM], pseudonym);
}

/**
 * coprod_person_get_roles:
 * @self: a person
 *
 * Gets the roles the person takes part in.
 *
 * Returns: the roles
 *
 * Since: 0.1
 */
CoprodRole
coprod_person_get_roles (CoprodPerson *self)
{
  g_return_val_if_fail (COPROD_IS_PERSON (self), COPROD_ROLE_NONE);

  return self->roles;
}

/**
 * coprod_person_set_roles:
 * @self: a person
 * @roles: the roles
 *
 * Sets the roles the person takes part in.
 *
 * Since: 0.1
 */
void
coprod_person_set_roles (CoprodPerson *self,
                         CoprodRole    roles)
{
  g_return_if_fail (COPROD_IS_PERSON (self));

  _coprod_field_set_flags (self, &fields[FIELD_ROLES], roles);
}

/**
 * coprod_person_has_lived_experience:
 * @self: a person
 *
 * Checks whether the person takes part with lived experience: as someone
 * with lived experience of the services, a carer or a family member.
 *
 * Returns: %TRUE if the person's roles include lived-experience, carer or
 *   family-member
 *
 * Since: 0.1
 */
gboolean
coprod_person_has_lived_experience (CoprodPerson *self)
{
  g_return_val_if_fail (COPROD_IS_PERSON (self), FALSE);

  return (self->roles & (COPROD_ROLE_LIVED_EXPERIENCE |
                         COPROD_ROLE_CARER |
                         COPROD_ROLE_FAMILY_MEMBER)) != 0;
}

/**
 * coprod_person_get_organisation_ids:
 * @self: a person
 *
 * Gets the ids of the organisations the person belongs to.
 *
 * Returns: (transfer none) (array zero-terminated=1): the ids; empty if
 *   there are none
 *
 * Since: 0.1
 */
const char * const *
coprod_person_get_organisation_ids (CoprodPerson *self)
{
  g_return_val_if_fail (COPROD_IS_PERSON (self), empty_strv);

  return (const char * const *) self->organisation_ids;
}

/**
 * coprod_person_set_organisation_ids:
 * @self: a person
 * @organisation_ids: (nullable) (array zero-terminated=1): the ids
 *
 * Sets the ids of the organisations the person belongs to. %NULL is the
 * same as an empty list.
 *
 * Since: 0.1
 */
void
coprod_person_set_organisation_ids (CoprodPerson       *self,
                                    const char * const *organisation_ids)
{
  g_return_if_fail (COPROD_IS_PERSON (self));

  _coprod_field_set_strv (self, &fields[FIELD_ORGANISATION_IDS], organisation_ids);
}

/**
 * coprod_person_is_in_organisation:
 * @self: a person
 * @organisation_id: the id of an organisation
 *
 * Checks whether the person belongs to an organisation.
 *
 * Returns: %TRUE if @organisation_id is among the person's
 *   [property@Coprod.Person:organisation-ids]
 *
 * Since: 0.1
 */
gboolean
coprod_person_is_in_organisation (CoprodPerson *self,
                                  const char   *organisation_id)
{
  g_return_val_if_fail (COPROD_IS_PERSON (self), FALSE);
  g_return_val_if_fail (organisation_id != NULL, FALSE);

  return g_strv_contains ((const char * const *) self->organisation_ids,
                          organisation_id);
}

/**
 * coprod_person_get_access_needs:
 * @self: a person
 *
 * Gets what the person needs to take part.
 *
 * Returns: the access needs
 *
 * Since: 0.1
 */
CoprodAccess
coprod_person_get_access_needs (CoprodPerson *self)
{
  g_return_val_if_fail (COPROD_IS_PERSON (self), COPROD_ACCESS_NONE);

  return self->access_needs;
}

/**
 * coprod_person_set_access_needs:
 * @self: a person
 * @access_needs: the access needs
 *
 * Sets what the person needs to take part.
 *
 * Since: 0.1
 */
void
coprod_person_set_access_needs (CoprodPerson *self,
                                CoprodAccess  access_needs)
{
  g_return_if_fail (COPROD_IS_PERSON (self));

  _coprod_field_set_flags (self, &fields[FIELD_ACCESS_NEEDS], access_needs);
}

/**
 * coprod_person_get_access_note:
 * @self: a person
 *
 * Gets the person's access needs in their own words.
 *
 * Returns: (nullable): the note
 *
 * Since: 0.1
 */
const char *
coprod_person_get_access_note (CoprodPerson *self)
{
  g_return_val_if_fail (COPROD_IS_PERSON (self), NULL);

  return self->access_note;
}

/**
 * coprod_person_set_access_note:
 * @self: a person
 * @access_note: (nullable): the note
 *
 * Sets the person's access needs in their own words.
 *
 * Since: 0.1
 */
void
coprod_person_set_access_note (CoprodPerson *self,
                               const char   *access_note)
{
  g_return_if_fail (COPROD_IS_PERSON (self));

  _coprod_field_set_string (self, &fields[FIELD_ACCESS_NOTE], access_note);
}

/**
 * coprod_person_get_skills_brought:
 * @self: a person
 *
 * Gets the skills the person brings.
 *
 * Returns: (transfer none) (array zero-terminated=1): the skills; empty if
 *   none are recorded
 *
 * Since: 0.1
 */
const char * const *
coprod_person_get_skills_brought (CoprodPerson *self)
{
  g_return_val_if_fail (COPROD_IS_PERSON (self), empty_strv);

  return (const char * const *) self->skills_brought;
}

/**
 * coprod_person_set_skills_brought:
 * @self: a person
 * @skills: (nullable) (array zero-terminated=1): the skills
 *
 * Sets the skills the person brings.
 *
 * Since: 0.1
 */
void
coprod_person_set_skills_brought (CoprodPerson       *self,
                                  const char * const *skills)
{
  g_return_if_fail (COPROD_IS_PERSON (self));

  _coprod_field_set_strv (self, &fields[FIELD_SKILLS_BROUGHT], skills);
}

/**
 * coprod_person_get_skills_developed:
 * @self: a person
 *
 * Gets the skills the person developed by taking part.
 *
 * Returns: (transfer none) (array zero-terminated=1): the skills; empty if
 *   none are recorded
 *
 * Since: 0.1
 */
const char * const *
coprod_person_get_skills_developed (CoprodPerson *self)
{
  g_return_val_if_fail (COPROD_IS_PERSON (self), empty_strv);

  return (const char * const *) self->skills_developed;
}

/**
 * coprod_person_set_skills_developed:
 * @self: a person
 * @skills: (nullable) (array zero-terminated=1): the skills
 *
 * Sets the skills the person developed by taking part.
 *
 * Since: 0.1
 */
void
coprod_person_set_skills_developed (CoprodPerson       *self,
                                    const char * const *skills)
{
  g_return_if_fail (COPROD_IS_PERSON (self));

  _coprod_field_set_strv (self, &fields[FIELD_SKILLS_DEVELOPED], skills);
}

/**
 * coprod_person_get_email:
 * @self: a person
 *
 * Gets the person's email address.
 *
 * Returns: (nullable): the address
 *
 * Since: 0.1
 */
const char *
coprod_person_get_email (CoprodPerson *self)
{
  g_return_val_if_fail (COPROD_IS_PERSON (self), NULL);

  return self->email;
}

/**
 * coprod_person_set_email:
 * @self: a person
 * @email: (nullable): the address
 *
 * Sets the person's email address.
 *
 * Since: 0.1
 */
void
coprod_person_set_email (CoprodPerson *self,
                         const char   *email)
{
  g_return_if_fail (COPROD_IS_PERSON (self));

  _coprod_field_set_string (self, &fields[FIELD_EMAIL], email);
}

/**
 * coprod_person_get_phone:
 * @self: a person
 *
 * Gets the person's telephone number.
 *
 * Returns: (nullable): the number
 *
 * Since: 0.1
 */
const char *
coprod_person_get_phone (CoprodPerson *self)
{
  g_return_val_if_fail (COPROD_IS_PERSON (self), NULL);

  return self->phone;
}

/**
 * coprod_person_set_phone:
 * @self: a person
 * @phone: (nullable): the number
 *
 * Sets the person's telephone number.
 *
 * Since: 0.1
 */
void
coprod_person_set_phone (CoprodPerson *self,
                         const char   *phone)
{
  g_return_if_fail (COPROD_IS_PERSON (self));

  _coprod_field_set_string (self, &fields[FIELD_PHONE], phone);
}

/**
 * coprod_person_get_consent_audience:
 * @self: a person
 *
 * Gets the widest audience the person agreed to be named to.
 *
 * Returns: the audience
 *
 * Since: 0.1
 */
CoprodAudience
coprod_person_get_consent_audience (CoprodPerson *self)
{
  g_return_val_if_fail (COPROD_IS_PERSON (self), COPROD_AUDIENCE_INTERNAL);

  return self->consent_audience;
}

/**
 * coprod_person_set_consent_audience:
 * @self: a person
 * @audience: the audience
 *
 * Sets the widest audience the person agreed to be named to.
 *
 * Since: 0.1
 */
void
coprod_person_set_consent_audience (CoprodPerson   *self,
                                    CoprodAudience  audience)
{
  g_return_if_fail (COPROD_IS_PERSON (self));

  _coprod_field_set_enum (self, &fields[FIELD_CONSENT_AUDIENCE], audience);
}

/**
 * coprod_person_get_consent_date:
 * @self: a person
 *
 * Gets the date the person gave their consent.
 *
 * Returns: (nullable): an ISO 8601 date
 *
 * Since: 0.1
 */
const char *
coprod_person_get_consent_date (CoprodPerson *self)
{
  g_return_val_if_fail (COPROD_IS_PERSON (self), NULL);

  return self->consent_date;
}

/**
 * coprod_person_set_consent_date:
 * @self: a person
 * @date: (nullable): an ISO 8601 date, see [func@Coprod.date_is_valid]
 *
 * Sets the date the person gave their consent.
 *
 * Since: 0.1
 */
void
coprod_person_set_consent_date (CoprodPerson *self,
                                const char   *date)
{
  g_return_if_fail (COPROD_IS_PERSON (self));

  _coprod_field_set_string (self, &fields[FIELD_CONSENT_DATE], date);
}

/**
 * coprod_person_get_consent_method:
 * @self: a person
 *
 * Gets how the person's consent was recorded.
 *
 * Returns: the way consent was recorded
 *
 * Since: 0.1
 */
CoprodConsentMethod
coprod_person_get_consent_method (CoprodPerson *self)
{
  g_return_val_if_fail (COPROD_IS_PERSON (self), COPROD_CONSENT_METHOD_NOT_RECORDED);

  return self->consent_method;
}

/**
 * coprod_person_set_consent_method:
 * @self: a person
 * @method: the way consent was recorded
 *
 * Sets how the person's consent was recorded.
 *
 * Since: 0.1
 */
void
coprod_person_set_consent_method (CoprodPerson        *self,
                                  CoprodConsentMethod  method)
{
  g_return_if_fail (COPROD_IS_PERSON (self));

  _coprod_field_set_enum (self, &fields[FIELD_CONSENT_METHOD], method);
}

/**
 * coprod_person_get_withdrawn_date:
 * @self: a person
 *
 * Gets the date the person withdrew.
 *
 * Returns: (nullable): an ISO 8601 date, or %NULL if they have not withdrawn
 *
 * Since: 0.1
 */
const char *
coprod_person_get_withdrawn_date (CoprodPerson *self)
{
  g_return_val_if_fail (COPROD_IS_PERSON (self), NULL);

  return self->withdrawn_date;
}

/**
 * coprod_person_set_withdrawn_date:
 * @self: a person
 * @date: (nullable): an ISO 8601 date, see [func@Coprod.date_is_valid]
 *
 * Records that the person withdrew, and when; %NULL if they have not.
 *
 * Since: 0.1
 */
void
coprod_person_set_withdrawn_date (CoprodPerson *self,
                                  const char   *date)
{
  g_return_if_fail (COPROD_IS_PERSON (self));

  _coprod_field_set_string (self, &fields[FIELD_WITHDRAWN_DATE], date);
}

/**
 * coprod_person_is_withdrawn:
 * @self: a person
 *
 * Checks whether the person has withdrawn.
 *
 * Returns: %TRUE if [property@Coprod.Person:withdrawn-date] is set
 *
 * Since: 0.1
 */
gboolean
coprod_person_is_withdrawn (CoprodPerson *self)
{
  g_return_val_if_fail (COPROD_IS_PERSON (self), FALSE);

  return self->withdrawn_date != NULL;
}

/**
 * coprod_person_get_retain_until:
 * @self: a person
 *
 * Gets the date until which the record may be kept.
 *
 * Returns: (nullable): an ISO 8601 date
 *
 * Since: 0.1
 */
const char *
coprod_person_get_retain_until (CoprodPerson *self)
{
  g_return_val_if_fail (COPROD_IS_PERSON (self), NULL);

  return self->retain_until;
}

/**
 * coprod_person_set_retain_until:
 * @self: a person
 * @date: (nullable): an ISO 8601 date, see [func@Coprod.date_is_valid]
 *
 * Sets the date until which the record may be kept.
 *
 * Since: 0.1
 */
void
coprod_person_set_retain_until (CoprodPerson *self,
                                const char   *date)
{
  g_return_if_fail (COPROD_IS_PERSON (self));

  _coprod_field_set_string (self, &fields[FIELD_RETAIN_UNTIL], date);
}

/**
 * coprod_person_get_payment_preference:
 * @self: a person
 *
 * Gets the person's standing choice about payment for taking part.
 *
 * Returns: the preference
 *
 * Since: 0.1
 */
CoprodPaymentPreference
coprod_person_get_payment_preference (CoprodPerson *self)
{
  g_return_val_if_fail (COPROD_IS_PERSON (self), COPROD_PAYMENT_PREFERENCE_UNSPECIFIED);

  return self->payment_preference;
}

/**
 * coprod_person_set_payment_preference:
 * @self: a person
 * @preference: the preference
 *
 * Sets the person's standing choice about payment for taking part. Record
 * the choice only, never the reason for it.
 *
 * Since: 0.1
 */
void
coprod_person_set_payment_preference (CoprodPerson           *self,
                                      CoprodPaymentPreference preference)
{
  g_return_if_fail (COPROD_IS_PERSON (self));

  _coprod_field_set_enum (self, &fields[FIELD_PAYMENT_PREFERENCE], preference);
}
