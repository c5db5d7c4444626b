"""`offerloop content check`: load every pack, then prove every problem with the real judge."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Callable

from offerloop.content.loader import ContentIssue, load_bank

MIN_WRONG_SOLUTIONS = 3
# Misconceptions the bank must carry (issue 12): every card, more on the most-asked cards.
MOST_ASKED_TAG = "most-asked"
MIN_MISCONCEPTIONS = 1
MIN_MISCONCEPTIONS_MOST_ASKED = 2
MIN_MOST_ASKED_CARDS = 100


@dataclass
class CheckReport:
    problems: int = 0
    cards: int = 0
    questions: int = 0
    proven: int = 0
    issues: list[ContentIssue] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.issues

    def summary(self) -> str:
        state = "OK" if self.ok else f"{len(self.issues)} issue(s)"
        return (f"{state}: {self.problems} problems ({self.proven} proven), {self.cards} cards, "
                f"{self.questions} behavioral questions, in {self.seconds:.1f} s")

    def to_dict(self) -> dict:
        return {
            "ok": self.ok, "problems": self.problems, "proven": self.proven, "cards": self.cards,
            "questions": self.questions, "seconds": round(self.seconds, 2),
            "issues": [{"path": i.path, "message": i.message} for i in self.issues],
        }


def check_bank(*, prove: bool = True, only: list[str] | None = None, root=None,
               progress: Callable[[str], None] | None = None,
               step: Callable[[int, int, str], None] | None = None,
               timings: list | None = None, workers: int | None = None) -> CheckReport:
    """Check the bank; with prove, run each reference, starter and wrong solution through the judge.

    progress gets a line per proven problem (and per contract check that says something); step
    gets (done, total, what) after each job, for a progress bar; timings, a list, receives one
    ProofTiming per problem (CPU and wall per phase, contracts included)."""
    import time

    started = time.perf_counter()
    bank = load_bank(root) if root is not None else load_bank()
    report = CheckReport(problems=len(bank.problems), cards=len(bank.cards), questions=len(bank.questions))
    report.issues.extend(bank.issues)
    report.issues.extend(check_misconception_counts(bank.cards))
    problems = [p for s, p in sorted(bank.problems.items()) if not only or s in only]
    if not (prove and problems):
        report.issues.extend(check_texts(bank))  # with proofs, this runs beside them (_prove_all)
    if only:
        missing = sorted(set(only) - set(bank.problems))
        report.issues.extend(ContentIssue(s, "no such problem") for s in missing)
    for problem in problems:
        # Every problem states what its cases promise, as a check content check runs (issue 20).
        if "def check_case(" not in problem.cases_path.read_text(encoding="utf-8"):
            report.issues.append(ContentIssue(
                f"problems/{problem.slug}",
                "declares no case contract: add check_case(args, kwargs) to .meta/cases.py asserting what the prompt promises"))
        if len(problem.wrong_paths) < MIN_WRONG_SOLUTIONS:
            report.issues.append(ContentIssue(
                f"problems/{problem.slug}",
                f"has {len(problem.wrong_paths)} wrong solutions; at least {MIN_WRONG_SOLUTIONS} are required"))
    if prove and problems:
        report.issues.extend(_prove_all(problems, root, report, progress, step, timings, workers))
    report.seconds = time.perf_counter() - started
    return report


def check_texts(bank) -> list[ContentIssue]:
    """The feedback engine's proofs of the cards and design cases (no judge involved)."""
    from offerloop.design.proof import check_designs  # each design case's reference covers its own claims

    return check_cards(bank.cards) + check_designs(bank.designs)


def _prove_all(problems: list, root, report: CheckReport, progress, step, timings, workers) -> list[ContentIssue]:
    """The judge's proofs and the trusted in-process checks (the cards' and designs' texts, each
    problem's contracts and alternatives swept over many seeds), at the same time: the in-process
    checks run in worker processes at low priority, so they fill the gaps the judge leaves on the
    cores without slowing its timed runs much, and never hold this process's GIL (the scaling check
    times the judge's children from here)."""
    import os
    from concurrent.futures import ProcessPoolExecutor

    from offerloop.content.contracts import declares
    from offerloop.judge.prove import ProofTiming, prove_problems

    issues: list[ContentIssue] = []
    workers = workers or max(1, os.cpu_count() or 1)
    declaring = []
    broken_contracts = set()
    for problem in problems:
        try:
            if declares(problem):
                declaring.append(problem)
        except Exception as exc:  # a broken cases.py is a content issue, reported with the rest
            issues.append(ContentIssue(f"problems/{problem.slug}", f"contracts could not run: {type(exc).__name__}: {exc}"))
            broken_contracts.add(problem.slug)
    total = len(problems) + len(declaring)
    done = 0
    by_slug = {}
    if timings is not None:
        for problem in problems:
            by_slug[problem.slug] = ProofTiming(problem.slug, problem.meta.track)

    def finished(what: str) -> None:
        nonlocal done
        done += 1
        if step:
            step(done, total, what)

    import multiprocessing

    executor = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"),
                                   initializer=_low_priority)
    # The references' outputs for the judge's hidden cases are computed here (the judge's own
    # children are single-threaded already).
    blas = _one_blas_thread(env=False)
    packs = str(root) if root is not None else None
    texts = executor.submit(_texts_job, packs)  # the longest of these jobs: first
    # Longest first here too: the alternatives' sweeps are the long ones.
    order = sorted(declaring, key=lambda p: -len(list((p.path / ".meta" / "alternatives").glob("*.py"))))
    pending = {executor.submit(_contracts_job, packs, p.slug): p for p in order}
    try:
        proven = set()
        for problem, found, timing in prove_problems(problems, progress=progress, workers=workers,
                                                     timings=timings is not None):
            issues.extend(found)
            if not found:
                proven.add(problem.slug)
            if timing is not None:
                by_slug[problem.slug].phases.update(timing.phases)
            finished(problem.slug)
        for future, problem in pending.items():
            try:
                found, cpu, wall = future.result()
                found = [ContentIssue(path, message) for path, message in found]
            except Exception as exc:  # the worker process itself failed
                found, cpu, wall = [ContentIssue(f"problems/{problem.slug}", f"contracts could not run: {type(exc).__name__}: {exc}")], 0.0, 0.0
            issues.extend(found)
            if found:
                broken_contracts.add(problem.slug)
            if problem.slug in by_slug:
                by_slug[problem.slug].slot("contracts")[:] = [cpu, wall]
            if progress:
                progress(f"contracts and alternatives of {problem.slug}: {'ok' if not found else f'{len(found)} issue(s)'} ({wall:.1f} s)")
            finished(f"contracts of {problem.slug}")
        found, cpu, wall = texts.result()
        issues.extend(ContentIssue(path, message) for path, message in found)
        if progress:
            progress(f"cards and design cases: {'ok' if not found else f'{len(found)} issue(s)'} ({wall:.1f} s)")
    finally:
        executor.shutdown(cancel_futures=True)
        if blas is not None:
            blas.restore_original_limits()
    report.proven = len(proven - broken_contracts)
    if timings is not None:
        timings.extend(by_slug.values())
    return issues


def format_timings(timings: list, top: int = 15) -> list[str]:
    """Lines saying where a proof spent its time: CPU and wall seconds per track and per phase,
    then the problems that took the most CPU with their phases (`offerloop content check --timings`)."""
    from collections import defaultdict

    tracks: dict[str, list[float]] = defaultdict(lambda: [0, 0.0, 0.0])
    phases: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0])
    for t in timings:
        tracks[t.track][0] += 1
        tracks[t.track][1] += t.cpu
        tracks[t.track][2] += t.wall
        for phase, (cpu, wall) in t.phases.items():
            phases[phase][0] += cpu
            phases[phase][1] += wall
    lines = [f"{'track':<22}{'problems':>9}{'CPU s':>9}{'wall s':>9}"]
    lines += [f"{track:<22}{n:>9}{cpu:>9.1f}{wall:>9.1f}" for track, (n, cpu, wall) in sorted(tracks.items())]
    lines.append(f"{'phase':<22}{'':>9}{'CPU s':>9}{'wall s':>9}")
    lines += [f"{phase:<22}{'':>9}{cpu:>9.1f}{wall:>9.1f}"
              for phase, (cpu, wall) in sorted(phases.items(), key=lambda kv: -kv[1][0])]
    lines.append(f"slowest problems (CPU s, then by phase; wall counts time spent waiting for a core):")
    for t in sorted(timings, key=lambda t: -t.cpu)[:top]:
        parts = ", ".join(f"{k} {cpu:.1f}" for k, (cpu, _w) in sorted(t.phases.items(), key=lambda kv: -kv[1][0]) if cpu >= 0.05)
        lines.append(f"  {t.slug:<34}{t.cpu:>7.1f}  ({parts})")
    return lines


def _low_priority() -> None:
    try:
        os.nice(5)
    except OSError:
        pass
    _one_blas_thread()


BLAS_THREADS = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")


def _one_blas_thread(env: bool = True):
    """BLAS and OpenMP on one thread in this process (with env, libraries loaded later too, in a
    worker process of its own): the proof's inputs are small, and threaded BLAS only spins. An
    sklearn contract's few-row logistic fits used 7x the CPU with a thread per core on a busy
    machine. Returns the threadpoolctl limiter (restore() undoes it) or None."""
    if env:
        for name in BLAS_THREADS:
            os.environ[name] = "1"
    try:
        import numpy  # noqa: F401 - loads the BLAS the limit applies to
        from threadpoolctl import threadpool_limits

        return threadpool_limits(limits=1)
    except Exception:  # noqa: BLE001 - without threadpoolctl, the environment still holds for new processes
        return None


def _texts_job(packs: str | None) -> tuple[list[tuple[str, str]], float, float]:
    """check_texts in a worker process: (issues as plain pairs, CPU seconds, wall seconds)."""
    import time
    from pathlib import Path

    cpu, wall = time.process_time(), time.perf_counter()
    bank = load_bank(Path(packs)) if packs else load_bank()
    found = check_texts(bank)
    return [(i.path, i.message) for i in found], time.process_time() - cpu, time.perf_counter() - wall


def _contracts_job(packs: str | None, slug: str) -> tuple[list[tuple[str, str]], float, float]:
    """One problem's contracts and alternative sweep, in a worker process: (issues as plain pairs,
    CPU seconds, wall seconds)."""
    import time
    from pathlib import Path

    from offerloop.content.contracts import check_problem
    from offerloop.content.loader import PACKS, load_problem

    cpu, wall = time.process_time(), time.perf_counter()
    where = f"problems/{slug}"
    try:
        problem = load_problem(slug, Path(packs) if packs else PACKS)
        found = check_problem(problem)  # one draw per seed for the contract and the sweep
    except Exception as exc:  # a broken cases.py is a content issue, reported with the rest
        found = [ContentIssue(where, f"contracts could not run: {type(exc).__name__}: {exc}")]
    return [(i.path, i.message) for i in found], time.process_time() - cpu, time.perf_counter() - wall


def check_cards(cards: dict) -> list[ContentIssue]:
    """Prove each card's claims against its own texts with the feedback engine:

    its model answer covers every key point, contradicts none and asserts no misconception, and each
    misconception's example sentence asserts that misconception."""
    from offerloop.cards.claims import card_claims, card_misconceptions, judge_card
    from offerloop.feedback import assess

    issues = []
    for slug, card in sorted(cards.items()):
        where = f"card {slug}"
        result = judge_card(card, card.answer, cues_only=True)
        missed = [p.point for p in result.points if p.status in ("missed", "partial")]
        wrong = [f"{p.point} (matched {p.cue!r} in: {p.evidence})" for p in result.points if p.status == "contradicted"]
        if missed:
            issues.append(ContentIssue(where, "its model answer does not cover these key points under "
                                       f"the answer matcher (fix the cues or the answer): {'; '.join(missed)}"))
        if wrong:
            issues.append(ContentIssue(where, "its model answer contradicts these key points under the answer "
                                       f"matcher (fix the cues, opposites or subjects): {'; '.join(wrong)}"))
        for hit in result.misconceptions:
            issues.append(ContentIssue(where, f"its model answer asserts the misconception {hit.claim!r} "
                                       f"(in: {hit.evidence}); make its cues more specific"))
        claims, subjects = card_claims(card), card.subjects
        for mis in card_misconceptions(card):
            example = assess(mis.example, claims, [mis], subjects, card.question, cues_only=True)
            if not example.misconceptions:
                issues.append(ContentIssue(where, f"the example of the misconception {mis.claim!r} does not "
                                           f"assert it under the answer matcher: {mis.example!r}"))
    return issues


def check_misconception_counts(cards: dict) -> list[ContentIssue]:
    """At least 1 misconception per card, 2 on the cards tagged most-asked, and 100 such cards."""
    issues = []
    most_asked = [c for c in cards.values() if MOST_ASKED_TAG in c.tags]
    for slug, card in sorted(cards.items()):
        need = MIN_MISCONCEPTIONS_MOST_ASKED if MOST_ASKED_TAG in card.tags else MIN_MISCONCEPTIONS
        if len(card.misconceptions) < need:
            kind = f"a card tagged {MOST_ASKED_TAG}" if need > 1 else "every card"
            issues.append(ContentIssue(f"card {slug}", f"has {len(card.misconceptions)} misconception(s); "
                                       f"{kind} needs at least {need}"))
    if cards and len(most_asked) < MIN_MOST_ASKED_CARDS:
        issues.append(ContentIssue("cards", f"{len(most_asked)} cards are tagged {MOST_ASKED_TAG}; "
                                   f"at least {MIN_MOST_ASKED_CARDS} must be"))
    return issues
