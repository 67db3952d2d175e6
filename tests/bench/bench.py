#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Times, in one run, the assessment of every project of a registry file
done in pure Python (json.load and the library's rules) and done through
libcoprod from Python (load and assess_all via gi).

    bench.py [--runs N] [--budget SECONDS] [--json] FILE

The pure-Python assessment (assess_py.py, beside this file) gives what
libcoprod's assess_all gives: the rungs reached, planned, claimed and
aimed at, the evidence of every stage, the gaps and the findings; its
test (tests/python/test_bench_assessment.py) compares every value with
the library's. The run fails if the two give any project a different
rung, and, for a file of up to 20 MB, if any value differs.

It also times the rung alone in pure Python (py_rungs: only the rules of
ARCHITECTURE.md, "The ladder and the assessment", over held involvements),
the least a Python program could do, for comparison.
"""

import argparse
import gc
import json
import os
import statistics
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import assess_py  # noqa: E402

# Up to this size, every value of every assessment is compared
FULL_COMPARE_BYTES = 20_000_000

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

    times = {k: [] for k in ('py_json_load', 'py_assess', 'py_total', 'py_rungs',
                             'gi_load', 'gi_assess', 'gi_total')}
    python_rungs = library_rungs = None
    differences = []

    for run in range(args.runs):
        def load_json():
            with open(args.file, 'rb') as f:
                return json.load(f)

        t_load, document = timed(load_json)
        t_assess, assessments = timed(lambda: assess_py.assess_all(document))
        t_rungs, rungs_only = timed(lambda: assess_all_python(document))
        python_rungs = [a.rung for a in assessments]
        if rungs_only != python_rungs:
            print('bench.py: the rung alone and the whole assessment in Python disagree',
                  file=sys.stderr)
            return 1
        del assessments, rungs_only
        times['py_json_load'].append(t_load)
        times['py_assess'].append(t_assess)
        times['py_total'].append(t_load + t_assess)
        times['py_rungs'].append(t_rungs)

        registry = Coprod.Registry.new()
        gfile = Gio.File.new_for_path(args.file)
        t_load, _ = timed(lambda: registry.load_from_file(gfile, None))
        t_assess, assessments = timed(registry.assess_all)
        library_rungs = [int(a.get_rung()) for a in assessments]
        if run == 0 and os.path.getsize(args.file) <= FULL_COMPARE_BYTES:
            differences, _ = assess_py.compare_document(document, registry, Coprod)
        del assessments, registry, document
        times['gi_load'].append(t_load)
        times['gi_assess'].append(t_assess)
        times['gi_total'].append(t_load + t_assess)
        if times['py_total'][-1] + times['gi_total'][-1] > args.budget:
            break

    if python_rungs != library_rungs or differences:
        differ = sum(1 for a, b in zip(python_rungs, library_rungs) if a != b)
        print(f'bench.py: the pure-Python assessment and libcoprod disagree: {differ} '
              f'of {len(library_rungs)} rungs, {len(differences)} values', file=sys.stderr)
        for where, ours, theirs in differences[:5]:
            print(f'  {where}: python {ours!r}, libcoprod {theirs!r}', file=sys.stderr)
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
                     ('gi_assess', 'py_assess'), ('gi_assess', 'py_rungs')):
        print(f'  {num} / {den:<20} {results[num]["median"] / results[den]["median"]:8.2f}')
    return 0


if __name__ == '__main__':
    sys.exit(main())
