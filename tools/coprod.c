/* coprod.c: the coprod command
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * For people who keep a co-production registry and do not program:
 * check a registry, summarise it, assess it and show the ladders it is
 * assessed on and the values frameworks it is reviewed by. Output never carries people's names: counts and ids only.
 *
 * This file is the table of commands and the dispatch; each command is in
 * coprod-tool-NAME.c, and the text it prints comes from the library
 * (CoprodTextWriter).
 */
#include "config.h"

#include <locale.h>
#include <stdlib.h>
#include <unistd.h>

#include "coprod-tool.h"

static const CoprodTool tools[] = {
  { "validate", "FILE [--as-of DATE]",
    "Check that FILE is a registry that loads cleanly",
    "Checks that FILE is a coprod registry that loads without error and whose "
    "records hold\ntogether (no dangling references, no end before its start, "
    "...). Prints each finding;\nexits 0 if there is no error, 1 if there is "
    "(or if FILE does not load).\nWhat depends on the date (a record kept past "
    "its retention date) is judged\nas of DATE with --as-of, or else as of today.",
    coprod_tool_validate },
  { "summary", "FILE",
    "Count the records in FILE, and the people of each organisation",
    "Summarises the coprod registry in FILE: how many records of each kind,\n"
    "and for each organisation how many people are linked to it.",
    coprod_tool_summary },
  { "report", "FILE [--project ID | --partnership ID | --person ID] [--format FORMAT] [--output PATH] [--as-of DATE] [--audience AUDIENCE --key-file KEYFILE [--threshold N]]",
    "Write a report for people to read",
    "Writes a report on the whole registry, one partnership, one project or one\n"
    "person, as text (the default), markdown, html (one self-contained file with\n"
    "charts), json or csv. Prose names no one and shows no ids; a report on one\n"
    "person (--person) is their own statement of what they took part in, and\n"
    "names them. With --format csv and --output DIR, every open data table is\n"
    "written into DIR with its column description; without --output, the table\n"
    "chosen by --table (projects) is printed. --output writes a file with mode\n"
    "0600.",
    coprod_tool_report },
  { "assess", "FILE [--project ID] [--ladder KEY]",
    "Place each project on the ladder of involvement",
    "Places each project of FILE on the ladder of involvement: its rung, the "
    "best way\npeople with lived experience took part in each stage, what is "
    "missing for\nthe next rung, and what the assessment noticed. People are "
    "named by id only.",
    coprod_tool_assess },
  { "payments", "FILE [--as-of DATE]",
    "Show claims owed, and hours and money per person and project",
    "Shows where the money stands in FILE as of DATE (or today): the claims "
    "left unpaid\nbeyond the days of the policy that covers them (nobody "
    "should be out of pocket),\nwhat was paid, owed and awaiting, the offers "
    "declined, reduced or donated\n(counted apart: they are never owed), and "
    "hours and money per person, project\nand partnership. People are named "
    "by id only.",
    coprod_tool_payments },
  { "outputs", "FILE [--as-of DATE]",
    "Total the reach of outputs, keeping lower bounds",
    "Totals the page views and people reached of the outputs in FILE, as of "
    "DATE (or\ntoday): overall, per kind of output, per project and per "
    "partnership. A figure a\nsource gave as a lower bound (\"more than "
    "40,000\") stays one, and so does every\ntotal that includes it.",
    coprod_tool_outputs },
  { "pledges", "FILE [--as-of DATE]",
    "Follow up pledges and who adopted each charter",
    "Shows how each pledge of FILE stands as of DATE (today without --as-of):\n"
    "its status worked out from its dates (lapsed once a review date has\n"
    "passed), its commitments done, abandoned and overdue, its progress and\n"
    "its review; then who adopted each charter in which order, beside the\n"
    "charter's cited claim of who was first. Records are named by id only.",
    coprod_tool_pledges },
  { "seats", "FILE [--as-of DATE]",
    "Show each group's seats, filled and vacant",
    "Shows the seats (posts) of each group of FILE as of DATE (today without\n"
    "--as-of): how many, filled and vacant, each seat's holder by id and\n"
    "since when, and whether the holders of paid seats were paid a fee in\n"
    "their time in the seat. Records are named by id only.",
    coprod_tool_seats },
  { "ladders", "",
    "List the built-in ladders of involvement",
    "Lists the built-in ladders of involvement: the ways a project's place on\n"
    "the canonical ladder can be presented. \"coprod ladder KEY\" shows one.",
    coprod_tool_ladders },
  { "ladder", "KEY|--file PATH",
    "Show a ladder of involvement, step by step",
    "Shows a ladder of involvement: where it comes from, then each step,\n"
    "bottom to top, with its group, what it means, any promise it makes,\n"
    "and the canonical rungs it presents. KEY is a built-in ladder\n"
    "(\"coprod ladders\" lists them); --file PATH reads a custom one.",
    coprod_tool_ladder },
  { "frameworks", "",
    "List the built-in values frameworks",
    "Lists the built-in values frameworks a review can follow, with how many\n"
    "values and practices each has. \"coprod framework KEY\" shows one.",
    coprod_tool_frameworks },
  { "framework", "KEY|--file PATH",
    "Show a values framework, value by value",
    "Shows a values framework: where it comes from, its scale and the label\n"
    "of each band, then each value with its practices, their ids, and the\n"
    "automatic check each names. KEY is a built-in framework (\"coprod\n"
    "frameworks\" lists them); --file PATH reads a custom one.",
    coprod_tool_framework },
  { "review", "FILE [--subject ID] [--framework KEY] [--as-of DATE]",
    "Review a project or partnership against a values framework",
    "Reviews how a project or a partnership lived the values of a framework:\n"
    "each practice scored from the records (its automatic check) and from the\n"
    "ratings of the latest review, per value and overall, with the band of\n"
    "each score and where the records and people disagree. Without --subject,\n"
    "reviews every project. The framework is --framework KEY, a custom one\n"
    "with --framework-file PATH, or else that of the subject's latest review\n"
    "(the default framework when there is none). Counted as of DATE with\n"
    "--as-of, or else as of today. People are named by id only.",
    coprod_tool_review },
  { "export", "FILE --audience AUDIENCE --key-file KEYFILE -o OUT",
    "Save a copy of FILE fit to share with partners or the public",
    "Saves to OUT (mode 0600) a copy of the registry in FILE fit for AUDIENCE\n"
    "(internal, partners or public): no contacts, access notes, notes or evidence;\n"
    "people named only if they consented to AUDIENCE, the rest under a pseudonym\n"
    "keyed by the secret in KEYFILE (the whole file, at least 16 bytes; it is\n"
    "written nowhere); people who withdrew left out, with what names them.\n"
    "Prints what the export holds, in counts.",
    coprod_tool_export },
  { "purge", "FILE --as-of DATE [-o OUT]",
    "Remove the people whose retention date has passed",
    "Removes from the registry in FILE every person whose retain-until date is\n"
    "before DATE, with their payments, involvements, memberships and pledges,\n"
    "and their ids from lists of attendees, proposers and the like; saves the\n"
    "result over FILE, or to OUT (mode 0600), and prints what was removed, by id.\n"
    "It is all or nothing.",
    coprod_tool_purge },
  { "popolo", "FILE [--audience AUDIENCE] [--contacts] [-o OUT] | --import FILE -o OUT",
    "Write the people, groups and seats of FILE as Popolo, or read Popolo",
    "Writes the people, organisations, partnerships (as Popolo organizations),\n"
    "posts and memberships of the registry in FILE as one Popolo JSON document,\n"
    "to OUT (mode 0600) or else to standard output. People are named only if\n"
    "they consented to AUDIENCE (public unless --audience says otherwise); people\n"
    "who withdrew are left out; email addresses and telephone numbers are\n"
    "written only with --contacts. With --import, reads FILE as a Popolo\n"
    "document and saves it as a new registry to OUT (mode 0600).",
    coprod_tool_popolo },
};

static const CoprodTool *
find_tool (const char *name)
{
  guint i;

  for (i = 0; i < G_N_ELEMENTS (tools); i++)
    if (g_str_equal (name, tools[i].name))
      return &tools[i];

  return NULL;
}

static char *
describe_tools (void)
{
  GString *s = g_string_new ("Commands:\n");
  guint i;

  for (i = 0; i < G_N_ELEMENTS (tools); i++)
    {
      g_autofree char *usage = g_strdup_printf ("%s %s", tools[i].name, tools[i].parameter);

      g_string_append_printf (s, "  %-22s %s\n", usage, tools[i].summary);
    }
  g_string_append (s, "\nRun \"coprod COMMAND --help\" for a command's options.");

  return g_string_free (s, FALSE);
}

static gboolean main_returned;

/* GOption exits by itself after writing --help: check what it wrote. */
static void
check_output_at_exit (void)
{
  if (!main_returned && !coprod_tool_check_output ())
    _exit (1);
}

/* coprod help [COMMAND]: the same as "coprod --help" or
 * "coprod COMMAND --help". */
static int
run_help (GOptionContext *context,
          int             argc,
          char          **argv)
{
  const CoprodTool *tool;
  char *help_argv[] = { argv[0], NULL, (char *) "--help", NULL };

  if (argc == 2)
    {
      g_autofree char *help = g_option_context_get_help (context, TRUE, NULL);

      coprod_tool_print (help);
      return 0;
    }
  if (argc > 3)
    return coprod_tool_usage_error (context, "\"help\" takes one COMMAND at most");

  tool = find_tool (argv[2]);
  if (tool == NULL)
    {
      g_autofree char *message = g_strdup_printf ("unknown command \"%s\"", argv[2]);

      return coprod_tool_usage_error (context, message);
    }

  help_argv[1] = argv[2];
  return tool->run (tool, G_N_ELEMENTS (help_argv) - 1, help_argv);
}

static int
run (int    argc,
     char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *description = NULL;
  const CoprodTool *tool;
  gboolean version = FALSE;
  const GOptionEntry entries[] = {
    { "version", 0, 0, G_OPTION_ARG_NONE, &version, "Show the version and exit", NULL },
    { NULL }
  };

  context = g_option_context_new ("COMMAND [ARGUMENTS...]");
  g_option_context_set_summary (context,
                                "Keep a record of co-production in health and social "
                                "care: who takes part,\nhow, and how far up the ladder "
                                "of involvement the work reaches.");
  description = describe_tools ();
  g_option_context_set_description (context, description);
  g_option_context_add_main_entries (context, entries, NULL);
  /* stop at the command: its options are its own */
  g_option_context_set_strict_posix (context, TRUE);

  if (!g_option_context_parse (context, &argc, &argv, &error))
    return coprod_tool_usage_error (context, error->message);

  if (version)
    {
      g_autofree char *line = g_strdup_printf ("coprod %s (libcoprod %u.%u.%u)\n", PACKAGE_VERSION,
                                               coprod_get_major_version (),
                                               coprod_get_minor_version (),
                                               coprod_get_micro_version ());

      coprod_tool_print (line);
      return 0;
    }

  if (argc < 2)
    return coprod_tool_usage_error (context, "a COMMAND is needed");

  if (g_str_equal (argv[1], "help"))
    return run_help (context, argc, argv);

  tool = find_tool (argv[1]);
  if (tool == NULL)
    {
      g_autofree char *message = g_strdup_printf ("unknown command \"%s\"", argv[1]);

      return coprod_tool_usage_error (context, message);
    }

  return tool->run (tool, argc, argv);
}

int
main (int    argc,
      char **argv)
{
  int status;

  setlocale (LC_ALL, "");
  atexit (check_output_at_exit);

  status = run (argc, argv);
  if (!coprod_tool_check_output () && status == 0)
    status = 1;
  main_returned = TRUE;

  return status;
}
