"""A whole phone-screen loop in a real browser: start it, work through the phases with the pitch and its
timer, the basics cards and the questions to ask, close the tab mid-round, resume, submit, read the scorecard."""

import re

PITCH = ("I am a machine learning engineer with four years of experience in fraud detection. At Acme I led the "
         "rebuild of the transaction scoring model, which cut chargebacks by 43 percent in six months while "
         "keeping the false positive rate flat. Before that I built the feature store our three data science "
         "teams still use, and I moved training from a nightly batch to hourly updates. I want to keep working "
         "on models that make decisions in real time, where latency, drift and monitoring matter as much as the "
         "offline metric, which is why this role on your risk team fits what I have been doing. ") * 2
QUESTIONS = ("What would you need to see from me after six months to call this hire a success?\n"
             "How do you monitor a model once it is live?\n"
             "What is the hardest problem the team is working on right now?")


def test_a_phone_screen_loop_runs_in_the_browser_and_ends_with_its_scorecard(live_server, page):
    base, ol = live_server
    ol.stories.save_answer("pitch", {}, text=PITCH)  # prepared with the pitch builder
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(f"{base}/mock")
    page.select_option("#loop-type", "phone-screen")
    page.click("#start-loop")
    page.wait_for_url(re.compile(r"/mock/\d+$"))
    loop_id = int(page.url.rsplit("/", 1)[1])
    page.click("a.round-link")
    page.wait_for_url(re.compile(r"/rounds/1$"))
    assert page.text_content("#state") == "not started"
    assert page.locator("#phases li").count() == 4
    assert page.is_disabled("button.check >> nth=0")  # nothing to answer before the clock runs

    page.click("#resume")
    page.wait_for_function("document.getElementById('state').textContent === 'running'")
    assert page.get_attribute("#phases li >> nth=0", "aria-current") == "step"

    # introductions: the pitch, against its speaking timer
    page.click("#item-1 button.speak")
    page.wait_for_timeout(1200)
    page.click("#item-1 button.speak")
    assert page.text_content("#speak-1") != "0:00"
    page.click("#item-1 button.use-saved")
    assert page.input_value("#answer-1") == PITCH.strip()
    page.click("#item-1 button.check")
    page.wait_for_selector("#feedback-1 .score")
    assert "Length:" in page.text_content("#feedback-1")
    page.click("#next-phase")
    page.wait_for_function("document.querySelector('#phases li[data-phase=\"1\"]').getAttribute('aria-current') === 'step'")

    # a closed tab loses nothing: pause, leave, come back, the answer and the clock are there
    page.fill("#answer-2", "A typed answer not yet checked")
    page.click("#pause")
    page.wait_for_function("document.getElementById('state').textContent === 'paused'")
    paused_clock = page.text_content("#clock")
    context = page.context
    page.close()
    page = context.new_page()  # same browser profile, a new tab
    page.set_viewport_size({"width": 390, "height": 844})
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(f"{base}/mock/{loop_id}/rounds/1")
    assert page.text_content("#state") == "paused"
    assert page.text_content("#clock") == paused_clock
    assert "Length:" in page.text_content("#feedback-1")  # checked answer: from the store
    assert page.input_value("#answer-2") == "A typed answer not yet checked"  # unsent text: kept in the browser
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")  # 390 px, no sideways scroll

    page.click("#resume")
    page.wait_for_function("document.getElementById('state').textContent === 'running'")
    page.click("#next-phase")  # technical basics: the cards, judged by their key points
    question = page.text_content("#item-2 h3")
    card_slug = ol.mocks.round(loop_id, 1)["items"][1]["slug"]
    model = ol.cards.item(card_slug).answer
    page.fill("#answer-2", model)
    page.click("#item-2 button.check")
    page.wait_for_selector("#feedback-2 .score")
    covered = page.text_content("#feedback-2 .score")
    assert re.search(r"Key points covered: \d+%", covered) and question
    page.fill("#answer-3", "I do not know.")
    page.click("#item-3 button.check")
    page.wait_for_selector("#feedback-3 .score")
    # the model answer scores above the non-answer
    scores = [int(re.search(r"(\d+)%", page.text_content(f"#feedback-{i} .score")).group(1)) for i in (2, 3)]
    assert scores[0] > scores[1]
    page.click("#next-phase")  # your questions
    page.fill("#answer-4", QUESTIONS)
    page.click("#item-4 button.check")
    page.wait_for_selector("#feedback-4 .score")
    assert page.text_content("#feedback-4 .score") == "3 question(s) ready."
    assert page.is_disabled("#next-phase")  # the last phase

    page.check("input[name=technical][value='3']")
    page.check("input[name=communication][value='4']")
    page.click("#submit-round")
    page.wait_for_selector("#scorecard:not([hidden]) #round-signal")
    signal = page.text_content("#round-signal")
    assert signal in ("strong", "pass", "borderline", "not yet")
    for dim in ("technical", "problem_solving", "communication"):
        rating = page.text_content(f"#scorecard tr[data-dimension={dim}] td.rating")
        assert re.fullmatch(r"[1-4]/4", rating)
    assert "Time per phase" in page.text_content("#scorecard")
    assert page.is_hidden("#submit-section") and page.is_disabled("#resume")

    # the loop page shows the loop scorecard; the store agrees with the page
    page.click("text=Back to the loop")
    page.wait_for_selector("#loop-signal")
    stored = ol.mocks.get(loop_id)
    assert page.text_content("#loop-signal") == stored["scorecard"]["signal"] == signal
    assert stored["rounds"][0]["self_assessment"] == {"technical": 3, "communication": 4}
    assert [i["result"] is not None for i in stored["rounds"][0]["items"]] == [True, True, True, True]
    # a second submit is refused in one sentence, and nothing changes
    answer = page.request.post(f"{base}/api/mock/loops/{loop_id}/rounds/1/submit", data={})
    assert answer.status == 409 and "already submitted" in answer.json()["error"]
    assert ol.mocks.get(loop_id)["rounds"][0]["scorecard"] == stored["rounds"][0]["scorecard"]
    for path in ("/mock", f"/mock/{loop_id}", f"/mock/{loop_id}/rounds/1"):  # at 390 px, no sideways scroll
        page.goto(base + path)
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), path
    assert not errors
    page.close()


def test_today_on_the_home_page_fits_390_px_and_each_block_is_one_click_from_its_work(live_server, page):
    from datetime import datetime, timedelta, timezone

    base, ol = live_server
    now = datetime.now(timezone.utc)
    app = ol.applications.add("Acme", "ML engineer", "startup", now=now - timedelta(days=3))
    # two days and up to 3 hours ahead, but on the calendar day two days from today (UTC): after 21:00 a
    # flat 3 hours put the interview three days away and the plan one row longer
    two_days = now + timedelta(days=2)
    midnight = (two_days + timedelta(days=1)).replace(hour=0, minute=0, second=0, microsecond=0)
    starts = two_days + max(timedelta(seconds=30), min(timedelta(hours=3), (midnight - two_days) / 2))
    ol.applications.add_interview(app["id"], "ml-coding", starts, now=now - timedelta(days=1))
    ol.plans.interview.build(application_id=app["id"], now=now)
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(base + "/")
    assert page.text_content("#countdown").startswith("2 days")
    assert page.locator("#readiness tbody tr").count() == 7
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    page.click("#today-interview a >> nth=0")
    page.wait_for_url(f"{base}/tracker/{app['id']}")
    page.go_back()
    page.click("#today-plan >> text=The whole plan")
    page.wait_for_url(f"{base}/plan/interview")
    assert page.locator("#interview-plan tbody tr").count() == 2  # today and tomorrow, the day before
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    page.go_back()
    page.click("#cards-due")
    page.wait_for_url(f"{base}/cards/review")
    page.go_back()
    page.click("#mock-for-interview")  # one click: a startup loop for this application
    page.wait_for_url(re.compile(r"/mock/\d+$"))
    assert "Startup loop · Acme" in page.text_content("h1")


def test_a_behavioral_question_is_answered_by_picking_a_story(live_server, page):
    base, ol = live_server
    ol.stories.add("Fraud model rebuild", situation="Our fraud model missed new attack patterns.",
                   task="I had to cut chargebacks before the holiday peak.",
                   action="I added velocity features, retrained weekly and set up drift alerts.",
                   result="Chargebacks fell by 43% in six months.",
                   categories=["leadership", "conflict", "challenges", "success", "failure"])
    loop = ol.mocks.start("typical", rounds=["behavioral"], seed=4)
    item = loop["rounds"][0]["items"][0]
    assert [s["title"] for s in item["stories"]] == ["Fraud model rebuild"]
    page.goto(f"{base}/mock/{loop['id']}/rounds/1")
    page.click("#resume")
    page.wait_for_function("document.getElementById('state').textContent === 'running'")
    page.select_option("#pick-1", "0")
    assert page.input_value("#answer-1").startswith("Situation: Our fraud model")
    page.click("#item-1 button.check")
    page.wait_for_selector("#feedback-1 .score")
    assert "✓ situation · ✓ task · ✓ action · ✓ result · measured result" in page.text_content("#feedback-1 .score")
    page.goto(f"{base}/mock")  # leaving the round without pausing: the page pauses the clock on its way out
    for _ in range(50):
        if ol.mocks.round(loop["id"], 1)["state"] == "paused":
            break
        page.wait_for_timeout(100)
    assert ol.mocks.round(loop["id"], 1)["state"] == "paused"
