/* coprod-popolo-private.h: Popolo JSON, for the registry's interchange
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Popolo (https://www.popoloproject.com/specs/) describes people,
 * organizations, posts and memberships. The registry (registry/) writes
 * its people, organisations, partnerships and posts as a Popolo document,
 * and reads one into records that are not yet in a registry. Nothing here
 * knows the registry: it is handed the collections.
 */
#pragma once

#include <gio/gio.h>

#include "coprod-enums.h"

G_BEGIN_DECLS

/* @people, @organisations, @partnerships and @posts as one Popolo JSON
 * document (see coprod_registry_to_popolo() for what is written) */
char      *_coprod_popolo_write (GListModel         *people,
                                 GListModel         *organisations,
                                 GListModel         *partnerships,
                                 GListModel         *posts,
                                 CoprodAudience      audience,
                                 CoprodPopoloFlags   flags,
                                 gsize              *length);

/* The records of the Popolo document in @data (CoprodPerson,
 * CoprodOrganisation, CoprodPartnership with its memberships, CoprodPost),
 * in that order; NULL with an error naming where when it is not one */
GPtrArray *_coprod_popolo_read  (const char         *data,
                                 gsize               length,
                                 GError            **error);

G_END_DECLS
