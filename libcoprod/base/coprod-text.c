/* coprod-text.c: small text helpers shared by every room
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "coprod-text-private.h"

gboolean
_coprod_text_is_unsafe (gunichar c)
{
  return g_unichar_iscntrl (c) ||
         (c >= 0x200E && c <= 0x200F) ||   /* left-to-right, right-to-left marks */
         (c >= 0x202A && c <= 0x202E) ||   /* embeddings and overrides */
         (c >= 0x2066 && c <= 0x2069);     /* isolates */
}

char *
_coprod_text_quote (const char *s,
                    int         max_bytes)
{
  GString *out;
  const char *p, *end;

  if (s == NULL)
    return g_strdup ("");

  end = s + strnlen (s, (gsize) max_bytes);
  out = g_string_sized_new ((gsize) (end - s) + 8);
  for (p = s; p < end; )
    {
      gunichar c = g_utf8_get_char_validated (p, end - p);

      if (c == (gunichar) -2)
        break;                       /* a character cut at the end */
      if (c == (gunichar) -1)
        {
          g_string_append_printf (out, "\\x%02X", (guchar) *p);
          p++;
          continue;
        }
      if (_coprod_text_is_unsafe (c))
        g_string_append_printf (out, "\\u%04X", c);
      else
        g_string_append_len (out, p, g_utf8_next_char (p) - p);
      p = g_utf8_next_char (p);
    }

  return g_string_free (out, FALSE);
}

gboolean
_coprod_currency_is_valid (const char *code)
{
  return code != NULL &&
         g_ascii_isupper (code[0]) &&
         g_ascii_isupper (code[1]) &&
         g_ascii_isupper (code[2]) &&
         code[3] == '\0';
}

const char *
_coprod_enum_nick (GType enum_type,
                   int   value)
{
  GEnumClass *eclass = g_type_class_ref (enum_type);
  GEnumValue *ev = g_enum_get_value (eclass, value);

  /* registered enum classes are never finalized: the nick stays valid */
  g_type_class_unref (eclass);

  return ev != NULL ? ev->value_nick : NULL;
}

const char *
_coprod_flags_first_nick (GType flags_type,
                          guint value)
{
  GFlagsClass *fclass = g_type_class_ref (flags_type);
  /* for 0, the value named for no flag ("none"), if the type has one */
  GFlagsValue *fv = g_flags_get_first_value (fclass, value);

  g_type_class_unref (fclass);

  return fv != NULL ? fv->value_nick : NULL;
}
