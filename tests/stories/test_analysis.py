from offerloop.stories.analysis import analyze_story, find_quantities, split_labelled

FULL = ("Last year at Acme our fraud model had 87% precision but the business needed 95%. "
        "I was responsible for closing the gap without losing recall. "
        "I added velocity features, stacked three models and tuned the threshold on a precision-recall curve. "
        "Precision rose to 96% at 82% recall and false positives fell by 60%.")
NO_RESULT = FULL.rsplit(" Precision", 1)[0]
VAGUE_RESULT = NO_RESULT + " In the end the team was happy with the new model."


def test_free_text_finds_all_four_parts_by_cues_and_tense():
    fb = analyze_story(FULL)
    assert fb.form == "free"
    assert (fb.situation, fb.task, fb.action, fb.result) == (True, True, True, True)
    assert fb.parts["task"].startswith("I was responsible")
    assert fb.parts["result"].startswith("Precision rose")
    # The 87% in the situation is a starting point, not a result.
    assert fb.quantified_result and fb.quantities == ["96%", "82%", "60%"]


def test_a_story_without_a_result_is_told_so_first():
    fb = analyze_story(NO_RESULT)
    assert fb.result is False and fb.quantified_result is False
    assert fb.missing == ["result"]
    assert fb.suggestions[0].startswith("The result is missing")


def test_an_unquantified_result_is_told_so_first():
    fb = analyze_story(VAGUE_RESULT)
    assert fb.result is True and fb.quantified_result is False
    assert fb.suggestions[0].startswith("The result is not quantified")


def test_labelled_parts_are_read_from_markdown_labels_and_empty_ones_count_as_missing():
    text = "**Situation:** Our nightly ETL took 9 hours.\n**Task:** I had to get it under 2.\n**Action:**\n\n**Result:** It finished."
    parts = split_labelled(text)
    assert parts["situation"] == "Our nightly ETL took 9 hours." and parts["action"] == ""
    fb = analyze_story(text)
    assert fb.form == "labelled" and fb.missing == ["action"]
    assert fb.suggestions[0].startswith("The action is missing")


def test_a_single_letter_at_a_line_start_is_not_taken_for_a_label():
    assert split_labelled("A: we were late on the launch and I took over the plan.") is None


def test_quantities_cover_percent_money_durations_multipliers_but_not_years():
    found = find_quantities("In 2021 it got 5.3x faster, saved $40k and 3 weeks, cut errors 12 percent, doubled sign-ups")
    assert found == ["5.3x", "$40k", "3 weeks", "12 percent", "doubled"]
    assert find_quantities("Back in 2019 the team shipped it.") == []


def test_i_we_ratio_is_measured_in_the_action_and_we_heavy_actions_are_flagged():
    fb = analyze_story(situation="Checkout was slow.", task="I had to fix it.",
                       action="We profiled it. We rewrote the cache. I wrote the load test.",
                       result="p95 latency fell from 900 ms to 200 ms.")
    assert (fb.i_count, fb.we_count, fb.i_we_ratio) == (1, 2, 0.33)
    assert fb.quantified_result
    assert fb.suggestions[0].startswith("The action says 'we' 2 times and 'I' once")


def test_length_and_speaking_time_at_150_words_a_minute():
    long_action = " ".join(["I measured the drift and I retrained the model every week."] * 50)
    fb = analyze_story(situation="At Acme churn rose.", task="I had to stop it.", action=long_action,
                       result="Churn fell by 4%.")
    assert fb.words == 11 * 50 + 4 + 5 + 4
    assert fb.speaking_seconds == round(fb.words * 60 / 150) and fb.length == "long"
    assert any("over the 3:00 limit" in s for s in fb.suggestions)
    short = analyze_story(FULL)
    assert short.length == "short" and short.speaking_seconds == round(short.words / 2.5)


def test_vague_phrases_and_filler_words_are_listed_without_double_counting():
    fb = analyze_story("Situation: basically we had a lot of stuff to do.\nTask: I just had to fix it.\n"
                       "Action: I worked on various things, um, a lot.\nResult: It went well, 20% faster.")
    assert {p.phrase: p.count for p in fb.vague_phrases} == {"a lot of": 1, "a lot": 1, "stuff": 1,
                                                             "worked on": 1, "various things": 1, "went well": 1}
    assert {p.phrase: p.count for p in fb.filler_words} == {"um": 1, "basically": 1, "just": 1}
    assert any(s.startswith("Replace vague wording") for s in fb.suggestions)


def test_a_complete_measured_story_of_the_right_length_only_needs_rehearsal():
    action = " ".join(["I compared the two models on the hold-out set and I wrote down the trade-offs."] * 20)
    fb = analyze_story(situation="At Acme two designs competed for the ranking launch.",
                       task="I had to pick one within two weeks.", action=action,
                       result="We shipped on time and click-through rose by 7%.")
    assert fb.length == "on target" and fb.missing == []
    assert fb.suggestions == ["All four parts are there and the result is measured: rehearse it aloud and time it."]


def test_empty_text_asks_for_a_story():
    fb = analyze_story("   ")
    assert fb.words == 0 and fb.length == "empty" and fb.missing == ["situation", "task", "action", "result"]
    assert fb.suggestions[0].startswith("Write the story")


def test_spoken_present_tense_stories_are_read_too():
    fb = analyze_story("So I'm working at a bank and our fraud team is overwhelmed. I need to cut false alerts. "
                       "I build a new model with graph features. False alerts drop by 35%.")
    assert fb.missing == [] and fb.quantities == ["35%"]
    assert fb.parts["action"] == "I build a new model with graph features."


def test_a_failure_story_with_a_lesson_has_a_result_but_no_number():
    fb = analyze_story("In my first year at a fintech startup I owned the churn model. I pushed a new feature set "
                       "on a Friday without checking the backfill. I rolled back on Monday and wrote the post-mortem. "
                       "Since then we have not shipped an unvalidated feature, and I learned to never deploy before a weekend.")
    assert fb.missing == [] and fb.parts["situation"].startswith("In my first year")
    assert fb.parts["result"].startswith("Since then") and not fb.quantified_result
    assert fb.suggestions[0].startswith("The result is not quantified")
