"""The coding plan as an iCalendar file: one all-day event per day that has work (rest days left out).

UIDs are derived from the date and the user's plan row, so importing a re-planned file updates the
same calendar entries instead of doubling them.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Mapping, Sequence

PRODID = "-//offerloop//coding plan//EN"
TITLES = {"easy": "Easy", "medium": "Medium", "hard": "Hard", "review": "Review", "mock": "Mock coding round"}


def build(days: Sequence[Mapping], titles: Mapping[str, str], now: datetime, plan_id: int | str = 0) -> bytes:
    from icalendar import Calendar, Event

    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", "offerloop coding plan")
    stamp = now.astimezone(timezone.utc)
    for day in days:
        kind, problems = day["kind"], list(day["problems"])
        if kind not in TITLES or not problems:
            continue
        when = datetime.fromisoformat(day["date"]).date()
        event = Event()
        event.add("uid", f"plan-{plan_id}-{when.isoformat()}@offerloop")
        event.add("dtstamp", stamp)
        event.add("dtstart", when)  # a date, not a datetime: an all-day event
        event.add("dtend", when + timedelta(days=1))
        names = [titles.get(s, s) for s in problems]
        event.add("summary", f"{TITLES[kind]}: {', '.join(names)}")
        event.add("description", "\n".join(f"{titles.get(s, s)}: offerloop start {s}" for s in problems))
        event.add("categories", [kind])
        cal.add_component(event)
    return cal.to_ical()
