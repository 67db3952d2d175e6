/* coprod-record-private.h: helpers shared by the record types
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "coprod-field-private.h"
#include "coprod-record.h"
#include "coprod-text-private.h"

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

/* A flags property that holds exactly one flag (an involvement's stage):
 * written in JSON as one nick, not an array. */
GParamSpec *_coprod_param_spec_single_flag    (GParamSpec *flags_pspec);
gboolean    _coprod_param_spec_is_single_flag (GParamSpec *pspec);

/* A list of child objects inside a record (a project's involvements, a
 * partnership's memberships): a read-only GListModel property whose items
 * are @child_type. The codec reads a JSON array of objects into it by
 * calling @add for each, and writes it back as an array. */
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

/* The members of the format an object did not understand when it was
 * read, kept so that a load and save loses nothing. Works on records and
 * on the objects inside them (memberships, involvements, ...). Only the
 * format (format/) knows what @data is; the model keeps their names, in
 * the order they were read. @names and @data are taken; NULL @names or an
 * empty list clears them. */
void                _coprod_object_set_extra       (gpointer        object,
                                                    char          **names,
                                                    gpointer        data,
                                                    GDestroyNotify  destroy);
gpointer            _coprod_object_get_extra       (gpointer        object);
const char * const *_coprod_object_get_extra_names (gpointer        object);

G_END_DECLS
