/* coprod-record-private.h: helpers shared by the record types
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "coprod-record.h"

G_BEGIN_DECLS

/* What a string property holds, beyond "text". The codec and the setters
 * read this to validate. */
typedef enum
{
  COPROD_STRING_TEXT,
  COPROD_STRING_DATE,       /* ISO 8601: YYYY, YYYY-MM or YYYY-MM-DD */
  COPROD_STRING_CURRENCY,   /* ISO 4217 alphabetic code: three capitals */
  COPROD_STRING_REF,        /* the id of another record */
} CoprodStringKind;

GParamSpec      *_coprod_param_spec_string_kind (const char       *name,
                                                 CoprodStringKind  kind,
                                                 GParamFlags       flags);
CoprodStringKind _coprod_param_spec_get_string_kind (GParamSpec   *pspec);
/* Marks any pspec, for example a G_TYPE_STRV one whose strings are ids of
 * other records, with @kind; returns @pspec. */
GParamSpec      *_coprod_param_spec_set_string_kind (GParamSpec       *pspec,
                                                     CoprodStringKind  kind);

gboolean _coprod_currency_is_valid (const char *code);

/* For quoting input in messages with "%.*s": the number of bytes, at most
 * @max_bytes, of the longest prefix of @s that is whole valid UTF-8 */
int      _coprod_utf8_cut (const char *s,
                           int         max_bytes);

/* A flags property that holds exactly one flag (an involvement's stage):
 * written in JSON as one nick, not an array. */
GParamSpec *_coprod_param_spec_single_flag    (GParamSpec *flags_pspec);
gboolean    _coprod_param_spec_is_single_flag (GParamSpec *pspec);

/* A list of child objects inside a record (a project's involvements, a
 * partnership's memberships): a read-only GListModel property whose items
 * are @child_type. The codec reads a JSON array of objects into it by
 * calling @add for each, and writes it back as an array. */
typedef void (*CoprodChildAdder) (gpointer owner,
                                  gpointer child);

GParamSpec *_coprod_param_spec_children     (const char        *name,
                                             GType              child_type,
                                             CoprodChildAdder   add);
gboolean    _coprod_param_spec_get_children (GParamSpec        *pspec,
                                             GType             *child_type,
                                             CoprodChildAdder  *add);

/* Setters' common body: return if unchanged, assign, notify.
 * Each returns TRUE when the value changed. */
gboolean _coprod_set_string (gpointer     object,
                             char       **field,
                             const char  *value,
                             GParamSpec  *pspec);
gboolean _coprod_set_strv   (gpointer            object,
                             char             ***field,
                             const char * const *value,
                             GParamSpec         *pspec);
/* enums and flags: the field is the enum or flags variable, whose
 * compatible type is guint with GCC and Clang for these non-negative
 * enums; the value is checked against the pspec's type */
gboolean _coprod_set_enum   (gpointer     object,
                             guint       *field,
                             guint        value,
                             GParamSpec  *pspec);
gboolean _coprod_set_int64  (gpointer     object,
                             gint64      *field,
                             gint64       value,
                             GParamSpec  *pspec);
gboolean _coprod_set_double (gpointer     object,
                             double      *field,
                             double       value,
                             GParamSpec  *pspec);
gboolean _coprod_set_boolean (gpointer    object,
                              gboolean   *field,
                              gboolean    value,
                              GParamSpec *pspec);

/* The JSON members an object did not understand, kept so that a load and
 * save loses nothing. Works on records and on the objects inside them
 * (memberships, involvements, commitments, ...). */
JsonObject *_coprod_object_get_unknown (gpointer    object);
void        _coprod_object_set_unknown (gpointer    object,
                                        JsonObject *unknown);

G_END_DECLS
