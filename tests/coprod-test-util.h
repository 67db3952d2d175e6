/* coprod-test-util.h: helpers shared by the C test suites
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <json-glib/json-glib.h>
#include <libcoprod/coprod.h>

#include "coprod-record-private.h"

G_BEGIN_DECLS

/* Sets @property of @object to @value through g_object_set_property and
 * checks: exactly one ::notify, g_object_get_property gives it back, and
 * setting the same value again emits nothing. */
void coprod_test_property_roundtrip (gpointer      object,
                                     const char   *property,
                                     const GValue *value);

/* The same, for one value of each type; enum and flags alike by the
 * property's own type. Lists of strings are compared by content, and an
 * equal list in other memory is no change. */
void coprod_test_roundtrip_string  (gpointer object, const char *property, const char *value);
void coprod_test_roundtrip_boolean (gpointer object, const char *property, gboolean value);
void coprod_test_roundtrip_int     (gpointer object, const char *property, int value);
void coprod_test_roundtrip_uint    (gpointer object, const char *property, guint value);
void coprod_test_roundtrip_int64   (gpointer object, const char *property, gint64 value);
void coprod_test_roundtrip_double  (gpointer object, const char *property, double value);
void coprod_test_roundtrip_enum    (gpointer object, const char *property, guint value);
void coprod_test_roundtrip_strv    (gpointer object, const char *property, const char * const *value);

/* Checks every property of @object's class (but construct-only ones) is
 * G_PARAM_EXPLICIT_NOTIFY and has no nick or blurb. */
void coprod_test_property_flags (gpointer object);

/* Asserts @property of @object's class is a string of @kind. */
void coprod_test_assert_field_kind (gpointer         object,
                                     const char      *property,
                                     CoprodFieldKind  kind);

/* Drops the caller's reference and asserts @object was finalized. */
void coprod_test_assert_finalized (gpointer object);

/* A GWeakNotify: sets the gboolean at @data to TRUE (atomically, as the
 * object may go in a GTask's worker thread). */
void coprod_test_mark_gone (gpointer  data,
                            GObject  *where_the_object_was);

/* A GListModel::items-changed handler: adds one to the guint at
 * @user_data. */
void coprod_test_count_items_changed (GListModel *model,
                                      guint       position,
                                      guint       removed,
                                      guint       added,
                                      gpointer    user_data);

/* Counts ::notify emissions for one property. */
typedef struct
{
  guint count;
  gulong handler;
  GObject *object;
} CoprodNotifyCounter;

void coprod_test_notify_counter_start (CoprodNotifyCounter *counter,
                                       gpointer             object,
                                       const char          *property);
void coprod_test_notify_counter_stop  (CoprodNotifyCounter *counter);

/* Loads @json into a new registry and asserts it fails with @code in the
 * COPROD_ERROR domain; returns the error message (free it). */
char *coprod_test_load_expect_error (const char *json,
                                     int         code);

/* Loads a document whose @collection holds only @record (JSON with ' for
 * "), expects @code, and checks the message names the record, as
 * "@collection[0] (id "ID")" with the id @record gives, and @member. */
void coprod_test_expect_record_error (const char *collection,
                                      const char *record,
                                      int         code,
                                      const char *member);

/* Adds @record, which has @id, to an empty @registry and checks it is the
 * one item of @collection, the registry's collection of @type, and that
 * the registry finds it by @id. */
void coprod_test_assert_added_to_collection (CoprodRegistry *registry,
                                             gpointer        record,
                                             const char     *id,
                                             GType           type,
                                             GListModel     *collection);

/* Parses @data, which must be JSON; returns its root (free it). */
JsonNode *coprod_test_parse_json (const char *data);

/* Saves @registry to data, loads that into a new registry, saves again and
 * asserts both documents are the same JSON (json_node_equal). */
void coprod_test_assert_roundtrip (CoprodRegistry *registry);

/* A path under a fresh temporary directory that is removed at exit. */
char *coprod_test_tmp_path (const char *basename);

/* A fresh directory of its own under the temporary directory, so that
 * the listing of what is in it tells whether a file was left (free it) */
char *coprod_test_make_dir (const char *name);

/* Removes @dir, the files in it and the directories in those */
void coprod_test_remove_dir (const char *dir);

/* The permission bits of the file at @path, which must exist. */
guint coprod_test_file_mode (const char *path);

/* Waits in a main loop for an asynchronous call: pass
 * coprod_test_async_ready as its callback and the wait as its user_data,
 * then coprod_test_async_wait() runs @loop until the call is done. */
typedef struct
{
  GMainLoop    *loop;
  GAsyncResult *result;
} CoprodTestAsyncWait;

void coprod_test_async_ready (GObject      *source,
                              GAsyncResult *result,
                              gpointer      user_data);

/* Runs the wait's loop until the callback came; returns its result
 * (transfer full). */
GAsyncResult *coprod_test_async_wait (CoprodTestAsyncWait *wait) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS

G_BEGIN_DECLS

/* Calls @func (@data) with criticals of the "Coprod" log domain made
 * non-fatal (whatever G_DEBUG says) and caught; returns how many were
 * logged. For testing g_return_if_fail() preconditions. */
typedef void (*CoprodTestFunc) (gpointer data);
guint coprod_test_count_criticals (CoprodTestFunc func,
                                   gpointer       data);

/* Asserts @a and @b are of the same type and every readable property but
 * the list models holds equal values (g_param_values_cmp, and for strv
 * g_strv_equal). */
void coprod_test_assert_same_properties (gpointer a,
                                         gpointer b);

G_END_DECLS
