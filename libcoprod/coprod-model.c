/* coprod-model.c: the collections of the model
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "coprod-model-private.h"
#include "coprod-organisation.h"
#include "coprod-person.h"

const CoprodCollectionInfo _coprod_collections[COPROD_N_COLLECTIONS] = {
  [COPROD_COLLECTION_ORGANISATIONS] = { "organisations", coprod_organisation_get_type },
  [COPROD_COLLECTION_PEOPLE]        = { "people",        coprod_person_get_type },
};

int
_coprod_collection_for_type (GType type)
{
  guint i;

  for (i = 0; i < COPROD_N_COLLECTIONS; i++)
    if (g_type_is_a (type, _coprod_collections[i].get_type ()))
      return (int) i;

  return -1;
}
