/* test-practice-checks.c: the automatic checks a practice can name
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Each case loads a small registry: an organisation org-a with a payment
 * policy of 14 days, a partnership prt-a it is a member of, the projects,
 * people, meetings and payments the case gives; then runs one check on a
 * project or the partnership and compares the status and counts.
 */
#include "config.h"

#include <string.h>

#include "coprod-test-util.h"

#define PEOPLE_LE \
  "{\"id\": \"p-1\", \"name\": \"A\", \"roles\": [\"lived-experience\"]}," \
  "{\"id\": \"p-2\", \"name\": \"B\", \"roles\": [\"carer\"]}," \
  "{\"id\": \"p-3\", \"name\": \"C\", \"roles\": [\"staff\"]}"

static CoprodRegistry *
load (const char *people,
      const char *projects,
      const char *meetings,
      const char *payments)
{
  g_autoptr(CoprodRegistry) registry = coprod_registry_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *doc = g_strdup_printf (
    "{\"format\": \"coprod\", \"version\": 1,"
    " \"organisations\": [{\"id\": \"org-a\", \"name\": \"Org A\"}],"
    " \"partnerships\": [{\"id\": \"prt-a\", \"name\": \"P\","
    "   \"memberships\": [{\"member_id\": \"org-a\"}]},"
    "   {\"id\": \"prt-empty\", \"name\": \"E\"}],"
    " \"policies\": [{\"id\": \"pol-a\", \"title\": \"Policy\", \"organisation_id\": \"org-a\","
    "   \"payment_days\": 14, \"covers\": [\"payment\"]}],"
    " \"people\": [%s], \"projects\": [%s], \"meetings\": [%s], \"payments\": [%s]}",
    people ? people : "", projects ? projects : "",
    meetings ? meetings : "", payments ? payments : "");

  if (!coprod_registry_load_from_data (registry, doc, -1, &error))
    fail_msg ("%s\n%s", error->message, doc);

  return g_steal_pointer (&registry);
}

/* A framework of one practice "p" naming @check, with @parameters (a JSON
 * object's members, or NULL) */
static CoprodFramework *
framework_for (const char *check,
               const char *parameters)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *doc = g_strdup_printf (
    "{\"format\": \"coprod-framework\", \"version\": 1, \"key\": \"t\", \"title\": \"T\","
    " \"scale\": {\"minimum\": 1, \"maximum\": 2, \"bands\": [{\"minimum\": 1, \"maximum\": 2, \"label\": \"L\"}]},"
    " \"values\": [{\"key\": \"v\", \"title\": \"V\", \"practices\": ["
    "   {\"id\": \"p\", \"text\": \"P\"%s%s%s%s%s%s}]}]}",
    check ? ", \"check\": \"" : "", check ? check : "", check ? "\"" : "",
    parameters ? ", \"parameters\": {" : "", parameters ? parameters : "", parameters ? "}" : "");
  CoprodFramework *framework = coprod_framework_new_from_data (doc, -1, &error);

  if (framework == NULL)
    fail_msg ("%s\n%s", error->message, doc);

  return framework;
}

static CoprodCheckResult *
run (CoprodRegistry *registry,
     const char     *check,
     const char     *parameters,
     const char     *subject,
     const char     *as_of)
{
  g_autoptr(CoprodFramework) framework = framework_for (check, parameters);
  g_autoptr(GError) error = NULL;
  CoprodCheckResult *result;

  result = coprod_registry_run_check (registry,
                                      coprod_framework_lookup_practice (framework, "p"),
                                      subject, as_of, &error);
  if (result == NULL)
    fail_msg ("%s: %s", check, error->message);

  assert_string_equal (coprod_check_result_get_name (result), check);
  assert_non_null (coprod_check_result_get_summary (result));
  assert_non_null (coprod_check_result_get_evidence_ids (result));

  return result;
}

/* Runs @check and compares status and counts */
static void
expect (CoprodRegistry    *registry,
        const char        *check,
        const char        *parameters,
        const char        *subject,
        const char        *as_of,
        CoprodCheckStatus  status,
        guint              n_considered,
        guint              n_met)
{
  g_autoptr(CoprodCheckResult) result = run (registry, check, parameters, subject, as_of);

  if (coprod_check_result_get_status (result) != status
      || coprod_check_result_get_n_considered (result) != n_considered
      || coprod_check_result_get_n_met (result) != n_met)
    fail_msg ("%s on %s as of %s: status %d, %u of %u; expected %d, %u of %u (%s)",
              check, subject, as_of,
              coprod_check_result_get_status (result),
              coprod_check_result_get_n_met (result),
              coprod_check_result_get_n_considered (result),
              status, n_met, n_considered,
              coprod_check_result_get_summary (result));
}

#define PROJECT_A "{\"id\": \"prj-a\", \"title\": \"A\", \"partnership_id\": \"prt-a\"}"
#define PROJECT_B "{\"id\": \"prj-b\", \"title\": \"B\", \"partnership_id\": \"prt-a\"}"
#define PROJECT_LONE "{\"id\": \"prj-lone\", \"title\": \"L\"}"

/* A held meeting of prj-a on @date with @members (may be empty: "") */
static char *
meeting (const char *id,
         const char *date,
         const char *members)
{
  return g_strdup_printf ("{\"id\": \"%s\", \"title\": \"M\", \"status\": \"held\","
                          " \"project_id\": \"prj-a\", \"date\": \"%s\"%s%s}",
                          id, date, *members ? ", " : "", members);
}

#define M(id, date, members) g_autofree char *id##_ = meeting (#id, date, members)

static void
test_agenda (void **state)
{
  M (m1, "2024-03-08", "\"agenda_shared_date\": \"2024-03-01\"");
  M (m2, "2024-03-08", "\"agenda_shared_date\": \"2024-03-02\"");
  M (m3, "2024-03-08", "");
  g_autofree char *both = g_strjoin (",", m1_, m2_, NULL);
  g_autoptr(CoprodRegistry) met = load (NULL, PROJECT_A, m1_, NULL);
  g_autoptr(CoprodRegistry) short_by_one = load (NULL, PROJECT_A, m2_, NULL);
  g_autoptr(CoprodRegistry) partly = load (NULL, PROJECT_A, both, NULL);
  g_autoptr(CoprodRegistry) none = load (NULL, PROJECT_A, m3_, NULL);
  g_autoptr(CoprodRegistry) empty = load (NULL, PROJECT_A, NULL, NULL);

  /* exactly 7 days before is met, 6 is not */
  expect (met, "purpose-and-agenda-shared", "\"days\": 7", "prj-a", "2024-12-31",
          COPROD_CHECK_STATUS_MET, 1, 1);
  expect (short_by_one, "purpose-and-agenda-shared", "\"days\": 7", "prj-a", "2024-12-31",
          COPROD_CHECK_STATUS_NOT_MET, 1, 0);
  expect (short_by_one, "purpose-and-agenda-shared", "\"days\": 6", "prj-a", "2024-12-31",
          COPROD_CHECK_STATUS_MET, 1, 1);
  /* the default is 7 days */
  expect (short_by_one, "purpose-and-agenda-shared", NULL, "prj-a", "2024-12-31",
          COPROD_CHECK_STATUS_NOT_MET, 1, 0);
  expect (partly, "purpose-and-agenda-shared", "\"days\": 7", "prj-a", "2024-12-31",
          COPROD_CHECK_STATUS_PARTLY_MET, 2, 1);
  expect (partly, "purpose-and-agenda-shared", "\"days\": 7", "prt-a", "2024-12-31",
          COPROD_CHECK_STATUS_PARTLY_MET, 2, 1);
  /* no agenda shared: not met */
  expect (none, "purpose-and-agenda-shared", NULL, "prj-a", "2024-12-31",
          COPROD_CHECK_STATUS_NOT_MET, 1, 0);
  expect (empty, "purpose-and-agenda-shared", NULL, "prj-a", "2024-12-31",
          COPROD_CHECK_STATUS_NOT_APPLICABLE, 0, 0);
  /* a meeting after the date does not count; on the date it does */
  expect (met, "purpose-and-agenda-shared", NULL, "prj-a", "2024-03-07",
          COPROD_CHECK_STATUS_NOT_APPLICABLE, 0, 0);
  expect (met, "purpose-and-agenda-shared", NULL, "prj-a", "2024-03-08",
          COPROD_CHECK_STATUS_MET, 1, 1);
  expect (met, "purpose-and-agenda-shared", NULL, "prj-a", "2024-03",
          COPROD_CHECK_STATUS_MET, 1, 1);
}

/* A date not given to the day cannot show that the agenda went out in
 * time */
static void
test_agenda_month_only (void **state)
{
  M (m1, "2024-03-08", "\"agenda_shared_date\": \"2024-02\"");
  M (m2, "2024-03", "\"agenda_shared_date\": \"2024-01-01\"");
  g_autofree char *both = g_strjoin (",", m1_, m2_, NULL);
  g_autoptr(CoprodRegistry) registry = load (NULL, PROJECT_A, both, NULL);

  expect (registry, "purpose-and-agenda-shared", NULL, "prj-a", "2024-12-31",
          COPROD_CHECK_STATUS_NOT_MET, 2, 0);
}

static void
test_meetings_not_held (void **state)
{
  const char *meetings =
    "{\"id\": \"m1\", \"title\": \"M\", \"status\": \"planned\", \"project_id\": \"prj-a\","
    " \"date\": \"2024-01-01\", \"plain_language\": true},"
    "{\"id\": \"m2\", \"title\": \"M\", \"status\": \"cancelled\", \"project_id\": \"prj-a\","
    " \"date\": \"2024-01-01\"},"
    "{\"id\": \"m3\", \"title\": \"M\", \"status\": \"held\", \"project_id\": \"prj-a\"}";
  g_autoptr(CoprodRegistry) registry = load (NULL, PROJECT_A, meetings, NULL);

  expect (registry, "plain-language-papers", NULL, "prj-a", "2024-12-31",
          COPROD_CHECK_STATUS_NOT_APPLICABLE, 0, 0);
  expect (registry, "support-offered", NULL, "prj-a", "2024-12-31",
          COPROD_CHECK_STATUS_NOT_APPLICABLE, 0, 0);
}

static void
test_plain_language (void **state)
{
  M (m1, "2024-01-01", "\"plain_language\": true");
  M (m2, "2024-01-02", "\"plain_language\": false");
  g_autofree char *both = g_strjoin (",", m1_, m2_, NULL);
  g_autoptr(CoprodRegistry) met = load (NULL, PROJECT_A, m1_, NULL);
  g_autoptr(CoprodRegistry) not_met = load (NULL, PROJECT_A, m2_, NULL);
  g_autoptr(CoprodRegistry) partly = load (NULL, PROJECT_A, both, NULL);
  g_autoptr(CoprodRegistry) empty = load (NULL, PROJECT_A, NULL, NULL);
  g_autoptr(CoprodCheckResult) result = NULL;

  expect (met, "plain-language-papers", NULL, "prj-a", "2024-12-31", COPROD_CHECK_STATUS_MET, 1, 1);
  expect (not_met, "plain-language-papers", NULL, "prj-a", "2024-12-31", COPROD_CHECK_STATUS_NOT_MET, 1, 0);
  expect (partly, "plain-language-papers", NULL, "prj-a", "2024-12-31", COPROD_CHECK_STATUS_PARTLY_MET, 2, 1);
  expect (partly, "plain-language-papers", NULL, "prj-a", "2024-01-01", COPROD_CHECK_STATUS_MET, 1, 1);
  expect (empty, "plain-language-papers", NULL, "prj-a", "2024-12-31", COPROD_CHECK_STATUS_NOT_APPLICABLE, 0, 0);

  result = run (partly, "plain-language-papers", NULL, "prj-a", "2024-12-31");
  assert_int_equal (g_strv_length ((char **) coprod_check_result_get_evidence_ids (result)), 2);
  assert_true (g_strv_contains (coprod_check_result_get_evidence_ids (result), "m1"));
  assert_non_null (strstr (coprod_check_result_get_summary (result), "m2"));
}

static void
test_formats (void **state)
{
  M (m1, "2024-01-01", "\"format\": \"in-person\"");
  M (m2, "2024-01-02", "\"format\": \"online\"");
  M (m3, "2024-01-03", "\"format\": \"in-person\"");
  g_autofree char *two = g_strjoin (",", m1_, m2_, NULL);
  g_autofree char *one = g_strjoin (",", m1_, m3_, NULL);
  g_autoptr(CoprodRegistry) met = load (NULL, PROJECT_A, two, NULL);
  g_autoptr(CoprodRegistry) not_met = load (NULL, PROJECT_A, one, NULL);
  g_autoptr(CoprodRegistry) empty = load (NULL, PROJECT_A, NULL, NULL);

  /* n_met counts the formats */
  expect (met, "choice-of-formats", NULL, "prj-a", "2024-12-31", COPROD_CHECK_STATUS_MET, 2, 2);
  expect (met, "choice-of-formats", NULL, "prj-a", "2024-01-01", COPROD_CHECK_STATUS_NOT_MET, 1, 1);
  expect (not_met, "choice-of-formats", NULL, "prj-a", "2024-12-31", COPROD_CHECK_STATUS_NOT_MET, 2, 1);
  expect (empty, "choice-of-formats", NULL, "prj-a", "2024-12-31", COPROD_CHECK_STATUS_NOT_APPLICABLE, 0, 0);
}

static void
test_support (void **state)
{
  M (m1, "2024-01-01", "\"support\": [\"refreshments\"]");
  M (m2, "2024-01-02", "\"support\": []");
  g_autofree char *both = g_strjoin (",", m1_, m2_, NULL);
  g_autoptr(CoprodRegistry) met = load (NULL, PROJECT_A, m1_, NULL);
  g_autoptr(CoprodRegistry) not_met = load (NULL, PROJECT_A, m2_, NULL);
  g_autoptr(CoprodRegistry) partly = load (NULL, PROJECT_A, both, NULL);
  g_autoptr(CoprodRegistry) empty = load (NULL, PROJECT_A, NULL, NULL);

  expect (met, "support-offered", NULL, "prj-a", "2024-12-31", COPROD_CHECK_STATUS_MET, 1, 1);
  expect (not_met, "support-offered", NULL, "prj-a", "2024-12-31", COPROD_CHECK_STATUS_NOT_MET, 1, 0);
  expect (partly, "support-offered", NULL, "prt-a", "2024-12-31", COPROD_CHECK_STATUS_PARTLY_MET, 2, 1);
  expect (empty, "support-offered", NULL, "prj-a", "2024-12-31", COPROD_CHECK_STATUS_NOT_APPLICABLE, 0, 0);
}

/* The meetings of a partnership count for it, not for its projects */
static void
test_partnership_meetings (void **state)
{
  const char *meetings =
    "{\"id\": \"m1\", \"title\": \"M\", \"status\": \"held\", \"partnership_id\": \"prt-a\","
    " \"date\": \"2024-01-01\", \"plain_language\": true},"
    "{\"id\": \"m2\", \"title\": \"M\", \"status\": \"held\", \"partnership_id\": \"prt-a\","
    " \"project_id\": \"prj-a\", \"date\": \"2024-01-01\"}";
  g_autoptr(CoprodRegistry) registry = load (NULL, PROJECT_A, meetings, NULL);

  expect (registry, "plain-language-papers", NULL, "prt-a", "2024-12-31",
          COPROD_CHECK_STATUS_PARTLY_MET, 2, 1);
  expect (registry, "plain-language-papers", NULL, "prj-a", "2024-12-31",
          COPROD_CHECK_STATUS_NOT_MET, 1, 0);
  expect (registry, "plain-language-papers", NULL, "prt-empty", "2024-12-31",
          COPROD_CHECK_STATUS_NOT_APPLICABLE, 0, 0);
}

#define DECIDING_PARTNER(id, person) \
  "{\"id\": \"" id "\", \"title\": \"A\", \"partnership_id\": \"prt-a\"," \
  " \"stages\": [\"planning\", \"deciding\"]," \
  " \"involvements\": [{\"person_id\": \"" person "\", \"stage\": \"deciding\", \"mode\": \"partner\"}]}"

static void
test_deciding (void **state)
{
  g_autoptr(CoprodRegistry) met = load (PEOPLE_LE, DECIDING_PARTNER ("prj-a", "p-1"), NULL, NULL);
  g_autoptr(CoprodRegistry) partly =
    load (PEOPLE_LE, DECIDING_PARTNER ("prj-a", "p-2") "," DECIDING_PARTNER ("prj-b", "p-3"), NULL, NULL);
  g_autoptr(CoprodRegistry) empty = load (PEOPLE_LE, NULL, NULL, NULL);

  expect (met, "lived-experience-deciding", NULL, "prj-a", "2024-12-31", COPROD_CHECK_STATUS_MET, 1, 1);
  expect (met, "lived-experience-deciding", NULL, "prt-a", "2024-12-31", COPROD_CHECK_STATUS_MET, 1, 1);
  expect (partly, "lived-experience-deciding", NULL, "prt-a", "2024-12-31", COPROD_CHECK_STATUS_PARTLY_MET, 2, 1);
  /* a member of staff deciding is not a partner with lived experience */
  expect (partly, "lived-experience-deciding", NULL, "prj-b", "2024-12-31", COPROD_CHECK_STATUS_NOT_MET, 1, 0);
  expect (empty, "lived-experience-deciding", NULL, "prt-a", "2024-12-31", COPROD_CHECK_STATUS_NOT_APPLICABLE, 0, 0);
}

#define FED_BACK(id, reached, date) \
  "{\"id\": \"" id "\", \"title\": \"A\", \"partnership_id\": \"prt-a\"," \
  " \"involvements\": [{\"person_id\": \"p-1\", \"stage\": \"doing\", \"mode\": \"partner\"}," \
  "   {\"person_id\": \"p-2\", \"stage\": \"doing\", \"mode\": \"consulted\", \"date\": \"2024-02-01\"}," \
  "   {\"person_id\": \"p-3\", \"stage\": \"doing\", \"mode\": \"partner\"}]," \
  " \"feedback_events\": [{\"date\": \"" date "\", \"summary\": \"S\", \"reached_ids\": [" reached "]}]}"

static void
test_fed_back (void **state)
{
  g_autoptr(CoprodRegistry) met = load (PEOPLE_LE, FED_BACK ("prj-a", "\"p-1\", \"p-2\"", "2024-06-01"), NULL, NULL);
  g_autoptr(CoprodRegistry) partly =
    load (PEOPLE_LE, FED_BACK ("prj-a", "\"p-1\", \"p-2\"", "2024-06-01") ","
                     FED_BACK ("prj-b", "\"p-1\", \"p-3\"", "2024-06-01"), NULL, NULL);
  g_autoptr(CoprodRegistry) none = load (PEOPLE_LE, PROJECT_A, NULL, NULL);

  expect (met, "impact-fed-back", NULL, "prj-a", "2024-12-31", COPROD_CHECK_STATUS_MET, 1, 1);
  /* before the feedback event it is not met */
  expect (met, "impact-fed-back", NULL, "prj-a", "2024-05-31", COPROD_CHECK_STATUS_NOT_MET, 1, 0);
  /* p-2 took part in prj-b and was not reached */
  expect (partly, "impact-fed-back", NULL, "prj-b", "2024-12-31", COPROD_CHECK_STATUS_NOT_MET, 1, 0);
  expect (partly, "impact-fed-back", NULL, "prt-a", "2024-12-31", COPROD_CHECK_STATUS_PARTLY_MET, 2, 1);
  expect (none, "impact-fed-back", NULL, "prj-a", "2024-12-31", COPROD_CHECK_STATUS_NOT_APPLICABLE, 0, 0);
}

static void
test_fed_back_before_joining (void **state)
{
  g_autoptr(CoprodRegistry) registry =
    load (PEOPLE_LE, FED_BACK ("prj-b", "\"p-1\"", "2024-01-15"), NULL, NULL);

  expect (registry, "impact-fed-back", NULL, "prj-b", "2024-01-31", COPROD_CHECK_STATUS_MET, 1, 1);
  expect (registry, "impact-fed-back", NULL, "prj-b", "2024-02-01", COPROD_CHECK_STATUS_NOT_MET, 1, 0);
}

static void
test_reflection (void **state)
{
  M (m0, "2024-01-01", "\"kind\": \"meeting\"");
  M (r29, "2024-01-30", "\"kind\": \"reflection\"");
  M (r30, "2024-01-31", "\"kind\": \"reflection\"");
  g_autofree char *first = g_strjoin (",", m0_, r29_, NULL);
  g_autofree char *second = g_strjoin (",", m0_, r30_, NULL);
  g_autoptr(CoprodRegistry) in_first = load (NULL, PROJECT_A, first, NULL);
  g_autoptr(CoprodRegistry) in_second = load (NULL, PROJECT_A, second, NULL);
  g_autoptr(CoprodRegistry) none = load (NULL, PROJECT_A, m0_, NULL);
  g_autoptr(CoprodRegistry) empty = load (NULL, PROJECT_A, NULL, NULL);

  /* the first period of 30 days ends on 2024-01-30 */
  expect (in_first, "regular-reflection", "\"days\": 30", "prj-a", "2024-01-30", COPROD_CHECK_STATUS_MET, 1, 1);
  expect (in_first, "regular-reflection", "\"days\": 30", "prj-a", "2024-01-29", COPROD_CHECK_STATUS_NOT_APPLICABLE, 0, 0);
  expect (in_first, "regular-reflection", "\"days\": 30", "prj-a", "2024-02-29", COPROD_CHECK_STATUS_PARTLY_MET, 2, 1);
  /* a reflection on day 30 falls in the second period */
  expect (in_second, "regular-reflection", "\"days\": 30", "prj-a", "2024-01-31", COPROD_CHECK_STATUS_NOT_MET, 1, 0);
  expect (in_second, "regular-reflection", "\"days\": 31", "prj-a", "2024-01-31", COPROD_CHECK_STATUS_MET, 1, 1);
  expect (in_second, "regular-reflection", "\"days\": 30", "prj-a", "2024-02-29", COPROD_CHECK_STATUS_PARTLY_MET, 2, 1);
  expect (none, "regular-reflection", "\"days\": 30", "prj-a", "2024-12-31", COPROD_CHECK_STATUS_NOT_MET, 12, 0);
  expect (empty, "regular-reflection", NULL, "prj-a", "2024-12-31", COPROD_CHECK_STATUS_NOT_APPLICABLE, 0, 0);
  /* the default is 90 days */
  expect (in_first, "regular-reflection", NULL, "prj-a", "2024-03-30", COPROD_CHECK_STATUS_MET, 1, 1);
}

static char *
payment (const char *id,
         const char *claimed,
         const char *paid)
{
  return g_strdup_printf ("{\"id\": \"%s\", \"person_id\": \"p-1\", \"project_id\": \"prj-a\","
                          " \"kind\": \"fee\", \"amount\": 100, \"currency\": \"GBP\","
                          " \"claimed_date\": \"%s\"%s%s%s}",
                          id, claimed, paid ? ", \"paid_date\": \"" : "", paid ? paid : "",
                          paid ? "\"" : "");
}

static void
test_claims (void **state)
{
  g_autofree char *on_time = payment ("pay-1", "2024-01-01", "2024-01-15");
  g_autofree char *late = payment ("pay-2", "2024-01-01", "2024-01-16");
  g_autofree char *unpaid = payment ("pay-3", "2024-01-01", NULL);
  g_autofree char *both = g_strjoin (",", on_time, late, NULL);
  g_autoptr(CoprodRegistry) met = load (PEOPLE_LE, PROJECT_A, NULL, on_time);
  g_autoptr(CoprodRegistry) not_met = load (PEOPLE_LE, PROJECT_A, NULL, late);
  g_autoptr(CoprodRegistry) partly = load (PEOPLE_LE, PROJECT_A, NULL, both);
  g_autoptr(CoprodRegistry) waiting = load (PEOPLE_LE, PROJECT_A, NULL, unpaid);
  g_autoptr(CoprodRegistry) lone = load (PEOPLE_LE, PROJECT_LONE, NULL, NULL);

  /* paid 14 days after the claim is on time; 15 is not */
  expect (met, "claims-paid-on-time", NULL, "prj-a", "2024-12-31", COPROD_CHECK_STATUS_MET, 1, 1);
  expect (not_met, "claims-paid-on-time", NULL, "prj-a", "2024-12-31", COPROD_CHECK_STATUS_NOT_MET, 1, 0);
  expect (partly, "claims-paid-on-time", NULL, "prt-a", "2024-12-31", COPROD_CHECK_STATUS_PARTLY_MET, 2, 1);
  /* unpaid: not yet due on day 14, overdue on day 15 */
  expect (waiting, "claims-paid-on-time", NULL, "prj-a", "2024-01-15", COPROD_CHECK_STATUS_NOT_APPLICABLE, 0, 0);
  expect (waiting, "claims-paid-on-time", NULL, "prj-a", "2024-01-16", COPROD_CHECK_STATUS_NOT_MET, 1, 0);
  /* paid after the date judged by: unpaid as of then */
  expect (not_met, "claims-paid-on-time", NULL, "prj-a", "2024-01-15", COPROD_CHECK_STATUS_NOT_APPLICABLE, 0, 0);
  /* no claim by then */
  expect (met, "claims-paid-on-time", NULL, "prj-a", "2023-12-31", COPROD_CHECK_STATUS_NOT_APPLICABLE, 0, 0);
  /* no partnership, so no policy */
  expect (lone, "claims-paid-on-time", NULL, "prj-lone", "2024-12-31", COPROD_CHECK_STATUS_NOT_APPLICABLE, 0, 0);
}

#define PEOPLE_NEEDS \
  "{\"id\": \"p-1\", \"name\": \"A\", \"access_needs\": [\"step-free\", \"hearing-loop\"]}," \
  "{\"id\": \"p-2\", \"name\": \"B\"}"

static void
test_access_needs (void **state)
{
  M (m1, "2024-01-01", "\"attendee_ids\": [\"p-1\", \"p-2\"], \"access\": [\"step-free\", \"hearing-loop\", \"captions\"]");
  M (m2, "2024-01-02", "\"attendee_ids\": [\"p-1\"], \"access\": [\"step-free\"]");
  M (m3, "2024-01-03", "\"attendee_ids\": [\"p-2\"]");
  g_autofree char *both = g_strjoin (",", m1_, m2_, m3_, NULL);
  g_autoptr(CoprodRegistry) met = load (PEOPLE_NEEDS, PROJECT_A, m1_, NULL);
  g_autoptr(CoprodRegistry) not_met = load (PEOPLE_NEEDS, PROJECT_A, m2_, NULL);
  g_autoptr(CoprodRegistry) partly = load (PEOPLE_NEEDS, PROJECT_A, both, NULL);
  g_autoptr(CoprodRegistry) none = load (PEOPLE_NEEDS, PROJECT_A, m3_, NULL);

  expect (met, "access-needs-met", NULL, "prj-a", "2024-12-31", COPROD_CHECK_STATUS_MET, 1, 1);
  expect (not_met, "access-needs-met", NULL, "prj-a", "2024-12-31", COPROD_CHECK_STATUS_NOT_MET, 1, 0);
  expect (partly, "access-needs-met", NULL, "prj-a", "2024-12-31", COPROD_CHECK_STATUS_PARTLY_MET, 2, 1);
  expect (none, "access-needs-met", NULL, "prj-a", "2024-12-31", COPROD_CHECK_STATUS_NOT_APPLICABLE, 0, 0);
}

static void
test_venues (void **state)
{
  M (m1, "2024-01-01", "\"format\": \"in-person\", \"access\": [\"step-free\", \"accessible-toilet\", \"trauma-informed\"]");
  M (m2, "2024-01-02", "\"format\": \"hybrid\", \"access\": [\"step-free\"]");
  M (m3, "2024-01-03", "\"format\": \"online\"");
  g_autofree char *both = g_strjoin (",", m1_, m2_, m3_, NULL);
  g_autoptr(CoprodRegistry) met = load (NULL, PROJECT_A, m1_, NULL);
  g_autoptr(CoprodRegistry) not_met = load (NULL, PROJECT_A, m2_, NULL);
  g_autoptr(CoprodRegistry) partly = load (NULL, PROJECT_A, both, NULL);
  g_autoptr(CoprodRegistry) online = load (NULL, PROJECT_A, m3_, NULL);

  expect (met, "accessible-venue", NULL, "prj-a", "2024-12-31", COPROD_CHECK_STATUS_MET, 1, 1);
  expect (not_met, "accessible-venue", NULL, "prj-a", "2024-12-31", COPROD_CHECK_STATUS_NOT_MET, 1, 0);
  expect (partly, "accessible-venue", NULL, "prj-a", "2024-12-31", COPROD_CHECK_STATUS_PARTLY_MET, 2, 1);
  expect (online, "accessible-venue", NULL, "prj-a", "2024-12-31", COPROD_CHECK_STATUS_NOT_APPLICABLE, 0, 0);

  expect (met, "trauma-informed-venue", NULL, "prj-a", "2024-12-31", COPROD_CHECK_STATUS_MET, 1, 1);
  expect (not_met, "trauma-informed-venue", NULL, "prj-a", "2024-12-31", COPROD_CHECK_STATUS_NOT_MET, 1, 0);
  expect (partly, "trauma-informed-venue", NULL, "prj-a", "2024-12-31", COPROD_CHECK_STATUS_PARTLY_MET, 2, 1);
  expect (online, "trauma-informed-venue", NULL, "prj-a", "2024-12-31", COPROD_CHECK_STATUS_NOT_APPLICABLE, 0, 0);
}

#define INVOLVED(id, person) \
  "{\"id\": \"" id "\", \"title\": \"A\", \"partnership_id\": \"prt-a\"," \
  " \"involvements\": [{\"person_id\": \"" person "\", \"stage\": \"doing\", \"mode\": \"partner\"}]}"

#define PEOPLE_SKILLS \
  "{\"id\": \"p-1\", \"name\": \"A\", \"roles\": [\"lived-experience\"], \"skills_developed\": [\"chairing\"]}," \
  "{\"id\": \"p-2\", \"name\": \"B\", \"roles\": [\"carer\"]}," \
  "{\"id\": \"p-3\", \"name\": \"C\", \"roles\": [\"staff\"]}," \
  "{\"id\": \"p-4\", \"name\": \"D\", \"roles\": [\"carer\"], \"withdrawn_date\": \"2024-01-01\"}"

static void
test_skills (void **state)
{
  g_autoptr(CoprodRegistry) registry =
    load (PEOPLE_SKILLS,
          INVOLVED ("prj-a", "p-1") "," INVOLVED ("prj-b", "p-2") ","
          "{\"id\": \"prj-c\", \"title\": \"C\", \"involvements\": ["
          " {\"person_id\": \"p-3\", \"stage\": \"doing\", \"mode\": \"partner\"},"
          " {\"person_id\": \"p-4\", \"stage\": \"doing\", \"mode\": \"partner\"}]}",
          NULL, NULL);

  expect (registry, "skills-developed", NULL, "prj-a", "2024-12-31", COPROD_CHECK_STATUS_MET, 1, 1);
  expect (registry, "skills-developed", NULL, "prj-b", "2024-12-31", COPROD_CHECK_STATUS_NOT_MET, 1, 0);
  expect (registry, "skills-developed", NULL, "prt-a", "2024-12-31", COPROD_CHECK_STATUS_PARTLY_MET, 2, 1);
  /* staff, and a person withdrawn by then, are not counted */
  expect (registry, "skills-developed", NULL, "prj-c", "2024-12-31", COPROD_CHECK_STATUS_NOT_APPLICABLE, 0, 0);
  expect (registry, "skills-developed", NULL, "prj-c", "2023-12-31", COPROD_CHECK_STATUS_NOT_MET, 1, 0);
}

static void
test_workload (void **state)
{
  M (a0, "2024-01-01", "\"attendee_ids\": [\"p-1\", \"p-2\"]");
  M (a3, "2024-01-04", "\"attendee_ids\": [\"p-1\"]");
  M (a6, "2024-01-07", "\"attendee_ids\": [\"p-1\"]");
  M (a7, "2024-01-08", "\"attendee_ids\": [\"p-1\", \"p-2\"]");
  M (b3, "2024-01-04", "\"attendee_ids\": [\"p-1\", \"p-2\"]");
  g_autofree char *both = g_strjoin (",", a0_, b3_, NULL);
  g_autoptr(CoprodRegistry) not_met = load (PEOPLE_LE, PROJECT_A, both, NULL);
  g_autofree char *spread = g_strjoin (",", a0_, a3_, a7_, NULL);
  g_autofree char *crowded = g_strjoin (",", a0_, a3_, a6_, NULL);
  g_autoptr(CoprodRegistry) met = load (PEOPLE_LE, PROJECT_A, spread, NULL);
  g_autoptr(CoprodRegistry) partly = load (PEOPLE_LE, PROJECT_A, crowded, NULL);
  g_autoptr(CoprodRegistry) empty = load (PEOPLE_LE, PROJECT_A, NULL, NULL);

  /* three meetings 7 days apart fit two a week; three within 6 days do not */
  expect (met, "workload", "\"per-week\": 2", "prj-a", "2024-12-31", COPROD_CHECK_STATUS_MET, 2, 2);
  expect (partly, "workload", "\"per-week\": 2", "prj-a", "2024-12-31", COPROD_CHECK_STATUS_PARTLY_MET, 2, 1);
  expect (partly, "workload", "\"per-week\": 3", "prj-a", "2024-12-31", COPROD_CHECK_STATUS_MET, 2, 2);
  expect (not_met, "workload", "\"per-week\": 1", "prj-a", "2024-12-31", COPROD_CHECK_STATUS_NOT_MET, 2, 0);
  expect (not_met, "workload", "\"per-week\": 2", "prj-a", "2024-12-31", COPROD_CHECK_STATUS_MET, 2, 2);
  /* listed twice at one meeting is one attendance */
  {
    M (d0, "2024-01-01", "\"attendee_ids\": [\"p-1\", \"p-1\"]");
    g_autoptr(CoprodRegistry) twice = load (PEOPLE_LE, PROJECT_A, d0_, NULL);

    expect (twice, "workload", "\"per-week\": 1", "prj-a", "2024-12-31", COPROD_CHECK_STATUS_MET, 1, 1);
  }
  /* the default is 3 */
  expect (partly, "workload", NULL, "prj-a", "2024-12-31", COPROD_CHECK_STATUS_MET, 2, 2);
  expect (empty, "workload", NULL, "prj-a", "2024-12-31", COPROD_CHECK_STATUS_NOT_APPLICABLE, 0, 0);
}

static void
expect_error (CoprodRegistry *registry,
              const char     *check,
              const char     *subject,
              const char     *as_of,
              int             code)
{
  g_autoptr(CoprodFramework) framework = framework_for (check, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(CoprodCheckResult) result = NULL;

  result = coprod_registry_run_check (registry,
                                      coprod_framework_lookup_practice (framework, "p"),
                                      subject, as_of, &error);
  assert_null (result);
  assert_non_null (error);
  assert_true (g_error_matches (error, COPROD_ERROR, code));
}

static void
test_errors (void **state)
{
  g_autoptr(CoprodRegistry) registry = load (PEOPLE_LE, PROJECT_A, NULL, NULL);

  expect_error (registry, "workload", "nobody", "2024-01-01", COPROD_ERROR_NOT_FOUND);
  expect_error (registry, "workload", "p-1", "2024-01-01", COPROD_ERROR_NOT_FOUND);
  expect_error (registry, NULL, "prj-a", "2024-01-01", COPROD_ERROR_VALUE);
  expect_error (registry, "workload", "prj-a", "2024-02-30", COPROD_ERROR_DATE);
  expect_error (registry, "workload", "prj-a", "yesterday", COPROD_ERROR_DATE);
}

/* Every check runs as of today, and the summary never quotes a name */
static void
test_every_check (void **state)
{
  M (m1, "2024-01-01", "\"attendee_ids\": [\"p-1\"]");
  g_autoptr(CoprodRegistry) registry = load (PEOPLE_LE, INVOLVED ("prj-a", "p-1"), m1_, NULL);
  const char * const *check;

  for (check = coprod_practice_list_checks (); *check != NULL; check++)
    {
      g_autoptr(CoprodCheckResult) result = run (registry, *check, NULL, "prt-a", NULL);

      assert_null (strstr (coprod_check_result_get_summary (result), "\"A\""));
      assert_true (coprod_check_result_get_n_met (result) <= coprod_check_result_get_n_considered (result)
                   || g_str_equal (*check, "choice-of-formats"));
    }
}

static void
test_properties (void **state)
{
  M (m1, "2024-01-01", "\"plain_language\": true");
  g_autoptr(CoprodRegistry) registry = load (NULL, PROJECT_A, m1_, NULL);
  CoprodCheckResult *result = run (registry, "plain-language-papers", NULL, "prj-a", "2024-12-31");
  g_autofree char *name = NULL, *summary = NULL;
  g_auto(GStrv) ids = NULL;
  CoprodCheckStatus status;
  guint n_considered, n_met;

  g_object_get (result, "name", &name, "status", &status, "summary", &summary,
                "evidence-ids", &ids, "n-considered", &n_considered, "n-met", &n_met, NULL);
  assert_string_equal (name, "plain-language-papers");
  assert_int_equal (status, COPROD_CHECK_STATUS_MET);
  assert_string_equal (summary, coprod_check_result_get_summary (result));
  assert_true (g_strv_equal ((const char * const *) ids, coprod_check_result_get_evidence_ids (result)));
  assert_int_equal (n_considered, 1);
  assert_int_equal (n_met, 1);

  coprod_test_assert_finalized (result);
}

/* The example registry: the same statuses as tests/python/test_practice_checks.py */
static void
test_example (void **state)
{
  g_autoptr(CoprodRegistry) registry = coprod_registry_new ();
  g_autofree char *path = g_build_filename (g_getenv ("COPROD_EXAMPLES_DATA"),
                                            "coprod-example.json", NULL);
  g_autofree char *data = NULL;
  g_autoptr(GError) error = NULL;

  if (!g_file_get_contents (path, &data, NULL, &error)
      || !coprod_registry_load_from_data (registry, data, -1, &error))
    fail_msg ("%s: %s", path, error->message);

  expect (registry, "plain-language-papers", NULL, "prt-stoke-cop", "2025-01-01",
          COPROD_CHECK_STATUS_MET, 1, 1);
  expect (registry, "skills-developed", NULL, "prt-stoke-cop", "2025-01-01",
          COPROD_CHECK_STATUS_PARTLY_MET, 4, 1);
  expect (registry, "skills-developed", NULL, "prt-fife", "2025-01-01",
          COPROD_CHECK_STATUS_NOT_MET, 2, 0);
}

/* An involvement that names no one is not counted (validation reports
 * it), and is no reason to stop */
static void
test_involvement_naming_no_one (void **state)
{
  g_autoptr(CoprodRegistry) registry = load (
    NULL,
    "{\"id\": \"prj-a\", \"title\": \"A\", \"partnership_id\": \"prt-a\","
    " \"involvements\": [{\"stage\": \"doing\", \"mode\": \"partner\"}]}",
    NULL, NULL);

  (void) state;

  expect (registry, "skills-developed", NULL, "prt-a", "2025-01-01",
          COPROD_CHECK_STATUS_NOT_APPLICABLE, 0, 0);
  expect (registry, "lived-experience-deciding", NULL, "prt-a", "2025-01-01",
          COPROD_CHECK_STATUS_NOT_MET, 1, 0);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_agenda),
    cmocka_unit_test (test_involvement_naming_no_one),
    cmocka_unit_test (test_agenda_month_only),
    cmocka_unit_test (test_meetings_not_held),
    cmocka_unit_test (test_plain_language),
    cmocka_unit_test (test_formats),
    cmocka_unit_test (test_support),
    cmocka_unit_test (test_partnership_meetings),
    cmocka_unit_test (test_deciding),
    cmocka_unit_test (test_fed_back),
    cmocka_unit_test (test_fed_back_before_joining),
    cmocka_unit_test (test_reflection),
    cmocka_unit_test (test_claims),
    cmocka_unit_test (test_access_needs),
    cmocka_unit_test (test_venues),
    cmocka_unit_test (test_skills),
    cmocka_unit_test (test_workload),
    cmocka_unit_test (test_errors),
    cmocka_unit_test (test_every_check),
    cmocka_unit_test (test_properties),
    cmocka_unit_test (test_example),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
