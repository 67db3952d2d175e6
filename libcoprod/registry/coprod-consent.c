/* coprod-consent.c: nothing new is recorded about a person after they withdrew
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A person who withdrew takes part no more: the registry refuses a new
 * payment offered to them, or a new involvement of theirs, dated after
 * the withdrawal. The refusal happens where the registry sees the new
 * record: coprod_registry_add of a payment or of a project (its
 * involvements come with it), and coprod_registry_add_involvement for an
 * involvement added to a project already in the registry. A project's own
 * coprod_project_add_involvement knows nothing of registries and does not
 * check; a load takes the document as it is, and validation reports what
 * is dated after a withdrawal (`involved-after-withdrawal`).
 */
#include "config.h"

#include "coprod-consent-private.h"
#include "coprod-date.h"
#include "coprod-error.h"
#include "coprod-involvement.h"
#include "coprod-payment.h"
#include "coprod-person.h"
#include "coprod-project.h"

/* the person @person_id names, if they withdrew before @date */
static CoprodPerson *
withdrawn_before (CoprodRegistry *registry,
                  const char     *person_id,
                  const char     *date)
{
  CoprodRecord *record;
  const char *withdrawn;

  if (person_id == NULL || date == NULL)
    return NULL;
  record = coprod_registry_lookup (registry, person_id);
  if (!COPROD_IS_PERSON (record))
    return NULL;
  withdrawn = coprod_person_get_withdrawn_date (COPROD_PERSON (record));
  if (withdrawn == NULL || coprod_date_compare (date, withdrawn) <= 0)
    return NULL;

  return COPROD_PERSON (record);
}

static gboolean
check_involvement (CoprodRegistry     *registry,
                   const char         *project_id,
                   CoprodInvolvement  *involvement,
                   const char         *where,
                   GError            **error)
{
  const char *person_id = coprod_involvement_get_person_id (involvement);

  if (withdrawn_before (registry, person_id, coprod_involvement_get_date (involvement)) != NULL)
    {
      g_set_error (error, COPROD_ERROR, COPROD_ERROR_WITHDRAWN,
                   "project %s, %s: %s withdrew before the date of the involvement; "
                   "nothing new is recorded about a person after they withdraw",
                   project_id, where, person_id);
      return FALSE;
    }

  return TRUE;
}

gboolean
_coprod_registry_check_withdrawal (CoprodRegistry  *registry,
                                   CoprodRecord    *record,
                                   GError         **error)
{
  if (COPROD_IS_PAYMENT (record))
    {
      CoprodPayment *payment = COPROD_PAYMENT (record);
      const char *person_id = coprod_payment_get_person_id (payment);
      /* the payment is dated when it was offered, or else claimed: paying
       * after a withdrawal what was owed before it is not refused */
      const char *date = coprod_payment_get_offered_date (payment);
      const char *member = "offered_date";

      if (date == NULL)
        {
          date = coprod_payment_get_claimed_date (payment);
          member = "claimed_date";
        }

      if (withdrawn_before (registry, person_id, date) != NULL)
        {
          g_set_error (error, COPROD_ERROR, COPROD_ERROR_WITHDRAWN,
                       "payment %s, member \"%s\": %s withdrew before that date; "
                       "a payment is not offered to a person after they withdraw",
                       coprod_record_get_id (record), member, person_id);
          return FALSE;
        }
    }
  else if (COPROD_IS_PROJECT (record))
    {
      GListModel *involvements = coprod_project_get_involvements (COPROD_PROJECT (record));
      guint i, n = g_list_model_get_n_items (involvements);

      for (i = 0; i < n; i++)
        {
          g_autoptr(CoprodInvolvement) involvement = g_list_model_get_item (involvements, i);
          char where[32];

          g_snprintf (where, sizeof where, "involvements[%u]", i);
          if (!check_involvement (registry, coprod_record_get_id (record),
                                  involvement, where, error))
            return FALSE;
        }
    }

  return TRUE;
}

/**
 * coprod_registry_add_involvement:
 * @self: a registry
 * @project_id: the id of a project in @self
 * @involvement: the involvement to add
 *
 * Adds @involvement to the project @project_id of @self, as
 * [method@Coprod.Project.add_involvement] does, but first checks it
 * against the registry: an involvement of a person who withdrew, dated
 * after their [property@Coprod.Person:withdrawn-date], is refused with
 * %COPROD_ERROR_WITHDRAWN (an undated one, or one on the day itself, is
 * not). A project that is not yet in a registry is checked when it is
 * added (see [method@Coprod.Registry.add]).
 *
 * Returns: %TRUE if the involvement was added; %FALSE with
 *   %COPROD_ERROR_NOT_FOUND if @self has no project @project_id, or
 *   %COPROD_ERROR_WITHDRAWN; the project is then unchanged
 *
 * Since: 0.1
 */
gboolean
coprod_registry_add_involvement (CoprodRegistry     *self,
                                 const char         *project_id,
                                 CoprodInvolvement  *involvement,
                                 GError            **error)
{
  CoprodRecord *project;

  g_return_val_if_fail (COPROD_IS_REGISTRY (self), FALSE);
  g_return_val_if_fail (project_id != NULL, FALSE);
  g_return_val_if_fail (COPROD_IS_INVOLVEMENT (involvement), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  project = coprod_registry_lookup (self, project_id);
  if (!COPROD_IS_PROJECT (project))
    {
      if (project != NULL)
        g_set_error (error, COPROD_ERROR, COPROD_ERROR_NOT_FOUND,
                     "the record %s is not a project", project_id);
      else
        g_set_error_literal (error, COPROD_ERROR, COPROD_ERROR_NOT_FOUND,
                             "the registry has no project of that id");
      return FALSE;
    }

  if (!check_involvement (self, project_id, involvement, "the new involvement", error))
    return FALSE;

  coprod_project_add_involvement (COPROD_PROJECT (project), involvement);

  return TRUE;
}
