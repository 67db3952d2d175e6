/* test-reliability.c: what hostile and unlucky use found, each kept fixed
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Each test here reproduces a defect found by trying the library as a
 * hostile user, or an unlucky one, would: it failed before the fix.
 */
#include "config.h"

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include "coprod-codec-private.h"
#include "coprod-field-private.h"
#include "coprod-test-util.h"

/* A document whose @collection holds the one @record (JSON text) */
static char *
document_with (const char *collection,
               const char *record)
{
  return g_strdup_printf ("{\"format\": \"coprod\", \"version\": 1, \"%s\": [%s]}",
                          collection, record);
}

static void
assert_message_is_safe (const char *message)
{
  const char *p;

  assert_true (g_utf8_validate (message, -1, NULL));
  for (p = message; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_iscntrl (c) || (c >= 0x202A && c <= 0x202E) ||
          (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F)
        fail_msg ("the message passes U+%04X to the terminal: %s", c, message);
    }
}

/* 1. A document that loads can be saved: json-glib 1.6 writes "1e+21.0"
 * for a number with an exponent, which is not JSON. */
static void
test_exponent_numbers_save (void **state)
{
  g_autoptr(CoprodRegistry) registry = coprod_registry_new ();
  g_autoptr(CoprodRegistry) again = coprod_registry_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = coprod_test_tmp_path ("exponent.json");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *data = NULL;
  g_autofree char *data_again = NULL;
  g_autoptr(CoprodProject) project = NULL;
  g_autoptr(CoprodInvolvement) involvement = NULL;
  GListModel *involvements;

  assert_true (coprod_registry_load_from_data (registry,
      "{\"format\": \"coprod\", \"version\": 1, \"x\": 1e21, \"y\": [1e-300, -2.5E10],"
      " \"projects\": [{\"id\": \"pr\", \"involvements\": [{\"person_id\": \"p\","
      " \"stage\": \"doing\", \"mode\": \"partner\", \"hours\": 1e-8}]}]}", -1, &error));
  g_assert_no_error (error);

  data = coprod_registry_to_data (registry, NULL);
  assert_null (strstr (data, "e+21.0"));
  assert_null (strstr (data, "e-08.0"));
  assert_true (coprod_registry_load_from_data (again, data, -1, &error));
  g_assert_no_error (error);
  data_again = coprod_registry_to_data (again, NULL);
  assert_string_equal (data, data_again);

  involvements = coprod_project_get_involvements (COPROD_PROJECT (coprod_registry_lookup (again, "pr")));
  involvement = g_list_model_get_item (involvements, 0);
  assert_true (coprod_involvement_get_hours (involvement) == 1e-8);

  assert_true (coprod_registry_save_to_file (registry, file, NULL, &error));
  g_assert_no_error (error);

  /* and one made in code, not read */
  project = coprod_project_new ("pr-2", NULL);
  g_clear_object (&involvement);
  involvement = coprod_involvement_new ("p", COPROD_STAGE_PLANNING, COPROD_MODE_PARTNER);
  coprod_involvement_set_hours (involvement, 2.5e-7);
  coprod_project_add_involvement (project, involvement);
  assert_true (coprod_registry_add (registry, COPROD_RECORD (project), &error));
  assert_true (coprod_registry_save_to_file (registry, file, NULL, &error));
  g_assert_no_error (error);
}

/* 3. No message passes a control character from the input to a terminal */
static void
test_messages_never_pass_control_characters (void **state)
{
  const struct { const char *collection; const char *record; } cases[] = {
    { "people", "{\"id\": \"p-1\", \"organisation_ids\": [\"\\u001b]0;x\\u0007\\u001b[2J\"]}" },
    { "meetings", "{\"id\": \"m-1\", \"attendee_ids\": [\"\\u001b[2J\"]}" },
    { "meetings", "{\"id\": \"m-1\", \"project_id\": \"\\u001b[31mred\"}" },
    { "payments", "{\"id\": \"pay-1\", \"currency\": \"\\u001b[\"}" },
    { "people", "{\"id\": \"p-1\", \"retain_until\": \"\\u0007\\u001b[2J\"}" },
    { "people", "{\"id\": \"p-1\", \"roles\": [\"\\u202eevil\"]}" },
    { "organisations", "{\"id\": \"o-1\", \"sector\": \"\\u009b2J\"}" },
    { "organisations", "{\"id\": \"\\u001b[2J\"}" },
  };
  g_autoptr(CoprodRegistry) registry = coprod_registry_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(CoprodLadder) ladder = NULL;
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *json = document_with (cases[i].collection, cases[i].record);

      assert_false (coprod_registry_load_from_data (registry, json, -1, &error));
      assert_non_null (error);
      assert_message_is_safe (error->message);
      g_clear_error (&error);
    }

  assert_false (coprod_registry_remove (registry, "\x1b[2J\x07", &error));
  g_assert_error (error, COPROD_ERROR, COPROD_ERROR_NOT_FOUND);
  assert_message_is_safe (error->message);
  g_clear_error (&error);

  assert_null (coprod_registry_assess_project (registry, "\x1b]0;title\x07", &error));
  assert_message_is_safe (error->message);
  g_clear_error (&error);

  ladder = coprod_ladder_new_from_data (
    "{\"format\": \"coprod-ladder\", \"version\": 1, \"key\": \"k\", \"title\": \"t\","
    " \"steps\": [{\"key\": \"\\u001b[2J\", \"title\": \"s\", \"rungs\": [\"\\u001b[1m\"]}]}",
    -1, &error);
  assert_null (ladder);
  assert_message_is_safe (error->message);
}

/* 5. A FIFO, a socket or a device is not read: it could block for ever */
static void
test_fifo_is_refused (void **state)
{
  g_autofree char *path = coprod_test_tmp_path ("registry.fifo");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(CoprodRegistry) registry = coprod_registry_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  g_autoptr(GAsyncResult) result = NULL;
  CoprodTestAsyncWait wait = { loop, NULL };

  assert_int_equal (mkfifo (path, 0600), 0);

  assert_false (coprod_registry_load_from_file (registry, file, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE);
  g_clear_error (&error);

  coprod_registry_load_from_file_async (registry, file, NULL, coprod_test_async_ready, &wait);
  result = coprod_test_async_wait (&wait);
  assert_false (coprod_registry_load_from_file_finish (registry, result, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE);
  g_clear_error (&error);

  assert_null (coprod_ladder_new_from_file (file, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE);
}

/* 8. Setters refuse what could not be saved */
typedef struct
{
  CoprodPerson       *person;
  CoprodOutput       *output;
} Setters;

static void
set_invalid_values (gpointer data)
{
  Setters *s = data;
  const char * const bad_ids[] = { "o-1", " bad\tid ", NULL };
  const char * const bad_utf8[] = { "fine", "\xff\xfe", NULL };
  g_autofree char *huge = g_strnfill (COPROD_FIELD_MAX_TEXT + 1, 'x');
  g_autofree char *controls = g_strnfill (COPROD_FIELD_MAX_TEXT / 6 + 1, '\x01');

  coprod_person_set_name (s->person, "\xc3\x28");                 /* invalid UTF-8 */
  coprod_person_set_name (s->person, huge);                        /* 1 MiB + 1 */
  coprod_person_set_name (s->person, controls);                    /* over 1 MiB as written */
  coprod_person_set_organisation_ids (s->person, bad_ids);         /* not an id */
  coprod_person_set_skills_brought (s->person, bad_utf8);
  g_object_set (s->output, "project-id", "has space ", NULL);      /* not an id */
}

static void
test_setters_refuse_what_cannot_be_saved (void **state)
{
  g_autoptr(CoprodPerson) person = coprod_person_new ("p-1", "Sam Example");
  g_autoptr(CoprodOutput) output = g_object_new (COPROD_TYPE_OUTPUT, "id", "out-1", NULL);
  g_autoptr(CoprodRegistry) registry = coprod_registry_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *longest = g_strnfill (COPROD_FIELD_MAX_TEXT, 'x');
  g_autofree char *data = NULL;
  Setters s = { person, output };

  assert_int_equal (coprod_test_count_criticals (set_invalid_values, &s), 6);
  assert_string_equal (coprod_person_get_name (person), "Sam Example");
  assert_int_equal (g_strv_length ((char **) coprod_person_get_organisation_ids (person)), 0);
  assert_int_equal (g_strv_length ((char **) coprod_person_get_skills_brought (person)), 0);
  assert_null (coprod_output_get_project_id (output));

  /* the longest text a record holds is saved and read again */
  coprod_person_set_access_note (person, longest);
  assert_true (coprod_registry_add (registry, COPROD_RECORD (person), &error));
  data = coprod_registry_to_data (registry, NULL);
  {
    g_autoptr(CoprodRegistry) again = coprod_registry_new ();

    assert_true (coprod_registry_load_from_data (again, data, -1, &error));
    g_assert_no_error (error);
  }
}

/* 8. A record is in one registry at a time, an involvement in one project */
static void
add_involvement_twice (gpointer data)
{
  CoprodProject **projects = data;
  g_autoptr(CoprodInvolvement) involvement =
    coprod_involvement_new ("p-1", COPROD_STAGE_DOING, COPROD_MODE_PARTNER);

  coprod_project_add_involvement (projects[0], involvement);
  coprod_project_add_involvement (projects[1], involvement);
}

static void
test_one_owner (void **state)
{
  g_autoptr(CoprodRegistry) first = coprod_registry_new ();
  g_autoptr(CoprodRegistry) second = coprod_registry_new ();
  g_autoptr(CoprodPerson) person = coprod_person_new ("p-1", NULL);
  g_autoptr(CoprodProject) a = coprod_project_new ("pr-a", NULL);
  g_autoptr(CoprodProject) b = coprod_project_new ("pr-b", NULL);
  g_autoptr(CoprodInvolvement) moved = NULL;
  g_autoptr(GError) error = NULL;
  CoprodProject *projects[] = { a, b };

  assert_true (coprod_registry_add (first, COPROD_RECORD (person), &error));
  assert_false (coprod_registry_add (second, COPROD_RECORD (person), &error));
  g_assert_error (error, COPROD_ERROR, COPROD_ERROR_IN_USE);
  g_clear_error (&error);
  assert_int_equal (coprod_registry_get_n_records (second), 0);

  /* removed, it may go elsewhere; a cleared or finalized registry lets go */
  assert_true (coprod_registry_remove (first, "p-1", &error));
  assert_true (coprod_registry_add (second, COPROD_RECORD (person), &error));
  coprod_registry_clear (second);
  assert_true (coprod_registry_add (first, COPROD_RECORD (person), &error));
  g_clear_object (&first);
  assert_true (coprod_registry_add (second, COPROD_RECORD (person), &error));
  g_assert_no_error (error);

  /* a loaded registry's records are its own */
  {
    g_autoptr(CoprodRegistry) loaded = coprod_registry_new ();
    g_autoptr(CoprodRegistry) other = coprod_registry_new ();

    assert_true (coprod_registry_load_from_data (loaded,
      "{\"format\": \"coprod\", \"version\": 1, \"people\": [{\"id\": \"p-2\"}]}", -1, &error));
    assert_false (coprod_registry_add (other, coprod_registry_lookup (loaded, "p-2"), &error));
    g_assert_error (error, COPROD_ERROR, COPROD_ERROR_IN_USE);
    g_clear_error (&error);
  }

  /* the second project refuses the first's involvement */
  assert_int_equal (coprod_test_count_criticals (add_involvement_twice, projects), 1);
  assert_int_equal (g_list_model_get_n_items (coprod_project_get_involvements (a)), 1);
  assert_int_equal (g_list_model_get_n_items (coprod_project_get_involvements (b)), 0);

  /* removed from one, it can go into the other */
  moved = g_list_model_get_item (coprod_project_get_involvements (a), 0);
  assert_true (coprod_project_remove_involvement (a, moved));
  coprod_project_add_involvement (b, moved);
  assert_int_equal (g_list_model_get_n_items (coprod_project_get_involvements (b)), 1);

  /* and when its project is gone it is free again */
  g_clear_object (&b);
  coprod_project_add_involvement (a, moved);
  assert_int_equal (g_list_model_get_n_items (coprod_project_get_involvements (a)), 1);
}

/* 9. A registry that loads can be saved: indentation would take a
 * compact document near the size limit past it, so it is written compact */
static void
test_compact_when_indentation_would_pass_the_limit (void **state)
{
  g_autoptr(CoprodRegistry) registry = coprod_registry_new ();
  g_autoptr(CoprodRegistry) again = coprod_registry_new ();
  g_autoptr(GError) error = NULL;
  GListModel *collections[COPROD_N_COLLECTIONS];
  g_autofree char *pretty = NULL;
  g_autofree char *compact = NULL;
  gsize pretty_length, compact_length;
  guint i;

  for (i = 0; i < 200; i++)
    {
      g_autofree char *id = g_strdup_printf ("p-%u", i);
      g_autoptr(CoprodPerson) person = coprod_person_new (id, NULL);

      coprod_person_set_roles (person, COPROD_ROLE_LIVED_EXPERIENCE | COPROD_ROLE_CARER);
      assert_true (coprod_registry_add (registry, COPROD_RECORD (person), &error));
    }
  for (i = 0; i < COPROD_N_COLLECTIONS; i++)
    collections[i] = coprod_registry_get_collection (registry, _coprod_collections[i].get_type ());

  pretty = _coprod_codec_write_within (collections, registry, G_MAXSIZE, &pretty_length);
  assert_non_null (strchr (pretty, '\n'));

  compact = _coprod_codec_write_within (collections, registry, pretty_length - 1, &compact_length);
  assert_null (strchr (compact, '\n'));
  assert_true (compact_length < pretty_length * 2 / 3);

  assert_true (coprod_registry_load_from_data (again, compact, (gssize) compact_length, &error));
  g_assert_no_error (error);
  assert_int_equal (coprod_registry_get_n_records (again), 200);
}

/* 2. A document whose tree would not fit in the memory the process may
 * use is a GError, not an allocation that fails and aborts */
static gboolean
under_a_memory_tool (void)
{
#if defined(__SANITIZE_ADDRESS__)
  return TRUE;
#else
  const char *preload = g_getenv ("LD_PRELOAD");

  /* valgrind, and any preloaded sanitizer, manage the address space */
  return preload != NULL && (strstr (preload, "vgpreload") != NULL ||
                             strstr (preload, "asan") != NULL);
#endif
}

static void
test_memory_limit_is_an_error (void **state)
{
  GString *json;
  pid_t child;
  int status;
  guint i;

  /* the address space is the tool's to manage: a limit on it means
   * nothing there (and cmocka's skip reads as a failure in TAP) */
  if (under_a_memory_tool ())
    return;

  /* a million values in 2 MB of text */
  json = g_string_new ("{\"format\": \"coprod\", \"version\": 1, \"x\": [0");
  for (i = 1; i < 1000000; i++)
    g_string_append (json, ",0");
  g_string_append (json, "]}");

  child = fork ();
  assert_true (child >= 0);
  if (child == 0)
    {
      g_autoptr(CoprodRegistry) registry = coprod_registry_new ();
      g_autoptr(GError) error = NULL;
      g_autofree char *statm = NULL;
      unsigned long pages = 0;
      struct rlimit limit;

      /* room for 64 MB more than is mapped now: the tree would need far more */
      if (!g_file_get_contents ("/proc/self/statm", &statm, NULL, NULL) ||
          sscanf (statm, "%lu", &pages) != 1)
        _exit (3);
      limit.rlim_cur = limit.rlim_max = pages * (rlim_t) sysconf (_SC_PAGESIZE) + 64 * 1024 * 1024;
      if (setrlimit (RLIMIT_AS, &limit) != 0)
        _exit (3);

      if (coprod_registry_load_from_data (registry, json->str, (gssize) json->len, &error))
        _exit (1);
      _exit (g_error_matches (error, COPROD_ERROR, COPROD_ERROR_LIMIT) &&
             strstr (error->message, "memory") != NULL ? 0 : 2);
    }

  g_string_free (json, TRUE);
  assert_int_equal (waitpid (child, &status, 0), child);
  if (WIFSIGNALED (status))
    fail_msg ("the load was killed by signal %d", WTERMSIG (status));
  assert_true (WIFEXITED (status));
  assert_int_equal (WEXITSTATUS (status), 0);
}

/* A save never writes a document that does not load again: by
 * construction, shown here on values at every limit */
static void
test_what_is_saved_loads_again (void **state)
{
  g_autoptr(CoprodRegistry) registry = coprod_registry_new ();
  g_autoptr(CoprodRegistry) again = coprod_registry_new ();
  g_autoptr(CoprodRegistry) third = coprod_registry_new ();
  g_autoptr(CoprodPerson) person = coprod_person_new ("p-\xc3\xa9", "Si\xc3\xa2n \"Q\" \\ \x1f\x7f\t\xe2\x80\xae");
  g_autoptr(CoprodPayment) payment = g_object_new (COPROD_TYPE_PAYMENT, "id", "pay", NULL);
  g_autoptr(CoprodProject) project = coprod_project_new ("pr", NULL);
  g_autoptr(CoprodInvolvement) involvement =
    coprod_involvement_new ("p-\xc3\xa9", COPROD_STAGE_DOING, COPROD_MODE_PARTNER);
  g_autoptr(GError) error = NULL;
  g_autofree char *dels = g_strnfill (COPROD_FIELD_MAX_TEXT / 6, '\x7f');
  g_autofree char *data = NULL;
  g_autofree char *data_again = NULL;
  g_autofree char *data_third = NULL;
  GString *deep = g_string_new (NULL);
  guint i;

  /* the longest text, all of it escaped when written */
  coprod_person_set_access_note (person, dels);
  coprod_person_set_retain_until (person, "2027");
  coprod_payment_set_amount (payment, COPROD_MAX_EXACT_INT);
  coprod_involvement_set_hours (involvement, 4.9406564584124654e-324);
  coprod_project_add_involvement (project, involvement);
  assert_true (coprod_registry_add (registry, COPROD_RECORD (person), &error));
  assert_true (coprod_registry_add (registry, COPROD_RECORD (payment), &error));
  assert_true (coprod_registry_add (registry, COPROD_RECORD (project), &error));

  data = coprod_registry_to_data (registry, NULL);
  assert_true (coprod_registry_load_from_data (again, data, -1, &error));
  g_assert_no_error (error);
  data_again = coprod_registry_to_data (again, NULL);
  assert_string_equal (data, data_again);

  /* members kept unknown, nested as deep as the reader allows */
  g_string_append (deep, "{\"format\": \"coprod\", \"version\": 1, \"projects\": [{\"id\": \"pr\", "
                         "\"involvements\": [{\"person_id\": \"p\", \"x\": ");
  for (i = 0; i < 59; i++)
    g_string_append_c (deep, '[');
  g_string_append (deep, "1e-300");
  for (i = 0; i < 59; i++)
    g_string_append_c (deep, ']');
  g_string_append (deep, ", \"y\": {}, \"z\": [\"\\u001f\\u007f\\/\"]}]}], \"top\": {\"a\": [[], {}]}}");
  assert_true (coprod_registry_load_from_data (third, deep->str, -1, &error));
  g_assert_no_error (error);
  data_third = coprod_registry_to_data (third, NULL);
  g_clear_object (&third);
  third = coprod_registry_new ();
  assert_true (coprod_registry_load_from_data (third, data_third, -1, &error));
  g_assert_no_error (error);
  g_string_free (deep, TRUE);

  /* and what is too large is refused before anything is written */
  assert_false (_coprod_codec_check_size (11, 10, &error));
  g_assert_error (error, COPROD_ERROR, COPROD_ERROR_INVALID);
  assert_true (_coprod_codec_check_size (10, 10, NULL));
}

/* 9. The registry is read in one pass, yet a document with several
 * problems gives the one it would give read in three: a fault in the
 * bytes before a wrong header, a wrong header before a wrong record, a
 * record's id before its other members, its members before the objects
 * inside it, whatever order they are written in */
static void
test_one_pass_keeps_the_order_of_errors (void **state)
{
  const struct {
    const char *json;
    int         code;
    const char *starts;
  } cases[] = {
    /* a wrong record, then bytes that are not JSON */
    { "{\"format\": \"coprod\", \"version\": 1, \"people\": [{\"id\": \"p-1\", \"name\": 7}], \"x\": [1,]}",
      COPROD_ERROR_PARSE, "1:82:" },
    /* a wrong record, then a number out of range in a member kept unknown */
    { "{\"format\": \"coprod\", \"version\": 1, \"people\": [{\"id\": 5}], \"x\": 9007199254740992}",
      COPROD_ERROR_NUMBER, "1:64:" },
    /* a wrong record, then a repeated member in it */
    { "{\"format\": \"coprod\", \"version\": 1, \"people\": [{\"id\": \"p-1\", \"name\": 7, \"name\": \"x\"}]}",
      COPROD_ERROR_DUPLICATE_MEMBER, "1:72:" },
    /* a wrong record before the header that is wrong too */
    { "{\"people\": [{\"id\": \"p-1\", \"name\": 7}], \"format\": \"coprod\", \"version\": 2}",
      COPROD_ERROR_VERSION, "the document is format version 2" },
    { "{\"people\": [{\"name\": 7}], \"version\": 1}",
      COPROD_ERROR_FORMAT, "not a coprod document" },
    /* the id comes last: the message still names the record by it */
    { "{\"format\": \"coprod\", \"version\": 1, \"people\": [{\"name\": 7, \"id\": \"p-9\"}]}",
      COPROD_ERROR_TYPE, "people[0] (id \"p-9\"), member \"name\": expected a string" },
    /* a missing id before a wrong member */
    { "{\"format\": \"coprod\", \"version\": 1, \"people\": [{\"name\": 7}]}",
      COPROD_ERROR_ID, "people[0]: the member \"id\" is missing" },
    /* a wrong id after a wrong member */
    { "{\"format\": \"coprod\", \"version\": 1, \"people\": [{\"name\": 7, \"id\": \" p\"}]}",
      COPROD_ERROR_ID, "people[0], member \"id\"" },
    /* a wrong object inside, then a wrong member of the record */
    { "{\"format\": \"coprod\", \"version\": 1, \"projects\": [{\"id\": \"pr\", "
      "\"involvements\": [{\"hours\": -1}], \"title\": 3}]}",
      COPROD_ERROR_TYPE, "projects[0] (id \"pr\"), member \"title\"" },
    /* the first record with a problem */
    { "{\"format\": \"coprod\", \"version\": 1, \"people\": [{\"id\": \"p-1\"}, {\"id\": \"p-2\", "
      "\"roles\": [\"x\"]}, {\"id\": \"p-3\", \"name\": 1}]}",
      COPROD_ERROR_VALUE, "people[1] (id \"p-2\"), member \"roles\"" },
  };
  gsize i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *message = coprod_test_load_expect_error (cases[i].json, cases[i].code);

      if (!g_str_has_prefix (message, cases[i].starts))
        fail_msg ("case %" G_GSIZE_FORMAT ": \"%s\" does not start with \"%s\"",
                  i, message, cases[i].starts);
    }
}

/* 10. A message names members, ids and places, never a value (which may
 * hold a name, or say something about a person); for an enum it lists the
 * values allowed */
static void
test_messages_do_not_quote_text (void **state)
{
  const struct {
    const char *record;
    int         code;
    const char *said;     /* nullable: what the message must say */
  } cases[] = {
    { "{\"id\": \"p-1\", \"consent_date\": \"Ash Tully 2023\"}", COPROD_ERROR_DATE, NULL },
    { "{\"id\": \"p-1\", \"consent_date\": \"2023-13\"}", COPROD_ERROR_DATE, "the month must be from 01 to 12" },
    { "{\"id\": \"p-1\", \"consent_audience\": \"Ash Tully\"}", COPROD_ERROR_VALUE, NULL },
    { "{\"id\": \"p-1\", \"consent_audience\": \"everyone\"}", COPROD_ERROR_VALUE, "internal, partners, public" },
    { "{\"id\": \"p-1\", \"roles\": [\"Ash Tully\"]}", COPROD_ERROR_VALUE, NULL },
    { "{\"id\": \"p-1\", \"organisation_ids\": [\"Ash Tully \"]}", COPROD_ERROR_ID, NULL },
    { "{\"id\": \"Ash Tully \"}", COPROD_ERROR_ID, NULL },
  };
  gsize i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *json = document_with ("people", cases[i].record);
      g_autofree char *message = coprod_test_load_expect_error (json, cases[i].code);

      assert_message_is_safe (message);
      if (strstr (message, "Ash") != NULL || strstr (message, "Tully") != NULL)
        fail_msg ("the message quotes free text: %s", message);
      if (strstr (message, "2023-13") != NULL || strstr (message, "everyone") != NULL)
        fail_msg ("the message quotes the value: %s", message);
      if (cases[i].said != NULL && strstr (message, cases[i].said) == NULL)
        fail_msg ("the message does not say %s: %s", cases[i].said, message);
    }
}

/* 11. A text the reader lets in (1 MiB as written in the input) but that
 * would be longer than that as the library writes it (a DEL is written
 * as six bytes) is refused with an error, as the setters refuse it */
static void
test_text_longer_as_written_is_refused (void **state)
{
  g_autofree char *dels = g_strnfill (COPROD_FIELD_MAX_TEXT / 2, '\x7f');
  g_autofree char *record = g_strdup_printf ("{\"id\": \"p-1\", \"access_note\": \"%s\"}", dels);
  g_autofree char *json = document_with ("people", record);
  g_autofree char *message = coprod_test_load_expect_error (json, COPROD_ERROR_LIMIT);

  assert_true (g_str_has_prefix (message, "people[0] (id \"p-1\"), member \"access_note\""));
}

/* 12. An object whose record or registry is gone, but that is still in a
 * list someone holds, is free to go into another: its owner mark was
 * cleared, not left pointing at what was freed */
static void
test_owner_cleared_when_the_list_outlives_its_owner (void **state)
{
  g_autoptr(CoprodProject) project = coprod_project_new ("pr-1", NULL);
  g_autoptr(CoprodProject) other = coprod_project_new ("pr-2", NULL);
  g_autoptr(CoprodInvolvement) involvement =
    coprod_involvement_new ("p-1", COPROD_STAGE_DOING, COPROD_MODE_PARTNER);
  g_autoptr(CoprodInvolvement) kept = NULL;
  g_autoptr(GListModel) involvements = NULL;
  g_autoptr(CoprodRegistry) registry = coprod_registry_new ();
  g_autoptr(CoprodRegistry) second = coprod_registry_new ();
  g_autoptr(GListModel) people = NULL;
  g_autoptr(CoprodRecord) person = NULL;
  g_autoptr(GError) error = NULL;

  /* an involvement in a list that outlives its project */
  coprod_project_add_involvement (project, involvement);
  g_clear_object (&involvement);
  involvements = g_object_ref (coprod_project_get_involvements (project));
  g_clear_object (&project);
  kept = g_list_model_get_item (involvements, 0);
  coprod_project_add_involvement (other, kept);
  assert_int_equal (g_list_model_get_n_items (coprod_project_get_involvements (other)), 1);

  /* a record in a list that outlives its registry */
  assert_true (coprod_registry_load_from_data (registry,
               "{\"format\": \"coprod\", \"version\": 1, \"people\": [{\"id\": \"p-1\"}]}",
               -1, &error));
  g_assert_no_error (error);
  people = g_object_ref (coprod_registry_get_people (registry));
  g_clear_object (&registry);
  person = g_list_model_get_item (people, 0);
  assert_true (coprod_registry_add (second, person, &error));
  g_assert_no_error (error);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_exponent_numbers_save),
    cmocka_unit_test (test_messages_never_pass_control_characters),
    cmocka_unit_test (test_fifo_is_refused),
    cmocka_unit_test (test_setters_refuse_what_cannot_be_saved),
    cmocka_unit_test (test_one_owner),
    cmocka_unit_test (test_compact_when_indentation_would_pass_the_limit),
    cmocka_unit_test (test_memory_limit_is_an_error),
    cmocka_unit_test (test_what_is_saved_loads_again),
    cmocka_unit_test (test_one_pass_keeps_the_order_of_errors),
    cmocka_unit_test (test_messages_do_not_quote_text),
    cmocka_unit_test (test_text_longer_as_written_is_refused),
    cmocka_unit_test (test_owner_cleared_when_the_list_outlives_its_owner),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
