/* coprod-enums.h: the enumerations and flags of the co-production model
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Every type here is registered (see coprod-enum-types.h); in JSON each
 * value is written as its nick, and flags as an array of nicks.
 */
#pragma once

#if !defined(COPROD_INSIDE) && !defined(COPROD_COMPILATION)
# error "Only <libcoprod/coprod.h> can be included directly."
#endif

#include <glib.h>

G_BEGIN_DECLS

/**
 * CoprodSector:
 * @COPROD_SECTOR_UNSPECIFIED: not recorded
 * @COPROD_SECTOR_LOCAL_AUTHORITY: a council or other local authority
 * @COPROD_SECTOR_NHS: an NHS body (trust, board, integrated care board)
 * @COPROD_SECTOR_CHARITY: a registered charity
 * @COPROD_SECTOR_COMMUNITY_INTEREST_COMPANY: a community interest company
 * @COPROD_SECTOR_VOLUNTARY: a voluntary or community organisation that is
 *   not a charity, or an umbrella body for the voluntary sector
 * @COPROD_SECTOR_SOCIAL_ENTERPRISE: a social enterprise
 * @COPROD_SECTOR_PRIVATE: a private company or provider
 * @COPROD_SECTOR_ACADEMIC: a university or research body
 * @COPROD_SECTOR_GOVERNMENT: a national government body
 * @COPROD_SECTOR_OTHER: any other kind
 *
 * The sector an organisation belongs to.
 *
 * Since: 0.1
 */
typedef enum
{
  COPROD_SECTOR_UNSPECIFIED,
  COPROD_SECTOR_LOCAL_AUTHORITY,
  COPROD_SECTOR_NHS,
  COPROD_SECTOR_CHARITY,
  COPROD_SECTOR_COMMUNITY_INTEREST_COMPANY,
  COPROD_SECTOR_VOLUNTARY,
  COPROD_SECTOR_SOCIAL_ENTERPRISE,
  COPROD_SECTOR_PRIVATE,
  COPROD_SECTOR_ACADEMIC,
  COPROD_SECTOR_GOVERNMENT,
  COPROD_SECTOR_OTHER,
} CoprodSector;

/**
 * CoprodRole:
 * @COPROD_ROLE_NONE: no role recorded
 * @COPROD_ROLE_LIVED_EXPERIENCE: has lived experience of the services
 * @COPROD_ROLE_CARER: an unpaid carer
 * @COPROD_ROLE_FAMILY_MEMBER: a member of a family using the services
 * @COPROD_ROLE_PROFESSIONAL: a practitioner or other professional
 * @COPROD_ROLE_STAFF: employed by a partner organisation
 * @COPROD_ROLE_VOLUNTEER: a volunteer
 * @COPROD_ROLE_LEADER: a director, chief executive or other leader
 * @COPROD_ROLE_PEER_SUPPORTER: supports peers from their own experience
 * @COPROD_ROLE_COMMISSIONER: commissions or funds services
 * @COPROD_ROLE_YOUNG_PERSON: a child or young person. On its own it is not
 *   lived experience: a young person who uses the services also has the
 *   lived-experience role. Hart's ladder of participation is for work with
 *   children and young people (see [method@Coprod.Assessment.has_young_people]).
 *
 * The roles a person takes part in. A person can hold several at once: a
 * volunteer with lived experience, a member of staff who is also a carer.
 * Lived-experience, carer and family-member are the roles that count as
 * lived experience in an assessment.
 *
 * Since: 0.1
 */
typedef enum /*< flags >*/
{
  COPROD_ROLE_NONE             = 0,
  COPROD_ROLE_LIVED_EXPERIENCE = 1 << 0,
  COPROD_ROLE_CARER            = 1 << 1,
  COPROD_ROLE_FAMILY_MEMBER    = 1 << 2,
  COPROD_ROLE_PROFESSIONAL     = 1 << 3,
  COPROD_ROLE_STAFF            = 1 << 4,
  COPROD_ROLE_VOLUNTEER        = 1 << 5,
  COPROD_ROLE_LEADER           = 1 << 6,
  COPROD_ROLE_PEER_SUPPORTER   = 1 << 7,
  COPROD_ROLE_COMMISSIONER     = 1 << 8,
  COPROD_ROLE_YOUNG_PERSON     = 1 << 9,
} CoprodRole;

/**
 * CoprodAccess:
 * @COPROD_ACCESS_NONE: nothing recorded
 * @COPROD_ACCESS_STEP_FREE: step-free access
 * @COPROD_ACCESS_HEARING_LOOP: a hearing loop
 * @COPROD_ACCESS_SIGN_LANGUAGE: a sign language interpreter
 * @COPROD_ACCESS_CAPTIONS: live captions or a transcript
 * @COPROD_ACCESS_LARGE_PRINT: large print papers
 * @COPROD_ACCESS_EASY_READ: easy read papers
 * @COPROD_ACCESS_QUIET_SPACE: a quiet space to step out to
 * @COPROD_ACCESS_TRAUMA_INFORMED: a trauma-informed space and facilitation
 * @COPROD_ACCESS_ACCESSIBLE_TOILET: an accessible toilet
 * @COPROD_ACCESS_REGULAR_BREAKS: regular breaks
 *
 * Access needs of a person, or access provisions of a meeting.
 *
 * Since: 0.1
 */
typedef enum /*< flags >*/
{
  COPROD_ACCESS_NONE              = 0,
  COPROD_ACCESS_STEP_FREE         = 1 << 0,
  COPROD_ACCESS_HEARING_LOOP      = 1 << 1,
  COPROD_ACCESS_SIGN_LANGUAGE     = 1 << 2,
  COPROD_ACCESS_CAPTIONS          = 1 << 3,
  COPROD_ACCESS_LARGE_PRINT       = 1 << 4,
  COPROD_ACCESS_EASY_READ         = 1 << 5,
  COPROD_ACCESS_QUIET_SPACE       = 1 << 6,
  COPROD_ACCESS_TRAUMA_INFORMED   = 1 << 7,
  COPROD_ACCESS_ACCESSIBLE_TOILET = 1 << 8,
  COPROD_ACCESS_REGULAR_BREAKS    = 1 << 9,
} CoprodAccess;

/**
 * CoprodAudience:
 * @COPROD_AUDIENCE_INTERNAL: the organisation holding the registry
 * @COPROD_AUDIENCE_PARTNERS: the partner organisations of the work
 * @COPROD_AUDIENCE_PUBLIC: anyone
 *
 * Who may see a person's name. Each audience includes the ones before it.
 *
 * Since: 0.1
 */
typedef enum
{
  COPROD_AUDIENCE_INTERNAL,
  COPROD_AUDIENCE_PARTNERS,
  COPROD_AUDIENCE_PUBLIC,
} CoprodAudience;

/**
 * CoprodConsentMethod:
 * @COPROD_CONSENT_METHOD_NOT_RECORDED: how consent was given is not recorded
 * @COPROD_CONSENT_METHOD_WRITTEN: a consent form signed on paper
 * @COPROD_CONSENT_METHOD_VERBAL: said aloud, in person or by telephone, and
 *   written down by whoever heard it
 * @COPROD_CONSENT_METHOD_ONLINE_FORM: a form filled in online
 * @COPROD_CONSENT_METHOD_EMAIL: an email or message from the person
 * @COPROD_CONSENT_METHOD_EASY_READ_FORM: an easy read consent form, signed
 *   or marked by the person
 * @COPROD_CONSENT_METHOD_REPRESENTATIVE: given for the person by someone
 *   entitled to act for them: a parent or guardian of a child, an attorney
 *   under a lasting power of attorney, a deputy appointed by the Court of
 *   Protection
 * @COPROD_CONSENT_METHOD_OTHER: some other way
 *
 * How a person's consent ([property@Coprod.Person:consent-audience]) was
 * recorded, so that it can be shown later: the UK GDPR asks whoever holds
 * personal data to be able to demonstrate consent.
 *
 * Since: 0.1
 */
typedef enum
{
  COPROD_CONSENT_METHOD_NOT_RECORDED,
  COPROD_CONSENT_METHOD_WRITTEN,
  COPROD_CONSENT_METHOD_VERBAL,
  COPROD_CONSENT_METHOD_ONLINE_FORM,
  COPROD_CONSENT_METHOD_EMAIL,
  COPROD_CONSENT_METHOD_EASY_READ_FORM,
  COPROD_CONSENT_METHOD_REPRESENTATIVE,
  COPROD_CONSENT_METHOD_OTHER,
} CoprodConsentMethod;

/**
 * CoprodGroupKind:
 * @COPROD_GROUP_KIND_PARTNERSHIP: organisations working together
 * @COPROD_GROUP_KIND_FORUM: an open forum
 * @COPROD_GROUP_KIND_BOARD: a board, often inside a forum
 * @COPROD_GROUP_KIND_COMMUNITY_OF_PRACTICE: a community of practice
 * @COPROD_GROUP_KIND_WORKING_GROUP: a working group
 * @COPROD_GROUP_KIND_ADVISORY_GROUP: an advisory group
 * @COPROD_GROUP_KIND_PEER_NETWORK: a peer network
 *
 * The kind of a partnership or group.
 *
 * Since: 0.1
 */
typedef enum
{
  COPROD_GROUP_KIND_PARTNERSHIP,
  COPROD_GROUP_KIND_FORUM,
  COPROD_GROUP_KIND_BOARD,
  COPROD_GROUP_KIND_COMMUNITY_OF_PRACTICE,
  COPROD_GROUP_KIND_WORKING_GROUP,
  COPROD_GROUP_KIND_ADVISORY_GROUP,
  COPROD_GROUP_KIND_PEER_NETWORK,
} CoprodGroupKind;

/**
 * CoprodStage:
 * @COPROD_STAGE_NONE: no stage
 * @COPROD_STAGE_PLANNING: planning the work
 * @COPROD_STAGE_DECIDING: deciding what is done
 * @COPROD_STAGE_DESIGNING: designing it
 * @COPROD_STAGE_DOING: doing it
 * @COPROD_STAGE_DELIVERING: delivering it
 * @COPROD_STAGE_EVALUATING: evaluating it
 *
 * The six stages of a piece of work. Co-production means people with
 * lived experience are equal partners in all of them.
 *
 * Since: 0.1
 */
typedef enum /*< flags >*/
{
  COPROD_STAGE_NONE       = 0,
  COPROD_STAGE_PLANNING   = 1 << 0,
  COPROD_STAGE_DECIDING   = 1 << 1,
  COPROD_STAGE_DESIGNING  = 1 << 2,
  COPROD_STAGE_DOING      = 1 << 3,
  COPROD_STAGE_DELIVERING = 1 << 4,
  COPROD_STAGE_EVALUATING = 1 << 5,
} CoprodStage;

/**
 * COPROD_STAGE_ALL:
 *
 * All six stages of [flags@Coprod.Stage].
 */
#define COPROD_STAGE_ALL ((CoprodStage) 0x3f)

/**
 * CoprodRung:
 * @COPROD_RUNG_NONE: no involvement of people with lived experience recorded
 * @COPROD_RUNG_COERCION: people are passive recipients
 * @COPROD_RUNG_EDUCATING: people are helped to understand the services
 * @COPROD_RUNG_INFORMING: people are told how services work and what was
 *   decided
 * @COPROD_RUNG_CONSULTATION: people give their opinion
 * @COPROD_RUNG_ENGAGEMENT: a two-way conversation, within limits set by the
 *   service
 * @COPROD_RUNG_CO_DESIGN: people take part in planning, deciding and
 *   designing, but not in doing and delivering
 * @COPROD_RUNG_CO_PRODUCTION: equal partners at all stages
 *
 * The canonical ladder of involvement, bottom to top. Other ladders
 * present this scale in their own words.
 *
 * Since: 0.1
 */
typedef enum
{
  COPROD_RUNG_NONE,
  COPROD_RUNG_COERCION,
  COPROD_RUNG_EDUCATING,
  COPROD_RUNG_INFORMING,
  COPROD_RUNG_CONSULTATION,
  COPROD_RUNG_ENGAGEMENT,
  COPROD_RUNG_CO_DESIGN,
  COPROD_RUNG_CO_PRODUCTION,
} CoprodRung;

/**
 * CoprodMode:
 * @COPROD_MODE_NONE: not recorded
 * @COPROD_MODE_PASSIVE: a passive recipient
 * @COPROD_MODE_EDUCATED: helped to understand
 * @COPROD_MODE_INFORMED: told what was decided
 * @COPROD_MODE_CONSULTED: asked for an opinion
 * @COPROD_MODE_ENGAGED: in a two-way conversation with influence
 * @COPROD_MODE_PARTNER: an equal partner
 *
 * How one person took part in one stage of a project.
 *
 * Since: 0.1
 */
typedef enum
{
  COPROD_MODE_NONE,
  COPROD_MODE_PASSIVE,
  COPROD_MODE_EDUCATED,
  COPROD_MODE_INFORMED,
  COPROD_MODE_CONSULTED,
  COPROD_MODE_ENGAGED,
  COPROD_MODE_PARTNER,
} CoprodMode;

/**
 * CoprodMeetingKind:
 * @COPROD_MEETING_KIND_MEETING: a meeting
 * @COPROD_MEETING_KIND_WORKSHOP: a workshop
 * @COPROD_MEETING_KIND_LAUNCH: a launch event
 * @COPROD_MEETING_KIND_COMMUNITY_OF_PRACTICE: a community of practice session
 * @COPROD_MEETING_KIND_REFLECTION: a session to reflect and learn
 * @COPROD_MEETING_KIND_GET_TOGETHER: an informal get-together
 * @COPROD_MEETING_KIND_CONFERENCE: a conference
 * @COPROD_MEETING_KIND_TRAINING: a training session
 *
 * The kind of a meeting.
 *
 * Since: 0.1
 */
typedef enum
{
  COPROD_MEETING_KIND_MEETING,
  COPROD_MEETING_KIND_WORKSHOP,
  COPROD_MEETING_KIND_LAUNCH,
  COPROD_MEETING_KIND_COMMUNITY_OF_PRACTICE,
  COPROD_MEETING_KIND_REFLECTION,
  COPROD_MEETING_KIND_GET_TOGETHER,
  COPROD_MEETING_KIND_CONFERENCE,
  COPROD_MEETING_KIND_TRAINING,
} CoprodMeetingKind;

/**
 * CoprodMeetingFormat:
 * @COPROD_MEETING_FORMAT_IN_PERSON: everyone in one place
 * @COPROD_MEETING_FORMAT_ONLINE: online only
 * @COPROD_MEETING_FORMAT_HYBRID: in person with an online option
 *
 * Where and how a meeting takes place.
 *
 * Since: 0.1
 */
typedef enum
{
  COPROD_MEETING_FORMAT_IN_PERSON,
  COPROD_MEETING_FORMAT_ONLINE,
  COPROD_MEETING_FORMAT_HYBRID,
} CoprodMeetingFormat;

/**
 * CoprodSupport:
 * @COPROD_SUPPORT_NONE: nothing offered
 * @COPROD_SUPPORT_CHECK_IN_BEFORE: a check-in before the meeting
 * @COPROD_SUPPORT_CHECK_IN_AFTER: a check-in after the meeting
 * @COPROD_SUPPORT_TRAVEL_TICKETS: travel tickets bought in advance
 * @COPROD_SUPPORT_REFRESHMENTS: refreshments or a meal
 * @COPROD_SUPPORT_REIMBURSEMENT: out-of-pocket costs reimbursed
 * @COPROD_SUPPORT_PAYMENT: payment for time and expertise
 * @COPROD_SUPPORT_INTERPRETER: an interpreter
 * @COPROD_SUPPORT_CHILDCARE: childcare costs covered
 * @COPROD_SUPPORT_CARER_COVER: replacement care covered
 *
 * Support offered so that everyone can take part and nobody is out of
 * pocket.
 *
 * Since: 0.1
 */
typedef enum /*< flags >*/
{
  COPROD_SUPPORT_NONE            = 0,
  COPROD_SUPPORT_CHECK_IN_BEFORE = 1 << 0,
  COPROD_SUPPORT_CHECK_IN_AFTER  = 1 << 1,
  COPROD_SUPPORT_TRAVEL_TICKETS  = 1 << 2,
  COPROD_SUPPORT_REFRESHMENTS    = 1 << 3,
  COPROD_SUPPORT_REIMBURSEMENT   = 1 << 4,
  COPROD_SUPPORT_PAYMENT         = 1 << 5,
  COPROD_SUPPORT_INTERPRETER     = 1 << 6,
  COPROD_SUPPORT_CHILDCARE       = 1 << 7,
  COPROD_SUPPORT_CARER_COVER     = 1 << 8,
} CoprodSupport;

/**
 * CoprodRateUnit:
 * @COPROD_RATE_UNIT_HOUR: per hour
 * @COPROD_RATE_UNIT_SESSION: per session
 * @COPROD_RATE_UNIT_HALF_DAY: per half day
 * @COPROD_RATE_UNIT_DAY: per day
 * @COPROD_RATE_UNIT_MILE: per mile travelled (a mileage rate for travel)
 *
 * The unit a rate card entry pays by. See [method@Coprod.RateEntry.price]
 * for how an amount is worked out from a quantity of units.
 *
 * Since: 0.1
 */
typedef enum
{
  COPROD_RATE_UNIT_HOUR,
  COPROD_RATE_UNIT_SESSION,
  COPROD_RATE_UNIT_HALF_DAY,
  COPROD_RATE_UNIT_DAY,
  COPROD_RATE_UNIT_MILE,
} CoprodRateUnit;

/**
 * CoprodPaymentKind:
 * @COPROD_PAYMENT_KIND_FEE: a fee for time and expertise
 * @COPROD_PAYMENT_KIND_TRAVEL: travel costs
 * @COPROD_PAYMENT_KIND_SUBSISTENCE: food and drink
 * @COPROD_PAYMENT_KIND_CARE_COSTS: childcare or replacement care
 * @COPROD_PAYMENT_KIND_VOUCHER: a voucher instead of money
 * @COPROD_PAYMENT_KIND_GIFT_CARD: a gift card instead of money
 *
 * What a payment is for. A fee, a voucher and a gift card pay for time
 * and expertise; travel, subsistence and care costs pay back what taking
 * part cost (expenses). UK involvement guidance treats the first as
 * earnings for benefit purposes, vouchers and gift cards included, and
 * expenses as not.
 *
 * Since: 0.1
 */
typedef enum
{
  COPROD_PAYMENT_KIND_FEE,
  COPROD_PAYMENT_KIND_TRAVEL,
  COPROD_PAYMENT_KIND_SUBSISTENCE,
  COPROD_PAYMENT_KIND_CARE_COSTS,
  COPROD_PAYMENT_KIND_VOUCHER,
  COPROD_PAYMENT_KIND_GIFT_CARD,
} CoprodPaymentKind;

/**
 * CoprodOfferOutcome:
 * @COPROD_OFFER_OUTCOME_PENDING: offered, no answer yet
 * @COPROD_OFFER_OUTCOME_ACCEPTED: accepted in full
 * @COPROD_OFFER_OUTCOME_DECLINED: declined (people on benefits may need to)
 * @COPROD_OFFER_OUTCOME_REDUCED: accepted in part
 * @COPROD_OFFER_OUTCOME_DONATED: given to a cause of the person's choosing
 *
 * What became of a payment offered to a participant.
 *
 * Since: 0.1
 */
typedef enum
{
  COPROD_OFFER_OUTCOME_PENDING,
  COPROD_OFFER_OUTCOME_ACCEPTED,
  COPROD_OFFER_OUTCOME_DECLINED,
  COPROD_OFFER_OUTCOME_REDUCED,
  COPROD_OFFER_OUTCOME_DONATED,
} CoprodOfferOutcome;

/**
 * CoprodOutputKind:
 * @COPROD_OUTPUT_KIND_REPORT: a report
 * @COPROD_OUTPUT_KIND_TOOLKIT: a toolkit
 * @COPROD_OUTPUT_KIND_GUIDE: a guide
 * @COPROD_OUTPUT_KIND_VIDEO: a video
 * @COPROD_OUTPUT_KIND_INFORMATION_HUB: an information hub
 * @COPROD_OUTPUT_KIND_CAMPAIGN: a campaign
 * @COPROD_OUTPUT_KIND_TRAINING: a training course
 * @COPROD_OUTPUT_KIND_LEAFLET: a leaflet
 * @COPROD_OUTPUT_KIND_CHARTER: a charter
 * @COPROD_OUTPUT_KIND_OTHER: anything else
 *
 * What a project produced.
 *
 * Since: 0.1
 */
typedef enum
{
  COPROD_OUTPUT_KIND_REPORT,
  COPROD_OUTPUT_KIND_TOOLKIT,
  COPROD_OUTPUT_KIND_GUIDE,
  COPROD_OUTPUT_KIND_VIDEO,
  COPROD_OUTPUT_KIND_INFORMATION_HUB,
  COPROD_OUTPUT_KIND_CAMPAIGN,
  COPROD_OUTPUT_KIND_TRAINING,
  COPROD_OUTPUT_KIND_LEAFLET,
  COPROD_OUTPUT_KIND_CHARTER,
  COPROD_OUTPUT_KIND_OTHER,
} CoprodOutputKind;

/**
 * CoprodFigureQualifier:
 * @COPROD_FIGURE_QUALIFIER_EXACT: the figure is the count itself
 * @COPROD_FIGURE_QUALIFIER_AT_LEAST: the count is the figure or more (a
 *   lower bound: "at least 6,000")
 * @COPROD_FIGURE_QUALIFIER_MORE_THAN: the count is above the figure (a
 *   lower bound: "more than 40,000")
 *
 * How a figure relates to the count it stands for, so that a source's
 * "more than 40,000" is kept as it was given and never shown as an exact
 * 40,000. A total is exact only if every figure in it is; otherwise it is a
 * lower bound itself (see [class@Coprod.ReachTotal]).
 *
 * Since: 0.1
 */
typedef enum
{
  COPROD_FIGURE_QUALIFIER_EXACT,
  COPROD_FIGURE_QUALIFIER_AT_LEAST,
  COPROD_FIGURE_QUALIFIER_MORE_THAN,
} CoprodFigureQualifier;

/**
 * CoprodPaymentPreference:
 * @COPROD_PAYMENT_PREFERENCE_UNSPECIFIED: not recorded
 * @COPROD_PAYMENT_PREFERENCE_TAKE_ALL: takes what is offered in full
 * @COPROD_PAYMENT_PREFERENCE_TAKE_LESS: takes less than is offered
 * @COPROD_PAYMENT_PREFERENCE_DECLINE: declines payment for time (expenses
 *   may still be paid back)
 * @COPROD_PAYMENT_PREFERENCE_DONATE: asks for payment to go to a cause of
 *   their choosing
 *
 * A person's standing choice about payment for taking part. The choice is
 * recorded without the reason for it: the library stores no benefit
 * details.
 *
 * Since: 0.1
 */
typedef enum
{
  COPROD_PAYMENT_PREFERENCE_UNSPECIFIED,
  COPROD_PAYMENT_PREFERENCE_TAKE_ALL,
  COPROD_PAYMENT_PREFERENCE_TAKE_LESS,
  COPROD_PAYMENT_PREFERENCE_DECLINE,
  COPROD_PAYMENT_PREFERENCE_DONATE,
} CoprodPaymentPreference;

/**
 * CoprodPledgeStatus:
 * @COPROD_PLEDGE_STATUS_DRAFT: written, not yet signed
 * @COPROD_PLEDGE_STATUS_ACTIVE: signed and in force
 * @COPROD_PLEDGE_STATUS_LAPSED: no longer followed up
 * @COPROD_PLEDGE_STATUS_REVOKED: withdrawn
 *
 * The state of a pledge.
 *
 * Since: 0.1
 */
typedef enum
{
  COPROD_PLEDGE_STATUS_DRAFT,
  COPROD_PLEDGE_STATUS_ACTIVE,
  COPROD_PLEDGE_STATUS_LAPSED,
  COPROD_PLEDGE_STATUS_REVOKED,
} CoprodPledgeStatus;

/**
 * CoprodCommitmentStatus:
 * @COPROD_COMMITMENT_STATUS_NOT_STARTED: not started
 * @COPROD_COMMITMENT_STATUS_IN_PROGRESS: under way
 * @COPROD_COMMITMENT_STATUS_DONE: kept
 * @COPROD_COMMITMENT_STATUS_ABANDONED: given up
 *
 * The state of one commitment inside a pledge.
 *
 * Since: 0.1
 */
typedef enum
{
  COPROD_COMMITMENT_STATUS_NOT_STARTED,
  COPROD_COMMITMENT_STATUS_IN_PROGRESS,
  COPROD_COMMITMENT_STATUS_DONE,
  COPROD_COMMITMENT_STATUS_ABANDONED,
} CoprodCommitmentStatus;

/**
 * CoprodClaimAgreement:
 * @COPROD_CLAIM_AGREEMENT_NO_CLAIM: the charter records no claim of who
 *   adopted it first
 * @COPROD_CLAIM_AGREEMENT_AGREES: the organisation claimed first is the
 *   first adopter the registry shows
 * @COPROD_CLAIM_AGREEMENT_DISAGREES: the registry shows another
 *   organisation adopting the charter before the one claimed, or the one
 *   claimed not adopting it at all
 * @COPROD_CLAIM_AGREEMENT_UNDECIDED: the registry cannot say: no
 *   organisation has adopted the charter yet, or the earliest adoptions
 *   share a date (or their dates are too imprecise to order them)
 *
 * Whether a charter's cited claim of its first adopter agrees with the
 * order of adoption the registry derives from its pledges (see
 * [class@Coprod.CharterAdoption] and the pledges page of the documentation).
 *
 * Since: 0.1
 */
typedef enum
{
  COPROD_CLAIM_AGREEMENT_NO_CLAIM,
  COPROD_CLAIM_AGREEMENT_AGREES,
  COPROD_CLAIM_AGREEMENT_DISAGREES,
  COPROD_CLAIM_AGREEMENT_UNDECIDED,
} CoprodClaimAgreement;

/**
 * CoprodSelection:
 * @COPROD_SELECTION_UNSPECIFIED: not recorded
 * @COPROD_SELECTION_OPEN_CALL: anyone may apply, in answer to an open call
 * @COPROD_SELECTION_NOMINATION: a person is nominated to it
 * @COPROD_SELECTION_ELECTION: the holder is elected
 * @COPROD_SELECTION_LOTTERY: the holder is drawn by lot from those who put
 *   themselves forward
 *
 * How a seat ([class@Coprod.Post]) is filled.
 *
 * Since: 0.1
 */
typedef enum
{
  COPROD_SELECTION_UNSPECIFIED,
  COPROD_SELECTION_OPEN_CALL,
  COPROD_SELECTION_NOMINATION,
  COPROD_SELECTION_ELECTION,
  COPROD_SELECTION_LOTTERY,
} CoprodSelection;

/**
 * CoprodSeatPayment:
 * @COPROD_SEAT_PAYMENT_NOT_APPLICABLE: the seat is not paid, or nobody
 *   holds it
 * @COPROD_SEAT_PAYMENT_PAID: the holder of a paid seat has a fee or
 *   voucher paid (accepted, reduced or donated) within their tenure
 * @COPROD_SEAT_PAYMENT_DECLINED: the holder was offered a fee within their
 *   tenure and declined it, and was paid none; not a debt
 * @COPROD_SEAT_PAYMENT_UNPAID: the holder of a paid seat has no fee or
 *   voucher paid or declined within their tenure
 *
 * Whether the holder of a paid seat was paid while they held it (see
 * [class@Coprod.Seat]).
 *
 * Since: 0.1
 */
typedef enum
{
  COPROD_SEAT_PAYMENT_NOT_APPLICABLE,
  COPROD_SEAT_PAYMENT_PAID,
  COPROD_SEAT_PAYMENT_DECLINED,
  COPROD_SEAT_PAYMENT_UNPAID,
} CoprodSeatPayment;

/**
 * CoprodSeverity:
 * @COPROD_SEVERITY_INFO: worth knowing
 * @COPROD_SEVERITY_WARNING: probably wrong, or a gap in the practice
 * @COPROD_SEVERITY_ERROR: wrong: the registry does not hold together
 *
 * How serious a finding is.
 *
 * Since: 0.1
 */
typedef enum
{
  COPROD_SEVERITY_INFO,
  COPROD_SEVERITY_WARNING,
  COPROD_SEVERITY_ERROR,
} CoprodSeverity;

/**
 * CoprodProjectStatus:
 * @COPROD_PROJECT_STATUS_UNSPECIFIED: not recorded
 * @COPROD_PROJECT_STATUS_PLANNED: planned, not yet started
 * @COPROD_PROJECT_STATUS_UNDER_WAY: started and going on
 * @COPROD_PROJECT_STATUS_COMPLETED: finished
 * @COPROD_PROJECT_STATUS_PAUSED: stopped for now, to go on later
 * @COPROD_PROJECT_STATUS_CANCELLED: stopped for good before it was finished
 *
 * Where a project is in its life. An assessment of a project that is
 * planned, under way or paused reads what is missing for the next rung as
 * still to come ([property@Coprod.Gap:to-come]).
 *
 * Since: 0.1
 */
typedef enum
{
  COPROD_PROJECT_STATUS_UNSPECIFIED,
  COPROD_PROJECT_STATUS_PLANNED,
  COPROD_PROJECT_STATUS_UNDER_WAY,
  COPROD_PROJECT_STATUS_COMPLETED,
  COPROD_PROJECT_STATUS_PAUSED,
  COPROD_PROJECT_STATUS_CANCELLED,
} CoprodProjectStatus;

/**
 * CoprodMeetingStatus:
 * @COPROD_MEETING_STATUS_UNSPECIFIED: not recorded
 * @COPROD_MEETING_STATUS_PLANNED: planned, not yet held
 * @COPROD_MEETING_STATUS_HELD: held
 * @COPROD_MEETING_STATUS_CANCELLED: called off
 *
 * Whether a meeting took place. Support offered at a meeting that is
 * planned or cancelled is not support given.
 *
 * Since: 0.1
 */
typedef enum
{
  COPROD_MEETING_STATUS_UNSPECIFIED,
  COPROD_MEETING_STATUS_PLANNED,
  COPROD_MEETING_STATUS_HELD,
  COPROD_MEETING_STATUS_CANCELLED,
} CoprodMeetingStatus;

/**
 * CoprodInitiator:
 * @COPROD_INITIATOR_UNSPECIFIED: not recorded
 * @COPROD_INITIATOR_LIVED_EXPERIENCE: people with lived experience
 * @COPROD_INITIATOR_ORGANISATION: an organisation
 * @COPROD_INITIATOR_JOINTLY: people with lived experience and an
 *   organisation together
 *
 * Who started a piece of work. The top steps of some ladders (Hart's)
 * need work initiated by the people themselves.
 *
 * Since: 0.1
 */
typedef enum
{
  COPROD_INITIATOR_UNSPECIFIED,
  COPROD_INITIATOR_LIVED_EXPERIENCE,
  COPROD_INITIATOR_ORGANISATION,
  COPROD_INITIATOR_JOINTLY,
} CoprodInitiator;

/**
 * CoprodProposalOutcome:
 * @COPROD_PROPOSAL_OUTCOME_PENDING: not decided yet
 * @COPROD_PROPOSAL_OUTCOME_ADOPTED: adopted as proposed
 * @COPROD_PROPOSAL_OUTCOME_ADOPTED_WITH_CHANGES: adopted, with changes
 * @COPROD_PROPOSAL_OUTCOME_NOT_ADOPTED: not adopted
 *
 * What became of a proposal ("you said, we did"). Whatever the outcome,
 * the people who proposed it are owed the reason and the feedback.
 *
 * Since: 0.1
 */
typedef enum
{
  COPROD_PROPOSAL_OUTCOME_PENDING,
  COPROD_PROPOSAL_OUTCOME_ADOPTED,
  COPROD_PROPOSAL_OUTCOME_ADOPTED_WITH_CHANGES,
  COPROD_PROPOSAL_OUTCOME_NOT_ADOPTED,
} CoprodProposalOutcome;

/**
 * CoprodCheckStatus:
 * @COPROD_CHECK_STATUS_NOT_APPLICABLE: there was nothing for the check to
 *   look at, or the registry does not hold what it needs
 * @COPROD_CHECK_STATUS_NOT_MET: nothing the check looked at met its rule
 * @COPROD_CHECK_STATUS_PARTLY_MET: some of what it looked at met its rule
 * @COPROD_CHECK_STATUS_MET: everything it looked at met its rule
 *
 * The outcome of an automatic check of a practice (see
 * [method@Coprod.Registry.run_check]).
 *
 * Since: 0.1
 */
typedef enum
{
  COPROD_CHECK_STATUS_NOT_APPLICABLE,
  COPROD_CHECK_STATUS_NOT_MET,
  COPROD_CHECK_STATUS_PARTLY_MET,
  COPROD_CHECK_STATUS_MET,
} CoprodCheckStatus;

/**
 * CoprodScoreSource:
 * @COPROD_SCORE_SOURCE_NONE: nothing gave a score
 * @COPROD_SCORE_SOURCE_DATA: the records, through a practice's automatic
 *   check
 * @COPROD_SCORE_SOURCE_PEOPLE: people, through the ratings of a review
 * @COPROD_SCORE_SOURCE_BOTH: both the records and people
 *
 * Where the score of a practice, a value or a whole review came from (see
 * [method@Coprod.Registry.review]). The values combine as bits:
 * %COPROD_SCORE_SOURCE_BOTH is %COPROD_SCORE_SOURCE_DATA and
 * %COPROD_SCORE_SOURCE_PEOPLE together.
 *
 * Since: 0.1
 */
typedef enum
{
  COPROD_SCORE_SOURCE_NONE = 0,
  COPROD_SCORE_SOURCE_DATA = 1,
  COPROD_SCORE_SOURCE_PEOPLE = 2,
  COPROD_SCORE_SOURCE_BOTH = 3,
} CoprodScoreSource;

/**
 * CoprodReportScope:
 * @COPROD_REPORT_SCOPE_REGISTRY: the whole registry
 * @COPROD_REPORT_SCOPE_PARTNERSHIP: one partnership and its projects
 * @COPROD_REPORT_SCOPE_PROJECT: one project
 * @COPROD_REPORT_SCOPE_PERSON: one person's own statement of what they
 *   took part in ("my involvement"), the only report that names its reader
 *
 * What a [class@Coprod.Report] covers.
 *
 * Since: 0.1
 */
typedef enum
{
  COPROD_REPORT_SCOPE_REGISTRY,
  COPROD_REPORT_SCOPE_PARTNERSHIP,
  COPROD_REPORT_SCOPE_PROJECT,
  COPROD_REPORT_SCOPE_PERSON,
} CoprodReportScope;

/**
 * CoprodReportFormat:
 * @COPROD_REPORT_FORMAT_TEXT: plain text, wrapped at the report's width
 * @COPROD_REPORT_FORMAT_MARKDOWN: Markdown (CommonMark with pipe tables)
 * @COPROD_REPORT_FORMAT_HTML: one self-contained, accessible HTML file
 *   with SVG charts
 * @COPROD_REPORT_FORMAT_JSON: the report's sections and its data tables as JSON
 * @COPROD_REPORT_FORMAT_CSV: one data table (see [property@Coprod.Report:table])
 *   as CSV
 *
 * How a [class@Coprod.Report] is written.
 *
 * Since: 0.1
 */
typedef enum
{
  COPROD_REPORT_FORMAT_TEXT,
  COPROD_REPORT_FORMAT_MARKDOWN,
  COPROD_REPORT_FORMAT_HTML,
  COPROD_REPORT_FORMAT_JSON,
  COPROD_REPORT_FORMAT_CSV,
} CoprodReportFormat;

/**
 * CoprodReportTable:
 * @COPROD_REPORT_TABLE_PROJECTS: one row per project, with its assessment
 * @COPROD_REPORT_TABLE_INVOLVEMENTS: one row per involvement
 * @COPROD_REPORT_TABLE_MEETINGS: one row per meeting
 * @COPROD_REPORT_TABLE_PAYMENTS: one row per payment
 * @COPROD_REPORT_TABLE_OUTPUTS: one row per output
 * @COPROD_REPORT_TABLE_PROPOSALS: one row per proposal
 *
 * The open data tables of a [class@Coprod.Report]. Their nicks name their
 * files: `projects.csv` and its column description
 * `projects.csv-metadata.json`.
 *
 * Since: 0.1
 */
typedef enum
{
  COPROD_REPORT_TABLE_PROJECTS,
  COPROD_REPORT_TABLE_INVOLVEMENTS,
  COPROD_REPORT_TABLE_MEETINGS,
  COPROD_REPORT_TABLE_PAYMENTS,
  COPROD_REPORT_TABLE_OUTPUTS,
  COPROD_REPORT_TABLE_PROPOSALS,
} CoprodReportTable;

/**
 * CoprodPopoloFlags:
 * @COPROD_POPOLO_FLAGS_NONE: names only, as consent allows; no contact details
 * @COPROD_POPOLO_FLAGS_CONTACTS: also write the email address and telephone
 *   number of each person named, as Popolo `contact_details`
 *
 * What [method@Coprod.Registry.to_popolo] writes beyond what it writes
 * always. Contact details are personal data: they are written only when
 * asked for.
 *
 * Since: 0.1
 */
typedef enum /*< flags >*/
{
  COPROD_POPOLO_FLAGS_NONE = 0,
  COPROD_POPOLO_FLAGS_CONTACTS = 1 << 0,
} CoprodPopoloFlags;

G_END_DECLS
