/* coprod-collections-private.h: the collections of the model
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * One row per record type. The registry keeps one list per row; the codec
 * writes them, in this order, as the document's collections. Adding a
 * record type is one enum value and one row here; its fields, including
 * any list of objects inside it (involvements, memberships, ...), are in
 * its own field table (coprod-field-private.h).
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  COPROD_COLLECTION_ORGANISATIONS,
  COPROD_COLLECTION_PEOPLE,
  COPROD_COLLECTION_PARTNERSHIPS,
  COPROD_COLLECTION_POSTS,
  COPROD_COLLECTION_PROJECTS,
  COPROD_COLLECTION_MEETINGS,
  COPROD_COLLECTION_RATE_CARDS,
  COPROD_COLLECTION_POLICIES,
  COPROD_COLLECTION_PAYMENTS,
  COPROD_COLLECTION_OUTPUTS,
  COPROD_COLLECTION_CHARTERS,
  COPROD_COLLECTION_PLEDGES,
  COPROD_COLLECTION_PROPOSALS,
  COPROD_COLLECTION_REVIEWS,
  COPROD_N_COLLECTIONS
} CoprodCollection;

typedef struct
{
  const char *member;          /* the collection's name in the format */
  const char *what;            /* one record, in messages: "a person" */
  GType     (*get_type) (void);
} CoprodCollectionInfo;

extern const CoprodCollectionInfo _coprod_collections[COPROD_N_COLLECTIONS];

/* the collection a record type goes into, or -1 */
int _coprod_collection_for_type (GType type);

G_END_DECLS
