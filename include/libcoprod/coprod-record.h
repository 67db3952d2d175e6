/* coprod-record.h: the base of every stored thing
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(COPROD_INSIDE) && !defined(COPROD_COMPILATION)
# error "Only <libcoprod/coprod.h> can be included directly."
#endif

#include <glib-object.h>
#include "coprod-version.h"

G_BEGIN_DECLS

#define COPROD_TYPE_RECORD (coprod_record_get_type ())

COPROD_AVAILABLE_IN_ALL
G_DECLARE_DERIVABLE_TYPE (CoprodRecord, coprod_record, COPROD, RECORD, GObject)

/**
 * CoprodRecordClass:
 * @parent_class: the parent class
 *
 * The class of [class@Coprod.Record].
 *
 * Since: 0.1
 */
struct _CoprodRecordClass
{
  GObjectClass parent_class;

  /*< private >*/
  gpointer padding[12];
};

COPROD_AVAILABLE_IN_ALL
const char *coprod_record_get_id            (CoprodRecord *self);
COPROD_AVAILABLE_IN_ALL
gboolean    coprod_record_id_is_valid       (const char   *id);
COPROD_AVAILABLE_IN_ALL
char      **coprod_record_dup_unknown_members (CoprodRecord *self) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
