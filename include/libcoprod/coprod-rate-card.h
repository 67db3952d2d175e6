/* coprod-rate-card.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(COPROD_INSIDE) && !defined(COPROD_COMPILATION)
# error "Only <libcoprod/coprod.h> can be included directly."
#endif

#include <gio/gio.h>

#include "coprod-enums.h"
#include "coprod-rate-entry.h"
#include "coprod-record.h"

G_BEGIN_DECLS

#define COPROD_TYPE_RATE_CARD (coprod_rate_card_get_type ())

COPROD_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (CoprodRateCard, coprod_rate_card, COPROD, RATE_CARD, CoprodRecord)

COPROD_AVAILABLE_IN_ALL
CoprodRateCard *coprod_rate_card_new                 (const char      *id,
                                                      const char      *name) G_GNUC_WARN_UNUSED_RESULT;
COPROD_AVAILABLE_IN_ALL
const char     *coprod_rate_card_get_name            (CoprodRateCard  *self);
COPROD_AVAILABLE_IN_ALL
void            coprod_rate_card_set_name            (CoprodRateCard  *self,
                                                      const char      *name);
COPROD_AVAILABLE_IN_ALL
const char     *coprod_rate_card_get_organisation_id (CoprodRateCard  *self);
COPROD_AVAILABLE_IN_ALL
void            coprod_rate_card_set_organisation_id (CoprodRateCard  *self,
                                                      const char      *organisation_id);
COPROD_AVAILABLE_IN_ALL
const char     *coprod_rate_card_get_currency        (CoprodRateCard  *self);
COPROD_AVAILABLE_IN_ALL
void            coprod_rate_card_set_currency        (CoprodRateCard  *self,
                                                      const char      *currency);
COPROD_AVAILABLE_IN_ALL
const char     *coprod_rate_card_get_effective_from  (CoprodRateCard  *self);
COPROD_AVAILABLE_IN_ALL
void            coprod_rate_card_set_effective_from  (CoprodRateCard  *self,
                                                      const char      *date);
COPROD_AVAILABLE_IN_ALL
const char     *coprod_rate_card_get_effective_to    (CoprodRateCard  *self);
COPROD_AVAILABLE_IN_ALL
void            coprod_rate_card_set_effective_to    (CoprodRateCard  *self,
                                                      const char      *date);
COPROD_AVAILABLE_IN_ALL
GListModel     *coprod_rate_card_get_entries         (CoprodRateCard  *self);
COPROD_AVAILABLE_IN_ALL
void            coprod_rate_card_add_entry           (CoprodRateCard  *self,
                                                      CoprodRateEntry *entry);
COPROD_AVAILABLE_IN_ALL
gboolean        coprod_rate_card_remove_entry        (CoprodRateCard  *self,
                                                      CoprodRateEntry *entry);

COPROD_AVAILABLE_IN_ALL
CoprodRateEntry *coprod_rate_card_find_entry         (CoprodRateCard  *self,
                                                      CoprodRateUnit   unit);
COPROD_AVAILABLE_IN_ALL
gboolean        coprod_rate_card_is_effective_on     (CoprodRateCard  *self,
                                                      const char      *date);

G_END_DECLS
