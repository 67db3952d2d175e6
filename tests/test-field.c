/* test-field.c: the field table, on a type made for the test
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Every record type declares its fields in a table and leaves its
 * properties, defaults, finalize, change detection and notify to
 * coprod-field.c. This suite checks that machinery on a type of its own
 * with a field of every kind, so that what each record type relies on is
 * tested once, whatever record types there are.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "coprod-field-private.h"
#include "coprod-test-util.h"

#define TEST_TYPE_THING (test_thing_get_type ())
G_DECLARE_FINAL_TYPE (TestThing, test_thing, TEST, THING, GObject)

struct _TestThing
{
  GObject parent_instance;

  char *text;
  char *start;
  char *end;
  char *currency;
  char *ref;
  char **refs;
  char **strv;
  CoprodSector sector;
  CoprodRole roles;
  CoprodStage stage;
  int score;
  guint days;
  gint64 amount;
  double hours;
  gboolean fixed;
  GListStore *children;
  char *convenience;
};

G_DEFINE_FINAL_TYPE (TestThing, test_thing, G_TYPE_OBJECT)

enum {
  FIELD_TEXT,
  FIELD_START,
  FIELD_END,
  FIELD_CURRENCY,
  FIELD_REF,
  FIELD_REFS,
  FIELD_STRV,
  FIELD_SECTOR,
  FIELD_ROLES,
  FIELD_STAGE,
  FIELD_SCORE,
  FIELD_DAYS,
  FIELD_AMOUNT,
  FIELD_HOURS,
  FIELD_FIXED,
  FIELD_CHILDREN,
  FIELD_CONVENIENCE,
  N_FIELDS
};

static CoprodField fields[N_FIELDS] = {
  [FIELD_TEXT]     = COPROD_TEXT_FIELD (TestThing, text, "text"),
  [FIELD_START]    = COPROD_DATE_RANGE_FIELD (TestThing, start, "start-date", "end-date"),
  [FIELD_END]      = COPROD_DATE_FIELD (TestThing, end, "end-date"),
  [FIELD_CURRENCY] = COPROD_CURRENCY_DEFAULT_FIELD (TestThing, currency, "currency", "GBP"),
  [FIELD_REF]      = COPROD_REF_EITHER_FIELD (TestThing, ref, "person-id",
                                              coprod_person_get_type,
                                              coprod_organisation_get_type),
  [FIELD_REFS]     = COPROD_REFS_FIELD (TestThing, refs, "attendee-ids", coprod_person_get_type),
  [FIELD_STRV]     = COPROD_STRV_FIELD (TestThing, strv, "skills"),
  [FIELD_SECTOR]   = COPROD_ENUM_FIELD (TestThing, sector, "sector", coprod_sector_get_type,
                                        COPROD_SECTOR_CHARITY),
  [FIELD_ROLES]    = COPROD_FLAGS_FIELD (TestThing, roles, "roles", coprod_role_get_type,
                                         COPROD_ROLE_CARER),
  [FIELD_STAGE]    = COPROD_SINGLE_FLAG_FIELD (TestThing, stage, "stage", coprod_stage_get_type),
  [FIELD_SCORE]    = COPROD_INT_FIELD (TestThing, score, "score", -5, 100, 7),
  [FIELD_DAYS]     = COPROD_UINT_FIELD (TestThing, days, "days", 1, 365, 30),
  [FIELD_AMOUNT]   = COPROD_INT64_FIELD (TestThing, amount, "amount", 0, COPROD_MAX_EXACT_INT, 0),
  [FIELD_HOURS]    = COPROD_DOUBLE_FIELD (TestThing, hours, "hours", 0.0, 24.0, 1.5),
  [FIELD_FIXED]    = COPROD_BOOLEAN_FIELD (TestThing, fixed, "fixed", TRUE),
  [FIELD_CHILDREN] = COPROD_CHILDREN_FIELD (TestThing, children, "involvements",
                                            coprod_involvement_get_type),
  [FIELD_CONVENIENCE] = { .name = "convenience", .kind = COPROD_FIELD_TEXT,
                          .offset = COPROD_FIELD_AT (TestThing, convenience),
                          .flags = COPROD_FIELD_NOT_SAVED },
};

static void
test_thing_class_init (TestThingClass *klass)
{
  _coprod_fields_install (G_OBJECT_CLASS (klass), fields, N_FIELDS);
}

static void
test_thing_init (TestThing *self)
{
  _coprod_fields_init_instance (self, fields, N_FIELDS);
}

static void
test_field_table_is_found (void **state)
{
  const CoprodField *table;
  guint n;

  table = _coprod_fields_of_type (TEST_TYPE_THING, &n);
  assert_ptr_equal (table, fields);
  assert_int_equal (n, N_FIELDS);
  assert_ptr_equal (_coprod_fields_find (TEST_TYPE_THING, "start-date"), &fields[FIELD_START]);
  assert_ptr_equal (_coprod_fields_find_member (TEST_TYPE_THING, "attendee_ids"), &fields[FIELD_REFS]);
  assert_null (_coprod_fields_find_member (TEST_TYPE_THING, "attendee-ids"));
  assert_null (_coprod_fields_find (TEST_TYPE_THING, "nothing"));
  assert_null (_coprod_fields_of_type (G_TYPE_OBJECT, &n));
  assert_int_equal (n, 0);
  assert_string_equal (fields[FIELD_START].member, "start_date");
  assert_ptr_equal (_coprod_field_of_pspec (fields[FIELD_HOURS].pspec), &fields[FIELD_HOURS]);
}

static void
test_field_pspecs (void **state)
{
  g_autoptr(TestThing) thing = g_object_new (TEST_TYPE_THING, NULL);
  GObjectClass *klass = G_OBJECT_GET_CLASS (thing);
  GParamSpec *pspec;

  coprod_test_property_flags (thing);

  pspec = g_object_class_find_property (klass, "currency");
  assert_string_equal (G_PARAM_SPEC_STRING (pspec)->default_value, "GBP");
  pspec = g_object_class_find_property (klass, "attendee-ids");
  assert_true (G_PARAM_SPEC_VALUE_TYPE (pspec) == G_TYPE_STRV);
  pspec = g_object_class_find_property (klass, "sector");
  assert_int_equal (G_PARAM_SPEC_ENUM (pspec)->default_value, COPROD_SECTOR_CHARITY);
  pspec = g_object_class_find_property (klass, "score");
  assert_int_equal (G_PARAM_SPEC_INT (pspec)->minimum, -5);
  assert_int_equal (G_PARAM_SPEC_INT (pspec)->maximum, 100);
  assert_int_equal (G_PARAM_SPEC_INT (pspec)->default_value, 7);
  pspec = g_object_class_find_property (klass, "days");
  assert_int_equal (G_PARAM_SPEC_UINT (pspec)->minimum, 1);
  pspec = g_object_class_find_property (klass, "amount");
  assert_true (G_PARAM_SPEC_INT64 (pspec)->maximum == COPROD_MAX_EXACT_INT);
  pspec = g_object_class_find_property (klass, "hours");
  assert_true (G_PARAM_SPEC_DOUBLE (pspec)->default_value == 1.5);
  pspec = g_object_class_find_property (klass, "involvements");
  assert_true (G_PARAM_SPEC_VALUE_TYPE (pspec) == G_TYPE_LIST_MODEL);
  assert_int_equal (pspec->flags & G_PARAM_WRITABLE, 0);
}

static void
test_field_defaults (void **state)
{
  g_autoptr(TestThing) thing = g_object_new (TEST_TYPE_THING, NULL);

  assert_null (thing->text);
  assert_string_equal (thing->currency, "GBP");
  assert_non_null (thing->refs);
  assert_null (thing->refs[0]);
  assert_non_null (thing->strv);
  assert_int_equal (thing->sector, COPROD_SECTOR_CHARITY);
  assert_int_equal (thing->roles, COPROD_ROLE_CARER);
  assert_int_equal (thing->stage, COPROD_STAGE_NONE);
  assert_int_equal (thing->score, 7);
  assert_int_equal (thing->days, 30);
  assert_true (thing->hours == 1.5);
  assert_true (thing->fixed);
  assert_int_equal (g_list_model_get_n_items (G_LIST_MODEL (thing->children)), 0);
}

static void
test_field_roundtrips (void **state)
{
  g_autoptr(TestThing) thing = g_object_new (TEST_TYPE_THING, NULL);
  const char * const ids[] = { "p-1", "p-2", NULL };
  const char * const skills[] = { "facilitation", "", NULL };

  /* each: one notify, read back, nothing on the same value again */
  coprod_test_roundtrip_string (thing, "text", "A note");
  coprod_test_roundtrip_string (thing, "start-date", "2024-05");
  coprod_test_roundtrip_string (thing, "currency", "EUR");
  coprod_test_roundtrip_string (thing, "person-id", "p-1");
  coprod_test_roundtrip_strv (thing, "attendee-ids", ids);
  coprod_test_roundtrip_strv (thing, "skills", skills);
  coprod_test_roundtrip_enum (thing, "sector", COPROD_SECTOR_NHS);
  coprod_test_roundtrip_enum (thing, "roles", COPROD_ROLE_STAFF | COPROD_ROLE_LEADER);
  coprod_test_roundtrip_enum (thing, "stage", COPROD_STAGE_DOING);
  coprod_test_roundtrip_int (thing, "score", -5);
  coprod_test_roundtrip_uint (thing, "days", 365);
  coprod_test_roundtrip_int64 (thing, "amount", COPROD_MAX_EXACT_INT);
  coprod_test_roundtrip_double (thing, "hours", 24.0);
  coprod_test_roundtrip_boolean (thing, "fixed", FALSE);

  /* NULL is the default where there is one */
  g_object_set (thing, "currency", NULL, NULL);
  assert_string_equal (thing->currency, "GBP");
}

static void
set_invalid (gpointer data)
{
  TestThing *thing = data;
  const char * const bad_ids[] = { "p-1", "p 2 ", NULL };
  g_autofree char *huge = g_strnfill (COPROD_FIELD_MAX_TEXT + 1, 'x');

  g_object_set (thing, "start-date", "2024-13", NULL);
  g_object_set (thing, "currency", "gbp", NULL);
  g_object_set (thing, "person-id", "\tp", NULL);
  g_object_set (thing, "attendee-ids", bad_ids, NULL);
  g_object_set (thing, "text", "\xc3", NULL);
  g_object_set (thing, "text", huge, NULL);
  _coprod_field_set_enum (thing, &fields[FIELD_SECTOR], 999);
  _coprod_field_set_flags (thing, &fields[FIELD_ROLES], 1u << 30);
  g_object_set (thing, "stage", COPROD_STAGE_DOING | COPROD_STAGE_PLANNING, NULL);
  _coprod_field_set_int (thing, &fields[FIELD_SCORE], 101);
  _coprod_field_set_uint (thing, &fields[FIELD_DAYS], 0);
  _coprod_field_set_int64 (thing, &fields[FIELD_AMOUNT], -1);
  _coprod_field_set_double (thing, &fields[FIELD_HOURS], 24.5);
  _coprod_field_set_double (thing, &fields[FIELD_HOURS], NAN);
  /* a setter of the wrong kind */
  _coprod_field_set_int (thing, &fields[FIELD_DAYS], 3);
}

static void
count_any_notify (GObject    *object,
                  GParamSpec *pspec,
                  gpointer    user_data)
{
  (*(guint *) user_data)++;
}

static void
test_field_refuses_invalid_values (void **state)
{
  g_autoptr(TestThing) thing = g_object_new (TEST_TYPE_THING, NULL);
  guint notified = 0;

  g_signal_connect (thing, "notify", G_CALLBACK (count_any_notify), &notified);
  assert_int_equal (coprod_test_count_criticals (set_invalid, thing), 15);
  assert_int_equal (notified, 0);

  assert_null (thing->start);
  assert_string_equal (thing->currency, "GBP");
  assert_null (thing->ref);
  assert_null (thing->refs[0]);
  assert_null (thing->text);
  assert_int_equal (thing->sector, COPROD_SECTOR_CHARITY);
  assert_int_equal (thing->roles, COPROD_ROLE_CARER);
  assert_int_equal (thing->stage, COPROD_STAGE_NONE);
  assert_int_equal (thing->score, 7);
  assert_int_equal (thing->days, 30);
  assert_true (thing->amount == 0);
  assert_true (thing->hours == 1.5);
}

static void
add_to_second (gpointer data)
{
  TestThing **things = data;
  g_autoptr(CoprodInvolvement) involvement =
    coprod_involvement_new ("p-1", COPROD_STAGE_DOING, COPROD_MODE_PARTNER);

  _coprod_field_add_child (things[0], &fields[FIELD_CHILDREN], involvement);
  _coprod_field_add_child (things[1], &fields[FIELD_CHILDREN], involvement);
}

static void
test_field_children (void **state)
{
  TestThing *things[2] = {
    g_object_new (TEST_TYPE_THING, NULL),
    g_object_new (TEST_TYPE_THING, NULL),
  };
  g_autoptr(CoprodInvolvement) child = NULL;
  GListModel *list = _coprod_field_peek_children (things[0], &fields[FIELD_CHILDREN]);

  assert_int_equal (coprod_test_count_criticals (add_to_second, things), 1);
  assert_int_equal (g_list_model_get_n_items (list), 1);
  assert_int_equal (g_list_model_get_n_items (G_LIST_MODEL (things[1]->children)), 0);

  child = g_list_model_get_item (list, 0);
  assert_ptr_equal (_coprod_object_get_owner (child), things[0]);
  assert_false (_coprod_field_remove_child (things[1], &fields[FIELD_CHILDREN], child));
  assert_true (_coprod_field_remove_child (things[0], &fields[FIELD_CHILDREN], child));
  assert_null (_coprod_object_get_owner (child));

  _coprod_field_add_child (things[1], &fields[FIELD_CHILDREN], child);
  assert_ptr_equal (_coprod_object_get_owner (child), things[1]);

  /* the child outlives its owner, and is free again */
  coprod_test_assert_finalized (things[1]);
  assert_null (_coprod_object_get_owner (child));
  coprod_test_assert_finalized (things[0]);
}

static void
test_field_declarations (void **state)
{
  g_autofree char *either = _coprod_field_describe_targets (&fields[FIELD_REF]);
  g_autofree char *one = _coprod_field_describe_targets (&fields[FIELD_REFS]);
  g_autofree char *none = _coprod_field_describe_targets (&fields[FIELD_TEXT]);

  assert_string_equal (either, "a person or an organisation");
  assert_string_equal (one, "a person");
  assert_string_equal (none, "");
  assert_string_equal (fields[FIELD_START].range_end, "end-date");
  assert_null (fields[FIELD_END].range_end);
  assert_int_equal (fields[FIELD_CONVENIENCE].flags & COPROD_FIELD_NOT_SAVED, COPROD_FIELD_NOT_SAVED);
  assert_int_equal (fields[FIELD_TEXT].flags & COPROD_FIELD_NOT_SAVED, 0);
}

static void
test_field_finalize (void **state)
{
  TestThing *thing = g_object_new (TEST_TYPE_THING, NULL);
  g_autoptr(CoprodInvolvement) involvement =
    coprod_involvement_new ("p-1", COPROD_STAGE_DOING, COPROD_MODE_PARTNER);
  const char * const ids[] = { "p-1", NULL };

  /* every kind holding memory: the valgrind run sees it freed */
  g_object_set (thing, "text", "t", "start-date", "2024", "person-id", "p-1",
                "attendee-ids", ids, "skills", ids, "convenience", "c", NULL);
  _coprod_field_add_child (thing, &fields[FIELD_CHILDREN], involvement);
  coprod_test_assert_finalized (thing);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_field_table_is_found),
    cmocka_unit_test (test_field_pspecs),
    cmocka_unit_test (test_field_defaults),
    cmocka_unit_test (test_field_roundtrips),
    cmocka_unit_test (test_field_refuses_invalid_values),
    cmocka_unit_test (test_field_children),
    cmocka_unit_test (test_field_declarations),
    cmocka_unit_test (test_field_finalize),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
