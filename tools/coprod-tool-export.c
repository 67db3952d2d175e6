/* coprod-tool-export.c: coprod export FILE --audience AUDIENCE --key-file KEYFILE -o OUT
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "coprod-tool.h"

int
coprod_tool_export (const CoprodTool *tool,
                    int               argc,
                    char            **argv)
{
  g_auto(CoprodToolOptions) options = { 0 };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(CoprodRegistry) registry = NULL;
  g_autoptr(CoprodRegistry) exported = NULL;
  g_autoptr(CoprodTextWriter) writer = NULL;
  g_autoptr(GFile) in_file = NULL;
  g_autoptr(GFile) out_file = NULL;
  g_autoptr(GBytes) key = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *audience_nick = NULL;
  g_autofree char *key_path = NULL;
  g_autofree char *output = NULL;
  g_autofree char *key_data = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GEnumClass) audiences = g_type_class_ref (COPROD_TYPE_AUDIENCE);
  GEnumValue *audience;
  gsize key_length = 0;
  const GOptionEntry entries[] = {
    { "audience", 'a', 0, G_OPTION_ARG_STRING, &audience_nick,
      "Who the export is for: internal, partners or public", "AUDIENCE" },
    { "key-file", 'k', 0, G_OPTION_ARG_FILENAME, &key_path,
      "The secret key of the pseudonyms: the whole file, at least 16 bytes", "KEYFILE" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      "Where to save the export (mode 0600)", "OUT" },
    { NULL }
  };
  int status;

  context = coprod_tool_context_new (tool, entries, 0, &options);
  status = coprod_tool_parse_file_command (context, &argc, &argv);
  if (status != 0)
    return status;

  if (audience_nick == NULL)
    return coprod_tool_usage_error (context, "--audience is needed: internal, partners or public");
  audience = g_enum_get_value_by_nick (audiences, audience_nick);
  if (audience == NULL)
    return coprod_tool_usage_error (context, "--audience: the audiences are internal, partners and public");
  if (key_path == NULL)
    return coprod_tool_usage_error (context, "--key-file is needed");
  if (output == NULL)
    return coprod_tool_usage_error (context, "--output (-o) is needed");

  in_file = g_file_new_for_commandline_arg (argv[2]);
  out_file = g_file_new_for_commandline_arg (output);
  if (g_file_equal (in_file, out_file))
    return coprod_tool_usage_error (context, "the export would replace FILE: give another OUT");

  /* the key is read, used and freed: it is written nowhere */
  if (!g_file_get_contents (key_path, &key_data, &key_length, &error))
    {
      coprod_tool_print_file_error (key_path, error);
      return 1;
    }
  key = g_bytes_new_take (g_steal_pointer (&key_data), key_length);

  registry = coprod_tool_load_registry (argv[2]);
  if (registry == NULL)
    return 1;

  exported = coprod_registry_export (registry, (CoprodAudience) audience->value, key, &error);
  if (exported == NULL)
    {
      coprod_tool_print_file_error (argv[2], error);
      return 1;
    }

  if (!coprod_registry_save_to_file (exported, out_file, NULL, &error))
    {
      coprod_tool_print_file_error (output, error);
      return 1;
    }

  writer = coprod_text_writer_new ();
  text = coprod_text_writer_write_export (writer, registry, exported,
                                          (CoprodAudience) audience->value);
  coprod_tool_print (text);

  return 0;
}
