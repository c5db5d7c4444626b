"""Bank proof benchmark: where `offerloop content check` spends its time, and what it would take on
two idle cores.

Run: `python -m bench.proof` (the whole bank) or `python -m bench.proof --problem two-sum --track data`.
Proves the problems exactly as `offerloop content check` does, then prints CPU seconds (this
process, the judge's zygotes and sandboxed children, the contract workers) and wall seconds per
track and per phase, the slowest problems, and the projected wall time on two idle cores: the
measured per-problem CPU scheduled longest-first on two cores. On a machine shared with other work,
wall time stretches but CPU seconds barely move, so the projection is the figure to compare.
"""

from __future__ import annotations

import argparse
import heapq
import resource
import sys
import time
from collections import defaultdict

TARGET_SECONDS = 300.0  # issue 18 point 4 / issue 20 point 7: the whole bank in under 5 minutes on 2 cores


def projected_wall(costs: list[float], cores: int = 2) -> float:
    """Longest-first list scheduling of the jobs' CPU seconds on `cores` cores: the finish time."""
    loads = [0.0] * cores
    for c in sorted(costs, reverse=True):
        heapq.heapreplace(loads, loads[0] + c)
    return max(loads)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--problem", action="append", default=[], help="prove only this problem (repeatable)")
    ap.add_argument("--track", action="append", default=[], help="prove only this track (repeatable)")
    ap.add_argument("--top", type=int, default=15, help="how many of the slowest problems to list")
    args = ap.parse_args(argv)

    from offerloop.content.check import check_bank
    from offerloop.content.loader import load_bank

    bank = load_bank()
    only = [s for s, p in sorted(bank.problems.items())
            if (not args.problem or s in args.problem) and (not args.track or p.meta.track in args.track)]
    timings: list = []
    wall0 = time.perf_counter()
    self0, kids0 = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    report = check_bank(prove=True, only=only, timings=timings,
                        step=lambda done, total, what: print(f"\r{done}/{total} {what[:50]:<50}", end="", file=sys.stderr,
                                                             flush=True))
    print(file=sys.stderr)
    wall = time.perf_counter() - wall0
    self1, kids1 = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu_self = (self1.ru_utime - self0.ru_utime) + (self1.ru_stime - self0.ru_stime)
    cpu_kids = (kids1.ru_utime - kids0.ru_utime) + (kids1.ru_stime - kids0.ru_stime)
    cpu_total = cpu_self + cpu_kids

    by_track: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0])
    by_phase: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0])
    for t in timings:
        row = by_track[t.track]
        row[0] += t.cpu
        row[1] += t.wall
        row[2] += 1
        for phase, (c, w) in t.phases.items():
            by_phase[phase][0] += c
            by_phase[phase][1] += w
    measured = sum(t.cpu for t in timings)
    print(f"bank proof: {report.problems if not only else len(only)} problems, {report.proven} proven, "
          f"{len(report.issues)} issue(s)")
    print(f"  {'track':10s} {'problems':>8s} {'CPU s':>8s} {'wall s':>8s}")
    for track, (c, w, n) in sorted(by_track.items()):
        print(f"  {track:10s} {n:8d} {c:8.1f} {w:8.1f}")
    print(f"  {'phase':20s} {'CPU s':>8s} {'wall s':>8s}")
    for phase, (c, w) in sorted(by_phase.items(), key=lambda kv: -kv[1][0]):
        print(f"  {phase:20s} {c:8.1f} {w:8.1f}")
    print(f"  slowest problems (CPU s: phases)")
    for t in sorted(timings, key=lambda t: -t.cpu)[: args.top]:
        parts = ", ".join(f"{k} {c:.1f}" for k, (c, _w) in sorted(t.phases.items(), key=lambda kv: -kv[1][0]))
        print(f"    {t.slug:32s} {t.cpu:6.1f}  ({parts})")
    # Work outside the per-problem figures (loading the bank, cards, zygote start-up, worker
    # processes) is spread over both cores in the projection.
    overhead = max(0.0, cpu_total - measured)
    projection = projected_wall([t.cpu for t in timings] + [overhead / 2] * 2)
    print(f"  CPU seconds in all: {cpu_total:.1f} (this process {cpu_self:.1f}, judge and workers {cpu_kids:.1f}; "
          f"{measured:.1f} attributed to problems)")
    print(f"  wall seconds here: {wall:.1f}")
    print(f"  projected wall on 2 idle cores (longest first): {projection:.1f} s "
          f"(target {TARGET_SECONDS:.0f} s: {'met' if projection <= TARGET_SECONDS else 'NOT met'})")
    for issue in report.issues:
        print(f"  issue: {issue}")
    return 0 if report.ok else 1


if __name__ == "__main__":
    sys.exit(main())
