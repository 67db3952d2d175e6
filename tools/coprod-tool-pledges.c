/* coprod-tool-pledges.c: coprod pledges FILE [--as-of DATE]
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "coprod-tool.h"

int
coprod_tool_pledges (const CoprodTool *tool,
                     int               argc,
                     char            **argv)
{
  g_auto(CoprodToolOptions) options = { 0 };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(CoprodRegistry) registry = NULL;
  g_autoptr(GListModel) health = NULL;
  g_autoptr(GListModel) adoptions = NULL;
  g_autoptr(CoprodTextWriter) writer = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *text = NULL;
  int status;

  context = coprod_tool_context_new (tool, NULL, COPROD_TOOL_OPTION_AS_OF, &options);
  status = coprod_tool_parse_file_command (context, &argc, &argv);
  if (status != 0)
    return status;

  registry = coprod_tool_load_registry (argv[2]);
  if (registry == NULL)
    return 1;

  health = coprod_registry_get_pledge_health_all (registry, options.as_of, &error);
  if (health != NULL)
    adoptions = coprod_registry_get_charter_adoption_all (registry, options.as_of, &error);
  if (adoptions == NULL)
    {
      g_printerr ("coprod: %s\n", error->message);
      return 1;
    }

  writer = coprod_text_writer_new ();
  text = coprod_text_writer_write_pledges (writer, health, adoptions);
  heading = g_strdup_printf ("%s\n\n", argv[2]);
  coprod_tool_print (heading);
  coprod_tool_print (text);

  return 0;
}
