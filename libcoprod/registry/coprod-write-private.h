/* coprod-write-private.h: writing a file that may hold personal data
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Writes @data to @file as a registry's save does: a temporary file beside
 * it (mode 0600, locked), synced and renamed over @file, the folder
 * synced; @file is left as it was if anything fails, and stale temporary
 * files of killed saves are removed. A file that is not local goes through
 * g_file_replace_contents() with G_FILE_CREATE_PRIVATE. Errors are in the
 * G_IO_ERROR domain. */
gboolean _coprod_write_private_file (GFile         *file,
                                     const char    *data,
                                     gsize          length,
                                     GCancellable  *cancellable,
                                     GError       **error);

G_END_DECLS
