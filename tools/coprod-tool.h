/* coprod-tool.h: what the commands of the coprod command share
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <libcoprod/coprod.h>

G_BEGIN_DECLS

typedef struct _CoprodTool CoprodTool;

/* One command: "coprod NAME PARAMETER". @summary is its line in "coprod
 * --help"; @description the paragraph of "coprod NAME --help". @run gets
 * the whole command line (argv[0] "coprod", argv[1] NAME) and returns the
 * exit status: 0, 1 for a failure, 2 for a usage error. */
struct _CoprodTool
{
  const char *name;
  const char *parameter;
  const char *summary;
  const char *description;
  int (*run) (const CoprodTool *tool,
              int               argc,
              char            **argv);
};

int coprod_tool_validate (const CoprodTool *tool, int argc, char **argv);
int coprod_tool_summary  (const CoprodTool *tool, int argc, char **argv);
int coprod_tool_assess   (const CoprodTool *tool, int argc, char **argv);
int coprod_tool_report   (const CoprodTool *tool, int argc, char **argv);
int coprod_tool_ladders  (const CoprodTool *tool, int argc, char **argv);
int coprod_tool_ladder   (const CoprodTool *tool, int argc, char **argv);
int coprod_tool_frameworks (const CoprodTool *tool, int argc, char **argv);
int coprod_tool_framework  (const CoprodTool *tool, int argc, char **argv);
int coprod_tool_review     (const CoprodTool *tool, int argc, char **argv);
int coprod_tool_payments   (const CoprodTool *tool, int argc, char **argv);
int coprod_tool_outputs    (const CoprodTool *tool, int argc, char **argv);
int coprod_tool_pledges  (const CoprodTool *tool, int argc, char **argv);
int coprod_tool_seats    (const CoprodTool *tool, int argc, char **argv);
int coprod_tool_export     (const CoprodTool *tool, int argc, char **argv);
int coprod_tool_purge      (const CoprodTool *tool, int argc, char **argv);
int coprod_tool_popolo      (const CoprodTool *tool, int argc, char **argv);

/* The options more than one command takes, each defined once. */
typedef enum
{
  COPROD_TOOL_OPTION_LADDER = 1 << 0,   /* --ladder KEY */
  COPROD_TOOL_OPTION_AS_OF  = 1 << 1,   /* --as-of DATE, checked as it is parsed */
} CoprodToolOptionFlags;

typedef struct
{
  char *ladder_key;
  char *as_of;

  /*< private >*/
  char *ladder_help;
} CoprodToolOptions;

void coprod_tool_options_clear (CoprodToolOptions *options);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (CoprodToolOptions, coprod_tool_options_clear)

/* A context for @tool: its usage and description from the table, then
 * @entries (may be NULL), then the shared options in @shared, which are
 * parsed into @options (which must outlive the context). */
GOptionContext *coprod_tool_context_new (const CoprodTool      *tool,
                                         const GOptionEntry    *entries,
                                         CoprodToolOptionFlags  shared,
                                         CoprodToolOptions     *options);

/* Parses argv of a command that takes one FILE. Returns 0, or the exit
 * status of a usage error (already reported). */
int coprod_tool_parse_file_command (GOptionContext   *context,
                                    int              *argc,
                                    char           ***argv);

/* Reports a usage error, with the context's help, and returns 2. */
int coprod_tool_usage_error (GOptionContext *context,
                             const char     *message);

/* "FILE:LINE:COLUMN: message" when the error has a place, as compilers
 * write it; "FILE: message" otherwise. */
void coprod_tool_print_file_error (const char   *path,
                                   const GError *error);

/* Loads the registry in @path, or reports why not and returns NULL. */
CoprodRegistry *coprod_tool_load_registry (const char *path);

/* The built-in ladder @key, the default one if @key is NULL; or reports
 * that there is none and returns NULL. */
CoprodLadder *coprod_tool_get_ladder (const char *key);

/* The built-in values framework @key; or reports that there is none and
 * returns NULL. */
CoprodFramework *coprod_tool_get_framework (const char *key);

/* Writes @text to standard output, noting a write error for
 * coprod_tool_check_output(). */
void coprod_tool_print (const char *text);

/* Flushes standard output; if anything could not be written, says so on
 * standard error and returns FALSE. */
gboolean coprod_tool_check_output (void);

G_END_DECLS
