"""The tracker's pure rules, without a database: pipeline, reminders, funnel, checklists, thank-you, CSV."""

from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

import pytest

from offerloop.errors import InvalidInput
from offerloop.tracker import checklists, csvio, pipeline, reminders, thankyou
from offerloop.tracker.times import parse_when

T0 = datetime(2026, 11, 2, 9, 0, tzinfo=timezone.utc)


@dataclass
class Ev:
    at: datetime
    kind: str
    to_stage: str | None = None
    from_stage: str | None = None


@dataclass
class Iv:
    starts_at: datetime
    round: str = "ml-coding"
    minutes: int = 60
    id: int = 1
    interviewers: list = field(default_factory=list)
    thank_you_sent_at: datetime | None = None
    deadline: datetime | None = None
    submitted_at: datetime | None = None


@dataclass
class App:
    id: int = 1
    company: str = "Acme"
    role: str = "ML Engineer"
    company_type: str = "mid-size"
    stage: str = "applied"
    applied_at: datetime = T0
    offer_deadline: datetime | None = None
    events: list = field(default_factory=list)
    interviews: list = field(default_factory=list)


def _moves(*steps):
    """App events from (stage, days after T0) pairs; the first is the creation."""
    events = [Ev(T0 + timedelta(days=steps[0][1]), "created", steps[0][0])]
    events += [Ev(T0 + timedelta(days=d), "moved", s) for s, d in steps[1:]]
    return events


# -- pipeline ---------------------------------------------------------------------------------

def test_unknown_stage_is_one_sentence_listing_the_valid_stages():
    with pytest.raises(InvalidInput) as err:
        pipeline.check_stage("interview", "startup")
    message = str(err.value)
    assert message.count(".") == 1 and message.endswith(".")
    for stage in pipeline.stages_for("startup"):
        assert stage in message


def test_stages_accept_the_users_spelling():
    assert pipeline.check_stage("Technical phone screen", "big-tech") == "phone-screen"
    assert pipeline.check_stage("onsite/virtual loop", "startup") == "onsite"
    assert pipeline.check_stage("Ghosted", "mid-size") == "ghosted"
    assert pipeline.check_round("ML system design") == "ml-system-design"
    assert pipeline.check_company_type("Research lab") == "research-lab"


def test_research_labs_have_a_research_presentation_and_others_do_not():
    assert "research-presentation" in pipeline.stages_for("research-lab")
    with pytest.raises(InvalidInput):
        pipeline.check_stage("research-presentation", "startup")
    assert "ml-theory" not in [r for r, _ in pipeline.LOOP_ROUNDS["startup"]]
    assert "paper-discussion" in [r for r, _ in pipeline.LOOP_ROUNDS["research-lab"]]
    assert len(pipeline.LOOP_ROUNDS["big-tech"]) > len(pipeline.LOOP_ROUNDS["mid-size"])


def test_funnel_counts_conversion_and_median_days_per_stage():
    apps = [
        App(id=1, stage="onsite", events=_moves(("applied", 0), ("recruiter-screen", 4), ("phone-screen", 10),
                                                ("onsite", 20))),
        App(id=2, stage="rejected", events=_moves(("applied", 0), ("recruiter-screen", 2), ("rejected", 8))),
        App(id=3, stage="applied", events=_moves(("applied", 0))),
        App(id=4, stage="offer", company_type="startup",
            events=_moves(("applied", 0), ("recruiter-screen", 6), ("onsite", 12), ("offer", 15))),
    ]
    f = {s["stage"]: s for s in pipeline.funnel(apps)["stages"]}
    assert f["applied"]["reached"] == 4 and f["applied"]["conversion"] == 0.75
    assert f["recruiter-screen"]["reached"] == 3
    # app 4 skipped the phone screen and take-home but went past them, so it counts as reached
    assert f["phone-screen"]["reached"] == 2 and f["take-home"]["reached"] == 2
    assert f["recruiter-screen"]["conversion"] == round(2 / 3, 3)
    assert f["applied"]["median_days"] == 4.0  # stays of 4, 2 and 6 days; app 3 is still applied
    assert f["recruiter-screen"]["median_days"] == 6.0  # 6, 6 and 6
    assert f["research-presentation"]["reached"] == 0  # no research lab applications
    assert f["offer"]["reached"] == 1 and f["offer"]["current"] == 1
    assert pipeline.funnel(apps)["closed"]["rejected"] == 1


# -- reminders -----------------------------------------------------------------------------------

def test_thank_you_due_exactly_24_hours_after_the_interview_ends():
    iv = Iv(starts_at=T0 + timedelta(days=3), minutes=45, interviewers=["Ana Ruiz"])
    app = App(events=_moves(("applied", 0)), interviews=[iv])
    end = iv.starts_at + timedelta(minutes=45)
    assert [r for r in reminders.compute([app], end - timedelta(minutes=1)) if r.kind == "thank-you"] == []
    found = [r for r in reminders.compute([app], end) if r.kind == "thank-you"]
    assert len(found) == 1
    assert found[0].due == end + timedelta(hours=24)
    assert "Ana Ruiz" in found[0].text and not found[0].overdue
    later = reminders.compute([app], end + timedelta(hours=25))
    assert [r for r in later if r.kind == "thank-you"][0].overdue
    iv.thank_you_sent_at = end + timedelta(hours=2)
    assert [r for r in reminders.compute([app], end + timedelta(hours=3)) if r.kind == "thank-you"] == []


def test_follow_up_after_the_silence_then_ghosted_later():
    app = App(stage="recruiter-screen", events=_moves(("applied", 0), ("recruiter-screen", 1)))
    last = T0 + timedelta(days=1)
    assert reminders.compute([app], last + timedelta(days=6, hours=23)) == []
    (r,) = reminders.compute([app], last + timedelta(days=7))
    assert r.kind == "follow-up" and r.due == last + timedelta(days=7)
    (r,) = reminders.compute([app], last + timedelta(days=4), follow_up_days=3)
    assert r.kind == "follow-up"
    (r,) = reminders.compute([app], last + timedelta(days=21))
    assert r.kind == "ghosted" and "ghosted" in r.text
    app.stage = "rejected"
    assert reminders.compute([app], last + timedelta(days=30)) == []


def test_an_upcoming_interview_is_not_silence():
    app = App(events=_moves(("applied", 0)), interviews=[Iv(starts_at=T0 + timedelta(days=30))])
    assert reminders.compute([app], T0 + timedelta(days=10)) == []


def test_take_home_and_offer_deadlines_until_done():
    due = T0 + timedelta(days=5)
    th = Iv(starts_at=T0 + timedelta(days=1), round="take-home", deadline=due, id=7)
    app = App(stage="take-home", events=_moves(("applied", 0), ("take-home", 1)), interviews=[th])
    kinds = {r.kind: r for r in reminders.compute([app], T0 + timedelta(days=2))}
    assert kinds["take-home-deadline"].due == due and kinds["take-home-deadline"].interview_id == 7
    assert "thank-you" not in kinds  # a take-home has no interviewer to thank
    th.submitted_at = T0 + timedelta(days=4)
    assert reminders.compute([app], T0 + timedelta(days=4, hours=1)) == []
    offer = App(id=2, stage="offer", offer_deadline=T0 + timedelta(days=9), events=_moves(("applied", 0), ("offer", 3)))
    (r,) = reminders.compute([offer], T0 + timedelta(days=30))
    assert r.kind == "offer-deadline" and r.overdue and r.application_id == 2


def test_reminders_need_an_aware_now():
    with pytest.raises(ValueError):
        reminders.compute([], datetime(2026, 1, 1))


# -- checklists, thank-you draft, times ----------------------------------------------------------

def test_checklist_has_the_four_moments_and_ticks_by_key():
    groups = [g for g, _, _ in checklists.CHECKLIST]
    assert groups == ["day-before", "morning-of", "during", "after"]
    done = checklists.tick([], "after.thank-you")
    done = checklists.tick(done, "day-before.resume")
    assert done == ["day-before.resume", "after.thank-you"]
    view = {g["group"]: g for g in checklists.view(done)}
    assert view["after"]["done"] == 1 and view["during"]["done"] == 0
    assert checklists.tick(done, "day-before.resume", False) == ["after.thank-you"]
    with pytest.raises(InvalidInput):
        checklists.tick(done, "day-before.nope")


def test_thank_you_draft_uses_the_interviews_own_details():
    text = thankyou.draft(company="Acme", role="ML Engineer", round="ml-system-design",
                          interviewers=["Ana Ruiz", "Bo Li"], topics=["feature stores", "ranking"],
                          questions=["How would you design a feed ranker?"])
    assert "Hi Ana and Bo," in text
    assert "ML system design" in text and "ML Engineer" in text and "Acme" in text
    assert "feature stores and ranking" in text
    assert "how would you design a feed ranker" in text
    assert thankyou.draft(company="X", role="R", round="culture-fit", interviewers=[]).count("Hello,") == 1


def test_times_keep_the_zone_the_user_gave():
    at, zone, guessed = parse_when("2026-12-01T10:00", "Europe/Amsterdam")
    assert at == datetime(2026, 12, 1, 9, 0, tzinfo=timezone.utc) and zone == "Europe/Amsterdam" and not guessed
    at, zone, guessed = parse_when("2026-07-01T10:00-04:00")
    assert at.hour == 14 and zone == "-04:00" and not guessed
    with pytest.raises(InvalidInput):
        parse_when("tomorrow at ten")
    with pytest.raises(InvalidInput):
        parse_when("2026-12-01T10:00", "Mars/Olympus")


# -- CSV --------------------------------------------------------------------------------------------

def test_csv_reports_bad_rows_by_number_and_unknown_columns():
    text = ("company,role,type,stage,applied_at,salary\n"
            "Acme,MLE,startup,applied,2026-10-01,1\n"
            "Beta,DS,big-tech,onsite,01/10/2026,2\n"
            "Gamma,MLE,space-agency,applied,2026-10-03,3\n"
            "Delta,MLE,mid-size,nowhere,2026-10-03,3\n"
            ",MLE,mid-size,applied,2026-10-03,3\n")
    report = csvio.parse(text, T0)
    assert [n for n, _ in report.rows] == [2]
    assert [n for n, _ in report.errors] == [3, 4, 5, 6]
    assert "01/10/2026" in report.errors[0][1]
    assert report.unknown_columns == ["salary"]


def test_csv_without_required_columns_is_refused():
    with pytest.raises(InvalidInput, match="type"):
        csvio.parse("company,role\nAcme,MLE\n", T0)
    with pytest.raises(InvalidInput, match="empty"):
        csvio.parse("", T0)


def test_thank_you_draft_says_when_the_interview_was():
    from datetime import date

    assert thankyou.when_phrase(date(2026, 11, 2), date(2026, 11, 2)) == "today"
    assert thankyou.when_phrase(date(2026, 11, 2), date(2026, 11, 3)) == "yesterday"
    assert thankyou.when_phrase(date(2026, 11, 2), date(2026, 11, 5)) == "on Monday 2 November"
    text = thankyou.draft(company="A", role="R", round="recruiter", interviewers=["Kim"], when="yesterday")
    assert "making time yesterday" in text
