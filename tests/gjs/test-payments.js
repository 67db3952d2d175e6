// SPDX-License-Identifier: LGPL-2.1-or-later
// Payments and reach from GJS: claims owed at the policy's day N+1, offers
// given up never owed, and "more than 40,000" kept as a lower bound.
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

const doc = {
    format: 'coprod', version: 1,
    organisations: [{id: 'org-c'}],
    people: [{id: 'p-1', roles: ['carer'], payment_preference: 'donate'}],
    partnerships: [{id: 'prt-1', memberships: [{member_id: 'org-c'}, {member_id: 'p-1'}]}],
    projects: [{id: 'prj-1', partnership_id: 'prt-1'}],
    policies: [{id: 'pol-1', organisation_id: 'org-c', payment_days: 7, covers: ['payment']}],
    payments: [
        {id: 'pay-1', person_id: 'p-1', project_id: 'prj-1', amount: 1234, claimed_date: '2024-01-01'},
        {id: 'pay-2', person_id: 'p-1', project_id: 'prj-1', amount: 500, outcome: 'donated', claimed_date: '2024-01-01'},
    ],
    outputs: [
        {id: 'out-1', kind: 'information-hub', project_id: 'prj-1', page_views: 40000, page_views_qualifier: 'more-than'},
        {id: 'out-2', kind: 'toolkit', project_id: 'prj-1', page_views: 16000},
    ],
};

try {
    const registry = Coprod.Registry.new();
    registry.load_from_data(new TextEncoder().encode(JSON.stringify(doc)));

    ok(registry.summarise_payments('2024-01-08').get_owed_claims().get_n_items() === 0,
        'not owed on day N');
    const late = registry.summarise_payments('2024-01-09');
    const owed = late.get_owed_claims();
    ok(owed.get_n_items() === 1 && owed.get_item(0).payment_id === 'pay-1' &&
       owed.get_item(0).amount === 1234 && owed.get_item(0).days_late === 1, 'owed on day N+1');
    const total = late.get_total();
    ok(total.owed === 1234 && total.donated === 500 && total.n_donated === 1, 'a donated offer is counted apart');
    ok(late.get_people().get_item(0).preference === Coprod.PaymentPreference.DONATE, 'the preference is kept');

    const reach = registry.summarise_reach('2024-12-31').get_total();
    ok(reach.page_views === 56000 && reach.page_views_qualifier === Coprod.FigureQualifier.MORE_THAN,
        'a total with a lower bound is a lower bound');
    const text = Coprod.TextWriter.new().write_reach(registry.summarise_reach('2024-12-31'));
    ok(text.includes('more than 56,000'), 'the text says "more than"');

    const [, amount] = Coprod.RateEntry.new(null, Coprod.RateUnit.MILE, 45).price(12.3);
    ok(amount === 554, 'a mileage rate rounds to the penny');

    try {
        registry.summarise_payments('2024-02-30');
        ok(false, 'a bad date is refused');
    } catch (e) {
        ok(e.matches(Coprod.Error, Coprod.Error.DATE), 'a bad date is refused');
    }
} catch (e) {
    ok(false, `${e}`);
}

print(`1..${n}`);
System.exit(failed ? 1 : 0);
