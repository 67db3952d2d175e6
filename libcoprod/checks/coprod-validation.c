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
#include "coprod-finding.h"
#include "coprod-meeting.h"
#include "coprod-membership.h"
#include "coprod-collections-private.h"
#include "coprod-organisation.h"
#include "coprod-partnership.h"
#include "coprod-payment.h"
#include "coprod-person.h"
#include "coprod-project.h"
#include "coprod-involvement.h"
#include "coprod-record-private.h"
#include "coprod-registry.h"

typedef struct
{
  CoprodRegistry *registry;
  GListStore *findings;
  const char *today;       /* the "as of" date */
} Validation;

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
  g_list_store_append (v->findings, finding);
}

/* What kind of record each reference may point at, by property name. */
typedef struct
{
  const char *property;
  GType     (*types[2]) (void);
  const char *what;
} RefRule;

static const RefRule ref_rules[] = {
  { "person-id",        { coprod_person_get_type, NULL },                           "a person" },
  { "signatory-id",     { coprod_person_get_type, NULL },                           "a person" },
  { "attendee-ids",     { coprod_person_get_type, NULL },                           "a person" },
  { "reviewer-ids",     { coprod_person_get_type, NULL },                           "a person" },
  { "reached-ids",      { coprod_person_get_type, NULL },                           "a person" },
  { "organisation-id",  { coprod_organisation_get_type, NULL },                     "an organisation" },
  { "organisation-ids", { coprod_organisation_get_type, NULL },                     "an organisation" },
  { "on-behalf-of-id",  { coprod_organisation_get_type, NULL },                     "an organisation" },
  { "partnership-id",   { coprod_partnership_get_type, NULL },                      "a partnership" },
  { "parent-id",        { coprod_partnership_get_type, NULL },                      "a partnership" },
  { "project-id",       { coprod_project_get_type, NULL },                          "a project" },
  { "meeting-id",       { coprod_meeting_get_type, NULL },                          "a meeting" },
  { "member-id",        { coprod_person_get_type, coprod_organisation_get_type },   "a person or an organisation" },
  { "co-author-ids",    { coprod_person_get_type, coprod_organisation_get_type },   "a person or an organisation" },
  { "author-id",        { coprod_partnership_get_type, coprod_organisation_get_type }, "a partnership or an organisation" },
  { "subject-id",       { coprod_project_get_type, coprod_partnership_get_type },   "a project or a partnership" },
};

static const RefRule *
find_ref_rule (const char *property)
{
  guint i;

  for (i = 0; i < G_N_ELEMENTS (ref_rules); i++)
    if (g_str_equal (ref_rules[i].property, property))
      return &ref_rules[i];

  return NULL;
}

static void
check_reference (Validation *v,
                 const char *record_id,
                 const char *member,
                 const char *property,
                 const char *target_id)
{
  const RefRule *rule = find_ref_rule (property);
  CoprodRecord *target;
  guint i;

  target = coprod_registry_lookup (v->registry, target_id);
  if (target == NULL)
    {
      add_finding (v, COPROD_SEVERITY_ERROR, "dangling-reference", record_id, member,
                   "refers to \"%s\", which is not in the registry%s%s",
                   target_id,
                   rule ? "; it should be " : "",
                   rule ? rule->what : "");
      return;
    }

  if (rule == NULL)
    return;

  for (i = 0; i < G_N_ELEMENTS (rule->types) && rule->types[i] != NULL; i++)
    if (G_TYPE_CHECK_INSTANCE_TYPE (target, rule->types[i] ()))
      return;

  add_finding (v, COPROD_SEVERITY_ERROR, "wrong-reference-type", record_id, member,
               "refers to \"%s\", which is not %s", target_id, rule->what);
}

/* Pairs of dates where the second may not come before the first */
static const struct {
  const char *start;
  const char *end;
} date_ranges[] = {
  { "start-date",     "end-date" },
  { "effective-from", "effective-to" },
  { "reach-from",     "reach-to" },
  { "consent-date",   "withdrawn-date" },
  { "offered-date",   "paid-date" },
  { "claimed-date",   "paid-date" },
  { "signed-date",    "review-date" },
};

static char *
member_name (const char *prefix,
             const char *property)
{
  g_autofree char *member = g_strdelimit (g_strdup (property), "-", '_');

  return prefix ? g_strconcat (prefix, ".", member, NULL) : g_steal_pointer (&member);
}

static char *
get_string_property (GObject    *object,
                     const char *property)
{
  char *value = NULL;

  if (g_object_class_find_property (G_OBJECT_GET_CLASS (object), property) == NULL)
    return NULL;

  g_object_get (object, property, &value, NULL);
  return value;
}

static void
check_date_ranges (Validation *v,
                   GObject    *object,
                   const char *record_id,
                   const char *prefix)
{
  guint i;

  for (i = 0; i < G_N_ELEMENTS (date_ranges); i++)
    {
      g_autofree char *start = get_string_property (object, date_ranges[i].start);
      g_autofree char *end = get_string_property (object, date_ranges[i].end);

      if (start != NULL && end != NULL && coprod_date_compare (end, start) < 0)
        {
          g_autofree char *member = member_name (prefix, date_ranges[i].end);

          add_finding (v, COPROD_SEVERITY_ERROR, "end-before-start", record_id, member,
                       "%s is before %s %s", end,
                       date_ranges[i].start, start);
        }
    }
}

/* Every object of the registry, records and the children inside them:
 * references and date ranges, by their properties. */
static void
check_object (Validation *v,
              GObject    *object,
              const char *record_id,
              const char *prefix)
{
  g_autofree GParamSpec **pspecs = NULL;
  guint n, i;

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (object), &n);
  for (i = 0; i < n; i++)
    {
      GParamSpec *pspec = pspecs[i];
      GType type = G_PARAM_SPEC_VALUE_TYPE (pspec);

      if (_coprod_param_spec_get_children (pspec, NULL, NULL))
        {
          g_autoptr(GListModel) children = NULL;
          g_autofree char *list = member_name (prefix, pspec->name);
          guint j;

          g_object_get (object, pspec->name, &children, NULL);
          for (j = 0; children != NULL && j < g_list_model_get_n_items (children); j++)
            {
              g_autoptr(GObject) child = g_list_model_get_item (children, j);
              g_autofree char *child_prefix = g_strdup_printf ("%s[%u]", list, j);

              check_object (v, child, record_id, child_prefix);
            }
          continue;
        }

      if (_coprod_param_spec_get_string_kind (pspec) != COPROD_STRING_REF &&
          find_ref_rule (pspec->name) == NULL)
        continue;

      if (type == G_TYPE_STRING)
        {
          g_autofree char *target = NULL;

          g_object_get (object, pspec->name, &target, NULL);
          if (target != NULL)
            {
              g_autofree char *member = member_name (prefix, pspec->name);

              check_reference (v, record_id, member, pspec->name, target);
            }
        }
      else if (type == G_TYPE_STRV)
        {
          g_auto(GStrv) targets = NULL;
          guint j;

          g_object_get (object, pspec->name, &targets, NULL);
          for (j = 0; targets != NULL && targets[j] != NULL; j++)
            {
              g_autofree char *list = member_name (prefix, pspec->name);
              g_autofree char *member = g_strdup_printf ("%s[%u]", list, j);

              check_reference (v, record_id, member, pspec->name, targets[j]);
            }
        }
    }

  check_date_ranges (v, object, record_id, prefix);
}

/* Specific checks */

static gboolean
is_partnership_member (CoprodRegistry    *registry,
                       CoprodPartnership *partnership,
                       const char        *person_id)
{
  CoprodRecord *person = coprod_registry_lookup (registry, person_id);
  const char * const *orgs;

  if (coprod_partnership_has_member (partnership, person_id))
    return TRUE;

  /* a person may take part for one of the partnership's organisations */
  if (!COPROD_IS_PERSON (person))
    return FALSE;
  for (orgs = coprod_person_get_organisation_ids (COPROD_PERSON (person)); *orgs; orgs++)
    if (coprod_partnership_has_member (partnership, *orgs))
      return TRUE;

  return FALSE;
}

static void
check_project (Validation    *v,
               CoprodProject *project)
{
  const char *id = coprod_record_get_id (COPROD_RECORD (project));
  const char *partnership_id = coprod_project_get_partnership_id (project);
  CoprodRecord *partnership = NULL;
  GListModel *involvements = coprod_project_get_involvements (project);
  CoprodStage scope = coprod_project_get_stages (project);
  guint i;

  if (partnership_id != NULL)
    partnership = coprod_registry_lookup (v->registry, partnership_id);

  if (scope == COPROD_STAGE_NONE)
    add_finding (v, COPROD_SEVERITY_ERROR, "empty-scope", id, "stages",
                 "the project has no stage in scope");

  for (i = 0; i < g_list_model_get_n_items (involvements); i++)
    {
      g_autoptr(CoprodInvolvement) inv = g_list_model_get_item (involvements, i);
      const char *person_id = coprod_involvement_get_person_id (inv);
      CoprodStage stage = coprod_involvement_get_stage (inv);
      CoprodRecord *person = person_id ? coprod_registry_lookup (v->registry, person_id) : NULL;
      const char *date = coprod_involvement_get_date (inv);
      g_autofree char *member = g_strdup_printf ("involvements[%u]", i);

      if (person_id == NULL)
        add_finding (v, COPROD_SEVERITY_ERROR, "missing-person", id, member,
                     "the involvement names no person");

      if (stage == COPROD_STAGE_NONE)
        add_finding (v, COPROD_SEVERITY_ERROR, "missing-stage", id, member,
                     "the involvement names no stage");
      else if ((stage & scope) == 0)
        add_finding (v, COPROD_SEVERITY_WARNING, "stage-out-of-scope", id, member,
                     "the involvement is in a stage the project does not have in scope");

      if (coprod_involvement_get_mode (inv) == COPROD_MODE_NONE)
        add_finding (v, COPROD_SEVERITY_ERROR, "missing-mode", id, member,
                     "the involvement does not say how the person took part");

      if (COPROD_IS_PARTNERSHIP (partnership) && person_id != NULL && person != NULL &&
          !is_partnership_member (v->registry, COPROD_PARTNERSHIP (partnership), person_id))
        add_finding (v, COPROD_SEVERITY_WARNING, "involvement-outside-partnership", id, member,
                     "%s takes part but is not a member of partnership %s",
                     person_id, partnership_id);

      if (COPROD_IS_PERSON (person) && date != NULL &&
          coprod_person_is_withdrawn (COPROD_PERSON (person)) &&
          coprod_date_compare (date, coprod_person_get_withdrawn_date (COPROD_PERSON (person))) > 0)
        add_finding (v, COPROD_SEVERITY_WARNING, "involved-after-withdrawal", id, member,
                     "%s is recorded as taking part after they withdrew", person_id);
    }
}

static void
check_partnership (Validation        *v,
                   CoprodPartnership *partnership)
{
  const char *id = coprod_record_get_id (COPROD_RECORD (partnership));
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  CoprodRecord *current = COPROD_RECORD (partnership);

  /* a board inside a forum inside ...: the chain of parents must end */
  while (COPROD_IS_PARTNERSHIP (current))
    {
      const char *parent_id = coprod_partnership_get_parent_id (COPROD_PARTNERSHIP (current));

      g_hash_table_add (seen, (gpointer) coprod_record_get_id (current));
      if (parent_id == NULL)
        break;
      if (g_hash_table_contains (seen, parent_id))
        {
          add_finding (v, COPROD_SEVERITY_ERROR, "parent-cycle", id, "parent_id",
                       "the chain of parent groups comes back to %s", parent_id);
          break;
        }
      current = coprod_registry_lookup (v->registry, parent_id);
    }
}

static void
check_meeting (Validation    *v,
               CoprodMeeting *meeting)
{
  const char *id = coprod_record_get_id (COPROD_RECORD (meeting));
  const char *date = coprod_meeting_get_date (meeting);
  const char *agenda = coprod_meeting_get_agenda_shared_date (meeting);

  if (date != NULL && agenda != NULL && coprod_date_compare (agenda, date) > 0)
    add_finding (v, COPROD_SEVERITY_WARNING, "agenda-after-meeting", id, "agenda_shared_date",
                 "the purpose and agenda were shared (%s) after the meeting (%s)",
                 agenda, date);

  if (coprod_meeting_get_project_id (meeting) == NULL &&
      coprod_meeting_get_partnership_id (meeting) == NULL)
    add_finding (v, COPROD_SEVERITY_INFO, "meeting-without-context", id, NULL,
                 "the meeting belongs to no project and no partnership");
}

static void
check_payment (Validation    *v,
               CoprodPayment *payment)
{
  const char *id = coprod_record_get_id (COPROD_RECORD (payment));

  if (coprod_payment_get_person_id (payment) == NULL)
    add_finding (v, COPROD_SEVERITY_ERROR, "missing-person", id, "person_id",
                 "the payment names no person");

  if (coprod_payment_get_outcome (payment) == COPROD_OFFER_OUTCOME_DECLINED &&
      coprod_payment_get_paid_date (payment) != NULL)
    add_finding (v, COPROD_SEVERITY_WARNING, "paid-though-declined", id, "paid_date",
                 "the payment was declined but is recorded as paid");
}

static void
check_person (Validation   *v,
              CoprodPerson *person)
{
  const char *id = coprod_record_get_id (COPROD_RECORD (person));
  const char *retain_until = coprod_person_get_retain_until (person);

  if (retain_until != NULL && coprod_date_compare (retain_until, v->today) < 0)
    add_finding (v, COPROD_SEVERITY_WARNING, "retention-passed", id, "retain_until",
                 "the record is kept past its retention date, %s", retain_until);
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
 *   mode;
 * - warnings: an involvement in a stage outside the project's scope
 *   (`stage-out-of-scope`) or by someone who is not a member of the
 *   project's partnership, directly or through their organisation
 *   (`involvement-outside-partnership`); someone taking part after they
 *   withdrew; a record kept past its retain-until date as of @as_of
 *   (`retention-passed`: the date has passed when it is before @as_of);
 *   a payment recorded as paid though declined; an agenda shared after its
 *   meeting;
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
  Validation v = { 0 };
  guint c, i;

  g_return_val_if_fail (COPROD_IS_REGISTRY (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (as_of == NULL)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      today = g_date_time_format (now, "%Y-%m-%d");
      as_of = today;
    }
  else if (!coprod_date_validate (as_of, error))
    {
      return NULL;
    }

  v.registry = self;
  v.findings = g_list_store_new (COPROD_TYPE_FINDING);
  v.today = as_of;

  for (c = 0; c < COPROD_N_COLLECTIONS; c++)
    {
      GListModel *collection =
        coprod_registry_get_collection (self, _coprod_collections[c].get_type ());

      for (i = 0; i < g_list_model_get_n_items (collection); i++)
        {
          g_autoptr(GObject) record = g_list_model_get_item (collection, i);
          const char *id = coprod_record_get_id (COPROD_RECORD (record));

          check_object (&v, record, id, NULL);

          if (COPROD_IS_PERSON (record))
            check_person (&v, COPROD_PERSON (record));
          else if (COPROD_IS_PARTNERSHIP (record))
            check_partnership (&v, COPROD_PARTNERSHIP (record));
          else if (COPROD_IS_PROJECT (record))
            check_project (&v, COPROD_PROJECT (record));
          else if (COPROD_IS_MEETING (record))
            check_meeting (&v, COPROD_MEETING (record));
          else if (COPROD_IS_PAYMENT (record))
            check_payment (&v, COPROD_PAYMENT (record));
        }
    }

  return G_LIST_MODEL (v.findings);
}
