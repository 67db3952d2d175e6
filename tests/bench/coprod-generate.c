/* coprod-generate.c: large synthetic registries for the benchmarks
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 *   coprod-generate --seed N --size MB [--shape SHAPE] [--scale F] -o FILE
 *
 * Builds a registry through the public API, one "unit" at a time (a few
 * organisations, the people around them, a partnership and a board inside
 * it, projects with involvements across the six stages, meetings,
 * payments, outputs, a charter, pledges, a rate card, a policy and
 * reviews), and saves it with coprod_registry_save_to_file(), so that a
 * load and save of the file gives the same bytes. Everything comes from
 * one GRand seeded with --seed: the same seed and size give the same
 * bytes.
 *
 * The size is approximate: units are added until the saved text passes
 * it. The special shapes put one kind of bulk first (--scale multiplies
 * their counts) and then, when --size asks for more, add ordinary units:
 *
 *   realistic  (default) ordinary units only
 *   projects   100,000 small projects of one partnership
 *   people     200,000 people
 *   members    one partnership with 50,000 members
 *   attendees  one meeting with 10,000 attendees
 */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libcoprod/coprod.h>

#define MEGABYTE (1000 * 1000)

/* Word lists */

static const char * const given_names[] = {
  "Siân", "Aoife", "Seán", "Zoë", "Eilidh", "Ngozi", "Ayşe", "José",
  "François", "Björn", "Niamh", "Rhiannon", "Dafydd", "Gwenllïan", "Małgorzata",
  "Øyvind", "Chloé", "Ciarán", "Dvořák", "Rónán", "Saoirse", "Mairéad",
  "Robin", "Kerry", "Morgan", "Jordan", "Casey", "Alex", "Jamie", "Rowan",
  "Ellis", "Toni", "Hilary", "Sasha", "Kit", "Logan", "Priya", "Imran",
  "Oluwaseun", "Tomasz", "Agnieszka", "Mei", "Thanh", "Fatima", "Yusuf",
  "Bethan", "Iolo", "Catrìona", "Ruairidh", "Peadar",
};

static const char * const family_names[] = {
  "Ó Dálaigh", "Ní Bhriain", "Müller", "Ørsted", "Wiśniewska", "Nguyễn",
  "O'Connor", "MacLeòid", "Davies", "Jones", "Patel", "Okonkwo", "Ashcombe",
  "Vantrell", "Brannigan", "Teasdale", "Pellow", "Dunmore", "Ellery",
  "Corrie", "Strachan", "Kilgour", "Baird", "Lumsden", "Moodie", "Osgood",
  "Castleford", "Northam", "Quinton", "Halloway", "Fenwick", "Larkspur",
  "Pemberton", "Ferrand", "Armitage", "Reeve", "Kowalczyk", "Şahin",
  "Rodríguez", "Fernández", "Åkesson", "Łukasiewicz", "ap Gruffydd",
  "Mac an tSaoir", "Ó Súilleabháin", "Chowdhury", "Begum", "Adébáyọ̀",
};

static const char * const areas[] = {
  "Stoke-on-Trent", "Fife", "Worcestershire", "Sussex", "Ynys Môn",
  "Na h-Eileanan Siar", "Bro Morgannwg", "Tower Hamlets", "Gwynedd",
  "Derry and Strabane", "Cumbria", "Norfolk", "Bradford", "Dùn Dè",
  "Kernow", "Leeds", "Belfast", "Glasgow", "Merthyr Tudful", "Newham",
};

static const struct
{
  const char   *name;
  CoprodSector  sector;
} org_kinds[] = {
  { "Carers' Centre", COPROD_SECTOR_CHARITY },
  { "Health Board", COPROD_SECTOR_NHS },
  { "County Council", COPROD_SECTOR_LOCAL_AUTHORITY },
  { "Recovery Network", COPROD_SECTOR_COMMUNITY_INTEREST_COMPANY },
  { "Voluntary Action", COPROD_SECTOR_VOLUNTARY },
  { "Mental Health Forum", COPROD_SECTOR_VOLUNTARY },
  { "Peer Support Collective", COPROD_SECTOR_SOCIAL_ENTERPRISE },
  { "University", COPROD_SECTOR_ACADEMIC },
  { "NHS Foundation Trust", COPROD_SECTOR_NHS },
  { "Parent Carer Forum", COPROD_SECTOR_CHARITY },
  { "Housing Association", COPROD_SECTOR_OTHER },
  { "Home Care Ltd", COPROD_SECTOR_PRIVATE },
};

static const char * const member_roles[] = {
  "member", "co-chair", "board member", "peer supporter", "volunteer",
  "expert by experience", "family member", "staff", "commissioner",
  "director", "facilitator", "treasurer",
};

static const char * const topics[] = {
  "carers' assessments", "discharge from hospital", "day services",
  "crisis support", "short breaks", "personal budgets", "housing support",
  "recovery colleges", "transitions to adult services", "dementia care",
  "learning disability health checks", "homelessness", "peer support",
  "direct payments", "social prescribing", "mental health in schools",
  "young carers", "care at home", "eating disorders", "advocacy",
};

static const char * const project_verbs[] = {
  "Rewriting the leaflet on", "Redesigning", "Evaluating", "Training staff in",
  "An information hub on", "A campaign about", "Commissioning",
  "A toolkit for", "Reviewing the pathway for", "Setting up",
};

static const char * const skills[] = {
  "facilitation", "peer mentoring", "chairing meetings", "public speaking",
  "interviewing", "easy read writing", "data analysis", "recruitment panels",
  "training design", "budgeting", "social media", "British Sign Language",
  "Cymraeg", "Gàidhlig", "safeguarding", "project management",
};

static const char * const principles[] = {
  "We use clear language that people understand",
  "We recognise the impact of trauma and create safe spaces",
  "We share power and decisions",
  "People are paid and supported for their time",
  "Nothing about us without us",
  "We feed back what changed because of what people said",
  "We meet where people are, at times that work for them",
  "We value lived experience as expertise",
};

/* practices of the built-in framework "flse", which the reviews follow */
static const char * const practice_ids[] = {
  "reciprocity-impact-shared", "accessibility-plain-language",
  "ongoing-learning-reflection", "collaboration-equal-relationships",
  "equity-choice-of-involvement", "equity-support-and-resources",
};

static const char * const rate_activities[] = {
  "board meeting", "reading papers", "workshop", "interview panel",
  "training delivery", "focus group",
};

static const char * const venues[] = {
  "Canolfan y Celfyddydau, Aberystwyth", "Town Hall, Committee Room 2",
  "the Recovery Café", "Zoom", "Microsoft Teams", "St Mary's Church Hall",
  "Ionad Pobail, Árainn Mhór", "the library, upstairs room",
};

/* Free text that needs escaping when written as JSON: quotes, backslashes,
 * newlines and tabs, and text beyond ASCII. */
static const char * const note_parts[] = {
  "said \"nothing about us without us\" and meant it",
  "claim form saved at C:\\Shared\\Participation\\claims.xlsx",
  "needs papers a week ahead\nprefers phone calls",
  "hours:\t2 on the day,\t1 reading",
  "travelled from Ynys Môn; taxi booked — receipt to follow",
  "asked for a quiet room \\ breakout space",
  "«the first time anyone asked me»",
  "feedback: \"clearer letters\", \"fewer acronyms\"\n\tagreed by the group",
  "café receipt £4.50, bus £3.20",
  "wants to co-chair next time 🙂",
  "line one\nline two\nline three",
  "path /home/share/notes \\ tab\there",
};

#define PICK(array) ((array)[g_rand_int_range (rand, 0, G_N_ELEMENTS (array))])

typedef enum
{
  SHAPE_REALISTIC,
  SHAPE_PROJECTS,
  SHAPE_PEOPLE,
  SHAPE_MEMBERS,
  SHAPE_ATTENDEES,
} Shape;

static const char * const shape_names[] = {
  "realistic", "projects", "people", "members", "attendees",
};

typedef struct
{
  GRand          *rand;
  CoprodRegistry *registry;
  guint           n_units;
  guint           n_charters;   /* charters made so far, ids chr-0 ... */
  guint           n_payments;
  /* people who withdrew, and when: the withdrawals are recorded once
   * every record is in, as the registry refuses a new involvement or
   * payment dated after a withdrawal (the files hold some, for the
   * after-withdrawal rules to be measured) */
  GPtrArray      *withdrawals;
} Generator;

static void
record_withdrawals (Generator *gen)
{
  guint i;

  for (i = 0; gen->withdrawals != NULL && i < gen->withdrawals->len; i++)
    {
      CoprodPerson *person = g_ptr_array_index (gen->withdrawals, i);

      coprod_person_set_withdrawn_date (person, g_object_get_data (G_OBJECT (person), "withdrawn"));
    }
  if (gen->withdrawals != NULL)
    g_ptr_array_set_size (gen->withdrawals, 0);
}

static void
add_record (Generator *gen,
            gpointer   record)
{
  g_autoptr(GError) error = NULL;

  if (!coprod_registry_add (gen->registry, COPROD_RECORD (record), &error))
    g_error ("adding %s: %s", coprod_record_get_id (COPROD_RECORD (record)), error->message);
}

/* Dates: a day from 2015 to 2025, as YYYY-MM-DD, sometimes less precise */

static char *
random_date (GRand *rand,
             int    first_year,
             int    last_year)
{
  int year = g_rand_int_range (rand, first_year, last_year + 1);
  int month = g_rand_int_range (rand, 1, 13);
  int day = g_rand_int_range (rand, 1, 29);

  return g_strdup_printf ("%04d-%02d-%02d", year, month, day);
}

static char *
date_after (GRand      *rand,
            const char *date,
            int         max_days)
{
  g_autoptr(GDate) d = g_date_new ();
  int y, m, dd;

  if (sscanf (date, "%d-%d-%d", &y, &m, &dd) != 3)
    g_error ("not a day: %s", date);
  g_date_set_dmy (d, dd, m, y);
  g_date_add_days (d, g_rand_int_range (rand, 0, max_days + 1));

  return g_strdup_printf ("%04d-%02d-%02d",
                          g_date_get_year (d), g_date_get_month (d), g_date_get_day (d));
}

static char *
date_before (GRand      *rand,
             const char *date,
             int         max_days)
{
  g_autoptr(GDate) d = g_date_new ();
  int y, m, dd;

  if (sscanf (date, "%d-%d-%d", &y, &m, &dd) != 3)
    g_error ("not a day: %s", date);
  g_date_set_dmy (d, dd, m, y);
  g_date_subtract_days (d, g_rand_int_range (rand, 0, max_days + 1));

  return g_strdup_printf ("%04d-%02d-%02d",
                          g_date_get_year (d), g_date_get_month (d), g_date_get_day (d));
}

static char *
random_note (GRand *rand)
{
  GString *s = g_string_new (PICK (note_parts));

  if (g_rand_boolean (rand))
    {
      g_string_append (s, "; ");
      g_string_append (s, PICK (note_parts));
    }

  return g_string_free (s, FALSE);
}

static char *
random_name (GRand *rand)
{
  return g_strdup_printf ("%s %s", PICK (given_names), PICK (family_names));
}

static guint
random_flags (GRand *rand,
              guint  n_bits,
              double probability)
{
  guint flags = 0;
  guint i;

  for (i = 0; i < n_bits; i++)
    if (g_rand_double (rand) < probability)
      flags |= 1u << i;

  return flags;
}

/* Records */

static char *
person_id (guint unit,
           guint i)
{
  return g_strdup_printf ("p-%u-%u", unit, i);
}

static CoprodRole
random_roles (GRand *rand)
{
  double r = g_rand_double (rand);
  CoprodRole roles;

  if (r < 0.45)
    {
      roles = COPROD_ROLE_LIVED_EXPERIENCE;
      if (g_rand_double (rand) < 0.3)
        roles |= COPROD_ROLE_VOLUNTEER;
      if (g_rand_double (rand) < 0.15)
        roles |= COPROD_ROLE_PEER_SUPPORTER;
      if (g_rand_double (rand) < 0.1)
        roles |= COPROD_ROLE_STAFF;
    }
  else if (r < 0.6)
    roles = g_rand_boolean (rand) ? COPROD_ROLE_CARER
                                  : COPROD_ROLE_FAMILY_MEMBER | COPROD_ROLE_CARER;
  else if (r < 0.85)
    roles = COPROD_ROLE_PROFESSIONAL | (g_rand_boolean (rand) ? COPROD_ROLE_STAFF : 0);
  else if (r < 0.95)
    roles = COPROD_ROLE_LEADER;
  else
    roles = COPROD_ROLE_COMMISSIONER | COPROD_ROLE_STAFF;

  return roles;
}

static void
make_person (Generator   *gen,
             const char  *id,
             const char **org_ids,
             guint        n_orgs,
             gboolean     small)
{
  GRand *rand = gen->rand;
  g_autofree char *name = random_name (rand);
  g_autoptr(CoprodPerson) person = coprod_person_new (id, name);
  CoprodRole roles = random_roles (rand);

  coprod_person_set_roles (person, roles);

  if (n_orgs > 0 && (!(roles & (COPROD_ROLE_LIVED_EXPERIENCE | COPROD_ROLE_CARER)) ||
                     g_rand_double (rand) < 0.4))
    {
      const char *orgs[3] = { NULL, NULL, NULL };
      guint first = g_rand_int_range (rand, 0, n_orgs);

      orgs[0] = org_ids[first];
      if (n_orgs > 1 && g_rand_double (rand) < 0.2)
        orgs[1] = org_ids[(first + 1) % n_orgs];
      coprod_person_set_organisation_ids (person, orgs);
    }

  if (small)
    {
      g_autofree char *retain = random_date (rand, 2026, 2032);

      coprod_person_set_retain_until (person, retain);
      add_record (gen, person);
      return;
    }

  if (g_rand_double (rand) < 0.1)
    {
      g_autofree char *pseudonym = g_strdup_printf ("%s from %s", PICK (given_names), PICK (areas));

      coprod_person_set_pseudonym (person, pseudonym);
    }

  if (roles & (COPROD_ROLE_LIVED_EXPERIENCE | COPROD_ROLE_CARER | COPROD_ROLE_FAMILY_MEMBER))
    {
      g_autofree char *consent = random_date (rand, 2015, 2024);
      g_autofree char *retain = NULL;

      coprod_person_set_access_needs (person, random_flags (rand, 10, 0.12));
      if (g_rand_double (rand) < 0.2)
        {
          g_autofree char *note = random_note (rand);

          coprod_person_set_access_note (person, note);
        }
      coprod_person_set_consent_audience (person, g_rand_int_range (rand, 0, 3));
      coprod_person_set_consent_date (person, consent);
      /* a few passed their retention date: a warning, not an error */
      retain = g_rand_double (rand) < 0.03 ? random_date (rand, 2020, 2024)
                                           : random_date (rand, 2026, 2032);
      coprod_person_set_retain_until (person, retain);
      if (g_rand_double (rand) < 0.03)
        {
          char *withdrawn = date_after (rand, consent, 900);

          if (gen->withdrawals == NULL)
            gen->withdrawals = g_ptr_array_new_with_free_func (g_object_unref);
          g_object_set_data_full (G_OBJECT (person), "withdrawn", withdrawn, g_free);
          g_ptr_array_add (gen->withdrawals, g_object_ref (person));
        }
    }

  if (g_rand_double (rand) < 0.5)
    {
      const char *brought[3] = { PICK (skills), NULL, NULL };
      const char *developed[2] = { PICK (skills), NULL };

      if (g_rand_boolean (rand))
        brought[1] = PICK (skills);
      coprod_person_set_skills_brought (person, brought);
      if (g_rand_boolean (rand))
        coprod_person_set_skills_developed (person, developed);
    }

  if (g_rand_double (rand) < 0.6)
    {
      g_autofree char *email = g_strdup_printf ("%s@example.org", id);

      coprod_person_set_email (person, email);
    }
  if (g_rand_double (rand) < 0.3)
    {
      g_autofree char *phone = g_strdup_printf ("07700 9%05u", g_rand_int_range (rand, 0, 100000));

      coprod_person_set_phone (person, phone);
    }

  add_record (gen, person);
}

/* Each project has a culture: the best way anyone is let take part */
static CoprodMode
random_ceiling (GRand *rand)
{
  static const CoprodMode ceilings[] = {
    COPROD_MODE_INFORMED, COPROD_MODE_CONSULTED, COPROD_MODE_CONSULTED,
    COPROD_MODE_ENGAGED, COPROD_MODE_ENGAGED, COPROD_MODE_PARTNER,
    COPROD_MODE_PARTNER, COPROD_MODE_PARTNER,
  };

  return PICK (ceilings);
}

static CoprodMode
random_mode (GRand      *rand,
             CoprodMode  ceiling)
{
  static const CoprodMode modes[] = {
    COPROD_MODE_PASSIVE, COPROD_MODE_EDUCATED, COPROD_MODE_INFORMED,
    COPROD_MODE_CONSULTED, COPROD_MODE_CONSULTED, COPROD_MODE_ENGAGED,
    COPROD_MODE_ENGAGED, COPROD_MODE_PARTNER, COPROD_MODE_PARTNER,
    COPROD_MODE_PARTNER,
  };

  return MIN (PICK (modes), ceiling);
}

static CoprodStage
random_stage_in (GRand       *rand,
                 CoprodStage  scope)
{
  for (;;)
    {
      CoprodStage stage = 1u << g_rand_int_range (rand, 0, 6);

      if (stage & scope)
        return stage;
    }
}

static CoprodInvolvement *
make_involvement (GRand       *rand,
                  const char  *pid,
                  CoprodStage  scope,
                  CoprodMode   ceiling,
                  const char  *start,
                  gboolean     small)
{
  CoprodInvolvement *inv = coprod_involvement_new (pid, random_stage_in (rand, scope),
                                                   random_mode (rand, ceiling));
  g_autofree char *date = date_after (rand, start, 700);

  coprod_involvement_set_date (inv, date);
  coprod_involvement_set_hours (inv, g_rand_int_range (rand, 1, 17) / 2.0);
  if (!small && g_rand_double (rand) < 0.15)
    {
      g_autofree char *note = random_note (rand);

      coprod_involvement_set_note (inv, note);
    }

  return inv;
}

static CoprodStage
random_scope (GRand *rand)
{
  double r = g_rand_double (rand);

  if (r < 0.75)
    return COPROD_STAGE_ALL;
  if (r < 0.9)
    return COPROD_STAGE_ALL & ~(COPROD_STAGE_PLANNING | COPROD_STAGE_DECIDING);

  return COPROD_STAGE_DESIGNING | COPROD_STAGE_DOING | COPROD_STAGE_EVALUATING;
}

/* One ordinary unit: the records of a small local co-production programme */

#define UNIT_ORGS 3
#define UNIT_PEOPLE 36
#define UNIT_PROJECTS 6
#define UNIT_MEETINGS 8
#define UNIT_PAYMENTS 30
#define UNIT_OUTPUTS 3
#define UNIT_PLEDGES 3
#define UNIT_REVIEWS 2

static void
add_unit (Generator *gen)
{
  GRand *rand = gen->rand;
  guint u = gen->n_units++;
  const char *area = PICK (areas);
  g_autoptr(GPtrArray) strings = g_ptr_array_new_with_free_func (g_free);
  const char *org_ids[UNIT_ORGS];
  const char *people[UNIT_PEOPLE + 4];
  const char *board_people[UNIT_PEOPLE + 4];
  guint n_people = 0, n_board = 0;
  g_autofree char *prt_id = g_strdup_printf ("prt-%u", u);
  g_autofree char *board_id = g_strdup_printf ("prt-%u-board", u);
  g_autofree char *prt_start = random_date (rand, 2015, 2021);
  g_autofree char *rc_id = g_strdup_printf ("rc-%u", u);
  g_autofree char *charter_id = NULL;
  char *project_ids[UNIT_PROJECTS];
  char *meeting_ids[UNIT_MEETINGS];
  guint i, j;

  /* organisations */
  for (i = 0; i < UNIT_ORGS; i++)
    {
      char *id = g_strdup_printf ("org-%u-%u", u, i);
      guint kind = g_rand_int_range (rand, 0, G_N_ELEMENTS (org_kinds));
      g_autofree char *name = g_strdup_printf ("%s %s", area, org_kinds[kind].name);
      g_autoptr(CoprodOrganisation) org = coprod_organisation_new (id, name);

      g_ptr_array_add (strings, id);
      org_ids[i] = id;
      coprod_organisation_set_sector (org, org_kinds[kind].sector);
      coprod_organisation_set_area (org, area);
      if (g_rand_boolean (rand))
        {
          g_autofree char *url = g_strdup_printf ("https://example.org/%s", id);

          coprod_organisation_set_url (org, url);
        }
      add_record (gen, org);
    }

  /* people */
  for (i = 0; i < UNIT_PEOPLE; i++)
    {
      char *id = person_id (u, i);

      g_ptr_array_add (strings, id);
      make_person (gen, id, org_ids, UNIT_ORGS, FALSE);
      people[n_people++] = id;
    }
  /* a few people of an earlier unit take part here too */
  if (u > 0)
    for (i = 0; i < 4; i++)
      {
        char *id = person_id (g_rand_int_range (rand, 0, u), g_rand_int_range (rand, 0, UNIT_PEOPLE));

        g_ptr_array_add (strings, id);
        for (j = 0; j < n_people; j++)
          if (strcmp (people[j], id) == 0)
            break;
        if (j == n_people)
          people[n_people++] = id;
      }

  /* the partnership, and a board inside it */
  {
    g_autofree char *name = g_strdup_printf ("%s co-production partnership", area);
    g_autofree char *purpose = g_strdup_printf ("Working together on %s and %s in %s",
                                                PICK (topics), PICK (topics), area);
    g_autoptr(CoprodPartnership) prt = coprod_partnership_new (prt_id, name);
    g_autoptr(CoprodPartnership) board = NULL;
    g_autofree char *board_name = g_strdup_printf ("%s lived experience board", area);
    g_autofree char *board_start = date_after (rand, prt_start, 365);

    coprod_partnership_set_kind (prt, g_rand_boolean (rand) ? COPROD_GROUP_KIND_PARTNERSHIP
                                                            : COPROD_GROUP_KIND_FORUM);
    coprod_partnership_set_purpose (prt, purpose);
    coprod_partnership_set_start_date (prt, prt_start);

    for (i = 0; i < UNIT_ORGS; i++)
      {
        g_autoptr(CoprodMembership) m = coprod_membership_new (org_ids[i], i == 0 ? "lead" : "partner");

        coprod_membership_set_lead (m, i == 0);
        coprod_membership_set_start_date (m, prt_start);
        coprod_partnership_add_membership (prt, m);
      }
    for (i = 0; i < n_people; i++)
      {
        g_autoptr(CoprodMembership) m = coprod_membership_new (people[i], PICK (member_roles));
        g_autofree char *start = date_after (rand, prt_start, 400);

        if (i < UNIT_PEOPLE && g_rand_double (rand) < 0.3)
          coprod_membership_set_on_behalf_of_id (m, org_ids[g_rand_int_range (rand, 0, UNIT_ORGS)]);
        coprod_membership_set_paid (m, g_rand_double (rand) < 0.3);
        coprod_membership_set_start_date (m, start);
        if (g_rand_double (rand) < 0.1)
          {
            g_autofree char *end = date_after (rand, start, 1500);

            coprod_membership_set_end_date (m, end);
          }
        coprod_partnership_add_membership (prt, m);
        if (g_rand_double (rand) < 0.3)
          board_people[n_board++] = people[i];
      }
    add_record (gen, prt);

    board = coprod_partnership_new (board_id, board_name);
    coprod_partnership_set_kind (board, COPROD_GROUP_KIND_BOARD);
    coprod_partnership_set_parent_id (board, prt_id);
    coprod_partnership_set_start_date (board, board_start);
    for (i = 0; i < n_board; i++)
      {
        g_autoptr(CoprodMembership) m = coprod_membership_new (board_people[i],
                                                               i == 0 ? "co-chair" : "board member");

        coprod_membership_set_lead (m, i == 0);
        coprod_membership_set_paid (m, TRUE);
        coprod_membership_set_start_date (m, board_start);
        coprod_partnership_add_membership (board, m);
      }
    add_record (gen, board);
  }

  /* projects */
  for (i = 0; i < UNIT_PROJECTS; i++)
    {
      gboolean on_board = n_board > 0 && g_rand_double (rand) < 0.25;
      const char * const *who = on_board ? board_people : people;
      guint n_who = on_board ? n_board : n_people;
      g_autofree char *title = g_strdup_printf ("%s %s", PICK (project_verbs), PICK (topics));
      g_autoptr(CoprodProject) prj = NULL;
      CoprodStage scope = random_scope (rand);
      CoprodMode ceiling = random_ceiling (rand);
      guint n_inv = g_rand_int_range (rand, 6, 40);

      project_ids[i] = g_strdup_printf ("prj-%u-%u", u, i);
      prj = coprod_project_new (project_ids[i], title);
      coprod_project_set_partnership_id (prj, on_board ? board_id : prt_id);
      coprod_project_set_stages (prj, scope);
      if (g_rand_double (rand) < 0.6)
        coprod_project_set_aimed_rung (prj, g_rand_int_range (rand, COPROD_RUNG_CONSULTATION,
                                                              COPROD_RUNG_CO_PRODUCTION + 1));
      if (g_rand_double (rand) < 0.3)
        {
          g_autofree char *deadline = date_after (rand, prt_start, 2000);

          coprod_project_set_deadline (prj, deadline);
          coprod_project_set_deadline_fixed (prj, g_rand_boolean (rand));
        }
      for (j = 0; j < n_inv; j++)
        {
          g_autoptr(CoprodInvolvement) inv =
            make_involvement (rand, who[g_rand_int_range (rand, 0, n_who)], scope, ceiling,
                              prt_start, FALSE);

          coprod_project_add_involvement (prj, inv);
        }
      for (j = g_rand_int_range (rand, 0, 3); j > 0; j--)
        {
          g_autofree char *date = date_after (rand, prt_start, 2000);
          g_autofree char *summary = g_strdup_printf ("What changed: %s", PICK (note_parts));
          g_autoptr(CoprodFeedbackEvent) event = coprod_feedback_event_new (date, summary);
          const char *reached[4] = { who[g_rand_int_range (rand, 0, n_who)],
                                     who[g_rand_int_range (rand, 0, n_who)], NULL, NULL };

          coprod_feedback_event_set_method (event, g_rand_boolean (rand) ? "newsletter"
                                                                         : "feedback session");
          coprod_feedback_event_set_reached_ids (event, reached);
          coprod_project_add_feedback_event (prj, event);
        }
      add_record (gen, prj);
    }

  /* meetings */
  for (i = 0; i < UNIT_MEETINGS; i++)
    {
      g_autofree char *title = g_strdup_printf ("%s: %s", area, PICK (topics));
      g_autoptr(CoprodMeeting) mtg = NULL;
      g_autofree char *date = date_after (rand, prt_start, 2000);
      g_autofree const char **attendees = NULL;
      guint n_att = g_rand_int_range (rand, 5, 26);

      meeting_ids[i] = g_strdup_printf ("mtg-%u-%u", u, i);
      mtg = coprod_meeting_new (meeting_ids[i], title);
      coprod_meeting_set_kind (mtg, g_rand_int_range (rand, 0, 8));
      coprod_meeting_set_format (mtg, g_rand_int_range (rand, 0, 3));
      coprod_meeting_set_date (mtg, date);
      coprod_meeting_set_project_id (mtg, project_ids[g_rand_int_range (rand, 0, UNIT_PROJECTS)]);
      coprod_meeting_set_partnership_id (mtg, prt_id);
      coprod_meeting_set_venue (mtg, PICK (venues));
      coprod_meeting_set_access (mtg, random_flags (rand, 10, 0.35));
      coprod_meeting_set_support (mtg, random_flags (rand, 9, 0.35));
      if (g_rand_double (rand) < 0.7)
        {
          g_autofree char *agenda = date_before (rand, date, 14);

          coprod_meeting_set_agenda_shared_date (mtg, agenda);
        }
      coprod_meeting_set_plain_language (mtg, g_rand_boolean (rand));

      attendees = g_new0 (const char *, n_att + 1);
      for (j = 0; j < n_att; j++)
        attendees[j] = people[(i * 7 + j) % n_people];
      coprod_meeting_set_attendee_ids (mtg, attendees);
      add_record (gen, mtg);
    }

  /* the rate card and the policy paying by it */
  {
    g_autofree char *name = g_strdup_printf ("%s participation rates", area);
    g_autoptr(CoprodRateCard) rc = coprod_rate_card_new (rc_id, name);
    g_autofree char *pol_id = g_strdup_printf ("pol-%u", u);
    g_autoptr(CoprodPolicy) pol = coprod_policy_new (pol_id, "Participation policy");
    g_autofree char *from = random_date (rand, 2015, 2022);
    g_autofree char *url = g_strdup_printf ("https://example.org/%s", pol_id);

    coprod_rate_card_set_organisation_id (rc, org_ids[0]);
    coprod_rate_card_set_currency (rc, "GBP");
    coprod_rate_card_set_effective_from (rc, from);
    for (j = g_rand_int_range (rand, 2, 5); j > 0; j--)
      {
        g_autoptr(CoprodRateEntry) entry =
          coprod_rate_entry_new (PICK (rate_activities), g_rand_int_range (rand, 0, 4),
                                 g_rand_int_range (rand, 10, 120) * 100);

        coprod_rate_card_add_entry (rc, entry);
      }
    add_record (gen, rc);

    coprod_policy_set_organisation_id (pol, org_ids[0]);
    coprod_policy_set_rate_card_id (pol, rc_id);
    coprod_policy_set_payment_days (pol, g_rand_boolean (rand) ? 14 : 30);
    coprod_policy_set_covers (pol, random_flags (rand, 9, 0.6));
    coprod_policy_set_benefits_advice (pol, g_rand_boolean (rand));
    if (g_rand_boolean (rand))
      coprod_policy_set_url (pol, url);
    add_record (gen, pol);
  }

  /* payments */
  for (i = 0; i < UNIT_PAYMENTS; i++)
    {
      g_autofree char *id = g_strdup_printf ("pay-%u", gen->n_payments++);
      g_autoptr(CoprodPayment) pay =
        coprod_payment_new (id, people[g_rand_int_range (rand, 0, n_people)],
                            g_rand_int_range (rand, 0, 5), g_rand_int_range (rand, 2, 200) * 50);
      g_autofree char *offered = date_after (rand, prt_start, 2000);
      double r = g_rand_double (rand);

      coprod_payment_set_meeting_id (pay, meeting_ids[g_rand_int_range (rand, 0, UNIT_MEETINGS)]);
      if (g_rand_boolean (rand))
        coprod_payment_set_project_id (pay, project_ids[g_rand_int_range (rand, 0, UNIT_PROJECTS)]);
      coprod_payment_set_currency (pay, "GBP");
      coprod_payment_set_outcome (pay, r < 0.7 ? COPROD_OFFER_OUTCOME_ACCEPTED
                                       : g_rand_int_range (rand, 0, 5));
      coprod_payment_set_offered_date (pay, offered);
      if (g_rand_double (rand) < 0.8)
        {
          g_autofree char *claimed = date_after (rand, offered, 20);

          coprod_payment_set_claimed_date (pay, claimed);
          if (g_rand_double (rand) < 0.85)
            {
              g_autofree char *paid = date_after (rand, claimed, 45);

              coprod_payment_set_paid_date (pay, paid);
            }
        }
      if (g_rand_double (rand) < 0.2)
        {
          g_autofree char *note = random_note (rand);

          coprod_payment_set_note (pay, note);
        }
      add_record (gen, pay);
    }

  /* outputs */
  for (i = 0; i < UNIT_OUTPUTS; i++)
    {
      g_autofree char *id = g_strdup_printf ("out-%u-%u", u, i);
      g_autofree char *title = g_strdup_printf ("%s: what we learnt together", PICK (topics));
      g_autoptr(CoprodOutput) out = coprod_output_new (id, g_rand_int_range (rand, 0, 10), title);
      g_autofree char *published = date_after (rand, prt_start, 2500);
      const char *authors[4] = { people[g_rand_int_range (rand, 0, n_people)],
                                 org_ids[g_rand_int_range (rand, 0, UNIT_ORGS)], NULL, NULL };

      coprod_output_set_project_id (out, project_ids[i % UNIT_PROJECTS]);
      coprod_output_set_published_date (out, published);
      coprod_output_set_co_author_ids (out, authors);
      if (g_rand_boolean (rand))
        {
          g_autofree char *url = g_strdup_printf ("https://example.org/%s", id);
          g_autofree char *to = date_after (rand, published, 365);

          coprod_output_set_url (out, url);
          coprod_output_set_page_views (out, g_rand_int_range (rand, 0, 50000));
          coprod_output_set_people_reached (out, g_rand_int_range (rand, 0, 5000));
          coprod_output_set_reach_from (out, published);
          coprod_output_set_reach_to (out, to);
        }
      add_record (gen, out);
    }

  /* a charter, every other unit */
  if (u % 2 == 0)
    {
      g_autoptr(CoprodCharter) chr = NULL;
      g_autofree char *title = g_strdup_printf ("%s co-production charter", area);
      g_autofree char *published = date_after (rand, prt_start, 700);
      const char *list[5] = { NULL, NULL, NULL, NULL, NULL };

      charter_id = g_strdup_printf ("chr-%u", gen->n_charters++);
      chr = coprod_charter_new (charter_id, title);
      coprod_charter_set_author_id (chr, prt_id);
      coprod_charter_set_version (chr, g_rand_boolean (rand) ? "1.0" : "second edition");
      coprod_charter_set_published_date (chr, published);
      for (j = 0; j < 4; j++)
        list[j] = PICK (principles);
      coprod_charter_set_principles (chr, list);
      coprod_charter_set_trauma_informed (chr, g_rand_boolean (rand));
      add_record (gen, chr);
    }
  else
    charter_id = g_strdup_printf ("chr-%u", g_rand_int_range (rand, 0, gen->n_charters));

  /* pledges with commitments */
  for (i = 0; i < UNIT_PLEDGES; i++)
    {
      g_autofree char *id = g_strdup_printf ("plg-%u-%u", u, i);
      g_autoptr(CoprodPledge) plg = coprod_pledge_new (id, people[g_rand_int_range (rand, 0, UNIT_PEOPLE)]);
      g_autofree char *signed_date = date_after (rand, prt_start, 1000);
      g_autofree char *review = date_after (rand, signed_date, 730);
      g_autofree char *statement = g_strdup_printf ("We commit to co-production in %s, "
                                                    "as the charter sets out", PICK (topics));

      if (g_rand_double (rand) < 0.7)
        coprod_pledge_set_on_behalf_of_id (plg, org_ids[g_rand_int_range (rand, 0, UNIT_ORGS)]);
      coprod_pledge_set_signed_date (plg, signed_date);
      coprod_pledge_set_charter_id (plg, charter_id);
      coprod_pledge_set_statement (plg, statement);
      coprod_pledge_set_status (plg, g_rand_double (rand) < 0.7 ? COPROD_PLEDGE_STATUS_ACTIVE
                                                                : g_rand_int_range (rand, 0, 4));
      coprod_pledge_set_review_date (plg, review);
      for (j = g_rand_int_range (rand, 1, 5); j > 0; j--)
        {
          g_autofree char *text = g_strdup_printf ("Involve people with lived experience in %s",
                                                   PICK (topics));
          g_autoptr(CoprodCommitment) c = coprod_commitment_new (text);
          g_autofree char *due = date_after (rand, signed_date, 500);
          CoprodCommitmentStatus status = g_rand_int_range (rand, 0, 4);

          coprod_commitment_set_due_date (c, due);
          coprod_commitment_set_status (c, status);
          coprod_commitment_set_progress (c, status == COPROD_COMMITMENT_STATUS_DONE ? 100
                                             : status == COPROD_COMMITMENT_STATUS_NOT_STARTED ? 0
                                             : (guint) g_rand_int_range (rand, 5, 96));
          if (g_rand_boolean (rand))
            coprod_commitment_set_evidence (c, PICK (note_parts));
          coprod_pledge_add_commitment (plg, c);
        }
      add_record (gen, plg);
    }

  /* reviews with ratings */
  for (i = 0; i < UNIT_REVIEWS; i++)
    {
      g_autofree char *id = g_strdup_printf ("rev-%u-%u", u, i);
      const char *subject = i == 0 ? project_ids[g_rand_int_range (rand, 0, UNIT_PROJECTS)] : prt_id;
      g_autoptr(CoprodReview) rev = coprod_review_new (id, "flse", subject);
      g_autofree char *date = date_after (rand, prt_start, 2000);
      const char *reviewers[4] = { people[g_rand_int_range (rand, 0, UNIT_PEOPLE)],
                                   people[g_rand_int_range (rand, 0, UNIT_PEOPLE)],
                                   people[g_rand_int_range (rand, 0, UNIT_PEOPLE)], NULL };

      if (g_strcmp0 (reviewers[0], reviewers[1]) == 0)
        reviewers[1] = NULL;
      coprod_review_set_date (rev, date);
      coprod_review_set_reviewer_ids (rev, reviewers);
      for (j = 0; j < G_N_ELEMENTS (practice_ids); j++)
        {
          g_autoptr(CoprodRating) rating = NULL;

          if (g_rand_double (rand) < 0.3)
            continue;
          rating = coprod_rating_new (practice_ids[j], g_rand_int_range (rand, 1, 6));
          if (g_rand_boolean (rand))
            coprod_rating_set_evidence (rating, PICK (note_parts));
          coprod_review_add_rating (rev, rating);
        }
      add_record (gen, rev);
    }

  for (i = 0; i < UNIT_PROJECTS; i++)
    g_free (project_ids[i]);
  for (i = 0; i < UNIT_MEETINGS; i++)
    g_free (meeting_ids[i]);
}

/* The special shapes */

static void
add_people (Generator *gen,
            const char *prefix,
            guint       n,
            const char *org_id)
{
  guint i;

  for (i = 0; i < n; i++)
    {
      g_autofree char *id = g_strdup_printf ("%s-%u", prefix, i);

      make_person (gen, id, &org_id, 1, TRUE);
    }
}

static void
add_shape (Generator *gen,
           Shape      shape,
           double     scale)
{
  GRand *rand = gen->rand;
  g_autoptr(CoprodOrganisation) org = coprod_organisation_new ("org-shape", "Siân Ó Dálaigh's Carers' Centre");
  guint n;
  guint i, j;

  if (shape == SHAPE_REALISTIC)
    return;

  coprod_organisation_set_sector (org, COPROD_SECTOR_CHARITY);
  add_record (gen, org);

  switch (shape)
    {
    case SHAPE_PEOPLE:
      add_people (gen, "p-shape", MAX (1, (guint) (200000 * scale)), "org-shape");
      break;

    case SHAPE_MEMBERS:
    case SHAPE_PROJECTS:
      {
        guint n_people;
        g_autoptr(CoprodPartnership) prt = coprod_partnership_new ("prt-shape", "A very large forum");

        n = MAX (1, (guint) ((shape == SHAPE_MEMBERS ? 50000 : 100000) * scale));
        n_people = shape == SHAPE_MEMBERS ? n : MAX (50, n / 100);
        add_people (gen, "p-shape", n_people, "org-shape");

        coprod_partnership_set_kind (prt, COPROD_GROUP_KIND_FORUM);
        coprod_partnership_set_start_date (prt, "2018-01-01");
        for (i = 0; i < n_people; i++)
          {
            g_autofree char *pid = g_strdup_printf ("p-shape-%u", i);
            g_autoptr(CoprodMembership) m = coprod_membership_new (pid, PICK (member_roles));

            coprod_membership_set_start_date (m, "2018-01-01");
            coprod_partnership_add_membership (prt, m);
          }
        add_record (gen, prt);

        if (shape == SHAPE_PROJECTS)
          for (i = 0; i < n; i++)
            {
              g_autofree char *id = g_strdup_printf ("prj-shape-%u", i);
              g_autofree char *title = g_strdup_printf ("%s %s", PICK (project_verbs), PICK (topics));
              g_autoptr(CoprodProject) prj = coprod_project_new (id, title);
              CoprodStage scope = random_scope (rand);
              CoprodMode ceiling = random_ceiling (rand);

              coprod_project_set_partnership_id (prj, "prt-shape");
              coprod_project_set_stages (prj, scope);
              for (j = g_rand_int_range (rand, 1, 4); j > 0; j--)
                {
                  g_autofree char *pid = g_strdup_printf ("p-shape-%u",
                                                          g_rand_int_range (rand, 0, n_people));
                  g_autoptr(CoprodInvolvement) inv =
                    make_involvement (rand, pid, scope, ceiling, "2018-01-01", TRUE);

                  coprod_project_add_involvement (prj, inv);
                }
              add_record (gen, prj);
            }
      }
      break;

    case SHAPE_ATTENDEES:
      {
        g_autoptr(CoprodMeeting) mtg = coprod_meeting_new ("mtg-shape", "Annual conference");
        g_autofree const char **attendees = NULL;
        g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);

        n = MAX (1, (guint) (10000 * scale));
        add_people (gen, "p-shape", n, "org-shape");
        for (i = 0; i < n; i++)
          g_ptr_array_add (ids, g_strdup_printf ("p-shape-%u", i));
        attendees = g_new0 (const char *, n + 1);
        for (i = 0; i < n; i++)
          attendees[i] = g_ptr_array_index (ids, i);

        coprod_meeting_set_kind (mtg, COPROD_MEETING_KIND_CONFERENCE);
        coprod_meeting_set_format (mtg, COPROD_MEETING_FORMAT_HYBRID);
        coprod_meeting_set_date (mtg, "2024-10-10");
        coprod_meeting_set_venue (mtg, "Canolfan y Mileniwm, Caerdydd");
        coprod_meeting_set_support (mtg, COPROD_SUPPORT_REFRESHMENTS | COPROD_SUPPORT_TRAVEL_TICKETS);
        coprod_meeting_set_attendee_ids (mtg, attendees);
        add_record (gen, mtg);
      }
      break;

    case SHAPE_REALISTIC:
    default:
      g_assert_not_reached ();
    }

  record_withdrawals (gen);
}

/* Adds units until the saved text passes @target bytes. The text is
 * measured rarely: the size of a unit is estimated from the last
 * measurement, and enough units are added to pass the target. */
static gsize
grow_to (Generator *gen,
         gsize      target)
{
  guint base_units = gen->n_units;
  gsize base_length;
  gsize length;
  g_autofree char *data = coprod_registry_to_data (gen->registry, &length);

  base_length = length;
  g_clear_pointer (&data, g_free);

  if (length >= target)
    return length;

  /* calibrate on a first handful of units */
  while (gen->n_units < base_units + 8)
    add_unit (gen);

  for (;;)
    {
      double per_unit;
      guint more;

      data = coprod_registry_to_data (gen->registry, &length);
      g_clear_pointer (&data, g_free);
      if (length >= target)
        return length;

      per_unit = (double) (length - base_length) / (gen->n_units - base_units);
      more = (guint) ((target - length) / per_unit) + 1;
      while (more-- > 0)
        add_unit (gen);
    }
}

static gboolean
parse_shape (const char  *name,
             Shape       *shape)
{
  guint i;

  for (i = 0; i < G_N_ELEMENTS (shape_names); i++)
    if (g_strcmp0 (name, shape_names[i]) == 0)
      {
        *shape = i;
        return TRUE;
      }

  return FALSE;
}

int
main (int   argc,
      char *argv[])
{
  gint64 seed = 1;
  double size_mb = -1;
  double scale = 1.0;
  g_autofree char *shape_name = NULL;
  g_autofree char *output = NULL;
  gboolean quiet = FALSE;
  GOptionEntry entries[] = {
    { "seed", 0, 0, G_OPTION_ARG_INT64, &seed, "Seed of the random numbers (default 1)", "N" },
    { "size", 0, 0, G_OPTION_ARG_DOUBLE, &size_mb,
      "Approximate size of the document in megabytes (10^6 bytes); required for the "
      "realistic shape, extra ordinary records for the others", "MB" },
    { "shape", 0, 0, G_OPTION_ARG_STRING, &shape_name,
      "realistic (default), projects, people, members or attendees", "SHAPE" },
    { "scale", 0, 0, G_OPTION_ARG_DOUBLE, &scale,
      "Multiplies the counts of the special shapes (default 1)", "F" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, "Where to save the registry", "FILE" },
    { "quiet", 'q', 0, G_OPTION_ARG_NONE, &quiet, "Print nothing on success", NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("- make a synthetic libcoprod registry");
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  Generator gen = { 0 };
  Shape shape = SHAPE_REALISTIC;
  gsize length;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("coprod-generate: %s\n", error->message);
      return 2;
    }
  if (shape_name != NULL && !parse_shape (shape_name, &shape))
    {
      g_printerr ("coprod-generate: unknown shape %s (realistic, projects, people, members, attendees)\n",
                  shape_name);
      return 2;
    }
  if (output == NULL || (shape == SHAPE_REALISTIC && size_mb <= 0) ||
      size_mb > 250 || scale <= 0 || scale > 10)
    {
      g_printerr ("coprod-generate: give -o FILE, and --size MB (above 0, at most 250) "
                  "for the realistic shape; --scale is above 0 and at most 10\n");
      return 2;
    }

  gen.rand = g_rand_new_with_seed ((guint32) seed);
  gen.registry = coprod_registry_new ();

  add_shape (&gen, shape, scale);
  length = grow_to (&gen, size_mb > 0 ? (gsize) (size_mb * MEGABYTE) : 0);
  record_withdrawals (&gen);

  file = g_file_new_for_commandline_arg (output);
  if (!coprod_registry_save_to_file (gen.registry, file, NULL, &error))
    {
      g_printerr ("coprod-generate: %s\n", error->message);
      return 1;
    }

  if (!quiet)
    g_print ("%s: %s shape, seed %" G_GINT64_FORMAT ", %u units, %u records, %" G_GSIZE_FORMAT " bytes\n",
             output, shape_names[shape], seed, gen.n_units,
             coprod_registry_get_n_records (gen.registry), length);

  g_object_unref (gen.registry);
  g_rand_free (gen.rand);
  g_clear_pointer (&gen.withdrawals, g_ptr_array_unref);

  return 0;
}
