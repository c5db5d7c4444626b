"""Cards as the feedback engine sees them: key points become claims, misconceptions stay misconceptions.

Pure functions over the content schema; `CardManager` and `offerloop content check` call them.
"""

from __future__ import annotations

import re
from typing import Any, Mapping, Sequence

from offerloop.feedback import Assessment, Claim, Misconception, assess
from offerloop.feedback.text import tokenize

MAX_ANSWER_CHARS = 20_000


def card_claims(card) -> list[Claim]:
    """The key points of a bank card (offerloop.content.schemas.Card) as claims, ids kp0, kp1, ..."""
    return [Claim(id=f"kp{i}", point=k.point, cues=tuple(k.cues), subject=k.subject, opposite=tuple(k.opposite))
            for i, k in enumerate(card.key_points)]


def card_misconceptions(card) -> list[Misconception]:
    return [Misconception(id=f"m{i}", claim=m.claim, cues=tuple(m.cues), correction=m.correction,
                          subject=m.subject, example=m.example)
            for i, m in enumerate(card.misconceptions)]


def point_claims(key_points: Sequence[tuple[str, Sequence[str]]]) -> list[Claim]:
    """Key points given as (point, cues), as on the user's own cards."""
    return [Claim(id=f"kp{i}", point=p, cues=tuple(c)) for i, (p, c) in enumerate(key_points)]


def judge_card(card, text: str, *, cues_only: bool = False) -> Assessment:
    """The engine's verdict on a typed answer to a bank card, quoting the card's model answer
    (`cues_only`: by the cues alone, as the content proofs judge)."""
    return assess(text, card_claims(card), card_misconceptions(card), card.subjects, card.question, card.answer,
                  paraphrase=not cues_only, cues_only=cues_only)


def feedback_json(result: Assessment, typed: bool) -> dict[str, Any]:
    """The card answer JSON: the old fields (score, covered, missed, partial, suggested_rating, points,
    thresholds) plus points[].status, misconceptions and keyword_list, and `wrong`/`advice` for display."""
    from offerloop.feedback import THRESHOLDS

    points = [p.to_dict() for p in result.points]
    return {
        "score": result.score if points else None,
        "suggested_rating": result.rating if typed and points else None,
        "covered": [p.point for p in result.points if p.status == "covered"],
        "missed": [p.point for p in result.points if p.status != "covered"],
        "partial": [p.point for p in result.points if p.status == "partial"],
        "contradicted": [p.point for p in result.points if p.status == "contradicted"],
        "points": points,
        "misconceptions": [m.to_dict() for m in result.misconceptions],
        "keyword_list": result.keyword_list,
        "feedback": [{"kind": k, "text": t} for k, t in result.lines()] if typed else [],
        "thresholds": THRESHOLDS,
    }


_SENTENCE = re.compile(r"(?<=[.!?;])\s+|\n+")


def derive_key_points(answer: str, limit: int = 7) -> list[tuple[str, tuple[str, ...]]]:
    """Key points for a card that has none: the answer's sentences with three or more content words."""
    points = []
    for sentence in _SENTENCE.split(answer or ""):
        sentence = sentence.strip(" -*•\t")
        if len(tokenize(sentence, synonyms=False)) >= 3:
            label = sentence if len(sentence) <= 140 else sentence[:137].rstrip() + "..."
            points.append((label, (sentence,)))
        if len(points) == limit:
            break
    if not points and (answer or "").strip():
        points.append((answer.strip()[:140], (answer.strip(),)))
    return points


def structure_problems(card) -> list[str]:
    """What is wrong with a card's claims before any text is judged: regexes and subject keys."""
    from offerloop.feedback import compile_regex

    problems = []
    declared: Mapping[str, Sequence[str]] = card.subjects
    for key, aliases in declared.items():
        if not any(a.strip() for a in aliases):
            problems.append(f"subject {key!r} has no alias phrases")
    cues = [(f"key point {k.point!r}", c) for k in card.key_points for c in list(k.cues) + list(k.opposite)]
    cues += [(f"misconception {m.claim!r}", c) for m in card.misconceptions for c in m.cues]
    for where, cue in cues:
        if cue.startswith("re:"):
            try:
                compile_regex(cue)
            except ValueError as exc:
                problems.append(f"{where}: {exc}")
    used = [(f"key point {k.point!r}", k.subject) for k in card.key_points if k.subject]
    used += [(f"misconception {m.claim!r}", m.subject) for m in card.misconceptions if m.subject]
    for where, key in used:
        if key not in declared:
            known = ", ".join(sorted(declared)) or "none"
            problems.append(f"{where} names the subject {key!r}, which is not declared in subjects (declared: {known})")
    return problems
