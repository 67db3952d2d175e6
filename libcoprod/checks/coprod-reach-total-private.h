/* coprod-reach-total-private.h: the fields of a CoprodReachTotal, filled in by the engine
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once
#include "coprod-reach-total.h"

G_BEGIN_DECLS

struct _CoprodReachTotal
{
  GObject parent_instance;
  char *subject_id;
  CoprodOutputKind kind;
  guint n_outputs;
  gint64 page_views;
  CoprodFigureQualifier page_views_qualifier;
  guint n_with_page_views;
  gint64 people_reached;
  CoprodFigureQualifier people_reached_qualifier;
  guint n_with_people_reached;
};

CoprodReachTotal *_coprod_reach_total_new (void);

G_END_DECLS
