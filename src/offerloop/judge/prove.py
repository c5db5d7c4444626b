"""Prove problems with the real judge: the reference and the alternatives are accepted, the starter and wrong ones are not."""

from __future__ import annotations

import os
import time
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

from offerloop.content.loader import ContentIssue
from offerloop.judge.verdict import Verdict

PROOF_SEEDS = (1, 2, 3)
HEAVY = {"pandas", "sklearn", "scipy"}


def preload_for(problems: Iterable) -> tuple[str, ...]:
    """Modules worth importing in the zygotes for these problems (what they allow beyond numpy)."""
    mods = set()
    for p in problems:
        for name in p.meta.allowed_imports:
            if name not in ("*", "numpy"):
                mods.add(name)
    return tuple(sorted(mods))


@dataclass
class ProofTiming:
    """Where one problem's proof spent its time: [CPU seconds, wall seconds] per phase. CPU counts
    the proving thread and the judge's zygote and children (the sandboxed runs) alike."""

    slug: str
    track: str
    phases: dict[str, list[float]] = field(default_factory=dict)

    def slot(self, phase: str) -> list[float]:
        return self.phases.setdefault(phase, [0.0, 0.0])

    @property
    def cpu(self) -> float:
        return sum(c for c, _ in self.phases.values())

    @property
    def wall(self) -> float:
        return sum(w for _, w in self.phases.values())


def prove_problem(pool, problem, timing: ProofTiming | None = None) -> list[ContentIssue]:
    started = time.perf_counter()
    issues = _prove(pool, problem, timing)
    problem.proof_seconds = time.perf_counter() - started
    return issues


def _prove(pool, problem, timing: ProofTiming | None = None) -> list[ContentIssue]:
    issues: list[ContentIssue] = []
    where = f"problems/{problem.slug}"

    def grade(phase: str, code: str, **kwargs):
        return pool.grade(problem, code, usage=timing.slot(phase) if timing is not None else None, **kwargs)

    try:
        reference = problem.solution_path.read_text(encoding="utf-8")
        for seed in PROOF_SEEDS:
            # The scaling check (reference against itself) once; the other seeds test correctness.
            scaling = seed == PROOF_SEEDS[0] and problem.meta.scaling is not None
            result = grade("reference scaling" if scaling else "reference", reference, seed=seed, scaling=scaling)
            if not result.accepted:
                issues.append(ContentIssue(where, f"reference solution not accepted (seed {seed}): {result.verdict.value}: {result.reason}"))
                break
            missed = [f for f in result.follow_ups if f["verdict"] != Verdict.ACCEPTED.value]
            if missed:  # the reference answers every follow-up it asks
                issues.append(ContentIssue(where, f"reference solution fails the follow-up {missed[0]['name']!r}: "
                                                  f"{missed[0]['verdict']}: {missed[0]['reason']}"))
                break
        for alt in sorted((problem.path / ".meta" / "alternatives").glob("*.py")):
            # Another correct solution, written differently: every seed must accept it too.
            for seed in PROOF_SEEDS:
                scaling = seed == PROOF_SEEDS[0] and problem.meta.scaling is not None
                result = grade("alternative scaling" if scaling else "alternatives", alt.read_text(encoding="utf-8"),
                               seed=seed, scaling=scaling)
                if not result.accepted:
                    issues.append(ContentIssue(f"{where}/.meta/alternatives/{alt.name}", f"this correct alternative is not accepted (seed {seed}): {result.verdict.value}: {result.reason}"))
                    break
        starter = grade("starter", problem.starter, seed=PROOF_SEEDS[0], fail_fast=True)
        if starter.accepted:
            issues.append(ContentIssue(where, "the starter is accepted; the tests must reject it"))
        for wrong in problem.wrong_paths:
            # fail_fast: the first failing case is proof enough (the judge stops the run there).
            # early_too_slow: a too-slow one is rejected from the two smallest sizes when its
            # projected growth is decisive (2.25x the limit; see grader.scaling_check).
            result = grade("wrong", wrong.read_text(encoding="utf-8"), seed=PROOF_SEEDS[0], fail_fast=True,
                           early_too_slow=True)
            if result.verdict is Verdict.ACCEPTED:
                issues.append(ContentIssue(f"{where}/.meta/wrong/{wrong.name}", "this wrong solution is accepted; add a hidden case that rejects it"))
    except Exception as exc:  # a broken cases.py or reference is a content issue, reported with the rest
        issues.append(ContentIssue(where, f"could not be proven: {type(exc).__name__}: {exc}"))
    return issues


def estimated_cost(problem) -> float:
    """A rough guess of a problem's proof time (arbitrary units), to start the longest first: the
    scaling check (run for the reference and each alternative) dominates, then the heavy libraries."""
    meta = problem.meta
    alternatives = len(list((problem.path / ".meta" / "alternatives").glob("*.py")))
    heavy = bool(set(meta.allowed_imports) & HEAVY)
    cost = 1.0 + 0.2 * len(problem.wrong_paths) + 0.6 * alternatives + (2.0 if heavy else 0.0)
    if meta.scaling is not None:
        cost += 6.0 * (1 + alternatives)
    return cost


def prove_problems(problems: list, progress: Callable[[str], None] | None = None,
                   workers: int | None = None, timings: bool = False
                   ) -> Iterator[tuple[object, list[ContentIssue], ProofTiming | None]]:
    """Prove every problem on a pool of warm workers, yielding (problem, issues, timing) as each
    finishes (timing only with timings=True)."""
    from offerloop.judge.pool import JudgePool

    workers = workers or max(1, os.cpu_count() or 1)
    pool = JudgePool(workers=workers, preload=preload_for(problems))
    # Longest first, so the last ones to finish are short and both cores stay busy to the end.
    problems = sorted(problems, key=lambda p: (-estimated_cost(p), p.slug))

    def job(problem):
        timing = ProofTiming(problem.slug, problem.meta.track) if timings else None
        issues = prove_problem(pool, problem, timing)
        # Scaling verdicts are measurements: prove up to twice more before blaming the content.
        # A real defect fails every time; a reading skewed by machine load rarely does twice.
        for _ in range(2):
            if not issues or problem.meta.scaling is None:
                break
            issues = prove_problem(pool, problem, timing)
        return issues, timing

    try:
        with ThreadPoolExecutor(max_workers=workers) as ex:
            futures = {ex.submit(job, p): p for p in problems}
            for n, future in enumerate(as_completed(futures), start=1):
                problem = futures[future]
                issues, timing = future.result()
                if progress:
                    mark = "ok" if not issues else f"{len(issues)} issue(s)"
                    progress(f"[{n}/{len(problems)}] {problem.slug}: {mark} ({problem.proof_seconds:.1f} s)")
                yield problem, issues, timing
    finally:
        pool.close()
