"""A coach's view of a cohort (issue 17, point 5): per candidate, readiness per area, whether they
are stuck, and their interviews this week; only what each candidate shares, and read only.

Who may look: a coach of the cohort (cohort_members role "coach") or an admin; anyone else, and a
cohort that does not exist, get the same NotFound, so a coach of cohort X learns nothing about Y.
The cohort's rows are read in one pass (accounts.cohort_readiness.owners_session): the ownership
lock's filter widened to the cohort's members, every session rolled back, any write refused; the
overview costs a fixed number of queries whatever the cohort's size. `read_only_view` reads one
candidate the same way through their own managers (the per-candidate readiness the tests compare to).

What a candidate shares (`SharingSetting`, one row per user; no row means DEFAULT_SHARING):
- readiness: the level (1-4) per area and whether the gates are met;
- activity: the last day they practised and the problems they keep failing (the "stuck" signals);
- interviews: date, time, round and length of interviews in the next 7 days;
- companies: the company and role of those interviews (off by default: where they apply is theirs).
The text of answers, stories, notes, code and documents is never shown to a coach, whatever the
setting: the view has no field for it.

Stuck (`stuck_reasons`, pure): no practice in STUCK_DAYS days (practice: a submission, a card or
problem review, a story, a design or take-home review, a mock round; counted from when they joined
if they never practised), or REPEATED_FAILURES or more failed submissions of one problem within
STUCK_DAYS days whose latest submission is still not accepted.
"""

from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Iterator, Sequence

from sqlalchemy import event, func, select

from offerloop.app import Offerloop
from offerloop.errors import NotFound
from offerloop.store.base import utcnow

DEFAULT_SHARING = {"readiness": True, "activity": True, "interviews": True, "companies": False}
SHARING_HELP = {
    "readiness": "your level (1-4) per area and whether the gates are met",
    "activity": "the last day you practised and the problems you keep failing",
    "interviews": "date, time, round and length of your interviews in the next 7 days",
    "companies": "the company and role of those interviews",
}
STUCK_DAYS = 7
REPEATED_FAILURES = 3
WEEK = timedelta(days=7)
# Activity areas that count as practice (the tracker, offers and resume areas are bookkeeping).
PRACTICE_AREAS = ("practice", "cards", "stories", "design", "mock", "takehome")
NO_COHORT = "There is no such cohort among the ones you coach."
# The overview pages through a cohort by email: this many candidates by default, at most PAGE_MAX.
PAGE_DEFAULT = 200
PAGE_MAX = 500


# -- pure rules -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Attempt:
    """One graded submission, as the stuck rule sees it."""

    problem: str
    accepted: bool
    at: datetime


def repeated_failures(attempts: Sequence[Attempt], now: datetime) -> list[dict[str, Any]]:
    """Problems failed REPEATED_FAILURES or more times in the last STUCK_DAYS days whose latest
    submission is still not accepted; most failures first."""
    since = now - timedelta(days=STUCK_DAYS)
    by_problem: dict[str, list[Attempt]] = {}
    for a in sorted(attempts, key=lambda a: a.at):
        by_problem.setdefault(a.problem, []).append(a)
    out = []
    for problem, seen in by_problem.items():
        failures = sum(1 for a in seen if a.at >= since and not a.accepted)
        if failures >= REPEATED_FAILURES and not seen[-1].accepted:
            out.append({"problem": problem, "failures": failures, "last_at": seen[-1].at.isoformat()})
    return sorted(out, key=lambda f: (-f["failures"], f["problem"]))


def stuck_reasons(last_practice: datetime | None, joined_at: datetime, failures: Sequence[dict[str, Any]],
                  now: datetime) -> list[str]:
    """Why a candidate looks stuck, one sentence per reason; empty when they are not."""
    reasons = []
    quiet_since = last_practice or joined_at
    if now - quiet_since >= timedelta(days=STUCK_DAYS):
        days = (now - quiet_since).days
        reasons.append(f"No practice for {days} days." if last_practice else
                       f"No practice since joining {days} days ago.")
    for f in failures:
        reasons.append(f"Failed {f['problem']} {f['failures']} times in {STUCK_DAYS} days, not yet accepted.")
    return reasons


# -- a candidate's data, read only ---------------------------------------------------------------
def _refuse_writes(session, _context, _instances) -> None:
    if session.new or session.dirty or session.deleted:
        from offerloop.store.ownership import OwnershipError

        raise OwnershipError("A coach's view tried to change a candidate's data.")


class ReadOnlyOfferloop(Offerloop):
    """Reads one user's data; every session is rolled back at its end and refuses a flush with changes."""

    @contextmanager
    def session(self, *, system: bool = False) -> Iterator[Any]:
        if system:
            raise NotFound("A coach's view opens no account sessions.")
        session = self._sessionmaker(info={"owner_id": self.user_id, "read_only": True})
        event.listen(session, "before_flush", _refuse_writes)
        try:
            yield session
        finally:
            session.rollback()
            session.close()


def read_only_view(app, user_id: int) -> ReadOnlyOfferloop:
    """An Offerloop acting for user_id that can only read. Shares the deployment's engine, content
    and judge."""
    view = ReadOnlyOfferloop(app.settings, migrate=False)
    view._parent = app._parent or app
    view.__dict__["user_id"] = user_id
    return view


def sharing_of(session, owner_id: int) -> dict[str, bool]:
    from offerloop.accounts.models import SharingSetting

    row = session.scalar(select(SharingSetting).where(SharingSetting.owner_id == owner_id))
    if row is None:
        return dict(DEFAULT_SHARING)
    return {k: bool(getattr(row, k)) for k in DEFAULT_SHARING}


class CoachManager:
    """The signed-in user's side of coaching: their own sharing choices (as a candidate) and the
    cohorts they coach (as a coach or admin)."""

    def __init__(self, app):
        self.app = app

    # -- a candidate's sharing ------------------------------------------------------------------
    def sharing(self) -> dict[str, bool]:
        with self.app.session() as s:
            return sharing_of(s, self.app.user_id)

    def set_sharing(self, changes: dict[str, bool], *, now: datetime | None = None) -> dict[str, bool]:
        """Change some of the four choices; the others keep their value. Returns all four."""
        from offerloop.accounts.models import SharingSetting
        from offerloop.errors import InvalidInput

        unknown = sorted(set(changes) - set(DEFAULT_SHARING))
        if unknown:
            raise InvalidInput(f"Sharing has no setting {unknown[0]!r}; the settings are "
                               f"{', '.join(DEFAULT_SHARING)}.")
        if any(not isinstance(v, bool) for v in changes.values()):
            raise InvalidInput("Each sharing setting is true or false.")
        with self.app.session() as s:
            row = s.scalar(select(SharingSetting).where(SharingSetting.owner_id == self.app.user_id))
            if row is None:
                row = SharingSetting(owner_id=self.app.user_id, **DEFAULT_SHARING)
                s.add(row)
            for k, v in changes.items():
                setattr(row, k, v)
            row.updated_at = now or utcnow()
            s.flush()
            return {k: bool(getattr(row, k)) for k in DEFAULT_SHARING}

    # -- a coach's cohorts ----------------------------------------------------------------------
    def _role(self, s) -> str | None:
        from offerloop.accounts.models import Account

        return s.scalar(select(Account.role).where(Account.user_id == self.app.user_id,
                                                   Account.disabled.is_(False)))

    def is_coach(self) -> bool:
        """Whether the user may open the coach's pages at all (a coach or an admin account)."""
        with self.app.session(system=True) as s:
            return self._role(s) in ("coach", "admin")

    def cohorts(self) -> list[dict[str, Any]]:
        """The cohorts this user coaches (an admin: every cohort), with their numbers of candidates.
        NotFound for a candidate, so the coach's pages look like they do not exist."""
        from offerloop.accounts.models import Cohort, CohortMember

        with self.app.session(system=True) as s:
            role = self._role(s)
            if role not in ("coach", "admin"):
                raise NotFound("There is no such page.")
            q = select(Cohort).order_by(Cohort.name)
            if role != "admin":
                q = q.join(CohortMember, CohortMember.cohort_id == Cohort.id).where(
                    CohortMember.user_id == self.app.user_id, CohortMember.role == "coach")
            cohorts = list(s.scalars(q))
            counts = dict(s.execute(select(CohortMember.cohort_id, func.count())
                                    .where(CohortMember.role == "candidate")
                                    .group_by(CohortMember.cohort_id)).all())
            return [{"id": c.id, "name": c.name, "candidates": counts.get(c.id, 0)} for c in cohorts]

    def _cohort(self, s, cohort_id: int):
        """The cohort if this user coaches it (or is an admin); NotFound otherwise, the same answer
        as for a cohort that does not exist."""
        from offerloop.accounts.models import Cohort, CohortMember

        role = self._role(s)
        cohort = s.get(Cohort, cohort_id) if role in ("coach", "admin") else None
        member = s.get(CohortMember, (cohort_id, self.app.user_id)) if role == "coach" else None
        if cohort is None or (role != "admin" and (member is None or member.role != "coach")):
            raise NotFound(NO_COHORT)
        return cohort

    def overview(self, cohort_id: int, *, now: datetime | None = None, limit: int = PAGE_DEFAULT,
                 offset: int = 0) -> dict[str, Any]:
        """The cohort's candidates (by email; `limit` of them from `offset`) with what they share:
        readiness, stuck, interviews this week. `stuck` and `interviewing_this_week` cover the whole
        cohort, not only the page. Every table is read once for the whole cohort or page
        (accounts.cohort_readiness), never cached, so a change shows on the next request."""
        from offerloop.accounts.cohort_readiness import owners_session, readiness_many
        from offerloop.accounts.models import Account, CohortMember, SharingSetting
        from offerloop.errors import InvalidInput

        if isinstance(limit, bool) or not isinstance(limit, int) or not 1 <= limit <= PAGE_MAX:
            raise InvalidInput(f"The page size (limit) is a number from 1 to {PAGE_MAX}.")
        if isinstance(offset, bool) or not isinstance(offset, int) or offset < 0:
            raise InvalidInput("The offset is a number from 0.")
        now = now or utcnow()
        with self.app.session(system=True) as s:
            cohort = self._cohort(s, cohort_id)
            members = s.execute(select(CohortMember.user_id, CohortMember.joined_at, Account.email, Account.disabled)
                                .join(Account, Account.user_id == CohortMember.user_id)
                                .where(CohortMember.cohort_id == cohort.id, CohortMember.role == "candidate")
                                .order_by(Account.email, CohortMember.user_id)).all()
            name = cohort.name
        ids = [m[0] for m in members]
        with owners_session(self.app, ids) as s:
            rows = {r.owner_id: {k: bool(getattr(r, k)) for k in DEFAULT_SHARING}
                    for r in s.scalars(select(SharingSetting).where(SharingSetting.owner_id.in_(ids)))}
        shares = {uid: rows.get(uid) or dict(DEFAULT_SHARING) for uid in ids}
        joined = {uid: j for uid, j, _e, _d in members}
        activity = _activity_many(self.app, {uid: joined[uid] for uid in ids if shares[uid]["activity"]}, now)
        interviews = _interviews_many(self.app, [uid for uid in ids if shares[uid]["interviews"]],
                                      {uid for uid in ids if shares[uid]["companies"]}, now)
        page = members[offset:offset + limit]
        levels = readiness_many(self.app, [uid for uid, *_ in page if shares[uid]["readiness"]], now)
        candidates = [{"user_id": uid, "email": email, "joined_at": joined_at.isoformat(), "disabled": disabled,
                       "shares": shares[uid],
                       "readiness": _levels_only(levels[uid]) if uid in levels else None,
                       "activity": activity.get(uid), "interviews": interviews.get(uid)}
                      for uid, joined_at, email, disabled in page]
        return {
            "cohort": {"id": cohort_id, "name": name},
            "as_of": now.isoformat(),
            "week": {"from": now.isoformat(), "to": (now + WEEK).isoformat()},
            "rules": {"stuck_days": STUCK_DAYS, "repeated_failures": REPEATED_FAILURES},
            "total": len(members), "limit": limit, "offset": offset,
            "candidates": candidates,
            "stuck": [email for uid, _j, email, _d in members if uid in activity and activity[uid]["stuck"]],
            "interviewing_this_week": [email for uid, _j, email, _d in members if interviews.get(uid)],
        }


def _levels_only(full: dict[str, Any]) -> dict[str, Any]:
    # Levels and gates only: the evidence lines and figures stay with the candidate.
    return {"ready": full["ready"],
            "areas": [{"area": a["area"], "title": a["title"], "level": a["level"], "gate_met": a["gate_met"]}
                      for a in full["areas"]],
            "gates": [{"gate": g["gate"], "met": g["met"]} for g in full["gates"]]}


def _aware(t: datetime | None) -> datetime | None:
    if t is not None and t.tzinfo is None:  # func.max drops the column type on SQLite
        from datetime import timezone

        return t.replace(tzinfo=timezone.utc)
    return t


def _activity_many(app, joined: dict[int, datetime], now: datetime) -> dict[int, dict[str, Any]]:
    """owner -> last practice, repeated failures and stuck reasons, for every owner in `joined`."""
    from offerloop.accounts.cohort_readiness import owners_session
    from offerloop.practice.models import Submission
    from offerloop.store.base import Activity

    ids = sorted(joined)
    if not ids:
        return {}
    attempts: dict[int, list[Attempt]] = {uid: [] for uid in ids}
    with owners_session(app, ids) as s:
        last_activity = dict(s.execute(select(Activity.owner_id, func.max(Activity.at))
                                       .where(Activity.owner_id.in_(ids), Activity.area.in_(PRACTICE_AREAS))
                                       .group_by(Activity.owner_id)).all())
        last_submit = dict(s.execute(select(Submission.owner_id, func.max(Submission.created_at))
                                     .where(Submission.owner_id.in_(ids)).group_by(Submission.owner_id)).all())
        for owner, slug, verdict, at in s.execute(
                select(Submission.owner_id, Submission.slug, Submission.verdict, Submission.created_at)
                .where(Submission.owner_id.in_(ids), Submission.created_at >= now - timedelta(days=STUCK_DAYS))
                .order_by(Submission.created_at, Submission.id)):
            attempts[owner].append(Attempt(slug, verdict == "accepted", at))
    out = {}
    for uid in ids:
        times = [_aware(t) for t in (last_activity.get(uid), last_submit.get(uid)) if t is not None]
        last = max(times, default=None)
        failures = repeated_failures(attempts[uid], now)
        reasons = stuck_reasons(last, joined[uid], failures, now)
        out[uid] = {"last_practice": last.isoformat() if last else None, "repeated_failures": failures,
                    "stuck": bool(reasons), "reasons": reasons}
    return out


def _interviews_many(app, ids: list[int], with_company: set[int], now: datetime) -> dict[int, list[dict[str, Any]]]:
    """owner -> their interviews in the next 7 days, the company and role only for `with_company`."""
    from offerloop.accounts.cohort_readiness import owners_session
    from offerloop.tracker.models import Application, Interview

    if not ids:
        return {}
    out: dict[int, list[dict[str, Any]]] = {uid: [] for uid in ids}
    with owners_session(app, ids) as s:
        rows = s.execute(select(Interview.owner_id, Interview.starts_at, Interview.round, Interview.minutes,
                                Application.company, Application.role)
                         .join(Application, Application.id == Interview.application_id)
                         .where(Interview.owner_id.in_(ids), Interview.starts_at >= now,
                                Interview.starts_at < now + WEEK)
                         .order_by(Interview.starts_at, Interview.id)).all()
    for owner, at, round_, minutes, company, role in rows:
        item = {"at": at.isoformat(), "round": round_, "minutes": minutes}
        if owner in with_company:
            item.update(company=company, role=role)
        out[owner].append(item)
    return out
