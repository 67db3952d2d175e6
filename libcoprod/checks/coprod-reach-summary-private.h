/* coprod-reach-summary-private.h: the fields of a CoprodReachSummary, filled in by the engine
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once
#include "coprod-reach-summary.h"

G_BEGIN_DECLS

struct _CoprodReachSummary
{
  GObject parent_instance;
  char *as_of;
  GListModel *projects;         /* read-only CoprodRecordLists */
  GListModel *partnerships;
  GListModel *kinds;
  CoprodReachTotal *total;
};

CoprodReachSummary *_coprod_reach_summary_new (void);

G_END_DECLS
