/* coprod-field.c: properties, defaults and finalize from a field table
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <math.h>

#include "coprod-collections-private.h"
#include "coprod-date.h"
#include "coprod-field-private.h"
#include "coprod-record-list-private.h"
#include "coprod-record-private.h"
#include "coprod-text-private.h"

typedef struct
{
  CoprodField *fields;
  guint        n_fields;
  /* where an object of the type keeps what holds it (see
   * _coprod_object_get_owner), from the start of the instance; 0 if it
   * keeps nothing. A record keeps it in CoprodRecord's private data, before
   * the instance: a negative offset. */
  gint         owner_offset;
} FieldTable;

/* The tables by type. They are looked up on every finalize and for every
 * owner, so without a lock (g_type_get_qdata() takes a read lock): an open
 * addressing table of the types with a table. A type is added by its
 * class_init, before any object or class pointer of it exists, and never
 * removed; its table is stored before the type, which publishes it. */
#define N_TABLE_SLOTS 512

typedef struct
{
  GType             type;
  const FieldTable *table;
} TableSlot;

static TableSlot table_slots[N_TABLE_SLOTS];
static guint n_table_slots_used;
static GMutex table_slots_lock;

static inline guint
table_slot_of_type (GType type)
{
  /* a type is the address of its node: the low bits are alignment */
  return (guint) ((type >> 4) ^ (type >> 13)) & (N_TABLE_SLOTS - 1);
}

static inline const FieldTable *
lookup_table (GType type)
{
  guint i;
  GType t;

  for (i = table_slot_of_type (type);
       (t = (GType) g_atomic_pointer_get (&table_slots[i].type)) != 0;
       i = (i + 1) & (N_TABLE_SLOTS - 1))
    if (t == type)
      return table_slots[i].table;

  return NULL;
}

static void
add_table (GType             type,
           const FieldTable *table)
{
  guint i;

  g_mutex_lock (&table_slots_lock);
  /* kept at most half full, so a look-up for a type with no table ends
   * soon */
  if (n_table_slots_used >= N_TABLE_SLOTS / 2)
    g_error ("coprod-field: more than %d types with a field table", N_TABLE_SLOTS / 2);
  for (i = table_slot_of_type (type); table_slots[i].type != 0; i = (i + 1) & (N_TABLE_SLOTS - 1))
    g_assert (table_slots[i].type != type);
  table_slots[i].table = table;
  g_atomic_pointer_set (&table_slots[i].type, type);
  n_table_slots_used++;
  g_mutex_unlock (&table_slots_lock);
}

static const FieldTable *
table_of_type (GType type)
{
  /* the table is made by class_init: make sure it has run */
  if (g_type_class_peek (type) == NULL)
    {
      if (!G_TYPE_IS_CLASSED (type))
        return NULL;
      g_type_class_unref (g_type_class_ref (type));
    }

  return lookup_table (type);
}

const CoprodField *
_coprod_field_of_pspec (GParamSpec *pspec)
{
  const FieldTable *table = lookup_table (pspec->owner_type);

  if (table == NULL || pspec->param_id < 1 || pspec->param_id > table->n_fields ||
      table->fields[pspec->param_id - 1].pspec != pspec)
    return NULL;

  return &table->fields[pspec->param_id - 1];
}

static const CoprodField *
field_of_pspec (GParamSpec *pspec)
{
  const FieldTable *table = lookup_table (pspec->owner_type);

  g_assert (table != NULL && pspec->param_id >= 1 && pspec->param_id <= table->n_fields);
  return &table->fields[pspec->param_id - 1];
}

/* Where @object keeps what holds it, or NULL if it keeps nothing */
static inline gpointer *
owner_slot (gpointer object)
{
  const FieldTable *table = lookup_table (G_OBJECT_TYPE (object));

  if (table != NULL && table->owner_offset != 0)
    return G_STRUCT_MEMBER_P (object, table->owner_offset);
  /* a record of a type with no table of its own */
  if (table == NULL && COPROD_IS_RECORD (object))
    return G_STRUCT_MEMBER_P (object, _coprod_record_get_owner_offset ());

  return NULL;
}

static GParamSpec *
make_pspec (const CoprodField *field)
{
  const GParamFlags flags = (G_PARAM_READWRITE |
                             G_PARAM_EXPLICIT_NOTIFY |
                             G_PARAM_STATIC_STRINGS);

  switch (field->kind)
    {
    case COPROD_FIELD_TEXT:
    case COPROD_FIELD_DATE:
    case COPROD_FIELD_CURRENCY:
    case COPROD_FIELD_REF:
      return g_param_spec_string (field->name, NULL, NULL, field->text_default, flags);

    case COPROD_FIELD_REFS:
    case COPROD_FIELD_STRV:
      return g_param_spec_boxed (field->name, NULL, NULL, G_TYPE_STRV, flags);

    case COPROD_FIELD_ENUM:
      return g_param_spec_enum (field->name, NULL, NULL, field->type (),
                                (int) field->default_value, flags);

    case COPROD_FIELD_FLAGS:
    case COPROD_FIELD_SINGLE_FLAG:
      return g_param_spec_flags (field->name, NULL, NULL, field->type (),
                                 (guint) field->default_value, flags);

    case COPROD_FIELD_INT:
      return g_param_spec_int (field->name, NULL, NULL,
                               (int) field->minimum, (int) field->maximum,
                               (int) field->default_value, flags);

    case COPROD_FIELD_UINT:
      return g_param_spec_uint (field->name, NULL, NULL,
                                (guint) field->minimum, (guint) field->maximum,
                                (guint) field->default_value, flags);

    case COPROD_FIELD_INT64:
      return g_param_spec_int64 (field->name, NULL, NULL,
                                 field->minimum, field->maximum,
                                 field->default_value, flags);

    case COPROD_FIELD_DOUBLE:
      return g_param_spec_double (field->name, NULL, NULL,
                                  field->dminimum, field->dmaximum,
                                  field->ddefault, flags);

    case COPROD_FIELD_BOOLEAN:
      return g_param_spec_boolean (field->name, NULL, NULL,
                                   field->default_value != 0, flags);

    case COPROD_FIELD_CHILDREN:
      return g_param_spec_object (field->name, NULL, NULL,
                                  G_TYPE_LIST_MODEL,
                                  G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

    default:
      g_assert_not_reached ();
    }
}

static void
fields_get_property (GObject    *object,
                     guint       prop_id,
                     GValue     *value,
                     GParamSpec *pspec)
{
  _coprod_field_get_value (object, field_of_pspec (pspec), value);
}

static void
fields_set_property (GObject      *object,
                     guint         prop_id,
                     const GValue *value,
                     GParamSpec   *pspec)
{
  _coprod_field_set_value (object, field_of_pspec (pspec), value);
}

char *
_coprod_field_string_new (const char *value,
                          gssize      length)
{
  if (value == NULL)
    return NULL;

  return g_ref_string_new_len (value, length);
}

void
_coprod_field_string_free (char *value)
{
  if (value != NULL)
    g_ref_string_release (value);
}

/* The empty list: one for every field of every object, never freed */
static char *empty_strv[1] = { NULL };

char **
_coprod_field_strv_empty (void)
{
  return empty_strv;
}

void
_coprod_field_strv_free (char **strv)
{
  char **s;

  if (strv == NULL || strv == empty_strv)
    return;
  for (s = strv; *s != NULL; s++)
    g_ref_string_release (*s);
  g_free (strv);
}

static void
clear_fields (GObject           *object,
              const FieldTable  *table)
{
  guint i;

  for (i = 0; i < table->n_fields; i++)
    {
      const CoprodField *field = &table->fields[i];
      gpointer p = _COPROD_FIELD_P (object, field);

      switch (field->kind)
        {
        case COPROD_FIELD_TEXT:
        case COPROD_FIELD_DATE:
        case COPROD_FIELD_CURRENCY:
        case COPROD_FIELD_REF:
          g_clear_pointer ((char **) p, _coprod_field_string_free);
          break;

        case COPROD_FIELD_REFS:
        case COPROD_FIELD_STRV:
          g_clear_pointer ((char ***) p, _coprod_field_strv_free);
          break;

        case COPROD_FIELD_CHILDREN:
          {
            CoprodRecordList *children = *(CoprodRecordList **) p;
            guint j, n = children ? _coprod_record_list_get_size (children) : 0;

            /* the children may outlive their record (someone holds them,
             * or the list): free them for another */
            for (j = 0; j < n; j++)
              {
                gpointer *slot = owner_slot (_coprod_record_list_peek (children, j));

                if (slot != NULL && *slot == (gpointer) object)
                  *slot = NULL;
              }
            g_clear_object ((CoprodRecordList **) p);
          }
          break;

        case COPROD_FIELD_ENUM:
        case COPROD_FIELD_FLAGS:
        case COPROD_FIELD_SINGLE_FLAG:
        case COPROD_FIELD_INT:
        case COPROD_FIELD_UINT:
        case COPROD_FIELD_INT64:
        case COPROD_FIELD_DOUBLE:
        case COPROD_FIELD_BOOLEAN:
        default:
          break;
        }
    }
}

static void
fields_finalize (GObject *object)
{
  GObjectClass *klass = G_OBJECT_GET_CLASS (object);

  /* free the fields of each class up the chain that uses this finalize,
   * then chain up to the first one that does not */
  while (klass->finalize == fields_finalize)
    {
      const FieldTable *table = lookup_table (G_TYPE_FROM_CLASS (klass));

      if (table != NULL)
        clear_fields (object, table);
      klass = g_type_class_peek_parent (klass);
    }

  klass->finalize (object);
}

static void
install (GObjectClass *klass,
         CoprodField  *fields,
         guint         n_fields,
         gint          owner_offset)
{
  GType type = G_TYPE_FROM_CLASS (klass);
  FieldTable *table;
  guint i;

  g_return_if_fail (lookup_table (type) == NULL);

  klass->get_property = fields_get_property;
  klass->set_property = fields_set_property;
  klass->finalize = fields_finalize;

  for (i = 0; i < n_fields; i++)
    {
      g_autofree char *member = g_strdelimit (g_strdup (fields[i].name), "-", '_');

      fields[i].pspec = make_pspec (&fields[i]);
      fields[i].member = g_intern_string (member);
      /* kept with the class, like the pspec */
      fields[i].default_string = _coprod_field_string_new (fields[i].text_default, -1);
      g_object_class_install_property (klass, i + 1, fields[i].pspec);
    }

  table = g_new0 (FieldTable, 1);
  table->fields = fields;
  table->n_fields = n_fields;
  table->owner_offset = owner_offset;
  add_table (type, table);
}

void
_coprod_fields_install (GObjectClass *klass,
                        CoprodField  *fields,
                        guint         n_fields)
{
  /* CoprodRecord's class_init has run: its private offset is final */
  install (klass, fields, n_fields,
           g_type_is_a (G_TYPE_FROM_CLASS (klass), COPROD_TYPE_RECORD) ?
             _coprod_record_get_owner_offset () : 0);
}

void
_coprod_fields_install_child (GObjectClass *klass,
                              CoprodField  *fields,
                              guint         n_fields,
                              gsize         owner_offset)
{
  g_return_if_fail (owner_offset >= sizeof (GObject) && owner_offset <= G_MAXINT);

  install (klass, fields, n_fields, (gint) owner_offset);
}

void
_coprod_fields_init_instance (gpointer           object,
                              const CoprodField *fields,
                              guint              n_fields)
{
  guint i;

  for (i = 0; i < n_fields; i++)
    {
      const CoprodField *field = &fields[i];
      gpointer p = _COPROD_FIELD_P (object, field);

      switch (field->kind)
        {
        case COPROD_FIELD_REFS:
        case COPROD_FIELD_STRV:
          *(char ***) p = empty_strv;
          break;

        case COPROD_FIELD_CHILDREN:
          /* NULL (the instance starts zeroed) until a child is added or
           * the list is asked for: most records of a kind with children
           * have none in some of their lists */
          break;

        case COPROD_FIELD_ENUM:
          *(int *) p = (int) field->default_value;
          break;

        case COPROD_FIELD_FLAGS:
        case COPROD_FIELD_SINGLE_FLAG:
        case COPROD_FIELD_UINT:
          *(guint *) p = (guint) field->default_value;
          break;

        case COPROD_FIELD_INT:
          *(int *) p = (int) field->default_value;
          break;

        case COPROD_FIELD_INT64:
          *(gint64 *) p = field->default_value;
          break;

        case COPROD_FIELD_DOUBLE:
          *(double *) p = field->ddefault;
          break;

        case COPROD_FIELD_BOOLEAN:
          *(gboolean *) p = field->default_value != 0;
          break;

        case COPROD_FIELD_TEXT:
        case COPROD_FIELD_DATE:
        case COPROD_FIELD_CURRENCY:
        case COPROD_FIELD_REF:
          /* one string of the default for every object */
          *(char **) p = field->default_string != NULL ?
                           g_ref_string_acquire (field->default_string) : NULL;
          break;

        default:
          break;
        }
    }
}

const CoprodField *
_coprod_fields_of_type (GType  type,
                        guint *n_fields)
{
  const FieldTable *table = table_of_type (type);

  if (n_fields != NULL)
    *n_fields = table ? table->n_fields : 0;

  return table ? table->fields : NULL;
}

const CoprodField *
_coprod_fields_find (GType       type,
                     const char *name)
{
  const FieldTable *table = table_of_type (type);
  guint i;

  for (i = 0; table != NULL && i < table->n_fields; i++)
    if (g_str_equal (table->fields[i].name, name))
      return &table->fields[i];

  return NULL;
}

const CoprodField *
_coprod_fields_find_member (GType       type,
                            const char *member)
{
  const FieldTable *table = table_of_type (type);
  guint i;

  for (i = 0; table != NULL && i < table->n_fields; i++)
    if (g_str_equal (table->fields[i].member, member))
      return &table->fields[i];

  return NULL;
}

/* The length of @s as the format writes it: each control character (and DEL) as
 * \u00XX, or \n and its like; a quote or a backslash escaped */
static gsize
written_length (const char *s)
{
  gsize n = 0;

  for (; *s != '\0'; s++)
    {
      guchar c = (guchar) *s;

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

gboolean
_coprod_field_text_is_valid (const CoprodField *field,
                             const char        *value)
{
  if (!g_utf8_validate (value, -1, NULL))
    return FALSE;
  if ((field->kind == COPROD_FIELD_REF || field->kind == COPROD_FIELD_REFS) &&
      !coprod_record_id_is_valid (value))
    return FALSE;

  return written_length (value) <= COPROD_FIELD_MAX_TEXT;
}

static gint model_generation;

guint
_coprod_model_get_generation (void)
{
  return (guint) g_atomic_int_get (&model_generation);
}

void
_coprod_model_changed (void)
{
  g_atomic_int_inc (&model_generation);
}

static GQuark
changed_func_quark (void)
{
  return g_quark_from_static_string ("coprod-changed-func");
}

void
_coprod_object_set_changed_func (gpointer          holder,
                                 CoprodChangedFunc func)
{
  g_object_set_qdata (G_OBJECT (holder), changed_func_quark (), (gpointer) func);
}

void
_coprod_model_changed_in (gpointer object)
{
  gpointer top = object, record = object, owner;
  CoprodChangedFunc func;

  _coprod_model_changed ();

  while ((owner = _coprod_object_get_owner (top)) != NULL)
    {
      record = top;
      top = owner;
    }
  if (top == object)
    return;

  func = (CoprodChangedFunc) g_object_get_qdata (G_OBJECT (top), changed_func_quark ());
  if (func != NULL)
    func (top, record);
}

static void
notify (gpointer           object,
        const CoprodField *field)
{
  _coprod_model_changed ();
  g_object_notify_by_pspec (G_OBJECT (object), field->pspec);
  _coprod_model_changed_in (object);
}

gboolean
_coprod_field_set_string (gpointer           object,
                          const CoprodField *field,
                          const char        *value)
{
  char **p = _COPROD_FIELD_P (object, field);

  if (value == NULL)
    value = field->text_default;

  g_return_val_if_fail (value == NULL || _coprod_field_text_is_valid (field, value), FALSE);

  switch (field->kind)
    {
    case COPROD_FIELD_DATE:
      g_return_val_if_fail (value == NULL || coprod_date_is_valid (value), FALSE);
      break;

    case COPROD_FIELD_CURRENCY:
      g_return_val_if_fail (value == NULL || _coprod_currency_is_valid (value), FALSE);
      break;

    case COPROD_FIELD_TEXT:
    case COPROD_FIELD_REF:
      break;

    case COPROD_FIELD_REFS:
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
      g_return_val_if_reached (FALSE);
    }

  if (g_strcmp0 (*p, value) == 0)
    return FALSE;

  _coprod_field_string_free (*p);
  *p = value == field->text_default && value != NULL ?
         g_ref_string_acquire (field->default_string) :
         _coprod_field_string_new (value, -1);
  notify (object, field);

  return TRUE;
}

gboolean
_coprod_field_set_strv (gpointer            object,
                        const CoprodField  *field,
                        const char * const *value)
{
  const char * const empty[] = { NULL };
  char ***p = _COPROD_FIELD_P (object, field);
  guint i;

  g_return_val_if_fail (field->kind == COPROD_FIELD_STRV ||
                        field->kind == COPROD_FIELD_REFS, FALSE);

  /* NULL and empty are the same list */
  if (value == NULL)
    value = empty;
  for (i = 0; value[i] != NULL; i++)
    g_return_val_if_fail (_coprod_field_text_is_valid (field, value[i]), FALSE);
  if (*p != NULL && g_strv_equal ((const char * const *) *p, value))
    return FALSE;

  _coprod_field_strv_free (*p);
  if (value[0] == NULL)
    *p = empty_strv;
  else
    {
      *p = g_new (char *, g_strv_length ((char **) value) + 1);
      for (i = 0; value[i] != NULL; i++)
        (*p)[i] = _coprod_field_string_new (value[i], -1);
      (*p)[i] = NULL;
    }
  notify (object, field);

  return TRUE;
}

gboolean
_coprod_field_set_enum (gpointer           object,
                        const CoprodField *field,
                        int                value)
{
  int *p = _COPROD_FIELD_P (object, field);

  g_return_val_if_fail (field->kind == COPROD_FIELD_ENUM, FALSE);
  g_return_val_if_fail (_coprod_enum_nick (field->type (), value) != NULL, FALSE);

  if (*p == value)
    return FALSE;

  *p = value;
  notify (object, field);

  return TRUE;
}

gboolean
_coprod_field_set_flags (gpointer           object,
                         const CoprodField *field,
                         guint              value)
{
  guint *p = _COPROD_FIELD_P (object, field);
  GFlagsClass *fclass;
  guint mask;

  g_return_val_if_fail (field->kind == COPROD_FIELD_FLAGS ||
                        field->kind == COPROD_FIELD_SINGLE_FLAG, FALSE);

  fclass = g_type_class_ref (field->type ());
  mask = fclass->mask;
  g_type_class_unref (fclass);

  g_return_val_if_fail ((value & ~mask) == 0, FALSE);
  if (field->kind == COPROD_FIELD_SINGLE_FLAG)
    g_return_val_if_fail ((value & (value - 1)) == 0, FALSE);

  if (*p == value)
    return FALSE;

  *p = value;
  notify (object, field);

  return TRUE;
}

/* INT, UINT and INT64 fields: the range is the field's */
static gboolean
set_integer (gpointer           object,
             const CoprodField *field,
             gint64             value)
{
  gpointer p = _COPROD_FIELD_P (object, field);
  gint64 old;

  g_return_val_if_fail (value >= field->minimum && value <= field->maximum, FALSE);

  if (field->kind == COPROD_FIELD_INT)
    old = *(int *) p;
  else if (field->kind == COPROD_FIELD_UINT)
    old = *(guint *) p;
  else
    old = *(gint64 *) p;

  if (old == value)
    return FALSE;

  if (field->kind == COPROD_FIELD_INT)
    *(int *) p = (int) value;
  else if (field->kind == COPROD_FIELD_UINT)
    *(guint *) p = (guint) value;
  else
    *(gint64 *) p = value;
  notify (object, field);

  return TRUE;
}

gboolean
_coprod_field_set_int (gpointer           object,
                       const CoprodField *field,
                       int                value)
{
  g_return_val_if_fail (field->kind == COPROD_FIELD_INT, FALSE);

  return set_integer (object, field, value);
}

gboolean
_coprod_field_set_uint (gpointer           object,
                        const CoprodField *field,
                        guint              value)
{
  g_return_val_if_fail (field->kind == COPROD_FIELD_UINT, FALSE);

  return set_integer (object, field, value);
}

gboolean
_coprod_field_set_int64 (gpointer           object,
                         const CoprodField *field,
                         gint64             value)
{
  g_return_val_if_fail (field->kind == COPROD_FIELD_INT64, FALSE);

  return set_integer (object, field, value);
}

gboolean
_coprod_field_set_double (gpointer           object,
                          const CoprodField *field,
                          double             value)
{
  double *p = _COPROD_FIELD_P (object, field);

  g_return_val_if_fail (field->kind == COPROD_FIELD_DOUBLE, FALSE);
  g_return_val_if_fail (isfinite (value), FALSE);
  g_return_val_if_fail (value >= field->dminimum && value <= field->dmaximum, FALSE);

  if (*p == value)
    return FALSE;

  *p = value;
  notify (object, field);

  return TRUE;
}

gboolean
_coprod_field_set_boolean (gpointer           object,
                           const CoprodField *field,
                           gboolean           value)
{
  gboolean *p = _COPROD_FIELD_P (object, field);

  g_return_val_if_fail (field->kind == COPROD_FIELD_BOOLEAN, FALSE);

  value = !!value;
  if (*p == value)
    return FALSE;

  *p = value;
  notify (object, field);

  return TRUE;
}

gboolean
_coprod_field_set_value (gpointer           object,
                         const CoprodField *field,
                         const GValue      *value)
{
  switch (field->kind)
    {
    case COPROD_FIELD_TEXT:
    case COPROD_FIELD_DATE:
    case COPROD_FIELD_CURRENCY:
    case COPROD_FIELD_REF:
      return _coprod_field_set_string (object, field, g_value_get_string (value));

    case COPROD_FIELD_REFS:
    case COPROD_FIELD_STRV:
      return _coprod_field_set_strv (object, field, g_value_get_boxed (value));

    case COPROD_FIELD_ENUM:
      return _coprod_field_set_enum (object, field, g_value_get_enum (value));

    case COPROD_FIELD_FLAGS:
    case COPROD_FIELD_SINGLE_FLAG:
      return _coprod_field_set_flags (object, field, g_value_get_flags (value));

    case COPROD_FIELD_INT:
      return _coprod_field_set_int (object, field, g_value_get_int (value));

    case COPROD_FIELD_UINT:
      return _coprod_field_set_uint (object, field, g_value_get_uint (value));

    case COPROD_FIELD_INT64:
      return _coprod_field_set_int64 (object, field, g_value_get_int64 (value));

    case COPROD_FIELD_DOUBLE:
      return _coprod_field_set_double (object, field, g_value_get_double (value));

    case COPROD_FIELD_BOOLEAN:
      return _coprod_field_set_boolean (object, field, g_value_get_boolean (value));

    case COPROD_FIELD_CHILDREN:
    default:
      g_return_val_if_reached (FALSE);
    }
}

void
_coprod_field_get_value (gpointer           object,
                         const CoprodField *field,
                         GValue            *value)
{
  gpointer p = _COPROD_FIELD_P (object, field);

  switch (field->kind)
    {
    case COPROD_FIELD_TEXT:
    case COPROD_FIELD_DATE:
    case COPROD_FIELD_CURRENCY:
    case COPROD_FIELD_REF:
      g_value_set_string (value, *(char **) p);
      break;

    case COPROD_FIELD_REFS:
    case COPROD_FIELD_STRV:
      g_value_set_boxed (value, *(char ***) p);
      break;

    case COPROD_FIELD_ENUM:
      g_value_set_enum (value, *(int *) p);
      break;

    case COPROD_FIELD_FLAGS:
    case COPROD_FIELD_SINGLE_FLAG:
      g_value_set_flags (value, *(guint *) p);
      break;

    case COPROD_FIELD_INT:
      g_value_set_int (value, *(int *) p);
      break;

    case COPROD_FIELD_UINT:
      g_value_set_uint (value, *(guint *) p);
      break;

    case COPROD_FIELD_INT64:
      g_value_set_int64 (value, *(gint64 *) p);
      break;

    case COPROD_FIELD_DOUBLE:
      g_value_set_double (value, *(double *) p);
      break;

    case COPROD_FIELD_BOOLEAN:
      g_value_set_boolean (value, *(gboolean *) p);
      break;

    case COPROD_FIELD_CHILDREN:
      g_value_set_object (value, _coprod_field_get_children (object, field));
      break;

    default:
      g_assert_not_reached ();
    }
}

const char *
_coprod_field_peek_string (gpointer           object,
                           const CoprodField *field)
{
  g_return_val_if_fail (field->kind <= COPROD_FIELD_REF, NULL);

  return *(char **) _COPROD_FIELD_P (object, field);
}

const char * const *
_coprod_field_peek_strv (gpointer           object,
                         const CoprodField *field)
{
  g_return_val_if_fail (field->kind == COPROD_FIELD_REFS ||
                        field->kind == COPROD_FIELD_STRV, NULL);

  return *(const char * const **) _COPROD_FIELD_P (object, field);
}

/* The list of @field, or NULL while it has not been made */
static inline CoprodRecordList *
peek_list (gpointer           object,
           const CoprodField *field)
{
  return *(CoprodRecordList **) _COPROD_FIELD_P (object, field);
}

GListModel *
_coprod_field_peek_children (gpointer           object,
                             const CoprodField *field)
{
  g_return_val_if_fail (field->kind == COPROD_FIELD_CHILDREN, NULL);

  return (GListModel *) peek_list (object, field);
}

GListModel *
_coprod_field_get_children (gpointer           object,
                            const CoprodField *field)
{
  CoprodRecordList **p;
  CoprodRecordList *list, *made;

  g_return_val_if_fail (field->kind == COPROD_FIELD_CHILDREN, NULL);

  p = _COPROD_FIELD_P (object, field);
  list = g_atomic_pointer_get (p);
  if (list != NULL)
    return G_LIST_MODEL (list);

  /* readers in two threads may both ask first: one list wins */
  made = _coprod_record_list_new (field->type ());
  if (g_atomic_pointer_compare_and_exchange (p, NULL, made))
    return G_LIST_MODEL (made);

  g_object_unref (made);
  return G_LIST_MODEL (g_atomic_pointer_get (p));
}

guint
_coprod_field_get_n_children (gpointer           object,
                              const CoprodField *field)
{
  CoprodRecordList *list;

  g_return_val_if_fail (field->kind == COPROD_FIELD_CHILDREN, 0);

  list = peek_list (object, field);
  return list != NULL ? _coprod_record_list_get_size (list) : 0;
}

gpointer
_coprod_field_peek_child (gpointer           object,
                          const CoprodField *field,
                          guint              position)
{
  CoprodRecordList *list;

  g_return_val_if_fail (field->kind == COPROD_FIELD_CHILDREN, NULL);

  list = peek_list (object, field);
  g_return_val_if_fail (list != NULL, NULL);

  return _coprod_record_list_peek (list, position);
}

gpointer
_coprod_object_get_owner (gpointer object)
{
  gpointer *slot;

  g_return_val_if_fail (G_IS_OBJECT (object), NULL);

  slot = owner_slot (object);
  return slot != NULL ? *slot : NULL;
}

void
_coprod_object_set_owner (gpointer object,
                          gpointer owner)
{
  gpointer *slot;

  g_return_if_fail (G_IS_OBJECT (object));

  slot = owner_slot (object);
  /* only records and the objects inside them are held */
  g_return_if_fail (slot != NULL);
  *slot = owner;
}

void
_coprod_field_add_children (gpointer           owner,
                            const CoprodField *field,
                            gpointer          *children,
                            guint              n_children)
{
  CoprodRecordList **p;
  guint i;

  g_return_if_fail (field->kind == COPROD_FIELD_CHILDREN);
  for (i = 0; i < n_children; i++)
    {
      g_return_if_fail (G_TYPE_CHECK_INSTANCE_TYPE (children[i], field->type ()));
      g_return_if_fail (_coprod_object_get_owner (children[i]) == NULL);
    }

  p = _COPROD_FIELD_P (owner, field);
  if (*p != NULL)
    _coprod_record_list_append_all (*p, children, n_children);
  else if (n_children > 0)
    /* a list made now has no handlers to tell */
    *p = _coprod_record_list_new_with (field->type (), children, n_children);
  for (i = 0; i < n_children; i++)
    _coprod_object_set_owner (children[i], owner);
  _coprod_model_changed ();
}

void
_coprod_field_add_child (gpointer           owner,
                         const CoprodField *field,
                         gpointer           child)
{
  CoprodRecordList **p;

  g_return_if_fail (field->kind == COPROD_FIELD_CHILDREN);
  g_return_if_fail (G_TYPE_CHECK_INSTANCE_TYPE (child, field->type ()));
  /* one object inside two records would be saved twice, and a change to
   * one would change the other */
  g_return_if_fail (_coprod_object_get_owner (child) == NULL);

  p = _COPROD_FIELD_P (owner, field);
  if (*p != NULL)
    _coprod_record_list_append (*p, child);
  else
    *p = _coprod_record_list_new_with (field->type (), &child, 1);
  _coprod_object_set_owner (child, owner);
  _coprod_model_changed_in (owner);
}

gboolean
_coprod_field_remove_child (gpointer           owner,
                            const CoprodField *field,
                            gpointer           child)
{
  CoprodRecordList *list;
  guint position;

  g_return_val_if_fail (field->kind == COPROD_FIELD_CHILDREN, FALSE);

  list = peek_list (owner, field);
  if (list == NULL || !_coprod_record_list_find (list, child, &position))
    return FALSE;

  _coprod_object_set_owner (child, NULL);
  _coprod_record_list_remove_at (list, position);
  _coprod_model_changed_in (owner);

  return TRUE;
}

char *
_coprod_field_describe_targets (const CoprodField *field)
{
  GString *s = g_string_new (NULL);
  guint i;

  for (i = 0; i < G_N_ELEMENTS (field->targets) && field->targets[i] != NULL; i++)
    {
      int c = _coprod_collection_for_type (field->targets[i] ());

      g_string_append (s, i ? " or " : "");
      g_string_append (s, c >= 0 ? _coprod_collections[c].what : "a record");
    }

  return g_string_free (s, FALSE);
}
