/* coprod-popolo.c: people, organisations, partnerships and posts as Popolo JSON
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A Popolo document here is one JSON object with four arrays, as the
 * civic-data tools that exchange Popolo write it (EveryPolitician, PopIt):
 *
 *   { "persons": [...], "organizations": [...], "posts": [...],
 *     "memberships": [...] }
 *
 * Organisations and partnerships are both Popolo organizations; their
 * classification tells them apart: a partnership's is the nick of its
 * CoprodGroupKind ("forum", "board", ...), an organisation's the nick of
 * its CoprodSector ("local-authority", "charity", ...). A membership of a
 * partnership is a Popolo membership of that organization; a person's
 * organisation ids are memberships of those organizations with nothing
 * else. doc/popolo.md is the mapping, member by member.
 */
#include "config.h"

#include <string.h>

#include "coprod-date.h"
#include "coprod-enum-types.h"
#include "coprod-error.h"
#include "coprod-field-private.h"
#include "coprod-json-private.h"
#include "coprod-membership.h"
#include "coprod-organisation.h"
#include "coprod-partnership.h"
#include "coprod-person.h"
#include "coprod-popolo-private.h"
#include "coprod-post.h"
#include "coprod-record.h"

/* Writing */

static const char *
enum_nick (GType type,
           int   value)
{
  g_autoptr(GEnumClass) eclass = g_type_class_ref (type);
  GEnumValue *v = g_enum_get_value (eclass, value);

  return v != NULL ? v->value_nick : NULL;
}

static void
add_string (JsonBuilder *builder,
            const char  *member,
            const char  *value)
{
  if (value == NULL || value[0] == '\0')
    return;
  json_builder_set_member_name (builder, member);
  json_builder_add_string_value (builder, value);
}

static void
add_true (JsonBuilder *builder,
          const char  *member,
          gboolean     value)
{
  if (!value)
    return;
  json_builder_set_member_name (builder, member);
  json_builder_add_boolean_value (builder, TRUE);
}

static void
add_contact (JsonBuilder *builder,
             const char  *type,
             const char  *value)
{
  if (value == NULL || value[0] == '\0')
    return;
  json_builder_begin_object (builder);
  add_string (builder, "type", type);
  add_string (builder, "value", value);
  json_builder_end_object (builder);
}

static void
write_person (JsonBuilder       *builder,
              CoprodPerson      *person,
              CoprodAudience     audience,
              CoprodPopoloFlags  flags)
{
  gboolean named = coprod_person_get_consent_audience (person) >= audience;

  json_builder_begin_object (builder);
  add_string (builder, "id", coprod_record_get_id (COPROD_RECORD (person)));
  if (named)
    add_string (builder, "name", coprod_person_get_name (person));

  if (named && (flags & COPROD_POPOLO_FLAGS_CONTACTS) != 0 &&
      (coprod_person_get_email (person) != NULL || coprod_person_get_phone (person) != NULL))
    {
      json_builder_set_member_name (builder, "contact_details");
      json_builder_begin_array (builder);
      add_contact (builder, "email", coprod_person_get_email (person));
      add_contact (builder, "voice", coprod_person_get_phone (person));
      json_builder_end_array (builder);
    }
  json_builder_end_object (builder);
}

static void
write_organisation (JsonBuilder        *builder,
                    CoprodOrganisation *organisation)
{
  const char *url = coprod_organisation_get_url (organisation);

  json_builder_begin_object (builder);
  add_string (builder, "id", coprod_record_get_id (COPROD_RECORD (organisation)));
  add_string (builder, "name", coprod_organisation_get_name (organisation));
  add_string (builder, "classification",
              enum_nick (COPROD_TYPE_SECTOR, coprod_organisation_get_sector (organisation)));
  add_string (builder, "area", coprod_organisation_get_area (organisation));
  if (url != NULL && url[0] != '\0')
    {
      json_builder_set_member_name (builder, "links");
      json_builder_begin_array (builder);
      json_builder_begin_object (builder);
      add_string (builder, "url", url);
      add_string (builder, "note", "website");
      json_builder_end_object (builder);
      json_builder_end_array (builder);
    }
  json_builder_end_object (builder);
}

static void
write_partnership (JsonBuilder       *builder,
                   CoprodPartnership *partnership)
{
  json_builder_begin_object (builder);
  add_string (builder, "id", coprod_record_get_id (COPROD_RECORD (partnership)));
  add_string (builder, "name", coprod_partnership_get_name (partnership));
  add_string (builder, "classification",
              enum_nick (COPROD_TYPE_GROUP_KIND, coprod_partnership_get_kind (partnership)));
  add_string (builder, "description", coprod_partnership_get_purpose (partnership));
  add_string (builder, "parent_id", coprod_partnership_get_parent_id (partnership));
  add_string (builder, "founding_date", coprod_partnership_get_start_date (partnership));
  add_string (builder, "dissolution_date", coprod_partnership_get_end_date (partnership));
  json_builder_end_object (builder);
}

static void
write_post (JsonBuilder *builder,
            CoprodPost  *post)
{
  json_builder_begin_object (builder);
  add_string (builder, "id", coprod_record_get_id (COPROD_RECORD (post)));
  add_string (builder, "label", coprod_post_get_label (post));
  add_string (builder, "role", coprod_post_get_role (post));
  add_string (builder, "organization_id", coprod_post_get_group_id (post));
  add_string (builder, "start_date", coprod_post_get_start_date (post));
  add_string (builder, "end_date", coprod_post_get_end_date (post));
  add_true (builder, "paid", coprod_post_get_paid (post));
  if (coprod_post_get_selection (post) != 0)
    add_string (builder, "selection",
                enum_nick (COPROD_TYPE_SELECTION, coprod_post_get_selection (post)));
  json_builder_end_object (builder);
}

static void
write_membership (JsonBuilder      *builder,
                  CoprodMembership *membership,
                  const char       *organization_id,
                  gboolean          member_is_person)
{
  const char *member_id = coprod_membership_get_member_id (membership);

  json_builder_begin_object (builder);
  if (member_is_person)
    add_string (builder, "person_id", member_id);
  else if (member_id != NULL)
    {
      json_builder_set_member_name (builder, "member");
      json_builder_begin_object (builder);
      add_string (builder, "@type", "Organization");
      add_string (builder, "id", member_id);
      json_builder_end_object (builder);
    }
  add_string (builder, "organization_id", organization_id);
  add_string (builder, "post_id", coprod_membership_get_post_id (membership));
  add_string (builder, "on_behalf_of_id", coprod_membership_get_on_behalf_of_id (membership));
  add_string (builder, "role", coprod_membership_get_role (membership));
  add_string (builder, "start_date", coprod_membership_get_start_date (membership));
  add_string (builder, "end_date", coprod_membership_get_end_date (membership));
  add_true (builder, "lead", coprod_membership_get_lead (membership));
  add_true (builder, "paid", coprod_membership_get_paid (membership));
  json_builder_end_object (builder);
}

char *
_coprod_popolo_write (GListModel        *people,
                      GListModel        *organisations,
                      GListModel        *partnerships,
                      GListModel        *posts,
                      CoprodAudience     audience,
                      CoprodPopoloFlags  flags,
                      gsize             *length)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = NULL;
  g_autoptr(JsonNode) root = NULL;
  /* id -> whether the person is written (FALSE: withdrawn, left out) */
  g_autoptr(GHashTable) person_ids = g_hash_table_new (g_str_hash, g_str_equal);
  const CoprodField *memberships = _coprod_fields_find (COPROD_TYPE_PARTNERSHIP, "memberships");
  guint i, j, n;

  json_builder_begin_object (builder);

  json_builder_set_member_name (builder, "persons");
  json_builder_begin_array (builder);
  n = g_list_model_get_n_items (people);
  for (i = 0; i < n; i++)
    {
      g_autoptr(CoprodPerson) person = g_list_model_get_item (people, i);
      gboolean withdrawn = coprod_person_is_withdrawn (person);

      g_hash_table_insert (person_ids,
                           (gpointer) coprod_record_get_id (COPROD_RECORD (person)),
                           GINT_TO_POINTER (withdrawn ? 1 : 2));
      if (!withdrawn)
        write_person (builder, person, audience, flags);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "organizations");
  json_builder_begin_array (builder);
  n = g_list_model_get_n_items (organisations);
  for (i = 0; i < n; i++)
    {
      g_autoptr(CoprodOrganisation) organisation = g_list_model_get_item (organisations, i);

      write_organisation (builder, organisation);
    }
  n = g_list_model_get_n_items (partnerships);
  for (i = 0; i < n; i++)
    {
      g_autoptr(CoprodPartnership) partnership = g_list_model_get_item (partnerships, i);

      write_partnership (builder, partnership);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "posts");
  json_builder_begin_array (builder);
  n = g_list_model_get_n_items (posts);
  for (i = 0; i < n; i++)
    {
      g_autoptr(CoprodPost) post = g_list_model_get_item (posts, i);

      write_post (builder, post);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "memberships");
  json_builder_begin_array (builder);
  n = g_list_model_get_n_items (partnerships);
  for (i = 0; i < n; i++)
    {
      g_autoptr(CoprodPartnership) partnership = g_list_model_get_item (partnerships, i);
      const char *partnership_id = coprod_record_get_id (COPROD_RECORD (partnership));
      guint m = _coprod_field_get_n_children (partnership, memberships);

      for (j = 0; j < m; j++)
        {
          CoprodMembership *membership = _coprod_field_peek_child (partnership, memberships, j);
          const char *member_id = coprod_membership_get_member_id (membership);
          int person = member_id != NULL
                         ? GPOINTER_TO_INT (g_hash_table_lookup (person_ids, member_id))
                         : 0;

          if (person == 1)
            continue;   /* a person who withdrew is left out, and so is what names them */
          write_membership (builder, membership, partnership_id, person == 2);
        }
    }
  n = g_list_model_get_n_items (people);
  for (i = 0; i < n; i++)
    {
      g_autoptr(CoprodPerson) person = g_list_model_get_item (people, i);
      const char * const *organisation_ids = coprod_person_get_organisation_ids (person);

      if (coprod_person_is_withdrawn (person) || organisation_ids == NULL)
        continue;
      for (j = 0; organisation_ids[j] != NULL; j++)
        {
          json_builder_begin_object (builder);
          add_string (builder, "person_id", coprod_record_get_id (COPROD_RECORD (person)));
          add_string (builder, "organization_id", organisation_ids[j]);
          json_builder_end_object (builder);
        }
    }
  json_builder_end_array (builder);

  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  generator = json_generator_new ();
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json_generator_set_root (generator, root);

  return json_generator_to_data (generator, length);
}

/* Reading */

typedef struct
{
  GHashTable *seen;           /* id -> where it was first seen (owned) */
  GHashTable *people;         /* id -> CoprodPerson (borrowed from records) */
  GHashTable *groups;         /* id -> CoprodPartnership */
  GHashTable *organisations;  /* id -> CoprodOrganisation */
  GHashTable *posts;          /* id -> CoprodPost */
  GHashTable *named;          /* organization ids named by a post or by a
                               * membership with a post or a role */
  GPtrArray  *records;
} Reader;

static void
reader_clear (Reader *r)
{
  g_clear_pointer (&r->seen, g_hash_table_unref);
  g_clear_pointer (&r->people, g_hash_table_unref);
  g_clear_pointer (&r->groups, g_hash_table_unref);
  g_clear_pointer (&r->organisations, g_hash_table_unref);
  g_clear_pointer (&r->posts, g_hash_table_unref);
  g_clear_pointer (&r->named, g_hash_table_unref);
  g_clear_pointer (&r->records, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Reader, reader_clear)

/* the array member @name of @top, or NULL if it has none */
static gboolean
get_array (JsonObject  *top,
           const char  *name,
           JsonArray  **out,
           GError     **error)
{
  JsonNode *node = json_object_get_member (top, name);

  *out = NULL;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      g_set_error (error, COPROD_ERROR, COPROD_ERROR_TYPE,
                   "%s: expected an array, found %s",
                   name, _coprod_json_node_type_name (node));
      return FALSE;
    }
  *out = json_node_get_array (node);
  return TRUE;
}

static JsonObject *
get_object (JsonArray   *array,
            guint        i,
            const char  *where,
            GError     **error)
{
  JsonNode *node = json_array_get_element (array, i);

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      g_set_error (error, COPROD_ERROR, COPROD_ERROR_TYPE,
                   "%s: expected an object, found %s",
                   where, _coprod_json_node_type_name (node));
      return NULL;
    }
  return json_node_get_object (node);
}

static gboolean
read_date (JsonObject  *object,
           const char  *where,
           const char  *member,
           char       **out,
           GError     **error)
{
  g_autoptr(GError) local_error = NULL;

  if (!_coprod_json_read_string (object, where, member, FALSE, out, error))
    return FALSE;
  if (*out != NULL && !coprod_date_validate (*out, &local_error))
    {
      g_clear_pointer (out, g_free);
      return _coprod_json_member_error (error, COPROD_ERROR_DATE, where, member,
                                        "%s", local_error->message);
    }
  return TRUE;
}

static gboolean
read_ref (JsonObject  *object,
          const char  *where,
          const char  *member,
          char       **out,
          GError     **error)
{
  if (!_coprod_json_read_string (object, where, member, FALSE, out, error))
    return FALSE;
  if (*out != NULL && !coprod_record_id_is_valid (*out))
    {
      g_clear_pointer (out, g_free);
      return _coprod_json_member_error (error, COPROD_ERROR_ID, where, member,
                                        "not a valid record id");
    }
  return TRUE;
}

static gboolean
read_boolean (JsonObject  *object,
              const char  *where,
              const char  *member,
              gboolean    *out,
              GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);

  *out = FALSE;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    return _coprod_json_member_error (error, COPROD_ERROR_TYPE, where, member,
                                      "expected true or false, found %s",
                                      _coprod_json_node_type_name (node));
  *out = json_node_get_boolean (node);
  return TRUE;
}

/* The record's id: present, valid and not seen before in the document */
static char *
read_id (Reader      *r,
         JsonObject  *object,
         const char  *where,
         GError     **error)
{
  g_autofree char *id = NULL;
  const char *first;

  if (!_coprod_json_read_string (object, where, "id", TRUE, &id, error))
    return NULL;
  if (!coprod_record_id_is_valid (id))
    {
      _coprod_json_member_error (error, COPROD_ERROR_ID, where, "id", "not a valid record id");
      return NULL;
    }
  first = g_hash_table_lookup (r->seen, id);
  if (first != NULL)
    {
      g_set_error (error, COPROD_ERROR, COPROD_ERROR_DUPLICATE_ID,
                   "%s: the id is already used by %s", where, first);
      return NULL;
    }
  g_hash_table_insert (r->seen, g_strdup (id), g_strdup (where));
  return g_steal_pointer (&id);
}

static gboolean
read_person (Reader      *r,
             JsonObject  *object,
             const char  *where,
             GError     **error)
{
  g_autofree char *id = NULL;
  g_autofree char *name = NULL;
  g_autoptr(CoprodPerson) person = NULL;
  JsonNode *contacts;

  if ((id = read_id (r, object, where, error)) == NULL ||
      !_coprod_json_read_string (object, where, "name", FALSE, &name, error))
    return FALSE;

  person = coprod_person_new (id, name);

  contacts = json_object_get_member (object, "contact_details");
  if (contacts != NULL && !JSON_NODE_HOLDS_NULL (contacts))
    {
      JsonArray *array;
      guint i, n;

      if (!JSON_NODE_HOLDS_ARRAY (contacts))
        return _coprod_json_member_error (error, COPROD_ERROR_TYPE, where, "contact_details",
                                          "expected an array, found %s",
                                          _coprod_json_node_type_name (contacts));
      array = json_node_get_array (contacts);
      n = json_array_get_length (array);
      for (i = 0; i < n; i++)
        {
          g_autofree char *contact_where = g_strdup_printf ("%s.contact_details[%u]", where, i);
          g_autofree char *type = NULL;
          g_autofree char *value = NULL;
          JsonObject *contact = get_object (array, i, contact_where, error);

          if (contact == NULL ||
              !_coprod_json_read_string (contact, contact_where, "type", TRUE, &type, error) ||
              !_coprod_json_read_string (contact, contact_where, "value", FALSE, &value, error))
            return FALSE;

          if (g_str_equal (type, "email") && coprod_person_get_email (person) == NULL)
            coprod_person_set_email (person, value);
          else if ((g_str_equal (type, "voice") || g_str_equal (type, "cell") ||
                    g_str_equal (type, "phone")) &&
                   coprod_person_get_phone (person) == NULL)
            coprod_person_set_phone (person, value);
        }
    }

  g_hash_table_insert (r->people, (gpointer) coprod_record_get_id (COPROD_RECORD (person)), person);
  g_ptr_array_add (r->records, g_steal_pointer (&person));
  return TRUE;
}

static gboolean
nick_value (GType       type,
            const char *nick,
            int        *value)
{
  g_autoptr(GEnumClass) eclass = g_type_class_ref (type);
  GEnumValue *v = nick != NULL ? g_enum_get_value_by_nick (eclass, nick) : NULL;

  if (v == NULL)
    return FALSE;
  *value = v->value;
  return TRUE;
}

static gboolean
read_organization (Reader      *r,
                   JsonObject  *object,
                   const char  *where,
                   GError     **error)
{
  g_autofree char *id = NULL;
  g_autofree char *name = NULL;
  g_autofree char *classification = NULL;
  int value;

  if ((id = read_id (r, object, where, error)) == NULL ||
      !_coprod_json_read_string (object, where, "name", FALSE, &name, error) ||
      !_coprod_json_read_string (object, where, "classification", FALSE, &classification, error))
    return FALSE;

  /* a group kind's nick, or an organization that holds posts or members
   * and names no sector: a partnership */
  if (nick_value (COPROD_TYPE_GROUP_KIND, classification, &value) ||
      (!nick_value (COPROD_TYPE_SECTOR, classification, &value) &&
       g_hash_table_contains (r->named, id)))
    {
      g_autoptr(CoprodPartnership) partnership = coprod_partnership_new (id, name);
      g_autofree char *purpose = NULL;
      g_autofree char *parent_id = NULL;
      g_autofree char *start = NULL;
      g_autofree char *end = NULL;

      if (!_coprod_json_read_string (object, where, "description", FALSE, &purpose, error) ||
          !read_ref (object, where, "parent_id", &parent_id, error) ||
          !read_date (object, where, "founding_date", &start, error) ||
          !read_date (object, where, "dissolution_date", &end, error))
        return FALSE;

      if (nick_value (COPROD_TYPE_GROUP_KIND, classification, &value))
        coprod_partnership_set_kind (partnership, (CoprodGroupKind) value);
      coprod_partnership_set_purpose (partnership, purpose);
      coprod_partnership_set_parent_id (partnership, parent_id);
      coprod_partnership_set_start_date (partnership, start);
      coprod_partnership_set_end_date (partnership, end);

      g_hash_table_insert (r->groups, (gpointer) coprod_record_get_id (COPROD_RECORD (partnership)),
                           partnership);
      g_ptr_array_add (r->records, g_steal_pointer (&partnership));
    }
  else
    {
      g_autoptr(CoprodOrganisation) organisation = coprod_organisation_new (id, name);
      g_autofree char *area = NULL;
      JsonNode *links;

      if (!_coprod_json_read_string (object, where, "area", FALSE, &area, error))
        return FALSE;

      if (classification == NULL)
        coprod_organisation_set_sector (organisation, COPROD_SECTOR_UNSPECIFIED);
      else if (nick_value (COPROD_TYPE_SECTOR, classification, &value))
        coprod_organisation_set_sector (organisation, (CoprodSector) value);
      else
        coprod_organisation_set_sector (organisation, COPROD_SECTOR_OTHER);
      coprod_organisation_set_area (organisation, area);

      /* the first link noted as the website, or else the first link */
      links = json_object_get_member (object, "links");
      if (links != NULL && !JSON_NODE_HOLDS_NULL (links))
        {
          g_autofree char *url = NULL;
          JsonArray *array;
          guint i, n;

          if (!JSON_NODE_HOLDS_ARRAY (links))
            return _coprod_json_member_error (error, COPROD_ERROR_TYPE, where, "links",
                                              "expected an array, found %s",
                                              _coprod_json_node_type_name (links));
          array = json_node_get_array (links);
          n = json_array_get_length (array);
          for (i = 0; i < n; i++)
            {
              g_autofree char *link_where = g_strdup_printf ("%s.links[%u]", where, i);
              g_autofree char *link_url = NULL;
              g_autofree char *note = NULL;
              JsonObject *link = get_object (array, i, link_where, error);

              if (link == NULL ||
                  !_coprod_json_read_string (link, link_where, "url", TRUE, &link_url, error) ||
                  !_coprod_json_read_string (link, link_where, "note", FALSE, &note, error))
                return FALSE;
              if (url == NULL || g_strcmp0 (note, "website") == 0)
                {
                  g_free (url);
                  url = g_steal_pointer (&link_url);
                  if (g_strcmp0 (note, "website") == 0)
                    break;
                }
            }
          coprod_organisation_set_url (organisation, url);
        }

      g_hash_table_insert (r->organisations,
                           (gpointer) coprod_record_get_id (COPROD_RECORD (organisation)),
                           organisation);
      g_ptr_array_add (r->records, g_steal_pointer (&organisation));
    }

  return TRUE;
}

static gboolean
read_post (Reader      *r,
           JsonObject  *object,
           const char  *where,
           GError     **error)
{
  g_autofree char *id = NULL;
  g_autofree char *label = NULL;
  g_autofree char *role = NULL;
  g_autofree char *group_id = NULL;
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;
  g_autofree char *selection = NULL;
  g_autoptr(CoprodPost) post = NULL;
  gboolean paid;
  int value = 0;

  if ((id = read_id (r, object, where, error)) == NULL ||
      !_coprod_json_read_string (object, where, "label", FALSE, &label, error) ||
      !_coprod_json_read_string (object, where, "role", FALSE, &role, error) ||
      !read_ref (object, where, "organization_id", &group_id, error) ||
      !read_date (object, where, "start_date", &start, error) ||
      !read_date (object, where, "end_date", &end, error) ||
      !read_boolean (object, where, "paid", &paid, error) ||
      !_coprod_json_read_string (object, where, "selection", FALSE, &selection, error))
    return FALSE;
  if (selection != NULL && !nick_value (COPROD_TYPE_SELECTION, selection, &value))
    return _coprod_json_member_error (error, COPROD_ERROR_VALUE, where, "selection",
                                      "not a way of filling a post libcoprod knows");

  post = coprod_post_new (id, group_id, label);
  coprod_post_set_role (post, role);
  coprod_post_set_start_date (post, start);
  coprod_post_set_end_date (post, end);
  coprod_post_set_paid (post, paid);
  coprod_post_set_selection (post, (CoprodSelection) value);

  g_hash_table_insert (r->posts, (gpointer) coprod_record_get_id (COPROD_RECORD (post)), post);
  g_ptr_array_add (r->records, g_steal_pointer (&post));
  return TRUE;
}

/* The member of a Popolo membership: "person_id", or "member" (an object
 * with an "id", or an id) */
static gboolean
read_member (JsonObject  *object,
             const char  *where,
             char       **member_id,
             GError     **error)
{
  JsonNode *member;

  if (!read_ref (object, where, "person_id", member_id, error))
    return FALSE;
  if (*member_id != NULL)
    return TRUE;

  member = json_object_get_member (object, "member");
  if (member != NULL && JSON_NODE_HOLDS_OBJECT (member))
    {
      g_autofree char *member_where = g_strdup_printf ("%s.member", where);

      return read_ref (json_node_get_object (member), member_where, "id", member_id, error) &&
             (*member_id != NULL ||
              _coprod_json_member_error (error, COPROD_ERROR_FORMAT, member_where, "id",
                                         "a member needs an id"));
    }
  if (member != NULL && !JSON_NODE_HOLDS_NULL (member))
    return read_ref (object, where, "member", member_id, error);

  return _coprod_json_member_error (error, COPROD_ERROR_FORMAT, where, "person_id",
                                    "a membership needs a person_id or a member");
}

static gboolean
read_membership (Reader      *r,
                 JsonObject  *object,
                 const char  *where,
                 GError     **error)
{
  g_autofree char *member_id = NULL;
  g_autofree char *organization_id = NULL;
  g_autofree char *post_id = NULL;
  g_autofree char *on_behalf_of_id = NULL;
  g_autofree char *role = NULL;
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;
  CoprodPartnership *partnership;
  CoprodPerson *person;
  gboolean lead, paid;

  if (!read_member (object, where, &member_id, error) ||
      !read_ref (object, where, "organization_id", &organization_id, error) ||
      !read_ref (object, where, "post_id", &post_id, error) ||
      !read_ref (object, where, "on_behalf_of_id", &on_behalf_of_id, error) ||
      !_coprod_json_read_string (object, where, "role", FALSE, &role, error) ||
      !read_date (object, where, "start_date", &start, error) ||
      !read_date (object, where, "end_date", &end, error) ||
      !read_boolean (object, where, "lead", &lead, error) ||
      !read_boolean (object, where, "paid", &paid, error))
    return FALSE;

  /* Popolo lets a membership of a post leave out the organization */
  if (organization_id == NULL && post_id != NULL)
    {
      CoprodPost *post = g_hash_table_lookup (r->posts, post_id);

      if (post != NULL)
        organization_id = g_strdup (coprod_post_get_group_id (post));
    }
  if (organization_id == NULL)
    return _coprod_json_member_error (error, COPROD_ERROR_FORMAT, where, "organization_id",
                                      "a membership needs the organization it is of");

  partnership = g_hash_table_lookup (r->groups, organization_id);
  if (partnership != NULL)
    {
      g_autoptr(CoprodMembership) membership = coprod_membership_new (member_id, role);

      coprod_membership_set_post_id (membership, post_id);
      coprod_membership_set_on_behalf_of_id (membership, on_behalf_of_id);
      coprod_membership_set_start_date (membership, start);
      coprod_membership_set_end_date (membership, end);
      coprod_membership_set_lead (membership, lead);
      coprod_membership_set_paid (membership, paid);
      coprod_partnership_add_membership (partnership, membership);
      return TRUE;
    }

  if (g_hash_table_contains (r->organisations, organization_id))
    {
      const char * const *ids;
      g_autoptr(GStrvBuilder) builder = NULL;
      g_auto(GStrv) new_ids = NULL;

      /* a person's organisation: libcoprod keeps only that they are linked */
      person = g_hash_table_lookup (r->people, member_id);
      if (person == NULL)
        return _coprod_json_member_error (error, COPROD_ERROR_NOT_FOUND, where, "person_id",
                                          "a member of an organisation (not a partnership) "
                                          "must be a person of the document");
      ids = coprod_person_get_organisation_ids (person);
      if (ids != NULL && g_strv_contains (ids, organization_id))
        return TRUE;
      builder = g_strv_builder_new ();
      if (ids != NULL)
        g_strv_builder_addv (builder, (const char **) ids);
      g_strv_builder_add (builder, organization_id);
      new_ids = g_strv_builder_end (builder);
      coprod_person_set_organisation_ids (person, (const char * const *) new_ids);
      return TRUE;
    }

  return _coprod_json_member_error (error, COPROD_ERROR_NOT_FOUND, where, "organization_id",
                                    "names no organization of the document");
}

/* The organizations that hold posts or members with a post or a role:
 * groups, whatever their classification, unless it names a sector */
static gboolean
find_groups (Reader      *r,
             JsonArray   *posts,
             JsonArray   *memberships,
             GError     **error)
{
  guint i, n;

  n = posts != NULL ? json_array_get_length (posts) : 0;
  for (i = 0; i < n; i++)
    {
      JsonNode *node = json_array_get_element (posts, i);
      JsonNode *org;

      if (JSON_NODE_HOLDS_OBJECT (node) &&
          (org = json_object_get_member (json_node_get_object (node), "organization_id")) != NULL &&
          _coprod_json_node_is_string (org))
        g_hash_table_add (r->named, g_strdup (json_node_get_string (org)));
    }

  n = memberships != NULL ? json_array_get_length (memberships) : 0;
  for (i = 0; i < n; i++)
    {
      JsonNode *node = json_array_get_element (memberships, i);
      JsonObject *object;
      JsonNode *org;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        continue;
      object = json_node_get_object (node);
      org = json_object_get_member (object, "organization_id");
      if (org != NULL && _coprod_json_node_is_string (org) &&
          (json_object_has_member (object, "post_id") ||
           json_object_has_member (object, "role") ||
           !json_object_has_member (object, "person_id")))
        g_hash_table_add (r->named, g_strdup (json_node_get_string (org)));
    }

  return TRUE;
}

GPtrArray *
_coprod_popolo_read (const char  *data,
                     gsize        length,
                     GError     **error)
{
  g_autoptr(JsonNode) root = _coprod_json_parse (data, length, error);
  g_auto(Reader) r = { 0, };
  JsonArray *arrays[4];
  static const char * const names[4] = { "persons", "organizations", "posts", "memberships" };
  JsonObject *top;
  guint a, i, n;

  if (root == NULL)
    return NULL;

  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error (error, COPROD_ERROR, COPROD_ERROR_FORMAT,
                   "not a Popolo document: the top level is %s, not an object",
                   _coprod_json_node_type_name (root));
      return NULL;
    }
  top = json_node_get_object (root);

  for (a = 0; a < G_N_ELEMENTS (names); a++)
    if (!get_array (top, names[a], &arrays[a], error))
      return NULL;
  if (arrays[0] == NULL && arrays[1] == NULL && arrays[2] == NULL && arrays[3] == NULL)
    {
      g_set_error (error, COPROD_ERROR, COPROD_ERROR_FORMAT,
                   "not a Popolo document: it has none of the members persons, "
                   "organizations, posts and memberships");
      return NULL;
    }

  r.seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  r.people = g_hash_table_new (g_str_hash, g_str_equal);
  r.groups = g_hash_table_new (g_str_hash, g_str_equal);
  r.organisations = g_hash_table_new (g_str_hash, g_str_equal);
  r.posts = g_hash_table_new (g_str_hash, g_str_equal);
  r.named = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  r.records = g_ptr_array_new_with_free_func (g_object_unref);

  if (!find_groups (&r, arrays[2], arrays[3], error))
    return NULL;

  for (a = 0; a < G_N_ELEMENTS (names); a++)
    {
      n = arrays[a] != NULL ? json_array_get_length (arrays[a]) : 0;
      for (i = 0; i < n; i++)
        {
          g_autofree char *where = g_strdup_printf ("%s[%u]", names[a], i);
          JsonObject *object = get_object (arrays[a], i, where, error);
          gboolean ok;

          if (object == NULL)
            return NULL;
          switch (a)
            {
            case 0: ok = read_person (&r, object, where, error); break;
            case 1: ok = read_organization (&r, object, where, error); break;
            case 2: ok = read_post (&r, object, where, error); break;
            default: ok = read_membership (&r, object, where, error); break;
            }
          if (!ok)
            return NULL;
        }
    }

  return g_steal_pointer (&r.records);
}
