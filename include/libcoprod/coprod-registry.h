/* coprod-registry.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(COPROD_INSIDE) && !defined(COPROD_COMPILATION)
# error "Only <libcoprod/coprod.h> can be included directly."
#endif

#include <gio/gio.h>

#include "coprod-enums.h"
#include "coprod-involvement.h"
#include "coprod-record.h"

G_BEGIN_DECLS

#define COPROD_TYPE_REGISTRY (coprod_registry_get_type ())

COPROD_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (CoprodRegistry, coprod_registry, COPROD, REGISTRY, GObject)

COPROD_AVAILABLE_IN_ALL
CoprodRegistry *coprod_registry_new                    (void) G_GNUC_WARN_UNUSED_RESULT;
COPROD_AVAILABLE_IN_ALL
gboolean        coprod_registry_get_modified           (CoprodRegistry       *self);

COPROD_AVAILABLE_IN_ALL
gboolean        coprod_registry_add                    (CoprodRegistry       *self,
                                                        CoprodRecord         *record,
                                                        GError              **error);
COPROD_AVAILABLE_IN_ALL
gboolean        coprod_registry_remove                 (CoprodRegistry       *self,
                                                        const char           *id,
                                                        GError              **error);
COPROD_AVAILABLE_IN_ALL
gboolean        coprod_registry_add_involvement        (CoprodRegistry       *self,
                                                        const char           *project_id,
                                                        CoprodInvolvement    *involvement,
                                                        GError              **error);
COPROD_AVAILABLE_IN_ALL
CoprodRegistry *coprod_registry_export                 (CoprodRegistry       *self,
                                                        CoprodAudience        audience,
                                                        GBytes               *key,
                                                        GError              **error) G_GNUC_WARN_UNUSED_RESULT;
COPROD_AVAILABLE_IN_ALL
char           *coprod_registry_to_popolo              (CoprodRegistry       *self,
                                                        CoprodAudience        audience,
                                                        CoprodPopoloFlags     flags,
                                                        gsize                *length) G_GNUC_WARN_UNUSED_RESULT;
COPROD_AVAILABLE_IN_ALL
gboolean        coprod_registry_import_popolo          (CoprodRegistry       *self,
                                                        const char           *data,
                                                        gssize                length,
                                                        GError              **error);
COPROD_AVAILABLE_IN_ALL
gboolean        coprod_registry_purge_expired          (CoprodRegistry       *self,
                                                        const char           *as_of,
                                                        GListModel          **removed,
                                                        GError              **error);
COPROD_AVAILABLE_IN_ALL
CoprodRecord   *coprod_registry_lookup                 (CoprodRegistry       *self,
                                                        const char           *id);
COPROD_AVAILABLE_IN_ALL
guint           coprod_registry_get_n_records          (CoprodRegistry       *self);
COPROD_AVAILABLE_IN_ALL
void            coprod_registry_clear                  (CoprodRegistry       *self);

COPROD_AVAILABLE_IN_ALL
GListModel     *coprod_registry_get_organisations      (CoprodRegistry       *self);
COPROD_AVAILABLE_IN_ALL
GListModel     *coprod_registry_get_people             (CoprodRegistry       *self);
COPROD_AVAILABLE_IN_ALL
GListModel     *coprod_registry_get_partnerships       (CoprodRegistry       *self);
COPROD_AVAILABLE_IN_ALL
GListModel     *coprod_registry_get_posts              (CoprodRegistry       *self);
COPROD_AVAILABLE_IN_ALL
GListModel     *coprod_registry_get_projects           (CoprodRegistry       *self);
COPROD_AVAILABLE_IN_ALL
GListModel     *coprod_registry_get_meetings           (CoprodRegistry       *self);
COPROD_AVAILABLE_IN_ALL
GListModel     *coprod_registry_get_rate_cards         (CoprodRegistry       *self);
COPROD_AVAILABLE_IN_ALL
GListModel     *coprod_registry_get_policies           (CoprodRegistry       *self);
COPROD_AVAILABLE_IN_ALL
GListModel     *coprod_registry_get_payments           (CoprodRegistry       *self);
COPROD_AVAILABLE_IN_ALL
GListModel     *coprod_registry_get_outputs            (CoprodRegistry       *self);
COPROD_AVAILABLE_IN_ALL
GListModel     *coprod_registry_get_charters           (CoprodRegistry       *self);
COPROD_AVAILABLE_IN_ALL
GListModel     *coprod_registry_get_pledges            (CoprodRegistry       *self);
COPROD_AVAILABLE_IN_ALL
GListModel     *coprod_registry_get_proposals          (CoprodRegistry       *self);
COPROD_AVAILABLE_IN_ALL
GListModel     *coprod_registry_get_reviews            (CoprodRegistry       *self);
COPROD_AVAILABLE_IN_ALL
GListModel     *coprod_registry_get_collection         (CoprodRegistry       *self,
                                                        GType                 record_type);

COPROD_AVAILABLE_IN_ALL
GListModel     *coprod_registry_validate               (CoprodRegistry       *self) G_GNUC_WARN_UNUSED_RESULT;
COPROD_AVAILABLE_IN_ALL
GListModel     *coprod_registry_validate_as_of         (CoprodRegistry       *self,
                                                        const char           *as_of,
                                                        GError              **error) G_GNUC_WARN_UNUSED_RESULT;

COPROD_AVAILABLE_IN_ALL
gboolean        coprod_registry_load_from_data         (CoprodRegistry       *self,
                                                        const char           *data,
                                                        gssize                length,
                                                        GError              **error);
COPROD_AVAILABLE_IN_ALL
gboolean        coprod_registry_load_from_bytes        (CoprodRegistry       *self,
                                                        GBytes               *bytes,
                                                        GError              **error);
COPROD_AVAILABLE_IN_ALL
gboolean        coprod_registry_load_from_stream       (CoprodRegistry       *self,
                                                        GInputStream         *stream,
                                                        GCancellable         *cancellable,
                                                        GError              **error);
COPROD_AVAILABLE_IN_ALL
gboolean        coprod_registry_load_from_file         (CoprodRegistry       *self,
                                                        GFile                *file,
                                                        GCancellable         *cancellable,
                                                        GError              **error);
COPROD_AVAILABLE_IN_ALL
void            coprod_registry_load_from_file_async   (CoprodRegistry       *self,
                                                        GFile                *file,
                                                        GCancellable         *cancellable,
                                                        GAsyncReadyCallback   callback,
                                                        gpointer              user_data);
COPROD_AVAILABLE_IN_ALL
gboolean        coprod_registry_load_from_file_finish  (CoprodRegistry       *self,
                                                        GAsyncResult         *result,
                                                        GError              **error);

COPROD_AVAILABLE_IN_ALL
char           *coprod_registry_to_data                (CoprodRegistry       *self,
                                                        gsize                *length) G_GNUC_WARN_UNUSED_RESULT;
COPROD_AVAILABLE_IN_ALL
gboolean        coprod_registry_save_to_file           (CoprodRegistry       *self,
                                                        GFile                *file,
                                                        GCancellable         *cancellable,
                                                        GError              **error);
COPROD_AVAILABLE_IN_ALL
void            coprod_registry_save_to_file_async     (CoprodRegistry       *self,
                                                        GFile                *file,
                                                        GCancellable         *cancellable,
                                                        GAsyncReadyCallback   callback,
                                                        gpointer              user_data);
COPROD_AVAILABLE_IN_ALL
gboolean        coprod_registry_save_to_file_finish    (CoprodRegistry       *self,
                                                        GAsyncResult         *result,
                                                        GError              **error);

G_END_DECLS
