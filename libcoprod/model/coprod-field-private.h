/* coprod-field-private.h: the field table of a record type
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Each record type, and each kind of object inside a record (a
 * membership, an involvement, ...), declares its fields once, in a table:
 * where the value lives in the instance struct, the property name, what
 * kind of value it is, what a reference may point at, which date closes a
 * range, and whether it is saved. From that table this file makes the
 * GParamSpecs and does get_property, set_property, finalize, defaults,
 * change detection and notify; the codec (format/) reads the table to
 * write and read the JSON members, and validation (checks/) to follow
 * references and compare date ranges. Nothing here knows JSON.
 *
 *   static CoprodField fields[N_FIELDS] = {
 *     [FIELD_NAME]   = COPROD_TEXT_FIELD (CoprodOrganisation, name, "name"),
 *     [FIELD_SECTOR] = COPROD_ENUM_FIELD (CoprodOrganisation, sector, "sector",
 *                                         coprod_sector_get_type,
 *                                         COPROD_SECTOR_UNSPECIFIED),
 *   };
 *
 *   class_init:    _coprod_fields_install (G_OBJECT_CLASS (klass), fields, N_FIELDS);
 *   instance init: _coprod_fields_init_instance (self, fields, N_FIELDS);
 *   a setter:      _coprod_field_set_string (self, &fields[FIELD_NAME], name);
 *
 * The properties get ids 1 to N_FIELDS in table order, which is also the
 * order of the members in a saved document.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The strings of the fields (TEXT, DATE, CURRENCY, REF, and the elements
 * of REFS and STRV) are GRefStrings, so that the codec can share one copy
 * of a value that many records hold (an id they name, a date): made with
 * _coprod_field_string_new() (or g_ref_string_acquire() of one), freed
 * with _coprod_field_string_free(), never g_free(). The lists (REFS,
 * STRV) are g_malloc()ed arrays of them, freed with
 * _coprod_field_strv_free(), or the shared empty list
 * (_coprod_field_strv_empty()). Readers see plain const char *. */
typedef enum
{
  COPROD_FIELD_TEXT,         /* char *, free text */
  COPROD_FIELD_DATE,         /* char *, ISO 8601: YYYY, YYYY-MM or YYYY-MM-DD */
  COPROD_FIELD_CURRENCY,     /* char *, ISO 4217 alphabetic code */
  COPROD_FIELD_REF,          /* char *, the id of another record */
  COPROD_FIELD_REFS,         /* char **, ids of other records; never NULL */
  COPROD_FIELD_STRV,         /* char **, strings; never NULL */
  COPROD_FIELD_ENUM,         /* a registered enum */
  COPROD_FIELD_FLAGS,        /* registered flags, any set of them */
  COPROD_FIELD_SINGLE_FLAG,  /* registered flags holding at most one flag */
  COPROD_FIELD_INT,          /* int, from minimum to maximum */
  COPROD_FIELD_UINT,         /* guint, from minimum to maximum */
  COPROD_FIELD_INT64,        /* gint64, from minimum to maximum: counts, money in minor units */
  COPROD_FIELD_DOUBLE,       /* double, finite, from dminimum to dmaximum */
  COPROD_FIELD_BOOLEAN,      /* gboolean */
  COPROD_FIELD_CHILDREN,     /* objects inside the record, in a private array-backed
                                GListModel (coprod-record-list-private.h) made when
                                the first is added or the list is asked for: NULL
                                until then. Read-only as a property. */
} CoprodFieldKind;

typedef enum
{
  COPROD_FIELD_SAVED     = 0,
  COPROD_FIELD_NOT_SAVED = 1 << 0,  /* a convenience property, not a member of the format */
} CoprodFieldFlags;

typedef GType (*CoprodGetType) (void);

typedef struct
{
  const char       *name;           /* the property name */
  CoprodFieldKind   kind;
  guint             offset;         /* of the value in the instance struct */
  CoprodFieldFlags  flags;
  CoprodGetType     type;           /* ENUM, FLAGS, SINGLE_FLAG: the enum or flags type;
                                       CHILDREN: the type of the children */
  CoprodGetType     targets[2];     /* REF, REFS: the record types it may name */
  const char       *range_end;      /* DATE: the property name of the date, in the
                                       same table, that may not come before this one */
  const char       *text_default;   /* TEXT, DATE, CURRENCY: a value that is never
                                       NULL has this default, and setting NULL
                                       restores it */
  gint64            minimum;        /* INT, UINT, INT64 */
  gint64            maximum;
  gint64            default_value;  /* INT, UINT, INT64, ENUM, FLAGS, BOOLEAN */
  double            dminimum;       /* DOUBLE */
  double            dmaximum;
  double            ddefault;

  /* filled in by _coprod_fields_install() */
  GParamSpec       *pspec;
  const char       *member;         /* the name in the format: the property name
                                       with '_' for '-' (Popolo's spelling) */
  char             *default_string; /* text_default as a field string, which every
                                       object that holds the default shares */
} CoprodField;

#define COPROD_FIELD_AT(Type, m) ((guint) G_STRUCT_OFFSET (Type, m))

#define COPROD_TEXT_FIELD(Type, m, prop) \
  { .name = (prop), .kind = COPROD_FIELD_TEXT, .offset = COPROD_FIELD_AT (Type, m) }
#define COPROD_DATE_FIELD(Type, m, prop) \
  { .name = (prop), .kind = COPROD_FIELD_DATE, .offset = COPROD_FIELD_AT (Type, m) }
/* a date that opens a range closed by the date property @end */
#define COPROD_DATE_RANGE_FIELD(Type, m, prop, end) \
  { .name = (prop), .kind = COPROD_FIELD_DATE, .offset = COPROD_FIELD_AT (Type, m), \
    .range_end = (end) }
#define COPROD_CURRENCY_FIELD(Type, m, prop) \
  { .name = (prop), .kind = COPROD_FIELD_CURRENCY, .offset = COPROD_FIELD_AT (Type, m) }
/* a currency that is never NULL: @def when not set, and when set to NULL */
#define COPROD_CURRENCY_DEFAULT_FIELD(Type, m, prop, def) \
  { .name = (prop), .kind = COPROD_FIELD_CURRENCY, .offset = COPROD_FIELD_AT (Type, m), \
    .text_default = (def) }
#define COPROD_REF_FIELD(Type, m, prop, target) \
  { .name = (prop), .kind = COPROD_FIELD_REF, .offset = COPROD_FIELD_AT (Type, m), \
    .targets = { (target), NULL } }
#define COPROD_REF_EITHER_FIELD(Type, m, prop, target1, target2) \
  { .name = (prop), .kind = COPROD_FIELD_REF, .offset = COPROD_FIELD_AT (Type, m), \
    .targets = { (target1), (target2) } }
#define COPROD_REFS_FIELD(Type, m, prop, target) \
  { .name = (prop), .kind = COPROD_FIELD_REFS, .offset = COPROD_FIELD_AT (Type, m), \
    .targets = { (target), NULL } }
#define COPROD_REFS_EITHER_FIELD(Type, m, prop, target1, target2) \
  { .name = (prop), .kind = COPROD_FIELD_REFS, .offset = COPROD_FIELD_AT (Type, m), \
    .targets = { (target1), (target2) } }
#define COPROD_STRV_FIELD(Type, m, prop) \
  { .name = (prop), .kind = COPROD_FIELD_STRV, .offset = COPROD_FIELD_AT (Type, m) }
#define COPROD_ENUM_FIELD(Type, m, prop, get_type, def) \
  { .name = (prop), .kind = COPROD_FIELD_ENUM, .offset = COPROD_FIELD_AT (Type, m), \
    .type = (get_type), .default_value = (def) }
#define COPROD_FLAGS_FIELD(Type, m, prop, get_type, def) \
  { .name = (prop), .kind = COPROD_FIELD_FLAGS, .offset = COPROD_FIELD_AT (Type, m), \
    .type = (get_type), .default_value = (def) }
#define COPROD_SINGLE_FLAG_FIELD(Type, m, prop, get_type) \
  { .name = (prop), .kind = COPROD_FIELD_SINGLE_FLAG, .offset = COPROD_FIELD_AT (Type, m), \
    .type = (get_type) }
#define COPROD_INT_FIELD(Type, m, prop, min, max, def) \
  { .name = (prop), .kind = COPROD_FIELD_INT, .offset = COPROD_FIELD_AT (Type, m), \
    .minimum = (min), .maximum = (max), .default_value = (def) }
#define COPROD_UINT_FIELD(Type, m, prop, min, max, def) \
  { .name = (prop), .kind = COPROD_FIELD_UINT, .offset = COPROD_FIELD_AT (Type, m), \
    .minimum = (min), .maximum = (max), .default_value = (def) }
#define COPROD_INT64_FIELD(Type, m, prop, min, max, def) \
  { .name = (prop), .kind = COPROD_FIELD_INT64, .offset = COPROD_FIELD_AT (Type, m), \
    .minimum = (min), .maximum = (max), .default_value = (def) }
#define COPROD_DOUBLE_FIELD(Type, m, prop, min, max, def) \
  { .name = (prop), .kind = COPROD_FIELD_DOUBLE, .offset = COPROD_FIELD_AT (Type, m), \
    .dminimum = (min), .dmaximum = (max), .ddefault = (def) }
#define COPROD_BOOLEAN_FIELD(Type, m, prop, def) \
  { .name = (prop), .kind = COPROD_FIELD_BOOLEAN, .offset = COPROD_FIELD_AT (Type, m), \
    .default_value = (def) }
#define COPROD_CHILDREN_FIELD(Type, m, prop, child_get_type) \
  { .name = (prop), .kind = COPROD_FIELD_CHILDREN, .offset = COPROD_FIELD_AT (Type, m), \
    .type = (child_get_type) }

/* The longest text a field holds, counted as the format writes it (a
 * control character as six bytes, a quote or backslash as two): the
 * guard reads strings of up to this length, so whatever a record holds
 * can be saved and read again */
#define COPROD_FIELD_MAX_TEXT ((gsize) 1024 * 1024)

/* TRUE if @value can be the value of a text of @field: valid UTF-8, not
 * longer than COPROD_FIELD_MAX_TEXT as written, and a valid record id in a
 * reference */
gboolean _coprod_field_text_is_valid (const CoprodField *field,
                                      const char        *value);

/* A field string of @length bytes of @value (-1: up to its NUL), NULL
 * for NULL */
char    *_coprod_field_string_new  (const char  *value,
                                    gssize       length);
void     _coprod_field_string_free (char        *value);
void     _coprod_field_strv_free   (char       **strv);
/* The empty list, one array shared by every REFS and STRV field that holds
 * no string (_coprod_field_strv_free() leaves it alone): a field list is
 * never written in place */
char   **_coprod_field_strv_empty  (void);

/* The largest integer a double, and so GJS, holds exactly: 2^53 - 1 */
#define COPROD_MAX_EXACT_INT G_GINT64_CONSTANT (9007199254740991)

/* class_init: makes and installs a property for each field, and takes over
 * get_property, set_property and finalize */
void               _coprod_fields_install       (GObjectClass       *klass,
                                                 CoprodField        *fields,
                                                 guint               n_fields);
/* class_init of a kind of object that goes inside records (a membership,
 * an involvement): as _coprod_fields_install(), and the instance struct
 * keeps what holds the object, a gpointer that starts NULL, at
 * @owner_offset (G_STRUCT_OFFSET (CoprodMembership, owner)). A record
 * type's own slot is in CoprodRecord's private data. */
void               _coprod_fields_install_child (GObjectClass       *klass,
                                                 CoprodField        *fields,
                                                 guint               n_fields,
                                                 gsize               owner_offset);
/* instance init: defaults and empty lists of strings (child lists are
 * made when needed) */
void               _coprod_fields_init_instance (gpointer            object,
                                                 const CoprodField  *fields,
                                                 guint               n_fields);

/* The fields @type declares itself (not those of its ancestors), or NULL
 * if it has no table; looks up by property name or by member name */
const CoprodField *_coprod_fields_of_type       (GType               type,
                                                 guint              *n_fields);
const CoprodField *_coprod_fields_find          (GType               type,
                                                 const char         *name);
const CoprodField *_coprod_fields_find_member   (GType               type,
                                                 const char         *member);

/* Every change to any object of the model (a field set, a child added or
 * removed, a record added to or removed from a registry) counts one: what
 * is worked out from the model (the registry's indexes) is current while
 * the count is the same */
guint    _coprod_model_get_generation (void);
void     _coprod_model_changed        (void);

/* A change to @object (a field set, a child added or removed): counts one,
 * as _coprod_model_changed() does, and tells what holds it at the top of
 * its chain of owners (the registry a record is in, through the record a
 * child is inside), if that holder has a function for it */
void     _coprod_model_changed_in     (gpointer             object);

/* @holder's function, called with the record inside @holder that changed
 * or that holds what changed; NULL removes it */
typedef void (*CoprodChangedFunc) (gpointer holder,
                                   gpointer record);
void     _coprod_object_set_changed_func (gpointer           holder,
                                          CoprodChangedFunc  func);

/* The field a property was made from, or NULL */
const CoprodField *_coprod_field_of_pspec       (GParamSpec         *pspec);

/* Setters: check the value (a programmer error is a critical warning and
 * changes nothing), return if unchanged, assign, notify. Each returns
 * TRUE when the value changed. */
gboolean _coprod_field_set_string  (gpointer             object,
                                    const CoprodField   *field,
                                    const char          *value);
gboolean _coprod_field_set_strv    (gpointer             object,
                                    const CoprodField   *field,
                                    const char * const  *value);
gboolean _coprod_field_set_enum    (gpointer             object,
                                    const CoprodField   *field,
                                    int                  value);
gboolean _coprod_field_set_flags   (gpointer             object,
                                    const CoprodField   *field,
                                    guint                value);
gboolean _coprod_field_set_int     (gpointer             object,
                                    const CoprodField   *field,
                                    int                  value);
gboolean _coprod_field_set_uint    (gpointer             object,
                                    const CoprodField   *field,
                                    guint                value);
gboolean _coprod_field_set_int64   (gpointer             object,
                                    const CoprodField   *field,
                                    gint64               value);
gboolean _coprod_field_set_double  (gpointer             object,
                                    const CoprodField   *field,
                                    double               value);
gboolean _coprod_field_set_boolean (gpointer             object,
                                    const CoprodField   *field,
                                    gboolean             value);

/* Any field from a GValue of the property's type, and back */
gboolean _coprod_field_set_value   (gpointer             object,
                                    const CoprodField   *field,
                                    const GValue        *value);
void     _coprod_field_get_value   (gpointer             object,
                                    const CoprodField   *field,
                                    GValue              *value);

/* Lists of objects inside a record: an object is inside one record at a
 * time (adding it to a second is a programmer error, and changes
 * nothing); removing it, or the end of the record, frees it for another */
void     _coprod_field_add_child    (gpointer             owner,
                                     const CoprodField   *field,
                                     gpointer             child);
/* The same for @n_children objects at once, at the end of the list, with
 * one items-changed signal; the list takes references of its own */
void     _coprod_field_add_children (gpointer             owner,
                                     const CoprodField   *field,
                                     gpointer            *children,
                                     guint                n_children);
gboolean _coprod_field_remove_child (gpointer             owner,
                                     const CoprodField   *field,
                                     gpointer             child);

/* What holds @object: the record a child is inside, the registry a record
 * is in; NULL if nothing does. Not a reference: whoever holds the object
 * clears the mark when it lets the object go. Kept in the object itself
 * (see _coprod_fields_install_child), not as qdata: only records and the
 * kinds of object inside them can be held; anything else has no owner. */
gpointer _coprod_object_get_owner   (gpointer             object);
void     _coprod_object_set_owner   (gpointer             object,
                                     gpointer             owner);

/* Reading a field in place, for the codec and the checks */
#define _COPROD_FIELD_P(object, field) ((gpointer) ((guint8 *) (object) + (field)->offset))

const char         *_coprod_field_peek_string   (gpointer           object,
                                                 const CoprodField *field);
const char * const *_coprod_field_peek_strv     (gpointer           object,
                                                 const CoprodField *field);

/* The children of a CHILDREN field. The list is made the first time a
 * child is added or the list itself is asked for, and then lasts as long
 * as the object.
 *
 * _coprod_field_get_children: the list, made now if it has not been
 *   (empty), for the public getters and the property; transfer none.
 * _coprod_field_peek_children: the list, or NULL if it has not been made.
 * _coprod_field_get_n_children, _coprod_field_peek_child: the number of
 *   children and the child at @position (< that number; transfer none,
 *   no reference), in O(1), without making the list: for readers that
 *   walk every record (the codec, validation, the indexes). */
GListModel         *_coprod_field_get_children   (gpointer           object,
                                                  const CoprodField *field);
GListModel         *_coprod_field_peek_children  (gpointer           object,
                                                  const CoprodField *field);
guint               _coprod_field_get_n_children (gpointer           object,
                                                  const CoprodField *field);
gpointer            _coprod_field_peek_child     (gpointer           object,
                                                  const CoprodField *field,
                                                  guint              position);

/* "a person", "a partnership or an organisation": what a reference field
 * may point at, for messages */
char               *_coprod_field_describe_targets (const CoprodField *field);

G_END_DECLS
