#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""The assessment of every project of a registry, in pure Python, by the
rules of libcoprod's coprod_registry_assess_all() (libcoprod/checks/
coprod-assessment.c), read from the plain document json.load() returns.

    assess_py.py FILE...

compares, for each FILE, every field of every project's assessment made
here with the one libcoprod makes (loaded and assessed through gi), prints
the first differences and their count, and exits with 1 on any.

The assessment gives what CoprodAssessment gives: the rung reached with
the involvements held and the rung the plan would reach, the claimed and
aimed rungs, the evidence per stage (best mode and who gave it, people,
mode counts, partners, staff partners, hours, paid and supported), the
next rung and its gaps, the findings with the library's messages, and
what became of the proposals of people with lived experience. The
look-ups it needs (people, the relations of payments, meetings and
proposals to projects, the staff and policies of partnerships) are made
once per call, as the library's index is made once per registry, and each
only when first needed.
"""

import sys
from typing import NamedTuple, Optional

STAGES = ('planning', 'deciding', 'designing', 'doing', 'delivering', 'evaluating')
STAGE_INDEX = {nick: i for i, nick in enumerate(STAGES)}
STAGE_ALL = 0x3f
DOING_OR_DELIVERING = (1 << 3) | (1 << 4)
PLANNING_AND_DECIDING = (1 << 0) | (1 << 1)
N_STAGES = len(STAGES)

MODE_NICKS = ('none', 'passive', 'educated', 'informed', 'consulted', 'engaged', 'partner')
MODES = {nick: i for i, nick in enumerate(MODE_NICKS)}
N_MODES = len(MODE_NICKS)
CONSULTED = MODES['consulted']
PARTNER = MODES['partner']

RUNG_NICKS = ('none', 'coercion', 'educating', 'informing', 'consultation',
              'engagement', 'co-design', 'co-production')
RUNGS = {nick: i for i, nick in enumerate(RUNG_NICKS)}
ENGAGEMENT = RUNGS['engagement']
CO_DESIGN = RUNGS['co-design']
CO_PRODUCTION = RUNGS['co-production']
# the rung of the best mode anywhere, below co-design
RUNG_OF_BEST = (0, 1, 2, 3, 4, 5, 5)

PROJECT_STATUSES = {nick: i for i, nick in enumerate(
    ('unspecified', 'planned', 'under-way', 'completed', 'paused', 'cancelled'))}
# planned, under way or paused: what is missing may still come
NOT_YET_COMPLETED = frozenset((1, 2, 4))

SEVERITY_INFO = 0
SEVERITY_WARNING = 1

LIVED_EXPERIENCE_ROLES = frozenset(('lived-experience', 'carer', 'family-member'))
UNSUPPORTED_MEETINGS = frozenset(('planned', 'cancelled'))
ADOPTED = frozenset(('adopted', 'adopted-with-changes'))
COLLECTIONS = ('organisations', 'people', 'partnerships', 'posts', 'projects',
               'meetings', 'rate_cards', 'policies', 'payments', 'outputs',
               'charters', 'pledges', 'proposals', 'reviews')
EMPTY = frozenset()
NOBODY = (0,) * N_STAGES


def date_after(a, b):
    """Whether the ISO date @a is after @b (coprod_date_compare() > 0):
    dates compare by what they share, so one that contains the other is
    neither before nor after it."""
    n = min(len(a), len(b))
    return a[:n] > b[:n]


def stage_list(stages):
    """"planning and deciding", "doing, delivering and evaluating" """
    nicks = [STAGES[i] for i in range(N_STAGES) if stages & (1 << i)]
    if len(nicks) < 2:
        return ''.join(nicks)
    return ', '.join(nicks[:-1]) + ' and ' + nicks[-1]


def rung_from_modes(stages, best):
    """The rules of the ladder, first match wins, on the best mode per
    stage @best of the stages in scope @stages."""
    if stages & DOING_OR_DELIVERING and all(
            best[i] == PARTNER for i in range(N_STAGES) if stages & (1 << i)):
        return CO_PRODUCTION
    if best[2] == PARTNER or best[1] == PARTNER:
        return CO_DESIGN
    return RUNG_OF_BEST[max(best)]


class Finding(NamedTuple):
    """What the assessment noticed, as CoprodFinding gives it"""
    severity: int
    code: str
    record_id: str
    member: Optional[str]
    message: str

    def as_tuple(self):
        return tuple(self)


class Gap:
    """What a stage misses for the next rung, as CoprodGap gives it; the
    stage is its flag (1 << index)."""
    __slots__ = ('stage', 'current_mode', 'required_mode', 'in_scope',
                 'alternative', 'to_come', 'planned')

    def __init__(self, stage, current_mode, required_mode, in_scope,
                 alternative, to_come, planned):
        self.stage = stage
        self.current_mode = current_mode
        self.required_mode = required_mode
        self.in_scope = in_scope
        self.alternative = alternative
        self.to_come = to_come
        self.planned = planned

    def as_tuple(self):
        return (self.stage, self.current_mode, self.required_mode, self.in_scope,
                self.alternative, self.to_come, self.planned)


class Assessment:
    """One project's assessment. Rungs, modes and statuses are the values
    of the library's enums (RUNG_NICKS, MODE_NICKS give their nicks),
    stages a mask of flags (bit i: STAGES[i]); the per-stage tuples are
    indexed like STAGES. The gaps are described as they are found and
    made when asked for, as the library does."""
    __slots__ = ('project_id', 'rung', 'projected_rung', 'aimed_rung', 'claimed_rung',
                 'next_rung', 'stages', 'project_status', 'has_young_people',
                 'best_mode', 'projected_best', 'best_mode_people', 'n_people',
                 'n_people_total', 'mode_counts', 'n_le_partners',
                 'n_professional_partners', 'n_staff_partners', 'hours', 'n_paid',
                 'n_supported', 'n_proposals_adopted', 'n_proposals_not_adopted',
                 'n_proposals_pending', 'n_proposals_not_fed_back', 'gap_specs',
                 'findings')

    @property
    def aim_reached(self):
        return self.rung >= self.aimed_rung

    @property
    def gaps(self):
        to_come = self.project_status in NOT_YET_COMPLETED
        gaps = []
        for i, required, alternative in self.gap_specs:
            in_scope = bool(self.stages & (1 << i))
            gaps.append(Gap(1 << i, self.best_mode[i] if in_scope else 0, required,
                            in_scope, alternative, to_come,
                            in_scope and self.projected_best[i] >= required))
        return gaps

    def as_dict(self):
        """Every value the assessment gives, as plain values: what
        compare() puts beside the library's."""
        hours_total = 0.0
        for h in self.hours:
            hours_total += h
        return {
            'project_id': self.project_id,
            'rung': self.rung,
            'projected_rung': self.projected_rung,
            'claimed_rung': self.claimed_rung,
            'aimed_rung': self.aimed_rung,
            'aim_reached': self.aim_reached,
            'stages': self.stages,
            'project_status': self.project_status,
            'has_young_people': self.has_young_people,
            'next_rung': self.next_rung,
            'n_people_total': self.n_people_total,
            'hours_total': hours_total,
            'mode_count_total': [sum(c[m] for c in self.mode_counts) for m in range(N_MODES)],
            'per_stage': [{
                'best_mode': self.best_mode[i],
                'best_mode_people': list(self.best_mode_people[i]),
                'n_people': self.n_people[i],
                'mode_count': list(self.mode_counts[i]),
                'partner_counts': (self.n_le_partners[i], self.n_professional_partners[i]),
                'n_staff_partners': self.n_staff_partners[i],
                'hours': self.hours[i],
                'n_paid': self.n_paid[i],
                'n_supported': self.n_supported[i],
            } for i in range(N_STAGES)],
            'n_proposals_adopted': self.n_proposals_adopted,
            'n_proposals_not_adopted': self.n_proposals_not_adopted,
            'n_proposals_pending': self.n_proposals_pending,
            'n_proposals_not_fed_back': self.n_proposals_not_fed_back,
            'gaps': [g.as_tuple() for g in self.gaps],
            'findings': [f.as_tuple() for f in self.findings],
        }


class _Index:
    """The look-ups of one document, each made when first asked for."""

    def __init__(self, document):
        self.document = document
        # person id -> (lived experience, young person, staff, withdrawn date)
        self.people = {}
        for person in document.get('people') or ():
            roles = person.get('roles') or ()
            self.people[person['id']] = (not LIVED_EXPERIENCE_ROLES.isdisjoint(roles),
                                         'young-person' in roles, 'staff' in roles,
                                         person.get('withdrawn_date'))
        self._other_ids = None
        self._meeting_projects = None
        self._payers = None
        self._supported = None
        self._proposals = None
        self._staff = None
        self.partnerships = None
        self._members = None
        self._policies = None
        self._loops = {}
        self._policy_of = {}

    def collection(self, name):
        return self.document.get(name) or ()

    def is_record(self, record_id):
        """Whether @record_id is the id of a record of any collection other
        than people."""
        if self._other_ids is None:
            self._other_ids = {r['id'] for name in COLLECTIONS if name != 'people'
                               for r in self.collection(name)}
        return record_id in self._other_ids

    def _projects_of(self, record):
        """The projects @record (a payment or a proposal) is of: the one it
        names, and that of its meeting when that is another"""
        project = record.get('project_id')
        if self._meeting_projects is None:
            self._meeting_projects = {m['id']: m.get('project_id')
                                      for m in self.collection('meetings')}
        meeting_project = self._meeting_projects.get(record.get('meeting_id'))
        if meeting_project is None or meeting_project == project:
            return (project,) if project is not None else ()
        return (project, meeting_project) if project is not None else (meeting_project,)

    def payers(self, project_id):
        """The people paid for @project_id or one of its meetings"""
        if self._payers is None:
            self._payers = {}
            for payment in self.collection('payments'):
                person = payment.get('person_id')
                if person is not None:
                    for project in self._projects_of(payment):
                        self._payers.setdefault(project, set()).add(person)
        return self._payers.get(project_id, EMPTY)

    def supported(self, project_id):
        """The attendees of the meetings of @project_id that offer support
        and were not planned or cancelled"""
        if self._supported is None:
            self._supported = {}
            for meeting in self.collection('meetings'):
                project = meeting.get('project_id')
                if (project is not None and meeting.get('support')
                        and meeting.get('status') not in UNSUPPORTED_MEETINGS):
                    self._supported.setdefault(project, set()).update(
                        meeting.get('attendee_ids') or ())
        return self._supported.get(project_id, EMPTY)

    def proposals(self, project_id):
        if self._proposals is None:
            self._proposals = {}
            for proposal in self.collection('proposals'):
                for project in self._projects_of(proposal):
                    self._proposals.setdefault(project, []).append(proposal)
        return self._proposals.get(project_id, ())

    def _index_partnerships(self):
        """The members of each partnership, and the staff: members who sit
        on behalf of an organisation that is itself a member"""
        self.partnerships = {p['id']: p for p in self.collection('partnerships')}
        self._members = {}
        self._staff = {}
        for partnership in self.collection('partnerships'):
            memberships = partnership.get('memberships') or ()
            members = {m['member_id'] for m in memberships if m.get('member_id') is not None}
            staff = {m['member_id'] for m in memberships
                     if m.get('member_id') is not None and m.get('on_behalf_of_id') in members}
            self._members[partnership['id']] = members
            if staff:
                self._staff[partnership['id']] = staff

    def staff(self, partnership_id):
        """The staff of the member organisations who sit in @partnership_id"""
        if self._staff is None:
            self._index_partnerships()
        return self._staff.get(partnership_id, EMPTY)

    def _own_policy(self, partnership_id):
        """The first policy (in the order of the policies) of a member of
        @partnership_id that covers some support"""
        members = self._members.get(partnership_id)
        if not members:
            return None
        best = None
        for member in members:
            for position, policy_id in self._policies.get(member, ()):
                if best is None or position < best[0]:
                    best = (position, policy_id)
        return best[1] if best is not None else None

    def _parent(self, partnership_id):
        partnership = self.partnerships.get(partnership_id)
        parent = partnership.get('parent_id') if partnership is not None else None
        return parent if parent in self.partnerships else None

    def _comes_back(self, partnership_id):
        """Whether walking up the parents from @partnership_id comes back
        to an id already walked"""
        if partnership_id not in self.partnerships:
            return False
        path = []
        on_path = set()
        current = partnership_id
        while True:
            known = self._loops.get(current)
            if known is not None:
                result = known
                break
            if current in on_path:
                result = True
                break
            path.append(current)
            on_path.add(current)
            current = self._parent(current)
            if current is None:
                result = False
                break
        for walked in path:
            self._loops[walked] = result
        return result

    def policy(self, partnership_id):
        """The id of the policy that covers @partnership_id: that of a member
        organisation, or else of the nearest parent partnership whose
        members have one; none up a chain of parents that comes back on
        itself"""
        if partnership_id is None:
            return None
        if self._policies is None:
            if self._members is None:
                self._index_partnerships()
            self._policies = {}
            for position, policy in enumerate(self.collection('policies')):
                organisation = policy.get('organisation_id')
                if organisation is not None and policy.get('covers'):
                    self._policies.setdefault(organisation, []).append((position, policy['id']))
        walked = []
        found = None
        current = partnership_id
        while current is not None:
            if current in self._policy_of:
                found = self._policy_of[current]
                break
            walked.append(current)
            found = self._own_policy(current)
            if found is not None or self._comes_back(current):
                break
            current = self._parent(current)
        for w in walked:
            self._policy_of[w] = found
        return found


def _assess(project, index):
    self = Assessment()
    project_id = project['id']
    people = index.people
    findings = []

    stage_nicks = project.get('stages')
    if stage_nicks is None:
        stages = STAGE_ALL
    else:
        stages = 0
        for nick in stage_nicks:
            stages |= 1 << STAGE_INDEX[nick]
    status = PROJECT_STATUSES[project.get('status', 'unspecified')]
    aimed_rung = RUNGS[project.get('aimed_rung', 'none')]
    claimed_rung = RUNGS[project.get('claimed_rung', 'none')]
    deadline = project.get('deadline')
    deadline_fixed_flag = project.get('deadline_fixed', False)
    deadline_fixed = deadline_fixed_flag and deadline is not None
    partnership_id = project.get('partnership_id')

    best = [0] * N_STAGES
    projected_best = [0] * N_STAGES
    professional_best = [0] * N_STAGES
    mode_counts = [[0] * N_MODES for _ in range(N_STAGES)]
    hours = [0.0] * N_STAGES
    stage_people = [set() for _ in range(N_STAGES)]
    # partners once per stage: (stage, person) pairs, and counts per stage
    le_partners = set()
    pro_partners = set()
    n_le = [0] * N_STAGES
    n_pro = [0] * N_STAGES
    n_staff = [0] * N_STAGES
    first_le_partner = [None] * N_STAGES
    best_people = [()] * N_STAGES
    best_added = [None] * N_STAGES
    lived_people = set()
    has_young_people = False
    staff = None

    for i, inv in enumerate(project.get('involvements') or ()):
        person_id = inv.get('person_id')
        if person_id is None:
            continue
        person = people.get(person_id)
        if person is None:
            if index.is_record(person_id):
                findings.append(Finding(
                    SEVERITY_WARNING, 'not-a-person', project_id, f'involvements[{i}]',
                    f'the involvement names {person_id}, which is not a person; '
                    'it is not counted'))
            else:
                findings.append(Finding(
                    SEVERITY_WARNING, 'unknown-person', project_id, f'involvements[{i}]',
                    'the involvement names a person who is not in the registry; '
                    'it is not counted'))
            continue
        lived, young, staff_role, withdrawn = person

        # after withdrawal nothing counts: the person no longer takes part
        date = inv.get('date')
        if date is not None and withdrawn is not None and date_after(date, withdrawn):
            findings.append(Finding(
                SEVERITY_WARNING, 'after-withdrawal', project_id, f'involvements[{i}]',
                f'the involvement of {person_id} is dated after they withdrew; '
                'it is not counted'))
            continue

        if young:
            has_young_people = True

        s = STAGE_INDEX.get(inv.get('stage'))
        if s is None or not stages & (1 << s):
            continue
        mode = MODES[inv.get('mode', 'none')]
        planned = inv.get('planned', False)

        if not lived:
            if planned:
                continue
            if mode > professional_best[s]:
                professional_best[s] = mode
            if mode == PARTNER and (s, person_id) not in pro_partners:
                pro_partners.add((s, person_id))
                n_pro[s] += 1
            continue

        # lived experience brought in to plan or decide after a fixed deadline
        if deadline_fixed and date is not None and s < 2 and date_after(date, deadline):
            findings.append(Finding(
                SEVERITY_WARNING, 'late-involvement', project_id, f'involvements[{i}]',
                f'{person_id} took part in {STAGES[s]} on a date after the fixed deadline'))

        if mode > projected_best[s]:
            projected_best[s] = mode
        if planned:
            continue

        lived_people.add(person_id)
        stage_people[s].add(person_id)
        mode_counts[s][mode] += 1
        hours[s] += inv.get('hours', 0.0)

        if mode == PARTNER and (s, person_id) not in le_partners:
            if not n_le[s]:
                first_le_partner[s] = (i, person_id)
            le_partners.add((s, person_id))
            n_le[s] += 1
            if staff is None:
                staff = index.staff(partnership_id)
            if staff_role or person_id in staff:
                n_staff[s] += 1

        # a better mode starts the stage's people again; each person is
        # added once at the best mode
        if mode > best[s]:
            best[s] = mode
            best_people[s] = [person_id]
            best_added[s] = {person_id}
        elif mode == best[s] and mode and person_id not in best_added[s]:
            best_added[s].add(person_id)
            best_people[s].append(person_id)

    # paid for the project or one of its meetings, or supported at one of
    # its meetings: only people with lived experience are counted
    if lived_people:
        paid = lived_people.intersection(index.payers(project_id))
        supported = lived_people.intersection(index.supported(project_id))
    else:
        paid = supported = EMPTY

    # what became of the proposals of people with lived experience
    adopted = not_adopted = pending = not_fed_back = 0
    for proposal in index.proposals(project_id):
        for proposer in proposal.get('proposer_ids') or ():
            person = people.get(proposer)
            if person is not None and person[0]:
                break
        else:
            continue
        outcome = proposal.get('outcome', 'pending')
        if outcome == 'pending':
            pending += 1
            continue
        if outcome in ADOPTED:
            adopted += 1
        else:
            not_adopted += 1
        if proposal.get('fed_back_date') is None:
            not_fed_back += 1

    rung = rung_from_modes(stages, best)

    self.project_id = project_id
    self.rung = rung
    self.projected_rung = rung_from_modes(stages, projected_best)
    self.aimed_rung = aimed_rung
    self.claimed_rung = claimed_rung
    self.stages = stages
    self.project_status = status
    self.has_young_people = has_young_people
    # what is kept is read only: tuples, which the collector stops
    # following once it has seen them hold only numbers and strings
    self.best_mode = tuple(best)
    self.projected_best = tuple(projected_best)
    self.best_mode_people = tuple(map(tuple, best_people))
    self.n_people = tuple(map(len, stage_people))
    self.n_people_total = len(lived_people)
    self.mode_counts = tuple(map(tuple, mode_counts))
    self.n_le_partners = tuple(n_le)
    self.n_professional_partners = tuple(n_pro)
    self.n_staff_partners = tuple(n_staff)
    self.hours = tuple(hours)
    if paid:
        self.n_paid = tuple([len(p & paid) for p in stage_people])
    else:
        self.n_paid = NOBODY
    if supported:
        self.n_supported = tuple([len(p & supported) for p in stage_people])
    else:
        self.n_supported = NOBODY
    self.n_proposals_adopted = adopted
    self.n_proposals_not_adopted = not_adopted
    self.n_proposals_pending = pending
    self.n_proposals_not_fed_back = not_fed_back

    # the next rung, and the gaps to it: (stage index, mode, alternative)
    in_scope = [i for i in range(N_STAGES) if stages & (1 << i)]
    gaps = []
    if rung <= RUNGS['consultation']:
        # one stage at the next mode is enough; rung r needs mode r
        next_rung = rung + 1
        gaps = [(i, next_rung, True) for i in in_scope if best[i] < next_rung]
    elif rung == ENGAGEMENT and stages & ((1 << 1) | (1 << 2)):
        next_rung = CO_DESIGN
        gaps = [(i, PARTNER, True) for i in (1, 2) if stages & (1 << i)]
    elif rung < CO_PRODUCTION:
        # co-design is out of reach without deciding or designing
        next_rung = CO_PRODUCTION
        gaps = [(i, PARTNER, False) for i in in_scope if best[i] != PARTNER]
        if not stages & DOING_OR_DELIVERING:
            gaps.append((3, PARTNER, True))
            gaps.append((4, PARTNER, True))
    else:
        next_rung = rung
    self.next_rung = next_rung
    self.gap_specs = tuple(gaps)

    # the findings
    n_stages_involved = 0
    for i in in_scope:
        nick = STAGES[i]
        if best[i]:
            n_stages_involved += 1

        # professionals as partners where lived experience was at most consulted
        if professional_best[i] == PARTNER and best[i] <= CONSULTED:
            if best[i] == 0:
                findings.append(Finding(
                    SEVERITY_WARNING, 'professionals-only', project_id, None,
                    f'professionals are partners in {nick} but no one with lived '
                    'experience took part in it'))
            else:
                findings.append(Finding(
                    SEVERITY_WARNING, 'professionals-lead', project_id, None,
                    f'professionals are partners in {nick} but people with lived '
                    f'experience were only {MODE_NICKS[best[i]]}'))

        # one voice of lived experience among several professionals
        if n_le[i] == 1 and n_pro[i] > 1:
            first, first_id = first_le_partner[i]
            findings.append(Finding(
                SEVERITY_WARNING, 'single-voice', project_id, f'involvements[{first}]',
                f'in {nick}, {first_id} is the only partner with lived experience, '
                f'beside {n_pro[i]} professional partners'))

        # lived experience in the stage only from inside the organisations
        if n_le[i] > 0 and n_staff[i] == n_le[i]:
            findings.append(Finding(
                SEVERITY_WARNING, 'lived-experience-staff-only', project_id, None,
                f'every partner with lived experience in {nick} ({n_le[i]}) is also staff '
                'of an organisation; they are counted, and shown apart'))

    if rung >= CO_DESIGN and stages & PLANNING_AND_DECIDING != PLANNING_AND_DECIDING:
        findings.append(Finding(
            SEVERITY_WARNING, 'narrowed-scope', project_id, 'stages',
            f'the scope leaves out {stage_list(STAGE_ALL & ~stages)}; '
            f'{RUNG_NICKS[rung]} is read from the other stages only'))

    if deadline_fixed_flag and stages & 1 and best[0] != PARTNER:
        findings.append(Finding(
            SEVERITY_WARNING, 'fixed-deadline', project_id, 'deadline_fixed',
            'a fixed outside deadline and no partner with lived experience in planning'))

    if n_stages_involved == 1 and len(in_scope) > 1:
        findings.append(Finding(
            SEVERITY_WARNING, 'single-stage', project_id, None,
            f'people with lived experience took part in only one of the {len(in_scope)} '
            'stages in scope'))

    if rung == 0:
        findings.append(Finding(
            SEVERITY_WARNING, 'no-lived-experience', project_id, None,
            'no involvement of a person with lived experience is recorded'))

    if lived_people and not paid and not supported:
        policy = index.policy(partnership_id)
        if policy is not None:
            findings.append(Finding(
                SEVERITY_WARNING, 'unsupported', project_id, None,
                f'policy {policy} covers support and payment, but nobody with lived '
                'experience on the project is recorded as paid or supported'))

    # "not yet" is not "left out": a project still going has not reached
    # its aim so far
    if aimed_rung and rung < aimed_rung:
        if status in NOT_YET_COMPLETED:
            message = (f'the project aims at {RUNG_NICKS[aimed_rung]} and has reached '
                       f'{RUNG_NICKS[rung]} so far')
        else:
            message = (f'the project aimed at {RUNG_NICKS[aimed_rung]} and reached '
                       f'{RUNG_NICKS[rung]}')
        findings.append(Finding(SEVERITY_INFO, 'aim-not-reached', project_id,
                                'aimed_rung', message))

    if claimed_rung > rung:
        findings.append(Finding(
            SEVERITY_WARNING, 'overclaimed', project_id, 'claimed_rung',
            f'the project claims {RUNG_NICKS[claimed_rung]} but the involvements held '
            f'reach {RUNG_NICKS[rung]}'))

    self.findings = tuple(findings)
    return self


def assess_all(document, as_of=None):
    """The assessment of every project of @document (as json.load() gives
    it), in the order of the projects, as coprod_registry_assess_all()
    makes it. @as_of is accepted for the shape of the engines that depend
    on today; the assessment, like the library's, reads no date but those
    of the records."""
    index = _Index(document)
    return [_assess(project, index) for project in document.get('projects') or ()]


# The same values through libcoprod

def library_assessment_dict(a, Coprod):
    """Every getter of a CoprodAssessment @a, as plain values in the shape
    of Assessment.as_dict()."""
    none = Coprod.Stage.NONE
    per_stage = []
    for i in range(N_STAGES):
        stage = Coprod.Stage(1 << i)
        per_stage.append({
            'best_mode': int(a.get_best_mode(stage)),
            'best_mode_people': list(a.get_best_mode_people(stage)),
            'n_people': a.get_n_people(stage),
            'mode_count': [a.get_mode_count(stage, Coprod.Mode(m)) for m in range(N_MODES)],
            'partner_counts': tuple(a.get_partner_counts(stage)),
            'n_staff_partners': a.get_n_staff_partners(stage),
            'hours': a.get_hours(stage),
            'n_paid': a.get_n_paid(stage),
            'n_supported': a.get_n_supported(stage),
        })
    return {
        'project_id': a.get_project_id(),
        'rung': int(a.get_rung()),
        'projected_rung': int(a.get_projected_rung()),
        'claimed_rung': int(a.get_claimed_rung()),
        'aimed_rung': int(a.get_aimed_rung()),
        'aim_reached': a.get_aim_reached(),
        'stages': int(a.get_stages()),
        'project_status': int(a.get_project_status()),
        'has_young_people': a.has_young_people(),
        'next_rung': int(a.get_next_rung()),
        'n_people_total': a.get_n_people(none),
        'hours_total': a.get_hours(none),
        'mode_count_total': [a.get_mode_count(none, Coprod.Mode(m)) for m in range(N_MODES)],
        'per_stage': per_stage,
        'n_proposals_adopted': a.get_n_proposals_adopted(),
        'n_proposals_not_adopted': a.get_n_proposals_not_adopted(),
        'n_proposals_pending': a.get_n_proposals_pending(),
        'n_proposals_not_fed_back': a.get_n_proposals_not_fed_back(),
        'gaps': [(int(g.get_stage()), int(g.get_current_mode()), int(g.get_required_mode()),
                  g.get_in_scope(), g.get_alternative(), g.get_to_come(), g.get_planned())
                 for g in a.get_gaps()],
        'findings': [(int(f.get_severity()), f.get_code(), f.get_record_id(),
                      f.get_member(), f.get_message())
                     for f in a.get_findings()],
    }


def _plain(value):
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def _differences(path, ours, theirs, out):
    """Appends to @out a (where, ours, theirs) for each value that differs"""
    if isinstance(ours, dict) and isinstance(theirs, dict):
        for key in list(ours) + [k for k in theirs if k not in ours]:
            _differences(f'{path}.{key}', ours.get(key), theirs.get(key), out)
    elif (isinstance(ours, list) and isinstance(theirs, list) and len(ours) == len(theirs)
          and any(isinstance(v, (dict, list, tuple)) for v in ours)):
        for k, (a, b) in enumerate(zip(ours, theirs)):
            _differences(f'{path}[{k}]', a, b, out)
    elif _plain(ours) != _plain(theirs) or isinstance(ours, bool) != isinstance(theirs, bool):
        out.append((path, ours, theirs))


def compare_document(document, registry, Coprod):
    """The differences between the assessments of @document here and those
    of @registry (the same document loaded by libcoprod): a list of
    (where, ours, libcoprod's), and the number of projects"""
    ours = assess_all(document)
    theirs = registry.assess_all()
    differences = []
    if len(ours) != theirs.get_n_items():
        differences.append(('projects (count)', len(ours), theirs.get_n_items()))
    for k, (a, b) in enumerate(zip(ours, theirs)):
        _differences(f'projects[{k}] {a.project_id}', a.as_dict(),
                     library_assessment_dict(b, Coprod), differences)
    return differences, len(ours)


def compare(document_path, limit=10, out=sys.stdout):
    """Loads @document_path both ways, with json.load() and through
    libcoprod, compares every value of every project's assessment, prints
    the first @limit differences and their count; returns the number of
    differences and of projects."""
    import json
    import gi
    gi.require_version('Coprod', '1.0')
    from gi.repository import Coprod, Gio

    with open(document_path, 'rb') as f:
        document = json.load(f)
    registry = Coprod.Registry.new()
    registry.load_from_file(Gio.File.new_for_path(document_path), None)
    differences, n_projects = compare_document(document, registry, Coprod)

    for where, ours, theirs in differences[:limit]:
        print(f'{document_path}: {where}: python {ours!r}, libcoprod {theirs!r}', file=out)
    print(f'{document_path}: {n_projects} projects, {len(differences)} differences', file=out)
    return len(differences), n_projects


def main(argv):
    if len(argv) < 2:
        print(f'usage: {argv[0]} FILE...', file=sys.stderr)
        return 2
    total = 0
    for path in argv[1:]:
        n, _ = compare(path)
        total += n
    return 1 if total else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
