/* coprod-commitment.h
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

#define COPROD_TYPE_COMMITMENT (coprod_commitment_get_type ())

COPROD_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (CoprodCommitment, coprod_commitment, COPROD, COMMITMENT, GObject)

COPROD_AVAILABLE_IN_ALL
CoprodCommitment      *coprod_commitment_new          (const char            *text) G_GNUC_WARN_UNUSED_RESULT;
COPROD_AVAILABLE_IN_ALL
const char            *coprod_commitment_get_text     (CoprodCommitment      *self);
COPROD_AVAILABLE_IN_ALL
void                   coprod_commitment_set_text     (CoprodCommitment      *self,
                                                       const char            *text);
COPROD_AVAILABLE_IN_ALL
const char            *coprod_commitment_get_due_date (CoprodCommitment      *self);
COPROD_AVAILABLE_IN_ALL
void                   coprod_commitment_set_due_date (CoprodCommitment      *self,
                                                       const char            *date);
COPROD_AVAILABLE_IN_ALL
CoprodCommitmentStatus coprod_commitment_get_status   (CoprodCommitment      *self);
COPROD_AVAILABLE_IN_ALL
void                   coprod_commitment_set_status   (CoprodCommitment      *self,
                                                       CoprodCommitmentStatus status);
COPROD_AVAILABLE_IN_ALL
guint                  coprod_commitment_get_progress (CoprodCommitment      *self);
COPROD_AVAILABLE_IN_ALL
void                   coprod_commitment_set_progress (CoprodCommitment      *self,
                                                       guint                  progress);
COPROD_AVAILABLE_IN_ALL
const char            *coprod_commitment_get_evidence (CoprodCommitment      *self);
COPROD_AVAILABLE_IN_ALL
void                   coprod_commitment_set_evidence (CoprodCommitment      *self,
                                                       const char            *evidence);

G_END_DECLS
