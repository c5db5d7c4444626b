"""`offerloop content check`: load every pack, then prove every problem with the real judge."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from offerloop.content.loader import ContentIssue, load_bank

MIN_WRONG_SOLUTIONS = 3


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
    from offerloop.cards.feedback import check_cards  # each card's own model answer covers its key points

    report.issues.extend(check_cards(bank.cards))
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
        from offerloop.judge.prove import prove_problems

        for problem, issues in prove_problems(problems, progress=progress):
            report.issues.extend(issues)
            if not issues:
                report.proven += 1
    report.seconds = time.perf_counter() - started
    return report
