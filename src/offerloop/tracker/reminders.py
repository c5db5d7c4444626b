"""Reminders, computed from the applications every time they are asked for (never stored).

Kinds:
- thank-you: from the moment an interview ends until the note is marked sent; due 24 hours after
  the end. Take-home rounds have no thank-you; rejected, withdrawn and ghosted applications drop it.
- follow-up: an open application with no new event for `follow_up_days` (default 7) and no
  interview coming up; due when the silence reaches that length.
- ghosted: the same silence reaching `ghost_days` (default 21) replaces the follow-up with a
  suggestion to close the application as ghosted.
- take-home-deadline: a take-home with a deadline that is not marked submitted.
- offer-deadline: an application at the offer stage with a deadline to answer.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Iterable

from offerloop.tracker.pipeline import ROUND_LABELS, STAGE_LABELS, in_sentence, is_closed

THANK_YOU_WINDOW = timedelta(hours=24)
DEFAULT_FOLLOW_UP_DAYS = 7
DEFAULT_GHOST_DAYS = 21
NO_THANK_YOU_STAGES = ("rejected", "withdrawn", "ghosted")


@dataclass(frozen=True)
class Reminder:
    kind: str
    due: datetime
    application_id: int
    text: str
    interview_id: int | None = None
    overdue: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "due": self.due.isoformat(), "application_id": self.application_id,
                "interview_id": self.interview_id, "overdue": self.overdue, "text": self.text}


def interview_end(interview: Any) -> datetime:
    return interview.starts_at + timedelta(minutes=interview.minutes or 0)


def last_activity(app: Any, now: datetime) -> datetime:
    """The most recent thing that happened on an application: a timeline event or an interview's end."""
    moments = [e.at for e in app.events if e.at <= now]
    moments += [interview_end(i) for i in app.interviews if interview_end(i) <= now]
    moments.append(app.applied_at)
    return max(moments)


def _label(app: Any) -> str:
    return f"{app.role} at {app.company}"


def compute(apps: Iterable[Any], now: datetime, *, follow_up_days: int = DEFAULT_FOLLOW_UP_DAYS,
            ghost_days: int = DEFAULT_GHOST_DAYS) -> list[Reminder]:
    """Every reminder that applies at `now`, soonest due first."""
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    out: list[Reminder] = []

    def add(kind: str, due: datetime, app: Any, text: str, interview_id: int | None = None) -> None:
        out.append(Reminder(kind, due, app.id, text, interview_id, due < now))

    for app in apps:
        for iv in app.interviews:
            end = interview_end(iv)
            round_label = ROUND_LABELS.get(iv.round, iv.round)
            if (iv.round != "take-home" and end <= now and iv.thank_you_sent_at is None
                    and app.stage not in NO_THANK_YOU_STAGES):
                names = ", ".join(iv.interviewers) if iv.interviewers else "your interviewers"
                add("thank-you", end + THANK_YOU_WINDOW, app,
                    f"Send a thank-you note to {names} for the {in_sentence(round_label)} interview ({_label(app)}).",
                    iv.id)
            if iv.round == "take-home" and iv.deadline is not None and iv.submitted_at is None and not is_closed(app.stage):
                add("take-home-deadline", iv.deadline, app, f"Submit the take-home for {_label(app)}.", iv.id)
        if app.stage == "offer" and app.offer_deadline is not None:
            add("offer-deadline", app.offer_deadline, app, f"Answer the offer for {_label(app)}.")
        if is_closed(app.stage) or app.stage == "offer":
            continue  # at the offer stage the next move is yours, not theirs
        if any(i.starts_at > now for i in app.interviews):
            continue  # an interview is coming up, so this is not silence
        last = last_activity(app, now)
        ghost_at = last + timedelta(days=ghost_days)
        follow_at = last + timedelta(days=follow_up_days)
        quiet = (now - last).days
        stage = in_sentence(STAGE_LABELS.get(app.stage, app.stage))
        if now >= ghost_at:
            add("ghosted", ghost_at, app,
                f"No news for {quiet} days from {app.company} ({stage}); consider closing {_label(app)} as ghosted.")
        elif now >= follow_at:
            add("follow-up", follow_at, app,
                f"No news for {quiet} days from {app.company} ({stage}); send a polite follow-up about {_label(app)}.")
    out.sort(key=lambda r: (r.due, r.application_id, r.kind))
    return out
