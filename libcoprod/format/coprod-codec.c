/* coprod-codec.c: the JSON format
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The format is written from the records' field tables
 * (model/coprod-field-private.h): a member for every field that is saved,
 * named as the property with '_' for '-' (Popolo's spelling: "person_id",
 * "retain_until"), in table order; enums as their nick, flags as an array
 * of nicks (a single flag as one nick), dates and other strings as
 * strings, lists of strings as arrays, and the lists of objects inside a
 * record (a project's involvements, a partnership's memberships) as arrays
 * of objects. Members this version does not know are kept on the object
 * they were read with and written back after the known ones.
 *
 * Reading is strict: the bytes pass the guard (coprod-json-guard.c) before
 * json-glib sees them, and every member is checked against its field
 * before any object is made. An error names the collection, the index, the
 * record id and the member.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "coprod-codec-private.h"
#include "coprod-date.h"
#include "coprod-error.h"
#include "coprod-json-guard-private.h"
#include "coprod-json-private.h"
#include "coprod-json-reader-private.h"
#include "coprod-record-private.h"
#include "coprod-version.h"

#ifdef G_OS_UNIX
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gstdio.h>
#endif

/* The saved fields of @type, in the order they are written */
static const CoprodField *
saved_fields (GType  type,
              guint *n_fields)
{
  const CoprodField *fields = _coprod_fields_of_type (type, n_fields);

  /* every record type and every object inside a record has a table */
  g_assert (fields != NULL);
  return fields;
}

static const CoprodField *
find_saved_field (GType       type,
                  const char *member)
{
  const CoprodField *field = _coprod_fields_find_member (type, member);

  if (field == NULL || (field->flags & COPROD_FIELD_NOT_SAVED) != 0)
    return NULL;

  return field;
}

static char *
nicks_of_enum (GEnumClass *eclass)
{
  GString *s = g_string_new (NULL);
  guint i;

  for (i = 0; i < eclass->n_values; i++)
    g_string_append_printf (s, "%s%s", i ? ", " : "", eclass->values[i].value_nick);

  return g_string_free (s, FALSE);
}

static char *
nicks_of_flags (GFlagsClass *fclass)
{
  GString *s = g_string_new (NULL);
  guint i;

  for (i = 0; i < fclass->n_values; i++)
    if (fclass->values[i].value != 0)
      g_string_append_printf (s, "%s%s", s->len ? ", " : "", fclass->values[i].value_nick);

  return g_string_free (s, FALSE);
}


/* Unknown members, kept on the object opaquely for the model */

static void
set_unknown (gpointer    object,
             JsonObject *unknown)
{
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  JsonObjectIter iter;
  const char *member;

  if (unknown == NULL || json_object_get_size (unknown) == 0)
    {
      _coprod_object_set_extra (object, NULL, NULL, NULL);
      return;
    }

  json_object_iter_init_ordered (&iter, unknown);
  while (json_object_iter_next_ordered (&iter, &member, NULL))
    g_strv_builder_add (names, member);

  _coprod_object_set_extra (object, g_strv_builder_end (names),
                            json_object_ref (unknown),
                            (GDestroyNotify) json_object_unref);
}

static JsonObject *
get_unknown (gpointer object)
{
  return _coprod_object_get_extra (object);
}

/* Reading: one pass of the reader (coprod-json-reader.c) over the bytes,
 * each member written straight into its record through the field table.
 *
 * Which error a document with several gets is the one the reading in
 * three passes gave: a fault in the bytes anywhere (the guard's, with its
 * line and column) before a wrong "format" or "version", and those before
 * any fault in a record; within a record, a problem with its id before
 * the other members, and those before the objects inside it. So a fault
 * in a record does not end the pass: the reader goes on checking the
 * bytes, building nothing more. */

/* The saved fields of a type, for looking members up by name */
typedef struct
{
  GType               type;
  gboolean            is_record;
  guint               n;
  const CoprodField  *fields[64];
  guint8              lengths[64];
} TypeFields;

typedef struct Path Path;
struct Path
{
  const Path *parent;
  const char *member;
  guint       index;
};

/* The problems found in one record, as the end of a message: the record
 * is named in front of them once its id is known */
typedef struct
{
  char *field_error;   /* ", member \"x\": ..." */
  int   field_code;
  char *child_error;   /* ", memberships[1], member \"x\": ..." */
  int   child_code;
} RecordErrors;

/* A place in the table of field strings: the string, with its length
 * and the low bits of its hash beside it, so that a look-up reads a
 * string only when it is most likely the one */
typedef struct
{
  char   *string;
  guint32 length;
  guint32 tag;
} InternEntry;

typedef struct Half Half;

/* A string of the second half that is to be the first half's: an id or a
 * reference, which the registry finds by the address of the id's string */
typedef struct
{
  gpointer    target;     /* where it goes (char **), or the record whose id
                             it is; while its list is being read, its place
                             in l->strv */
  const char *s;          /* in the document's bytes */
  guint32     tag;        /* the low bits of its hash */
  guint8      len;
  gboolean    is_id : 1;
} Fixup;

typedef struct
{
  CoprodJsonReader  r;
  GError           *error;      /* the first fault in a record or collection */
  gboolean          stop;       /* build nothing more */
  TypeFields       *types[32];
  guint             n_types;
  GPtrArray        *strv;       /* scratch for lists of strings */
  GPtrArray        *children;   /* scratch for the objects of lists inside
                                   records, each list above the one it is in */
  GHashTable       *seen;       /* id -> record, for the registry's index */
  CoprodDocument   *doc;
  /* the field strings made so far, shared by every record that holds the
   * same value (open addressing, keyed hash: names cannot be made to
   * collide); each holds a reference */
  InternEntry      *strings;
  guint             n_strings;
  guint             strings_size;
  /* a load in two halves (see "Reading in two halves" below) */
  Half             *half;       /* the first half's view of the second */
  gboolean          deferring;  /* the second half: ids and references are
                                   found in the first half's table later */
  GArray           *fixups;     /* of Fixup, what is deferred */
  char             *placeholder;/* held where a deferred string will go */
  gboolean          landed;     /* the first half took the second's records */
  gboolean          abandoned;  /* read it again, in one pass */
} Loader;

/* Strings longer than this are seldom repeated: they are not looked up */
#define INTERN_MAX 64

/* An entry's place starts at its tag (the low bits of its hash), so the
 * table grows without reading its strings */
static void
intern_insert (Loader      *l,
               InternEntry  entry)
{
  guint mask = l->strings_size - 1;
  guint i;

  for (i = entry.tag & mask; l->strings[i].string != NULL; i = (i + 1) & mask)
    ;
  l->strings[i] = entry;
}

/* A field string of the @len bytes at @s: a new reference to the one
 * made before for the same bytes, or a new one. Ids that records name,
 * dates, currencies and short texts (an area, a venue, a role) are shared:
 * they are most of the repeated values, and few distinct ones, so the
 * table stays small enough to be quick; longer free text and lists of
 * free text are seldom repeated and are copied. */
static inline guint32
intern_tag (const char *s,
            gsize       len)
{
  return (guint32) _coprod_json_name_hash (s, len);
}

/* intern() of a string whose tag is known */
static char *
intern_tagged (Loader     *l,
               const char *s,
               gsize       len,
               guint32     tag)
{
  guint mask, i;
  char *made;

  if (l->strings_size > 0)
    {
      mask = l->strings_size - 1;
      for (i = tag & mask; l->strings[i].string != NULL; i = (i + 1) & mask)
        if (l->strings[i].tag == tag && l->strings[i].length == len &&
            memcmp (l->strings[i].string, s, len) == 0)
          return g_ref_string_acquire (l->strings[i].string);
    }

  if ((l->n_strings + 1) * 2 > l->strings_size)
    {
      InternEntry *old = l->strings;
      guint old_size = l->strings_size;

      l->strings_size = MAX (1024, old_size * 2);
      l->strings = g_new0 (InternEntry, l->strings_size);
      for (i = 0; i < old_size; i++)
        if (old[i].string != NULL)
          intern_insert (l, old[i]);
      g_free (old);
    }

  made = _coprod_field_string_new (s, (gssize) len);
  intern_insert (l, (InternEntry) { made, (guint32) len, tag });
  l->n_strings++;

  return g_ref_string_acquire (made);
}

static char *
intern (Loader     *l,
        const char *s,
        gsize       len)
{
  if (len > INTERN_MAX)
    return _coprod_field_string_new (s, (gssize) len);

  return intern_tagged (l, s, len, intern_tag (s, len));
}

/* A reference (or an id) of @len bytes at @s, to be the string at
 * @location (or, when @location is NULL, at place @index of l->strv).
 * In the second half of a load in two halves it is deferred: the
 * placeholder stands in for it until the first half interns it. A string
 * with escapes (not in the document's bytes as it is) is interned here:
 * it is found by its text rather than by its address. */
static char *
intern_ref (Loader     *l,
            const char *s,
            gsize       len,
            char      **location,
            guint       index)
{
  Fixup fixup;

  if (!l->deferring || len > INTERN_MAX ||
      (const guchar *) s < l->r.data || (const guchar *) s >= l->r.end)
    return intern (l, s, len);

  /* hashed here, by the second half's thread */
  fixup.target = location != NULL ? (gpointer) location : GUINT_TO_POINTER (index);
  fixup.s = s;
  fixup.tag = intern_tag (s, len);
  fixup.len = (guint8) len;
  fixup.is_id = FALSE;
  g_array_append_val (l->fixups, fixup);

  return g_ref_string_acquire (l->placeholder);
}

static void
intern_clear (Loader *l)
{
  guint i;

  for (i = 0; i < l->strings_size; i++)
    if (l->strings[i].string != NULL)
      g_ref_string_release (l->strings[i].string);
  g_clear_pointer (&l->strings, g_free);
}

static const TypeFields *
type_fields (Loader *l,
             GType   type)
{
  TypeFields *tf;
  const CoprodField *fields;
  guint i, n;

  for (i = 0; i < l->n_types; i++)
    if (l->types[i]->type == type)
      return l->types[i];

  fields = saved_fields (type, &n);
  tf = g_new0 (TypeFields, 1);
  tf->type = type;
  tf->is_record = g_type_is_a (type, COPROD_TYPE_RECORD);
  for (i = 0; i < n; i++)
    if ((fields[i].flags & COPROD_FIELD_NOT_SAVED) == 0)
      {
        g_assert (tf->n < G_N_ELEMENTS (tf->fields));
        tf->fields[tf->n] = &fields[i];
        tf->lengths[tf->n] = (guint8) strlen (fields[i].member);
        tf->n++;
      }
  g_assert (l->n_types < G_N_ELEMENTS (l->types));
  l->types[l->n_types++] = tf;

  return tf;
}

static int
find_field (const TypeFields *tf,
            const char       *name,
            gsize             len)
{
  guint i;

  for (i = 0; i < tf->n; i++)
    if (tf->lengths[i] == len && memcmp (tf->fields[i]->member, name, len) == 0)
      return (int) i;

  return -1;
}

static void
append_path (GString    *s,
             const Path *path)
{
  if (path == NULL)
    return;
  append_path (s, path->parent);
  g_string_append_printf (s, ", %s[%u]", path->member, path->index);
}

static void set_error_suffix (char       **slot,
                              int         *code_slot,
                              int          code,
                              const Path  *path,
                              const char  *member,
                              const char  *format,
                              ...) G_GNUC_PRINTF (6, 7);

/* Keeps the first problem of a kind: "[, list[i]...][, member \"m\"]: what" */
static void
set_error_suffix (char       **slot,
                  int         *code_slot,
                  int          code,
                  const Path  *path,
                  const char  *member,
                  const char  *format,
                  ...)
{
  GString *s;
  va_list args;

  if (*slot != NULL)
    return;

  s = g_string_new (NULL);
  append_path (s, path);
  if (member != NULL)
    g_string_append_printf (s, ", member \"%s\"", member);
  g_string_append (s, ": ");
  va_start (args, format);
  g_string_append_vprintf (s, format, args);
  va_end (args);

  *slot = g_string_free (s, FALSE);
  *code_slot = code;
}

#define FIELD_ERROR(errs, path, member, code, ...) \
  set_error_suffix (&(errs)->field_error, &(errs)->field_code, (code), (path), (member), __VA_ARGS__)

/* A record id, as coprod_record_id_is_valid() has it; @s is valid UTF-8 */
static gboolean
id_is_valid (const char *s,
             gsize       len)
{
  gsize i;

  if (len == 0 || len > 256)
    return FALSE;
  for (i = 0; i < len; i++)
    if ((guchar) s[i] >= 0x7f || (guchar) s[i] < 0x20)
      break;
  if (i == len)
    return s[0] != ' ' && s[len - 1] != ' ';

  {
    g_autofree char *copy = g_strndup (s, len);

    return coprod_record_id_is_valid (copy);
  }
}

#define ID_RULES "(1 to 256 bytes, no control characters, no characters that reorder text, no white space at either end)"

/* A date as coprod_date_validate() has it; the problem in @problem, which
 * never quotes the value (see doc/privacy.md: a date may say something
 * about a person). */
static gboolean
date_is_valid (const char  *s,
               gsize        len,
               char       **problem)
{
  guint year = 0, month = 1, day = 1, i;

  if (!(len == 4 || (len == 7 && s[4] == '-') ||
        (len == 10 && s[4] == '-' && s[7] == '-')))
    goto bad_form;
  for (i = 0; i < len; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (s[i]))
      goto bad_form;

  year = (guint) (s[0] - '0') * 1000 + (guint) (s[1] - '0') * 100 +
         (guint) (s[2] - '0') * 10 + (guint) (s[3] - '0');
  if (len >= 7)
    month = (guint) (s[5] - '0') * 10 + (guint) (s[6] - '0');
  if (len == 10)
    day = (guint) (s[8] - '0') * 10 + (guint) (s[9] - '0');

  if (year >= 1000 && month >= 1 && month <= 12 && day >= 1 &&
      (day <= 28 || day <= g_date_get_days_in_month ((GDateMonth) month, (GDateYear) year)))
    return TRUE;

  if (year < 1000)
    {
      *problem = g_strdup ("not a valid date: the year must be from 1000 to 9999");
      return FALSE;
    }
  if (month < 1 || month > 12)
    {
      *problem = g_strdup ("not a valid date: the month must be from 01 to 12");
      return FALSE;
    }
  if (day < 1 || day > g_date_get_days_in_month ((GDateMonth) month, (GDateYear) year))
    {
      *problem = g_strdup ("not a valid date: the day is not in that month");
      return FALSE;
    }
  return TRUE;

bad_form:
  *problem = g_strdup ("not a date of the form YYYY-MM-DD, YYYY-MM or YYYY");
  return FALSE;
}

/* The length of @s (valid UTF-8) as the writer writes it, as
 * _coprod_field_text_is_valid() counts it */
static gsize
written_length (const char *s,
                gsize       len)
{
  gsize n = 0, i;

  for (i = 0; i < len; i++)
    {
      guchar c = (guchar) s[i];

      if (c == '"' || c == '\\' || c == '\b' || c == '\f' || c == '\n' ||
          c == '\r' || c == '\t')
        n += 2;
      else if (c < 0x20 || c == 0x7f)
        n += 6;
      else
        n += 1;
    }

  return n;
}

static int
enum_value (GEnumClass *eclass,
            const char *nick,
            gsize       len,
            gboolean   *found)
{
  guint i;

  for (i = 0; i < eclass->n_values; i++)
    if (strncmp (eclass->values[i].value_nick, nick, len) == 0 &&
        eclass->values[i].value_nick[len] == '\0')
      {
        *found = TRUE;
        return eclass->values[i].value;
      }

  *found = FALSE;
  return 0;
}

static const GFlagsValue *
flags_value (GFlagsClass *fclass,
             const char  *nick,
             gsize        len)
{
  guint i;

  for (i = 0; i < fclass->n_values; i++)
    if (strncmp (fclass->values[i].value_nick, nick, len) == 0 &&
        fclass->values[i].value_nick[len] == '\0')
      return &fclass->values[i];

  return NULL;
}

static gboolean read_children (Loader            *l,
                               GObject           *owner,
                               const CoprodField *field,
                               const Path        *path,
                               RecordErrors      *errs);

/* The value of one field into @object (NULL: only checked). FALSE when
 * the bytes break a rule; a wrong value is kept in @errs and read past. */
static gboolean
read_field (Loader            *l,
            GObject           *object,
            const CoprodField *field,
            const Path        *path,
            RecordErrors      *errs)
{
  CoprodJsonReader *r = &l->r;
  CoprodJsonKind kind = _coprod_json_reader_peek (r);
  const char *member = field->member;
  gpointer p = object != NULL ? _COPROD_FIELD_P (object, field) : NULL;

  if (kind == COPROD_JSON_NONE)
    return FALSE;

  switch (field->kind)
    {
    case COPROD_FIELD_TEXT:
    case COPROD_FIELD_DATE:
    case COPROD_FIELD_CURRENCY:
    case COPROD_FIELD_REF:
      {
        const char *s;
        gsize len;

        if (kind == COPROD_JSON_NULL)
          return _coprod_json_reader_read_literal (r);   /* the default stays */
        if (kind != COPROD_JSON_STRING)
          {
            FIELD_ERROR (errs, path, member, COPROD_ERROR_TYPE,
                         "expected a string, found %s", _coprod_json_kind_name (kind));
            return _coprod_json_reader_skip (r);
          }
        if (!_coprod_json_reader_read_string (r, &s, &len))
          return FALSE;

        if (field->kind == COPROD_FIELD_DATE)
          {
            g_autofree char *problem = NULL;

            if (!date_is_valid (s, len, &problem))
              {
                FIELD_ERROR (errs, path, member, COPROD_ERROR_DATE, "%s", problem);
                return TRUE;
              }
          }
        else if (field->kind == COPROD_FIELD_CURRENCY)
          {
            if (len != 3 || !g_ascii_isupper (s[0]) || !g_ascii_isupper (s[1]) ||
                !g_ascii_isupper (s[2]))
              {
                FIELD_ERROR (errs, path, member, COPROD_ERROR_VALUE,
                             "not an ISO 4217 currency code (three capital letters, such as GBP)");
                return TRUE;
              }
          }
        else if (field->kind == COPROD_FIELD_REF)
          {
            if (!id_is_valid (s, len))
              {
                FIELD_ERROR (errs, path, member, COPROD_ERROR_ID,
                             "not a valid record id " ID_RULES);
                return TRUE;
              }
          }
        else if (len > COPROD_FIELD_MAX_TEXT / 6 &&
                 written_length (s, len) > COPROD_FIELD_MAX_TEXT)
          {
            FIELD_ERROR (errs, path, member, COPROD_ERROR_LIMIT,
                         "the text is longer than the limit of %" G_GSIZE_FORMAT
                         " bytes as written", COPROD_FIELD_MAX_TEXT);
            return TRUE;
          }

        if (p != NULL)
          {
            _coprod_field_string_free (*(char **) p);
            if (field->kind == COPROD_FIELD_REF)
              *(char **) p = intern_ref (l, s, len, (char **) p, 0);
            else
              *(char **) p = field->kind == COPROD_FIELD_TEXT && len > 32 ?
                _coprod_field_string_new (s, (gssize) len) : intern (l, s, len);
          }
        return TRUE;
      }

    case COPROD_FIELD_BOOLEAN:
      if (kind != COPROD_JSON_TRUE && kind != COPROD_JSON_FALSE)
        {
          FIELD_ERROR (errs, path, member, COPROD_ERROR_TYPE,
                       "expected true or false, found %s", _coprod_json_kind_name (kind));
          return _coprod_json_reader_skip (r);
        }
      if (p != NULL)
        *(gboolean *) p = kind == COPROD_JSON_TRUE;
      return _coprod_json_reader_read_literal (r);

    case COPROD_FIELD_INT:
    case COPROD_FIELD_UINT:
    case COPROD_FIELD_INT64:
    case COPROD_FIELD_DOUBLE:
      {
        gboolean is_integer;
        gint64 v;
        double d;

        if (kind != COPROD_JSON_INTEGER &&
            (field->kind != COPROD_FIELD_DOUBLE || kind != COPROD_JSON_DOUBLE))
          {
            FIELD_ERROR (errs, path, member, COPROD_ERROR_TYPE, "expected %s, found %s",
                         field->kind == COPROD_FIELD_DOUBLE ? "a number" : "an integer",
                         _coprod_json_kind_name (kind));
            return _coprod_json_reader_skip (r);
          }
        if (!_coprod_json_reader_read_number (r, &is_integer, &v, &d))
          return FALSE;

        if (field->kind == COPROD_FIELD_DOUBLE)
          {
            if (!isfinite (d) || d < field->dminimum || d > field->dmaximum)
              FIELD_ERROR (errs, path, member, COPROD_ERROR_VALUE,
                           "%g is outside the range %g to %g",
                           d, field->dminimum, field->dmaximum);
            else if (p != NULL)
              *(double *) p = d;
            return TRUE;
          }

        if (v < field->minimum || v > field->maximum)
          FIELD_ERROR (errs, path, member, COPROD_ERROR_VALUE,
                       "%" G_GINT64_FORMAT " is outside the range %" G_GINT64_FORMAT
                       " to %" G_GINT64_FORMAT, v, field->minimum, field->maximum);
        else if (p == NULL)
          ;
        else if (field->kind == COPROD_FIELD_INT64)
          *(gint64 *) p = v;
        else if (field->kind == COPROD_FIELD_INT)
          *(int *) p = (int) v;
        else
          *(guint *) p = (guint) v;
        return TRUE;
      }

    case COPROD_FIELD_ENUM:
    case COPROD_FIELD_SINGLE_FLAG:
      {
        const char *s;
        gsize len;

        if (kind != COPROD_JSON_STRING)
          {
            FIELD_ERROR (errs, path, member, COPROD_ERROR_TYPE,
                         "expected a string, found %s", _coprod_json_kind_name (kind));
            return _coprod_json_reader_skip (r);
          }
        if (!_coprod_json_reader_read_string (r, &s, &len))
          return FALSE;

        if (field->kind == COPROD_FIELD_ENUM)
          {
            GEnumClass *eclass = G_PARAM_SPEC_ENUM (field->pspec)->enum_class;
            gboolean found;
            int v = enum_value (eclass, s, len, &found);

            if (!found)
              {
                g_autofree char *nicks = nicks_of_enum (eclass);

                /* the value is not quoted: it may be anything a person typed */
                FIELD_ERROR (errs, path, member, COPROD_ERROR_VALUE,
                             "an unknown value (expected one of: %s)", nicks);
              }
            else if (p != NULL)
              *(int *) p = v;
          }
        else
          {
            GFlagsClass *fclass = G_PARAM_SPEC_FLAGS (field->pspec)->flags_class;
            const GFlagsValue *fv = flags_value (fclass, s, len);

            if (fv == NULL)
              {
                g_autofree char *nicks = nicks_of_flags (fclass);

                FIELD_ERROR (errs, path, member, COPROD_ERROR_VALUE,
                             "an unknown value (expected one of: %s)", nicks);
              }
            else if (p != NULL)
              *(guint *) p = fv->value;
          }
        return TRUE;
      }

    case COPROD_FIELD_FLAGS:
    case COPROD_FIELD_STRV:
    case COPROD_FIELD_REFS:
      {
        GFlagsClass *fclass = field->kind == COPROD_FIELD_FLAGS ?
          G_PARAM_SPEC_FLAGS (field->pspec)->flags_class : NULL;
        gboolean first = TRUE, ok = TRUE;
        guint flags = 0, i = 0, fixups_base;

        if (kind != COPROD_JSON_ARRAY)
          {
            FIELD_ERROR (errs, path, member, COPROD_ERROR_TYPE,
                         "expected an array of strings, found %s",
                         _coprod_json_kind_name (kind));
            return _coprod_json_reader_skip (r);
          }
        if (!_coprod_json_reader_begin_array (r))
          return FALSE;
        g_ptr_array_set_size (l->strv, 0);   /* frees what a failed list left */
        fixups_base = l->fixups != NULL ? l->fixups->len : 0;
        for (i = 0; _coprod_json_reader_next_element (r, &first); i++)
          {
            CoprodJsonKind element = _coprod_json_reader_peek (r);
            const char *s;
            gsize len;

            if (element == COPROD_JSON_NONE)
              return FALSE;
            if (element != COPROD_JSON_STRING)
              {
                FIELD_ERROR (errs, path, member, COPROD_ERROR_TYPE,
                             "element %u: expected a string, found %s",
                             i, _coprod_json_kind_name (element));
                ok = FALSE;
                if (!_coprod_json_reader_skip (r))
                  return FALSE;
                continue;
              }
            if (!_coprod_json_reader_read_string (r, &s, &len))
              return FALSE;
            if (!ok)
              continue;

            if (fclass != NULL)
              {
                const GFlagsValue *fv = flags_value (fclass, s, len);

                if (fv == NULL || fv->value == 0)
                  {
                    g_autofree char *nicks = nicks_of_flags (fclass);

                    FIELD_ERROR (errs, path, member, COPROD_ERROR_VALUE,
                                 "element %u: an unknown value (expected any of: %s)", i, nicks);
                    ok = FALSE;
                  }
                else
                  flags |= fv->value;
              }
            else if (field->kind == COPROD_FIELD_REFS && !id_is_valid (s, len))
              {
                FIELD_ERROR (errs, path, member, COPROD_ERROR_ID,
                             "element %u: not a valid record id " ID_RULES, i);
                ok = FALSE;
              }
            else if (field->kind == COPROD_FIELD_STRV && len > COPROD_FIELD_MAX_TEXT / 6 &&
                     written_length (s, len) > COPROD_FIELD_MAX_TEXT)
              {
                FIELD_ERROR (errs, path, member, COPROD_ERROR_LIMIT,
                             "element %u: the text is longer than the limit of %"
                             G_GSIZE_FORMAT " bytes as written", i, COPROD_FIELD_MAX_TEXT);
                ok = FALSE;
              }
            else if (p != NULL)
              g_ptr_array_add (l->strv, field->kind == COPROD_FIELD_REFS ?
                                        intern_ref (l, s, len, NULL, l->strv->len) :
                                        _coprod_field_string_new (s, (gssize) len));
          }
        if (r->failed)
          return FALSE;

        if (ok && p != NULL)
          {
            if (fclass != NULL)
              *(guint *) p = flags;
            else
              {
                char **strv = _coprod_field_strv_empty ();

                /* the strings are the record's now, in a list of their
                 * size (the scratch keeps its room for the next) */
                if (l->strv->len > 0)
                  {
                    g_ptr_array_add (l->strv, NULL);
                    strv = g_memdup2 (l->strv->pdata, l->strv->len * sizeof (char *));
                    /* emptied below: its free function lets NULL be */
                    memset (l->strv->pdata, 0, l->strv->len * sizeof (char *));
                    for (; l->fixups != NULL && fixups_base < l->fixups->len; fixups_base++)
                      {
                        Fixup *fixup = &g_array_index (l->fixups, Fixup, fixups_base);

                        fixup->target = &strv[GPOINTER_TO_UINT (fixup->target)];
                      }
                  }
                _coprod_field_strv_free (*(char ***) p);
                *(char ***) p = strv;
              }
          }
        g_ptr_array_set_size (l->strv, 0);
        /* what a list that was not kept deferred goes with it */
        if (l->fixups != NULL && l->fixups->len > fixups_base)
          g_array_set_size (l->fixups, fixups_base);
        return TRUE;
      }

    case COPROD_FIELD_CHILDREN:
      if (kind != COPROD_JSON_ARRAY)
        {
          set_error_suffix (&errs->child_error, &errs->child_code, COPROD_ERROR_TYPE,
                            path, member, "expected an array of objects, found %s",
                            _coprod_json_kind_name (kind));
          return _coprod_json_reader_skip (r);
        }
      return read_children (l, object, field, path, errs);

    default:
      g_assert_not_reached ();
    }
}

/* The members of an object inside a record, into a new object of @tf's
 * type (or only checked if @build is FALSE) */
static gboolean
read_child (Loader            *l,
            const TypeFields  *tf,
            const Path        *path,
            gboolean           build,
            GObject          **out,
            RecordErrors      *errs)
{
  CoprodJsonReader *r = &l->r;
  g_autoptr(GObject) object = build ? g_object_new (tf->type, NULL) : NULL;
  g_autoptr(JsonObject) unknown = NULL;
  CoprodJsonNameSet names = { NULL, };
  guint64 seen = 0;
  gboolean first = TRUE;
  const char *name;
  gsize len;

  if (!_coprod_json_reader_begin_object (r))
    return FALSE;

  while (_coprod_json_reader_next_member (r, &first, &name, &len))
    {
      int f = find_field (tf, name, len);

      if (f >= 0)
        {
          if (seen & (G_GUINT64_CONSTANT (1) << f))
            goto syntax;
          seen |= G_GUINT64_CONSTANT (1) << f;
          if (!read_field (l, errs->field_error || errs->child_error ? NULL : object,
                           tf->fields[f], path, errs))
            goto syntax;
          continue;
        }

      if (!_coprod_json_name_set_add (&names, name, len))
        goto syntax;
      if (object != NULL && errs->field_error == NULL && errs->child_error == NULL)
        {
          g_autofree char *key = g_strndup (name, len);
          JsonNode *node = _coprod_json_reader_read_node (r);

          if (node == NULL)
            goto syntax;
          if (unknown == NULL)
            unknown = json_object_new ();
          json_object_set_member (unknown, key, node);
        }
      else if (!_coprod_json_reader_skip (r))
        goto syntax;
    }
  _coprod_json_name_set_clear (&names);
  if (r->failed)
    return FALSE;

  if (object != NULL && errs->field_error == NULL && errs->child_error == NULL)
    {
      if (unknown != NULL)
        set_unknown (object, unknown);
      *out = g_steal_pointer (&object);
    }
  return TRUE;

syntax:
  _coprod_json_name_set_clear (&names);
  r->failed = TRUE;
  return FALSE;
}

static gboolean
read_children (Loader            *l,
               GObject           *owner,
               const CoprodField *field,
               const Path        *parent,
               RecordErrors      *errs)
{
  CoprodJsonReader *r = &l->r;
  const TypeFields *tf = type_fields (l, field->type ());
  gboolean first = TRUE, ok = FALSE;
  Path path = { parent, field->member, 0 };
  /* the objects made are l->children from @base on */
  guint base = l->children->len;

  if (!_coprod_json_reader_begin_array (r))
    return FALSE;
  for (path.index = 0; _coprod_json_reader_next_element (r, &first); path.index++)
    {
      CoprodJsonKind kind = _coprod_json_reader_peek (r);
      RecordErrors child_errs = { NULL, };
      GObject *child = NULL;

      if (kind == COPROD_JSON_NONE)
        goto out;

      /* the first problem inside the objects of a list is kept */
      if (errs->child_error != NULL)
        {
          if (!_coprod_json_reader_skip (r))
            goto out;
          continue;
        }

      if (kind != COPROD_JSON_OBJECT)
        {
          set_error_suffix (&errs->child_error, &errs->child_code, COPROD_ERROR_TYPE,
                            &path, NULL, "expected an object, found %s",
                            _coprod_json_kind_name (kind));
          if (!_coprod_json_reader_skip (r))
            goto out;
          continue;
        }

      if (!read_child (l, tf, &path, owner != NULL && errs->field_error == NULL,
                       &child, &child_errs))
        {
          g_free (child_errs.field_error);
          g_free (child_errs.child_error);
          goto out;
        }

      if (child_errs.field_error != NULL || child_errs.child_error != NULL)
        {
          gboolean fields_first = child_errs.field_error != NULL;

          errs->child_error = fields_first ? child_errs.field_error : child_errs.child_error;
          errs->child_code = fields_first ? child_errs.field_code : child_errs.child_code;
          g_free (fields_first ? child_errs.child_error : child_errs.field_error);
        }
      else if (child != NULL)
        g_ptr_array_add (l->children, child);
    }

  if (r->failed)
    goto out;
  if (owner != NULL && errs->field_error == NULL && errs->child_error == NULL &&
      l->children->len > base)
    _coprod_field_add_children (owner, field, &l->children->pdata[base],
                                l->children->len - base);
  ok = TRUE;

out:
  g_ptr_array_set_size (l->children, base);
  return ok;
}

static void
record_errors_clear (RecordErrors *errs)
{
  g_clear_pointer (&errs->field_error, g_free);
  g_clear_pointer (&errs->child_error, g_free);
}

/* One record of the collection @c, at @index; NULL with nothing set in
 * l->error when the bytes break a rule; NULL with l->error set when the
 * record is wrong */
static GObject *
read_record (Loader  *l,
             guint    c,
             guint    index)
{
  CoprodJsonReader *r = &l->r;
  const CoprodCollectionInfo *info = &_coprod_collections[c];
  const TypeFields *tf = type_fields (l, info->get_type ());
  CoprodJsonKind kind = _coprod_json_reader_peek (r);
  RecordErrors errs = { NULL, };
  g_autoptr(GObject) object = NULL;
  g_autoptr(JsonObject) unknown = NULL;
  CoprodJsonNameSet names = { NULL, };
  g_autoptr(GRefString) id = NULL;
  const char *id_problem = NULL;
  int id_code = 0;
  CoprodJsonKind id_kind = COPROD_JSON_NONE;
  const char *id_deferred = NULL;
  gsize id_deferred_len = 0;
  gboolean has_id = FALSE;
  guint64 seen = 0;
  gboolean first = TRUE;
  const char *name;
  gsize len;

  if (kind == COPROD_JSON_NONE)
    return NULL;
  if (kind != COPROD_JSON_OBJECT)
    {
      if (_coprod_json_reader_skip (r))
        g_set_error (&l->error, COPROD_ERROR, COPROD_ERROR_TYPE,
                     "%s[%u]: expected an object, found %s",
                     info->member, index, _coprod_json_kind_name (kind));
      return NULL;
    }

  object = g_object_new (tf->type, NULL);

  if (!_coprod_json_reader_begin_object (r))
    return NULL;

  while (_coprod_json_reader_next_member (r, &first, &name, &len))
    {
      gboolean wrong = errs.field_error != NULL || errs.child_error != NULL || id_problem != NULL;
      int f;

      if (len == 2 && memcmp (name, "id", 2) == 0)
        {
          if (has_id)
            goto syntax;
          has_id = TRUE;
          id_kind = _coprod_json_reader_peek (r);
          if (id_kind == COPROD_JSON_STRING)
            {
              const char *s;
              gsize id_len;

              if (!_coprod_json_reader_read_string (r, &s, &id_len))
                goto syntax;
              /* shared with the references that name it, so that
               * looking them up is comparing pointers */
              if (l->deferring && id_len <= INTERN_MAX &&
                  (const guchar *) s >= r->data && (const guchar *) s < r->end)
                {
                  /* interned by the first half, when it takes the record */
                  id_deferred = s;
                  id_deferred_len = id_len;
                }
              else
                id = id_len <= INTERN_MAX ? intern (l, s, id_len)
                                          : _coprod_field_string_new (s, (gssize) id_len);
              if (!id_is_valid (s, id_len))
                {
                  id_problem = "not a valid id " ID_RULES;
                  id_code = COPROD_ERROR_ID;
                }
            }
          else
            {
              id_problem = "expected a string";
              id_code = COPROD_ERROR_TYPE;
              if (!_coprod_json_reader_skip (r))
                goto syntax;
            }
          continue;
        }

      f = find_field (tf, name, len);
      if (f >= 0)
        {
          if (seen & (G_GUINT64_CONSTANT (1) << f))
            goto syntax;
          seen |= G_GUINT64_CONSTANT (1) << f;
          if (!read_field (l, wrong ? NULL : object, tf->fields[f], NULL, &errs))
            goto syntax;
          continue;
        }

      if (!_coprod_json_name_set_add (&names, name, len))
        goto syntax;
      if (!wrong)
        {
          g_autofree char *key = g_strndup (name, len);
          JsonNode *node = _coprod_json_reader_read_node (r);

          if (node == NULL)
            goto syntax;
          if (unknown == NULL)
            unknown = json_object_new ();
          json_object_set_member (unknown, key, node);
        }
      else if (!_coprod_json_reader_skip (r))
        goto syntax;
    }
  _coprod_json_name_set_clear (&names);
  if (r->failed)
    {
      record_errors_clear (&errs);
      return NULL;
    }

  if (!has_id)
    g_set_error (&l->error, COPROD_ERROR, COPROD_ERROR_ID,
                 "%s[%u]: the member \"id\" is missing", info->member, index);
  else if (id_problem != NULL && id_code == COPROD_ERROR_TYPE)
    g_set_error (&l->error, COPROD_ERROR, COPROD_ERROR_TYPE,
                 "%s[%u], member \"id\": %s, found %s", info->member, index,
                 id_problem, _coprod_json_kind_name (id_kind));
  else if (id_problem != NULL)
    g_set_error (&l->error, COPROD_ERROR, id_code,
                 "%s[%u], member \"id\": %s", info->member, index, id_problem);
  else if (errs.field_error != NULL || errs.child_error != NULL)
    {
      gboolean fields_first = errs.field_error != NULL;

      g_set_error (&l->error, COPROD_ERROR,
                   fields_first ? errs.field_code : errs.child_code,
                   "%s[%u] (id \"%s\")%s", info->member, index, id != NULL ? id : "",
                   fields_first ? errs.field_error : errs.child_error);
    }
  else if (id_deferred != NULL)
    {
      /* a second half's record: its id is looked at when it is taken */
    }
  else
    {
      GObject *first_seen = g_hash_table_lookup (l->seen, id);

      if (first_seen != NULL)
        {
          int first_c = _coprod_collection_for_type (G_OBJECT_TYPE (first_seen));
          guint first_index = 0;

          /* where it was: looked for only now, on the way out */
          g_assert (first_c >= 0);
          g_ptr_array_find (l->doc->collections[first_c], first_seen, &first_index);
          g_set_error (&l->error, COPROD_ERROR, COPROD_ERROR_DUPLICATE_ID,
                       "%s[%u]: the id \"%s\" is already used by %s[%u]",
                       info->member, index, id,
                       _coprod_collections[first_c].member, first_index);
        }
    }
  record_errors_clear (&errs);

  if (l->error != NULL)
    return NULL;

  if (id_deferred != NULL)
    {
      Fixup fixup;

      fixup.target = object;
      fixup.s = id_deferred;
      fixup.tag = intern_tag (id_deferred, id_deferred_len);
      fixup.len = (guint8) id_deferred_len;
      fixup.is_id = TRUE;
      g_array_append_val (l->fixups, fixup);
    }
  else
    {
      _coprod_record_take_id (COPROD_RECORD (object), g_steal_pointer (&id));
      g_hash_table_insert (l->seen, (gpointer) coprod_record_get_id (COPROD_RECORD (object)),
                           object);
    }
  if (unknown != NULL)
    set_unknown (object, unknown);

  return g_steal_pointer (&object);

syntax:
  _coprod_json_name_set_clear (&names);
  record_errors_clear (&errs);
  r->failed = TRUE;
  return NULL;
}

/* Documents */

void
_coprod_document_free (CoprodDocument *doc)
{
  guint i;

  if (doc == NULL)
    return;

  for (i = 0; i < COPROD_N_COLLECTIONS; i++)
    g_clear_pointer (&doc->collections[i], g_ptr_array_unref);
  g_clear_pointer (&doc->unknown, json_object_unref);
  g_clear_pointer (&doc->index, g_hash_table_unref);
  g_free (doc);
}

static inline gboolean half_lands     (Loader *l, guint c);
static inline gboolean half_abandoned (Loader *l);
static gboolean        half_take   (Loader *l, guint c);

/* The records of the collection @c from the element at r->p (the first
 * of the array when @first) to the end of its array */
static gboolean
read_records (Loader         *l,
              CoprodDocument *doc,
              guint           c,
              gboolean        first)
{
  CoprodJsonReader *r = &l->r;
  guint index;

  for (index = 0; _coprod_json_reader_next_element (r, &first); index++)
    {
      GObject *record;

      if (l->stop)
        {
          if (!_coprod_json_reader_skip (r))
            return FALSE;
          continue;
        }

      if (G_UNLIKELY (l->half != NULL))
        {
          if (l->deferring)
            {
              /* the second half: stop if the first no longer needs it */
              if (half_abandoned (l))
                {
                  r->failed = TRUE;
                  return FALSE;
                }
            }
          else if (half_lands (l, c))
            return half_take (l, c);
        }

      record = read_record (l, c, index);
      if (record != NULL)
        g_ptr_array_add (doc->collections[c], record);
      else if (r->failed)
        return FALSE;
      else
        l->stop = TRUE;
    }

  return !r->failed;
}

/* The records of one collection */
static gboolean
read_collection (Loader         *l,
                 CoprodDocument *doc,
                 guint           c)
{
  CoprodJsonReader *r = &l->r;
  CoprodJsonKind kind = _coprod_json_reader_peek (r);

  if (kind == COPROD_JSON_NONE)
    return FALSE;
  if (kind != COPROD_JSON_ARRAY)
    {
      g_set_error (&l->error, COPROD_ERROR, COPROD_ERROR_TYPE,
                   "%s: expected an array, found %s",
                   _coprod_collections[c].member, _coprod_json_kind_name (kind));
      l->stop = TRUE;
      return _coprod_json_reader_skip (r);
    }

  if (!_coprod_json_reader_begin_array (r))
    return FALSE;

  return read_records (l, doc, c, TRUE);
}

/* The top-level members "format" and "version", as read */
typedef struct
{
  gboolean       has_format;
  gboolean       format_ok;
  CoprodJsonKind version_kind;   /* NONE: missing */
  gint64         version;
} Header;

static gboolean
check_header (const Header  *h,
              GError       **error)
{
  if (!h->has_format || !h->format_ok)
    {
      g_set_error (error, COPROD_ERROR, COPROD_ERROR_FORMAT,
                   "not a coprod document: the member \"format\" must be \"coprod\"");
      return FALSE;
    }
  if (h->version_kind != COPROD_JSON_INTEGER)
    {
      g_set_error_literal (error, COPROD_ERROR, COPROD_ERROR_FORMAT,
                           "the member \"version\" must be an integer");
      return FALSE;
    }
  if (h->version > COPROD_FORMAT_VERSION)
    {
      g_set_error (error, COPROD_ERROR, COPROD_ERROR_VERSION,
                   "the document is format version %" G_GINT64_FORMAT
                   ", newer than version %d, the newest this library reads",
                   h->version, COPROD_FORMAT_VERSION);
      return FALSE;
    }
  if (h->version < 1)
    {
      g_set_error (error, COPROD_ERROR, COPROD_ERROR_FORMAT,
                   "format version %" G_GINT64_FORMAT " does not exist; "
                   "versions start at 1", h->version);
      return FALSE;
    }
  return TRUE;
}

/* One member of the document's object, named @name; FALSE when the
 * bytes break a rule. @names holds the names of the unknown members
 * seen so far, @seen the collections. */
static gboolean
read_member (Loader            *l,
             CoprodDocument    *doc,
             Header            *h,
             CoprodJsonNameSet *names,
             guint32           *seen,
             const char        *name,
             gsize              len)
{
  CoprodJsonReader *r = &l->r;
  int c;

  if (len == 6 && memcmp (name, "format", 6) == 0)
    {
      const char *s;
      gsize slen;

      if (h->has_format)
        return FALSE;
      h->has_format = TRUE;
      if (_coprod_json_reader_peek (r) == COPROD_JSON_STRING)
        {
          if (!_coprod_json_reader_read_string (r, &s, &slen))
            return FALSE;
          h->format_ok = slen == 6 && memcmp (s, "coprod", 6) == 0;
        }
      else if (!_coprod_json_reader_skip (r))
        return FALSE;
      if (!h->format_ok)
        l->stop = TRUE;
      return TRUE;
    }

  if (len == 7 && memcmp (name, "version", 7) == 0)
    {
      if (h->version_kind != COPROD_JSON_NONE)
        return FALSE;
      h->version_kind = _coprod_json_reader_peek (r);
      if (h->version_kind == COPROD_JSON_INTEGER)
        {
          gboolean is_integer;
          double d;

          if (!_coprod_json_reader_read_number (r, &is_integer, &h->version, &d))
            return FALSE;
          if (h->version < 1 || h->version > COPROD_FORMAT_VERSION)
            l->stop = TRUE;
        }
      else
        {
          if (h->version_kind == COPROD_JSON_NONE || !_coprod_json_reader_skip (r))
            return FALSE;
          l->stop = TRUE;
        }
      return TRUE;
    }

  for (c = 0; c < COPROD_N_COLLECTIONS; c++)
    if (strlen (_coprod_collections[c].member) == len &&
        memcmp (_coprod_collections[c].member, name, len) == 0)
      break;

  if (c < COPROD_N_COLLECTIONS)
    {
      if (*seen & (1u << c))
        return FALSE;
      *seen |= 1u << c;
      if (l->stop)
        return _coprod_json_reader_skip (r);
      return read_collection (l, doc, (guint) c);
    }

  if (!_coprod_json_name_set_add (names, name, len))
    return FALSE;
  if (!l->stop)
    {
      g_autofree char *key = g_strndup (name, len);
      JsonNode *node = _coprod_json_reader_read_node (r);

      if (node == NULL)
        return FALSE;
      json_object_set_member (doc->unknown, key, node);
      return TRUE;
    }
  return _coprod_json_reader_skip (r);
}

static gboolean half_take_document (Loader            *l,
                                    CoprodDocument    *doc,
                                    Header            *h,
                                    CoprodJsonNameSet *names,
                                    guint32           *seen);

/* The pass over the whole document; FALSE when the bytes break a rule */
static gboolean
read_document (Loader         *l,
               CoprodDocument *doc,
               Header         *h)
{
  CoprodJsonReader *r = &l->r;
  CoprodJsonKind kind = _coprod_json_reader_peek (r);
  CoprodJsonNameSet names = { NULL, };
  guint32 seen = 0;
  gboolean first = TRUE;
  const char *name;
  gsize len;

  if (kind == COPROD_JSON_NONE)
    return FALSE;
  if (kind != COPROD_JSON_OBJECT)
    {
      if (!_coprod_json_reader_skip (r) || !_coprod_json_reader_at_end (r))
        return FALSE;
      g_set_error (&l->error, COPROD_ERROR, COPROD_ERROR_FORMAT,
                   "not a coprod document: the top level is %s, not an object",
                   _coprod_json_kind_name (kind));
      return TRUE;
    }

  if (!_coprod_json_reader_begin_object (r))
    return FALSE;
  while (_coprod_json_reader_next_member (r, &first, &name, &len))
    {
      if (!read_member (l, doc, h, &names, &seen, name, len))
        goto syntax;
      if (l->landed)
        {
          /* the second half read the rest: take what it saw */
          if (!half_take_document (l, doc, h, &names, &seen))
            goto syntax;
          break;
        }
    }
  _coprod_json_name_set_clear (&names);
  if (r->failed)
    return FALSE;

  if (!_coprod_json_reader_at_end (r))
    return FALSE;

  {
    GError *header_error = NULL;

    /* a wrong header comes before a wrong record */
    if (!check_header (h, &header_error))
      {
        g_clear_error (&l->error);
        l->error = header_error;
      }
  }
  return TRUE;

syntax:
  _coprod_json_name_set_clear (&names);
  r->failed = TRUE;
  return FALSE;
}

/* Reading in two halves.
 *
 * A large document is read by two threads. The second looks, from the
 * middle of the bytes on, for a line that is four spaces and "{" (a
 * record, in a document laid out as libcoprod and json-glib save it) and
 * for the member of the document's object it is in (the last line before
 * it that is two spaces and a name), and reads from that record to the
 * end of the document. The first reads from the start as it always does,
 * and when it comes to the very byte where the second started, as an
 * element of the same collection, it takes what the second read and is
 * done. A newline is never inside a string (JSON escapes it), so the
 * guess is seldom wrong; when it is, the first never comes to that place
 * and reads everything itself.
 *
 * The second half reads records exactly as the first would, with one
 * difference: the ids of its records and the references in them are not
 * made into strings of its own, but noted (where they go, and their bytes)
 * and stand in for by a placeholder. The first half interns them in its
 * own table when it takes the records, so that an id and every reference
 * to it are one string, whichever half read them, and checks then that
 * no id is used twice. Its other strings (dates, short texts) stay the
 * second half's own: equal values, not shared across the halves.
 *
 * The two halves give the document the one pass gives, or nothing: if
 * either half finds anything wrong (in the bytes, in a record, an id used
 * twice, a member of the document's object given in both halves), the
 * whole document is read again in one pass, which finds the same problem
 * and words it with its place, as it always has. A document with a
 * problem costs up to a second read; one without costs one read, shared
 * by two processors. */

/* How far ahead the strings the first half takes are asked for */
#define FIXUPS_AHEAD 8

/* Below this, one pass is quicker than starting a thread */
#define HALF_MIN_BYTES (8u << 20)

/* Work for one of GLib's shared threads (a GThreadPool), in a box both
 * threads hold a reference to. The thread that asked for it cancels it
 * if no thread has started it (a pool may fail to start one), and
 * otherwise waits for it to be done, after which it touches nothing. */
enum
{
  TASK_PENDING,
  TASK_RUNNING,
  TASK_DONE,
  TASK_CANCELLED,
};

typedef struct
{
  gint   state;   /* atomic; TASK_DONE is set under @lock */
  GMutex lock;
  GCond  cond;
} PoolTask;

static void
pool_task_init (PoolTask *task)
{
  task->state = TASK_PENDING;
  g_mutex_init (&task->lock);
  g_cond_init (&task->cond);
}

static void
pool_task_clear (PoolTask *task)
{
  g_mutex_clear (&task->lock);
  g_cond_clear (&task->cond);
}

/* In the pool's thread: whether to run it (it was not cancelled) */
static gboolean
pool_task_start (PoolTask *task)
{
  return g_atomic_int_compare_and_exchange (&task->state, TASK_PENDING, TASK_RUNNING);
}

static void
pool_task_done (PoolTask *task)
{
  g_mutex_lock (&task->lock);
  g_atomic_int_set (&task->state, TASK_DONE);
  g_cond_broadcast (&task->cond);
  g_mutex_unlock (&task->lock);
}

/* TRUE if it was cancelled before it started; FALSE once it is done */
static gboolean
pool_task_cancel_or_wait (PoolTask *task)
{
  if (g_atomic_int_compare_and_exchange (&task->state, TASK_PENDING, TASK_CANCELLED))
    return TRUE;

  g_mutex_lock (&task->lock);
  while (g_atomic_int_get (&task->state) != TASK_DONE)
    g_cond_wait (&task->cond, &task->lock);
  g_mutex_unlock (&task->lock);
  return FALSE;
}

/* Held by both halves (an atomic reference-counted box) */
struct Half
{
  const char        *data;
  gsize              length;
  gsize              target;      /* where to start looking for a record */
  PoolTask           task;        /* its lock and cond also tell @chosen */
  /* chosen by the second half, published by setting @split */
  guint              collection;
  const guchar      *split;       /* atomic */
  gboolean           chosen;      /* under @lock: the second has looked */
  gint               abandon;     /* atomic: the first does not need it */
  /* what the second half read, to the end of the document */
  Loader             second;
  gboolean           second_made;
  CoprodDocument    *doc;
  Header             header;
  CoprodJsonNameSet  names;
  guint32            seen;
  gboolean           ok;
};

static void
loader_init (Loader     *l,
             const char *data,
             gsize       length)
{
  memset (l, 0, sizeof *l);
  _coprod_json_reader_init (&l->r, data, length);
  l->strv = g_ptr_array_new_with_free_func ((GDestroyNotify) _coprod_field_string_free);
  l->children = g_ptr_array_new_with_free_func (g_object_unref);
  l->seen = g_hash_table_new (g_str_hash, g_str_equal);
}

static void
loader_clear (Loader *l)
{
  guint c;

  for (c = 0; c < l->n_types; c++)
    g_free (l->types[c]);
  l->n_types = 0;
  intern_clear (l);
  g_clear_pointer (&l->seen, g_hash_table_unref);
  g_clear_pointer (&l->strv, g_ptr_array_unref);
  g_clear_pointer (&l->children, g_ptr_array_unref);
  g_clear_pointer (&l->fixups, g_array_unref);
  g_clear_pointer (&l->placeholder, g_ref_string_release);
  g_clear_error (&l->error);
  _coprod_json_reader_clear (&l->r);
}

static CoprodDocument *
document_new (void)
{
  CoprodDocument *doc = g_new0 (CoprodDocument, 1);
  guint c;

  doc->unknown = json_object_new ();
  for (c = 0; c < COPROD_N_COLLECTIONS; c++)
    doc->collections[c] = g_ptr_array_new_with_free_func (g_object_unref);

  return doc;
}

/* Where the second half starts: a record at the second level, as a line
 * of four spaces and "{" at or after half->target, and the collection it
 * is in. FALSE when there is none. */
static gboolean
half_choose (Half          *half,
             const guchar **split,
             guint         *collection)
{
  const guchar *data = (const guchar *) half->data;
  const guchar *end = data + half->length;
  const guchar *q, *p, *name, *name_end;
  guint c;

  for (q = data + half->target; q < end; q++)
    {
      q = memchr (q, '\n', (gsize) (end - q));
      if (q == NULL || end - q <= 6)
        return FALSE;
      if (memcmp (q + 1, "    {", 5) == 0)
        break;
    }
  if (q >= end)
    return FALSE;

  /* the last line before it that is two spaces and a name */
  for (p = q; p > data; p--)
    if (p[0] == '\n' && p[1] == ' ' && p[2] == ' ' && p[3] == '"')
      break;
  if (p == data)
    return FALSE;

  name = p + 4;
  name_end = memchr (name, '"', (gsize) MIN (end - name, 64));
  if (name_end == NULL)
    return FALSE;
  for (c = 0; c < COPROD_N_COLLECTIONS; c++)
    if (strlen (_coprod_collections[c].member) == (gsize) (name_end - name) &&
        memcmp (_coprod_collections[c].member, name, (gsize) (name_end - name)) == 0)
      break;
  if (c == COPROD_N_COLLECTIONS)
    return FALSE;

  *split = q + 5;
  *collection = c;
  return TRUE;
}

static void
half_clear (gpointer data)
{
  Half *half = data;

  if (half->second_made)
    loader_clear (&half->second);
  _coprod_document_free (half->doc);
  _coprod_json_name_set_clear (&half->names);
  pool_task_clear (&half->task);
}

/* The second half's reading, the part of half_run() between its start
 * and its end */
static void
half_read (Half *half)
{
  Loader *l = &half->second;
  CoprodJsonReader *r = &l->r;
  const guchar *split = NULL;
  guint c = 0;
  gboolean chosen = half_choose (half, &split, &c);
  gboolean first = FALSE;
  const char *name;
  gsize len;

  if (chosen)
    {
      half->collection = c;
      g_atomic_pointer_set (&half->split, split);
    }
  g_mutex_lock (&half->task.lock);
  half->chosen = TRUE;
  g_cond_broadcast (&half->task.cond);
  g_mutex_unlock (&half->task.lock);
  if (!chosen)
    return;

  loader_init (l, half->data, half->length);
  half->second_made = TRUE;
  l->half = half;
  l->deferring = TRUE;
  l->fixups = g_array_new (FALSE, FALSE, sizeof (Fixup));
  l->placeholder = g_ref_string_new ("");
  half->doc = document_new ();
  l->doc = half->doc;

  /* inside the document's object and the collection's array */
  r->p = split;
  r->depth = 2;
  if (!read_records (l, half->doc, c, TRUE))
    return;
  while (_coprod_json_reader_next_member (r, &first, &name, &len))
    if (!read_member (l, half->doc, &half->header, &half->names, &half->seen, name, len))
      return;

  half->ok = !r->failed && _coprod_json_reader_at_end (r) &&
             l->error == NULL && !l->stop;
}

/* The second half, in a thread of the pool */
static void
half_run (gpointer data,
          gpointer user_data)
{
  Half *half = data;

  if (pool_task_start (&half->task))
    {
      half_read (half);
      g_mutex_lock (&half->task.lock);
      half->chosen = TRUE;
      g_mutex_unlock (&half->task.lock);
      pool_task_done (&half->task);
    }
  g_atomic_rc_box_release_full (half, half_clear);
}

/* Waits until the second half is done, or cancels it if it has not
 * started; after this it reads nothing more */
static void
half_wait (Half *half)
{
  pool_task_cancel_or_wait (&half->task);
}

static inline gboolean
half_abandoned (Loader *l)
{
  return g_atomic_int_get (&l->half->abandon);
}

/* Whether the first half has come to where the second started */
static inline gboolean
half_lands (Loader *l,
            guint   c)
{
  const guchar *split = g_atomic_pointer_get (&l->half->split);

  return split == l->r.p && l->half->collection == c && l->error == NULL;
}

/* Waits for the second half and takes its records, interning their ids
 * and references; FALSE, with l->abandoned set, when the document is to
 * be read again in one pass */
static gboolean
half_take (Loader *l,
           guint   c)
{
  Half *half = l->half;
  GHashTableIter iter;
  gpointer key, value;
  GArray *fixups;
  guint i, k;

  half_wait (half);
  if (!half->ok)
    goto abandon;

  /* the records whose ids the second half made itself (with escapes, or
   * too long to share) */
  g_hash_table_iter_init (&iter, half->second.seen);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      if (g_hash_table_contains (l->seen, key))
        goto abandon;
      g_hash_table_insert (l->seen, key, value);
    }

  /* each string is a wait on memory for its place in the table, the
   * string there and where it goes: they are asked for ahead, so that
   * the waits overlap */
  fixups = half->second.fixups;
  for (i = 0; i < fixups->len; i++)
    {
      Fixup *fixup = &g_array_index (fixups, Fixup, i);
      guint mask = l->strings_size - 1;
      char *string;

      if (i + 2 * FIXUPS_AHEAD < fixups->len && l->strings_size > 0)
        __builtin_prefetch (&l->strings[g_array_index (fixups, Fixup, i + 2 * FIXUPS_AHEAD).tag & mask]);
      if (i + FIXUPS_AHEAD < fixups->len && l->strings_size > 0)
        {
          const Fixup *ahead = &g_array_index (fixups, Fixup, i + FIXUPS_AHEAD);
          const char *there = l->strings[ahead->tag & mask].string;

          if (there != NULL)
            __builtin_prefetch (there - sizeof (gsize), 1);
          if (!ahead->is_id)
            __builtin_prefetch (ahead->target, 1);
          __builtin_prefetch (ahead->s);
        }

      string = intern_tagged (l, fixup->s, fixup->len, fixup->tag);
      if (!fixup->is_id)
        {
          char **location = fixup->target;
          char *placeholder = *location;

          *location = string;
          g_ref_string_release (placeholder);
        }
      else if (g_hash_table_contains (l->seen, string))
        {
          g_ref_string_release (string);
          goto abandon;
        }
      else
        {
          _coprod_record_take_id (COPROD_RECORD (fixup->target), string);
          g_hash_table_insert (l->seen, string, fixup->target);
        }
    }
  g_array_set_size (fixups, 0);

  for (k = 0; k < COPROD_N_COLLECTIONS; k++)
    g_ptr_array_extend_and_steal (l->doc->collections[k],
                                  g_steal_pointer (&half->doc->collections[k]));

  /* the second half checked the bytes to the end */
  l->r.p = l->r.end;
  l->r.depth = 0;
  l->landed = TRUE;
  return TRUE;

abandon:
  l->abandoned = TRUE;
  return FALSE;
}

/* The members of the document's object the second half read */
static gboolean
half_take_document (Loader            *l,
                    CoprodDocument    *doc,
                    Header            *h,
                    CoprodJsonNameSet *names,
                    guint32           *seen)
{
  Half *half = l->half;
  JsonObjectIter iter;
  const char *member;
  JsonNode *node;
  guint i;

  /* a member given in both halves is given twice */
  if ((*seen & half->seen) != 0 ||
      (h->has_format && half->header.has_format) ||
      (h->version_kind != COPROD_JSON_NONE && half->header.version_kind != COPROD_JSON_NONE))
    goto abandon;
  for (i = 0; i < half->names.size; i++)
    if (half->names.names[i] != NULL &&
        !_coprod_json_name_set_add (names, half->names.names[i], strlen (half->names.names[i])))
      goto abandon;

  *seen |= half->seen;
  if (half->header.has_format)
    {
      h->has_format = TRUE;
      h->format_ok = half->header.format_ok;
    }
  if (half->header.version_kind != COPROD_JSON_NONE)
    {
      h->version_kind = half->header.version_kind;
      h->version = half->header.version;
    }

  json_object_iter_init_ordered (&iter, half->doc->unknown);
  while (json_object_iter_next_ordered (&iter, &member, &node))
    json_object_set_member (doc->unknown, member, json_node_copy (node));

  return TRUE;

abandon:
  l->abandoned = TRUE;
  return FALSE;
}

/* The threads second halves run in: GLib's shared threads, kept between
 * loads, so that a load does not start a thread of its own */
static GThreadPool *
half_pool (void)
{
  static GThreadPool *pool = NULL;

  if (g_once_init_enter (&pool))
    g_once_init_leave (&pool, g_thread_pool_new (half_run, NULL, -1, FALSE, NULL));

  return pool;
}

static void
half_start (Loader           *l,
            const char       *data,
            gsize             length,
            CoprodCodecHalves halves)
{
  Half *half = g_atomic_rc_box_new0 (Half);

  half->data = data;
  half->length = length;
  half->target = length / 2;
  pool_task_init (&half->task);
  l->half = half;

  /* the pool's reference; a thread that cannot be started leaves the
   * second half pending, and the first cancels it */
  /* for fuzzing: the second half first, in this thread, every time the
   * same; what the first half does with it is the same as with a thread */
  if (halves == COPROD_CODEC_HALVES_IN_TURN)
    {
      half_run (g_atomic_rc_box_acquire (half), NULL);
      return;
    }

  if (!g_thread_pool_push (half_pool (), g_atomic_rc_box_acquire (half), NULL))
    g_atomic_int_compare_and_exchange (&half->task.state, TASK_PENDING, TASK_CANCELLED);

  /* for tests: the same halves every time */
  if (halves == COPROD_CODEC_HALVES_ALWAYS)
    {
      g_mutex_lock (&half->task.lock);
      while (!half->chosen && g_atomic_int_get (&half->task.state) != TASK_CANCELLED)
        g_cond_wait (&half->task.cond, &half->task.lock);
      g_mutex_unlock (&half->task.lock);
    }
}

static void
half_finish (Loader *l)
{
  Half *half = g_steal_pointer (&l->half);

  if (half == NULL)
    return;

  g_atomic_int_set (&half->abandon, TRUE);
  half_wait (half);
  g_atomic_rc_box_release_full (half, half_clear);
}

static CoprodDocument *
read_pass (const char        *data,
           gsize              length,
           CoprodCodecHalves  halves,
           gboolean          *landed,
           gboolean          *abandoned,
           GError           **error)
{
  g_autoptr(CoprodDocument) doc = NULL;
  Header header = { FALSE, FALSE, COPROD_JSON_NONE, 0 };
  Loader l;
  gboolean ok;

  loader_init (&l, data, length);
  doc = document_new ();
  l.doc = doc;

  if (halves == COPROD_CODEC_HALVES_ALWAYS || halves == COPROD_CODEC_HALVES_IN_TURN ||
      (halves == COPROD_CODEC_HALVES_AUTO && length >= HALF_MIN_BYTES &&
       g_get_num_processors () >= 2))
    half_start (&l, data, length, halves);

  ok = read_document (&l, doc, &header);
  half_finish (&l);
  *landed = l.landed;

  if (l.abandoned)
    {
      *abandoned = TRUE;
      loader_clear (&l);
      return NULL;
    }

  /* the registry takes it as its index of ids: its keys are the records' */
  doc->index = g_steal_pointer (&l.seen);

  if (!ok)
    {
      loader_clear (&l);
      /* the guard words what is wrong with the bytes, with the place */
      if (_coprod_json_guard_check (data, length, NULL, error))
        {
          /* not expected: the two accept the same documents */
          g_set_error_literal (error, COPROD_ERROR, COPROD_ERROR_PARSE,
                               "the document is not valid JSON");
        }
      return NULL;
    }

  if (l.error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&l.error));
      loader_clear (&l);
      return NULL;
    }

  loader_clear (&l);
  return g_steal_pointer (&doc);
}

CoprodDocument *
_coprod_codec_read_with (const char         *data,
                         gsize               length,
                         CoprodCodecHalves   halves,
                         gboolean           *halved,
                         GError            **error)
{
  CoprodDocument *doc;
  gboolean abandoned = FALSE;
  gboolean landed = FALSE;

  /* A byte order mark is not JSON, but editors on some systems add one */
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      length -= 3;
    }

  /* the size first, so that a huge input costs nothing; and where the
   * process has an address-space limit, whether what the document
   * becomes fits in it, before anything is made */
  if (length > COPROD_JSON_DEFAULT_MAX_SIZE || length == 0 ||
      !_coprod_json_memory_fits (data, length, error))
    {
      if (error == NULL || *error == NULL)
        _coprod_json_guard_check (data, length, NULL, error);
      return NULL;
    }

  doc = read_pass (data, length, halves, &landed, &abandoned, error);
  if (abandoned)
    doc = read_pass (data, length, COPROD_CODEC_HALVES_NEVER, &landed, &abandoned, error);
  if (halved != NULL)
    *halved = landed;

  return doc;
}

CoprodDocument *
_coprod_codec_read (const char  *data,
                    gsize        length,
                    GError     **error)
{
  return _coprod_codec_read_with (data, length, COPROD_CODEC_HALVES_AUTO, NULL, error);
}

CoprodDocument *
_coprod_codec_read_bytes (GBytes  *bytes,
                          GError **error)
{
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);
  CoprodDocument *doc = _coprod_codec_read (data ? data : "", length, error);

  g_bytes_unref (bytes);
  return doc;
}

/* Writing: the text is made straight from the field tables, in the layout
 * json-glib's generator gives (two-space indentation, " : " between a
 * member's name and its value, an empty array as [], an empty object as
 * { } with the indentation of its level inside), without building a tree
 * first. Two things json-glib 1.6 writes that are not JSON are written as
 * JSON: U+001F in a string (it writes the raw byte) is escaped, and a
 * number with an exponent has no ".0" after it ("1e+21", not "1e+21.0"). */

typedef struct
{
  GString  *out;
  gboolean  pretty;
} Writer;

static void
write_indent (Writer *w,
              guint   level)
{
  static const char spaces[] = "                                                                ";
  gsize n = (gsize) level * 2;

  if (!w->pretty)
    return;

  while (n > 0)
    {
      gsize k = MIN (n, sizeof spaces - 1);

      g_string_append_len (w->out, spaces, (gssize) k);
      n -= k;
    }
}

static void
write_string (Writer     *w,
              const char *s)
{
  const char *run = s;
  const char *p;

  g_string_append_c (w->out, '"');
  for (p = s; *p != '\0'; p++)
    {
      guchar c = (guchar) *p;
      const char *escape;
      char buf[8];

      if (c >= 0x20 && c != '"' && c != '\\' && c != 0x7f)
        continue;

      switch (c)
        {
        case '"':  escape = "\\\""; break;
        case '\\': escape = "\\\\"; break;
        case '\b': escape = "\\b"; break;
        case '\f': escape = "\\f"; break;
        case '\n': escape = "\\n"; break;
        case '\r': escape = "\\r"; break;
        case '\t': escape = "\\t"; break;
        default:
          g_snprintf (buf, sizeof buf, "\\u%04x", c);
          escape = buf;
          break;
        }

      g_string_append_len (w->out, run, p - run);
      g_string_append (w->out, escape);
      run = p + 1;
    }
  g_string_append_len (w->out, run, p - run);
  g_string_append_c (w->out, '"');
}

static void
write_double (Writer *w,
              double  value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  g_ascii_dtostr (buf, sizeof buf, value);
  g_string_append (w->out, buf);
  /* a double, not an integer: 2.0, but 1e+21 as it is */
  if (strpbrk (buf, ".eE") == NULL)
    g_string_append (w->out, ".0");
}

/* The name of a member and what goes between it and its value */
static void
write_member_name (Writer     *w,
                   guint       level,
                   const char *name)
{
  write_indent (w, level);
  write_string (w, name);
  g_string_append (w->out, w->pretty ? " : " : ":");
}

/* Opens the next member or element of a container at @level: the comma
 * after the one before, and the line break */
static void
write_separator (Writer   *w,
                 gboolean *first)
{
  if (!*first)
    g_string_append_c (w->out, ',');
  if (w->pretty)
    g_string_append_c (w->out, '\n');
  *first = FALSE;
}

/* Closes a container opened at @level: its last line break and
 * indentation; an empty array is [] */
static void
write_close (Writer   *w,
             guint     level,
             gboolean  empty,
             char      closer)
{
  if (w->pretty && !empty)
    g_string_append_c (w->out, '\n');
  if (!(empty && closer == ']'))
    write_indent (w, level);
  g_string_append_c (w->out, closer);
}

static void write_node (Writer *w, guint level, JsonNode *node);

static void
write_json_object (Writer     *w,
                   guint       level,
                   JsonObject *object)
{
  JsonObjectIter iter;
  const char *name;
  JsonNode *member;
  gboolean first = TRUE;

  g_string_append_c (w->out, '{');
  json_object_iter_init_ordered (&iter, object);
  while (json_object_iter_next_ordered (&iter, &name, &member))
    {
      write_separator (w, &first);
      write_member_name (w, level + 1, name);
      write_node (w, level + 1, member);
    }
  write_close (w, level, first, '}');
}

static void
write_node (Writer   *w,
            guint     level,
            JsonNode *node)
{
  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      write_json_object (w, level, json_node_get_object (node));
      break;

    case JSON_NODE_ARRAY:
      {
        JsonArray *array = json_node_get_array (node);
        guint i, n = json_array_get_length (array);
        gboolean first = TRUE;

        g_string_append_c (w->out, '[');
        for (i = 0; i < n; i++)
          {
            write_separator (w, &first);
            write_indent (w, level + 1);
            write_node (w, level + 1, json_array_get_element (array, i));
          }
        write_close (w, level, first, ']');
      }
      break;

    case JSON_NODE_NULL:
      g_string_append (w->out, "null");
      break;

    case JSON_NODE_VALUE:
    default:
      switch (json_node_get_value_type (node))
        {
        case G_TYPE_STRING:
          write_string (w, json_node_get_string (node));
          break;
        case G_TYPE_BOOLEAN:
          g_string_append (w->out, json_node_get_boolean (node) ? "true" : "false");
          break;
        case G_TYPE_DOUBLE:
          write_double (w, json_node_get_double (node));
          break;
        case G_TYPE_INT64:
        default:
          g_string_append_printf (w->out, "%" G_GINT64_FORMAT, json_node_get_int (node));
          break;
        }
      break;
    }
}

static void write_object (Writer *w, guint level, GObject *object);

/* One field of @object as a member, unless it has no value to write */
static void
write_field (Writer            *w,
             guint              level,
             GObject           *object,
             const CoprodField *field,
             gboolean          *first)
{
  gpointer p = _COPROD_FIELD_P (object, field);

  switch (field->kind)
    {
    case COPROD_FIELD_TEXT:
    case COPROD_FIELD_DATE:
    case COPROD_FIELD_CURRENCY:
    case COPROD_FIELD_REF:
      {
        const char *str = *(char **) p;

        if (str == NULL)
          return;
        write_separator (w, first);
        write_member_name (w, level, field->member);
        write_string (w, str);
      }
      return;

    case COPROD_FIELD_SINGLE_FLAG:
      {
        const char *nick = _coprod_flags_first_nick (field->type (), *(guint *) p);

        if (nick == NULL)
          return;
        write_separator (w, first);
        write_member_name (w, level, field->member);
        write_string (w, nick);
      }
      return;

    case COPROD_FIELD_BOOLEAN:
    case COPROD_FIELD_INT:
    case COPROD_FIELD_UINT:
    case COPROD_FIELD_INT64:
    case COPROD_FIELD_DOUBLE:
    case COPROD_FIELD_ENUM:
    case COPROD_FIELD_FLAGS:
    case COPROD_FIELD_STRV:
    case COPROD_FIELD_REFS:
    case COPROD_FIELD_CHILDREN:
    default:
      break;
    }

  write_separator (w, first);
  write_member_name (w, level, field->member);

  switch (field->kind)
    {
    case COPROD_FIELD_BOOLEAN:
      g_string_append (w->out, *(gboolean *) p ? "true" : "false");
      break;

    case COPROD_FIELD_INT:
      g_string_append_printf (w->out, "%d", *(int *) p);
      break;

    case COPROD_FIELD_UINT:
      g_string_append_printf (w->out, "%u", *(guint *) p);
      break;

    case COPROD_FIELD_INT64:
      g_string_append_printf (w->out, "%" G_GINT64_FORMAT, *(gint64 *) p);
      break;

    case COPROD_FIELD_DOUBLE:
      write_double (w, *(double *) p);
      break;

    case COPROD_FIELD_ENUM:
      {
        const char *nick = _coprod_enum_nick (field->type (), *(int *) p);

        /* the setters let no other value in */
        g_assert (nick != NULL);
        write_string (w, nick);
      }
      break;

    case COPROD_FIELD_FLAGS:
      {
        GFlagsClass *fclass = G_PARAM_SPEC_FLAGS (field->pspec)->flags_class;
        guint flags = *(guint *) p;
        gboolean first_element = TRUE;
        guint i;

        g_string_append_c (w->out, '[');
        for (i = 0; i < fclass->n_values; i++)
          {
            guint v = fclass->values[i].value;

            if (v != 0 && (flags & v) == v)
              {
                write_separator (w, &first_element);
                write_indent (w, level + 1);
                write_string (w, fclass->values[i].value_nick);
              }
          }
        write_close (w, level, first_element, ']');
      }
      break;

    case COPROD_FIELD_STRV:
    case COPROD_FIELD_REFS:
      {
        const char * const *strv = *(const char * const **) p;
        gboolean first_element = TRUE;

        g_string_append_c (w->out, '[');
        for (; strv != NULL && *strv != NULL; strv++)
          {
            write_separator (w, &first_element);
            write_indent (w, level + 1);
            write_string (w, *strv);
          }
        write_close (w, level, first_element, ']');
      }
      break;

    case COPROD_FIELD_CHILDREN:
      {
        guint i, n = _coprod_field_get_n_children (object, field);
        gboolean first_element = TRUE;

        g_string_append_c (w->out, '[');
        for (i = 0; i < n; i++)
          {
            write_separator (w, &first_element);
            write_indent (w, level + 1);
            write_object (w, level + 1, _coprod_field_peek_child (object, field, i));
          }
        write_close (w, level, first_element, ']');
      }
      break;

    case COPROD_FIELD_TEXT:
    case COPROD_FIELD_DATE:
    case COPROD_FIELD_CURRENCY:
    case COPROD_FIELD_REF:
    case COPROD_FIELD_SINGLE_FLAG:
    default:
      g_assert_not_reached ();
    }
}

/* A record or an object inside one: its id, its saved fields in table
 * order, then the members it was read with and did not understand */
static void
write_object (Writer  *w,
              guint    level,
              GObject *object)
{
  const CoprodField *fields;
  JsonObject *unknown;
  gboolean first = TRUE;
  guint i, n_fields;

  g_string_append_c (w->out, '{');

  if (COPROD_IS_RECORD (object))
    {
      write_separator (w, &first);
      write_member_name (w, level + 1, "id");
      write_string (w, coprod_record_get_id (COPROD_RECORD (object)));
    }

  fields = saved_fields (G_OBJECT_TYPE (object), &n_fields);
  for (i = 0; i < n_fields; i++)
    if ((fields[i].flags & COPROD_FIELD_NOT_SAVED) == 0)
      write_field (w, level + 1, object, &fields[i], &first);

  unknown = get_unknown (object);
  if (unknown != NULL)
    {
      JsonObjectIter iter;
      const char *member;
      JsonNode *node;

      json_object_iter_init_ordered (&iter, unknown);
      while (json_object_iter_next_ordered (&iter, &member, &node))
        {
          const CoprodField *field = find_saved_field (G_OBJECT_TYPE (object), member);

          /* a member read as unknown is never one of the fields written,
           * but a record's id is written first, by itself */
          if (field != NULL || (COPROD_IS_RECORD (object) && g_str_equal (member, "id")))
            continue;
          write_separator (w, &first);
          write_member_name (w, level + 1, member);
          write_node (w, level + 1, node);
        }
    }

  write_close (w, level, first, '}');
}

static void
write_document (Writer             *w,
                GListModel * const *collections,
                JsonObject         *unknown)
{
  gboolean first = TRUE;
  guint c;

  g_string_append_c (w->out, '{');
  write_separator (w, &first);
  write_member_name (w, 1, "format");
  write_string (w, "coprod");
  write_separator (w, &first);
  write_member_name (w, 1, "version");
  g_string_append_printf (w->out, "%d", COPROD_FORMAT_VERSION);

  for (c = 0; c < COPROD_N_COLLECTIONS; c++)
    {
      guint i, n = g_list_model_get_n_items (collections[c]);
      gboolean first_record = TRUE;

      write_separator (w, &first);
      write_member_name (w, 1, _coprod_collections[c].member);
      g_string_append_c (w->out, '[');
      for (i = 0; i < n; i++)
        {
          GObject *record = g_list_model_get_item (collections[c], i);

          write_separator (w, &first_record);
          write_indent (w, 2);
          write_object (w, 2, record);
          g_object_unref (record);
        }
      write_close (w, 1, first_record, ']');
    }

  if (unknown != NULL)
    {
      JsonObjectIter iter;
      const char *member;
      JsonNode *node;

      json_object_iter_init_ordered (&iter, unknown);
      while (json_object_iter_next_ordered (&iter, &member, &node))
        {
          write_separator (w, &first);
          write_member_name (w, 1, member);
          write_node (w, 1, node);
        }
    }

  write_close (w, 0, first, '}');
}

char *
_coprod_document_write (CoprodDocument *doc)
{
  GListModel *collections[COPROD_N_COLLECTIONS];
  Writer w = { g_string_new (NULL), TRUE };
  guint c;

  for (c = 0; c < COPROD_N_COLLECTIONS; c++)
    {
      GListStore *store = g_list_store_new (G_TYPE_OBJECT);

      g_list_store_splice (store, 0, 0, doc->collections[c]->pdata, doc->collections[c]->len);
      collections[c] = G_LIST_MODEL (store);
    }
  write_document (&w, collections, doc->unknown);
  for (c = 0; c < COPROD_N_COLLECTIONS; c++)
    g_object_unref (collections[c]);

  return g_string_free (w.out, FALSE);
}

void
_coprod_document_keep_unknown (CoprodDocument *doc,
                               gpointer        object)
{
  set_unknown (object, doc->unknown);
}

char *
_coprod_codec_write_within (GListModel * const *collections,
                            gpointer            object,
                            gsize               max_size,
                            gsize              *length)
{
  Writer w = { NULL, TRUE };
  gsize total = 0;
  guint c;

  /* a guess at the size saves copying the text as it grows */
  for (c = 0; c < COPROD_N_COLLECTIONS; c++)
    total += g_list_model_get_n_items (collections[c]);
  w.out = g_string_sized_new (MIN (total * 512 + 4096, max_size));

  write_document (&w, collections, get_unknown (object));

  /* Indentation can make a large registry's text larger than a document
   * may be (a compact document near the limit grows by half): then it is
   * written compact, about as long as a compact document that was read */
  if (w.out->len > max_size)
    {
      g_string_truncate (w.out, 0);
      w.pretty = FALSE;
      write_document (&w, collections, get_unknown (object));
    }

  if (length != NULL)
    *length = w.out->len;

  return g_string_free (w.out, FALSE);
}

char *
_coprod_codec_write (GListModel * const *collections,
                     gpointer            object,
                     gsize              *length)
{
  return _coprod_codec_write_within (collections, object,
                                     COPROD_JSON_DEFAULT_MAX_SIZE, length);
}

/* Reads @stream to its end into one buffer: @size_hint bytes (what the
 * file says it holds) are read straight into place, without the copies
 * of a buffer that grows */
static GBytes *
read_stream_sized (GInputStream  *stream,
                   const char    *what,
                   gsize          size_hint,
                   GCancellable  *cancellable,
                   GError       **error)
{
  gsize capacity = MIN (size_hint, COPROD_JSON_DEFAULT_MAX_SIZE) + 1;
  g_autofree guint8 *buffer = g_malloc (capacity);
  gsize length = 0;

  for (;;)
    {
      gssize n;

      /* not every stream looks at the cancellable (memory streams do not) */
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return NULL;

      if (length == capacity)
        {
          if (capacity > COPROD_JSON_DEFAULT_MAX_SIZE)
            {
              g_set_error (error, COPROD_ERROR, COPROD_ERROR_LIMIT,
                           "the %s is larger than the limit of %" G_GSIZE_FORMAT " bytes",
                           what, COPROD_JSON_DEFAULT_MAX_SIZE);
              return NULL;
            }
          capacity = MIN (MAX (capacity * 2, 16384), COPROD_JSON_DEFAULT_MAX_SIZE + 1);
          buffer = g_realloc (buffer, capacity);
        }

      n = g_input_stream_read (stream, buffer + length, MIN (capacity - length, 1 << 24),
                               cancellable, error);
      if (n < 0)
        return NULL;
      if (n == 0)
        break;
      length += (gsize) n;
      if (length > COPROD_JSON_DEFAULT_MAX_SIZE)
        {
          g_set_error (error, COPROD_ERROR, COPROD_ERROR_LIMIT,
                       "the %s is larger than the limit of %" G_GSIZE_FORMAT " bytes",
                       what, COPROD_JSON_DEFAULT_MAX_SIZE);
          return NULL;
        }
    }

  return g_bytes_new_take (g_steal_pointer (&buffer), length);
}

GBytes *
_coprod_read_stream_limited (GInputStream  *stream,
                             const char    *what,
                             GCancellable  *cancellable,
                             GError       **error)
{
  return read_stream_sized (stream, what, 16384, cancellable, error);
}

#ifdef G_OS_UNIX
/* Reading a large file in two halves at once: the second half in one of
 * GLib's shared threads, into the same buffer. Most of a read's time is
 * the kernel giving the buffer its pages and copying into them, which two
 * processors do in about half the time. */
typedef struct
{
  int           fd;
  guint8       *buffer;
  gsize         from;
  gsize         to;
  GCancellable *cancellable;
  PoolTask      task;
  gboolean      ok;
} ReadPart;

static void
read_part_clear (gpointer data)
{
  ReadPart *part = data;

  g_clear_object (&part->cancellable);
  pool_task_clear (&part->task);
}

static gboolean
pread_all (int           fd,
           guint8       *buffer,
           gsize         from,
           gsize         to,
           GCancellable *cancellable)
{
  while (from < to)
    {
      gssize n;

      if (g_cancellable_is_cancelled (cancellable))
        return FALSE;
      n = pread (fd, buffer + from, MIN (to - from, 1 << 24), (off_t) from);
      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        return FALSE;
      from += (gsize) n;
    }
  return TRUE;
}

static void
read_part_run (gpointer data,
               gpointer user_data)
{
  ReadPart *part = data;

  if (pool_task_start (&part->task))
    {
      part->ok = pread_all (part->fd, part->buffer, part->from, part->to, part->cancellable);
      pool_task_done (&part->task);
    }
  g_atomic_rc_box_release_full (part, read_part_clear);
}

static GThreadPool *
read_pool (void)
{
  static GThreadPool *pool = NULL;

  if (g_once_init_enter (&pool))
    g_once_init_leave (&pool, g_thread_pool_new (read_part_run, NULL, -1, FALSE, NULL));

  return pool;
}

/* The @size bytes of the regular file at @path, or NULL if anything is
 * not as expected (it cannot be opened, it is not @size bytes long now,
 * a read fails or is cancelled): the caller then reads it as a stream,
 * which says what is wrong */
static GBytes *
read_file_in_halves (const char   *path,
                     gsize         size,
                     GCancellable *cancellable)
{
  ReadPart *part;
  guint8 *buffer;
  struct stat st;
  gboolean ok;
  guint8 beyond;
  int fd;

#ifdef O_CLOEXEC
  fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
#else
  fd = g_open (path, O_RDONLY, 0);
#endif
  if (fd < 0)
    return NULL;
  if (fstat (fd, &st) != 0 || !S_ISREG (st.st_mode) || (gsize) st.st_size != size)
    {
      g_close (fd, NULL);
      return NULL;
    }

  buffer = g_malloc (size);
  part = g_atomic_rc_box_new0 (ReadPart);
  part->fd = fd;
  part->buffer = buffer;
  part->from = size / 2;
  part->to = size;
  part->cancellable = cancellable ? g_object_ref (cancellable) : NULL;
  pool_task_init (&part->task);
  g_thread_pool_push (read_pool (), g_atomic_rc_box_acquire (part), NULL);

  ok = pread_all (fd, buffer, 0, size / 2, cancellable);

  /* a part no thread has started is read here */
  if (pool_task_cancel_or_wait (&part->task))
    ok = ok && pread_all (fd, buffer, size / 2, size, cancellable);
  else
    ok = ok && part->ok;
  g_atomic_rc_box_release_full (part, read_part_clear);

  /* and nothing after the end: the file has not grown */
  ok = ok && pread (fd, &beyond, 1, (off_t) size) == 0;
  g_close (fd, NULL);

  if (!ok)
    {
      g_free (buffer);
      return NULL;
    }
  return g_bytes_new_take (buffer, size);
}
#endif

GBytes *
_coprod_read_file_limited (GFile         *file,
                           const char    *what,
                           GCancellable  *cancellable,
                           GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GFileInputStream) stream = NULL;
  GFileType type;

  /* opening a FIFO for reading waits for a writer, and a device may never
   * end: look before opening */
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_TYPE ","
                            G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, cancellable, error);
  if (info == NULL)
    return NULL;

  type = g_file_info_get_file_type (info);
  if (type == G_FILE_TYPE_DIRECTORY)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY,
                   "the %s is a folder, not a file", what);
      return NULL;
    }
  if (type != G_FILE_TYPE_REGULAR && g_file_is_native (file))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                   "the %s is not a regular file (a pipe, a socket or a "
                   "device cannot be read as one)", what);
      return NULL;
    }

#ifdef G_OS_UNIX
  if (type == G_FILE_TYPE_REGULAR && g_file_info_has_attribute (info, G_FILE_ATTRIBUTE_STANDARD_SIZE) &&
      g_file_info_get_size (info) >= (goffset) HALF_MIN_BYTES &&
      (guint64) g_file_info_get_size (info) <= COPROD_JSON_DEFAULT_MAX_SIZE &&
      g_get_num_processors () >= 2)
    {
      g_autofree char *path = g_file_get_path (file);
      GBytes *bytes = path != NULL ?
        read_file_in_halves (path, (gsize) g_file_info_get_size (info), cancellable) : NULL;

      if (bytes != NULL)
        return bytes;
    }
#endif

  stream = g_file_read (file, cancellable, error);
  if (stream == NULL)
    return NULL;

  /* a file that says it is over the limit is refused without reading it */
  return read_stream_sized (G_INPUT_STREAM (stream), what,
                            g_file_info_has_attribute (info, G_FILE_ATTRIBUTE_STANDARD_SIZE) ?
                            (gsize) MAX (g_file_info_get_size (info), 0) : 16384,
                            cancellable, error);
}

gboolean
_coprod_codec_check_size (gsize    length,
                          gsize    max_size,
                          GError **error)
{
  if (length <= max_size)
    return TRUE;

  g_set_error (error, COPROD_ERROR, COPROD_ERROR_INVALID,
               "refusing to save: the document would be %" G_GSIZE_FORMAT
               " bytes, more than the %" G_GSIZE_FORMAT " a document may be, "
               "so it would not load again", length, max_size);
  return FALSE;
}
