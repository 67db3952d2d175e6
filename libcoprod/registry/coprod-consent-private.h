/* coprod-consent-private.h: what the registry refuses for people who withdrew
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "coprod-record.h"
#include "coprod-registry.h"

G_BEGIN_DECLS

/* FALSE, with COPROD_ERROR_WITHDRAWN, if adding @record to @registry would
 * record something new about a person of @registry who withdrew, dated
 * after their withdrawal: a payment, or a project holding such an
 * involvement (see coprod_registry_add) */
gboolean _coprod_registry_check_withdrawal (CoprodRegistry  *registry,
                                            CoprodRecord    *record,
                                            GError         **error);

G_END_DECLS
