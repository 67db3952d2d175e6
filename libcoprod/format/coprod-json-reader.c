/* coprod-json-reader.c: a strict pull reader of JSON bytes
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Why a hand-written reader
 * -------------------------
 * A registry used to be read in three passes: the guard over the bytes,
 * json-glib's JsonParser into a tree of JsonNodes (a node, a GValue and a
 * hash table per object: six to seven times the file in memory), and the
 * records made from the tree through GValues. On a 200 MB registry the
 * tree alone took longer than CPython's json.load takes for everything.
 *
 * This reader does the guard's checks and hands the codec one member,
 * string or number at a time, so that the codec writes each value
 * straight into its record through the field table, copying each string
 * once (and strings without escapes not even into a buffer first). Only
 * the members the codec does not know are made into json-glib nodes, so
 * that they are written back as they came.
 *
 * simdjson's On-Demand API reads faster still (about 0.45 s for 200 MB
 * here), but it is C++, needs a shim to be called from C, does not check
 * the guard's rules (depth as we count it, exact integers, \u0000,
 * duplicate members) so a second pass would be needed anyway, and would
 * add a C++ runtime to a C library and its introspection. The time of a
 * load is in making the records (GObjects, strings, lists), not in
 * reading the bytes: measured on the 200 MB benchmark registry, this
 * reader's pass with nothing built costs well under a second (see
 * doc/format.md), so simdjson would gain a fraction of that.
 *
 * The accepted bytes are exactly the guard's: the fuzz target
 * fuzz-registry checks on every input that the reader fails where and
 * only where the guard does, and the message for a failure is the
 * guard's, run over the same bytes then (an error costs a second pass;
 * a document that loads is read once).
 *
 * Recursion is bounded by the depth limit (64), checked before a
 * container is entered.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "coprod-json-reader-private.h"

#define ONES  G_GUINT64_CONSTANT (0x0101010101010101)
#define HIGHS G_GUINT64_CONSTANT (0x8080808080808080)

void
_coprod_json_reader_init (CoprodJsonReader *r,
                          const char       *data,
                          gsize             length)
{
  memset (r, 0, sizeof *r);
  r->data = (const guchar *) data;
  r->p = r->data;
  r->end = r->data + length;
  r->max_string = COPROD_JSON_DEFAULT_MAX_STRING;
  r->max_depth = COPROD_JSON_DEFAULT_MAX_DEPTH;
  r->scratch = g_string_sized_new (256);
}

void
_coprod_json_reader_clear (CoprodJsonReader *r)
{
  if (r->scratch != NULL)
    g_string_free (r->scratch, TRUE);
  r->scratch = NULL;
}

static inline gboolean
fail (CoprodJsonReader *r)
{
  r->failed = TRUE;
  return FALSE;
}

static inline void
skip_whitespace (CoprodJsonReader *r)
{
  const guchar *p = r->p, *end = r->end;

  while (p < end && (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t'))
    p++;
  r->p = p;
}

const char *
_coprod_json_kind_name (CoprodJsonKind kind)
{
  switch (kind)
    {
    case COPROD_JSON_OBJECT:
      return "an object";
    case COPROD_JSON_ARRAY:
      return "an array";
    case COPROD_JSON_STRING:
      return "a string";
    case COPROD_JSON_INTEGER:
      return "an integer";
    case COPROD_JSON_DOUBLE:
      return "a number";
    case COPROD_JSON_TRUE:
    case COPROD_JSON_FALSE:
      return "a boolean";
    case COPROD_JSON_NULL:
      return "null";
    case COPROD_JSON_NONE:
    default:
      return "something else";
    }
}

CoprodJsonKind
_coprod_json_reader_peek (CoprodJsonReader *r)
{
  const guchar *q;

  if (r->failed)
    return COPROD_JSON_NONE;

  skip_whitespace (r);
  if (r->p >= r->end)
    {
      fail (r);
      return COPROD_JSON_NONE;
    }

  switch (*r->p)
    {
    case '{':
      return COPROD_JSON_OBJECT;
    case '[':
      return COPROD_JSON_ARRAY;
    case '"':
      return COPROD_JSON_STRING;
    case 't':
      return COPROD_JSON_TRUE;
    case 'f':
      return COPROD_JSON_FALSE;
    case 'n':
      return COPROD_JSON_NULL;
    case '-':
    case '0': case '1': case '2': case '3': case '4':
    case '5': case '6': case '7': case '8': case '9':
      for (q = r->p + 1; q < r->end && *q >= '0' && *q <= '9'; q++)
        ;
      if (q < r->end && (*q == '.' || *q == 'e' || *q == 'E'))
        return COPROD_JSON_DOUBLE;
      return COPROD_JSON_INTEGER;
    default:
      fail (r);
      return COPROD_JSON_NONE;
    }
}

/* Containers */

gboolean
_coprod_json_reader_begin_object (CoprodJsonReader *r)
{
  if (r->failed)
    return FALSE;
  skip_whitespace (r);
  if (r->p >= r->end || *r->p != '{' || r->depth >= r->max_depth)
    return fail (r);
  r->p++;
  r->depth++;
  return TRUE;
}

gboolean
_coprod_json_reader_begin_array (CoprodJsonReader *r)
{
  if (r->failed)
    return FALSE;
  skip_whitespace (r);
  if (r->p >= r->end || *r->p != '[' || r->depth >= r->max_depth)
    return fail (r);
  r->p++;
  r->depth++;
  return TRUE;
}

gboolean
_coprod_json_reader_next_member (CoprodJsonReader  *r,
                                 gboolean          *first,
                                 const char       **name,
                                 gsize             *name_len)
{
  if (r->failed)
    return FALSE;

  skip_whitespace (r);
  if (r->p >= r->end)
    return fail (r);

  if (*r->p == '}')
    {
      r->p++;
      r->depth--;
      return FALSE;
    }

  if (!*first)
    {
      if (*r->p != ',')
        return fail (r);
      r->p++;
      skip_whitespace (r);
      if (r->p >= r->end)
        return fail (r);
    }
  *first = FALSE;

  if (*r->p != '"' || !_coprod_json_reader_read_string (r, name, name_len))
    return fail (r);

  skip_whitespace (r);
  if (r->p >= r->end || *r->p != ':')
    return fail (r);
  r->p++;

  return TRUE;
}

gboolean
_coprod_json_reader_next_element (CoprodJsonReader *r,
                                  gboolean         *first)
{
  if (r->failed)
    return FALSE;

  skip_whitespace (r);
  if (r->p >= r->end)
    return fail (r);

  if (*r->p == ']')
    {
      /* a comma before it is a trailing comma: the element read after a
       * comma fails instead, so here there was none */
      r->p++;
      r->depth--;
      return FALSE;
    }

  if (!*first)
    {
      if (*r->p != ',')
        return fail (r);
      r->p++;
      skip_whitespace (r);
      if (r->p < r->end && *r->p == ']')
        return fail (r);
    }
  *first = FALSE;

  return TRUE;
}

/* Strings */

static inline gint
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

static gint
read_u4 (const guchar *p,
         const guchar *end)
{
  gint value = 0;
  guint i;

  if (end - p < 6 || p[0] != '\\' || p[1] != 'u')
    return -1;
  for (i = 2; i < 6; i++)
    {
      gint d = hex_value (p[i]);

      if (d < 0)
        return -1;
      value = value * 16 + d;
    }

  return value;
}

/* The length of the valid UTF-8 character at @p (not ASCII), or 0 */
static inline gsize
utf8_length (const guchar *p,
             const guchar *end)
{
  guchar c = p[0];
  guchar lo = 0x80, hi = 0xBF;
  gsize n, i;

  if (c >= 0xC2 && c <= 0xDF)
    n = 2;
  else if (c >= 0xE0 && c <= 0xEF)
    {
      n = 3;
      if (c == 0xE0)
        lo = 0xA0;
      else if (c == 0xED)
        hi = 0x9F;
    }
  else if (c >= 0xF0 && c <= 0xF4)
    {
      n = 4;
      if (c == 0xF0)
        lo = 0x90;
      else if (c == 0xF4)
        hi = 0x8F;
    }
  else
    return 0;

  if ((gsize) (end - p) < n)
    return 0;
  if (p[1] < lo || p[1] > hi)
    return 0;
  for (i = 2; i < n; i++)
    if (p[i] < 0x80 || p[i] > 0xBF)
      return 0;

  return n;
}

/* Eight bytes at @p hold a quote, a backslash, a control character or a
 * byte above 0x7F */
static inline gboolean
word_is_special (const guchar *p)
{
  guint64 x, quote, backslash;

  memcpy (&x, p, sizeof x);
  quote = x ^ (ONES * '"');
  backslash = x ^ (ONES * '\\');

  return ((((x - ONES * 0x20) & ~x) |
           ((quote - ONES) & ~quote) |
           ((backslash - ONES) & ~backslash) |
           x) & HIGHS) != 0;
}

gboolean
_coprod_json_reader_read_string (CoprodJsonReader  *r,
                                 const char       **str,
                                 gsize             *len)
{
  const guchar *content, *p, *end = r->end, *copied;
  gboolean escaped = FALSE;

  if (r->failed)
    return FALSE;
  skip_whitespace (r);
  if (r->p >= end || *r->p != '"')
    return fail (r);

  content = r->p + 1;
  p = content;
  copied = content;

  for (;;)
    {
      while (end - p >= 8 && !word_is_special (p))
        p += 8;

      if (p >= end)
        return fail (r);

      if ((gsize) (p - content) > r->max_string)
        return fail (r);

      if (*p == '"')
        break;

      if (*p < 0x20)
        return fail (r);

      if (*p >= 0x80)
        {
          gsize n = utf8_length (p, end);

          if (n == 0)
            return fail (r);
          p += n;
          continue;
        }

      if (*p != '\\')
        {
          p++;
          continue;
        }

      /* an escape */
      {
        const guchar *escape = p;
        gunichar cp;

        if (end - p < 2)
          return fail (r);
        if (!escaped)
          {
            g_string_truncate (r->scratch, 0);
            escaped = TRUE;
          }

        switch (p[1])
          {
          case '"': case '\\': case '/':
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
              gint unit = read_u4 (p, end);

              if (unit <= 0 || (unit >= 0xDC00 && unit <= 0xDFFF))
                return fail (r);
              if (unit >= 0xD800 && unit <= 0xDBFF)
                {
                  gint low = read_u4 (p + 6, end);

                  if (low < 0xDC00 || low > 0xDFFF)
                    return fail (r);
                  cp = 0x10000 + (((gunichar) unit - 0xD800) << 10) + ((gunichar) low - 0xDC00);
                  p += 6;
                }
              else
                cp = (gunichar) unit;
              p += 4;
            }
            break;
          default:
            return fail (r);
          }
        p += 2;

        /* the limit counts the string as written */
        if ((gsize) (p - content) > r->max_string)
          return fail (r);

        g_string_append_len (r->scratch, (const char *) copied, escape - copied);
        if (cp < 0x80)
          g_string_append_c (r->scratch, (char) cp);
        else
          g_string_append_unichar (r->scratch, cp);
        copied = p;
      }
    }

  r->p = p + 1;
  if (escaped)
    {
      g_string_append_len (r->scratch, (const char *) copied, p - copied);
      *str = r->scratch->str;
      *len = r->scratch->len;
    }
  else
    {
      *str = (const char *) content;
      *len = (gsize) (p - content);
    }

  return TRUE;
}

/* Numbers */

gboolean
_coprod_json_reader_read_number (CoprodJsonReader *r,
                                 gboolean         *is_integer,
                                 gint64           *integer,
                                 double           *value)
{
  const guchar *start, *p, *end = r->end, *digits;
  gboolean negative = FALSE, nonzero = FALSE;
  guint64 v = 0;
  gsize n_digits;

  if (r->failed)
    return FALSE;
  skip_whitespace (r);
  start = p = r->p;

  if (p < end && *p == '-')
    {
      negative = TRUE;
      p++;
    }
  digits = p;
  if (p >= end || *p < '0' || *p > '9')
    return fail (r);
  if (*p == '0')
    {
      p++;
      if (p < end && *p >= '0' && *p <= '9')
        return fail (r);
    }
  else
    {
      nonzero = TRUE;
      while (p < end && *p >= '0' && *p <= '9')
        {
          if (p - digits < 17)
            v = v * 10 + (guint64) (*p - '0');
          p++;
        }
    }
  n_digits = (gsize) (p - digits);

  if (p >= end || (*p != '.' && *p != 'e' && *p != 'E'))
    {
      if (n_digits > 16 || v > (guint64) G_GINT64_CONSTANT (9007199254740991))
        return fail (r);
      r->p = p;
      *is_integer = TRUE;
      *integer = negative ? -(gint64) v : (gint64) v;
      *value = (double) *integer;
      return TRUE;
    }

  if (*p == '.')
    {
      p++;
      if (p >= end || *p < '0' || *p > '9')
        return fail (r);
      while (p < end && *p >= '0' && *p <= '9')
        {
          nonzero = nonzero || *p != '0';
          p++;
        }
    }
  if (p < end && (*p == 'e' || *p == 'E'))
    {
      p++;
      if (p < end && (*p == '+' || *p == '-'))
        p++;
      if (p >= end || *p < '0' || *p > '9')
        return fail (r);
      while (p < end && *p >= '0' && *p <= '9')
        p++;
    }

  {
    gsize len = (gsize) (p - start);
    char small[64];
    g_autofree char *large = NULL;
    char *copy = small;
    double d;

    if (len >= sizeof small)
      copy = large = g_malloc (len + 1);
    memcpy (copy, start, len);
    copy[len] = '\0';
    d = g_ascii_strtod (copy, NULL);
    if (!isfinite (d) || (d == 0.0 && nonzero))
      return fail (r);
    *value = d;
  }

  r->p = p;
  *is_integer = FALSE;
  *integer = 0;
  return TRUE;
}

gboolean
_coprod_json_reader_read_literal (CoprodJsonReader *r)
{
  static const char * const literals[] = { "true", "false", "null" };
  const guchar *p, *start;
  gsize len, i;

  if (r->failed)
    return FALSE;
  skip_whitespace (r);
  start = p = r->p;
  while (p < r->end && (g_ascii_isalnum (*p) || *p == '_'))
    p++;
  len = (gsize) (p - start);

  for (i = 0; i < G_N_ELEMENTS (literals); i++)
    if (len == strlen (literals[i]) && memcmp (start, literals[i], len) == 0)
      {
        r->p = p;
        return TRUE;
      }

  return fail (r);
}

gboolean
_coprod_json_reader_at_end (CoprodJsonReader *r)
{
  if (r->failed)
    return FALSE;
  skip_whitespace (r);

  return r->p == r->end;
}

/* Sets of names */

void
_coprod_json_name_set_clear (CoprodJsonNameSet *set)
{
  guint i;

  for (i = 0; i < set->size; i++)
    g_free (set->names[i]);
  g_free (set->names);
  g_free (set->hashes);
  memset (set, 0, sizeof *set);
}

static void
name_set_insert (CoprodJsonNameSet *set,
                 guint64            hash,
                 char              *name)
{
  guint mask = set->size - 1;
  guint i = (guint) hash & mask;

  while (set->names[i] != NULL)
    i = (i + 1) & mask;
  set->names[i] = name;
  set->hashes[i] = hash;
}

gboolean
_coprod_json_name_set_add (CoprodJsonNameSet *set,
                           const char        *name,
                           gsize              len)
{
  guint64 hash = _coprod_json_name_hash (name, len);
  guint mask, i;

  if (set->size > 0)
    {
      mask = set->size - 1;
      for (i = (guint) hash & mask; set->names[i] != NULL; i = (i + 1) & mask)
        if (set->hashes[i] == hash && strlen (set->names[i]) == len &&
            memcmp (set->names[i], name, len) == 0)
          return FALSE;
    }

  if ((set->n + 1) * 2 > set->size)
    {
      CoprodJsonNameSet old = *set;

      set->size = MAX (8, old.size * 2);
      set->names = g_new0 (char *, set->size);
      set->hashes = g_new0 (guint64, set->size);
      for (i = 0; i < old.size; i++)
        if (old.names[i] != NULL)
          name_set_insert (set, old.hashes[i], old.names[i]);
      g_free (old.names);
      g_free (old.hashes);
    }

  name_set_insert (set, hash, g_strndup (name, len));
  set->n++;

  return TRUE;
}

/* Whole values */

gboolean
_coprod_json_reader_skip (CoprodJsonReader *r)
{
  switch (_coprod_json_reader_peek (r))
    {
    case COPROD_JSON_OBJECT:
      {
        CoprodJsonNameSet names = { NULL, };
        gboolean first = TRUE;
        const char *name;
        gsize len;

        if (!_coprod_json_reader_begin_object (r))
          return FALSE;
        while (_coprod_json_reader_next_member (r, &first, &name, &len))
          {
            if (!_coprod_json_name_set_add (&names, name, len) ||
                !_coprod_json_reader_skip (r))
              {
                _coprod_json_name_set_clear (&names);
                return fail (r);
              }
          }
        _coprod_json_name_set_clear (&names);
        return !r->failed;
      }

    case COPROD_JSON_ARRAY:
      {
        gboolean first = TRUE;

        if (!_coprod_json_reader_begin_array (r))
          return FALSE;
        while (_coprod_json_reader_next_element (r, &first))
          if (!_coprod_json_reader_skip (r))
            return FALSE;
        return !r->failed;
      }

    case COPROD_JSON_STRING:
      {
        const char *s;
        gsize len;

        return _coprod_json_reader_read_string (r, &s, &len);
      }

    case COPROD_JSON_INTEGER:
    case COPROD_JSON_DOUBLE:
      {
        gboolean is_integer;
        gint64 i;
        double d;

        return _coprod_json_reader_read_number (r, &is_integer, &i, &d);
      }

    case COPROD_JSON_TRUE:
    case COPROD_JSON_FALSE:
    case COPROD_JSON_NULL:
      return _coprod_json_reader_read_literal (r);

    case COPROD_JSON_NONE:
    default:
      return fail (r);
    }
}

JsonNode *
_coprod_json_reader_read_node (CoprodJsonReader *r)
{
  CoprodJsonKind kind = _coprod_json_reader_peek (r);

  switch (kind)
    {
    case COPROD_JSON_OBJECT:
      {
        CoprodJsonNameSet names = { NULL, };
        g_autoptr(JsonObject) object = json_object_new ();
        gboolean first = TRUE;
        const char *name;
        gsize len;

        if (!_coprod_json_reader_begin_object (r))
          return NULL;
        while (_coprod_json_reader_next_member (r, &first, &name, &len))
          {
            g_autofree char *key = NULL;
            JsonNode *member;

            if (!_coprod_json_name_set_add (&names, name, len))
              {
                _coprod_json_name_set_clear (&names);
                fail (r);
                return NULL;
              }
            /* the reader's buffer is reused by the value */
            key = g_strndup (name, len);
            member = _coprod_json_reader_read_node (r);
            if (member == NULL)
              {
                _coprod_json_name_set_clear (&names);
                return NULL;
              }
            json_object_set_member (object, key, member);
          }
        _coprod_json_name_set_clear (&names);
        if (r->failed)
          return NULL;
        return json_node_init_object (json_node_alloc (), object);
      }

    case COPROD_JSON_ARRAY:
      {
        g_autoptr(JsonArray) array = json_array_new ();
        gboolean first = TRUE;

        if (!_coprod_json_reader_begin_array (r))
          return NULL;
        while (_coprod_json_reader_next_element (r, &first))
          {
            JsonNode *element = _coprod_json_reader_read_node (r);

            if (element == NULL)
              return NULL;
            json_array_add_element (array, element);
          }
        if (r->failed)
          return NULL;
        return json_node_init_array (json_node_alloc (), array);
      }

    case COPROD_JSON_STRING:
      {
        const char *s;
        gsize len;
        char *copy;
        JsonNode *node;

        if (!_coprod_json_reader_read_string (r, &s, &len))
          return NULL;
        copy = g_strndup (s, len);
        node = json_node_init_string (json_node_alloc (), copy);
        g_free (copy);
        return node;
      }

    case COPROD_JSON_INTEGER:
    case COPROD_JSON_DOUBLE:
      {
        gboolean is_integer;
        gint64 i;
        double d;

        if (!_coprod_json_reader_read_number (r, &is_integer, &i, &d))
          return NULL;
        if (is_integer)
          return json_node_init_int (json_node_alloc (), i);
        return json_node_init_double (json_node_alloc (), d);
      }

    case COPROD_JSON_TRUE:
    case COPROD_JSON_FALSE:
      if (!_coprod_json_reader_read_literal (r))
        return NULL;
      return json_node_init_boolean (json_node_alloc (), kind == COPROD_JSON_TRUE);

    case COPROD_JSON_NULL:
      if (!_coprod_json_reader_read_literal (r))
        return NULL;
      return json_node_init_null (json_node_alloc ());

    case COPROD_JSON_NONE:
    default:
      fail (r);
      return NULL;
    }
}
