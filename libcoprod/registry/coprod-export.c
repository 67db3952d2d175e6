/* coprod-export.c: a copy of a registry fit for partners or the public
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The copy is made record by record through the field tables, never
 * through JSON: each saved field is read from the source and set on a new
 * object of the same type, after the rules of the audience (see
 * coprod_registry_export below and doc/privacy.md). Unknown members are
 * not copied: they may hold anything.
 */
#include "config.h"

#include <string.h>

#include "coprod-collections-private.h"
#include "coprod-error.h"
#include "coprod-person.h"
#include "coprod-record-private.h"
#include "coprod-registry.h"

/* The shortest key an export takes, in bytes */
#define MIN_KEY_LENGTH 16

/* Hex digits of the HMAC kept: a keyed id has 64 bits, a pseudonym 40 */
#define ID_HEX_DIGITS 16
#define PSEUDONYM_HEX_DIGITS 10

/* Members never copied, whoever they are for: contact details, and free
 * text in someone's own words or about them (notes and evidence) */
static const char * const removed_members[] = {
  "email",
  "phone",
  "access_note",
  "note",
  "evidence",
  NULL
};

/* Members of a person copied only when the person is named */
static const char * const named_only_members[] = {
  "pseudonym",
  "skills_brought",
  "skills_developed",
  NULL
};

typedef struct
{
  CoprodRegistry *source;
  GBytes         *key;

  /* person id -> the id they have in the export; withdrawn people are in
   * dropped instead */
  GHashTable     *person_ids;
  GHashTable     *named;
  GHashTable     *dropped;
} Export;

static char *
keyed_hex (GBytes     *key,
           const char *purpose,
           const char *id,
           gsize       n_digits)
{
  g_autoptr(GHmac) hmac = NULL;
  const guchar *data;
  gsize length;

  data = g_bytes_get_data (key, &length);
  hmac = g_hmac_new (G_CHECKSUM_SHA256, data, length);
  /* the purpose and its NUL keep a pseudonym and an id apart */
  g_hmac_update (hmac, (const guchar *) purpose, (gssize) strlen (purpose) + 1);
  g_hmac_update (hmac, (const guchar *) id, (gssize) strlen (id));

  return g_strndup (g_hmac_get_string (hmac), n_digits);
}

static char *
keyed_id (Export     *ex,
          const char *id)
{
  g_autofree char *hex = keyed_hex (ex->key, "coprod-export-id", id, ID_HEX_DIGITS);

  return g_strconcat ("p-", hex, NULL);
}

static char *
keyed_pseudonym (Export     *ex,
                 const char *id)
{
  g_autofree char *hex = keyed_hex (ex->key, "coprod-export-pseudonym", id,
                                    PSEUDONYM_HEX_DIGITS);
  g_autofree char *upper = g_ascii_strup (hex, -1);

  return g_strconcat ("Participant ", upper, NULL);
}

static gboolean
field_may_name_person (const CoprodField *field)
{
  guint t;

  for (t = 0; t < G_N_ELEMENTS (field->targets); t++)
    if (field->targets[t] != NULL && field->targets[t] () == COPROD_TYPE_PERSON)
      return TRUE;

  return FALSE;
}

/* What a reference becomes in the export: NULL if it names a person who is
 * dropped (the object holding it goes too, or the id leaves its list) */
static char *
rewrite_ref (Export            *ex,
             const CoprodField *field,
             const char        *id)
{
  const char *mapped;

  if (g_hash_table_contains (ex->dropped, id))
    return NULL;
  mapped = g_hash_table_lookup (ex->person_ids, id);
  if (mapped != NULL)
    return g_strdup (mapped);
  /* a reference that names no record, where a person may be named, may be
   * a name: it stays dangling, keyed */
  if (coprod_registry_lookup (ex->source, id) == NULL && field_may_name_person (field))
    return keyed_id (ex, id);

  return g_strdup (id);
}

static gpointer copy_object (Export   *ex,
                             GObject  *source,
                             gboolean  is_record);

/* Copies the fields one table declares; FALSE if the object is dropped */
static gboolean
copy_fields (Export            *ex,
             GObject           *source,
             GObject           *copy,
             const CoprodField *fields,
             guint              n_fields,
             gboolean           pseudonymised)
{
  guint i;

  for (i = 0; i < n_fields; i++)
    {
      const CoprodField *field = &fields[i];

      if ((field->flags & COPROD_FIELD_NOT_SAVED) != 0 ||
          g_strv_contains (removed_members, field->member))
        continue;

      if (COPROD_IS_PERSON (source))
        {
          if (pseudonymised && g_strv_contains (named_only_members, field->member))
            continue;
          if (pseudonymised && g_str_equal (field->member, "name"))
            {
              g_autofree char *pseudonym =
                keyed_pseudonym (ex, coprod_record_get_id (COPROD_RECORD (source)));

              _coprod_field_set_string (copy, field, pseudonym);
              continue;
            }
        }

      switch (field->kind)
        {
        case COPROD_FIELD_REF:
          {
            const char *id = _coprod_field_peek_string (source, field);
            g_autofree char *rewritten = NULL;

            if (id == NULL)
              break;
            rewritten = rewrite_ref (ex, field, id);
            if (rewritten == NULL)
              return FALSE;
            _coprod_field_set_string (copy, field, rewritten);
          }
          break;

        case COPROD_FIELD_REFS:
          {
            const char * const *ids = _coprod_field_peek_strv (source, field);
            g_autoptr(GPtrArray) kept = g_ptr_array_new_with_free_func (g_free);
            guint j;

            for (j = 0; ids != NULL && ids[j] != NULL; j++)
              {
                char *rewritten = rewrite_ref (ex, field, ids[j]);

                if (rewritten != NULL)
                  g_ptr_array_add (kept, rewritten);
              }
            /* a list that named only people who withdrew: the object is
             * theirs (a proposal they made, a meeting only they attended) */
            if (j > 0 && kept->len == 0)
              return FALSE;
            g_ptr_array_add (kept, NULL);
            _coprod_field_set_strv (copy, field, (const char * const *) kept->pdata);
          }
          break;

        case COPROD_FIELD_CHILDREN:
          {
            guint j, n = _coprod_field_get_n_children (source, field);

            for (j = 0; j < n; j++)
              {
                GObject *child = _coprod_field_peek_child (source, field, j);
                g_autoptr(GObject) child_copy = copy_object (ex, child, FALSE);

                if (child_copy != NULL)
                  _coprod_field_add_child (copy, field, child_copy);
              }
          }
          break;

        case COPROD_FIELD_TEXT:
        case COPROD_FIELD_DATE:
        case COPROD_FIELD_CURRENCY:
        case COPROD_FIELD_STRV:
        case COPROD_FIELD_ENUM:
        case COPROD_FIELD_FLAGS:
        case COPROD_FIELD_SINGLE_FLAG:
        case COPROD_FIELD_INT:
        case COPROD_FIELD_UINT:
        case COPROD_FIELD_INT64:
        case COPROD_FIELD_DOUBLE:
        case COPROD_FIELD_BOOLEAN:
        default:
          {
            g_auto(GValue) value = G_VALUE_INIT;

            g_value_init (&value, G_PARAM_SPEC_VALUE_TYPE (field->pspec));
            _coprod_field_get_value (source, field, &value);
            _coprod_field_set_value (copy, field, &value);
          }
          break;
        }
    }

  return TRUE;
}

/* A copy of @source for the export, or NULL if it is dropped */
static gpointer
copy_object (Export   *ex,
             GObject  *source,
             gboolean  is_record)
{
  GType type = G_OBJECT_TYPE (source);
  g_autoptr(GObject) copy = NULL;
  gboolean pseudonymised = FALSE;
  GType t;

  if (is_record)
    {
      const char *id = coprod_record_get_id (COPROD_RECORD (source));

      if (COPROD_IS_PERSON (source))
        {
          if (g_hash_table_contains (ex->dropped, id))
            return NULL;
          pseudonymised = !g_hash_table_contains (ex->named, id);
          id = g_hash_table_lookup (ex->person_ids, id);
        }
      copy = g_object_new (type, "id", id, NULL);
    }
  else
    copy = g_object_new (type, NULL);

  /* the fields of the type and of each of its ancestors that has a table */
  for (t = type; t != G_TYPE_OBJECT && t != G_TYPE_INVALID; t = g_type_parent (t))
    {
      guint n_fields;
      const CoprodField *fields = _coprod_fields_of_type (t, &n_fields);

      if (fields != NULL && !copy_fields (ex, source, copy, fields, n_fields, pseudonymised))
        return NULL;
    }

  return g_steal_pointer (&copy);
}

/* Who is named, who is keyed and who is dropped */
static gboolean
sort_people (Export          *ex,
             CoprodAudience   audience,
             GError         **error)
{
  GListModel *people = coprod_registry_get_people (ex->source);
  g_autoptr(GHashTable) new_ids = g_hash_table_new (g_str_hash, g_str_equal);
  guint c, i, n = g_list_model_get_n_items (people);

  for (i = 0; i < n; i++)
    {
      g_autoptr(CoprodPerson) person = g_list_model_get_item (people, i);
      const char *id = coprod_record_get_id (COPROD_RECORD (person));
      char *new_id;

      if (coprod_person_is_withdrawn (person))
        {
          g_hash_table_add (ex->dropped, g_strdup (id));
          continue;
        }

      if (coprod_person_get_consent_audience (person) >= audience)
        {
          g_hash_table_add (ex->named, g_strdup (id));
          new_id = g_strdup (id);
        }
      else
        new_id = keyed_id (ex, id);

      g_hash_table_insert (ex->person_ids, g_strdup (id), new_id);
    }

  /* every id of the export is unique: a keyed id may not be the id of
   * another record */
  for (c = 0; c < COPROD_N_COLLECTIONS; c++)
    {
      GListModel *records = coprod_registry_get_collection (ex->source,
                                                            _coprod_collections[c].get_type ());

      n = g_list_model_get_n_items (records);
      for (i = 0; i < n; i++)
        {
          g_autoptr(CoprodRecord) record = g_list_model_get_item (records, i);
          const char *id = coprod_record_get_id (record);
          const char *new_id = id;

          if (COPROD_IS_PERSON (record))
            new_id = g_hash_table_lookup (ex->person_ids, id);
          if (new_id != NULL && !g_hash_table_add (new_ids, (gpointer) new_id))
            {
              g_set_error (error, COPROD_ERROR, COPROD_ERROR_DUPLICATE_ID,
                           "the keyed id of a person is already the id of another "
                           "record (%s); export with another key",
                           COPROD_IS_PERSON (record) ? "a person" : id);
              return FALSE;
            }
        }
    }

  return TRUE;
}

/**
 * coprod_registry_export:
 * @self: a registry
 * @audience: who the export is for
 * @key: a secret key of at least 16 bytes; it is never written anywhere
 * @error: return location for an error
 *
 * Makes a new registry holding what @self may show to @audience.
 *
 * - Contact details (`email`, `phone`), access needs in a person's own
 *   words (`access_note`), notes (`note`) and evidence (`evidence`) are
 *   left out of every record and of every object inside one.
 * - A person is named only if they consented to @audience or a wider one
 *   ([property@Coprod.Person:consent-audience]; each audience includes
 *   the ones before it). Everyone else's name is replaced by a pseudonym,
 *   `Participant` and ten hexadecimal digits of an HMAC-SHA256 of their
 *   record id under @key; their id by `p-` and sixteen digits of another;
 *   their chosen [property@Coprod.Person:pseudonym] and their skills are
 *   left out. The same person has the same pseudonym and id in every
 *   export made with the same key, and unrelated ones under another key.
 *   Every reference to them is rewritten, so references stay consistent.
 *   A reference that may name a person and names no record keeps
 *   dangling, keyed the same way.
 * - A person who withdrew ([property@Coprod.Person:withdrawn-date]) is
 *   left out, with every record and object that names them in a single
 *   reference (their payments, involvements, memberships and pledges);
 *   their id leaves every list of ids (attendees, proposers, co-authors,
 *   reviewers, people reached), and a record or object whose list named
 *   only people who withdrew (a proposal only they made) is left out
 *   too.
 * - Unknown members are not copied: they may hold anything.
 *
 * For %COPROD_AUDIENCE_INTERNAL everyone who has not withdrawn is named,
 * and contacts, notes and evidence still go. The export holds together
 * as well as @self does: validating it finds nothing that validating
 * @self does not, and a project whose assessment no withdrawn person
 * changes is placed on the same rung. @self is not changed.
 *
 * Returns: (transfer full): a new registry, or %NULL with
 *   %COPROD_ERROR_VALUE if @key is shorter than 16 bytes, or
 *   %COPROD_ERROR_DUPLICATE_ID if a keyed id is already the id of another
 *   record (export with another key)
 *
 * Since: 0.1
 */
CoprodRegistry *
coprod_registry_export (CoprodRegistry  *self,
                        CoprodAudience   audience,
                        GBytes          *key,
                        GError         **error)
{
  g_autoptr(CoprodRegistry) copy = NULL;
  Export ex = { 0 };
  gboolean ok = TRUE;
  guint c;

  g_return_val_if_fail (COPROD_IS_REGISTRY (self), NULL);
  g_return_val_if_fail (audience >= COPROD_AUDIENCE_INTERNAL &&
                        audience <= COPROD_AUDIENCE_PUBLIC, NULL);
  g_return_val_if_fail (key != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (g_bytes_get_size (key) < MIN_KEY_LENGTH)
    {
      g_set_error (error, COPROD_ERROR, COPROD_ERROR_VALUE,
                   "the key is %" G_GSIZE_FORMAT " bytes long; an export key is at "
                   "least %d bytes, secret and random",
                   g_bytes_get_size (key), MIN_KEY_LENGTH);
      return NULL;
    }

  ex.source = self;
  ex.key = key;
  ex.person_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  ex.named = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  ex.dropped = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  if (!sort_people (&ex, audience, error))
    ok = FALSE;

  copy = coprod_registry_new ();
  for (c = 0; ok && c < COPROD_N_COLLECTIONS; c++)
    {
      GListModel *records = coprod_registry_get_collection (self, _coprod_collections[c].get_type ());
      guint i, n = g_list_model_get_n_items (records);

      for (i = 0; ok && i < n; i++)
        {
          g_autoptr(GObject) record = g_list_model_get_item (records, i);
          g_autoptr(CoprodRecord) record_copy = copy_object (&ex, record, TRUE);

          if (record_copy != NULL && !coprod_registry_add (copy, record_copy, error))
            ok = FALSE;
        }
    }

  g_hash_table_unref (ex.person_ids);
  g_hash_table_unref (ex.named);
  g_hash_table_unref (ex.dropped);

  return ok ? g_steal_pointer (&copy) : NULL;
}
