/* tutorial.c: the Worcestershire case, built step by step: organisations,
 * people, the forum and its board of ten seats, a project with its
 * involvements, the pledge; then it is assessed and its report printed.
 * doc/tutorial.md shows it beside tutorial.py and tutorial.js, which print
 * the same lines.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 *   cc tutorial.c $(pkg-config --cflags --libs libcoprod-1) -o tutorial && ./tutorial
 *
 * The organisations are real (source 002 of the domain notes); the people
 * are invented, and the details marked illustrative are.
 */
#include <stdio.h>

#include <libcoprod/coprod.h>

/* Adds @record (a new object, which the registry takes), or stops. */
static void
add (CoprodRegistry *registry,
     gpointer        record)
{
  g_autoptr(GError) error = NULL;

  if (!coprod_registry_add (registry, COPROD_RECORD (record), &error))
    g_error ("%s", error->message);
  g_object_unref (record);
}

static CoprodRegistry *
build (void)
{
  CoprodRegistry *registry = coprod_registry_new ();
  CoprodPartnership *forum, *board;
  CoprodMembership *runs, *lead;
  CoprodProject *project;
  CoprodPledge *pledge;
  CoprodCommitment *commitment;
  const char * const worcs_cc[] = { "org-worcs-cc", NULL };
  const struct { const char *person; CoprodStage stage; CoprodMode mode; const char *date; } took_part[] = {
    { "p-asc-lead", COPROD_STAGE_PLANNING, COPROD_MODE_PARTNER, "2023-04-24" },
    { "p-board-01", COPROD_STAGE_PLANNING, COPROD_MODE_CONSULTED, "2023-04-24" },
    { "p-board-02", COPROD_STAGE_PLANNING, COPROD_MODE_CONSULTED, "2023-04-24" },
    { "p-board-01", COPROD_STAGE_DESIGNING, COPROD_MODE_PARTNER, "2023-09-12" },
    { "p-board-02", COPROD_STAGE_DESIGNING, COPROD_MODE_PARTNER, "2023-09-12" },
    { "p-board-03", COPROD_STAGE_DESIGNING, COPROD_MODE_PARTNER, "2023-09-12" },
  };
  guint n;

  /* Step 1: organisations */
  add (registry, g_object_new (COPROD_TYPE_ORGANISATION,
                               "id", "org-worcs-cc", "name", "Worcestershire County Council",
                               "sector", COPROD_SECTOR_LOCAL_AUTHORITY, "area", "Worcestershire",
                               NULL));
  add (registry, g_object_new (COPROD_TYPE_ORGANISATION,
                               "id", "org-wmswtp",
                               "name", "West Midlands Social Work Teaching Partnership",
                               "sector", COPROD_SECTOR_OTHER,
                               NULL));

  /* Step 2: people */
  add (registry, g_object_new (COPROD_TYPE_PERSON,
                               "id", "p-asc-lead", "name", "Co-production lead (invented)",
                               "roles", COPROD_ROLE_STAFF | COPROD_ROLE_PROFESSIONAL,
                               "organisation-ids", worcs_cc,
                               NULL));
  add (registry, g_object_new (COPROD_TYPE_PERSON,
                               "id", "p-asc-director", "name", "Director (invented)",
                               "roles", COPROD_ROLE_STAFF | COPROD_ROLE_LEADER,
                               "organisation-ids", worcs_cc,
                               NULL));
  for (n = 1; n <= 7; n++)
    {
      g_autofree char *id = g_strdup_printf ("p-board-%02u", n);
      g_autofree char *name = g_strdup_printf ("Board member %u (invented)", n);

      add (registry, g_object_new (COPROD_TYPE_PERSON, "id", id, "name", name,
                                   "roles", n % 2 ? COPROD_ROLE_LIVED_EXPERIENCE : COPROD_ROLE_CARER,
                                   NULL));
    }

  /* Step 3: the forum, and its board of ten paid seats */
  forum = g_object_new (COPROD_TYPE_PARTNERSHIP,
                        "id", "prt-building-together", "name", "Building Together",
                        "kind", COPROD_GROUP_KIND_FORUM, "start-date", "2023-04-24",
                        NULL);
  runs = coprod_membership_new ("org-worcs-cc", "runs the forum");
  coprod_membership_set_lead (runs, TRUE);
  coprod_partnership_add_membership (forum, runs);
  g_object_unref (runs);
  lead = coprod_membership_new ("p-asc-lead", "co-production lead");
  coprod_partnership_add_membership (forum, lead);
  g_object_unref (lead);
  for (n = 1; n <= 7; n++)
    {
      g_autofree char *id = g_strdup_printf ("p-board-%02u", n);
      g_autoptr(CoprodMembership) member = coprod_membership_new (id, "forum member");

      coprod_partnership_add_membership (forum, member);
    }
  add (registry, forum);

  board = g_object_new (COPROD_TYPE_PARTNERSHIP,
                        "id", "prt-bt-board", "name", "Building Together board",
                        "kind", COPROD_GROUP_KIND_BOARD, "parent-id", "prt-building-together",
                        "start-date", "2023-04-24",
                        NULL);
  for (n = 1; n <= 10; n++)
    {
      g_autofree char *id = g_strdup_printf ("post-bt-board-%02u", n);
      g_autofree char *label = g_strdup_printf ("board seat %u", n);

      add (registry, g_object_new (COPROD_TYPE_POST,
                                   "id", id, "group-id", "prt-bt-board",
                                   "label", label, "role", "board member", "paid", TRUE,
                                   "selection", COPROD_SELECTION_OPEN_CALL,
                                   "start-date", "2023-04-24",
                                   NULL));
    }
  for (n = 1; n <= 7; n++)
    {
      g_autofree char *id = g_strdup_printf ("p-board-%02u", n);
      g_autofree char *post_id = g_strdup_printf ("post-bt-board-%02u", n);
      g_autoptr(CoprodMembership) seat = coprod_membership_new (id, "board member");

      coprod_membership_set_post_id (seat, post_id);
      coprod_membership_set_paid (seat, TRUE);
      coprod_membership_set_start_date (seat, n <= 5 ? "2023-06" : "2024-01");
      coprod_partnership_add_membership (board, seat);
    }
  add (registry, board);

  /* Step 4: a project, and who took part in each stage */
  project = g_object_new (COPROD_TYPE_PROJECT,
                          "id", "prj-bt-what-coprod-means",
                          "title", "What co-production means to people",
                          "partnership-id", "prt-building-together",
                          "status", COPROD_PROJECT_STATUS_UNDER_WAY,
                          "aimed-rung", COPROD_RUNG_CO_PRODUCTION,
                          NULL);
  for (n = 0; n < G_N_ELEMENTS (took_part); n++)
    {
      g_autoptr(CoprodInvolvement) involvement =
        coprod_involvement_new (took_part[n].person, took_part[n].stage, took_part[n].mode);

      coprod_involvement_set_date (involvement, took_part[n].date);
      coprod_involvement_set_hours (involvement, 3);
      coprod_project_add_involvement (project, involvement);
    }
  add (registry, project);

  /* Step 5: the director's pledge, and what it commits to */
  add (registry, g_object_new (COPROD_TYPE_CHARTER,
                               "id", "chr-wm-pledge",
                               "title", "Co-production charter and trauma-informed pledge",
                               "author-id", "org-wmswtp", "trauma-informed", TRUE,
                               NULL));
  pledge = g_object_new (COPROD_TYPE_PLEDGE,
                         "id", "plg-worcs-director", "signatory-id", "p-asc-director",
                         "on-behalf-of-id", "org-worcs-cc", "signed-date", "2023-04-24",
                         "charter-id", "chr-wm-pledge", "status", COPROD_PLEDGE_STATUS_ACTIVE,
                         "review-date", "2025-04",
                         NULL);
  commitment = coprod_commitment_new ("Recruit the board of ten paid members (illustrative)");
  coprod_commitment_set_due_date (commitment, "2025-03");
  coprod_commitment_set_status (commitment, COPROD_COMMITMENT_STATUS_IN_PROGRESS);
  coprod_commitment_set_progress (commitment, 70);
  coprod_pledge_add_commitment (pledge, commitment);
  g_object_unref (commitment);
  add (registry, pledge);

  return registry;
}

int
main (void)
{
  g_autoptr(CoprodRegistry) registry = build ();
  g_autoptr(CoprodTextWriter) writer = coprod_text_writer_new ();
  g_autoptr(GListModel) findings = NULL;
  g_autoptr(CoprodAssessment) assessment = NULL;
  g_autoptr(CoprodReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *validation = NULL;
  g_autofree char *assessed = NULL;
  g_autofree char *text = NULL;

  /* Step 6: check it, assess the project, print its report */
  findings = coprod_registry_validate_as_of (registry, "2025-01-01", &error);
  if (findings == NULL)
    g_error ("%s", error->message);
  validation = coprod_text_writer_write_validation (writer, registry, findings);
  fputs (validation, stdout);

  assessment = coprod_registry_assess_project (registry, "prj-bt-what-coprod-means", &error);
  if (assessment == NULL)
    g_error ("%s", error->message);
  assessed = coprod_text_writer_write_assessment (writer, registry, assessment,
                                                  coprod_ladder_get_default ());
  fputs (assessed, stdout);

  report = coprod_report_new (registry);
  coprod_report_set_scope (report, COPROD_REPORT_SCOPE_PROJECT);
  coprod_report_set_subject_id (report, "prj-bt-what-coprod-means");
  coprod_report_set_as_of (report, "2025-01-01");
  text = coprod_report_to_data (report, NULL, &error);
  if (text == NULL)
    g_error ("%s", error->message);
  fputs (text, stdout);

  return 0;
}
