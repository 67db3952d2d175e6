/* coprod-error.h: the COPROD_ERROR domain
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(COPROD_INSIDE) && !defined(COPROD_COMPILATION)
# error "Only <libcoprod/coprod.h> can be included directly."
#endif

#include <glib.h>
#include "coprod-version.h"

G_BEGIN_DECLS

/**
 * COPROD_ERROR:
 *
 * The error domain of libcoprod. Errors in it have a code from
 * [enum@Coprod.Error].
 */
#define COPROD_ERROR (coprod_error_quark ())

/**
 * CoprodError:
 * @COPROD_ERROR_FAILED: a failure with no more specific code
 * @COPROD_ERROR_PARSE: the input is not well-formed JSON
 * @COPROD_ERROR_LIMIT: the input exceeds a documented limit (size, nesting
 *   depth, string length)
 * @COPROD_ERROR_NUMBER: a number is out of the exact range (beyond
 *   +-(2^53-1)), not finite, or too small to represent
 * @COPROD_ERROR_DUPLICATE_MEMBER: an object has the same member name twice
 * @COPROD_ERROR_FORMAT: the document is not a coprod document
 * @COPROD_ERROR_VERSION: the document was written by a newer, incompatible
 *   version of the format
 * @COPROD_ERROR_TYPE: a member has the wrong JSON type
 * @COPROD_ERROR_VALUE: a member has a value outside what it allows (an
 *   unknown nick, a negative amount, a malformed currency)
 * @COPROD_ERROR_DATE: a date is not a valid ISO 8601 calendar date
 *   (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`)
 * @COPROD_ERROR_ID: an id is missing, empty or malformed
 * @COPROD_ERROR_DUPLICATE_ID: two records share an id
 * @COPROD_ERROR_NOT_FOUND: no record has the given id
 * @COPROD_ERROR_IN_USE: the record is already in another registry; a
 *   record is in one registry at a time (Since: 0.1)
 * @COPROD_ERROR_INVALID: the registry cannot be written as a document that
 *   loads again
 * @COPROD_ERROR_WITHDRAWN: the record would record something new about a
 *   person after they withdrew (Since: 0.1)
 *
 * Error codes of the %COPROD_ERROR domain.
 *
 * Since: 0.1
 */
typedef enum
{
  COPROD_ERROR_FAILED,
  COPROD_ERROR_PARSE,
  COPROD_ERROR_LIMIT,
  COPROD_ERROR_NUMBER,
  COPROD_ERROR_DUPLICATE_MEMBER,
  COPROD_ERROR_FORMAT,
  COPROD_ERROR_VERSION,
  COPROD_ERROR_TYPE,
  COPROD_ERROR_VALUE,
  COPROD_ERROR_DATE,
  COPROD_ERROR_ID,
  COPROD_ERROR_DUPLICATE_ID,
  COPROD_ERROR_NOT_FOUND,
  COPROD_ERROR_INVALID,
  COPROD_ERROR_IN_USE,
  COPROD_ERROR_WITHDRAWN,
} CoprodError;

COPROD_AVAILABLE_IN_ALL
GQuark coprod_error_quark (void);

G_END_DECLS
