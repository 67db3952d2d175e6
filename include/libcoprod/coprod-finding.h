/* coprod-finding.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(COPROD_INSIDE) && !defined(COPROD_COMPILATION)
# error "Only <libcoprod/coprod.h> can be included directly."
#endif

#include <glib-object.h>

#include "coprod-enums.h"
#include "coprod-version.h"

G_BEGIN_DECLS

#define COPROD_TYPE_FINDING (coprod_finding_get_type ())

COPROD_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (CoprodFinding, coprod_finding, COPROD, FINDING, GObject)

COPROD_AVAILABLE_IN_ALL
CoprodFinding  *coprod_finding_new           (CoprodSeverity  severity,
                                              const char     *code,
                                              const char     *record_id,
                                              const char     *member,
                                              const char     *message) G_GNUC_WARN_UNUSED_RESULT;
COPROD_AVAILABLE_IN_ALL
CoprodSeverity  coprod_finding_get_severity  (CoprodFinding  *self);
COPROD_AVAILABLE_IN_ALL
const char     *coprod_finding_get_code      (CoprodFinding  *self);
COPROD_AVAILABLE_IN_ALL
const char     *coprod_finding_get_record_id (CoprodFinding  *self);
COPROD_AVAILABLE_IN_ALL
const char     *coprod_finding_get_member    (CoprodFinding  *self);
COPROD_AVAILABLE_IN_ALL
const char     *coprod_finding_get_message   (CoprodFinding  *self);
COPROD_AVAILABLE_IN_ALL
char           *coprod_finding_to_string     (CoprodFinding  *self) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
