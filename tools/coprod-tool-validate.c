/* coprod-tool-validate.c: coprod validate FILE [--as-of DATE]
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "coprod-tool.h"

int
coprod_tool_validate (const CoprodTool *tool,
                      int               argc,
                      char            **argv)
{
  g_auto(CoprodToolOptions) options = { 0 };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(CoprodRegistry) registry = NULL;
  g_autoptr(GListModel) findings = NULL;
  g_autoptr(CoprodTextWriter) writer = NULL;
  g_autoptr(GString) out = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  guint i, n_errors = 0;
  int status;

  context = coprod_tool_context_new (tool, NULL, COPROD_TOOL_OPTION_AS_OF, &options);
  status = coprod_tool_parse_file_command (context, &argc, &argv);
  if (status != 0)
    return status;

  registry = coprod_tool_load_registry (argv[2]);
  if (registry == NULL)
    return 1;

  findings = coprod_registry_validate_as_of (registry, options.as_of, &error);
  if (findings == NULL)
    {
      g_printerr ("coprod: %s\n", error->message);
      return 1;
    }

  for (i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(CoprodFinding) finding = g_list_model_get_item (findings, i);

      if (coprod_finding_get_severity (finding) == COPROD_SEVERITY_ERROR)
        n_errors++;
    }

  /* every line says which file it is about */
  writer = coprod_text_writer_new ();
  text = coprod_text_writer_write_validation (writer, registry, findings);
  lines = g_strsplit (text, "\n", -1);
  out = g_string_new (NULL);
  for (i = 0; lines[i] != NULL && lines[i][0] != '\0'; i++)
    g_string_append_printf (out, "%s: %s\n", argv[2], lines[i]);
  coprod_tool_print (out->str);

  return n_errors ? 1 : 0;
}
