"""The practice heatmap and streaks, from seeded Activity rows of any area."""

import re
from datetime import date, datetime, timedelta, timezone

from offerloop.plan import heatmap
from tests.plan.helpers import activity, submit

NOW = datetime(2026, 3, 12, 18, 0, tzinfo=timezone.utc)  # a Thursday


def at(days_ago: int, hour: int = 12) -> datetime:
    return (NOW - timedelta(days=days_ago)).replace(hour=hour)


def test_streaks_from_activity_rows(ol):
    # a 5-day run long ago, then 3 days up to yesterday (nothing yet today)
    activity(ol, *[at(d) for d in (40, 39, 38, 37, 36)], at(3), at(2), at(2, 20), at(1, 23))
    submit(ol, "two-sum", "accepted", at(1, 8))  # practice counts too, same day as a cards review
    info = ol.plans.activity(NOW)
    assert (info["current_streak"], info["longest_streak"]) == (3, 5)
    assert info["active_days"] == 8 and info["actions"] == 10
    # once today has activity the streak includes it; a gap breaks it
    activity(ol, at(0, 9))
    assert ol.plans.activity(NOW)["current_streak"] == 4
    assert ol.plans.activity(NOW + timedelta(days=2))["current_streak"] == 0


def test_svg_has_a_cell_per_day_of_the_last_52_weeks(ol):
    activity(ol, at(0, 1), at(0, 2), at(10))
    svg = ol.plans.activity(NOW)["svg"]
    assert svg.startswith("<svg") and svg.endswith("</svg>")
    cells = re.findall(r'data-date="([\d-]+)" data-count="(\d+)"', svg)
    first = date.fromisoformat(cells[0][0])
    assert first.weekday() == 0 and len(cells) == 51 * 7 + NOW.date().weekday() + 1
    assert cells[-1] == ("2026-03-12", "2")
    counts = dict(cells)
    assert counts["2026-03-02"] == "1" and counts["2026-03-03"] == "0"


def test_pure_streaks_and_shades():
    today = date(2026, 1, 10)
    assert heatmap.streaks([], today) == (0, 0)
    assert heatmap.streaks([today], today) == (1, 1)
    assert heatmap.streaks([today - timedelta(days=2)], today) == (0, 1)
    assert heatmap.grid_start(today).weekday() == 0
    svg = heatmap.svg({today: 9, today - timedelta(days=1): 1}, today)
    assert heatmap.SHADES[4] in svg and heatmap.SHADES[1] in svg
