/* coprod-property.c: checking a value before it is given to a property
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The setters of the model refuse a value the format cannot hold (a date
 * that is not one, a nick-less enum value, a number out of range) with a
 * critical warning, as a programmer error, and change nothing. A binding
 * that takes values from people or from a script (PyGObject, GJS) asks
 * here first, with the same rules (the field table and the same
 * predicates the setters use), and raises an exception in its language.
 */
#include "config.h"

#include <math.h>

#include "coprod-date.h"
#include "coprod-error.h"
#include "coprod-field-private.h"
#include "coprod-property.h"
#include "coprod-record.h"
#include "coprod-text-private.h"

static gboolean
refuse (GError      **error,
        int           code,
        GParamSpec   *pspec,
        const char   *what)
{
  g_set_error (error, COPROD_ERROR, code,
               "%s: the property %s takes %s",
               g_type_name (pspec->owner_type), pspec->name, what);
  return FALSE;
}

static gboolean
check_text (const CoprodField  *field,
            GParamSpec         *pspec,
            const char         *text,
            GError            **error)
{
  if (!g_utf8_validate (text, -1, NULL))
    return refuse (error, COPROD_ERROR_VALUE, pspec, "UTF-8 text");
  if ((field->kind == COPROD_FIELD_REF || field->kind == COPROD_FIELD_REFS) &&
      !coprod_record_id_is_valid (text))
    return refuse (error, COPROD_ERROR_ID, pspec,
                   field->kind == COPROD_FIELD_REFS
                     ? "record ids, each of 1 to 256 bytes, with no control characters and no white space at either end"
                     : "a record id of 1 to 256 bytes, with no control characters and no white space at either end");
  if (!_coprod_field_text_is_valid (field, text))
    return refuse (error, COPROD_ERROR_LIMIT, pspec, "text of at most 1 MiB as written");

  return TRUE;
}

static gboolean
check_field (const CoprodField  *field,
             GParamSpec         *pspec,
             const GValue       *value,
             GError            **error)
{
  switch (field->kind)
    {
    case COPROD_FIELD_TEXT:
    case COPROD_FIELD_REF:
    case COPROD_FIELD_DATE:
    case COPROD_FIELD_CURRENCY:
      {
        const char *text = g_value_get_string (value);

        if (text == NULL)
          return TRUE;                       /* unset, or the default */
        if (field->kind == COPROD_FIELD_DATE && !coprod_date_is_valid (text))
          return refuse (error, COPROD_ERROR_DATE, pspec,
                         "an ISO 8601 calendar date: YYYY-MM-DD, or YYYY-MM or YYYY "
                         "where only that much is known");
        if (field->kind == COPROD_FIELD_CURRENCY && !_coprod_currency_is_valid (text))
          return refuse (error, COPROD_ERROR_VALUE, pspec,
                         "an ISO 4217 currency code of three capital letters");
        return check_text (field, pspec, text, error);
      }

    case COPROD_FIELD_REFS:
    case COPROD_FIELD_STRV:
      {
        const char * const *strv = g_value_get_boxed (value);
        guint i;

        for (i = 0; strv != NULL && strv[i] != NULL; i++)
          if (!check_text (field, pspec, strv[i], error))
            return FALSE;
        return TRUE;
      }

    case COPROD_FIELD_ENUM:
      if (_coprod_enum_nick (field->type (), g_value_get_enum (value)) == NULL)
        {
          g_autofree char *what = g_strdup_printf ("one of the values of %s",
                                                   g_type_name (field->type ()));

          return refuse (error, COPROD_ERROR_VALUE, pspec, what);
        }
      return TRUE;

    case COPROD_FIELD_FLAGS:
    case COPROD_FIELD_SINGLE_FLAG:
      {
        guint flags = g_value_get_flags (value);
        GFlagsClass *fclass = g_type_class_ref (field->type ());
        guint mask = fclass->mask;

        g_type_class_unref (fclass);
        if ((flags & ~mask) != 0 ||
            (field->kind == COPROD_FIELD_SINGLE_FLAG && (flags & (flags - 1)) != 0))
          {
            g_autofree char *what =
              g_strdup_printf (field->kind == COPROD_FIELD_SINGLE_FLAG
                                 ? "at most one of the flags of %s"
                                 : "a combination of the flags of %s",
                               g_type_name (field->type ()));

            return refuse (error, COPROD_ERROR_VALUE, pspec, what);
          }
        return TRUE;
      }

    case COPROD_FIELD_INT:
    case COPROD_FIELD_UINT:
    case COPROD_FIELD_INT64:
      {
        gint64 n = field->kind == COPROD_FIELD_INT ? g_value_get_int (value)
                 : field->kind == COPROD_FIELD_UINT ? (gint64) g_value_get_uint (value)
                 : g_value_get_int64 (value);

        if (n < field->minimum || n > field->maximum)
          {
            g_autofree char *what =
              g_strdup_printf ("a whole number from %" G_GINT64_FORMAT " to %" G_GINT64_FORMAT,
                               field->minimum, field->maximum);

            return refuse (error, COPROD_ERROR_NUMBER, pspec, what);
          }
        return TRUE;
      }

    case COPROD_FIELD_DOUBLE:
      {
        double d = g_value_get_double (value);

        if (!isfinite (d) || d < field->dminimum || d > field->dmaximum)
          {
            g_autofree char *what = g_strdup_printf ("a finite number from %g to %g",
                                                     field->dminimum, field->dmaximum);

            return refuse (error, COPROD_ERROR_NUMBER, pspec, what);
          }
        return TRUE;
      }

    case COPROD_FIELD_BOOLEAN:
      return TRUE;

    case COPROD_FIELD_CHILDREN:
    default:
      return refuse (error, COPROD_ERROR_FAILED, pspec, "no value: it is read-only");
    }
}

/**
 * coprod_property_check_value:
 * @object_type: a type of the model, such as `COPROD_TYPE_PERSON` or
 *   `COPROD_TYPE_MEMBERSHIP`
 * @property_name: the name of one of its properties (`retain-until`;
 *   `retain_until` is the same)
 * @value: the value meant for the property
 * @error: return location for an error
 *
 * Checks whether setting @property_name of an object of @object_type to
 * @value would be accepted, with the rules the setters themselves apply:
 * dates in ISO 8601 calendar form, record ids that are valid ids, text in
 * UTF-8 and within the size limit, enum values that have a nick, flags
 * within their type, numbers within their range.
 *
 * The setters treat a value they refuse as a programmer error (a critical
 * warning, and the property is left as it was); a program that takes
 * values from people asks here first. The Python and JavaScript bindings
 * do, and raise an exception instead.
 *
 * @value may hold any type that transforms into the property's type
 * (see g_value_type_transformable()).
 *
 * Returns: %TRUE if the value would be accepted; otherwise %FALSE, with a
 *   %COPROD_ERROR that names the type and the property and says what the
 *   property takes (never the value itself)
 *
 * Since: 0.1
 */
gboolean
coprod_property_check_value (GType          object_type,
                             const char    *property_name,
                             const GValue  *value,
                             GError       **error)
{
  g_autoptr(GTypeClass) klass = NULL;
  g_auto(GValue) converted = G_VALUE_INIT;
  const CoprodField *field;
  GParamSpec *pspec;

  g_return_val_if_fail (g_type_is_a (object_type, G_TYPE_OBJECT), FALSE);
  g_return_val_if_fail (property_name != NULL, FALSE);
  g_return_val_if_fail (G_IS_VALUE (value), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  klass = g_type_class_ref (object_type);
  pspec = g_object_class_find_property (G_OBJECT_CLASS (klass), property_name);
  if (pspec == NULL)
    {
      g_set_error (error, COPROD_ERROR, COPROD_ERROR_FAILED,
                   "%s has no property of that name", g_type_name (object_type));
      return FALSE;
    }
  if ((pspec->flags & G_PARAM_WRITABLE) == 0)
    return refuse (error, COPROD_ERROR_FAILED, pspec, "no value: it is read-only");

  g_value_init (&converted, pspec->value_type);
  if (!g_value_type_compatible (G_VALUE_TYPE (value), pspec->value_type) &&
      !g_value_type_transformable (G_VALUE_TYPE (value), pspec->value_type))
    {
      g_autofree char *what = g_strdup_printf ("a value of type %s, not %s",
                                               g_type_name (pspec->value_type),
                                               G_VALUE_TYPE_NAME (value));

      return refuse (error, COPROD_ERROR_TYPE, pspec, what);
    }
  if (g_value_type_compatible (G_VALUE_TYPE (value), pspec->value_type))
    g_value_copy (value, &converted);
  else
    g_value_transform (value, &converted);

  field = _coprod_field_of_pspec (pspec);
  if (field != NULL)
    return check_field (field, pspec, &converted, error);

  /* not from a field table: what GObject itself would refuse */
  if (g_param_value_validate (pspec, &converted))
    return refuse (error, COPROD_ERROR_VALUE, pspec, "a value within its range");

  return TRUE;
}
