/* coprod-tool-framework.c: coprod framework KEY|--file PATH
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "coprod-tool.h"

int
coprod_tool_framework (const CoprodTool *tool,
                       int               argc,
                       char            **argv)
{
  g_autofree char *path = NULL;
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(CoprodFramework) custom = NULL;
  g_autoptr(CoprodTextWriter) writer = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  CoprodFramework *framework;
  const GOptionEntry entries[] = {
    { "file", 'f', 0, G_OPTION_ARG_FILENAME, &path,
      "Show the framework in the JSON file PATH instead of a built-in one", "PATH" },
    { NULL }
  };

  context = coprod_tool_context_new (tool, entries, 0, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return coprod_tool_usage_error (context, error->message);

  if (path != NULL)
    {
      g_autoptr(GFile) file = NULL;

      if (argc != 2)
        return coprod_tool_usage_error (context, "give a KEY or --file PATH, not both");

      file = g_file_new_for_commandline_arg (path);
      custom = coprod_framework_new_from_file (file, NULL, &error);
      if (custom == NULL)
        {
          coprod_tool_print_file_error (path, error);
          return 1;
        }
      framework = custom;
    }
  else
    {
      if (argc != 3)
        return coprod_tool_usage_error (context, argc < 3 ? "a KEY is needed" : "only one KEY, please");

      framework = coprod_tool_get_framework (argv[2]);
      if (framework == NULL)
        return 1;
    }

  writer = coprod_text_writer_new ();
  text = coprod_text_writer_write_framework (writer, framework);
  coprod_tool_print (text);

  return 0;
}
