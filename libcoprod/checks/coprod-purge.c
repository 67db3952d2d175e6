/* coprod-purge.c: removing the people whose retention date has passed
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The purge works out everything it will remove first (the people, the
 * records and the objects inside records that name them in a single
 * reference, the ids in lists of ids), from the field tables, and only
 * then changes the registry: a bad date changes nothing, and once the
 * plan is made nothing can fail.
 */
#include "config.h"

#include "coprod-collections-private.h"
#include "coprod-date.h"
#include "coprod-date-private.h"
#include "coprod-error.h"
#include "coprod-finding.h"
#include "coprod-person.h"
#include "coprod-record-private.h"
#include "coprod-registry.h"

typedef struct
{
  GObject           *owner;
  const CoprodField *field;
  GObject           *child;
} ChildRemoval;

typedef struct
{
  GObject           *object;
  const CoprodField *field;
  GStrv              ids;
} RefsEdit;

typedef struct
{
  GHashTable *expired;            /* person ids */
  GPtrArray  *records;            /* ids of the records to remove, owned */
  GArray     *children;           /* of ChildRemoval */
  GArray     *edits;              /* of RefsEdit */
  GListStore *removed;            /* of CoprodFinding */
} Purge;

static void
child_removal_clear (gpointer p)
{
  ChildRemoval *r = p;

  g_object_unref (r->owner);
  g_object_unref (r->child);
}

static void
refs_edit_clear (gpointer p)
{
  RefsEdit *e = p;

  g_object_unref (e->object);
  g_strfreev (e->ids);
}

static void
add_finding (Purge          *purge,
             CoprodSeverity  severity,
             const char     *code,
             const char     *record_id,
             const char     *member,
             const char     *message)
{
  g_autoptr(CoprodFinding) finding =
    coprod_finding_new (severity, code, record_id, member, message);

  g_list_store_append (purge->removed, finding);
}

/* TRUE if a single reference of @object, in a table of its type or of an
 * ancestor, names a person whose retention date passed, or if a list of
 * ids names no one else */
static gboolean
names_expired (Purge   *purge,
               GObject *object)
{
  GType t;

  for (t = G_OBJECT_TYPE (object); t != G_TYPE_OBJECT && t != G_TYPE_INVALID; t = g_type_parent (t))
    {
      guint i, n_fields;
      const CoprodField *fields = _coprod_fields_of_type (t, &n_fields);

      for (i = 0; fields != NULL && i < n_fields; i++)
        {
          if (fields[i].kind == COPROD_FIELD_REF)
            {
              const char *id = _coprod_field_peek_string (object, &fields[i]);

              if (id != NULL && g_hash_table_contains (purge->expired, id))
                return TRUE;
            }
          else if (fields[i].kind == COPROD_FIELD_REFS)
            {
              const char * const *ids = _coprod_field_peek_strv (object, &fields[i]);
              guint j;

              for (j = 0; ids[j] != NULL && g_hash_table_contains (purge->expired, ids[j]); j++)
                ;
              if (j > 0 && ids[j] == NULL)
                return TRUE;
            }
        }
    }

  return FALSE;
}

/* Plans the removal of ids from lists and of objects inside @object, which
 * stays; @prefix is where @object is in its record ("" for the record) */
static void
plan_inside (Purge      *purge,
             GObject    *object,
             const char *record_id,
             const char *prefix)
{
  GType t;

  for (t = G_OBJECT_TYPE (object); t != G_TYPE_OBJECT && t != G_TYPE_INVALID; t = g_type_parent (t))
    {
      guint i, n_fields;
      const CoprodField *fields = _coprod_fields_of_type (t, &n_fields);

      for (i = 0; fields != NULL && i < n_fields; i++)
        {
          const CoprodField *field = &fields[i];

          if (field->kind == COPROD_FIELD_REFS)
            {
              const char * const *ids = _coprod_field_peek_strv (object, field);
              g_autoptr(GStrvBuilder) kept = g_strv_builder_new ();
              guint j, n_removed = 0;

              for (j = 0; ids != NULL && ids[j] != NULL; j++)
                {
                  if (g_hash_table_contains (purge->expired, ids[j]))
                    n_removed++;
                  else
                    g_strv_builder_add (kept, ids[j]);
                }
              if (n_removed > 0)
                {
                  RefsEdit edit = { g_object_ref (object), field, g_strv_builder_end (kept) };
                  g_autofree char *member = g_strconcat (prefix, field->member, NULL);
                  g_autofree char *message =
                    g_strdup_printf ("removed %u id%s of people whose retention date passed",
                                     n_removed, n_removed == 1 ? "" : "s");

                  g_array_append_val (purge->edits, edit);
                  add_finding (purge, COPROD_SEVERITY_INFO, "purged-reference", record_id, member, message);
                }
            }
          else if (field->kind == COPROD_FIELD_CHILDREN)
            {
              guint j, n = _coprod_field_get_n_children (object, field);

              for (j = 0; j < n; j++)
                {
                  GObject *child = _coprod_field_peek_child (object, field, j);
                  g_autofree char *member = g_strdup_printf ("%s%s[%u]", prefix, field->member, j);

                  if (names_expired (purge, child))
                    {
                      ChildRemoval removal = { g_object_ref (object), field, g_object_ref (child) };

                      g_array_append_val (purge->children, removal);
                      add_finding (purge, COPROD_SEVERITY_INFO, "purged-child", record_id, member,
                                   "removed: it names a person whose retention date passed, or only such people");
                    }
                  else
                    {
                      g_autofree char *inner = g_strconcat (member, ".", NULL);

                      plan_inside (purge, child, record_id, inner);
                    }
                }
            }
        }
    }
}

/**
 * coprod_registry_purge_expired:
 * @self: a registry
 * @as_of: (nullable): the date to purge as of (`YYYY-MM-DD`, `YYYY-MM` or
 *   `YYYY`), or %NULL for today
 * @removed: (out) (optional) (transfer full): where to put what was
 *   removed, a list of [class@Coprod.Finding]s
 * @error: return location for an error
 *
 * Removes from @self every person whose
 * [property@Coprod.Person:retain-until] date has passed as of @as_of (the
 * same rule as the `retention-passed` finding of validation: the date is
 * before @as_of, compared as [func@Coprod.date_compare] does, so
 * `2024-05` passes on 2024-06-01), and what hangs off them: every record
 * and every object inside a record that names one of them in a single
 * reference (their payments and pledges; their involvements in projects,
 * their memberships of partnerships), and their ids in every list of ids
 * (meeting attendees, proposers, co-authors, reviewers, people reached);
 * a record or object whose list of ids named no one else (a proposal only
 * they made) is removed too.
 *
 * It is all or nothing: an invalid @as_of is %COPROD_ERROR_DATE and
 * changes nothing; otherwise the whole purge is done. @removed lists each
 * removal as a finding of severity info: `purged-person` and
 * `purged-record` (the record id of what was removed), `purged-child`
 * (the record it was inside, and its member, such as `involvements[2]`,
 * as it was before the purge) and `purged-reference` (the record, the
 * list, and how many ids left it). Messages name no one.
 *
 * Returns: %TRUE if the purge was done (even if nothing was due)
 *
 * Since: 0.1
 */
gboolean
coprod_registry_purge_expired (CoprodRegistry  *self,
                               const char      *as_of,
                               GListModel     **removed,
                               GError         **error)
{
  g_autofree char *today = NULL;
  Purge state;
  Purge *purge = &state;
  guint c, i;

  g_return_val_if_fail (COPROD_IS_REGISTRY (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  today = _coprod_date_resolve_as_of (as_of, error);
  if (today == NULL)
    return FALSE;

  purge->expired = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  purge->records = g_ptr_array_new_with_free_func (g_free);
  purge->children = g_array_new (FALSE, FALSE, sizeof (ChildRemoval));
  g_array_set_clear_func (purge->children, child_removal_clear);
  purge->edits = g_array_new (FALSE, FALSE, sizeof (RefsEdit));
  g_array_set_clear_func (purge->edits, refs_edit_clear);
  purge->removed = g_list_store_new (COPROD_TYPE_FINDING);

  /* the plan: first the people, then what names them */
  {
    GListModel *people = coprod_registry_get_people (self);

    for (i = 0; i < g_list_model_get_n_items (people); i++)
      {
        g_autoptr(CoprodPerson) person = g_list_model_get_item (people, i);
        const char *retain_until = coprod_person_get_retain_until (person);
        const char *id = coprod_record_get_id (COPROD_RECORD (person));

        if (retain_until != NULL && coprod_date_compare (retain_until, today) < 0)
          {
            g_hash_table_add (purge->expired, g_strdup (id));
            g_ptr_array_add (purge->records, g_strdup (id));
            add_finding (purge, COPROD_SEVERITY_INFO, "purged-person", id, NULL,
                         "removed: the person's retention date passed");
          }
      }
  }

  for (c = 0; g_hash_table_size (purge->expired) > 0 && c < COPROD_N_COLLECTIONS; c++)
    {
      GListModel *records = coprod_registry_get_collection (self, _coprod_collections[c].get_type ());

      for (i = 0; i < g_list_model_get_n_items (records); i++)
        {
          g_autoptr(GObject) record = g_list_model_get_item (records, i);
          const char *id = coprod_record_get_id (COPROD_RECORD (record));

          if (g_hash_table_contains (purge->expired, id))
            continue;
          if (names_expired (purge, record))
            {
              g_ptr_array_add (purge->records, g_strdup (id));
              add_finding (purge, COPROD_SEVERITY_INFO, "purged-record", id, NULL,
                           "removed: it names a person whose retention date passed, or only such people");
            }
          else
            plan_inside (purge, record, id, "");
        }
    }

  /* then the changes, none of which can fail */
  for (i = 0; i < purge->edits->len; i++)
    {
      RefsEdit *edit = &g_array_index (purge->edits, RefsEdit, i);

      _coprod_field_set_strv (edit->object, edit->field, (const char * const *) edit->ids);
    }
  for (i = 0; i < purge->children->len; i++)
    {
      ChildRemoval *removal = &g_array_index (purge->children, ChildRemoval, i);

      _coprod_field_remove_child (removal->owner, removal->field, removal->child);
    }
  for (i = 0; i < purge->records->len; i++)
    {
      gboolean done = coprod_registry_remove (self, g_ptr_array_index (purge->records, i), NULL);

      g_assert (done);
    }

  g_hash_table_unref (purge->expired);
  g_ptr_array_unref (purge->records);
  g_array_unref (purge->children);
  g_array_unref (purge->edits);
  if (removed != NULL)
    *removed = G_LIST_MODEL (purge->removed);
  else
    g_object_unref (purge->removed);

  return TRUE;
}
