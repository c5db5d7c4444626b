"""PlanManager: the coding plan (build, progress, re-plan, .ics), spaced review of solved problems,
and the practice heatmap with streaks."""

from __future__ import annotations

from datetime import date, datetime, timezone
from functools import cached_property
from typing import Any

from sqlalchemy import select

from offerloop.errors import InvalidInput, NotFound
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
        """Algorithm problems in study order: by difficulty, then by topic as the track lists them
        (arrays and strings before trees and graphs), then by title."""
        from offerloop.content.schemas import PROBLEM_TOPICS

        topics = PROBLEM_TOPICS["algo"]
        algo = [p.meta for p in self.app.content.problems.values() if p.meta.track == "algo"]

        def key(m):
            first = min((topics.index(t) for t in m.topics if t in topics), default=len(topics))
            return (DIFFICULTY_ORDER[m.difficulty], first, m.title.lower())

        return [coding.BankProblem(m.slug, m.difficulty) for m in sorted(algo, key=key)]

    def _history(self, s, until: datetime | None = None) -> tuple[dict[str, list[date]], list[str], list[str]]:
        """(accepted days by slug, missed slugs, solved slugs oldest first) for the user's submissions."""
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
        algo = {p.slug for p in self.bank()}
        missed = [slug for slug in attempted if slug not in first_ok and slug in algo]
        oldest = [slug for slug, _ in sorted(first_ok.items(), key=lambda kv: kv[1]) if slug in algo]
        return accepted, missed, oldest

    # -- the coding plan -----------------------------------------------------------------------------
    def build_coding(self, *, weeks: int = 6, start: date | str | None = None, until_interview: bool = False,
                     now: datetime | None = None) -> dict[str, Any]:
        """Build and store the coding plan (replacing any earlier one); returns it as plan_dict does."""
        from offerloop.plan.models import CodingPlan

        now = now or utcnow()
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
        with self.app.session() as s:
            accepted, missed, oldest = self._history(s)
            plan = coding.build(self.bank(), set(accepted), start, today, days=days, missed=missed,
                                oldest_solved=oldest)
            if until_interview:
                plan.notes.insert(0, f"Fitted to the {first['round_label']} interview at {first['company']} "
                                     f"on {interview_on.isoformat()}.")
            row = s.scalar(select(CodingPlan).where(CodingPlan.owner_id == self.app.user_id))
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
