"""PlanManager: the coding plan (build, progress, re-plan, .ics), spaced review of solved problems,
and the practice heatmap with streaks."""

from __future__ import annotations

from datetime import date, datetime, timezone
from functools import cached_property
from typing import Any

from sqlalchemy import select

from offerloop.errors import Conflict, InvalidInput, NotFound
from offerloop.plan import coding, heatmap
from offerloop.store.base import Activity, utcnow

DIFFICULTY_ORDER = {"easy": 0, "medium": 1, "hard": 2}


class PlanManager:
    def __init__(self, app):
        self.app = app

    @cached_property
    def reviews(self):
        from offerloop.practice.review import ProblemReviews

        return ProblemReviews(self.app)

    # -- inputs ------------------------------------------------------------------------------------
    def bank(self) -> list[coding.BankProblem]:
        """Algorithm, ML and data problems in study order: by difficulty, then by topic as each track
        lists them (arrays and strings before trees and graphs; linear algebra, regression and
        classification before transformers), then by title. Data problems plan on the ML side of
        the mix, spread through the ML track's own order in proportion (one data task for about
        every three ML problems at the easy level), so from-scratch ML still comes first."""
        from offerloop.content.schemas import PROBLEM_TOPICS

        metas = [p.meta for p in self.app.content.problems.values() if p.meta.track in coding.SIDES]

        def key(m):
            topics = PROBLEM_TOPICS[m.track]
            first = min((topics.index(t) for t in m.topics if t in topics), default=len(topics))
            return (first, m.title.lower())

        ordered: list = []
        for difficulty in sorted({m.difficulty for m in metas}, key=DIFFICULTY_ORDER.__getitem__):
            by_track = {t: sorted((m for m in metas if m.difficulty == difficulty and m.track == t), key=key)
                        for t in ("algo", "ml", "data")}
            ordered += by_track["algo"]
            # Each ML-side problem at its relative place in its own track (ties: the ML track first).
            ml_side = [((i + 1) / len(by_track[t]), t != "ml", m) for t in ("ml", "data") for i, m in enumerate(by_track[t])]
            ordered += [m for *_, m in sorted(ml_side, key=lambda x: (x[0], x[1]))]
        return [coding.BankProblem(m.slug, m.difficulty, coding.SIDES[m.track]) for m in ordered]

    def _history(self, s, until: datetime | None = None, tracks: tuple[str, ...] = ("algo",)
                 ) -> tuple[dict[str, list[date]], list[str], list[str]]:
        """(accepted days by slug, missed slugs, solved slugs oldest first) for the user's submissions;
        missed and solved are limited to problems of `tracks`."""
        from offerloop.practice.models import Submission

        q = (select(Submission.slug, Submission.verdict, Submission.created_at)
             .where(Submission.owner_id == self.app.user_id).order_by(Submission.created_at, Submission.id))
        rows = s.execute(q).all()
        accepted = coding.accepted_dates((slug, at) for slug, verdict, at in rows if verdict == "accepted")
        first_ok: dict[str, datetime] = {}
        attempted: dict[str, datetime] = {}
        for slug, verdict, at in rows:
            attempted.setdefault(slug, at)
            if verdict == "accepted":
                first_ok.setdefault(slug, at)
        algo = {p.slug for p in self.bank() if p.track in tracks}
        missed = [slug for slug in attempted if slug not in first_ok and slug in algo]
        oldest = [slug for slug, _ in sorted(first_ok.items(), key=lambda kv: kv[1]) if slug in algo]
        return accepted, missed, oldest

    # -- the coding plan -----------------------------------------------------------------------------
    def build_coding(self, *, weeks: int = 6, start: date | str | None = None, until_interview: bool = False,
                     ml_share: float | str = coding.DEFAULT_ML_SHARE, replace: bool = False,
                     now: datetime | None = None) -> dict[str, Any]:
        """Build and store the coding plan; returns it as plan_dict does. An existing plan is replaced
        only with replace=True (otherwise Conflict, checked after the inputs, so a bad input is
        reported first). ml_share: the share of new problems from the ML track (0 to 1)."""
        from offerloop.plan.models import CodingPlan

        now = now or utcnow()
        share = coding.parse_ml_share(ml_share)
        today = now.astimezone(timezone.utc).date()
        start = coding.parse_date(start) if isinstance(start, str) else (start or today)
        if start < today:
            raise InvalidInput(f"The start date {start.isoformat()} is in the past; start today or later.")
        interview_on = None
        if until_interview:
            upcoming = self.app.applications.upcoming_interviews(now)
            if not upcoming:
                raise InvalidInput("There is no upcoming interview in the tracker to fit the plan to; "
                                   "add one or give --weeks instead.")
            first = upcoming[0]
            interview_on = datetime.fromisoformat(first["local_start"]).date()  # the day where it takes place
            days = (interview_on - start).days  # the plan ends the day before the interview
            if days < coding.MIN_DAYS:
                raise InvalidInput(f"The interview on {interview_on.isoformat()} is {days} day(s) after the start; "
                                   f"a plan needs at least {coding.MIN_DAYS}.")
            weeks = max(1, round(days / 7))
        else:
            if not 1 <= weeks <= coding.MAX_WEEKS:
                raise InvalidInput(f"A plan runs 1 to {coding.MAX_WEEKS} weeks; {weeks} is outside that.")
            days = 7 * weeks
        tracks = tuple(t for t, on in (("algo", share < 1), ("ml", share > 0)) if on)
        with self.app.session() as s:
            accepted, missed, oldest = self._history(s, tracks=tracks)
            plan = coding.build(self.bank(), set(accepted), start, today, days=days, missed=missed,
                                oldest_solved=oldest, ml_share=share)
            if until_interview:
                plan.notes.insert(0, f"Fitted to the {first['round_label']} interview at {first['company']} "
                                     f"on {interview_on.isoformat()}.")
            row = s.scalar(select(CodingPlan).where(CodingPlan.owner_id == self.app.user_id))
            if row is not None and not replace:
                raise Conflict(f"You already have a coding plan ({row.weeks} week{'s' if row.weeks != 1 else ''} "
                               f"from {row.start.isoformat()}); building a new one replaces it, so confirm the "
                               "replacement first.")
            if row is None:
                row = CodingPlan(owner_id=self.app.user_id, created_at=now)
                s.add(row)
            row.start, row.weeks, row.interview_on = start, weeks, interview_on
            row.days = [d.to_dict() for d in plan.days]
            row.note, row.replans, row.updated_at = plan.note, 0, now
            s.flush()
            return self._plan_dict(row, accepted, today)

    def current(self, now: datetime | None = None, *, replan: bool = True) -> dict[str, Any] | None:
        """The stored plan with done marks (None when there is none). Past days left undone are moved
        forward from today first, unless replan=False."""
        from offerloop.plan.models import CodingPlan

        now = now or utcnow()
        today = now.astimezone(timezone.utc).date()
        with self.app.session() as s:
            row = s.scalar(select(CodingPlan).where(CodingPlan.owner_id == self.app.user_id))
            if row is None:
                return None
            accepted, _missed, _oldest = self._history(s)
            moved = 0
            if replan:
                days, moved = coding.replan([coding.Day.from_dict(d) for d in row.days], accepted, row.start, today)
                if moved:
                    row.days = [d.to_dict() for d in days]
                    row.replans += 1
                    row.updated_at = now
            out = self._plan_dict(row, accepted, today)
            out["moved_days"] = moved
            return out

    def replan(self, now: datetime | None = None) -> dict[str, Any]:
        plan = self.current(now)
        if plan is None:
            raise NotFound("There is no coding plan yet; build one with `offerloop plan coding --weeks 6 --start DATE`.")
        return plan

    def _plan_dict(self, row, accepted: dict[str, list[date]], today: date) -> dict[str, Any]:
        problems = self.app.content.problems
        days = []
        for d in row.days:
            day = coding.Day.from_dict(d)
            has_work = day.kind not in ("rest", "missed") and bool(day.problems)
            days.append({**day.to_dict(),
                         "done": has_work and coding.day_done(day, accepted, row.start),
                         "titles": {s: problems[s].meta.title if s in problems else s for s in day.problems},
                         "today": day.date == today, "past": day.date < today})
        return {"start": row.start.isoformat(), "weeks": row.weeks,
                "interview_on": row.interview_on.isoformat() if row.interview_on else None,
                "note": row.note, "replans": row.replans, "id": row.id, "days": days}

    @staticmethod
    def public_days(plan: dict[str, Any]) -> list[dict[str, Any]]:
        """The published JSON: a list of {date, kind, problems}."""
        return [{"date": d["date"], "kind": d["kind"], "problems": list(d["problems"])} for d in plan["days"]]

    def export_ics(self, now: datetime | None = None) -> bytes:
        from offerloop.plan import ics

        now = now or utcnow()
        plan = self.current(now)
        if plan is None:
            raise NotFound("There is no coding plan to export; build one with `offerloop plan coding`.")
        titles = {s: t for d in plan["days"] for s, t in d["titles"].items()}
        return ics.build(plan["days"], titles, now, plan["id"])

    # -- the plan to interview day, of which the coding plan is one part ------------------------------
    @cached_property
    def interview(self) -> "InterviewPlanning":
        return InterviewPlanning(self.app)

    # -- heatmap and streaks ---------------------------------------------------------------------------
    def activity(self, now: datetime | None = None, weeks: int = heatmap.WEEKS) -> dict[str, Any]:
        """The heatmap SVG of the last `weeks` weeks of Activity (any area) with streak numbers."""
        now = now or utcnow()
        today = now.astimezone(timezone.utc).date()
        with self.app.session() as s:
            times = s.scalars(select(Activity.at).where(Activity.owner_id == self.app.user_id,
                                                        Activity.at <= now)).all()
        counts = heatmap.day_counts(times)
        current, longest = heatmap.streaks([d for d, n in counts.items() if n], today)
        since = heatmap.grid_start(today, weeks)
        window = {d: n for d, n in counts.items() if since <= d <= today}
        return {"svg": heatmap.svg(counts, today, weeks), "current_streak": current, "longest_streak": longest,
                "active_days": len(window), "actions": sum(window.values()), "since": since.isoformat(),
                "today": today.isoformat()}


# -- the plan to interview day (across every area) ---------------------------------------------------
class InterviewPlanning:
    """The interview plan: built from readiness gaps and the coding plan, stored in the mock area's
    `interview_plans` table, re-planned from today when a past day was missed. Reached as
    `app.plans.interview` (the coding-plan methods are unchanged)."""

    def __init__(self, app):
        self.app = app

    def _target(self, application_id: int | None, on: date | str | None, now: datetime) -> dict[str, Any]:
        from offerloop.mock.loops import LOOP_FOR_COMPANY_TYPE

        if (application_id is None) == (on is None):
            raise InvalidInput("Give either an application (--application ID) or an interview date (--date DATE).")
        if application_id is not None:
            a = self.app.applications.get(application_id)
            coming = sorted((iv for iv in a["interviews"] if datetime.fromisoformat(iv["starts_at"]) >= now),
                            key=lambda iv: iv["starts_at"])
            if not coming:
                raise InvalidInput(f"Application {application_id} ({a['company']}) has no upcoming interview date in "
                                   "the tracker; add one with `offerloop apps interview` or give --date.")
            iv = coming[0]
            loop = "phone-screen" if iv["round"] in ("phone-screen", "recruiter") else LOOP_FOR_COMPANY_TYPE[a["type"]]
            return {"interview_on": datetime.fromisoformat(iv["local_start"]).date(), "application_id": application_id,
                    "label": f"the {iv['round_label'].lower()} at {a['company']}", "loop_type": loop}
        day = coding.parse_date(on) if isinstance(on, str) else on
        return {"interview_on": day, "application_id": None, "label": "your interview", "loop_type": "typical"}

    def _inputs(self, now: datetime) -> dict[str, Any]:
        from offerloop.readiness.evidence import readiness

        ready = readiness(self.app, now)
        by = {a["area"]: a for a in ready["areas"]}
        levels = {a: v["level"] for a, v in by.items()}
        weak = by["theory"]["figures"]["weak_topics"]
        gaps = by["behavioral"]["figures"]["gaps"]
        coding_days: dict[str, list[str]] = {}
        current = self.app.plans.current(now, replan=False)
        if current is not None:
            coding_days = {d["date"]: list(d["problems"]) for d in current["days"]
                           if d["kind"] not in ("rest", "missed") and d["problems"] and not d["done"]}
        return {"levels": levels, "weak_topic": weak[0] if weak else None, "story_gap": gaps[0] if gaps else None,
                "coding_days": coding_days}

    def build(self, *, application_id: int | None = None, on: date | str | None = None,
              now: datetime | None = None) -> dict[str, Any]:
        from offerloop.mock.models import InterviewPlan
        from offerloop.plan import interview

        now = now or utcnow()
        today = now.astimezone(timezone.utc).date()
        target = self._target(application_id, on, now)
        interview.check_dates(today, target["interview_on"])  # refuse before any work
        inputs = self._inputs(now)
        days = interview.build(today, target["interview_on"], inputs["levels"], coding_days=inputs["coding_days"],
                               loop_type=target["loop_type"], weak_topic=inputs["weak_topic"],
                               story_gap=inputs["story_gap"])
        gaps = {a: 4 - lv for a, lv in inputs["levels"].items() if lv < 4}
        note = (f"Plan to {target['label']} on {target['interview_on'].isoformat()}; time weighted by the readiness "
                "gaps: " + (", ".join(f"{a} {g}" for a, g in sorted(gaps.items(), key=lambda kv: -kv[1])) or "none")
                + ".")
        with self.app.session() as s:
            row = s.scalar(select(InterviewPlan).where(InterviewPlan.owner_id == self.app.user_id))
            if row is None:
                row = InterviewPlan(owner_id=self.app.user_id, created_at=now)
                s.add(row)
            row.application_id, row.interview_on, row.start = target["application_id"], target["interview_on"], today
            row.days, row.note, row.replans, row.updated_at = [d.to_dict() for d in days], note, 0, now
            s.flush()
            return self._dict(row, today, [])

    def _done(self, s, since: date) -> dict[str, set[str]]:
        start = datetime(since.year, since.month, since.day, tzinfo=timezone.utc)
        done: dict[str, set[str]] = {}
        for at, area in s.execute(select(Activity.at, Activity.area).where(Activity.owner_id == self.app.user_id,
                                                                           Activity.at >= start)):
            done.setdefault(at.astimezone(timezone.utc).date().isoformat(), set()).add(area)
        return done

    def current(self, now: datetime | None = None, *, replan: bool = True) -> dict[str, Any] | None:
        """The stored plan (None when there is none); a missed past day re-plans the rest from today."""
        from offerloop.mock.models import InterviewPlan
        from offerloop.plan import interview

        now = now or utcnow()
        today = now.astimezone(timezone.utc).date()
        with self.app.session() as s:
            row = s.scalar(select(InterviewPlan).where(InterviewPlan.owner_id == self.app.user_id))
            if row is None:
                return None
            done = self._done(s, row.start)
        missed: list[str] = []
        if replan and today < row.interview_on:
            loop_type = "typical"
            if row.application_id is not None:
                try:
                    loop_type = self._target(row.application_id, None, now)["loop_type"]
                except (InvalidInput, NotFound):
                    pass

            def rebuild(day):
                inputs = self._inputs(now)
                return interview.build(day, row.interview_on, inputs["levels"], coding_days=inputs["coding_days"],
                                       loop_type=loop_type, weak_topic=inputs["weak_topic"],
                                       story_gap=inputs["story_gap"])

            already = {d["date"] for d in row.days if d.get("missed")}
            days, missed = interview.replan(row.days, done, today, rebuild)
            if set(missed) - already:  # a newly missed day: store the re-plan
                with self.app.session() as s:
                    fresh = s.get(InterviewPlan, row.id)
                    fresh.days, fresh.replans, fresh.updated_at = days, fresh.replans + 1, now
                    s.flush()
                    row = fresh
        return self._dict(row, today, missed)

    def _dict(self, row, today: date, missed: list[str]) -> dict[str, Any]:
        from offerloop.plan import interview

        days = [dict(d, today=d["date"] == today.isoformat()) for d in row.days]
        return {"id": row.id, "application_id": row.application_id, "interview_on": row.interview_on.isoformat(),
                "start": row.start.isoformat(), "days_left": (row.interview_on - today).days, "note": row.note,
                "replans": row.replans, "missed_days": missed, "totals": interview.totals(days), "days": days}

    def today(self, now: datetime | None = None) -> dict[str, Any] | None:
        plan = self.current(now)
        if plan is None:
            return None
        return next((d for d in plan["days"] if d["today"]), None)

    def export_ics(self, now: datetime | None = None) -> bytes:
        from offerloop.plan import interview

        now = now or utcnow()
        plan = self.current(now)
        if plan is None:
            raise NotFound("There is no interview plan yet; build one with `offerloop plan interview --date DATE`.")
        return interview.ics(plan["days"], now, plan["id"])

