/* coprod-assessment.c: where a project stands on the ladder, and why
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "coprod-address-private.h"
#include "coprod-assessment.h"
#include "coprod-enum-types.h"
#include "coprod-error.h"
#include "coprod-finding.h"
#include "coprod-index-private.h"
#include "coprod-gap.h"
#include "coprod-date.h"
#include "coprod-involvement.h"
#include "coprod-meeting.h"
#include "coprod-membership.h"
#include "coprod-partnership.h"
#include "coprod-payment.h"
#include "coprod-person.h"
#include "coprod-policy.h"
#include "coprod-project.h"
#include "coprod-proposal.h"
#include "coprod-field-private.h"
#include "coprod-record-list-private.h"
#include "coprod-record-private.h"

#define N_STAGES 6
#define N_MODES (COPROD_MODE_PARTNER + 1)

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
 * a finding instead. Nor does an involvement dated after the person
 * withdrew ([property@Coprod.Person:withdrawn-date]; the day itself is
 * fine): once someone has withdrawn, nothing they are recorded as doing is
 * evidence of their involvement, and the `after-withdrawal` finding points
 * at it so the record can be mended.
 *
 * The rung is the rung reached so far: it reads only the involvements
 * held. Planned involvements ([property@Coprod.Involvement:planned]) count,
 * with the held ones, in [property@Coprod.Assessment:projected-rung], the
 * rung the plan would reach. For a project not yet completed (planned,
 * under way or paused) the gaps are still to come
 * ([property@Coprod.Gap:to-come]) rather than missing.
 *
 * Besides the rung, an assessment gives the best mode in each stage and who
 * gave it, how many people with lived experience took part in each stage
 * and in which modes ([method@Coprod.Assessment.get_mode_count]), the
 * partners with lived experience and the professional partners in each
 * stage ([method@Coprod.Assessment.get_partner_counts]), with the partners
 * with lived experience who are also staff shown apart, the hours given
 * and how many were paid or supported, the [class@Coprod.Gap]s to close
 * for the next rung, whether the project reached the rung it aimed at (when
 * an aim is recorded), the rung it claims beside the one the evidence
 * gives, and findings ([class@Coprod.Finding]) such as professionals
 * deciding while people with lived experience were only consulted, a
 * fixed outside deadline with no partner with lived experience in
 * planning, a scope narrowed to leave out planning or deciding, or a
 * single voice among professionals. The per-stage evidence counts held
 * involvements only.
 *
 * Influence shows in what people with lived experience proposed and what
 * became of it ("you said, we did"): the assessment counts the
 * [class@Coprod.Proposal]s of the project that someone with lived
 * experience made (any of the proposers), by outcome
 * ([method@Coprod.Assessment.get_n_proposals_adopted] and the like), and
 * those with an outcome not yet fed back to the people who made them
 * ([method@Coprod.Assessment.get_n_proposals_not_fed_back]). A proposal
 * belongs to the project it names, or to the project of the meeting where
 * it was made.
 *
 * The assessment does not know which ladder will present it. Hart's
 * ladder of children's participation is for work with children and young
 * people: [method@Coprod.Assessment.has_young_people] says whether anyone
 * involved has the young-person role, for whoever presents the rung on
 * that ladder.
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
  CoprodRung projected_rung;
  CoprodRung aimed_rung;
  CoprodRung claimed_rung;
  CoprodRung next_rung;
  CoprodStage stages;
  CoprodProjectStatus status;
  gboolean has_young_people;

  CoprodMode best[N_STAGES];
  CoprodMode projected_best[N_STAGES];
  guint mode_count[N_STAGES][N_MODES];
  guint n_le_partners[N_STAGES];
  guint n_professional_partners[N_STAGES];
  guint n_staff_partners[N_STAGES];
  guint n_paid[N_STAGES];
  guint n_supported[N_STAGES];
  double hours[N_STAGES];
  char **best_people[N_STAGES];       /* in best_block, or NULL */
  gpointer best_block;                /* the vectors and their strings, one allocation */
  guint n_people[N_STAGES];
  guint n_people_total;

  guint n_proposals_adopted;       /* adopted, or adopted with changes */
  guint n_proposals_not_adopted;
  guint n_proposals_pending;
  guint n_proposals_not_fed_back;  /* an outcome, and no fed-back date */

  /* the gaps, described as they are found and made into objects when
   * asked for: most assessments are read for their rung and counts */
  struct {
    CoprodStage stage;
    CoprodMode  required;
    gboolean    alternative;
  } gap_specs[N_STAGES + 2];
  guint n_gaps;
  GListStore *gaps;               /* NULL until asked for */
  /* likewise the findings: noted as they are found (FindingNote), made
   * into objects, in the same order, when first asked for */
  GArray *finding_notes;          /* NULL until the first */
  GPtrArray *finding_items;       /* of CoprodFinding, while they are made */
  GListModel *findings;           /* NULL until asked for */
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
  PROP_PROJECTED_RUNG,
  PROP_CLAIMED_RUNG,
  PROP_PROJECT_STATUS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
coprod_assessment_finalize (GObject *object)
{
  CoprodAssessment *self = COPROD_ASSESSMENT (object);

  g_clear_pointer (&self->project_id, _coprod_field_string_free);
  g_clear_pointer (&self->best_block, g_free);
  g_clear_object (&self->gaps);
  g_clear_pointer (&self->finding_notes, g_array_unref);
  g_clear_pointer (&self->finding_items, g_ptr_array_unref);
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

    case PROP_PROJECTED_RUNG:
      g_value_set_enum (value, self->projected_rung);
      break;

    case PROP_CLAIMED_RUNG:
      g_value_set_enum (value, self->claimed_rung);
      break;

    case PROP_PROJECT_STATUS:
      g_value_set_enum (value, self->status);
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
   * The rung the project reached so far: the involvements held, not
   * those only planned.
   *
   * Since: 0.1
   */
  properties[PROP_RUNG] =
    g_param_spec_enum ("rung", NULL, NULL,
                       COPROD_TYPE_RUNG, COPROD_RUNG_NONE, flags);

  /**
   * CoprodAssessment:aimed-rung:
   *
   * The rung the project aimed at; [enum@Coprod.Rung.NONE] when no aim
   * is recorded.
   *
   * Since: 0.1
   */
  properties[PROP_AIMED_RUNG] =
    g_param_spec_enum ("aimed-rung", NULL, NULL,
                       COPROD_TYPE_RUNG, COPROD_RUNG_NONE, flags);

  /**
   * CoprodAssessment:aim-reached:
   *
   * Whether the project reached the rung it aimed at, or higher; %TRUE
   * when no aim is recorded, as there is nothing to fall short of.
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

  /**
   * CoprodAssessment:projected-rung:
   *
   * The rung the plan would reach: the rules of the ladder applied to the
   * involvements held and those planned together.
   *
   * Since: 0.1
   */
  properties[PROP_PROJECTED_RUNG] =
    g_param_spec_enum ("projected-rung", NULL, NULL,
                       COPROD_TYPE_RUNG, COPROD_RUNG_NONE, flags);

  /**
   * CoprodAssessment:claimed-rung:
   *
   * The rung the organisation says the project reached
   * ([property@Coprod.Project:claimed-rung]); [enum@Coprod.Rung.NONE]
   * when it claims none. A claim above [property@Coprod.Assessment:rung]
   * gives the `overclaimed` finding.
   *
   * Since: 0.1
   */
  properties[PROP_CLAIMED_RUNG] =
    g_param_spec_enum ("claimed-rung", NULL, NULL,
                       COPROD_TYPE_RUNG, COPROD_RUNG_NONE, flags);

  /**
   * CoprodAssessment:project-status:
   *
   * Where the project was in its life when it was assessed.
   *
   * Since: 0.1
   */
  properties[PROP_PROJECT_STATUS] =
    g_param_spec_enum ("project-status", NULL, NULL,
                       COPROD_TYPE_PROJECT_STATUS, COPROD_PROJECT_STATUS_UNSPECIFIED,
                       flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
coprod_assessment_init (CoprodAssessment *self)
{
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
  if (self->finding_items == NULL)
    self->finding_items = g_ptr_array_new_with_free_func (g_object_unref);
  g_ptr_array_add (self->finding_items, g_steal_pointer (&finding));
}

/* What each finding is about; make_findings() says it */
typedef enum
{
  FINDING_UNKNOWN_PERSON,
  FINDING_NOT_A_PERSON,
  FINDING_AFTER_WITHDRAWAL,
  FINDING_LATE_INVOLVEMENT,
  FINDING_PROFESSIONALS_ONLY,
  FINDING_PROFESSIONALS_LEAD,
  FINDING_SINGLE_VOICE,
  FINDING_LIVED_EXPERIENCE_STAFF_ONLY,
  FINDING_NARROWED_SCOPE,
  FINDING_FIXED_DEADLINE,
  FINDING_SINGLE_STAGE,
  FINDING_NO_LIVED_EXPERIENCE,
  FINDING_UNSUPPORTED,
  FINDING_AIM_NOT_REACHED,
  FINDING_OVERCLAIMED,
} FindingKind;

/* A finding as it is found: what its message names beyond what the
 * assessment keeps */
typedef struct
{
  FindingKind kind;
  int         stage;          /* the index of the stage, or -1 */
  int         involvement;    /* the index of the involvement, or -1 */
  char       *id;             /* a person's or a policy's id, held (the
                                 records' strings are GRefStrings), or NULL */
} FindingNote;

static void
clear_finding_note (gpointer data)
{
  FindingNote *note = data;

  g_clear_pointer (&note->id, g_ref_string_release);
}

static void
note_finding (CoprodAssessment *self,
              FindingKind       kind,
              int               stage,
              int               involvement,
              const char       *id)
{
  FindingNote note = { kind, stage, involvement, NULL };

  if (id != NULL)
    note.id = g_ref_string_acquire ((char *) id);
  if (self->finding_notes == NULL)
    {
      self->finding_notes = g_array_new (FALSE, FALSE, sizeof (FindingNote));
      g_array_set_clear_func (self->finding_notes, clear_finding_note);
    }
  g_array_append_val (self->finding_notes, note);
}

/* planned, under way or paused: what is missing may still come */
static gboolean
project_not_yet_completed (CoprodProjectStatus status)
{
  return status == COPROD_PROJECT_STATUS_PLANNED ||
         status == COPROD_PROJECT_STATUS_UNDER_WAY ||
         status == COPROD_PROJECT_STATUS_PAUSED;
}

static void
add_gap (CoprodAssessment *self,
         CoprodStage       stage,
         CoprodMode        required,
         gboolean          alternative)
{
  g_assert (self->n_gaps < G_N_ELEMENTS (self->gap_specs));

  self->gap_specs[self->n_gaps].stage = stage;
  self->gap_specs[self->n_gaps].required = required;
  self->gap_specs[self->n_gaps].alternative = alternative;
  self->n_gaps++;
}

static CoprodGap *
make_gap (CoprodAssessment *self,
          CoprodStage       stage,
          CoprodMode        required,
          gboolean          alternative)
{
  int i = stage_index (stage);
  gboolean in_scope = (self->stages & stage) != 0;

  return g_object_new (COPROD_TYPE_GAP,
                      "stage", stage,
                      "current-mode", in_scope ? self->best[i] : COPROD_MODE_NONE,
                      "required-mode", required,
                      "in-scope", in_scope,
                      "alternative", alternative,
                      "to-come", project_not_yet_completed (self->status),
                      "planned", in_scope && self->projected_best[i] >= required,
                      NULL);
}

static CoprodMode
best_anywhere (const CoprodMode *best)
{
  CoprodMode result = COPROD_MODE_NONE;
  guint i;

  for (i = 0; i < N_STAGES; i++)
    result = MAX (result, best[i]);

  return result;
}

static gboolean
partner_in_every_stage (CoprodStage       stages,
                        const CoprodMode *best)
{
  guint i;

  for (i = 0; i < N_STAGES; i++)
    if ((stages & (1u << i)) && best[i] != COPROD_MODE_PARTNER)
      return FALSE;

  return TRUE;
}

/* The rules of the ladder, first match wins, on the best mode per stage
 * @best of the stages in scope @stages */
static CoprodRung
rung_from_modes (CoprodStage       stages,
                 const CoprodMode *best)
{
  const int deciding = stage_index (COPROD_STAGE_DECIDING);
  const int designing = stage_index (COPROD_STAGE_DESIGNING);

  if ((stages & (COPROD_STAGE_DOING | COPROD_STAGE_DELIVERING)) != 0 &&
      partner_in_every_stage (stages, best))
    return COPROD_RUNG_CO_PRODUCTION;

  if (best[designing] == COPROD_MODE_PARTNER ||
      best[deciding] == COPROD_MODE_PARTNER)
    return COPROD_RUNG_CO_DESIGN;

  switch (best_anywhere (best))
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

/* What the assessment knows of one person named by the project's
 * involvements, gathered while reading them. Every person is looked up in
 * the registry once per project, however many involvements name them. */
typedef struct
{
  const char   *id;              /* borrowed from an involvement */
  CoprodRecord *record;          /* the registry's */
  guint         slot;            /* its place in the scratch's keys */
  guint8        people;          /* stages (bit i: stage i) with a held involvement */
  guint8        le_partners;     /* stages where they are a partner with lived experience */
  guint8        pro_partners;    /* stages where they are a professional partner */
  guint8        best_added[N_STAGES]; /* the mode at which they were added to the
                                         best mode's people of a stage, or none */
  guint         lived : 1;       /* a person with lived experience with a held involvement */
  guint         paid : 1;        /* paid for the project */
  guint         supported : 1;   /* supported at one of its meetings */
} PersonState;

/* What the assessment of one project reads and writes as it goes; kept
 * from one project to the next by coprod_registry_assess_all(), so that
 * assessing every project allocates no more than assessing the largest */
typedef struct
{
  /* record -> position + 1 in states: open addressing on the record's
   * address, at most half full; emptied slot by slot (each state knows
   * its slot), so that a project with many people does not make every
   * later one pay for clearing a large table */
  gconstpointer *keys;
  guint      *positions;
  guint       shift;
  GArray     *states;            /* of PersonState */
  GPtrArray  *best[N_STAGES];    /* the ids at the best mode, in order, borrowed */
  int         first_le_partner[N_STAGES];  /* the index of the involvement */
  const char *first_le_partner_id[N_STAGES];
  guint       n_le_partners[N_STAGES];
  guint       n_pro_partners[N_STAGES];
  const CoprodField *involvements;  /* the project's list, found once */
  GPtrArray  *records;           /* the record each involvement names, or NULL */
} Scratch;

static void
scratch_init (Scratch *scratch)
{
  guint i;

  scratch->shift = 5;
  scratch->keys = g_new0 (gconstpointer, 1u << scratch->shift);
  scratch->positions = g_new0 (guint, 1u << scratch->shift);
  scratch->records = g_ptr_array_new ();
  scratch->involvements = _coprod_fields_find (COPROD_TYPE_PROJECT, "involvements");
  scratch->states = g_array_new (FALSE, TRUE, sizeof (PersonState));
  for (i = 0; i < N_STAGES; i++)
    scratch->best[i] = g_ptr_array_new ();
}

static void
scratch_reset (Scratch *scratch)
{
  guint i;

  for (i = 0; i < scratch->states->len; i++)
    scratch->keys[g_array_index (scratch->states, PersonState, i).slot] = NULL;
  g_array_set_size (scratch->states, 0);
  for (i = 0; i < N_STAGES; i++)
    {
      g_ptr_array_set_size (scratch->best[i], 0);
      scratch->first_le_partner[i] = -1;
      scratch->first_le_partner_id[i] = NULL;
      scratch->n_le_partners[i] = 0;
      scratch->n_pro_partners[i] = 0;
    }
}

static void
scratch_clear (Scratch *scratch)
{
  guint i;

  g_clear_pointer (&scratch->keys, g_free);
  g_clear_pointer (&scratch->positions, g_free);
  g_clear_pointer (&scratch->states, g_array_unref);
  g_clear_pointer (&scratch->records, g_ptr_array_unref);
  for (i = 0; i < N_STAGES; i++)
    g_clear_pointer (&scratch->best[i], g_ptr_array_unref);
}

static inline guint
scratch_slot (const Scratch *scratch,
              gconstpointer  record)
{
  return _coprod_address_slot (record, scratch->shift);
}

/* The position + 1 in the states of @record, or 0; in @slot where it is
 * or would go */
static guint
scratch_find (const Scratch *scratch,
              gconstpointer  record,
              guint         *slot)
{
  guint mask = (1u << scratch->shift) - 1;
  guint i;

  for (i = scratch_slot (scratch, record); scratch->keys[i] != NULL; i = (i + 1) & mask)
    if (scratch->keys[i] == record)
      {
        *slot = i;
        return scratch->positions[i];
      }
  *slot = i;
  return 0;
}

/* Twice the room, every state put back in its new place */
static void
scratch_grow (Scratch *scratch)
{
  guint i, slot;

  g_free (scratch->keys);
  g_free (scratch->positions);
  scratch->shift++;
  scratch->keys = g_new0 (gconstpointer, 1u << scratch->shift);
  scratch->positions = g_new0 (guint, 1u << scratch->shift);
  for (i = 0; i < scratch->states->len; i++)
    {
      PersonState *state = &g_array_index (scratch->states, PersonState, i);

      scratch_find (scratch, state->record, &slot);
      scratch->keys[slot] = state->record;
      scratch->positions[slot] = i + 1;
      state->slot = slot;
    }
}

/* The state in this project of @record, the record @person_id names, made
 * the first time the project names it; NULL if there is no such record.
 * Kept by record, not by id: the registry's look-up mostly compares
 * addresses (the loader shares id strings), and the record is read anyway. */
static PersonState *
person_state (Scratch      *scratch,
              CoprodRecord *record,
              const char   *person_id)
{
  PersonState *state;
  guint position, slot;

  if (record == NULL)
    return NULL;

  position = scratch_find (scratch, record, &slot);
  if (position != 0)
    return &g_array_index (scratch->states, PersonState, position - 1);

  if ((scratch->states->len + 1) * 2 > (1u << scratch->shift))
    {
      scratch_grow (scratch);
      scratch_find (scratch, record, &slot);
    }

  g_array_set_size (scratch->states, scratch->states->len + 1);
  state = &g_array_index (scratch->states, PersonState, scratch->states->len - 1);
  state->id = person_id;
  state->record = record;
  state->slot = slot;
  scratch->keys[slot] = record;
  scratch->positions[slot] = scratch->states->len;

  return state;
}

/* The state of the person @person_id names if the project's involvements
 * name them */
static PersonState *
find_person_state (Scratch        *scratch,
                   CoprodRegistry *registry,
                   const char     *person_id)
{
  CoprodRecord *record = coprod_registry_lookup (registry, person_id);
  guint position, slot;

  if (record == NULL)
    return NULL;
  position = scratch_find (scratch, record, &slot);

  return position != 0 ? &g_array_index (scratch->states, PersonState, position - 1) : NULL;
}

/* Marks the people of the project who were paid for it (a payment for it
 * or one of its meetings, whatever they chose to do with the offer) and
 * those supported (attending a meeting of the project that offers support
 * and was not planned or cancelled). Only the people its involvements name
 * matter, so the others are not looked at twice. */
static void
mark_paid_and_supported (Scratch        *scratch,
                         CoprodRegistry *registry,
                         const char     *project_id)
{
  CoprodIndex *index = _coprod_registry_get_index (registry);
  GPtrArray *payments, *meetings;
  gboolean anyone = FALSE;
  guint i;

  /* only people with lived experience are counted as paid or supported */
  for (i = 0; i < scratch->states->len && !anyone; i++)
    anyone = g_array_index (scratch->states, PersonState, i).lived;
  if (!anyone)
    return;

  payments = _coprod_index_get (index, COPROD_RELATION_PAYMENTS_OF_PROJECT, project_id);
  meetings = _coprod_index_get (index, COPROD_RELATION_MEETINGS_OF_PROJECT, project_id);

  /* the reads started together, as for the involvements */
#ifdef __GNUC__
  for (i = 0; payments != NULL && i < payments->len; i++)
    __builtin_prefetch (g_ptr_array_index (payments, i));
#endif
  for (i = 0; payments != NULL && i < payments->len; i++)
    _coprod_registry_prefetch (registry, coprod_payment_get_person_id (g_ptr_array_index (payments, i)));
  for (i = 0; meetings != NULL && i < meetings->len; i++)
    {
      const char * const *attendees = coprod_meeting_get_attendee_ids (g_ptr_array_index (meetings, i));

      for (; *attendees; attendees++)
        _coprod_registry_prefetch (registry, *attendees);
    }

  for (i = 0; payments != NULL && i < payments->len; i++)
    {
      const char *person_id = coprod_payment_get_person_id (g_ptr_array_index (payments, i));
      PersonState *state = person_id ? find_person_state (scratch, registry, person_id) : NULL;

      if (state != NULL)
        state->paid = TRUE;
    }

  for (i = 0; meetings != NULL && i < meetings->len; i++)
    {
      CoprodMeeting *meeting = g_ptr_array_index (meetings, i);
      CoprodMeetingStatus status = coprod_meeting_get_status (meeting);
      const char * const *attendees;

      if (coprod_meeting_get_support (meeting) == COPROD_SUPPORT_NONE ||
          status == COPROD_MEETING_STATUS_PLANNED ||
          status == COPROD_MEETING_STATUS_CANCELLED)
        continue;
      for (attendees = coprod_meeting_get_attendee_ids (meeting); *attendees; attendees++)
        {
          PersonState *state = find_person_state (scratch, registry, *attendees);

          if (state != NULL)
            state->supported = TRUE;
        }
    }
}

/* What became of the proposals of the project made by people with lived
 * experience (any of the proposers) */
static void
count_proposals (CoprodAssessment *self,
                 CoprodRegistry   *registry)
{
  CoprodIndex *index = _coprod_registry_get_index (registry);
  GPtrArray *proposals;
  guint i;

  proposals = _coprod_index_get (index, COPROD_RELATION_PROPOSALS_OF_PROJECT, self->project_id);
  for (i = 0; proposals != NULL && i < proposals->len; i++)
    {
      CoprodProposal *proposal = g_ptr_array_index (proposals, i);
      const char * const *proposer;
      gboolean lived_experience = FALSE;

      for (proposer = coprod_proposal_get_proposer_ids (proposal);
           *proposer != NULL && !lived_experience;
           proposer++)
        {
          CoprodRecord *person = coprod_registry_lookup (registry, *proposer);

          lived_experience = COPROD_IS_PERSON (person) &&
                             coprod_person_has_lived_experience (COPROD_PERSON (person));
        }
      if (!lived_experience)
        continue;

      switch (coprod_proposal_get_outcome (proposal))
        {
        case COPROD_PROPOSAL_OUTCOME_PENDING:
          self->n_proposals_pending++;
          continue;

        case COPROD_PROPOSAL_OUTCOME_ADOPTED:
        case COPROD_PROPOSAL_OUTCOME_ADOPTED_WITH_CHANGES:
          self->n_proposals_adopted++;
          break;

        case COPROD_PROPOSAL_OUTCOME_NOT_ADOPTED:
        default:
          self->n_proposals_not_adopted++;
          break;
        }

      if (coprod_proposal_get_fed_back_date (proposal) == NULL)
        self->n_proposals_not_fed_back++;
    }
}

/* Is anyone with lived experience on the project paid or supported? */
static gboolean
project_supports_people (Scratch *scratch)
{
  guint i;

  for (i = 0; i < scratch->states->len; i++)
    {
      const PersonState *state = &g_array_index (scratch->states, PersonState, i);

      if (state->lived && (state->paid || state->supported))
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

/* "planning and deciding", "doing, delivering and evaluating" */
static char *
stage_list (CoprodStage stages)
{
  g_autoptr(GString) out = g_string_new (NULL);
  guint i, n = 0, total = 0;

  for (i = 0; i < N_STAGES; i++)
    if (stages & (1u << i))
      total++;

  for (i = 0; i < N_STAGES; i++)
    {
      if (!(stages & (1u << i)))
        continue;
      if (n > 0)
        g_string_append (out, n + 1 == total ? " and " : ", ");
      g_string_append (out, stage_nick (1u << i));
      n++;
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
add_findings (CoprodAssessment *self,
              CoprodRegistry   *registry,
              CoprodProject    *project,
              CoprodMode       *professional_best,
              Scratch          *scratch)
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
          note_finding (self, self->best[i] == COPROD_MODE_NONE ? FINDING_PROFESSIONALS_ONLY
                                                                : FINDING_PROFESSIONALS_LEAD,
                        (int) i, -1, NULL);
        }

      /* one voice of lived experience among several professionals */
      if (self->n_le_partners[i] == 1 && self->n_professional_partners[i] > 1)
        note_finding (self, FINDING_SINGLE_VOICE, (int) i, scratch->first_le_partner[i],
                      scratch->first_le_partner_id[i]);

      /* lived experience in the stage only from inside the organisations */
      if (self->n_le_partners[i] > 0 &&
          self->n_staff_partners[i] == self->n_le_partners[i])
        note_finding (self, FINDING_LIVED_EXPERIENCE_STAFF_ONLY, (int) i, -1, NULL);
    }

  /* a rung of co-design or co-production without planning or deciding */
  if (self->rung >= COPROD_RUNG_CO_DESIGN &&
      (self->stages & (COPROD_STAGE_PLANNING | COPROD_STAGE_DECIDING)) !=
      (COPROD_STAGE_PLANNING | COPROD_STAGE_DECIDING))
    note_finding (self, FINDING_NARROWED_SCOPE, -1, -1, NULL);

  if (coprod_project_get_deadline_fixed (project) &&
      (self->stages & COPROD_STAGE_PLANNING) &&
      self->best[stage_index (COPROD_STAGE_PLANNING)] != COPROD_MODE_PARTNER)
    note_finding (self, FINDING_FIXED_DEADLINE, -1, -1, NULL);

  if (n_stages_involved == 1 && n_stages_in_scope > 1)
    note_finding (self, FINDING_SINGLE_STAGE, -1, -1, NULL);

  if (self->rung == COPROD_RUNG_NONE)
    note_finding (self, FINDING_NO_LIVED_EXPERIENCE, -1, -1, NULL);

  policy = find_policy (registry, coprod_project_get_partnership_id (project));
  if (policy != NULL && self->n_people_total > 0 &&
      !project_supports_people (scratch))
    note_finding (self, FINDING_UNSUPPORTED, -1, -1,
                  coprod_record_get_id (COPROD_RECORD (policy)));

  /* "not yet" is not "left out": a project still going has not reached
   * its aim so far */
  if (self->aimed_rung != COPROD_RUNG_NONE && !coprod_assessment_get_aim_reached (self))
    note_finding (self, FINDING_AIM_NOT_REACHED, -1, -1, NULL);

  if (self->claimed_rung > self->rung)
    note_finding (self, FINDING_OVERCLAIMED, -1, -1, NULL);
}

/* The findings noted, made into objects with their messages */
static void
make_findings (CoprodAssessment *self)
{
  guint i, s, n_stages_in_scope = 0;

  for (s = 0; s < N_STAGES; s++)
    if (self->stages & (1u << s))
      n_stages_in_scope++;

  for (i = 0; self->finding_notes != NULL && i < self->finding_notes->len; i++)
    {
      const FindingNote *note = &g_array_index (self->finding_notes, FindingNote, i);
      const char *stage = note->stage >= 0 ? stage_nick (1u << note->stage) : NULL;
      g_autofree char *member = note->involvement >= 0
        ? g_strdup_printf ("involvements[%d]", note->involvement)
        : NULL;

      switch (note->kind)
        {
        case FINDING_UNKNOWN_PERSON:
          add_finding (self, COPROD_SEVERITY_WARNING, "unknown-person", member,
                       "the involvement names a person who is not in the "
                       "registry; it is not counted");
          break;

        case FINDING_NOT_A_PERSON:
          add_finding (self, COPROD_SEVERITY_WARNING, "not-a-person", member,
                       "the involvement names %s, which is not a person; "
                       "it is not counted", note->id);
          break;

        case FINDING_AFTER_WITHDRAWAL:
          add_finding (self, COPROD_SEVERITY_WARNING, "after-withdrawal", member,
                       "the involvement of %s is dated after they withdrew; "
                       "it is not counted", note->id);
          break;

        case FINDING_LATE_INVOLVEMENT:
          add_finding (self, COPROD_SEVERITY_WARNING, "late-involvement", member,
                       "%s took part in %s on a date after the fixed deadline",
                       note->id, stage);
          break;

        case FINDING_PROFESSIONALS_ONLY:
          add_finding (self, COPROD_SEVERITY_WARNING, "professionals-only", NULL,
                       "professionals are partners in %s but no one with lived "
                       "experience took part in it",
                       stage);
          break;

        case FINDING_PROFESSIONALS_LEAD:
          add_finding (self, COPROD_SEVERITY_WARNING, "professionals-lead", NULL,
                       "professionals are partners in %s but people with lived "
                       "experience were only %s",
                       stage, enum_nick (COPROD_TYPE_MODE, self->best[note->stage]));
          break;

        case FINDING_SINGLE_VOICE:
          add_finding (self, COPROD_SEVERITY_WARNING, "single-voice", member,
                       "in %s, %s is the only partner with lived experience, "
                       "beside %u professional partners",
                       stage, note->id, self->n_professional_partners[note->stage]);
          break;

        case FINDING_LIVED_EXPERIENCE_STAFF_ONLY:
          add_finding (self, COPROD_SEVERITY_WARNING, "lived-experience-staff-only", NULL,
                       "every partner with lived experience in %s (%u) is also staff "
                       "of an organisation; they are counted, and shown apart",
                       stage, self->n_le_partners[note->stage]);
          break;

        case FINDING_NARROWED_SCOPE:
          {
            g_autofree char *left_out = stage_list (COPROD_STAGE_ALL & ~self->stages);

            add_finding (self, COPROD_SEVERITY_WARNING, "narrowed-scope", "stages",
                         "the scope leaves out %s; %s is read from the other stages only",
                         left_out, enum_nick (COPROD_TYPE_RUNG, self->rung));
          }
          break;

        case FINDING_FIXED_DEADLINE:
          add_finding (self, COPROD_SEVERITY_WARNING, "fixed-deadline", "deadline_fixed",
                       "a fixed outside deadline and no partner with lived experience "
                       "in planning");
          break;

        case FINDING_SINGLE_STAGE:
          add_finding (self, COPROD_SEVERITY_WARNING, "single-stage", NULL,
                       "people with lived experience took part in only one of the %u "
                       "stages in scope", n_stages_in_scope);
          break;

        case FINDING_NO_LIVED_EXPERIENCE:
          add_finding (self, COPROD_SEVERITY_WARNING, "no-lived-experience", NULL,
                       "no involvement of a person with lived experience is recorded");
          break;

        case FINDING_UNSUPPORTED:
          add_finding (self, COPROD_SEVERITY_WARNING, "unsupported", NULL,
                       "policy %s covers support and payment, but nobody with lived "
                       "experience on the project is recorded as paid or supported",
                       note->id);
          break;

        case FINDING_AIM_NOT_REACHED:
          add_finding (self, COPROD_SEVERITY_INFO, "aim-not-reached", "aimed_rung",
                       project_not_yet_completed (self->status)
                         ? "the project aims at %s and has reached %s so far"
                         : "the project aimed at %s and reached %s",
                       enum_nick (COPROD_TYPE_RUNG, self->aimed_rung),
                       enum_nick (COPROD_TYPE_RUNG, self->rung));
          break;

        case FINDING_OVERCLAIMED:
        default:
          add_finding (self, COPROD_SEVERITY_WARNING, "overclaimed", "claimed_rung",
                       "the project claims %s but the involvements held reach %s",
                       enum_nick (COPROD_TYPE_RUNG, self->claimed_rung),
                       enum_nick (COPROD_TYPE_RUNG, self->rung));
          break;
        }
    }
}

/* The people at the best mode of each stage, copied into one block: the
 * vectors first, then the strings */
static void
pack_best_people (CoprodAssessment *self,
                  Scratch          *scratch)
{
  gsize size = 0;
  char **v;
  char *p;
  guint s, i;

  for (s = 0; s < N_STAGES; s++)
    {
      if (scratch->best[s]->len == 0)
        continue;
      size += (scratch->best[s]->len + 1) * sizeof (char *);
      for (i = 0; i < scratch->best[s]->len; i++)
        size += strlen (g_ptr_array_index (scratch->best[s], i)) + 1;
    }
  if (size == 0)
    return;

  self->best_block = g_malloc (size);
  v = self->best_block;
  for (s = 0; s < N_STAGES; s++)
    if (scratch->best[s]->len > 0)
      {
        self->best_people[s] = v;
        v += scratch->best[s]->len + 1;
      }
  p = (char *) v;
  for (s = 0; s < N_STAGES; s++)
    {
      if (scratch->best[s]->len == 0)
        continue;
      for (i = 0; i < scratch->best[s]->len; i++)
        {
          const char *id = g_ptr_array_index (scratch->best[s], i);
          gsize len = strlen (id) + 1;

          memcpy (p, id, len);
          self->best_people[s][i] = p;
          p += len;
        }
      self->best_people[s][i] = NULL;
    }
}

static CoprodAssessment *
assess (CoprodRegistry *registry,
        CoprodProject  *project,
        Scratch        *scratch)
{
  g_autoptr(CoprodAssessment) self = g_object_new (COPROD_TYPE_ASSESSMENT, NULL);
  const CoprodField *involvements = scratch->involvements;
  CoprodMode professional_best[N_STAGES] = { COPROD_MODE_NONE };
  const char *deadline = coprod_project_get_deadline (project);
  const char *partnership_id = coprod_project_get_partnership_id (project);
  CoprodRecord *partnership = partnership_id ? coprod_registry_lookup (registry, partnership_id) : NULL;
  gboolean deadline_fixed = coprod_project_get_deadline_fixed (project) && deadline != NULL;
  CoprodIndex *index = _coprod_registry_get_index (registry);
  guint i, n;

  scratch_reset (scratch);
  /* a record's id is a shared string (coprod-record.c) */
  self->project_id = g_ref_string_acquire ((char *) coprod_record_get_id (COPROD_RECORD (project)));
  self->stages = coprod_project_get_stages (project) & COPROD_STAGE_ALL;
  self->aimed_rung = coprod_project_get_aimed_rung (project);
  self->claimed_rung = coprod_project_get_claimed_rung (project);
  self->status = coprod_project_get_status (project);

  n = _coprod_field_get_n_children (project, involvements);

  /* On a registry too large for the caches each look-up and each person
   * read is a wait on memory: they are started together, in two rounds,
   * so that the waits overlap */
  for (i = 0; i < n; i++)
    _coprod_registry_prefetch (registry,
                               coprod_involvement_get_person_id (
                                 _coprod_field_peek_child (project, involvements, i)));
  g_ptr_array_set_size (scratch->records, n);
  for (i = 0; i < n; i++)
    {
      const char *person_id = coprod_involvement_get_person_id (
                                _coprod_field_peek_child (project, involvements, i));
      CoprodRecord *record = person_id ? coprod_registry_lookup (registry, person_id) : NULL;

      g_ptr_array_index (scratch->records, i) = record;
#ifdef __GNUC__
      if (record != NULL)
        __builtin_prefetch (record);
#endif
    }

  for (i = 0; i < n; i++)
    {
      CoprodInvolvement *inv = _coprod_field_peek_child (project, involvements, i);
      const char *person_id = coprod_involvement_get_person_id (inv);
      const char *date = coprod_involvement_get_date (inv);
      CoprodStage stage = coprod_involvement_get_stage (inv);
      CoprodMode mode = coprod_involvement_get_mode (inv);
      PersonState *state;
      CoprodPerson *person;
      CoprodRole roles;
      int s = stage_index (stage);

      if (person_id == NULL)
        continue;

      state = person_state (scratch, g_ptr_array_index (scratch->records, i), person_id);
      if (state == NULL)
        {
          note_finding (self, FINDING_UNKNOWN_PERSON, -1, (int) i, NULL);
          continue;
        }
      if (!COPROD_IS_PERSON (state->record))
        {
          note_finding (self, FINDING_NOT_A_PERSON, -1, (int) i, person_id);
          continue;
        }
      person = COPROD_PERSON (state->record);

      /* after withdrawal nothing counts: the person no longer takes part */
      if (date != NULL && coprod_person_is_withdrawn (person) &&
          coprod_date_compare (date, coprod_person_get_withdrawn_date (person)) > 0)
        {
          note_finding (self, FINDING_AFTER_WITHDRAWAL, -1, (int) i, person_id);
          continue;
        }

      roles = coprod_person_get_roles (person);
      if (roles & COPROD_ROLE_YOUNG_PERSON)
        self->has_young_people = TRUE;

      if (s < 0 || !(self->stages & stage))
        continue;

      if (!coprod_person_has_lived_experience (person))
        {
          if (coprod_involvement_get_planned (inv))
            continue;
          professional_best[s] = MAX (professional_best[s], mode);
          if (mode == COPROD_MODE_PARTNER && !(state->pro_partners & (1u << s)))
            {
              state->pro_partners |= 1u << s;
              scratch->n_pro_partners[s]++;
            }
          continue;
        }

      /* lived experience brought in to plan or decide after a fixed deadline */
      if (deadline_fixed && date != NULL &&
          (stage & (COPROD_STAGE_PLANNING | COPROD_STAGE_DECIDING)) &&
          coprod_date_compare (date, deadline) > 0)
        note_finding (self, FINDING_LATE_INVOLVEMENT, s, (int) i, person_id);

      self->projected_best[s] = MAX (self->projected_best[s], mode);
      if (coprod_involvement_get_planned (inv))
        continue;

      state->lived = TRUE;
      state->people |= 1u << s;
      self->mode_count[s][CLAMP (mode, COPROD_MODE_NONE, COPROD_MODE_PARTNER)]++;
      self->hours[s] += coprod_involvement_get_hours (inv);

      if (mode == COPROD_MODE_PARTNER && !(state->le_partners & (1u << s)))
        {
          state->le_partners |= 1u << s;
          scratch->n_le_partners[s]++;
          if (scratch->first_le_partner[s] < 0)
            {
              scratch->first_le_partner[s] = (int) i;
              scratch->first_le_partner_id[s] = person_id;
            }
          if ((roles & COPROD_ROLE_STAFF) ||
              _coprod_index_has_staff_record (index, partnership, state->record))
            self->n_staff_partners[s]++;
        }

      /* a better mode starts the stage's people again; each person is
       * added once at the best mode */
      if (mode > self->best[s])
        {
          self->best[s] = mode;
          g_ptr_array_set_size (scratch->best[s], 0);
        }
      if (mode == self->best[s] && mode != COPROD_MODE_NONE &&
          state->best_added[s] != mode)
        {
          state->best_added[s] = mode;
          g_ptr_array_add (scratch->best[s], (gpointer) person_id);
        }
    }

  mark_paid_and_supported (scratch, registry, self->project_id);
  count_proposals (self, registry);

  for (i = 0; i < scratch->states->len; i++)
    {
      const PersonState *state = &g_array_index (scratch->states, PersonState, i);
      guint st;

      if (state->lived)
        self->n_people_total++;
      for (st = 0; st < N_STAGES; st++)
        if (state->people & (1u << st))
          {
            self->n_people[st]++;
            if (state->paid)
              self->n_paid[st]++;
            if (state->supported)
              self->n_supported[st]++;
          }
    }
  pack_best_people (self, scratch);
  for (i = 0; i < N_STAGES; i++)
    {
      self->n_le_partners[i] = scratch->n_le_partners[i];
      self->n_professional_partners[i] = scratch->n_pro_partners[i];
    }

  self->rung = rung_from_modes (self->stages, self->best);
  self->projected_rung = rung_from_modes (self->stages, self->projected_best);
  compute_next_rung (self);
  add_findings (self, registry, project, professional_best, scratch);

  return g_steal_pointer (&self);
}

/* The assessments of @projects, in their order, as a list model */
static GListModel *
assess_projects (CoprodRegistry  *registry,
                 CoprodProject  **projects,
                 guint            n_projects)
{
  CoprodAssessment **assessments = g_new (CoprodAssessment *, MAX (n_projects, 1));
  CoprodRecordList *result;
  Scratch scratch;
  guint i;

  scratch_init (&scratch);
  for (i = 0; i < n_projects; i++)
    assessments[i] = assess (registry, projects[i], &scratch);
  scratch_clear (&scratch);

  /* a read-only list model held in one array */
  result = _coprod_record_list_new_with (COPROD_TYPE_ASSESSMENT, (gpointer *) assessments, n_projects);
  for (i = 0; i < n_projects; i++)
    g_object_unref (assessments[i]);
  g_free (assessments);

  return G_LIST_MODEL (result);
}

static CoprodAssessment *
assess_one (CoprodRegistry *registry,
            CoprodProject  *project)
{
  Scratch scratch;
  CoprodAssessment *result;

  scratch_init (&scratch);
  result = assess (registry, project, &scratch);
  scratch_clear (&scratch);

  return result;
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
      if (record != NULL)
        g_set_error (error, COPROD_ERROR, COPROD_ERROR_NOT_FOUND,
                     "the record %s is not a project", project_id);
      else
        g_set_error_literal (error, COPROD_ERROR, COPROD_ERROR_NOT_FOUND,
                             "no project of the registry has that id");
      return NULL;
    }

  return assess_one (self, COPROD_PROJECT (record));
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
  CoprodRecord *record;

  g_return_val_if_fail (COPROD_IS_REGISTRY (self), NULL);
  g_return_val_if_fail (partnership_id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  record = coprod_registry_lookup (self, partnership_id);
  if (!COPROD_IS_PARTNERSHIP (record))
    {
      if (record != NULL)
        g_set_error (error, COPROD_ERROR, COPROD_ERROR_NOT_FOUND,
                     "the record %s is not a partnership", partnership_id);
      else
        g_set_error_literal (error, COPROD_ERROR, COPROD_ERROR_NOT_FOUND,
                             "no partnership of the registry has that id");
      return NULL;
    }

  projects = _coprod_index_get (_coprod_registry_get_index (self),
                               COPROD_RELATION_PROJECTS_OF_PARTNERSHIP, partnership_id);
  return assess_projects (self, projects != NULL ? (CoprodProject **) projects->pdata : NULL,
                          projects != NULL ? projects->len : 0);
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
  GListModel *projects, *result;
  CoprodProject **items;
  guint i, n;

  g_return_val_if_fail (COPROD_IS_REGISTRY (self), NULL);

  projects = coprod_registry_get_projects (self);
  n = g_list_model_get_n_items (projects);
  items = g_new (CoprodProject *, MAX (n, 1));
  for (i = 0; i < n; i++)
    items[i] = _coprod_record_list_peek (COPROD_RECORD_LIST (projects), i);
  result = assess_projects (self, items, n);
  g_free (items);

  return result;
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

  /* nobody, or an assessment not made by the registry */
  if (self->best_people[i] == NULL)
    return empty;

  return (const char * const *) self->best_people[i];
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

  if (self->gaps == NULL)
    {
      guint i;

      self->gaps = g_list_store_new (COPROD_TYPE_GAP);
      for (i = 0; i < self->n_gaps; i++)
        {
          g_autoptr(CoprodGap) gap = make_gap (self, self->gap_specs[i].stage,
                                               self->gap_specs[i].required,
                                               self->gap_specs[i].alternative);

          g_list_store_append (self->gaps, gap);
        }
    }

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
 * `not-a-person`), an aim recorded and not reached (`aim-not-reached`), a
 * claim above the rung the involvements give (`overclaimed`), a scope
 * that leaves out planning or deciding under a rung of co-design or
 * co-production (`narrowed-scope`), one partner with lived experience
 * beside several professional partners (`single-voice`), partners with
 * lived experience who are all staff (`lived-experience-staff-only`),
 * planning or deciding after a fixed deadline (`late-involvement`), and
 * involvement dated after withdrawal, which is not counted
 * (`after-withdrawal`). See the findings page for each rule.
 *
 * Returns: (transfer none): a list model of [class@Coprod.Finding]
 *
 * Since: 0.1
 */
GListModel *
coprod_assessment_get_findings (CoprodAssessment *self)
{
  g_return_val_if_fail (COPROD_IS_ASSESSMENT (self), NULL);

  /* made when first asked for: most assessments are read for their rung
   * and counts */
  if (self->findings == NULL)
    {
      make_findings (self);
      self->findings = G_LIST_MODEL (
        _coprod_record_list_new_with (COPROD_TYPE_FINDING,
                                      self->finding_items ? self->finding_items->pdata : NULL,
                                      self->finding_items ? self->finding_items->len : 0));
      /* the list holds them now, and nothing more will be asked of the notes */
      g_clear_pointer (&self->finding_items, g_ptr_array_unref);
      g_clear_pointer (&self->finding_notes, g_array_unref);
    }

  return self->findings;
}

/**
 * coprod_assessment_get_projected_rung:
 * @self: an assessment
 *
 * Gets the rung the plan would reach: the rules of the ladder applied to
 * the involvements held and those planned. It is never below
 * [method@Coprod.Assessment.get_rung].
 *
 * Returns: the rung
 *
 * Since: 0.1
 */
CoprodRung
coprod_assessment_get_projected_rung (CoprodAssessment *self)
{
  g_return_val_if_fail (COPROD_IS_ASSESSMENT (self), COPROD_RUNG_NONE);

  return self->projected_rung;
}

/**
 * coprod_assessment_get_claimed_rung:
 * @self: an assessment
 *
 * Gets the rung the organisation says the project reached.
 *
 * Returns: the rung, or [enum@Coprod.Rung.NONE] if none is claimed
 *
 * Since: 0.1
 */
CoprodRung
coprod_assessment_get_claimed_rung (CoprodAssessment *self)
{
  g_return_val_if_fail (COPROD_IS_ASSESSMENT (self), COPROD_RUNG_NONE);

  return self->claimed_rung;
}

/**
 * coprod_assessment_get_project_status:
 * @self: an assessment
 *
 * Gets where the project was in its life when it was assessed.
 *
 * Returns: the status
 *
 * Since: 0.1
 */
CoprodProjectStatus
coprod_assessment_get_project_status (CoprodAssessment *self)
{
  g_return_val_if_fail (COPROD_IS_ASSESSMENT (self), COPROD_PROJECT_STATUS_UNSPECIFIED);

  return self->status;
}

/**
 * coprod_assessment_has_young_people:
 * @self: an assessment
 *
 * Gets whether anyone involved in the project, in any stage, held or
 * planned, has the young-person role ([flags@Coprod.Role.YOUNG_PERSON]).
 * Hart's ladder of children's participation is for work with children
 * and young people: presenting a project without them on it is a
 * warning sign.
 *
 * Returns: %TRUE if a young person is involved
 *
 * Since: 0.1
 */
gboolean
coprod_assessment_has_young_people (CoprodAssessment *self)
{
  g_return_val_if_fail (COPROD_IS_ASSESSMENT (self), FALSE);

  return self->has_young_people;
}

/* the index of @stage, or of every stage when @stage is NONE */
static gboolean
stage_range (CoprodStage  stage,
             int         *first,
             int         *last)
{
  if (stage == COPROD_STAGE_NONE)
    {
      *first = 0;
      *last = N_STAGES - 1;
      return TRUE;
    }

  *first = *last = stage_index (stage);
  return *first >= 0;
}

/**
 * coprod_assessment_get_mode_count:
 * @self: an assessment
 * @stage: one stage, or [flags@Coprod.Stage.NONE] for all stages together
 * @mode: a mode
 *
 * Counts the involvements held of people with lived experience in @stage
 * in the way @mode. Over all modes, [enum@Coprod.Mode.NONE] included, the
 * counts of a stage add up to its involvements held of people with lived
 * experience; those not counted are out of scope, planned, after
 * withdrawal, or name someone who is not a person in the registry.
 *
 * Returns: the number of involvements
 *
 * Since: 0.1
 */
guint
coprod_assessment_get_mode_count (CoprodAssessment *self,
                                  CoprodStage       stage,
                                  CoprodMode        mode)
{
  guint count = 0;
  int first, last, i;

  g_return_val_if_fail (COPROD_IS_ASSESSMENT (self), 0);
  g_return_val_if_fail (stage_range (stage, &first, &last), 0);
  g_return_val_if_fail (mode >= COPROD_MODE_NONE && mode <= COPROD_MODE_PARTNER, 0);

  for (i = first; i <= last; i++)
    count += self->mode_count[i][mode];

  return count;
}

/**
 * coprod_assessment_get_partner_counts:
 * @self: an assessment
 * @stage: one stage
 * @n_lived_experience: (out) (optional): return location for the number of
 *   people with lived experience who were partners in @stage
 * @n_professional: (out) (optional): return location for the number of
 *   professionals (everyone else) who were partners in @stage
 *
 * Counts the partners in @stage, each person once, from the involvements
 * held: people with lived experience and professionals apart. Partners
 * with lived experience who are also staff count among them; see
 * [method@Coprod.Assessment.get_n_staff_partners].
 *
 * Since: 0.1
 */
void
coprod_assessment_get_partner_counts (CoprodAssessment *self,
                                      CoprodStage       stage,
                                      guint            *n_lived_experience,
                                      guint            *n_professional)
{
  int i;

  if (n_lived_experience != NULL)
    *n_lived_experience = 0;
  if (n_professional != NULL)
    *n_professional = 0;

  g_return_if_fail (COPROD_IS_ASSESSMENT (self));
  i = stage_index (stage);
  g_return_if_fail (i >= 0);

  if (n_lived_experience != NULL)
    *n_lived_experience = self->n_le_partners[i];
  if (n_professional != NULL)
    *n_professional = self->n_professional_partners[i];
}

/**
 * coprod_assessment_get_n_staff_partners:
 * @self: an assessment
 * @stage: one stage
 *
 * Counts the partners with lived experience in @stage who are also staff:
 * they have the staff role ([flags@Coprod.Role.STAFF]), or they sit in
 * the project's partnership on behalf of an organisation that is a member
 * of it. They are counted among the partners with lived experience
 * ([method@Coprod.Assessment.get_partner_counts]); this shows them apart.
 *
 * Returns: the number of people
 *
 * Since: 0.1
 */
guint
coprod_assessment_get_n_staff_partners (CoprodAssessment *self,
                                        CoprodStage       stage)
{
  int i;

  g_return_val_if_fail (COPROD_IS_ASSESSMENT (self), 0);
  i = stage_index (stage);
  g_return_val_if_fail (i >= 0, 0);

  return self->n_staff_partners[i];
}

/**
 * coprod_assessment_get_hours:
 * @self: an assessment
 * @stage: one stage, or [flags@Coprod.Stage.NONE] for all stages together
 *
 * Adds up the hours people with lived experience gave in @stage, from the
 * involvements held.
 *
 * Returns: the hours
 *
 * Since: 0.1
 */
double
coprod_assessment_get_hours (CoprodAssessment *self,
                             CoprodStage       stage)
{
  double hours = 0.0;
  int first, last, i;

  g_return_val_if_fail (COPROD_IS_ASSESSMENT (self), 0.0);
  g_return_val_if_fail (stage_range (stage, &first, &last), 0.0);

  for (i = first; i <= last; i++)
    hours += self->hours[i];

  return hours;
}

/**
 * coprod_assessment_get_n_paid:
 * @self: an assessment
 * @stage: one stage
 *
 * Counts the people with lived experience who took part in @stage and
 * were offered a payment for the project or one of its meetings, whatever
 * they chose to do with it (people may take less, decline or donate).
 *
 * Returns: the number of people
 *
 * Since: 0.1
 */
guint
coprod_assessment_get_n_paid (CoprodAssessment *self,
                              CoprodStage       stage)
{
  int i;

  g_return_val_if_fail (COPROD_IS_ASSESSMENT (self), 0);
  i = stage_index (stage);
  g_return_val_if_fail (i >= 0, 0);

  return self->n_paid[i];
}

/**
 * coprod_assessment_get_n_supported:
 * @self: an assessment
 * @stage: one stage
 *
 * Counts the people with lived experience who took part in @stage and
 * attended a meeting of the project that offered support
 * ([property@Coprod.Meeting:support]) and was not planned or cancelled.
 *
 * Returns: the number of people
 *
 * Since: 0.1
 */
guint
coprod_assessment_get_n_supported (CoprodAssessment *self,
                                   CoprodStage       stage)
{
  int i;

  g_return_val_if_fail (COPROD_IS_ASSESSMENT (self), 0);
  i = stage_index (stage);
  g_return_val_if_fail (i >= 0, 0);

  return self->n_supported[i];
}

/**
 * coprod_assessment_get_n_proposals_adopted:
 * @self: an assessment
 *
 * Counts the proposals of the project made by people with lived
 * experience (any of the proposers has the lived-experience, carer or
 * family-member role) that were adopted, as proposed or with changes.
 *
 * Returns: the number of proposals
 *
 * Since: 0.1
 */
guint
coprod_assessment_get_n_proposals_adopted (CoprodAssessment *self)
{
  g_return_val_if_fail (COPROD_IS_ASSESSMENT (self), 0);

  return self->n_proposals_adopted;
}

/**
 * coprod_assessment_get_n_proposals_not_adopted:
 * @self: an assessment
 *
 * Counts the proposals of the project made by people with lived
 * experience that were not adopted.
 *
 * Returns: the number of proposals
 *
 * Since: 0.1
 */
guint
coprod_assessment_get_n_proposals_not_adopted (CoprodAssessment *self)
{
  g_return_val_if_fail (COPROD_IS_ASSESSMENT (self), 0);

  return self->n_proposals_not_adopted;
}

/**
 * coprod_assessment_get_n_proposals_pending:
 * @self: an assessment
 *
 * Counts the proposals of the project made by people with lived
 * experience whose outcome is still pending.
 *
 * Returns: the number of proposals
 *
 * Since: 0.1
 */
guint
coprod_assessment_get_n_proposals_pending (CoprodAssessment *self)
{
  g_return_val_if_fail (COPROD_IS_ASSESSMENT (self), 0);

  return self->n_proposals_pending;
}

/**
 * coprod_assessment_get_n_proposals_not_fed_back:
 * @self: an assessment
 *
 * Counts the proposals of the project made by people with lived
 * experience that have an outcome (adopted, adopted with changes or not
 * adopted) and no [property@Coprod.Proposal:fed-back-date]: the people
 * who made them have not been told what became of them. The assessment
 * has no date: a fed-back date, whenever it is, counts as fed back.
 *
 * Returns: the number of proposals
 *
 * Since: 0.1
 */
guint
coprod_assessment_get_n_proposals_not_fed_back (CoprodAssessment *self)
{
  g_return_val_if_fail (COPROD_IS_ASSESSMENT (self), 0);

  return self->n_proposals_not_fed_back;
}
