/* coprod-version.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "coprod-version.h"

/**
 * coprod_get_major_version:
 *
 * Gets the major version of the libcoprod the program runs with.
 *
 * Returns: the major version
 *
 * Since: 0.1
 */
guint
coprod_get_major_version (void)
{
  return COPROD_MAJOR_VERSION;
}

/**
 * coprod_get_minor_version:
 *
 * Gets the minor version of the libcoprod the program runs with.
 *
 * Returns: the minor version
 *
 * Since: 0.1
 */
guint
coprod_get_minor_version (void)
{
  return COPROD_MINOR_VERSION;
}

/**
 * coprod_get_micro_version:
 *
 * Gets the micro version of the libcoprod the program runs with.
 *
 * Returns: the micro version
 *
 * Since: 0.1
 */
guint
coprod_get_micro_version (void)
{
  return COPROD_MICRO_VERSION;
}

/**
 * coprod_check_version:
 * @required_major: the major version needed
 * @required_minor: the minor version needed
 * @required_micro: the micro version needed
 *
 * Checks that the libcoprod the program runs with is compatible with the
 * version given: the same major version, and at least the minor and micro
 * versions.
 *
 * Returns: (nullable): %NULL if it is compatible, otherwise a sentence
 *   saying why not, owned by the library
 *
 * Since: 0.1
 */
const char *
coprod_check_version (guint required_major,
                      guint required_minor,
                      guint required_micro)
{
  if (required_major != COPROD_MAJOR_VERSION)
    return "libcoprod major version mismatch";
  if (required_minor > COPROD_MINOR_VERSION)
    return "libcoprod version too old (minor mismatch)";
  if (required_minor == COPROD_MINOR_VERSION && required_micro > COPROD_MICRO_VERSION)
    return "libcoprod version too old (micro mismatch)";
  return NULL;
}
