"""Interview loops as data: the rounds of each loop type, with their minutes and phases.

Facts from the seed guide: the typical onsite (ML coding 60, ML system design 60, ML theory 45,
behavioral 45, team and culture fit 30), the technical phone screen (5 min introductions, 10 min
background, 15 min technical basics, 5 min your questions), the ML coding round's own phases (clarify
2, plan 3, implement 30, test 10, optimise 5), the PROBLEM framework's design phases, and the company
variations (big tech: more rounds, algorithm-heavy, a bar raiser; startups: theory may be skipped, the
take-home matters more; research labs: paper discussion, theory deep dive).

A round's phases may add up to less than its minutes: the rest is the interviewer's introduction and
your questions at the end, which the round keeps as slack.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from offerloop.errors import InvalidInput


@dataclass(frozen=True)
class Phase:
    name: str
    minutes: int

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "minutes": self.minutes}


@dataclass(frozen=True)
class RoundKind:
    kind: str
    title: str
    minutes: int
    phases: tuple[Phase, ...]
    area: str  # the readiness area this round gives evidence for
    blurb: str

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "title": self.title, "minutes": self.minutes,
                "phases": [p.to_dict() for p in self.phases], "area": self.area, "blurb": self.blurb}


def _phases(*pairs: tuple[str, int]) -> tuple[Phase, ...]:
    return tuple(Phase(n, m) for n, m in pairs)


CODING_PHASES = _phases(("clarify", 2), ("plan", 3), ("implement", 30), ("test", 10), ("optimise", 5))

ROUND_KINDS: dict[str, RoundKind] = {r.kind: r for r in (
    RoundKind("phone-screen", "Technical phone screen", 45,
              _phases(("introductions", 5), ("background", 10), ("technical basics", 15), ("your questions", 5)),
              "behavioral", "Your pitch against its timer, a few technical basics, then your questions."),
    RoundKind("coding", "Coding (algorithms)", 60, CODING_PHASES, "algorithms",
              "An algorithm problem in the judge's editor, graded by hidden tests."),
    RoundKind("ml-coding", "ML coding", 60, CODING_PHASES, "ml-coding",
              "Implement an ML building block from scratch; the judge grades it."),
    RoundKind("system-design", "ML system design", 60,
              _phases(("problem", 5), ("requirements", 5), ("overview", 10), ("bottlenecks", 10),
                      ("links", 5), ("evaluation", 10), ("maintenance", 5)),
              "system-design", "A design case in the workspace, reviewed against the rubric."),
    RoundKind("theory", "ML theory", 45, _phases(("questions", 40), ("your questions", 5)), "theory",
              "Theory questions answered by typing, each checked against its key points."),
    RoundKind("behavioral", "Behavioral", 45, _phases(("questions", 40), ("your questions", 5)), "behavioral",
              "Behavioral questions answered with a story, checked for STAR structure."),
    RoundKind("culture-fit", "Team and culture fit", 30,
              _phases(("why this company", 10), ("five years", 10), ("your questions", 10)), "behavioral",
              "Why this company, where you see yourself in five years, and your questions."),
    RoundKind("bar-raiser", "Bar raiser", 60, _phases(("behavioral", 25), ("depth", 30), ("your questions", 5)),
              "behavioral", "Behavioral questions mixed with hard depth questions from theory."),
    RoundKind("paper-discussion", "Paper discussion", 60,
              _phases(("summary", 10), ("method", 20), ("critique", 20), ("your questions", 10)), "theory",
              "Questions about a paper you name: its problem, method, evidence, limits and follow-ups."),
    RoundKind("theory-deep-dive", "Theory deep dive", 60, _phases(("questions", 50), ("your questions", 10)),
              "theory", "Harder theory questions on one topic, with the follow-ups."),
)}


@dataclass(frozen=True)
class LoopType:
    slug: str
    title: str
    rounds: tuple[str, ...]
    note: str

    def to_dict(self) -> dict[str, Any]:
        rounds = [ROUND_KINDS[k] for k in self.rounds]
        return {"type": self.slug, "title": self.title, "note": self.note,
                "minutes": sum(r.minutes for r in rounds), "rounds": [r.to_dict() for r in rounds]}


LOOP_TYPES: dict[str, LoopType] = {t.slug: t for t in (
    LoopType("typical", "Typical onsite loop", ("ml-coding", "system-design", "theory", "behavioral", "culture-fit"),
             "The standard onsite after the recruiter screen, phone screen and take-home."),
    LoopType("big-tech", "Big tech loop",
             ("coding", "ml-coding", "system-design", "theory", "behavioral", "bar-raiser"),
             "More rounds, algorithm-heavy coding, deep fundamentals and a bar-raiser round."),
    LoopType("startup", "Startup loop", ("ml-coding", "system-design", "behavioral", "culture-fit"),
             "Practical skills first; theory is often skipped and the take-home weighs more."),
    LoopType("research-lab", "Research lab loop", ("paper-discussion", "theory-deep-dive", "ml-coding", "behavioral"),
             "A paper discussion and a theory deep dive before the coding and behavioral rounds."),
    LoopType("phone-screen", "Technical phone screen", ("phone-screen",),
             "The screen on its own: introductions, background, technical basics, your questions."),
)}

# The tracker's company types, and the loop each one gets when a loop follows an application.
LOOP_FOR_COMPANY_TYPE = {"big-tech": "big-tech", "mid-size": "typical", "startup": "startup",
                         "research-lab": "research-lab"}


def loop_type(slug: str | None) -> LoopType:
    text = (slug or "").strip().lower()
    if text not in LOOP_TYPES:
        raise InvalidInput(f"There is no loop type {slug!r}; choose one of {', '.join(LOOP_TYPES)}.")
    return LOOP_TYPES[text]


def pick_rounds(loop: LoopType, chosen: list[int | str] | None) -> list[str]:
    """The loop's rounds, or the chosen ones: 1-based positions in the loop (kept in the loop's order),
    or round kinds by name (any kind, in the order given: a loop of your own)."""
    if not chosen:
        return list(loop.rounds)
    kinds = [c for c in chosen if isinstance(c, str)]
    if kinds:
        if len(kinds) != len(chosen):
            raise InvalidInput("Pick rounds either by position or by kind, not both.")
        bad = [k for k in kinds if k not in ROUND_KINDS]
        if bad:
            raise InvalidInput(f"There is no round kind {bad[0]!r}; choose from {', '.join(ROUND_KINDS)}.")
        return kinds
    bad = [n for n in chosen if not 1 <= n <= len(loop.rounds)]
    if bad:
        raise InvalidInput(f"The {loop.slug} loop has rounds 1 to {len(loop.rounds)}; {bad[0]} is not one of them.")
    return [loop.rounds[n - 1] for n in sorted(set(chosen))]


def types_as_data() -> list[dict[str, Any]]:
    return [t.to_dict() for t in LOOP_TYPES.values()]
