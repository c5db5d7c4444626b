"""Readiness for many candidates at once, for the coach's cohort view.

`offerloop.readiness.readiness` gathers one user's evidence through that user's managers: some
twenty queries and the story analysis per candidate, about 100 ms each. A cohort of 200 would take
20 s. Here every table is read once for the whole group (`owner_id IN (...)`), the rows are split by
owner into the same `readiness.rules.Evidence` the per-user gatherer builds, and the same pure
`assess` turns each into levels. Nothing is cached between requests except the results of two pure
functions keyed by their whole input (a story's analysis by its text, a resume match by the resume's
lines and the description's text), so the view is never stale: the next request reads the rows again.

`tests/accounts/test_coach_bulk.py` proves the result equals `readiness()` per candidate on a varied
cohort. A change to what a manager feeds `readiness.evidence.gather` must be mirrored here.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import threading
from collections import OrderedDict, defaultdict
from contextlib import contextmanager
from datetime import datetime
from typing import Any, Iterable, Iterator

from sqlalchemy import event, select
from sqlalchemy.orm import ORMExecuteState, with_loader_criteria

from offerloop.readiness.rules import MOCK_AREAS, Evidence, assess, coding_area
from offerloop.store.base import Owned


class _Memo:
    """A bounded memo for a pure function's results (least recently used out first). Web requests
    run in a thread pool, so the dict is changed under a lock; the function runs outside it."""

    def __init__(self, size: int):
        self.size, self.data, self.lock = size, OrderedDict(), threading.Lock()

    def get(self, key, compute):
        with self.lock:
            if key in self.data:
                self.data.move_to_end(key)
                return self.data[key]
        value = compute()
        with self.lock:
            self.data[key] = value
            if len(self.data) > self.size:
                self.data.popitem(last=False)
        return value


_STORY_ANALYSIS = _Memo(20_000)
_MATCHES = _Memo(5_000)
_LOCK = threading.Lock()
_BANKS: dict[int, tuple[Any, int]] = {}
_BANK_NUMBERS = itertools.count(1)


def _bank_key(app) -> int:
    """A number for the loaded problem bank, new whenever the bank object is (content reloaded).
    The bank is kept referenced here, so its id cannot be reused by another object."""
    problems = app.content.problems
    with _LOCK:
        seen = _BANKS.get(id(problems))
        if seen is None:
            while len(_BANKS) >= 4:  # the oldest banks go (a process holds one; tests make many)
                del _BANKS[next(iter(_BANKS))]
            seen = _BANKS[id(problems)] = (problems, next(_BANK_NUMBERS))
    return seen[1]


@contextmanager
def owners_session(app, owner_ids: Iterable[int]) -> Iterator[Any]:
    """A read-only session that sees the rows of these owners only: the ownership lock's filter,
    widened from one owner to a set, and a flush with any change refused. Always rolled back."""
    from offerloop.accounts.coach import _refuse_writes

    ids = sorted(set(owner_ids))
    session = app._sessionmaker(info={"owner_ids": ids, "read_only": True})

    def _only_these(state: ORMExecuteState) -> None:
        if state.is_select:
            state.statement = state.statement.options(
                with_loader_criteria(Owned, lambda cls: cls.owner_id.in_(ids), include_aliases=True))
        elif state.is_update or state.is_delete or state.is_insert:
            from offerloop.store.ownership import OwnershipError

            raise OwnershipError("A coach's view tried to change a candidate's data.")

    event.listen(session, "do_orm_execute", _only_these)
    event.listen(session, "before_flush", _refuse_writes)
    try:
        yield session
    finally:
        session.rollback()
        session.close()


def _chunks(ids: list[int], size: int = 500) -> Iterator[list[int]]:
    for i in range(0, len(ids), size):
        yield ids[i:i + size]


def _story_inputs(row) -> dict[str, Any]:
    """What coverage.readiness reads of a story, as StoryManager.list's story_dict gives it."""
    from offerloop.stories.analysis import PARTS
    from offerloop.stories.service import story_dict

    key = (row.text, row.situation, row.task, row.action, row.result)

    def compute():
        d = story_dict(row)
        return {k: d[k] for k in ("form", "missing", "quantified_result", "words", "speaking_seconds",
                                  "next_edit")}

    base = _STORY_ANALYSIS.get(key, compute)
    out = {"id": row.id, "title": row.title, "categories": list(row.categories or []), "tags": list(row.tags or []),
           "question_uuids": list(row.question_uuids or []), "created_at": row.created_at.isoformat(),
           "updated_at": row.updated_at.isoformat(), **base}
    out.update({p: getattr(row, p) for p in PARTS})
    out["text"] = row.text
    return out


def _match_rate(resume, jd_text: str) -> float:
    from offerloop.resume.match import match
    from offerloop.resume.service import document_of

    key = hashlib.sha256(json.dumps([resume.format, resume.lines, resume.pages, resume.pages_estimated,
                                     resume.warnings, resume.source_name, jd_text], sort_keys=True,
                                    default=str).encode()).hexdigest()
    return _MATCHES.get(key, lambda: match(document_of(resume), jd_text).to_dict()["match_rate"])


def gather_many(app, owner_ids: Iterable[int], now: datetime) -> dict[int, Evidence]:
    """Evidence per owner, equal to readiness.evidence.gather for each, in a fixed number of queries."""
    return _gather(app, owner_ids, now, {})


def _gather(app, owner_ids: Iterable[int], now: datetime, solved_keys: dict[int, frozenset[int]]
            ) -> dict[int, Evidence]:
    """gather_many; fills solved_keys with each owner's solved problems (positions in the bank)."""
    from fsrs import Card, State

    from offerloop.cards.models import CardPrefs, CardState, OwnCard
    from offerloop.cards.scheduler import make_scheduler
    from offerloop.cards.service import DEFAULT_RETENTION
    from offerloop.design.models import DesignAttempt
    from offerloop.mock.loops import ROUND_KINDS
    from offerloop.mock.models import MockRound
    from offerloop.practice.models import Submission
    from offerloop.resume.models import ApplicationDocuments, JobDescription, Resume
    from offerloop.stories import coverage
    from offerloop.stories.models import Story
    from offerloop.takehome.models import TakeHome, TakeHomeReview

    ids = sorted(set(owner_ids))
    if not ids:
        return {}
    content = app.content
    bank_cards = [(c.slug, c.topic) for c in content.cards.values()]
    order = {"easy": 0, "medium": 1, "hard": 2}
    problems = [p.meta for p in sorted(content.problems.values(),
                                       key=lambda p: (p.meta.track, order[p.meta.difficulty], p.meta.title.lower()))]
    designs = sorted(content.designs)

    own_cards: dict[int, list[tuple[str, str]]] = defaultdict(list)
    states: dict[int, dict[str, tuple]] = defaultdict(dict)
    retention: dict[int, float] = {}
    solved: dict[int, set[str]] = defaultdict(set)
    design_rows: dict[int, list[tuple[str, int]]] = defaultdict(list)
    takehome: dict[int, list[float]] = defaultdict(list)
    stories: dict[int, list[dict[str, Any]]] = defaultdict(list)
    resumes: dict[int, int] = defaultdict(int)
    pairs: dict[int, list[tuple[int, int]]] = defaultdict(list)
    mocks: dict[int, dict[str, list[dict[str, Any]]]] = defaultdict(dict)
    resume_rows: dict[int, Any] = {}
    jd_text: dict[int, str] = {}

    with owners_session(app, ids) as s:
        for chunk in _chunks(ids):
            for owner, slug, topic in s.execute(select(OwnCard.owner_id, OwnCard.slug, OwnCard.topic)
                                                .where(OwnCard.owner_id.in_(chunk)).order_by(OwnCard.id)):
                own_cards[owner].append((slug, topic or "own"))
            for r in s.execute(select(CardState.owner_id, CardState.card_slug, CardState.state, CardState.step,
                                      CardState.stability, CardState.difficulty, CardState.due,
                                      CardState.last_review).where(CardState.owner_id.in_(chunk))):
                states[r[0]][r[1]] = tuple(r[2:])
            for owner, r in s.execute(select(CardPrefs.owner_id, CardPrefs.desired_retention)
                                      .where(CardPrefs.owner_id.in_(chunk))):
                retention[owner] = r
            for owner, slug in s.execute(select(Submission.owner_id, Submission.slug)
                                         .where(Submission.owner_id.in_(chunk), Submission.verdict == "accepted")
                                         .distinct()):
                solved[owner].add(slug)
            for owner, slug, score in s.execute(select(DesignAttempt.owner_id, DesignAttempt.case_slug,
                                                       DesignAttempt.score).where(DesignAttempt.owner_id.in_(chunk))):
                design_rows[owner].append((slug, score))
            for owner, score in s.execute(select(TakeHome.owner_id, TakeHomeReview.score)
                                          .join(TakeHomeReview, TakeHomeReview.takehome_id == TakeHome.id)
                                          .where(TakeHome.owner_id.in_(chunk))
                                          .order_by(TakeHome.id, TakeHomeReview.id)):
                if score is not None:
                    takehome[owner].append(score)
            for row in s.scalars(select(Story).where(Story.owner_id.in_(chunk)).order_by(Story.id)):
                stories[row.owner_id].append(_story_inputs(row))
            for owner, n in s.execute(select(Resume.owner_id, Resume.id).where(Resume.owner_id.in_(chunk))):
                resumes[owner] += 1
            for owner, r, d in s.execute(select(ApplicationDocuments.owner_id, ApplicationDocuments.resume_id,
                                                ApplicationDocuments.description_id)
                                         .where(ApplicationDocuments.owner_id.in_(chunk),
                                                ApplicationDocuments.resume_id.is_not(None),
                                                ApplicationDocuments.description_id.is_not(None))
                                         .order_by(ApplicationDocuments.updated_at.desc())):
                if len(pairs[owner]) < 3:  # the latest three, as best_match reads them
                    pairs[owner].append((r, d))
            for owner, kind, card, _at in s.execute(select(MockRound.owner_id, MockRound.kind, MockRound.scorecard,
                                                           MockRound.submitted_at)
                                                    .where(MockRound.owner_id.in_(chunk),
                                                           MockRound.state == "submitted")
                                                    .order_by(MockRound.submitted_at, MockRound.id)):
                if card:
                    mocks[owner].setdefault(ROUND_KINDS[kind].area, []).append(
                        {"kind": kind, "technical": card["ratings"]["technical"]["rating"]})
        wanted_r = {r for ps in pairs.values() for r, _d in ps}
        wanted_d = {d for ps in pairs.values() for _r, d in ps}
        if wanted_r:
            resume_rows = {r.id: r for r in s.scalars(select(Resume).where(Resume.id.in_(wanted_r)))}
            jd_text = dict(s.execute(select(JobDescription.id, JobDescription.text)
                                     .where(JobDescription.id.in_(wanted_d))).all())
        best: dict[int, float | None] = {}
        for owner, ps in pairs.items():
            rates = [_match_rate(resume_rows[r], jd_text[d]) for r, d in ps if r in resume_rows and d in jd_text]
            best[owner] = max(rates) if rates else None

    schedulers: dict[float, Any] = {}
    card = Card(card_id=1, state=State.Review, due=now)
    states_by_value = {s.value: s for s in State}  # State(n) goes through the enum machinery: slow 5,000 times
    # The rules only read the evidence, so the bank's parts are built once and shared by every owner.
    unseen_bank = [(topic, None) for _slug, topic in bank_cards]
    bank_pos: dict[str, list[int]] = defaultdict(list)
    for i, (slug, _topic) in enumerate(bank_cards):
        bank_pos[slug].append(i)
    unsolved_rows = [{"track": m.track, "difficulty": m.difficulty, "topics": list(m.topics), "solved": False}
                     for m in problems]
    solved_rows = [dict(row, solved=True) for row in unsolved_rows]
    problem_pos: dict[str, list[int]] = defaultdict(list)
    for i, m in enumerate(problems):
        problem_pos[m.slug].append(i)
    out: dict[int, Evidence] = {}
    for owner in ids:
        desired = retention.get(owner, DEFAULT_RETENTION)
        scheduler = schedulers.get(desired) or schedulers.setdefault(desired, make_scheduler(desired))
        mine = states.get(owner, {})

        def retrievability(st) -> float | None:
            if st is None or st[2] is None or st[5] is None:
                return None
            card.state, card.step, card.stability, card.difficulty = states_by_value[st[0]], st[1], st[2], st[3]
            card.due, card.last_review = st[4], st[5]
            return float(scheduler.get_card_retrievability(card, current_datetime=now))

        cards = list(unseen_bank)
        for slug, st in mine.items():
            for i in bank_pos.get(slug, ()):
                cards[i] = (bank_cards[i][1], retrievability(st))
        cards += [(topic, retrievability(mine.get(slug))) for slug, topic in own_cards.get(owner, [])]
        rows = list(unsolved_rows)
        solved_at = frozenset(i for slug in solved.get(owner, ()) for i in problem_pos.get(slug, ()))
        for i in solved_at:
            rows[i] = solved_rows[i]
        solved_keys[owner] = solved_at
        design_best: dict[str, int] = {}
        design_count: dict[str, int] = {}
        for slug, score in design_rows.get(owner, []):
            design_best[slug] = max(design_best.get(slug, 0), score)
            design_count[slug] = design_count.get(slug, 0) + 1
        out[owner] = Evidence(
            cards=cards,
            problems=rows,
            designs=[{"slug": d, "attempts": design_count.get(d, 0), "best_score": design_best.get(d)}
                     for d in designs],
            stories=coverage.readiness(stories.get(owner, [])),
            resumes=resumes.get(owner, 0),
            best_match=best.get(owner),
            takehome_scores=takehome.get(owner, []),
            mocks=mocks.get(owner, {}),
        )
    return out


_CODING = _Memo(20_000)


def _coding(problems_key: int, solved: frozenset[int]):
    """readiness.rules.coding_area, remembered by its whole input: the bank (problems_key), the solved
    problems and the area's mock ratings. It walks the whole bank (about 1 ms a candidate), and a
    candidate's solved problems rarely change between two looks at the cohort."""

    def area(name: str, ev: Evidence) -> dict[str, Any]:
        mocks = tuple(r["technical"] for r in ev.mocks.get(name, ())) if name in MOCK_AREAS else ()
        return _CODING.get((problems_key, name, solved, mocks), lambda: coding_area(name, ev))

    return area


def readiness_many(app, owner_ids: Iterable[int], now: datetime) -> dict[int, dict[str, Any]]:
    """owner -> what readiness.evidence.readiness(ol_of_owner, now) returns, for every owner at once.
    Parts of the results are shared between owners and requests: treat them as read only."""
    out = {}
    problems_key = _bank_key(app)
    solved: dict[int, frozenset[int]] = {}
    for owner, ev in _gather(app, owner_ids, now, solved).items():
        result = assess(ev, _coding(problems_key, solved[owner]))
        result["now"] = now.isoformat()
        out[owner] = result
    return out
