from offerloop.stories.coverage import coverage_matrix, keywords, questions_for_story, suggest_stories
from offerloop.stories.pitch import answer_feedback, assemble
from offerloop.stories.questions_to_ask import ASK, AVOID

STORIES = [
    {"id": 1, "title": "Disagreed with my lead on XGBoost vs deep model", "categories": ["conflict"],
     "tags": ["ranking"], "question_uuids": [], "text": "My lead wanted a deep model; I proposed a one-day bake-off."},
    {"id": 2, "title": "Mentored an intern through her first launch", "categories": ["leadership", "success"],
     "tags": [], "question_uuids": ["q-1"], "text": ""},
    {"id": 3, "title": "Shipped a broken feature pipeline", "categories": ["failure", "conflict"],
     "tags": [], "question_uuids": [], "text": "The backfill broke production dashboards."},
]


def test_coverage_marks_categories_with_fewer_than_two_stories_as_gaps():
    m = coverage_matrix(STORIES)
    counts = {c["category"]: c["count"] for c in m["columns"]}
    assert counts == {"leadership": 1, "conflict": 2, "challenges": 0, "success": 1, "failure": 1}
    assert m["gaps"] == ["leadership", "challenges", "success", "failure"]
    assert m["stories"][0]["cells"]["conflict"] is True and m["stories"][0]["cells"]["failure"] is False
    assert {c["category"]: c["needed"] for c in m["columns"]}["challenges"] == 2


def test_which_story_answers_ranks_by_link_then_category_then_shared_words():
    q = {"uuid": "q-9", "text": "Tell me about a time you disagreed with your lead.", "categories": ["conflict"]}
    ranked = suggest_stories(q, STORIES)
    assert [r["id"] for r in ranked] == [1, 3]
    assert "disagreed" in ranked[0]["words"] and ranked[0]["reasons"][0] == "category conflict"
    linked = suggest_stories({"uuid": "q-1", "text": "Coaching someone", "categories": ["failure"]}, STORIES)
    assert linked[0]["id"] == 2 and linked[0]["linked"]


def test_keywords_drop_stop_words_and_meet_across_word_forms():
    assert keywords("Tell me about a disagreement") & keywords("I disagreed") == {"disagr"}


def test_questions_for_story_skips_the_ones_already_linked():
    bank = [{"uuid": "q-1", "text": "Mentoring a junior", "categories": ["leadership"]},
            {"uuid": "q-2", "text": "Describe mentoring an intern", "categories": ["leadership"]},
            {"uuid": "q-3", "text": "A failed project", "categories": ["failure"]}]
    assert [q["uuid"] for q in questions_for_story(STORIES[1], bank)] == ["q-2"]


def test_pitch_is_assembled_in_three_beats_and_names_the_company():
    text = assemble("pitch", {"current_role": "an ML engineer with 2 years on production systems",
                              "achievement": "rebuilt fraud scoring, cutting fraud losses by 43%",
                              "specialisation": "graph features for risk models",
                              "why_company": "your real-time payments work"}, company="Adyen", role="ML Engineer")
    assert text.startswith("I'm an ML engineer") and "Most recently, I rebuilt fraud scoring" in text
    assert text.count("\n\n") == 2 and "What draws me to Adyen is your real-time payments work." in text
    fb = answer_feedback("pitch", text, company="Adyen")
    assert fb["names_company"] and "43%" in fb["quantities"] and fb["length"] == "short"


def test_generic_why_and_risky_five_year_answers_are_flagged():
    why = answer_feedback("why_company", "It is a great company and I want to learn and grow.", company="Acme")
    assert [g["phrase"] for g in why["generic_phrases"]] == ["learn and grow", "great company"]
    assert why["suggestions"][0].startswith("Replace generic phrases")
    assert any("Name Acme" in s for s in why["suggestions"])
    five = answer_feedback("five_years", "I want to be a manager, or start my own company.")
    assert any("title goal" in s for s in five["suggestions"])
    assert any("will not stay" in s for s in five["suggestions"])


def test_pitch_without_a_number_is_asked_for_one():
    fb = answer_feedback("pitch", "I'm a data scientist. I worked on forecasting.")
    assert fb["suggestions"][0].startswith("Add a number")


def test_questions_to_ask_are_grouped_and_the_avoid_list_covers_salary_and_research():
    assert list(ASK) == ["role", "team", "growth", "culture"]
    assert all(len(g["questions"]) >= 4 for g in ASK.values())
    topics = " ".join(a["topic"].lower() for a in AVOID)
    assert "salary" in topics and "what does your company do" in topics and "worst" in topics


def test_practice_picks_from_the_thinnest_category_and_unanswered_questions_first():
    import random

    from offerloop.stories.coverage import pick_question

    bank = [{"uuid": "c1", "text": "Conflict one", "categories": ["conflict"]},
            {"uuid": "f1", "text": "Failure one", "categories": ["failure"]},
            {"uuid": "f2", "text": "Failure two", "categories": ["failure"]},
            {"uuid": "l1", "text": "Lead one", "categories": ["leadership", "conflict"]}]
    stories = [{"id": 1, "title": "x", "categories": ["conflict", "leadership", "challenges", "success"],
                "question_uuids": ["f1"]}]
    picks = {pick_question(bank, stories, random.Random(seed))["uuid"] for seed in range(20)}
    assert picks == {"f2"}  # failure has no story; f1 is already linked
    assert pick_question(bank, stories, random.Random(1), category="conflict")["uuid"] in {"c1", "l1"}
    assert pick_question(bank, stories, random.Random(1), category="failure", exclude="f2")["uuid"] == "f1"
    assert pick_question([], stories, random.Random(1)) is None


def test_readiness_weighs_category_coverage_and_story_quality_equally():
    from offerloop.stories.coverage import readiness

    assert readiness([])["readiness"] == 0.0
    strong = {"categories": ["leadership", "conflict", "challenges", "success", "failure"], "missing": [],
              "quantified_result": True}
    weak = {"categories": ["failure"], "missing": ["result"], "quantified_result": False}
    r = readiness([strong, weak])
    # coverage: 4 categories at 1 of 2 and failure at 2 of 2 -> 6/10; quality: 1 of 2 stories strong.
    assert (r["coverage"], r["quality"], r["readiness"]) == (0.6, 0.5, 0.55)
    assert r["gaps"] == ["leadership", "conflict", "challenges", "success"]
    assert readiness([strong, strong])["readiness"] == 1.0
