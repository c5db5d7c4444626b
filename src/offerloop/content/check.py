"""`offerloop content check`: load every pack, then prove every problem with the real judge."""

from __future__ import annotations

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
               progress: Callable[[str], None] | None = None) -> CheckReport:
    """Check the bank; with prove, run each reference, starter and wrong solution through the judge."""
    import time

    started = time.perf_counter()
    bank = load_bank(root) if root is not None else load_bank()
    report = CheckReport(problems=len(bank.problems), cards=len(bank.cards), questions=len(bank.questions))
    report.issues.extend(bank.issues)
    report.issues.extend(check_cards(bank.cards))
    report.issues.extend(check_misconception_counts(bank.cards))
    from offerloop.design.proof import check_designs  # each design case's reference covers its own claims

    report.issues.extend(check_designs(bank.designs))
    problems = [p for s, p in sorted(bank.problems.items()) if not only or s in only]
    if only:
        missing = sorted(set(only) - set(bank.problems))
        report.issues.extend(ContentIssue(s, "no such problem") for s in missing)
    for problem in problems:
        if len(problem.wrong_paths) < MIN_WRONG_SOLUTIONS:
            report.issues.append(ContentIssue(
                f"problems/{problem.slug}",
                f"has {len(problem.wrong_paths)} wrong solutions; at least {MIN_WRONG_SOLUTIONS} are required"))
    if prove and problems:
        from offerloop.content.contracts import check_contracts, declares, sweep_alternatives
        from offerloop.judge.prove import prove_problems

        broken_contracts = set()
        for problem in problems:
            # Trusted, in-process: the prompt's promises about inputs, then the alternatives over many seeds.
            began = time.perf_counter()
            try:
                found = check_contracts(problem) + sweep_alternatives(problem)
            except Exception as exc:  # a broken cases.py is a content issue, reported with the rest
                found = [ContentIssue(f"problems/{problem.slug}", f"contracts could not run: {type(exc).__name__}: {exc}")]
            report.issues.extend(found)
            if found:
                broken_contracts.add(problem.slug)
            took = time.perf_counter() - began
            if progress and (found or declares(problem)):  # a broken cases.py is in found already
                progress(f"contracts and alternatives of {problem.slug}: {'ok' if not found else f'{len(found)} issue(s)'} ({took:.1f} s)")

        for problem, issues in prove_problems(problems, progress=progress):
            report.issues.extend(issues)
            if not issues and problem.slug not in broken_contracts:
                report.proven += 1
    report.seconds = time.perf_counter() - started
    return report


def check_cards(cards: dict) -> list[ContentIssue]:
    """Prove each card's claims against its own texts with the feedback engine:

    its model answer covers every key point, contradicts none and asserts no misconception, and each
    misconception's example sentence asserts that misconception."""
    from offerloop.cards.claims import card_claims, card_misconceptions, judge_card
    from offerloop.feedback import assess

    issues = []
    for slug, card in sorted(cards.items()):
        where = f"card {slug}"
        result = judge_card(card, card.answer)
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
            example = assess(mis.example, claims, [mis], subjects, card.question)
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
