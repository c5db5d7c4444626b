"""The practice heatmap (a contribution graph of the last 52 weeks) and streaks, from Activity times.

Days are UTC calendar days: offerloop stores no time zone for the user, and UTC keeps the graph the
same on the laptop and a hosted install. The current streak counts back from today, or from
yesterday when nothing has been done yet today (a streak is not broken until the day is over).
Pure functions; the SVG is drawn here so the page needs no script.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime, timedelta, timezone
from html import escape
from typing import Iterable, Mapping

WEEKS = 52
CELL, GAP = 11, 3
LEFT, TOP = 28, 16
# Five shades, empty to busiest (GitHub-like greens, readable on the light theme).
SHADES = ("#ebedf0", "#9be9a8", "#40c463", "#30a14e", "#216e39")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def day_counts(times: Iterable[datetime]) -> Counter:
    """How many things were done on each UTC day."""
    return Counter(t.astimezone(timezone.utc).date() for t in times)


def streaks(days: Iterable[date], today: date) -> tuple[int, int]:
    """(current, longest) runs of consecutive active days."""
    active = set(days)
    longest = run = 0
    prev: date | None = None
    for d in sorted(active):
        run = run + 1 if prev is not None and d - prev == timedelta(days=1) else 1
        longest = max(longest, run)
        prev = d
    cursor = today if today in active else today - timedelta(days=1)
    current = 0
    while cursor in active:
        current += 1
        cursor -= timedelta(days=1)
    return current, longest


def grid_start(today: date, weeks: int = WEEKS) -> date:
    """The Monday that starts the first column, so the last column is the week holding today."""
    return today - timedelta(days=today.weekday()) - timedelta(weeks=weeks - 1)


def _shade(n: int, top: int) -> str:
    if n <= 0:
        return SHADES[0]
    if top <= 4:
        return SHADES[min(n, 4)]
    return SHADES[min(4, 1 + (n - 1) * 4 // top)]


def svg(counts: Mapping[date, int], today: date, weeks: int = WEEKS) -> str:
    """SVG markup: one column per week (Monday at the top), one square per day up to today."""
    start = grid_start(today, weeks)
    window = {d: n for d, n in counts.items() if start <= d <= today}
    top = max(window.values(), default=0)
    width = LEFT + weeks * (CELL + GAP)
    height = TOP + 7 * (CELL + GAP)
    total = sum(window.values())
    active = sum(1 for n in window.values() if n > 0)
    label = f"Practice activity, last {weeks} weeks: {total} actions on {active} days"
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" class="heatmap" viewBox="0 0 {width} {height}" '
             f'width="{width}" height="{height}" role="img" aria-label="{escape(label)}">',
             f"<title>{escape(label)}</title>"]
    for row, name in ((0, "Mon"), (2, "Wed"), (4, "Fri")):
        parts.append(f'<text x="0" y="{TOP + row * (CELL + GAP) + CELL - 1}" font-size="9" fill="#57606a">{name}</text>')
    last_month = None
    for week in range(weeks):
        monday = start + timedelta(weeks=week)
        x = LEFT + week * (CELL + GAP)
        if monday.month != last_month:
            if week < weeks - 2:  # no label squeezed against the right edge
                parts.append(f'<text x="{x}" y="10" font-size="9" fill="#57606a">{MONTHS[monday.month - 1]}</text>')
            last_month = monday.month
        for row in range(7):
            d = monday + timedelta(days=row)
            if d > today:
                break
            n = window.get(d, 0)
            what = f"{n} action{'s' if n != 1 else ''} on {d.isoformat()}" if n else f"nothing on {d.isoformat()}"
            parts.append(f'<rect x="{x}" y="{TOP + row * (CELL + GAP)}" width="{CELL}" height="{CELL}" rx="2" '
                         f'fill="{_shade(n, top)}" data-date="{d.isoformat()}" data-count="{n}"><title>{what}</title></rect>')
    parts.append("</svg>")
    return "".join(parts)
