/* test-json-guard.c: tests of the strict JSON check run before json-glib
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

#include <glib.h>

#include "coprod-error.h"
#include "coprod-json-guard-private.h"

#define OK (-1)

typedef struct
{
  const char             *input;
  gssize                  length;    /* -1: strlen (input) */
  gint                    code;      /* OK, or the CoprodError expected */
  const char             *where;     /* "LINE:COLUMN" expected, or NULL */
  const char             *message;   /* the rest of the message, or NULL */
  const CoprodJsonLimits *limits;    /* NULL: the defaults */
} GuardCase;

static const CoprodJsonLimits depth_3 = {
  COPROD_JSON_DEFAULT_MAX_SIZE, 3, COPROD_JSON_DEFAULT_MAX_STRING
};
static const CoprodJsonLimits string_8 = {
  COPROD_JSON_DEFAULT_MAX_SIZE, COPROD_JSON_DEFAULT_MAX_DEPTH, 8
};
static const CoprodJsonLimits size_10 = {
  10, COPROD_JSON_DEFAULT_MAX_DEPTH, COPROD_JSON_DEFAULT_MAX_STRING
};

#define VALID(s)             { s, -1, OK, NULL, NULL, NULL }
#define BAD(s, c, w)         { s, -1, COPROD_ERROR_ ## c, w, NULL, NULL }
/* for inputs with NUL bytes in them */
#define BAD_N(s, c, w)       { s, sizeof (s) - 1, COPROD_ERROR_ ## c, w, NULL, NULL }
#define BAD_M(s, c, w, m)    { s, -1, COPROD_ERROR_ ## c, w, m, NULL }
#define VALID_L(s, l)        { s, -1, OK, NULL, NULL, &l }
#define BAD_L(s, c, w, l)    { s, -1, COPROD_ERROR_ ## c, w, NULL, &l }
#define BAD_LM(s, c, w, m, l) { s, -1, COPROD_ERROR_ ## c, w, m, &l }

static const GuardCase valid_cases[] = {
  VALID ("{}"),
  VALID ("[]"),
  VALID (" [ ] "),
  VALID (" \t\n\r[1]\r\n"),
  VALID ("{\"a\":{\"b\":[1,{\"c\":null}]},\"d\":[[],{},[[{}]]]}"),
  VALID ("[true,false,null]"),
  VALID ("0"),
  VALID ("-0"),
  VALID ("\"x\""),
  VALID ("null"),
  VALID ("1E2"),
  VALID ("[0]"),
  VALID ("[-0]"),
  VALID ("[-0.0]"),
  VALID ("[1E2]"),
  VALID ("[1e2, 1E+2, 1e-2, 1.0, -1.5e300, 1.5e300, 0.5, 12.25E-3]"),
  VALID ("[9007199254740991]"),
  VALID ("[-9007199254740991]"),
  VALID ("[9007199254740992.0]"),   /* not an integer literal */
  VALID ("[1e20]"),
  VALID ("[0e-400]"),               /* zero digits: a true zero */
  VALID ("[-0.000e99999]"),
  VALID ("[4.9e-324]"),             /* the smallest subnormal */
  VALID ("[1.7976931348623157e308]"),
  /* longer than the copy on the stack the check makes */
  VALID ("[0.0000000000000000000000000000000000000000000000000000000000000000000001]"),
  VALID ("[-1.0000000000000000000000000000000000000000000000000000000000000000000001e-300]"),
  VALID ("[\"\\\"\\\\\\/\\b\\f\\n\\r\\t\"]"),
  VALID ("[\"\\u0041\\u00e9\\u20AC\\uFFFF\\u0001\"]"),
  VALID ("[\"\\ud83d\\ude00\"]"),
  VALID ("[\"\\uD83D\\uDE00\\uDBFF\\uDFFF\"]"),
  VALID ("[\"\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80\xf4\x8f\xbf\xbf\"]"),
  VALID ("[\"\x7f\"]"),              /* DEL needs no escape */
  VALID ("{\"\":0}"),
  VALID ("{\"a\":1,\"b\":2,\"A\":3,\"a \":4}"),
  VALID ("[{\"a\":1},{\"a\":2}]"),   /* same name in sibling objects */
  VALID ("{\"a\":{\"a\":{\"a\":1}}}"),
  VALID ("{\"o\":{\"x\":1},\"p\":{\"x\":1}}"),
  VALID ("{\"\\ud83d\\ude00\":1,\"\\ud83d\\ude01\":2}"),
  VALID ("{\"a\\u0001\":1,\"a\\u0002\":2}"),
};

static const GuardCase syntax_cases[] = {
  BAD ("", PARSE, "1:1"),
  BAD (" \t\n ", PARSE, "1:1"),
  BAD ("[", PARSE, "1:2"),
  BAD ("{", PARSE, "1:2"),
  BAD ("[1,", PARSE, "1:4"),
  BAD ("[1,\n", PARSE, "2:1"),
  BAD_M ("[1,]", PARSE, "1:4", "expected a value, found ']'"),
  BAD ("[,1]", PARSE, "1:2"),
  BAD ("[1,,2]", PARSE, "1:4"),
  BAD ("{\"a\":1,}", PARSE, "1:8"),
  BAD ("{,}", PARSE, "1:2"),
  BAD ("{\"a\" 1}", PARSE, "1:6"),
  BAD ("{\"a\"::1}", PARSE, "1:6"),
  BAD ("{\"a\"}", PARSE, "1:5"),
  BAD ("{\"a\":}", PARSE, "1:6"),
  BAD ("{\"a\":1 \"b\":2}", PARSE, "1:8"),
  BAD ("['a']", PARSE, "1:2"),
  BAD ("{'a':1}", PARSE, "1:2"),
  BAD ("{a:1}", PARSE, "1:2"),
  BAD ("{1:1}", PARSE, "1:2"),
  BAD_M ("[1 /* c */]", PARSE, "1:4",
         "expected ',' or ']' after an array element, found '/' "
         "(JSON has no comments)"),
  BAD ("// c\n[1]", PARSE, "1:1"),
  BAD ("[1] // c", PARSE, "1:5"),
  BAD ("[1] x", PARSE, "1:5"),
  BAD ("[]]", PARSE, "1:3"),
  BAD ("{}}", PARSE, "1:3"),
  BAD ("[][]", PARSE, "1:3"),
  BAD ("\"a\" \"b\"", PARSE, "1:5"),
  BAD ("[1}", PARSE, "1:3"),
  BAD ("{\"a\":1]", PARSE, "1:7"),
  BAD ("[1 2]", PARSE, "1:4"),
  BAD ("[\"a\" \"b\"]", PARSE, "1:6"),
  BAD ("[true false]", PARSE, "1:7"),
  BAD ("[tru]", PARSE, "1:2"),
  BAD ("nul", PARSE, "1:1"),
  BAD ("[nulll]", PARSE, "1:2"),
  BAD ("[TRUE]", PARSE, "1:2"),
  BAD ("[True]", PARSE, "1:2"),
  BAD ("[NaN]", PARSE, "1:2"),
  BAD ("[Infinity]", PARSE, "1:2"),
  BAD ("[-Infinity]", PARSE, "1:2"),
  BAD ("[\f1]", PARSE, "1:2"),       /* form feed is not whitespace */
  BAD ("[\v1]", PARSE, "1:2"),
  BAD ("[\xc2\xa0" "1]", PARSE, "1:2"),  /* nor is U+00A0 */
  BAD_M ("\xef\xbb\xbf[]", PARSE, "1:1",   /* the caller strips a BOM */
         "expected a value, found the character U+FEFF"),
  BAD_M ("[\xc3\xa9]", PARSE, "1:2",
         "expected a value, found the character U+00E9"),
  BAD_N ("[\0]", PARSE, "1:2"),
  BAD_N ("[1]\0", PARSE, "1:4"),
  BAD ("[\"abc", PARSE, "1:2"),
  BAD ("[\"\\", PARSE, "1:2"),
  BAD ("\r\n[\r\n1,\r\n]", PARSE, "4:1"),
  BAD ("[\n  1,\n  x]", PARSE, "3:3"),
};

static const GuardCase number_cases[] = {
  BAD ("[01]", PARSE, "1:2"),
  BAD ("[00]", PARSE, "1:2"),
  BAD ("[-01]", PARSE, "1:2"),
  BAD_M ("[1.]", PARSE, "1:2",
         "invalid number: a decimal point must be followed by a digit"),
  BAD ("[1.e5]", PARSE, "1:2"),
  BAD ("[.1]", PARSE, "1:2"),
  BAD ("[+1]", PARSE, "1:2"),
  BAD ("[-]", PARSE, "1:2"),
  BAD ("[- 1]", PARSE, "1:2"),
  BAD ("[1e]", PARSE, "1:2"),
  BAD ("[1e+]", PARSE, "1:2"),
  BAD ("[1E-]", PARSE, "1:2"),
  BAD ("[0x10]", PARSE, "1:3"),
  BAD ("[1.2.3]", PARSE, "1:5"),
  BAD ("-", PARSE, "1:1"),
  BAD_M ("[100000000000000000000]", NUMBER, "1:2",
         "an integer outside the exact range "
         "+-9007199254740991"),
  BAD ("[9007199254740992]", NUMBER, "1:2"),
  BAD ("[-9007199254740992]", NUMBER, "1:2"),
  BAD ("[10000000000000000]", NUMBER, "1:2"),
  BAD_M ("[123456789012345678901234567890123456789012345678901234567890]",
         NUMBER, "1:2",
         "an integer outside "
         "the exact range +-9007199254740991"),
  BAD ("[1e400]", NUMBER, "1:2"),
  BAD ("[-1e400]", NUMBER, "1:2"),
  BAD ("[1e-400]", NUMBER, "1:2"),
  BAD ("[-1e-400]", NUMBER, "1:2"),
  BAD ("[0.1e-400]", NUMBER, "1:2"),
  BAD ("[2e-324]", NUMBER, "1:2"),
  BAD ("[1.7976931348623159e308]", NUMBER, "1:2"),
  BAD ("[1e99999999999999999999]", NUMBER, "1:2"),
  BAD ("[123e-10000000000]", NUMBER, "1:2"),
  BAD ("1e400", NUMBER, "1:1"),
  BAD ("[10000000000000000000000000000000000000000000000000000000000000000000.0e300]",
       NUMBER, "1:2"),
  BAD ("[0.0000000000000000000000000000000000000000000000000000000000000000000001e-300]",
       NUMBER, "1:2"),
};

static const GuardCase string_cases[] = {
  BAD ("[\"\\x\"]", PARSE, "1:3"),
  BAD ("[\"\\'\"]", PARSE, "1:3"),
  BAD ("[\"\\U0041\"]", PARSE, "1:3"),
  BAD ("[\"\\a\"]", PARSE, "1:3"),
  BAD ("[\"\\ \"]", PARSE, "1:3"),
  BAD ("[\"\\u12\"]", PARSE, "1:3"),
  BAD ("[\"\\uZZZZ\"]", PARSE, "1:3"),
  BAD ("[\"\\u", PARSE, "1:3"),
  BAD ("[\"\\ud800\"]", PARSE, "1:3"),
  BAD ("[\"\\udc00\"]", PARSE, "1:3"),
  BAD ("[\"\\ud800\\u0041\"]", PARSE, "1:3"),
  BAD ("[\"\\ud800\\ud800\"]", PARSE, "1:3"),
  BAD ("[\"\\ud800\\n\"]", PARSE, "1:3"),
  BAD ("[\"\\ude00\\ud83d\"]", PARSE, "1:3"),
  BAD ("[\"x\\ud800", PARSE, "1:4"),
  BAD ("[\"a\tb\"]", PARSE, "1:4"),
  BAD ("[\"a\nb\"]", PARSE, "1:4"),
  BAD ("[\"\x01\"]", PARSE, "1:3"),
  BAD ("[\"\x1f\"]", PARSE, "1:3"),
  BAD_N ("[\"a\0\"]", PARSE, "1:4"),
  BAD ("{\"a\tb\":1}", PARSE, "1:4"),
  BAD_M ("[\"a\\u0000b\"]", VALUE, "1:4",
         "string contains a NUL character (\\u0000)"),
  BAD_M ("{\"id\":\"a\\u0000\"}", VALUE, "1:9",
         "string contains a NUL character (\\u0000)"),
  BAD ("{\"\\u0000\":1}", VALUE, "1:3"),
  /* invalid UTF-8 */
  BAD ("[\"\xff\"]", PARSE, "1:3"),
  BAD ("[\"\xfe\"]", PARSE, "1:3"),
  BAD ("[\"\xc0\xaf\"]", PARSE, "1:3"),          /* overlong '/' */
  BAD ("[\"\xe0\x80\xaf\"]", PARSE, "1:3"),      /* overlong, 3 bytes */
  BAD ("[\"\xf0\x80\x80\xaf\"]", PARSE, "1:3"),  /* overlong, 4 bytes */
  BAD ("[\"\xe2\x82\"]", PARSE, "1:3"),          /* truncated */
  BAD ("[\"\xe2\x82", PARSE, "1:3"),             /* truncated at the end */
  BAD ("[\"a\xc3\"]", PARSE, "1:4"),
  BAD ("[\"\xed\xa0\x80\"]", PARSE, "1:3"),      /* encoded surrogate */
  BAD ("[\"\xf4\x90\x80\x80\"]", PARSE, "1:3"),  /* beyond U+10FFFF */
  BAD ("[\"\xf8\x88\x80\x80\x80\"]", PARSE, "1:3"),
  BAD ("[\"\x80\"]", PARSE, "1:3"),              /* lone continuation */
  BAD ("[\"\xc3\xa9\xff\"]", PARSE, "1:4"),
  BAD ("{\"\xff\":1}", PARSE, "1:3"),
  BAD ("[\xff]", PARSE, "1:2"),
};

static const GuardCase duplicate_cases[] = {
  BAD ("{\"a\":1,\"a\":2}", DUPLICATE_MEMBER, "1:8"),
  BAD ("{\"a\":1,\"\\u0061\":2}", DUPLICATE_MEMBER, "1:8"),
  BAD ("{\"a\\/\":1,\"a/\":2}", DUPLICATE_MEMBER, "1:10"),
  BAD ("{\"x\":{\"b\":1,\"b\":2}}", DUPLICATE_MEMBER, "1:13"),
  BAD ("[{\"a\":1},{\"b\":1,\"b\":2}]", DUPLICATE_MEMBER, "1:17"),
  BAD ("{\"a\":{\"a\":1},\"a\":2}", DUPLICATE_MEMBER, "1:14"),
  BAD ("{\"\xc3\xa9\":1,\"\\u00e9\":2}", DUPLICATE_MEMBER, "1:8"),
  BAD ("{\"\xf0\x9f\x98\x80\":1,\"\\ud83d\\ude00\":2}", DUPLICATE_MEMBER, "1:8"),
  BAD ("{\"a\":1,\n \"a\":2}", DUPLICATE_MEMBER, "2:2"),
  BAD_M ("{\"id\":1,\"id\":2}", DUPLICATE_MEMBER, "1:9",
         "a member name appears twice in the object"),
  BAD_M ("{\"a\\\"\\n\":1,\"a\\\"\\n\":2}", DUPLICATE_MEMBER, "1:12",
         "a member name appears twice in the object"),
  BAD_M ("{\"\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9"
         "\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9"
         "\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9"
         "\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9"
         "\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9"
         "xyz\":1,"
         "\"\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9"
         "\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9"
         "\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9"
         "\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9"
         "\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9"
         "xyz\":2}",
         DUPLICATE_MEMBER, "1:50",
         "a member name appears twice in the object"),
};

static const GuardCase limit_cases[] = {
  VALID_L ("[[[]]]", depth_3),
  VALID_L ("{\"a\":{\"b\":[]}}", depth_3),
  VALID_L ("[1,[2,[3]],[4]]", depth_3),
  BAD_LM ("[[[[]]]]", LIMIT, "1:4", "nesting deeper than 3 levels", depth_3),
  BAD_L ("{\"a\":{\"b\":[[]]}}", LIMIT, "1:12", depth_3),
  BAD_L ("[[[{}]]]", LIMIT, "1:4", depth_3),
  VALID_L ("[\"12345678\"]", string_8),
  VALID_L ("{\"12345678\":\"\"}", string_8),
  VALID_L ("[\"\\n\\n\\n\\n\"]", string_8),
  VALID_L ("[\"\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\"]", string_8),
  BAD_LM ("[\"123456789\"]", LIMIT, "1:2",
          "string is longer than the limit of 8 bytes", string_8),
  BAD_LM ("{\"123456789\":1}", LIMIT, "1:2",
          "member name is longer than the limit of 8 bytes", string_8),
  BAD_L ("[\"\\n\\n\\n\\n\\n\"]", LIMIT, "1:2", string_8),
  BAD_L ("[\"1234567\\n\"]", LIMIT, "1:2", string_8),
  BAD_L ("[\"\\u00e9\\u00e9\"]", LIMIT, "1:2", string_8),
  BAD_L ("[\"\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\"]", LIMIT, "1:2",
         string_8),
  BAD_L ("[\"123456789", LIMIT, "1:2", string_8),
  VALID_L ("[1,2,3,4]", size_10),
  VALID_L ("[1,2,3,4] ", size_10),
  BAD_LM ("[1,2,3,4,5]", LIMIT, "1:1",
          "document is 11 bytes, more than the limit of 10", size_10),
  BAD_L ("garbage!!!!", LIMIT, "1:1", size_10),   /* size comes first */
};

/* Checks one case; returns FALSE (after printing why) if it failed. */
static gboolean
check_case (const GuardCase *c)
{
  gsize length = c->length < 0 ? strlen (c->input) : (gsize) c->length;
  /* an exact-size copy, so that reading past the end is caught by
   * valgrind and ASan */
  g_autofree char *copy = g_memdup2 (c->input, length);
  const char *data = length > 0 ? copy : "";
  g_autoptr(GError) error = NULL;
  gboolean ok;
  gboolean ok_without_error;

  ok = _coprod_json_guard_check (data, length, c->limits, &error);
  ok_without_error = _coprod_json_guard_check (data, length, c->limits, NULL);

  if (ok != ok_without_error)
    {
      print_error ("case %s: the result depends on whether error is NULL\n",
                   c->input);
      return FALSE;
    }

  if (c->code == OK)
    {
      if (!ok || error != NULL)
        {
          print_error ("case %s: expected success, got %s\n", c->input,
                       error != NULL ? error->message : "FALSE, no error");
          return FALSE;
        }
      return TRUE;
    }

  if (ok || error == NULL)
    {
      print_error ("case %s: expected error %d, got success\n",
                   c->input, c->code);
      return FALSE;
    }
  if (!g_error_matches (error, COPROD_ERROR, c->code))
    {
      print_error ("case %s: expected error %d, got %d: %s\n",
                   c->input, c->code, error->code, error->message);
      return FALSE;
    }
  if (!g_utf8_validate (error->message, -1, NULL) ||
      !g_regex_match_simple ("^[0-9]+:[0-9]+: ", error->message, 0, 0))
    {
      print_error ("case %s: malformed message: %s\n", c->input,
                   error->message);
      return FALSE;
    }
  if (c->where != NULL)
    {
      g_autofree char *prefix = g_strconcat (c->where, ": ", NULL);

      if (!g_str_has_prefix (error->message, prefix))
        {
          print_error ("case %s: expected location %s, got message: %s\n",
                       c->input, c->where, error->message);
          return FALSE;
        }
      if (c->message != NULL &&
          strcmp (error->message + strlen (prefix), c->message) != 0)
        {
          print_error ("case %s: expected message \"%s\", got \"%s\"\n",
                       c->input, c->message, error->message);
          return FALSE;
        }
    }

  return TRUE;
}

static void
check_cases (const GuardCase *cases,
             gsize            n_cases)
{
  gsize failures = 0;
  gsize i;

  for (i = 0; i < n_cases; i++)
    if (!check_case (&cases[i]))
      failures++;

  assert_int_equal (failures, 0);
}

#define CHECK_CASES(table) check_cases (table, G_N_ELEMENTS (table))

static void
test_valid (void **state)
{
  (void) state;
  CHECK_CASES (valid_cases);
}

static void
test_syntax (void **state)
{
  (void) state;
  CHECK_CASES (syntax_cases);
}

static void
test_numbers (void **state)
{
  (void) state;
  CHECK_CASES (number_cases);
}

static void
test_strings (void **state)
{
  (void) state;
  CHECK_CASES (string_cases);
}

static void
test_duplicates (void **state)
{
  (void) state;
  CHECK_CASES (duplicate_cases);
}

static void
test_limits (void **state)
{
  (void) state;
  CHECK_CASES (limit_cases);
}

/* A string of n opening brackets followed by n closing ones when close. */
static char *
make_nested (const char *open,
             const char *close,
             gsize       n,
             gboolean    closed)
{
  GString *s = g_string_new (NULL);
  gsize i;

  for (i = 0; i < n; i++)
    g_string_append (s, open);
  if (closed)
    for (i = 0; i < n; i++)
      g_string_append (s, close);

  return g_string_free (s, FALSE);
}

static void
test_deep_nesting (void **state)
{
  g_autofree char *deep = make_nested ("[", "]", 100000, FALSE);
  g_autoptr(GError) error = NULL;
  gint64 start;

  (void) state;

  /* 100,000 '[' crash json-glib; here they are a LIMIT error, at once */
  start = g_get_monotonic_time ();
  assert_false (_coprod_json_guard_check (deep, strlen (deep), NULL, &error));
  assert_true (g_get_monotonic_time () - start < 10 * G_USEC_PER_SEC);
  assert_true (g_error_matches (error, COPROD_ERROR, COPROD_ERROR_LIMIT));
  assert_string_equal (error->message, "1:65: nesting deeper than 64 levels");
}

static void
test_deep_nesting_allowed (void **state)
{
  /* with a high enough limit, 100,000 levels pass: no recursion */
  CoprodJsonLimits limits = {
    COPROD_JSON_DEFAULT_MAX_SIZE, 100000, COPROD_JSON_DEFAULT_MAX_STRING
  };
  g_autofree char *arrays = make_nested ("[", "]", 100000, TRUE);
  g_autofree char *objects = make_nested ("{\"a\":[", "]}", 50000, TRUE);
  g_autofree char *over = make_nested ("[", "]", 100001, TRUE);
  g_autoptr(GError) error = NULL;

  (void) state;

  assert_true (_coprod_json_guard_check (arrays, strlen (arrays), &limits,
                                         &error));
  assert_null (error);
  assert_true (_coprod_json_guard_check (objects, strlen (objects), &limits,
                                         &error));
  assert_null (error);
  assert_false (_coprod_json_guard_check (over, strlen (over), &limits,
                                          &error));
  assert_true (g_error_matches (error, COPROD_ERROR, COPROD_ERROR_LIMIT));
  assert_true (g_str_has_prefix (error->message, "1:100001: "));
}

static void
test_default_depth (void **state)
{
  g_autofree char *arrays_64 = make_nested ("[", "]", 64, TRUE);
  g_autofree char *arrays_65 = make_nested ("[", "]", 65, TRUE);
  g_autofree char *objects_64 = NULL;
  g_autofree char *objects_65 = NULL;
  g_autoptr(GError) error = NULL;
  GString *s;
  gsize i;

  (void) state;

  /* {"a":{"a":...{}...}}: the innermost {} is level n */
  s = g_string_new (NULL);
  for (i = 0; i < 63; i++)
    g_string_append (s, "{\"a\":");
  g_string_append (s, "{}");
  for (i = 0; i < 63; i++)
    g_string_append (s, "}");
  objects_64 = g_string_free (s, FALSE);
  objects_65 = g_strdup_printf ("[%s]", objects_64);

  assert_true (_coprod_json_guard_check (arrays_64, strlen (arrays_64), NULL,
                                         &error));
  assert_true (_coprod_json_guard_check (objects_64, strlen (objects_64),
                                         NULL, &error));
  assert_null (error);

  assert_false (_coprod_json_guard_check (arrays_65, strlen (arrays_65), NULL,
                                          &error));
  assert_true (g_error_matches (error, COPROD_ERROR, COPROD_ERROR_LIMIT));
  assert_string_equal (error->message, "1:65: nesting deeper than 64 levels");
  g_clear_error (&error);

  assert_false (_coprod_json_guard_check (objects_65, strlen (objects_65),
                                          NULL, &error));
  assert_true (g_error_matches (error, COPROD_ERROR, COPROD_ERROR_LIMIT));
  assert_true (g_str_has_prefix (error->message, "1:"));
}

static void
test_default_string_limit (void **state)
{
  gsize max = COPROD_JSON_DEFAULT_MAX_STRING;
  g_autofree char *at_limit = g_malloc (max + 4);
  g_autofree char *over_limit = g_malloc (max + 5);
  g_autoptr(GError) error = NULL;

  (void) state;

  at_limit[0] = '[';
  at_limit[1] = '"';
  memset (at_limit + 2, 'x', max);
  at_limit[max + 2] = '"';
  at_limit[max + 3] = ']';
  assert_true (_coprod_json_guard_check (at_limit, max + 4, NULL, &error));
  assert_null (error);

  over_limit[0] = '[';
  over_limit[1] = '"';
  memset (over_limit + 2, 'x', max + 1);
  over_limit[max + 3] = '"';
  over_limit[max + 4] = ']';
  assert_false (_coprod_json_guard_check (over_limit, max + 5, NULL, &error));
  assert_true (g_error_matches (error, COPROD_ERROR, COPROD_ERROR_LIMIT));
  assert_string_equal (error->message,
                       "1:2: string is longer than the limit of 1048576 bytes");
}

static void
test_many_members (void **state)
{
  GString *s = g_string_new ("{");
  g_autofree char *doc = NULL;
  g_autoptr(GError) error = NULL;
  gsize i;

  (void) state;

  for (i = 0; i < 50000; i++)
    g_string_append_printf (s, "%s\"k%" G_GSIZE_FORMAT "\":{\"k\":%" G_GSIZE_FORMAT "}",
                            i == 0 ? "" : ",", i, i);
  g_string_append (s, ",\"k49999\":0}");
  doc = g_string_free (s, FALSE);

  /* the last member repeats one: found, and nothing leaks */
  assert_false (_coprod_json_guard_check (doc, strlen (doc), NULL, &error));
  assert_true (g_error_matches (error, COPROD_ERROR,
                                COPROD_ERROR_DUPLICATE_MEMBER));
  assert_string_equal (error->message + strcspn (error->message, " "),
                       " a member name appears twice in the object");
  g_clear_error (&error);

  /* without it, fine */
  strcpy (strrchr (doc, ','), "}");
  assert_true (_coprod_json_guard_check (doc, strlen (doc), NULL, &error));
  assert_null (error);
}

static void
test_not_nul_terminated (void **state)
{
  const char bytes[] = { '[', '1', ']', 'x', 'y', 'z' };
  const char open[] = { '[', '1', '2' };
  g_autoptr(GError) error = NULL;

  (void) state;

  assert_true (_coprod_json_guard_check (bytes, 3, NULL, &error));
  assert_null (error);
  assert_false (_coprod_json_guard_check (bytes, 6, NULL, &error));
  assert_true (g_error_matches (error, COPROD_ERROR, COPROD_ERROR_PARSE));
  assert_true (g_str_has_prefix (error->message, "1:4: "));
  g_clear_error (&error);

  assert_false (_coprod_json_guard_check (open, 2, NULL, &error));
  assert_true (g_error_matches (error, COPROD_ERROR, COPROD_ERROR_PARSE));
  assert_true (g_str_has_prefix (error->message, "1:3: "));
  g_clear_error (&error);

  assert_false (_coprod_json_guard_check (NULL, 0, NULL, &error));
  assert_true (g_error_matches (error, COPROD_ERROR, COPROD_ERROR_PARSE));
  assert_string_equal (error->message, "1:1: document is empty");
}

static const char mutation_base[] =
  "{\n"
  "  \"id\": \"p-1\",\n"
  "  \"name\": \"Sam \\u00e9 \\ud83d\\ude00 caf\xc3\xa9 \xe2\x82\xac\xf0\x9f\x98\x80\",\n"
  "  \"tags\": [\"a\", \"b\\n\\t\\\"\\\\\\/\", [], \"\\uFFFF\"],\n"
  "  \"n\": [0, -0, 1.5e300, -12.25E-3, 9007199254740991, true, false, null],\n"
  "  \"nested\": {\"a\": {\"b\": {\"c\": [[[{}]]], \"d\": 1}}, \"e\": {}},\n"
  "  \"\\u0061b\": {\"x\": 1, \"y\": [1, 2, {\"x\": 2}]}\n"
  "}\n";

/* bytes that tend to lead somewhere interesting */
static const char mutation_alphabet[] =
  "[]{}\",:\\/u0123456789abcdefABCDEF.eE+- \t\n\rtrufalsn\x7f\x80\xbf\xc3\xed\xf0\xff";

static void
test_random_mutations (void **state)
{
  static const CoprodJsonLimits tight = { 400, 4, 16 };
  g_autoptr(GRand) rand = g_rand_new_with_seed (20240607);
  g_autoptr(GRegex) location = g_regex_new ("^[0-9]+:[0-9]+: ", 0, 0, NULL);
  guint accepted = 0, rejected = 0;
  guint i;

  (void) state;

  /* the base itself is valid */
  assert_true (_coprod_json_guard_check (mutation_base,
                                         strlen (mutation_base), NULL, NULL));

  for (i = 0; i < 2000; i++)
    {
      g_autoptr(GString) doc = g_string_new_len (mutation_base,
                                                 strlen (mutation_base));
      guint n_mutations = g_rand_int_range (rand, 1, 4);
      guint m, l;


      for (m = 0; m < n_mutations; m++)
        {
          guint pos = g_rand_int_range (rand, 0, doc->len + 1);
          char byte;

          if (g_rand_boolean (rand))
            byte = mutation_alphabet[g_rand_int_range (rand, 0,
                                                       sizeof mutation_alphabet - 1)];
          else
            byte = (char) g_rand_int_range (rand, 0, 256);

          switch (g_rand_int_range (rand, 0, 3))
            {
            case 0:   /* flip a bit, or replace the byte */
              if (pos < doc->len)
                {
                  if (g_rand_boolean (rand))
                    doc->str[pos] ^= (char) (1 << g_rand_int_range (rand, 0, 8));
                  else
                    doc->str[pos] = byte;
                }
              break;
            case 1:   /* insert */
              g_string_insert_c (doc, pos, byte);
              break;
            default:  /* delete */
              if (pos < doc->len)
                g_string_erase (doc, pos, 1);
              break;
            }
        }

      for (l = 0; l < 2; l++)
        {
          /* exact size, so over-reads are caught */
          g_autofree char *copy = g_memdup2 (doc->str, doc->len);
          g_autoptr(GError) error = NULL;
          gboolean ok;

          ok = _coprod_json_guard_check (doc->len > 0 ? copy : "", doc->len,
                                         l == 0 ? NULL : &tight, &error);
          if (ok)
            {
              assert_null (error);
              accepted++;
              continue;
            }

          rejected++;
          assert_non_null (error);
          assert_true (error->domain == COPROD_ERROR);
          assert_true (error->code == COPROD_ERROR_PARSE ||
                       error->code == COPROD_ERROR_LIMIT ||
                       error->code == COPROD_ERROR_NUMBER ||
                       error->code == COPROD_ERROR_VALUE ||
                       error->code == COPROD_ERROR_DUPLICATE_MEMBER);
          assert_true (g_utf8_validate (error->message, -1, NULL));
          if (!g_regex_match (location, error->message, 0, NULL))
            fail_msg ("message without a location: %s", error->message);
        }
    }

  /* both outcomes happened, or the mutations were pointless */
  assert_true (accepted > 0);
  assert_true (rejected > 0);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_valid),
    cmocka_unit_test (test_syntax),
    cmocka_unit_test (test_numbers),
    cmocka_unit_test (test_strings),
    cmocka_unit_test (test_duplicates),
    cmocka_unit_test (test_limits),
    cmocka_unit_test (test_deep_nesting),
    cmocka_unit_test (test_deep_nesting_allowed),
    cmocka_unit_test (test_default_depth),
    cmocka_unit_test (test_default_string_limit),
    cmocka_unit_test (test_many_members),
    cmocka_unit_test (test_not_nul_terminated),
    cmocka_unit_test (test_random_mutations),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
