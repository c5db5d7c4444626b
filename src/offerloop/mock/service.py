"""MockManager: start a loop (drawing each round from the banks), run its rounds on a clock that
survives a closed tab, take answers through the banks' own feedback, and score rounds and loops."""

from __future__ import annotations

import random
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from offerloop.errors import Conflict, InvalidInput, NotFound
from offerloop.mock import draw, loops, scorecard
from offerloop.store.base import Activity, utcnow

MAX_ANSWER = 20_000
SELF_DIMENSIONS = scorecard.DIMENSIONS


def _iso(dt: datetime | None) -> str | None:
    return dt.isoformat() if dt else None


class MockManager:
    def __init__(self, app):
        self.app = app

    # -- what each round draws ------------------------------------------------------------------
    def _card_pool(self) -> tuple[list[dict[str, Any]], dict[str, float | None]]:
        items = [{"slug": i.slug, "topic": i.topic, "difficulty": i.difficulty, "question": i.question,
                  "follow_ups": list(i.follow_ups)} for i in self.app.cards.items() if i.claims]
        stats = self.app.cards.stats()
        retention = {row["topic"]: (row["retention"] if row["seen"] else None) for row in stats["by_topic"]}
        return items, retention

    def _draw(self, kind: str, company: str, company_type: str, rng, used: set[str],
              cache: dict[str, Any]) -> list[dict[str, Any]]:
        from offerloop.content.schemas import CARD_TOPICS

        def cards(n, *, difficulty=("medium", "easy", "hard"), order=None, one_topic=False):
            if "cards" not in cache:  # building every card's claims is the slow part: once per loop
                cache["cards"] = self._card_pool()
            pool, retention = cache["cards"]
            order = order or draw.topic_order(retention, company_type, CARD_TOPICS)
            chosen = draw.pick_cards(pool, order, n, rng, difficulty=difficulty, one_topic=one_topic, exclude=used)
            used.update(c["slug"] for c in chosen)
            return [{"type": "card", "slug": c["slug"], "question": c["question"], "topic": c["topic"],
                     "difficulty": c["difficulty"], "follow_ups": c["follow_ups"] if one_topic else [],
                     "url": f"/cards/{c['slug']}", "answer": None, "result": None} for c in chosen]

        def story_text(st):
            if st["form"] == "free":
                return st["text"] or ""
            return "\n".join(f"{p.title()}: {st[p]}" for p in ("situation", "task", "action", "result") if st[p])

        def stories(n):
            out, seen = [], set()
            bank = {st["id"]: st for st in self.app.stories.list()}
            for attempt in range(n * 4):
                try:
                    q = self.app.stories.practice_question(seed=rng.randrange(1 << 30))
                except NotFound:
                    break
                if q["uuid"] in seen or q["uuid"] in used:
                    continue
                seen.add(q["uuid"])
                used.add(q["uuid"])
                # your stories that could answer it, to pick one instead of writing from scratch
                picks = [{"id": r["id"], "title": r["title"], "reasons": r["reasons"],
                          "text": story_text(bank[r["id"]])}
                         for r in self.app.stories.suggest(q["uuid"], limit=3)["stories"] if r["id"] in bank]
                out.append({"type": "story", "uuid": q["uuid"], "question": q["text"],
                            "categories": q["categories"], "stories": picks, "answer": None, "result": None})
                if len(out) == n:
                    break
            return out

        def builder(kind_):
            from offerloop.stories.pitch import builder as get_builder

            b = get_builder(kind_)
            question = b.question.replace("this company", company) if company else b.question
            # your prepared answer from the builders, the one for this company first, else the latest
            saved = sorted(self.app.stories.answers(kind_),
                           key=lambda a: (bool(company) and a["company"].lower() == company.lower(), a["updated_at"]))
            return {"type": "builder", "kind": kind_, "question": question, "target_seconds": list(b.target_seconds),
                    "saved": saved[-1]["text"] if saved else None, "answer": None, "result": None}

        def ask():
            from offerloop.stories.questions_to_ask import ASK

            suggestions = [q for group in ASK.values() for q in group["questions"][:2]]
            return {"type": "ask", "question": draw.ASK_PROMPT, "suggestions": suggestions,
                    "answer": None, "result": None}

        def problem(track):
            p = draw.pick_problem(self.app.problems.list(track=track), company_type, rng)
            if p is None:
                return []
            return [{"type": "problem", "slug": p["slug"], "question": p["title"], "difficulty": p["difficulty"],
                     "topics": p["topics"], "url": f"/problems/{p['slug']}", "answer": None, "result": None}]

        if kind == "coding":
            return problem("algo")
        if kind == "ml-coding":
            return problem("ml")
        if kind == "system-design":
            c = draw.pick_case(self.app.designs.cases(), rng)
            return [] if c is None else [{"type": "design", "slug": c["slug"], "question": c["title"],
                                          "url": f"/design/{c['slug']}", "answer": None, "result": None}]
        if kind == "theory":
            return cards(4)
        if kind == "theory-deep-dive":
            return cards(4, difficulty=("hard", "medium", "easy"), one_topic=True)
        if kind == "behavioral":
            return stories(3)
        if kind == "culture-fit":
            return [builder("why_company"), builder("five_years"), ask()]
        if kind == "bar-raiser":
            return stories(2) + cards(2, difficulty=("hard", "medium", "easy"))
        if kind == "phone-screen":
            return [builder("pitch")] + cards(2, difficulty=("easy", "medium", "hard"),
                                               order=list(draw.BASICS_TOPICS)) + [ask()]
        if kind == "paper-discussion":
            return [{"type": "paper", "phase": ph, "question": q, "answer": None, "result": None}
                    for ph, q in draw.PAPER_QUESTIONS]
        raise InvalidInput(f"There is no round kind {kind!r}.")

    # -- loops ----------------------------------------------------------------------------------
    def types(self) -> list[dict[str, Any]]:
        return loops.types_as_data()

    def start(self, loop_type: str | None = None, *, application_id: int | None = None,
              rounds: list[int | str] | None = None, now: datetime | None = None, seed: int | None = None) -> dict[str, Any]:
        """Start a loop of a type (or the type an application's company calls for), drawing every round now."""
        from offerloop.mock.models import MockLoop, MockRound

        now = now or utcnow()
        company, company_type = "", ""
        if application_id is not None:
            a = self.app.applications.get(application_id)  # NotFound in one sentence
            company, company_type = a["company"], a["type"]
        if loop_type is None:  # the application's company type decides; with neither, the typical loop
            loop_type = loops.LOOP_FOR_COMPANY_TYPE[company_type] if application_id is not None else "typical"
        lt = loops.loop_type(loop_type)
        kinds = loops.pick_rounds(lt, rounds)
        if not company_type and lt.slug in ("big-tech", "startup", "research-lab"):
            company_type = lt.slug
        rng = random.Random(seed)
        used: set[str] = set()
        cache: dict[str, Any] = {}
        drawn = [self._draw(k, company, company_type, rng, used, cache) for k in kinds]
        with self.app.session() as s:
            row = MockLoop(owner_id=self.app.user_id, loop_type=lt.slug, application_id=application_id,
                           company=company, company_type=company_type, created_at=now)
            s.add(row)
            for n, (kind, items) in enumerate(zip(kinds, drawn), start=1):
                rk = loops.ROUND_KINDS[kind]
                row.rounds.append(MockRound(owner_id=self.app.user_id, position=n, kind=kind, minutes=rk.minutes,
                                            state="pending", items=items, phase_marks=[], elapsed_seconds=0))
            s.add(Activity(owner_id=self.app.user_id, at=now, area="mock", kind="loop-started", subject=lt.title))
            s.flush()
            return self._loop_dict(row, now)

    def _loop(self, s, loop_id: int, *, lock: bool = False):
        from offerloop.mock.models import MockLoop

        q = select(MockLoop).options(selectinload(MockLoop.rounds)).where(
            MockLoop.id == loop_id, MockLoop.owner_id == self.app.user_id)
        row = s.scalar(q.with_for_update() if lock else q)
        if row is None:
            raise NotFound(f"There is no mock loop with id {loop_id}; `offerloop mock list` shows them.")
        return row

    def _round(self, s, loop_id: int, position: int, *, lock: bool = False):
        from offerloop.mock.models import MockRound

        loop = self._loop(s, loop_id)
        q = select(MockRound).where(MockRound.loop_id == loop.id, MockRound.position == position)
        row = s.scalar(q.with_for_update() if lock else q)
        if row is None:
            raise NotFound(f"Mock loop {loop_id} has rounds 1 to {len(loop.rounds)}; there is no round {position}.")
        return loop, row

    @staticmethod
    def _elapsed(r, now: datetime) -> int:
        extra = int((now - r.resumed_at).total_seconds()) if r.state == "running" and r.resumed_at else 0
        return r.elapsed_seconds + max(0, extra)

    def _round_dict(self, r, now: datetime) -> dict[str, Any]:
        rk = loops.ROUND_KINDS[r.kind]
        elapsed = self._elapsed(r, now)
        phase = min(len(r.phase_marks or []), len(rk.phases) - 1)
        return {"position": r.position, "kind": r.kind, "title": rk.title, "minutes": r.minutes,
                "area": rk.area, "blurb": rk.blurb, "phases": [p.to_dict() for p in rk.phases],
                "state": r.state, "elapsed_seconds": elapsed, "phase_index": phase,
                "phase_marks": list(r.phase_marks or []), "started_at": _iso(r.started_at),
                "submitted_at": _iso(r.submitted_at), "items": list(r.items or []),
                "self_assessment": r.self_assessment, "scorecard": r.scorecard}

    def _loop_dict(self, row, now: datetime, *, detail: bool = True) -> dict[str, Any]:
        lt = loops.LOOP_TYPES[row.loop_type]
        rounds = [self._round_dict(r, now) for r in row.rounds]
        out = {"id": row.id, "type": row.loop_type, "title": lt.title, "company": row.company,
               "company_type": row.company_type, "application_id": row.application_id,
               "created_at": row.created_at.isoformat(), "finished_at": _iso(row.finished_at),
               "scorecard": row.scorecard,
               "rounds_done": sum(1 for r in rounds if r["state"] == "submitted"), "rounds_total": len(rounds)}
        if detail:
            out["rounds"] = rounds
        else:
            out["rounds"] = [{k: r[k] for k in ("position", "kind", "title", "minutes", "state")} for r in rounds]
        return out

    def list(self, now: datetime | None = None) -> list[dict[str, Any]]:
        from offerloop.mock.models import MockLoop

        now = now or utcnow()
        with self.app.session() as s:
            rows = s.scalars(select(MockLoop).options(selectinload(MockLoop.rounds))
                             .where(MockLoop.owner_id == self.app.user_id)
                             .order_by(MockLoop.created_at.desc(), MockLoop.id.desc())).all()
            return [self._loop_dict(r, now, detail=False) for r in rows]

    def get(self, loop_id: int, now: datetime | None = None) -> dict[str, Any]:
        now = now or utcnow()
        with self.app.session() as s:
            out = self._loop_dict(self._loop(s, loop_id), now)
        out["trends"] = self.trends()
        return out

    def round(self, loop_id: int, position: int, now: datetime | None = None) -> dict[str, Any]:
        now = now or utcnow()
        with self.app.session() as s:
            loop, r = self._round(s, loop_id, position)
            out = self._round_dict(r, now)
            out["loop"] = {"id": loop.id, "type": loop.loop_type, "company": loop.company,
                           "rounds_total": len(loop.rounds)}
            return out

    def delete(self, loop_id: int) -> None:
        with self.app.session() as s:
            s.delete(self._loop(s, loop_id))

    # -- the clock --------------------------------------------------------------------------------
    def _not_submitted(self, loop_id: int, r) -> None:
        if r.state == "submitted":
            raise Conflict(f"Round {r.position} of mock loop {loop_id} was already submitted; its scorecard stands.")

    def resume(self, loop_id: int, position: int, now: datetime | None = None) -> dict[str, Any]:
        """Start or resume the round's clock (a round already running is left as it is)."""
        now = now or utcnow()
        with self.app.session() as s:
            _loop, r = self._round(s, loop_id, position, lock=True)
            self._not_submitted(loop_id, r)
            if r.state != "running":
                r.started_at = r.started_at or now
                r.resumed_at, r.state = now, "running"
            s.flush()
            return self._round_dict(r, now)

    def pause(self, loop_id: int, position: int, now: datetime | None = None) -> dict[str, Any]:
        now = now or utcnow()
        with self.app.session() as s:
            _loop, r = self._round(s, loop_id, position, lock=True)
            self._not_submitted(loop_id, r)
            if r.state == "running":
                r.elapsed_seconds = self._elapsed(r, now)
                r.resumed_at, r.state = None, "paused"
            s.flush()
            return self._round_dict(r, now)

    def next_phase(self, loop_id: int, position: int, now: datetime | None = None) -> dict[str, Any]:
        """End the current phase at the clock's time and move to the next one."""
        now = now or utcnow()
        with self.app.session() as s:
            _loop, r = self._round(s, loop_id, position, lock=True)
            self._not_submitted(loop_id, r)
            if r.state != "running":
                raise Conflict("Start or resume the round before moving to the next phase.")
            phases = loops.ROUND_KINDS[r.kind].phases
            marks = list(r.phase_marks or [])
            if len(marks) >= len(phases) - 1:
                raise Conflict("This is the round's last phase; submit the round when you are done.")
            r.phase_marks = marks + [self._elapsed(r, now)]
            s.flush()
            return self._round_dict(r, now)

    # -- answers ----------------------------------------------------------------------------------
    def answer(self, loop_id: int, position: int, index: int, text: str | None = None, *,
               seconds: int | None = None, now: datetime | None = None) -> dict[str, Any]:
        """Answer one item of a running round; the feedback comes from the item's own bank.

        A problem or design item takes no text: its latest submission or review since the round
        started is read instead."""
        now = now or utcnow()
        if seconds is not None and not 0 <= seconds <= 24 * 3600:
            raise InvalidInput("The time spent must be between 0 and 24 hours, in seconds.")
        with self.app.session() as s:
            loop, r = self._round(s, loop_id, position)
            self._not_submitted(loop_id, r)
            if r.state != "running":
                raise Conflict("Start or resume the round before answering; a paused round keeps its clock still.")
            items = list(r.items or [])
            if not 1 <= index <= len(items):
                raise NotFound(f"Round {position} has items 1 to {len(items)}; there is no item {index}.")
            item = dict(items[index - 1])
            company, started = loop.company, r.started_at
        text = (text or "").strip()
        if item["type"] in ("problem", "design"):
            result = self._work_evidence(item, started)
            if result is None:
                what = "submission of the problem" if item["type"] == "problem" else "reviewed design for the case"
                raise InvalidInput(f"There is no {what} since the round started; open {item['url']} and submit there.")
        else:
            if not text:
                raise InvalidInput("Type an answer first.")
            if len(text) > MAX_ANSWER:
                raise InvalidInput(f"An answer is limited to {MAX_ANSWER:,} characters.")
            result = self._feedback(item, text, company, seconds, now)
            item["answer"] = text
        item["result"] = result
        with self.app.session() as s:
            _loop, r = self._round(s, loop_id, position, lock=True)
            self._not_submitted(loop_id, r)  # submitted while the feedback was computed: keep the scorecard
            items = list(r.items)
            items[index - 1] = item
            r.items = items
            s.flush()
            return {"index": index, "item": item, "round": self._round_dict(r, now)}

    def _feedback(self, item: dict, text: str, company: str, seconds: int | None, now: datetime) -> dict[str, Any]:
        kind = item["type"]
        if kind == "card":
            fb = self.app.cards.answer(item["slug"], text, now=now)
            keep = ("score", "covered", "missed", "partial", "contradicted", "misconceptions", "feedback", "answer")
            return {k: fb.get(k) for k in keep}
        if kind == "story":
            fb = self.app.stories.practise(item["uuid"], text, seconds=seconds or None, now=now)["feedback"]
            keep = ("situation", "task", "action", "result", "quantified_result", "length", "words",
                    "speaking_seconds", "missing", "suggestions", "filler_words", "i_we_ratio")
            return {k: fb.get(k) for k in keep}
        if kind == "builder":
            fb = self.app.stories.preview(item["kind"], {}, company=company, text=text)["feedback"]
            keep = ("length", "words", "speaking_seconds", "target_seconds", "suggestions", "filler_words",
                    "quantities", "names_company")
            return {k: fb.get(k) for k in keep}
        if kind == "paper":
            from offerloop.stories.analysis import count_words

            words = count_words(text)
            note = ("Enough detail to discuss." if words >= 40 else
                    "Add specifics: numbers, datasets, names of the baselines or the exact assumption.")
            return {"words": words, "suggestions": [note]}
        if kind == "ask":
            lines = [ln.strip(" -*•\t") for ln in text.splitlines() if ln.strip(" -*•\t")]
            count = sum(1 for ln in lines if len(ln.split()) >= 4)
            note = ("Good: questions that show you want the job." if count >= 2 else
                    "Prepare at least two real questions about the role, the team or how success is measured.")
            return {"count": count, "suggestions": [note]}
        raise InvalidInput(f"Items of type {kind!r} take no typed answer.")

    def _work_evidence(self, item: dict, since: datetime | None) -> dict[str, Any] | None:
        """The judge's verdict or the design review made in the round (since it started)."""
        if since is None:
            return None
        if item["type"] == "problem":
            from offerloop.practice.models import Submission

            with self.app.session() as s:
                rows = s.execute(select(Submission.verdict, Submission.passed, Submission.total)
                                 .where(Submission.owner_id == self.app.user_id, Submission.slug == item["slug"],
                                        Submission.created_at >= since)
                                 .order_by(Submission.created_at, Submission.id)).all()
            if not rows:
                return None
            first_ok = next((n for n, row in enumerate(rows, start=1) if row.verdict == "accepted"), None)
            best = rows[first_ok - 1] if first_ok else max(rows, key=lambda row: row.passed)
            return {"verdict": best.verdict, "passed": best.passed, "total": best.total,
                    "attempts": first_ok or len(rows)}
        attempts = [a for a in self.app.designs.history(item["slug"])["attempts"]
                    if datetime.fromisoformat(a["created_at"]) >= since]
        if not attempts:
            return None
        last = attempts[-1]
        return {"score": last["score"], "attempt_id": last["id"], "ratings": last.get("ratings", {})}

    # -- scoring ----------------------------------------------------------------------------------
    def submit(self, loop_id: int, position: int, self_assessment: dict[str, int] | None = None, *,
               now: datetime | None = None) -> dict[str, Any]:
        """Stop the clock and score the round; a round is scored once."""
        now = now or utcnow()
        own = self._check_self(self_assessment)
        with self.app.session() as s:
            _loop, r = self._round(s, loop_id, position)
            self._not_submitted(loop_id, r)
            if r.state == "pending":
                raise Conflict(f"Round {position} has not been started; start it before submitting.")
            items, started = [dict(i) for i in r.items], r.started_at
        for item in items:  # the latest judge verdict or design review counts, even if not checked
            if item["type"] in ("problem", "design"):
                fresh = self._work_evidence(item, started)
                if fresh is not None:
                    item["result"] = fresh
        with self.app.session() as s:
            loop, r = self._round(s, loop_id, position, lock=True)
            self._not_submitted(loop_id, r)
            elapsed = self._elapsed(r, now)
            rk = loops.ROUND_KINDS[r.kind]
            card = scorecard.round_scorecard(r.kind, items, [p.to_dict() for p in rk.phases],
                                             list(r.phase_marks or []), elapsed, r.minutes, own)
            r.items, r.elapsed_seconds, r.resumed_at = items, elapsed, None
            r.state, r.submitted_at, r.self_assessment, r.scorecard = "submitted", now, own, card
            s.flush()
            summary = [{"title": loops.ROUND_KINDS[x.kind].title, "scorecard": x.scorecard} for x in loop.rounds]
            loop.scorecard = scorecard.loop_scorecard(summary)
            if all(x.state == "submitted" for x in loop.rounds):
                loop.finished_at = now
            s.add(Activity(owner_id=self.app.user_id, at=now, area="mock", kind="round-submitted",
                           subject=f"{rk.title}: {card['signal']}"))
            s.flush()
            return {"round": self._round_dict(r, now), "loop_scorecard": loop.scorecard}

    @staticmethod
    def _check_self(values: dict[str, Any] | None) -> dict[str, int] | None:
        if not values:
            return None
        unknown = sorted(set(values) - set(SELF_DIMENSIONS))
        if unknown:
            raise InvalidInput(f"The self-assessment has no {unknown[0]!r}; rate {', '.join(SELF_DIMENSIONS)}.")
        out = {}
        for k, v in values.items():
            if v is None:
                continue
            if isinstance(v, bool) or not isinstance(v, int) or not 1 <= v <= 4:
                raise InvalidInput(f"Rate {k.replace('_', ' ')} from 1 to 4.")
            out[k] = v
        return out or None

    def trends(self) -> list[dict[str, Any]]:
        from offerloop.mock.models import MockLoop

        with self.app.session() as s:
            rows = s.execute(select(MockLoop.id, MockLoop.loop_type, MockLoop.created_at, MockLoop.scorecard)
                             .where(MockLoop.owner_id == self.app.user_id)
                             .order_by(MockLoop.created_at, MockLoop.id)).all()
        return scorecard.trends([{"id": i, "type": t, "created_at": c.isoformat(), "scorecard": sc}
                                 for i, t, c, sc in rows])

    def area_ratings(self) -> dict[str, list[dict[str, Any]]]:
        """Submitted round scorecards by readiness area, oldest first (evidence for readiness)."""
        from offerloop.mock.models import MockRound

        with self.app.session() as s:
            rows = s.execute(select(MockRound.kind, MockRound.scorecard, MockRound.submitted_at)
                             .where(MockRound.owner_id == self.app.user_id, MockRound.state == "submitted")
                             .order_by(MockRound.submitted_at, MockRound.id)).all()
        out: dict[str, list[dict[str, Any]]] = {}
        for kind, card, at in rows:
            if not card:
                continue
            out.setdefault(loops.ROUND_KINDS[kind].area, []).append(
                {"kind": kind, "at": at.isoformat(), "technical": card["ratings"]["technical"]["rating"],
                 "signal": card["signal"]})
        return out
