/* coprod.c: the coprod command
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * For people who keep a co-production registry and do not program:
 * check a registry, summarise it, and (as the library grows) assess and
 * report on it. Output never carries people's names: counts and ids only.
 */
#include "config.h"

#include <locale.h>
#include <stdlib.h>

#include <libcoprod/coprod.h>

typedef struct
{
  const char *name;
  const char *parameter;
  const char *summary;
  int (*run) (int argc, char **argv);
} Command;

static int
usage_error (GOptionContext *context,
             const char     *message)
{
  g_autofree char *help = g_option_context_get_help (context, TRUE, NULL);

  g_printerr ("coprod: %s\n\n%s", message, help);
  return 2;
}

/* "FILE:LINE:COLUMN: message" when the library gives a location, as
 * compilers do, so editors can jump to it; "FILE: message" otherwise. */
static void
print_file_error (const char   *path,
                  const GError *error)
{
  const char *sep = g_ascii_isdigit (error->message[0]) ? ":" : ": ";

  g_printerr ("%s%s%s\n", path, sep, error->message);
}

static CoprodRegistry *
load_registry (const char *path)
{
  g_autoptr(CoprodRegistry) registry = coprod_registry_new ();
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GError) error = NULL;

  if (!coprod_registry_load_from_file (registry, file, NULL, &error))
    {
      print_file_error (path, error);
      return NULL;
    }

  return g_steal_pointer (&registry);
}

static int
parse_file_command (int           *argc,
                    char        ***argv,
                    const char    *name,
                    const char    *summary,
                    const GOptionEntry *entries)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *parameter = g_strdup_printf ("%s FILE", name);

  context = g_option_context_new (parameter);
  g_option_context_set_summary (context, summary);
  if (entries != NULL)
    g_option_context_add_main_entries (context, entries, NULL);

  if (!g_option_context_parse (context, argc, argv, &error))
    return usage_error (context, error->message);

  /* argv[0] is "coprod", argv[1] the command name, argv[2] the file */
  if (*argc != 3)
    return usage_error (context, *argc < 3 ? "a FILE is needed" : "only one FILE, please");

  return 0;
}

static int
cmd_validate (int    argc,
              char **argv)
{
  g_autoptr(CoprodRegistry) registry = NULL;
  g_autoptr(GListModel) findings = NULL;
  guint i, n, n_errors = 0;
  int status;

  status = parse_file_command (&argc, &argv, "validate",
                               "Checks that FILE is a coprod registry that loads "
                               "without error and whose records hold\ntogether "
                               "(no dangling references, no end before its start, "
                               "...). Prints each finding;\nexits 0 if there is no "
                               "error, 1 if there is (or if FILE does not load).",
                               NULL);
  if (status != 0)
    return status;

  registry = load_registry (argv[2]);
  if (registry == NULL)
    return 1;

  findings = coprod_registry_validate (registry);
  n = g_list_model_get_n_items (findings);
  for (i = 0; i < n; i++)
    {
      g_autoptr(CoprodFinding) finding = g_list_model_get_item (findings, i);
      g_autofree char *line = coprod_finding_to_string (finding);

      if (coprod_finding_get_severity (finding) == COPROD_SEVERITY_ERROR)
        n_errors++;
      g_print ("%s: %s\n", argv[2], line);
    }

  g_print ("%s: %s, %u records, %u findings, %u errors\n", argv[2],
           n_errors ? "invalid" : "valid",
           coprod_registry_get_n_records (registry), n, n_errors);

  return n_errors ? 1 : 0;
}

static guint
count_people_in (GListModel *people,
                 const char *organisation_id)
{
  guint i, n = 0;

  for (i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(CoprodPerson) person = g_list_model_get_item (people, i);

      if (coprod_person_is_in_organisation (person, organisation_id))
        n++;
    }

  return n;
}

static int
cmd_summary (int    argc,
             char **argv)
{
  g_autoptr(CoprodRegistry) registry = NULL;
  GListModel *people, *organisations;
  guint i, unaffiliated = 0;
  int status;

  status = parse_file_command (&argc, &argv, "summary",
                               "Summarises the coprod registry in FILE: how many "
                               "records of each kind,\nand for each organisation "
                               "how many people are linked to it.",
                               NULL);
  if (status != 0)
    return status;

  registry = load_registry (argv[2]);
  if (registry == NULL)
    return 1;

  organisations = coprod_registry_get_organisations (registry);
  people = coprod_registry_get_people (registry);
  {
    const struct { const char *label; GListModel *model; } collections[] = {
      { "organisations", organisations },
      { "people",        people },
      { "partnerships",  coprod_registry_get_partnerships (registry) },
      { "projects",      coprod_registry_get_projects (registry) },
      { "meetings",      coprod_registry_get_meetings (registry) },
      { "rate cards",    coprod_registry_get_rate_cards (registry) },
      { "policies",      coprod_registry_get_policies (registry) },
      { "payments",      coprod_registry_get_payments (registry) },
      { "outputs",       coprod_registry_get_outputs (registry) },
      { "charters",      coprod_registry_get_charters (registry) },
      { "pledges",       coprod_registry_get_pledges (registry) },
      { "reviews",       coprod_registry_get_reviews (registry) },
    };

    g_print ("%s\n\n", argv[2]);
    g_print ("Collections\n");
    for (i = 0; i < G_N_ELEMENTS (collections); i++)
      g_print ("  %-16s %6u\n", collections[i].label,
               g_list_model_get_n_items (collections[i].model));
  }

  g_print ("\nPeople per organisation\n");
  for (i = 0; i < g_list_model_get_n_items (organisations); i++)
    {
      g_autoptr(CoprodOrganisation) org = g_list_model_get_item (organisations, i);
      const char *id = coprod_record_get_id (COPROD_RECORD (org));
      const char *name = coprod_organisation_get_name (org);

      g_print ("  %-40s %6u\n", name ? name : id, count_people_in (people, id));
    }

  for (i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(CoprodPerson) person = g_list_model_get_item (people, i);

      if (coprod_person_get_organisation_ids (person)[0] == NULL)
        unaffiliated++;
    }
  g_print ("  %-40s %6u\n", "(no organisation)", unaffiliated);

  return 0;
}

/* Prints @text wrapped at 78 columns: the first line after @first, the
 * others after @indent (the same width). */
static void
print_wrapped (const char *first,
               const char *indent,
               const char *text)
{
  g_auto(GStrv) words = g_strsplit (text, " ", -1);
  glong width = g_utf8_strlen (indent, -1);
  glong column = width;
  guint i;

  g_print ("%s", first);
  for (i = 0; words[i] != NULL; i++)
    {
      glong length = g_utf8_strlen (words[i], -1);

      if (length == 0)
        continue;
      if (column > width && column + 1 + length > 78)
        {
          g_print ("\n%s", indent);
          column = width;
        }
      if (column > width)
        {
          g_print (" ");
          column++;
        }
      g_print ("%s", words[i]);
      column += length;
    }
  g_print ("\n");
}

static int
cmd_ladders (int    argc,
             char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  const char * const *keys = coprod_ladder_list_builtin ();
  guint i;

  context = g_option_context_new ("ladders");
  g_option_context_set_summary (context,
                                "Lists the built-in ladders of involvement: the "
                                "ways a project's place on\nthe canonical ladder "
                                "can be presented. \"coprod ladder KEY\" shows one.");

  if (!g_option_context_parse (context, &argc, &argv, &error))
    return usage_error (context, error->message);
  if (argc != 2)
    return usage_error (context, "\"ladders\" takes no arguments");

  for (i = 0; keys[i] != NULL; i++)
    {
      CoprodLadder *ladder = coprod_ladder_get_builtin (keys[i]);

      g_print ("  %-10s %-52s %u steps%s\n", keys[i],
               coprod_ladder_get_title (ladder),
               g_list_model_get_n_items (coprod_ladder_get_steps (ladder)),
               ladder == coprod_ladder_get_default () ? "  (default)" : "");
    }

  return 0;
}

static void
print_ladder (CoprodLadder *ladder)
{
  g_autoptr(GEnumClass) rungs = g_type_class_ref (COPROD_TYPE_RUNG);
  GListModel *steps = coprod_ladder_get_steps (ladder);
  const char *summary = coprod_ladder_get_summary (ladder);
  const char *source = coprod_ladder_get_source (ladder);
  const char *version = coprod_ladder_get_version (ladder);
  guint i;

  g_print ("%s [%s]\n", coprod_ladder_get_title (ladder), coprod_ladder_get_key (ladder));
  if (summary != NULL)
    {
      g_print ("\n");
      print_wrapped ("  ", "  ", summary);
    }
  g_print ("\n");
  if (source != NULL)
    print_wrapped ("Source:    ", "           ", source);
  if (version != NULL)
    g_print ("Version:   %s\n", version);
  print_wrapped ("Crosswalk: ", "           ",
                 coprod_ladder_get_approximate (ladder)
                 ? "approximate: its steps match the canonical rungs only roughly"
                 : "exact: its steps are the canonical rungs");

  g_print ("\nSteps, bottom to top:\n");
  for (i = 0; i < g_list_model_get_n_items (steps); i++)
    {
      g_autoptr(CoprodStep) step = g_list_model_get_item (steps, i);
      g_autofree char *number = g_strdup_printf ("%3u. ", coprod_step_get_position (step));
      g_autofree char *heading = NULL;
      const char *group = coprod_step_get_group (step);
      const char *promise = coprod_step_get_promise (step);
      CoprodRung lo = coprod_step_get_rung_min (step);
      CoprodRung hi = coprod_step_get_rung_max (step);
      g_autoptr(GString) covered = g_string_new (NULL);
      CoprodRung r;

      if (group != NULL)
        heading = g_strdup_printf ("%s [%s]", coprod_step_get_title (step), group);
      else
        heading = g_strdup (coprod_step_get_title (step));

      g_print ("\n");
      print_wrapped (number, "     ", heading);
      if (coprod_step_get_summary (step) != NULL)
        print_wrapped ("     ", "     ", coprod_step_get_summary (step));
      if (promise != NULL)
        print_wrapped ("     Promise: ", "              ", promise);

      if (lo == COPROD_RUNG_NONE)
        g_string_append (covered, "none (beyond what the canonical scale tells apart)");
      for (r = lo; lo != COPROD_RUNG_NONE && r <= hi; r++)
        g_string_append_printf (covered, "%s%s", r > lo ? ", " : "",
                                g_enum_get_value (rungs, (int) r)->value_nick);
      print_wrapped ("     Canonical rungs: ", "                      ", covered->str);
    }
}

static int
cmd_ladder (int    argc,
            char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr(CoprodLadder) custom = NULL;
  CoprodLadder *ladder;
  const GOptionEntry entries[] = {
    { "file", 'f', 0, G_OPTION_ARG_FILENAME, &path,
      "Show the ladder in the JSON file PATH instead of a built-in one", "PATH" },
    { NULL }
  };

  context = g_option_context_new ("ladder KEY");
  g_option_context_set_summary (context,
                                "Shows a ladder of involvement: where it comes from, "
                                "then each step,\nbottom to top, with its group, "
                                "what it means, any promise it makes,\nand the "
                                "canonical rungs it presents. KEY is a built-in "
                                "ladder\n(\"coprod ladders\" lists them); --file "
                                "PATH reads a custom one.");
  g_option_context_add_main_entries (context, entries, NULL);

  if (!g_option_context_parse (context, &argc, &argv, &error))
    return usage_error (context, error->message);

  if (path != NULL)
    {
      g_autoptr(GFile) file = NULL;

      if (argc != 2)
        return usage_error (context, "give a KEY or --file PATH, not both");

      file = g_file_new_for_commandline_arg (path);
      custom = coprod_ladder_new_from_file (file, NULL, &error);
      if (custom == NULL)
        {
          print_file_error (path, error);
          return 1;
        }
      ladder = custom;
    }
  else
    {
      if (argc != 3)
        return usage_error (context, argc < 3 ? "a KEY is needed" : "only one KEY, please");

      ladder = coprod_ladder_get_builtin (argv[2]);
      if (ladder == NULL)
        {
          g_autofree char *known = g_strjoinv (", ", (char **) coprod_ladder_list_builtin ());

          g_printerr ("coprod: no built-in ladder \"%s\"; the built-in ladders are %s\n",
                      argv[2], known);
          return 1;
        }
    }

  print_ladder (ladder);
  return 0;
}

static const char *
nick_of (GType type,
         int   value)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (type);

  if (G_IS_ENUM_CLASS (klass))
    {
      GEnumValue *v = g_enum_get_value (G_ENUM_CLASS (klass), value);

      return v ? v->value_nick : "?";
    }
  else
    {
      GFlagsValue *v = g_flags_get_first_value (G_FLAGS_CLASS (klass), (guint) value);

      return v ? v->value_nick : "?";
    }
}

static const char *
rung_words (CoprodLadder *ladder,
            CoprodRung    rung)
{
  CoprodStep *step = coprod_ladder_get_step_for_rung (ladder, rung);

  return step ? coprod_step_get_title (step) : "no involvement recorded";
}

static void
print_assessment (CoprodRegistry   *registry,
                  CoprodAssessment *a,
                  CoprodLadder     *ladder)
{
  const char *id = coprod_assessment_get_project_id (a);
  CoprodRecord *project = coprod_registry_lookup (registry, id);
  const char *title = COPROD_IS_PROJECT (project) ? coprod_project_get_title (COPROD_PROJECT (project)) : NULL;
  CoprodStage scope = coprod_assessment_get_stages (a);
  GListModel *gaps = coprod_assessment_get_gaps (a);
  GListModel *findings = coprod_assessment_get_findings (a);
  guint s, i;

  g_print ("%s%s%s%s\n", id, title ? " (" : "", title ? title : "", title ? ")" : "");
  g_print ("  rung:    %s [%s]\n", rung_words (ladder, coprod_assessment_get_rung (a)),
           nick_of (COPROD_TYPE_RUNG, coprod_assessment_get_rung (a)));
  g_print ("  aimed:   %s [%s], %s\n",
           rung_words (ladder, coprod_assessment_get_aimed_rung (a)),
           nick_of (COPROD_TYPE_RUNG, coprod_assessment_get_aimed_rung (a)),
           coprod_assessment_get_aim_reached (a) ? "reached" : "not reached");
  g_print ("  people with lived experience: %u\n",
           coprod_assessment_get_n_people (a, COPROD_STAGE_NONE));
  g_print ("  stage        best mode   people\n");
  for (s = 0; s < 6; s++)
    {
      CoprodStage stage = 1u << s;

      if (scope & stage)
        g_print ("    %-10s %-11s %3u\n", nick_of (COPROD_TYPE_STAGE, stage),
                 nick_of (COPROD_TYPE_MODE, coprod_assessment_get_best_mode (a, stage)),
                 coprod_assessment_get_n_people (a, stage));
      else
        g_print ("    %-10s (not in scope)\n", nick_of (COPROD_TYPE_STAGE, stage));
    }

  if (g_list_model_get_n_items (gaps) > 0)
    {
      g_print ("  for %s [%s]:\n",
               rung_words (ladder, coprod_assessment_get_next_rung (a)),
               nick_of (COPROD_TYPE_RUNG, coprod_assessment_get_next_rung (a)));
      for (i = 0; i < g_list_model_get_n_items (gaps); i++)
        {
          g_autoptr(CoprodGap) gap = g_list_model_get_item (gaps, i);

          g_print ("    %s %s in %s%s (now %s)\n",
                   coprod_gap_get_alternative (gap) ? "either" : "need",
                   nick_of (COPROD_TYPE_MODE, coprod_gap_get_required_mode (gap)),
                   nick_of (COPROD_TYPE_STAGE, coprod_gap_get_stage (gap)),
                   coprod_gap_get_in_scope (gap) ? "" : ", bringing it into scope",
                   nick_of (COPROD_TYPE_MODE, coprod_gap_get_current_mode (gap)));
        }
    }

  for (i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(CoprodFinding) f = g_list_model_get_item (findings, i);

      g_print ("  %s: %s [%s]\n",
               nick_of (COPROD_TYPE_SEVERITY, coprod_finding_get_severity (f)),
               coprod_finding_get_message (f), coprod_finding_get_code (f));
    }
  g_print ("\n");
}

static int
cmd_assess (int    argc,
            char **argv)
{
  g_autoptr(CoprodRegistry) registry = NULL;
  g_autoptr(GListModel) assessments = NULL;
  g_autofree char *project_id = NULL;
  g_autofree char *ladder_key = NULL;
  CoprodLadder *ladder;
  const GOptionEntry entries[] = {
    { "project", 'p', 0, G_OPTION_ARG_STRING, &project_id, "Assess only this project", "ID" },
    { "ladder", 'l', 0, G_OPTION_ARG_STRING, &ladder_key, "Say the rungs in this ladder's words (tlap, flse, arnstein, iap2, hart)", "KEY" },
    { NULL }
  };
  int status, r;
  guint i;

  status = parse_file_command (&argc, &argv, "assess",
                               "Places each project of FILE on the ladder of "
                               "involvement: its rung, the best way\npeople with "
                               "lived experience took part in each stage, what is "
                               "missing for\nthe next rung, and what the "
                               "assessment noticed. People are named by id only.",
                               entries);
  if (status != 0)
    return status;

  ladder = coprod_ladder_get_builtin (ladder_key ? ladder_key : "tlap");
  if (ladder == NULL)
    {
      g_autofree char *known = g_strjoinv (", ", (char **) coprod_ladder_list_builtin ());

      g_printerr ("coprod: no built-in ladder \"%s\" (known: %s)\n", ladder_key, known);
      return 1;
    }

  registry = load_registry (argv[2]);
  if (registry == NULL)
    return 1;

  if (project_id != NULL)
    {
      g_autoptr(CoprodAssessment) a = NULL;
      g_autoptr(GError) error = NULL;

      a = coprod_registry_assess_project (registry, project_id, &error);
      if (a == NULL)
        {
          print_file_error (argv[2], error);
          return 1;
        }
      print_assessment (registry, a, ladder);
      return 0;
    }

  assessments = coprod_registry_assess_all (registry);
  for (i = 0; i < g_list_model_get_n_items (assessments); i++)
    {
      g_autoptr(CoprodAssessment) a = g_list_model_get_item (assessments, i);

      print_assessment (registry, a, ladder);
    }

  g_print ("Projects per rung (%s)\n", coprod_ladder_get_title (ladder));
  for (r = COPROD_RUNG_CO_PRODUCTION; r >= COPROD_RUNG_NONE; r--)
    g_print ("  %-40s %4u\n", rung_words (ladder, r),
             coprod_assessment_count_at_rung (assessments, r));

  return 0;
}

static const Command commands[] = {
  { "validate", "FILE", "Check that FILE is a registry that loads cleanly", cmd_validate },
  { "summary",  "FILE", "Count the records in FILE, and the people of each organisation", cmd_summary },
  { "assess",   "FILE [--project ID] [--ladder KEY]", "Place each project on the ladder of involvement", cmd_assess },
  { "ladders",  "",     "List the built-in ladders of involvement", cmd_ladders },
  { "ladder",   "KEY|--file PATH", "Show a ladder of involvement, step by step", cmd_ladder },
};

static char *
describe_commands (void)
{
  GString *s = g_string_new ("Commands:\n");
  guint i;

  for (i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_autofree char *usage = g_strdup_printf ("%s %s", commands[i].name, commands[i].parameter);

      g_string_append_printf (s, "  %-22s %s\n", usage, commands[i].summary);
    }
  g_string_append (s, "\nRun \"coprod COMMAND --help\" for a command's options.");

  return g_string_free (s, FALSE);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *description = NULL;
  gboolean version = FALSE;
  const GOptionEntry entries[] = {
    { "version", 0, 0, G_OPTION_ARG_NONE, &version, "Show the version and exit", NULL },
    { NULL }
  };
  guint i;

  setlocale (LC_ALL, "");

  context = g_option_context_new ("COMMAND [ARGUMENTS...]");
  g_option_context_set_summary (context,
                                "Keep a record of co-production in health and social "
                                "care: who takes part,\nhow, and how far up the ladder "
                                "of involvement the work reaches.");
  description = describe_commands ();
  g_option_context_set_description (context, description);
  g_option_context_add_main_entries (context, entries, NULL);
  /* stop at the command: its options are its own */
  g_option_context_set_strict_posix (context, TRUE);

  if (!g_option_context_parse (context, &argc, &argv, &error))
    return usage_error (context, error->message);

  if (version)
    {
      g_print ("coprod %s (libcoprod %u.%u.%u)\n", PACKAGE_VERSION,
               coprod_get_major_version (),
               coprod_get_minor_version (),
               coprod_get_micro_version ());
      return 0;
    }

  if (argc < 2)
    return usage_error (context, "a COMMAND is needed");

  for (i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (argv[1], commands[i].name))
      return commands[i].run (argc, argv);

  {
    g_autofree char *message = g_strdup_printf ("unknown command \"%s\"", argv[1]);

    return usage_error (context, message);
  }
}
