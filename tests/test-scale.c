/* test-scale.c: the engines' work grows with the input, not faster
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Shown as counts of work, not timings: the registry counts every entry
 * its indexes take in and hand out (_coprod_registry_get_work), and the
 * engines read relations only from those indexes. Each test runs an
 * engine at a size and at twice that size: the work must stay under a
 * bound linear in the records and the objects inside them, and double
 * (not quadruple) with the input.
 */
#include "config.h"

#include <malloc.h>

#include <string.h>

#include "coprod-index-private.h"
#include "coprod-test-util.h"

/* Under valgrind everything is fifty times slower: a smaller scale shows
 * the same shape */
static guint
scale (guint n)
{
  const char *preload = g_getenv ("LD_PRELOAD");

  return preload != NULL && strstr (preload, "vgpreload") != NULL ? n / 20 : n;
}

static void
add (CoprodRegistry *registry,
     gpointer        record)
{
  g_autoptr(GError) error = NULL;

  assert_true (coprod_registry_add (registry, record, &error));
  g_object_unref (record);
}

/* @n projects in @n / 10 partnerships of ten people each; every project
 * has two involvements, a supported meeting and a payment; a few
 * policies. Returns the number of records and objects inside them. */
static guint
many_projects (CoprodRegistry *registry,
               guint           n)
{
  guint i, objects = 0;

  for (i = 0; i < n / 10; i++)
    {
      g_autofree char *partnership_id = g_strdup_printf ("g-%u", i);
      g_autofree char *org_id = g_strdup_printf ("org-%u", i);
      CoprodPartnership *partnership = coprod_partnership_new (partnership_id, NULL);
      guint j;

      add (registry, coprod_organisation_new (org_id, NULL));
      for (j = 0; j < 10; j++)
        {
          g_autofree char *person_id = g_strdup_printf ("p-%u-%u", i, j);
          g_autoptr(CoprodMembership) membership = coprod_membership_new (person_id, NULL);
          CoprodPerson *person = coprod_person_new (person_id, NULL);

          coprod_person_set_roles (person, j % 2 ? COPROD_ROLE_LIVED_EXPERIENCE
                                                 : COPROD_ROLE_PROFESSIONAL);
          add (registry, person);
          coprod_partnership_add_membership (partnership, membership);
          objects += 2;
        }
      {
        g_autoptr(CoprodMembership) membership = coprod_membership_new (org_id, NULL);

        coprod_partnership_add_membership (partnership, membership);
      }
      if (i % 100 == 0)
        {
          g_autofree char *policy_id = g_strdup_printf ("pol-%u", i);
          CoprodPolicy *policy = g_object_new (COPROD_TYPE_POLICY, "id", policy_id,
                                               "organisation-id", org_id,
                                               "covers", COPROD_SUPPORT_TRAVEL_TICKETS, NULL);

          add (registry, policy);
          objects++;
        }
      add (registry, partnership);
      objects += 3;
    }

  for (i = 0; i < n; i++)
    {
      g_autofree char *project_id = g_strdup_printf ("pr-%u", i);
      g_autofree char *partnership_id = g_strdup_printf ("g-%u", i / 10);
      g_autofree char *lived = g_strdup_printf ("p-%u-1", i / 10);
      g_autofree char *professional = g_strdup_printf ("p-%u-0", i / 10);
      g_autofree char *meeting_id = g_strdup_printf ("m-%u", i);
      g_autofree char *payment_id = g_strdup_printf ("pay-%u", i);
      const char * const attendees[] = { lived, professional, NULL };
      CoprodProject *project = coprod_project_new (project_id, NULL);
      g_autoptr(CoprodInvolvement) a = coprod_involvement_new (lived, COPROD_STAGE_DESIGNING,
                                                                 COPROD_MODE_PARTNER);
      g_autoptr(CoprodInvolvement) b = coprod_involvement_new (professional, COPROD_STAGE_DECIDING,
                                                                 COPROD_MODE_PARTNER);
      CoprodMeeting *meeting = g_object_new (COPROD_TYPE_MEETING, "id", meeting_id,
                                             "project-id", project_id,
                                             "attendee-ids", attendees,
                                             "support", COPROD_SUPPORT_REFRESHMENTS, NULL);
      CoprodPayment *payment = g_object_new (COPROD_TYPE_PAYMENT, "id", payment_id,
                                             "person-id", lived,
                                             "meeting-id", meeting_id, NULL);

      coprod_project_set_partnership_id (project, partnership_id);
      coprod_project_add_involvement (project, a);
      coprod_project_add_involvement (project, b);
      add (registry, project);
      add (registry, meeting);
      add (registry, payment);
      objects += 5;
    }

  return objects;
}

typedef guint (*Builder) (CoprodRegistry *registry, guint n);
typedef void  (*Engine)  (CoprodRegistry *registry);

static void
validate (CoprodRegistry *registry)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) findings = coprod_registry_validate_as_of (registry, "2026-01-01", &error);

  g_assert_no_error (error);
}

static void
assess_all (CoprodRegistry *registry)
{
  g_autoptr(GListModel) assessments = coprod_registry_assess_all (registry);

  assert_true (g_list_model_get_n_items (assessments) > 0);
}

/* A framework with one practice per check, "c-0" ... */
static CoprodFramework *
all_checks_framework (void)
{
  static CoprodFramework *framework;

  if (framework == NULL)
    {
      g_autoptr(GString) doc = g_string_new (
        "{\"format\": \"coprod-framework\", \"version\": 1, \"key\": \"t\", \"title\": \"T\","
        " \"scale\": {\"minimum\": 1, \"maximum\": 2,"
        "   \"bands\": [{\"minimum\": 1, \"maximum\": 2, \"label\": \"L\"}]},"
        " \"values\": [{\"key\": \"v\", \"title\": \"V\", \"practices\": [");
      const char * const *check;
      guint i = 0;
      g_autoptr(GError) error = NULL;

      for (check = coprod_practice_list_checks (); *check != NULL; check++, i++)
        g_string_append_printf (doc, "%s{\"id\": \"c-%u\", \"text\": \"C\", \"check\": \"%s\"}",
                                i > 0 ? ", " : "", i, *check);
      g_string_append (doc, "]}]}");

      framework = coprod_framework_new_from_data (doc->str, -1, &error);
      g_assert_no_error (error);
    }

  return framework;
}

/* Every check on every partnership */
static void
run_checks (CoprodRegistry *registry)
{
  CoprodFramework *framework = all_checks_framework ();
  GListModel *partnerships = coprod_registry_get_partnerships (registry);
  guint i, j, n_checks = g_strv_length ((char **) coprod_practice_list_checks ());

  for (i = 0; i < g_list_model_get_n_items (partnerships); i++)
    {
      g_autoptr(CoprodRecord) partnership = g_list_model_get_item (partnerships, i);

      for (j = 0; j < n_checks; j++)
        {
          g_autofree char *practice_id = g_strdup_printf ("c-%u", j);
          g_autoptr(GError) error = NULL;
          g_autoptr(CoprodCheckResult) result =
            coprod_registry_run_check (registry,
                                       coprod_framework_lookup_practice (framework, practice_id),
                                       coprod_record_get_id (partnership), "2026-01-01", &error);

          g_assert_no_error (error);
        }
    }
}

/* The engine's work at @n and at 2 @n: under @per_object a record or
 * object, and at most 2.2 times as much for twice the input */
static void
assert_linear (Builder     build,
               Engine      engine,
               guint       n,
               guint       per_object)
{
  guint64 work[2];
  guint objects[2];
  guint k;

  for (k = 0; k < 2; k++)
    {
      g_autoptr(CoprodRegistry) registry = coprod_registry_new ();
      guint64 before;

      objects[k] = build (registry, n << k);
      before = _coprod_registry_get_work (registry);
      engine (registry);
      work[k] = _coprod_registry_get_work (registry) - before;

      if (work[k] > (guint64) objects[k] * per_object)
        fail_msg ("%" G_GUINT64_FORMAT " units of work for %u records and objects",
                  work[k], objects[k]);
    }

  if (work[1] * 10 > work[0] * 22)
    fail_msg ("twice the input took %.2f times the work", (double) work[1] / (double) work[0]);
}

static void
summarise_payments (CoprodRegistry *registry)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CoprodPaymentSummary) summary =
    coprod_registry_summarise_payments (registry, "2026-01-01", &error);

  g_assert_no_error (error);
  assert_true (g_list_model_get_n_items (coprod_payment_summary_get_people (summary)) > 0);
}

/* many_projects, and an output of every project with its reach */
static guint
many_outputs (CoprodRegistry *registry,
              guint           n)
{
  guint i, objects = many_projects (registry, n);

  for (i = 0; i < n; i++)
    {
      g_autofree char *id = g_strdup_printf ("out-%u", i);
      g_autofree char *project_id = g_strdup_printf ("pr-%u", i);
      CoprodOutput *output = coprod_output_new (id, (CoprodOutputKind) (i % 10), NULL);

      coprod_output_set_project_id (output, project_id);
      coprod_output_set_page_views (output, i);
      coprod_output_set_page_views_qualifier (output, (CoprodFigureQualifier) (i % 3));
      add (registry, output);
      objects++;
    }

  return objects;
}

static void
summarise_reach (CoprodRegistry *registry)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CoprodReachSummary) summary =
    coprod_registry_summarise_reach (registry, "2026-01-01", &error);

  g_assert_no_error (error);
  assert_int_equal (coprod_reach_total_get_page_views_qualifier (coprod_reach_summary_get_total (summary)),
                    COPROD_FIGURE_QUALIFIER_MORE_THAN);
}

static void
test_scale_payments_many_projects (void **state)
{
  assert_linear (many_projects, summarise_payments, scale (50000), 6);
}

static void
test_scale_reach_many_outputs (void **state)
{
  assert_linear (many_outputs, summarise_reach, scale (50000), 4);
}

static void
test_scale_validate_many_projects (void **state)
{
  assert_linear (many_projects, validate, scale (50000), 4);
}

static void
test_scale_assess_many_projects (void **state)
{
  assert_linear (many_projects, assess_all, scale (50000), 4);
}

static void
test_scale_checks_many_projects (void **state)
{
  assert_linear (many_projects, run_checks, scale (10000), 12);
}

/* @n people, every one a member of one partnership, and of one project
 * of it with an involvement each */
static guint
many_people (CoprodRegistry *registry,
             guint           n)
{
  CoprodPartnership *partnership = coprod_partnership_new ("g-all", NULL);
  CoprodProject *project = coprod_project_new ("pr-all", NULL);
  guint i;

  coprod_project_set_partnership_id (project, "g-all");
  for (i = 0; i < n; i++)
    {
      g_autofree char *person_id = g_strdup_printf ("p-%u", i);
      g_autoptr(CoprodMembership) membership = coprod_membership_new (person_id, NULL);
      g_autoptr(CoprodInvolvement) involvement =
        coprod_involvement_new (person_id, COPROD_STAGE_DOING, COPROD_MODE_ENGAGED);
      CoprodPerson *person = coprod_person_new (person_id, NULL);

      coprod_person_set_roles (person, COPROD_ROLE_LIVED_EXPERIENCE);
      add (registry, person);
      coprod_partnership_add_membership (partnership, membership);
      coprod_project_add_involvement (project, involvement);
    }
  add (registry, partnership);
  add (registry, project);

  return 3 * n + 2;
}

static void
test_scale_validate_many_people (void **state)
{
  assert_linear (many_people, validate, scale (100000), 4);
}

static void
test_scale_assess_many_people (void **state)
{
  assert_linear (many_people, assess_all, scale (100000), 4);
}

/* A change to a record is seen: the index is made again */
static void
test_scale_index_follows_changes (void **state)
{
  g_autoptr(CoprodRegistry) registry = coprod_registry_new ();
  g_autoptr(CoprodMembership) membership = coprod_membership_new ("p-2", NULL);
  CoprodPartnership *partnership = coprod_partnership_new ("g", NULL);
  CoprodIndex *index;

  add (registry, coprod_person_new ("p-1", NULL));
  add (registry, coprod_person_new ("p-2", NULL));
  coprod_partnership_add_membership (partnership, membership);
  g_object_ref (partnership);
  add (registry, partnership);

  index = _coprod_registry_get_index (registry);
  assert_true (_coprod_index_is_member (index, "g", "p-2"));
  assert_false (_coprod_index_is_member (index, "g", "p-1"));
  assert_ptr_equal (_coprod_registry_get_index (registry), index);

  coprod_membership_set_member_id (membership, "p-1");
  index = _coprod_registry_get_index (registry);
  assert_true (_coprod_index_is_member (index, "g", "p-1"));
  assert_false (_coprod_index_is_member (index, "g", "p-2"));

  assert_true (coprod_partnership_remove_membership (partnership, membership));
  index = _coprod_registry_get_index (registry);
  assert_false (_coprod_index_is_member (index, "g", "p-1"));
  g_object_unref (partnership);
}

/* A partnership of records made one by one, so that no id string is
 * shared: every question about members is answered by text */
static CoprodPartnership *
partnership_with (CoprodRegistry *registry,
                  const char     *id,
                  const char     *parent_id,
                  const char    **members)
{
  CoprodPartnership *partnership = coprod_partnership_new (id, NULL);
  guint i;

  coprod_partnership_set_parent_id (partnership, parent_id);
  for (i = 0; members != NULL && members[i] != NULL; i += 2)
    {
      g_autoptr(CoprodMembership) membership = coprod_membership_new (members[i], NULL);

      coprod_membership_set_on_behalf_of_id (membership, members[i + 1]);
      coprod_partnership_add_membership (partnership, membership);
    }
  g_object_ref (partnership);
  add (registry, partnership);
  g_object_unref (partnership);

  return partnership;
}

static void
add_policy (CoprodRegistry *registry,
            const char     *id,
            const char     *organisation_id,
            CoprodSupport   covers)
{
  add (registry, g_object_new (COPROD_TYPE_POLICY, "id", id,
                               "organisation-id", organisation_id,
                               "covers", covers, NULL));
}

/* Members, staff and policies of partnerships, by text: a member listed
 * twice, a member who is also staff, members and organisations that name
 * no record, a policy found up the parents, and parent chains that come
 * back on themselves */
static void
test_scale_index_members_by_text (void **state)
{
  g_autoptr(CoprodRegistry) registry = coprod_registry_new ();
  const char *g_members[] = {
    "org-1", NULL,
    "p-1", NULL,
    "p-1", "org-1",            /* listed twice, the second time as staff */
    "p-2", "org-2",            /* for an organisation that is not a member */
    "ghost", NULL,             /* names no record */
    "p-3", "ghost",            /* for a member that names no record */
    "p-4", "nowhere",          /* for an id that names nothing and is no member */
    "nobody", "org-1",         /* staff that names no record */
    NULL
  };
  const char *cycle_members[] = { "org-3", NULL, NULL };
  const char *ids[] = { "org-1", "org-2", "org-3", "org-9", "p-1", "p-2", "p-3", "p-4" };
  CoprodPartnership *g, *h, *t;
  CoprodIndex *index;
  guint round, i;

  for (i = 0; i < G_N_ELEMENTS (ids); i++)
    add (registry, ids[i][0] == 'o' ? (gpointer) coprod_organisation_new (ids[i], NULL)
                                    : (gpointer) coprod_person_new (ids[i], NULL));
  add_policy (registry, "pol-a", "org-9", COPROD_SUPPORT_TRAVEL_TICKETS);  /* not a member */
  add_policy (registry, "pol-b", "org-1", COPROD_SUPPORT_NONE);           /* covers nothing */
  add_policy (registry, "pol-c", "ghost", COPROD_SUPPORT_REFRESHMENTS);   /* a member's, by text */
  add_policy (registry, "pol-d", "org-1", COPROD_SUPPORT_PAYMENT);        /* later */
  add_policy (registry, "pol-e", "org-3", COPROD_SUPPORT_PAYMENT);

  g = partnership_with (registry, "g", NULL, g_members);
  h = partnership_with (registry, "h", "g", NULL);
  partnership_with (registry, "k", "m", NULL);          /* k -> m -> k */
  partnership_with (registry, "m", "k", NULL);
  partnership_with (registry, "n", "k", NULL);          /* leads into the loop */
  partnership_with (registry, "q", "r", cycle_members); /* q -> r -> q, with its own */
  partnership_with (registry, "r", "q", NULL);
  t = partnership_with (registry, "s", "nowhere", NULL); /* a parent that is no record */

  /* the same answers whichever is asked first, and asked again */
  for (round = 0; round < 2; round++)
    {
      g_autofree char *ghost = g_strdup ("ghost");
      const char *order[] = { "h", "g", "k", "n", "m", "q", "r", "s" };
      const char *expected[] = { "pol-c", "pol-c", NULL, NULL, NULL, "pol-e", NULL, NULL };

      /* a change makes a new index */
      coprod_partnership_set_parent_id (t, round ? "elsewhere" : "nowhere");
      index = _coprod_registry_get_index (registry);

      for (i = 0; i < G_N_ELEMENTS (order); i++)
        {
          guint k = round ? G_N_ELEMENTS (order) - 1 - i : i;
          CoprodPolicy *policy = _coprod_index_policy_of_partnership (index, order[k]);

          if (expected[k] == NULL)
            assert_null (policy);
          else
            assert_string_equal (coprod_record_get_id (COPROD_RECORD (policy)), expected[k]);
        }
      assert_null (_coprod_index_policy_of_partnership (index, "p-1"));
      assert_null (_coprod_index_policy_of_partnership (index, "no-such"));

      assert_true (_coprod_index_is_member (index, "g", "p-1"));
      assert_true (_coprod_index_is_member (index, "g", ghost));
      assert_true (_coprod_index_is_member (index, "g", "nobody"));
      assert_false (_coprod_index_is_member (index, "g", "org-2"));
      assert_false (_coprod_index_is_member (index, "g", "nowhere"));
      assert_false (_coprod_index_is_member (index, "h", "p-1"));
      assert_false (_coprod_index_is_member (index, "p-1", "p-1"));
      assert_false (_coprod_index_is_member (index, "no-such", "p-1"));

      assert_true (_coprod_index_has_member_record (index, COPROD_RECORD (g),
                                                    coprod_registry_lookup (registry, "p-1")));
      assert_false (_coprod_index_has_member_record (index, COPROD_RECORD (g),
                                                     coprod_registry_lookup (registry, "org-2")));
      assert_false (_coprod_index_has_member_record (index, COPROD_RECORD (h),
                                                     coprod_registry_lookup (registry, "p-1")));

      assert_true (_coprod_index_has_staff_record (index, COPROD_RECORD (g),
                                                   coprod_registry_lookup (registry, "p-1")));
      assert_true (_coprod_index_has_staff_record (index, COPROD_RECORD (g),
                                                   coprod_registry_lookup (registry, "p-3")));
      assert_false (_coprod_index_has_staff_record (index, COPROD_RECORD (g),
                                                    coprod_registry_lookup (registry, "p-2")));
      assert_false (_coprod_index_has_staff_record (index, COPROD_RECORD (g),
                                                    coprod_registry_lookup (registry, "p-4")));
      assert_false (_coprod_index_has_staff_record (index, COPROD_RECORD (g),
                                                    coprod_registry_lookup (registry, "org-1")));
      assert_false (_coprod_index_has_staff_record (index, COPROD_RECORD (h),
                                                    coprod_registry_lookup (registry, "p-1")));
    }
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_scale_validate_many_projects),
    cmocka_unit_test (test_scale_assess_many_projects),
    cmocka_unit_test (test_scale_checks_many_projects),
    cmocka_unit_test (test_scale_payments_many_projects),
    cmocka_unit_test (test_scale_reach_many_outputs),
    cmocka_unit_test (test_scale_validate_many_people),
    cmocka_unit_test (test_scale_assess_many_people),
    cmocka_unit_test (test_scale_index_follows_changes),
    cmocka_unit_test (test_scale_index_members_by_text),
  };

  /* This suite counts work on registries of up to 400,000 records, built
   * and freed one after another. Under the random MALLOC_PERTURB_ meson
   * sets, glibc fills every free region a realloc splits off, and those
   * registries leave regions of hundreds of megabytes: minutes of memset
   * that say nothing about the library. The fill is turned off here;
   * valgrind and ASan watch this suite's memory instead. */
  mallopt (M_PERTURB, 0);

  return cmocka_run_group_tests (tests, NULL, NULL);
}
