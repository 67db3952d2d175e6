/* coprod-check-result-private.h: making a check's result
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "coprod-check-result.h"

G_BEGIN_DECLS

/* Takes the evidence ids (NULL-terminated, transfer full; may be NULL for
 * none) */
CoprodCheckResult *_coprod_check_result_new (const char         *name,
                                             CoprodCheckStatus   status,
                                             const char         *summary,
                                             char              **evidence_ids,
                                             guint               n_considered,
                                             guint               n_met);

G_END_DECLS
