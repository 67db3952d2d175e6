/* coprod-ladder-private.h: making a ladder, for the ladder reader
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "coprod-ladder.h"

G_BEGIN_DECLS

/* A ladder with no steps yet: add them bottom to top */
CoprodLadder *_coprod_ladder_new      (const char   *key,
                                       const char   *title,
                                       const char   *summary,
                                       const char   *source,
                                       const char   *version,
                                       gboolean      approximate);
void          _coprod_ladder_add_step (CoprodLadder *self,
                                       CoprodStep   *step);

G_END_DECLS
