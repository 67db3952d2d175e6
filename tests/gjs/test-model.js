// SPDX-License-Identifier: LGPL-2.1-or-later
// Every record type of the model from GJS: made with properties, added to
// a registry, written, read back into another registry with its values.
import Coprod from 'gi://Coprod?version=1.0';
import System from 'system';

let n = 0;
let failed = 0;

function ok(cond, name) {
    n++;
    if (!cond)
        failed++;
    print(`${cond ? 'ok' : 'not ok'} ${n} - ${name}`);
}

const records = [
    ['organisations', new Coprod.Organisation({id: 'org-1', name: 'Expert Citizens', sector: Coprod.Sector.COMMUNITY_INTEREST_COMPANY}), 'sector'],
    ['people', new Coprod.Person({id: 'p-1', roles: Coprod.Role.LIVED_EXPERIENCE | Coprod.Role.CARER, retain_until: '2027-04'}), 'roles'],
    ['partnerships', new Coprod.Partnership({id: 'prt-1', kind: Coprod.GroupKind.BOARD, parent_id: 'prt-0'}), 'kind'],
    ['projects', new Coprod.Project({id: 'prj-1', stages: Coprod.Stage.DESIGNING | Coprod.Stage.DOING, aimed_rung: Coprod.Rung.CO_DESIGN}), 'stages'],
    ['meetings', new Coprod.Meeting({id: 'mtg-1', format: Coprod.MeetingFormat.HYBRID, support: Coprod.Support.TRAVEL_TICKETS}), 'support'],
    ['rate_cards', new Coprod.RateCard({id: 'rc-1', currency: 'EUR'}), 'currency'],
    ['policies', new Coprod.Policy({id: 'pol-1', payment_days: 14}), 'payment_days'],
    ['payments', new Coprod.Payment({id: 'pay-1', person_id: 'p-1', amount: 9007199254740991, outcome: Coprod.OfferOutcome.DONATED}), 'amount'],
    ['outputs', new Coprod.Output({id: 'out-1', kind: Coprod.OutputKind.TOOLKIT, people_reached: 6066, page_views: 16000}), 'people_reached'],
    ['charters', new Coprod.Charter({id: 'chr-1', trauma_informed: true, principles: ['clear language']}), 'principles'],
    ['pledges', new Coprod.Pledge({id: 'plg-1', status: Coprod.PledgeStatus.ACTIVE, signed_date: '2023-07-04'}), 'status'],
    ['proposals', new Coprod.Proposal({id: 'prop-1', proposer_ids: ['p-1'], meeting_id: 'mtg-1', outcome: Coprod.ProposalOutcome.ADOPTED_WITH_CHANGES, fed_back_date: '2024-05-14'}), 'outcome'],
    ['reviews', new Coprod.Review({id: 'rev-1', framework_id: 'flse', subject_id: 'prj-1'}), 'framework_id'],
];

try {
    const registry = Coprod.Registry.new();
    for (const [, record] of records)
        registry.add(record);

    const project = registry.lookup('prj-1');
    project.add_involvement(Coprod.Involvement.new('p-1', Coprod.Stage.DOING, Coprod.Mode.PARTNER));
    registry.lookup('plg-1').add_commitment(new Coprod.Commitment({text: 'pay within 14 days', progress: 40}));

    const [data] = registry.to_data();
    const again = Coprod.Registry.new();
    again.load_from_data(new TextEncoder().encode(data));
    ok(again.get_n_records() === records.length, 'every record read back');

    for (const [collection, record, property] of records) {
        const back = again.lookup(record.id);
        const same = JSON.stringify(back[property]) === JSON.stringify(record[property]);
        ok(back.constructor === record.constructor && same,
            `${collection}: ${record.constructor.name} keeps ${property}`);
    }

    const inv = again.lookup('prj-1').get_involvements().get_item(0);
    ok(inv.person_id === 'p-1' && inv.mode === Coprod.Mode.PARTNER && inv.stage === Coprod.Stage.DOING,
        'involvements inside a project');
    ok(again.lookup('plg-1').get_commitments().get_item(0).progress === 40, 'commitments inside a pledge');
    ok(again.get_payments().get_item(0).amount === 9007199254740991, 'amounts up to 2^53-1 are exact');
    const proposal = again.get_proposals().get_item(0);
    ok(proposal.proposer_ids.join() === 'p-1' && proposal.meeting_id === 'mtg-1' &&
       proposal.fed_back_date === '2024-05-14', 'a proposal keeps its proposers, meeting and fed-back date');
} catch (e) {
    ok(false, `${e}`);
}

print(`1..${n}`);
System.exit(failed ? 1 : 0);
