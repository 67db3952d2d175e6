/* coprod-bench.c: libcoprod's operations beside json-glib's, on one file
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 *   coprod-bench [--runs N] [--as-of DATE] [--budget SECONDS] [--only OPS]
 *                [--fork-memory] [--cold] [--json] FILE
 *
 * Runs each operation N times in this process and prints the median, the
 * fastest and the slowest wall time and the peak memory of each, then the
 * ratios of libcoprod's operations to their baselines:
 *
 *   JsonParser       json_parser_load_from_file() of FILE, nothing else, and
 *                    freeing the tree; "JsonParser rdy" is the part until
 *                    the tree is ready, its freeing left out
 *   JsonGen data     json_generator_to_data() of that tree (pretty, indent 2)
 *   JsonGen file     json_generator_to_file() of that tree
 *   load             coprod_registry_load_from_file(), and freeing the
 *                    registry; "load ready" is the part until the registry
 *                    is ready, its freeing left out (as Python's json.load
 *                    is timed)
 *   validate         coprod_registry_validate_as_of() with a fixed date
 *   assess           coprod_registry_assess_all()
 *   checks           every automatic check of the default framework's
 *                    practices (coprod_registry_run_check), on every
 *                    partnership
 *   save             coprod_registry_save_to_file()
 *   to_data          coprod_registry_to_data()
 *
 * The parser and the load run first, with nothing else held; then the
 * generator baselines, with the parsed tree; then the rest, with the
 * loaded registry. The tree and the registry are set up only if an
 * operation that needs them is to run, so that --only load,validate (say)
 * does not parse the tree; run-benchmarks runs the three groups each in a
 * process of its own.
 *
 * Peak memory is the process's VmHWM, reset before each run by writing 5
 * to /proc/self/clear_refs; where that is not permitted, each operation is
 * run once more in a child process, whose peak is its ru_maxrss (then it
 * includes what the operation needs set up: the tree, the registry). The
 * "+MiB" column is the peak above the resident size before the run.
 *
 * An operation whose first run takes longer than --budget seconds (300 by
 * default) is not repeated; the runs column says how many were made.
 *
 * --cold empties the processor's caches before each run (a buffer larger
 * than them written, read and given back), so that a small file's
 * registry is not read from the caches where a large one's comes from
 * memory: the growth left is the algorithm's.
 */
#include "config.h"

#include <errno.h>
#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <libcoprod/coprod.h>

typedef enum
{
  OP_JSON_PARSER,
  OP_JSON_GEN_DATA,
  OP_JSON_GEN_FILE,
  OP_LOAD,
  OP_VALIDATE,
  OP_ASSESS,
  OP_CHECKS,
  OP_REVIEWS,
  OP_PAYMENTS,
  OP_REACH,
  OP_PLEDGES,
  OP_SEATS,
  OP_SAVE,
  OP_TO_DATA,
  /* not run by themselves: the part of OP_JSON_PARSER and OP_LOAD until
   * the tree or the registry is ready, its freeing left out */
  OP_JSON_PARSER_READY,
  OP_LOAD_READY,
  N_OPS
} Op;

static const char * const op_names[N_OPS] = {
  "JsonParser", "JsonGen data", "JsonGen file",
  "load", "validate", "assess", "checks", "reviews", "payments", "reach",
  "pledges", "seats", "save", "to_data", "JsonParser rdy", "load ready",
};

static const char * const op_keys[N_OPS] = {
  "json_parser", "json_gen_data", "json_gen_file",
  "load", "validate", "assess", "checks", "reviews", "payments", "reach",
  "pledges", "seats", "save", "to_data", "json_parser_ready", "load_ready",
};

typedef struct
{
  const char     *path;
  char           *scratch;     /* where the saves go */
  const char     *as_of;
  JsonNode       *tree;        /* for the generator baselines */
  CoprodRegistry *registry;    /* loaded once, for validate, assess, save, to_data */
  guint           n_findings;
  guint           n_errors;
  guint           n_projects;
  guint           n_records;
  gint64          ready;       /* when the tree or registry of a run was ready, or 0 */
} Bench;

typedef struct
{
  guint   n_runs;
  double  seconds[64];
  double  median, min, max;
  double  peak_mib;       /* highest VmHWM (or child ru_maxrss) */
  double  above_mib;      /* highest peak above the resident size before a run */
} Result;

/* Memory */

static gboolean can_clear_refs;

/* --cold: what a run starts with is not in the processor's caches */
static gboolean cold;

/* Writes and reads a buffer twice the size of the largest cache this
 * machine has, so that a run finds none of what it will read there: the
 * registry of a small file would otherwise be read from the caches, that
 * of a large one from memory, and the difference would show as growth */
static void
evict_caches (void)
{
  static const gsize size = 128 * 1024 * 1024;
  guint8 *buffer = g_malloc0 (size);
  volatile guint8 sink = 0;
  gsize i;

  for (i = 0; i < size; i += 64)
    buffer[i] = (guint8) (buffer[i] + 1);
  for (i = 0; i < size; i += 64)
    sink ^= buffer[i];
  (void) sink;
  /* given back (a block this size is its own mapping), so that the peak
   * memory of the run does not count it */
  g_free (buffer);
}

static gint64
status_kib (const char *field)
{
  g_autofree char *contents = NULL;
  const char *line;
  gsize len = strlen (field);

  if (!g_file_get_contents ("/proc/self/status", &contents, NULL, NULL))
    return -1;

  for (line = contents; line != NULL && *line != '\0'; line = strchr (line, '\n'))
    {
      if (*line == '\n')
        line++;
      if (strncmp (line, field, len) == 0 && line[len] == ':')
        return g_ascii_strtoll (line + len + 1, NULL, 10);
    }

  return -1;
}

static gboolean
reset_peak (void)
{
  FILE *f = fopen ("/proc/self/clear_refs", "w");
  gboolean ok;

  if (f == NULL)
    return FALSE;
  ok = fputs ("5", f) >= 0;
  ok = (fclose (f) == 0) && ok;

  return ok && status_kib ("VmHWM") >= 0;
}

/* The operations */

static void
fail (const char *what,
      GError     *error)
{
  g_printerr ("coprod-bench: %s: %s\n", what, error ? error->message : "failed");
  exit (1);
}

static void
run_op (Bench *b,
        Op     op)
{
  g_autoptr(GError) error = NULL;

  b->ready = 0;
  switch (op)
    {
    case OP_JSON_PARSER:
      {
        g_autoptr(JsonParser) parser = json_parser_new ();

        if (!json_parser_load_from_file (parser, b->path, &error))
          fail ("JsonParser", error);
        b->ready = g_get_monotonic_time ();
      }
      break;

    case OP_JSON_GEN_DATA:
      {
        g_autoptr(JsonGenerator) gen = json_generator_new ();
        g_autofree char *data = NULL;
        gsize length;

        json_generator_set_pretty (gen, TRUE);
        json_generator_set_indent (gen, 2);
        json_generator_set_root (gen, b->tree);
        data = json_generator_to_data (gen, &length);
        if (data == NULL)
          fail ("JsonGenerator to data", NULL);
      }
      break;

    case OP_JSON_GEN_FILE:
      {
        g_autoptr(JsonGenerator) gen = json_generator_new ();
        g_autofree char *target = g_build_filename (b->scratch, "bench-jsongen.json", NULL);

        json_generator_set_pretty (gen, TRUE);
        json_generator_set_indent (gen, 2);
        json_generator_set_root (gen, b->tree);
        if (!json_generator_to_file (gen, target, &error))
          fail ("JsonGenerator to file", error);
      }
      break;

    case OP_LOAD:
      {
        g_autoptr(CoprodRegistry) registry = coprod_registry_new ();
        g_autoptr(GFile) file = g_file_new_for_path (b->path);

        if (!coprod_registry_load_from_file (registry, file, NULL, &error))
          fail ("load", error);
        b->ready = g_get_monotonic_time ();
      }
      break;

    case OP_VALIDATE:
      {
        g_autoptr(GListModel) findings = coprod_registry_validate_as_of (b->registry, b->as_of, &error);

        if (findings == NULL)
          fail ("validate", error);
      }
      break;

    case OP_ASSESS:
      {
        g_autoptr(GListModel) assessments = coprod_registry_assess_all (b->registry);

        if (g_list_model_get_n_items (assessments) != b->n_projects)
          fail ("assess: not one assessment per project", NULL);
      }
      break;

    case OP_CHECKS:
      {
        GListModel *partnerships = coprod_registry_get_partnerships (b->registry);
        GListModel *values = coprod_framework_get_values (coprod_framework_get_default ());
        guint p, v, k;

        for (p = 0; p < g_list_model_get_n_items (partnerships); p++)
          {
            g_autoptr(CoprodRecord) partnership = g_list_model_get_item (partnerships, p);

            for (v = 0; v < g_list_model_get_n_items (values); v++)
              {
                g_autoptr(CoprodValue) value = g_list_model_get_item (values, v);
                GListModel *practices = coprod_value_get_practices (value);

                for (k = 0; k < g_list_model_get_n_items (practices); k++)
                  {
                    g_autoptr(CoprodPractice) practice = g_list_model_get_item (practices, k);
                    g_autoptr(CoprodCheckResult) result = NULL;

                    if (coprod_practice_get_check (practice) == NULL)
                      continue;
                    result = coprod_registry_run_check (b->registry, practice,
                                                        coprod_record_get_id (partnership),
                                                        b->as_of, &error);
                    if (result == NULL)
                      fail ("checks", error);
                  }
              }
          }
      }
      break;

    case OP_REVIEWS:
      {
        /* every partnership reviewed against the default framework: its
         * checks and the ratings of its latest review */
        GListModel *partnerships = coprod_registry_get_partnerships (b->registry);
        guint p;

        for (p = 0; p < g_list_model_get_n_items (partnerships); p++)
          {
            g_autoptr(CoprodRecord) partnership = g_list_model_get_item (partnerships, p);
            g_autoptr(CoprodReviewResult) result =
              coprod_registry_review_as_of (b->registry, coprod_record_get_id (partnership),
                                            "flse", b->as_of, &error);

            if (result == NULL)
              fail ("reviews", error);
          }
      }
      break;

    case OP_PAYMENTS:
      {
        g_autoptr(CoprodPaymentSummary) summary =
          coprod_registry_summarise_payments (b->registry, b->as_of, &error);

        if (summary == NULL)
          fail ("payments", error);
      }
      break;

    case OP_REACH:
      {
        g_autoptr(CoprodReachSummary) summary =
          coprod_registry_summarise_reach (b->registry, b->as_of, &error);

        if (summary == NULL)
          fail ("reach", error);
      }
      break;

    case OP_PLEDGES:
      {
        g_autoptr(GListModel) health = coprod_registry_get_pledge_health_all (b->registry, b->as_of, &error);
        g_autoptr(GListModel) adoptions = NULL;

        if (health == NULL)
          fail ("pledges", error);
        adoptions = coprod_registry_get_charter_adoption_all (b->registry, b->as_of, &error);
        if (adoptions == NULL)
          fail ("pledges", error);
      }
      break;

    case OP_SEATS:
      {
        g_autoptr(GListModel) seats = coprod_registry_get_seats_all (b->registry, b->as_of, &error);

        if (seats == NULL)
          fail ("seats", error);
      }
      break;

    case OP_SAVE:
      {
        g_autofree char *target = g_build_filename (b->scratch, "bench-save.json", NULL);
        g_autoptr(GFile) file = g_file_new_for_path (target);

        if (!coprod_registry_save_to_file (b->registry, file, NULL, &error))
          fail ("save", error);
      }
      break;

    case OP_TO_DATA:
      {
        g_autofree char *data = NULL;
        gsize length;

        data = coprod_registry_to_data (b->registry, &length);
        if (data == NULL)
          fail ("to_data", NULL);
      }
      break;

    case OP_JSON_PARSER_READY:
    case OP_LOAD_READY:
    case N_OPS:
    default:
      g_assert_not_reached ();
    }
}

/* Setting up what the operations work on: the tree for the generator
 * baselines, dropped before the registry is loaded for the others, so
 * that each operation runs beside as little as it needs */

static void
set_up_tree (Bench *b)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  if (!json_parser_load_from_file (parser, b->path, &error))
    fail ("JsonParser", error);
  b->tree = json_parser_steal_root (parser);
}

static void
set_up_registry (Bench *b)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (b->path);
  g_autoptr(GListModel) findings = NULL;
  guint i, n;

  b->registry = coprod_registry_new ();
  if (!coprod_registry_load_from_file (b->registry, file, NULL, &error))
    fail ("load", error);
  b->n_projects = g_list_model_get_n_items (coprod_registry_get_projects (b->registry));
  b->n_records = coprod_registry_get_n_records (b->registry);

  findings = coprod_registry_validate_as_of (b->registry, b->as_of, &error);
  if (findings == NULL)
    fail ("validate", error);
  n = g_list_model_get_n_items (findings);
  b->n_findings = n;
  for (i = 0; i < n; i++)
    {
      g_autoptr(CoprodFinding) f = g_list_model_get_item (findings, i);

      if (coprod_finding_get_severity (f) == COPROD_SEVERITY_ERROR)
        b->n_errors++;
    }
}

/* The peak of one run of @op in a child process, in MiB, and in @above
 * how far it is above the child's resident size when it started; -1 if
 * that failed */
static double
child_peak_mib (Bench  *b,
                Op      op,
                double *above)
{
  struct rusage usage;
  gint64 start_kib = -1;
  int fds[2];
  int status;
  pid_t pid;

  *above = -1;
  if (pipe (fds) != 0)
    return -1;
  fflush (stdout);
  pid = fork ();
  if (pid < 0)
    return -1;
  if (pid == 0)
    {
      start_kib = status_kib ("VmRSS");
      close (fds[0]);
      if (write (fds[1], &start_kib, sizeof start_kib) != sizeof start_kib)
        _exit (1);
      close (fds[1]);
      run_op (b, op);
      _exit (0);
    }
  close (fds[1]);
  if (read (fds[0], &start_kib, sizeof start_kib) != sizeof start_kib)
    start_kib = -1;
  close (fds[0]);
  if (wait4 (pid, &status, 0, &usage) != pid || !WIFEXITED (status) || WEXITSTATUS (status) != 0)
    return -1;

  if (start_kib >= 0)
    *above = MAX (0, usage.ru_maxrss - start_kib) / 1024.0;

  return usage.ru_maxrss / 1024.0;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static void
summarise (Result *r)
{
  double sorted[G_N_ELEMENTS (r->seconds)];

  memcpy (sorted, r->seconds, r->n_runs * sizeof (double));
  qsort (sorted, r->n_runs, sizeof (double), compare_doubles);
  r->min = sorted[0];
  r->max = sorted[r->n_runs - 1];
  r->median = r->n_runs % 2 ? sorted[r->n_runs / 2]
                            : (sorted[r->n_runs / 2 - 1] + sorted[r->n_runs / 2]) / 2;
}

/* @ready: where the part until ready goes, for the parser and the load */
static void
measure (Bench  *b,
         Op      op,
         guint   runs,
         double  budget,
         Result *r,
         Result *ready)
{
  guint i;

  memset (r, 0, sizeof *r);
  if (ready != NULL)
    memset (ready, 0, sizeof *ready);
  runs = CLAMP (runs, 1, G_N_ELEMENTS (r->seconds));

  for (i = 0; i < runs; i++)
    {
      gint64 start, end, rss_before, hwm;

      malloc_trim (0);
      if (cold)
        evict_caches ();
      rss_before = status_kib ("VmRSS");
      if (can_clear_refs)
        reset_peak ();

      start = g_get_monotonic_time ();
      run_op (b, op);
      end = g_get_monotonic_time ();

      r->seconds[r->n_runs++] = (end - start) / 1e6;
      if (ready != NULL && b->ready != 0)
        ready->seconds[ready->n_runs++] = (b->ready - start) / 1e6;
      if (can_clear_refs)
        {
          hwm = status_kib ("VmHWM");
          r->peak_mib = MAX (r->peak_mib, hwm / 1024.0);
          r->above_mib = MAX (r->above_mib, (hwm - rss_before) / 1024.0);
        }

      if (i == 0 && r->seconds[0] > budget)
        break;
    }

  if (!can_clear_refs)
    {
      /* a child that starts from what this process holds: the tree and
       * the registry */
      r->peak_mib = child_peak_mib (b, op, &r->above_mib);
    }

  summarise (r);
  if (ready != NULL && ready->n_runs > 0)
    {
      ready->peak_mib = r->peak_mib;
      ready->above_mib = r->above_mib;
      summarise (ready);
    }
}

static gboolean
selected (GStrv only_ops,
          Op    op)
{
  return only_ops == NULL || g_strv_contains ((const char * const *) only_ops, op_keys[op]);
}

/* The parser and the load first, with nothing else held; then the
 * generators with the tree; then the rest with the registry */
static const Op order[] = {
  OP_JSON_PARSER, OP_LOAD,
  OP_JSON_GEN_DATA, OP_JSON_GEN_FILE,
  OP_VALIDATE, OP_ASSESS, OP_CHECKS, OP_REVIEWS, OP_PAYMENTS, OP_REACH,
  OP_PLEDGES, OP_SEATS, OP_SAVE, OP_TO_DATA,
};

/* Whether any operation of the order from @from up to @until (N_OPS: to
 * the end) is to run */
static gboolean
any_selected (GStrv only_ops,
              guint from,
              Op    until)
{
  guint i;

  for (i = from; i < G_N_ELEMENTS (order) && order[i] != until; i++)
    if (selected (only_ops, order[i]))
      return TRUE;
  return FALSE;
}

static void
print_ratio (const char   *label,
             const Result *num,
             const Result *den)
{
  if (num->n_runs > 0 && den->n_runs > 0 && den->median > 0)
    g_print ("  %-40s %8.2f\n", label, num->median / den->median);
}

int
main (int   argc,
      char *argv[])
{
  int runs = 5;
  double budget = 300;
  g_autofree char *as_of = NULL;
  g_autofree char *only = NULL;
  gboolean json = FALSE;
  gboolean fork_memory = FALSE;
  GOptionEntry entries[] = {
    { "runs", 'n', 0, G_OPTION_ARG_INT, &runs, "Runs of each operation (default 5)", "N" },
    { "as-of", 0, 0, G_OPTION_ARG_STRING, &as_of, "The date validation is as of (default 2025-06-30)", "DATE" },
    { "budget", 0, 0, G_OPTION_ARG_DOUBLE, &budget,
      "Do not repeat an operation whose first run takes longer (default 300)", "SECONDS" },
    { "only", 0, 0, G_OPTION_ARG_STRING, &only,
      "Comma-separated operations to run (json_parser, json_gen_data, json_gen_file, load, "
      "validate, assess, checks, reviews, payments, reach, pledges, seats, save, to_data)", "OPS" },
    { "fork-memory", 0, 0, G_OPTION_ARG_NONE, &fork_memory,
      "Measure peak memory in a child process even where VmHWM can be reset", NULL },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, "Print the results as JSON", NULL },
    { "cold", 0, 0, G_OPTION_ARG_NONE, &cold,
      "Start each run with the processor's caches holding none of the data", NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("FILE - time libcoprod beside json-glib");
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) only_ops = NULL;
  g_autofree char *dir = NULL;
  Result results[N_OPS];
  Bench b = { 0 };
  GStatBuf st;
  guint i;
  Op op;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc != 2 || runs < 1)
    {
      g_printerr ("coprod-bench: %s\n", error ? error->message : "give one FILE, and --runs of 1 or more");
      return 2;
    }

  b.path = argv[1];
  b.as_of = as_of ? as_of : "2025-06-30";
  if (g_stat (b.path, &st) != 0)
    {
      g_printerr ("coprod-bench: %s: %s\n", b.path, g_strerror (errno));
      return 1;
    }
  /* saves go beside the file, on the same file system */
  dir = g_path_get_dirname (b.path);
  b.scratch = g_build_filename (dir, "coprod-bench-XXXXXX", NULL);
  if (g_mkdtemp (b.scratch) == NULL)
    {
      g_printerr ("coprod-bench: a scratch folder in %s: %s\n", dir, g_strerror (errno));
      return 1;
    }
  if (only != NULL)
    only_ops = g_strsplit (only, ",", -1);

  can_clear_refs = !fork_memory && reset_peak ();

  memset (results, 0, sizeof results);
  for (i = 0; i < G_N_ELEMENTS (order); i++)
    {
      op = order[i];
      /* what the operations from here on work on, set up only when one
       * of them is to run */
      if (op == OP_JSON_GEN_DATA && any_selected (only_ops, i, OP_VALIDATE))
        set_up_tree (&b);
      if (op == OP_VALIDATE)
        {
          g_clear_pointer (&b.tree, json_node_unref);
          if (any_selected (only_ops, i, N_OPS))
            set_up_registry (&b);
        }
      if (!selected (only_ops, op))
        continue;
      if (!json)
        g_printerr ("  %s ...\n", op_names[op]);
      measure (&b, op, runs, budget, &results[op],
               op == OP_JSON_PARSER ? &results[OP_JSON_PARSER_READY] :
               op == OP_LOAD ? &results[OP_LOAD_READY] : NULL);
    }

  if (json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonGenerator) gen = json_generator_new ();
      g_autoptr(JsonNode) root = NULL;
      g_autofree char *text = NULL;

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "file");
      json_builder_add_string_value (builder, b.path);
      json_builder_set_member_name (builder, "bytes");
      json_builder_add_int_value (builder, st.st_size);
      json_builder_set_member_name (builder, "records");
      json_builder_add_int_value (builder, b.n_records);
      json_builder_set_member_name (builder, "projects");
      json_builder_add_int_value (builder, b.n_projects);
      json_builder_set_member_name (builder, "findings");
      json_builder_add_int_value (builder, b.n_findings);
      json_builder_set_member_name (builder, "error_findings");
      json_builder_add_int_value (builder, b.n_errors);
      json_builder_set_member_name (builder, "memory");
      json_builder_add_string_value (builder, can_clear_refs ? "VmHWM" : "child ru_maxrss");
      json_builder_set_member_name (builder, "operations");
      json_builder_begin_object (builder);
      for (op = 0; op < N_OPS; op++)
        {
          const Result *r = &results[op];
          guint run;

          if (r->n_runs == 0)
            continue;
          json_builder_set_member_name (builder, op_keys[op]);
          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "runs");
          json_builder_begin_array (builder);
          for (run = 0; run < r->n_runs; run++)
            json_builder_add_double_value (builder, r->seconds[run]);
          json_builder_end_array (builder);
          json_builder_set_member_name (builder, "median");
          json_builder_add_double_value (builder, r->median);
          json_builder_set_member_name (builder, "min");
          json_builder_add_double_value (builder, r->min);
          json_builder_set_member_name (builder, "max");
          json_builder_add_double_value (builder, r->max);
          json_builder_set_member_name (builder, "peak_mib");
          json_builder_add_double_value (builder, r->peak_mib);
          json_builder_set_member_name (builder, "above_mib");
          json_builder_add_double_value (builder, r->above_mib);
          json_builder_end_object (builder);
        }
      json_builder_end_object (builder);
      json_builder_end_object (builder);

      root = json_builder_get_root (builder);
      json_generator_set_root (gen, root);
      json_generator_set_pretty (gen, TRUE);
      text = json_generator_to_data (gen, NULL);
      g_print ("%s\n", text);
    }
  else
    {
      g_print ("%s: %.1f MB, %u records, %u projects; %u findings as of %s, %u of them errors\n",
               b.path, st.st_size / 1e6, b.n_records, b.n_projects, b.n_findings, b.as_of, b.n_errors);
      g_print ("peak memory: %s\n\n", can_clear_refs ? "VmHWM, reset before each run"
                                                     : "ru_maxrss of a child process");
      g_print ("  %-14s %4s %10s %10s %10s %10s %10s\n",
               "operation", "runs", "median s", "min s", "max s", "peak MiB", "+MiB");
      for (op = 0; op < N_OPS; op++)
        {
          const Result *r = &results[op];

          if (r->n_runs == 0)
            continue;
          g_print ("  %-14s %4u %10.3f %10.3f %10.3f %10.1f %10.1f\n",
                   op_names[op], r->n_runs, r->median, r->min, r->max, r->peak_mib, r->above_mib);
        }
      g_print ("\nratios of medians:\n");
      print_ratio ("load / JsonParser", &results[OP_LOAD], &results[OP_JSON_PARSER]);
      print_ratio ("load / JsonParser, until ready", &results[OP_LOAD_READY],
                   &results[OP_JSON_PARSER_READY]);
      print_ratio ("validate / load", &results[OP_VALIDATE], &results[OP_LOAD]);
      print_ratio ("assess / load", &results[OP_ASSESS], &results[OP_LOAD]);
      print_ratio ("checks / load", &results[OP_CHECKS], &results[OP_LOAD]);
      print_ratio ("reviews / load", &results[OP_REVIEWS], &results[OP_LOAD]);
      print_ratio ("payments / load", &results[OP_PAYMENTS], &results[OP_LOAD]);
      print_ratio ("reach / load", &results[OP_REACH], &results[OP_LOAD]);
      print_ratio ("pledges / load", &results[OP_PLEDGES], &results[OP_LOAD]);
      print_ratio ("seats / load", &results[OP_SEATS], &results[OP_LOAD]);
      print_ratio ("save / JsonGenerator to file", &results[OP_SAVE], &results[OP_JSON_GEN_FILE]);
      print_ratio ("to_data / JsonGenerator to data", &results[OP_TO_DATA], &results[OP_JSON_GEN_DATA]);
    }

  /* tidy up the scratch folder */
  {
    g_autofree char *a = g_build_filename (b.scratch, "bench-jsongen.json", NULL);
    g_autofree char *s = g_build_filename (b.scratch, "bench-save.json", NULL);

    g_unlink (a);
    g_unlink (s);
    g_rmdir (b.scratch);
  }

  g_clear_object (&b.registry);
  g_clear_pointer (&b.tree, json_node_unref);
  g_free (b.scratch);

  return 0;
}
