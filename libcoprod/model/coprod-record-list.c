/* coprod-record-list.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <string.h>

#include "coprod-record-list-private.h"
#include "coprod-record.h"

struct _CoprodRecordList
{
  GObject parent_instance;

  GType item_type;
  /* each holds a reference; n_allocated is what @items has room for */
  gpointer *items;
  guint n_items;
  guint n_allocated;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (CoprodRecordList, coprod_record_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  PROP_0,
  PROP_ITEM_TYPE,
  PROP_N_ITEMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GType
coprod_record_list_get_item_type (GListModel *model)
{
  return COPROD_RECORD_LIST (model)->item_type;
}

static guint
coprod_record_list_get_n_items (GListModel *model)
{
  return COPROD_RECORD_LIST (model)->n_items;
}

static gpointer
coprod_record_list_get_item (GListModel *model,
                             guint       position)
{
  CoprodRecordList *self = COPROD_RECORD_LIST (model);

  if (position >= self->n_items)
    return NULL;

  return g_object_ref (self->items[position]);
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = coprod_record_list_get_item_type;
  iface->get_n_items = coprod_record_list_get_n_items;
  iface->get_item = coprod_record_list_get_item;
}

/* Lets go of the items and of the array that held them */
static void
clear_items (CoprodRecordList *self)
{
  gpointer *items = g_steal_pointer (&self->items);
  guint i, n = self->n_items;

  self->n_items = 0;
  self->n_allocated = 0;
  for (i = 0; i < n; i++)
    g_object_unref (items[i]);
  g_free (items);
}

static void
coprod_record_list_dispose (GObject *object)
{
  clear_items (COPROD_RECORD_LIST (object));

  G_OBJECT_CLASS (coprod_record_list_parent_class)->dispose (object);
}

static void
coprod_record_list_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  CoprodRecordList *self = COPROD_RECORD_LIST (object);

  switch (prop_id)
    {
    case PROP_ITEM_TYPE:
      g_value_set_gtype (value, self->item_type);
      break;

    case PROP_N_ITEMS:
      g_value_set_uint (value, self->n_items);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coprod_record_list_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  CoprodRecordList *self = COPROD_RECORD_LIST (object);

  switch (prop_id)
    {
    case PROP_ITEM_TYPE:
      self->item_type = g_value_get_gtype (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coprod_record_list_class_init (CoprodRecordListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = coprod_record_list_dispose;
  object_class->get_property = coprod_record_list_get_property;
  object_class->set_property = coprod_record_list_set_property;

  properties[PROP_ITEM_TYPE] =
    g_param_spec_gtype ("item-type", NULL, NULL,
                        G_TYPE_OBJECT,
                        (G_PARAM_READWRITE |
                         G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_STATIC_STRINGS));

  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE |
                        G_PARAM_EXPLICIT_NOTIFY |
                        G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
coprod_record_list_init (CoprodRecordList *self)
{
  self->item_type = G_TYPE_OBJECT;
}

/* Room for @n_more items after the last */
static void
reserve (CoprodRecordList *self,
         guint             n_more)
{
  guint needed;

  g_return_if_fail (n_more <= G_MAXUINT - self->n_items);

  needed = self->n_items + n_more;
  if (needed <= self->n_allocated)
    return;

  self->n_allocated = MAX (needed, MAX (4, self->n_allocated + self->n_allocated / 2));
  self->items = g_renew (gpointer, self->items, self->n_allocated);
}

CoprodRecordList *
_coprod_record_list_new (GType item_type)
{
  CoprodRecordList *self;

  g_return_val_if_fail (g_type_is_a (item_type, G_TYPE_OBJECT), NULL);

  /* the construct-only property is set in place: the object is made with
   * no properties, which is quicker */
  self = g_object_new (COPROD_TYPE_RECORD_LIST, NULL);
  self->item_type = item_type;

  return self;
}

CoprodRecordList *
_coprod_record_list_new_with (GType     item_type,
                              gpointer *items,
                              guint     n_items)
{
  CoprodRecordList *self = _coprod_record_list_new (item_type);
  guint i;

  if (n_items == 0)
    return self;

  self->items = g_new (gpointer, n_items);
  self->n_allocated = n_items;
  for (i = 0; i < n_items; i++)
    {
      g_warn_if_fail (G_TYPE_CHECK_INSTANCE_TYPE (items[i], item_type));
      self->items[i] = g_object_ref (items[i]);
    }
  self->n_items = n_items;

  return self;
}

void
_coprod_record_list_append (CoprodRecordList *self,
                            gpointer          item)
{
  g_return_if_fail (G_TYPE_CHECK_INSTANCE_TYPE (item, self->item_type));

  reserve (self, 1);
  self->items[self->n_items++] = g_object_ref (item);
  g_list_model_items_changed (G_LIST_MODEL (self), self->n_items - 1, 0, 1);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
}

void
_coprod_record_list_append_all (CoprodRecordList *self,
                                gpointer         *items,
                                guint             n_items)
{
  guint i, position = self->n_items;

  for (i = 0; i < n_items; i++)
    g_return_if_fail (G_TYPE_CHECK_INSTANCE_TYPE (items[i], self->item_type));

  reserve (self, n_items);
  for (i = 0; i < n_items; i++)
    self->items[self->n_items++] = g_object_ref (items[i]);
  g_list_model_items_changed (G_LIST_MODEL (self), position, 0, n_items);
  if (n_items > 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
}

gboolean
_coprod_record_list_find (CoprodRecordList *self,
                          gpointer          item,
                          guint            *position)
{
  guint i;

  for (i = 0; i < self->n_items; i++)
    if (self->items[i] == item)
      {
        if (position != NULL)
          *position = i;
        return TRUE;
      }

  return FALSE;
}

void
_coprod_record_list_remove_at (CoprodRecordList *self,
                               guint             position)
{
  gpointer item;

  g_return_if_fail (position < self->n_items);

  /* the list's reference keeps the item alive until the signal is out:
   * handlers may look at it */
  item = self->items[position];
  self->n_items--;
  memmove (&self->items[position], &self->items[position + 1],
           (self->n_items - position) * sizeof (gpointer));
  g_list_model_items_changed (G_LIST_MODEL (self), position, 1, 0);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
  g_object_unref (item);
}

gboolean
_coprod_record_list_remove (CoprodRecordList *self,
                            gpointer          item)
{
  guint position;

  if (!_coprod_record_list_find (self, item, &position))
    return FALSE;

  _coprod_record_list_remove_at (self, position);

  return TRUE;
}

guint
_coprod_record_list_take_all (CoprodRecordList *self,
                              GPtrArray        *items)
{
  gpointer *old = self->items;
  guint n_before = self->n_items;
  gsize n = 0;
  guint i;

  /* @items' references become the list's */
  self->items = g_ptr_array_steal (items, &n);
  self->n_items = self->n_allocated = (guint) n;

  for (i = 0; i < n_before; i++)
    g_object_unref (old[i]);
  g_free (old);

  return n_before;
}

void
_coprod_record_list_emit_replaced (CoprodRecordList *self,
                                   guint             n_before)
{
  if (n_before == 0 && self->n_items == 0)
    return;

  g_list_model_items_changed (G_LIST_MODEL (self), 0, n_before, self->n_items);
  if (n_before != self->n_items)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
}

gpointer
_coprod_record_list_peek (CoprodRecordList *self,
                          guint             position)
{
  g_return_val_if_fail (position < self->n_items, NULL);

  return self->items[position];
}

void
_coprod_record_list_map_positions (CoprodRecordList *self,
                                   CoprodAddressMap *map)
{
  guint i;

  _coprod_address_map_init (map, self->n_items);
  for (i = 0; i < self->n_items; i++)
    {
      /* the places of the items a little ahead brought into the caches */
      if (i + 8 < self->n_items)
        _coprod_address_map_prefetch (map, self->items[i + 8]);
      _coprod_address_map_add (map, self->items[i], i);
    }
}

void
_coprod_record_list_prefetch_ids (CoprodRecordList *self,
                                  guint             n,
                                  guint             i)
{
#ifdef __GNUC__
  if (i + 16 < n)
    __builtin_prefetch (self->items[i + 16]);
  if (i + 8 < n)
    {
      const char *id = coprod_record_get_id (self->items[i + 8]);

      /* a GRefString's count is just before its text */
      if (id != NULL)
        __builtin_prefetch (id - sizeof (gsize), 1);
    }
#endif
}

guint
_coprod_record_list_get_size (CoprodRecordList *self)
{
  return self->n_items;
}
