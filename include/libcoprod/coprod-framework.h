/* coprod-framework.h: a values framework of co-production
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(COPROD_INSIDE) && !defined(COPROD_COMPILATION)
# error "Only <libcoprod/coprod.h> can be included directly."
#endif

#include <gio/gio.h>

#include "coprod-practice.h"
#include "coprod-value.h"
#include "coprod-version.h"

G_BEGIN_DECLS

/**
 * COPROD_FRAMEWORK_FORMAT_VERSION:
 *
 * The version of the framework JSON format (`"format": "coprod-framework"`)
 * this library reads. Frameworks of a newer version are refused.
 *
 * Since: 0.1
 */
#define COPROD_FRAMEWORK_FORMAT_VERSION 1

#define COPROD_TYPE_FRAMEWORK (coprod_framework_get_type ())

COPROD_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (CoprodFramework, coprod_framework, COPROD, FRAMEWORK, GObject)

COPROD_AVAILABLE_IN_ALL
CoprodFramework    *coprod_framework_get_builtin         (const char       *key);
COPROD_AVAILABLE_IN_ALL
const char * const *coprod_framework_list_builtin        (void);
COPROD_AVAILABLE_IN_ALL
CoprodFramework    *coprod_framework_get_default         (void);

COPROD_AVAILABLE_IN_ALL
CoprodFramework    *coprod_framework_new_from_data       (const char       *data,
                                                          gssize            length,
                                                          GError          **error) G_GNUC_WARN_UNUSED_RESULT;
COPROD_AVAILABLE_IN_ALL
CoprodFramework    *coprod_framework_new_from_bytes      (GBytes           *bytes,
                                                          GError          **error) G_GNUC_WARN_UNUSED_RESULT;
COPROD_AVAILABLE_IN_ALL
CoprodFramework    *coprod_framework_new_from_file       (GFile            *file,
                                                          GCancellable     *cancellable,
                                                          GError          **error) G_GNUC_WARN_UNUSED_RESULT;

COPROD_AVAILABLE_IN_ALL
const char         *coprod_framework_get_key             (CoprodFramework  *self);
COPROD_AVAILABLE_IN_ALL
const char         *coprod_framework_get_title           (CoprodFramework  *self);
COPROD_AVAILABLE_IN_ALL
const char         *coprod_framework_get_summary         (CoprodFramework  *self);
COPROD_AVAILABLE_IN_ALL
const char         *coprod_framework_get_source_work     (CoprodFramework  *self);
COPROD_AVAILABLE_IN_ALL
guint               coprod_framework_get_source_year     (CoprodFramework  *self);
COPROD_AVAILABLE_IN_ALL
const char         *coprod_framework_get_source_publisher (CoprodFramework *self);
COPROD_AVAILABLE_IN_ALL
const char         *coprod_framework_get_version         (CoprodFramework  *self);
COPROD_AVAILABLE_IN_ALL
GListModel         *coprod_framework_get_values          (CoprodFramework  *self);
COPROD_AVAILABLE_IN_ALL
guint               coprod_framework_get_n_practices     (CoprodFramework  *self);
COPROD_AVAILABLE_IN_ALL
CoprodPractice     *coprod_framework_lookup_practice     (CoprodFramework  *self,
                                                          const char       *id);
COPROD_AVAILABLE_IN_ALL
CoprodValue        *coprod_framework_lookup_value        (CoprodFramework  *self,
                                                          const char       *key);

COPROD_AVAILABLE_IN_ALL
int                 coprod_framework_get_scale_minimum   (CoprodFramework  *self);
COPROD_AVAILABLE_IN_ALL
int                 coprod_framework_get_scale_maximum   (CoprodFramework  *self);
COPROD_AVAILABLE_IN_ALL
gboolean            coprod_framework_is_in_scale         (CoprodFramework  *self,
                                                          int               score);
COPROD_AVAILABLE_IN_ALL
const char         *coprod_framework_get_band_label      (CoprodFramework  *self,
                                                          int               score);
COPROD_AVAILABLE_IN_ALL
guint               coprod_framework_get_n_bands         (CoprodFramework  *self);
COPROD_AVAILABLE_IN_ALL
const char         *coprod_framework_get_band            (CoprodFramework  *self,
                                                          guint             index,
                                                          int              *minimum,
                                                          int              *maximum);

G_END_DECLS
