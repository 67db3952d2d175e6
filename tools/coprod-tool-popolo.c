/* coprod-tool-popolo.c: coprod popolo FILE [--audience AUDIENCE] [--contacts] [-o OUT]
 *                       coprod popolo --import FILE -o OUT
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "coprod-tool.h"

static int
import_popolo (GOptionContext *context,
               const char     *path,
               const char     *output)
{
  g_autoptr(CoprodRegistry) registry = coprod_registry_new ();
  g_autoptr(GFile) in_file = g_file_new_for_commandline_arg (path);
  g_autoptr(GFile) out_file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  gsize length = 0;

  if (output == NULL)
    return coprod_tool_usage_error (context, "--import needs --output (-o): where to save the registry");
  out_file = g_file_new_for_commandline_arg (output);
  if (g_file_equal (in_file, out_file))
    return coprod_tool_usage_error (context, "the registry would replace FILE: give another OUT");

  if (!g_file_load_contents (in_file, NULL, &data, &length, NULL, &error) ||
      !coprod_registry_import_popolo (registry, data, (gssize) length, &error))
    {
      coprod_tool_print_file_error (path, error);
      return 1;
    }

  if (!coprod_registry_save_to_file (registry, out_file, NULL, &error))
    {
      coprod_tool_print_file_error (output, error);
      return 1;
    }

  return 0;
}

int
coprod_tool_popolo (const CoprodTool *tool,
                    int               argc,
                    char            **argv)
{
  g_auto(CoprodToolOptions) options = { 0 };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(CoprodRegistry) registry = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GEnumClass) audiences = g_type_class_ref (COPROD_TYPE_AUDIENCE);
  g_autofree char *audience_nick = NULL;
  g_autofree char *output = NULL;
  g_autofree char *text = NULL;
  gboolean contacts = FALSE;
  gboolean import = FALSE;
  CoprodPopoloFlags flags = COPROD_POPOLO_FLAGS_NONE;
  GEnumValue *audience;
  gsize length = 0;
  const GOptionEntry entries[] = {
    { "audience", 'a', 0, G_OPTION_ARG_STRING, &audience_nick,
      "Name only the people who consented to AUDIENCE: internal, partners or public (the default)",
      "AUDIENCE" },
    { "contacts", 0, 0, G_OPTION_ARG_NONE, &contacts,
      "Also write the email address and telephone number of the people named", NULL },
    { "import", 0, 0, G_OPTION_ARG_NONE, &import,
      "Read FILE as Popolo and save it as a new registry to OUT", NULL },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      "Save to OUT (mode 0600) instead of printing", "OUT" },
    { NULL }
  };
  int status;

  context = coprod_tool_context_new (tool, entries, 0, &options);
  status = coprod_tool_parse_file_command (context, &argc, &argv);
  if (status != 0)
    return status;

  if (import)
    {
      if (audience_nick != NULL || contacts)
        return coprod_tool_usage_error (context, "--audience and --contacts are for exporting, not --import");
      return import_popolo (context, argv[2], output);
    }

  audience = g_enum_get_value_by_nick (audiences, audience_nick != NULL ? audience_nick : "public");
  if (audience == NULL)
    return coprod_tool_usage_error (context, "--audience: the audiences are internal, partners and public");
  if (contacts)
    flags |= COPROD_POPOLO_FLAGS_CONTACTS;

  if (output != NULL)
    {
      g_autoptr(GFile) in_file = g_file_new_for_commandline_arg (argv[2]);
      g_autoptr(GFile) out_file = g_file_new_for_commandline_arg (output);

      if (g_file_equal (in_file, out_file))
        return coprod_tool_usage_error (context, "the Popolo document would replace FILE: give another OUT");
    }

  registry = coprod_tool_load_registry (argv[2]);
  if (registry == NULL)
    return 1;

  text = coprod_registry_to_popolo (registry, (CoprodAudience) audience->value, flags, &length);

  if (output == NULL)
    {
      coprod_tool_print (text);
      return 0;
    }

  {
    g_autoptr(GFile) out_file = g_file_new_for_commandline_arg (output);

    /* a new file is made private (0600): it may name people */
    if (!g_file_replace_contents (out_file, text, length, NULL, FALSE,
                                  G_FILE_CREATE_PRIVATE | G_FILE_CREATE_REPLACE_DESTINATION,
                                  NULL, NULL, &error))
      {
        coprod_tool_print_file_error (output, error);
        return 1;
      }
  }

  return 0;
}
