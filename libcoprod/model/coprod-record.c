/* coprod-record.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "coprod-date.h"
#include "coprod-record-private.h"

/**
 * CoprodRecord:
 *
 * The base of every stored thing.
 *
 * A record has a string [property@Coprod.Record:id], unique within its
 * [class@Coprod.Registry]; records refer to each other by id. The id is set
 * when the record is made and never changes.
 *
 * A record also keeps the JSON members it did not understand when it was
 * loaded, and writes them back when saved, so that a document written by a
 * newer program, or with a tool's own additions, loses nothing when it
 * passes through this library. [method@Coprod.Record.dup_unknown_members]
 * names them.
 *
 * `CoprodRecord` is abstract: make one of its subclasses, for example
 *
 * ```c
 * g_autoptr(CoprodPerson) person =
 *   g_object_new (COPROD_TYPE_PERSON,
 *                 "id", "p-1",
 *                 "name", "Sam Example",
 *                 "roles", COPROD_ROLE_LIVED_EXPERIENCE | COPROD_ROLE_CARER,
 *                 NULL);
 * ```
 *
 * Since: 0.1
 */

typedef struct
{
  char *id;
} CoprodRecordPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (CoprodRecord, coprod_record, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];
static GQuark unknown_quark;
static GQuark string_kind_quark;

static void
coprod_record_finalize (GObject *object)
{
  CoprodRecord *self = COPROD_RECORD (object);
  CoprodRecordPrivate *priv = coprod_record_get_instance_private (self);

  g_clear_pointer (&priv->id, g_free);

  G_OBJECT_CLASS (coprod_record_parent_class)->finalize (object);
}

static void
coprod_record_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  CoprodRecord *self = COPROD_RECORD (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, coprod_record_get_id (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coprod_record_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  CoprodRecord *self = COPROD_RECORD (object);
  CoprodRecordPrivate *priv = coprod_record_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_ID:
      /* construct-only: set once */
      g_assert (priv->id == NULL);
      priv->id = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coprod_record_class_init (CoprodRecordClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = coprod_record_finalize;
  object_class->get_property = coprod_record_get_property;
  object_class->set_property = coprod_record_set_property;

  /**
   * CoprodRecord:id:
   *
   * The id of the record, unique within its registry. It is set when the
   * record is made and cannot change. A registry accepts only ids for
   * which [func@Coprod.Record.id_is_valid] is true.
   *
   * Since: 0.1
   */
  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  unknown_quark = g_quark_from_static_string ("coprod-unknown-members");
  string_kind_quark = g_quark_from_static_string ("coprod-string-kind");
}

static void
coprod_record_init (CoprodRecord *self)
{
}

/**
 * coprod_record_get_id:
 * @self: a record
 *
 * Gets the id of @self.
 *
 * Returns: (nullable): the id, or %NULL if the record was made without one
 *
 * Since: 0.1
 */
const char *
coprod_record_get_id (CoprodRecord *self)
{
  CoprodRecordPrivate *priv = coprod_record_get_instance_private (self);

  g_return_val_if_fail (COPROD_IS_RECORD (self), NULL);

  return priv->id;
}

/**
 * coprod_record_id_is_valid:
 * @id: (nullable): a candidate id
 *
 * Checks whether @id can name a record: it is valid UTF-8 of 1 to 256
 * bytes, with no control characters and no leading or trailing white
 * space.
 *
 * Returns: %TRUE if @id is a valid record id
 *
 * Since: 0.1
 */
gboolean
coprod_record_id_is_valid (const char *id)
{
  gsize len;
  const char *p;

  if (id == NULL)
    return FALSE;

  len = strlen (id);
  if (len == 0 || len > 256)
    return FALSE;
  if (!g_utf8_validate (id, len, NULL))
    return FALSE;
  if (g_unichar_isspace (g_utf8_get_char (id)) ||
      g_unichar_isspace (g_utf8_get_char (g_utf8_find_prev_char (id, id + len))))
    return FALSE;

  for (p = id; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_iscntrl (c))
        return FALSE;
    }

  return TRUE;
}

/**
 * coprod_record_dup_unknown_members:
 * @self: a record
 *
 * Lists the JSON members of @self that this version of the library does
 * not understand. They were read with the record and will be written back
 * unchanged when it is saved.
 *
 * Returns: (transfer full) (array zero-terminated=1): the member names, in
 *   the order they were read; empty if there are none
 *
 * Since: 0.1
 */
char **
coprod_record_dup_unknown_members (CoprodRecord *self)
{
  const char * const *names;
  const char * const empty[] = { NULL };

  g_return_val_if_fail (COPROD_IS_RECORD (self), NULL);

  names = _coprod_object_get_extra_names (self);

  return g_strdupv ((char **) (names ? names : empty));
}

/* Private helpers shared by the record types */

GParamSpec *
_coprod_param_spec_string_kind (const char       *name,
                                CoprodStringKind  kind,
                                GParamFlags       flags)
{
  GParamSpec *pspec;

  pspec = g_param_spec_string (name, NULL, NULL, NULL, flags);
  if (string_kind_quark == 0)
    string_kind_quark = g_quark_from_static_string ("coprod-string-kind");
  g_param_spec_set_qdata (pspec, string_kind_quark, GINT_TO_POINTER (kind));

  return pspec;
}

GParamSpec *
_coprod_param_spec_set_string_kind (GParamSpec       *pspec,
                                    CoprodStringKind  kind)
{
  if (string_kind_quark == 0)
    string_kind_quark = g_quark_from_static_string ("coprod-string-kind");
  g_param_spec_set_qdata (pspec, string_kind_quark, GINT_TO_POINTER (kind));

  return pspec;
}

CoprodStringKind
_coprod_param_spec_get_string_kind (GParamSpec *pspec)
{
  const CoprodField *field = _coprod_field_of_pspec (pspec);

  if (field != NULL)
    {
      switch (field->kind)
        {
        case COPROD_FIELD_DATE:
          return COPROD_STRING_DATE;
        case COPROD_FIELD_CURRENCY:
          return COPROD_STRING_CURRENCY;
        case COPROD_FIELD_REF:
        case COPROD_FIELD_REFS:
          return COPROD_STRING_REF;
        case COPROD_FIELD_TEXT:
        case COPROD_FIELD_STRV:
        case COPROD_FIELD_ENUM:
        case COPROD_FIELD_FLAGS:
        case COPROD_FIELD_SINGLE_FLAG:
        case COPROD_FIELD_INT:
        case COPROD_FIELD_UINT:
        case COPROD_FIELD_INT64:
        case COPROD_FIELD_DOUBLE:
        case COPROD_FIELD_BOOLEAN:
        case COPROD_FIELD_CHILDREN:
        default:
          return COPROD_STRING_TEXT;
        }
    }

  if (string_kind_quark == 0)
    return COPROD_STRING_TEXT;

  return GPOINTER_TO_INT (g_param_spec_get_qdata (pspec, string_kind_quark));
}

static GQuark
single_flag_quark (void)
{
  static GQuark quark;

  if (quark == 0)
    quark = g_quark_from_static_string ("coprod-single-flag");
  return quark;
}

GParamSpec *
_coprod_param_spec_single_flag (GParamSpec *flags_pspec)
{
  g_return_val_if_fail (G_IS_PARAM_SPEC_FLAGS (flags_pspec), flags_pspec);

  g_param_spec_set_qdata (flags_pspec, single_flag_quark (), GINT_TO_POINTER (1));
  return flags_pspec;
}

gboolean
_coprod_param_spec_is_single_flag (GParamSpec *pspec)
{
  const CoprodField *field = _coprod_field_of_pspec (pspec);

  if (field != NULL)
    return field->kind == COPROD_FIELD_SINGLE_FLAG;
  return g_param_spec_get_qdata (pspec, single_flag_quark ()) != NULL;
}

typedef struct
{
  GType child_type;
  CoprodChildAdder add;
} ChildInfo;

static GQuark
children_quark (void)
{
  static GQuark quark;

  if (quark == 0)
    quark = g_quark_from_static_string ("coprod-children");
  return quark;
}

GParamSpec *
_coprod_param_spec_children (const char       *name,
                             GType             child_type,
                             CoprodChildAdder  add)
{
  GParamSpec *pspec;
  ChildInfo *info;

  pspec = g_param_spec_object (name, NULL, NULL,
                               G_TYPE_LIST_MODEL,
                               G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  info = g_new0 (ChildInfo, 1);
  info->child_type = child_type;
  info->add = add;
  g_param_spec_set_qdata_full (pspec, children_quark (), info, g_free);

  return pspec;
}

gboolean
_coprod_param_spec_get_children (GParamSpec       *pspec,
                                 GType            *child_type,
                                 CoprodChildAdder *add)
{
  const CoprodField *field = _coprod_field_of_pspec (pspec);
  ChildInfo *info;

  if (field != NULL)
    {
      if (field->kind != COPROD_FIELD_CHILDREN)
        return FALSE;
      if (child_type != NULL)
        *child_type = field->type ();
      if (add != NULL)
        *add = field->add;
      return TRUE;
    }

  info = g_param_spec_get_qdata (pspec, children_quark ());
  if (info == NULL)
    return FALSE;

  if (child_type != NULL)
    *child_type = info->child_type;
  if (add != NULL)
    *add = info->add;

  return TRUE;
}

gboolean
_coprod_set_string (gpointer     object,
                    char       **field,
                    const char  *value,
                    GParamSpec  *pspec)
{
  switch (_coprod_param_spec_get_string_kind (pspec))
    {
    case COPROD_STRING_DATE:
      g_return_val_if_fail (value == NULL || coprod_date_is_valid (value), FALSE);
      break;

    case COPROD_STRING_CURRENCY:
      g_return_val_if_fail (value == NULL || _coprod_currency_is_valid (value), FALSE);
      break;

    case COPROD_STRING_TEXT:
    case COPROD_STRING_REF:
    default:
      break;
    }

  if (g_strcmp0 (*field, value) == 0)
    return FALSE;

  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (object), pspec);

  return TRUE;
}

gboolean
_coprod_set_strv (gpointer            object,
                  char             ***field,
                  const char * const *value,
                  GParamSpec         *pspec)
{
  const char * const empty[] = { NULL };

  /* NULL and empty are the same list */
  if (value == NULL)
    value = empty;
  if (*field != NULL && g_strv_equal ((const char * const *) *field, value))
    return FALSE;

  g_strfreev (*field);
  *field = g_strdupv ((char **) value);
  g_object_notify_by_pspec (G_OBJECT (object), pspec);

  return TRUE;
}

gboolean
_coprod_set_enum (gpointer    object,
                  guint      *field,
                  guint       value,
                  GParamSpec *pspec)
{
  if (G_IS_PARAM_SPEC_ENUM (pspec))
    {
      GEnumClass *eclass = G_PARAM_SPEC_ENUM (pspec)->enum_class;

      g_return_val_if_fail (g_enum_get_value (eclass, (int) value) != NULL, FALSE);
    }
  else
    {
      GFlagsClass *fclass = G_PARAM_SPEC_FLAGS (pspec)->flags_class;

      g_return_val_if_fail ((value & ~fclass->mask) == 0, FALSE);
    }

  if (*field == value)
    return FALSE;

  *field = value;
  g_object_notify_by_pspec (G_OBJECT (object), pspec);

  return TRUE;
}

gboolean
_coprod_set_int64 (gpointer    object,
                   gint64     *field,
                   gint64      value,
                   GParamSpec *pspec)
{
  GParamSpecInt64 *ispec = G_PARAM_SPEC_INT64 (pspec);

  g_return_val_if_fail (value >= ispec->minimum && value <= ispec->maximum, FALSE);

  if (*field == value)
    return FALSE;

  *field = value;
  g_object_notify_by_pspec (G_OBJECT (object), pspec);

  return TRUE;
}

gboolean
_coprod_set_double (gpointer    object,
                    double     *field,
                    double      value,
                    GParamSpec *pspec)
{
  GParamSpecDouble *dspec = G_PARAM_SPEC_DOUBLE (pspec);

  g_return_val_if_fail (isfinite (value), FALSE);
  g_return_val_if_fail (value >= dspec->minimum && value <= dspec->maximum, FALSE);

  if (*field == value)
    return FALSE;

  *field = value;
  g_object_notify_by_pspec (G_OBJECT (object), pspec);

  return TRUE;
}

gboolean
_coprod_set_boolean (gpointer    object,
                     gboolean   *field,
                     gboolean    value,
                     GParamSpec *pspec)
{
  value = !!value;
  if (*field == value)
    return FALSE;

  *field = value;
  g_object_notify_by_pspec (G_OBJECT (object), pspec);

  return TRUE;
}

typedef struct
{
  char           **names;
  gpointer         data;
  GDestroyNotify   destroy;
} Extra;

static void
extra_free (gpointer p)
{
  Extra *extra = p;

  g_strfreev (extra->names);
  if (extra->destroy != NULL)
    extra->destroy (extra->data);
  g_free (extra);
}

void
_coprod_object_set_extra (gpointer        object,
                          char          **names,
                          gpointer        data,
                          GDestroyNotify  destroy)
{
  Extra *extra = NULL;

  if (unknown_quark == 0)
    unknown_quark = g_quark_from_static_string ("coprod-unknown-members");

  if (names != NULL && names[0] != NULL)
    {
      extra = g_new0 (Extra, 1);
      extra->names = names;
      extra->data = data;
      extra->destroy = destroy;
    }
  else
    {
      g_strfreev (names);
      if (destroy != NULL && data != NULL)
        destroy (data);
    }

  g_object_set_qdata_full (G_OBJECT (object), unknown_quark, extra, extra_free);
}

gpointer
_coprod_object_get_extra (gpointer object)
{
  Extra *extra;

  if (unknown_quark == 0)
    return NULL;

  extra = g_object_get_qdata (G_OBJECT (object), unknown_quark);
  return extra ? extra->data : NULL;
}

const char * const *
_coprod_object_get_extra_names (gpointer object)
{
  Extra *extra;

  if (unknown_quark == 0)
    return NULL;

  extra = g_object_get_qdata (G_OBJECT (object), unknown_quark);
  return extra ? (const char * const *) extra->names : NULL;
}
