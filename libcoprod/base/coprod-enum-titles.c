/* coprod-enum-titles.c: titles and descriptions of enum values, for people
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A nick ("co-production", "lived-experience") is how a value is written
 * in JSON and never changes; a title ("Co-production", "Lived
 * experience") and a description are how it is shown to people, and are
 * translated (gettext domain GETTEXT_PACKAGE). Every value of every enum
 * and flags type of the model has both; tests/test-enum-titles.c checks
 * that none is missing, so a value added to coprod-enums.h without its
 * row here fails the tests.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "coprod-enum-titles.h"
#include "coprod-enums.h"
#include "coprod-enum-types.h"

typedef struct
{
  int         value;
  const char *title;
  const char *description;
} CoprodEnumTitle;

static const CoprodEnumTitle sector_titles[] = {
  { COPROD_SECTOR_UNSPECIFIED, N_("Not recorded"),
    N_("No sector recorded.") },
  { COPROD_SECTOR_LOCAL_AUTHORITY, N_("Local authority"),
    N_("A council or other local authority.") },
  { COPROD_SECTOR_NHS, N_("NHS"),
    N_("An NHS body (trust, board, integrated care board).") },
  { COPROD_SECTOR_CHARITY, N_("Charity"),
    N_("A registered charity.") },
  { COPROD_SECTOR_COMMUNITY_INTEREST_COMPANY, N_("Community interest company"),
    N_("A community interest company.") },
  { COPROD_SECTOR_VOLUNTARY, N_("Voluntary or community"),
    N_("A voluntary or community organisation that is not a charity, or an umbrella body for the voluntary sector.") },
  { COPROD_SECTOR_SOCIAL_ENTERPRISE, N_("Social enterprise"),
    N_("A social enterprise.") },
  { COPROD_SECTOR_PRIVATE, N_("Private sector"),
    N_("A private company or provider.") },
  { COPROD_SECTOR_ACADEMIC, N_("University or research"),
    N_("A university or research body.") },
  { COPROD_SECTOR_GOVERNMENT, N_("National government"),
    N_("A national government body.") },
  { COPROD_SECTOR_OTHER, N_("Other"),
    N_("Any other kind.") },
};

static const CoprodEnumTitle role_titles[] = {
  { COPROD_ROLE_NONE, N_("No role"),
    N_("No role recorded.") },
  { COPROD_ROLE_LIVED_EXPERIENCE, N_("Lived experience"),
    N_("Has lived experience of the services.") },
  { COPROD_ROLE_CARER, N_("Carer"),
    N_("An unpaid carer.") },
  { COPROD_ROLE_FAMILY_MEMBER, N_("Family member"),
    N_("A member of a family using the services.") },
  { COPROD_ROLE_PROFESSIONAL, N_("Professional"),
    N_("A practitioner or other professional.") },
  { COPROD_ROLE_STAFF, N_("Staff"),
    N_("Employed by a partner organisation.") },
  { COPROD_ROLE_VOLUNTEER, N_("Volunteer"),
    N_("A volunteer.") },
  { COPROD_ROLE_LEADER, N_("Leader"),
    N_("A director, chief executive or other leader.") },
  { COPROD_ROLE_PEER_SUPPORTER, N_("Peer supporter"),
    N_("Supports peers from their own experience.") },
  { COPROD_ROLE_COMMISSIONER, N_("Commissioner"),
    N_("Commissions or funds services.") },
  { COPROD_ROLE_YOUNG_PERSON, N_("Young person"),
    N_("A child or young person. On its own it is not lived experience: a young person who uses the services also has the lived-experience role. Hart's ladder of participation is for work with children and young people.") },
};

static const CoprodEnumTitle access_titles[] = {
  { COPROD_ACCESS_NONE, N_("None recorded"),
    N_("Nothing recorded.") },
  { COPROD_ACCESS_STEP_FREE, N_("Step-free access"),
    N_("Step-free access.") },
  { COPROD_ACCESS_HEARING_LOOP, N_("Hearing loop"),
    N_("A hearing loop.") },
  { COPROD_ACCESS_SIGN_LANGUAGE, N_("Sign language"),
    N_("A sign language interpreter.") },
  { COPROD_ACCESS_CAPTIONS, N_("Captions or transcript"),
    N_("Live captions or a transcript.") },
  { COPROD_ACCESS_LARGE_PRINT, N_("Large print"),
    N_("Large print papers.") },
  { COPROD_ACCESS_EASY_READ, N_("Easy read"),
    N_("Easy read papers.") },
  { COPROD_ACCESS_QUIET_SPACE, N_("Quiet space"),
    N_("A quiet space to step out to.") },
  { COPROD_ACCESS_TRAUMA_INFORMED, N_("Trauma-informed"),
    N_("A trauma-informed space and facilitation.") },
  { COPROD_ACCESS_ACCESSIBLE_TOILET, N_("Accessible toilet"),
    N_("An accessible toilet.") },
  { COPROD_ACCESS_REGULAR_BREAKS, N_("Regular breaks"),
    N_("Regular breaks.") },
};

static const CoprodEnumTitle audience_titles[] = {
  { COPROD_AUDIENCE_INTERNAL, N_("Internal"),
    N_("The organisation holding the registry.") },
  { COPROD_AUDIENCE_PARTNERS, N_("Partners"),
    N_("The partner organisations of the work.") },
  { COPROD_AUDIENCE_PUBLIC, N_("Public"),
    N_("Anyone.") },
};

static const CoprodEnumTitle group_kind_titles[] = {
  { COPROD_GROUP_KIND_PARTNERSHIP, N_("Partnership"),
    N_("Organisations working together.") },
  { COPROD_GROUP_KIND_FORUM, N_("Forum"),
    N_("An open forum.") },
  { COPROD_GROUP_KIND_BOARD, N_("Board"),
    N_("A board, often inside a forum.") },
  { COPROD_GROUP_KIND_COMMUNITY_OF_PRACTICE, N_("Community of practice"),
    N_("A community of practice.") },
  { COPROD_GROUP_KIND_WORKING_GROUP, N_("Working group"),
    N_("A working group.") },
  { COPROD_GROUP_KIND_ADVISORY_GROUP, N_("Advisory group"),
    N_("An advisory group.") },
  { COPROD_GROUP_KIND_PEER_NETWORK, N_("Peer network"),
    N_("A peer network.") },
};

static const CoprodEnumTitle stage_titles[] = {
  { COPROD_STAGE_NONE, N_("No stage"),
    N_("No stage.") },
  { COPROD_STAGE_PLANNING, N_("Planning"),
    N_("Planning the work.") },
  { COPROD_STAGE_DECIDING, N_("Deciding"),
    N_("Deciding what is done.") },
  { COPROD_STAGE_DESIGNING, N_("Designing"),
    N_("Designing it.") },
  { COPROD_STAGE_DOING, N_("Doing"),
    N_("Doing it.") },
  { COPROD_STAGE_DELIVERING, N_("Delivering"),
    N_("Delivering it.") },
  { COPROD_STAGE_EVALUATING, N_("Evaluating"),
    N_("Evaluating it.") },
};

static const CoprodEnumTitle rung_titles[] = {
  { COPROD_RUNG_NONE, N_("No involvement"),
    N_("No involvement of people with lived experience recorded.") },
  { COPROD_RUNG_COERCION, N_("Coercion"),
    N_("People are passive recipients.") },
  { COPROD_RUNG_EDUCATING, N_("Educating"),
    N_("People are helped to understand the services.") },
  { COPROD_RUNG_INFORMING, N_("Informing"),
    N_("People are told how services work and what was decided.") },
  { COPROD_RUNG_CONSULTATION, N_("Consultation"),
    N_("People give their opinion.") },
  { COPROD_RUNG_ENGAGEMENT, N_("Engagement"),
    N_("A two-way conversation, within limits set by the service.") },
  { COPROD_RUNG_CO_DESIGN, N_("Co-design"),
    N_("People take part in planning, deciding and designing, but not in doing and delivering.") },
  { COPROD_RUNG_CO_PRODUCTION, N_("Co-production"),
    N_("Equal partners at all stages.") },
};

static const CoprodEnumTitle mode_titles[] = {
  { COPROD_MODE_NONE, N_("Not recorded"),
    N_("How the person took part was not recorded.") },
  { COPROD_MODE_PASSIVE, N_("Passive recipient"),
    N_("A passive recipient.") },
  { COPROD_MODE_EDUCATED, N_("Educated"),
    N_("Helped to understand.") },
  { COPROD_MODE_INFORMED, N_("Informed"),
    N_("Told what was decided.") },
  { COPROD_MODE_CONSULTED, N_("Consulted"),
    N_("Asked for an opinion.") },
  { COPROD_MODE_ENGAGED, N_("Engaged"),
    N_("In a two-way conversation with influence.") },
  { COPROD_MODE_PARTNER, N_("Equal partner"),
    N_("An equal partner.") },
};

static const CoprodEnumTitle meeting_kind_titles[] = {
  { COPROD_MEETING_KIND_MEETING, N_("Meeting"),
    N_("A meeting.") },
  { COPROD_MEETING_KIND_WORKSHOP, N_("Workshop"),
    N_("A workshop.") },
  { COPROD_MEETING_KIND_LAUNCH, N_("Launch"),
    N_("A launch event.") },
  { COPROD_MEETING_KIND_COMMUNITY_OF_PRACTICE, N_("Community of practice session"),
    N_("A community of practice session.") },
  { COPROD_MEETING_KIND_REFLECTION, N_("Reflection session"),
    N_("A session to reflect and learn.") },
  { COPROD_MEETING_KIND_GET_TOGETHER, N_("Get-together"),
    N_("An informal get-together.") },
  { COPROD_MEETING_KIND_CONFERENCE, N_("Conference"),
    N_("A conference.") },
  { COPROD_MEETING_KIND_TRAINING, N_("Training session"),
    N_("A training session.") },
};

static const CoprodEnumTitle meeting_format_titles[] = {
  { COPROD_MEETING_FORMAT_IN_PERSON, N_("In person"),
    N_("Everyone in one place.") },
  { COPROD_MEETING_FORMAT_ONLINE, N_("Online"),
    N_("Online only.") },
  { COPROD_MEETING_FORMAT_HYBRID, N_("Hybrid"),
    N_("In person with an online option.") },
};

static const CoprodEnumTitle support_titles[] = {
  { COPROD_SUPPORT_NONE, N_("None offered"),
    N_("Nothing offered.") },
  { COPROD_SUPPORT_CHECK_IN_BEFORE, N_("Check-in before"),
    N_("A check-in before the meeting.") },
  { COPROD_SUPPORT_CHECK_IN_AFTER, N_("Check-in after"),
    N_("A check-in after the meeting.") },
  { COPROD_SUPPORT_TRAVEL_TICKETS, N_("Travel tickets"),
    N_("Travel tickets bought in advance.") },
  { COPROD_SUPPORT_REFRESHMENTS, N_("Refreshments"),
    N_("Refreshments or a meal.") },
  { COPROD_SUPPORT_REIMBURSEMENT, N_("Expenses reimbursed"),
    N_("Out-of-pocket costs reimbursed.") },
  { COPROD_SUPPORT_PAYMENT, N_("Payment"),
    N_("Payment for time and expertise.") },
  { COPROD_SUPPORT_INTERPRETER, N_("Interpreter"),
    N_("An interpreter.") },
  { COPROD_SUPPORT_CHILDCARE, N_("Childcare"),
    N_("Childcare costs covered.") },
  { COPROD_SUPPORT_CARER_COVER, N_("Replacement care"),
    N_("Replacement care covered.") },
};

static const CoprodEnumTitle rate_unit_titles[] = {
  { COPROD_RATE_UNIT_HOUR, N_("Per hour"),
    N_("Per hour.") },
  { COPROD_RATE_UNIT_SESSION, N_("Per session"),
    N_("Per session.") },
  { COPROD_RATE_UNIT_HALF_DAY, N_("Per half day"),
    N_("Per half day.") },
  { COPROD_RATE_UNIT_DAY, N_("Per day"),
    N_("Per day.") },
  { COPROD_RATE_UNIT_MILE, N_("Per mile"),
    N_("Per mile travelled, for travel by car or bicycle.") },
};

static const CoprodEnumTitle payment_kind_titles[] = {
  { COPROD_PAYMENT_KIND_FEE, N_("Fee"),
    N_("A fee for time and expertise.") },
  { COPROD_PAYMENT_KIND_TRAVEL, N_("Travel"),
    N_("Travel costs.") },
  { COPROD_PAYMENT_KIND_SUBSISTENCE, N_("Subsistence"),
    N_("Food and drink.") },
  { COPROD_PAYMENT_KIND_CARE_COSTS, N_("Care costs"),
    N_("Childcare or replacement care.") },
  { COPROD_PAYMENT_KIND_VOUCHER, N_("Voucher"),
    N_("A voucher instead of money.") },
  { COPROD_PAYMENT_KIND_GIFT_CARD, N_("Gift card"),
    N_("A gift card instead of money; like a voucher, it counts as earnings for benefit purposes.") },
};

static const CoprodEnumTitle offer_outcome_titles[] = {
  { COPROD_OFFER_OUTCOME_PENDING, N_("Awaiting an answer"),
    N_("Offered, no answer yet.") },
  { COPROD_OFFER_OUTCOME_ACCEPTED, N_("Accepted"),
    N_("Accepted in full.") },
  { COPROD_OFFER_OUTCOME_DECLINED, N_("Declined"),
    N_("Declined (people on benefits may need to).") },
  { COPROD_OFFER_OUTCOME_REDUCED, N_("Accepted in part"),
    N_("Accepted in part.") },
  { COPROD_OFFER_OUTCOME_DONATED, N_("Donated"),
    N_("Given to a cause of the person's choosing.") },
};

static const CoprodEnumTitle output_kind_titles[] = {
  { COPROD_OUTPUT_KIND_REPORT, N_("Report"),
    N_("A report.") },
  { COPROD_OUTPUT_KIND_TOOLKIT, N_("Toolkit"),
    N_("A toolkit.") },
  { COPROD_OUTPUT_KIND_GUIDE, N_("Guide"),
    N_("A guide.") },
  { COPROD_OUTPUT_KIND_VIDEO, N_("Video"),
    N_("A video.") },
  { COPROD_OUTPUT_KIND_INFORMATION_HUB, N_("Information hub"),
    N_("An information hub.") },
  { COPROD_OUTPUT_KIND_CAMPAIGN, N_("Campaign"),
    N_("A campaign.") },
  { COPROD_OUTPUT_KIND_TRAINING, N_("Training course"),
    N_("A training course.") },
  { COPROD_OUTPUT_KIND_LEAFLET, N_("Leaflet"),
    N_("A leaflet.") },
  { COPROD_OUTPUT_KIND_CHARTER, N_("Charter"),
    N_("A charter.") },
  { COPROD_OUTPUT_KIND_OTHER, N_("Other"),
    N_("Anything else.") },
};

static const CoprodEnumTitle pledge_status_titles[] = {
  { COPROD_PLEDGE_STATUS_DRAFT, N_("Draft"),
    N_("Written, not yet signed.") },
  { COPROD_PLEDGE_STATUS_ACTIVE, N_("Active"),
    N_("Signed and in force.") },
  { COPROD_PLEDGE_STATUS_LAPSED, N_("Lapsed"),
    N_("No longer followed up.") },
  { COPROD_PLEDGE_STATUS_REVOKED, N_("Revoked"),
    N_("Withdrawn.") },
};

static const CoprodEnumTitle commitment_status_titles[] = {
  { COPROD_COMMITMENT_STATUS_NOT_STARTED, N_("Not started"),
    N_("Not started.") },
  { COPROD_COMMITMENT_STATUS_IN_PROGRESS, N_("Under way"),
    N_("Under way.") },
  { COPROD_COMMITMENT_STATUS_DONE, N_("Kept"),
    N_("The promise was kept.") },
  { COPROD_COMMITMENT_STATUS_ABANDONED, N_("Abandoned"),
    N_("Given up.") },
};

static const CoprodEnumTitle severity_titles[] = {
  { COPROD_SEVERITY_INFO, N_("Information"),
    N_("Worth knowing.") },
  { COPROD_SEVERITY_WARNING, N_("Warning"),
    N_("Probably wrong, or a gap in the practice.") },
  { COPROD_SEVERITY_ERROR, N_("Error"),
    N_("Wrong: the registry does not hold together.") },
};

static const CoprodEnumTitle project_status_titles[] = {
  { COPROD_PROJECT_STATUS_UNSPECIFIED, N_("Not recorded"),
    N_("The status of the project was not recorded.") },
  { COPROD_PROJECT_STATUS_PLANNED, N_("Planned"),
    N_("Planned, not yet started.") },
  { COPROD_PROJECT_STATUS_UNDER_WAY, N_("Under way"),
    N_("Started and going on.") },
  { COPROD_PROJECT_STATUS_COMPLETED, N_("Completed"),
    N_("Finished.") },
  { COPROD_PROJECT_STATUS_PAUSED, N_("Paused"),
    N_("Stopped for now, to go on later.") },
  { COPROD_PROJECT_STATUS_CANCELLED, N_("Cancelled"),
    N_("Stopped for good before it was finished.") },
};

static const CoprodEnumTitle meeting_status_titles[] = {
  { COPROD_MEETING_STATUS_UNSPECIFIED, N_("Not recorded"),
    N_("Whether the meeting took place was not recorded.") },
  { COPROD_MEETING_STATUS_PLANNED, N_("Planned"),
    N_("Planned, not yet held.") },
  { COPROD_MEETING_STATUS_HELD, N_("Held"),
    N_("The meeting took place.") },
  { COPROD_MEETING_STATUS_CANCELLED, N_("Cancelled"),
    N_("Called off.") },
};

static const CoprodEnumTitle initiator_titles[] = {
  { COPROD_INITIATOR_UNSPECIFIED, N_("Not recorded"),
    N_("Who started the work was not recorded.") },
  { COPROD_INITIATOR_LIVED_EXPERIENCE, N_("People with lived experience"),
    N_("People with lived experience.") },
  { COPROD_INITIATOR_ORGANISATION, N_("Organisation"),
    N_("An organisation.") },
  { COPROD_INITIATOR_JOINTLY, N_("Jointly"),
    N_("People with lived experience and an organisation together.") },
};

static const CoprodEnumTitle proposal_outcome_titles[] = {
  { COPROD_PROPOSAL_OUTCOME_PENDING, N_("Not decided yet"),
    N_("Not decided yet.") },
  { COPROD_PROPOSAL_OUTCOME_ADOPTED, N_("Adopted"),
    N_("Adopted as proposed.") },
  { COPROD_PROPOSAL_OUTCOME_ADOPTED_WITH_CHANGES, N_("Adopted with changes"),
    N_("Adopted, with changes.") },
  { COPROD_PROPOSAL_OUTCOME_NOT_ADOPTED, N_("Not adopted"),
    N_("Not adopted.") },
};

static const CoprodEnumTitle check_status_titles[] = {
  { COPROD_CHECK_STATUS_NOT_APPLICABLE, N_("Not applicable"),
    N_("There was nothing for the check to look at, or the registry does not hold what it needs.") },
  { COPROD_CHECK_STATUS_NOT_MET, N_("Not met"),
    N_("Nothing the check looked at met its rule.") },
  { COPROD_CHECK_STATUS_PARTLY_MET, N_("Partly met"),
    N_("Some of what it looked at met its rule.") },
  { COPROD_CHECK_STATUS_MET, N_("Met"),
    N_("Everything it looked at met its rule.") },
};

static const CoprodEnumTitle score_source_titles[] = {
  { COPROD_SCORE_SOURCE_NONE, N_("No score"),
    N_("Nothing gave a score.") },
  { COPROD_SCORE_SOURCE_DATA, N_("Records"),
    N_("The records, through a practice's automatic check.") },
  { COPROD_SCORE_SOURCE_PEOPLE, N_("People"),
    N_("People, through the ratings of a review.") },
  { COPROD_SCORE_SOURCE_BOTH, N_("Records and people"),
    N_("Both the records and people.") },
};
static const CoprodEnumTitle popolo_flags_titles[] = {
  { COPROD_POPOLO_FLAGS_NONE, N_("Names only"),
    N_("People are named as their consent allows, with no contact details.") },
  { COPROD_POPOLO_FLAGS_CONTACTS, N_("Contact details"),
    N_("The email address and telephone number of each person named are written too.") },
};

typedef struct
{
  GType                 (*get_type) (void);
  const CoprodEnumTitle  *titles;
  guint                   n_titles;
} CoprodEnumTitles;

static const CoprodEnumTitle payment_preference_titles[] = {
  { COPROD_PAYMENT_PREFERENCE_UNSPECIFIED, N_("Not recorded"),
    N_("The person has not said how they want to be paid.") },
  { COPROD_PAYMENT_PREFERENCE_TAKE_ALL, N_("Takes all"),
    N_("Takes every payment offered.") },
  { COPROD_PAYMENT_PREFERENCE_TAKE_LESS, N_("Takes less"),
    N_("Takes less than is offered.") },
  { COPROD_PAYMENT_PREFERENCE_DECLINE, N_("Declines"),
    N_("Declines payment for their time; expenses may still be paid.") },
  { COPROD_PAYMENT_PREFERENCE_DONATE, N_("Donates"),
    N_("Asks for payments to be given to a cause instead.") },
};

static const CoprodEnumTitle figure_qualifier_titles[] = {
  { COPROD_FIGURE_QUALIFIER_EXACT, N_("Exactly"),
    N_("The figure is exact.") },
  { COPROD_FIGURE_QUALIFIER_AT_LEAST, N_("At least"),
    N_("The figure is a lower bound: at least this many.") },
  { COPROD_FIGURE_QUALIFIER_MORE_THAN, N_("More than"),
    N_("The figure is a lower bound: more than this many.") },
};

static const CoprodEnumTitle selection_titles[] = {
  { COPROD_SELECTION_UNSPECIFIED, N_("Not recorded"),
    N_("How the seat is filled is not recorded.") },
  { COPROD_SELECTION_OPEN_CALL, N_("Open call"),
    N_("Anyone may apply.") },
  { COPROD_SELECTION_NOMINATION, N_("Nomination"),
    N_("Holders are nominated.") },
  { COPROD_SELECTION_ELECTION, N_("Election"),
    N_("Holders are elected.") },
  { COPROD_SELECTION_LOTTERY, N_("Lottery"),
    N_("Holders are drawn by lot.") },
};

static const CoprodEnumTitle seat_payment_titles[] = {
  { COPROD_SEAT_PAYMENT_NOT_APPLICABLE, N_("Not a paid seat"),
    N_("The seat is unpaid, or vacant.") },
  { COPROD_SEAT_PAYMENT_PAID, N_("Paid"),
    N_("The holder of the paid seat was paid a fee or voucher in their time in it.") },
  { COPROD_SEAT_PAYMENT_DECLINED, N_("Declined payment"),
    N_("The holder of the paid seat declined payment.") },
  { COPROD_SEAT_PAYMENT_UNPAID, N_("Not paid"),
    N_("The holder of the paid seat has not been paid in their time in it.") },
};

static const CoprodEnumTitle claim_agreement_titles[] = {
  { COPROD_CLAIM_AGREEMENT_NO_CLAIM, N_("No claim"),
    N_("The charter records no claim of who adopted it first.") },
  { COPROD_CLAIM_AGREEMENT_AGREES, N_("Agrees"),
    N_("The claimed first adopter is the first in the registry.") },
  { COPROD_CLAIM_AGREEMENT_DISAGREES, N_("Disagrees"),
    N_("The registry shows another organisation adopting first.") },
  { COPROD_CLAIM_AGREEMENT_UNDECIDED, N_("Cannot tell"),
    N_("The dates in the registry cannot tell who was first.") },
};

static const CoprodEnumTitle report_scope_titles[] = {
  { COPROD_REPORT_SCOPE_REGISTRY, N_("Whole registry"),
    N_("A report on everything the registry holds.") },
  { COPROD_REPORT_SCOPE_PARTNERSHIP, N_("Partnership"),
    N_("A report on one partnership and its projects.") },
  { COPROD_REPORT_SCOPE_PROJECT, N_("Project"),
    N_("A report on one project.") },
  { COPROD_REPORT_SCOPE_PERSON, N_("My involvement"),
    N_("A person's own statement of what they took part in.") },
};

static const CoprodEnumTitle report_format_titles[] = {
  { COPROD_REPORT_FORMAT_TEXT, N_("Plain text"),
    N_("Text for a terminal or an email.") },
  { COPROD_REPORT_FORMAT_MARKDOWN, N_("Markdown"),
    N_("Text with Markdown headings and tables.") },
  { COPROD_REPORT_FORMAT_HTML, N_("Web page"),
    N_("One accessible web page with its charts, readable offline.") },
  { COPROD_REPORT_FORMAT_JSON, N_("JSON"),
    N_("The report's sections as JSON, for programs.") },
  { COPROD_REPORT_FORMAT_CSV, N_("CSV tables"),
    N_("Open data tables with their column descriptions.") },
};

static const CoprodEnumTitle report_table_titles[] = {
  { COPROD_REPORT_TABLE_PROJECTS, N_("Projects"),
    N_("One row per project.") },
  { COPROD_REPORT_TABLE_INVOLVEMENTS, N_("Involvements"),
    N_("One row per involvement of a person in a stage of a project.") },
  { COPROD_REPORT_TABLE_MEETINGS, N_("Meetings"),
    N_("One row per meeting.") },
  { COPROD_REPORT_TABLE_PAYMENTS, N_("Payments"),
    N_("One row per payment offered.") },
  { COPROD_REPORT_TABLE_OUTPUTS, N_("Outputs"),
    N_("One row per output, with its reach.") },
  { COPROD_REPORT_TABLE_PROPOSALS, N_("Proposals"),
    N_("One row per proposal and what became of it.") },
};

static const CoprodEnumTitle consent_method_titles[] = {
  { COPROD_CONSENT_METHOD_NOT_RECORDED, N_("Not recorded"),
    N_("How consent was given is not recorded.") },
  { COPROD_CONSENT_METHOD_WRITTEN, N_("In writing"),
    N_("Consent was given on a signed form or in a letter.") },
  { COPROD_CONSENT_METHOD_VERBAL, N_("Spoken"),
    N_("Consent was given aloud and noted by a member of staff.") },
  { COPROD_CONSENT_METHOD_ONLINE_FORM, N_("Online form"),
    N_("Consent was given through an online form.") },
  { COPROD_CONSENT_METHOD_EMAIL, N_("Email"),
    N_("Consent was given by email.") },
  { COPROD_CONSENT_METHOD_EASY_READ_FORM, N_("Easy read form"),
    N_("Consent was given on an easy read form.") },
  { COPROD_CONSENT_METHOD_REPRESENTATIVE, N_("By a representative"),
    N_("Consent was given by someone acting for the person.") },
  { COPROD_CONSENT_METHOD_OTHER, N_("Another way"),
    N_("Consent was given in another way.") },
};

#define TITLES(get_type, table) { get_type, table, G_N_ELEMENTS (table) }

static const CoprodEnumTitles enum_titles[] = {
  TITLES (coprod_sector_get_type, sector_titles),
  TITLES (coprod_role_get_type, role_titles),
  TITLES (coprod_access_get_type, access_titles),
  TITLES (coprod_audience_get_type, audience_titles),
  TITLES (coprod_group_kind_get_type, group_kind_titles),
  TITLES (coprod_stage_get_type, stage_titles),
  TITLES (coprod_rung_get_type, rung_titles),
  TITLES (coprod_mode_get_type, mode_titles),
  TITLES (coprod_meeting_kind_get_type, meeting_kind_titles),
  TITLES (coprod_meeting_format_get_type, meeting_format_titles),
  TITLES (coprod_support_get_type, support_titles),
  TITLES (coprod_rate_unit_get_type, rate_unit_titles),
  TITLES (coprod_payment_kind_get_type, payment_kind_titles),
  TITLES (coprod_offer_outcome_get_type, offer_outcome_titles),
  TITLES (coprod_output_kind_get_type, output_kind_titles),
  TITLES (coprod_pledge_status_get_type, pledge_status_titles),
  TITLES (coprod_commitment_status_get_type, commitment_status_titles),
  TITLES (coprod_severity_get_type, severity_titles),
  TITLES (coprod_project_status_get_type, project_status_titles),
  TITLES (coprod_meeting_status_get_type, meeting_status_titles),
  TITLES (coprod_initiator_get_type, initiator_titles),
  TITLES (coprod_proposal_outcome_get_type, proposal_outcome_titles),
  TITLES (coprod_check_status_get_type, check_status_titles),
  TITLES (coprod_score_source_get_type, score_source_titles),
  TITLES (coprod_payment_preference_get_type, payment_preference_titles),
  TITLES (coprod_figure_qualifier_get_type, figure_qualifier_titles),
  TITLES (coprod_selection_get_type, selection_titles),
  TITLES (coprod_seat_payment_get_type, seat_payment_titles),
  TITLES (coprod_claim_agreement_get_type, claim_agreement_titles),
  TITLES (coprod_report_scope_get_type, report_scope_titles),
  TITLES (coprod_report_format_get_type, report_format_titles),
  TITLES (coprod_report_table_get_type, report_table_titles),
  TITLES (coprod_consent_method_get_type, consent_method_titles),
  TITLES (coprod_popolo_flags_get_type, popolo_flags_titles),
};

static void
ensure_text_domain (void)
{
  static gsize bound = 0;

  if (g_once_init_enter (&bound))
    {
      bindtextdomain (GETTEXT_PACKAGE, COPROD_LOCALEDIR);
      bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
      g_once_init_leave (&bound, 1);
    }
}

static const CoprodEnumTitle *
find_title (GType enum_type,
            int   value)
{
  guint t, i;

  for (t = 0; t < G_N_ELEMENTS (enum_titles); t++)
    {
      if (enum_titles[t].get_type () != enum_type)
        continue;

      for (i = 0; i < enum_titles[t].n_titles; i++)
        if (enum_titles[t].titles[i].value == value)
          return &enum_titles[t].titles[i];
      return NULL;
    }

  return NULL;
}

/**
 * coprod_enum_get_title:
 * @enum_type: an enumeration or flags type of libcoprod, such as
 *   `COPROD_TYPE_MODE` or `COPROD_TYPE_ROLE`
 * @value: one of its values; for a flags type, one flag (or the value 0,
 *   which each flags type names)
 *
 * Gets the title of a value, to show to people: "Co-production" for
 * %COPROD_RUNG_CO_PRODUCTION, "Lived experience" for
 * %COPROD_ROLE_LIVED_EXPERIENCE, "Equal partner" for %COPROD_MODE_PARTNER.
 *
 * A title is not the value's nick: the nick (`"co-production"`) is how the
 * value is written in a document and never changes, while a title is
 * translated into the user's language (gettext domain `libcoprod`) and
 * may be reworded. Use titles in user interfaces, nicks in files.
 *
 * ```c
 * g_print ("%s\n", coprod_enum_get_title (COPROD_TYPE_STAGE,
 *                                         COPROD_STAGE_DECIDING));
 * ```
 *
 * Returns: (nullable): the title, or %NULL if @enum_type is not an
 *   enumeration or flags type of libcoprod or @value is not one of its
 *   values (a combination of flags has no title: take each flag)
 *
 * Since: 0.1
 */
const char *
coprod_enum_get_title (GType enum_type,
                       int   value)
{
  const CoprodEnumTitle *title = find_title (enum_type, value);

  if (title == NULL)
    return NULL;

  ensure_text_domain ();
  return g_dgettext (GETTEXT_PACKAGE, title->title);
}

/**
 * coprod_enum_get_description:
 * @enum_type: an enumeration or flags type of libcoprod
 * @value: one of its values; for a flags type, one flag (or 0)
 *
 * Gets a sentence that says what a value means, to show to people, for
 * example as a tooltip beside its title (see
 * [func@Coprod.enum_get_title]): "Equal partners at all stages." for
 * %COPROD_RUNG_CO_PRODUCTION. Translated, like the title.
 *
 * Returns: (nullable): the description, or %NULL if @enum_type is not an
 *   enumeration or flags type of libcoprod or @value is not one of its
 *   values
 *
 * Since: 0.1
 */
const char *
coprod_enum_get_description (GType enum_type,
                             int   value)
{
  const CoprodEnumTitle *title = find_title (enum_type, value);

  if (title == NULL)
    return NULL;

  ensure_text_domain ();
  return g_dgettext (GETTEXT_PACKAGE, title->description);
}
