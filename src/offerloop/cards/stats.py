"""Retention and workload figures over the review log, and the due forecast, as pure functions.

True retention is the share of reviews that were not Again among reviews of cards that were in
the review state (graduated from learning): the figure FSRS aims at with its desired retention.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from html import escape

from offerloop.cards.scheduler import STATE_NAMES

AGAIN = 1
REVIEW_STATE = 2


MATURE_DAYS = 21.0  # a card whose memory stability reaches three weeks counts as mature (as in Anki)


@dataclass(frozen=True)
class ReviewRow:
    reviewed_at: datetime
    rating: int
    state_before: int
    slug: str = ""


@dataclass(frozen=True)
class StateRow:
    slug: str
    state: int
    due: datetime
    stability: float | None


def reviews_per_day(reviews: list[ReviewRow], today: date, days: int = 30) -> list[dict]:
    counts = Counter(r.reviewed_at.date() for r in reviews)
    start = today - timedelta(days=days - 1)
    return [{"date": (start + timedelta(days=i)).isoformat(), "count": counts.get(start + timedelta(days=i), 0)}
            for i in range(days)]


def true_retention(reviews: list[ReviewRow], since: datetime | None = None) -> dict:
    """Share of non-Again ratings on review-state cards (None until there is such a review)."""
    pool = [r for r in reviews if r.state_before == REVIEW_STATE and (since is None or r.reviewed_at >= since)]
    passed = sum(1 for r in pool if r.rating != AGAIN)
    return {"value": round(passed / len(pool), 4) if pool else None, "passed": passed, "reviews": len(pool)}


def cards_by_state(states: list[int], total_cards: int) -> dict[str, int]:
    counts = Counter(STATE_NAMES[s] for s in states)
    return {"new": max(0, total_cards - len(states)), "learning": counts.get("learning", 0),
            "review": counts.get("review", 0), "relearning": counts.get("relearning", 0)}


def due_forecast(dues: list[datetime], today: date, days: int = 30) -> list[dict]:
    """Cards coming due on each of the next `days` days; overdue cards count on today."""
    counts = Counter(max(d.date(), today) for d in dues)
    return [{"date": (today + timedelta(days=i)).isoformat(), "count": counts.get(today + timedelta(days=i), 0)}
            for i in range(days)]


def compute(reviews: list[ReviewRow], states: list[int], dues: list[datetime], total_cards: int,
            now: datetime) -> dict:
    today = now.date()
    per_day = reviews_per_day(reviews, today, 30)
    last7 = sum(d["count"] for d in per_day[-7:])
    last30 = sum(d["count"] for d in per_day)
    ratings = Counter(r.rating for r in reviews)
    return {
        "total_reviews": len(reviews),
        "reviews_today": per_day[-1]["count"],
        "reviews_per_day": per_day,
        "average_per_day_7": round(last7 / 7, 2),
        "average_per_day_30": round(last30 / 30, 2),
        "true_retention": true_retention(reviews),
        "true_retention_30d": true_retention(reviews, since=now - timedelta(days=30)),
        "ratings": {name: ratings.get(value, 0) for value, name in ((1, "again"), (2, "hard"), (3, "good"), (4, "easy"))},
        "cards_by_state": cards_by_state(states, total_cards),
        "forecast": due_forecast(dues, today, 30),
    }


def by_topic(cards: list[tuple[str, str | None]], states: list[StateRow], reviews: list[ReviewRow],
             now: datetime) -> list[dict]:
    """Per topic: cards, seen, due now, mature, and true retention; weakest retention first, unseen last."""
    topic_of = dict(cards)
    rows: dict[str, dict] = {}
    for slug, topic in cards:
        row = rows.setdefault(topic or "own", {"topic": topic or "own", "cards": 0, "seen": 0, "due": 0,
                                               "mature": 0, "reviews": []})
        row["cards"] += 1
    for st in states:
        if st.slug not in topic_of:
            continue
        row = rows[topic_of[st.slug] or "own"]
        row["seen"] += 1
        row["due"] += st.due <= now
        row["mature"] += (st.stability or 0) >= MATURE_DAYS
    for r in reviews:
        if r.slug in topic_of:
            rows[topic_of[r.slug] or "own"]["reviews"].append(r)
    out = []
    for row in rows.values():
        row["retention"] = true_retention(row.pop("reviews"))["value"]
        out.append(row)
    return sorted(out, key=lambda r: (r["seen"] == 0, r["retention"] if r["retention"] is not None else 2.0,
                                      r["topic"]))


def bar_chart_svg(series: list[dict], title: str, *, width: int = 640, height: int = 180, unit: str = "cards") -> str:
    """A plain SVG bar chart of [{date, count}], with a tooltip per bar and an accessible label."""
    pad_left, pad_bottom, pad_top = 34, 22, 10
    inner_w, inner_h = width - pad_left - 6, height - pad_bottom - pad_top
    peak = max((d["count"] for d in series), default=0)
    top = max(1, peak)
    slot = inner_w / max(1, len(series))
    bar_w = max(1.0, slot * 0.7)
    total = sum(d["count"] for d in series)
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="100%" '
             f'role="img" aria-label="{escape(title)}: {total} {unit} in {len(series)} days, at most {peak} a day" '
             f'class="chart">',
             f'<title>{escape(title)}</title>']
    for tick in sorted({0, top // 2, top}):
        y = pad_top + inner_h * (1 - tick / top)
        parts.append(f'<line x1="{pad_left}" x2="{width - 6}" y1="{y:.1f}" y2="{y:.1f}" stroke="#e3e6ea"/>')
        parts.append(f'<text x="{pad_left - 4}" y="{y + 4:.1f}" font-size="10" text-anchor="end" fill="#667">'
                     f'{tick}</text>')
    for i, d in enumerate(series):
        h = inner_h * d["count"] / top
        x = pad_left + i * slot + (slot - bar_w) / 2
        y = pad_top + inner_h - h
        parts.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar_w:.1f}" height="{h:.1f}" fill="#3366cc" '
                     f'data-date="{d["date"]}" data-count="{d["count"]}"><title>{d["date"]}: {d["count"]} {unit}</title></rect>')
        if i % 7 == 0:
            parts.append(f'<text x="{x + bar_w / 2:.1f}" y="{height - 6}" font-size="10" text-anchor="middle" '
                         f'fill="#667">{d["date"][5:]}</text>')
    parts.append("</svg>")
    return "".join(parts)
