/* coprod-registry-popolo.c: a registry's people, organisations, groups and seats as Popolo
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "coprod-error.h"
#include "coprod-person.h"
#include "coprod-popolo-private.h"
#include "coprod-registry.h"

static const char *
kind_of (CoprodRecord *record)
{
  if (COPROD_IS_PERSON (record))
    return "a person";
  return "a record";
}

/**
 * coprod_registry_to_popolo:
 * @self: a registry
 * @audience: who the document is for: people are named only if they
 *   consented to it
 * @flags: what to write beyond what is always written
 * @length: (out) (optional): return location for the length of the
 *   document in bytes
 *
 * Writes the people, organisations, partnerships and posts of the
 * registry, and the memberships of its partnerships, as one
 * [Popolo](https://www.popoloproject.com/specs/) JSON document: an object
 * with the arrays `persons`, `organizations`, `posts` and `memberships`,
 * as civic-data tools exchange them.
 *
 * Organisations and partnerships are both Popolo organizations: an
 * organisation's `classification` is the nick of its
 * [enum@Coprod.Sector], a partnership's the nick of its
 * [enum@Coprod.GroupKind]. A person's organisation ids are written as
 * memberships of those organisations.
 *
 * Personal data: a person is written with their `name` only if their
 * [property@Coprod.Person:consent-audience] includes @audience; otherwise
 * by id alone. People who withdrew are left out, and so are their
 * memberships. Nothing else about a person is written (not their roles,
 * access needs, consent or payment preference), and their email address
 * and telephone number only with %COPROD_POPOLO_FLAGS_CONTACTS, and then
 * only for the people named. To share a registry under pseudonyms, write
 * the registry that [method@Coprod.Registry.export] makes.
 *
 * What Popolo cannot hold (projects, involvements, meetings, payments,
 * ...) is not written; the page "Popolo" of this documentation lists it.
 *
 * Returns: (transfer full) (array length=length) (element-type guint8):
 *   the document, nul-terminated
 *
 * Since: 0.1
 */
char *
coprod_registry_to_popolo (CoprodRegistry    *self,
                           CoprodAudience     audience,
                           CoprodPopoloFlags  flags,
                           gsize             *length)
{
  g_return_val_if_fail (COPROD_IS_REGISTRY (self), NULL);
  g_return_val_if_fail (audience >= COPROD_AUDIENCE_INTERNAL &&
                        audience <= COPROD_AUDIENCE_PUBLIC, NULL);

  return _coprod_popolo_write (coprod_registry_get_people (self),
                               coprod_registry_get_organisations (self),
                               coprod_registry_get_partnerships (self),
                               coprod_registry_get_posts (self),
                               audience, flags, length);
}

/**
 * coprod_registry_import_popolo:
 * @self: a registry
 * @data: (array length=length) (element-type guint8): a Popolo JSON document
 * @length: the length of @data in bytes, or -1 if it is nul-terminated
 * @error: return location for an error
 *
 * Adds the people, organizations, posts and memberships of the Popolo
 * document in @data to the registry: it merges, and what the registry
 * holds already stays. The document is an object with any of the arrays
 * `persons`, `organizations`, `posts` and `memberships`.
 *
 * An organization becomes a [class@Coprod.Partnership] when its
 * `classification` is the nick of a [enum@Coprod.GroupKind], or when it
 * names no [enum@Coprod.Sector] and holds posts or members with a post or
 * a role; otherwise a [class@Coprod.Organisation]. A membership of a
 * partnership becomes a [class@Coprod.Membership] of it; a person's
 * membership of an organisation adds the organisation to the person's
 * organisation ids. What libcoprod cannot hold (areas, events, other
 * names, identifiers, ...) is left out; the page "Popolo" of this
 * documentation lists it.
 *
 * It is all or nothing: malformed JSON, a member of the wrong type, an
 * invalid date or id, a membership of an organization the document does
 * not hold, an id repeated in the document
 * (%COPROD_ERROR_DUPLICATE_ID) or already in the registry (likewise) each
 * give a %COPROD_ERROR whose message names where (the line and column, or
 * the array, the index and the member), and the registry is then exactly
 * as it was.
 *
 * Returns: %TRUE if the document was added
 *
 * Since: 0.1
 */
gboolean
coprod_registry_import_popolo (CoprodRegistry  *self,
                               const char      *data,
                               gssize           length,
                               GError         **error)
{
  g_autoptr(GPtrArray) records = NULL;
  guint i, added;

  g_return_val_if_fail (COPROD_IS_REGISTRY (self), FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (length < 0)
    length = (gssize) strlen (data);

  records = _coprod_popolo_read (data, (gsize) length, error);
  if (records == NULL)
    return FALSE;

  for (i = 0; i < records->len; i++)
    {
      CoprodRecord *record = g_ptr_array_index (records, i);

      if (coprod_registry_lookup (self, coprod_record_get_id (record)) != NULL)
        {
          g_set_error (error, COPROD_ERROR, COPROD_ERROR_DUPLICATE_ID,
                       "%s of the document (record %u) has the id of a record "
                       "already in the registry", kind_of (record), i + 1);
          return FALSE;
        }
    }

  for (added = 0; added < records->len; added++)
    {
      if (!coprod_registry_add (self, g_ptr_array_index (records, added), error))
        {
          /* not expected once the ids are checked: take back what was added */
          while (added-- > 0)
            coprod_registry_remove (self,
                                    coprod_record_get_id (g_ptr_array_index (records, added)),
                                    NULL);
          return FALSE;
        }
    }

  return TRUE;
}
