/* test-halves.c: a document read by two threads is the document one pass reads
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A large document is read in two halves (coprod-codec.c, "Reading in two
 * halves"). These tests read small documents in two halves whenever a
 * place to split them is found, and check that the result is the one
 * pass's, record for record and byte for byte as saved; that an id and
 * every reference to it are one string across the halves; and that a
 * document with a problem in either half gives the one pass's error.
 */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "coprod-codec-private.h"
#include "coprod-field-private.h"
#include "coprod-test-util.h"

static const char *examples[] = {
  "coprod-example.json",
  "fife-lived-experience.json",
  "flse-leaflet.json",
  "skills-for-care.json",
  "stoke-family-cop.json",
  "worcestershire-building-together.json",
};

static char *
example_text (const char *name,
              gsize      *length)
{
  g_autofree char *path = g_build_filename (g_getenv ("COPROD_EXAMPLES_DATA"), name, NULL);
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  g_file_get_contents (path, &text, length, &error);
  assert_null (error);
  return text;
}

static void
assert_same_result (CoprodDocument *one,
                    GError         *one_error,
                    CoprodDocument *two,
                    GError         *two_error)
{
  if (one == NULL)
    {
      assert_non_null (one_error);
      assert_null (two);
      assert_non_null (two_error);
      assert_int_equal (one_error->domain, two_error->domain);
      assert_int_equal (one_error->code, two_error->code);
      assert_string_equal (one_error->message, two_error->message);
      return;
    }

  assert_non_null (two);
  {
    g_autofree char *one_text = _coprod_document_write (one);
    g_autofree char *two_text = _coprod_document_write (two);

    assert_string_equal (one_text, two_text);
    assert_int_equal (g_hash_table_size (one->index), g_hash_table_size (two->index));
  }
}

/* Reads @data in one pass, in two halves with a second thread, and in
 * two halves in turn: the same document or the same error. Returns
 * whether the halves were used. */
static gboolean
assert_halves_agree (const char *data,
                     gsize       length)
{
  g_autoptr(GError) one_error = NULL;
  g_autoptr(GError) two_error = NULL;
  g_autoptr(GError) turn_error = NULL;
  g_autoptr(CoprodDocument) one = NULL;
  g_autoptr(CoprodDocument) two = NULL;
  g_autoptr(CoprodDocument) turn = NULL;
  gboolean one_halved = TRUE, two_halved = FALSE, turn_halved = FALSE;

  one = _coprod_codec_read_with (data, length, COPROD_CODEC_HALVES_NEVER, &one_halved, &one_error);
  two = _coprod_codec_read_with (data, length, COPROD_CODEC_HALVES_ALWAYS, &two_halved, &two_error);
  turn = _coprod_codec_read_with (data, length, COPROD_CODEC_HALVES_IN_TURN, &turn_halved, &turn_error);
  assert_false (one_halved);
  assert_int_equal (two_halved, turn_halved);

  assert_same_result (one, one_error, two, two_error);
  assert_same_result (one, one_error, turn, turn_error);
  return two_halved;
}

/* The large document read as a load reads it (AUTO): in two halves on a
 * machine with two processors, if the second has chosen where to start
 * by the time the first comes there (under valgrind it may not have),
 * and always as one pass reads it */
static void
assert_auto_agrees (const char *data,
                    gsize       length)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CoprodDocument) one = NULL;
  g_autoptr(CoprodDocument) two = NULL;

  one = _coprod_codec_read_with (data, length, COPROD_CODEC_HALVES_NEVER, NULL, &error);
  two = _coprod_codec_read_with (data, length, COPROD_CODEC_HALVES_AUTO, NULL, &error);
  assert_same_result (one, NULL, two, NULL);
}

/* 1. Every example reads the same in two halves, and is split */
static void
test_examples_agree (void **state)
{
  guint i;

  for (i = 0; i < G_N_ELEMENTS (examples); i++)
    {
      gsize length;
      g_autofree char *text = example_text (examples[i], &length);

      if (!assert_halves_agree (text, length))
        fail_msg ("%s was not read in two halves", examples[i]);
    }
}

/* Checks that every reference in @object (and the objects inside it)
 * that names a record of @doc is the string of that record's id */
static guint
assert_references_shared (CoprodDocument *doc,
                          GObject        *object)
{
  guint checked = 0;
  GType type;

  for (type = G_OBJECT_TYPE (object); type != G_TYPE_OBJECT; type = g_type_parent (type))
    {
      guint n = 0, f;
      const CoprodField *fields = _coprod_fields_of_type (type, &n);

      for (f = 0; f < n; f++)
        {
          const CoprodField *field = &fields[f];
          gpointer p = _COPROD_FIELD_P (object, field);

          if (field->kind == COPROD_FIELD_REF || field->kind == COPROD_FIELD_REFS)
            {
              char *single[2] = { *(char **) p, NULL };
              char **refs = field->kind == COPROD_FIELD_REF ? single : *(char ***) p;
              guint k;

              for (k = 0; refs != NULL && refs[k] != NULL; k++)
                {
                  gpointer key = NULL;

                  if (g_hash_table_lookup_extended (doc->index, refs[k], &key, NULL))
                    {
                      assert_ptr_equal (key, refs[k]);
                      checked++;
                    }
                }
            }
          else if (field->kind == COPROD_FIELD_CHILDREN && *(GListModel **) p != NULL)
            {
              GListModel *children = *(GListModel **) p;
              guint k;

              for (k = 0; k < g_list_model_get_n_items (children); k++)
                {
                  g_autoptr(GObject) child = g_list_model_get_item (children, k);

                  checked += assert_references_shared (doc, child);
                }
            }
        }
    }
  return checked;
}

/* 2. An id and the references to it are one string, whichever half read
 * them; every record is in the index under its own id */
static void
test_references_shared (void **state)
{
  gsize length;
  g_autofree char *text = example_text ("coprod-example.json", &length);
  g_autoptr(GError) error = NULL;
  g_autoptr(CoprodDocument) doc = NULL;
  gboolean halved = FALSE;
  guint c, i, checked = 0, records = 0;

  doc = _coprod_codec_read_with (text, length, COPROD_CODEC_HALVES_ALWAYS, &halved, &error);
  assert_non_null (doc);
  assert_true (halved);

  for (c = 0; c < COPROD_N_COLLECTIONS; c++)
    for (i = 0; i < doc->collections[c]->len; i++)
      {
        GObject *record = g_ptr_array_index (doc->collections[c], i);
        const char *id = coprod_record_get_id (COPROD_RECORD (record));
        gpointer key = NULL, value = NULL;

        assert_non_null (id);
        assert_true (g_hash_table_lookup_extended (doc->index, id, &key, &value));
        assert_ptr_equal (key, id);
        assert_ptr_equal (value, record);
        checked += assert_references_shared (doc, record);
        records++;
      }
  assert_int_equal (g_hash_table_size (doc->index), records);
  /* the example names records from both halves */
  assert_true (checked > 50);
}

/* The example with @from (the first occurrence after the middle of the
 * text) replaced by @to */
static char *
example_changed_late (const char *from,
                      const char *to,
                      gsize      *length)
{
  gsize n;
  g_autofree char *text = example_text ("coprod-example.json", &n);
  const char *at = strstr (text + n / 2 + n / 10, from);
  GString *out;

  assert_non_null (at);
  out = g_string_new_len (text, at - text);
  g_string_append (out, to);
  g_string_append (out, at + strlen (from));
  *length = out->len;
  return g_string_free (out, FALSE);
}

/* The example with @member (text of a top-level member) added at its end */
static char *
example_with_last_member (const char *member,
                          gsize      *length)
{
  gsize n;
  g_autofree char *text = example_text ("coprod-example.json", &n);
  char *end = strrchr (text, '}');
  GString *out;

  assert_non_null (end);
  out = g_string_new_len (text, end - text);
  g_string_append_printf (out, ",\n  %s\n}\n", member);
  *length = out->len;
  return g_string_free (out, FALSE);
}

/* 3. A problem in the second half gives the one pass's error */
static void
test_problems_in_second_half (void **state)
{
  static const struct { const char *from, *to; } changes[] = {
    { "\"id\": \"", "\"id\": \"p-stoke-01\", \"x\" : \"" },   /* an id used earlier */
    { "\"id\": \"", "\"id\" : 7, \"y\" : \"" },               /* an id of the wrong type */
    { "\"date\": \"", "\"date\": \"2024-13-01\", \"z\" : \"" }, /* a wrong date */
    { "\"id\": \"", "\"id\": \"\\u0000\", \"w\" : \"" },     /* bytes the guard refuses */
    { "\"id\": \"", "\"id\": \"a\", \"id\": \"" },          /* a member twice */
    { "}", "" },                                                /* the bytes end early */
    { "\"id\": \"", "\"id\": \"\\u0070-stoke-01\", \"u\" : \"" }, /* the same, escaped */
    { "\"name\": \"", "\"name\": \"ok\\u00e9\", \"v\" : \"" }, /* fine: an unknown member */
    { "\"id\": \"", "\"id\": \"e\\u0073caped\", \"t\" : \"" }, /* fine: an id with an escape */
    { "\"id\": \"", "\"id\": \"a-long-id-of-more-than-sixty-four-bytes-which-is-not-shared-with-refs\", \"s\" : \"" },
  };
  guint i, halved = 0;

  for (i = 0; i < G_N_ELEMENTS (changes); i++)
    {
      gsize length;
      g_autofree char *text = example_changed_late (changes[i].from, changes[i].to, &length);

      halved += assert_halves_agree (text, length);
    }
  /* only the last three load; they are read in two halves */
  assert_int_equal (halved, 3);
}

/* 4. Members of the document's object after the split point */
static void
test_members_in_second_half (void **state)
{
  static const struct { const char *member; gboolean loads; } cases[] = {
    { "\"extra\" : { \"kept\" : [1, 2] }", TRUE },      /* unknown, kept in order */
    { "\"people\" : []", FALSE },                       /* a collection twice */
    { "\"format\" : \"coprod\"", FALSE },               /* the header twice */
    { "\"version\" : 1", FALSE },
    { "\"version\" : 99", FALSE },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      gsize length;
      g_autofree char *text = example_with_last_member (cases[i].member, &length);
      g_autoptr(GError) error = NULL;
      g_autoptr(CoprodDocument) doc =
        _coprod_codec_read_with (text, length, COPROD_CODEC_HALVES_NEVER, NULL, &error);

      assert_true ((doc != NULL) == cases[i].loads);
      if (assert_halves_agree (text, length) != cases[i].loads)
        fail_msg ("case %u: read in two halves only if it loads", i);
    }
}

/* 5. A document whose header comes after its records, and one whose
 * unknown members are on both sides of the split */
static void
test_header_last (void **state)
{
  gsize n, length;
  g_autofree char *text = example_text ("coprod-example.json", &n);
  const char *header = "\"format\": \"coprod\",\n  \"version\": 1,\n  ";
  char *at = strstr (text, header);
  GString *out;
  g_autofree char *moved = NULL;
  char *end;

  assert_non_null (at);
  out = g_string_new_len (text, at - text);
  g_string_append (out, "\"before\" : \"x\",\n  ");
  g_string_append (out, at + strlen (header));
  end = strrchr (out->str, '}');
  g_string_truncate (out, end - out->str);
  g_string_append (out, ",\n  \"after\" : null,\n  \"version\" : 1,\n  \"format\" : \"coprod\"\n}\n");
  length = out->len;
  moved = g_string_free (out, FALSE);

  assert_true (assert_halves_agree (moved, length));
}

/* 6. Where a line of four spaces and "{" is not a record (an object
 * inside an unknown member laid out so), the guess is wrong: the first
 * half never comes to it, and reads everything itself */
static void
test_wrong_guess (void **state)
{
  g_autofree char *padding = g_strnfill (2000, 'x');
  g_autofree char *text =
    g_strdup_printf ("{\n  \"format\": \"coprod\",\n  \"version\": 1,\n  \"people\": [\n"
                     "    {\n      \"id\": \"a\",\n      \"name\": \"%s\",\n"
                     "      \"odd\": [\n    {\n \"id\": \"c\" }]\n    },\n"
                     "    {\n      \"id\": \"b\"\n    }\n  ]\n}\n", padding);
  g_autoptr(GError) error = NULL;
  g_autoptr(CoprodDocument) doc = NULL;
  gboolean halved = TRUE;

  assert_false (assert_halves_agree (text, strlen (text)));
  doc = _coprod_codec_read_with (text, strlen (text), COPROD_CODEC_HALVES_ALWAYS, &halved, &error);
  assert_non_null (doc);
  assert_false (halved);
  assert_int_equal (doc->collections[COPROD_COLLECTION_PEOPLE]->len, 2);
}

/* 7. A document without lines (compact) is read in one pass */
static void
test_compact_one_pass (void **state)
{
  gsize n;
  g_autofree char *text = example_text ("coprod-example.json", &n);
  g_autoptr(JsonNode) node = coprod_test_parse_json (text);
  g_autofree char *compact = json_to_string (node, FALSE);
  g_autoptr(GError) error = NULL;
  g_autoptr(CoprodDocument) doc = NULL;
  gboolean halved = TRUE;

  doc = _coprod_codec_read_with (compact, strlen (compact), COPROD_CODEC_HALVES_ALWAYS,
                                 &halved, &error);
  assert_non_null (doc);
  assert_false (halved);
  assert_false (assert_halves_agree (compact, strlen (compact)));
}

/* A document of @n_people people and as many projects naming them, laid
 * out in lines as it is saved */
static char *
large_document (guint  n_people,
                gsize *length)
{
  GString *out = g_string_new ("{\n  \"format\": \"coprod\",\n  \"version\": 1,\n  \"people\": [\n");
  guint i;

  for (i = 0; i < n_people; i++)
    g_string_append_printf (out, "%s    {\n      \"id\": \"p-%06u\",\n"
                            "      \"name\": \"Person %u, who took part in several projects\"\n    }",
                            i ? ",\n" : "", i, i);
  g_string_append (out, "\n  ],\n  \"projects\": [\n");
  for (i = 0; i < n_people; i++)
    g_string_append_printf (out, "%s    {\n      \"id\": \"prj-%06u\",\n"
                            "      \"involvements\": [\n        {\n"
                            "          \"person_id\": \"p-%06u\",\n"
                            "          \"stage\": \"doing\",\n          \"mode\": \"partner\"\n"
                            "        }\n      ]\n    }",
                            i ? ",\n" : "", i, (i * 7919) % n_people);
  g_string_append (out, "\n  ]\n}\n");
  *length = out->len;
  return g_string_free (out, FALSE);
}

/* 8. A large file is read in two halves at once, and loads as the same
 * bytes given as data; a cancelled load says so and changes nothing */
static void
test_large_file (void **state)
{
  gsize length;
  g_autofree char *text = large_document (40000, &length);
  g_autofree char *path = coprod_test_tmp_path ("large.json");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(CoprodRegistry) from_file = coprod_registry_new ();
  g_autoptr(CoprodRegistry) from_data = coprod_registry_new ();
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;

  assert_true (length > (8u << 20));
  assert_true (g_file_set_contents (path, text, (gssize) length, &error));
  assert_true (coprod_registry_load_from_file (from_file, file, NULL, &error));
  assert_true (coprod_registry_load_from_data (from_data, text, (gssize) length, &error));
  assert_int_equal (coprod_registry_get_n_records (from_file), 80000);
  a = coprod_registry_to_data (from_file, NULL);
  b = coprod_registry_to_data (from_data, NULL);
  assert_string_equal (a, b);
  assert_auto_agrees (text, length);
  assert_true (assert_halves_agree (text, length));

  g_cancellable_cancel (cancellable);
  assert_false (coprod_registry_load_from_file (from_file, file, cancellable, &error));
  assert_true (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED));
  assert_int_equal (coprod_registry_get_n_records (from_file), 80000);
  g_unlink (path);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_examples_agree),
    cmocka_unit_test (test_references_shared),
    cmocka_unit_test (test_problems_in_second_half),
    cmocka_unit_test (test_members_in_second_half),
    cmocka_unit_test (test_header_last),
    cmocka_unit_test (test_wrong_guess),
    cmocka_unit_test (test_compact_one_pass),
    cmocka_unit_test (test_large_file),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
