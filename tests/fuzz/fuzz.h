/* fuzz.h: what the fuzz targets and the replay driver share
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <stddef.h>
#include <stdint.h>

#include <glib.h>

G_BEGIN_DECLS

/* The libFuzzer entry point: one input, returns 0. A broken rule ends
 * the process with abort(), so libFuzzer keeps the input and the replay
 * test fails. */
int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

/* The library reports runtime failures through GError and never through
 * g_warning() or g_critical(): any of them, whatever the input, is a
 * bug, so both are made fatal before the first input is read. */
static inline void
coprod_fuzz_init (void)
{
  static gboolean done = FALSE;

  if (done)
    return;
  g_log_set_always_fatal (G_LOG_FATAL_MASK |
                          G_LOG_LEVEL_CRITICAL |
                          G_LOG_LEVEL_WARNING);
  done = TRUE;
}

G_END_DECLS
