/* coprod-tool-frameworks.c: coprod frameworks
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "coprod-tool.h"

int
coprod_tool_frameworks (const CoprodTool *tool,
                        int               argc,
                        char            **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(CoprodTextWriter) writer = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  context = coprod_tool_context_new (tool, NULL, 0, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return coprod_tool_usage_error (context, error->message);
  if (argc != 2)
    {
      g_autofree char *message = g_strdup_printf ("\"%s\" takes no arguments", tool->name);

      return coprod_tool_usage_error (context, message);
    }

  writer = coprod_text_writer_new ();
  text = coprod_text_writer_write_frameworks (writer);
  coprod_tool_print (text);

  return 0;
}
