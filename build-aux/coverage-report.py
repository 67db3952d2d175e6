#!/usr/bin/python3
# Reads gcovr's JSON report (build-aux/coverage) and prints the files with
# the lowest line and branch coverage and the functions with the most lines
# never run.
#
#   coverage-report.py coverage.json [how-many]
import json
import sys


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        report = json.load(f)
    limit = int(sys.argv[2]) if len(sys.argv) > 2 else 10

    files = []
    gaps = []
    for entry in report["files"]:
        lines = [l for l in entry["lines"] if not l.get("gcovr/noncode")]
        branches = [b for l in lines for b in l["branches"]]
        line_hits = sum(1 for l in lines if l["count"] > 0)
        branch_hits = sum(1 for b in branches if b["count"] > 0)
        files.append((entry["file"], len(lines), line_hits,
                      len(branches), branch_hits))

        # each line belongs to the function that starts last before it
        starts = sorted((fn["lineno"], fn["name"], fn["execution_count"])
                        for fn in entry["functions"])
        missed = {}
        for l in lines:
            if l["count"] > 0:
                continue
            owner = None
            for start in starts:
                if start[0] > l["line_number"]:
                    break
                owner = start
            if owner is not None:
                missed[owner] = missed.get(owner, 0) + 1
        for (lineno, name, calls), n in missed.items():
            gaps.append((n, entry["file"], lineno, name, calls))

    def pct(hit, total):
        return 100.0 * hit / total if total else 100.0

    print("lowest line coverage:")
    for name, nl, lh, nb, bh in sorted(files, key=lambda f: pct(f[2], f[1]))[:limit]:
        print(f"  {pct(lh, nl):5.1f}%  {lh:4d}/{nl:<4d} lines     {name}")
    print("lowest branch coverage:")
    for name, nl, lh, nb, bh in sorted(files, key=lambda f: pct(f[4], f[3]))[:limit]:
        print(f"  {pct(bh, nb):5.1f}%  {bh:4d}/{nb:<4d} branches  {name}")
    print("functions with the most lines never run:")
    for n, name, lineno, fn, calls in sorted(gaps, key=lambda g: (-g[0], g[1], g[2]))[:limit]:
        state = "never called" if calls == 0 else f"called {calls} times"
        print(f"  {n:4d} lines  {name}:{lineno}  {fn} ({state})")


if __name__ == "__main__":
    main()
