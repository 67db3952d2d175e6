/* test-person.c: anyone taking part
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "coprod-test-util.h"

static const char * const person_properties[] = {
  "id", "name", "pseudonym", "roles", "organisation-ids", "access-needs",
  "access-note", "skills-brought", "skills-developed", "email", "phone",
  "consent-audience", "consent-date", "consent-method", "withdrawn-date", "retain-until",
  "payment-preference",
};

static void
test_person_new (void **state)
{
  CoprodPerson *person = coprod_person_new ("p-1", "Sam Example");
  const char * const *strv;

  assert_string_equal (coprod_record_get_id (COPROD_RECORD (person)), "p-1");
  assert_string_equal (coprod_person_get_name (person), "Sam Example");

  /* defaults: nothing recorded, lists empty (never NULL) */
  assert_null (coprod_person_get_pseudonym (person));
  assert_int_equal (coprod_person_get_roles (person), COPROD_ROLE_NONE);
  strv = coprod_person_get_organisation_ids (person);
  assert_non_null (strv);
  assert_null (strv[0]);
  assert_int_equal (coprod_person_get_access_needs (person), COPROD_ACCESS_NONE);
  assert_null (coprod_person_get_access_note (person));
  strv = coprod_person_get_skills_brought (person);
  assert_non_null (strv);
  assert_null (strv[0]);
  strv = coprod_person_get_skills_developed (person);
  assert_non_null (strv);
  assert_null (strv[0]);
  assert_null (coprod_person_get_email (person));
  assert_null (coprod_person_get_phone (person));
  assert_int_equal (coprod_person_get_consent_audience (person), COPROD_AUDIENCE_INTERNAL);
  assert_null (coprod_person_get_consent_date (person));
  assert_null (coprod_person_get_withdrawn_date (person));
  assert_null (coprod_person_get_retain_until (person));
  assert_int_equal (coprod_person_get_payment_preference (person),
                    COPROD_PAYMENT_PREFERENCE_UNSPECIFIED);
  assert_false (coprod_person_has_lived_experience (person));
  assert_false (coprod_person_is_withdrawn (person));

  coprod_test_assert_finalized (person);
}

static void
test_person_property_flags (void **state)
{
  CoprodPerson *person = coprod_person_new ("p-1", NULL);
  g_autofree GParamSpec **pspecs = NULL;
  guint n;
  gsize i;

  coprod_test_property_flags (person);

  for (i = 0; i < G_N_ELEMENTS (person_properties); i++)
    if (g_object_class_find_property (G_OBJECT_GET_CLASS (person), person_properties[i]) == NULL)
      fail_msg ("no property %s", person_properties[i]);
  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (person), &n);
  assert_int_equal (n, G_N_ELEMENTS (person_properties));

  coprod_test_assert_finalized (person);
}

static void
test_person_string_properties (void **state)
{
  CoprodPerson *person = coprod_person_new ("p-1", NULL);
  const struct {
    const char *property;
    const char *value;
    const char *(*get) (CoprodPerson *);
  } cases[] = {
    { "name", "Sam Example", coprod_person_get_name },
    { "pseudonym", "Kestrel", coprod_person_get_pseudonym },
    { "access-note", "I need papers a week ahead, and a seat near the door.",
      coprod_person_get_access_note },
    { "email", "sam@example.invalid", coprod_person_get_email },
    { "phone", "01632 960000", coprod_person_get_phone },
    { "consent-date", "2024-03-15", coprod_person_get_consent_date },
    { "withdrawn-date", "2025-01", coprod_person_get_withdrawn_date },
    { "retain-until", "2027", coprod_person_get_retain_until },
  };
  gsize i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      coprod_test_roundtrip_string (person, cases[i].property, cases[i].value);
      assert_string_equal (cases[i].get (person), cases[i].value);

      coprod_test_roundtrip_string (person, cases[i].property, NULL);
      assert_null (cases[i].get (person));
    }

  /* dates of every precision */
  coprod_test_roundtrip_string (person, "retain-until", "2027-04-30");
  coprod_test_roundtrip_string (person, "retain-until", "2027-04");
  coprod_test_roundtrip_string (person, "retain-until", "2028");
  assert_string_equal (coprod_person_get_retain_until (person), "2028");

  coprod_test_assert_finalized (person);
}

static void
roundtrip_flags (gpointer object,
                 const char *property,
                 GType       type,
                 guint       flags)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, type);
  g_value_set_flags (&value, flags);
  coprod_test_property_roundtrip (object, property, &value);
}

static void
test_person_roles (void **state)
{
  CoprodPerson *person = coprod_person_new ("p-1", NULL);
  g_autoptr(GFlagsClass) fclass = g_type_class_ref (COPROD_TYPE_ROLE);
  guint i;

  for (i = 0; i < fclass->n_values; i++)
    {
      guint role = fclass->values[i].value;
      gboolean lived = (role == COPROD_ROLE_LIVED_EXPERIENCE ||
                        role == COPROD_ROLE_CARER ||
                        role == COPROD_ROLE_FAMILY_MEMBER);

      if (role == coprod_person_get_roles (person))
        continue;
      roundtrip_flags (person, "roles", COPROD_TYPE_ROLE, role);
      assert_int_equal (coprod_person_get_roles (person), role);
      if (coprod_person_has_lived_experience (person) != lived)
        fail_msg ("role %s: has_lived_experience should be %d",
                  fclass->values[i].value_nick, lived);
    }

  roundtrip_flags (person, "roles", COPROD_TYPE_ROLE,
                   COPROD_ROLE_STAFF | COPROD_ROLE_CARER);
  assert_true (coprod_person_has_lived_experience (person));
  roundtrip_flags (person, "roles", COPROD_TYPE_ROLE,
                   COPROD_ROLE_PROFESSIONAL | COPROD_ROLE_LEADER |
                   COPROD_ROLE_COMMISSIONER | COPROD_ROLE_PEER_SUPPORTER |
                   COPROD_ROLE_VOLUNTEER | COPROD_ROLE_STAFF);
  assert_false (coprod_person_has_lived_experience (person));
  roundtrip_flags (person, "roles", COPROD_TYPE_ROLE, COPROD_ROLE_NONE);
  assert_false (coprod_person_has_lived_experience (person));

  coprod_test_assert_finalized (person);
}

static void
test_person_access_needs (void **state)
{
  CoprodPerson *person = coprod_person_new ("p-1", NULL);
  guint needs = COPROD_ACCESS_STEP_FREE | COPROD_ACCESS_EASY_READ |
                COPROD_ACCESS_REGULAR_BREAKS;

  roundtrip_flags (person, "access-needs", COPROD_TYPE_ACCESS, needs);
  assert_int_equal (coprod_person_get_access_needs (person), needs);
  roundtrip_flags (person, "access-needs", COPROD_TYPE_ACCESS, COPROD_ACCESS_NONE);
  assert_int_equal (coprod_person_get_access_needs (person), COPROD_ACCESS_NONE);

  coprod_test_assert_finalized (person);
}

/* the standing choice about payment: every value through the property
 * and the setter, one notify per change, and in JSON as a nick */
static void
test_person_payment_preference (void **state)
{
  CoprodPerson *person = coprod_person_new ("p-1", NULL);
  const CoprodPaymentPreference preferences[] = {
    COPROD_PAYMENT_PREFERENCE_TAKE_ALL, COPROD_PAYMENT_PREFERENCE_TAKE_LESS,
    COPROD_PAYMENT_PREFERENCE_DECLINE, COPROD_PAYMENT_PREFERENCE_DONATE,
    COPROD_PAYMENT_PREFERENCE_UNSPECIFIED,
  };
  g_autoptr(CoprodRegistry) registry = coprod_registry_new ();
  g_autoptr(CoprodRegistry) again = coprod_registry_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  CoprodNotifyCounter counter;
  gsize i;

  coprod_test_assert_field_kind (person, "payment-preference", COPROD_FIELD_ENUM);
  for (i = 0; i < G_N_ELEMENTS (preferences); i++)
    {
      coprod_test_roundtrip_enum (person, "payment-preference", preferences[i]);
      assert_int_equal (coprod_person_get_payment_preference (person), preferences[i]);
    }

  coprod_test_notify_counter_start (&counter, person, "payment-preference");
  coprod_person_set_payment_preference (person, COPROD_PAYMENT_PREFERENCE_DONATE);
  coprod_person_set_payment_preference (person, COPROD_PAYMENT_PREFERENCE_DONATE);
  assert_int_equal (counter.count, 1);
  coprod_test_notify_counter_stop (&counter);

  assert_true (coprod_registry_add (registry, COPROD_RECORD (person), &error));
  data = coprod_registry_to_data (registry, NULL);
  assert_non_null (strstr (data, "\"payment_preference\" : \"donate\""));
  assert_true (coprod_registry_load_from_data (again, data, -1, &error));
  assert_int_equal (coprod_person_get_payment_preference (COPROD_PERSON (coprod_registry_lookup (again, "p-1"))),
                    COPROD_PAYMENT_PREFERENCE_DONATE);

  /* an unknown nick is refused, naming the member */
  coprod_test_expect_record_error ("people", "{'id': 'p-2', 'payment_preference': 'on-benefits'}",
                                   COPROD_ERROR_VALUE, "payment_preference");

  g_clear_object (&registry);
  coprod_test_assert_finalized (person);
}

static void
test_person_consent_audience (void **state)
{
  CoprodPerson *person = coprod_person_new ("p-1", NULL);
  const CoprodAudience audiences[] = {
    COPROD_AUDIENCE_PUBLIC, COPROD_AUDIENCE_PARTNERS, COPROD_AUDIENCE_INTERNAL,
  };
  gsize i;

  for (i = 0; i < G_N_ELEMENTS (audiences); i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      g_value_init (&value, COPROD_TYPE_AUDIENCE);
      g_value_set_enum (&value, audiences[i]);
      coprod_test_property_roundtrip (person, "consent-audience", &value);
      assert_int_equal (coprod_person_get_consent_audience (person), audiences[i]);
    }

  coprod_test_assert_finalized (person);
}

/* how consent was recorded: every value through the property and the
 * getter, a load and a save of each nick, and an unknown nick refused */
static void
test_person_consent_method (void **state)
{
  CoprodPerson *person = coprod_person_new ("p-1", NULL);
  g_autoptr(GEnumClass) eclass = g_type_class_ref (COPROD_TYPE_CONSENT_METHOD);
  guint i;

  assert_int_equal (coprod_person_get_consent_method (person), COPROD_CONSENT_METHOD_NOT_RECORDED);
  assert_int_equal (eclass->n_values, 8);

  /* from the last value down, so that each one changes the property */
  for (i = eclass->n_values; i-- > 0; )
    {
      CoprodConsentMethod method = (CoprodConsentMethod) eclass->values[i].value;
      g_autoptr(CoprodRegistry) registry = coprod_registry_new ();
      g_autoptr(CoprodRegistry) again = coprod_registry_new ();
      g_autoptr(CoprodPerson) copy = coprod_person_new ("p-2", NULL);
      g_autofree char *data = NULL;
      g_autofree char *member = NULL;
      CoprodRecord *loaded;

      coprod_test_roundtrip_enum (person, "consent-method", method);
      assert_int_equal (coprod_person_get_consent_method (person), method);

      coprod_person_set_consent_method (copy, method);
      assert_true (coprod_registry_add (registry, COPROD_RECORD (copy), NULL));
      data = coprod_registry_to_data (registry, NULL);
      member = g_strdup_printf ("\"consent_method\" : \"%s\"", eclass->values[i].value_nick);
      if (method != COPROD_CONSENT_METHOD_NOT_RECORDED && strstr (data, member) == NULL)
        fail_msg ("%s not written: %s", member, data);
      assert_true (coprod_registry_load_from_data (again, data, -1, NULL));
      loaded = coprod_registry_lookup (again, "p-2");
      assert_int_equal (coprod_person_get_consent_method (COPROD_PERSON (loaded)), method);
    }

  {
    g_autoptr(CoprodRegistry) registry = coprod_registry_new ();
    g_autoptr(GError) error = NULL;

    assert_false (coprod_registry_load_from_data (registry,
                    "{\"format\":\"coprod\",\"version\":1,\"people\":[{\"id\":\"p-1\","
                    "\"consent_method\":\"Robin Ashcombe\"}]}", -1, &error));
    assert_true (g_error_matches (error, COPROD_ERROR, COPROD_ERROR_VALUE));
    assert_non_null (strstr (error->message, "consent_method"));
    assert_non_null (strstr (error->message, "online-form"));
    assert_null (strstr (error->message, "Robin"));
  }

  coprod_test_assert_finalized (person);
}

static void
check_strv_property (CoprodPerson              *person,
                     const char                *property,
                     const char * const *(*get) (CoprodPerson *))
{
  const char *values[] = { "peer support", "facilitation", "Welsh (Cymraeg)", NULL };
  g_auto(GValue) value = G_VALUE_INIT;
  g_auto(GValue) got = G_VALUE_INIT;
  g_auto(GStrv) copy = NULL;
  CoprodNotifyCounter counter;
  const char * const *now;

  coprod_test_notify_counter_start (&counter, person, property);

  g_value_init (&value, G_TYPE_STRV);
  g_value_set_static_boxed (&value, values);
  g_object_set_property (G_OBJECT (person), property, &value);
  assert_int_equal (counter.count, 1);

  /* getter and g_object_get agree, and hold a copy */
  now = get (person);
  assert_true (now != (const char * const *) values);
  assert_true (g_strv_equal (now, values));
  g_value_init (&got, G_TYPE_STRV);
  g_object_get_property (G_OBJECT (person), property, &got);
  assert_true (g_strv_equal (g_value_get_boxed (&got), values));

  /* an equal list, in other memory, is no change */
  copy = g_strdupv ((char **) values);
  g_object_set (person, property, copy, NULL);
  assert_int_equal (counter.count, 1);

  /* order matters */
  {
    const char *swapped[] = { "facilitation", "peer support", "Welsh (Cymraeg)", NULL };

    g_object_set (person, property, swapped, NULL);
    assert_int_equal (counter.count, 2);
  }

  /* NULL is the empty list: one change, then none */
  g_object_set (person, property, NULL, NULL);
  assert_int_equal (counter.count, 3);
  now = get (person);
  assert_non_null (now);
  assert_null (now[0]);
  {
    const char *empty[] = { NULL };

    g_object_set (person, property, empty, NULL);
    assert_int_equal (counter.count, 3);
  }

  coprod_test_notify_counter_stop (&counter);
}

static void
test_person_strv_properties (void **state)
{
  CoprodPerson *person = coprod_person_new ("p-1", NULL);

  check_strv_property (person, "organisation-ids", coprod_person_get_organisation_ids);
  check_strv_property (person, "skills-brought", coprod_person_get_skills_brought);
  check_strv_property (person, "skills-developed", coprod_person_get_skills_developed);

  coprod_test_assert_finalized (person);
}

static void
test_person_is_in_organisation (void **state)
{
  CoprodPerson *person = coprod_person_new ("p-1", NULL);
  const char *orgs[] = { "org-1", "org-\xc5\xb5", NULL };

  assert_false (coprod_person_is_in_organisation (person, "org-1"));
  coprod_person_set_organisation_ids (person, orgs);
  assert_true (coprod_person_is_in_organisation (person, "org-1"));
  assert_true (coprod_person_is_in_organisation (person, "org-\xc5\xb5"));
  assert_false (coprod_person_is_in_organisation (person, "org-2"));
  assert_false (coprod_person_is_in_organisation (person, "org"));
  assert_false (coprod_person_is_in_organisation (person, "ORG-1"));
  assert_false (coprod_person_is_in_organisation (person, ""));
  coprod_person_set_organisation_ids (person, NULL);
  assert_false (coprod_person_is_in_organisation (person, "org-1"));

  coprod_test_assert_finalized (person);
}

static void
test_person_is_withdrawn (void **state)
{
  CoprodPerson *person = coprod_person_new ("p-1", NULL);

  assert_false (coprod_person_is_withdrawn (person));
  coprod_person_set_consent_date (person, "2023-05-02");
  assert_false (coprod_person_is_withdrawn (person));
  coprod_person_set_withdrawn_date (person, "2024");
  assert_true (coprod_person_is_withdrawn (person));
  coprod_person_set_withdrawn_date (person, "2024-06-01");
  assert_true (coprod_person_is_withdrawn (person));
  coprod_person_set_withdrawn_date (person, NULL);
  assert_false (coprod_person_is_withdrawn (person));

  coprod_test_assert_finalized (person);
}

static void
test_person_setters_notify_once (void **state)
{
  CoprodPerson *person = coprod_person_new ("p-1", NULL);
  const char *skills[] = { "listening", NULL };
  CoprodNotifyCounter counters[G_N_ELEMENTS (person_properties)];
  gsize i;

  for (i = 1; i < G_N_ELEMENTS (person_properties); i++)
    coprod_test_notify_counter_start (&counters[i], person, person_properties[i]);

  /* each setter twice with the same value */
  for (i = 0; i < 2; i++)
    {
      coprod_person_set_name (person, "Sam Example");
      coprod_person_set_pseudonym (person, "Kestrel");
      coprod_person_set_roles (person, COPROD_ROLE_VOLUNTEER | COPROD_ROLE_LIVED_EXPERIENCE);
      coprod_person_set_organisation_ids (person, skills);
      coprod_person_set_access_needs (person, COPROD_ACCESS_CAPTIONS);
      coprod_person_set_access_note (person, "captions please");
      coprod_person_set_skills_brought (person, skills);
      coprod_person_set_skills_developed (person, skills);
      coprod_person_set_email (person, "sam@example.invalid");
      coprod_person_set_phone (person, "01632 960001");
      coprod_person_set_consent_audience (person, COPROD_AUDIENCE_PARTNERS);
      coprod_person_set_consent_date (person, "2024-03");
      coprod_person_set_consent_method (person, COPROD_CONSENT_METHOD_EASY_READ_FORM);
      coprod_person_set_withdrawn_date (person, "2025");
      coprod_person_set_retain_until (person, "2030-12-31");
      coprod_person_set_payment_preference (person, COPROD_PAYMENT_PREFERENCE_TAKE_LESS);
    }

  for (i = 1; i < G_N_ELEMENTS (person_properties); i++)
    {
      if (counters[i].count != 1)
        fail_msg ("%s: %u notifications, expected 1", person_properties[i], counters[i].count);
      coprod_test_notify_counter_stop (&counters[i]);
    }

  coprod_test_assert_finalized (person);
}

typedef struct
{
  CoprodPerson *person;
  const char   *date;
} BadDate;

static void
set_bad_dates (gpointer data)
{
  BadDate *bad = data;

  coprod_person_set_consent_date (bad->person, bad->date);
  coprod_person_set_withdrawn_date (bad->person, bad->date);
  coprod_person_set_retain_until (bad->person, bad->date);
}

static void
test_person_bad_date_through_setter (void **state)
{
  CoprodPerson *person = coprod_person_new ("p-1", NULL);
  const char *bad_dates[] = { "2023-02-29", "2023-13", "23-01-01", "", "2024-03-15 " };
  CoprodNotifyCounter consent, withdrawn, retain;
  gsize i;

  coprod_person_set_consent_date (person, "2024-01-10");
  coprod_person_set_withdrawn_date (person, "2024-02");
  coprod_person_set_retain_until (person, "2030");

  coprod_test_notify_counter_start (&consent, person, "consent-date");
  coprod_test_notify_counter_start (&withdrawn, person, "withdrawn-date");
  coprod_test_notify_counter_start (&retain, person, "retain-until");

  for (i = 0; i < G_N_ELEMENTS (bad_dates); i++)
    {
      BadDate bad = { person, bad_dates[i] };

      /* one critical per setter, and nothing changes */
      assert_int_equal (coprod_test_count_criticals (set_bad_dates, &bad), 3);
      assert_string_equal (coprod_person_get_consent_date (person), "2024-01-10");
      assert_string_equal (coprod_person_get_withdrawn_date (person), "2024-02");
      assert_string_equal (coprod_person_get_retain_until (person), "2030");
    }

  assert_int_equal (consent.count, 0);
  assert_int_equal (withdrawn.count, 0);
  assert_int_equal (retain.count, 0);
  coprod_test_notify_counter_stop (&consent);
  coprod_test_notify_counter_stop (&withdrawn);
  coprod_test_notify_counter_stop (&retain);

  coprod_test_assert_finalized (person);
}

static void
set_bad_flags (gpointer data)
{
  coprod_person_set_roles (data, (CoprodRole) (1u << 20));
  coprod_person_set_access_needs (data, (CoprodAccess) (1u << 30));
  coprod_person_set_consent_audience (data, (CoprodAudience) 7);
}

static void
test_person_bad_flags_through_setter (void **state)
{
  CoprodPerson *person = coprod_person_new ("p-1", NULL);

  coprod_person_set_roles (person, COPROD_ROLE_CARER);
  assert_int_equal (coprod_test_count_criticals (set_bad_flags, person), 3);
  assert_int_equal (coprod_person_get_roles (person), COPROD_ROLE_CARER);
  assert_int_equal (coprod_person_get_access_needs (person), COPROD_ACCESS_NONE);
  assert_int_equal (coprod_person_get_consent_audience (person), COPROD_AUDIENCE_INTERNAL);

  coprod_test_assert_finalized (person);
}

static CoprodPerson *
make_full_person (const char *id)
{
  CoprodPerson *person = coprod_person_new (id, "Sam Example");
  const char *orgs[] = { "org-1", "org-2", NULL };
  const char *brought[] = { "lived experience of caring", "Welsh speaker", NULL };
  const char *developed[] = { "chairing meetings", NULL };

  coprod_person_set_pseudonym (person, "Kestrel");
  coprod_person_set_roles (person, COPROD_ROLE_LIVED_EXPERIENCE | COPROD_ROLE_CARER |
                                   COPROD_ROLE_VOLUNTEER);
  coprod_person_set_organisation_ids (person, orgs);
  coprod_person_set_access_needs (person, COPROD_ACCESS_STEP_FREE | COPROD_ACCESS_QUIET_SPACE);
  coprod_person_set_access_note (person, "Prefers \"afternoon\" meetings;\nno stairs.");
  coprod_person_set_skills_brought (person, brought);
  coprod_person_set_skills_developed (person, developed);
  coprod_person_set_email (person, "sam@example.invalid");
  coprod_person_set_phone (person, "+44 1632 960000");
  coprod_person_set_consent_audience (person, COPROD_AUDIENCE_PARTNERS);
  coprod_person_set_consent_date (person, "2024-02-29");
  coprod_person_set_withdrawn_date (person, "2025-01");
  coprod_person_set_retain_until (person, "2031");

  return person;
}

static void
test_person_json_roundtrip (void **state)
{
  g_autoptr(CoprodRegistry) registry = coprod_registry_new ();
  g_autoptr(CoprodRegistry) again = coprod_registry_new ();
  g_autoptr(CoprodPerson) full = make_full_person ("p-full");
  g_autoptr(CoprodPerson) bare = coprod_person_new ("p-bare", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  const char *ids[] = { "p-full", "p-bare" };
  gsize i;

  assert_true (coprod_registry_add (registry, COPROD_RECORD (full), &error));
  assert_true (coprod_registry_add (registry, COPROD_RECORD (bare), &error));
  coprod_test_assert_roundtrip (registry);

  data = coprod_registry_to_data (registry, NULL);
  if (!coprod_registry_load_from_data (again, data, -1, &error))
    fail_msg ("%s", error->message);

  for (i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      CoprodRecord *a = coprod_registry_lookup (registry, ids[i]);
      CoprodRecord *b = coprod_registry_lookup (again, ids[i]);

      assert_non_null (b);
      assert_true (a != b);
      coprod_test_assert_same_properties (a, b);
    }
}

static void
test_person_json_members (void **state)
{
  g_autoptr(CoprodRegistry) registry = coprod_registry_new ();
  g_autoptr(CoprodPerson) full = make_full_person ("p-full");
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  JsonObject *top, *person;
  JsonArray *array;

  assert_true (coprod_registry_add (registry, COPROD_RECORD (full), &error));
  data = coprod_registry_to_data (registry, NULL);
  assert_true (json_parser_load_from_data (parser, data, -1, NULL));
  top = json_node_get_object (json_parser_get_root (parser));
  person = json_array_get_object_element (json_object_get_array_member (top, "people"), 0);

  /* snake_case member names, flags as arrays of nicks, enums as nicks */
  array = json_object_get_array_member (person, "roles");
  assert_int_equal (json_array_get_length (array), 3);
  assert_string_equal (json_array_get_string_element (array, 0), "lived-experience");
  assert_string_equal (json_array_get_string_element (array, 1), "carer");
  assert_string_equal (json_array_get_string_element (array, 2), "volunteer");
  array = json_object_get_array_member (person, "access_needs");
  assert_int_equal (json_array_get_length (array), 2);
  assert_string_equal (json_array_get_string_element (array, 0), "step-free");
  assert_string_equal (json_array_get_string_element (array, 1), "quiet-space");
  array = json_object_get_array_member (person, "organisation_ids");
  assert_int_equal (json_array_get_length (array), 2);
  assert_string_equal (json_array_get_string_element (array, 1), "org-2");
  assert_non_null (json_object_get_array_member (person, "skills_brought"));
  assert_non_null (json_object_get_array_member (person, "skills_developed"));
  assert_string_equal (json_object_get_string_member (person, "consent_audience"), "partners");
  assert_string_equal (json_object_get_string_member (person, "consent_date"), "2024-02-29");
  assert_string_equal (json_object_get_string_member (person, "withdrawn_date"), "2025-01");
  assert_string_equal (json_object_get_string_member (person, "retain_until"), "2031");
  assert_string_equal (json_object_get_string_member (person, "access_note"),
                       "Prefers \"afternoon\" meetings;\nno stairs.");
  assert_false (json_object_has_member (person, "retain-until"));
}

static void
test_person_json_load (void **state)
{
  g_autoptr(CoprodRegistry) registry = coprod_registry_new ();
  g_autoptr(GError) error = NULL;
  CoprodPerson *person;
  const char *doc =
    "{\"format\":\"coprod\",\"version\":1,\"people\":[{"
    "\"id\":\"p-7\",\"name\":\"Ash Invented\",\"roles\":[\"family-member\",\"peer-supporter\"],"
    "\"organisation_ids\":[\"org-1\"],\"access_needs\":[],\"skills_brought\":[\"art\"],"
    "\"consent_audience\":\"public\",\"consent_date\":\"2024\","
    "\"withdrawn_date\":null,\"retain_until\":\"2026-09-30\"}]}";

  if (!coprod_registry_load_from_data (registry, doc, -1, &error))
    fail_msg ("%s", error->message);

  person = COPROD_PERSON (coprod_registry_lookup (registry, "p-7"));
  assert_string_equal (coprod_person_get_name (person), "Ash Invented");
  assert_int_equal (coprod_person_get_roles (person),
                    COPROD_ROLE_FAMILY_MEMBER | COPROD_ROLE_PEER_SUPPORTER);
  assert_true (coprod_person_has_lived_experience (person));
  assert_true (coprod_person_is_in_organisation (person, "org-1"));
  assert_int_equal (coprod_person_get_access_needs (person), COPROD_ACCESS_NONE);
  assert_string_equal (coprod_person_get_skills_brought (person)[0], "art");
  assert_null (coprod_person_get_skills_developed (person)[0]);
  assert_int_equal (coprod_person_get_consent_audience (person), COPROD_AUDIENCE_PUBLIC);
  assert_string_equal (coprod_person_get_consent_date (person), "2024");
  assert_false (coprod_person_is_withdrawn (person));
  assert_string_equal (coprod_person_get_retain_until (person), "2026-09-30");
}

typedef struct
{
  const char *label;
  const char *members;    /* members of person "p-9" after its id */
  int         code;
  const char *parts[2];   /* besides the id and the member, in the message */
  const char *member;
} BadCase;

static const BadCase bad_cases[] = {
  /* wrong types */
  { "name a number", "\"name\":1", COPROD_ERROR_TYPE, { "expected a string", "an integer" }, "name" },
  { "pseudonym false", "\"pseudonym\":false", COPROD_ERROR_TYPE, { "a boolean", NULL }, "pseudonym" },
  { "roles a string", "\"roles\":\"carer\"", COPROD_ERROR_TYPE, { "expected an array", "a string" }, "roles" },
  { "roles with a number", "\"roles\":[\"carer\",3]", COPROD_ERROR_TYPE, { "element 1", NULL }, "roles" },
  { "roles null", "\"roles\":null", COPROD_ERROR_TYPE, { "null", NULL }, "roles" },
  { "organisation ids a string", "\"organisation_ids\":\"org-1\"", COPROD_ERROR_TYPE,
    { "expected an array", NULL }, "organisation_ids" },
  { "organisation ids with null", "\"organisation_ids\":[\"org-1\",null]", COPROD_ERROR_TYPE,
    { "element 1", "null" }, "organisation_ids" },
  { "skills an object", "\"skills_brought\":{}", COPROD_ERROR_TYPE, { "an object", NULL }, "skills_brought" },
  { "skills developed nested", "\"skills_developed\":[[\"x\"]]", COPROD_ERROR_TYPE,
    { "element 0", NULL }, "skills_developed" },
  { "access needs a number", "\"access_needs\":3", COPROD_ERROR_TYPE, { "an integer", NULL }, "access_needs" },
  { "email an array", "\"email\":[]", COPROD_ERROR_TYPE, { "an array", NULL }, "email" },
  { "consent audience a number", "\"consent_audience\":2", COPROD_ERROR_TYPE, { NULL, NULL }, "consent_audience" },
  { "consent date a number", "\"consent_date\":2024", COPROD_ERROR_TYPE, { "an integer", NULL }, "consent_date" },

  /* unknown nicks */
  { "unknown role", "\"roles\":[\"carer\",\"celebrity\"]", COPROD_ERROR_VALUE,
    { "element 1: an unknown value", "lived-experience" }, "roles" },
  { "role by its C name", "\"roles\":[\"COPROD_ROLE_CARER\"]", COPROD_ERROR_VALUE, { NULL, NULL }, "roles" },
  { "role none", "\"roles\":[\"none\"]", COPROD_ERROR_VALUE, { NULL, NULL }, "roles" },
  { "role nick in capitals", "\"roles\":[\"Carer\"]", COPROD_ERROR_VALUE, { "an unknown value", NULL }, "roles" },
  { "unknown access need", "\"access_needs\":[\"jetpack\"]", COPROD_ERROR_VALUE, { "an unknown value", NULL }, "access_needs" },
  { "unknown audience", "\"consent_audience\":\"everyone\"", COPROD_ERROR_VALUE,
    { "an unknown value", "public" }, "consent_audience" },

  /* bad dates */
  { "29 February 2023", "\"consent_date\":\"2023-02-29\"", COPROD_ERROR_DATE,
    { "the day is not in that month", NULL }, "consent_date" },
  { "month 13", "\"withdrawn_date\":\"2023-13\"", COPROD_ERROR_DATE, { "the month must be from 01 to 12", NULL }, "withdrawn_date" },
  { "two-digit year", "\"retain_until\":\"23-01-01\"", COPROD_ERROR_DATE, { "YYYY-MM-DD", NULL }, "retain_until" },
  { "empty date", "\"retain_until\":\"\"", COPROD_ERROR_DATE, { NULL, NULL }, "retain_until" },
  { "date and time", "\"consent_date\":\"2024-03-15T10:00:00Z\"", COPROD_ERROR_DATE,
    { NULL, NULL }, "consent_date" },
  { "29 February 1900", "\"retain_until\":\"1900-02-29\"", COPROD_ERROR_DATE, { NULL, NULL }, "retain_until" },
};

static void
test_person_json_bad_input (void **state)
{
  gsize i, j;

  for (i = 0; i < G_N_ELEMENTS (bad_cases); i++)
    {
      const BadCase *c = &bad_cases[i];
      g_autofree char *doc = NULL;
      g_autofree char *message = NULL;
      g_autofree char *member = g_strdup_printf ("member \"%s\"", c->member);

      /* a good person before the bad one: nothing of it may stay */
      doc = g_strdup_printf ("{\"format\":\"coprod\",\"version\":1,\"people\":["
                             "{\"id\":\"p-good\",\"name\":\"Jo Invented\"},"
                             "{\"id\":\"p-9\",\"access_note\":\"Mo Invented uses a wheelchair\",%s}]}",
                             c->members);
      message = coprod_test_load_expect_error (doc, c->code);

      assert_true (g_utf8_validate (message, -1, NULL));
      if (strstr (message, "people[1]") == NULL ||
          strstr (message, "id \"p-9\"") == NULL ||
          strstr (message, member) == NULL)
        fail_msg ("%s: message \"%s\" does not name people[1], id \"p-9\" and %s",
                  c->label, message, member);
      for (j = 0; j < G_N_ELEMENTS (c->parts); j++)
        if (c->parts[j] != NULL && strstr (message, c->parts[j]) == NULL)
          fail_msg ("%s: message \"%s\" does not say %s", c->label, message, c->parts[j]);
      /* and carries no personal data */
      if (strstr (message, "Invented") != NULL)
        fail_msg ("%s: message \"%s\" names a person", c->label, message);
    }
}

static void
test_person_json_bad_id (void **state)
{
  g_autofree char *missing = NULL;
  g_autofree char *empty = NULL;
  g_autofree char *spaced = NULL;
  g_autofree char *duplicate = NULL;
  g_autofree char *across = NULL;

  missing = coprod_test_load_expect_error (
    "{\"format\":\"coprod\",\"version\":1,\"people\":[{\"name\":\"Jo Invented\"}]}",
    COPROD_ERROR_ID);
  assert_non_null (strstr (missing, "people[0]"));
  assert_non_null (strstr (missing, "\"id\""));
  assert_non_null (strstr (missing, "missing"));

  empty = coprod_test_load_expect_error (
    "{\"format\":\"coprod\",\"version\":1,\"people\":[{\"id\":\"\"}]}",
    COPROD_ERROR_ID);
  assert_non_null (strstr (empty, "people[0]"));
  assert_non_null (strstr (empty, "member \"id\""));

  spaced = coprod_test_load_expect_error (
    "{\"format\":\"coprod\",\"version\":1,\"people\":[{\"id\":\" p-1\"}]}",
    COPROD_ERROR_ID);
  assert_non_null (strstr (spaced, "member \"id\""));

  duplicate = coprod_test_load_expect_error (
    "{\"format\":\"coprod\",\"version\":1,\"people\":[{\"id\":\"p-1\"},{\"id\":\"p-1\"}]}",
    COPROD_ERROR_DUPLICATE_ID);
  assert_non_null (strstr (duplicate, "people[1]"));
  assert_non_null (strstr (duplicate, "\"p-1\""));
  assert_non_null (strstr (duplicate, "people[0]"));

  /* ids are unique across collections, whichever comes first */
  across = coprod_test_load_expect_error (
    "{\"format\":\"coprod\",\"version\":1,"
    "\"people\":[{\"id\":\"x-1\"}],"
    "\"organisations\":[{\"id\":\"x-1\"}]}",
    COPROD_ERROR_DUPLICATE_ID);
  assert_non_null (strstr (across, "organisations[0]"));
  assert_non_null (strstr (across, "people[0]"));
  assert_non_null (strstr (across, "\"x-1\""));
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_person_new),
    cmocka_unit_test (test_person_property_flags),
    cmocka_unit_test (test_person_string_properties),
    cmocka_unit_test (test_person_roles),
    cmocka_unit_test (test_person_access_needs),
    cmocka_unit_test (test_person_consent_audience),
    cmocka_unit_test (test_person_payment_preference),
    cmocka_unit_test (test_person_consent_method),
    cmocka_unit_test (test_person_strv_properties),
    cmocka_unit_test (test_person_is_in_organisation),
    cmocka_unit_test (test_person_is_withdrawn),
    cmocka_unit_test (test_person_setters_notify_once),
    cmocka_unit_test (test_person_bad_date_through_setter),
    cmocka_unit_test (test_person_bad_flags_through_setter),
    cmocka_unit_test (test_person_json_roundtrip),
    cmocka_unit_test (test_person_json_members),
    cmocka_unit_test (test_person_json_load),
    cmocka_unit_test (test_person_json_bad_input),
    cmocka_unit_test (test_person_json_bad_id),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
