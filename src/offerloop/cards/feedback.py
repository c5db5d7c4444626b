"""Compatibility shim: the old word matcher's interface, answered by the claims engine `offerloop.feedback`.

New code calls `offerloop.feedback.assess` with `Claim`s (see docs/areas/feedback.md). This module keeps
`assess(text, [(point, cues)], question)` and friends working for callers written before the engine.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from offerloop.feedback import engine as _engine
from offerloop.feedback.engine import EASY, GOOD, HARD, THRESHOLDS, Claim, Index, suggest_rating  # noqa: F401
from offerloop.feedback.text import Token, stem  # noqa: F401


class TokenList(list):
    """Tokens of a text that remember the text, so a cue can be matched against them later."""

    text: str = ""


def tokenize(text: str, *, synonyms: bool = True) -> TokenList:
    from offerloop.feedback.text import tokenize as _tokenize

    out = TokenList(_tokenize(text, synonyms=synonyms))
    out.text = text or ""
    return out


def match_cue(cue: str, answer: "TokenList | Index | str", question: frozenset[str] = frozenset()) -> _engine.Match:
    """The best match of one cue in an answer (given as its tokens, its index or its text)."""
    if isinstance(answer, Index):
        idx = answer
    else:
        idx = Index(answer if isinstance(answer, str) else getattr(answer, "text", ""), question=question)
    return _engine.match(cue, idx)


@dataclass(frozen=True)
class PointResult:
    point: str
    status: str  # covered | partial | missed | contradicted
    cue: str | None
    evidence: str | None  # the words of the answer that showed it

    @property
    def credit(self) -> float:
        return {"covered": 1.0, "partial": 0.5, "contradicted": -1.0}.get(self.status, 0.0)


@dataclass(frozen=True)
class Feedback:
    score: float | None
    suggested_rating: str | None
    points: tuple[PointResult, ...]

    @property
    def covered(self) -> list[str]:
        return [p.point for p in self.points if p.status == "covered"]

    @property
    def partial(self) -> list[str]:
        return [p.point for p in self.points if p.status == "partial"]

    @property
    def missed(self) -> list[str]:
        return [p.point for p in self.points if p.status != "covered"]

    def to_dict(self) -> dict:
        return {
            "score": self.score, "covered": self.covered, "missed": self.missed, "partial": self.partial,
            "suggested_rating": self.suggested_rating,
            "points": [{"point": p.point, "status": p.status, "cue": p.cue, "evidence": p.evidence}
                       for p in self.points],
            "thresholds": THRESHOLDS,
        }


def claims_of(key_points: Sequence[tuple[str, Sequence[str]]]) -> list[Claim]:
    return [Claim(id=str(i), point=point, cues=tuple(cues)) for i, (point, cues) in enumerate(key_points)]


def assess(text: str, key_points: Sequence[tuple[str, Sequence[str]]], question: str = "") -> Feedback:
    """Check a typed answer against key points given as (point, cues), for the card's question."""
    if not key_points:
        return Feedback(None, None, ())
    result = _engine.assess(text, claims_of(key_points), question=question)
    points = tuple(PointResult(p.point, p.status, p.cue or None, p.words or None) for p in result.points)
    typed = bool((text or "").strip())
    return Feedback(result.score if typed else 0.0, result.rating, points)


def derive_key_points(answer: str, limit: int = 7) -> list[tuple[str, tuple[str, ...]]]:
    from offerloop.cards.claims import derive_key_points as _derive

    return _derive(answer, limit)


def uncovered_by_own_answer(answer: str, key_points: Sequence[tuple[str, Sequence[str]]],
                            question: str = "") -> list[str]:
    """Key points the model answer itself does not cover (a content bug: the cues do not fit)."""
    return [p.point for p in assess(answer, key_points, question).points if p.status != "covered"]


def check_cards(cards: dict) -> list:
    from offerloop.content.check import check_cards as _check

    return _check(cards)
