/* coprod-error.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "coprod-error.h"

/**
 * coprod_error_quark:
 *
 * The error domain of libcoprod.
 *
 * Returns: the quark of %COPROD_ERROR
 *
 * Since: 0.1
 */
G_DEFINE_QUARK (coprod-error-quark, coprod_error)
