/* coprod-output.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#include "config.h"

#include "coprod-date.h"
#include "coprod-enum-types.h"
#include "coprod-organisation.h"
#include "coprod-output.h"
#include "coprod-person.h"
#include "coprod-project.h"
#include "coprod-record-private.h"

/**
 * CoprodOutput:
 *
 * What a project produced: a report, toolkit, guide, video, information hub,
 * campaign, training course, leaflet or charter.
 *
 * An output names the people and organisations who wrote it with the
 * project's staff in [property@Coprod.Output:co-author-ids], and can record
 * its reach: [property@Coprod.Output:page-views] and
 * [property@Coprod.Output:people-reached] over the period from
 * [property@Coprod.Output:reach-from] to [property@Coprod.Output:reach-to]
 * (for a financial year such as 2016/17, from 2016-04 to 2017-03). Zero means
 * a figure is not recorded; [method@Coprod.Output.has_reach] tells whether
 * either is. Where a source gives only a lower bound ("more than 40,000 page
 * views"), [property@Coprod.Output:page-views-qualifier] and
 * [property@Coprod.Output:people-reached-qualifier] say so, and the totals
 * of [method@Coprod.Registry.summarise_reach] keep it.
 *
 * ```c
 * g_autoptr(CoprodOutput) toolkit =
 *   coprod_output_new ("out-1", COPROD_OUTPUT_KIND_TOOLKIT,
 *                      "Employing personal assistants");
 * coprod_output_set_people_reached (toolkit, 6066);
 * coprod_output_set_page_views (toolkit, 16000);
 * coprod_output_set_reach_from (toolkit, "2016-04");
 * coprod_output_set_reach_to (toolkit, "2017-03");
 * ```
 *
 * In JSON, in the `outputs` collection:
 *
 * ```json
 * { "id": "out-1", "kind": "toolkit",
 *   "title": "Employing personal assistants", "project_id": "proj-1",
 *   "co_author_ids": ["p-1", "org-2"], "page_views": 16000,
 *   "people_reached": 6066, "reach_from": "2016-04", "reach_to": "2017-03" }
 * ```
 *
 * Since: 0.1
 */

struct _CoprodOutput
{
  CoprodRecord parent_instance;

  CoprodOutputKind kind;
  char *title;
  char *project_id;
  char *url;
  char *published_date;
  char **co_author_ids;
  gint64 page_views;
  CoprodFigureQualifier page_views_qualifier;
  gint64 people_reached;
  CoprodFigureQualifier people_reached_qualifier;
  char *reach_from;
  char *reach_to;
};

G_DEFINE_FINAL_TYPE (CoprodOutput, coprod_output, COPROD_TYPE_RECORD)

enum {
  FIELD_KIND,
  FIELD_TITLE,
  FIELD_PROJECT_ID,
  FIELD_URL,
  FIELD_PUBLISHED_DATE,
  FIELD_CO_AUTHOR_IDS,
  FIELD_PAGE_VIEWS,
  FIELD_PAGE_VIEWS_QUALIFIER,
  FIELD_PEOPLE_REACHED,
  FIELD_PEOPLE_REACHED_QUALIFIER,
  FIELD_REACH_FROM,
  FIELD_REACH_TO,
  N_FIELDS
};

static CoprodField fields[N_FIELDS] = {
  /**
   * CoprodOutput:kind:
   *
   * What kind of thing the output is.
   *
   * Since: 0.1
   */
  [FIELD_KIND] = COPROD_ENUM_FIELD (CoprodOutput, kind, "kind",
                                    coprod_output_kind_get_type,
                                    COPROD_OUTPUT_KIND_REPORT),

  /**
   * CoprodOutput:title:
   *
   * The output's title.
   *
   * Since: 0.1
   */
  [FIELD_TITLE] = COPROD_TEXT_FIELD (CoprodOutput, title, "title"),

  /**
   * CoprodOutput:project-id:
   *
   * The id of the project that produced the output.
   *
   * Since: 0.1
   */
  [FIELD_PROJECT_ID] = COPROD_REF_FIELD (CoprodOutput, project_id, "project-id",
                                         coprod_project_get_type),

  /**
   * CoprodOutput:url:
   *
   * The address where the output can be read, or %NULL.
   *
   * Since: 0.1
   */
  [FIELD_URL] = COPROD_TEXT_FIELD (CoprodOutput, url, "url"),

  /**
   * CoprodOutput:published-date:
   *
   * When the output was published, as an ISO 8601 date.
   *
   * Since: 0.1
   */
  [FIELD_PUBLISHED_DATE] = COPROD_DATE_FIELD (CoprodOutput, published_date,
                                              "published-date"),

  /**
   * CoprodOutput:co-author-ids:
   *
   * The ids of the people and organisations who wrote the output together.
   *
   * Since: 0.1
   */
  [FIELD_CO_AUTHOR_IDS] =
    COPROD_REFS_EITHER_FIELD (CoprodOutput, co_author_ids, "co-author-ids",
                              coprod_person_get_type,
                              coprod_organisation_get_type),

  /**
   * CoprodOutput:page-views:
   *
   * How many times the output's pages were viewed over the reach period, from
   * 0 to 2^53-1; 0 if not recorded.
   *
   * Since: 0.1
   */
  [FIELD_PAGE_VIEWS] = COPROD_INT64_FIELD (CoprodOutput, page_views,
                                           "page-views",
                                           0, COPROD_MAX_EXACT_INT, 0),

  /**
   * CoprodOutput:page-views-qualifier:
   *
   * How [property@Coprod.Output:page-views] relates to the real count:
   * exact, or a lower bound ("at least", "more than"). A source's "more than
   * 40,000 page views" is kept as 40000 with %COPROD_FIGURE_QUALIFIER_MORE_THAN,
   * and is never shown as an exact figure.
   *
   * Since: 0.1
   */
  [FIELD_PAGE_VIEWS_QUALIFIER] =
    COPROD_ENUM_FIELD (CoprodOutput, page_views_qualifier, "page-views-qualifier",
                       coprod_figure_qualifier_get_type, COPROD_FIGURE_QUALIFIER_EXACT),

  /**
   * CoprodOutput:people-reached:
   *
   * How many people the output reached over the reach period, from 0 to
   * 2^53-1; 0 if not recorded.
   *
   * Since: 0.1
   */
  [FIELD_PEOPLE_REACHED] = COPROD_INT64_FIELD (CoprodOutput, people_reached,
                                               "people-reached",
                                               0, COPROD_MAX_EXACT_INT, 0),

  /**
   * CoprodOutput:people-reached-qualifier:
   *
   * How [property@Coprod.Output:people-reached] relates to the real count:
   * exact, or a lower bound ("at least", "more than").
   *
   * Since: 0.1
   */
  [FIELD_PEOPLE_REACHED_QUALIFIER] =
    COPROD_ENUM_FIELD (CoprodOutput, people_reached_qualifier, "people-reached-qualifier",
                       coprod_figure_qualifier_get_type, COPROD_FIGURE_QUALIFIER_EXACT),

  /**
   * CoprodOutput:reach-from:
   *
   * The start of the period the reach figures cover, as an ISO 8601 date
   * (2016-04 for the financial year 2016/17).
   *
   * Since: 0.1
   */
  [FIELD_REACH_FROM] = COPROD_DATE_RANGE_FIELD (CoprodOutput, reach_from,
                                                "reach-from", "reach-to"),

  /**
   * CoprodOutput:reach-to:
   *
   * The end of the period the reach figures cover, as an ISO 8601 date
   * (2017-03 for the financial year 2016/17).
   *
   * Since: 0.1
   */
  [FIELD_REACH_TO] = COPROD_DATE_FIELD (CoprodOutput, reach_to, "reach-to"),
};

static const char * const empty_strv[] = { NULL };

static void
coprod_output_class_init (CoprodOutputClass *klass)
{
  _coprod_fields_install (G_OBJECT_CLASS (klass), fields, N_FIELDS);
}

static void
coprod_output_init (CoprodOutput *self)
{
  _coprod_fields_init_instance (self, fields, N_FIELDS);
}

/**
 * coprod_output_new:
 * @id: the id of the output
 * @kind: the kind of output
 * @title: (nullable): the output's title
 *
 * Creates an output.
 *
 * Returns: (transfer full): a new output
 *
 * Since: 0.1
 */
CoprodOutput *
coprod_output_new (const char      *id,
                   CoprodOutputKind kind,
                   const char      *title)
{
  return g_object_new (COPROD_TYPE_OUTPUT,
                       "id", id,
                       "kind", kind,
                       "title", title,
                       NULL);
}

/**
 * coprod_output_get_kind:
 * @self: an output
 *
 * Gets what kind of thing the output is.
 *
 * Returns: the kind of output
 *
 * Since: 0.1
 */
CoprodOutputKind
coprod_output_get_kind (CoprodOutput *self)
{
  g_return_val_if_fail (COPROD_IS_OUTPUT (self), COPROD_OUTPUT_KIND_REPORT);

  return self->kind;
}

/**
 * coprod_output_set_kind:
 * @self: an output
 * @kind: the kind of output
 *
 * Sets what kind of thing the output is.
 *
 * Since: 0.1
 */
void
coprod_output_set_kind (CoprodOutput    *self,
                        CoprodOutputKind kind)
{
  g_return_if_fail (COPROD_IS_OUTPUT (self));

  _coprod_field_set_enum (self, &fields[FIELD_KIND], kind);
}

/**
 * coprod_output_get_title:
 * @self: an output
 *
 * Gets the output's title.
 *
 * Returns: (nullable): the output's title
 *
 * Since: 0.1
 */
const char *
coprod_output_get_title (CoprodOutput *self)
{
  g_return_val_if_fail (COPROD_IS_OUTPUT (self), NULL);

  return self->title;
}

/**
 * coprod_output_set_title:
 * @self: an output
 * @title: (nullable): the output's title
 *
 * Sets the output's title.
 *
 * Since: 0.1
 */
void
coprod_output_set_title (CoprodOutput *self,
                         const char   *title)
{
  g_return_if_fail (COPROD_IS_OUTPUT (self));

  _coprod_field_set_string (self, &fields[FIELD_TITLE], title);
}

/**
 * coprod_output_get_project_id:
 * @self: an output
 *
 * Gets the id of the project that produced the output.
 *
 * Returns: (nullable): the id
 *
 * Since: 0.1
 */
const char *
coprod_output_get_project_id (CoprodOutput *self)
{
  g_return_val_if_fail (COPROD_IS_OUTPUT (self), NULL);

  return self->project_id;
}

/**
 * coprod_output_set_project_id:
 * @self: an output
 * @project_id: (nullable): the id
 *
 * Sets the id of the project that produced the output.
 *
 * Since: 0.1
 */
void
coprod_output_set_project_id (CoprodOutput *self,
                              const char   *project_id)
{
  g_return_if_fail (COPROD_IS_OUTPUT (self));

  _coprod_field_set_string (self, &fields[FIELD_PROJECT_ID], project_id);
}

/**
 * coprod_output_get_url:
 * @self: an output
 *
 * Gets the address where the output can be read.
 *
 * Returns: (nullable): the URL
 *
 * Since: 0.1
 */
const char *
coprod_output_get_url (CoprodOutput *self)
{
  g_return_val_if_fail (COPROD_IS_OUTPUT (self), NULL);

  return self->url;
}

/**
 * coprod_output_set_url:
 * @self: an output
 * @url: (nullable): the URL
 *
 * Sets the address where the output can be read.
 *
 * Since: 0.1
 */
void
coprod_output_set_url (CoprodOutput *self,
                       const char   *url)
{
  g_return_if_fail (COPROD_IS_OUTPUT (self));

  _coprod_field_set_string (self, &fields[FIELD_URL], url);
}

/**
 * coprod_output_get_published_date:
 * @self: an output
 *
 * Gets the date the output was published.
 *
 * Returns: (nullable): an ISO 8601 date
 *
 * Since: 0.1
 */
const char *
coprod_output_get_published_date (CoprodOutput *self)
{
  g_return_val_if_fail (COPROD_IS_OUTPUT (self), NULL);

  return self->published_date;
}

/**
 * coprod_output_set_published_date:
 * @self: an output
 * @date: (nullable): an ISO 8601 date, see [func@Coprod.date_is_valid]
 *
 * Sets the date the output was published.
 *
 * Since: 0.1
 */
void
coprod_output_set_published_date (CoprodOutput *self,
                                  const char   *date)
{
  g_return_if_fail (COPROD_IS_OUTPUT (self));

  _coprod_field_set_string (self, &fields[FIELD_PUBLISHED_DATE], date);
}

/**
 * coprod_output_get_co_author_ids:
 * @self: an output
 *
 * Gets the ids of the co-authors.
 *
 * Returns: (transfer none) (array zero-terminated=1): the ids of the
 *   co-authors; empty if there are none
 *
 * Since: 0.1
 */
const char * const *
coprod_output_get_co_author_ids (CoprodOutput *self)
{
  g_return_val_if_fail (COPROD_IS_OUTPUT (self), empty_strv);

  return (const char * const *) self->co_author_ids;
}

/**
 * coprod_output_set_co_author_ids:
 * @self: an output
 * @co_author_ids: (nullable) (array zero-terminated=1): the ids of the
 *   co-authors
 *
 * Sets the ids of the co-authors. %NULL is the same as an empty list.
 *
 * Since: 0.1
 */
void
coprod_output_set_co_author_ids (CoprodOutput       *self,
                                 const char * const *co_author_ids)
{
  g_return_if_fail (COPROD_IS_OUTPUT (self));

  _coprod_field_set_strv (self, &fields[FIELD_CO_AUTHOR_IDS], co_author_ids);
}

/**
 * coprod_output_get_page_views:
 * @self: an output
 *
 * Gets how many times the output's pages were viewed.
 *
 * Returns: the number of page views
 *
 * Since: 0.1
 */
gint64
coprod_output_get_page_views (CoprodOutput *self)
{
  g_return_val_if_fail (COPROD_IS_OUTPUT (self), 0);

  return self->page_views;
}

/**
 * coprod_output_set_page_views:
 * @self: an output
 * @page_views: the number of page views, from 0 to 2^53-1
 *
 * Sets how many times the output's pages were viewed over the reach period.
 *
 * Since: 0.1
 */
void
coprod_output_set_page_views (CoprodOutput *self,
                              gint64        page_views)
{
  g_return_if_fail (COPROD_IS_OUTPUT (self));

  _coprod_field_set_int64 (self, &fields[FIELD_PAGE_VIEWS], page_views);
}

/**
 * coprod_output_get_people_reached:
 * @self: an output
 *
 * Gets how many people the output reached.
 *
 * Returns: the number of people reached
 *
 * Since: 0.1
 */
gint64
coprod_output_get_people_reached (CoprodOutput *self)
{
  g_return_val_if_fail (COPROD_IS_OUTPUT (self), 0);

  return self->people_reached;
}

/**
 * coprod_output_set_people_reached:
 * @self: an output
 * @people_reached: the number of people reached, from 0 to 2^53-1
 *
 * Sets how many people the output reached over the reach period.
 *
 * Since: 0.1
 */
void
coprod_output_set_people_reached (CoprodOutput *self,
                                  gint64        people_reached)
{
  g_return_if_fail (COPROD_IS_OUTPUT (self));

  _coprod_field_set_int64 (self, &fields[FIELD_PEOPLE_REACHED], people_reached);
}

/**
 * coprod_output_has_reach:
 * @self: an output
 *
 * Checks whether reach figures are recorded for the output.
 *
 * Returns: %TRUE if [property@Coprod.Output:page-views] or
 *   [property@Coprod.Output:people-reached] is above zero
 *
 * Since: 0.1
 */
gboolean
coprod_output_has_reach (CoprodOutput *self)
{
  g_return_val_if_fail (COPROD_IS_OUTPUT (self), FALSE);

  return self->page_views > 0 || self->people_reached > 0;
}

/**
 * coprod_output_get_reach_from:
 * @self: an output
 *
 * Gets the start of the period the reach figures cover.
 *
 * Returns: (nullable): an ISO 8601 date
 *
 * Since: 0.1
 */
const char *
coprod_output_get_reach_from (CoprodOutput *self)
{
  g_return_val_if_fail (COPROD_IS_OUTPUT (self), NULL);

  return self->reach_from;
}

/**
 * coprod_output_set_reach_from:
 * @self: an output
 * @date: (nullable): an ISO 8601 date, see [func@Coprod.date_is_valid]
 *
 * Sets the start of the period the reach figures cover.
 *
 * Since: 0.1
 */
void
coprod_output_set_reach_from (CoprodOutput *self,
                              const char   *date)
{
  g_return_if_fail (COPROD_IS_OUTPUT (self));

  _coprod_field_set_string (self, &fields[FIELD_REACH_FROM], date);
}

/**
 * coprod_output_get_reach_to:
 * @self: an output
 *
 * Gets the end of the period the reach figures cover.
 *
 * Returns: (nullable): an ISO 8601 date
 *
 * Since: 0.1
 */
const char *
coprod_output_get_reach_to (CoprodOutput *self)
{
  g_return_val_if_fail (COPROD_IS_OUTPUT (self), NULL);

  return self->reach_to;
}

/**
 * coprod_output_set_reach_to:
 * @self: an output
 * @date: (nullable): an ISO 8601 date, see [func@Coprod.date_is_valid]
 *
 * Sets the end of the period the reach figures cover.
 *
 * Since: 0.1
 */
void
coprod_output_set_reach_to (CoprodOutput *self,
                            const char   *date)
{
  g_return_if_fail (COPROD_IS_OUTPUT (self));

  _coprod_field_set_string (self, &fields[FIELD_REACH_TO], date);
}

/**
 * coprod_output_get_page_views_qualifier:
 * @self: an output
 *
 * Gets how the page views figure relates to the real count.
 *
 * Returns: the qualifier
 *
 * Since: 0.1
 */
CoprodFigureQualifier
coprod_output_get_page_views_qualifier (CoprodOutput *self)
{
  g_return_val_if_fail (COPROD_IS_OUTPUT (self), COPROD_FIGURE_QUALIFIER_EXACT);

  return self->page_views_qualifier;
}

/**
 * coprod_output_set_page_views_qualifier:
 * @self: an output
 * @qualifier: the qualifier
 *
 * Sets how the page views figure relates to the real count: exact, or a
 * lower bound.
 *
 * Since: 0.1
 */
void
coprod_output_set_page_views_qualifier (CoprodOutput          *self,
                                        CoprodFigureQualifier  qualifier)
{
  g_return_if_fail (COPROD_IS_OUTPUT (self));

  _coprod_field_set_enum (self, &fields[FIELD_PAGE_VIEWS_QUALIFIER], qualifier);
}

/**
 * coprod_output_get_people_reached_qualifier:
 * @self: an output
 *
 * Gets how the people reached figure relates to the real count.
 *
 * Returns: the qualifier
 *
 * Since: 0.1
 */
CoprodFigureQualifier
coprod_output_get_people_reached_qualifier (CoprodOutput *self)
{
  g_return_val_if_fail (COPROD_IS_OUTPUT (self), COPROD_FIGURE_QUALIFIER_EXACT);

  return self->people_reached_qualifier;
}

/**
 * coprod_output_set_people_reached_qualifier:
 * @self: an output
 * @qualifier: the qualifier
 *
 * Sets how the people reached figure relates to the real count: exact, or
 * a lower bound.
 *
 * Since: 0.1
 */
void
coprod_output_set_people_reached_qualifier (CoprodOutput          *self,
                                            CoprodFigureQualifier  qualifier)
{
  g_return_if_fail (COPROD_IS_OUTPUT (self));

  _coprod_field_set_enum (self, &fields[FIELD_PEOPLE_REACHED_QUALIFIER], qualifier);
}
