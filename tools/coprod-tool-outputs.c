/* coprod-tool-outputs.c: coprod outputs FILE [--as-of DATE]
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "coprod-tool.h"

int
coprod_tool_outputs (const CoprodTool *tool,
                     int               argc,
                     char            **argv)
{
  g_auto(CoprodToolOptions) options = { 0 };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(CoprodRegistry) registry = NULL;
  g_autoptr(CoprodReachSummary) summary = NULL;
  g_autoptr(CoprodTextWriter) writer = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  int status;

  context = coprod_tool_context_new (tool, NULL, COPROD_TOOL_OPTION_AS_OF, &options);
  status = coprod_tool_parse_file_command (context, &argc, &argv);
  if (status != 0)
    return status;

  registry = coprod_tool_load_registry (argv[2]);
  if (registry == NULL)
    return 1;

  summary = coprod_registry_summarise_reach (registry, options.as_of, &error);
  if (summary == NULL)
    {
      coprod_tool_print_file_error (argv[2], error);
      return 1;
    }

  writer = coprod_text_writer_new ();
  text = coprod_text_writer_write_reach (writer, summary);
  coprod_tool_print (text);

  return 0;
}
