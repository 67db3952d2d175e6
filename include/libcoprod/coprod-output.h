/* coprod-output.h
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

#define COPROD_TYPE_OUTPUT (coprod_output_get_type ())

COPROD_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (CoprodOutput, coprod_output, COPROD, OUTPUT, CoprodRecord)

COPROD_AVAILABLE_IN_ALL
CoprodOutput       *coprod_output_new                (const char         *id,
                                                      CoprodOutputKind    kind,
                                                      const char         *title) G_GNUC_WARN_UNUSED_RESULT;
COPROD_AVAILABLE_IN_ALL
CoprodOutputKind    coprod_output_get_kind           (CoprodOutput       *self);
COPROD_AVAILABLE_IN_ALL
void                coprod_output_set_kind           (CoprodOutput       *self,
                                                      CoprodOutputKind    kind);
COPROD_AVAILABLE_IN_ALL
const char         *coprod_output_get_title          (CoprodOutput       *self);
COPROD_AVAILABLE_IN_ALL
void                coprod_output_set_title          (CoprodOutput       *self,
                                                      const char         *title);
COPROD_AVAILABLE_IN_ALL
const char         *coprod_output_get_project_id     (CoprodOutput       *self);
COPROD_AVAILABLE_IN_ALL
void                coprod_output_set_project_id     (CoprodOutput       *self,
                                                      const char         *project_id);
COPROD_AVAILABLE_IN_ALL
const char         *coprod_output_get_url            (CoprodOutput       *self);
COPROD_AVAILABLE_IN_ALL
void                coprod_output_set_url            (CoprodOutput       *self,
                                                      const char         *url);
COPROD_AVAILABLE_IN_ALL
const char         *coprod_output_get_published_date (CoprodOutput       *self);
COPROD_AVAILABLE_IN_ALL
void                coprod_output_set_published_date (CoprodOutput       *self,
                                                      const char         *date);
COPROD_AVAILABLE_IN_ALL
const char * const *coprod_output_get_co_author_ids  (CoprodOutput       *self);
COPROD_AVAILABLE_IN_ALL
void                coprod_output_set_co_author_ids  (CoprodOutput       *self,
                                                      const char * const *co_author_ids);
COPROD_AVAILABLE_IN_ALL
gint64              coprod_output_get_page_views     (CoprodOutput       *self);
COPROD_AVAILABLE_IN_ALL
void                coprod_output_set_page_views     (CoprodOutput       *self,
                                                      gint64              page_views);
COPROD_AVAILABLE_IN_ALL
gint64              coprod_output_get_people_reached (CoprodOutput       *self);
COPROD_AVAILABLE_IN_ALL
void                coprod_output_set_people_reached (CoprodOutput       *self,
                                                      gint64              people_reached);
COPROD_AVAILABLE_IN_ALL
gboolean            coprod_output_has_reach          (CoprodOutput       *self);
COPROD_AVAILABLE_IN_ALL
const char         *coprod_output_get_reach_from     (CoprodOutput       *self);
COPROD_AVAILABLE_IN_ALL
void                coprod_output_set_reach_from     (CoprodOutput       *self,
                                                      const char         *date);
COPROD_AVAILABLE_IN_ALL
const char         *coprod_output_get_reach_to       (CoprodOutput       *self);
COPROD_AVAILABLE_IN_ALL
void                coprod_output_set_reach_to       (CoprodOutput       *self,
                                                      const char         *date);

COPROD_AVAILABLE_IN_ALL
CoprodFigureQualifier coprod_output_get_page_views_qualifier     (CoprodOutput          *self);
COPROD_AVAILABLE_IN_ALL
void                  coprod_output_set_page_views_qualifier     (CoprodOutput          *self,
                                                                  CoprodFigureQualifier  qualifier);
COPROD_AVAILABLE_IN_ALL
CoprodFigureQualifier coprod_output_get_people_reached_qualifier (CoprodOutput          *self);
COPROD_AVAILABLE_IN_ALL
void                  coprod_output_set_people_reached_qualifier (CoprodOutput          *self,
                                                                  CoprodFigureQualifier  qualifier);

G_END_DECLS
