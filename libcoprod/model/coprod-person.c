/* coprod-person.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "coprod-date.h"
#include "coprod-enum-types.h"
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
 * the record may be kept.
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
  char *withdrawn_date;
  char *retain_until;
};

G_DEFINE_FINAL_TYPE (CoprodPerson, coprod_person, COPROD_TYPE_RECORD)

enum {
  PROP_0,
  PROP_NAME,
  PROP_PSEUDONYM,
  PROP_ROLES,
  PROP_ORGANISATION_IDS,
  PROP_ACCESS_NEEDS,
  PROP_ACCESS_NOTE,
  PROP_SKILLS_BROUGHT,
  PROP_SKILLS_DEVELOPED,
  PROP_EMAIL,
  PROP_PHONE,
  PROP_CONSENT_AUDIENCE,
  PROP_CONSENT_DATE,
  PROP_WITHDRAWN_DATE,
  PROP_RETAIN_UNTIL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const empty_strv[] = { NULL };

static void
coprod_person_finalize (GObject *object)
{
  CoprodPerson *self = COPROD_PERSON (object);

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->pseudonym, g_free);
  g_clear_pointer (&self->organisation_ids, g_strfreev);
  g_clear_pointer (&self->access_note, g_free);
  g_clear_pointer (&self->skills_brought, g_strfreev);
  g_clear_pointer (&self->skills_developed, g_strfreev);
  g_clear_pointer (&self->email, g_free);
  g_clear_pointer (&self->phone, g_free);
  g_clear_pointer (&self->consent_date, g_free);
  g_clear_pointer (&self->withdrawn_date, g_free);
  g_clear_pointer (&self->retain_until, g_free);

  G_OBJECT_CLASS (coprod_person_parent_class)->finalize (object);
}

static void
coprod_person_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  CoprodPerson *self = COPROD_PERSON (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_PSEUDONYM:
      g_value_set_string (value, self->pseudonym);
      break;

    case PROP_ROLES:
      g_value_set_flags (value, self->roles);
      break;

    case PROP_ORGANISATION_IDS:
      g_value_set_boxed (value, coprod_person_get_organisation_ids (self));
      break;

    case PROP_ACCESS_NEEDS:
      g_value_set_flags (value, self->access_needs);
      break;

    case PROP_ACCESS_NOTE:
      g_value_set_string (value, self->access_note);
      break;

    case PROP_SKILLS_BROUGHT:
      g_value_set_boxed (value, coprod_person_get_skills_brought (self));
      break;

    case PROP_SKILLS_DEVELOPED:
      g_value_set_boxed (value, coprod_person_get_skills_developed (self));
      break;

    case PROP_EMAIL:
      g_value_set_string (value, self->email);
      break;

    case PROP_PHONE:
      g_value_set_string (value, self->phone);
      break;

    case PROP_CONSENT_AUDIENCE:
      g_value_set_enum (value, self->consent_audience);
      break;

    case PROP_CONSENT_DATE:
      g_value_set_string (value, self->consent_date);
      break;

    case PROP_WITHDRAWN_DATE:
      g_value_set_string (value, self->withdrawn_date);
      break;

    case PROP_RETAIN_UNTIL:
      g_value_set_string (value, self->retain_until);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coprod_person_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  CoprodPerson *self = COPROD_PERSON (object);

  switch (prop_id)
    {
    case PROP_NAME:
      coprod_person_set_name (self, g_value_get_string (value));
      break;

    case PROP_PSEUDONYM:
      coprod_person_set_pseudonym (self, g_value_get_string (value));
      break;

    case PROP_ROLES:
      coprod_person_set_roles (self, g_value_get_flags (value));
      break;

    case PROP_ORGANISATION_IDS:
      coprod_person_set_organisation_ids (self, g_value_get_boxed (value));
      break;

    case PROP_ACCESS_NEEDS:
      coprod_person_set_access_needs (self, g_value_get_flags (value));
      break;

    case PROP_ACCESS_NOTE:
      coprod_person_set_access_note (self, g_value_get_string (value));
      break;

    case PROP_SKILLS_BROUGHT:
      coprod_person_set_skills_brought (self, g_value_get_boxed (value));
      break;

    case PROP_SKILLS_DEVELOPED:
      coprod_person_set_skills_developed (self, g_value_get_boxed (value));
      break;

    case PROP_EMAIL:
      coprod_person_set_email (self, g_value_get_string (value));
      break;

    case PROP_PHONE:
      coprod_person_set_phone (self, g_value_get_string (value));
      break;

    case PROP_CONSENT_AUDIENCE:
      coprod_person_set_consent_audience (self, g_value_get_enum (value));
      break;

    case PROP_CONSENT_DATE:
      coprod_person_set_consent_date (self, g_value_get_string (value));
      break;

    case PROP_WITHDRAWN_DATE:
      coprod_person_set_withdrawn_date (self, g_value_get_string (value));
      break;

    case PROP_RETAIN_UNTIL:
      coprod_person_set_retain_until (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coprod_person_class_init (CoprodPersonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = (G_PARAM_READWRITE |
                             G_PARAM_EXPLICIT_NOTIFY |
                             G_PARAM_STATIC_STRINGS);

  object_class->finalize = coprod_person_finalize;
  object_class->get_property = coprod_person_get_property;
  object_class->set_property = coprod_person_set_property;

  /**
   * CoprodPerson:name:
   *
   * The person's name. It is personal data: exports name a person only to
   * the audience they consented to.
   *
   * Since: 0.1
   */
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL, flags);

  /**
   * CoprodPerson:pseudonym:
   *
   * A name the person chose to be known by in place of their own.
   *
   * Since: 0.1
   */
  properties[PROP_PSEUDONYM] =
    g_param_spec_string ("pseudonym", NULL, NULL, NULL, flags);

  /**
   * CoprodPerson:roles:
   *
   * The roles the person takes part in.
   *
   * Since: 0.1
   */
  properties[PROP_ROLES] =
    g_param_spec_flags ("roles", NULL, NULL,
                        COPROD_TYPE_ROLE, COPROD_ROLE_NONE,
                        flags);

  /**
   * CoprodPerson:organisation-ids:
   *
   * The ids of the organisations the person belongs to or volunteers
   * with.
   *
   * Since: 0.1
   */
  properties[PROP_ORGANISATION_IDS] =
    g_param_spec_boxed ("organisation-ids", NULL, NULL,
                        G_TYPE_STRV, flags);

  /**
   * CoprodPerson:access-needs:
   *
   * What the person needs to take part on an equal footing.
   *
   * Since: 0.1
   */
  properties[PROP_ACCESS_NEEDS] =
    g_param_spec_flags ("access-needs", NULL, NULL,
                        COPROD_TYPE_ACCESS, COPROD_ACCESS_NONE,
                        flags);

  /**
   * CoprodPerson:access-note:
   *
   * Access needs in the person's own words. Free text: never exported.
   *
   * Since: 0.1
   */
  properties[PROP_ACCESS_NOTE] =
    g_param_spec_string ("access-note", NULL, NULL, NULL, flags);

  /**
   * CoprodPerson:skills-brought:
   *
   * Skills and experience the person brings, beyond their lived
   * experience.
   *
   * Since: 0.1
   */
  properties[PROP_SKILLS_BROUGHT] =
    g_param_spec_boxed ("skills-brought", NULL, NULL,
                        G_TYPE_STRV, flags);

  /**
   * CoprodPerson:skills-developed:
   *
   * Skills the person developed by taking part.
   *
   * Since: 0.1
   */
  properties[PROP_SKILLS_DEVELOPED] =
    g_param_spec_boxed ("skills-developed", NULL, NULL,
                        G_TYPE_STRV, flags);

  /**
   * CoprodPerson:email:
   *
   * The person's email address. Contact details are never exported.
   *
   * Since: 0.1
   */
  properties[PROP_EMAIL] =
    g_param_spec_string ("email", NULL, NULL, NULL, flags);

  /**
   * CoprodPerson:phone:
   *
   * The person's telephone number. Contact details are never exported.
   *
   * Since: 0.1
   */
  properties[PROP_PHONE] =
    g_param_spec_string ("phone", NULL, NULL, NULL, flags);

  /**
   * CoprodPerson:consent-audience:
   *
   * The widest audience the person agreed to be named to.
   *
   * Since: 0.1
   */
  properties[PROP_CONSENT_AUDIENCE] =
    g_param_spec_enum ("consent-audience", NULL, NULL,
                       COPROD_TYPE_AUDIENCE, COPROD_AUDIENCE_INTERNAL,
                       flags);

  /**
   * CoprodPerson:consent-date:
   *
   * When the person gave the consent in
   * [property@Coprod.Person:consent-audience], as an ISO 8601 date.
   *
   * Since: 0.1
   */
  properties[PROP_CONSENT_DATE] =
    _coprod_param_spec_string_kind ("consent-date", COPROD_STRING_DATE, flags);

  /**
   * CoprodPerson:withdrawn-date:
   *
   * When the person withdrew their consent to take part, as an ISO 8601
   * date, or %NULL if they have not.
   *
   * Since: 0.1
   */
  properties[PROP_WITHDRAWN_DATE] =
    _coprod_param_spec_string_kind ("withdrawn-date", COPROD_STRING_DATE, flags);

  /**
   * CoprodPerson:retain-until:
   *
   * The date until which the record may be kept, as an ISO 8601 date.
   *
   * Since: 0.1
   */
  properties[PROP_RETAIN_UNTIL] =
    _coprod_param_spec_string_kind ("retain-until", COPROD_STRING_DATE, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
coprod_person_init (CoprodPerson *self)
{
  self->organisation_ids = g_new0 (char *, 1);
  self->skills_brought = g_new0 (char *, 1);
  self->skills_developed = g_new0 (char *, 1);
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

  _coprod_set_string (self, &self->name, name, properties[PROP_NAME]);
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

  _coprod_set_string (self, &self->pseudonym, pseudonym, properties[PROP_PSEUDONYM]);
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

  _coprod_set_enum (self, (guint *) &self->roles, roles, properties[PROP_ROLES]);
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

  _coprod_set_strv (self, &self->organisation_ids, organisation_ids,
                    properties[PROP_ORGANISATION_IDS]);
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

  _coprod_set_enum (self, (guint *) &self->access_needs, access_needs,
                    properties[PROP_ACCESS_NEEDS]);
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

  _coprod_set_string (self, &self->access_note, access_note,
                      properties[PROP_ACCESS_NOTE]);
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

  _coprod_set_strv (self, &self->skills_brought, skills,
                    properties[PROP_SKILLS_BROUGHT]);
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

  _coprod_set_strv (self, &self->skills_developed, skills,
                    properties[PROP_SKILLS_DEVELOPED]);
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

  _coprod_set_string (self, &self->email, email, properties[PROP_EMAIL]);
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

  _coprod_set_string (self, &self->phone, phone, properties[PROP_PHONE]);
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

  _coprod_set_enum (self, (guint *) &self->consent_audience, audience,
                    properties[PROP_CONSENT_AUDIENCE]);
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

  _coprod_set_string (self, &self->consent_date, date,
                      properties[PROP_CONSENT_DATE]);
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

  _coprod_set_string (self, &self->withdrawn_date, date,
                      properties[PROP_WITHDRAWN_DATE]);
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

  _coprod_set_string (self, &self->retain_until, date,
                      properties[PROP_RETAIN_UNTIL]);
}
