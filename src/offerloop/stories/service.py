"""StoryManager (app.stories): the story bank, its coverage, the question bank links, and the
prepared answers (pitch, why this company, five years).

Every method opens its own unit of work and returns plain JSON-ready dicts; the feedback itself is
computed by the pure modules next to this one.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any, Iterable

from sqlalchemy import func, select

from offerloop.content.schemas import STORY_CATEGORIES
from offerloop.errors import InvalidInput, NotFound
from offerloop.store.base import Activity, utcnow
from offerloop.stories import coverage, pitch
from offerloop.stories.analysis import PARTS, analyze_story, split_labelled
from offerloop.stories.models import PreparedAnswer, Story

MAX_TEXT = 20_000
MAX_TAGS = 20


def _text(value: str | None, what: str, limit: int, *, required: bool = False) -> str:
    value = (value or "").strip()
    if required and not value:
        raise InvalidInput(f"The {what} is required.")
    if len(value) > limit:
        raise InvalidInput(f"The {what} is longer than {limit} characters.")
    return value


def clean_categories(values: Iterable[str] | None) -> list[str]:
    out: list[str] = []
    for v in values or []:
        v = (v or "").strip().lower()
        if not v:
            continue
        if v not in STORY_CATEGORIES:
            raise InvalidInput(f"The category {v!r} is not one of {', '.join(STORY_CATEGORIES)}; use a tag for your own labels.")
        if v not in out:
            out.append(v)
    return [c for c in STORY_CATEGORIES if c in out]


def clean_tags(values: Iterable[str] | None) -> list[str]:
    out: list[str] = []
    for raw in values or []:
        for v in (raw or "").split(","):  # "ml, startup" from a form field is two tags
            v = " ".join(v.strip().lower().split())
            if not v:
                continue
            if len(v) > 40:
                raise InvalidInput(f"The tag {v[:20]!r}... is longer than 40 characters.")
            if v not in out:
                out.append(v)
    if len(out) > MAX_TAGS:
        raise InvalidInput(f"A story can carry at most {MAX_TAGS} tags.")
    return out


def story_dict(s: Story, *, detail: bool = False) -> dict[str, Any]:
    fb = analyze_story(s.text, situation=s.situation, task=s.task, action=s.action, result=s.result)
    data = {
        "id": s.id, "title": s.title, "form": "free" if s.text and not any(getattr(s, p) for p in PARTS) else "labelled",
        "categories": list(s.categories or []), "tags": list(s.tags or []),
        "question_uuids": list(s.question_uuids or []),
        "created_at": s.created_at.isoformat(), "updated_at": s.updated_at.isoformat(),
        "missing": fb.missing, "quantified_result": fb.quantified_result, "words": fb.words,
        "speaking_seconds": fb.speaking_seconds, "next_edit": fb.suggestions[0],
    }
    data.update({p: getattr(s, p) for p in PARTS})
    data["text"] = s.text
    if detail:
        data["feedback"] = fb.to_dict()
    return data


def answer_dict(a: PreparedAnswer) -> dict[str, Any]:
    return {
        "id": a.id, "kind": a.kind, "title": pitch.builder(a.kind).title, "company": a.company, "role": a.role,
        "fields": dict(a.fields or {}), "text": a.text, "last_rehearsal_seconds": a.last_rehearsal_seconds,
        "created_at": a.created_at.isoformat(), "updated_at": a.updated_at.isoformat(),
        "feedback": pitch.answer_feedback(a.kind, a.text, fields=dict(a.fields or {}), company=a.company),
    }


class StoryManager:
    def __init__(self, app):
        self.app = app

    # -- helpers ---------------------------------------------------------------------------
    def _get(self, s, story_id: int) -> Story:
        story = s.get(Story, story_id)
        if story is None or story.owner_id != self.app.user_id:
            raise NotFound(f"There is no story with id {story_id}.")
        return story

    def _activity(self, s, at: datetime, kind: str, subject: str) -> None:
        s.add(Activity(owner_id=self.app.user_id, at=at, area="stories", kind=kind, subject=subject[:200]))

    def _question_uuids(self, refs: Iterable[str] | None) -> list[str]:
        """Bank question UUIDs from full UUIDs or unique prefixes (at least 4 characters)."""
        known = [str(q.uuid) for q in self.app.content.questions]
        out: list[str] = []
        for ref in refs or []:
            ref = (ref or "").strip().lower()
            if not ref:
                continue
            matches = [u for u in known if u == ref] or ([u for u in known if u.startswith(ref)] if len(ref) >= 4 else [])
            if not matches:
                raise NotFound(f"There is no behavioral question with id {ref!r}; `offerloop stories questions` lists them.")
            if len(matches) > 1:
                raise InvalidInput(f"The question id {ref!r} matches {len(matches)} questions; give more characters.")
            if matches[0] not in out:
                out.append(matches[0])
        return out

    @staticmethod
    def _body(situation: str, task: str, action: str, result: str, text: str) -> dict[str, str]:
        parts = {"situation": situation, "task": task, "action": action, "result": result}
        parts = {k: _text(v, k, MAX_TEXT) for k, v in parts.items()}
        text = _text(text, "story text", MAX_TEXT)
        if text and any(parts.values()):
            raise InvalidInput("Give the story either as four labelled parts or as one free text, not both.")
        if text:
            labelled = split_labelled(text)
            if labelled is not None:  # "Situation: ..." typed into one box is the labelled form
                return {**labelled, "text": ""}
            return {**{p: "" for p in PARTS}, "text": text}
        if not any(parts.values()):
            raise InvalidInput("The story is empty: write its situation, task, action and result, or one free text.")
        return {**parts, "text": ""}

    # -- stories ---------------------------------------------------------------------------
    def add(self, title: str, *, situation: str = "", task: str = "", action: str = "", result: str = "",
            text: str = "", categories: Iterable[str] | None = None, tags: Iterable[str] | None = None,
            questions: Iterable[str] | None = None, now: datetime | None = None) -> dict[str, Any]:
        now = now or utcnow()
        title = _text(title, "title", 200, required=True)
        body = self._body(situation, task, action, result, text)
        cats, tag_list, uuids = clean_categories(categories), clean_tags(tags), self._question_uuids(questions)
        with self.app.session() as s:
            story = Story(owner_id=self.app.user_id, title=title, categories=cats, tags=tag_list,
                          question_uuids=uuids, created_at=now, updated_at=now, **body)
            s.add(story)
            s.flush()
            self._activity(s, now, "story-written", title)
            return story_dict(story, detail=True)

    def _matching_ids(self, s, category: str | None, tag: str | None) -> list[int] | None:
        """Ids of the stories with that category and tag, oldest first (None: no filter). Categories and
        tags are JSON lists, which the two backends query differently, so the filter reads only those
        two small columns and the page's full rows are loaded after."""
        if category:
            category = clean_categories([category])[0]
        tag = (tag or "").strip().lower()
        if not category and not tag:
            return None
        rows = s.execute(select(Story.id, Story.categories, Story.tags)
                         .where(Story.owner_id == self.app.user_id).order_by(Story.id))
        return [i for i, cats, tags in rows
                if (not category or category in (cats or [])) and (not tag or tag in (tags or []))]

    def list(self, *, category: str | None = None, tag: str | None = None, limit: int | None = None,
             offset: int = 0) -> list[dict[str, Any]]:
        """The stories, oldest first (those with the category and tag if given); limit/offset page them."""
        with self.app.session() as s:
            ids = self._matching_ids(s, category, tag)
            q = select(Story).where(Story.owner_id == self.app.user_id).order_by(Story.id)
            if ids is not None:
                ids = ids[offset:offset + limit] if limit is not None else ids[offset:]
                q = q.where(Story.id.in_(ids)) if ids else None
            else:
                q = q.offset(offset).limit(limit)
            return [story_dict(r) for r in s.scalars(q)] if q is not None else []

    def count(self, *, category: str | None = None, tag: str | None = None) -> int:
        """How many stories list() pages through."""
        with self.app.session() as s:
            ids = self._matching_ids(s, category, tag)
            if ids is not None:
                return len(ids)
            return s.scalar(select(func.count()).select_from(Story).where(Story.owner_id == self.app.user_id)) or 0

    def get(self, story_id: int) -> dict[str, Any]:
        with self.app.session() as s:
            data = story_dict(self._get(s, story_id), detail=True)
        bank = self.questions()
        by_uuid = {q["uuid"]: q for q in bank}
        data["questions"] = [by_uuid[u] for u in data["question_uuids"] if u in by_uuid]
        data["could_answer"] = coverage.questions_for_story(data, bank)
        return data

    def update(self, story_id: int, *, title: str | None = None, situation: str | None = None,
               task: str | None = None, action: str | None = None, result: str | None = None,
               text: str | None = None, categories: Iterable[str] | None = None,
               tags: Iterable[str] | None = None, questions: Iterable[str] | None = None,
               now: datetime | None = None) -> dict[str, Any]:
        """Change the given fields only. Giving any part or the text replaces the whole body, so a
        story switches between the labelled and the free form in one edit."""
        now = now or utcnow()
        cats = clean_categories(categories) if categories is not None else None
        tag_list = clean_tags(tags) if tags is not None else None
        uuids = self._question_uuids(questions) if questions is not None else None
        with self.app.session() as s:
            story = self._get(s, story_id)
            if title is not None:
                story.title = _text(title, "title", 200, required=True)
            if any(v is not None for v in (situation, task, action, result, text)):
                current = {p: getattr(story, p) for p in PARTS}
                if text is not None and text.strip():
                    body = self._body("", "", "", "", text)
                elif text is not None and all(v is None for v in (situation, task, action, result)):
                    raise InvalidInput("The story is empty: write its situation, task, action and result, or one free text.")
                else:
                    given = {p: v for p, v in zip(PARTS, (situation, task, action, result)) if v is not None}
                    body = self._body(**{**(current if not story.text else {p: "" for p in PARTS}), **given}, text="")
                for k, v in body.items():
                    setattr(story, k, v)
            if cats is not None:
                story.categories = cats
            if tag_list is not None:
                story.tags = tag_list
            if uuids is not None:
                story.question_uuids = uuids
            story.updated_at = now
            self._activity(s, now, "story-edited", story.title)
            s.flush()
            return story_dict(story, detail=True)

    def link(self, story_id: int, question: str, *, linked: bool = True) -> dict[str, Any]:
        """Mark (or unmark) a bank question as answered by this story."""
        uuid = self._question_uuids([question])[0]
        with self.app.session() as s:
            story = self._get(s, story_id)
            uuids = [u for u in (story.question_uuids or []) if u != uuid]
            story.question_uuids = uuids + [uuid] if linked else uuids
            s.flush()
            return story_dict(story)

    def rehearse_story(self, story_id: int, seconds: int, *, now: datetime | None = None) -> dict[str, Any]:
        """Record one timed telling of a story aloud and say how it compares with the 2-3 minute target."""
        from offerloop.stories.analysis import TARGET_SECONDS

        now = now or utcnow()
        if not isinstance(seconds, int) or not 0 < seconds <= 3600:
            raise InvalidInput("A rehearsal lasts between 1 second and an hour.")
        low, high = TARGET_SECONDS
        verdict = "short" if seconds < low else "long" if seconds > high else "on target"
        with self.app.session() as s:
            story = self._get(s, story_id)
            self._activity(s, now, "story-rehearsed", f"{story.title} {seconds // 60}:{seconds % 60:02d}")
        return {"id": story_id, "seconds": seconds, "target_seconds": [low, high], "length": verdict}

    def delete(self, story_id: int) -> str:
        with self.app.session() as s:
            story = self._get(s, story_id)
            title = story.title
            s.delete(story)
            return title

    # -- coverage and the question bank ------------------------------------------------------
    def coverage(self, stories: list[dict[str, Any]] | None = None) -> dict[str, Any]:
        """The categories' coverage over all stories (`stories`: the list() already read, to read it once)."""
        stories = self.list() if stories is None else stories
        matrix = coverage.coverage_matrix(stories)
        answered = {u for st in stories for u in st["question_uuids"]}
        bank = self.app.content.questions
        matrix["questions"] = {
            c: {"total": sum(1 for q in bank if c in q.categories),
                "linked": sum(1 for q in bank if c in q.categories and str(q.uuid) in answered)}
            for c in STORY_CATEGORIES
        }
        return matrix

    def readiness(self, stories: list[dict[str, Any]] | None = None) -> dict[str, Any]:
        """Story-bank readiness for the dashboard: coverage of the categories and story quality."""
        return coverage.readiness(self.list() if stories is None else stories)

    def questions(self, category: str | None = None) -> list[dict[str, Any]]:
        if category:
            category = clean_categories([category])[0]
        with self.app.session() as s:
            links = list(s.execute(select(Story.id, Story.title, Story.question_uuids)
                                   .where(Story.owner_id == self.app.user_id).order_by(Story.id)))
        out = []
        for i, q in enumerate(self.app.content.questions, start=1):
            if category and category not in q.categories:
                continue
            u = str(q.uuid)
            out.append({"number": i, "uuid": u, "short": u[:8], "text": q.text, "categories": list(q.categories),
                        "stories": [{"id": sid, "title": t} for sid, t, uu in links if u in (uu or [])]})
        return out

    def question(self, ref: str) -> dict[str, Any]:
        uuids = self._question_uuids([ref])
        if not uuids:
            raise InvalidInput("Give a behavioral question id; `offerloop stories questions` lists them.")
        uuid = uuids[0]
        return next(q for q in self.questions() if q["uuid"] == uuid)

    def suggest(self, question: str, *, limit: int = 5) -> dict[str, Any]:
        """Which stories answer a question: a bank question (by id) or any question typed in."""
        q = (question or "").strip()
        if not q:
            raise InvalidInput("Give a question (its text, or a bank question id).")
        bank_q = None
        if re.fullmatch(r"[0-9a-fA-F-]{4,36}", q):  # looks like a question id, not words
            bank_q = self.question(q)
        if bank_q is None:
            # A typed question takes the categories of the bank questions it shares most words with.
            words = coverage.keywords(q)
            best = max(self.app.content.questions, key=lambda b: len(words & coverage.keywords(b.text)), default=None)
            cats = list(best.categories) if best is not None and words & coverage.keywords(best.text) else []
            bank_q = {"uuid": None, "text": q, "categories": cats}
        return {"question": bank_q, "stories": coverage.suggest_stories(bank_q, self.list(), limit=limit)}

    def practice_question(self, *, category: str | None = None, exclude: str | None = None,
                          seed: int | None = None) -> dict[str, Any]:
        """A bank question to practise, from the categories where the bank is thinnest."""
        import random

        if category:
            category = clean_categories([category])[0]
        bank = self.questions()
        q = coverage.pick_question(bank, self.list(), random.Random(seed), category=category, exclude=exclude)
        if q is None:
            raise NotFound("There is no other question to practise in that category.")
        return q

    def practise(self, question: str, text: str, *, seconds: int | None = None,
                 now: datetime | None = None) -> dict[str, Any]:
        """Feedback on a practice answer to a bank question, and the stories that could answer it.

        Recorded as activity (it is practice) but not stored as a story unless the user saves it."""
        now = now or utcnow()
        q = self.question(question)
        text = _text(text, "answer", MAX_TEXT)
        if seconds is not None and not 0 < seconds <= 3600:
            raise InvalidInput("A practice answer lasts between 1 second and an hour.")
        feedback = analyze_story(text).to_dict()
        with self.app.session() as s:
            self._activity(s, now, "question-practised", q["text"])
        return {"question": q, "feedback": feedback, "seconds": seconds,
                "stories": coverage.suggest_stories(q, self.list())}

    # -- prepared answers --------------------------------------------------------------------
    def companies(self) -> list[dict[str, Any]]:
        """Open applications from the tracker, for the pitch and "why this company" builders."""
        try:
            rows = self.app.applications.list(include_closed=False)
        except (ImportError, AttributeError):  # the tracker area is not installed in this build
            return []
        return [{"id": r["id"], "company": r["company"], "role": r["role"]} for r in rows]

    def preview(self, kind: str, fields: dict[str, str], *, company: str = "", role: str = "",
                text: str | None = None) -> dict[str, Any]:
        fields = self._fields(kind, fields)
        built = pitch.assemble(kind, fields, company=company, role=role)
        final = text if text is not None and text.strip() else built
        return {"kind": kind, "text": final, "assembled": built,
                "feedback": pitch.answer_feedback(kind, final, fields=fields, company=company)}

    @staticmethod
    def _fields(kind: str, fields: dict[str, str] | None) -> dict[str, str]:
        b = pitch.builder(kind)
        names = {f.name for f in b.fields}
        unknown = sorted(set(fields or {}) - names)
        if unknown:
            raise InvalidInput(f"The {b.title} builder has no field {unknown[0]!r}; its fields are {', '.join(sorted(names))}.")
        return {k: _text(v, k.replace("_", " "), 2000) for k, v in (fields or {}).items()}

    def save_answer(self, kind: str, fields: dict[str, str], *, company: str = "", role: str = "",
                    text: str | None = None, answer_id: int | None = None,
                    now: datetime | None = None) -> dict[str, Any]:
        """Create (or, with answer_id, replace) a prepared answer; text defaults to the assembled one."""
        now = now or utcnow()
        company, role = _text(company, "company", 200), _text(role, "role", 200)
        built = self.preview(kind, fields, company=company, role=role, text=text)
        if not built["text"].strip():
            raise InvalidInput("The answer is empty: fill in at least one field.")
        with self.app.session() as s:
            if answer_id is None:
                a = PreparedAnswer(owner_id=self.app.user_id, kind=kind, created_at=now)
                s.add(a)
            else:
                a = self._answer(s, answer_id)
                if a.kind != kind:
                    raise InvalidInput(f"Answer {answer_id} is a {pitch.builder(a.kind).title}, not a {pitch.builder(kind).title}.")
            a.company, a.role, a.fields = company, role, self._fields(kind, fields)
            a.text, a.updated_at = _text(built["text"], "answer", MAX_TEXT), now
            self._activity(s, now, f"{kind.replace('_', '-')}-saved", company or pitch.builder(kind).title)
            s.flush()
            return answer_dict(a)

    def _answer(self, s, answer_id: int) -> PreparedAnswer:
        a = s.get(PreparedAnswer, answer_id)
        if a is None or a.owner_id != self.app.user_id:
            raise NotFound(f"There is no prepared answer with id {answer_id}.")
        return a

    def answers(self, kind: str | None = None) -> list[dict[str, Any]]:
        if kind:
            pitch.builder(kind)
        with self.app.session() as s:
            q = select(PreparedAnswer).where(PreparedAnswer.owner_id == self.app.user_id)
            if kind:
                q = q.where(PreparedAnswer.kind == kind)
            return [answer_dict(a) for a in s.scalars(q.order_by(PreparedAnswer.id))]

    def answer(self, answer_id: int) -> dict[str, Any]:
        with self.app.session() as s:
            return answer_dict(self._answer(s, answer_id))

    def delete_answer(self, answer_id: int) -> None:
        with self.app.session() as s:
            s.delete(self._answer(s, answer_id))

    def rehearse(self, answer_id: int, seconds: int, *, now: datetime | None = None) -> dict[str, Any]:
        """Record one timed rehearsal of a prepared answer (it counts toward the streak)."""
        now = now or utcnow()
        if not isinstance(seconds, int) or seconds <= 0 or seconds > 3600:
            raise InvalidInput("A rehearsal lasts between 1 second and an hour.")
        with self.app.session() as s:
            a = self._answer(s, answer_id)
            a.last_rehearsal_seconds = seconds
            self._activity(s, now, "answer-rehearsed", f"{pitch.builder(a.kind).title} {seconds // 60}:{seconds % 60:02d}")
            s.flush()
            return answer_dict(a)
