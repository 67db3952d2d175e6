/* coprod-text-writer-privacy.c: the text writer on exports and purges
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * What an export left out and what a purge removed, in counts and record
 * ids: never a name, never a value of a record.
 */
#include "config.h"

#include "coprod-enum-types.h"
#include "coprod-finding.h"
#include "coprod-person.h"
#include "coprod-text-writer-private.h"

static void
append_count (GString    *out,
              guint       n,
              const char *one,
              const char *many)
{
  g_string_append_printf (out, "%u %s", n, n == 1 ? one : many);
}

/**
 * coprod_text_writer_write_export:
 * @self: a text writer
 * @source: the registry exported
 * @exported: what [method@Coprod.Registry.export] made of @source
 * @audience: the audience it was made for
 *
 * Says what an export holds, in counts: the records of @source and of
 * @exported, how many people are named (they consented to @audience or a
 * wider one), how many are under a keyed pseudonym, and how many withdrew
 * and were left out with what named them:
 *
 * ```
 * export for public: 84 of 89 records
 * people: 3 named, 20 under a pseudonym, 1 withdrawn and left out
 * left out with the people who withdrew: 4 records
 * contacts, access notes, notes, evidence and unknown members: left out
 * ```
 *
 * Returns: (transfer full): the text, each line ending in a newline
 *
 * Since: 0.1
 */
char *
coprod_text_writer_write_export (CoprodTextWriter *self,
                                 CoprodRegistry   *source,
                                 CoprodRegistry   *exported,
                                 CoprodAudience    audience)
{
  GListModel *people;
  g_autoptr(GString) out = NULL;
  guint i, n_named = 0, n_keyed = 0, n_withdrawn = 0, n_source, n_exported;

  g_return_val_if_fail (COPROD_IS_TEXT_WRITER (self), NULL);
  g_return_val_if_fail (COPROD_IS_REGISTRY (source), NULL);
  g_return_val_if_fail (COPROD_IS_REGISTRY (exported), NULL);

  people = coprod_registry_get_people (source);
  for (i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(CoprodPerson) person = g_list_model_get_item (people, i);

      if (coprod_person_is_withdrawn (person))
        n_withdrawn++;
      else if (coprod_person_get_consent_audience (person) >= audience)
        n_named++;
      else
        n_keyed++;
    }
  n_source = coprod_registry_get_n_records (source);
  n_exported = coprod_registry_get_n_records (exported);

  out = g_string_new ("export for ");
  g_string_append (out, _coprod_text_writer_nick_of (COPROD_TYPE_AUDIENCE, audience));
  g_string_append_printf (out, ": %u of %u records\n", n_exported, n_source);
  g_string_append_printf (out, "people: %u named, %u under a pseudonym, %u withdrawn and left out\n",
                          n_named, n_keyed, n_withdrawn);
  if (n_source > n_exported + n_withdrawn)
    {
      g_string_append (out, "left out with the people who withdrew: ");
      append_count (out, n_source - n_exported - n_withdrawn, "record", "records");
      g_string_append_c (out, '\n');
    }
  g_string_append (out, "contacts, access notes, notes, evidence and unknown members: left out\n");

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/**
 * coprod_text_writer_write_purge:
 * @self: a text writer
 * @removed: what [method@Coprod.Registry.purge_expired] removed, a list
 *   model of [class@Coprod.Finding]
 *
 * Says what a purge removed: a line of counts, then each removal on a
 * line of its own, by record id and member:
 *
 * ```
 * removed 1 person, 1 record, 2 objects inside records, ids from 1 list
 * info: p-7: removed: the person's retention date passed [purged-person]
 * ...
 * ```
 *
 * Returns: (transfer full): the text, each line ending in a newline
 *
 * Since: 0.1
 */
char *
coprod_text_writer_write_purge (CoprodTextWriter *self,
                                GListModel       *removed)
{
  g_autoptr(GString) out = NULL;
  guint i, n_people = 0, n_records = 0, n_children = 0, n_lists = 0;

  g_return_val_if_fail (COPROD_IS_TEXT_WRITER (self), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (removed), NULL);

  for (i = 0; i < g_list_model_get_n_items (removed); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (removed, i);
      const char *code;

      g_return_val_if_fail (COPROD_IS_FINDING (item), NULL);
      code = coprod_finding_get_code (COPROD_FINDING (item));
      if (g_str_equal (code, "purged-person"))
        n_people++;
      else if (g_str_equal (code, "purged-record"))
        n_records++;
      else if (g_str_equal (code, "purged-child"))
        n_children++;
      else if (g_str_equal (code, "purged-reference"))
        n_lists++;
    }

  out = g_string_new (NULL);
  if (n_people == 0)
    g_string_append (out, "nothing was due: no retention date has passed\n");
  else
    {
      g_string_append (out, "removed ");
      append_count (out, n_people, "person", "people");
      g_string_append (out, ", ");
      append_count (out, n_records, "record", "records");
      g_string_append (out, ", ");
      append_count (out, n_children, "object inside records", "objects inside records");
      g_string_append (out, ", ids from ");
      append_count (out, n_lists, "list", "lists");
      g_string_append_c (out, '\n');
    }

  if (!_coprod_text_writer_append_findings (out, removed, "", NULL))
    return NULL;

  return g_string_free (g_steal_pointer (&out), FALSE);
}
