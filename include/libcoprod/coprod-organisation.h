/* coprod-organisation.h
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

#define COPROD_TYPE_ORGANISATION (coprod_organisation_get_type ())

COPROD_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (CoprodOrganisation, coprod_organisation, COPROD, ORGANISATION, CoprodRecord)

COPROD_AVAILABLE_IN_ALL
CoprodOrganisation *coprod_organisation_new        (const char         *id,
                                                    const char         *name) G_GNUC_WARN_UNUSED_RESULT;
COPROD_AVAILABLE_IN_ALL
const char         *coprod_organisation_get_name   (CoprodOrganisation *self);
COPROD_AVAILABLE_IN_ALL
void                coprod_organisation_set_name   (CoprodOrganisation *self,
                                                    const char         *name);
COPROD_AVAILABLE_IN_ALL
CoprodSector        coprod_organisation_get_sector (CoprodOrganisation *self);
COPROD_AVAILABLE_IN_ALL
void                coprod_organisation_set_sector (CoprodOrganisation *self,
                                                    CoprodSector        sector);
COPROD_AVAILABLE_IN_ALL
const char         *coprod_organisation_get_area   (CoprodOrganisation *self);
COPROD_AVAILABLE_IN_ALL
void                coprod_organisation_set_area   (CoprodOrganisation *self,
                                                    const char         *area);
COPROD_AVAILABLE_IN_ALL
const char         *coprod_organisation_get_url    (CoprodOrganisation *self);
COPROD_AVAILABLE_IN_ALL
void                coprod_organisation_set_url    (CoprodOrganisation *self,
                                                    const char         *url);

G_END_DECLS
