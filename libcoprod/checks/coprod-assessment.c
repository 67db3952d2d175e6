/* coprod-assessment.c: where a project stands on the ladder, and why
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "coprod-assessment.h"
#include "coprod-enum-types.h"
#include "coprod-error.h"
#include "coprod-finding.h"
#include "coprod-index-private.h"
#include "coprod-gap.h"
#include "coprod-involvement.h"
#include "coprod-meeting.h"
#include "coprod-partnership.h"
#include "coprod-payment.h"
#include "coprod-person.h"
#include "coprod-policy.h"
#include "coprod-project.h"
#include "coprod-record-private.h"

#define N_STAGES 6

/**
 * CoprodAssessment:
 *
 * Where a project stands on the ladder of involvement, with the evidence,
 * and what it would take to climb.
 *
 * Made by [method@Coprod.Registry.assess_project]. Only the involvements of
 * people with lived experience count: people whose roles include
 * lived-experience, carer or family-member. For each stage in the project's
 * scope the assessment takes the best way any of them took part (the best
 * [enum@Coprod.Mode]); then the first rule that matches gives the rung:
 *
 * - co-production: partner in every stage in scope, and the scope holds
 *   doing or delivering;
 * - co-design: partner in designing or in deciding;
 * - engagement: engaged or partner in any stage;
 * - consultation, informing, educating: consulted, informed, educated at
 *   best;
 * - coercion: only passive;
 * - none: no involvement of a person with lived experience.
 *
 * Involvements in stages outside the scope do not count. An involvement
 * that names someone not in the registry does not count either; it gives
 * a finding instead.
 *
 * Besides the rung, an assessment gives the best mode in each stage and who
 * gave it, how many people with lived experience took part in each stage,
 * the [class@Coprod.Gap]s to close for the next rung, whether the project
 * reached the rung it aimed at, and findings ([class@Coprod.Finding]) such
 * as professionals deciding while people with lived experience were only
 * consulted, or a fixed outside deadline with no partner with lived
 * experience in planning.
 *
 * ```python
 * a = registry.assess_project("prj-leaflet")
 * print(a.get_rung(), a.get_best_mode(Coprod.Stage.DECIDING))
 * for gap in a.get_gaps():
 *     print(gap.get_stage(), gap.get_required_mode())
 * ```
 *
 * Since: 0.1
 */

struct _CoprodAssessment
{
  GObject parent_instance;

  char *project_id;
  CoprodRung rung;
  CoprodRung aimed_rung;
  CoprodRung next_rung;
  CoprodStage stages;

  CoprodMode best[N_STAGES];
  GPtrArray *best_people[N_STAGES];   /* of char *, NULL-terminated */
  guint n_people[N_STAGES];
  guint n_people_total;

  GListStore *gaps;
  GListStore *findings;
};

G_DEFINE_FINAL_TYPE (CoprodAssessment, coprod_assessment, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PROJECT_ID,
  PROP_RUNG,
  PROP_AIMED_RUNG,
  PROP_AIM_REACHED,
  PROP_STAGES,
  PROP_NEXT_RUNG,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
coprod_assessment_finalize (GObject *object)
{
  CoprodAssessment *self = COPROD_ASSESSMENT (object);
  guint i;

  g_clear_pointer (&self->project_id, g_free);
  for (i = 0; i < N_STAGES; i++)
    g_clear_pointer (&self->best_people[i], g_ptr_array_unref);
  g_clear_object (&self->gaps);
  g_clear_object (&self->findings);

  G_OBJECT_CLASS (coprod_assessment_parent_class)->finalize (object);
}

static void
coprod_assessment_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  CoprodAssessment *self = COPROD_ASSESSMENT (object);

  switch (prop_id)
    {
    case PROP_PROJECT_ID:
      g_value_set_string (value, self->project_id);
      break;

    case PROP_RUNG:
      g_value_set_enum (value, self->rung);
      break;

    case PROP_AIMED_RUNG:
      g_value_set_enum (value, self->aimed_rung);
      break;

    case PROP_AIM_REACHED:
      g_value_set_boolean (value, coprod_assessment_get_aim_reached (self));
      break;

    case PROP_STAGES:
      g_value_set_flags (value, self->stages);
      break;

    case PROP_NEXT_RUNG:
      g_value_set_enum (value, self->next_rung);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coprod_assessment_class_init (CoprodAssessmentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = coprod_assessment_finalize;
  object_class->get_property = coprod_assessment_get_property;

  /**
   * CoprodAssessment:project-id:
   *
   * The id of the project assessed.
   *
   * Since: 0.1
   */
  properties[PROP_PROJECT_ID] =
    g_param_spec_string ("project-id", NULL, NULL, NULL, flags);

  /**
   * CoprodAssessment:rung:
   *
   * The rung the project reached.
   *
   * Since: 0.1
   */
  properties[PROP_RUNG] =
    g_param_spec_enum ("rung", NULL, NULL,
                       COPROD_TYPE_RUNG, COPROD_RUNG_NONE, flags);

  /**
   * CoprodAssessment:aimed-rung:
   *
   * The rung the project aimed at.
   *
   * Since: 0.1
   */
  properties[PROP_AIMED_RUNG] =
    g_param_spec_enum ("aimed-rung", NULL, NULL,
                       COPROD_TYPE_RUNG, COPROD_RUNG_NONE, flags);

  /**
   * CoprodAssessment:aim-reached:
   *
   * Whether the project reached the rung it aimed at, or higher.
   *
   * Since: 0.1
   */
  properties[PROP_AIM_REACHED] =
    g_param_spec_boolean ("aim-reached", NULL, NULL, FALSE, flags);

  /**
   * CoprodAssessment:stages:
   *
   * The stages in the project's scope.
   *
   * Since: 0.1
   */
  properties[PROP_STAGES] =
    g_param_spec_flags ("stages", NULL, NULL,
                        COPROD_TYPE_STAGE, COPROD_STAGE_NONE, flags);

  /**
   * CoprodAssessment:next-rung:
   *
   * The next rung the project can reach, which
   * [method@Coprod.Assessment.get_gaps] is about; the same as
   * [property@Coprod.Assessment:rung] at the top of the ladder.
   *
   * Since: 0.1
   */
  properties[PROP_NEXT_RUNG] =
    g_param_spec_enum ("next-rung", NULL, NULL,
                       COPROD_TYPE_RUNG, COPROD_RUNG_NONE, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
coprod_assessment_init (CoprodAssessment *self)
{
  guint i;

  for (i = 0; i < N_STAGES; i++)
    self->best_people[i] = g_ptr_array_new_with_free_func (g_free);
  self->gaps = g_list_store_new (COPROD_TYPE_GAP);
  self->findings = g_list_store_new (COPROD_TYPE_FINDING);
}

static int
stage_index (CoprodStage stage)
{
  if (stage == COPROD_STAGE_NONE || (stage & (stage - 1)) != 0 ||
      (stage & ~COPROD_STAGE_ALL) != 0)
    return -1;

  return g_bit_nth_lsf (stage, -1);
}

static const char *
stage_nick (CoprodStage stage)
{
  const char *nick = _coprod_flags_first_nick (COPROD_TYPE_STAGE, stage);

  return nick ? nick : "none";
}

static const char *
enum_nick (GType type,
           int   value)
{
  const char *nick = _coprod_enum_nick (type, value);

  return nick ? nick : "none";
}

G_GNUC_PRINTF (5, 6)
static void
add_finding (CoprodAssessment *self,
             CoprodSeverity    severity,
             const char       *code,
             const char       *member,
             const char       *format,
             ...)
{
  g_autoptr(CoprodFinding) finding = NULL;
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  finding = coprod_finding_new (severity, code, self->project_id, member, message);
  g_list_store_append (self->findings, finding);
}

static void
add_gap (CoprodAssessment *self,
         CoprodStage       stage,
         CoprodMode        required,
         gboolean          alternative)
{
  g_autoptr(CoprodGap) gap = NULL;
  int i = stage_index (stage);
  gboolean in_scope = (self->stages & stage) != 0;

  gap = g_object_new (COPROD_TYPE_GAP,
                      "stage", stage,
                      "current-mode", in_scope ? self->best[i] : COPROD_MODE_NONE,
                      "required-mode", required,
                      "in-scope", in_scope,
                      "alternative", alternative,
                      NULL);
  g_list_store_append (self->gaps, gap);
}

static CoprodMode
best_anywhere (CoprodAssessment *self)
{
  CoprodMode best = COPROD_MODE_NONE;
  guint i;

  for (i = 0; i < N_STAGES; i++)
    best = MAX (best, self->best[i]);

  return best;
}

static gboolean
partner_in_every_stage (CoprodAssessment *self)
{
  guint i;

  for (i = 0; i < N_STAGES; i++)
    if ((self->stages & (1u << i)) && self->best[i] != COPROD_MODE_PARTNER)
      return FALSE;

  return TRUE;
}

/* The rules of the ladder, first match wins */
static CoprodRung
rung_from_modes (CoprodAssessment *self)
{
  const int deciding = stage_index (COPROD_STAGE_DECIDING);
  const int designing = stage_index (COPROD_STAGE_DESIGNING);

  if ((self->stages & (COPROD_STAGE_DOING | COPROD_STAGE_DELIVERING)) != 0 &&
      partner_in_every_stage (self))
    return COPROD_RUNG_CO_PRODUCTION;

  if (self->best[designing] == COPROD_MODE_PARTNER ||
      self->best[deciding] == COPROD_MODE_PARTNER)
    return COPROD_RUNG_CO_DESIGN;

  switch (best_anywhere (self))
    {
    case COPROD_MODE_PARTNER:
    case COPROD_MODE_ENGAGED:
      return COPROD_RUNG_ENGAGEMENT;
    case COPROD_MODE_CONSULTED:
      return COPROD_RUNG_CONSULTATION;
    case COPROD_MODE_INFORMED:
      return COPROD_RUNG_INFORMING;
    case COPROD_MODE_EDUCATED:
      return COPROD_RUNG_EDUCATING;
    case COPROD_MODE_PASSIVE:
      return COPROD_RUNG_COERCION;
    case COPROD_MODE_NONE:
    default:
      return COPROD_RUNG_NONE;
    }
}

static void
gaps_for_co_production (CoprodAssessment *self)
{
  guint i;

  for (i = 0; i < N_STAGES; i++)
    if ((self->stages & (1u << i)) && self->best[i] != COPROD_MODE_PARTNER)
      add_gap (self, 1u << i, COPROD_MODE_PARTNER, FALSE);

  if ((self->stages & (COPROD_STAGE_DOING | COPROD_STAGE_DELIVERING)) == 0)
    {
      add_gap (self, COPROD_STAGE_DOING, COPROD_MODE_PARTNER, TRUE);
      add_gap (self, COPROD_STAGE_DELIVERING, COPROD_MODE_PARTNER, TRUE);
    }
}

static void
compute_next_rung (CoprodAssessment *self)
{
  static const CoprodMode needed[] = {
    [COPROD_RUNG_COERCION]     = COPROD_MODE_PASSIVE,
    [COPROD_RUNG_EDUCATING]    = COPROD_MODE_EDUCATED,
    [COPROD_RUNG_INFORMING]    = COPROD_MODE_INFORMED,
    [COPROD_RUNG_CONSULTATION] = COPROD_MODE_CONSULTED,
    [COPROD_RUNG_ENGAGEMENT]   = COPROD_MODE_ENGAGED,
  };
  guint i;

  switch (self->rung)
    {
    case COPROD_RUNG_NONE:
    case COPROD_RUNG_COERCION:
    case COPROD_RUNG_EDUCATING:
    case COPROD_RUNG_INFORMING:
    case COPROD_RUNG_CONSULTATION:
      /* one stage at the next mode is enough */
      self->next_rung = self->rung + 1;
      for (i = 0; i < N_STAGES; i++)
        if ((self->stages & (1u << i)) && self->best[i] < needed[self->next_rung])
          add_gap (self, 1u << i, needed[self->next_rung], TRUE);
      break;

    case COPROD_RUNG_ENGAGEMENT:
      if (self->stages & (COPROD_STAGE_DECIDING | COPROD_STAGE_DESIGNING))
        {
          self->next_rung = COPROD_RUNG_CO_DESIGN;
          if (self->stages & COPROD_STAGE_DECIDING)
            add_gap (self, COPROD_STAGE_DECIDING, COPROD_MODE_PARTNER, TRUE);
          if (self->stages & COPROD_STAGE_DESIGNING)
            add_gap (self, COPROD_STAGE_DESIGNING, COPROD_MODE_PARTNER, TRUE);
        }
      else
        {
          /* co-design is out of reach without deciding or designing */
          self->next_rung = COPROD_RUNG_CO_PRODUCTION;
          gaps_for_co_production (self);
        }
      break;

    case COPROD_RUNG_CO_DESIGN:
      self->next_rung = COPROD_RUNG_CO_PRODUCTION;
      gaps_for_co_production (self);
      break;

    case COPROD_RUNG_CO_PRODUCTION:
    default:
      self->next_rung = self->rung;
      break;
    }
}

/* Is anyone with lived experience on the project paid or supported? */
static gboolean
project_supports_people (CoprodRegistry *registry,
                         const char     *project_id,
                         GHashTable     *lived_experience)
{
  CoprodIndex *index = _coprod_registry_get_index (registry);
  GPtrArray *payments, *meetings;
  guint i;

  /* paid for the project, or for one of its meetings */
  payments = _coprod_index_get (index, COPROD_RELATION_PAYMENTS_OF_PROJECT, project_id);
  for (i = 0; payments != NULL && i < payments->len; i++)
    {
      const char *person_id = coprod_payment_get_person_id (g_ptr_array_index (payments, i));

      if (person_id != NULL && g_hash_table_contains (lived_experience, person_id))
        return TRUE;
    }

  meetings = _coprod_index_get (index, COPROD_RELATION_MEETINGS_OF_PROJECT, project_id);
  for (i = 0; meetings != NULL && i < meetings->len; i++)
    {
      CoprodMeeting *meeting = g_ptr_array_index (meetings, i);
      const char * const *attendees;

      if (coprod_meeting_get_support (meeting) == COPROD_SUPPORT_NONE)
        continue;
      for (attendees = coprod_meeting_get_attendee_ids (meeting); *attendees; attendees++)
        if (g_hash_table_contains (lived_experience, *attendees))
          return TRUE;
    }

  return FALSE;
}

/* The policy of an organisation in the project's partnership that covers
 * support or payment, if any */
static CoprodPolicy *
find_policy (CoprodRegistry *registry,
             const char     *partnership_id)
{
  /* the registry holds a reference */
  return _coprod_index_policy_of_partnership (_coprod_registry_get_index (registry),
                                              partnership_id);
}

static void
add_findings (CoprodAssessment *self,
              CoprodRegistry   *registry,
              CoprodProject    *project,
              CoprodMode       *professional_best,
              GHashTable       *lived_experience)
{
  guint i, n_stages_involved = 0, n_stages_in_scope = 0;
  CoprodPolicy *policy;

  for (i = 0; i < N_STAGES; i++)
    {
      if (!(self->stages & (1u << i)))
        continue;
      n_stages_in_scope++;
      if (self->best[i] != COPROD_MODE_NONE)
        n_stages_involved++;

      /* professionals as partners where lived experience was at most consulted */
      if (professional_best[i] == COPROD_MODE_PARTNER &&
          self->best[i] <= COPROD_MODE_CONSULTED)
        {
          if (self->best[i] == COPROD_MODE_NONE)
            add_finding (self, COPROD_SEVERITY_WARNING, "professionals-only", NULL,
                         "professionals are partners in %s but no one with lived "
                         "experience took part in it",
                         stage_nick (1u << i));
          else
            add_finding (self, COPROD_SEVERITY_WARNING, "professionals-lead", NULL,
                         "professionals are partners in %s but people with lived "
                         "experience were only %s",
                         stage_nick (1u << i),
                         enum_nick (COPROD_TYPE_MODE, self->best[i]));
        }
    }

  if (coprod_project_get_deadline_fixed (project) &&
      (self->stages & COPROD_STAGE_PLANNING) &&
      self->best[stage_index (COPROD_STAGE_PLANNING)] != COPROD_MODE_PARTNER)
    add_finding (self, COPROD_SEVERITY_WARNING, "fixed-deadline", "deadline_fixed",
                 "a fixed outside deadline%s%s and no partner with lived experience "
                 "in planning",
                 coprod_project_get_deadline (project) ? " of " : "",
                 coprod_project_get_deadline (project) ? coprod_project_get_deadline (project) : "");

  if (n_stages_involved == 1 && n_stages_in_scope > 1)
    add_finding (self, COPROD_SEVERITY_WARNING, "single-stage", NULL,
                 "people with lived experience took part in only one of the %u "
                 "stages in scope", n_stages_in_scope);

  if (self->rung == COPROD_RUNG_NONE)
    add_finding (self, COPROD_SEVERITY_WARNING, "no-lived-experience", NULL,
                 "no involvement of a person with lived experience is recorded");

  policy = find_policy (registry, coprod_project_get_partnership_id (project));
  if (policy != NULL && g_hash_table_size (lived_experience) > 0 &&
      !project_supports_people (registry, self->project_id, lived_experience))
    add_finding (self, COPROD_SEVERITY_WARNING, "unsupported", NULL,
                 "policy %s covers support and payment, but nobody with lived "
                 "experience on the project is recorded as paid or supported",
                 coprod_record_get_id (COPROD_RECORD (policy)));

  if (!coprod_assessment_get_aim_reached (self))
    add_finding (self, COPROD_SEVERITY_INFO, "aim-not-reached", "aimed_rung",
                 "the project aimed at %s and reached %s",
                 enum_nick (COPROD_TYPE_RUNG, self->aimed_rung),
                 enum_nick (COPROD_TYPE_RUNG, self->rung));
}

static CoprodAssessment *
assess (CoprodRegistry *registry,
        CoprodProject  *project)
{
  g_autoptr(CoprodAssessment) self = g_object_new (COPROD_TYPE_ASSESSMENT, NULL);
  g_autoptr(GHashTable) lived_experience = g_hash_table_new (g_str_hash, g_str_equal);
  GHashTable *per_stage[N_STAGES];
  GHashTable *best_seen[N_STAGES];   /* the people in best_people, to add each once */
  GListModel *involvements = coprod_project_get_involvements (project);
  CoprodMode professional_best[N_STAGES] = { COPROD_MODE_NONE };
  guint i, n;

  self->project_id = g_strdup (coprod_record_get_id (COPROD_RECORD (project)));
  self->stages = coprod_project_get_stages (project) & COPROD_STAGE_ALL;
  self->aimed_rung = coprod_project_get_aimed_rung (project);
  for (i = 0; i < N_STAGES; i++)
    {
      per_stage[i] = g_hash_table_new (g_str_hash, g_str_equal);
      best_seen[i] = g_hash_table_new (g_str_hash, g_str_equal);
    }

  n = g_list_model_get_n_items (involvements);
  for (i = 0; i < n; i++)
    {
      g_autoptr(CoprodInvolvement) inv = g_list_model_get_item (involvements, i);
      const char *person_id = coprod_involvement_get_person_id (inv);
      CoprodStage stage = coprod_involvement_get_stage (inv);
      CoprodMode mode = coprod_involvement_get_mode (inv);
      CoprodRecord *person;
      int s = stage_index (stage);

      if (person_id == NULL)
        continue;

      person = coprod_registry_lookup (registry, person_id);
      if (person == NULL)
        {
          g_autofree char *member = g_strdup_printf ("involvements[%u]", i);

          add_finding (self, COPROD_SEVERITY_WARNING, "unknown-person", member,
                       "the involvement names %s, who is not in the registry; "
                       "it is not counted", person_id);
          continue;
        }
      if (!COPROD_IS_PERSON (person))
        {
          g_autofree char *member = g_strdup_printf ("involvements[%u]", i);

          add_finding (self, COPROD_SEVERITY_WARNING, "not-a-person", member,
                       "the involvement names %s, which is not a person; "
                       "it is not counted", person_id);
          continue;
        }

      if (s < 0 || !(self->stages & stage))
        continue;

      if (!coprod_person_has_lived_experience (COPROD_PERSON (person)))
        {
          professional_best[s] = MAX (professional_best[s], mode);
          continue;
        }

      g_hash_table_add (lived_experience, (gpointer) person_id);
      g_hash_table_add (per_stage[s], (gpointer) person_id);

      if (mode > self->best[s])
        {
          self->best[s] = mode;
          g_ptr_array_set_size (self->best_people[s], 0);
          g_hash_table_remove_all (best_seen[s]);
        }
      if (mode == self->best[s] && mode != COPROD_MODE_NONE &&
          g_hash_table_add (best_seen[s], (gpointer) person_id))
        g_ptr_array_add (self->best_people[s], g_strdup (person_id));
    }

  for (i = 0; i < N_STAGES; i++)
    {
      /* NULL-terminated from here on, for get_best_mode_people */
      g_ptr_array_add (self->best_people[i], NULL);
      self->n_people[i] = g_hash_table_size (per_stage[i]);
      g_hash_table_unref (per_stage[i]);
      g_hash_table_unref (best_seen[i]);
    }
  self->n_people_total = g_hash_table_size (lived_experience);

  self->rung = rung_from_modes (self);
  compute_next_rung (self);
  add_findings (self, registry, project, professional_best, lived_experience);

  return g_steal_pointer (&self);
}

/**
 * coprod_registry_assess_project:
 * @self: a registry
 * @project_id: the id of a project
 * @error: return location for an error
 *
 * Assesses where a project stands on the ladder of involvement; see
 * [class@Coprod.Assessment] for the rules.
 *
 * Returns: (transfer full): the assessment, or %NULL with
 *   %COPROD_ERROR_NOT_FOUND if @project_id is not the id of a project in
 *   the registry
 *
 * Since: 0.1
 */
CoprodAssessment *
coprod_registry_assess_project (CoprodRegistry  *self,
                                const char      *project_id,
                                GError         **error)
{
  CoprodRecord *record;

  g_return_val_if_fail (COPROD_IS_REGISTRY (self), NULL);
  g_return_val_if_fail (project_id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  record = coprod_registry_lookup (self, project_id);
  if (!COPROD_IS_PROJECT (record))
    {
      g_autofree char *quoted = _coprod_text_quote (project_id, 40);

      g_set_error (error, COPROD_ERROR, COPROD_ERROR_NOT_FOUND,
                   record ? "\"%s\" is not a project" : "no project has the id \"%s\"",
                   quoted);
      return NULL;
    }

  return assess (self, COPROD_PROJECT (record));
}

/**
 * coprod_registry_assess_partnership:
 * @self: a registry
 * @partnership_id: the id of a partnership
 * @error: return location for an error
 *
 * Assesses every project of a partnership. With
 * [func@Coprod.Assessment.count_at_rung] this gives the partnership's
 * picture: how many of its projects reached each rung.
 *
 * Returns: (transfer full): a list model of [class@Coprod.Assessment], one
 *   per project whose [property@Coprod.Project:partnership-id] is
 *   @partnership_id, in the order of the projects; or %NULL with
 *   %COPROD_ERROR_NOT_FOUND if there is no such partnership
 *
 * Since: 0.1
 */
GListModel *
coprod_registry_assess_partnership (CoprodRegistry  *self,
                                    const char      *partnership_id,
                                    GError         **error)
{
  GPtrArray *projects;
  GListStore *result;
  CoprodRecord *record;
  guint i;

  g_return_val_if_fail (COPROD_IS_REGISTRY (self), NULL);
  g_return_val_if_fail (partnership_id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  record = coprod_registry_lookup (self, partnership_id);
  if (!COPROD_IS_PARTNERSHIP (record))
    {
      g_autofree char *quoted = _coprod_text_quote (partnership_id, 40);

      g_set_error (error, COPROD_ERROR, COPROD_ERROR_NOT_FOUND,
                   record ? "\"%s\" is not a partnership" : "no partnership has the id \"%s\"",
                   quoted);
      return NULL;
    }

  projects = _coprod_index_get (_coprod_registry_get_index (self),
                               COPROD_RELATION_PROJECTS_OF_PARTNERSHIP, partnership_id);
  result = g_list_store_new (COPROD_TYPE_ASSESSMENT);
  for (i = 0; projects != NULL && i < projects->len; i++)
    {
      g_autoptr(CoprodAssessment) a = assess (self, g_ptr_array_index (projects, i));

      g_list_store_append (result, a);
    }

  return G_LIST_MODEL (result);
}

/**
 * coprod_registry_assess_all:
 * @self: a registry
 *
 * Assesses every project of the registry. With
 * [func@Coprod.Assessment.count_at_rung] this gives the registry's picture.
 *
 * Returns: (transfer full): a list model of [class@Coprod.Assessment], one
 *   per project, in the order of the projects
 *
 * Since: 0.1
 */
GListModel *
coprod_registry_assess_all (CoprodRegistry *self)
{
  GListModel *projects;
  GListStore *result;
  guint i;

  g_return_val_if_fail (COPROD_IS_REGISTRY (self), NULL);

  projects = coprod_registry_get_projects (self);
  result = g_list_store_new (COPROD_TYPE_ASSESSMENT);
  for (i = 0; i < g_list_model_get_n_items (projects); i++)
    {
      g_autoptr(CoprodProject) project = g_list_model_get_item (projects, i);
      g_autoptr(CoprodAssessment) a = assess (self, project);

      g_list_store_append (result, a);
    }

  return G_LIST_MODEL (result);
}

/**
 * coprod_assessment_count_at_rung:
 * @assessments: a list model of [class@Coprod.Assessment]
 * @rung: a rung
 *
 * Counts the assessments whose project reached exactly @rung.
 *
 * Returns: the number of projects at @rung
 *
 * Since: 0.1
 */
guint
coprod_assessment_count_at_rung (GListModel *assessments,
                                 CoprodRung  rung)
{
  guint i, count = 0;

  g_return_val_if_fail (G_IS_LIST_MODEL (assessments), 0);

  for (i = 0; i < g_list_model_get_n_items (assessments); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (assessments, i);

      if (COPROD_IS_ASSESSMENT (item) &&
          COPROD_ASSESSMENT (item)->rung == rung)
        count++;
    }

  return count;
}

/**
 * coprod_assessment_get_project_id:
 * @self: an assessment
 *
 * Gets the id of the project assessed.
 *
 * Returns: the id
 *
 * Since: 0.1
 */
const char *
coprod_assessment_get_project_id (CoprodAssessment *self)
{
  g_return_val_if_fail (COPROD_IS_ASSESSMENT (self), NULL);

  return self->project_id;
}

/**
 * coprod_assessment_get_rung:
 * @self: an assessment
 *
 * Gets the rung the project reached.
 *
 * Returns: the rung
 *
 * Since: 0.1
 */
CoprodRung
coprod_assessment_get_rung (CoprodAssessment *self)
{
  g_return_val_if_fail (COPROD_IS_ASSESSMENT (self), COPROD_RUNG_NONE);

  return self->rung;
}

/**
 * coprod_assessment_get_aimed_rung:
 * @self: an assessment
 *
 * Gets the rung the project aimed at.
 *
 * Returns: the rung
 *
 * Since: 0.1
 */
CoprodRung
coprod_assessment_get_aimed_rung (CoprodAssessment *self)
{
  g_return_val_if_fail (COPROD_IS_ASSESSMENT (self), COPROD_RUNG_NONE);

  return self->aimed_rung;
}

/**
 * coprod_assessment_get_aim_reached:
 * @self: an assessment
 *
 * Gets whether the project reached the rung it aimed at, or higher.
 *
 * Returns: %TRUE if it did
 *
 * Since: 0.1
 */
gboolean
coprod_assessment_get_aim_reached (CoprodAssessment *self)
{
  g_return_val_if_fail (COPROD_IS_ASSESSMENT (self), FALSE);

  return self->rung >= self->aimed_rung;
}

/**
 * coprod_assessment_get_stages:
 * @self: an assessment
 *
 * Gets the stages in the project's scope.
 *
 * Returns: the stages
 *
 * Since: 0.1
 */
CoprodStage
coprod_assessment_get_stages (CoprodAssessment *self)
{
  g_return_val_if_fail (COPROD_IS_ASSESSMENT (self), COPROD_STAGE_NONE);

  return self->stages;
}

/**
 * coprod_assessment_get_best_mode:
 * @self: an assessment
 * @stage: one stage
 *
 * Gets the best way a person with lived experience took part in @stage.
 *
 * Returns: the mode; [enum@Coprod.Mode.NONE] if nobody with lived
 *   experience took part in it, or it is not in scope
 *
 * Since: 0.1
 */
CoprodMode
coprod_assessment_get_best_mode (CoprodAssessment *self,
                                 CoprodStage       stage)
{
  int i;

  g_return_val_if_fail (COPROD_IS_ASSESSMENT (self), COPROD_MODE_NONE);
  i = stage_index (stage);
  g_return_val_if_fail (i >= 0, COPROD_MODE_NONE);

  return self->best[i];
}

/**
 * coprod_assessment_get_best_mode_people:
 * @self: an assessment
 * @stage: one stage
 *
 * Gets who gave the best mode in @stage: the ids of the people with lived
 * experience who took part in it that way.
 *
 * Returns: (transfer none) (array zero-terminated=1): person ids, in the
 *   order of the involvements; empty if nobody took part
 *
 * Since: 0.1
 */
const char * const *
coprod_assessment_get_best_mode_people (CoprodAssessment *self,
                                        CoprodStage       stage)
{
  static const char * const empty[] = { NULL };
  int i;

  g_return_val_if_fail (COPROD_IS_ASSESSMENT (self), empty);
  i = stage_index (stage);
  g_return_val_if_fail (i >= 0, empty);

  /* an assessment not made by the registry has no people */
  if (self->best_people[i]->len == 0)
    return empty;

  return (const char * const *) self->best_people[i]->pdata;
}

/**
 * coprod_assessment_get_n_people:
 * @self: an assessment
 * @stage: one stage, or [flags@Coprod.Stage.NONE] for all stages together
 *
 * Counts the people with lived experience who took part in @stage, in any
 * way. Someone who took part in several stages counts once in the total.
 *
 * Returns: the number of people
 *
 * Since: 0.1
 */
guint
coprod_assessment_get_n_people (CoprodAssessment *self,
                                CoprodStage       stage)
{
  int i;

  g_return_val_if_fail (COPROD_IS_ASSESSMENT (self), 0);

  if (stage == COPROD_STAGE_NONE)
    return self->n_people_total;

  i = stage_index (stage);
  g_return_val_if_fail (i >= 0, 0);

  return self->n_people[i];
}

/**
 * coprod_assessment_get_next_rung:
 * @self: an assessment
 *
 * Gets the next rung the project can reach, which the gaps are about. It is
 * usually the rung above; from engagement it is co-production when neither
 * deciding nor designing is in scope (co-design needs one of them). At the
 * top it is the rung itself.
 *
 * Returns: the next rung
 *
 * Since: 0.1
 */
CoprodRung
coprod_assessment_get_next_rung (CoprodAssessment *self)
{
  g_return_val_if_fail (COPROD_IS_ASSESSMENT (self), COPROD_RUNG_NONE);

  return self->next_rung;
}

/**
 * coprod_assessment_get_gaps:
 * @self: an assessment
 *
 * Gets what is missing for the next rung, stage by stage; see
 * [class@Coprod.Gap] for how to read them.
 *
 * Returns: (transfer none): a list model of [class@Coprod.Gap]; empty at the
 *   top of the ladder
 *
 * Since: 0.1
 */
GListModel *
coprod_assessment_get_gaps (CoprodAssessment *self)
{
  g_return_val_if_fail (COPROD_IS_ASSESSMENT (self), NULL);

  return G_LIST_MODEL (self->gaps);
}

/**
 * coprod_assessment_get_findings:
 * @self: an assessment
 *
 * Gets what the assessment noticed: professionals deciding where people
 * with lived experience were only consulted (`professionals-lead`,
 * `professionals-only`), a fixed outside deadline with no partner with
 * lived experience in planning (`fixed-deadline`), involvement in only one
 * stage (`single-stage`), nobody with lived experience paid or supported
 * though a policy of the partnership covers it (`unsupported`), no
 * involvement of lived experience at all (`no-lived-experience`),
 * involvements naming someone not in the registry (`unknown-person`,
 * `not-a-person`), and an aim not reached (`aim-not-reached`).
 *
 * Returns: (transfer none): a list model of [class@Coprod.Finding]
 *
 * Since: 0.1
 */
GListModel *
coprod_assessment_get_findings (CoprodAssessment *self)
{
  g_return_val_if_fail (COPROD_IS_ASSESSMENT (self), NULL);

  return G_LIST_MODEL (self->findings);
}
