/* coprod-tool-purge.c: coprod purge FILE --as-of DATE [-o OUT]
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "coprod-tool.h"

int
coprod_tool_purge (const CoprodTool *tool,
                   int               argc,
                   char            **argv)
{
  g_auto(CoprodToolOptions) options = { 0 };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(CoprodRegistry) registry = NULL;
  g_autoptr(CoprodTextWriter) writer = NULL;
  g_autoptr(GListModel) removed = NULL;
  g_autoptr(GFile) out_file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *output = NULL;
  g_autofree char *text = NULL;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      "Save the purged registry here, not over FILE (mode 0600)", "OUT" },
    { NULL }
  };
  int status;

  context = coprod_tool_context_new (tool, entries, COPROD_TOOL_OPTION_AS_OF, &options);
  status = coprod_tool_parse_file_command (context, &argc, &argv);
  if (status != 0)
    return status;

  /* a purge deletes: the date is given, never taken from the clock */
  if (options.as_of == NULL)
    return coprod_tool_usage_error (context, "--as-of is needed: the date to purge as of");

  registry = coprod_tool_load_registry (argv[2]);
  if (registry == NULL)
    return 1;

  if (!coprod_registry_purge_expired (registry, options.as_of, &removed, &error))
    {
      g_printerr ("coprod: %s\n", error->message);
      return 1;
    }

  out_file = g_file_new_for_commandline_arg (output != NULL ? output : argv[2]);
  if (!coprod_registry_save_to_file (registry, out_file, NULL, &error))
    {
      coprod_tool_print_file_error (output != NULL ? output : argv[2], error);
      return 1;
    }

  writer = coprod_text_writer_new ();
  text = coprod_text_writer_write_purge (writer, removed);
  coprod_tool_print (text);

  return 0;
}
