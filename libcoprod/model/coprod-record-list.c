/* coprod-record-list.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "coprod-record-list-private.h"

struct _CoprodRecordList
{
  GObject parent_instance;

  GType item_type;
  GPtrArray *items;
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
  return COPROD_RECORD_LIST (model)->items->len;
}

static gpointer
coprod_record_list_get_item (GListModel *model,
                             guint       position)
{
  CoprodRecordList *self = COPROD_RECORD_LIST (model);

  if (position >= self->items->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = coprod_record_list_get_item_type;
  iface->get_n_items = coprod_record_list_get_n_items;
  iface->get_item = coprod_record_list_get_item;
}

static void
coprod_record_list_dispose (GObject *object)
{
  CoprodRecordList *self = COPROD_RECORD_LIST (object);

  g_ptr_array_set_size (self->items, 0);

  G_OBJECT_CLASS (coprod_record_list_parent_class)->dispose (object);
}

static void
coprod_record_list_finalize (GObject *object)
{
  CoprodRecordList *self = COPROD_RECORD_LIST (object);

  g_clear_pointer (&self->items, g_ptr_array_unref);

  G_OBJECT_CLASS (coprod_record_list_parent_class)->finalize (object);
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
      g_value_set_uint (value, self->items->len);
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
  object_class->finalize = coprod_record_list_finalize;
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
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
}

CoprodRecordList *
_coprod_record_list_new (GType item_type)
{
  return g_object_new (COPROD_TYPE_RECORD_LIST, "item-type", item_type, NULL);
}

void
_coprod_record_list_append (CoprodRecordList *self,
                            gpointer          item)
{
  g_return_if_fail (G_TYPE_CHECK_INSTANCE_TYPE (item, self->item_type));

  g_ptr_array_add (self->items, g_object_ref (item));
  g_list_model_items_changed (G_LIST_MODEL (self), self->items->len - 1, 0, 1);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
}

gboolean
_coprod_record_list_remove (CoprodRecordList *self,
                            gpointer          item)
{
  guint position;

  if (!g_ptr_array_find (self->items, item, &position))
    return FALSE;

  /* keep the item alive until the signal is out: handlers may look at it */
  g_object_ref (item);
  g_ptr_array_remove_index (self->items, position);
  g_list_model_items_changed (G_LIST_MODEL (self), position, 1, 0);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
  g_object_unref (item);

  return TRUE;
}

guint
_coprod_record_list_take_all (CoprodRecordList *self,
                              GPtrArray        *items)
{
  g_autoptr(GPtrArray) old = self->items;
  guint n_before = old->len;
  guint i;

  self->items = g_ptr_array_new_full (items->len, g_object_unref);
  for (i = 0; i < items->len; i++)
    g_ptr_array_add (self->items, g_object_ref (g_ptr_array_index (items, i)));
  g_ptr_array_set_size (items, 0);

  return n_before;
}

void
_coprod_record_list_emit_replaced (CoprodRecordList *self,
                                   guint             n_before)
{
  if (n_before == 0 && self->items->len == 0)
    return;

  g_list_model_items_changed (G_LIST_MODEL (self), 0, n_before, self->items->len);
  if (n_before != self->items->len)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
}

gpointer
_coprod_record_list_peek (CoprodRecordList *self,
                          guint             position)
{
  g_return_val_if_fail (position < self->items->len, NULL);

  return g_ptr_array_index (self->items, position);
}

guint
_coprod_record_list_get_size (CoprodRecordList *self)
{
  return self->items->len;
}
