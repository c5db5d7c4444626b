"""Prove problems with the real judge: the reference and the alternatives are accepted, the starter and wrong ones are not."""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor
from typing import Callable, Iterable, Iterator

from offerloop.content.loader import ContentIssue
from offerloop.judge.verdict import Verdict

PROOF_SEEDS = (1, 2, 3)


def preload_for(problems: Iterable) -> tuple[str, ...]:
    """Modules worth importing in the zygotes for these problems (what they allow beyond numpy)."""
    mods = set()
    for p in problems:
        for name in p.meta.allowed_imports:
            if name not in ("*", "numpy"):
                mods.add(name)
    return tuple(sorted(mods))


def prove_problem(pool, problem) -> list[ContentIssue]:
    import time

    started = time.perf_counter()
    issues = _prove(pool, problem)
    problem.proof_seconds = time.perf_counter() - started
    return issues


def _prove(pool, problem) -> list[ContentIssue]:
    issues: list[ContentIssue] = []
    where = f"problems/{problem.slug}"
    try:
        reference = problem.solution_path.read_text(encoding="utf-8")
        for seed in PROOF_SEEDS:
            # The scaling check (reference against itself) once; the other seeds test correctness.
            result = pool.grade(problem, reference, seed=seed, scaling=seed == PROOF_SEEDS[0])
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
                result = pool.grade(problem, alt.read_text(encoding="utf-8"), seed=seed, scaling=seed == PROOF_SEEDS[0])
                if not result.accepted:
                    issues.append(ContentIssue(f"{where}/.meta/alternatives/{alt.name}", f"this correct alternative is not accepted (seed {seed}): {result.verdict.value}: {result.reason}"))
                    break
        starter = pool.grade(problem, problem.starter, seed=PROOF_SEEDS[0], fail_fast=True)
        if starter.accepted:
            issues.append(ContentIssue(where, "the starter is accepted; the tests must reject it"))
        for wrong in problem.wrong_paths:
            result = pool.grade(problem, wrong.read_text(encoding="utf-8"), seed=PROOF_SEEDS[0], fail_fast=True)
            if result.verdict is Verdict.ACCEPTED:
                issues.append(ContentIssue(f"{where}/.meta/wrong/{wrong.name}", "this wrong solution is accepted; add a hidden case that rejects it"))
    except Exception as exc:  # a broken cases.py or reference is a content issue, reported with the rest
        issues.append(ContentIssue(where, f"could not be proven: {type(exc).__name__}: {exc}"))
    return issues


def prove_problems(problems: list, progress: Callable[[str], None] | None = None,
                   workers: int | None = None) -> Iterator[tuple[object, list[ContentIssue]]]:
    """Prove every problem on a pool of warm workers, yielding (problem, issues) as each finishes."""
    from offerloop.judge.pool import JudgePool

    workers = workers or max(1, os.cpu_count() or 1)
    pool = JudgePool(workers=workers, preload=preload_for(problems))
    # Longest first: problems with a scaling check and the heavy-library ones take the most time,
    # and starting them early keeps both cores busy until the end.
    problems = sorted(problems, key=lambda p: (p.meta.scaling is None, not set(p.meta.allowed_imports) & {"pandas", "sklearn", "scipy"}, p.slug))
    try:
        with ThreadPoolExecutor(max_workers=workers) as ex:
            for n, (problem, issues) in enumerate(ex.map(lambda p: (p, prove_problem(pool, p)), problems), start=1):
                # Scaling verdicts are measurements: prove up to twice more before blaming the content.
                # A real defect fails every time; a reading skewed by machine load rarely does twice.
                for _ in range(2):
                    if not issues or problem.meta.scaling is None:
                        break
                    issues = prove_problem(pool, problem)
                if progress:
                    mark = "ok" if not issues else f"{len(issues)} issue(s)"
                    took = getattr(problem, "proof_seconds", 0.0)
                    progress(f"[{n}/{len(problems)}] {problem.slug}: {mark} ({took:.1f} s)")
                yield problem, issues
    finally:
        pool.close()
