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
            ghost_days: int = DEFAULT_GHOST_DAYS, limit: int | None = None) -> list[Reminder]:
    """Every reminder that applies at `now`, soonest due first (only the `limit` soonest if given:
    their sentences are written after sorting, so a short list over many applications stays cheap)."""
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    # (due, application id, kind, interview id, application, interview): sorted, then written out
    found: list[tuple] = []

    for app in apps:
        for iv in app.interviews:
            end = interview_end(iv)
            if (iv.round != "take-home" and end <= now and iv.thank_you_sent_at is None
                    and app.stage not in NO_THANK_YOU_STAGES):
                found.append((end + THANK_YOU_WINDOW, app.id, "thank-you", iv.id, app, iv))
            if iv.round == "take-home" and iv.deadline is not None and iv.submitted_at is None and not is_closed(app.stage):
                found.append((iv.deadline, app.id, "take-home-deadline", iv.id, app, iv))
        if app.stage == "offer" and app.offer_deadline is not None:
            found.append((app.offer_deadline, app.id, "offer-deadline", None, app, None))
        if is_closed(app.stage) or app.stage == "offer":
            continue  # at the offer stage the next move is yours, not theirs
        if any(i.starts_at > now for i in app.interviews):
            continue  # an interview is coming up, so this is not silence
        last = last_activity(app, now)
        ghost_at = last + timedelta(days=ghost_days)
        follow_at = last + timedelta(days=follow_up_days)
        if now >= ghost_at:
            found.append((ghost_at, app.id, "ghosted", None, app, last))
        elif now >= follow_at:
            found.append((follow_at, app.id, "follow-up", None, app, last))
    found.sort(key=lambda f: (f[0], f[1], f[2]))
    return [Reminder(kind, due, app_id, _text(kind, app, extra, now), iv_id, due < now)
            for due, app_id, kind, iv_id, app, extra in found[:limit]]


def _text(kind: str, app: Any, extra: Any, now: datetime) -> str:
    """The reminder's sentence; `extra` is the interview, or the last activity for the silence kinds."""
    if kind == "thank-you":
        names = ", ".join(extra.interviewers) if extra.interviewers else "your interviewers"
        round_label = ROUND_LABELS.get(extra.round, extra.round)
        return f"Send a thank-you note to {names} for the {in_sentence(round_label)} interview ({_label(app)})."
    if kind == "take-home-deadline":
        return f"Submit the take-home for {_label(app)}."
    if kind == "offer-deadline":
        return f"Answer the offer for {_label(app)}."
    quiet = (now - extra).days
    stage = in_sentence(STAGE_LABELS.get(app.stage, app.stage))
    if kind == "ghosted":
        return f"No news for {quiet} days from {app.company} ({stage}); consider closing {_label(app)} as ghosted."
    return f"No news for {quiet} days from {app.company} ({stage}); send a polite follow-up about {_label(app)}."
