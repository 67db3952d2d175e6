/* test-record.c: the base of every stored thing
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "coprod-test-util.h"

static void
test_record_abstract (void **state)
{
  assert_true (G_TYPE_IS_ABSTRACT (COPROD_TYPE_RECORD));
  assert_true (G_TYPE_IS_DERIVABLE (COPROD_TYPE_RECORD));
  assert_true (g_type_is_a (COPROD_TYPE_PERSON, COPROD_TYPE_RECORD));
  assert_true (g_type_is_a (COPROD_TYPE_ORGANISATION, COPROD_TYPE_RECORD));
}

static void
test_record_id_construct_only (void **state)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (COPROD_TYPE_PERSON);
  CoprodPerson *person;
  GParamSpec *pspec;
  g_autofree char *id = NULL;

  pspec = g_object_class_find_property (G_OBJECT_CLASS (klass), "id");
  assert_non_null (pspec);
  assert_true (pspec->owner_type == COPROD_TYPE_RECORD);
  assert_true (G_PARAM_SPEC_VALUE_TYPE (pspec) == G_TYPE_STRING);
  assert_true (pspec->flags & G_PARAM_READABLE);
  assert_true (pspec->flags & G_PARAM_WRITABLE);
  assert_true (pspec->flags & G_PARAM_CONSTRUCT_ONLY);
  assert_null (g_param_spec_get_default_value (pspec)->data[0].v_pointer);

  person = g_object_new (COPROD_TYPE_PERSON, "id", "p-construct", NULL);
  assert_string_equal (coprod_record_get_id (COPROD_RECORD (person)), "p-construct");
  g_object_get (person, "id", &id, NULL);
  assert_string_equal (id, "p-construct");
  coprod_test_assert_finalized (person);
}

static void
test_record_id_unset (void **state)
{
  CoprodOrganisation *org = g_object_new (COPROD_TYPE_ORGANISATION, NULL);
  g_autoptr(CoprodRegistry) registry = coprod_registry_new ();
  g_autoptr(GError) error = NULL;

  /* a record made without an id has none, and no registry takes it */
  assert_null (coprod_record_get_id (COPROD_RECORD (org)));
  assert_false (coprod_registry_add (registry, COPROD_RECORD (org), &error));
  assert_true (g_error_matches (error, COPROD_ERROR, COPROD_ERROR_ID));
  assert_int_equal (coprod_registry_get_n_records (registry), 0);
  coprod_test_assert_finalized (org);
}

static void
test_record_id_from_constructor (void **state)
{
  CoprodPerson *person = coprod_person_new ("p-ctor", "Alex Invented");
  CoprodOrganisation *org = coprod_organisation_new ("org-ctor", "Hill Forum");

  assert_string_equal (coprod_record_get_id (COPROD_RECORD (person)), "p-ctor");
  assert_string_equal (coprod_record_get_id (COPROD_RECORD (org)), "org-ctor");
  coprod_test_assert_finalized (person);
  coprod_test_assert_finalized (org);
}

typedef struct
{
  const char *label;
  const char *id;
  gboolean    valid;
} IdCase;

static void
test_record_id_is_valid (void **state)
{
  g_autofree char *len_255 = g_strnfill (255, 'a');
  g_autofree char *len_256 = g_strnfill (256, 'b');
  g_autofree char *len_257 = g_strnfill (257, 'c');
  /* 128 two-byte characters are 256 bytes; one more byte is too many */
  g_autoptr(GString) utf8_256 = g_string_new (NULL);
  g_autoptr(GString) utf8_257 = g_string_new ("x");
  guint i;

  for (i = 0; i < 128; i++)
    {
      g_string_append (utf8_256, "\xc3\xa9");
      g_string_append (utf8_257, "\xc3\xa9");
    }

  {
    const IdCase cases[] = {
      { "NULL", NULL, FALSE },
      { "empty", "", FALSE },
      { "one character", "p", TRUE },
      { "typical", "p-1", TRUE },
      { "dots and colons", "org:nhs.fife/2024", TRUE },
      { "inner space", "p 1", TRUE },
      { "255 bytes", len_255, TRUE },
      { "256 bytes", len_256, TRUE },
      { "257 bytes", len_257, FALSE },
      { "256 bytes of UTF-8", utf8_256->str, TRUE },
      { "257 bytes of UTF-8", utf8_257->str, FALSE },
      { "non-ASCII", "p-\xc3\xa9l\xc3\xa8ve", TRUE },
      { "Welsh", "person-\xc5\xb5", TRUE },
      { "emoji", "p-\xf0\x9f\x98\x80", TRUE },
      { "tab", "p\t1", FALSE },
      { "newline", "p-1\n", FALSE },
      { "carriage return", "p\r1", FALSE },
      { "escape", "p\x1b[1m", FALSE },
      { "DEL", "p\x7f", FALSE },
      { "C1 control", "p\xc2\x85", FALSE },
      { "leading space", " p-1", FALSE },
      { "trailing space", "p-1 ", FALSE },
      { "only a space", " ", FALSE },
      { "leading no-break space", "\xc2\xa0p", FALSE },
      { "trailing ideographic space", "p\xe3\x80\x80", FALSE },
      { "invalid UTF-8 byte", "p-\xff", FALSE },
      { "lone continuation byte", "\x80p", FALSE },
      { "truncated sequence", "p-\xc3", FALSE },
      { "overlong encoding", "p-\xc0\xaf", FALSE },
      { "surrogate", "p-\xed\xa0\x80", FALSE },
    };

    for (i = 0; i < G_N_ELEMENTS (cases); i++)
      if (coprod_record_id_is_valid (cases[i].id) != cases[i].valid)
        fail_msg ("%s: expected %s", cases[i].label,
                  cases[i].valid ? "valid" : "invalid");
  }

  assert_int_equal (strlen (utf8_256->str), 256);
  assert_int_equal (strlen (utf8_257->str), 257);
}

static void
test_record_invalid_id_refused_by_registry (void **state)
{
  const char *bad[] = { "", " p", "p ", "p\n", "p-\xff" };
  g_autoptr(CoprodRegistry) registry = coprod_registry_new ();
  gsize i;

  for (i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(CoprodPerson) person = coprod_person_new (bad[i], "Jo Invented");
      g_autoptr(GError) error = NULL;

      assert_false (coprod_registry_add (registry, COPROD_RECORD (person), &error));
      assert_true (g_error_matches (error, COPROD_ERROR, COPROD_ERROR_ID));
      /* the message is UTF-8 even when the id is not */
      assert_true (g_utf8_validate (error->message, -1, NULL));
    }
  assert_int_equal (coprod_registry_get_n_records (registry), 0);
}

static const char unknown_doc[] =
  "{\n"
  "  \"format\": \"coprod\",\n"
  "  \"version\": 1,\n"
  "  \"organisations\": [\n"
  "    { \"id\": \"org-1\", \"name\": \"Hill Forum\", \"charity_number\": \"000000\" }\n"
  "  ],\n"
  "  \"people\": [\n"
  "    { \"zeta\": { \"nested\": [1, 2, {\"deep\": true}] },\n"
  "      \"id\": \"p-1\",\n"
  "      \"name\": \"Kit Invented\",\n"
  "      \"alpha\": [\"x\", null, 3.5],\n"
  "      \"retain-until\": \"not a date, and not a property\",\n"
  "      \"Name\": \"capitalised: not the name\",\n"
  "      \"roles\": [\"carer\"],\n"
  "      \"mid\": null\n"
  "    },\n"
  "    { \"id\": \"p-2\", \"name\": \"Lee Invented\" }\n"
  "  ]\n"
  "}\n";

static void
test_record_unknown_members_kept (void **state)
{
  g_autoptr(CoprodRegistry) registry = coprod_registry_new ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) members = NULL;
  g_auto(GStrv) none = NULL;
  g_auto(GStrv) org_members = NULL;
  CoprodRecord *p1, *p2;
  const char *expected[] = { "zeta", "alpha", "retain-until", "Name", "mid", NULL };

  if (!coprod_registry_load_from_data (registry, unknown_doc, -1, &error))
    fail_msg ("%s", error->message);

  p1 = coprod_registry_lookup (registry, "p-1");
  p2 = coprod_registry_lookup (registry, "p-2");
  assert_non_null (p1);
  assert_non_null (p2);

  /* known members were read as properties, the others kept in order */
  assert_string_equal (coprod_person_get_name (COPROD_PERSON (p1)), "Kit Invented");
  assert_int_equal (coprod_person_get_roles (COPROD_PERSON (p1)), COPROD_ROLE_CARER);
  assert_null (coprod_person_get_retain_until (COPROD_PERSON (p1)));

  members = coprod_record_dup_unknown_members (p1);
  assert_non_null (members);
  if (!g_strv_equal ((const char * const *) members, expected))
    {
      g_autofree char *got = g_strjoinv (", ", members);

      fail_msg ("unknown members: %s", got);
    }

  none = coprod_record_dup_unknown_members (p2);
  assert_non_null (none);
  assert_null (none[0]);

  org_members = coprod_record_dup_unknown_members (coprod_registry_lookup (registry, "org-1"));
  assert_int_equal (g_strv_length (org_members), 1);
  assert_string_equal (org_members[0], "charity_number");
}

static void
test_record_unknown_members_none_when_made (void **state)
{
  g_autoptr(CoprodPerson) person = coprod_person_new ("p-new", NULL);
  g_auto(GStrv) members = coprod_record_dup_unknown_members (COPROD_RECORD (person));

  assert_non_null (members);
  assert_null (members[0]);
}

static void
test_record_unknown_members_written_back (void **state)
{
  g_autoptr(CoprodRegistry) registry = coprod_registry_new ();
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  g_autoptr(GList) names = NULL;
  JsonObject *top, *person, *zeta;
  JsonArray *people, *alpha;
  GList *l;
  const char *unknown[] = { "zeta", "alpha", "retain-until", "Name", "mid" };
  guint n_members, first_unknown, i;

  if (!coprod_registry_load_from_data (registry, unknown_doc, -1, &error))
    fail_msg ("%s", error->message);

  data = coprod_registry_to_data (registry, NULL);
  assert_true (json_parser_load_from_data (parser, data, -1, NULL));
  top = json_node_get_object (json_parser_get_root (parser));
  people = json_object_get_array_member (top, "people");
  person = json_array_get_object_element (people, 0);

  /* the known members come first, "id" leading; then the unknown ones,
   * in the order they were read */
  names = json_object_get_members (person);
  n_members = g_list_length (names);
  assert_true (n_members > G_N_ELEMENTS (unknown));
  assert_string_equal (names->data, "id");
  first_unknown = n_members - G_N_ELEMENTS (unknown);
  for (l = names, i = 0; l != NULL; l = l->next, i++)
    {
      const char *name = l->data;

      if (i < first_unknown)
        {
          guint j;

          for (j = 0; j < G_N_ELEMENTS (unknown); j++)
            if (g_str_equal (name, unknown[j]))
              fail_msg ("unknown member \"%s\" written among the known ones", name);
        }
      else if (!g_str_equal (name, unknown[i - first_unknown]))
        {
          fail_msg ("member %u is \"%s\", expected \"%s\"",
                    i, name, unknown[i - first_unknown]);
        }
    }

  /* the values are written back unchanged */
  zeta = json_object_get_object_member (person, "zeta");
  assert_non_null (zeta);
  assert_int_equal (json_array_get_length (json_object_get_array_member (zeta, "nested")), 3);
  alpha = json_object_get_array_member (person, "alpha");
  assert_int_equal (json_array_get_length (alpha), 3);
  assert_true (json_array_get_null_element (alpha, 1));
  assert_true (json_array_get_double_element (alpha, 2) == 3.5);
  assert_string_equal (json_object_get_string_member (person, "retain-until"),
                       "not a date, and not a property");
  assert_string_equal (json_object_get_string_member (person, "Name"),
                       "capitalised: not the name");
  assert_true (json_object_get_null_member (person, "mid"));
  assert_string_equal (json_object_get_string_member (person, "name"), "Kit Invented");

  assert_string_equal (json_object_get_string_member (
                         json_array_get_object_element (
                           json_object_get_array_member (top, "organisations"), 0),
                         "charity_number"),
                       "000000");

  /* and survive any number of round trips */
  coprod_test_assert_roundtrip (registry);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_record_abstract),
    cmocka_unit_test (test_record_id_construct_only),
    cmocka_unit_test (test_record_id_unset),
    cmocka_unit_test (test_record_id_from_constructor),
    cmocka_unit_test (test_record_id_is_valid),
    cmocka_unit_test (test_record_invalid_id_refused_by_registry),
    cmocka_unit_test (test_record_unknown_members_kept),
    cmocka_unit_test (test_record_unknown_members_none_when_made),
    cmocka_unit_test (test_record_unknown_members_written_back),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
