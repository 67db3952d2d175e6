/* coprod-test-util.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "coprod-test-util.h"

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              gpointer    user_data)
{
  CoprodNotifyCounter *counter = user_data;

  counter->count++;
}

void
coprod_test_notify_counter_start (CoprodNotifyCounter *counter,
                                  gpointer             object,
                                  const char          *property)
{
  g_autofree char *signal = g_strdup_printf ("notify::%s", property);

  counter->count = 0;
  counter->object = G_OBJECT (object);
  counter->handler = g_signal_connect (object, signal, G_CALLBACK (count_notify), counter);
}

void
coprod_test_notify_counter_stop (CoprodNotifyCounter *counter)
{
  g_signal_handler_disconnect (counter->object, counter->handler);
  counter->handler = 0;
}

void
coprod_test_property_roundtrip (gpointer      object,
                                const char   *property,
                                const GValue *value)
{
  g_auto(GValue) got = G_VALUE_INIT;
  CoprodNotifyCounter counter;
  GParamSpec *pspec;

  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), property);
  assert_non_null (pspec);

  coprod_test_notify_counter_start (&counter, object, property);

  g_object_set_property (G_OBJECT (object), property, value);
  assert_int_equal (counter.count, 1);

  g_value_init (&got, G_PARAM_SPEC_VALUE_TYPE (pspec));
  g_object_get_property (G_OBJECT (object), property, &got);
  /* g_param_values_cmp() compares boxed values by pointer */
  if (G_VALUE_HOLDS (value, G_TYPE_STRV))
    assert_true (g_strv_equal (g_value_get_boxed (value), g_value_get_boxed (&got)));
  else
    assert_int_equal (g_param_values_cmp (pspec, value, &got), 0);

  /* the same value again: no notification */
  g_object_set_property (G_OBJECT (object), property, value);
  assert_int_equal (counter.count, 1);

  coprod_test_notify_counter_stop (&counter);
}

#define SIMPLE_ROUNDTRIP(name, ctype, gtype, setter)                          \
  void                                                                      \
  coprod_test_roundtrip_##name (gpointer object, const char *property,     \
                                ctype value)                                \
  {                                                                         \
    g_auto(GValue) v = G_VALUE_INIT;                                        \
                                                                            \
    g_value_init (&v, gtype);                                               \
    setter (&v, value);                                                     \
    coprod_test_property_roundtrip (object, property, &v);                 \
  }

SIMPLE_ROUNDTRIP (string, const char *, G_TYPE_STRING, g_value_set_string)
SIMPLE_ROUNDTRIP (boolean, gboolean, G_TYPE_BOOLEAN, g_value_set_boolean)
SIMPLE_ROUNDTRIP (int, int, G_TYPE_INT, g_value_set_int)
SIMPLE_ROUNDTRIP (uint, guint, G_TYPE_UINT, g_value_set_uint)
SIMPLE_ROUNDTRIP (int64, gint64, G_TYPE_INT64, g_value_set_int64)
SIMPLE_ROUNDTRIP (double, double, G_TYPE_DOUBLE, g_value_set_double)

void
coprod_test_roundtrip_enum (gpointer    object,
                            const char *property,
                            guint       value)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), property);
  g_auto(GValue) v = G_VALUE_INIT;

  assert_non_null (pspec);
  g_value_init (&v, G_PARAM_SPEC_VALUE_TYPE (pspec));
  if (G_VALUE_HOLDS_FLAGS (&v))
    g_value_set_flags (&v, value);
  else
    g_value_set_enum (&v, (int) value);
  coprod_test_property_roundtrip (object, property, &v);
}

void
coprod_test_roundtrip_strv (gpointer            object,
                            const char         *property,
                            const char * const *value)
{
  g_auto(GValue) v = G_VALUE_INIT;
  g_auto(GValue) got = G_VALUE_INIT;
  g_auto(GStrv) copy = g_strdupv ((char **) value);
  CoprodNotifyCounter counter;

  coprod_test_notify_counter_start (&counter, object, property);

  g_value_init (&v, G_TYPE_STRV);
  g_value_set_boxed (&v, value);
  g_object_set_property (G_OBJECT (object), property, &v);
  assert_int_equal (counter.count, 1);

  g_value_init (&got, G_TYPE_STRV);
  g_object_get_property (G_OBJECT (object), property, &got);
  assert_non_null (g_value_get_boxed (&got));
  assert_true (g_value_get_boxed (&got) != (gpointer) value);
  assert_true (g_strv_equal (g_value_get_boxed (&got), value));

  /* an equal list in other memory: no notification */
  g_object_set (object, property, copy, NULL);
  assert_int_equal (counter.count, 1);

  coprod_test_notify_counter_stop (&counter);
}

void
coprod_test_property_flags (gpointer object)
{
  g_autofree GParamSpec **pspecs = NULL;
  guint n, i;

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (object), &n);
  for (i = 0; i < n; i++)
    {
      GParamSpec *pspec = pspecs[i];

      if (pspec->flags & G_PARAM_CONSTRUCT_ONLY)
        continue;
      if (!(pspec->flags & G_PARAM_WRITABLE))
        continue;
      if (!(pspec->flags & G_PARAM_EXPLICIT_NOTIFY))
        fail_msg ("property %s is not G_PARAM_EXPLICIT_NOTIFY", pspec->name);
      assert_true (g_param_spec_get_nick (pspec) == pspec->name ||
                   g_str_equal (g_param_spec_get_nick (pspec), pspec->name));
    }
}

void
coprod_test_assert_field_kind (gpointer         object,
                               const char      *property,
                               CoprodFieldKind  kind)
{
  const CoprodField *field = _coprod_fields_find (G_OBJECT_TYPE (object), property);

  assert_non_null (field);
  assert_int_equal (field->kind, kind);
}

void
coprod_test_mark_gone (gpointer  data,
                       GObject  *where_the_object_was)
{
  g_atomic_int_set ((gint *) data, TRUE);
}

void
coprod_test_count_items_changed (GListModel *model,
                                 guint       position,
                                 guint       removed,
                                 guint       added,
                                 gpointer    user_data)
{
  (*(guint *) user_data)++;
}

void
coprod_test_assert_finalized (gpointer object)
{
  gboolean finalized = FALSE;

  g_object_weak_ref (G_OBJECT (object), coprod_test_mark_gone, &finalized);
  g_object_unref (object);
  assert_true (finalized);
}

char *
coprod_test_load_expect_error (const char *json,
                               int         code)
{
  g_autoptr(CoprodRegistry) registry = coprod_registry_new ();
  g_autoptr(GError) error = NULL;
  gboolean ok;

  ok = coprod_registry_load_from_data (registry, json, -1, &error);
  if (ok)
    fail_msg ("expected error %d, but the document loaded: %.200s", code, json);
  if (!g_error_matches (error, COPROD_ERROR, code))
    fail_msg ("expected error %d, got %s %d: %s", code,
              g_quark_to_string (error->domain), error->code, error->message);
  assert_int_equal (coprod_registry_get_n_records (registry), 0);

  return g_strdup (error->message);
}

void
coprod_test_expect_record_error (const char *collection,
                                 const char *record,
                                 int         code,
                                 const char *member)
{
  g_autofree char *object = g_strdelimit (g_strdup (record), "'", '"');
  g_autoptr(JsonNode) node = coprod_test_parse_json (object);
  g_autofree char *json = NULL;
  g_autofree char *message = NULL;
  g_autofree char *named_record = NULL;
  g_autofree char *named_member = g_strdup_printf ("member \"%s\"", member);
  const char *id;

  if (!JSON_NODE_HOLDS_OBJECT (node) ||
      (id = json_object_get_string_member_with_default (json_node_get_object (node), "id", NULL)) == NULL)
    fail_msg ("the record has no id: %s", object);
  named_record = g_strdup_printf ("%s[0] (id \"%s\")", collection, id);

  json = g_strdup_printf ("{\"format\": \"coprod\", \"version\": 1, \"%s\": [%s]}",
                          collection, object);
  message = coprod_test_load_expect_error (json, code);
  if (strstr (message, named_record) == NULL)
    fail_msg ("the message does not name the record: %s", message);
  if (strstr (message, named_member) == NULL)
    fail_msg ("the message does not name %s: %s", named_member, message);
}

void
coprod_test_assert_added_to_collection (CoprodRegistry *registry,
                                        gpointer        record,
                                        const char     *id,
                                        GType           type,
                                        GListModel     *collection)
{
  g_autoptr(GError) error = NULL;

  if (!coprod_registry_add (registry, COPROD_RECORD (record), &error))
    fail_msg ("%s", error->message);
  assert_null (error);
  assert_int_equal (g_list_model_get_n_items (collection), 1);
  assert_ptr_equal (coprod_registry_get_collection (registry, type), collection);
  assert_true (g_list_model_get_item_type (collection) == type);
  assert_ptr_equal (coprod_registry_lookup (registry, id), record);
}

JsonNode *
coprod_test_parse_json (const char *data)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  if (!json_parser_load_from_data (parser, data, -1, &error))
    fail_msg ("not JSON json-glib can read: %s", error->message);
  return json_node_copy (json_parser_get_root (parser));
}

void
coprod_test_assert_roundtrip (CoprodRegistry *registry)
{
  g_autoptr(CoprodRegistry) again = coprod_registry_new ();
  g_autoptr(JsonParser) p1 = json_parser_new ();
  g_autoptr(JsonParser) p2 = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;

  first = coprod_registry_to_data (registry, NULL);
  if (!coprod_registry_load_from_data (again, first, -1, &error))
    fail_msg ("saved document does not load: %s", error->message);
  second = coprod_registry_to_data (again, NULL);

  assert_true (json_parser_load_from_data (p1, first, -1, NULL));
  assert_true (json_parser_load_from_data (p2, second, -1, NULL));
  if (!json_node_equal (json_parser_get_root (p1), json_parser_get_root (p2)))
    fail_msg ("documents differ after a round trip:\n%s\n---\n%s", first, second);
  assert_string_equal (first, second);
}

static char *tmp_dir;

static void
remove_tmp_dir (void)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (tmp_dir == NULL)
    return;

  dir = g_dir_open (tmp_dir, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (tmp_dir, name, NULL);

      g_chmod (path, 0700);
      g_remove (path);
    }
  g_chmod (tmp_dir, 0700);
  g_rmdir (tmp_dir);
  g_clear_pointer (&tmp_dir, g_free);
}

char *
coprod_test_tmp_path (const char *basename)
{
  if (tmp_dir == NULL)
    {
      tmp_dir = g_dir_make_tmp ("coprod-test-XXXXXX", NULL);
      assert_non_null (tmp_dir);
      atexit (remove_tmp_dir);
    }

  return g_build_filename (tmp_dir, basename, NULL);
}

guint
coprod_test_file_mode (const char *path)
{
  GStatBuf st;

  if (g_stat (path, &st) != 0)
    fail_msg ("stat %s: %s", path, g_strerror (errno));
  return st.st_mode & 07777;
}

void
coprod_test_async_ready (GObject      *source,
                         GAsyncResult *result,
                         gpointer      user_data)
{
  CoprodTestAsyncWait *wait = user_data;

  wait->result = g_object_ref (result);
  g_main_loop_quit (wait->loop);
}

GAsyncResult *
coprod_test_async_wait (CoprodTestAsyncWait *wait)
{
  g_main_loop_run (wait->loop);
  assert_non_null (wait->result);
  return g_steal_pointer (&wait->result);
}

typedef struct
{
  guint count;
} CriticalCount;

static void
count_critical (const char     *log_domain,
                GLogLevelFlags  log_level,
                const char     *message,
                gpointer        user_data)
{
  CriticalCount *count = user_data;

  count->count++;
}

guint
coprod_test_count_criticals (CoprodTestFunc func,
                             gpointer       data)
{
  CriticalCount count = { 0 };
  GLogLevelFlags old_always, old_domain;
  guint handler;

  old_always = g_log_set_always_fatal (G_LOG_FATAL_MASK);
  old_domain = g_log_set_fatal_mask ("Coprod", G_LOG_FATAL_MASK);
  handler = g_log_set_handler ("Coprod", G_LOG_LEVEL_CRITICAL | G_LOG_FLAG_FATAL,
                               count_critical, &count);

  func (data);

  g_log_remove_handler ("Coprod", handler);
  g_log_set_fatal_mask ("Coprod", old_domain);
  g_log_set_always_fatal (old_always);

  return count.count;
}

void
coprod_test_assert_same_properties (gpointer a,
                                    gpointer b)
{
  g_autofree GParamSpec **pspecs = NULL;
  guint n, i;

  assert_true (G_OBJECT_TYPE (a) == G_OBJECT_TYPE (b));

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (a), &n);
  for (i = 0; i < n; i++)
    {
      GParamSpec *pspec = pspecs[i];
      g_auto(GValue) va = G_VALUE_INIT;
      g_auto(GValue) vb = G_VALUE_INIT;

      if (!(pspec->flags & G_PARAM_READABLE) ||
          g_type_is_a (G_PARAM_SPEC_VALUE_TYPE (pspec), G_TYPE_LIST_MODEL))
        continue;

      g_value_init (&va, G_PARAM_SPEC_VALUE_TYPE (pspec));
      g_value_init (&vb, G_PARAM_SPEC_VALUE_TYPE (pspec));
      g_object_get_property (G_OBJECT (a), pspec->name, &va);
      g_object_get_property (G_OBJECT (b), pspec->name, &vb);

      if (G_VALUE_HOLDS (&va, G_TYPE_STRV))
        {
          const char * const empty[] = { NULL };
          const char * const *sa = g_value_get_boxed (&va);
          const char * const *sb = g_value_get_boxed (&vb);

          if (!g_strv_equal (sa ? sa : empty, sb ? sb : empty))
            fail_msg ("property %s differs", pspec->name);
        }
      else if (g_param_values_cmp (pspec, &va, &vb) != 0)
        {
          g_autofree char *sa = g_strdup_value_contents (&va);
          g_autofree char *sb = g_strdup_value_contents (&vb);

          fail_msg ("property %s differs: %s and %s", pspec->name, sa, sb);
        }
    }
}

char *
coprod_test_make_dir (const char *name)
{
  g_autofree char *path = coprod_test_tmp_path (name);

  if (g_mkdir (path, 0700) != 0)
    fail_msg ("mkdir %s: %s", path, g_strerror (errno));
  return g_steal_pointer (&path);
}

void
coprod_test_remove_dir (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
        coprod_test_remove_dir (path);
      else
        g_remove (path);
    }
  g_rmdir (dir);
}
