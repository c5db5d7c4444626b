"""An iCalendar (RFC 5545) file of interviews and deadlines, built with the icalendar package.

Interviews given with an IANA zone keep it (TZID plus a VTIMEZONE); ones given with a bare offset
are written in UTC, since an offset is not a zone a calendar can follow across DST. Interviews
still to come for an application closed other than as accepted are left out. UIDs come from the
rows' own UUIDs, so re-exporting updates the same calendar entries instead of adding copies.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any, Iterable

from offerloop.tracker.pipeline import ROUND_LABELS, STAGE_LABELS, is_closed
from offerloop.tracker.times import zone

PRODID = "-//offerloop//applications tracker//EN"


def _local(dt: datetime, tz: str) -> datetime:
    if tz and tz[:1] not in "+-" and tz.upper() != "UTC":
        return dt.astimezone(zone(tz))
    return dt.astimezone(timezone.utc)


def build(apps: Iterable[Any], now: datetime) -> bytes:
    from icalendar import Alarm, Calendar, Event

    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", "offerloop interviews")
    stamp = now.astimezone(timezone.utc)
    for app in apps:
        label = f"{app.role} at {app.company}"
        for iv in app.interviews:
            if is_closed(app.stage) and app.stage != "accepted" and iv.starts_at > now:
                continue  # the application is over, so this interview will not take place
            round_label = ROUND_LABELS.get(iv.round, iv.round)
            event = Event()
            event.add("uid", f"interview-{iv.uid}@offerloop")
            event.add("dtstamp", stamp)
            start = _local(iv.starts_at, iv.tz)
            event.add("dtstart", start)
            event.add("dtend", start + timedelta(minutes=iv.minutes or 0))
            event.add("summary", f"{round_label} interview: {label}")
            details = [f"Stage: {STAGE_LABELS.get(app.stage, app.stage)}"]
            if iv.interviewers:
                details.append("Interviewers: " + ", ".join(iv.interviewers))
            if iv.notes:
                details.append(iv.notes)
            event.add("description", "\n".join(details))
            if iv.round != "take-home":
                alarm = Alarm()
                alarm.add("action", "DISPLAY")
                alarm.add("description", f"{round_label} interview in one hour: {label}")
                alarm.add("trigger", timedelta(hours=-1))
                event.add_component(alarm)
            cal.add_component(event)
            if iv.round == "take-home" and iv.deadline is not None and not is_closed(app.stage):
                due = Event()
                due.add("uid", f"take-home-deadline-{iv.uid}@offerloop")
                due.add("dtstamp", stamp)
                at = _local(iv.deadline, iv.tz)
                due.add("dtstart", at)
                due.add("dtend", at)
                due.add("summary", f"Take-home due: {label}")
                due.add("transp", "TRANSPARENT")
                cal.add_component(due)
        if app.offer_deadline is not None and not is_closed(app.stage):
            due = Event()
            due.add("uid", f"offer-deadline-{app.uid}@offerloop")
            due.add("dtstamp", stamp)
            at = app.offer_deadline.astimezone(timezone.utc)
            due.add("dtstart", at)
            due.add("dtend", at)
            due.add("summary", f"Offer deadline: {label}")
            due.add("transp", "TRANSPARENT")
            cal.add_component(due)
    cal.add_missing_timezones()
    return cal.to_ical()
