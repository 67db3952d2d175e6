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

#include <libcoprod/coprod.h>

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
void coprod_test_roundtrip_double  (gpointer object, const char *property, double value);
void coprod_test_roundtrip_enum    (gpointer object, const char *property, guint value);
void coprod_test_roundtrip_strv    (gpointer object, const char *property, const char * const *value);

/* Checks every property of @object's class (but construct-only ones) is
 * G_PARAM_EXPLICIT_NOTIFY and has no nick or blurb. */
void coprod_test_property_flags (gpointer object);

/* Drops the caller's reference and asserts @object was finalized. */
void coprod_test_assert_finalized (gpointer object);

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

/* Saves @registry to data, loads that into a new registry, saves again and
 * asserts both documents are the same JSON (json_node_equal). */
void coprod_test_assert_roundtrip (CoprodRegistry *registry);

/* A path under a fresh temporary directory that is removed at exit. */
char *coprod_test_tmp_path (const char *basename);

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
