#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Times, in one run, the assessment of every project of a registry file
done in pure Python (json.load and the ladder's rules) and done through
libcoprod from Python (load and assess_all via gi).

    bench.py [--runs N] [--budget SECONDS] [--json] FILE

The pure-Python assessment follows the library's rules (ARCHITECTURE.md,
"The ladder and the assessment"): only the involvements of people with
the lived-experience, carer or family-member roles count; for each stage
in scope the best mode among them is taken; then the first rule that
matches, from co-production down, gives the rung. Both ways must give
every project the same rung; the run fails if they do not.
"""

import argparse
import gc
import json
import statistics
import sys
import time

LIVED_EXPERIENCE = frozenset(('lived-experience', 'carer', 'family-member'))
STAGES = ('planning', 'deciding', 'designing', 'doing', 'delivering', 'evaluating')
MODES = {'none': 0, 'passive': 1, 'educated': 2, 'informed': 3,
         'consulted': 4, 'engaged': 5, 'partner': 6}
PARTNER = MODES['partner']
RUNGS = ('none', 'coercion', 'educating', 'informing', 'consultation',
         'engagement', 'co-design', 'co-production')
# best mode anywhere -> rung, below co-design
RUNG_OF_BEST = (0, 1, 2, 3, 4, 5, 5)


def date_after(a, b):
    """Whether the ISO date @a is after @b; a date that contains the other
    ("2024" and "2024-05") is neither before nor after it."""
    if a.startswith(b) or b.startswith(a):
        return False
    return a > b


def assess_project(project, lived, withdrawn):
    """The rung (an index into RUNGS) of one project, as a dict from the
    document; @lived maps the id of every person to whether they count,
    @withdrawn the id of everyone who withdrew to the date. Planned
    involvements and those dated after the withdrawal do not count."""
    stages = project.get('stages')
    scope = STAGES if stages is None else [s for s in STAGES if s in stages]
    best = dict.fromkeys(scope, 0)

    for inv in project.get('involvements') or ():
        person_id = inv.get('person_id')
        if person_id is None or not lived.get(person_id, False) or inv.get('planned'):
            continue
        date = inv.get('date')
        if date is not None and person_id in withdrawn and date_after(date, withdrawn[person_id]):
            continue
        stage = inv.get('stage')
        if stage not in best:
            continue
        mode = MODES.get(inv.get('mode') or 'none', 0)
        if mode > best[stage]:
            best[stage] = mode

    if (('doing' in best or 'delivering' in best)
            and all(m == PARTNER for m in best.values())):
        return 7
    if best.get('designing') == PARTNER or best.get('deciding') == PARTNER:
        return 6
    return RUNG_OF_BEST[max(best.values(), default=0)]


def assess_all_python(document):
    lived = {}
    withdrawn = {}
    for person in document.get('people') or ():
        roles = person.get('roles') or ()
        lived[person['id']] = not LIVED_EXPERIENCE.isdisjoint(roles)
        if person.get('withdrawn_date'):
            withdrawn[person['id']] = person['withdrawn_date']
    return [assess_project(p, lived, withdrawn) for p in document.get('projects') or ()]


def timed(function):
    gc.collect()
    start = time.perf_counter()
    result = function()
    return time.perf_counter() - start, result


def summary(seconds):
    return {
        'runs': seconds,
        'median': statistics.median(seconds),
        'min': min(seconds),
        'max': max(seconds),
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    parser.add_argument('file')
    parser.add_argument('--runs', '-n', type=int, default=5)
    parser.add_argument('--budget', type=float, default=300,
                        help='stop after a round that takes longer (default 300 seconds)')
    parser.add_argument('--json', action='store_true', help='print the results as JSON')
    args = parser.parse_args()

    try:
        import gi
        gi.require_version('Coprod', '1.0')
        from gi.repository import Coprod, Gio
    except (ImportError, ValueError) as e:
        print(f'bench.py: libcoprod from Python is not available: {e}', file=sys.stderr)
        return 77

    times = {k: [] for k in ('py_json_load', 'py_assess', 'py_total',
                             'gi_load', 'gi_assess', 'gi_total')}
    python_rungs = library_rungs = None

    for _ in range(args.runs):
        def load_json():
            with open(args.file, 'rb') as f:
                return json.load(f)

        t_load, document = timed(load_json)
        t_assess, python_rungs = timed(lambda: assess_all_python(document))
        del document
        times['py_json_load'].append(t_load)
        times['py_assess'].append(t_assess)
        times['py_total'].append(t_load + t_assess)

        registry = Coprod.Registry.new()
        gfile = Gio.File.new_for_path(args.file)
        t_load, _ = timed(lambda: registry.load_from_file(gfile, None))
        t_assess, assessments = timed(registry.assess_all)
        library_rungs = [int(a.get_rung()) for a in assessments]
        del assessments, registry
        times['gi_load'].append(t_load)
        times['gi_assess'].append(t_assess)
        times['gi_total'].append(t_load + t_assess)
        if times['py_total'][-1] + times['gi_total'][-1] > args.budget:
            break

    if python_rungs != library_rungs:
        differ = sum(1 for a, b in zip(python_rungs, library_rungs) if a != b)
        print(f'bench.py: the pure-Python assessment and libcoprod disagree on {differ} '
              f'of {len(library_rungs)} projects', file=sys.stderr)
        return 1

    results = {name: summary(seconds) for name, seconds in times.items()}
    counts = {RUNGS[r]: python_rungs.count(r) for r in range(len(RUNGS))}

    if args.json:
        json.dump({'file': args.file, 'projects': len(python_rungs),
                   'rungs': counts, 'operations': results}, sys.stdout, indent=2)
        print()
        return 0

    print(f'{args.file}: {len(python_rungs)} projects, the same rung both ways')
    print('  ' + ', '.join(f'{k} {v}' for k, v in counts.items() if v))
    print(f'\n  {"operation":<22} {"runs":>4} {"median s":>10} {"min s":>10} {"max s":>10}')
    for name, r in results.items():
        print(f'  {name:<22} {len(r["runs"]):>4} {r["median"]:>10.3f} {r["min"]:>10.3f} {r["max"]:>10.3f}')
    print('\nratios of medians:')
    for num, den in (('gi_total', 'py_total'), ('gi_load', 'py_json_load'),
                     ('gi_assess', 'py_assess')):
        print(f'  {num} / {den:<20} {results[num]["median"] / results[den]["median"]:8.2f}')
    return 0


if __name__ == '__main__':
    sys.exit(main())
