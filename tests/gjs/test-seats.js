// SPDX-License-Identifier: LGPL-2.1-or-later
// Seats and pledge health from GJS: a board of ten with three seats filled,
// and a pledge lapsed the day after its review date.
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

try {
    const registry = new Coprod.Registry();
    registry.add(new Coprod.Partnership({id: 'board', kind: Coprod.GroupKind.BOARD}));
    for (let i = 1; i <= 10; i++)
        registry.add(new Coprod.Post({id: `seat-${i}`, group_id: 'board', paid: true}));
    const board = registry.lookup('board');
    for (let i = 1; i <= 3; i++) {
        registry.add(new Coprod.Person({id: `p-${i}`}));
        board.add_membership(new Coprod.Membership({member_id: `p-${i}`, post_id: `seat-${i}`, start_date: '2023-07'}));
    }

    const seats = registry.get_seats('board', '2024-06-30');
    ok(seats.get_n_seats() === 10, 'ten seats');
    ok(seats.get_n_filled() === 3, 'three filled');
    ok(seats.get_n_vacant() === 7, 'seven vacant');
    ok(seats.get_seats().get_item(0).get_holder_id() === 'p-1', 'holder by id');
    ok(seats.get_seats().get_item(0).get_payment() === Coprod.SeatPayment.UNPAID, 'no fee paid');

    const pledge = new Coprod.Pledge({id: 'pl', signed_date: '2023-07-04', status: Coprod.PledgeStatus.ACTIVE, review_date: '2024-07-03'});
    registry.add(pledge);
    ok(registry.get_pledge_health('pl', '2024-07-03').get_status() === Coprod.PledgeStatus.ACTIVE, 'active on the review day');
    ok(registry.get_pledge_health('pl', '2024-07-04').get_status() === Coprod.PledgeStatus.LAPSED, 'lapsed the day after');
} catch (e) {
    ok(false, `${e}`);
}

print(`1..${n}`);
System.exit(failed ? 1 : 0);
