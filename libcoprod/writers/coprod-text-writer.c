/* coprod-text-writer.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "coprod-collections-private.h"
#include "coprod-enum-types.h"
#include "coprod-finding.h"
#include "coprod-framework.h"
#include "coprod-gap.h"
#include "coprod-organisation.h"
#include "coprod-person.h"
#include "coprod-project.h"
#include "coprod-step.h"
#include "coprod-text-private.h"
#include "coprod-text-writer.h"
#include "coprod-text-writer-private.h"

/**
 * CoprodTextWriter:
 *
 * Writes results as plain text for people to read: what validation found,
 * a summary of a registry, the assessment of each project on a ladder of
 * involvement, the ladders themselves and the values frameworks. It is the
 * text the `coprod` command prints, so a program in any language gives the
 * same words.
 *
 * Prose (the summaries, sources and promises of ladders and their steps,
 * the summaries of frameworks and the texts of their practices)
 * is wrapped at [property@Coprod.TextWriter:width]; tables and one-line
 * results are not. People are named by id only: no name of a person is
 * ever written.
 *
 * Text that comes from a record or a ladder never carries a control
 * character to the terminal: each is written as an escape, `\x1B` for an
 * escape character or `\u009B` above U+00FF, and so are the characters
 * that reorder bidirectional text.
 *
 * ```c
 * g_autoptr(CoprodTextWriter) writer = coprod_text_writer_new ();
 * g_autoptr(GListModel) findings = coprod_registry_validate (registry);
 * g_autofree char *text = NULL;
 *
 * coprod_text_writer_set_width (writer, 72);
 * text = coprod_text_writer_write_findings (writer, findings);
 * g_print ("%s", text);
 * ```
 *
 * Since: 0.1
 */

struct _CoprodTextWriter
{
  GObject parent_instance;

  guint width;
};

G_DEFINE_FINAL_TYPE (CoprodTextWriter, coprod_text_writer, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_WIDTH,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
coprod_text_writer_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  CoprodTextWriter *self = COPROD_TEXT_WRITER (object);

  switch (prop_id)
    {
    case PROP_WIDTH:
      g_value_set_uint (value, self->width);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coprod_text_writer_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  CoprodTextWriter *self = COPROD_TEXT_WRITER (object);

  switch (prop_id)
    {
    case PROP_WIDTH:
      coprod_text_writer_set_width (self, g_value_get_uint (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coprod_text_writer_class_init (CoprodTextWriterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = coprod_text_writer_get_property;
  object_class->set_property = coprod_text_writer_set_property;

  /**
   * CoprodTextWriter:width:
   *
   * The column at which prose is wrapped, counted in characters; 0 for no
   * wrapping. A word longer than a line is not broken.
   *
   * Since: 0.1
   */
  properties[PROP_WIDTH] =
    g_param_spec_uint ("width", NULL, NULL,
                       0, G_MAXUINT, COPROD_TEXT_WRITER_DEFAULT_WIDTH,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
coprod_text_writer_init (CoprodTextWriter *self)
{
  self->width = COPROD_TEXT_WRITER_DEFAULT_WIDTH;
}

/**
 * coprod_text_writer_new:
 *
 * Creates a text writer that wraps prose at
 * %COPROD_TEXT_WRITER_DEFAULT_WIDTH columns.
 *
 * Returns: (transfer full): a new text writer
 *
 * Since: 0.1
 */
CoprodTextWriter *
coprod_text_writer_new (void)
{
  return g_object_new (COPROD_TYPE_TEXT_WRITER, NULL);
}

/**
 * coprod_text_writer_get_width:
 * @self: a text writer
 *
 * Gets the column at which prose is wrapped.
 *
 * Returns: the width in characters, or 0 if prose is not wrapped
 *
 * Since: 0.1
 */
guint
coprod_text_writer_get_width (CoprodTextWriter *self)
{
  g_return_val_if_fail (COPROD_IS_TEXT_WRITER (self), 0);

  return self->width;
}

/**
 * coprod_text_writer_set_width:
 * @self: a text writer
 * @width: the column to wrap prose at, in characters; 0 for no wrapping
 *
 * Sets the column at which prose is wrapped.
 *
 * Since: 0.1
 */
void
coprod_text_writer_set_width (CoprodTextWriter *self,
                              guint             width)
{
  g_return_if_fail (COPROD_IS_TEXT_WRITER (self));

  if (self->width == width)
    return;

  self->width = width;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WIDTH]);
}

/* Characters that must not reach a terminal as they are: the C0 and C1
 * controls and DEL, and those that reorder bidirectional text (which can
 * make a line read other than it is). */
static gboolean
is_unsafe (gunichar c)
{
  return g_unichar_iscntrl (c) ||
         (c >= 0x202A && c <= 0x202E) ||
         (c >= 0x2066 && c <= 0x2069);
}

/* Appends @text with every unsafe character escaped; bytes that are not
 * UTF-8 become U+FFFD first. */
void
_coprod_text_writer_append_escaped (GString    *out,
                                    const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text, -1);
  const char *p;

  for (p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!is_unsafe (c))
        g_string_append_len (out, p, g_utf8_next_char (p) - p);
      else if (c <= 0xFF)
        g_string_append_printf (out, "\\x%02X", c);
      else
        g_string_append_printf (out, "\\u%04X", c);
    }
}

static char *
escape (const char *text)
{
  GString *out = g_string_new (NULL);

  _coprod_text_writer_append_escaped (out, text);
  return g_string_free (out, FALSE);
}

/* Appends @text escaped, then spaces up to @width characters (as printf's
 * "%-Ns" does, counting characters rather than bytes). */
void
_coprod_text_writer_append_padded (GString    *out,
                                   const char *text,
                                   guint       width)
{
  gsize start = out->len;
  glong length;

  _coprod_text_writer_append_escaped (out, text);
  length = g_utf8_strlen (out->str + start, -1);
  for (; length < (glong) width; length++)
    g_string_append_c (out, ' ');
}

/* Appends @text escaped and wrapped at the writer's width: the first line
 * after @first, the others after @indent (which is as wide as @first). */
void
_coprod_text_writer_append_wrapped (CoprodTextWriter *self,
                                    GString          *out,
                                    const char       *first,
                                    const char       *indent,
                                    const char       *text)
{
  g_autofree char *escaped = escape (text);
  g_auto(GStrv) words = g_strsplit (escaped, " ", -1);
  glong margin = g_utf8_strlen (indent, -1);
  glong column = margin;
  guint i;

  g_string_append (out, first);
  for (i = 0; words[i] != NULL; i++)
    {
      glong length = g_utf8_strlen (words[i], -1);

      if (length == 0)
        continue;
      if (self->width > 0 && column > margin && column + 1 + length > (glong) self->width)
        {
          g_string_append_c (out, '\n');
          g_string_append (out, indent);
          column = margin;
        }
      if (column > margin)
        {
          g_string_append_c (out, ' ');
          column++;
        }
      g_string_append (out, words[i]);
      column += length;
    }
  g_string_append_c (out, '\n');
}

const char *
_coprod_text_writer_nick_of (GType type,
                             int   value)
{
  const char *nick;

  if (G_TYPE_IS_ENUM (type))
    nick = _coprod_enum_nick (type, value);
  else
    nick = _coprod_flags_first_nick (type, (guint) value);

  return nick ? nick : "?";
}

#define NO_INVOLVEMENT "no involvement recorded"
#define BELOW_LADDER "below this ladder"

/* The rung in the ladder's words: the title of its step; a rung under the
 * ladder's lowest has none, and is said to be below it. */
const char *
_coprod_text_writer_rung_words (CoprodLadder *ladder,
                                CoprodRung    rung)
{
  CoprodStep *step;

  if (rung == COPROD_RUNG_NONE)
    return NO_INVOLVEMENT;

  step = coprod_ladder_get_step_for_rung (ladder, rung);

  return step != NULL ? coprod_step_get_title (step) : BELOW_LADDER;
}

void
_coprod_text_writer_append_rung (GString      *out,
                                 CoprodLadder *ladder,
                                 CoprodRung    rung)
{
  _coprod_text_writer_append_escaped (out, _coprod_text_writer_rung_words (ladder, rung));
  g_string_append_printf (out, " [%s]", _coprod_text_writer_nick_of (COPROD_TYPE_RUNG, rung));
}

gboolean
_coprod_text_writer_append_findings (GString    *out,
                                     GListModel *findings,
                                     const char *prefix,
                                     guint      *n_errors)
{
  guint i, n = g_list_model_get_n_items (findings);

  for (i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (findings, i);
      g_autofree char *line = NULL;
      CoprodFinding *finding;

      g_return_val_if_fail (COPROD_IS_FINDING (item), FALSE);

      finding = COPROD_FINDING (item);
      line = coprod_finding_to_string (finding);
      if (n_errors != NULL && coprod_finding_get_severity (finding) == COPROD_SEVERITY_ERROR)
        (*n_errors)++;

      g_string_append (out, prefix);
      _coprod_text_writer_append_escaped (out, line);
      g_string_append_c (out, '\n');
    }

  return TRUE;
}

/**
 * coprod_text_writer_write_findings:
 * @self: a text writer
 * @findings: a list model of [class@Coprod.Finding]
 *
 * Writes each finding on a line of its own, as
 * [method@Coprod.Finding.to_string] gives it:
 *
 * ```
 * warning: p-7, member retain_until: the record is kept past its retention date [retention-passed]
 * ```
 *
 * Returns: (transfer full): the text, one line per finding, each ending
 *   in a newline; empty if there are no findings
 *
 * Since: 0.1
 */
char *
coprod_text_writer_write_findings (CoprodTextWriter *self,
                                   GListModel       *findings)
{
  g_autoptr(GString) out = NULL;

  g_return_val_if_fail (COPROD_IS_TEXT_WRITER (self), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (findings), NULL);

  out = g_string_new (NULL);
  if (!_coprod_text_writer_append_findings (out, findings, "", NULL))
    return NULL;

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/**
 * coprod_text_writer_write_validation:
 * @self: a text writer
 * @registry: the registry that was validated
 * @findings: a list model of [class@Coprod.Finding], as
 *   [method@Coprod.Registry.validate] gives it for @registry
 *
 * Writes the findings as [method@Coprod.TextWriter.write_findings] does,
 * then the verdict on one line: `valid` if no finding is an error,
 * `invalid` if one is, with the counts of records, findings and errors:
 *
 * ```
 * valid, 84 records, 2 findings, 0 errors
 * ```
 *
 * Returns: (transfer full): the text, each line ending in a newline
 *
 * Since: 0.1
 */
char *
coprod_text_writer_write_validation (CoprodTextWriter *self,
                                     CoprodRegistry   *registry,
                                     GListModel       *findings)
{
  g_autoptr(GString) out = NULL;
  guint n_errors = 0;

  g_return_val_if_fail (COPROD_IS_TEXT_WRITER (self), NULL);
  g_return_val_if_fail (COPROD_IS_REGISTRY (registry), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (findings), NULL);

  out = g_string_new (NULL);
  if (!_coprod_text_writer_append_findings (out, findings, "", &n_errors))
    return NULL;

  g_string_append_printf (out, "%s, %u records, %u findings, %u errors\n",
                          n_errors ? "invalid" : "valid",
                          coprod_registry_get_n_records (registry),
                          g_list_model_get_n_items (findings), n_errors);

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static guint
count_people_in (GListModel *people,
                 const char *organisation_id)
{
  guint i, n = 0;

  for (i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(CoprodPerson) person = g_list_model_get_item (people, i);

      if (coprod_person_is_in_organisation (person, organisation_id))
        n++;
    }

  return n;
}

/**
 * coprod_text_writer_write_summary:
 * @self: a text writer
 * @registry: a registry
 *
 * Writes a summary of @registry in two tables: how many records of each
 * kind it holds, then for each organisation (by name, or by id if it has
 * none) how many people are linked to it, and how many people are linked
 * to no organisation. No person is named.
 *
 * Returns: (transfer full): the text, each line ending in a newline
 *
 * Since: 0.1
 */
char *
coprod_text_writer_write_summary (CoprodTextWriter *self,
                                  CoprodRegistry   *registry)
{
  g_autoptr(GString) out = NULL;
  GListModel *people, *organisations;
  guint i, unaffiliated = 0;

  g_return_val_if_fail (COPROD_IS_TEXT_WRITER (self), NULL);
  g_return_val_if_fail (COPROD_IS_REGISTRY (registry), NULL);

  out = g_string_new ("Collections\n");
  organisations = coprod_registry_get_organisations (registry);
  people = coprod_registry_get_people (registry);
  for (i = 0; i < COPROD_N_COLLECTIONS; i++)
    {
      GListModel *collection =
        coprod_registry_get_collection (registry, _coprod_collections[i].get_type ());
      g_autofree char *label = g_strdelimit (g_strdup (_coprod_collections[i].member), "_", ' ');

      g_string_append_printf (out, "  %-16s %6u\n", label,
                              g_list_model_get_n_items (collection));
    }

  g_string_append (out, "\nPeople per organisation\n");
  for (i = 0; i < g_list_model_get_n_items (organisations); i++)
    {
      g_autoptr(CoprodOrganisation) org = g_list_model_get_item (organisations, i);
      const char *id = coprod_record_get_id (COPROD_RECORD (org));
      const char *name = coprod_organisation_get_name (org);

      g_string_append (out, "  ");
      _coprod_text_writer_append_padded (out, name ? name : id, 40);
      g_string_append_printf (out, " %6u\n", count_people_in (people, id));
    }

  for (i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(CoprodPerson) person = g_list_model_get_item (people, i);

      if (coprod_person_get_organisation_ids (person)[0] == NULL)
        unaffiliated++;
    }
  g_string_append_printf (out, "  %-40s %6u\n", "(no organisation)", unaffiliated);

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
append_assessment (GString          *out,
                   CoprodRegistry   *registry,
                   CoprodAssessment *a,
                   CoprodLadder     *ladder)
{
  const char *id = coprod_assessment_get_project_id (a);
  CoprodRecord *project = coprod_registry_lookup (registry, id);
  const char *title = COPROD_IS_PROJECT (project) ? coprod_project_get_title (COPROD_PROJECT (project)) : NULL;
  CoprodStage scope = coprod_assessment_get_stages (a);
  GListModel *gaps = coprod_assessment_get_gaps (a);
  GListModel *findings = coprod_assessment_get_findings (a);
  guint s, i;

  _coprod_text_writer_append_escaped (out, id);
  if (title != NULL)
    {
      g_string_append (out, " (");
      _coprod_text_writer_append_escaped (out, title);
      g_string_append (out, ")");
    }
  if (coprod_assessment_get_project_status (a) != COPROD_PROJECT_STATUS_UNSPECIFIED)
    g_string_append_printf (out, "\n  status:  %s",
                            _coprod_text_writer_nick_of (COPROD_TYPE_PROJECT_STATUS,
                                                         coprod_assessment_get_project_status (a)));
  g_string_append (out, "\n  rung:    ");
  _coprod_text_writer_append_rung (out, ladder, coprod_assessment_get_rung (a));
  if (coprod_assessment_get_projected_rung (a) != coprod_assessment_get_rung (a))
    {
      g_string_append (out, "\n  planned: ");
      _coprod_text_writer_append_rung (out, ladder, coprod_assessment_get_projected_rung (a));
      g_string_append (out, " with the involvements planned");
    }
  if (coprod_assessment_get_claimed_rung (a) != COPROD_RUNG_NONE)
    {
      g_string_append (out, "\n  claimed: ");
      _coprod_text_writer_append_rung (out, ladder, coprod_assessment_get_claimed_rung (a));
    }
  if (coprod_assessment_get_aimed_rung (a) == COPROD_RUNG_NONE)
    g_string_append (out, "\n  aimed:   not recorded\n");
  else
    {
      CoprodProjectStatus status = coprod_assessment_get_project_status (a);
      gboolean going = (status == COPROD_PROJECT_STATUS_PLANNED ||
                        status == COPROD_PROJECT_STATUS_UNDER_WAY ||
                        status == COPROD_PROJECT_STATUS_PAUSED);

      g_string_append (out, "\n  aimed:   ");
      _coprod_text_writer_append_rung (out, ladder, coprod_assessment_get_aimed_rung (a));
      g_string_append_printf (out, ", %s\n",
                              coprod_assessment_get_aim_reached (a) ? "reached"
                              : going ? "not reached yet" : "not reached");
    }
  g_string_append_printf (out, "  people with lived experience: %u\n",
                          coprod_assessment_get_n_people (a, COPROD_STAGE_NONE));
  /* partners: with lived experience / professionals; staff: those with
   * lived experience who are also staff */
  g_string_append (out, "  stage        best mode   people partners staff  hours paid supported\n");
  for (s = 0; s < 6; s++)
    {
      CoprodStage stage = 1u << s;

      if (scope & stage)
        {
          guint n_lived = 0, n_professional = 0;
          g_autofree char *partners = NULL;

          coprod_assessment_get_partner_counts (a, stage, &n_lived, &n_professional);
          partners = g_strdup_printf ("%u/%u", n_lived, n_professional);
          g_string_append_printf (out, "    %-10s %-11s %3u %8s %5u %6.1f %4u %9u\n",
                                  _coprod_text_writer_nick_of (COPROD_TYPE_STAGE, stage),
                                  _coprod_text_writer_nick_of (COPROD_TYPE_MODE, coprod_assessment_get_best_mode (a, stage)),
                                  coprod_assessment_get_n_people (a, stage),
                                  partners,
                                  coprod_assessment_get_n_staff_partners (a, stage),
                                  coprod_assessment_get_hours (a, stage),
                                  coprod_assessment_get_n_paid (a, stage),
                                  coprod_assessment_get_n_supported (a, stage));
        }
      else
        g_string_append_printf (out, "    %-10s (not in scope)\n", _coprod_text_writer_nick_of (COPROD_TYPE_STAGE, stage));
    }

  /* you said, we did */
  if (coprod_assessment_get_n_proposals_adopted (a) +
      coprod_assessment_get_n_proposals_not_adopted (a) +
      coprod_assessment_get_n_proposals_pending (a) > 0)
    g_string_append_printf (out, "  proposals from people with lived experience: "
                                 "%u adopted, %u not adopted, %u pending; "
                                 "%u outcomes not fed back\n",
                            coprod_assessment_get_n_proposals_adopted (a),
                            coprod_assessment_get_n_proposals_not_adopted (a),
                            coprod_assessment_get_n_proposals_pending (a),
                            coprod_assessment_get_n_proposals_not_fed_back (a));

  if (g_list_model_get_n_items (gaps) > 0)
    {
      g_string_append (out, "  for ");
      _coprod_text_writer_append_rung (out, ladder, coprod_assessment_get_next_rung (a));
      g_string_append (out, ":\n");
      for (i = 0; i < g_list_model_get_n_items (gaps); i++)
        {
          g_autoptr(CoprodGap) gap = g_list_model_get_item (gaps, i);

          g_string_append_printf (out, "    %s %s in %s%s (now %s%s%s)\n",
                                  coprod_gap_get_alternative (gap) ? "either" : "need",
                                  _coprod_text_writer_nick_of (COPROD_TYPE_MODE, coprod_gap_get_required_mode (gap)),
                                  _coprod_text_writer_nick_of (COPROD_TYPE_STAGE, coprod_gap_get_stage (gap)),
                                  coprod_gap_get_in_scope (gap) ? "" : ", bringing it into scope",
                                  _coprod_text_writer_nick_of (COPROD_TYPE_MODE, coprod_gap_get_current_mode (gap)),
                                  coprod_gap_get_to_come (gap) ? "; still to come" : "",
                                  coprod_gap_get_planned (gap) ? "; planned" : "");
        }
    }

  for (i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(CoprodFinding) f = g_list_model_get_item (findings, i);

      g_string_append_printf (out, "  %s: ",
                              _coprod_text_writer_nick_of (COPROD_TYPE_SEVERITY, coprod_finding_get_severity (f)));
      _coprod_text_writer_append_escaped (out, coprod_finding_get_message (f));
      g_string_append (out, " [");
      _coprod_text_writer_append_escaped (out, coprod_finding_get_code (f));
      g_string_append (out, "]\n");
    }

  /* Hart's ladder is for work with children and young people */
  if (g_strcmp0 (coprod_ladder_get_key (ladder), "hart") == 0 &&
      !coprod_assessment_has_young_people (a))
    g_string_append (out, "  warning: Hart's ladder is for work with children and young "
                          "people, and no one involved has the young-person role\n");
  g_string_append_c (out, '\n');
}

/**
 * coprod_text_writer_write_assessment:
 * @self: a text writer
 * @registry: the registry the project is in
 * @assessment: the assessment of one of its projects
 * @ladder: (nullable): the ladder whose words name the rungs; %NULL for
 *   the default ladder ([func@Coprod.Ladder.get_default])
 *
 * Writes the assessment of a project: its id and title, its status when
 * recorded, the rung it reached so far, the rung the plan would reach when
 * that is higher, the rung it claims when it claims one, and the one it
 * aimed at (in the ladder's words, with the canonical rung in brackets; a
 * rung under the ladder's lowest, which no step presents, is written
 * `below this ladder`), how many people with lived experience took part,
 * a table of the evidence in each stage (the best way they took part, how
 * many took part, the partners with lived experience and the professional
 * partners, those of the first who are also staff, their hours, and how
 * many were paid or supported), what became of the proposals made by
 * people with lived experience (adopted, as proposed or with changes; not
 * adopted; pending; and how many outcomes were not fed back to them: a
 * line written only when there is at least one such proposal), what is
 * missing for the next rung (or still to come, for a project not yet
 * completed), and what the
 * assessment noticed. On Hart's ladder, which is for work with children
 * and young people, a project with no young person involved gets a
 * warning line. People are counted, never named. The text ends with an
 * empty line.
 *
 * Returns: (transfer full): the text, each line ending in a newline
 *
 * Since: 0.1
 */
char *
coprod_text_writer_write_assessment (CoprodTextWriter *self,
                                     CoprodRegistry   *registry,
                                     CoprodAssessment *assessment,
                                     CoprodLadder     *ladder)
{
  g_autoptr(GString) out = NULL;

  g_return_val_if_fail (COPROD_IS_TEXT_WRITER (self), NULL);
  g_return_val_if_fail (COPROD_IS_REGISTRY (registry), NULL);
  g_return_val_if_fail (COPROD_IS_ASSESSMENT (assessment), NULL);
  g_return_val_if_fail (ladder == NULL || COPROD_IS_LADDER (ladder), NULL);

  if (ladder == NULL)
    ladder = coprod_ladder_get_default ();

  out = g_string_new (NULL);
  append_assessment (out, registry, assessment, ladder);

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/**
 * coprod_text_writer_write_assessments:
 * @self: a text writer
 * @registry: the registry that was assessed
 * @assessments: a list model of [class@Coprod.Assessment] of projects of
 *   @registry, as [method@Coprod.Registry.assess_all] gives it
 * @ladder: (nullable): the ladder whose words name the rungs; %NULL for
 *   the default ladder ([func@Coprod.Ladder.get_default])
 *
 * Writes each assessment as [method@Coprod.TextWriter.write_assessment]
 * does, then a table with a line for each step of @ladder, from the top
 * down, and how many projects reached a rung that the step presents. A
 * step that presents no rung counts none. Then, if the ladder leaves out
 * rungs at the bottom, how many projects are below it; and last, how many
 * have no involvement recorded:
 *
 * ```
 * Projects per step (Spectrum of public participation (IAP2))
 *   Empower                                     0
 *   Collaborate                                 7
 *   Involve                                     0
 *   Consult                                     1
 *   Inform                                      0
 *   below this ladder                           0
 *   no involvement recorded                     0
 * ```
 *
 * Returns: (transfer full): the text, each line ending in a newline
 *
 * Since: 0.1
 */
char *
coprod_text_writer_write_assessments (CoprodTextWriter *self,
                                      CoprodRegistry   *registry,
                                      GListModel       *assessments,
                                      CoprodLadder     *ladder)
{
  g_autoptr(GString) out = NULL;
  GListModel *steps;
  CoprodRung lowest, r;
  guint i, n_steps, below;
  glong width = 40;

  g_return_val_if_fail (COPROD_IS_TEXT_WRITER (self), NULL);
  g_return_val_if_fail (COPROD_IS_REGISTRY (registry), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (assessments), NULL);
  g_return_val_if_fail (ladder == NULL || COPROD_IS_LADDER (ladder), NULL);

  if (ladder == NULL)
    ladder = coprod_ladder_get_default ();

  out = g_string_new (NULL);
  for (i = 0; i < g_list_model_get_n_items (assessments); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (assessments, i);

      g_return_val_if_fail (COPROD_IS_ASSESSMENT (item), NULL);
      append_assessment (out, registry, COPROD_ASSESSMENT (item), ladder);
    }

  /* one line per step, each step once, wide enough for the longest title */
  steps = coprod_ladder_get_steps (ladder);
  n_steps = g_list_model_get_n_items (steps);
  for (i = 0; i < n_steps; i++)
    {
      g_autoptr(CoprodStep) step = g_list_model_get_item (steps, i);
      g_autofree char *title = escape (coprod_step_get_title (step));

      width = MAX (width, g_utf8_strlen (title, -1));
    }

  g_string_append (out, "Projects per step (");
  _coprod_text_writer_append_escaped (out, coprod_ladder_get_title (ladder));
  g_string_append (out, ")\n");
  for (i = n_steps; i-- > 0;)
    {
      g_autoptr(CoprodStep) step = g_list_model_get_item (steps, i);
      CoprodRung lo = coprod_step_get_rung_min (step);
      CoprodRung hi = coprod_step_get_rung_max (step);
      guint count = 0;

      for (r = lo; lo != COPROD_RUNG_NONE && r <= hi; r++)
        count += coprod_assessment_count_at_rung (assessments, r);

      g_string_append (out, "  ");
      _coprod_text_writer_append_padded (out, coprod_step_get_title (step), (guint) width);
      g_string_append_printf (out, " %4u\n", count);
    }

  lowest = coprod_ladder_get_lowest_rung (ladder);
  if (lowest > COPROD_RUNG_COERCION)
    {
      for (below = 0, r = COPROD_RUNG_COERCION; r < lowest; r++)
        below += coprod_assessment_count_at_rung (assessments, r);

      g_string_append (out, "  ");
      _coprod_text_writer_append_padded (out, BELOW_LADDER, (guint) width);
      g_string_append_printf (out, " %4u\n", below);
    }

  g_string_append (out, "  ");
  _coprod_text_writer_append_padded (out, NO_INVOLVEMENT, (guint) width);
  g_string_append_printf (out, " %4u\n",
                          coprod_assessment_count_at_rung (assessments, COPROD_RUNG_NONE));

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/**
 * coprod_text_writer_write_ladder:
 * @self: a text writer
 * @ladder: a ladder of involvement
 *
 * Writes a ladder of involvement: its title and key, its summary, where
 * it comes from, its version, whether its steps match the canonical rungs
 * exactly, the canonical rungs below it if it leaves any out at the
 * bottom, then each step from the bottom up with its group, what it
 * means, any promise it makes and the canonical rungs it presents. Prose
 * is wrapped at [property@Coprod.TextWriter:width].
 *
 * Returns: (transfer full): the text, each line ending in a newline
 *
 * Since: 0.1
 */
char *
coprod_text_writer_write_ladder (CoprodTextWriter *self,
                                 CoprodLadder     *ladder)
{
  g_autoptr(GString) out = NULL;
  GListModel *steps;
  const char *summary, *source, *version;
  guint i;

  g_return_val_if_fail (COPROD_IS_TEXT_WRITER (self), NULL);
  g_return_val_if_fail (COPROD_IS_LADDER (ladder), NULL);

  steps = coprod_ladder_get_steps (ladder);
  summary = coprod_ladder_get_summary (ladder);
  source = coprod_ladder_get_source (ladder);
  version = coprod_ladder_get_version (ladder);

  out = g_string_new (NULL);
  _coprod_text_writer_append_escaped (out, coprod_ladder_get_title (ladder));
  g_string_append (out, " [");
  _coprod_text_writer_append_escaped (out, coprod_ladder_get_key (ladder));
  g_string_append (out, "]\n");
  if (summary != NULL)
    {
      g_string_append_c (out, '\n');
      _coprod_text_writer_append_wrapped (self, out, "  ", "  ", summary);
    }
  g_string_append_c (out, '\n');
  if (source != NULL)
    _coprod_text_writer_append_wrapped (self, out, "Source:    ", "           ", source);
  if (version != NULL)
    {
      g_string_append (out, "Version:   ");
      _coprod_text_writer_append_escaped (out, version);
      g_string_append_c (out, '\n');
    }
  _coprod_text_writer_append_wrapped (self, out, "Crosswalk: ", "           ",
                                      coprod_ladder_get_approximate (ladder)
                                      ? "approximate: its steps match the canonical rungs only roughly"
                                      : "exact: its steps are the canonical rungs");
  if (coprod_ladder_get_lowest_rung (ladder) > COPROD_RUNG_COERCION)
    {
      g_autoptr(GString) below = g_string_new (NULL);
      CoprodRung r;

      for (r = COPROD_RUNG_COERCION; r < coprod_ladder_get_lowest_rung (ladder); r++)
        g_string_append_printf (below, "%s%s", r > COPROD_RUNG_COERCION ? ", " : "",
                                _coprod_text_writer_nick_of (COPROD_TYPE_RUNG, (int) r));
      g_string_append (below, ": no step presents them");
      _coprod_text_writer_append_wrapped (self, out, "Below it:  ", "           ", below->str);
    }

  g_string_append (out, "\nSteps, bottom to top:\n");
  for (i = 0; i < g_list_model_get_n_items (steps); i++)
    {
      g_autoptr(CoprodStep) step = g_list_model_get_item (steps, i);
      g_autofree char *number = g_strdup_printf ("%3u. ", coprod_step_get_position (step));
      g_autofree char *heading = NULL;
      const char *group = coprod_step_get_group (step);
      const char *promise = coprod_step_get_promise (step);
      CoprodRung lo = coprod_step_get_rung_min (step);
      CoprodRung hi = coprod_step_get_rung_max (step);
      g_autoptr(GString) covered = g_string_new (NULL);
      CoprodRung r;

      if (group != NULL)
        heading = g_strdup_printf ("%s [%s]", coprod_step_get_title (step), group);
      else
        heading = g_strdup (coprod_step_get_title (step));

      g_string_append_c (out, '\n');
      _coprod_text_writer_append_wrapped (self, out, number, "     ", heading);
      if (coprod_step_get_summary (step) != NULL)
        _coprod_text_writer_append_wrapped (self, out, "     ", "     ", coprod_step_get_summary (step));
      if (promise != NULL)
        _coprod_text_writer_append_wrapped (self, out, "     Promise: ", "              ", promise);

      if (lo == COPROD_RUNG_NONE)
        g_string_append (covered, "none (beyond what the canonical scale tells apart)");
      for (r = lo; lo != COPROD_RUNG_NONE && r <= hi; r++)
        g_string_append_printf (covered, "%s%s", r > lo ? ", " : "",
                                _coprod_text_writer_nick_of (COPROD_TYPE_RUNG, (int) r));
      _coprod_text_writer_append_wrapped (self, out, "     Canonical rungs: ", "                      ", covered->str);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/**
 * coprod_text_writer_write_ladders:
 * @self: a text writer
 *
 * Writes the built-in ladders of involvement, one a line: the key, the
 * title and the number of steps, marking the default ladder.
 *
 * Returns: (transfer full): the text, each line ending in a newline
 *
 * Since: 0.1
 */
char *
coprod_text_writer_write_ladders (CoprodTextWriter *self)
{
  const char * const *keys = coprod_ladder_list_builtin ();
  g_autoptr(GString) out = NULL;
  guint i;

  g_return_val_if_fail (COPROD_IS_TEXT_WRITER (self), NULL);

  out = g_string_new (NULL);
  for (i = 0; keys[i] != NULL; i++)
    {
      CoprodLadder *ladder = coprod_ladder_get_builtin (keys[i]);

      g_string_append (out, "  ");
      _coprod_text_writer_append_padded (out, keys[i], 10);
      g_string_append_c (out, ' ');
      _coprod_text_writer_append_padded (out, coprod_ladder_get_title (ladder), 52);
      g_string_append_printf (out, " %u steps%s\n",
                              g_list_model_get_n_items (coprod_ladder_get_steps (ladder)),
                              ladder == coprod_ladder_get_default () ? "  (default)" : "");
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/**
 * coprod_text_writer_write_framework:
 * @self: a text writer
 * @framework: a values framework
 *
 * Writes a values framework: its title and key, its summary, the work it
 * comes from (with its year and publisher), its version, its scale with
 * the label of each band, then each value with its summary and its
 * practices, each with its id, what it is and the automatic check it
 * names, if any, with the check's parameters. Prose is wrapped at
 * [property@Coprod.TextWriter:width].
 *
 * Returns: (transfer full): the text, each line ending in a newline
 *
 * Since: 0.1
 */
char *
coprod_text_writer_write_framework (CoprodTextWriter *self,
                                    CoprodFramework  *framework)
{
  g_autoptr(GString) out = NULL;
  GListModel *values;
  const char *summary, *work, *publisher, *version;
  guint i, n;

  g_return_val_if_fail (COPROD_IS_TEXT_WRITER (self), NULL);
  g_return_val_if_fail (COPROD_IS_FRAMEWORK (framework), NULL);

  values = coprod_framework_get_values (framework);
  summary = coprod_framework_get_summary (framework);
  work = coprod_framework_get_source_work (framework);
  publisher = coprod_framework_get_source_publisher (framework);
  version = coprod_framework_get_version (framework);

  out = g_string_new (NULL);
  _coprod_text_writer_append_escaped (out, coprod_framework_get_title (framework));
  g_string_append (out, " [");
  _coprod_text_writer_append_escaped (out, coprod_framework_get_key (framework));
  g_string_append (out, "]\n");
  if (summary != NULL)
    {
      g_string_append_c (out, '\n');
      _coprod_text_writer_append_wrapped (self, out, "  ", "  ", summary);
    }
  g_string_append_c (out, '\n');
  if (work != NULL)
    {
      g_autoptr(GString) source = g_string_new (work);

      if (coprod_framework_get_source_year (framework) > 0)
        g_string_append_printf (source, " (%u)", coprod_framework_get_source_year (framework));
      else
        g_string_append (source, " (undated)");
      _coprod_text_writer_append_wrapped (self, out, "Source:    ", "           ", source->str);
    }
  if (publisher != NULL)
    _coprod_text_writer_append_wrapped (self, out, "Publisher: ", "           ", publisher);
  if (version != NULL)
    {
      g_string_append (out, "Version:   ");
      _coprod_text_writer_append_escaped (out, version);
      g_string_append_c (out, '\n');
    }
  g_string_append_printf (out, "Scale:     %d to %d\n",
                          coprod_framework_get_scale_minimum (framework),
                          coprod_framework_get_scale_maximum (framework));
  n = coprod_framework_get_n_bands (framework);
  for (i = 0; i < n; i++)
    {
      int lo, hi;
      const char *label = coprod_framework_get_band (framework, i, &lo, &hi);
      g_autofree char *range = NULL;

      if (lo == hi)
        range = g_strdup_printf ("  %7d  ", lo);
      else
        range = g_strdup_printf ("  %3d-%-3d  ", lo, hi);
      _coprod_text_writer_append_wrapped (self, out, range, "           ", label);
    }

  g_string_append_printf (out, "\nValues (%u) and their practices (%u):\n",
                          g_list_model_get_n_items (values),
                          coprod_framework_get_n_practices (framework));
  for (i = 0; i < g_list_model_get_n_items (values); i++)
    {
      g_autoptr(CoprodValue) value = g_list_model_get_item (values, i);
      g_autofree char *number = g_strdup_printf ("%3u. ", i + 1);
      g_autofree char *heading = g_strdup_printf ("%s [%s]", coprod_value_get_title (value),
                                                  coprod_value_get_key (value));
      GListModel *practices = coprod_value_get_practices (value);
      guint j;

      g_string_append_c (out, '\n');
      _coprod_text_writer_append_wrapped (self, out, number, "     ", heading);
      if (coprod_value_get_summary (value) != NULL)
        _coprod_text_writer_append_wrapped (self, out, "     ", "     ", coprod_value_get_summary (value));

      for (j = 0; j < g_list_model_get_n_items (practices); j++)
        {
          g_autoptr(CoprodPractice) practice = g_list_model_get_item (practices, j);
          const char *check = coprod_practice_get_check (practice);

          g_string_append (out, "     - ");
          _coprod_text_writer_append_escaped (out, coprod_practice_get_id (practice));
          g_string_append_c (out, '\n');
          _coprod_text_writer_append_wrapped (self, out, "       ", "       ", coprod_practice_get_text (practice));
          if (check != NULL)
            {
              const char * const *names = coprod_practice_get_parameter_names (practice);
              g_autoptr(GString) line = g_string_new (check);
              guint k;

              for (k = 0; names[k] != NULL; k++)
                g_string_append_printf (line, "%s%s %s", k == 0 ? " (" : ", ", names[k],
                                        coprod_practice_get_parameter (practice, names[k]));
              if (k > 0)
                g_string_append_c (line, ')');
              _coprod_text_writer_append_wrapped (self, out, "       Check: ", "              ", line->str);
            }
        }
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/**
 * coprod_text_writer_write_frameworks:
 * @self: a text writer
 *
 * Writes the built-in values frameworks, one a line: the key, the title,
 * and the numbers of values and practices, marking the default framework.
 *
 * Returns: (transfer full): the text, each line ending in a newline
 *
 * Since: 0.1
 */
char *
coprod_text_writer_write_frameworks (CoprodTextWriter *self)
{
  const char * const *keys = coprod_framework_list_builtin ();
  g_autoptr(GString) out = NULL;
  guint i;

  g_return_val_if_fail (COPROD_IS_TEXT_WRITER (self), NULL);

  out = g_string_new (NULL);
  for (i = 0; keys[i] != NULL; i++)
    {
      CoprodFramework *framework = coprod_framework_get_builtin (keys[i]);
      guint n_values = g_list_model_get_n_items (coprod_framework_get_values (framework));
      guint n_practices = coprod_framework_get_n_practices (framework);

      g_string_append (out, "  ");
      _coprod_text_writer_append_padded (out, keys[i], 7);
      g_string_append_c (out, ' ');
      _coprod_text_writer_append_padded (out, coprod_framework_get_title (framework), 52);
      g_string_append_printf (out, " %u value%s, %2u practice%s%s\n",
                              n_values, n_values == 1 ? "" : "s",
                              n_practices, n_practices == 1 ? "" : "s",
                              framework == coprod_framework_get_default () ? "  (default)" : "");
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}
