/* coprod-charter.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(COPROD_INSIDE) && !defined(COPROD_COMPILATION)
# error "Only <libcoprod/coprod.h> can be included directly."
#endif

#include "coprod-enums.h"
#include "coprod-record.h"

G_BEGIN_DECLS

#define COPROD_TYPE_CHARTER (coprod_charter_get_type ())

COPROD_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (CoprodCharter, coprod_charter, COPROD, CHARTER, CoprodRecord)

COPROD_AVAILABLE_IN_ALL
CoprodCharter      *coprod_charter_new                 (const char         *id,
                                                        const char         *title) G_GNUC_WARN_UNUSED_RESULT;
COPROD_AVAILABLE_IN_ALL
const char         *coprod_charter_get_title           (CoprodCharter      *self);
COPROD_AVAILABLE_IN_ALL
void                coprod_charter_set_title           (CoprodCharter      *self,
                                                        const char         *title);
COPROD_AVAILABLE_IN_ALL
const char         *coprod_charter_get_author_id       (CoprodCharter      *self);
COPROD_AVAILABLE_IN_ALL
void                coprod_charter_set_author_id       (CoprodCharter      *self,
                                                        const char         *author_id);
COPROD_AVAILABLE_IN_ALL
const char         *coprod_charter_get_version         (CoprodCharter      *self);
COPROD_AVAILABLE_IN_ALL
void                coprod_charter_set_version         (CoprodCharter      *self,
                                                        const char         *version);
COPROD_AVAILABLE_IN_ALL
const char         *coprod_charter_get_published_date  (CoprodCharter      *self);
COPROD_AVAILABLE_IN_ALL
void                coprod_charter_set_published_date  (CoprodCharter      *self,
                                                        const char         *date);
COPROD_AVAILABLE_IN_ALL
const char * const *coprod_charter_get_principles      (CoprodCharter      *self);
COPROD_AVAILABLE_IN_ALL
void                coprod_charter_set_principles      (CoprodCharter      *self,
                                                        const char * const *principles);
COPROD_AVAILABLE_IN_ALL
gboolean            coprod_charter_get_trauma_informed (CoprodCharter      *self);
COPROD_AVAILABLE_IN_ALL
void                coprod_charter_set_trauma_informed (CoprodCharter      *self,
                                                        gboolean            trauma_informed);
COPROD_AVAILABLE_IN_ALL
const char         *coprod_charter_get_url             (CoprodCharter      *self);
COPROD_AVAILABLE_IN_ALL
void                coprod_charter_set_url             (CoprodCharter      *self,
                                                        const char         *url);
COPROD_AVAILABLE_IN_ALL
const char         *coprod_charter_get_claimed_first_adopter_id (CoprodCharter      *self);
COPROD_AVAILABLE_IN_ALL
void                coprod_charter_set_claimed_first_adopter_id (CoprodCharter      *self,
                                                                 const char         *organisation_id);
COPROD_AVAILABLE_IN_ALL
const char * const *coprod_charter_get_claim_sources            (CoprodCharter      *self);
COPROD_AVAILABLE_IN_ALL
void                coprod_charter_set_claim_sources            (CoprodCharter      *self,
                                                                 const char * const *sources);

G_END_DECLS
