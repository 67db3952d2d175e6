/* test-popolo.c: Popolo JSON out of a registry and into one
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "coprod-test-util.h"

static const char * const examples[] = {
  "coprod-example.json",
  "fife-lived-experience.json",
  "flse-leaflet.json",
  "skills-for-care.json",
  "stoke-family-cop.json",
  "worcestershire-building-together.json",
};

static CoprodRegistry *
load_example (const char *name)
{
  g_autoptr(CoprodRegistry) registry = coprod_registry_new ();
  g_autofree char *path = g_build_filename (g_getenv ("COPROD_EXAMPLES_DATA"), name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  assert_true (coprod_registry_load_from_file (registry, file, NULL, &error));
  assert_null (error);
  return g_steal_pointer (&registry);
}

static void
assert_same_string (const char *a,
                    const char *b)
{
  if (g_strcmp0 (a, b) != 0)
    fail_msg ("expected \"%s\", found \"%s\"", a ? a : "(null)", b ? b : "(null)");
}

static void
assert_same_strv (const char * const *a,
                  const char * const *b)
{
  guint n_a = a != NULL ? g_strv_length ((char **) a) : 0;
  guint n_b = b != NULL ? g_strv_length ((char **) b) : 0;
  guint i;

  assert_int_equal (n_a, n_b);
  for (i = 0; i < n_a; i++)
    assert_same_string (a[i], b[i]);
}

static void
assert_same_memberships (CoprodPartnership *a,
                         CoprodPartnership *b,
                         GHashTable        *withdrawn)
{
  GListModel *ma = coprod_partnership_get_memberships (a);
  GListModel *mb = coprod_partnership_get_memberships (b);
  guint i, j = 0, n = g_list_model_get_n_items (ma);

  for (i = 0; i < n; i++)
    {
      g_autoptr(CoprodMembership) x = g_list_model_get_item (ma, i);
      g_autoptr(CoprodMembership) y = NULL;

      if (g_hash_table_contains (withdrawn, coprod_membership_get_member_id (x)))
        continue;
      y = g_list_model_get_item (mb, j++);
      assert_non_null (y);
      assert_same_string (coprod_membership_get_member_id (x), coprod_membership_get_member_id (y));
      assert_same_string (coprod_membership_get_role (x), coprod_membership_get_role (y));
      assert_same_string (coprod_membership_get_post_id (x), coprod_membership_get_post_id (y));
      assert_same_string (coprod_membership_get_on_behalf_of_id (x),
                          coprod_membership_get_on_behalf_of_id (y));
      assert_same_string (coprod_membership_get_start_date (x), coprod_membership_get_start_date (y));
      assert_same_string (coprod_membership_get_end_date (x), coprod_membership_get_end_date (y));
      assert_int_equal (coprod_membership_get_lead (x), coprod_membership_get_lead (y));
      assert_int_equal (coprod_membership_get_paid (x), coprod_membership_get_paid (y));
    }
  assert_int_equal (j, g_list_model_get_n_items (mb));
}

/* registry -> Popolo -> registry keeps the people (but those who
 * withdrew), organisations, partnerships, posts and memberships, with
 * their dates, roles and post ids; and Popolo -> registry -> Popolo is
 * the same document */
static void
test_roundtrip_examples (void **state)
{
  guint e;

  (void) state;

  for (e = 0; e < G_N_ELEMENTS (examples); e++)
    {
      g_autoptr(CoprodRegistry) registry = load_example (examples[e]);
      g_autoptr(CoprodRegistry) copy = coprod_registry_new ();
      g_autoptr(GHashTable) withdrawn = g_hash_table_new (g_str_hash, g_str_equal);
      g_autoptr(GError) error = NULL;
      g_autofree char *popolo = NULL;
      g_autofree char *again = NULL;
      GListModel *people = coprod_registry_get_people (registry);
      GListModel *organisations = coprod_registry_get_organisations (registry);
      GListModel *partnerships = coprod_registry_get_partnerships (registry);
      GListModel *posts = coprod_registry_get_posts (registry);
      gsize length = 0, again_length = 0;
      guint i, n, n_people = 0;

      popolo = coprod_registry_to_popolo (registry, COPROD_AUDIENCE_INTERNAL,
                                          COPROD_POPOLO_FLAGS_NONE, &length);
      assert_non_null (popolo);
      assert_int_equal (strlen (popolo), length);
      assert_true (coprod_registry_import_popolo (copy, popolo, (gssize) length, &error));
      assert_null (error);

      n = g_list_model_get_n_items (people);
      for (i = 0; i < n; i++)
        {
          g_autoptr(CoprodPerson) person = g_list_model_get_item (people, i);
          const char *id = coprod_record_get_id (COPROD_RECORD (person));
          CoprodRecord *other = coprod_registry_lookup (copy, id);

          if (coprod_person_is_withdrawn (person))
            {
              g_hash_table_add (withdrawn, (gpointer) id);
              assert_null (other);
              continue;
            }
          n_people++;
          assert_true (COPROD_IS_PERSON (other));
          assert_same_string (coprod_person_get_name (person),
                              coprod_person_get_name (COPROD_PERSON (other)));
          assert_same_strv (coprod_person_get_organisation_ids (person),
                            coprod_person_get_organisation_ids (COPROD_PERSON (other)));
          /* no contact details without asking */
          assert_null (coprod_person_get_email (COPROD_PERSON (other)));
          assert_null (coprod_person_get_phone (COPROD_PERSON (other)));
        }
      assert_int_equal (g_list_model_get_n_items (coprod_registry_get_people (copy)), n_people);

      n = g_list_model_get_n_items (organisations);
      assert_int_equal (g_list_model_get_n_items (coprod_registry_get_organisations (copy)), n);
      for (i = 0; i < n; i++)
        {
          g_autoptr(CoprodOrganisation) org = g_list_model_get_item (organisations, i);
          CoprodRecord *other = coprod_registry_lookup (copy, coprod_record_get_id (COPROD_RECORD (org)));

          assert_true (COPROD_IS_ORGANISATION (other));
          assert_same_string (coprod_organisation_get_name (org),
                              coprod_organisation_get_name (COPROD_ORGANISATION (other)));
          assert_int_equal (coprod_organisation_get_sector (org),
                            coprod_organisation_get_sector (COPROD_ORGANISATION (other)));
          assert_same_string (coprod_organisation_get_area (org),
                              coprod_organisation_get_area (COPROD_ORGANISATION (other)));
          assert_same_string (coprod_organisation_get_url (org),
                              coprod_organisation_get_url (COPROD_ORGANISATION (other)));
        }

      n = g_list_model_get_n_items (partnerships);
      assert_int_equal (g_list_model_get_n_items (coprod_registry_get_partnerships (copy)), n);
      for (i = 0; i < n; i++)
        {
          g_autoptr(CoprodPartnership) prt = g_list_model_get_item (partnerships, i);
          CoprodRecord *other = coprod_registry_lookup (copy, coprod_record_get_id (COPROD_RECORD (prt)));
          CoprodPartnership *o;

          assert_true (COPROD_IS_PARTNERSHIP (other));
          o = COPROD_PARTNERSHIP (other);
          assert_same_string (coprod_partnership_get_name (prt), coprod_partnership_get_name (o));
          assert_int_equal (coprod_partnership_get_kind (prt), coprod_partnership_get_kind (o));
          assert_same_string (coprod_partnership_get_purpose (prt), coprod_partnership_get_purpose (o));
          assert_same_string (coprod_partnership_get_parent_id (prt), coprod_partnership_get_parent_id (o));
          assert_same_string (coprod_partnership_get_start_date (prt), coprod_partnership_get_start_date (o));
          assert_same_string (coprod_partnership_get_end_date (prt), coprod_partnership_get_end_date (o));
          assert_same_memberships (prt, o, withdrawn);
        }

      n = g_list_model_get_n_items (posts);
      assert_int_equal (g_list_model_get_n_items (coprod_registry_get_posts (copy)), n);
      for (i = 0; i < n; i++)
        {
          g_autoptr(CoprodPost) post = g_list_model_get_item (posts, i);
          CoprodRecord *other = coprod_registry_lookup (copy, coprod_record_get_id (COPROD_RECORD (post)));
          CoprodPost *o;

          assert_true (COPROD_IS_POST (other));
          o = COPROD_POST (other);
          assert_same_string (coprod_post_get_group_id (post), coprod_post_get_group_id (o));
          assert_same_string (coprod_post_get_label (post), coprod_post_get_label (o));
          assert_same_string (coprod_post_get_role (post), coprod_post_get_role (o));
          assert_same_string (coprod_post_get_start_date (post), coprod_post_get_start_date (o));
          assert_same_string (coprod_post_get_end_date (post), coprod_post_get_end_date (o));
          assert_int_equal (coprod_post_get_paid (post), coprod_post_get_paid (o));
          assert_int_equal (coprod_post_get_selection (post), coprod_post_get_selection (o));
        }

      /* Popolo -> registry -> Popolo */
      again = coprod_registry_to_popolo (copy, COPROD_AUDIENCE_INTERNAL,
                                         COPROD_POPOLO_FLAGS_NONE, &again_length);
      assert_int_equal (again_length, length);
      assert_string_equal (again, popolo);
    }
}

/* the Worcestershire board: ten seats, in Popolo */
static void
test_worcestershire_board (void **state)
{
  g_autoptr(CoprodRegistry) registry = load_example ("worcestershire-building-together.json");
  g_autofree char *popolo = coprod_registry_to_popolo (registry, COPROD_AUDIENCE_PUBLIC,
                                                       COPROD_POPOLO_FLAGS_NONE, NULL);
  g_autoptr(JsonNode) root = coprod_test_parse_json (popolo);
  JsonObject *top = json_node_get_object (root);
  JsonArray *posts = json_object_get_array_member (top, "posts");
  guint i, seats = 0;

  (void) state;

  for (i = 0; i < json_array_get_length (posts); i++)
    {
      JsonObject *post = json_array_get_object_element (posts, i);

      if (g_strcmp0 (json_object_get_string_member (post, "organization_id"), "prt-bt-board") == 0)
        seats++;
    }
  assert_int_equal (seats, 10);
  assert_true (json_object_has_member (top, "persons"));
  assert_true (json_object_has_member (top, "organizations"));
  assert_true (json_object_has_member (top, "memberships"));
}

static CoprodRegistry *
privacy_registry (void)
{
  g_autoptr(CoprodRegistry) registry = coprod_registry_new ();
  const char *json =
    "{\"format\": \"coprod\", \"version\": 1,"
    " \"people\": ["
    "  {\"id\": \"p-public\", \"name\": \"Pat Public\", \"consent_audience\": \"public\","
    "   \"email\": \"pat@example.org\", \"phone\": \"01234 567890\", \"roles\": [\"carer\"]},"
    "  {\"id\": \"p-partners\", \"name\": \"Pip Partners\", \"consent_audience\": \"partners\","
    "   \"email\": \"pip@example.org\"},"
    "  {\"id\": \"p-gone\", \"name\": \"Gil Gone\", \"consent_audience\": \"public\","
    "   \"consent_date\": \"2023-01-01\", \"withdrawn_date\": \"2024-01-01\"}],"
    " \"partnerships\": [{\"id\": \"prt-1\", \"name\": \"Forum\", \"kind\": \"forum\","
    "   \"memberships\": [{\"member_id\": \"p-public\", \"role\": \"chair\"},"
    "                     {\"member_id\": \"p-gone\", \"role\": \"member\"}]}]}";
  g_autoptr(GError) error = NULL;

  assert_true (coprod_registry_load_from_data (registry, json, -1, &error));
  return g_steal_pointer (&registry);
}

static void
test_personal_data (void **state)
{
  g_autoptr(CoprodRegistry) registry = privacy_registry ();
  g_autofree char *public_doc = NULL;
  g_autofree char *partners_doc = NULL;
  g_autofree char *contacts_doc = NULL;

  (void) state;

  public_doc = coprod_registry_to_popolo (registry, COPROD_AUDIENCE_PUBLIC,
                                          COPROD_POPOLO_FLAGS_NONE, NULL);
  assert_non_null (strstr (public_doc, "Pat Public"));
  assert_null (strstr (public_doc, "Pip Partners"));
  assert_non_null (strstr (public_doc, "\"p-partners\""));
  /* who withdrew is left out, with what names them */
  assert_null (strstr (public_doc, "Gil"));
  assert_null (strstr (public_doc, "p-gone"));
  /* no contacts, roles or consent */
  assert_null (strstr (public_doc, "example.org"));
  assert_null (strstr (public_doc, "01234"));
  assert_null (strstr (public_doc, "carer"));
  assert_null (strstr (public_doc, "consent"));

  partners_doc = coprod_registry_to_popolo (registry, COPROD_AUDIENCE_PARTNERS,
                                            COPROD_POPOLO_FLAGS_NONE, NULL);
  assert_non_null (strstr (partners_doc, "Pip Partners"));
  assert_null (strstr (partners_doc, "example.org"));

  /* contacts only when asked, and only for the people named */
  contacts_doc = coprod_registry_to_popolo (registry, COPROD_AUDIENCE_PUBLIC,
                                            COPROD_POPOLO_FLAGS_CONTACTS, NULL);
  assert_non_null (strstr (contacts_doc, "pat@example.org"));
  assert_non_null (strstr (contacts_doc, "01234 567890"));
  assert_null (strstr (contacts_doc, "pip@example.org"));
}

/* Popolo as another tool writes it: what libcoprod holds comes back */
static void
test_foreign_popolo (void **state)
{
  const char *doc =
    "{\"persons\": [{\"id\": \"person/1\", \"name\": \"Ann Other\", \"birth_date\": \"1970\","
    "   \"contact_details\": [{\"type\": \"email\", \"value\": \"ann@example.org\"},"
    "                         {\"type\": \"cell\", \"value\": \"07000 000000\"}]},"
    "  {\"id\": \"person/2\", \"name\": \"Bo Other\"}],"
    " \"organizations\": [{\"id\": \"org/council\", \"name\": \"A council\","
    "   \"classification\": \"local-authority\","
    "   \"links\": [{\"url\": \"https://example.org/a\"}, {\"url\": \"https://example.org/b\", \"note\": \"website\"}]},"
    "  {\"id\": \"org/assembly\", \"name\": \"An assembly\", \"classification\": \"legislature\"},"
    "  {\"id\": \"org/charity\", \"name\": \"A charity\", \"classification\": \"party\"}],"
    " \"posts\": [{\"id\": \"post/1\", \"label\": \"Seat 1\", \"organization_id\": \"org/assembly\","
    "   \"start_date\": \"2020-05\"}],"
    " \"memberships\": [{\"person_id\": \"person/1\", \"post_id\": \"post/1\", \"role\": \"member\","
    "   \"start_date\": \"2020-05-07\", \"on_behalf_of_id\": \"org/charity\"},"
    "  {\"member\": {\"@type\": \"Organization\", \"id\": \"org/council\"}, \"organization_id\": \"org/assembly\"},"
    "  {\"person_id\": \"person/2\", \"organization_id\": \"org/council\"}],"
    " \"areas\": [{\"id\": \"area/1\", \"name\": \"Somewhere\"}]}";
  g_autoptr(CoprodRegistry) registry = coprod_registry_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(CoprodMembership) first = NULL;
  g_autoptr(CoprodMembership) second = NULL;
  CoprodRecord *record;
  GListModel *memberships;
  g_autofree char *again = NULL;

  (void) state;

  assert_true (coprod_registry_import_popolo (registry, doc, -1, &error));
  assert_null (error);

  record = coprod_registry_lookup (registry, "person/1");
  assert_true (COPROD_IS_PERSON (record));
  assert_string_equal (coprod_person_get_email (COPROD_PERSON (record)), "ann@example.org");
  assert_string_equal (coprod_person_get_phone (COPROD_PERSON (record)), "07000 000000");

  /* an organization with posts and members, of no sector: a partnership */
  record = coprod_registry_lookup (registry, "org/assembly");
  assert_true (COPROD_IS_PARTNERSHIP (record));
  memberships = coprod_partnership_get_memberships (COPROD_PARTNERSHIP (record));
  assert_int_equal (g_list_model_get_n_items (memberships), 2);
  first = g_list_model_get_item (memberships, 0);
  assert_string_equal (coprod_membership_get_member_id (first), "person/1");
  assert_string_equal (coprod_membership_get_post_id (first), "post/1");
  assert_string_equal (coprod_membership_get_role (first), "member");
  assert_string_equal (coprod_membership_get_start_date (first), "2020-05-07");
  assert_string_equal (coprod_membership_get_on_behalf_of_id (first), "org/charity");
  second = g_list_model_get_item (memberships, 1);
  assert_string_equal (coprod_membership_get_member_id (second), "org/council");

  record = coprod_registry_lookup (registry, "org/council");
  assert_true (COPROD_IS_ORGANISATION (record));
  assert_int_equal (coprod_organisation_get_sector (COPROD_ORGANISATION (record)),
                    COPROD_SECTOR_LOCAL_AUTHORITY);
  assert_string_equal (coprod_organisation_get_url (COPROD_ORGANISATION (record)),
                       "https://example.org/b");
  record = coprod_registry_lookup (registry, "org/charity");
  assert_true (COPROD_IS_ORGANISATION (record));
  assert_int_equal (coprod_organisation_get_sector (COPROD_ORGANISATION (record)), COPROD_SECTOR_OTHER);

  /* a membership of an organisation: the person's organisation ids */
  record = coprod_registry_lookup (registry, "person/2");
  assert_string_equal (coprod_person_get_organisation_ids (COPROD_PERSON (record))[0], "org/council");

  record = coprod_registry_lookup (registry, "post/1");
  assert_string_equal (coprod_post_get_group_id (COPROD_POST (record)), "org/assembly");
  assert_null (coprod_registry_lookup (registry, "area/1"));

  /* and out again: what libcoprod holds is there; birth dates and areas are not */
  again = coprod_registry_to_popolo (registry, COPROD_AUDIENCE_INTERNAL,
                                     COPROD_POPOLO_FLAGS_CONTACTS, NULL);
  assert_non_null (strstr (again, "\"post_id\" : \"post/1\""));
  assert_non_null (strstr (again, "\"on_behalf_of_id\" : \"org/charity\""));
  assert_non_null (strstr (again, "ann@example.org"));
  assert_null (strstr (again, "birth_date"));
  assert_null (strstr (again, "area/1"));
}

typedef struct
{
  const char *doc;
  int         code;
  const char *where;
} Malformed;

static void
test_malformed (void **state)
{
  const Malformed cases[] = {
    { "{\"persons\": [", COPROD_ERROR_PARSE, "1:" },
    { "[]", COPROD_ERROR_FORMAT, "top level" },
    { "{\"people\": []}", COPROD_ERROR_FORMAT, "persons" },
    { "{\"persons\": {}}", COPROD_ERROR_TYPE, "persons" },
    { "{\"persons\": [3]}", COPROD_ERROR_TYPE, "persons[0]" },
    { "{\"persons\": [{\"name\": \"A\"}]}", COPROD_ERROR_VALUE, "persons[0], member \"id\"" },
    { "{\"persons\": [{\"id\": \" x\"}]}", COPROD_ERROR_ID, "persons[0], member \"id\"" },
    { "{\"persons\": [{\"id\": \"a\"}, {\"id\": \"a\"}]}", COPROD_ERROR_DUPLICATE_ID, "persons[1]" },
    { "{\"persons\": [{\"id\": \"a\"}], \"organizations\": [{\"id\": \"a\"}]}",
      COPROD_ERROR_DUPLICATE_ID, "organizations[0]" },
    { "{\"persons\": [{\"id\": \"a\", \"name\": 3}]}", COPROD_ERROR_TYPE, "member \"name\"" },
    { "{\"persons\": [{\"id\": \"a\", \"contact_details\": 3}]}", COPROD_ERROR_TYPE, "contact_details" },
    { "{\"persons\": [{\"id\": \"a\", \"contact_details\": [{\"value\": \"x\"}]}]}",
      COPROD_ERROR_VALUE, "persons[0].contact_details[0], member \"type\"" },
    { "{\"organizations\": [{\"id\": \"o\", \"classification\": \"forum\", \"founding_date\": \"2023-13\"}]}",
      COPROD_ERROR_DATE, "organizations[0], member \"founding_date\"" },
    { "{\"organizations\": [{\"id\": \"o\", \"links\": [{\"note\": \"x\"}]}]}",
      COPROD_ERROR_VALUE, "organizations[0].links[0], member \"url\"" },
    { "{\"posts\": [{\"id\": \"s\", \"paid\": \"yes\"}]}", COPROD_ERROR_TYPE, "posts[0], member \"paid\"" },
    { "{\"posts\": [{\"id\": \"s\", \"selection\": \"coin-toss\"}]}", COPROD_ERROR_VALUE, "member \"selection\"" },
    { "{\"memberships\": [{\"person_id\": \"a\", \"organization_id\": \"o\"}]}",
      COPROD_ERROR_NOT_FOUND, "memberships[0], member \"organization_id\"" },
    { "{\"memberships\": [{\"organization_id\": \"o\"}]}", COPROD_ERROR_FORMAT, "memberships[0]" },
    { "{\"organizations\": [{\"id\": \"o\", \"classification\": \"forum\"}],"
      " \"memberships\": [{\"person_id\": \"a\", \"organization_id\": \"o\", \"end_date\": \"soon\"}]}",
      COPROD_ERROR_DATE, "memberships[0], member \"end_date\"" },
    { "{\"organizations\": [{\"id\": \"o\", \"classification\": \"charity\"}],"
      " \"memberships\": [{\"person_id\": \"nobody\", \"organization_id\": \"o\"}]}",
      COPROD_ERROR_NOT_FOUND, "memberships[0]" },
    { "{\"persons\": [{\"id\": \"a\", \"name\": \"x\"}], \"persons\": []}", COPROD_ERROR_DUPLICATE_MEMBER, "" },
    /* the id of a record already in the registry */
    { "{\"persons\": [{\"id\": \"p-already\"}]}", COPROD_ERROR_DUPLICATE_ID, "already in the registry" },
  };
  guint i;

  (void) state;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CoprodRegistry) registry = coprod_registry_new ();
      g_autoptr(CoprodPerson) person = coprod_person_new ("p-already", "Someone");
      g_autoptr(GError) error = NULL;
      g_autofree char *before = NULL;
      g_autofree char *after = NULL;

      assert_true (coprod_registry_add (registry, COPROD_RECORD (person), NULL));
      before = coprod_registry_to_data (registry, NULL);

      if (coprod_registry_import_popolo (registry, cases[i].doc, -1, &error))
        fail_msg ("case %u: imported", i);
      if (!g_error_matches (error, COPROD_ERROR, cases[i].code))
        fail_msg ("case %u: expected code %d, found %d: %s", i, cases[i].code, error->code, error->message);
      if (strstr (error->message, cases[i].where) == NULL)
        fail_msg ("case %u: \"%s\" does not say \"%s\"", i, error->message, cases[i].where);

      /* the registry is as it was */
      after = coprod_registry_to_data (registry, NULL);
      assert_string_equal (before, after);
      assert_int_equal (coprod_registry_get_n_records (registry), 1);
    }
}

/* an import merges: what the registry held stays, and posts may name its groups */
static void
test_import_merges (void **state)
{
  g_autoptr(CoprodRegistry) registry = load_example ("worcestershire-building-together.json");
  g_autoptr(GError) error = NULL;
  guint before = coprod_registry_get_n_records (registry);
  const char *doc = "{\"persons\": [{\"id\": \"p-new\", \"name\": \"New\"}],"
                    " \"posts\": [{\"id\": \"post-new\", \"organization_id\": \"prt-bt-board\"}]}";

  (void) state;

  assert_true (coprod_registry_import_popolo (registry, doc, -1, &error));
  assert_int_equal (coprod_registry_get_n_records (registry), before + 2);
  assert_true (coprod_registry_get_modified (registry));
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_roundtrip_examples),
    cmocka_unit_test (test_worcestershire_board),
    cmocka_unit_test (test_personal_data),
    cmocka_unit_test (test_foreign_popolo),
    cmocka_unit_test (test_malformed),
    cmocka_unit_test (test_import_merges),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
