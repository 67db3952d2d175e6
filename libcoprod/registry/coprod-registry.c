/* coprod-registry.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "coprod-codec-private.h"
#include "coprod-consent-private.h"
#include "coprod-error.h"
#include "coprod-collections-private.h"
#include "coprod-organisation.h"
#include "coprod-person.h"
#include "coprod-record-list-private.h"
#include "coprod-record-private.h"
#include "coprod-address-private.h"
#include "coprod-index-private.h"
#include "coprod-write-private.h"
#include "coprod-json-guard-private.h"
#include "coprod-registry.h"

/**
 * CoprodRegistry:
 *
 * One document holding organisations, people and the rest of the model.
 *
 * Each kind of record has its own collection, a [iface@Gio.ListModel] that
 * emits [signal@Gio.ListModel::items-changed] as records are added and
 * removed: [method@Coprod.Registry.get_people],
 * [method@Coprod.Registry.get_organisations], and for any record type
 * [method@Coprod.Registry.get_collection]. Every record has an id unique
 * across the whole registry; [method@Coprod.Registry.lookup] finds it.
 *
 * A registry is read from and written to the coprod JSON format (see the
 * format's documentation). Loading is all or nothing: when a load fails,
 * the registry is exactly as it was. Saving writes to a temporary file in
 * the same folder, syncs it to disk and renames it over the old one, with
 * mode 0600, since a registry holds personal data. Loading or saving a
 * local file also removes the temporary files of that file left by a save
 * that was killed before it finished (see
 * [method@Coprod.Registry.save_to_file]).
 *
 * An editor knows when to offer to save from
 * [property@Coprod.Registry:modified], and follows every change through
 * [signal@Coprod.Registry::changed].
 *
 * ```c
 * g_autoptr(CoprodRegistry) registry = coprod_registry_new ();
 * g_autoptr(GFile) file = g_file_new_for_path ("coprod.json");
 * g_autoptr(GError) error = NULL;
 *
 * if (!coprod_registry_load_from_file (registry, file, NULL, &error))
 *   g_printerr ("coprod.json: %s\n", error->message);
 * ```
 *
 * Since: 0.1
 */

typedef struct
{
  const char *id;              /* the record's own id string */
  gpointer    record;
  GType       type;            /* the record's, so that checking a reference
                                  need not read the record */
} IdMapEntry;

typedef struct
{
  IdMapEntry *entries;         /* 1 << shift of them, or NULL */
  guint       shift;
  guint       n;
} IdMap;

struct _CoprodRegistry
{
  GObject parent_instance;

  CoprodRecordList *collections[COPROD_N_COLLECTIONS];

  /* id -> record; the id string belongs to the record, the record to its
   * collection */
  GHashTable *index;
  /* the same, keyed by the address of the record's id string: the codec
   * shares that string with the references that name the record, so most
   * look-ups find it here without reading a string */
  IdMap       by_address;

  /* the relations the engines read, as of a generation of the model */
  CoprodIndex *relations;
  guint        relations_generation;
  guint64      work;

  /* changes since the registry was made; whether any came after the last
   * load or save */
  guint64      changes;
  gboolean     modified;
};

enum {
  PROP_0,
  PROP_MODIFIED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (CoprodRegistry, coprod_registry, G_TYPE_OBJECT)

/* The map by address: open addressing, linear probing, at most half
 * full, removal by shifting back the entries after the removed one. One
 * cache line holds four entries: a look-up is mostly one miss, where a
 * GHashTable of strings costs four (the hash, the key, the key's bytes and
 * the value each in their own array). */

static inline guint
id_map_slot (const IdMap *map,
             const char  *id)
{
  return _coprod_address_slot (id, map->shift);
}

static void id_map_insert (IdMap *map, const char *id, gpointer record, GType type);

static void
id_map_grow (IdMap *map)
{
  IdMapEntry *old = map->entries;
  guint old_size = map->entries ? 1u << map->shift : 0;
  guint i;

  map->shift = map->entries ? map->shift + 1 : 6;
  map->entries = g_new0 (IdMapEntry, 1u << map->shift);
  map->n = 0;
  for (i = 0; i < old_size; i++)
    if (old[i].id != NULL)
      id_map_insert (map, old[i].id, old[i].record, old[i].type);
  g_free (old);
}

static void
id_map_insert (IdMap      *map,
               const char *id,
               gpointer    record,
               GType       type)
{
  guint mask, i;

  if (map->entries == NULL || (map->n + 1) * 2 > (1u << map->shift))
    id_map_grow (map);

  mask = (1u << map->shift) - 1;
  for (i = id_map_slot (map, id); map->entries[i].id != NULL; i = (i + 1) & mask)
    if (map->entries[i].id == id)
      {
        map->entries[i].record = record;
        map->entries[i].type = type;
        return;
      }
  map->entries[i].id = id;
  map->entries[i].record = record;
  map->entries[i].type = type;
  map->n++;
}

static inline const IdMapEntry *
id_map_lookup (const IdMap *map,
               const char  *id)
{
  guint mask, i;

  if (map->entries == NULL)
    return NULL;

  mask = (1u << map->shift) - 1;
  for (i = id_map_slot (map, id); map->entries[i].id != NULL; i = (i + 1) & mask)
    if (map->entries[i].id == id)
      return &map->entries[i];

  return NULL;
}

static void
id_map_remove (IdMap      *map,
               const char *id)
{
  guint mask, i, j;

  if (map->entries == NULL)
    return;

  mask = (1u << map->shift) - 1;
  for (i = id_map_slot (map, id); map->entries[i].id != id; i = (i + 1) & mask)
    if (map->entries[i].id == NULL)
      return;

  /* shift back what follows in the run, unless it is at home between
   * the hole and itself */
  for (j = (i + 1) & mask; map->entries[j].id != NULL; j = (j + 1) & mask)
    {
      guint home = id_map_slot (map, map->entries[j].id);

      if (((j - home) & mask) >= ((j - i) & mask))
        {
          map->entries[i] = map->entries[j];
          i = j;
        }
    }
  map->entries[i].id = NULL;
  map->entries[i].record = NULL;
  map->entries[i].type = G_TYPE_INVALID;
  map->n--;
}

static void
id_map_clear (IdMap *map)
{
  g_clear_pointer (&map->entries, g_free);
  map->shift = 0;
  map->n = 0;
}

/* The records leave the registry: each may go into another. @lists_go:
 * the lists let go of their records now (they are emptied, or go with the
 * registry), so that a record held by nothing but its list goes with it,
 * and no one can see its mark. */
static void
release_records (CoprodRegistry *self,
                 gboolean        lists_go)
{
  GHashTableIter iter;
  gpointer record;

  g_hash_table_iter_init (&iter, self->index);
  while (g_hash_table_iter_next (&iter, NULL, &record))
    {
      if (lists_go && g_atomic_int_get (&G_OBJECT (record)->ref_count) == 1)
        continue;
      if (_coprod_object_get_owner (record) == (gpointer) self)
        _coprod_object_set_owner (record, NULL);
    }
}

static void
coprod_registry_dispose (GObject *object)
{
  CoprodRegistry *self = COPROD_REGISTRY (object);
  gboolean lists_go = TRUE;
  guint c;

  /* a list someone else holds keeps its records after the registry */
  for (c = 0; c < COPROD_N_COLLECTIONS; c++)
    if (self->collections[c] != NULL &&
        g_atomic_int_get (&G_OBJECT (self->collections[c])->ref_count) != 1)
      lists_go = FALSE;
  release_records (self, lists_go);
  g_clear_pointer (&self->relations, _coprod_index_free);
  g_hash_table_remove_all (self->index);
  id_map_clear (&self->by_address);
  for (c = 0; c < COPROD_N_COLLECTIONS; c++)
    g_clear_object (&self->collections[c]);

  G_OBJECT_CLASS (coprod_registry_parent_class)->dispose (object);
}

static void
coprod_registry_finalize (GObject *object)
{
  CoprodRegistry *self = COPROD_REGISTRY (object);

  g_clear_pointer (&self->index, g_hash_table_unref);

  G_OBJECT_CLASS (coprod_registry_parent_class)->finalize (object);
}

/* Changes: the modified property and the changed signal */

static void
set_modified (CoprodRegistry *self,
              gboolean        modified)
{
  if (self->modified == modified)
    return;

  self->modified = modified;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

/* after a change, the registry consistent again; @record nullable */
static void
registry_changed (CoprodRegistry *self,
                  CoprodRecord   *record,
                  gboolean        modified)
{
  self->changes++;
  set_modified (self, modified);
  g_signal_emit (self, signals[CHANGED], 0, record);
}

/* a record in the registry, or something inside it, changed */
static void
record_changed (gpointer holder,
                gpointer record)
{
  registry_changed (COPROD_REGISTRY (holder), COPROD_RECORD (record), TRUE);
}

/**
 * coprod_registry_get_modified: (get-property modified)
 * @self: a registry
 *
 * Gets whether the registry has changed since it was last loaded or
 * saved (see [property@Coprod.Registry:modified]).
 *
 * Returns: %TRUE if there are changes not loaded from or saved to a file
 *
 * Since: 0.1
 */
gboolean
coprod_registry_get_modified (CoprodRegistry *self)
{
  g_return_val_if_fail (COPROD_IS_REGISTRY (self), FALSE);

  return self->modified;
}

static void
coprod_registry_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  CoprodRegistry *self = COPROD_REGISTRY (object);

  switch (prop_id)
    {
    case PROP_MODIFIED:
      g_value_set_boolean (value, self->modified);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coprod_registry_class_init (CoprodRegistryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = coprod_registry_dispose;
  object_class->finalize = coprod_registry_finalize;
  object_class->get_property = coprod_registry_get_property;

  /**
   * CoprodRegistry:modified: (getter get_modified)
   *
   * Whether the registry has changed since it was last loaded or saved
   * (or since it was made): a record added or removed, a property of a
   * record or of anything inside one set to a new value, a membership or
   * an involvement added or removed, the registry cleared. A load or a
   * save that succeeds sets it back to %FALSE; an asynchronous save does
   * so only if nothing changed while it was written.
   *
   * Since: 0.1
   */
  properties[PROP_MODIFIED] =
    g_param_spec_boolean ("modified", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * CoprodRegistry::changed:
   * @self: the registry
   * @record: (nullable): the record that was added, removed or changed
   *   (or inside which something changed); %NULL when the whole contents
   *   were replaced, by a load or by [method@Coprod.Registry.clear]
   *
   * Emitted after every change to the registry or to a record in it, once
   * the registry is consistent again, and after a successful load. Records
   * added or removed are also told by the collections'
   * [signal@Gio.ListModel::items-changed].
   *
   * Since: 0.1
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, COPROD_TYPE_RECORD);
}

static void
coprod_registry_init (CoprodRegistry *self)
{
  guint c;

  self->index = g_hash_table_new (g_str_hash, g_str_equal);
  for (c = 0; c < COPROD_N_COLLECTIONS; c++)
    self->collections[c] = _coprod_record_list_new (_coprod_collections[c].get_type ());
  _coprod_object_set_changed_func (self, record_changed);
}

/**
 * coprod_registry_new:
 *
 * Creates an empty registry.
 *
 * Returns: (transfer full): a new registry
 *
 * Since: 0.1
 */
CoprodRegistry *
coprod_registry_new (void)
{
  return g_object_new (COPROD_TYPE_REGISTRY, NULL);
}

/**
 * coprod_registry_add:
 * @self: a registry
 * @record: the record to add
 * @error: return location for an error
 *
 * Adds @record to the collection of its type. The registry takes a
 * reference.
 *
 * It is an error, %COPROD_ERROR_ID, if the record has no valid id (see
 * [func@Coprod.Record.id_is_valid]), %COPROD_ERROR_DUPLICATE_ID if
 * another record in the registry has the same id, and
 * %COPROD_ERROR_IN_USE if @record is in another registry: a record is in
 * one registry at a time (remove it from the other first, or make a new
 * one). The registry is then unchanged.
 *
 * Nothing new is recorded about a person after they withdraw: a
 * [class@Coprod.Payment] for a person of the registry who withdrew, offered
 * (or, with no offer date, claimed) after their
 * [property@Coprod.Person:withdrawn-date], and a [class@Coprod.Project]
 * holding an involvement of such a person dated after it, are refused
 * with %COPROD_ERROR_WITHDRAWN. Undated ones, and ones on the day of the
 * withdrawal itself, are not; nor is a payment paid later for what was
 * owed before. For an involvement added to a project already in the
 * registry, use [method@Coprod.Registry.add_involvement]. A load is not
 * refused: it takes the document as it is, and
 * [method@Coprod.Registry.validate] reports what is dated after a
 * withdrawal.
 *
 * Returns: %TRUE if the record was added
 *
 * Since: 0.1
 */
gboolean
coprod_registry_add (CoprodRegistry  *self,
                     CoprodRecord    *record,
                     GError         **error)
{
  const char *id;
  int c;

  g_return_val_if_fail (COPROD_IS_REGISTRY (self), FALSE);
  g_return_val_if_fail (COPROD_IS_RECORD (record), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  c = _coprod_collection_for_type (G_OBJECT_TYPE (record));
  if (c < 0)
    {
      g_set_error (error, COPROD_ERROR, COPROD_ERROR_FAILED,
                   "a registry has no collection for records of type %s",
                   G_OBJECT_TYPE_NAME (record));
      return FALSE;
    }

  id = coprod_record_get_id (record);
  if (!coprod_record_id_is_valid (id))
    {
      g_set_error_literal (error, COPROD_ERROR, COPROD_ERROR_ID,
                           id == NULL || id[0] == '\0'
                             ? "the record has no id"
                             : "the record's id is not valid: ids are 1 to 256 "
                               "bytes of UTF-8, with no control characters, no "
                               "characters that reorder text and no white space "
                               "at either end");
      return FALSE;
    }

  if (g_hash_table_contains (self->index, id))
    {
      g_set_error (error, COPROD_ERROR, COPROD_ERROR_DUPLICATE_ID,
                   "the id \"%s\" is already used in this registry", id);
      return FALSE;
    }

  /* one record in two registries would change in both at once */
  if (_coprod_object_get_owner (record) != NULL)
    {
      g_set_error (error, COPROD_ERROR, COPROD_ERROR_IN_USE,
                   "the record \"%s\" is already in another registry; "
                   "remove it from there first", id);
      return FALSE;
    }

  /* nothing new about a person after they withdrew */
  if (!_coprod_registry_check_withdrawal (self, record, error))
    return FALSE;

  _coprod_object_set_owner (record, self);
  _coprod_model_changed ();
  g_hash_table_insert (self->index, (gpointer) id, record);
  id_map_insert (&self->by_address, id, record, G_OBJECT_TYPE (record));
  _coprod_record_list_append (self->collections[c], record);
  registry_changed (self, record, TRUE);

  return TRUE;
}

/**
 * coprod_registry_remove:
 * @self: a registry
 * @id: the id of the record to remove
 * @error: return location for an error
 *
 * Removes the record with the given id. Records that refer to it are not
 * changed: their references now dangle.
 *
 * Returns: %TRUE if the record was removed; %FALSE with
 *   %COPROD_ERROR_NOT_FOUND if no record has that id
 *
 * Since: 0.1
 */
gboolean
coprod_registry_remove (CoprodRegistry  *self,
                        const char      *id,
                        GError         **error)
{
  CoprodRecord *record;
  int c;

  g_return_val_if_fail (COPROD_IS_REGISTRY (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  record = g_hash_table_lookup (self->index, id);
  if (record == NULL)
    {
      g_set_error_literal (error, COPROD_ERROR, COPROD_ERROR_NOT_FOUND,
                           "no record of the registry has that id");
      return FALSE;
    }

  c = _coprod_collection_for_type (G_OBJECT_TYPE (record));
  g_assert (c >= 0);

  g_object_ref (record);
  _coprod_object_set_owner (record, NULL);
  _coprod_model_changed ();
  id_map_remove (&self->by_address, coprod_record_get_id (record));
  g_hash_table_remove (self->index, id);
  _coprod_record_list_remove (self->collections[c], record);
  registry_changed (self, record, TRUE);
  g_object_unref (record);

  return TRUE;
}

/**
 * coprod_registry_lookup:
 * @self: a registry
 * @id: an id
 *
 * Finds the record with the given id, in any collection.
 *
 * Returns: (transfer none) (nullable): the record, or %NULL if there is none
 *
 * Since: 0.1
 */
CoprodRecord *
coprod_registry_lookup (CoprodRegistry *self,
                        const char     *id)
{
  GType type;

  g_return_val_if_fail (COPROD_IS_REGISTRY (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return _coprod_registry_lookup_typed (self, id, &type);
}

void
_coprod_registry_prefetch (CoprodRegistry *self,
                           const char     *id)
{
#ifdef __GNUC__
  if (self->by_address.entries != NULL && id != NULL)
    __builtin_prefetch (&self->by_address.entries[id_map_slot (&self->by_address, id)]);
#endif
}

guint
_coprod_registry_check_by_address (CoprodRegistry *self)
{
  guint c, i, n_found = 0, n_records = 0;

  for (c = 0; c < COPROD_N_COLLECTIONS; c++)
    for (i = 0; i < _coprod_record_list_get_size (self->collections[c]); i++)
      {
        CoprodRecord *record = _coprod_record_list_peek (self->collections[c], i);
        const IdMapEntry *entry = id_map_lookup (&self->by_address, coprod_record_get_id (record));

        n_records++;
        if (entry != NULL && entry->record == (gpointer) record &&
            entry->type == G_OBJECT_TYPE (record))
          n_found++;
      }

  /* an entry left behind by a record that went counts against it */
  return n_found == n_records && self->by_address.n == n_records ? n_found : G_MAXUINT;
}

CoprodRecord *
_coprod_registry_lookup_typed (CoprodRegistry *self,
                               const char     *id,
                               GType          *type)
{
  const IdMapEntry *entry = id_map_lookup (&self->by_address, id);
  CoprodRecord *record;

  if (entry != NULL)
    {
      *type = entry->type;
      return entry->record;
    }

  record = g_hash_table_lookup (self->index, id);
  *type = record != NULL ? G_OBJECT_TYPE (record) : G_TYPE_INVALID;

  return record;
}

/**
 * coprod_registry_get_n_records:
 * @self: a registry
 *
 * Counts the records in all collections.
 *
 * Returns: the number of records
 *
 * Since: 0.1
 */
guint
coprod_registry_get_n_records (CoprodRegistry *self)
{
  g_return_val_if_fail (COPROD_IS_REGISTRY (self), 0);

  return g_hash_table_size (self->index);
}

static void
replace_contents (CoprodRegistry  *self,
                  CoprodDocument  *doc)
{
  guint n_before[COPROD_N_COLLECTIONS];
  gboolean indexed;
  guint c, i;

  /* First make the whole registry consistent, then tell the world */
  _coprod_model_changed ();
  /* the lists are emptied below, whoever holds them */
  release_records (self, TRUE);
  g_hash_table_remove_all (self->index);
  id_map_clear (&self->by_address);
  indexed = doc->index != NULL;
  if (indexed)
    {
      /* the reader made it as it read: the same ids, keyed the same way */
      g_hash_table_unref (self->index);
      self->index = g_steal_pointer (&doc->index);
    }
  for (c = 0; c < COPROD_N_COLLECTIONS; c++)
    {
      CoprodRecordList *list = self->collections[c];

      n_before[c] = _coprod_record_list_take_all (list, doc->collections[c]);
      for (i = 0; i < _coprod_record_list_get_size (list); i++)
        {
          CoprodRecord *record = _coprod_record_list_peek (list, i);

          _coprod_object_set_owner (record, self);
          if (!indexed)
            g_hash_table_insert (self->index,
                                 (gpointer) coprod_record_get_id (record),
                                 record);
          id_map_insert (&self->by_address, coprod_record_get_id (record), record,
                         G_OBJECT_TYPE (record));
        }
    }
  _coprod_document_keep_unknown (doc, self);

  for (c = 0; c < COPROD_N_COLLECTIONS; c++)
    _coprod_record_list_emit_replaced (self->collections[c], n_before[c]);
}

/**
 * coprod_registry_clear:
 * @self: a registry
 *
 * Removes every record.
 *
 * Since: 0.1
 */
void
coprod_registry_clear (CoprodRegistry *self)
{
  CoprodDocument empty = { { NULL }, NULL };
  guint c;

  g_return_if_fail (COPROD_IS_REGISTRY (self));

  for (c = 0; c < COPROD_N_COLLECTIONS; c++)
    empty.collections[c] = g_ptr_array_new_with_free_func (g_object_unref);
  replace_contents (self, &empty);
  for (c = 0; c < COPROD_N_COLLECTIONS; c++)
    g_ptr_array_unref (empty.collections[c]);
  registry_changed (self, NULL, TRUE);
}

CoprodIndex *
_coprod_registry_get_index (CoprodRegistry *self)
{
  guint generation = _coprod_model_get_generation ();

  if (self->relations == NULL || self->relations_generation != generation)
    {
      g_clear_pointer (&self->relations, _coprod_index_free);
      self->relations = _coprod_index_new (self, &self->work);
      self->relations_generation = generation;
    }

  return self->relations;
}

guint64
_coprod_registry_get_work (CoprodRegistry *self)
{
  return self->work;
}

/**
 * coprod_registry_get_collection:
 * @self: a registry
 * @record_type: a subtype of [class@Coprod.Record]
 *
 * Gets the collection that holds records of @record_type.
 *
 * Returns: (transfer none) (nullable): a list model of @record_type, or
 *   %NULL if the registry has no collection for that type
 *
 * Since: 0.1
 */
GListModel *
coprod_registry_get_collection (CoprodRegistry *self,
                                GType           record_type)
{
  int c;

  g_return_val_if_fail (COPROD_IS_REGISTRY (self), NULL);

  c = _coprod_collection_for_type (record_type);
  if (c < 0)
    return NULL;

  return G_LIST_MODEL (self->collections[c]);
}

/**
 * coprod_registry_get_organisations:
 * @self: a registry
 *
 * Gets the organisations, in the order they were added or loaded.
 *
 * Returns: (transfer none): a list model of [class@Coprod.Organisation]
 *
 * Since: 0.1
 */
GListModel *
coprod_registry_get_organisations (CoprodRegistry *self)
{
  g_return_val_if_fail (COPROD_IS_REGISTRY (self), NULL);

  return G_LIST_MODEL (self->collections[COPROD_COLLECTION_ORGANISATIONS]);
}

/**
 * coprod_registry_get_people:
 * @self: a registry
 *
 * Gets the people, in the order they were added or loaded.
 *
 * Returns: (transfer none): a list model of [class@Coprod.Person]
 *
 * Since: 0.1
 */
GListModel *
coprod_registry_get_people (CoprodRegistry *self)
{
  g_return_val_if_fail (COPROD_IS_REGISTRY (self), NULL);

  return G_LIST_MODEL (self->collections[COPROD_COLLECTION_PEOPLE]);
}

/**
 * coprod_registry_get_partnerships:
 * @self: a registry
 *
 * Gets the partnerships and other groups, in the order they were added
 * or loaded.
 *
 * Returns: (transfer none): a list model of [class@Coprod.Partnership]
 *
 * Since: 0.1
 */
GListModel *
coprod_registry_get_partnerships (CoprodRegistry *self)
{
  g_return_val_if_fail (COPROD_IS_REGISTRY (self), NULL);

  return G_LIST_MODEL (self->collections[COPROD_COLLECTION_PARTNERSHIPS]);
}

/**
 * coprod_registry_get_projects:
 * @self: a registry
 *
 * Gets the projects, in the order they were added or loaded.
 *
 * Returns: (transfer none): a list model of [class@Coprod.Project]
 *
 * Since: 0.1
 */
GListModel *
coprod_registry_get_projects (CoprodRegistry *self)
{
  g_return_val_if_fail (COPROD_IS_REGISTRY (self), NULL);

  return G_LIST_MODEL (self->collections[COPROD_COLLECTION_PROJECTS]);
}

/**
 * coprod_registry_get_meetings:
 * @self: a registry
 *
 * Gets the meetings, in the order they were added or loaded.
 *
 * Returns: (transfer none): a list model of [class@Coprod.Meeting]
 *
 * Since: 0.1
 */
GListModel *
coprod_registry_get_meetings (CoprodRegistry *self)
{
  g_return_val_if_fail (COPROD_IS_REGISTRY (self), NULL);

  return G_LIST_MODEL (self->collections[COPROD_COLLECTION_MEETINGS]);
}

/**
 * coprod_registry_get_rate_cards:
 * @self: a registry
 *
 * Gets the rate cards, in the order they were added or loaded.
 *
 * Returns: (transfer none): a list model of [class@Coprod.RateCard]
 *
 * Since: 0.1
 */
GListModel *
coprod_registry_get_rate_cards (CoprodRegistry *self)
{
  g_return_val_if_fail (COPROD_IS_REGISTRY (self), NULL);

  return G_LIST_MODEL (self->collections[COPROD_COLLECTION_RATE_CARDS]);
}

/**
 * coprod_registry_get_policies:
 * @self: a registry
 *
 * Gets the participation policies, in the order they were added or loaded.
 *
 * Returns: (transfer none): a list model of [class@Coprod.Policy]
 *
 * Since: 0.1
 */
GListModel *
coprod_registry_get_policies (CoprodRegistry *self)
{
  g_return_val_if_fail (COPROD_IS_REGISTRY (self), NULL);

  return G_LIST_MODEL (self->collections[COPROD_COLLECTION_POLICIES]);
}

/**
 * coprod_registry_get_payments:
 * @self: a registry
 *
 * Gets the payments, in the order they were added or loaded.
 *
 * Returns: (transfer none): a list model of [class@Coprod.Payment]
 *
 * Since: 0.1
 */
GListModel *
coprod_registry_get_payments (CoprodRegistry *self)
{
  g_return_val_if_fail (COPROD_IS_REGISTRY (self), NULL);

  return G_LIST_MODEL (self->collections[COPROD_COLLECTION_PAYMENTS]);
}

/**
 * coprod_registry_get_outputs:
 * @self: a registry
 *
 * Gets the outputs, in the order they were added or loaded.
 *
 * Returns: (transfer none): a list model of [class@Coprod.Output]
 *
 * Since: 0.1
 */
GListModel *
coprod_registry_get_outputs (CoprodRegistry *self)
{
  g_return_val_if_fail (COPROD_IS_REGISTRY (self), NULL);

  return G_LIST_MODEL (self->collections[COPROD_COLLECTION_OUTPUTS]);
}

/**
 * coprod_registry_get_posts:
 * @self: a registry
 *
 * Gets the posts (the seats of groups), in the order they were added or
 * loaded.
 *
 * Returns: (transfer none): a list model of [class@Coprod.Post]
 *
 * Since: 0.1
 */
GListModel *
coprod_registry_get_posts (CoprodRegistry *self)
{
  g_return_val_if_fail (COPROD_IS_REGISTRY (self), NULL);

  return G_LIST_MODEL (self->collections[COPROD_COLLECTION_POSTS]);
}

/**
 * coprod_registry_get_charters:
 * @self: a registry
 *
 * Gets the charters, in the order they were added or loaded.
 *
 * Returns: (transfer none): a list model of [class@Coprod.Charter]
 *
 * Since: 0.1
 */
GListModel *
coprod_registry_get_charters (CoprodRegistry *self)
{
  g_return_val_if_fail (COPROD_IS_REGISTRY (self), NULL);

  return G_LIST_MODEL (self->collections[COPROD_COLLECTION_CHARTERS]);
}

/**
 * coprod_registry_get_pledges:
 * @self: a registry
 *
 * Gets the pledges, in the order they were added or loaded.
 *
 * Returns: (transfer none): a list model of [class@Coprod.Pledge]
 *
 * Since: 0.1
 */
GListModel *
coprod_registry_get_pledges (CoprodRegistry *self)
{
  g_return_val_if_fail (COPROD_IS_REGISTRY (self), NULL);

  return G_LIST_MODEL (self->collections[COPROD_COLLECTION_PLEDGES]);
}

/**
 * coprod_registry_get_proposals:
 * @self: a registry
 *
 * Gets the proposals ("you said, we did"), in the order they were added or
 * loaded.
 *
 * Returns: (transfer none): a list model of [class@Coprod.Proposal]
 *
 * Since: 0.1
 */
GListModel *
coprod_registry_get_proposals (CoprodRegistry *self)
{
  g_return_val_if_fail (COPROD_IS_REGISTRY (self), NULL);

  return G_LIST_MODEL (self->collections[COPROD_COLLECTION_PROPOSALS]);
}

/**
 * coprod_registry_get_reviews:
 * @self: a registry
 *
 * Gets the reviews, in the order they were added or loaded.
 *
 * Returns: (transfer none): a list model of [class@Coprod.Review]
 *
 * Since: 0.1
 */
GListModel *
coprod_registry_get_reviews (CoprodRegistry *self)
{
  g_return_val_if_fail (COPROD_IS_REGISTRY (self), NULL);

  return G_LIST_MODEL (self->collections[COPROD_COLLECTION_REVIEWS]);
}

/* Temporary files of a save
 *
 * A save to DIR/NAME writes DIR/.NAME.coprod-save-XXXXXX (six letters or
 * digits), created 0600 with O_EXCL, and holds a write lock on the whole
 * of it from just after it is made until it has been renamed over NAME or
 * removed. A save killed in between leaves the file, but the kernel drops
 * its lock with the process; so a file of that name that can be locked
 * belongs to no save still running, and is removed by the next load or
 * save of DIR/NAME. A lock, unlike the file's age, cannot mistake a slow
 * save for a dead one, nor leave a dead one's copy for a while. The locks
 * are open file description locks (F_OFD_SETLK): they belong to an open
 * file, not to a process as POSIX locks do, so they also keep apart two
 * saves, or a save and a load, in one process.
 */

#define SAVE_TEMPORARY_INFIX ".coprod-save-"
#define SAVE_TEMPORARY_RANDOM 6

/* ".NAME.coprod-save-": what the names of the temporary files of a save
 * to a file named @basename start with */
static char *
save_temporary_prefix (const char *basename)
{
  return g_strconcat (".", basename, SAVE_TEMPORARY_INFIX, NULL);
}

static gboolean
is_save_temporary (const char *name,
                   const char *prefix)
{
  gsize prefix_length = strlen (prefix);

  if (strlen (name) != prefix_length + SAVE_TEMPORARY_RANDOM ||
      strncmp (name, prefix, prefix_length) != 0)
    return FALSE;

  for (guint i = 0; i < SAVE_TEMPORARY_RANDOM; i++)
    if (!g_ascii_isalnum (name[prefix_length + i]))
      return FALSE;

  return TRUE;
}

static gboolean
same_file (const struct stat *a,
           const struct stat *b)
{
  return a->st_dev == b->st_dev && a->st_ino == b->st_ino;
}

/* Takes the write lock on all of @fd without waiting; FALSE with errno
 * set when it cannot (EAGAIN or EACCES: another holds it) */
static gboolean
lock_whole_file (int fd)
{
  struct flock lock = { 0, };

  lock.l_type = F_WRLCK;
  lock.l_whence = SEEK_SET;
  lock.l_start = 0;
  lock.l_len = 0;

  return fcntl (fd, F_OFD_SETLK, &lock) == 0;
}

/* Removes the file at @path if it is a regular file of ours that no save
 * holds locked; leaves it otherwise. */
static void
remove_if_stale (const char *path)
{
  struct stat before, opened, now;
  int fd;

  if (lstat (path, &before) != 0 || !S_ISREG (before.st_mode) || before.st_uid != geteuid ())
    return;

  fd = open (path, O_RDWR | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
  if (fd < 0)
    return;

  /* it is still the file looked at, no save holds it (and there are locks
   * here), and it is still the file of that name */
  if (fstat (fd, &opened) == 0 && same_file (&before, &opened) &&
      lock_whole_file (fd) &&
      lstat (path, &now) == 0 && same_file (&opened, &now))
    g_unlink (path);

  /* closing drops the lock */
  close (fd);
}

/* Removes the temporary files that saves to @path left when they were
 * killed. Best effort: a file that cannot be checked or removed (a folder
 * that cannot be read or written) is left, and is not an error. */
static void
remove_stale_save_temporaries (const char *path)
{
  g_autofree char *dir_path = g_path_get_dirname (path);
  g_autofree char *basename = g_path_get_basename (path);
  g_autofree char *prefix = save_temporary_prefix (basename);
  g_autoptr(GDir) dir = NULL;
  const char *name;

  dir = g_dir_open (dir_path, 0, NULL);
  if (dir == NULL)
    return;

  while ((name = g_dir_read_name (dir)) != NULL)
    if (is_save_temporary (name, prefix))
      {
        g_autofree char *temporary = g_build_filename (dir_path, name, NULL);

        remove_if_stale (temporary);
      }
}

static void
remove_stale_save_temporaries_of (GFile *file)
{
  g_autofree char *path = g_file_get_path (file);

  if (path != NULL)
    remove_stale_save_temporaries (path);
}

/* Loading */

static void
apply_document (CoprodRegistry *self,
                CoprodDocument *doc)
{
  replace_contents (self, doc);
  registry_changed (self, NULL, FALSE);
}

/**
 * coprod_registry_load_from_data:
 * @self: a registry
 * @data: (array length=length) (element-type guint8): a coprod JSON document
 * @length: the length of @data in bytes, or -1 if it is nul-terminated
 * @error: return location for an error
 *
 * Replaces the contents of the registry with the document in @data.
 *
 * The document is checked before anything changes: malformed JSON, a
 * document past the limits, a newer major version of the format, a member
 * of the wrong type or with a value it does not allow, an invalid date or
 * a repeated id each give a %COPROD_ERROR whose message names where: the
 * line and column, or the collection, the record's id and the member. The
 * registry is then exactly as it was.
 *
 * A document of 8 MB or more, laid out in lines as it is saved, is read
 * in two halves at once on a machine with two processors or more: the
 * second half in one of GLib's shared threads (see #GThreadPool), which
 * is done with @data before this returns. The registry is the one a
 * single pass gives, and so is any error (see doc/format.md, "How a
 * document is read").
 *
 * Returns: %TRUE if the document was loaded
 *
 * Since: 0.1
 */
gboolean
coprod_registry_load_from_data (CoprodRegistry  *self,
                                const char      *data,
                                gssize           length,
                                GError         **error)
{
  g_autoptr(CoprodDocument) doc = NULL;

  g_return_val_if_fail (COPROD_IS_REGISTRY (self), FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (length < 0)
    length = (gssize) strlen (data);

  doc = _coprod_codec_read (data, (gsize) length, error);
  if (doc == NULL)
    return FALSE;

  apply_document (self, doc);

  return TRUE;
}

/**
 * coprod_registry_load_from_bytes:
 * @self: a registry
 * @bytes: a coprod JSON document
 * @error: return location for an error
 *
 * Replaces the contents of the registry with the document in @bytes, as
 * [method@Coprod.Registry.load_from_data] does.
 *
 * Returns: %TRUE if the document was loaded
 *
 * Since: 0.1
 */
gboolean
coprod_registry_load_from_bytes (CoprodRegistry  *self,
                                 GBytes          *bytes,
                                 GError         **error)
{
  gsize length;
  const char *data;

  g_return_val_if_fail (COPROD_IS_REGISTRY (self), FALSE);
  g_return_val_if_fail (bytes != NULL, FALSE);

  data = g_bytes_get_data (bytes, &length);

  return coprod_registry_load_from_data (self, data ? data : "", (gssize) length, error);
}

/**
 * coprod_registry_load_from_stream:
 * @self: a registry
 * @stream: a stream to read a coprod JSON document from
 * @cancellable: (nullable): a cancellable
 * @error: return location for an error
 *
 * Reads @stream to its end and replaces the contents of the registry with
 * the document, as [method@Coprod.Registry.load_from_data] does.
 *
 * Returns: %TRUE if the document was loaded
 *
 * Since: 0.1
 */
gboolean
coprod_registry_load_from_stream (CoprodRegistry  *self,
                                  GInputStream    *stream,
                                  GCancellable    *cancellable,
                                  GError         **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (COPROD_IS_REGISTRY (self), FALSE);
  g_return_val_if_fail (G_IS_INPUT_STREAM (stream), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  bytes = _coprod_read_stream_limited (stream, "document", cancellable, error);
  if (bytes == NULL)
    return FALSE;

  return coprod_registry_load_from_bytes (self, bytes, error);
}

static CoprodDocument *
read_file (GFile         *file,
           GCancellable  *cancellable,
           GError       **error)
{
  GBytes *bytes;

  bytes = _coprod_read_file_limited (file, "document", cancellable, error);
  if (bytes == NULL)
    return NULL;

  return _coprod_codec_read_bytes (bytes, error);
}

/**
 * coprod_registry_load_from_file:
 * @self: a registry
 * @file: the file to read
 * @cancellable: (nullable): a cancellable
 * @error: return location for an error
 *
 * Replaces the contents of the registry with the document in @file, as
 * [method@Coprod.Registry.load_from_data] does. Errors reading the file are
 * in the %G_IO_ERROR domain.
 *
 * If @file is a local file, the temporary files of it left by a save that
 * was killed before it finished are removed first, whether or not the
 * load then succeeds; see [method@Coprod.Registry.save_to_file].
 *
 * Returns: %TRUE if the document was loaded
 *
 * Since: 0.1
 */
gboolean
coprod_registry_load_from_file (CoprodRegistry  *self,
                                GFile           *file,
                                GCancellable    *cancellable,
                                GError         **error)
{
  g_autoptr(CoprodDocument) doc = NULL;

  g_return_val_if_fail (COPROD_IS_REGISTRY (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  remove_stale_save_temporaries_of (file);

  doc = read_file (file, cancellable, error);
  if (doc == NULL)
    return FALSE;

  apply_document (self, doc);

  return TRUE;
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GError *error = NULL;
  CoprodDocument *doc;

  /* reads and checks the document only: the registry itself is changed in
   * the caller's thread, by _finish */
  remove_stale_save_temporaries_of (G_FILE (task_data));
  doc = read_file (G_FILE (task_data), cancellable, &error);
  if (doc == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, doc, (GDestroyNotify) _coprod_document_free);
}

/**
 * coprod_registry_load_from_file_async:
 * @self: a registry
 * @file: the file to read
 * @cancellable: (nullable): a cancellable
 * @callback: (scope async): called when the file has been read
 * @user_data: data for @callback
 *
 * Reads and checks the document in @file in a worker thread. Call
 * [method@Coprod.Registry.load_from_file_finish] from @callback to replace
 * the contents of the registry with it. Until then the registry is
 * unchanged. Temporary files left by a killed save are removed, in the
 * worker thread, as [method@Coprod.Registry.load_from_file] does.
 *
 * Since: 0.1
 */
void
coprod_registry_load_from_file_async (CoprodRegistry      *self,
                                      GFile               *file,
                                      GCancellable        *cancellable,
                                      GAsyncReadyCallback  callback,
                                      gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (COPROD_IS_REGISTRY (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, coprod_registry_load_from_file_async);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, load_thread);
}

/**
 * coprod_registry_load_from_file_finish:
 * @self: a registry
 * @result: the result passed to the callback
 * @error: return location for an error
 *
 * Finishes [method@Coprod.Registry.load_from_file_async]: on success,
 * replaces the contents of the registry with the document read.
 *
 * Returns: %TRUE if the document was loaded
 *
 * Since: 0.1
 */
gboolean
coprod_registry_load_from_file_finish (CoprodRegistry  *self,
                                       GAsyncResult    *result,
                                       GError         **error)
{
  g_autoptr(CoprodDocument) doc = NULL;

  g_return_val_if_fail (COPROD_IS_REGISTRY (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) ==
                        coprod_registry_load_from_file_async, FALSE);

  doc = g_task_propagate_pointer (G_TASK (result), error);
  if (doc == NULL)
    return FALSE;

  apply_document (self, doc);

  return TRUE;
}

/* Saving */

/**
 * coprod_registry_to_data:
 * @self: a registry
 * @length: (out) (optional): return location for the length of the
 *   document in bytes
 *
 * Writes the registry as a coprod JSON document. Members that were read
 * and not understood are written back.
 *
 * Returns: (transfer full): the document, nul-terminated UTF-8
 *
 * Since: 0.1
 */
char *
coprod_registry_to_data (CoprodRegistry *self,
                         gsize          *length)
{
  GListModel *collections[COPROD_N_COLLECTIONS];
  guint c;

  g_return_val_if_fail (COPROD_IS_REGISTRY (self), NULL);

  for (c = 0; c < COPROD_N_COLLECTIONS; c++)
    collections[c] = G_LIST_MODEL (self->collections[c]);

  return _coprod_codec_write (collections, self, length);
}

typedef struct
{
  GFile   *file;
  char    *data;
  gsize    length;
  guint64  changes;   /* the registry's count of changes when data was made */
} SaveData;

static void
save_data_free (SaveData *save)
{
  g_clear_object (&save->file);
  g_clear_pointer (&save->data, g_free);
  g_free (save);
}

static gboolean
set_error_from_errno (GError     **error,
                      int          saved_errno,
                      const char  *doing,
                      const char  *path)
{
  g_autofree char *display_name = g_filename_display_name (path);

  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
               "%s “%s”: %s", doing, display_name, g_strerror (saved_errno));
  return FALSE;
}

/* Makes the temporary file of a save to @path, mode 0600, and locks it
 * (see "Temporary files of a save" above). Returns its descriptor and, in
 * @tmp_path, its path; or -1 and an error. */
static int
create_save_temporary (const char  *path,
                       char       **tmp_path,
                       GError     **error)
{
  g_autofree char *dir_path = g_path_get_dirname (path);
  g_autofree char *basename = g_path_get_basename (path);
  g_autofree char *prefix = save_temporary_prefix (basename);

  /* A load or save removing stale files may take one between its making
   * and its locking, and remove it: then make another. */
  for (guint attempt = 0; attempt < 100; attempt++)
    {
      g_autofree char *name = g_strconcat (prefix, "XXXXXX", NULL);
      g_autofree char *tmpl = g_build_filename (dir_path, name, NULL);
      struct stat opened, named;
      int fd;

      fd = g_mkstemp_full (tmpl, O_RDWR | O_CLOEXEC, 0600);
      if (fd < 0)
        {
          set_error_from_errno (error, errno, "Could not make a temporary file beside", path);
          return -1;
        }

      /* 0600 whatever the umask */
      if (fchmod (fd, 0600) != 0)
        {
          set_error_from_errno (error, errno, "Could not make a temporary file beside", path);
          g_unlink (tmpl);
          close (fd);
          return -1;
        }

      if (!lock_whole_file (fd) && (errno == EAGAIN || errno == EACCES))
        {
          /* held by the one removing it */
          close (fd);
          continue;
        }
      /* (on a file system without locks the file goes unlocked, and no
       * load or save removes it if the save is killed) */

      if (fstat (fd, &opened) == 0 && g_lstat (tmpl, &named) == 0 &&
          same_file (&opened, &named))
        {
          *tmp_path = g_steal_pointer (&tmpl);
          return fd;
        }

      close (fd);
    }

  set_error_from_errno (error, EEXIST, "Could not make a temporary file beside", path);
  return -1;
}

/* the most written at a time, so that a cancellation is not long kept
 * waiting */
#define WRITE_CHUNK (256 * 1024)

/* Writes @data to @fd, the temporary file at @tmp_path, syncs it and
 * renames it over @path. */
static gboolean
write_sync_rename (int            fd,
                   const char    *tmp_path,
                   const char    *path,
                   const char    *data,
                   gsize          length,
                   GCancellable  *cancellable,
                   GError       **error)
{
  gsize written = 0;

  while (written < length)
    {
      gssize n;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;

      n = write (fd, data + written, MIN (length - written, WRITE_CHUNK));
      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        return set_error_from_errno (error, errno, "Could not write", path);
      written += (gsize) n;
    }

  if (fsync (fd) != 0)
    return set_error_from_errno (error, errno, "Could not write", path);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  if (g_rename (tmp_path, path) != 0)
    return set_error_from_errno (error, errno, "Could not replace", path);

  return TRUE;
}

/* Syncs the folder holding @path, so that a rename in it lasts; best
 * effort, as not every file system can. */
static void
sync_folder_of (const char *path)
{
  g_autofree char *dir_path = g_path_get_dirname (path);
  int fd;

  fd = open (dir_path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0)
    return;
  fsync (fd);
  close (fd);
}

static gboolean
write_local_document (const char    *path,
                      const char    *data,
                      gsize          length,
                      GCancellable  *cancellable,
                      GError       **error)
{
  g_autofree char *tmp_path = NULL;
  gboolean ok;
  int fd;

  remove_stale_save_temporaries (path);

  fd = create_save_temporary (path, &tmp_path, error);
  if (fd < 0)
    return FALSE;

  ok = write_sync_rename (fd, tmp_path, path, data, length, cancellable, error);

  /* removed before it is unlocked, so that no one else removes it */
  if (!ok)
    g_unlink (tmp_path);
  close (fd);

  if (ok)
    sync_folder_of (path);

  return ok;
}

static gboolean
write_document (GFile         *file,
                const char    *data,
                gsize          length,
                GCancellable  *cancellable,
                GError       **error)
{

  /* never write what would not load again: what the records hold does by
   * construction (the setters let in only what the format holds, and the
   * codec writes it as the reader reads it); the size is all there is
   * left to check */
  if (!_coprod_codec_check_size (length, COPROD_JSON_DEFAULT_MAX_SIZE, error))
    return FALSE;

  return _coprod_write_private_file (file, data, length, cancellable, error);
}

gboolean
_coprod_write_private_file (GFile         *file,
                            const char    *data,
                            gsize          length,
                            GCancellable  *cancellable,
                            GError       **error)
{
  g_autofree char *path = NULL;

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  path = g_file_get_path (file);
  if (path != NULL)
    {
      /* A temporary file beside the target, fsync, rename; mode 0600
       * whatever the old file's mode; the temporary file is removed if
       * anything fails. */
      return write_local_document (path, data, length, cancellable, error);
    }

  /* not a local file: GIO's replace is atomic where the backend is */
  return g_file_replace_contents (file, data, length, NULL, FALSE,
                                  G_FILE_CREATE_PRIVATE |
                                  G_FILE_CREATE_REPLACE_DESTINATION,
                                  NULL, cancellable, error);
}

/**
 * coprod_registry_save_to_file:
 * @self: a registry
 * @file: the file to write
 * @cancellable: (nullable): a cancellable
 * @error: return location for an error
 *
 * Writes the registry to @file as a coprod JSON document.
 *
 * The document is written to a temporary file in the same folder, synced
 * to disk, and renamed over @file, so that @file holds either the old
 * document or the new one, never a part. The file has mode 0600 (read and
 * write by its owner only) whatever the umask or the old file's mode,
 * since a registry holds personal data. If anything fails, @file is left
 * as it was, the temporary file is removed, and the error is in the
 * %G_IO_ERROR domain (%G_IO_ERROR_NO_SPACE for a full disk).
 *
 * The temporary file of a save to `DIR/NAME` is `DIR/.NAME.coprod-save-`
 * and six letters or digits, made 0600 and held under a write lock (an
 * open file description lock, `F_OFD_SETLK`) for as long as it exists. A
 * process killed during a save cannot remove it, but its lock goes with
 * it: so each load or save of a local @file first removes the temporary
 * files of that same @file that are regular files owned by the caller's
 * user and that no save holds locked. The temporary files of other files,
 * and files of any other name, are never touched. On a file system without
 * locks, a temporary file left by a killed save stays until it is removed
 * by hand. A @file that is not local is written with
 * g_file_replace_contents(), and GIO's backend decides how.
 *
 * What is saved always loads again: the setters let into a record only
 * what the format holds. A registry whose text would be longer than a
 * document may be (256 MiB, even written compact) gives
 * %COPROD_ERROR_INVALID and nothing is written.
 *
 * Returns: %TRUE if the registry was saved
 *
 * Since: 0.1
 */
gboolean
coprod_registry_save_to_file (CoprodRegistry  *self,
                              GFile           *file,
                              GCancellable    *cancellable,
                              GError         **error)
{
  g_autofree char *data = NULL;
  gsize length;

  g_return_val_if_fail (COPROD_IS_REGISTRY (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  data = coprod_registry_to_data (self, &length);

  if (!write_document (file, data, length, cancellable, error))
    return FALSE;

  set_modified (self, FALSE);
  return TRUE;
}

static void
save_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  SaveData *save = task_data;
  GError *error = NULL;

  if (!write_document (save->file, save->data, save->length, cancellable, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

/**
 * coprod_registry_save_to_file_async:
 * @self: a registry
 * @file: the file to write
 * @cancellable: (nullable): a cancellable
 * @callback: (scope async): called when the file has been written
 * @user_data: data for @callback
 *
 * Writes the registry to @file as [method@Coprod.Registry.save_to_file]
 * does. The document is made at once, in the caller's thread, so later
 * changes to the registry do not reach the file; checking and writing it
 * happen in a worker thread.
 *
 * Since: 0.1
 */
void
coprod_registry_save_to_file_async (CoprodRegistry      *self,
                                    GFile               *file,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  SaveData *save;

  g_return_if_fail (COPROD_IS_REGISTRY (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  save = g_new0 (SaveData, 1);
  save->file = g_object_ref (file);
  save->data = coprod_registry_to_data (self, &save->length);
  save->changes = self->changes;

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, coprod_registry_save_to_file_async);
  g_task_set_task_data (task, save, (GDestroyNotify) save_data_free);
  g_task_run_in_thread (task, save_thread);
}

/**
 * coprod_registry_save_to_file_finish:
 * @self: a registry
 * @result: the result passed to the callback
 * @error: return location for an error
 *
 * Finishes [method@Coprod.Registry.save_to_file_async].
 *
 * Returns: %TRUE if the registry was saved
 *
 * Since: 0.1
 */
gboolean
coprod_registry_save_to_file_finish (CoprodRegistry  *self,
                                     GAsyncResult    *result,
                                     GError         **error)
{
  g_return_val_if_fail (COPROD_IS_REGISTRY (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) ==
                        coprod_registry_save_to_file_async, FALSE);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;

  /* what was written is the registry as it is now only if nothing changed
   * since */
  if (((SaveData *) g_task_get_task_data (G_TASK (result)))->changes == self->changes)
    set_modified (self, FALSE);
  return TRUE;
}
