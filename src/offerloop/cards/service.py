"""CardManager: the bank's cards and the user's own cards, scheduled by fsrs, with answer feedback."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cached_property
from datetime import datetime, timedelta, timezone
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from offerloop.cards import scheduler as sched
from offerloop.cards.models import CardPrefs, CardReview, CardState, OwnCard
from offerloop.content.schemas import CARD_TOPICS
from offerloop.errors import Conflict, InvalidInput, NotFound
from offerloop.store.base import Activity, utcnow

if TYPE_CHECKING:
    from offerloop.app import Offerloop
    from offerloop.cards.queue import Queue

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
    uuid: str | None = None  # bank cards only: their permanent id
    derived_points: bool = False  # own card without typed key points: its answer's sentences stand in
    # what the feedback engine judges: key points as claims, the card's misconceptions and subjects
    claims: tuple = field(default=(), compare=False, repr=False)
    misconceptions: tuple = field(default=(), compare=False, repr=False)
    subjects: tuple[tuple[str, tuple[str, ...]], ...] = field(default=(), compare=False, repr=False)

    def judge(self, text: str):
        """The feedback engine's Assessment of a typed answer to this card."""
        from offerloop.feedback import assess

        return assess(text, self.claims, self.misconceptions, dict(self.subjects), self.question, self.answer,
                      paraphrase=True)

    def to_dict(self) -> dict[str, Any]:
        return {
            "slug": self.slug, "question": self.question, "answer": self.answer, "topic": self.topic,
            "difficulty": self.difficulty, "own": self.own, "source": self.source,
            "key_points": [{"point": p, "cues": list(c)} for p, c in self.key_points],
            "follow_ups": list(self.follow_ups), "tags": list(self.tags), "derived_points": self.derived_points,
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


_ITEMS: list = [None, []]  # (bank, its items): the bank's cards as items, built once per process and bank


def _bank_items_of(bank) -> list[Item]:
    """The bank's cards as Items in topic, difficulty and slug order. Items are frozen, so one list
    serves every request (a hosted request's CardManager is new each time: building 445 items per
    request cost 12 ms)."""
    cached_bank, items = _ITEMS
    if cached_bank is not bank:
        ordered = sorted(bank.cards.values(),
                         key=lambda c: (CARD_TOPICS.index(c.topic), DIFFICULTY_ORDER[c.difficulty], c.slug))
        items = [bank_item(c) for c in ordered]
        _ITEMS[:] = [bank, items]
    return items


def bank_item(card) -> Item:
    from offerloop.cards.claims import card_claims, card_misconceptions

    return Item(slug=card.slug, question=card.question, answer=card.answer, topic=card.topic,
                difficulty=card.difficulty, key_points=tuple((k.point, tuple(k.cues)) for k in card.key_points),
                follow_ups=tuple(card.follow_ups), tags=tuple(card.tags), uuid=str(card.uuid),
                claims=tuple(card_claims(card)), misconceptions=tuple(card_misconceptions(card)),
                subjects=tuple((k, tuple(v)) for k, v in card.subjects.items()))


def own_item(row: OwnCard) -> Item:
    from offerloop.cards.claims import derive_key_points, point_claims

    points = [(k["point"], tuple(k["cues"])) for k in (row.key_points or [])]
    derived = not points and bool(row.answer.strip())
    if derived:
        points = derive_key_points(row.answer)  # the answer's own sentences stand in for key points
    return Item(slug=row.slug, question=row.question, answer=row.answer, topic=row.topic, difficulty=None,
                key_points=tuple(points), own=True, source=row.source, derived_points=derived,
                claims=tuple(point_claims(points)))


def check_answer_text(text: str | None) -> str:
    """A typed answer fit for feedback, or InvalidInput with one sentence (before anything is stored)."""
    from offerloop.cards.claims import MAX_ANSWER_CHARS

    if text is None or not text.strip():
        raise InvalidInput("The answer is empty; type what you would say, or reveal the model answer instead.")
    if len(text) > MAX_ANSWER_CHARS:
        raise InvalidInput(f"The answer is {len(text):,} characters long; keep it under {MAX_ANSWER_CHARS:,}, "
                           "to what you would say out loud.")
    return text


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


class _OwnIndex:
    """The user's own cards by normalised question, and the highest number used in their slugs."""

    def __init__(self):
        self.by_question: dict[str, OwnCard] = {}
        self.top = 0

    def add(self, row: OwnCard) -> None:
        self.by_question.setdefault(_norm_question(row.question), row)
        m = re.match(r"own-(\d+)-", row.slug)
        if m:
            self.top = max(self.top, int(m.group(1)))


class CardManager:
    """Everything about the user's cards; constructed as CardManager(app)."""

    def __init__(self, app: "Offerloop"):
        self.app = app

    # -- the cards -----------------------------------------------------------------------------
    @cached_property
    def _bank_items(self) -> list[Item]:
        return _bank_items_of(self.app.content)

    def own_rows(self, s) -> list[OwnCard]:
        return list(s.scalars(select(OwnCard).where(OwnCard.owner_id == self.app.user_id).order_by(OwnCard.id)))

    def items(self, topic: str | None = None) -> list[Item]:
        """Bank cards (by topic order, difficulty, slug), then the user's own cards (oldest first)."""
        topic = check_topic(topic)
        out = [i for i in self._bank_items if topic is None or i.topic == topic]
        with self.app.session() as s:
            out += [own_item(r) for r in self.own_rows(s) if topic is None or r.topic == topic]
        return out

    def lean_items(self, topic: str | None = None) -> list[Item]:
        """items() without the own cards' answers and feedback claims: what lists and the queue read
        (building claims for thousands of own cards would cost more than the page)."""
        topic = check_topic(topic)
        out = [i for i in self._bank_items if topic is None or i.topic == topic]
        q = select(OwnCard.slug, OwnCard.question, OwnCard.topic, OwnCard.source).where(
            OwnCard.owner_id == self.app.user_id).order_by(OwnCard.id)
        if topic is not None:
            q = q.where(OwnCard.topic == topic)
        with self.app.session() as s:
            out += [Item(slug=r.slug, question=r.question, answer="", topic=r.topic, difficulty=None, key_points=(),
                         own=True, source=r.source) for r in s.execute(q)]
        return out

    def _state_rows(self, s, slugs: list[str] | None = None) -> dict[str, Any]:
        """slug -> (state, due, reps, lapses) row of the user's card states (of `slugs` only if given)."""
        q = select(CardState.card_slug, CardState.state, CardState.due, CardState.reps, CardState.lapses).where(
            CardState.owner_id == self.app.user_id)
        if slugs is not None:
            q = q.where(CardState.card_slug.in_(slugs))
        return {r.card_slug: r for r in s.execute(q)}

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

    def _own_index(self, s) -> "_OwnIndex":
        index = _OwnIndex()
        for row in self.own_rows(s):
            index.add(row)
        return index

    def _add_own(self, s, question: str, answer: str, topic: str | None, source: str,
                 key_points: str | list[str] | None, now: datetime,
                 index: "_OwnIndex | None" = None) -> tuple[str, bool]:
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
        index = self._own_index(s) if index is None else index  # a caller adding many passes its index along
        existing = index.by_question.get(_norm_question(question))
        if existing is not None:
            if answer and not existing.answer.strip():
                existing.answer, existing.updated_at = answer, now
                if points:
                    existing.key_points = points
            return existing.slug, False
        slug = f"{OWN_PREFIX}{index.top + 1}-{slugify(question, 60)}"
        row = OwnCard(owner_id=self.app.user_id, slug=slug, question=question, answer=answer, topic=topic,
                      key_points=points, source=(source or "")[:200], created_at=now, updated_at=now)
        s.add(row)
        s.flush()
        index.add(row)
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

    # -- scheduling ---------------------------------------------------------------------------------
    def _states(self, s) -> dict[str, CardState]:
        rows = s.scalars(select(CardState).where(CardState.owner_id == self.app.user_id))
        return {r.card_slug: r for r in rows}

    @staticmethod
    def _day_start(now: datetime) -> datetime:
        # Days are UTC days: the new-card allowance renews at midnight UTC.
        return now.astimezone(timezone.utc).replace(hour=0, minute=0, second=0, microsecond=0)

    def queue(self, now: datetime | None = None, topic: str | None = None, items: list[Item] | None = None) -> "Queue":
        from offerloop.cards.queue import Scheduled, build_queue

        now = now or utcnow()
        items = self.lean_items(topic) if items is None else items
        # new cards come in this order: the user's own first (real interview questions), then the bank
        order = [i.slug for i in items if i.own] + [i.slug for i in items if not i.own]
        prefs = self.prefs()
        with self.app.session() as s:
            states = self._state_rows(s)
            introduced = s.scalar(select(func.count()).select_from(CardState).where(
                CardState.owner_id == self.app.user_id, CardState.introduced_at >= self._day_start(now))) or 0
        scheduled = [Scheduled(slug, r.state, r.due) for slug, r in states.items()]
        return build_queue(order, scheduled, introduced, prefs["new_per_day"], now)

    def due(self, now: datetime | None = None, topic: str | None = None, learn_ahead: bool = False) -> dict[str, Any]:
        """The due queue as JSON: due cards, then new cards within today's limit."""
        now = now or utcnow()
        items = self.lean_items(topic)
        q = self.queue(now, topic, items=items)
        slugs = q.slugs + (q.learning_soon if learn_ahead and not q.slugs else [])
        by_slug = {i.slug: i for i in items}
        with self.app.session() as s:
            states = self._state_rows(s)
        cards = []
        for slug in slugs:
            item, row = by_slug[slug], states.get(slug)
            cards.append({"slug": slug, "question": item.question, "topic": item.topic,
                          "difficulty": item.difficulty, "own": item.own,
                          "state": sched.STATE_NAMES[row.state if row else 0],
                          "due": row.due.isoformat() if row else None})
        prefs = self.prefs()
        return {"now": now.isoformat(), "topic": topic, "cards": cards,
                "counts": {"due": len(q.due), "new": len(q.new), "learning_soon": len(q.learning_soon),
                           "new_left_today": q.new_left_today, "new_unseen": q.new_available,
                           "new_per_day": prefs["new_per_day"]},
                "next_learning_due": None if not q.learning_soon else states[q.learning_soon[0]].due.isoformat()}

    def memory(self, slug: str) -> sched.Memory | None:
        with self.app.session() as s:
            row = s.scalar(select(CardState).where(CardState.owner_id == self.app.user_id, CardState.card_slug == slug))
            return _memory(row)

    def answer(self, slug: str, text: str | None, now: datetime | None = None, reveal: bool = False) -> dict[str, Any]:
        """Feedback on a typed answer (nothing is stored until the card is rated).

        With reveal, no answer is needed: the model answer, key points and intervals come back unjudged.
        Otherwise an empty, whitespace-only or over-long answer is refused with one sentence."""
        from offerloop.cards.claims import feedback_json

        typed = not reveal or bool(text and text.strip())
        if typed:
            text = check_answer_text(text)
        now = now or utcnow()
        item = self.item(slug)
        result = feedback_json(item.judge(text if typed else ""), typed)
        if not typed:
            result["score"] = None if not item.claims else 0.0
        prefs = self.prefs()
        preview = sched.preview(self.memory(slug), now, prefs["desired_retention"])
        result.update({"slug": slug, "question": item.question, "answer": item.answer,
                       "follow_ups": list(item.follow_ups), "revealed": not typed,
                       "next_due": {k: v.isoformat() for k, v in preview.items()},
                       "next_interval": {k: sched.humanize_interval(v - now) for k, v in preview.items()}})
        return result

    def review(self, slug: str, rating: str | int, now: datetime | None = None, text: str | None = None,
               duration_ms: int | None = None) -> dict[str, Any]:
        """Rate a card: fsrs computes its next due time; the review is logged (and counted as activity)."""
        now = now or utcnow()
        if now.tzinfo is None:
            raise InvalidInput("The review time must carry a timezone.")
        grade = sched.parse_rating(rating)
        item = self.item(slug)  # NotFound for an unknown slug, before anything is written
        score = None
        if text and text.strip():
            score = item.judge(check_answer_text(text)).score if item.claims else None
        if duration_ms is not None and not 0 <= duration_ms <= 86_400_000:
            raise InvalidInput("The review duration must be between 0 and 24 hours.")
        retention = self.prefs()["desired_retention"]
        with self.app.session() as s:
            row = s.scalar(select(CardState).where(CardState.owner_id == self.app.user_id, CardState.card_slug == slug))
            before = _memory(row)
            after = sched.review(before, grade, now, retention)
            if row is None:
                row = CardState(owner_id=self.app.user_id, card_slug=slug, introduced_at=now, reps=0, lapses=0)
                s.add(row)
            if before is not None and before.state == 2 and int(grade) == 1:
                row.lapses = (row.lapses or 0) + 1
            row.state, row.step, row.stability, row.difficulty = after.state, after.step, after.stability, after.difficulty
            row.due, row.last_review = after.due, after.last_review
            row.reps = (row.reps or 0) + 1
            s.add(CardReview(owner_id=self.app.user_id, card_slug=slug, reviewed_at=now, rating=int(grade),
                             state_before=before.state if before else 0, due_before=before.due if before else None,
                             due_after=after.due, stability_after=after.stability, difficulty_after=after.difficulty,
                             score=score, answer_text=text if text and text.strip() else None,
                             duration_ms=duration_ms))
            s.add(Activity(owner_id=self.app.user_id, at=now, area="cards", kind="reviewed",
                           subject=f"{slug}: {sched.RATING_NAMES[int(grade)]}"[:200]))
            try:
                s.flush()
            except IntegrityError:
                # two windows rated the same new card at once: the first one counts
                raise Conflict(f"The card {slug!r} was just reviewed elsewhere; load the queue again.") from None
        return {"slug": slug, "rating": sched.RATING_NAMES[int(grade)], "due": after.due.isoformat(),
                "interval": sched.humanize_interval(after.due - now), "state": sched.STATE_NAMES[after.state],
                "stability": after.stability, "difficulty": after.difficulty, "score": score}

    # -- views ------------------------------------------------------------------------------------
    def listing(self, topic: str | None = None, now: datetime | None = None, *, state: str | None = None,
                limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
        """The cards (bank first, then your own, oldest first) with where each stands for the user;
        `state` keeps one kind (new, learning, review, relearning, due, own); limit/offset page them."""
        return self.listing_page(topic, now, state=state, limit=limit, offset=offset)[0]

    def listing_page(self, topic: str | None = None, now: datetime | None = None, *, state: str | None = None,
                     limit: int | None = None, offset: int = 0) -> tuple[list[dict[str, Any]], int]:
        """(one page of listing(), the length of the whole list). Without a state filter the own cards
        are paged in the query and only the page's card states are read."""
        now = now or utcnow()
        topic = check_topic(topic)
        end = None if limit is None else offset + limit
        bank = [] if state == "own" else [i for i in self._bank_items if topic is None or i.topic == topic]
        own_q = select(OwnCard.slug, OwnCard.question, OwnCard.topic).where(OwnCard.owner_id == self.app.user_id)
        if topic is not None:
            own_q = own_q.where(OwnCard.topic == topic)
        own_q = own_q.order_by(OwnCard.id)
        with self.app.session() as s:
            if state in (None, "own"):
                page_bank = bank[offset:end]
                own_limit = None if limit is None else limit - len(page_bank)
                own_rows = [] if own_limit == 0 else list(s.execute(
                    own_q.offset(max(0, offset - len(bank))).limit(own_limit)))
                total = len(bank) + (s.scalar(select(func.count()).select_from(own_q.subquery())) or 0)
                entries = [(i.slug, i.question, i.topic, i.difficulty, False) for i in page_bank]
                entries += [(r.slug, r.question, r.topic, None, True) for r in own_rows]
                states = self._state_rows(s, [e[0] for e in entries]) if entries else {}
            else:  # the state lives in another table: filter the whole list, then page it
                entries = [(i.slug, i.question, i.topic, i.difficulty, False) for i in bank]
                entries += [(r.slug, r.question, r.topic, None, True) for r in s.execute(own_q)]
                states = self._state_rows(s)
        out = []
        for slug, question, card_topic, difficulty, own in entries:
            row = states.get(slug)
            out.append({"slug": slug, "topic": card_topic, "difficulty": difficulty, "own": own,
                        "question": question, "state": sched.STATE_NAMES[row.state if row else 0],
                        "due": row.due.isoformat() if row else None, "is_due": bool(row and row.due <= now),
                        "reps": row.reps if row else 0, "lapses": row.lapses if row else 0})
        if state not in (None, "own"):
            out = [r for r in out if r["state"] == state or (state == "due" and r["is_due"])]
            total, out = len(out), out[offset:end]
        return out, total

    def detail(self, slug: str, now: datetime | None = None) -> dict[str, Any]:
        now = now or utcnow()
        item = self.item(slug)
        memory = self.memory(slug)
        with self.app.session() as s:
            history = [{"reviewed_at": r.reviewed_at.isoformat(), "rating": sched.RATING_NAMES[r.rating],
                        "score": r.score, "due_after": r.due_after.isoformat()}
                       for r in s.scalars(select(CardReview).where(CardReview.owner_id == self.app.user_id,
                                                                   CardReview.card_slug == slug)
                                          .order_by(CardReview.reviewed_at.desc()).limit(50))]
        retention = self.prefs()["desired_retention"]
        return {**item.to_dict(), "state": sched.STATE_NAMES[memory.state if memory else 0],
                "due": memory.due.isoformat() if memory else None,
                "retrievability": sched.retrievability(memory, now, retention),
                "stability": memory.stability if memory else None, "history": history}

    def stats(self, now: datetime | None = None) -> dict[str, Any]:
        from offerloop.cards import stats as st

        now = now or utcnow()
        items = self.items()
        total = len(items)
        with self.app.session() as s:
            reviews = [st.ReviewRow(r.reviewed_at, r.rating, r.state_before, r.card_slug) for r in s.execute(
                select(CardReview.reviewed_at, CardReview.rating, CardReview.state_before, CardReview.card_slug)
                .where(CardReview.owner_id == self.app.user_id))]
            states = [st.StateRow(r.card_slug, r.state, r.due, r.stability) for r in s.execute(
                select(CardState.card_slug, CardState.state, CardState.due, CardState.stability)
                .where(CardState.owner_id == self.app.user_id))]
        known = {i.slug for i in items}
        states = [r for r in states if r.slug in known]  # a card removed from the bank no longer counts
        result = st.compute(reviews, [r.state for r in states], [r.due for r in states], total, now)
        result["by_topic"] = st.by_topic([(i.slug, i.topic) for i in items], states, reviews, now)
        result["mature"] = sum(1 for r in states if (r.stability or 0) >= st.MATURE_DAYS)
        result["desired_retention"] = self.prefs()["desired_retention"]
        result["total_cards"] = total
        return result

    # -- interop ----------------------------------------------------------------------------------
    def export_anki(self, path, topic: str | None = None, include_own: bool = True) -> int:
        from pathlib import Path

        from offerloop.cards.anki import build_package

        path = Path(path)
        if path.suffix.lower() != ".apkg":
            raise InvalidInput(f"The file {path} should end in .apkg so Anki recognises it.")
        if not path.parent.exists():
            raise InvalidInput(f"The folder {path.parent} does not exist.")
        items = [i for i in self.items(topic) if include_own or not i.own]
        if not items:
            raise InvalidInput("There are no cards to export.")
        return build_package(items, path)

    def export_own_csv(self, path) -> int:
        from pathlib import Path

        from offerloop.cards.csvio import cards_to_csv

        path = Path(path)
        if not path.parent.exists():
            raise InvalidInput(f"The folder {path.parent} does not exist.")
        own = [i for i in self.items() if i.own]
        tmp = path.with_name(path.name + ".part")
        tmp.write_text(cards_to_csv(own), encoding="utf-8")
        tmp.replace(path)
        return len(own)

    def import_csv_text(self, text: str, now: datetime | None = None) -> dict[str, Any]:
        """Add the cards of a CSV (all or nothing); questions already among your cards are skipped."""
        from offerloop.cards.csvio import parse_cards_csv

        rows = parse_cards_csv(text)
        now = now or utcnow()
        added, skipped = [], []
        with self.app.session() as s:
            index = self._own_index(s)
            for row in rows:
                if _norm_question(row.question) in index.by_question:
                    skipped.append(row.row)
                    continue
                slug, _ = self._add_own(s, row.question, row.answer, row.topic, "csv import",
                                        row.key_points, now, index=index)
                added.append(slug)
        return {"added": added, "skipped_rows": skipped}

    def import_csv(self, path, now: datetime | None = None) -> dict[str, Any]:
        from pathlib import Path

        path = Path(path)
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise InvalidInput(f"The file {path} does not exist.") from None
        except UnicodeDecodeError:
            raise InvalidInput(f"The file {path} is not UTF-8 text; save it as CSV UTF-8.") from None
        except OSError as exc:
            raise InvalidInput(f"The file {path} cannot be read: {exc.strerror}.") from None
        return self.import_csv_text(text, now)
