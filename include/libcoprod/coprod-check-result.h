/* coprod-check-result.h: the outcome of a practice's automatic check
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(COPROD_INSIDE) && !defined(COPROD_COMPILATION)
# error "Only <libcoprod/coprod.h> can be included directly."
#endif

#include <glib-object.h>

#include "coprod-enums.h"
#include "coprod-practice.h"
#include "coprod-registry.h"
#include "coprod-version.h"

G_BEGIN_DECLS

#define COPROD_TYPE_CHECK_RESULT (coprod_check_result_get_type ())

COPROD_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (CoprodCheckResult, coprod_check_result, COPROD, CHECK_RESULT, GObject)

COPROD_AVAILABLE_IN_ALL
const char         *coprod_check_result_get_name         (CoprodCheckResult *self);
COPROD_AVAILABLE_IN_ALL
CoprodCheckStatus   coprod_check_result_get_status       (CoprodCheckResult *self);
COPROD_AVAILABLE_IN_ALL
const char         *coprod_check_result_get_summary      (CoprodCheckResult *self);
COPROD_AVAILABLE_IN_ALL
const char * const *coprod_check_result_get_evidence_ids (CoprodCheckResult *self);
COPROD_AVAILABLE_IN_ALL
guint               coprod_check_result_get_n_considered (CoprodCheckResult *self);
COPROD_AVAILABLE_IN_ALL
guint               coprod_check_result_get_n_met        (CoprodCheckResult *self);

COPROD_AVAILABLE_IN_ALL
CoprodCheckResult  *coprod_registry_run_check            (CoprodRegistry    *registry,
                                                          CoprodPractice    *practice,
                                                          const char        *subject_id,
                                                          const char        *as_of,
                                                          GError           **error) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
