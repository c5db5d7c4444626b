"""CardManager: the bank's cards and the user's own cards, scheduled by fsrs, with answer feedback."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from offerloop.cards import scheduler as sched
from offerloop.cards.models import CardPrefs, CardReview, CardState, OwnCard
from offerloop.content.schemas import CARD_TOPICS
from offerloop.errors import InvalidInput, NotFound
from offerloop.store.base import Activity, utcnow

if TYPE_CHECKING:
    from offerloop.app import Offerloop

DEFAULT_NEW_PER_DAY = 20
DEFAULT_RETENTION = 0.9
OWN_PREFIX = "own-"
DIFFICULTY_ORDER = {"easy": 0, "medium": 1, "hard": 2}


@dataclass(frozen=True)
class Item:
    """One reviewable card, from the bank or the user's own: the shape every layer works with."""

    slug: str
    question: str
    answer: str
    topic: str | None
    difficulty: str | None
    key_points: tuple[tuple[str, tuple[str, ...]], ...]  # (point, cues)
    follow_ups: tuple[str, ...] = ()
    own: bool = False
    source: str = ""
    tags: tuple[str, ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        return {
            "slug": self.slug, "question": self.question, "answer": self.answer, "topic": self.topic,
            "difficulty": self.difficulty, "own": self.own, "source": self.source,
            "key_points": [{"point": p, "cues": list(c)} for p, c in self.key_points],
            "follow_ups": list(self.follow_ups), "tags": list(self.tags),
        }


def slugify(text: str, max_len: int = 60) -> str:
    """Kebab-case ASCII words of text, cut at a word boundary."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    words = re.findall(r"[a-z0-9]+", ascii_text)
    out = ""
    for word in words:
        candidate = f"{out}-{word}" if out else word
        if len(candidate) > max_len:
            break
        out = candidate
    return out or "card"


def _norm_question(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


def parse_key_points(value: str | list[str] | None) -> list[dict[str, Any]]:
    """Key points typed by the user ('a; b; c' or a list) as stored: each point is its own cue."""
    if value is None:
        return []
    parts = value.split(";") if isinstance(value, str) else list(value)
    points = [" ".join(p.split()) for p in parts]
    return [{"point": p, "cues": [p]} for p in points if p]


def bank_item(card) -> Item:
    return Item(slug=card.slug, question=card.question, answer=card.answer, topic=card.topic,
                difficulty=card.difficulty, key_points=tuple((k.point, tuple(k.cues)) for k in card.key_points),
                follow_ups=tuple(card.follow_ups), tags=tuple(card.tags))


def own_item(row: OwnCard) -> Item:
    from offerloop.cards.feedback import derive_key_points

    points = [(k["point"], tuple(k["cues"])) for k in (row.key_points or [])]
    if not points and row.answer.strip():
        points = derive_key_points(row.answer)  # the answer's own sentences stand in for key points
    return Item(slug=row.slug, question=row.question, answer=row.answer, topic=row.topic, difficulty=None,
                key_points=tuple(points), own=True, source=row.source)


def _memory(row: CardState | None) -> sched.Memory | None:
    if row is None:
        return None
    return sched.Memory(state=row.state, step=row.step, stability=row.stability, difficulty=row.difficulty,
                        due=row.due, last_review=row.last_review)


def check_topic(topic: str | None) -> str | None:
    if topic is None or not topic.strip():
        return None
    topic = topic.strip().lower()
    if topic not in CARD_TOPICS:
        raise InvalidInput(f"The topic {topic!r} is not one of {', '.join(CARD_TOPICS)}.")
    return topic


class CardManager:
    """Everything about the user's cards; constructed as CardManager(app)."""

    def __init__(self, app: "Offerloop"):
        self.app = app

    # -- the cards -----------------------------------------------------------------------------
    def own_rows(self, s) -> list[OwnCard]:
        return list(s.scalars(select(OwnCard).where(OwnCard.owner_id == self.app.user_id).order_by(OwnCard.id)))

    def items(self, topic: str | None = None) -> list[Item]:
        """Bank cards (by topic order, difficulty, slug), then the user's own cards (oldest first)."""
        topic = check_topic(topic)
        bank = sorted(self.app.content.cards.values(),
                      key=lambda c: (CARD_TOPICS.index(c.topic), DIFFICULTY_ORDER[c.difficulty], c.slug))
        out = [bank_item(c) for c in bank if topic is None or c.topic == topic]
        with self.app.session() as s:
            out += [own_item(r) for r in self.own_rows(s) if topic is None or r.topic == topic]
        return out

    def item(self, slug: str) -> Item:
        if slug.startswith(OWN_PREFIX):
            with self.app.session() as s:
                row = s.scalar(select(OwnCard).where(OwnCard.owner_id == self.app.user_id, OwnCard.slug == slug))
                if row is not None:
                    return own_item(row)
        if slug in self.app.content.cards:
            return bank_item(self.app.content.cards[slug])
        from offerloop.content.loader import _unknown

        with self.app.session() as s:
            known = list(self.app.content.cards) + [r.slug for r in self.own_rows(s)]
        raise NotFound(_unknown("card", slug, known))

    # -- own cards --------------------------------------------------------------------------------
    def add_own_card(self, question: str, answer: str = "", topic: str | None = None, source: str = "",
                     key_points: str | list[str] | None = None, now: datetime | None = None) -> str:
        """Add one of the user's own cards and return its slug ("own-<n>-<question words>").

        Adding a question the user already has (same words, ignoring case and punctuation) returns
        the existing card's slug, filling in its answer if it had none: the tracker may send the
        same interview question twice.
        """
        with self.app.session() as s:
            slug, _created = self._add_own(s, question, answer, topic, source, key_points, now or utcnow())
            return slug

    def _add_own(self, s, question: str, answer: str, topic: str | None, source: str,
                 key_points: str | list[str] | None, now: datetime) -> tuple[str, bool]:
        question = " ".join((question or "").split())
        answer = (answer or "").strip()
        if len(_norm_question(question)) < 3:
            raise InvalidInput("A card needs a question of at least a few words.")
        if len(question) > 2000:
            raise InvalidInput("The question is longer than 2000 characters; put the detail in the answer.")
        topic = check_topic(topic)
        points = parse_key_points(key_points)
        if len(points) > 7:
            raise InvalidInput("A card takes at most 7 key points.")
        rows = self.own_rows(s)
        wanted = _norm_question(question)
        for row in rows:
            if _norm_question(row.question) == wanted:
                if answer and not row.answer.strip():
                    row.answer, row.updated_at = answer, now
                    if points:
                        row.key_points = points
                return row.slug, False
        number = 1 + max((int(m.group(1)) for r in rows if (m := re.match(r"own-(\d+)-", r.slug))), default=0)
        slug = f"{OWN_PREFIX}{number}-{slugify(question, 60)}"
        s.add(OwnCard(owner_id=self.app.user_id, slug=slug, question=question, answer=answer, topic=topic,
                      key_points=points, source=(source or "")[:200], created_at=now, updated_at=now))
        s.flush()
        return slug, True

    def update_own_card(self, slug: str, *, question: str | None = None, answer: str | None = None,
                        topic: str | None = None, key_points: str | list[str] | None = None,
                        now: datetime | None = None) -> Item:
        with self.app.session() as s:
            row = self._own_row(s, slug)
            if question is not None:
                question = " ".join(question.split())
                if len(_norm_question(question)) < 3:
                    raise InvalidInput("A card needs a question of at least a few words.")
                row.question = question
            if answer is not None:
                row.answer = answer.strip()
            if topic is not None:
                row.topic = check_topic(topic)
            if key_points is not None:
                points = parse_key_points(key_points)
                if len(points) > 7:
                    raise InvalidInput("A card takes at most 7 key points.")
                row.key_points = points
            row.updated_at = now or utcnow()
            return own_item(row)

    def delete_own_card(self, slug: str) -> None:
        """Delete one of the user's own cards with its schedule and review history."""
        with self.app.session() as s:
            row = self._own_row(s, slug)
            for model in (CardState, CardReview):
                for r in s.scalars(select(model).where(model.owner_id == self.app.user_id, model.card_slug == slug)):
                    s.delete(r)
            s.delete(row)

    def _own_row(self, s, slug: str) -> OwnCard:
        row = s.scalar(select(OwnCard).where(OwnCard.owner_id == self.app.user_id, OwnCard.slug == slug))
        if row is None:
            if slug in self.app.content.cards:
                raise InvalidInput(f"The card {slug!r} comes from the bank; only your own cards can be changed.")
            raise NotFound(f"You have no card of your own called {slug!r}.")
        return row

    # -- preferences ------------------------------------------------------------------------------
    def prefs(self) -> dict[str, Any]:
        with self.app.session() as s:
            row = s.scalar(select(CardPrefs).where(CardPrefs.owner_id == self.app.user_id))
            if row is None:
                return {"new_per_day": DEFAULT_NEW_PER_DAY, "desired_retention": DEFAULT_RETENTION}
            return {"new_per_day": row.new_per_day, "desired_retention": row.desired_retention}

    def set_prefs(self, new_per_day: int | None = None, desired_retention: float | None = None) -> dict[str, Any]:
        if new_per_day is not None and not 0 <= new_per_day <= 500:
            raise InvalidInput(f"The new-card limit {new_per_day} must be between 0 and 500 a day.")
        if desired_retention is not None:
            sched.make_scheduler(desired_retention)  # validates the range with one clear sentence
        with self.app.session() as s:
            row = s.scalar(select(CardPrefs).where(CardPrefs.owner_id == self.app.user_id))
            if row is None:
                row = CardPrefs(owner_id=self.app.user_id, new_per_day=DEFAULT_NEW_PER_DAY,
                                desired_retention=DEFAULT_RETENTION)
                s.add(row)
            if new_per_day is not None:
                row.new_per_day = new_per_day
            if desired_retention is not None:
                row.desired_retention = round(desired_retention, 3)
            s.flush()
            return {"new_per_day": row.new_per_day, "desired_retention": row.desired_retention}
