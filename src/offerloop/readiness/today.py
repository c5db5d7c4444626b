"""The "Today" dashboard: what is due, today's plan item, reminders, the next interview's countdown,
readiness per area and the streak heatmap, each with the link to the page that does the work."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from offerloop.store.base import utcnow

REMINDER_KINDS = ("thank-you", "follow-up")


def countdown(start: datetime, now: datetime) -> str:
    seconds = max(0, int((start - now).total_seconds()))
    days, hours = seconds // 86400, (seconds % 86400) // 3600
    if days:
        return f"{days} day{'s' if days != 1 else ''} {hours} h"
    return f"{hours} h {(seconds % 3600) // 60} min"


def plan_item(ol, now: datetime) -> dict[str, Any] | None:
    """Today's tasks from the interview plan, else today's problems from the coding plan."""
    day = ol.plans.interview.today(now)
    if day is not None:
        return {"source": "interview", "link": "/plan/interview", "tasks": day["tasks"], "kind": day["kind"]}
    coding = ol.plans.current(now)
    if coding is None:
        return None
    today = next((d for d in coding["days"] if d["today"]), None)
    if today is None or not today["problems"]:
        return None
    return {"source": "coding", "link": "/plan", "kind": today["kind"], "done": today["done"],
            "tasks": [{"area": "algorithms", "what": f"{today['kind'].title()}: {today['titles'].get(s, s)}",
                       "minutes": 30, "link": f"/problems/{s}"} for s in today["problems"]]}


def dashboard(ol, now: datetime | None = None) -> dict[str, Any]:
    from offerloop.readiness.evidence import card_index, card_states, cards_due, readiness

    now = now or utcnow()
    index, states = card_index(ol), card_states(ol)  # read once, used by the due counts and readiness
    cards = cards_due(ol, now, index, states)
    problems = ol.plans.reviews.due(now)
    upcoming = ol.applications.upcoming_interviews(now)
    nxt = None
    if upcoming:
        iv = upcoming[0]
        start = datetime.fromisoformat(iv["starts_at"]).astimezone(timezone.utc)
        nxt = {"company": iv["company"], "role": iv["role"], "round": iv["round_label"], "local_start": iv["local_start"],
               "countdown": countdown(start, now), "days": (start - now).days,
               "link": f"/tracker/{iv['application_id']}", "application_id": iv["application_id"]}
    reminders = [r for r in ol.applications.reminders(now) if r["kind"] in REMINDER_KINDS
                 and (r["overdue"] or (datetime.fromisoformat(r["due"]) - now).total_seconds() <= 2 * 86400)]
    for r in reminders:
        r["link"] = f"/tracker/{r['application_id']}"
    return {
        "now": now.isoformat(),
        "cards_due": {"due": cards["due"], "new": cards["new"], "link": "/cards/review"},
        "problems_due": {"count": len(problems), "items": [{"slug": p["slug"], "title": p["title"],
                                                           "link": f"/problems/{p['slug']}"} for p in problems[:5]],
                         "link": "/plan"},
        "plan": plan_item(ol, now),
        "reminders": reminders,
        "next_interview": nxt,
        "readiness": readiness(ol, now, index, states),
        "activity": ol.plans.activity(now),
    }
