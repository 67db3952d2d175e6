/* coprod-tool-report.c: coprod report FILE [--project ID | --partnership ID |
 * --person ID] [--format FORMAT] [--output PATH] [--as-of DATE]
 * [--audience internal|partners|public [--key-file KEYFILE] [--threshold N]]
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "coprod-tool.h"

static gboolean
parse_nick (GType       type,
            const char *nick,
            int        *value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);
  GEnumValue *found = g_enum_get_value_by_nick (klass, nick);

  if (found == NULL)
    return FALSE;
  *value = found->value;
  return TRUE;
}

int
coprod_tool_report (const CoprodTool *tool,
                    int               argc,
                    char            **argv)
{
  g_auto(CoprodToolOptions) options = { 0 };
  g_autofree char *project_id = NULL, *partnership_id = NULL, *person_id = NULL;
  g_autofree char *format_nick = NULL, *table_nick = NULL, *output = NULL;
  g_autofree char *audience_nick = NULL, *key_path = NULL;
  int audience = COPROD_AUDIENCE_INTERNAL, threshold = -1;
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(CoprodRegistry) registry = NULL;
  g_autoptr(CoprodReport) report = NULL;
  g_autoptr(GError) error = NULL;
  CoprodLadder *ladder;
  int format = COPROD_REPORT_FORMAT_TEXT, table = COPROD_REPORT_TABLE_PROJECTS;
  const GOptionEntry entries[] = {
    { "project", 0, 0, G_OPTION_ARG_STRING, &project_id, "Report on this project only", "ID" },
    { "partnership", 0, 0, G_OPTION_ARG_STRING, &partnership_id, "Report on this partnership and its projects", "ID" },
    { "person", 0, 0, G_OPTION_ARG_STRING, &person_id, "This person's own statement of what they took part in", "ID" },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_nick, "text (the default), markdown, html, json or csv", "FORMAT" },
    { "table", 0, 0, G_OPTION_ARG_STRING, &table_nick, "The table --format csv prints: projects (the default), involvements, meetings, payments, outputs or proposals", "NAME" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, "Write to PATH (a directory for --format csv) instead of printing", "PATH" },
    { "audience", 'a', 0, G_OPTION_ARG_STRING, &audience_nick, "Who the report is for: internal (the default), partners or public", "AUDIENCE" },
    { "key-file", 'k', 0, G_OPTION_ARG_FILENAME, &key_path, "For partners or the public: the secret key of the pseudonyms, the whole file, at least 16 bytes", "KEYFILE" },
    { "threshold", 0, 0, G_OPTION_ARG_INT, &threshold, "For the public: hide counts from 1 to N (7 by default)", "N" },
    { NULL }
  };
  int status;

  context = coprod_tool_context_new (tool, entries,
                                     COPROD_TOOL_OPTION_LADDER | COPROD_TOOL_OPTION_AS_OF, &options);
  status = coprod_tool_parse_file_command (context, &argc, &argv);
  if (status != 0)
    return status;

  if ((project_id != NULL) + (partnership_id != NULL) + (person_id != NULL) > 1)
    return coprod_tool_usage_error (context, "give at most one of --project, --partnership and --person");
  if (format_nick != NULL && !parse_nick (COPROD_TYPE_REPORT_FORMAT, format_nick, &format))
    return coprod_tool_usage_error (context, "--format is text, markdown, html, json or csv");
  if (table_nick != NULL && !parse_nick (COPROD_TYPE_REPORT_TABLE, table_nick, &table))
    return coprod_tool_usage_error (context, "--table is projects, involvements, meetings, payments, outputs or proposals");
  if (audience_nick != NULL && !parse_nick (COPROD_TYPE_AUDIENCE, audience_nick, &audience))
    return coprod_tool_usage_error (context, "--audience is internal, partners or public");
  if (audience != COPROD_AUDIENCE_INTERNAL && person_id != NULL)
    return coprod_tool_usage_error (context, "--person is a statement for its reader alone: it takes no --audience but internal");
  if (audience != COPROD_AUDIENCE_INTERNAL && key_path == NULL)
    return coprod_tool_usage_error (context, "--key-file is needed for a report for partners or the public");
  if (threshold != -1 && threshold < 1)
    return coprod_tool_usage_error (context, "--threshold is a whole number, at least 1");
  if (threshold != -1 && audience != COPROD_AUDIENCE_PUBLIC)
    return coprod_tool_usage_error (context, "--threshold is for a report for the public");

  ladder = coprod_tool_get_ladder (options.ladder_key);
  if (ladder == NULL)
    return 1;
  registry = coprod_tool_load_registry (argv[2]);
  if (registry == NULL)
    return 1;

  report = coprod_report_new (registry);
  coprod_report_set_audience (report, audience);
  if (threshold != -1)
    coprod_report_set_suppression_threshold (report, threshold);
  if (key_path != NULL && audience != COPROD_AUDIENCE_INTERNAL)
    {
      /* the key is read, used and freed: it is written nowhere */
      g_autofree char *key_data = NULL;
      g_autoptr(GBytes) key = NULL;
      gsize key_length = 0;

      if (!g_file_get_contents (key_path, &key_data, &key_length, &error))
        {
          coprod_tool_print_file_error (key_path, error);
          return 1;
        }
      key = g_bytes_new_take (g_steal_pointer (&key_data), key_length);
      coprod_report_set_key (report, key);
    }
  coprod_report_set_ladder (report, ladder);
  coprod_report_set_as_of (report, options.as_of);
  coprod_report_set_format (report, format);
  coprod_report_set_table (report, table);
  if (project_id != NULL)
    {
      coprod_report_set_scope (report, COPROD_REPORT_SCOPE_PROJECT);
      coprod_report_set_subject_id (report, project_id);
    }
  else if (partnership_id != NULL)
    {
      coprod_report_set_scope (report, COPROD_REPORT_SCOPE_PARTNERSHIP);
      coprod_report_set_subject_id (report, partnership_id);
    }
  else if (person_id != NULL)
    {
      coprod_report_set_scope (report, COPROD_REPORT_SCOPE_PERSON);
      coprod_report_set_subject_id (report, person_id);
    }

  if (output != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (output);
      gboolean ok;

      if (format == COPROD_REPORT_FORMAT_CSV)
        {
          if (g_mkdir_with_parents (output, 0700) != 0)
            {
              g_printerr ("coprod: cannot make the folder %s\n", output);
              return 1;
            }
          ok = coprod_report_write_csv_tables (report, file, NULL, &error);
        }
      else
        ok = coprod_report_to_file (report, file, NULL, &error);
      if (!ok)
        {
          coprod_tool_print_file_error (argv[2], error);
          return 1;
        }
      return 0;
    }
  else
    {
      g_autofree char *text = coprod_report_to_data (report, NULL, &error);

      if (text == NULL)
        {
          coprod_tool_print_file_error (argv[2], error);
          return 1;
        }
      coprod_tool_print (text);
    }
  return 0;
}
