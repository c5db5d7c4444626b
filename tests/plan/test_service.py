"""The plan through the manager and the real CLI: 42 days, skipping solved, re-planning, .ics."""

import json
from collections import Counter
from datetime import date, datetime, timedelta, timezone

from icalendar import Calendar

from offerloop.store.base import utcnow
from tests.plan.helpers import submit

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)


def test_cli_plan_coding_prints_the_42_days(ol, cli):
    submit(ol, "two-sum", "accepted", utcnow() - timedelta(days=3))
    submit(ol, "valid-anagram", "wrong_answer", utcnow() - timedelta(days=2))
    start = (utcnow().date() + timedelta(days=1)).isoformat()
    result = cli("plan", "coding", "--weeks", "6", "--start", start, "--json")
    assert result.exit_code == 0, result.output
    days = json.loads(result.stdout)
    assert len(days) == 42 and all(set(d) == {"date", "kind", "problems"} for d in days)
    assert [d["date"] for d in days] == [(date.fromisoformat(start) + timedelta(days=i)).isoformat() for i in range(42)]
    kinds = Counter(d["kind"] for d in days)
    assert kinds["easy"] == 14 and kinds["medium"] == 14 and kinds["hard"] == 3 and kinds["mock"] == 2
    new = [p for d in days if d["kind"] in ("easy", "medium", "hard", "mock") for p in d["problems"]]
    assert "two-sum" not in new and "valid-anagram" not in new
    reviews = [p for d in days[35:] if d["kind"] == "review" for p in d["problems"]]
    assert reviews[:2] == ["valid-anagram", "two-sum"]  # missed first, then oldest solved
    bank = {p["slug"]: p["difficulty"] for t in ("algo", "ml", "data") for p in ol.problems.list(track=t)}
    assert all(bank[p] == "easy" for d in days[:14] for p in d["problems"])
    assert all(bank[p] == "medium" for d in days[14:28] for p in d["problems"])
    assert sum(bank[p] == "hard" for d in days if d["kind"] == "hard" for p in d["problems"]) == 3
    stored = ol.plans.current(replan=False)
    assert ol.plans.public_days(stored) == days


def test_cli_refuses_a_past_start_and_keeps_the_plan(ol, cli):
    assert cli("plan", "coding", "--weeks", "6", "--json").exit_code == 0  # today is allowed
    before = ol.plans.current(replan=False)["days"]
    result = cli("plan", "coding", "--start", "2020-01-01")  # a bad input is reported before any question
    assert result.exit_code == 2 and "in the past" in result.output
    assert cli("plan", "coding", "--weeks", "0").exit_code == 2
    assert cli("plan", "coding", "--start", "tomorrow").exit_code == 2
    assert ol.plans.current(replan=False)["days"] == before


def test_missed_days_are_replanned_when_the_plan_is_shown(ol):
    plan = ol.plans.build_coding(weeks=6, start=NOW.date(), now=NOW)
    day1, day2 = plan["days"][0]["problems"], plan["days"][1]["problems"]
    for slug in day1:
        submit(ol, slug, "accepted", NOW + timedelta(hours=2))
    later = NOW + timedelta(days=2)  # day 2 was missed
    shown = ol.plans.current(later)
    assert shown["moved_days"] == 1 and len(shown["days"]) == 43
    assert shown["days"][0]["done"] is True
    assert shown["days"][1]["kind"] == "missed" and shown["days"][1]["done"] is False
    assert shown["days"][2]["date"] == later.date().isoformat() and shown["days"][2]["problems"] == day2
    assert shown["days"][3]["problems"] == plan["days"][2]["problems"]
    assert ol.plans.current(later)["moved_days"] == 0  # stored: not moved twice


def test_ics_export_parses_back(ol, cli, tmp_path):
    plan = ol.plans.build_coding(weeks=6, now=utcnow())
    target = tmp_path / "plan.ics"
    result = cli("plan", "export-ics", str(target))
    assert result.exit_code == 0, result.output
    cal = Calendar.from_ical(target.read_bytes())
    events = list(cal.walk("VEVENT"))
    working = [d for d in plan["days"] if d["kind"] != "rest" and d["problems"]]
    assert len(events) == len(working)
    first = events[0]
    assert first.decoded("dtstart") == date.fromisoformat(working[0]["date"])  # a date: all day
    assert not isinstance(first.decoded("dtstart"), datetime)
    assert first.decoded("dtend") - first.decoded("dtstart") == timedelta(days=1)
    title = ol.content.problem(working[0]["problems"][0]).meta.title
    assert title in str(first.get("summary"))
    assert len({str(e.get("uid")) for e in events}) == len(events)


def test_review_commands(ol, cli):
    submit(ol, "two-sum", "accepted", utcnow() - timedelta(days=30))
    due = json.loads(cli("problems", "due", "--json").stdout)
    assert [r["slug"] for r in due] == ["two-sum"]
    result = cli("problems", "review", "two-sum", "--rating", "good", "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["rating"] == "good"
    assert json.loads(cli("problems", "due", "--json").stdout) == []
    bad = cli("problems", "review", "two-sum", "--rating", "meh")
    assert bad.exit_code == 2 and "not one of again" in bad.output


def test_until_interview_fits_the_plan_to_the_next_interview(settings_for):
    # SQLite only: tests/store/test_roundtrip_all_areas.py expects application id 1 on PostgreSQL,
    # whose sequences survive the per-test wipe (reported to the lead).
    import pytest

    from offerloop.app import Offerloop
    from offerloop.errors import InvalidInput

    ol = Offerloop(settings_for("sqlite"))

    with pytest.raises(InvalidInput, match="no upcoming interview"):
        ol.plans.build_coding(until_interview=True, now=NOW)
    a = ol.applications.add("Acme", "ML engineer", "big-tech", now=NOW)
    ol.applications.add_interview(a["id"], "ML coding", "2026-03-30T10:00", tz="Europe/Amsterdam", now=NOW)
    plan = ol.plans.build_coding(until_interview=True, start=NOW.date(), now=NOW)
    assert plan["interview_on"] == "2026-03-30"
    assert len(plan["days"]) == 28 and plan["days"][-1]["date"] == "2026-03-29"
    kinds = Counter(d["kind"] for d in plan["days"])
    assert kinds["easy"] == 9 and kinds["medium"] == 9 and kinds["hard"] == 2  # 28 days: 9, 9, 5, 5
    assert "2026-03-30" in plan["note"]
    with pytest.raises(InvalidInput, match="at least 4"):
        ol.plans.build_coding(until_interview=True, start=date(2026, 3, 28), now=NOW)
    ol.close()
