"""What the bank holds, counted: problems per track, difficulty, pattern (algorithms) and topic,
cards per topic, behavioral questions and design cases. `offerloop content stats` prints it, and
tests/content/test_bank_counts.py holds the bank to the sizes and mixes the issues promised."""

from __future__ import annotations

from collections import Counter
from typing import Any

from offerloop.content.schemas import ALGO_PATTERNS, PROBLEM_TOPICS

DIFFICULTIES = ("easy", "medium", "hard")
TRACK_NAMES = {"ml": "ML from scratch", "algo": "Algorithms", "python": "Python", "data": "pandas and scikit-learn"}
# The seed's coding plan: "15 easy, 30 medium, 5 hard" problems.
SEED_MIX = {"easy": 15, "medium": 30, "hard": 5}


def _by_difficulty(items) -> dict[str, int]:
    counts = Counter(p.meta.difficulty for p in items)
    return {d: counts.get(d, 0) for d in DIFFICULTIES}


def bank_stats(bank) -> dict[str, Any]:
    problems = list(bank.problems.values())
    tracks: dict[str, Any] = {}
    for track in PROBLEM_TOPICS:
        mine = [p for p in problems if p.meta.track == track]
        topics = Counter(t for p in mine for t in p.meta.topics)
        tracks[track] = {
            "name": TRACK_NAMES.get(track, track),
            "total": len(mine),
            "difficulty": _by_difficulty(mine),
            "with_scaling_target": sum(p.meta.scaling is not None for p in mine),
            "topics": {t: topics[t] for t in PROBLEM_TOPICS[track] if topics[t]},
        }
    algo = [p for p in problems if p.meta.track == "algo"]
    patterns = {}
    for pattern in ALGO_PATTERNS:
        mine = [p for p in algo if p.meta.pattern == pattern]
        patterns[pattern] = {"total": len(mine), **_by_difficulty(mine)}
    cards = list(bank.cards.values())
    card_topics = Counter(c.topic for c in cards)
    return {
        "problems": {"total": len(problems), "tracks": tracks, "algo_patterns": patterns},
        "cards": {"total": len(cards), "topics": dict(sorted(card_topics.items())),
                  "most_asked": sum("most-asked" in c.tags for c in cards),
                  "misconceptions": sum(len(c.misconceptions) for c in cards)},
        "behavioral_questions": len(bank.questions),
        "design_cases": len(bank.designs),
    }


def seed_mix_floor(size: int) -> dict[str, int]:
    """The seed's 15 : 30 : 5 scaled to `size` problems (150 for the algorithm track: 45, 90, 15):
    the least of each difficulty a track of that size must hold."""
    return {d: SEED_MIX[d] * size // sum(SEED_MIX.values()) for d in DIFFICULTIES}
