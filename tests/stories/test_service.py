from datetime import datetime, timezone

import pytest
from sqlalchemy import select

from offerloop.errors import InvalidInput, NotFound
from offerloop.store.base import Activity
from offerloop.stories.models import Story

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)


def _bank_uuid(ol, category: str) -> str:
    return next(str(q.uuid) for q in ol.content.questions if category in q.categories)


def test_the_question_bank_has_at_least_40_questions_in_every_category(ol):
    bank = ol.stories.questions()
    assert len(bank) >= 40 and not ol.content.issues
    for cat in ("leadership", "conflict", "challenges", "success", "failure"):
        assert len(ol.stories.questions(cat)) >= 8


def test_a_story_is_written_tagged_linked_and_recorded_as_activity(ol):
    q = _bank_uuid(ol, "conflict")
    story = ol.stories.add("Disagreed with my lead", situation="At Acme we had two weeks to ship ranking.",
                           task="I had to pick a model.", action="I proposed a one-day bake-off.",
                           result="We shipped on time.", categories=["conflict", "Conflict"],
                           tags=["ranking, startup", "Ranking"], questions=[q[:8]], now=NOW)
    assert story["categories"] == ["conflict"] and story["tags"] == ["ranking", "startup"]
    assert story["question_uuids"] == [q] and story["form"] == "labelled"
    assert story["feedback"]["result"] and not story["feedback"]["quantified_result"]
    assert story["next_edit"].startswith("The result is not quantified")
    shown = ol.stories.get(story["id"])
    assert [x["uuid"] for x in shown["questions"]] == [q]
    listed = next(x for x in ol.stories.questions("conflict") if x["uuid"] == q)
    assert listed["stories"] == [{"id": story["id"], "title": "Disagreed with my lead"}]
    with ol.session() as s:
        acts = list(s.scalars(select(Activity).where(Activity.area == "stories")))
    assert [(a.kind, a.subject, a.at) for a in acts] == [("story-written", "Disagreed with my lead", NOW)]


def test_labels_typed_into_the_free_text_become_the_four_parts(ol):
    story = ol.stories.add("ETL", text="Situation: nightly ETL took 9 hours.\nTask: I had to halve it.\n"
                                       "Action: I partitioned the joins.\nResult: it runs in 2 hours.")
    assert story["form"] == "labelled" and story["text"] == "" and story["result"] == "it runs in 2 hours."
    free = ol.stories.add("Free", text="When I joined, deployments took two weeks and nobody owned them.")
    assert free["form"] == "free" and free["feedback"]["missing"][-1] == "result"


def test_editing_changes_only_what_is_given_and_can_switch_form(ol):
    story = ol.stories.add("Launch", situation="S", task="T", action="I built it.", result="It worked.",
                           categories=["success"], tags=["ml"])
    edited = ol.stories.update(story["id"], result="Sign-ups rose by 12%.", tags=[])
    assert edited["situation"] == "S" and edited["result"] == "Sign-ups rose by 12%." and edited["tags"] == []
    assert edited["categories"] == ["success"] and edited["quantified_result"]
    free = ol.stories.update(story["id"], text="One paragraph now. I built it and churn fell 3%.")
    assert free["form"] == "free" and free["situation"] == "" and free["text"].startswith("One paragraph")
    back = ol.stories.update(story["id"], action="I rebuilt it.")
    assert back["form"] == "labelled" and back["text"] == "" and back["action"] == "I rebuilt it."
    with pytest.raises(InvalidInput, match="empty"):
        ol.stories.update(story["id"], text="   ")
    assert ol.stories.get(story["id"])["action"] == "I rebuilt it."


def test_bad_input_is_refused_with_one_sentence_and_changes_nothing(ol):
    story = ol.stories.add("Keep me", text="I led the migration and cut costs by 30%.")
    with pytest.raises(InvalidInput, match="category 'teamwork'"):
        ol.stories.update(story["id"], title="Changed", categories=["teamwork"])
    with pytest.raises(InvalidInput, match="either as four labelled parts or as one free text"):
        ol.stories.add("Both", situation="S", text="free")
    with pytest.raises(InvalidInput, match="empty"):
        ol.stories.add("Nothing")
    with pytest.raises(InvalidInput, match="title is required"):
        ol.stories.add("  ", text="x")
    with pytest.raises(NotFound, match="no behavioral question"):
        ol.stories.add("Q", text="x", questions=["zzzzzzzz"])
    with pytest.raises(NotFound, match="no story with id 999"):
        ol.stories.get(999)
    assert ol.stories.get(story["id"])["title"] == "Keep me"


def test_delete_removes_the_story_and_another_user_cannot_see_it(ol):
    story = ol.stories.add("Mine", text="I fixed the flaky test suite, saving 2 hours a day.")
    other = ol.for_user("someone-else")
    with pytest.raises(NotFound):
        other.stories.get(story["id"])
    with pytest.raises(NotFound):
        other.stories.delete(story["id"])
    assert other.stories.list() == []
    assert ol.stories.delete(story["id"]) == "Mine"
    with ol.session() as s:
        assert s.scalars(select(Story)).all() == []


def test_coverage_counts_categories_and_linked_bank_questions(ol):
    q = _bank_uuid(ol, "failure")
    ol.stories.add("A", text="I broke prod.", categories=["failure"], questions=[q])
    ol.stories.add("B", text="I led a team.", categories=["leadership", "failure"])
    cov = ol.stories.coverage()
    assert cov["gaps"] == ["leadership", "conflict", "challenges", "success"]
    assert {c["category"]: c["count"] for c in cov["columns"]}["failure"] == 2
    assert cov["questions"]["failure"]["linked"] == 1 and cov["questions"]["failure"]["total"] >= 8


def test_suggest_answers_a_bank_question_and_a_typed_one(ol):
    a = ol.stories.add("Disagreed with my manager about the metric", text="My manager wanted accuracy; I showed recall mattered.",
                       categories=["conflict"])
    ol.stories.add("Proud launch", text="I launched search ranking and CTR rose 8%.", categories=["success"])
    bank_q = next(q for q in ol.stories.questions("conflict") if "manager" in q["text"])
    out = ol.stories.suggest(bank_q["short"])
    assert out["question"]["uuid"] == bank_q["uuid"] and out["stories"][0]["id"] == a["id"]
    typed = ol.stories.suggest("When did you clash with a manager?")
    assert typed["stories"][0]["id"] == a["id"] and "manager" in typed["stories"][0]["words"]
    with pytest.raises(InvalidInput):
        ol.stories.suggest("  ")


def test_prepared_answers_are_built_saved_rehearsed_and_deleted(ol):
    saved = ol.stories.save_answer("pitch", {"current_role": "a data scientist", "achievement": "cut churn by 4%",
                                             "specialisation": "causal inference", "why_company": "your pricing experiments"},
                                   company="Zalando", role="Senior DS", now=NOW)
    assert "What draws me to Zalando is your pricing experiments." in saved["text"]
    assert saved["feedback"]["names_company"] and saved["feedback"]["missing_fields"] == []
    edited = ol.stories.save_answer("pitch", {"current_role": "a data scientist"}, text="My own words.",
                                    answer_id=saved["id"], now=NOW)
    assert edited["text"] == "My own words." and edited["id"] == saved["id"]
    assert ol.stories.rehearse(saved["id"], 171, now=NOW)["last_rehearsal_seconds"] == 171
    with pytest.raises(InvalidInput):
        ol.stories.rehearse(saved["id"], 0)
    with pytest.raises(InvalidInput, match="no field 'salary'"):
        ol.stories.save_answer("why_company", {"salary": "lots"})
    with pytest.raises(InvalidInput, match="no answer builder"):
        ol.stories.answers("haiku")
    assert [a["kind"] for a in ol.stories.answers("pitch")] == ["pitch"]
    ol.stories.delete_answer(saved["id"])
    with pytest.raises(NotFound):
        ol.stories.answer(saved["id"])


def test_companies_come_from_open_tracker_applications(ol):
    assert ol.stories.companies() == []
    ol.applications.add("Booking.com", "ML Engineer", "big_tech")
    assert [(c["company"], c["role"]) for c in ol.stories.companies()] == [("Booking.com", "ML Engineer")]


def test_practising_a_question_gives_feedback_fitting_stories_and_activity(ol):
    ol.stories.add("Broke prod", text="I broke prod.", categories=["failure"])
    q = ol.stories.practice_question(category="failure", seed=3)
    assert "failure" in q["categories"]
    out = ol.stories.practise(q["uuid"], "At Acme I shipped a bad migration. I rolled it back.", seconds=95, now=NOW)
    assert out["feedback"]["result"] is False and out["stories"][0]["title"] == "Broke prod"
    with ol.session() as s:
        kinds = [a.kind for a in s.scalars(select(Activity).where(Activity.area == "stories"))]
    assert kinds == ["story-written", "question-practised"]
    with pytest.raises(InvalidInput):
        ol.stories.practise(q["uuid"], "x", seconds=0)


def test_telling_a_story_aloud_is_timed_against_the_target_and_logged(ol):
    story = ol.stories.add("Timed", text="I led the launch and sign-ups rose 9%.")
    assert ol.stories.rehearse_story(story["id"], 150, now=NOW)["length"] == "on target"
    assert ol.stories.rehearse_story(story["id"], 200, now=NOW)["length"] == "long"
    with pytest.raises(InvalidInput):
        ol.stories.rehearse_story(story["id"], 0)
    with pytest.raises(NotFound):
        ol.stories.rehearse_story(999, 100)
    with ol.session() as s:
        subjects = [a.subject for a in s.scalars(select(Activity).where(Activity.kind == "story-rehearsed"))]
    assert subjects == ["Timed 2:30", "Timed 3:20"]
