/* fuzz-registry.c: a registry document from any bytes
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Loads the input into an empty registry. A document that loads is
 * validated, assessed and saved; the saved text must load into a second
 * registry, save again to the very same bytes and hold as many records.
 * A document that does not load must give an error in the COPROD_ERROR
 * domain, with a message in UTF-8, and leave the registry empty.
 *
 * Built with libFuzzer when meson is set up with -Dfuzzing=true and
 * clang; always built with fuzz-replay.c as a test over corpus/registry/.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <libcoprod/coprod.h>

#include "fuzz.h"

/* Walks the list of assessments and what each holds, so that every
 * object the assessment made is reached at least once. */
static void
touch_assessments (GListModel *assessments)
{
  guint i, n;

  n = g_list_model_get_n_items (assessments);
  for (i = 0; i < n; i++)
    {
      g_autoptr(CoprodAssessment) a = g_list_model_get_item (assessments, i);

      if (a == NULL || coprod_assessment_get_project_id (a) == NULL)
        abort ();
      (void) g_list_model_get_n_items (coprod_assessment_get_gaps (a));
      (void) g_list_model_get_n_items (coprod_assessment_get_findings (a));
    }
}

static void
check_saved (const char *text,
             gsize       length,
             guint       n_records)
{
  g_autoptr(CoprodRegistry) again = coprod_registry_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *text2 = NULL;
  gsize length2 = 0;

  /* what was saved loads again */
  if (!coprod_registry_load_from_data (again, text, (gssize) length, &error))
    {
      g_printerr ("the saved document does not load: %s\n%s\n",
                  error->message, text);
      abort ();
    }

  /* and saves to the same bytes, with as many records */
  text2 = coprod_registry_to_data (again, &length2);
  if (text2 == NULL || length2 != length || memcmp (text, text2, length) != 0)
    {
      g_printerr ("a second save differs:\n%s\n---\n%s\n",
                  text, text2 != NULL ? text2 : "(null)");
      abort ();
    }
  if (coprod_registry_get_n_records (again) != n_records)
    {
      g_printerr ("%u records loaded, %u after a save and a load\n",
                  n_records, coprod_registry_get_n_records (again));
      abort ();
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(CoprodRegistry) registry = NULL;
  g_autoptr(GListModel) findings = NULL;
  g_autoptr(GListModel) assessments = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  gsize length = 0;

  coprod_fuzz_init ();

  if (size > G_MAXSSIZE)
    return 0;

  registry = coprod_registry_new ();

  if (!coprod_registry_load_from_data (registry, (const char *) data,
                                       (gssize) size, &error))
    {
      if (error == NULL || error->domain != COPROD_ERROR)
        abort ();
      if (!g_utf8_validate (error->message, -1, NULL))
        abort ();
      if (coprod_registry_get_n_records (registry) != 0)
        abort ();
      return 0;
    }
  if (error != NULL)
    abort ();

  findings = coprod_registry_validate_as_of (registry, "2026-01-01", &error);
  if (findings == NULL)
    {
      g_printerr ("validation failed: %s\n", error != NULL ? error->message : "(no error)");
      abort ();
    }

  assessments = coprod_registry_assess_all (registry);
  if (assessments == NULL)
    abort ();
  touch_assessments (assessments);

  text = coprod_registry_to_data (registry, &length);
  if (text == NULL || strlen (text) != length)
    abort ();

  check_saved (text, length, coprod_registry_get_n_records (registry));

  return 0;
}
