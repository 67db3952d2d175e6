/* coprod-tool.c: what the commands of the coprod command share
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <errno.h>
#include <stdio.h>

#include "coprod-tool.h"

/* The first error met writing to standard output, if any: an errno, or
 * -1 when the reason is not known. */
static int output_errno;

void
coprod_tool_options_clear (CoprodToolOptions *options)
{
  g_clear_pointer (&options->ladder_key, g_free);
  g_clear_pointer (&options->as_of, g_free);
  g_clear_pointer (&options->ladder_help, g_free);
}

static gboolean
parse_as_of (const char  *option_name,
             const char  *value,
             gpointer     data,
             GError     **error)
{
  CoprodToolOptions *options = data;
  g_autoptr(GError) local_error = NULL;

  if (!coprod_date_validate (value, &local_error))
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   "%s: %s", option_name, local_error->message);
      return FALSE;
    }

  g_free (options->as_of);
  options->as_of = g_strdup (value);
  return TRUE;
}

GOptionContext *
coprod_tool_context_new (const CoprodTool      *tool,
                         const GOptionEntry    *entries,
                         CoprodToolOptionFlags  shared,
                         CoprodToolOptions     *options)
{
  g_autofree char *usage = NULL;
  GOptionContext *context;
  GOptionGroup *group;

  if (tool->parameter[0] != '\0')
    usage = g_strdup_printf ("%s %s", tool->name, tool->parameter);
  else
    usage = g_strdup (tool->name);

  context = g_option_context_new (usage);
  g_option_context_set_summary (context, tool->description);

  /* the main group carries @options to the callbacks of shared options */
  group = g_option_group_new (NULL, NULL, NULL, options, NULL);
  g_option_context_set_main_group (context, group);
  if (entries != NULL)
    g_option_context_add_main_entries (context, entries, NULL);

  if (shared & COPROD_TOOL_OPTION_LADDER)
    {
      g_autofree char *keys = g_strjoinv (", ", (char **) coprod_ladder_list_builtin ());
      GOptionEntry ladder[] = {
        { "ladder", 'l', 0, G_OPTION_ARG_STRING, &options->ladder_key, NULL, "KEY" },
        { NULL }
      };

      options->ladder_help = g_strdup_printf ("Say the rungs in this ladder's words (%s)", keys);
      ladder[0].description = options->ladder_help;
      g_option_group_add_entries (group, ladder);
    }

  if (shared & COPROD_TOOL_OPTION_AS_OF)
    {
      const GOptionEntry as_of[] = {
        { "as-of", 0, 0, G_OPTION_ARG_CALLBACK, parse_as_of,
          "Judge as of DATE (YYYY-MM-DD), not today", "DATE" },
        { NULL }
      };

      g_option_group_add_entries (group, as_of);
    }

  return context;
}

int
coprod_tool_usage_error (GOptionContext *context,
                         const char     *message)
{
  g_autofree char *help = g_option_context_get_help (context, TRUE, NULL);

  g_printerr ("coprod: %s\n\n%s", message, help);
  return 2;
}

int
coprod_tool_parse_file_command (GOptionContext   *context,
                                int              *argc,
                                char           ***argv)
{
  g_autoptr(GError) error = NULL;

  if (!g_option_context_parse (context, argc, argv, &error))
    return coprod_tool_usage_error (context, error->message);

  /* argv[0] is "coprod", argv[1] the command name, argv[2] the file */
  if (*argc != 3)
    return coprod_tool_usage_error (context, *argc < 3 ? "a FILE is needed" : "only one FILE, please");

  return 0;
}

void
coprod_tool_print_file_error (const char   *path,
                              const GError *error)
{
  const char *sep = g_ascii_isdigit (error->message[0]) ? ":" : ": ";

  g_printerr ("%s%s%s\n", path, sep, error->message);
}

CoprodRegistry *
coprod_tool_load_registry (const char *path)
{
  g_autoptr(CoprodRegistry) registry = coprod_registry_new ();
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GError) error = NULL;

  if (!coprod_registry_load_from_file (registry, file, NULL, &error))
    {
      coprod_tool_print_file_error (path, error);
      return NULL;
    }

  return g_steal_pointer (&registry);
}

CoprodLadder *
coprod_tool_get_ladder (const char *key)
{
  CoprodLadder *ladder;
  g_autofree char *known = NULL;

  if (key == NULL)
    return coprod_ladder_get_default ();

  ladder = coprod_ladder_get_builtin (key);
  if (ladder != NULL)
    return ladder;

  known = g_strjoinv (", ", (char **) coprod_ladder_list_builtin ());
  g_printerr ("coprod: no built-in ladder \"%s\"; the built-in ladders are %s\n", key, known);
  return NULL;
}

CoprodFramework *
coprod_tool_get_framework (const char *key)
{
  CoprodFramework *framework;
  g_autofree char *known = NULL;

  framework = coprod_framework_get_builtin (key);
  if (framework != NULL)
    return framework;

  known = g_strjoinv (", ", (char **) coprod_framework_list_builtin ());
  g_printerr ("coprod: no built-in framework \"%s\"; the built-in frameworks are %s\n",
              key, known);
  return NULL;
}

void
coprod_tool_print (const char *text)
{
  /* g_print() flushes after each string, so a failure shows here */
  g_print ("%s", text);
  if (ferror (stdout) && output_errno == 0)
    output_errno = errno != 0 ? errno : -1;
}

gboolean
coprod_tool_check_output (void)
{
  static gboolean reported = FALSE;

  if (fflush (stdout) != 0 && output_errno == 0)
    output_errno = errno;
  if (ferror (stdout) && output_errno == 0)
    output_errno = -1;

  if (output_errno == 0)
    return TRUE;

  if (!reported && output_errno > 0)
    g_printerr ("coprod: could not write to standard output: %s\n", g_strerror (output_errno));
  else if (!reported)
    g_printerr ("coprod: could not write to standard output\n");
  reported = TRUE;
  return FALSE;
}
