/* coprod-tool-summary.c: coprod summary FILE
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "coprod-tool.h"

int
coprod_tool_summary (const CoprodTool *tool,
                     int               argc,
                     char            **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(CoprodRegistry) registry = NULL;
  g_autoptr(CoprodTextWriter) writer = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *text = NULL;
  int status;

  context = coprod_tool_context_new (tool, NULL, 0, NULL);
  status = coprod_tool_parse_file_command (context, &argc, &argv);
  if (status != 0)
    return status;

  registry = coprod_tool_load_registry (argv[2]);
  if (registry == NULL)
    return 1;

  writer = coprod_text_writer_new ();
  text = coprod_text_writer_write_summary (writer, registry);
  heading = g_strdup_printf ("%s\n\n", argv[2]);
  coprod_tool_print (heading);
  coprod_tool_print (text);

  return 0;
}
