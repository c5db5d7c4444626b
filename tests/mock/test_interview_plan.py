"""The plan to interview day: pure building and re-planning with a fixed `today`, then the manager and CLI."""

import json
from datetime import date, datetime, timedelta, timezone

import pytest

from offerloop.errors import InvalidInput
from offerloop.plan import interview
from offerloop.store.base import Activity

TODAY = date(2026, 12, 1)
LEVELS = {"algorithms": 3, "ml-coding": 2, "theory": 1, "system-design": 2, "behavioral": 4, "resume": 3,
          "take-home": 3}


def test_time_follows_the_readiness_gaps_and_mocks_come_before_the_day():
    days = interview.build(TODAY, TODAY + timedelta(days=14), LEVELS, weak_topic="mlops")
    assert len(days) == 14 and days[0].date == TODAY and days[-1].date == TODAY + timedelta(days=13)
    assert days[-1].kind == "light"
    assert [d.date for d in days if d.kind == "mock"] == [TODAY + timedelta(days=7), TODAY + timedelta(days=11)]
    tot = interview.totals([d.to_dict() for d in days])
    # gap 3 > gap 2 > gap 1 > level 4 (maintenance only)
    assert tot["theory"] > tot["ml-coding"] > tot["algorithms"]
    assert tot["ml-coding"] == tot["system-design"] and tot["algorithms"] == tot["resume"]
    assert tot.get("behavioral", 0) < tot["algorithms"] + 40  # maintenance plus the last day's rehearsal
    assert all(d.to_dict()["minutes"] <= interview.DAILY_MINUTES for d in days if d.kind == "work")
    theory = next(t for d in days for t in d.tasks if t.area == "theory")
    assert "mlops" in theory.what and theory.link == "/cards/review"


def test_the_coding_plan_is_one_part_on_its_own_dates():
    coding = {"2026-12-02": ["two-sum", "valid-anagram"]}
    days = interview.build(TODAY, TODAY + timedelta(days=6), LEVELS, coding_days=coding)
    day2 = days[1].to_dict()
    algo = [t for t in day2["tasks"] if t["area"] == "algorithms"]
    assert algo == [{"area": "algorithms", "what": "Coding plan: two-sum, valid-anagram", "minutes": 60, "link": "/plan"}]


def test_dates_in_the_past_or_today_are_refused():
    with pytest.raises(InvalidInput, match="in the past"):
        interview.build(TODAY, TODAY - timedelta(days=1), LEVELS)
    with pytest.raises(InvalidInput, match="interview is today"):
        interview.build(TODAY, TODAY, LEVELS)


def test_a_missed_day_re_plans_the_rest_from_today():
    days = [d.to_dict() for d in interview.build(TODAY, TODAY + timedelta(days=10), LEVELS)]
    today = TODAY + timedelta(days=2)
    done = {"2026-12-01": {"practice", "cards", "design", "stories", "resume", "takehome"}}  # day 2 missed
    rebuilt = []

    def rebuild(day):
        rebuilt.append(day)
        return interview.build(day, TODAY + timedelta(days=10), LEVELS)

    new, missed = interview.replan(days, done, today, rebuild)
    assert missed == ["2026-12-02"] and rebuilt == [today]
    assert [d["date"] for d in new][:3] == ["2026-12-01", "2026-12-02", "2026-12-03"]
    assert new[1]["missed"] is True and new[0]["missed"] is False
    assert len(new) == 10
    same, none = interview.replan(days, {"2026-12-01": {"practice", "cards", "design", "stories", "resume", "takehome"},
                                         "2026-12-02": {"practice", "cards", "design", "stories", "resume", "takehome"}},
                                  today, rebuild)
    assert none == [] and same == days


NOW = datetime(2026, 12, 1, 9, 0, tzinfo=timezone.utc)


def test_manager_plans_to_an_application_and_refuses_one_without_a_date(ol):
    app = ol.applications.add("Acme", "ML engineer", "startup", now=NOW)
    with pytest.raises(InvalidInput, match="no upcoming interview date"):
        ol.plans.interview.build(application_id=app["id"], now=NOW)
    assert ol.plans.interview.current(NOW) is None  # nothing stored
    ol.applications.add_interview(app["id"], "ml-coding", "2026-12-11T15:00:00+00:00", now=NOW)
    plan = ol.plans.interview.build(application_id=app["id"], now=NOW)
    assert plan["interview_on"] == "2026-12-11" and len(plan["days"]) == 10 and plan["days"][0]["today"]
    assert "Acme" in plan["note"] and any(d["kind"] == "mock" for d in plan["days"])
    # two days later with nothing done: re-planned from today, the missed days kept and marked
    later = NOW + timedelta(days=2)
    again = ol.plans.interview.current(later)
    assert again["missed_days"] == ["2026-12-01", "2026-12-02"] and again["replans"] == 1
    assert [d["date"] for d in again["days"] if d["today"]] == ["2026-12-03"]
    assert ol.plans.interview.current(later)["replans"] == 1  # shown again: not re-planned twice
    ics = ol.plans.interview.export_ics(later).decode()
    assert ics.count("BEGIN:VEVENT") == 10 and "interview-plan-" in ics


def test_cli_plan_interview_by_date_and_bad_input(cli, ol):
    past = cli("plan", "interview", "--date", "2020-01-01")
    assert past.exit_code == 2 and "in the past" in past.output
    both = cli("plan", "interview")
    assert both.exit_code == 2 and "either an application" in both.output
    on = (datetime.now(timezone.utc) + timedelta(days=8)).date().isoformat()
    out = cli("plan", "interview", "--date", on, "--json")
    assert out.exit_code == 0, out.output
    plan = json.loads(out.stdout)
    assert plan["interview_on"] == on and len(plan["days"]) == 8
    assert {t["area"] for d in plan["days"] for t in d["tasks"]} >= {"algorithms", "theory", "behavioral", "mock"}
    shown = cli("plan", "interview", "--show")
    assert shown.exit_code == 0 and "Plan to your interview" in shown.stdout
    # the coding plan is unchanged by all this
    assert cli("plan", "show").exit_code == 2
