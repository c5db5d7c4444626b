"""Scheduling, delegated to the fsrs package: this module only converts between our rows and its Card.

Fuzzing is off, so a review's next due time is exactly what fsrs computes for that card, rating
and moment (reproducible, and testable against fsrs itself). Pure functions: `now` is a parameter.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from fsrs import Card, Rating, Scheduler, State

from offerloop.errors import InvalidInput

RATINGS: dict[str, Rating] = {"again": Rating.Again, "hard": Rating.Hard, "good": Rating.Good, "easy": Rating.Easy}
RATING_NAMES: dict[int, str] = {int(v): k for k, v in RATINGS.items()}
STATE_NAMES: dict[int, str] = {0: "new", int(State.Learning): "learning", int(State.Review): "review",
                               int(State.Relearning): "relearning"}
# Learning cards due this soon are shown before the session ends (as Anki's learn-ahead limit does).
LEARN_AHEAD = timedelta(minutes=20)


def parse_rating(value: str | int) -> Rating:
    """'again'/'hard'/'good'/'easy', their first letters, or 1-4; anything else is one clear error."""
    text = str(value).strip().lower()
    if text in RATINGS:
        return RATINGS[text]
    for name, rating in RATINGS.items():
        if text == name[0] or text == str(int(rating)):
            return rating
    raise InvalidInput(f"The rating {value!r} is not one of again, hard, good, easy (or 1-4).")


def make_scheduler(desired_retention: float = 0.9) -> Scheduler:
    if not 0.7 <= desired_retention <= 0.99:
        raise InvalidInput(f"The desired retention {desired_retention} must be between 0.70 and 0.99.")
    return Scheduler(desired_retention=desired_retention, enable_fuzzing=False)


@dataclass(frozen=True)
class Memory:
    """A card's scheduling state as stored (None for a card never reviewed)."""

    state: int
    step: int | None
    stability: float | None
    difficulty: float | None
    due: datetime
    last_review: datetime | None


def to_fsrs(memory: Memory | None, now: datetime) -> Card:
    """The fsrs Card for a stored state; a new card is a fresh fsrs Card due now."""
    if memory is None:
        return Card(card_id=1, due=now)
    return Card(card_id=1, state=State(memory.state), step=memory.step, stability=memory.stability,
                difficulty=memory.difficulty, due=memory.due.astimezone(timezone.utc),
                last_review=memory.last_review.astimezone(timezone.utc) if memory.last_review else None)


def from_fsrs(card: Card) -> Memory:
    return Memory(state=int(card.state), step=card.step, stability=card.stability, difficulty=card.difficulty,
                  due=card.due, last_review=card.last_review)


def review(memory: Memory | None, rating: Rating, now: datetime, desired_retention: float = 0.9) -> Memory:
    """The state after rating the card at `now`, as fsrs schedules it."""
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    card, _log = make_scheduler(desired_retention).review_card(to_fsrs(memory, now), rating,
                                                               review_datetime=now.astimezone(timezone.utc))
    return from_fsrs(card)


def preview(memory: Memory | None, now: datetime, desired_retention: float = 0.9) -> dict[str, datetime]:
    """The due time each of the four ratings would give (shown beside the rating buttons)."""
    return {name: review(memory, rating, now, desired_retention).due for name, rating in RATINGS.items()}


def retrievability(memory: Memory | None, now: datetime, desired_retention: float = 0.9) -> float | None:
    """Predicted probability of recalling the card now (None for a new card)."""
    if memory is None:
        return None
    return make_scheduler(desired_retention).get_card_retrievability(to_fsrs(memory, now), current_datetime=now)


def humanize_interval(delta: timedelta) -> str:
    """'10 min', '3 h', '4 d', '2.5 mo', '1.2 y': how far away a due time is."""
    seconds = max(0.0, delta.total_seconds())
    minutes = seconds / 60
    if minutes < 60:
        return f"{max(1, round(minutes))} min"
    hours = minutes / 60
    if hours < 24:
        return f"{round(hours)} h"
    days = hours / 24
    if days < 31:
        return f"{round(days)} d"
    if days < 365:
        return f"{days / 30.4:.1f} mo"
    return f"{days / 365:.1f} y"
