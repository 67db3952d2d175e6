/* coprod-json-guard.c: a strict, non-recursive check of JSON bytes
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Why this exists
 * ---------------
 * json-glib 1.6 (the one Debian 12 ships) is not safe to hand untrusted
 * bytes: its parser recurses, so ~70 KB of nested '[' overflows the C
 * stack; it silently wraps [100000000000000000000] to -1; it reads 1e400
 * as inf; it cuts "a\u0000b" to "a"; it keeps the last of two members
 * with the same name; and it accepts 32 of the 188 must-reject files of
 * the standard JSON test suite (JSONTestSuite n_*.json).
 *
 * So libcoprod reads JSON with its own pull reader (coprod-json-reader.c),
 * which applies the rules below as it reads, and this guard is their
 * reference: one pass over the raw bytes, in linear time, with an
 * explicit stack instead of recursion, that accepts exactly RFC 8259 JSON
 * in UTF-8 (no BOM: the caller strips it) and refuses what json-glib
 * would get wrong. When the reader stops on bytes that break a rule, the
 * guard is run over them to word the error with its line and column; the
 * fuzz target fuzz-registry checks on every input that the two accept
 * the same bytes.
 *
 * What it refuses, and with which code of COPROD_ERROR:
 *
 *  - COPROD_ERROR_PARSE: anything that is not RFC 8259 JSON: syntax
 *    errors, an empty document, trailing data, invalid UTF-8 anywhere,
 *    raw control characters U+0000..U+001F in strings, unknown escapes,
 *    UTF-16 surrogate escapes that do not form a pair.
 *  - COPROD_ERROR_LIMIT: a document bigger than max_size bytes (checked
 *    before anything else, so a huge input costs nothing); arrays and
 *    objects nested deeper than max_depth (a top-level [] is depth 1; the
 *    stack of open containers is bounded by it); a string or member name
 *    longer than max_string bytes as written, escapes included (checked
 *    as the string is read, so a huge string is not read to its end).
 *  - COPROD_ERROR_NUMBER: an integer literal (no fraction, no exponent)
 *    beyond +-(2^53-1), which a double cannot hold exactly; any other
 *    number that g_ascii_strtod() reads as infinite, or as zero although
 *    it has a nonzero digit.
 *  - COPROD_ERROR_VALUE: a \u0000 escape in a string or member name,
 *    which C strings (and so json-glib) cannot carry.
 *  - COPROD_ERROR_DUPLICATE_MEMBER: an object with the same member name
 *    twice, names compared after decoding their escapes.
 *
 * Every message starts with "LINE:COLUMN: " (1-based, the column counted
 * in characters, lines split on \n) at the start of the offending token,
 * or for a problem inside a string at the offending escape or byte.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "coprod-error.h"
#include "coprod-json-guard-private.h"

/* The largest integer a double holds exactly, 2^53-1, as written. */
#define MAX_EXACT_INTEGER "9007199254740991"

typedef struct
{
  gboolean    is_object;
  GHashTable *names;      /* decoded member names so far; NULL until one */
} Frame;

typedef struct
{
  const guchar           *data;
  const guchar           *end;
  const guchar           *p;
  const CoprodJsonLimits *limits;
  guint64                 n_values;
} Guard;

typedef enum
{
  STATE_VALUE,        /* a value must come next */
  STATE_MEMBER,       /* a member name must come next */
  STATE_AFTER_VALUE,  /* a value has ended */
} State;

static gboolean guard_fail (Guard         *g,
                            GError       **error,
                            const guchar  *at,
                            CoprodError    code,
                            const char    *format,
                            ...) G_GNUC_PRINTF (5, 6);

/* Member names are hashed with SipHash-2-4 under a random key, so that a
 * document cannot be made of names that all collide (which would make the
 * duplicate check quadratic), as it could with g_str_hash(). */

static guint64 name_hash_key[2];

#define ROTL64(x, b) (guint64) (((x) << (b)) | ((x) >> (64 - (b))))

#define SIPROUND \
  G_STMT_START { \
    v0 += v1; v1 = ROTL64 (v1, 13); v1 ^= v0; v0 = ROTL64 (v0, 32); \
    v2 += v3; v3 = ROTL64 (v3, 16); v3 ^= v2; \
    v0 += v3; v3 = ROTL64 (v3, 21); v3 ^= v0; \
    v2 += v1; v1 = ROTL64 (v1, 17); v1 ^= v2; v2 = ROTL64 (v2, 32); \
  } G_STMT_END

static guint64
siphash24 (const guchar *in,
           gsize         len,
           guint64       k0,
           guint64       k1)
{
  guint64 v0 = G_GUINT64_CONSTANT (0x736f6d6570736575) ^ k0;
  guint64 v1 = G_GUINT64_CONSTANT (0x646f72616e646f6d) ^ k1;
  guint64 v2 = G_GUINT64_CONSTANT (0x6c7967656e657261) ^ k0;
  guint64 v3 = G_GUINT64_CONSTANT (0x7465646279746573) ^ k1;
  guint64 last = ((guint64) len) << 56;
  gsize whole = len - len % 8;
  gsize i, j;

  for (i = 0; i < whole; i += 8)
    {
      guint64 m = 0;

      for (j = 0; j < 8; j++)
        m |= ((guint64) in[i + j]) << (8 * j);
      v3 ^= m;
      SIPROUND;
      SIPROUND;
      v0 ^= m;
    }
  for (j = 0; whole + j < len; j++)
    last |= ((guint64) in[whole + j]) << (8 * j);
  v3 ^= last;
  SIPROUND;
  SIPROUND;
  v0 ^= last;
  v2 ^= 0xff;
  SIPROUND;
  SIPROUND;
  SIPROUND;
  SIPROUND;

  return v0 ^ v1 ^ v2 ^ v3;
}

static void
name_hash_init (void)
{
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      GRand *rand = g_rand_new ();   /* seeded from /dev/urandom */
      guint i;

      for (i = 0; i < G_N_ELEMENTS (name_hash_key); i++)
        name_hash_key[i] = ((guint64) g_rand_int (rand) << 32) | g_rand_int (rand);
      g_rand_free (rand);
      g_once_init_leave (&initialized, 1);
    }
}

guint64
_coprod_json_name_hash (const char *name,
                        gsize       len)
{
  name_hash_init ();

  return siphash24 ((const guchar *) name, len, name_hash_key[0], name_hash_key[1]);
}

static guint
name_hash (gconstpointer key)
{
  const char *name = key;
  guint64 h = siphash24 ((const guchar *) name, strlen (name),
                         name_hash_key[0], name_hash_key[1]);

  return (guint) (h ^ (h >> 32));
}

static void
frame_clear (gpointer data)
{
  Frame *frame = data;

  g_clear_pointer (&frame->names, g_hash_table_unref);
}

/* Decodes one UTF-8 character at p, strictly (no overlong forms, no
 * surrogates, nothing beyond U+10FFFF, nothing past end). Returns its
 * length in bytes, or 0 if the bytes at p are not valid UTF-8. */
static gsize
utf8_decode (const guchar *p,
             const guchar *end,
             gunichar     *out)
{
  guchar c = p[0];
  guchar lo = 0x80, hi = 0xBF;
  gunichar cp;
  gsize n, i;

  if (c < 0x80)
    {
      *out = c;
      return 1;
    }
  else if (c >= 0xC2 && c <= 0xDF)
    {
      n = 2;
      cp = c & 0x1F;
    }
  else if (c >= 0xE0 && c <= 0xEF)
    {
      n = 3;
      cp = c & 0x0F;
      if (c == 0xE0)
        lo = 0xA0;    /* else overlong */
      else if (c == 0xED)
        hi = 0x9F;    /* else a surrogate */
    }
  else if (c >= 0xF0 && c <= 0xF4)
    {
      n = 4;
      cp = c & 0x07;
      if (c == 0xF0)
        lo = 0x90;    /* else overlong */
      else if (c == 0xF4)
        hi = 0x8F;    /* else beyond U+10FFFF */
    }
  else
    return 0;

  if ((gsize) (end - p) < n)
    return 0;

  for (i = 1; i < n; i++)
    {
      if (p[i] < lo || p[i] > hi)
        return 0;
      cp = (cp << 6) | (p[i] & 0x3F);
      lo = 0x80;
      hi = 0xBF;
    }

  *out = cp;
  return n;
}

/* Names the character at p, for "expected X, found Y". */
static char *
describe_at (const Guard  *g,
             const guchar *p)
{
  gunichar cp;
  gsize n;

  if (p >= g->end)
    return g_strdup ("the end of the document");
  if (*p == '\'')
    return g_strdup ("\"'\"");
  if (*p == ' ')
    return g_strdup ("a space");
  if (*p > 0x20 && *p < 0x7F)
    return g_strdup_printf ("'%c'", *p);
  if (*p < 0x80)
    return g_strdup_printf ("control character U+%04X", (guint) *p);

  n = utf8_decode (p, g->end, &cp);
  if (n == 0)
    return g_strdup_printf ("invalid UTF-8 byte 0x%02X", (guint) *p);

  /* by its code point only, whatever it is (a BOM, a no-break space, a
   * character that reorders text): nothing from the input is quoted */
  return g_strdup_printf ("the character U+%04X", (guint) cp);
}

static void
locate (const guchar *data,
        const guchar *at,
        gsize        *line,
        gsize        *column)
{
  const guchar *q;

  *line = 1;
  *column = 1;
  for (q = data; q < at; q++)
    {
      if (*q == '\n')
        {
          (*line)++;
          *column = 1;
        }
      else if ((*q & 0xC0) != 0x80)   /* not a UTF-8 continuation byte */
        (*column)++;
    }
}

static gboolean
guard_fail (Guard         *g,
            GError       **error,
            const guchar  *at,
            CoprodError    code,
            const char    *format,
            ...)
{
  g_autofree char *message = NULL;
  gsize line, column;
  va_list args;

  if (error == NULL)
    return FALSE;

  locate (g->data, at, &line, &column);

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (error, COPROD_ERROR, code,
               "%" G_GSIZE_FORMAT ":%" G_GSIZE_FORMAT ": %s",
               line, column, message);

  return FALSE;
}

/* A PARSE error for an unexpected character (or end) at p, where
 * `expected` was wanted. */
static gboolean
guard_unexpected (Guard        *g,
                  GError      **error,
                  const guchar *p,
                  const char   *expected)
{
  g_autofree char *found = NULL;
  gunichar cp;

  if (p >= g->end)
    return guard_fail (g, error, p, COPROD_ERROR_PARSE,
                       "unexpected end of the document, expected %s",
                       expected);

  if (*p >= 0x80 && utf8_decode (p, g->end, &cp) == 0)
    return guard_fail (g, error, p, COPROD_ERROR_PARSE,
                       "invalid UTF-8 (byte 0x%02X)", (guint) *p);

  found = describe_at (g, p);
  return guard_fail (g, error, p, COPROD_ERROR_PARSE,
                     "expected %s, found %s%s", expected, found,
                     *p == '/' ? " (JSON has no comments)" : "");
}

static void
skip_whitespace (Guard *g)
{
  while (g->p < g->end &&
         (*g->p == ' ' || *g->p == '\t' || *g->p == '\n' || *g->p == '\r'))
    g->p++;
}

static gint
hex_value (guchar c)
{
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

/* Reads the four hex digits of a \u escape whose backslash is at p.
 * Returns the code unit, or -1 if there are not four hex digits. */
static gint
read_u_escape (const Guard  *g,
               const guchar *p)
{
  gint value = 0;
  gsize i;

  if (g->end - p < 6 || p[0] != '\\' || p[1] != 'u')
    return -1;

  for (i = 2; i < 6; i++)
    {
      gint digit = hex_value (p[i]);

      if (digit < 0)
        return -1;
      value = value * 16 + digit;
    }

  return value;
}

/* Reads the string whose opening quote is at g->p and leaves g->p after
 * its closing quote. If decoded is not NULL, the string is a member name
 * and *decoded receives its contents with the escapes decoded. */
static gboolean
scan_string (Guard   *g,
             char   **decoded,
             GError **error)
{
  const guchar *quote = g->p;
  const guchar *content = quote + 1;
  const guchar *p = content;
  const guchar *copied = content;   /* bytes before it are in buf */
  const char *what = decoded != NULL ? "member name" : "string";
  gsize max_string = g->limits->max_string;
  g_autoptr(GString) buf = NULL;    /* made at the first escape in a name */

  for (;;)
    {
      gsize len = (gsize) (p - content);
      const guchar *escape;
      gunichar cp;
      gsize n;

      if (p >= g->end)
        return guard_fail (g, error, quote, COPROD_ERROR_PARSE,
                           "%s is not terminated: the document ends inside it",
                           what);

      if (*p == '"')
        {
          if (len > max_string)
            break;   /* an escape took it over the limit */
          if (decoded != NULL)
            {
              if (buf != NULL)
                {
                  g_string_append_len (buf, (const char *) copied,
                                       p - copied);
                  *decoded = g_string_free (g_steal_pointer (&buf), FALSE);
                }
              else
                *decoded = g_strndup ((const char *) content, len);
            }
          g->p = p + 1;
          return TRUE;
        }

      if (len >= max_string)
        break;   /* more comes, so it is over the limit */

      if (*p < 0x20)
        return guard_fail (g, error, p, COPROD_ERROR_PARSE,
                           "%s contains the raw control character U+%04X, "
                           "which must be written as an escape",
                           what, (guint) *p);

      if (*p >= 0x80)
        {
          n = utf8_decode (p, g->end, &cp);
          if (n == 0)
            return guard_fail (g, error, p, COPROD_ERROR_PARSE,
                               "%s contains invalid UTF-8 (byte 0x%02X)",
                               what, (guint) *p);
          p += n;
          continue;
        }

      if (*p != '\\')
        {
          p++;
          continue;
        }

      /* an escape */
      escape = p;
      if (g->end - p < 2)
        return guard_fail (g, error, quote, COPROD_ERROR_PARSE,
                           "%s is not terminated: the document ends inside it",
                           what);

      switch (p[1])
        {
        case '"':
        case '\\':
        case '/':
          cp = p[1];
          break;
        case 'b':
          cp = '\b';
          break;
        case 'f':
          cp = '\f';
          break;
        case 'n':
          cp = '\n';
          break;
        case 'r':
          cp = '\r';
          break;
        case 't':
          cp = '\t';
          break;
        case 'u':
          {
            gint unit = read_u_escape (g, p);

            if (unit < 0)
              return guard_fail (g, error, escape, COPROD_ERROR_PARSE,
                                 "invalid escape in a %s: \\u must be "
                                 "followed by four hex digits", what);
            if (unit == 0)
              return guard_fail (g, error, escape, COPROD_ERROR_VALUE,
                                 "%s contains a NUL character (\\u0000)",
                                 what);
            if (unit >= 0xDC00 && unit <= 0xDFFF)
              return guard_fail (g, error, escape, COPROD_ERROR_PARSE,
                                 "%s contains the UTF-16 low surrogate "
                                 "escape \\u%04X without a high surrogate "
                                 "before it", what, (guint) unit);
            if (unit >= 0xD800 && unit <= 0xDBFF)
              {
                gint low = read_u_escape (g, p + 6);

                if (low < 0xDC00 || low > 0xDFFF)
                  return guard_fail (g, error, escape, COPROD_ERROR_PARSE,
                                     "%s contains the UTF-16 high surrogate "
                                     "escape \\u%04X without a low surrogate "
                                     "escape after it", what, (guint) unit);
                cp = 0x10000 + (((gunichar) unit - 0xD800) << 10) +
                     ((gunichar) low - 0xDC00);
                p += 6;
              }
            else
              cp = (gunichar) unit;
            p += 4;
          }
          break;
        default:
          {
            g_autofree char *found = describe_at (g, p + 1);

            return guard_fail (g, error, escape, COPROD_ERROR_PARSE,
                               "invalid escape in a %s: a backslash "
                               "followed by %s", what, found);
          }
        }
      p += 2;

      if (decoded != NULL)
        {
          if (buf == NULL)
            buf = g_string_sized_new (MIN ((gsize) (g->end - content), 256));
          g_string_append_len (buf, (const char *) copied, escape - copied);
          g_string_append_unichar (buf, cp);
          copied = p;
        }
    }

  return guard_fail (g, error, quote, COPROD_ERROR_LIMIT,
                     "%s is longer than the limit of %" G_GSIZE_FORMAT
                     " bytes", what, max_string);
}

static gboolean
is_digit (const Guard  *g,
          const guchar *p)
{
  return p < g->end && *p >= '0' && *p <= '9';
}

/* Reads the number that starts at g->p and leaves g->p after it. */
static gboolean
scan_number (Guard   *g,
             GError **error)
{
  const guchar *start = g->p;
  const guchar *p = start;
  const guchar *int_start, *int_end;
  gboolean is_integer = TRUE;
  gboolean nonzero = FALSE;
  const char *problem = NULL;

  if (*p == '-')
    p++;
  int_start = p;

  if (!is_digit (g, p))
    problem = "a minus sign must be followed by a digit";
  else if (*p == '0')
    {
      p++;
      if (is_digit (g, p))
        problem = "a number must not have a leading zero";
    }
  else
    {
      nonzero = TRUE;
      while (is_digit (g, p))
        p++;
    }
  int_end = p;

  if (problem == NULL && p < g->end && *p == '.')
    {
      is_integer = FALSE;
      p++;
      if (!is_digit (g, p))
        problem = "a decimal point must be followed by a digit";
      while (is_digit (g, p))
        {
          nonzero = nonzero || *p != '0';
          p++;
        }
    }

  if (problem == NULL && p < g->end && (*p == 'e' || *p == 'E'))
    {
      is_integer = FALSE;
      p++;
      if (p < g->end && (*p == '+' || *p == '-'))
        p++;
      if (!is_digit (g, p))
        problem = "an exponent must have a digit";
      while (is_digit (g, p))
        p++;
    }

  if (problem != NULL)
    {
      /* the number is not quoted: it may be a telephone number */
      return guard_fail (g, error, start, COPROD_ERROR_PARSE,
                         "invalid number: %s", problem);
    }

  g->p = p;

  if (is_integer)
    {
      gsize digits = (gsize) (int_end - int_start);
      gsize max_digits = strlen (MAX_EXACT_INTEGER);

      if (digits > max_digits ||
          (digits == max_digits &&
           memcmp (int_start, MAX_EXACT_INTEGER, max_digits) > 0))
        {
          return guard_fail (g, error, start, COPROD_ERROR_NUMBER,
                             "an integer outside the exact range +-"
                             MAX_EXACT_INTEGER);
        }
    }
  else
    {
      gsize len = (gsize) (p - start);
      char small[64];
      g_autofree char *large = NULL;
      char *copy = small;
      gdouble value;

      /* g_ascii_strtod() needs a NUL after the number. It is linear in
       * the length of its input. */
      if (len >= sizeof small)
        copy = large = g_malloc (len + 1);
      memcpy (copy, start, len);
      copy[len] = '\0';
      value = g_ascii_strtod (copy, NULL);

      if (!isfinite (value))
        {
          return guard_fail (g, error, start, COPROD_ERROR_NUMBER,
                             "a number too large to represent: "
                             "it reads as infinity");
        }
      if (value == 0.0 && nonzero)
        {
          return guard_fail (g, error, start, COPROD_ERROR_NUMBER,
                             "a number too small to represent: "
                             "it reads as zero");
        }
    }

  return TRUE;
}

/* Reads the bare word at g->p, which must be true, false or null. */
static gboolean
scan_literal (Guard   *g,
              GError **error)
{
  static const char * const literals[] = { "true", "false", "null" };
  const guchar *start = g->p;
  const guchar *p = start;
  gsize len, i;

  while (p < g->end && (g_ascii_isalnum (*p) || *p == '_'))
    p++;
  len = (gsize) (p - start);

  for (i = 0; i < G_N_ELEMENTS (literals); i++)
    {
      if (len == strlen (literals[i]) && memcmp (start, literals[i], len) == 0)
        {
          g->p = p;
          return TRUE;
        }
    }

  /* the word is not quoted: it may be a name typed without quotes */
  return guard_fail (g, error, start, COPROD_ERROR_PARSE,
                     "invalid literal: only true, false and null are "
                     "allowed, and strings need double quotes");
}

/**
 * _coprod_json_guard_check:
 * @data: (array length=length): the bytes of a JSON document, without a
 *   byte order mark; need not be NUL-terminated
 * @length: the number of bytes at @data
 * @limits: (nullable): the limits to enforce, or %NULL for the defaults
 * @error: return location for a #GError in the %COPROD_ERROR domain
 *
 * Checks that @data is one strict RFC 8259 JSON document, in UTF-8,
 * within @limits, and free of what json-glib reads wrongly (see the top
 * of this file). Runs in time linear in @length, without recursion.
 *
 * Returns: %TRUE if json-glib may parse @data
 */
gboolean
_coprod_json_guard_check (const char             *data,
                          gsize                   length,
                          const CoprodJsonLimits *limits,
                          GError                **error)
{
  return _coprod_json_guard_count (data, length, limits, NULL, error);
}

gboolean
_coprod_json_guard_count (const char             *data,
                          gsize                   length,
                          const CoprodJsonLimits *limits,
                          guint64                *n_values,
                          GError                **error)
{
  static const CoprodJsonLimits defaults = {
    COPROD_JSON_DEFAULT_MAX_SIZE,
    COPROD_JSON_DEFAULT_MAX_DEPTH,
    COPROD_JSON_DEFAULT_MAX_STRING,
  };
  g_autoptr(GArray) stack = NULL;   /* of Frame, the open containers */
  State state = STATE_VALUE;
  Guard g;

  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  g.data = (const guchar *) data;
  g.end = g.data;
  g.p = g.data;
  g.limits = limits != NULL ? limits : &defaults;
  g.n_values = 0;

  if (length > g.limits->max_size)
    return guard_fail (&g, error, g.data, COPROD_ERROR_LIMIT,
                       "document is %" G_GSIZE_FORMAT " bytes, more than "
                       "the limit of %" G_GSIZE_FORMAT,
                       length, g.limits->max_size);

  if (length == 0)
    return guard_fail (&g, error, g.data, COPROD_ERROR_PARSE,
                       "document is empty");

  g.end = g.data + length;

  skip_whitespace (&g);
  if (g.p == g.end)
    return guard_fail (&g, error, g.data, COPROD_ERROR_PARSE,
                       "document is empty: it has only whitespace");

  name_hash_init ();
  stack = g_array_new (FALSE, FALSE, sizeof (Frame));
  g_array_set_clear_func (stack, frame_clear);

  for (;;)
    {
      Frame *top = NULL;

      skip_whitespace (&g);
      if (stack->len > 0)
        top = &g_array_index (stack, Frame, stack->len - 1);

      switch (state)
        {
        case STATE_VALUE:
          if (g.p >= g.end)
            return guard_unexpected (&g, error, g.p, "a value");
          g.n_values++;

          switch (*g.p)
            {
            case '[':
            case '{':
              {
                Frame frame = { *g.p == '{', NULL };
                guchar closer = frame.is_object ? '}' : ']';

                if (stack->len >= g.limits->max_depth)
                  return guard_fail (&g, error, g.p, COPROD_ERROR_LIMIT,
                                     "nesting deeper than %u levels",
                                     g.limits->max_depth);
                g_array_append_val (stack, frame);
                g.p++;
                skip_whitespace (&g);
                if (g.p < g.end && *g.p == closer)
                  {
                    g.p++;
                    g_array_set_size (stack, stack->len - 1);
                    state = STATE_AFTER_VALUE;
                  }
                else
                  state = frame.is_object ? STATE_MEMBER : STATE_VALUE;
              }
              break;

            case '"':
              if (!scan_string (&g, NULL, error))
                return FALSE;
              state = STATE_AFTER_VALUE;
              break;

            case '-':
            case '0': case '1': case '2': case '3': case '4':
            case '5': case '6': case '7': case '8': case '9':
              if (!scan_number (&g, error))
                return FALSE;
              state = STATE_AFTER_VALUE;
              break;

            default:
              if (g_ascii_isalpha (*g.p))
                {
                  if (!scan_literal (&g, error))
                    return FALSE;
                  state = STATE_AFTER_VALUE;
                }
              else
                return guard_unexpected (&g, error, g.p, "a value");
            }
          break;

        case STATE_MEMBER:
          {
            const guchar *name_start = g.p;
            char *name = NULL;

            g_assert (top != NULL && top->is_object);

            if (g.p >= g.end || *g.p != '"')
              return guard_unexpected (&g, error, g.p,
                                       "a member name in double quotes");
            if (!scan_string (&g, &name, error))
              return FALSE;

            if (top->names == NULL)
              top->names = g_hash_table_new_full (name_hash, g_str_equal,
                                                  g_free, NULL);
            if (g_hash_table_contains (top->names, name))
              {
                g_free (name);
                return guard_fail (&g, error, name_start,
                                   COPROD_ERROR_DUPLICATE_MEMBER,
                                   "a member name appears twice in the object");
              }
            g_hash_table_add (top->names, name);

            skip_whitespace (&g);
            if (g.p >= g.end || *g.p != ':')
              return guard_unexpected (&g, error, g.p,
                                       "':' after a member name");
            g.p++;
            state = STATE_VALUE;
          }
          break;

        case STATE_AFTER_VALUE:
          if (top == NULL)
            {
              g_autofree char *found = NULL;

              if (g.p == g.end)
                {
                  if (n_values != NULL)
                    *n_values = g.n_values;
                  return TRUE;
                }

              found = describe_at (&g, g.p);
              return guard_fail (&g, error, g.p, COPROD_ERROR_PARSE,
                                 "unexpected %s after the end of the "
                                 "document's value%s", found,
                                 *g.p == '/' ? " (JSON has no comments)" : "");
            }

          if (g.p < g.end && *g.p == ',')
            {
              g.p++;
              state = top->is_object ? STATE_MEMBER : STATE_VALUE;
            }
          else if (g.p < g.end && *g.p == (top->is_object ? '}' : ']'))
            {
              g.p++;
              g_array_set_size (stack, stack->len - 1);
              state = STATE_AFTER_VALUE;
            }
          else if (top->is_object)
            return guard_unexpected (&g, error, g.p,
                                     "',' or '}' after an object member");
          else
            return guard_unexpected (&g, error, g.p,
                                     "',' or ']' after an array element");
          break;

        default:
          g_assert_not_reached ();
        }
    }
}
