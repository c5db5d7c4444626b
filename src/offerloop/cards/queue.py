"""The review queue, as a pure function over plain data: what to show now, in what order."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from offerloop.cards.scheduler import LEARN_AHEAD

LEARNING, REVIEW, RELEARNING = 1, 2, 3


@dataclass(frozen=True)
class Scheduled:
    slug: str
    state: int  # fsrs.State value
    due: datetime


@dataclass
class Queue:
    due: list[str] = field(default_factory=list)  # reviewed before, due now (oldest due first)
    new: list[str] = field(default_factory=list)  # never reviewed, within today's new-card allowance
    learning_soon: list[str] = field(default_factory=list)  # in (re)learning, due within the learn-ahead limit
    new_available: int = 0  # new cards in the bank beyond what today allows
    new_left_today: int = 0

    @property
    def slugs(self) -> list[str]:
        """The order a session goes through: due cards, then new ones."""
        return self.due + self.new

    def next_slug(self, *, learn_ahead: bool = True) -> str | None:
        if self.slugs:
            return self.slugs[0]
        if learn_ahead and self.learning_soon:
            return self.learning_soon[0]
        return None


def build_queue(order: list[str], scheduled: list[Scheduled], introduced_today: int, new_per_day: int,
                now: datetime, learn_ahead: timedelta = LEARN_AHEAD) -> Queue:
    """order: every reviewable slug in presentation order; scheduled: the ones reviewed before.

    Cards still being learned come before review cards (their steps are minutes apart), each
    group oldest-due first. New cards follow `order`, up to what is left of today's limit.
    """
    known = {s.slug: s for s in scheduled}
    wanted = set(order)
    due = sorted((s for s in scheduled if s.slug in wanted and s.due <= now),
                 key=lambda s: (s.state == REVIEW, s.due, s.slug))
    soon = sorted((s for s in scheduled if s.slug in wanted and now < s.due <= now + learn_ahead
                   and s.state in (LEARNING, RELEARNING)), key=lambda s: (s.due, s.slug))
    fresh = [slug for slug in order if slug not in known]
    left = max(0, new_per_day - introduced_today)
    return Queue(due=[s.slug for s in due], new=fresh[:left], learning_soon=[s.slug for s in soon],
                 new_available=len(fresh), new_left_today=left)
