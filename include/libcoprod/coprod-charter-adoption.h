/* coprod-charter-adoption.h: who adopted a charter, when, in which order
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(COPROD_INSIDE) && !defined(COPROD_COMPILATION)
# error "Only <libcoprod/coprod.h> can be included directly."
#endif

#include <gio/gio.h>

#include "coprod-charter.h"
#include "coprod-enums.h"
#include "coprod-pledge.h"
#include "coprod-registry.h"
#include "coprod-version.h"

G_BEGIN_DECLS

#define COPROD_TYPE_ADOPTION (coprod_adoption_get_type ())

COPROD_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (CoprodAdoption, coprod_adoption, COPROD, ADOPTION, GObject)

COPROD_AVAILABLE_IN_ALL
CoprodPledge        *coprod_adoption_get_pledge          (CoprodAdoption *self);
COPROD_AVAILABLE_IN_ALL
const char          *coprod_adoption_get_pledge_id       (CoprodAdoption *self);
COPROD_AVAILABLE_IN_ALL
const char          *coprod_adoption_get_organisation_id (CoprodAdoption *self);
COPROD_AVAILABLE_IN_ALL
const char          *coprod_adoption_get_date            (CoprodAdoption *self);
COPROD_AVAILABLE_IN_ALL
guint                coprod_adoption_get_rank            (CoprodAdoption *self);
COPROD_AVAILABLE_IN_ALL
CoprodPledgeStatus   coprod_adoption_get_status          (CoprodAdoption *self);

#define COPROD_TYPE_CHARTER_ADOPTION (coprod_charter_adoption_get_type ())

COPROD_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (CoprodCharterAdoption, coprod_charter_adoption, COPROD, CHARTER_ADOPTION, GObject)

COPROD_AVAILABLE_IN_ALL
CoprodCharter       *coprod_charter_adoption_get_charter                  (CoprodCharterAdoption *self);
COPROD_AVAILABLE_IN_ALL
const char          *coprod_charter_adoption_get_charter_id               (CoprodCharterAdoption *self);
COPROD_AVAILABLE_IN_ALL
const char          *coprod_charter_adoption_get_as_of                    (CoprodCharterAdoption *self);
COPROD_AVAILABLE_IN_ALL
GListModel          *coprod_charter_adoption_get_adoptions                (CoprodCharterAdoption *self);
COPROD_AVAILABLE_IN_ALL
const char          *coprod_charter_adoption_get_first_adopter_id         (CoprodCharterAdoption *self);
COPROD_AVAILABLE_IN_ALL
const char          *coprod_charter_adoption_get_claimed_first_adopter_id (CoprodCharterAdoption *self);
COPROD_AVAILABLE_IN_ALL
const char * const  *coprod_charter_adoption_get_claim_sources            (CoprodCharterAdoption *self);
COPROD_AVAILABLE_IN_ALL
CoprodClaimAgreement coprod_charter_adoption_get_agreement                (CoprodCharterAdoption *self);

COPROD_AVAILABLE_IN_ALL
CoprodCharterAdoption *coprod_registry_get_charter_adoption     (CoprodRegistry  *self,
                                                                 const char      *charter_id,
                                                                 const char      *as_of,
                                                                 GError         **error) G_GNUC_WARN_UNUSED_RESULT;
COPROD_AVAILABLE_IN_ALL
GListModel            *coprod_registry_get_charter_adoption_all (CoprodRegistry  *self,
                                                                 const char      *as_of,
                                                                 GError         **error) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
