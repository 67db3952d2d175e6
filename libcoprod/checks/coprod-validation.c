/* coprod-validation.c: does a registry hold together?
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Loading checks what each record says on its own (types, nicks, dates).
 * Validation checks what records say about each other: references that
 * dangle or point at the wrong kind of record, ends before starts,
 * involvements outside a project's scope or its partnership, and the
 * like. A registry with error findings still loads, so it can be mended.
 */
#include "config.h"

#include "coprod-date.h"
#include "coprod-date-private.h"
#include "coprod-finding.h"
#include "coprod-framework.h"
#include "coprod-index-private.h"
#include "coprod-meeting.h"
#include "coprod-membership.h"
#include "coprod-collections-private.h"
#include "coprod-organisation.h"
#include "coprod-partnership.h"
#include "coprod-payment.h"
#include "coprod-charter.h"
#include "coprod-post.h"
#include "coprod-proposal.h"
#include "coprod-person.h"
#include "coprod-project.h"
#include "coprod-involvement.h"
#include "coprod-rating.h"
#include "coprod-record-list-private.h"
#include "coprod-record-private.h"
#include "coprod-registry.h"
#include "coprod-review.h"

/* What validation reads of one type's field table, worked out once per
 * type rather than once per object */
typedef struct
{
  GType              type;
  const CoprodField *fields;
  guint              n_fields;
  /* the fields that hold references or children, the only ones
   * check_object() reads */
  const CoprodField *linked[32];
  guint              n_linked;
  /* the fields that start a range, each with the field that ends it */
  const CoprodField *range_start[8];
  const CoprodField *range_end[8];
  guint              n_ranges;
} TypeFields;

typedef struct
{
  CoprodRegistry *registry;
  GPtrArray *findings;      /* of CoprodFinding, held */
  const char *today;       /* the "as of" date */
  GPtrArray  *types;       /* of TypeFields, each type once */
  /* the lists the specific checks read, found once */
  const CoprodField *involvements;
  const CoprodField *withdrawn_date;    /* a person's */
  const CoprodField *memberships;
  const CoprodField *ratings;
  GPtrArray  *people;      /* scratch: the people of a project's involvements */
} Validation;

static const TypeFields *
type_fields (Validation *v,
             GType       type)
{
  TypeFields *t;
  guint i;

  for (i = 0; i < v->types->len; i++)
    {
      t = g_ptr_array_index (v->types, i);
      if (t->type == type)
        return t;
    }

  t = g_new0 (TypeFields, 1);
  g_ptr_array_add (v->types, t);
  t->type = type;
  t->fields = _coprod_fields_of_type (type, &t->n_fields);
  t->n_ranges = 0;
  t->n_linked = 0;
  for (i = 0; i < t->n_fields; i++)
    if (t->fields[i].kind == COPROD_FIELD_REF || t->fields[i].kind == COPROD_FIELD_REFS ||
        t->fields[i].kind == COPROD_FIELD_CHILDREN)
      {
        g_assert (t->n_linked < G_N_ELEMENTS (t->linked));
        t->linked[t->n_linked++] = &t->fields[i];
      }
  for (i = 0; i < t->n_fields; i++)
    if (t->fields[i].range_end != NULL)
      {
        const CoprodField *end = _coprod_fields_find (type, t->fields[i].range_end);

        g_assert (end != NULL);
        g_assert (t->n_ranges < G_N_ELEMENTS (t->range_start));
        t->range_start[t->n_ranges] = &t->fields[i];
        t->range_end[t->n_ranges] = end;
        t->n_ranges++;
      }

  return t;
}

G_GNUC_PRINTF (6, 7)
static void
add_finding (Validation     *v,
             CoprodSeverity  severity,
             const char     *code,
             const char     *record_id,
             const char     *member,
             const char     *format,
             ...)
{
  g_autoptr(CoprodFinding) finding = NULL;
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  finding = coprod_finding_new (severity, code, record_id, member, message);
  g_ptr_array_add (v->findings, g_steal_pointer (&finding));
}

/* References and date ranges, read from each object's field table */

/* Where a member is, made into text ("involvements[2].person_id") only
 * when a finding names it */
typedef struct _Path Path;
struct _Path
{
  const Path *parent;
  const char *member;
  int         index;     /* in a list, or -1 */
};

static void
path_append (GString    *s,
             const Path *path)
{
  if (path == NULL)
    return;

  path_append (s, path->parent);
  if (s->len > 0)
    g_string_append_c (s, '.');
  g_string_append (s, path->member);
  if (path->index >= 0)
    g_string_append_printf (s, "[%d]", path->index);
}

static char *
path_to_string (const Path *parent,
                const char *member,
                int         index)
{
  Path path = { parent, member, index };
  GString *s = g_string_new (NULL);

  path_append (s, &path);
  return g_string_free (s, FALSE);
}

static void
check_reference (Validation        *v,
                 const char        *record_id,
                 const Path        *prefix,
                 const CoprodField *field,
                 int                index,
                 const char        *target_id)
{
  g_autofree char *what = NULL;
  g_autofree char *member = NULL;
  CoprodRecord *target;
  GType type;
  guint i;

  target = _coprod_registry_lookup_typed (v->registry, target_id, &type);
  if (target != NULL)
    {
      if (field->targets[0] == NULL)
        return;
      for (i = 0; i < G_N_ELEMENTS (field->targets) && field->targets[i] != NULL; i++)
        {
          GType wanted = field->targets[i] ();

          if (type == wanted || g_type_is_a (type, wanted))
            return;
        }
    }

  what = _coprod_field_describe_targets (field);
  member = path_to_string (prefix, field->member, index);

  if (target == NULL)
    add_finding (v, COPROD_SEVERITY_ERROR, "dangling-reference", record_id, member,
                 "refers to a record that is not in the registry%s%s",
                 what[0] ? "; it should be " : "",
                 what);
  else
    add_finding (v, COPROD_SEVERITY_ERROR, "wrong-reference-type", record_id, member,
                 "refers to %s, which is not %s", target_id, what);
}

static void
check_date_ranges (Validation       *v,
                   GObject          *object,
                   const TypeFields *t,
                   const char       *record_id,
                   const Path       *prefix)
{
  guint i;

  for (i = 0; i < t->n_ranges; i++)
    {
      const CoprodField *start_field = t->range_start[i];
      const CoprodField *end_field = t->range_end[i];
      const char *start, *end;

      start = _coprod_field_peek_string (object, start_field);
      end = _coprod_field_peek_string (object, end_field);
      if (start != NULL && end != NULL && coprod_date_compare (end, start) < 0)
        {
          g_autofree char *member = path_to_string (prefix, end_field->member, -1);

          add_finding (v, COPROD_SEVERITY_ERROR, "end-before-start", record_id, member,
                       "the date is before %s", start_field->member);
        }
    }
}

/* Starts the reads of the look-ups of @object's references, and of those
 * of its children, before any of them is looked up: on a registry too
 * large for the caches each look-up is a wait on memory, and started
 * together the waits overlap */
static void
prefetch_references (Validation       *v,
                     GObject          *object,
                     const TypeFields *t)
{
  guint i, j;

  for (i = 0; i < t->n_linked; i++)
    {
      const CoprodField *field = t->linked[i];

      if (field->kind == COPROD_FIELD_REF)
        _coprod_registry_prefetch (v->registry, _coprod_field_peek_string (object, field));
      else if (field->kind == COPROD_FIELD_REFS)
        {
          const char * const *targets = _coprod_field_peek_strv (object, field);

          for (j = 0; targets != NULL && targets[j] != NULL; j++)
            _coprod_registry_prefetch (v->registry, targets[j]);
        }
      else if (field->kind == COPROD_FIELD_CHILDREN)
        {
          guint n = _coprod_field_get_n_children (object, field);
          const TypeFields *ct = NULL;

          for (j = 0; j < n; j++)
            {
              GObject *child = _coprod_field_peek_child (object, field, j);
              guint k;

              if (ct == NULL || ct->type != G_OBJECT_TYPE (child))
                ct = type_fields (v, G_OBJECT_TYPE (child));
              for (k = 0; k < ct->n_linked; k++)
                if (ct->linked[k]->kind == COPROD_FIELD_REF)
                  _coprod_registry_prefetch (v->registry,
                                             _coprod_field_peek_string (child, ct->linked[k]));
            }
        }
    }
}

/* Every object of the registry, records and the children inside them:
 * references and date ranges, by their fields. */
static void
check_object (Validation *v,
              GObject    *object,
              const char *record_id,
              const Path *prefix)
{
  const TypeFields *t = type_fields (v, G_OBJECT_TYPE (object));
  guint i;

  prefetch_references (v, object, t);
  for (i = 0; i < t->n_linked; i++)
    {
      const CoprodField *field = t->linked[i];

      switch (field->kind)
        {
        case COPROD_FIELD_CHILDREN:
          {
            guint j, n = _coprod_field_get_n_children (object, field);

            for (j = 0; j < n; j++)
              {
                GObject *child = _coprod_field_peek_child (object, field, j);
                Path child_prefix = { prefix, field->member, (int) j };

                check_object (v, child, record_id, &child_prefix);
              }
          }
          break;

        case COPROD_FIELD_REF:
          {
            const char *target = _coprod_field_peek_string (object, field);

            if (target != NULL)
              check_reference (v, record_id, prefix, field, -1, target);
          }
          break;

        case COPROD_FIELD_REFS:
          {
            const char * const *targets = _coprod_field_peek_strv (object, field);
            guint j;

            for (j = 0; targets != NULL && targets[j] != NULL; j++)
              check_reference (v, record_id, prefix, field, (int) j, targets[j]);
          }
          break;

        case COPROD_FIELD_TEXT:
        case COPROD_FIELD_DATE:
        case COPROD_FIELD_CURRENCY:
        case COPROD_FIELD_STRV:
        case COPROD_FIELD_ENUM:
        case COPROD_FIELD_FLAGS:
        case COPROD_FIELD_SINGLE_FLAG:
        case COPROD_FIELD_INT:
        case COPROD_FIELD_UINT:
        case COPROD_FIELD_INT64:
        case COPROD_FIELD_DOUBLE:
        case COPROD_FIELD_BOOLEAN:
        default:
          break;
        }
    }

  check_date_ranges (v, object, t, record_id, prefix);
}

/* Specific checks */

/* Whether @person_id takes part in the partnership @partnership_id: a
 * member of it, or a person who takes part for one of its organisations */
static gboolean
is_partnership_member (Validation   *v,
                       CoprodRecord *partnership,
                       CoprodRecord *person)
{
  CoprodIndex *index = _coprod_registry_get_index (v->registry);
  const char *partnership_id = coprod_record_get_id (partnership);
  const char * const *orgs;

  if (_coprod_index_has_member_record (index, partnership, person))
    return TRUE;

  /* a person may take part for one of the partnership's organisations */
  if (!COPROD_IS_PERSON (person))
    return FALSE;
  for (orgs = coprod_person_get_organisation_ids (COPROD_PERSON (person)); *orgs; orgs++)
    if (_coprod_index_is_member (index, partnership_id, *orgs))
      return TRUE;

  return FALSE;
}

/* "involvements[3]", made only when a finding names it */
#define INVOLVEMENT_MEMBER(buffer, i) \
  (g_snprintf ((buffer), sizeof (buffer), "involvements[%u]", (i)), (buffer))

static void
check_project (Validation    *v,
               CoprodProject *project)
{
  const char *id = _coprod_record_peek_id ((CoprodRecord *) project);
  const char *partnership_id = coprod_project_get_partnership_id (project);
  CoprodRecord *partnership = NULL;
  const CoprodField *involvements = v->involvements;
  CoprodStage scope = coprod_project_get_stages (project);
  guint i, n;

  if (partnership_id != NULL)
    partnership = coprod_registry_lookup (v->registry, partnership_id);
  if (!COPROD_IS_PARTNERSHIP (partnership))
    partnership = NULL;

  if (scope == COPROD_STAGE_NONE)
    add_finding (v, COPROD_SEVERITY_ERROR, "empty-scope", id, "stages",
                 "the project has no stage in scope");

  n = _coprod_field_get_n_children (project, involvements);

  /* the people first, their memberships asked for together (see
   * prefetch_references()) */
  g_ptr_array_set_size (v->people, n);
  for (i = 0; i < n; i++)
    {
      CoprodInvolvement *inv = _coprod_field_peek_child (project, involvements, i);
      const char *person_id = coprod_involvement_get_person_id (inv);
      GType type = G_TYPE_INVALID;
      CoprodRecord *person = person_id ? _coprod_registry_lookup_typed (v->registry, person_id, &type) : NULL;

      g_ptr_array_index (v->people, i) = person;
#ifdef __GNUC__
      /* the start of the record, for its type, and where a person keeps
       * the date they withdrew */
      if (person != NULL)
        __builtin_prefetch (person);
      if (type == COPROD_TYPE_PERSON && v->withdrawn_date != NULL)
        __builtin_prefetch (_COPROD_FIELD_P (person, v->withdrawn_date));
#endif
      if (person != NULL && partnership != NULL)
        _coprod_index_prefetch_member_record (_coprod_registry_get_index (v->registry),
                                              partnership, person);
    }

  for (i = 0; i < n; i++)
    {
      CoprodInvolvement *inv = _coprod_field_peek_child (project, involvements, i);
      const char *person_id = coprod_involvement_get_person_id (inv);
      CoprodStage stage = coprod_involvement_get_stage (inv);
      CoprodRecord *person = g_ptr_array_index (v->people, i);
      const char *date = coprod_involvement_get_date (inv);
      char member[32];

      if (person_id == NULL)
        add_finding (v, COPROD_SEVERITY_ERROR, "missing-person", id,
                     INVOLVEMENT_MEMBER (member, i),
                     "the involvement names no person");

      if (stage == COPROD_STAGE_NONE)
        add_finding (v, COPROD_SEVERITY_ERROR, "missing-stage", id,
                     INVOLVEMENT_MEMBER (member, i),
                     "the involvement names no stage");
      else if ((stage & scope) == 0)
        add_finding (v, COPROD_SEVERITY_WARNING, "stage-out-of-scope", id,
                     INVOLVEMENT_MEMBER (member, i),
                     "the involvement is in a stage the project does not have in scope");

      if (coprod_involvement_get_mode (inv) == COPROD_MODE_NONE)
        add_finding (v, COPROD_SEVERITY_ERROR, "missing-mode", id,
                     INVOLVEMENT_MEMBER (member, i),
                     "the involvement does not say how the person took part");

      if (partnership != NULL && person != NULL &&
          !is_partnership_member (v, partnership, person))
        add_finding (v, COPROD_SEVERITY_WARNING, "involvement-outside-partnership", id,
                     INVOLVEMENT_MEMBER (member, i),
                     "%s takes part but is not a member of partnership %s",
                     person_id, partnership_id);

      if (COPROD_IS_PERSON (person) && date != NULL &&
          coprod_person_is_withdrawn ((CoprodPerson *) person) &&
          coprod_date_compare (date, coprod_person_get_withdrawn_date ((CoprodPerson *) person)) > 0)
        add_finding (v, COPROD_SEVERITY_WARNING, "involved-after-withdrawal", id,
                     INVOLVEMENT_MEMBER (member, i),
                     "%s is recorded as taking part after they withdrew", person_id);
    }
}

static void
check_partnership (Validation        *v,
                   CoprodPartnership *partnership)
{
  const char *id = _coprod_record_peek_id ((CoprodRecord *) partnership);
  const char *back_to;

  /* a board inside a forum inside ...: the chain of parents must end */
  back_to = _coprod_index_parent_cycle (_coprod_registry_get_index (v->registry), id);
  if (back_to != NULL)
    add_finding (v, COPROD_SEVERITY_ERROR, "parent-cycle", id, "parent_id",
                 "the chain of parent groups comes back to %s", back_to);
}

/* A membership names its member, and its seat must be one of its
 * partnership's own */
static void
check_membership_posts (Validation        *v,
                        CoprodPartnership *partnership)
{
  const char *id = _coprod_record_peek_id ((CoprodRecord *) partnership);
  const CoprodField *memberships = v->memberships;
  guint i, n = _coprod_field_get_n_children (partnership, memberships);

  for (i = 0; i < n; i++)
    {
      CoprodMembership *membership = _coprod_field_peek_child (partnership, memberships, i);
      const char *post_id = coprod_membership_get_post_id (membership);
      CoprodRecord *post = post_id ? coprod_registry_lookup (v->registry, post_id) : NULL;
      const char *group_id;

      if (coprod_membership_get_member_id (membership) == NULL)
        {
          char member[32];

          g_snprintf (member, sizeof member, "memberships[%u]", i);
          add_finding (v, COPROD_SEVERITY_ERROR, "missing-member", id, member,
                       "the membership names no member");
        }

      /* a missing post or a record of another kind: a reference finding */
      if (!COPROD_IS_POST (post))
        continue;

      group_id = coprod_post_get_group_id (COPROD_POST (post));
      if (g_strcmp0 (group_id, id) != 0)
        {
          char member[48];

          g_snprintf (member, sizeof member, "memberships[%u].post_id", i);
          /* the group is named only when it is a record: an id that
           * names nothing may be anything a person typed */
          if (group_id != NULL && coprod_registry_lookup (v->registry, group_id) != NULL)
            add_finding (v, COPROD_SEVERITY_ERROR, "post-of-another-group", id, member,
                         "the membership holds post %s, which is a seat of %s, not of this partnership",
                         post_id, group_id);
          else
            add_finding (v, COPROD_SEVERITY_ERROR, "post-of-another-group", id, member,
                         "the membership holds post %s, which is not a seat of this partnership",
                         post_id);
        }
    }
}

/* Whether the ranges [@s1, @e1] and [@s2, @e2] (NULL: open) share a day */
static gboolean
ranges_overlap (const char *s1,
                const char *e1,
                const char *s2,
                const char *e2)
{
  return !((e1 != NULL && s2 != NULL && coprod_date_compare (e1, s2) < 0) ||
           (e2 != NULL && s1 != NULL && coprod_date_compare (e2, s1) < 0));
}

static void
check_post (Validation *v,
            CoprodPost *post)
{
  const char *id = _coprod_record_peek_id ((CoprodRecord *) post);
  const char *group_id = coprod_post_get_group_id (post);
  g_autoptr(GPtrArray) holders = g_ptr_array_new ();
  GPtrArray *memberships;
  guint i, j;

  if (group_id == NULL)
    {
      add_finding (v, COPROD_SEVERITY_ERROR, "post-without-group", id, "group_id",
                   "the post names no group it is a seat of");
      return;
    }

  /* the holders in its own group; the others are post-of-another-group */
  memberships = _coprod_index_get (_coprod_registry_get_index (v->registry),
                                   COPROD_RELATION_MEMBERSHIPS_OF_POST, id);
  for (i = 0; memberships != NULL && i < memberships->len; i++)
    {
      CoprodMembership *membership = g_ptr_array_index (memberships, i);
      CoprodRecord *owner = _coprod_object_get_owner (membership);

      if (owner != NULL && g_strcmp0 (coprod_record_get_id (owner), group_id) == 0)
        g_ptr_array_add (holders, membership);
    }

  /* one seat, one holder at a time: report the first clash of each holder */
  for (j = 1; j < holders->len; j++)
    {
      CoprodMembership *b = g_ptr_array_index (holders, j);

      for (i = 0; i < j; i++)
        {
          CoprodMembership *a = g_ptr_array_index (holders, i);

          if (ranges_overlap (coprod_membership_get_start_date (a),
                              coprod_membership_get_end_date (a),
                              coprod_membership_get_start_date (b),
                              coprod_membership_get_end_date (b)))
            {
              const char *a_id = coprod_membership_get_member_id (a);
              const char *b_id = coprod_membership_get_member_id (b);

              add_finding (v, COPROD_SEVERITY_ERROR, "seat-held-twice", id, NULL,
                           "%s and %s hold the seat at the same time in %s",
                           a_id ? a_id : "a membership with no member",
                           b_id ? b_id : "a membership with no member", group_id);
              break;
            }
        }
    }
}

static void
check_charter (Validation    *v,
               CoprodCharter *charter)
{
  if (coprod_charter_get_claimed_first_adopter_id (charter) != NULL &&
      coprod_charter_get_claim_sources (charter)[0] == NULL)
    add_finding (v, COPROD_SEVERITY_WARNING, "unsourced-claim",
                 _coprod_record_peek_id ((CoprodRecord *) charter), "claim_sources",
                 "the charter claims who adopted it first but cites no source");
}

static void
check_meeting (Validation    *v,
               CoprodMeeting *meeting)
{
  const char *id = _coprod_record_peek_id ((CoprodRecord *) meeting);
  const char *date = coprod_meeting_get_date (meeting);
  const char *agenda = coprod_meeting_get_agenda_shared_date (meeting);

  if (date != NULL && agenda != NULL && coprod_date_compare (agenda, date) > 0)
    add_finding (v, COPROD_SEVERITY_WARNING, "agenda-after-meeting", id, "agenda_shared_date",
                 "the purpose and agenda were shared after the meeting");

  if (coprod_meeting_get_project_id (meeting) == NULL &&
      coprod_meeting_get_partnership_id (meeting) == NULL)
    add_finding (v, COPROD_SEVERITY_INFO, "meeting-without-context", id, NULL,
                 "the meeting belongs to no project and no partnership");
}

static void
check_payment (Validation    *v,
               CoprodPayment *payment)
{
  const char *id = _coprod_record_peek_id ((CoprodRecord *) payment);

  if (coprod_payment_get_person_id (payment) == NULL)
    add_finding (v, COPROD_SEVERITY_ERROR, "missing-person", id, "person_id",
                 "the payment names no person");

  if (coprod_payment_get_outcome (payment) == COPROD_OFFER_OUTCOME_DECLINED &&
      coprod_payment_get_paid_date (payment) != NULL)
    add_finding (v, COPROD_SEVERITY_WARNING, "paid-though-declined", id, "paid_date",
                 "the payment was declined but is recorded as paid");
}

static void
check_proposal (Validation     *v,
                CoprodProposal *proposal)
{
  if (coprod_proposal_get_proposer_ids (proposal)[0] == NULL)
    add_finding (v, COPROD_SEVERITY_ERROR, "missing-proposer",
                 _coprod_record_peek_id ((CoprodRecord *) proposal), "proposer_ids",
                 "the proposal names no one who made it");
}

static void
check_person (Validation   *v,
              CoprodPerson *person)
{
  const char *id = _coprod_record_peek_id ((CoprodRecord *) person);
  const char *retain_until = coprod_person_get_retain_until (person);

  if (retain_until != NULL && coprod_date_compare (retain_until, v->today) < 0)
    add_finding (v, COPROD_SEVERITY_WARNING, "retention-passed", id, "retain_until",
                 "the record is kept past its retention date");
}

static void
check_review (Validation   *v,
              CoprodReview *review)
{
  const char *id = _coprod_record_peek_id ((CoprodRecord *) review);
  const char *framework_id = coprod_review_get_framework_id (review);
  const CoprodField *ratings = v->ratings;
  CoprodFramework *framework;
  guint i, n;

  /* a review that names no framework has nothing to check its ratings
   * against */
  if (framework_id == NULL)
    return;

  framework = coprod_framework_get_builtin (framework_id);
  if (framework == NULL)
    {
      g_autofree char *known = g_strjoinv (", ", (char **) coprod_framework_list_builtin ());

      add_finding (v, COPROD_SEVERITY_WARNING, "unknown-framework", id, "framework_id",
                   "the review follows a framework that is not built in (the built-in "
                   "frameworks are %s), so its ratings cannot be checked", known);
      return;
    }

  n = _coprod_field_get_n_children (review, ratings);
  for (i = 0; i < n; i++)
    {
      CoprodRating *rating = _coprod_field_peek_child (review, ratings, i);
      const char *practice_id = coprod_rating_get_practice_id (rating);
      int score = coprod_rating_get_score (rating);
      char member[48];

      g_snprintf (member, sizeof member, "ratings[%u].practice_id", i);
      if (practice_id == NULL)
        add_finding (v, COPROD_SEVERITY_ERROR, "unknown-practice", id, member,
                     "the rating names no practice of framework %s", framework_id);
      else if (coprod_framework_lookup_practice (framework, practice_id) == NULL)
        {
          /* the practice id is text of the record: not quoted */
          add_finding (v, COPROD_SEVERITY_ERROR, "unknown-practice", id, member,
                       "the rating names a practice that is not one of framework %s",
                       framework_id);
        }

      g_snprintf (member, sizeof member, "ratings[%u].score", i);
      if (!coprod_framework_is_in_scale (framework, score))
        add_finding (v, COPROD_SEVERITY_ERROR, "score-out-of-scale", id, member,
                     "the score %d is outside the scale of framework %s, %d to %d",
                     score, framework_id,
                     coprod_framework_get_scale_minimum (framework),
                     coprod_framework_get_scale_maximum (framework));
    }
}

/**
 * coprod_registry_validate:
 * @self: a registry
 *
 * Checks that the records of the registry hold together as of today; the
 * same as [method@Coprod.Registry.validate_as_of] with no date. Findings
 * that depend on the date (`retention-passed`) change from one day to the
 * next: give a date to [method@Coprod.Registry.validate_as_of] for a result
 * that can be reproduced.
 *
 * Returns: (transfer full): a list model of [class@Coprod.Finding], in the
 *   order of the collections; empty if nothing was found
 *
 * Since: 0.1
 */
GListModel *
coprod_registry_validate (CoprodRegistry *self)
{
  g_return_val_if_fail (COPROD_IS_REGISTRY (self), NULL);

  return coprod_registry_validate_as_of (self, NULL, NULL);
}

/**
 * coprod_registry_validate_as_of:
 * @self: a registry
 * @as_of: (nullable): the date to judge by, `YYYY-MM-DD` (or `YYYY-MM` or
 *   `YYYY`); %NULL for today in the local time zone
 * @error: return location for a #GError
 *
 * Checks that the records of the registry hold together, and lists what is
 * wrong or doubtful as [class@Coprod.Finding]s:
 *
 * - errors: a reference to an id that is not in the registry
 *   (`dangling-reference`), or to the wrong kind of record
 *   (`wrong-reference-type`, such as a payment whose person is an
 *   organisation); an end before its start (`end-before-start`, also a
 *   payment paid before it was claimed, a withdrawal before consent); a
 *   group that is its own ancestor (`parent-cycle`); a project with no
 *   stage in scope (`empty-scope`); an involvement with no person, stage or
 *   mode; a proposal that names no one who made it (`missing-proposer`);
 *   a rating of a review that names a practice its framework does not
 *   define (`unknown-practice`) or gives a score outside the framework's
 *   scale (`score-out-of-scale`); a post that names no group
 *   (`post-without-group`); a membership holding a post of another group
 *   (`post-of-another-group`); a seat held by two memberships at once
 *   (`seat-held-twice`);
 * - warnings: an involvement in a stage outside the project's scope
 *   (`stage-out-of-scope`) or by someone who is not a member of the
 *   project's partnership, directly or through their organisation
 *   (`involvement-outside-partnership`); someone taking part after they
 *   withdrew; a record kept past its retain-until date as of @as_of
 *   (`retention-passed`: the date has passed when it is before @as_of);
 *   a payment recorded as paid though declined; an agenda shared after its
 *   meeting; a review that follows a framework that is not built in
 *   (`unknown-framework`), whose ratings are then not checked; a charter
 *   that claims who adopted it first but cites no source
 *   (`unsourced-claim`);
 * - information: a meeting that belongs to no project and no partnership.
 *
 * Every code is listed, with what it means, in the documentation's
 * findings page.
 *
 * Ids are unique in a registry by construction: a document with a repeated
 * id does not load.
 *
 * Returns: (transfer full): a list model of [class@Coprod.Finding], in the
 *   order of the collections; empty if nothing was found; %NULL, with
 *   @error set to %COPROD_ERROR_DATE, if @as_of is not a valid date
 *
 * Since: 0.1
 */
GListModel *
coprod_registry_validate_as_of (CoprodRegistry  *self,
                                const char      *as_of,
                                GError         **error)
{
  g_autofree char *today = NULL;
  CoprodRecordList *result;
  Validation v = { 0 };
  guint c, i;

  g_return_val_if_fail (COPROD_IS_REGISTRY (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  today = _coprod_date_resolve_as_of (as_of, error);
  if (today == NULL)
    return NULL;
  as_of = today;

  v.registry = self;
  v.findings = g_ptr_array_new_with_free_func (g_object_unref);
  v.today = as_of;
  v.types = g_ptr_array_new_with_free_func (g_free);
  v.people = g_ptr_array_new ();
  v.involvements = _coprod_fields_find (COPROD_TYPE_PROJECT, "involvements");
  v.withdrawn_date = _coprod_fields_find (COPROD_TYPE_PERSON, "withdrawn-date");
  v.memberships = _coprod_fields_find (COPROD_TYPE_PARTNERSHIP, "memberships");
  v.ratings = _coprod_fields_find (COPROD_TYPE_REVIEW, "ratings");

  for (c = 0; c < COPROD_N_COLLECTIONS; c++)
    {
      /* the registry's collections are record lists, read without
       * taking references */
      CoprodRecordList *collection = COPROD_RECORD_LIST (
        coprod_registry_get_collection (self, _coprod_collections[c].get_type ()));
      guint n = _coprod_record_list_get_size (collection);

      for (i = 0; i < n; i++)
        {
          GObject *record = _coprod_record_list_peek (collection, i);
          const char *id = _coprod_record_peek_id ((CoprodRecord *) record);

          check_object (&v, record, id, NULL);

          /* a collection holds records of its own type only: no casts
           * need checking */
          switch ((CoprodCollection) c)
            {
            case COPROD_COLLECTION_PEOPLE:
              check_person (&v, (CoprodPerson *) record);
              break;
            case COPROD_COLLECTION_PARTNERSHIPS:
              check_partnership (&v, (CoprodPartnership *) record);
              check_membership_posts (&v, (CoprodPartnership *) record);
              break;
            case COPROD_COLLECTION_POSTS:
              check_post (&v, (CoprodPost *) record);
              break;
            case COPROD_COLLECTION_CHARTERS:
              check_charter (&v, (CoprodCharter *) record);
              break;
            case COPROD_COLLECTION_PROJECTS:
              check_project (&v, (CoprodProject *) record);
              break;
            case COPROD_COLLECTION_MEETINGS:
              check_meeting (&v, (CoprodMeeting *) record);
              break;
            case COPROD_COLLECTION_PAYMENTS:
              check_payment (&v, (CoprodPayment *) record);
              break;
            case COPROD_COLLECTION_PROPOSALS:
              check_proposal (&v, (CoprodProposal *) record);
              break;
            case COPROD_COLLECTION_REVIEWS:
              check_review (&v, (CoprodReview *) record);
              break;
            case COPROD_COLLECTION_ORGANISATIONS:
            case COPROD_COLLECTION_RATE_CARDS:
            case COPROD_COLLECTION_POLICIES:
            case COPROD_COLLECTION_OUTPUTS:
            case COPROD_COLLECTION_PLEDGES:
            case COPROD_N_COLLECTIONS:
            default:
              break;
            }
        }
    }

  g_ptr_array_unref (v.types);
  g_ptr_array_unref (v.people);

  /* a read-only list model held in one array */
  result = _coprod_record_list_new_with (COPROD_TYPE_FINDING, v.findings->pdata, v.findings->len);
  g_ptr_array_unref (v.findings);

  return G_LIST_MODEL (result);
}
