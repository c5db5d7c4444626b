"""ApplicationManager: the applications tracker over the database (app.applications).

Every method opens its own unit of work, checks that rows belong to the current user, and
returns plain JSON-ready dicts. The rules themselves live in the pure modules next to this one.
"""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path
from types import SimpleNamespace
from typing import Any, Iterable

from sqlalchemy import func, insert, select
from sqlalchemy.orm import selectinload

from offerloop.errors import InvalidInput, NotFound
from offerloop.store.base import Activity, utcnow
from offerloop.tracker import calendar, checklists, csvio, pipeline, redflags, reminders, thankyou
from offerloop.tracker.models import (
    Application,
    ApplicationEvent,
    Contact,
    Interview,
    InterviewQuestion,
    RedFlag,
    TrackerPrefs,
)
from offerloop.tracker.times import in_zone, parse_when

_LOAD = (
    selectinload(Application.events),
    selectinload(Application.contacts),
    selectinload(Application.interviews).selectinload(Interview.questions),
)

_EDITABLE = ("company", "role", "company_type", "source", "link", "job_description", "offer_deadline")


def _text(value: str | None, what: str, limit: int, *, required: bool = False) -> str:
    value = (value or "").strip()
    if required and not value:
        raise InvalidInput(f"The {what} is required.")
    if len(value) > limit:
        raise InvalidInput(f"The {what} is longer than {limit} characters.")
    return value


def _iso(dt: datetime | None) -> str | None:
    return dt.isoformat() if dt is not None else None


def interview_dict(iv: Interview, app: Application | None = None) -> dict[str, Any]:
    local = in_zone(iv.starts_at, iv.tz)
    end = reminders.interview_end(iv)
    data = {
        "id": iv.id, "application_id": iv.application_id, "round": iv.round,
        "round_label": pipeline.ROUND_LABELS.get(iv.round, iv.round),
        "starts_at": _iso(iv.starts_at), "ends_at": _iso(end), "tz": iv.tz, "local_start": local.isoformat(),
        "minutes": iv.minutes, "interviewers": list(iv.interviewers or []), "notes": iv.notes,
        "deadline": _iso(iv.deadline), "submitted_at": _iso(iv.submitted_at),
        "checklist_done": list(iv.checklist or []),
        "thank_you_sent_at": _iso(iv.thank_you_sent_at), "has_thank_you_draft": iv.thank_you_draft is not None,
        "questions": [{"id": q.id, "text": q.text, "answer": q.answer, "topic": q.topic, "card_slug": q.card_slug}
                      for q in iv.questions],
    }
    if app is not None:
        data["company"], data["role"] = app.company, app.role
    return data


def application_dict(a: Application, *, detail: bool = False) -> dict[str, Any]:
    data = {
        "id": a.id, "company": a.company, "role": a.role, "type": a.company_type, "stage": a.stage,
        "stage_label": pipeline.STAGE_LABELS.get(a.stage, a.stage), "closed": pipeline.is_closed(a.stage),
        "source": a.source, "link": a.link, "applied_at": _iso(a.applied_at),
        "stage_changed_at": _iso(a.stage_changed_at), "offer_deadline": _iso(a.offer_deadline),
        "stages": list(pipeline.stages_for(a.company_type)),
    }
    if detail:
        data["job_description"] = a.job_description
        data["timeline"] = [
            {"id": e.id, "at": _iso(e.at), "kind": e.kind, "from_stage": e.from_stage, "to_stage": e.to_stage,
             "text": e.text} for e in sorted(a.events, key=lambda e: (e.at, e.id))
        ]
        data["notes"] = [t for t in data["timeline"] if t["kind"] == "note"]
        data["contacts"] = [{"id": c.id, "name": c.name, "title": c.title, "email": c.email, "notes": c.notes}
                            for c in a.contacts]
        data["interviews"] = [interview_dict(i) for i in sorted(a.interviews, key=lambda i: i.starts_at)]
        data["type_note"] = pipeline.TYPE_NOTES[a.company_type]
        data["loop_rounds"] = [{"round": r, "label": pipeline.ROUND_LABELS[r], "minutes": m}
                               for r, m in pipeline.LOOP_ROUNDS[a.company_type]]
    return data


class ApplicationManager:
    """The user's job applications, interviews, reminders and red flags; constructed as ApplicationManager(app)."""

    def __init__(self, app):
        self.app = app

    # -- helpers ---------------------------------------------------------------------------
    def _get(self, s, application_id: int) -> Application:
        row = s.scalar(select(Application).options(*_LOAD)
                       .where(Application.id == application_id, Application.owner_id == self.app.user_id))
        if row is None:
            raise NotFound(f"There is no application with id {application_id}; `offerloop apps list` shows them.")
        return row

    def _interview(self, s, interview_id: int) -> Interview:
        row = s.scalar(select(Interview).options(selectinload(Interview.questions), selectinload(Interview.application))
                       .where(Interview.id == interview_id, Interview.owner_id == self.app.user_id))
        if row is None:
            raise NotFound(f"There is no interview with id {interview_id}; `offerloop apps show ID` lists them.")
        return row

    def _event(self, s, app: Application, kind: str, at: datetime, text: str = "", **stages) -> None:
        event = ApplicationEvent(owner_id=self.app.user_id, application=app, at=at, kind=kind, text=text, **stages)
        s.add(event)

    def _activity(self, s, at: datetime, kind: str, subject: str) -> None:
        s.add(Activity(owner_id=self.app.user_id, at=at, area="tracker", kind=kind, subject=subject[:200]))

    def _all(self, s) -> list[Application]:
        return list(s.scalars(select(Application).options(*_LOAD)
                              .where(Application.owner_id == self.app.user_id).order_by(Application.id)))

    # -- applications ----------------------------------------------------------------------
    def add(self, company: str, role: str, company_type: str, *, source: str = "", link: str = "",
            job_description: str = "", stage: str = "applied", applied_at: datetime | None = None,
            now: datetime | None = None) -> dict[str, Any]:
        """Record a new application; it starts at `stage` (applied unless told otherwise)."""
        now = now or utcnow()
        kind = pipeline.check_company_type(company_type)
        stage = pipeline.check_stage(stage, kind)
        applied_at = applied_at or now
        if applied_at > now + timedelta(days=1):
            raise InvalidInput(f"The application date {applied_at:%Y-%m-%d} is in the future; give the day you applied.")
        with self.app.session() as s:
            a = Application(
                owner_id=self.app.user_id, company=_text(company, "company", 200, required=True),
                role=_text(role, "role", 200, required=True), company_type=kind, stage=stage,
                source=_text(source, "source", 200), link=_text(link, "link", 1000),
                job_description=job_description or "", applied_at=applied_at, stage_changed_at=applied_at,
            )
            s.add(a)
            self._event(s, a, "created", applied_at, "Application recorded.", to_stage=stage)
            self._activity(s, now, "application-added", f"{a.role} at {a.company}")
            s.flush()
            return application_dict(a, detail=True)

    def _listed(self, *, include_closed: bool = True, stage: str | None = None):
        q = select(Application).where(Application.owner_id == self.app.user_id)
        if not include_closed:
            q = q.where(Application.stage.not_in(pipeline.CLOSED_STAGES))
        if stage is not None:
            q = q.where(Application.stage == stage)
        return q

    def list(self, *, include_closed: bool = True, now: datetime | None = None, limit: int | None = None,
             offset: int = 0, stage: str | None = None, recent_first: bool = False) -> list[dict[str, Any]]:
        """Applications (oldest first, or most recently moved first), each with `next_interview` (the
        soonest one not yet started, or None). limit/offset page the list in the query itself."""
        order = ((Application.stage_changed_at.desc(), Application.id.desc()) if recent_first
                 else (Application.id,))
        q = self._listed(include_closed=include_closed, stage=stage).order_by(*order).offset(offset)
        if limit is not None:
            q = q.limit(limit)
        with self.app.session() as s:
            return self._with_next_interview(s, list(s.scalars(q)), now or utcnow())

    def board(self, per_stage: int, now: datetime | None = None) -> list[dict[str, Any]]:
        """The `per_stage` most recently moved applications of every stage, in one query (a window
        function numbers each stage's rows), as list() shapes them."""
        ranked = (select(Application.id, func.row_number().over(
            partition_by=Application.stage,
            order_by=(Application.stage_changed_at.desc(), Application.id.desc())).label("n"))
            .where(Application.owner_id == self.app.user_id).subquery())
        q = (select(Application).join(ranked, ranked.c.id == Application.id).where(ranked.c.n <= per_stage)
             .order_by(Application.stage_changed_at.desc(), Application.id.desc()))
        with self.app.session() as s:
            return self._with_next_interview(s, list(s.scalars(q)), now or utcnow())

    def _with_next_interview(self, s, apps: list[Application], now: datetime) -> list[dict[str, Any]]:
        # Only the listed applications' coming interviews: one query, not one per row.
        coming: dict[int, Interview] = {}
        if apps:
            ivs = s.scalars(select(Interview).options(selectinload(Interview.questions))
                            .where(Interview.owner_id == self.app.user_id,
                                   Interview.application_id.in_([a.id for a in apps]), Interview.starts_at >= now)
                            .order_by(Interview.starts_at, Interview.id))
            for iv in ivs:
                coming.setdefault(iv.application_id, iv)
        out = []
        for a in apps:
            data = application_dict(a)
            iv = coming.get(a.id)
            data["next_interview"] = interview_dict(iv) if iv is not None else None
            out.append(data)
        return out

    def count(self, *, include_closed: bool = True, stage: str | None = None) -> int:
        """How many applications list() pages through."""
        q = self._listed(include_closed=include_closed, stage=stage)
        with self.app.session() as s:
            return s.scalar(select(func.count()).select_from(q.subquery())) or 0

    def stage_counts(self) -> dict[str, int]:
        """How many applications sit at each stage (stages with none are left out)."""
        with self.app.session() as s:
            rows = s.execute(select(Application.stage, func.count()).where(Application.owner_id == self.app.user_id)
                             .group_by(Application.stage))
            return {stage: n for stage, n in rows}

    def companies(self) -> list[str]:
        """The distinct company names of the user's applications, sorted without regard to case."""
        with self.app.session() as s:
            names = s.scalars(select(Application.company).where(Application.owner_id == self.app.user_id).distinct())
            return sorted(set(names), key=str.lower)

    def upcoming_interviews(self, now: datetime | None = None, *, days: int | None = None) -> list[dict[str, Any]]:
        """Interviews of open applications starting from `now` (within `days` if given), soonest first.
        Other areas (the study plan, mock loops) use this to aim preparation at the real dates."""
        now = now or utcnow()
        with self.app.session() as s:
            q = (select(Interview).options(selectinload(Interview.questions), selectinload(Interview.application))
                 .where(Interview.owner_id == self.app.user_id, Interview.starts_at >= now)
                 .order_by(Interview.starts_at, Interview.id))
            rows = [iv for iv in s.scalars(q) if not pipeline.is_closed(iv.application.stage)]
            if days is not None:
                rows = [iv for iv in rows if (iv.starts_at - now).total_seconds() <= days * 86400]
            out = []
            for iv in rows:
                data = interview_dict(iv, iv.application)
                data["company_type"] = iv.application.company_type
                out.append(data)
            return out

    def get(self, application_id: int) -> dict[str, Any]:
        with self.app.session() as s:
            a = self._get(s, application_id)
            data = application_dict(a, detail=True)
            data["red_flags"] = self._flags(s, a.company)
            return data

    def update(self, application_id: int, **fields: Any) -> dict[str, Any]:
        """Change the application's own fields (company, role, type, source, link, description, offer deadline)."""
        unknown = set(fields) - set(_EDITABLE)
        if unknown:
            raise InvalidInput(f"These fields cannot be changed here: {', '.join(sorted(unknown))}.")
        with self.app.session() as s:
            a = self._get(s, application_id)
            if "company_type" in fields and fields["company_type"] is not None:
                kind = pipeline.check_company_type(fields["company_type"])
                if a.stage not in pipeline.stages_for(kind):
                    raise InvalidInput(f"A {pipeline.COMPANY_TYPES[kind].lower()} application has no stage "
                                       f"{a.stage!r}; move it to another stage first.")
                a.company_type = kind
            for name, limit in (("company", 200), ("role", 200), ("source", 200), ("link", 1000)):
                if fields.get(name) is not None:
                    setattr(a, name, _text(fields[name], name, limit, required=name in ("company", "role")))
            if fields.get("job_description") is not None:
                a.job_description = fields["job_description"]
            if "offer_deadline" in fields:
                value = fields["offer_deadline"]
                if isinstance(value, str):
                    value = parse_when(value, what="offer deadline")[0] if value.strip() else None
                a.offer_deadline = value
            s.flush()
            return application_dict(a, detail=True)

    def delete(self, application_id: int) -> None:
        """Delete an application with its timeline, contacts and interviews (red flags stay with the company)."""
        with self.app.session() as s:
            s.delete(self._get(s, application_id))

    def move(self, application_id: int, stage: str, *, note: str = "", now: datetime | None = None) -> dict[str, Any]:
        """Move an application to another stage; the move is recorded on its timeline."""
        now = now or utcnow()
        with self.app.session() as s:
            a = self._get(s, application_id)
            target = pipeline.check_stage(stage, a.company_type)
            if target == a.stage:
                raise InvalidInput(f"Application {a.id} is already at the stage {target}.")
            self._event(s, a, "moved", now, note.strip(), from_stage=a.stage, to_stage=target)
            a.stage, a.stage_changed_at = target, now
            self._activity(s, now, "application-moved", f"{a.company}: {target}")
            s.flush()
            return application_dict(a, detail=True)

    def add_note(self, application_id: int, text: str, *, now: datetime | None = None) -> dict[str, Any]:
        text = _text(text, "note", 20000, required=True)
        with self.app.session() as s:
            a = self._get(s, application_id)
            self._event(s, a, "note", now or utcnow(), text)
            s.flush()
            return application_dict(a, detail=True)

    def add_contact(self, application_id: int, name: str, *, title: str = "", email: str = "",
                    notes: str = "", now: datetime | None = None) -> dict[str, Any]:
        name = _text(name, "contact's name", 200, required=True)
        email = _text(email, "email", 320)
        if email and "@" not in email:
            raise InvalidInput(f"The email {email!r} has no @.")
        with self.app.session() as s:
            a = self._get(s, application_id)
            c = Contact(owner_id=self.app.user_id, application_id=a.id, name=name,
                        title=_text(title, "title", 200), email=email, notes=notes or "")
            s.add(c)
            self._event(s, a, "contact", now or utcnow(), f"Contact added: {name}" + (f" ({c.title})" if c.title else ""))
            s.flush()
            return {"id": c.id, "name": c.name, "title": c.title, "email": c.email, "notes": c.notes}

    def delete_contact(self, application_id: int, contact_id: int) -> None:
        with self.app.session() as s:
            a = self._get(s, application_id)
            match = [c for c in a.contacts if c.id == contact_id]
            if not match:
                raise NotFound(f"Application {application_id} has no contact with id {contact_id}.")
            s.delete(match[0])

    # -- interviews ------------------------------------------------------------------------
    def add_interview(self, application_id: int, round: str, at: str | datetime, *, tz: str | None = None,
                      minutes: int = 60, interviewers: Iterable[str] = (), notes: str = "",
                      deadline: str | datetime | None = None, now: datetime | None = None) -> dict[str, Any]:
        """Schedule (or record) an interview. The result has `warnings`: sentences the caller should show."""
        now = now or utcnow()
        round = pipeline.check_round(round)
        warnings: list[str] = []
        if isinstance(at, datetime):
            if at.tzinfo is None:
                raise InvalidInput("The interview time needs a time zone.")
            starts, zone_name, guessed = at.astimezone(timezone.utc), tz or "UTC", False
        else:
            starts, zone_name, guessed = parse_when(at, tz, what="interview time")
        if guessed:
            warnings.append(f"No time zone was given, so the time was read in {zone_name}.")
        if not 1 <= int(minutes) <= 24 * 60:
            raise InvalidInput("An interview lasts between 1 minute and 24 hours; give --minutes in that range.")
        due = None
        if deadline is not None and deadline != "":
            due = deadline if isinstance(deadline, datetime) else parse_when(deadline, tz or zone_name,
                                                                             what="deadline")[0]
            if round != "take-home":
                raise InvalidInput("Only a take-home round has a deadline.")
            if due < starts:
                raise InvalidInput("The take-home deadline is before the take-home starts.")
        people = [p.strip() for p in interviewers if p and p.strip()]
        with self.app.session() as s:
            a = self._get(s, application_id)
            if starts < now:
                warnings.append(f"This interview started in the past ({in_zone(starts, zone_name):%Y-%m-%d %H:%M} "
                                f"{zone_name}); it is recorded as already held.")
            iv = Interview(owner_id=self.app.user_id, application_id=a.id, round=round, starts_at=starts,
                           tz=zone_name, minutes=int(minutes), interviewers=people, notes=notes or "",
                           deadline=due, checklist=[])
            s.add(iv)
            label = pipeline.ROUND_LABELS[round]
            self._event(s, a, "interview", now, f"{label} interview on {in_zone(starts, zone_name):%Y-%m-%d %H:%M} "
                                                f"({zone_name}) added.")
            self._activity(s, now, "interview-added", f"{a.company}: {label}")
            s.flush()
            data = interview_dict(iv, a)
            data["warnings"] = warnings
            return data

    def get_interview(self, interview_id: int) -> dict[str, Any]:
        with self.app.session() as s:
            iv = self._interview(s, interview_id)
            data = interview_dict(iv, iv.application)
            data["checklist"] = checklists.view(iv.checklist or [])
            return data

    def update_interview(self, interview_id: int, *, notes: str | None = None,
                         interviewers: Iterable[str] | None = None, minutes: int | None = None,
                         submitted: bool | None = None, at: str | None = None, tz: str | None = None,
                         deadline: str | None = None, now: datetime | None = None) -> dict[str, Any]:
        """Change an interview: notes, interviewers, length, a new time (rescheduling), a take-home's
        deadline or submission. The result has `warnings` like add_interview's."""
        now = now or utcnow()
        warnings: list[str] = []
        with self.app.session() as s:
            iv = self._interview(s, interview_id)
            if at:
                starts, zone_name, guessed = parse_when(at, tz, what="interview time")
                if guessed:
                    warnings.append(f"No time zone was given, so the time was read in {zone_name}.")
                if starts < now:
                    warnings.append(f"The new time is in the past ({in_zone(starts, zone_name):%Y-%m-%d %H:%M} "
                                    f"{zone_name}).")
                old = in_zone(iv.starts_at, iv.tz)
                iv.starts_at, iv.tz = starts, zone_name
                self._event(s, iv.application, "rescheduled", now,
                            f"{pipeline.ROUND_LABELS.get(iv.round, iv.round)} interview moved from "
                            f"{old:%Y-%m-%d %H:%M} to {in_zone(starts, zone_name):%Y-%m-%d %H:%M} ({zone_name}).")
            if deadline is not None:
                if iv.round != "take-home":
                    raise InvalidInput("Only a take-home round has a deadline.")
                iv.deadline = parse_when(deadline, tz or iv.tz, what="deadline")[0] if deadline.strip() else None
                if iv.deadline is not None and iv.deadline < iv.starts_at:
                    raise InvalidInput("The take-home deadline is before the take-home starts.")
            if notes is not None:
                iv.notes = notes
            if interviewers is not None:
                iv.interviewers = [p.strip() for p in interviewers if p and p.strip()]
            if minutes is not None:
                if not 1 <= int(minutes) <= 24 * 60:
                    raise InvalidInput("An interview lasts between 1 minute and 24 hours.")
                iv.minutes = int(minutes)
            if submitted is not None:
                if iv.round != "take-home":
                    raise InvalidInput("Only a take-home can be marked submitted.")
                iv.submitted_at = now if submitted else None
                if submitted:
                    self._event(s, iv.application, "take-home", now, "Take-home submitted.")
                    self._activity(s, now, "take-home-submitted", iv.application.company)
            s.flush()
            data = interview_dict(iv, iv.application)
            data["warnings"] = warnings
            return data

    def delete_interview(self, interview_id: int) -> None:
        with self.app.session() as s:
            s.delete(self._interview(s, interview_id))

    def add_question(self, interview_id: int, text: str, *, answer: str = "", topic: str = "") -> dict[str, Any]:
        """Keep a question the interviewer asked (topics also feed the thank-you draft)."""
        text = _text(text, "question", 2000, required=True)
        with self.app.session() as s:
            iv = self._interview(s, interview_id)
            q = InterviewQuestion(owner_id=self.app.user_id, interview_id=iv.id, text=text, answer=answer or "",
                                  topic=_text(topic, "topic", 100))
            s.add(q)
            s.flush()
            return {"id": q.id, "interview_id": iv.id, "text": q.text, "answer": q.answer, "topic": q.topic,
                    "card_slug": None}

    def question_to_card(self, question_id: int, *, now: datetime | None = None) -> dict[str, Any]:
        """Turn an asked question into a personal flashcard (cards area); returns the card's slug."""
        from offerloop.content.schemas import CARD_TOPICS

        with self.app.session() as s:
            q = s.scalar(select(InterviewQuestion).where(InterviewQuestion.id == question_id,
                                                         InterviewQuestion.owner_id == self.app.user_id))
            if q is None:
                raise NotFound(f"There is no interview question with id {question_id}.")
            iv = self._interview(s, q.interview_id)
            source = f"{pipeline.ROUND_LABELS.get(iv.round, iv.round)} interview at {iv.application.company}"
            text, answer = q.text, q.answer
            topic = q.topic.strip().lower() if q.topic.strip().lower() in CARD_TOPICS else None
        # The cards area opens its own unit of work; store the slug afterwards.
        slug = self.app.cards.add_own_card(question=text, answer=answer, topic=topic, source=source)
        with self.app.session() as s:
            q = s.get(InterviewQuestion, question_id)
            q.card_slug = slug
            s.add(Activity(owner_id=self.app.user_id, at=now or utcnow(), area="tracker", kind="question-to-card",
                           subject=slug[:200]))
        return {"question_id": question_id, "card_slug": slug}

    # -- checklists and thank-you notes ------------------------------------------------------
    def checklist(self, interview_id: int) -> list[dict[str, Any]]:
        with self.app.session() as s:
            return checklists.view(self._interview(s, interview_id).checklist or [])

    def tick(self, interview_id: int, key: str, done: bool = True) -> list[dict[str, Any]]:
        with self.app.session() as s:
            iv = self._interview(s, interview_id)
            iv.checklist = checklists.tick(iv.checklist or [], key, done)
            return checklists.view(iv.checklist)

    def thank_you(self, interview_id: int, now: datetime | None = None) -> dict[str, Any]:
        """The saved thank-you text, or a fresh draft from the interview's details."""
        now = now or utcnow()
        with self.app.session() as s:
            iv = self._interview(s, interview_id)
            text = iv.thank_you_draft if iv.thank_you_draft is not None else self._draft(iv, now)
            return {"interview_id": iv.id, "text": text, "edited": iv.thank_you_draft is not None,
                    "sent_at": _iso(iv.thank_you_sent_at),
                    "due": _iso(reminders.interview_end(iv) + reminders.THANK_YOU_WINDOW)}

    @staticmethod
    def _draft(iv: Interview, now: datetime) -> str:
        a = iv.application
        topics = [q.topic for q in iv.questions if q.topic]
        when = thankyou.when_phrase(in_zone(iv.starts_at, iv.tz).date(), in_zone(now, iv.tz).date())
        return thankyou.draft(company=a.company, role=a.role, round=iv.round, interviewers=iv.interviewers or [],
                              topics=topics, questions=[q.text for q in iv.questions if not q.topic][:1], when=when)

    def save_thank_you(self, interview_id: int, text: str) -> dict[str, Any]:
        with self.app.session() as s:
            iv = self._interview(s, interview_id)
            iv.thank_you_draft = _text(text, "thank-you note", 20000, required=True)
        return self.thank_you(interview_id)

    def reset_thank_you(self, interview_id: int) -> dict[str, Any]:
        """Drop the edited text so the draft is written again from the interview's details."""
        with self.app.session() as s:
            self._interview(s, interview_id).thank_you_draft = None
        return self.thank_you(interview_id)

    def mark_thank_you_sent(self, interview_id: int, sent: bool = True, *, now: datetime | None = None) -> dict[str, Any]:
        now = now or utcnow()
        with self.app.session() as s:
            iv = self._interview(s, interview_id)
            iv.thank_you_sent_at = now if sent else None
            if sent:
                names = ", ".join(iv.interviewers) or "the interviewers"
                self._event(s, iv.application, "thank-you", now, f"Thank-you note sent to {names}.")
                self._activity(s, now, "thank-you-sent", iv.application.company)
        return self.thank_you(interview_id)

    # -- red flags ---------------------------------------------------------------------------
    def _flags(self, s, company: str | None = None) -> list[dict[str, Any]]:
        q = select(RedFlag).where(RedFlag.owner_id == self.app.user_id)
        if company:
            q = q.where(func.lower(RedFlag.company) == company.strip().lower())
        return [_flag_dict(r) for r in s.scalars(q.order_by(func.lower(RedFlag.company), RedFlag.at, RedFlag.id))]

    def add_flag(self, *, group: str, company: str | None = None, application_id: int | None = None,
                 preset: str | None = None, text: str | None = None, note: str = "",
                 now: datetime | None = None) -> dict[str, Any]:
        """Log a red flag about a company (directly, or through one of its applications)."""
        group = redflags.check_group(group)
        if preset:
            body = redflags.preset_text(group, preset.strip())
        else:
            body = _text(text, "red flag", 2000, required=True)
        with self.app.session() as s:
            if application_id is not None:
                a = self._get(s, application_id)
                company = a.company
            company = _text(company, "company", 200, required=True)
            row = RedFlag(owner_id=self.app.user_id, company=company, application_id=application_id,
                          flag_group=group, preset=preset.strip() if preset else None, text=body,
                          note=note or "", at=now or utcnow())
            s.add(row)
            if application_id is not None:
                self._event(s, a, "red-flag", row.at, f"Red flag ({group}): {body}")
            s.flush()
            return _flag_dict(row)

    def flags(self, company: str | None = None) -> list[dict[str, Any]]:
        with self.app.session() as s:
            return self._flags(s, company)

    def delete_flag(self, flag_id: int) -> None:
        with self.app.session() as s:
            row = s.scalar(select(RedFlag).where(RedFlag.id == flag_id, RedFlag.owner_id == self.app.user_id))
            if row is None:
                raise NotFound(f"There is no red flag with id {flag_id}.")
            s.delete(row)

    # -- preferences, reminders, funnel -----------------------------------------------------------
    def prefs(self) -> dict[str, int]:
        with self.app.session() as s:
            row = s.scalar(select(TrackerPrefs).where(TrackerPrefs.owner_id == self.app.user_id))
            if row is None:
                return {"follow_up_days": reminders.DEFAULT_FOLLOW_UP_DAYS, "ghost_days": reminders.DEFAULT_GHOST_DAYS}
            return {"follow_up_days": row.follow_up_days, "ghost_days": row.ghost_days}

    def set_prefs(self, *, follow_up_days: int | None = None, ghost_days: int | None = None) -> dict[str, int]:
        current = self.prefs()
        follow = current["follow_up_days"] if follow_up_days is None else int(follow_up_days)
        ghost = current["ghost_days"] if ghost_days is None else int(ghost_days)
        if not 1 <= follow <= 365 or not 1 <= ghost <= 365:
            raise InvalidInput("Silences are counted in days from 1 to 365.")
        if ghost <= follow:
            raise InvalidInput(f"The ghosted silence ({ghost} days) must be longer than the follow-up silence "
                               f"({follow} days).")
        with self.app.session() as s:
            row = s.scalar(select(TrackerPrefs).where(TrackerPrefs.owner_id == self.app.user_id))
            if row is None:
                row = TrackerPrefs(owner_id=self.app.user_id)
                s.add(row)
            row.follow_up_days, row.ghost_days = follow, ghost
        return {"follow_up_days": follow, "ghost_days": ghost}

    def reminders(self, now: datetime | None = None, *, follow_up_days: int | None = None,
                  limit: int | None = None) -> list[dict[str, Any]]:
        """Every reminder due or pending at `now` (the `limit` soonest if given), computed afresh from
        the applications."""
        now = now or utcnow()
        prefs = self.prefs()
        follow = follow_up_days or prefs["follow_up_days"]
        ghost = max(prefs["ghost_days"], follow + 1)
        with self.app.session() as s:
            apps = self._reminder_rows(s, now)
            by_id = {a.id: a for a in apps}
            out = []
            for r in reminders.compute(apps, now, follow_up_days=follow, ghost_days=ghost, limit=limit):
                data = r.to_dict()
                data["company"], data["role"] = by_id[r.application_id].company, by_id[r.application_id].role
                out.append(data)
            return out

    def _reminder_rows(self, s, now: datetime) -> list[SimpleNamespace]:
        """What reminders.compute reads of each application, in two lean queries: the application's own
        columns with its latest timeline moment up to `now` (the only event the silence rules look at),
        and the interviews without their questions."""
        # Rejected, withdrawn and ghosted applications never remind (no thank-you, no silence, no
        # deadline), so they are not read at all.
        quiet = Application.stage.in_(reminders.NO_THANK_YOU_STAGES)
        interviews: dict[int, list] = {}
        for iv in s.execute(select(Interview.id, Interview.application_id, Interview.round, Interview.starts_at,
                                   Interview.minutes, Interview.interviewers, Interview.deadline,
                                   Interview.submitted_at, Interview.thank_you_sent_at)
                            .join(Application, Application.id == Interview.application_id)
                            .where(Interview.owner_id == self.app.user_id, ~quiet).order_by(Interview.starts_at)):
            interviews.setdefault(iv.application_id, []).append(iv)
        latest = (select(ApplicationEvent.application_id, func.max(ApplicationEvent.at).label("at"))
                  .where(ApplicationEvent.owner_id == self.app.user_id, ApplicationEvent.at <= now)
                  .group_by(ApplicationEvent.application_id).subquery())
        rows = s.execute(select(Application.id, Application.company, Application.role, Application.stage,
                                Application.applied_at, Application.offer_deadline, latest.c.at)
                         .outerjoin(latest, latest.c.application_id == Application.id)
                         .where(Application.owner_id == self.app.user_id, ~quiet).order_by(Application.id))
        none: list = []
        return [SimpleNamespace(id=i, company=company, role=role, stage=stage, applied_at=applied,
                                offer_deadline=deadline, events=[SimpleNamespace(at=at)] if at is not None else none,
                                interviews=interviews.get(i, none))
                for i, company, role, stage, applied, deadline, at in rows]

    def funnel(self) -> dict[str, Any]:
        with self.app.session() as s:
            return pipeline.funnel(self._all(s))

    # -- calendar and CSV ----------------------------------------------------------------------
    def ics(self, now: datetime | None = None) -> bytes:
        with self.app.session() as s:
            return calendar.build(self._all(s), now or utcnow())

    def export_ics(self, path: Path, now: datetime | None = None) -> int:
        """Write the calendar file; returns how many events it holds."""
        data = self.ics(now)
        _write(path, data)
        return data.count(b"BEGIN:VEVENT")

    def csv_text(self) -> str:
        with self.app.session() as s:
            return csvio.write(self._all(s))

    def export_csv(self, path: Path) -> int:
        text = self.csv_text()
        _write(path, text.encode("utf-8"))
        return text.count("\n") - 1 if text else 0

    def check_csv(self, text: str, now: datetime | None = None, *, allow_duplicates: bool = False) -> csvio.CsvReport:
        """Read a CSV without storing anything: good rows, bad rows by number, unknown columns, and
        (unless allow_duplicates) the rows that repeat a stored application or an earlier row."""
        report = csvio.parse(text, now or utcnow())
        if not allow_duplicates:
            with self.app.session() as s:
                csvio.split_duplicates(report, self._stored_keys(s))
        return report

    def _stored_keys(self, s) -> dict[tuple[str, str, str], int]:
        rows = s.execute(select(Application.id, Application.company, Application.role, Application.applied_at)
                         .where(Application.owner_id == self.app.user_id).order_by(Application.id.desc()))
        return {csvio.duplicate_key(c, r, at): i for i, c, r, at in rows}

    def import_rows(self, report: csvio.CsvReport, *, strict: bool = False, allow_duplicates: bool = False,
                    now: datetime | None = None) -> list[int]:
        """Store the good rows of a checked CSV in one transaction; with strict, none if any row is bad.

        Unless allow_duplicates, rows that repeat a stored application (same company, role and applied
        day, ignoring case) are skipped and listed in report.duplicates; check_csv already set most of
        them aside, and this checks again inside the transaction. Rows go in as bulk inserts."""
        if strict and report.errors:
            first = "; ".join(f"row {n}: {e}" for n, e in report.errors[:5])
            more = f" (and {len(report.errors) - 5} more)" if len(report.errors) > 5 else ""
            raise InvalidInput(f"Nothing was imported because {len(report.errors)} row(s) are bad: {first}{more}.")
        now = now or utcnow()
        uid = self.app.user_id
        with self.app.session() as s:
            if not allow_duplicates:
                csvio.split_duplicates(report, self._stored_keys(s))
                report.duplicates.sort()
            if not report.rows:
                return []
            values = [{"owner_id": uid, "uid": str(uuid.uuid4()), **row} for _number, row in report.rows]
            ids = list(s.scalars(insert(Application).returning(Application.id, sort_by_parameter_order=True), values))
            events = []
            for app_id, (_number, row) in zip(ids, report.rows):
                events.append({"owner_id": uid, "application_id": app_id, "at": row["applied_at"], "kind": "created",
                               "from_stage": None, "to_stage": "applied", "text": "Imported from CSV."})
                if row["stage"] != "applied":
                    events.append({"owner_id": uid, "application_id": app_id, "at": row["stage_changed_at"],
                                   "kind": "moved", "from_stage": "applied", "to_stage": row["stage"],
                                   "text": "Imported from CSV."})
            s.execute(insert(ApplicationEvent), events)
            self._activity(s, now, "applications-imported", f"{len(ids)} from CSV")
        return ids


def _flag_dict(r: RedFlag) -> dict[str, Any]:
    return {"id": r.id, "company": r.company, "application_id": r.application_id, "group": r.flag_group,
            "group_label": redflags.GROUPS[r.flag_group], "preset": r.preset, "text": r.text, "note": r.note,
            "at": _iso(r.at)}


def _write(path: Path, data: bytes) -> None:
    path = Path(path)
    if not path.parent.exists():
        raise InvalidInput(f"The folder {path.parent} does not exist.")
    tmp = path.with_name(path.name + ".part")
    tmp.write_bytes(data)
    tmp.replace(path)  # never leave a half-written file behind
