/* coprod-tool-review.c: coprod review FILE [--subject ID] [--framework KEY]
 *                       [--framework-file PATH] [--as-of DATE]
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "coprod-tool.h"

static gboolean
append_review (GString          *out,
               CoprodTextWriter *writer,
               CoprodRegistry   *registry,
               const char       *subject_id,
               CoprodFramework  *framework,
               const char       *as_of,
               const char       *path)
{
  g_autoptr(CoprodReviewResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  result = coprod_registry_review_with_framework (registry, subject_id, framework, as_of, &error);
  if (result == NULL)
    {
      coprod_tool_print_file_error (path, error);
      return FALSE;
    }

  text = coprod_text_writer_write_review (writer, result);
  if (out->len > 0)
    g_string_append_c (out, '\n');
  g_string_append (out, text);

  return TRUE;
}

int
coprod_tool_review (const CoprodTool *tool,
                    int               argc,
                    char            **argv)
{
  g_auto(CoprodToolOptions) options = { 0 };
  g_autofree char *subject_id = NULL;
  g_autofree char *framework_key = NULL;
  g_autofree char *framework_path = NULL;
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(CoprodRegistry) registry = NULL;
  g_autoptr(CoprodFramework) custom = NULL;
  g_autoptr(CoprodTextWriter) writer = NULL;
  g_autoptr(GString) out = NULL;
  CoprodFramework *framework = NULL;
  const GOptionEntry entries[] = {
    { "subject", 's', 0, G_OPTION_ARG_STRING, &subject_id,
      "Review only this project or partnership", "ID" },
    { "framework", 'f', 0, G_OPTION_ARG_STRING, &framework_key,
      "Review against this built-in framework (\"coprod frameworks\" lists them)", "KEY" },
    { "framework-file", 0, 0, G_OPTION_ARG_FILENAME, &framework_path,
      "Review against the framework in the JSON file PATH", "PATH" },
    { NULL }
  };
  int status;

  context = coprod_tool_context_new (tool, entries, COPROD_TOOL_OPTION_AS_OF, &options);
  status = coprod_tool_parse_file_command (context, &argc, &argv);
  if (status != 0)
    return status;

  if (framework_key != NULL && framework_path != NULL)
    return coprod_tool_usage_error (context, "give --framework or --framework-file, not both");

  if (framework_key != NULL)
    {
      framework = coprod_tool_get_framework (framework_key);
      if (framework == NULL)
        return 1;
    }
  else if (framework_path != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (framework_path);
      g_autoptr(GError) error = NULL;

      custom = coprod_framework_new_from_file (file, NULL, &error);
      if (custom == NULL)
        {
          coprod_tool_print_file_error (framework_path, error);
          return 1;
        }
      framework = custom;
    }

  registry = coprod_tool_load_registry (argv[2]);
  if (registry == NULL)
    return 1;

  writer = coprod_text_writer_new ();
  out = g_string_new (NULL);
  if (subject_id != NULL)
    {
      if (!append_review (out, writer, registry, subject_id, framework, options.as_of, argv[2]))
        return 1;
    }
  else
    {
      GListModel *projects = coprod_registry_get_projects (registry);
      guint i, n = g_list_model_get_n_items (projects);

      for (i = 0; i < n; i++)
        {
          g_autoptr(CoprodRecord) project = g_list_model_get_item (projects, i);

          if (!append_review (out, writer, registry, coprod_record_get_id (project),
                              framework, options.as_of, argv[2]))
            return 1;
        }
    }

  coprod_tool_print (out->str);
  return 0;
}
