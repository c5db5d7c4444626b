"""ApplicationManager on real SQLite and PostgreSQL: timeline, interviews, notes, calendar, CSV."""

from datetime import datetime, timedelta, timezone

import pytest
import sqlalchemy as sa

from offerloop.app import Offerloop
from offerloop.errors import InvalidInput, NotFound
from offerloop.store.base import Activity

T0 = datetime(2026, 11, 2, 9, 0, tzinfo=timezone.utc)


def _app(ol, **kw):
    args = {"company": "Acme", "role": "ML Engineer", "company_type": "startup"} | kw
    return ol.applications.add(args.pop("company"), args.pop("role"), args.pop("company_type"), now=T0, **args)


def test_every_move_is_on_the_timeline_with_its_time(ol):
    a = _app(ol)
    ol.applications.move(a["id"], "recruiter screen", now=T0 + timedelta(days=3))
    moved = ol.applications.move(a["id"], "phone-screen", note="Went well", now=T0 + timedelta(days=9))
    assert moved["stage"] == "phone-screen"
    moves = [(e["from_stage"], e["to_stage"], e["at"], e["text"]) for e in moved["timeline"] if e["kind"] == "moved"]
    assert moves == [("applied", "recruiter-screen", (T0 + timedelta(days=3)).isoformat(), ""),
                     ("recruiter-screen", "phone-screen", (T0 + timedelta(days=9)).isoformat(), "Went well")]
    with ol.session() as s:
        kinds = s.scalars(sa.select(Activity.kind).where(Activity.area == "tracker")).all()
    assert kinds.count("application-moved") == 2 and "application-added" in kinds


def test_moving_to_an_unknown_stage_changes_nothing(ol):
    a = _app(ol, company_type="research-lab")
    with pytest.raises(InvalidInput, match="research-presentation"):
        ol.applications.move(a["id"], "take-home")
    got = ol.applications.get(a["id"])
    assert got["stage"] == "applied" and len(got["timeline"]) == 1
    with pytest.raises(NotFound):
        ol.applications.move(999, "offer")


def test_interview_keeps_utc_and_the_users_zone_and_warns_when_past(ol):
    a = _app(ol)
    iv = ol.applications.add_interview(a["id"], "ML coding", "2026-12-01T10:00", tz="Europe/Amsterdam",
                                       interviewers=["Ana Ruiz"], now=T0)
    assert iv["starts_at"] == "2026-12-01T09:00:00+00:00" and iv["tz"] == "Europe/Amsterdam"
    assert iv["local_start"].startswith("2026-12-01T10:00") and iv["warnings"] == []
    past = ol.applications.add_interview(a["id"], "recruiter", "2026-10-30T15:00-04:00", now=T0)
    assert past["tz"] == "-04:00" and past["starts_at"] == "2026-10-30T19:00:00+00:00"
    assert len(past["warnings"]) == 1 and "past" in past["warnings"][0]
    with pytest.raises(InvalidInput):
        ol.applications.add_interview(a["id"], "lunch", "2026-12-01T10:00Z", now=T0)


def test_thank_you_reminder_due_24h_after_the_interview_ends_until_sent(ol):
    a = _app(ol)
    iv = ol.applications.add_interview(a["id"], "behavioral", "2026-11-10T14:00+00:00", minutes=45,
                                       interviewers=["Bo Li"], now=T0)
    end = datetime(2026, 11, 10, 14, 45, tzinfo=timezone.utc)
    assert [r for r in ol.applications.reminders(end - timedelta(seconds=1)) if r["kind"] == "thank-you"] == []
    (r,) = [r for r in ol.applications.reminders(end) if r["kind"] == "thank-you"]
    assert r["due"] == (end + timedelta(hours=24)).isoformat()
    assert r["application_id"] == a["id"] and "Bo Li" in r["text"]
    ol.applications.mark_thank_you_sent(iv["id"], now=end + timedelta(hours=3))
    assert [r for r in ol.applications.reminders(end + timedelta(hours=4)) if r["kind"] == "thank-you"] == []


def test_follow_up_silence_is_configurable_per_user(ol):
    a = _app(ol)
    ol.applications.move(a["id"], "recruiter-screen", now=T0)
    assert ol.applications.reminders(T0 + timedelta(days=5)) == []
    ol.applications.set_prefs(follow_up_days=4)
    (r,) = ol.applications.reminders(T0 + timedelta(days=5))
    assert r["kind"] == "follow-up" and r["due"] == (T0 + timedelta(days=4)).isoformat()
    (r,) = ol.applications.reminders(T0 + timedelta(days=22))
    assert r["kind"] == "ghosted"
    with pytest.raises(InvalidInput):
        ol.applications.set_prefs(ghost_days=3)


def test_thank_you_draft_is_written_from_the_interview_then_edited(ol):
    a = _app(ol, company="Nimbus", role="Applied Scientist")
    iv = ol.applications.add_interview(a["id"], "ml-system-design", "2026-11-10T14:00Z",
                                       interviewers=["Carla Diaz"], now=T0)
    ol.applications.add_question(iv["id"], "Design a fraud detector", topic="class imbalance")
    note = ol.applications.thank_you(iv["id"])
    assert "Hi Carla," in note["text"] and "Nimbus" in note["text"] and "class imbalance" in note["text"]
    assert not note["edited"]
    ol.applications.save_thank_you(iv["id"], "Thanks, Carla!")
    assert ol.applications.thank_you(iv["id"])["text"] == "Thanks, Carla!"
    assert "Hi Carla," in ol.applications.reset_thank_you(iv["id"])["text"]


def test_checklist_ticks_are_per_interview(ol):
    a = _app(ol)
    one = ol.applications.add_interview(a["id"], "recruiter", "2026-11-10T14:00Z", now=T0)
    two = ol.applications.add_interview(a["id"], "ml-coding", "2026-11-12T14:00Z", now=T0)
    ol.applications.tick(one["id"], "day-before.resume")
    assert ol.applications.checklist(one["id"])[0]["done"] == 1
    assert ol.applications.checklist(two["id"])[0]["done"] == 0


def test_red_flags_are_logged_per_company_in_four_groups(ol):
    a = _app(ol)
    ol.applications.add_flag(group="offer", application_id=a["id"], preset="pressure", note="24 hours to decide")
    ol.applications.add_flag(group="process", company="ACME", text="Three reschedules")
    ol.applications.add_flag(group="company", company="Other Co", preset="first-ml-hire")
    flags = ol.applications.flags("acme")
    assert [f["group"] for f in flags] == ["offer", "process"]
    assert flags[0]["text"].startswith("Pressure to accept")
    assert len(ol.applications.get(a["id"])["red_flags"]) == 2
    with pytest.raises(InvalidInput):
        ol.applications.add_flag(group="weather", company="Acme", text="rain")
    with pytest.raises(InvalidInput):
        ol.applications.add_flag(group="role", company="Acme", preset="pressure")


def test_a_question_becomes_a_personal_flashcard(ol):
    a = _app(ol)
    iv = ol.applications.add_interview(a["id"], "ml-theory", "2026-11-10T14:00Z", now=T0)
    q = ol.applications.add_question(iv["id"], "Explain the difference between L1 and L2 regularization",
                                     answer="L1 gives sparsity", topic="regularization")
    made = ol.applications.question_to_card(q["id"])
    assert made["card_slug"].startswith("own-")
    assert ol.applications.get_interview(iv["id"])["questions"][0]["card_slug"] == made["card_slug"]
    card = ol.cards.item(made["card_slug"])
    assert card.own and card.answer == "L1 gives sparsity" and card.topic == "regularization"
    assert "ML theory interview at Acme" in card.source


def test_ics_parses_back_with_icalendar_and_keeps_zones(ol):
    from icalendar import Calendar

    a = _app(ol, company="Zeta")
    ol.applications.add_interview(a["id"], "ml-coding", "2026-12-01T10:00", tz="Europe/Amsterdam", now=T0)
    ol.applications.add_interview(a["id"], "recruiter", "2026-11-20T09:00-05:00", minutes=30, now=T0)
    ol.applications.add_interview(a["id"], "take-home", "2026-11-21T09:00Z", deadline="2026-11-25T17:00Z", now=T0)
    ol.applications.move(a["id"], "offer", now=T0)
    ol.applications.update(a["id"], offer_deadline="2026-12-10T17:00Z")
    first = ol.applications.ics(now=T0)
    cal = Calendar.from_ical(first)
    events = cal.walk("VEVENT")
    assert len(events) == 5  # three interviews, a take-home deadline, an offer deadline
    coding = [e for e in events if "ML coding" in str(e["SUMMARY"])][0]
    assert coding.decoded("DTSTART") == datetime(2026, 12, 1, 9, 0, tzinfo=timezone.utc)
    assert str(coding.decoded("DTSTART").tzinfo) == "Europe/Amsterdam"
    assert [tz["TZID"] for tz in cal.walk("VTIMEZONE")] == ["Europe/Amsterdam"]
    recruiter = [e for e in events if "Recruiter" in str(e["SUMMARY"])][0]
    assert recruiter.decoded("DTEND") - recruiter.decoded("DTSTART") == timedelta(minutes=30)
    assert any("Offer deadline" in str(e["SUMMARY"]) for e in events)
    assert ol.applications.ics(now=T0) == first  # stable UIDs and stamps: the same file again
    assert len({str(e["UID"]) for e in events}) == 5


def _fields(apps):
    keys = ("company", "role", "type", "stage", "source", "link", "applied_at", "stage_changed_at", "offer_deadline")
    return sorted(tuple(a[k] for k in keys) for a in apps)


def test_csv_export_then_import_into_a_fresh_store_gives_the_same_applications(ol, settings_for, tmp_path):
    a = _app(ol, source="referral", link="https://example.org/job/1", job_description="Build rankers, say \"hi\"")
    ol.applications.move(a["id"], "offer", now=T0 + timedelta(days=20))
    ol.applications.update(a["id"], offer_deadline="2026-12-10T17:00Z")
    _app(ol, company="Beta, Inc.", role="Data Scientist", company_type="research-lab")
    path = tmp_path / "apps.csv"
    assert ol.applications.export_csv(path) == 2
    other = Offerloop(settings_for("sqlite", name="fresh"))
    report = other.applications.check_csv(path.read_text())
    assert report.errors == [] and report.unknown_columns == []
    other.applications.import_rows(report)
    assert _fields(other.applications.list()) == _fields(ol.applications.list())
    imported = [x for x in other.applications.list() if x["company"] == "Acme"][0]
    assert other.applications.get(imported["id"])["job_description"] == 'Build rankers, say "hi"'
    other.close()


BAD_CSV = ("company,role,type,applied_at,recruiter\n"
           "Acme,MLE,startup,2026-10-01,Dana\n"
           "Beta,DS,big-tech,31/12/2026,Eli\n"
           "Gamma,MLE,mid-size,2026-10-03,\n")


def test_strict_csv_import_imports_nothing_when_a_row_is_bad(ol):
    report = ol.applications.check_csv(BAD_CSV)
    assert report.errors[0][0] == 3 and "31/12/2026" in report.errors[0][1]
    assert report.unknown_columns == ["recruiter"]
    with pytest.raises(InvalidInput, match="row 3"):
        ol.applications.import_rows(report, strict=True)
    assert ol.applications.list() == []
    ids = ol.applications.import_rows(report)
    assert sorted(a["company"] for a in ol.applications.list()) == ["Acme", "Gamma"] and len(ids) == 2


def test_delete_removes_the_application_and_its_interviews(ol):
    a = _app(ol)
    iv = ol.applications.add_interview(a["id"], "recruiter", "2026-11-10T14:00Z", now=T0)
    ol.applications.delete(a["id"])
    with pytest.raises(NotFound):
        ol.applications.get_interview(iv["id"])
    assert ol.applications.list() == []


def test_rescheduling_moves_the_interview_and_its_thank_you_reminder(ol):
    a = _app(ol)
    iv = ol.applications.add_interview(a["id"], "ml-coding", "2026-11-10T14:00Z", now=T0)
    moved = ol.applications.update_interview(iv["id"], at="2026-11-12T10:00", tz="Asia/Tokyo", now=T0)
    assert moved["starts_at"] == "2026-11-12T01:00:00+00:00" and moved["tz"] == "Asia/Tokyo"
    assert moved["warnings"] == []
    assert "rescheduled" in [e["kind"] for e in ol.applications.get(a["id"])["timeline"]]
    (r,) = [r for r in ol.applications.reminders(datetime(2026, 11, 12, 2, tzinfo=timezone.utc))
            if r["kind"] == "thank-you"]
    assert r["due"] == "2026-11-13T02:00:00+00:00"
    with pytest.raises(InvalidInput):
        ol.applications.update_interview(iv["id"], deadline="2026-11-20T10:00Z")


def test_upcoming_interviews_and_next_interview_for_the_plan(ol):
    a = _app(ol)
    b = _app(ol, company="Closed Co")
    ol.applications.add_interview(a["id"], "recruiter", "2026-11-01T10:00Z", now=T0)  # before T0
    soon = ol.applications.add_interview(a["id"], "ml-coding", "2026-11-05T10:00Z", now=T0)
    ol.applications.add_interview(a["id"], "behavioral", "2026-12-20T10:00Z", now=T0)
    ol.applications.add_interview(b["id"], "ml-theory", "2026-11-06T10:00Z", now=T0)
    ol.applications.move(b["id"], "withdrawn", now=T0)
    coming = ol.applications.upcoming_interviews(T0)
    assert [(i["company"], i["round"]) for i in coming] == [("Acme", "ml-coding"), ("Acme", "behavioral")]
    assert [i["round"] for i in ol.applications.upcoming_interviews(T0, days=7)] == ["ml-coding"]
    listed = {x["company"]: x for x in ol.applications.list(now=T0)}
    assert listed["Acme"]["next_interview"]["id"] == soon["id"]


def test_the_generic_export_carries_every_tracker_table(ol, settings_for):
    from offerloop.store.transfer import export_data, import_data

    a = _app(ol)
    iv = ol.applications.add_interview(a["id"], "ml-coding", "2026-11-10T14:00Z", interviewers=["Ana"], now=T0)
    ol.applications.add_question(iv["id"], "Implement softmax", topic="deep-learning")
    ol.applications.tick(iv["id"], "after.reflect")
    ol.applications.add_flag(group="role", application_id=a["id"], text="Vague scope")
    ol.applications.add_contact(a["id"], "Dana")
    other = Offerloop(settings_for("sqlite", name="copy"))
    import_data(other, export_data(ol))
    (copy,) = other.applications.list()
    detail = other.applications.get(copy["id"])
    assert detail["interviews"][0]["questions"][0]["text"] == "Implement softmax"
    assert detail["interviews"][0]["checklist_done"] == ["after.reflect"]
    assert detail["interviews"][0]["interviewers"] == ["Ana"]
    assert detail["red_flags"][0]["application_id"] == copy["id"]
    assert [c["name"] for c in detail["contacts"]] == ["Dana"]
    assert other.applications.ics(now=T0) == ol.applications.ics(now=T0)  # same UIDs after the move
    other.close()


def test_a_closed_applications_future_interviews_leave_the_calendar(ol):
    from icalendar import Calendar

    a = _app(ol)
    ol.applications.add_interview(a["id"], "recruiter", "2026-11-01T10:00Z", now=T0)
    ol.applications.add_interview(a["id"], "ml-coding", "2026-11-20T10:00Z", now=T0)
    assert len(Calendar.from_ical(ol.applications.ics(now=T0)).walk("VEVENT")) == 2
    ol.applications.move(a["id"], "withdrawn", now=T0)
    (left,) = Calendar.from_ical(ol.applications.ics(now=T0)).walk("VEVENT")
    assert "Recruiter" in str(left["SUMMARY"])


def test_an_application_date_in_the_future_is_refused(ol):
    with pytest.raises(InvalidInput, match="future"):
        _app(ol, applied_at=T0 + timedelta(days=30))
    assert ol.applications.list() == []
