/* coprod-tool-assess.c: coprod assess FILE [--project ID] [--ladder KEY]
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "coprod-tool.h"

int
coprod_tool_assess (const CoprodTool *tool,
                    int               argc,
                    char            **argv)
{
  g_auto(CoprodToolOptions) options = { 0 };
  g_autofree char *project_id = NULL;
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(CoprodRegistry) registry = NULL;
  g_autoptr(CoprodTextWriter) writer = NULL;
  g_autofree char *text = NULL;
  CoprodLadder *ladder;
  const GOptionEntry entries[] = {
    { "project", 'p', 0, G_OPTION_ARG_STRING, &project_id, "Assess only this project", "ID" },
    { NULL }
  };
  int status;

  context = coprod_tool_context_new (tool, entries, COPROD_TOOL_OPTION_LADDER, &options);
  status = coprod_tool_parse_file_command (context, &argc, &argv);
  if (status != 0)
    return status;

  ladder = coprod_tool_get_ladder (options.ladder_key);
  if (ladder == NULL)
    return 1;

  registry = coprod_tool_load_registry (argv[2]);
  if (registry == NULL)
    return 1;

  writer = coprod_text_writer_new ();
  if (project_id != NULL)
    {
      g_autoptr(CoprodAssessment) assessment = NULL;
      g_autoptr(GError) error = NULL;

      assessment = coprod_registry_assess_project (registry, project_id, &error);
      if (assessment == NULL)
        {
          coprod_tool_print_file_error (argv[2], error);
          return 1;
        }
      text = coprod_text_writer_write_assessment (writer, registry, assessment, ladder);
    }
  else
    {
      g_autoptr(GListModel) assessments = coprod_registry_assess_all (registry);

      text = coprod_text_writer_write_assessments (writer, registry, assessments, ladder);
    }

  coprod_tool_print (text);
  return 0;
}
