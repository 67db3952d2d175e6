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
  GListModel *children;
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
  /* no list until one is asked for; then an empty one, kept */
  assert_null (thing->children);
  assert_int_equal (_coprod_field_get_n_children (thing, &fields[FIELD_CHILDREN]), 0);
  assert_null (_coprod_field_peek_children (thing, &fields[FIELD_CHILDREN]));
  assert_int_equal (g_list_model_get_n_items (_coprod_field_get_children (thing, &fields[FIELD_CHILDREN])), 0);
  assert_ptr_equal (thing->children, _coprod_field_get_children (thing, &fields[FIELD_CHILDREN]));

  /* the defaults are shared, not copied for each object: one string of a
   * text's default, one empty list */
  {
    g_autoptr(TestThing) other = g_object_new (TEST_TYPE_THING, NULL);
    const char * const ids[] = { "p-1", NULL };
    const char * const none[] = { NULL };

    assert_ptr_equal (other->currency, thing->currency);
    assert_ptr_equal (other->refs, thing->refs);
    assert_ptr_equal (other->strv, thing->refs);

    /* each changed and set back on its own; the valgrind run sees the
     * shared ones never freed and the others freed */
    coprod_test_roundtrip_string (other, "currency", "EUR");
    assert_string_equal (thing->currency, "GBP");
    g_object_set (other, "currency", NULL, NULL);
    assert_string_equal (other->currency, "GBP");
    assert_ptr_equal (other->currency, thing->currency);
    coprod_test_roundtrip_strv (other, "attendee-ids", ids);
    assert_null (thing->refs[0]);
    coprod_test_roundtrip_strv (other, "attendee-ids", none);
    assert_null (other->refs[0]);
    assert_ptr_equal (other->refs, thing->refs);
  }
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
  GListModel *list = _coprod_field_get_children (things[0], &fields[FIELD_CHILDREN]);

  assert_int_equal (coprod_test_count_criticals (add_to_second, things), 1);
  assert_int_equal (g_list_model_get_n_items (list), 1);
  assert_int_equal (_coprod_field_get_n_children (things[1], &fields[FIELD_CHILDREN]), 0);

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

/* The public getter of every list of children gives a list on a fresh
 * record (an empty one, made now), and the same list for the life of the
 * record; so does the property */
static void
test_field_children_getters_on_fresh_records (void **state)
{
  g_autoptr(CoprodProject) project = coprod_project_new ("proj-1", "Project");
  g_autoptr(CoprodPartnership) partnership = coprod_partnership_new ("part-1", "Partnership");
  g_autoptr(CoprodReview) review = coprod_review_new ("rev-1", "flse", "proj-1");
  g_autoptr(CoprodPledge) pledge = coprod_pledge_new ("pledge-1", "org-1");
  g_autoptr(CoprodRateCard) card = coprod_rate_card_new ("card-1", "Card");
  struct {
    gpointer record;
    GListModel *(*get) (gpointer record);
    const char *property;
    GType item_type;
  } lists[] = {
    { project, (gpointer) coprod_project_get_involvements, "involvements", COPROD_TYPE_INVOLVEMENT },
    { project, (gpointer) coprod_project_get_feedback_events, "feedback-events", COPROD_TYPE_FEEDBACK_EVENT },
    { partnership, (gpointer) coprod_partnership_get_memberships, "memberships", COPROD_TYPE_MEMBERSHIP },
    { review, (gpointer) coprod_review_get_ratings, "ratings", COPROD_TYPE_RATING },
    { pledge, (gpointer) coprod_pledge_get_commitments, "commitments", COPROD_TYPE_COMMITMENT },
    { card, (gpointer) coprod_rate_card_get_entries, "entries", COPROD_TYPE_RATE_ENTRY },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (lists); i++)
    {
      const CoprodField *field = _coprod_fields_find (G_OBJECT_TYPE (lists[i].record),
                                                      lists[i].property);
      GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (lists[i].record),
                                                        lists[i].property);
      g_autoptr(GListModel) from_property = NULL;
      GListModel *list;

      assert_non_null (field);
      assert_int_equal (field->kind, COPROD_FIELD_CHILDREN);
      /* the property is still a read-only GListModel */
      assert_true (G_PARAM_SPEC_VALUE_TYPE (pspec) == G_TYPE_LIST_MODEL);
      assert_int_equal (pspec->flags & G_PARAM_READWRITE, G_PARAM_READABLE);
      assert_null (_coprod_field_peek_children (lists[i].record, field));

      list = lists[i].get (lists[i].record);
      assert_non_null (list);
      assert_true (G_IS_LIST_MODEL (list));
      assert_true (g_list_model_get_item_type (list) == lists[i].item_type);
      assert_int_equal (g_list_model_get_n_items (list), 0);
      assert_null (g_list_model_get_item (list, 0));
      assert_ptr_equal (lists[i].get (lists[i].record), list);
      assert_ptr_equal (_coprod_field_peek_children (lists[i].record, field), list);

      g_object_get (lists[i].record, lists[i].property, &from_property, NULL);
      assert_ptr_equal (from_property, list);
    }

  /* asked for first through the property */
  {
    g_autoptr(CoprodProject) other = coprod_project_new ("proj-2", "Other");
    g_autoptr(GListModel) involvements = NULL;

    g_object_get (other, "involvements", &involvements, NULL);
    assert_non_null (involvements);
    assert_int_equal (g_list_model_get_n_items (involvements), 0);
    assert_ptr_equal (coprod_project_get_involvements (other), involvements);
  }
}

typedef struct
{
  guint position;
  guint removed;
  guint added;
  guint count;
  guint n_items;         /* the list's size when the signal came */
  gpointer owner_seen;   /* the owner of the child at the time */
  gpointer child;
} ItemsChanged;

static void
record_items_changed (GListModel *list,
                      guint       position,
                      guint       removed,
                      guint       added,
                      gpointer    user_data)
{
  ItemsChanged *seen = user_data;

  seen->position = position;
  seen->removed = removed;
  seen->added = added;
  seen->n_items = g_list_model_get_n_items (list);
  seen->owner_seen = seen->child ? _coprod_object_get_owner (seen->child) : NULL;
  seen->count++;
}

/* A list asked for before any child was added emits items-changed (and
 * notify::n-items) as children come and go, as GListStore does; the
 * children know their record while they are in it and not after */
static void
test_field_children_emit_items_changed (void **state)
{
  CoprodProject *project = coprod_project_new ("proj-1", "Project");
  g_autoptr(CoprodInvolvement) first =
    coprod_involvement_new ("p-1", COPROD_STAGE_DOING, COPROD_MODE_PARTNER);
  g_autoptr(CoprodInvolvement) second =
    coprod_involvement_new ("p-2", COPROD_STAGE_DOING, COPROD_MODE_PARTNER);
  g_autoptr(GListModel) list = g_object_ref (coprod_project_get_involvements (project));
  ItemsChanged seen = { 0, };
  CoprodNotifyCounter n_items;
  g_autoptr(CoprodInvolvement) item = NULL;

  g_signal_connect (list, "items-changed", G_CALLBACK (record_items_changed), &seen);
  coprod_test_notify_counter_start (&n_items, list, "n-items");

  seen.child = first;
  coprod_project_add_involvement (project, first);
  assert_int_equal (seen.count, 1);
  assert_int_equal (seen.position, 0);
  assert_int_equal (seen.removed, 0);
  assert_int_equal (seen.added, 1);
  assert_int_equal (seen.n_items, 1);
  assert_int_equal (n_items.count, 1);
  assert_ptr_equal (_coprod_object_get_owner (first), project);

  seen.child = second;
  coprod_project_add_involvement (project, second);
  assert_int_equal (seen.count, 2);
  assert_int_equal (seen.position, 1);
  assert_int_equal (seen.added, 1);
  assert_int_equal (n_items.count, 2);
  item = g_list_model_get_item (list, 1);
  assert_ptr_equal (item, second);

  /* removed: one signal, at its place, with the list already shorter and
   * the child already free */
  seen.child = first;
  assert_true (coprod_project_remove_involvement (project, first));
  assert_int_equal (seen.count, 3);
  assert_int_equal (seen.position, 0);
  assert_int_equal (seen.removed, 1);
  assert_int_equal (seen.added, 0);
  assert_int_equal (seen.n_items, 1);
  assert_null (seen.owner_seen);
  assert_int_equal (n_items.count, 3);
  assert_null (_coprod_object_get_owner (first));
  assert_ptr_equal (_coprod_object_get_owner (second), project);

  /* not in the list: nothing */
  assert_false (coprod_project_remove_involvement (project, first));
  assert_int_equal (seen.count, 3);

  /* the one removed may go into another record */
  {
    g_autoptr(CoprodProject) other = coprod_project_new ("proj-2", "Other");

    coprod_project_add_involvement (other, first);
    assert_ptr_equal (_coprod_object_get_owner (first), other);
    assert_true (coprod_project_remove_involvement (other, first));
    assert_null (_coprod_object_get_owner (first));
  }

  /* several at once (as a load adds them) to a list someone holds: one
   * signal */
  {
    const CoprodField *field = _coprod_fields_find (COPROD_TYPE_PROJECT, "involvements");
    g_autoptr(CoprodInvolvement) third =
      coprod_involvement_new ("p-3", COPROD_STAGE_DOING, COPROD_MODE_PARTNER);
    gpointer more[] = { first, third };

    seen.child = NULL;
    _coprod_field_add_children (project, field, more, G_N_ELEMENTS (more));
    assert_int_equal (seen.count, 4);
    assert_int_equal (seen.position, 1);
    assert_int_equal (seen.removed, 0);
    assert_int_equal (seen.added, 2);
    assert_int_equal (seen.n_items, 3);
    assert_int_equal (n_items.count, 4);
    assert_ptr_equal (_coprod_object_get_owner (third), project);
  }

  coprod_test_notify_counter_stop (&n_items);
  g_signal_handlers_disconnect_by_func (list, record_items_changed, &seen);

  /* the list outlives its record, which frees the children it held */
  coprod_test_assert_finalized (project);
  assert_int_equal (g_list_model_get_n_items (list), 3);
  assert_null (_coprod_object_get_owner (second));
  assert_null (_coprod_object_get_owner (first));
}

/* Loading, validating and saving a document makes no list for a record
 * with no children in it: the list of children is made only when there is
 * a child, or when the public getter asks */
static void
test_field_children_not_made_by_load_and_save (void **state)
{
  const char *json =
    "{ \"format\": \"coprod\", \"version\": 1,"
    "  \"people\": [ { \"id\": \"p-1\", \"name\": \"A\" } ],"
    "  \"partnerships\": [ { \"id\": \"part-1\", \"name\": \"Without members\" },"
    "                      { \"id\": \"part-2\", \"name\": \"With one\","
    "                        \"memberships\": [ { \"member_id\": \"p-1\" } ] } ],"
    "  \"projects\": [ { \"id\": \"proj-1\", \"title\": \"Nothing inside\","
    "                    \"partnership_id\": \"part-1\", \"involvements\": [] },"
    "                  { \"id\": \"proj-2\", \"title\": \"Someone took part\","
    "                    \"partnership_id\": \"part-2\","
    "                    \"involvements\": [ { \"person_id\": \"p-1\", \"stage\": \"doing\","
    "                                          \"mode\": \"partner\" } ] } ],"
    "  \"reviews\": [ { \"id\": \"rev-1\", \"framework_id\": \"flse\", \"subject_id\": \"proj-1\" } ],"
    "  \"pledges\": [ { \"id\": \"pledge-1\", \"signatory_id\": \"part-1\" } ],"
    "  \"rate_cards\": [ { \"id\": \"card-1\", \"name\": \"Card\" } ] }";
  g_autoptr(CoprodRegistry) registry = coprod_registry_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) findings = NULL;
  g_autofree char *saved = NULL;
  g_autofree char *again = NULL;
  const char *empty[] = { "part-1", "proj-1", "rev-1", "pledge-1", "card-1" };
  const CoprodField *involvements = _coprod_fields_find (COPROD_TYPE_PROJECT, "involvements");
  const CoprodField *events = _coprod_fields_find (COPROD_TYPE_PROJECT, "feedback-events");
  const CoprodField *memberships = _coprod_fields_find (COPROD_TYPE_PARTNERSHIP, "memberships");
  CoprodRecord *proj_2, *part_2;
  guint i, j, n_fields;

  assert_true (coprod_registry_load_from_data (registry, json, -1, &error));
  assert_null (error);
  findings = coprod_registry_validate_as_of (registry, "2025-01-01", &error);
  assert_non_null (findings);
  saved = coprod_registry_to_data (registry, NULL);
  assert_non_null (saved);
  /* the empty lists are still written, as they were */
  assert_non_null (strstr (saved, "\"memberships\" : []"));
  assert_non_null (strstr (saved, "\"involvements\" : []"));

  for (i = 0; i < G_N_ELEMENTS (empty); i++)
    {
      CoprodRecord *record = coprod_registry_lookup (registry, empty[i]);
      const CoprodField *fields_of = _coprod_fields_of_type (G_OBJECT_TYPE (record), &n_fields);
      guint n_children_fields = 0;

      for (j = 0; j < n_fields; j++)
        if (fields_of[j].kind == COPROD_FIELD_CHILDREN)
          {
            n_children_fields++;
            assert_null (_coprod_field_peek_children (record, &fields_of[j]));
            assert_int_equal (_coprod_field_get_n_children (record, &fields_of[j]), 0);
          }
      assert_true (n_children_fields > 0);
    }

  /* a list with children in the document is there, with its children */
  proj_2 = coprod_registry_lookup (registry, "proj-2");
  part_2 = coprod_registry_lookup (registry, "part-2");
  assert_non_null (_coprod_field_peek_children (proj_2, involvements));
  assert_int_equal (_coprod_field_get_n_children (proj_2, involvements), 1);
  assert_ptr_equal (_coprod_object_get_owner (_coprod_field_peek_child (proj_2, involvements, 0)),
                    proj_2);
  assert_null (_coprod_field_peek_children (proj_2, events));
  assert_int_equal (_coprod_field_get_n_children (part_2, memberships), 1);

  /* the getter makes the empty one; what is saved does not change */
  assert_int_equal (g_list_model_get_n_items (coprod_project_get_feedback_events (COPROD_PROJECT (proj_2))), 0);
  assert_non_null (_coprod_field_peek_children (proj_2, events));
  again = coprod_registry_to_data (registry, NULL);
  assert_string_equal (again, saved);
}

static void
set_owner_of_plain_object (gpointer data)
{
  _coprod_object_set_owner (data, data);
}

/* A record is held by the registry it is in and holds what is inside it;
 * anything else is held by nothing */
static void
test_field_owners (void **state)
{
  const char *json =
    "{ \"format\": \"coprod\", \"version\": 1,"
    "  \"people\": [ { \"id\": \"p-1\", \"name\": \"A\" } ],"
    "  \"partnerships\": [ { \"id\": \"part-1\", \"name\": \"P\","
    "                        \"memberships\": [ { \"member_id\": \"p-1\" },"
    "                                           { \"member_id\": \"p-1\" } ] } ] }";
  CoprodRegistry *registry = coprod_registry_new ();
  g_autoptr(CoprodRegistry) second = coprod_registry_new ();
  g_autoptr(GObject) plain = g_object_new (G_TYPE_OBJECT, NULL);
  g_autoptr(TestThing) thing = g_object_new (TEST_TYPE_THING, NULL);
  g_autoptr(CoprodPartnership) partnership = NULL;
  g_autoptr(CoprodMembership) membership = NULL;
  g_autoptr(CoprodPerson) person = NULL;
  g_autoptr(GError) error = NULL;
  const CoprodField *memberships = _coprod_fields_find (COPROD_TYPE_PARTNERSHIP, "memberships");

  assert_true (coprod_registry_load_from_data (registry, json, -1, &error));
  partnership = g_object_ref (COPROD_PARTNERSHIP (coprod_registry_lookup (registry, "part-1")));
  person = g_object_ref (COPROD_PERSON (coprod_registry_lookup (registry, "p-1")));
  membership = g_object_ref (_coprod_field_peek_child (partnership, memberships, 1));

  assert_ptr_equal (_coprod_object_get_owner (partnership), registry);
  assert_ptr_equal (_coprod_object_get_owner (person), registry);
  assert_ptr_equal (_coprod_object_get_owner (_coprod_field_peek_child (partnership, memberships, 0)),
                    partnership);
  assert_ptr_equal (_coprod_object_get_owner (membership), partnership);
  assert_null (_coprod_object_get_owner (registry));
  assert_null (_coprod_object_get_owner (plain));
  assert_null (_coprod_object_get_owner (thing));

  /* in one registry at a time */
  assert_false (coprod_registry_add (second, COPROD_RECORD (person), &error));
  assert_true (g_error_matches (error, COPROD_ERROR, COPROD_ERROR_IN_USE));
  g_clear_error (&error);
  assert_true (coprod_registry_remove (registry, "p-1", &error));
  assert_null (_coprod_object_get_owner (person));
  assert_true (coprod_registry_add (second, COPROD_RECORD (person), &error));
  assert_ptr_equal (_coprod_object_get_owner (person), second);

  /* what outlives its holder is free again: the partnership when the
   * registry goes, the membership when the partnership goes */
  coprod_test_assert_finalized (registry);
  assert_null (_coprod_object_get_owner (partnership));
  assert_ptr_equal (_coprod_object_get_owner (membership), partnership);
  coprod_test_assert_finalized (g_steal_pointer (&partnership));
  assert_null (_coprod_object_get_owner (membership));

  /* only records and what goes inside them can be held */
  assert_int_equal (coprod_test_count_criticals (set_owner_of_plain_object, plain), 1);
  assert_null (_coprod_object_get_owner (plain));
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
    cmocka_unit_test (test_field_children_getters_on_fresh_records),
    cmocka_unit_test (test_field_children_emit_items_changed),
    cmocka_unit_test (test_field_children_not_made_by_load_and_save),
    cmocka_unit_test (test_field_owners),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
