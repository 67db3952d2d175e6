/* coprod-pledge.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(COPROD_INSIDE) && !defined(COPROD_COMPILATION)
# error "Only <libcoprod/coprod.h> can be included directly."
#endif

#include <gio/gio.h>

#include "coprod-commitment.h"
#include "coprod-enums.h"
#include "coprod-record.h"

G_BEGIN_DECLS

#define COPROD_TYPE_PLEDGE (coprod_pledge_get_type ())

COPROD_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (CoprodPledge, coprod_pledge, COPROD, PLEDGE, CoprodRecord)

COPROD_AVAILABLE_IN_ALL
CoprodPledge      *coprod_pledge_new                 (const char        *id,
                                                      const char        *signatory_id) G_GNUC_WARN_UNUSED_RESULT;
COPROD_AVAILABLE_IN_ALL
const char        *coprod_pledge_get_signatory_id    (CoprodPledge      *self);
COPROD_AVAILABLE_IN_ALL
void               coprod_pledge_set_signatory_id    (CoprodPledge      *self,
                                                      const char        *signatory_id);
COPROD_AVAILABLE_IN_ALL
const char        *coprod_pledge_get_on_behalf_of_id (CoprodPledge      *self);
COPROD_AVAILABLE_IN_ALL
void               coprod_pledge_set_on_behalf_of_id (CoprodPledge      *self,
                                                      const char        *on_behalf_of_id);
COPROD_AVAILABLE_IN_ALL
gboolean           coprod_pledge_is_personal         (CoprodPledge      *self);
COPROD_AVAILABLE_IN_ALL
const char        *coprod_pledge_get_signed_date     (CoprodPledge      *self);
COPROD_AVAILABLE_IN_ALL
void               coprod_pledge_set_signed_date     (CoprodPledge      *self,
                                                      const char        *date);
COPROD_AVAILABLE_IN_ALL
const char        *coprod_pledge_get_charter_id      (CoprodPledge      *self);
COPROD_AVAILABLE_IN_ALL
void               coprod_pledge_set_charter_id      (CoprodPledge      *self,
                                                      const char        *charter_id);
COPROD_AVAILABLE_IN_ALL
const char        *coprod_pledge_get_statement       (CoprodPledge      *self);
COPROD_AVAILABLE_IN_ALL
void               coprod_pledge_set_statement       (CoprodPledge      *self,
                                                      const char        *statement);
COPROD_AVAILABLE_IN_ALL
CoprodPledgeStatus coprod_pledge_get_status          (CoprodPledge      *self);
COPROD_AVAILABLE_IN_ALL
void               coprod_pledge_set_status          (CoprodPledge      *self,
                                                      CoprodPledgeStatus status);
COPROD_AVAILABLE_IN_ALL
const char        *coprod_pledge_get_review_date     (CoprodPledge      *self);
COPROD_AVAILABLE_IN_ALL
void               coprod_pledge_set_review_date     (CoprodPledge      *self,
                                                      const char        *date);
COPROD_AVAILABLE_IN_ALL
GListModel        *coprod_pledge_get_commitments     (CoprodPledge      *self);
COPROD_AVAILABLE_IN_ALL
void               coprod_pledge_add_commitment      (CoprodPledge      *self,
                                                      CoprodCommitment  *commitment);
COPROD_AVAILABLE_IN_ALL
gboolean           coprod_pledge_remove_commitment   (CoprodPledge      *self,
                                                      CoprodCommitment  *commitment);

G_END_DECLS
