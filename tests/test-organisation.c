/* test-organisation.c: councils, NHS bodies, charities, ...
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "coprod-test-util.h"

static void
set_string (GValue     *value,
            const char *s)
{
  g_value_init (value, G_TYPE_STRING);
  g_value_set_string (value, s);
}

static void
test_organisation_new (void **state)
{
  CoprodOrganisation *org = coprod_organisation_new ("org-1", "Hill Forum");

  assert_true (COPROD_IS_RECORD (org));
  assert_string_equal (coprod_record_get_id (COPROD_RECORD (org)), "org-1");
  assert_string_equal (coprod_organisation_get_name (org), "Hill Forum");
  /* defaults */
  assert_int_equal (coprod_organisation_get_sector (org), COPROD_SECTOR_UNSPECIFIED);
  assert_null (coprod_organisation_get_area (org));
  assert_null (coprod_organisation_get_url (org));
  coprod_test_assert_finalized (org);
}

static void
test_organisation_new_without_name (void **state)
{
  CoprodOrganisation *org = coprod_organisation_new ("org-2", NULL);

  assert_null (coprod_organisation_get_name (org));
  coprod_test_assert_finalized (org);
}

static void
test_organisation_property_flags (void **state)
{
  CoprodOrganisation *org = coprod_organisation_new ("org-1", NULL);
  const char *names[] = { "id", "name", "sector", "area", "url" };
  gsize i;

  coprod_test_property_flags (org);

  /* exactly these properties, no more */
  for (i = 0; i < G_N_ELEMENTS (names); i++)
    assert_non_null (g_object_class_find_property (G_OBJECT_GET_CLASS (org), names[i]));
  {
    g_autofree GParamSpec **pspecs = NULL;
    guint n;

    pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (org), &n);
    assert_int_equal (n, G_N_ELEMENTS (names));
  }
  coprod_test_assert_finalized (org);
}

static void
test_organisation_string_properties (void **state)
{
  CoprodOrganisation *org = coprod_organisation_new ("org-1", NULL);
  const struct {
    const char *property;
    const char *value;
    const char *(*get) (CoprodOrganisation *);
  } cases[] = {
    { "name", "Riverside Carers Trust", coprod_organisation_get_name },
    { "area", "Riverside and the Hills", coprod_organisation_get_area },
    { "url", "https://riverside-carers.example/", coprod_organisation_get_url },
  };
  gsize i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;
      g_auto(GValue) null_value = G_VALUE_INIT;

      set_string (&value, cases[i].value);
      coprod_test_property_roundtrip (org, cases[i].property, &value);
      assert_string_equal (cases[i].get (org), cases[i].value);

      /* and back to unset */
      set_string (&null_value, NULL);
      coprod_test_property_roundtrip (org, cases[i].property, &null_value);
      assert_null (cases[i].get (org));
    }
  coprod_test_assert_finalized (org);
}

static void
test_organisation_sector (void **state)
{
  CoprodOrganisation *org = coprod_organisation_new ("org-1", NULL);
  g_autoptr(GEnumClass) eclass = g_type_class_ref (COPROD_TYPE_SECTOR);
  guint i;

  /* every sector, through the property and back */
  for (i = 0; i < eclass->n_values; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      if (eclass->values[i].value == (int) coprod_organisation_get_sector (org))
        continue;
      g_value_init (&value, COPROD_TYPE_SECTOR);
      g_value_set_enum (&value, eclass->values[i].value);
      coprod_test_property_roundtrip (org, "sector", &value);
      assert_int_equal (coprod_organisation_get_sector (org), eclass->values[i].value);
    }
  coprod_test_assert_finalized (org);
}

static void
test_organisation_setters_notify_once (void **state)
{
  CoprodOrganisation *org = coprod_organisation_new ("org-1", NULL);
  CoprodNotifyCounter name, sector, area, url;

  coprod_test_notify_counter_start (&name, org, "name");
  coprod_test_notify_counter_start (&sector, org, "sector");
  coprod_test_notify_counter_start (&area, org, "area");
  coprod_test_notify_counter_start (&url, org, "url");

  coprod_organisation_set_name (org, "Fen Voices");
  coprod_organisation_set_name (org, "Fen Voices");
  coprod_organisation_set_sector (org, COPROD_SECTOR_NHS);
  coprod_organisation_set_sector (org, COPROD_SECTOR_NHS);
  coprod_organisation_set_area (org, "Fenland");
  coprod_organisation_set_area (org, "Fenland");
  coprod_organisation_set_url (org, "https://fen.example/");
  coprod_organisation_set_url (org, "https://fen.example/");

  assert_int_equal (name.count, 1);
  assert_int_equal (sector.count, 1);
  assert_int_equal (area.count, 1);
  assert_int_equal (url.count, 1);

  /* a copy of the same text is the same value */
  {
    g_autofree char *copy = g_strdup ("Fen Voices");

    coprod_organisation_set_name (org, copy);
    assert_int_equal (name.count, 1);
  }

  /* each setter notifies its own property only */
  coprod_organisation_set_area (org, NULL);
  assert_int_equal (area.count, 2);
  assert_int_equal (name.count, 1);
  assert_int_equal (sector.count, 1);
  assert_int_equal (url.count, 1);

  coprod_test_notify_counter_stop (&name);
  coprod_test_notify_counter_stop (&sector);
  coprod_test_notify_counter_stop (&area);
  coprod_test_notify_counter_stop (&url);
  coprod_test_assert_finalized (org);
}

static void
set_bad_sector (gpointer data)
{
  coprod_organisation_set_sector (data, (CoprodSector) 999);
}

static void
test_organisation_bad_sector_refused (void **state)
{
  CoprodOrganisation *org = coprod_organisation_new ("org-1", NULL);
  CoprodNotifyCounter sector;

  coprod_organisation_set_sector (org, COPROD_SECTOR_CHARITY);
  coprod_test_notify_counter_start (&sector, org, "sector");
  assert_int_equal (coprod_test_count_criticals (set_bad_sector, org), 1);
  assert_int_equal (coprod_organisation_get_sector (org), COPROD_SECTOR_CHARITY);
  assert_int_equal (sector.count, 0);
  coprod_test_notify_counter_stop (&sector);
  coprod_test_assert_finalized (org);
}

static CoprodRegistry *
make_registry (void)
{
  CoprodRegistry *registry = coprod_registry_new ();
  g_autoptr(CoprodOrganisation) full = coprod_organisation_new ("org-full", "Riverside Carers Trust");
  g_autoptr(CoprodOrganisation) bare = coprod_organisation_new ("org-bare", NULL);
  g_autoptr(CoprodOrganisation) unicode = coprod_organisation_new ("org-\xc5\xb5", "Cymdeithas \xc5\xb4yl \"Dyffryn\"\n");
  g_autoptr(GError) error = NULL;

  coprod_organisation_set_sector (full, COPROD_SECTOR_COMMUNITY_INTEREST_COMPANY);
  coprod_organisation_set_area (full, "Riverside");
  coprod_organisation_set_url (full, "https://riverside-carers.example/");
  coprod_organisation_set_sector (unicode, COPROD_SECTOR_VOLUNTARY);

  assert_true (coprod_registry_add (registry, COPROD_RECORD (full), &error));
  assert_true (coprod_registry_add (registry, COPROD_RECORD (bare), &error));
  assert_true (coprod_registry_add (registry, COPROD_RECORD (unicode), &error));

  return registry;
}

static void
test_organisation_json_roundtrip (void **state)
{
  g_autoptr(CoprodRegistry) registry = make_registry ();
  g_autoptr(CoprodRegistry) again = coprod_registry_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  GListModel *orgs;
  guint i;

  coprod_test_assert_roundtrip (registry);

  data = coprod_registry_to_data (registry, NULL);
  if (!coprod_registry_load_from_data (again, data, -1, &error))
    fail_msg ("%s", error->message);

  orgs = coprod_registry_get_organisations (registry);
  assert_int_equal (g_list_model_get_n_items (coprod_registry_get_organisations (again)),
                    g_list_model_get_n_items (orgs));
  for (i = 0; i < g_list_model_get_n_items (orgs); i++)
    {
      g_autoptr(CoprodRecord) a = g_list_model_get_item (orgs, i);
      g_autoptr(CoprodRecord) b =
        g_list_model_get_item (coprod_registry_get_organisations (again), i);

      assert_string_equal (coprod_record_get_id (a), coprod_record_get_id (b));
      coprod_test_assert_same_properties (a, b);
    }
}

static void
test_organisation_json_members (void **state)
{
  g_autoptr(CoprodRegistry) registry = make_registry ();
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *data = coprod_registry_to_data (registry, NULL);
  JsonObject *top, *full, *bare;

  assert_true (json_parser_load_from_data (parser, data, -1, NULL));
  top = json_node_get_object (json_parser_get_root (parser));
  full = json_array_get_object_element (json_object_get_array_member (top, "organisations"), 0);
  bare = json_array_get_object_element (json_object_get_array_member (top, "organisations"), 1);

  assert_string_equal (json_object_get_string_member (full, "id"), "org-full");
  assert_string_equal (json_object_get_string_member (full, "name"), "Riverside Carers Trust");
  /* enums as their nicks */
  assert_string_equal (json_object_get_string_member (full, "sector"), "community-interest-company");
  assert_string_equal (json_object_get_string_member (full, "area"), "Riverside");
  assert_string_equal (json_object_get_string_member (full, "url"), "https://riverside-carers.example/");

  /* unset strings are left out, not written as null */
  assert_false (json_object_has_member (bare, "name"));
  assert_false (json_object_has_member (bare, "url"));
  assert_string_equal (json_object_get_string_member (bare, "sector"), "unspecified");
}

static void
test_organisation_json_load (void **state)
{
  g_autoptr(CoprodRegistry) registry = coprod_registry_new ();
  g_autoptr(GError) error = NULL;
  CoprodRecord *record;
  const char *doc =
    "{\"format\":\"coprod\",\"version\":1,\"organisations\":["
    "{\"id\":\"org-nhs\",\"name\":\"Fen Health Board\",\"sector\":\"nhs\","
    " \"area\":\"Fenland\",\"url\":null},"
    "{\"id\":\"org-la\",\"sector\":\"local-authority\"}]}";

  if (!coprod_registry_load_from_data (registry, doc, -1, &error))
    fail_msg ("%s", error->message);

  record = coprod_registry_lookup (registry, "org-nhs");
  assert_true (COPROD_IS_ORGANISATION (record));
  assert_string_equal (coprod_organisation_get_name (COPROD_ORGANISATION (record)), "Fen Health Board");
  assert_int_equal (coprod_organisation_get_sector (COPROD_ORGANISATION (record)), COPROD_SECTOR_NHS);
  assert_string_equal (coprod_organisation_get_area (COPROD_ORGANISATION (record)), "Fenland");
  assert_null (coprod_organisation_get_url (COPROD_ORGANISATION (record)));

  record = coprod_registry_lookup (registry, "org-la");
  assert_int_equal (coprod_organisation_get_sector (COPROD_ORGANISATION (record)),
                    COPROD_SECTOR_LOCAL_AUTHORITY);
  assert_null (coprod_organisation_get_name (COPROD_ORGANISATION (record)));
}

typedef struct
{
  const char *label;
  const char *record;     /* the JSON object of one organisation */
  int         code;
  const char *parts[3];   /* each must be in the message */
} BadCase;

#define DOC_HEAD "{\"format\":\"coprod\",\"version\":1,\"organisations\":["
#define DOC_TAIL "]}"

static const BadCase bad_cases[] = {
  { "name not a string", "{\"id\":\"org-1\",\"name\":42}",
    COPROD_ERROR_TYPE, { "id \"org-1\"", "member \"name\"", "expected a string" } },
  { "name an array", "{\"id\":\"org-1\",\"name\":[\"Hill\"]}",
    COPROD_ERROR_TYPE, { "id \"org-1\"", "member \"name\"", "an array" } },
  { "area an object", "{\"id\":\"org-1\",\"area\":{}}",
    COPROD_ERROR_TYPE, { "id \"org-1\"", "member \"area\"", "an object" } },
  { "url a boolean", "{\"id\":\"org-1\",\"url\":true}",
    COPROD_ERROR_TYPE, { "id \"org-1\"", "member \"url\"", "a boolean" } },
  { "sector unknown", "{\"id\":\"org-1\",\"sector\":\"quango\"}",
    COPROD_ERROR_VALUE, { "member \"sector\"", "unknown value", "local-authority" } },
  { "sector as a number", "{\"id\":\"org-1\",\"sector\":2}",
    COPROD_ERROR_TYPE, { "id \"org-1\"", "member \"sector\"", "an integer" } },
  { "sector by its C name", "{\"id\":\"org-1\",\"sector\":\"COPROD_SECTOR_NHS\"}",
    COPROD_ERROR_VALUE, { "id \"org-1\"", "member \"sector\"", NULL } },
  { "sector null", "{\"id\":\"org-1\",\"sector\":null}",
    COPROD_ERROR_TYPE, { "id \"org-1\"", "member \"sector\"", "null" } },
  { "id missing", "{\"name\":\"Hill Forum\"}",
    COPROD_ERROR_ID, { "organisations[0]", "\"id\"", "missing" } },
  { "id empty", "{\"id\":\"\",\"name\":\"Hill Forum\"}",
    COPROD_ERROR_ID, { "organisations[0]", "member \"id\"", "not a valid id" } },
  { "id with a trailing space", "{\"id\":\"org-1 \"}",
    COPROD_ERROR_ID, { "organisations[0]", "member \"id\"", NULL } },
  { "id a number", "{\"id\":7}",
    COPROD_ERROR_TYPE, { "organisations[0]", "member \"id\"", NULL } },
  { "not an object", "[\"org-1\"]",
    COPROD_ERROR_TYPE, { "organisations[0]", "expected an object", NULL } },
  { "duplicate id", "{\"id\":\"org-1\"},{\"id\":\"org-2\"},{\"id\":\"org-1\"}",
    COPROD_ERROR_DUPLICATE_ID, { "organisations[2]", "\"org-1\"", "organisations[0]" } },
};

static void
test_organisation_json_bad_input (void **state)
{
  gsize i, j;

  for (i = 0; i < G_N_ELEMENTS (bad_cases); i++)
    {
      const BadCase *c = &bad_cases[i];
      g_autofree char *doc = g_strconcat (DOC_HEAD, c->record, DOC_TAIL, NULL);
      g_autofree char *message = coprod_test_load_expect_error (doc, c->code);

      assert_true (g_utf8_validate (message, -1, NULL));
      for (j = 0; j < G_N_ELEMENTS (c->parts); j++)
        if (c->parts[j] != NULL && strstr (message, c->parts[j]) == NULL)
          fail_msg ("%s: message \"%s\" does not name %s", c->label, message, c->parts[j]);
    }
}

static void
test_organisation_duplicate_id_across_collections (void **state)
{
  g_autofree char *message = NULL;

  message = coprod_test_load_expect_error (
    "{\"format\":\"coprod\",\"version\":1,"
    "\"organisations\":[{\"id\":\"shared\",\"name\":\"Hill Forum\"}],"
    "\"people\":[{\"id\":\"shared\",\"name\":\"Jo Invented\"}]}",
    COPROD_ERROR_DUPLICATE_ID);
  assert_non_null (strstr (message, "people[0]"));
  assert_non_null (strstr (message, "\"shared\""));
  assert_non_null (strstr (message, "organisations[0]"));
  /* no personal data in the message */
  assert_null (strstr (message, "Jo Invented"));
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_organisation_new),
    cmocka_unit_test (test_organisation_new_without_name),
    cmocka_unit_test (test_organisation_property_flags),
    cmocka_unit_test (test_organisation_string_properties),
    cmocka_unit_test (test_organisation_sector),
    cmocka_unit_test (test_organisation_setters_notify_once),
    cmocka_unit_test (test_organisation_bad_sector_refused),
    cmocka_unit_test (test_organisation_json_roundtrip),
    cmocka_unit_test (test_organisation_json_members),
    cmocka_unit_test (test_organisation_json_load),
    cmocka_unit_test (test_organisation_json_bad_input),
    cmocka_unit_test (test_organisation_duplicate_id_across_collections),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
