"""The plan to interview day across every area, as pure functions: daily tasks weighted by the
readiness gaps, the coding plan's problems on their own dates, mock loops before the day, and
re-planning after missed days. The manager loads the evidence and stores the plan.

How a day is filled (DAILY_MINUTES): first the fixed review block (due cards and problems, 15 min),
then the coding plan's problems for that date if a coding plan exists (30 min each, as the
algorithms task: the coding plan stays as it is and is one part of this plan), then 30-minute tasks
to the areas owed the most time so far, where each area is owed time in proportion to its gap
(4 minus its level; an area at 4 keeps a small maintenance share). Full mock loops go three days
before the interview (and mid-way when there are 10 days or more); the last day is light.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, Mapping, Sequence

from offerloop.errors import InvalidInput

DAILY_MINUTES = 120
REVIEW_MINUTES = 15
TASK_MINUTES = 30
MAINTENANCE_WEIGHT = 0.25
MAX_DAYS = 183

AREA_ORDER = ("algorithms", "ml-coding", "theory", "system-design", "behavioral", "resume", "take-home")
TASKS: dict[str, tuple[str, str]] = {
    "algorithms": ("Solve one unsolved algorithm problem (medium first)", "/algorithms"),
    "ml-coding": ("Implement one ML problem from scratch in the judge", "/practice"),
    "theory": ("Study new theory cards on your weakest topic", "/cards/review"),
    "system-design": ("Design one case in the workspace against the clock", "/design"),
    "behavioral": ("Write or sharpen one STAR story, then rehearse your pitch", "/stories"),
    "resume": ("Match your resume against the job description and close the missing keywords", "/resume"),
    "take-home": ("Review a take-home and fix its findings", "/takehome"),
}
# Activity areas (store.base.Activity.area) that count as work done in a plan area.
DONE_BY = {"algorithms": ("practice",), "ml-coding": ("practice",), "theory": ("cards",),
           "system-design": ("design",), "behavioral": ("stories",), "resume": ("resume",),
           "take-home": ("takehome",), "review": ("cards", "practice"), "mock": ("mock",)}


@dataclass
class Task:
    area: str
    what: str
    minutes: int
    link: str

    def to_dict(self) -> dict[str, Any]:
        return {"area": self.area, "what": self.what, "minutes": self.minutes, "link": self.link}


@dataclass
class Day:
    date: date
    kind: str  # "work", "mock", "light"
    tasks: list[Task] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"date": self.date.isoformat(), "kind": self.kind, "tasks": [t.to_dict() for t in self.tasks],
                "minutes": sum(t.minutes for t in self.tasks)}


def check_dates(today: date, interview_on: date) -> int:
    """The number of days to plan (today up to the day before the interview), or one clear refusal."""
    if interview_on < today:
        raise InvalidInput(f"The interview date {interview_on.isoformat()} is in the past; give a day from today on.")
    days = (interview_on - today).days
    if days < 1:
        raise InvalidInput("The interview is today: there is no day left to plan; run a mock loop instead.")
    if days > MAX_DAYS:
        raise InvalidInput(f"The interview is {days} days away; a plan covers up to {MAX_DAYS} days.")
    return days


def weights(levels: Mapping[str, int]) -> dict[str, float]:
    return {a: float(max(0, 4 - levels.get(a, 1))) or MAINTENANCE_WEIGHT for a in AREA_ORDER}


def mock_days(today: date, interview_on: date) -> list[date]:
    days = (interview_on - today).days
    out = []
    if days >= 10:
        out.append(today + timedelta(days=days // 2))
    if days >= 4:
        out.append(interview_on - timedelta(days=3))
    return out


def build(today: date, interview_on: date, levels: Mapping[str, int], *,
          coding_days: Mapping[str, Sequence[str]] | None = None, loop_type: str = "typical",
          weak_topic: str | None = None, story_gap: str | None = None,
          daily_minutes: int = DAILY_MINUTES) -> list[Day]:
    """Daily tasks from today to the day before the interview."""
    n = check_dates(today, interview_on)
    coding_days = coding_days or {}
    w = weights(levels)
    total_w = sum(w.values())
    owed = {a: 0.0 for a in AREA_ORDER}  # minutes each area is owed so far, by its weight
    mocks = set(mock_days(today, interview_on))
    out: list[Day] = []
    for k in range(n):
        day = today + timedelta(days=k)
        last = k == n - 1
        review = Task("review", "Review the due cards and due problems", REVIEW_MINUTES, "/")
        if last and n > 1:
            out.append(Day(day, "light", [review, Task("behavioral", "Rehearse your pitch with the timer and "
                                                                    "read your questions to ask", 20, "/stories")]))
            continue
        if day in mocks:
            out.append(Day(day, "mock", [review, Task("mock", f"Run a full mock loop ({loop_type}) and read its "
                                                            "scorecard", 240 if loop_type != "phone-screen" else 45,
                                                      "/mock")]))
            continue
        tasks = [review]
        budget = daily_minutes - REVIEW_MINUTES
        for a in AREA_ORDER:
            owed[a] += budget * w[a] / total_w
        planned = list(coding_days.get(day.isoformat(), ()))
        if planned:
            minutes = TASK_MINUTES * len(planned)
            tasks.append(Task("algorithms", "Coding plan: " + ", ".join(planned), minutes, "/plan"))
            owed["algorithms"] -= minutes
            budget -= minutes
        while budget >= TASK_MINUTES:
            area = max(AREA_ORDER, key=lambda a: (owed[a], -AREA_ORDER.index(a)))
            if owed[area] <= 0:
                break
            if any(t.area == area for t in tasks):  # one task per area a day; the next most owed instead
                others = [a for a in AREA_ORDER if not any(t.area == a for t in tasks) and owed[a] > 0]
                if not others:
                    break
                area = max(others, key=lambda a: (owed[a], -AREA_ORDER.index(a)))
            what, link = TASKS[area]
            if area == "theory" and weak_topic:
                what = f"Study theory cards on {weak_topic}, your weakest topic"
            if area == "behavioral" and story_gap:
                what = f"Write a {story_gap} story with a measured result, then rehearse it"
            tasks.append(Task(area, what, TASK_MINUTES, link))
            owed[area] -= TASK_MINUTES
            budget -= TASK_MINUTES
        out.append(Day(day, "work", tasks))
    return out


def missed(days: Sequence[Mapping[str, Any]], done: Mapping[str, set[str]], today: date) -> list[str]:
    """Past days (before today) with a task whose area shows no activity on that day."""
    out = []
    for d in days:
        when = date.fromisoformat(d["date"])
        if when >= today:
            continue
        did = done.get(d["date"], set())
        if any(not set(DONE_BY.get(t["area"], ())) & did for t in d["tasks"]):
            out.append(d["date"])
    return out


def replan(days: Sequence[Mapping[str, Any]], done: Mapping[str, set[str]], today: date,
           rebuild) -> tuple[list[dict[str, Any]], list[str]]:
    """Past days stay as they were (marked done or missed); from today on, the plan is rebuilt by
    `rebuild(today)` when a past day was missed, so the remaining gaps are spread over the days left."""
    missed_days = missed(days, done, today)
    past = [dict(d, missed=d["date"] in missed_days) for d in days if date.fromisoformat(d["date"]) < today]
    if not missed_days:
        return list(days), []
    return past + [d.to_dict() for d in rebuild(today)], missed_days


def totals(days: Sequence[Mapping[str, Any]]) -> dict[str, int]:
    """Planned minutes per area over the plan."""
    out: dict[str, int] = {}
    for d in days:
        for t in d["tasks"]:
            out[t["area"]] = out.get(t["area"], 0) + t["minutes"]
    return out


def ics(days: Sequence[Mapping[str, Any]], now, plan_id: int | str = 0) -> bytes:
    """One all-day event per planned day, with its tasks; UIDs stable per plan and date."""
    from datetime import datetime, timezone

    from icalendar import Calendar, Event

    cal = Calendar()
    cal.add("prodid", "-//offerloop//interview plan//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", "offerloop interview plan")
    stamp = now.astimezone(timezone.utc) if isinstance(now, datetime) else now
    for d in days:
        when = date.fromisoformat(d["date"])
        if not d["tasks"]:
            continue
        ev = Event()
        ev.add("uid", f"interview-plan-{plan_id}-{when.isoformat()}@offerloop")
        ev.add("dtstamp", stamp)
        ev.add("dtstart", when)
        ev.add("dtend", when + timedelta(days=1))
        areas = sorted({t["area"] for t in d["tasks"]} - {"review"})
        ev.add("summary", ("Mock loop" if d["kind"] == "mock" else "Interview prep") + ": " + ", ".join(areas))
        ev.add("description", "\n".join(f"{t['what']} ({t['minutes']} min)" for t in d["tasks"]))
        cal.add_component(ev)
    return cal.to_ical()
