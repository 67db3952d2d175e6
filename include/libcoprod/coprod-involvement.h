/* coprod-involvement.h
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

#define COPROD_TYPE_INVOLVEMENT (coprod_involvement_get_type ())

COPROD_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (CoprodInvolvement, coprod_involvement, COPROD, INVOLVEMENT, GObject)

COPROD_AVAILABLE_IN_ALL
CoprodInvolvement *coprod_involvement_new           (const char        *person_id,
                                                     CoprodStage        stage,
                                                     CoprodMode         mode) G_GNUC_WARN_UNUSED_RESULT;
COPROD_AVAILABLE_IN_ALL
const char        *coprod_involvement_get_person_id (CoprodInvolvement *self);
COPROD_AVAILABLE_IN_ALL
void               coprod_involvement_set_person_id (CoprodInvolvement *self,
                                                     const char        *person_id);
COPROD_AVAILABLE_IN_ALL
CoprodStage        coprod_involvement_get_stage     (CoprodInvolvement *self);
COPROD_AVAILABLE_IN_ALL
void               coprod_involvement_set_stage     (CoprodInvolvement *self,
                                                     CoprodStage        stage);
COPROD_AVAILABLE_IN_ALL
CoprodMode         coprod_involvement_get_mode      (CoprodInvolvement *self);
COPROD_AVAILABLE_IN_ALL
void               coprod_involvement_set_mode      (CoprodInvolvement *self,
                                                     CoprodMode         mode);
COPROD_AVAILABLE_IN_ALL
gboolean           coprod_involvement_get_planned   (CoprodInvolvement *self);
COPROD_AVAILABLE_IN_ALL
void               coprod_involvement_set_planned   (CoprodInvolvement *self,
                                                     gboolean           planned);
COPROD_AVAILABLE_IN_ALL
const char        *coprod_involvement_get_date      (CoprodInvolvement *self);
COPROD_AVAILABLE_IN_ALL
void               coprod_involvement_set_date      (CoprodInvolvement *self,
                                                     const char        *date);
COPROD_AVAILABLE_IN_ALL
double             coprod_involvement_get_hours     (CoprodInvolvement *self);
COPROD_AVAILABLE_IN_ALL
void               coprod_involvement_set_hours     (CoprodInvolvement *self,
                                                     double             hours);
COPROD_AVAILABLE_IN_ALL
const char        *coprod_involvement_get_note      (CoprodInvolvement *self);
COPROD_AVAILABLE_IN_ALL
void               coprod_involvement_set_note      (CoprodInvolvement *self,
                                                     const char        *note);

G_END_DECLS
