/* coprod-record.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "coprod-date.h"
#include "coprod-field-private.h"
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
  gpointer owner;   /* the registry it is in: see _coprod_object_get_owner() */
} CoprodRecordPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (CoprodRecord, coprod_record, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];
static GQuark unknown_quark;

static void
coprod_record_finalize (GObject *object)
{
  CoprodRecord *self = COPROD_RECORD (object);
  CoprodRecordPrivate *priv = coprod_record_get_instance_private (self);

  g_clear_pointer (&priv->id, _coprod_field_string_free);

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
      priv->id = _coprod_field_string_new (g_value_get_string (value), -1);
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
}

static void
coprod_record_init (CoprodRecord *self)
{
}

/* The id, without checking that @record is one: for loops over a
 * registry's collections, which hold only records */
const char *
_coprod_record_peek_id (CoprodRecord *record)
{
  CoprodRecordPrivate *priv = coprod_record_get_instance_private (record);

  return priv->id;
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

gint
_coprod_record_get_owner_offset (void)
{
  /* final once CoprodRecord's class_init has run, which is before that of
   * any subclass */
  g_assert (CoprodRecord_private_offset != 0);

  return CoprodRecord_private_offset + (gint) G_STRUCT_OFFSET (CoprodRecordPrivate, owner);
}

void
_coprod_record_take_id (CoprodRecord *record,
                        char         *id)
{
  CoprodRecordPrivate *priv = coprod_record_get_instance_private (record);

  g_return_if_fail (priv->id == NULL);

  priv->id = id;
}

/**
 * coprod_record_id_is_valid:
 * @id: (nullable): a candidate id
 *
 * Checks whether @id can name a record: it is valid UTF-8 of 1 to 256
 * bytes, with no control characters, no characters that reorder
 * bidirectional text (U+200E, U+200F, U+202A to U+202E, U+2066 to
 * U+2069) and no leading or trailing white space. Messages and findings
 * name records by their ids, so an id never carries anything that would
 * act on a terminal.
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

      if (_coprod_text_is_unsafe (c))
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

/* Members the format did not understand */

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
