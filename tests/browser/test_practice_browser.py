"""Solve a problem through the page: the real editor, run examples, submit, see the verdict."""

from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

ROOT = Path(__file__).parents[2]
SOLUTION = (ROOT / "src/offerloop/content/packs/problems/linear-regression/.meta/solution.py").read_text()
EDITOR_BUNDLE = ROOT / "src/offerloop/web/static/vendor/editor.js"


def test_solve_linear_regression_in_the_browser(live_server, page, tmp_path):
    assert EDITOR_BUNDLE.exists(), "make install builds the editor bundle"
    base, ol = live_server
    page.goto(base + "/practice")
    page.click("text=Linear regression from scratch")
    page.wait_for_url(base + "/problems/linear-regression")
    editor = page.locator(".cm-content")
    editor.wait_for()
    # Run the untouched starter with the keyboard shortcut: the example fails.
    editor.click()
    page.keyboard.press("Control+Enter")
    page.wait_for_selector("#verdict")
    assert page.inner_text("#verdict") == "Runtime error"
    # Replace the code by typing into the real editor, then submit with the button.
    page.evaluate("code => window.offerloopEditor.setValue(code)", SOLUTION)
    page.click("#submit")
    page.wait_for_selector("#verdict.v-accepted", timeout=30_000)
    assert "cases passed" in page.inner_text("#reason")
    assert page.locator("tr.case[data-verdict=accepted]").count() >= 5
    page.wait_for_selector("#solved-mark")
    assert "Accepted" in page.inner_text("#history")
    page.screenshot(path=str(tmp_path / "problem.png"), full_page=True)
    assert "linear-regression" in ol.problems.solved_slugs()
    # The list now shows the solved mark.
    page.goto(base + "/practice?status=solved")
    assert page.locator("tr[data-slug=linear-regression] .ok").count() == 1


TWO_SUM = (ROOT / "src/offerloop/content/packs/problems/two-sum/.meta/solution.py").read_text()
TWO_SUM_WRONG = "def two_sum(nums, target):\n    return [0, 0]\n"


def _open(page, base, slug="two-sum"):
    page.goto(f"{base}/problems/{slug}")
    page.locator(".cm-content").wait_for()
    return page.locator(".cm-content")


def _code(page) -> str:
    return page.evaluate("() => window.offerloopEditor.getValue()")


def test_draft_survives_reload_and_a_new_browser_and_reset_can_be_undone(live_server, page, browser):
    base, ol = live_server
    editor = _open(page, base)
    starter = ol.problems.get("two-sum").starter
    assert _code(page) == starter
    editor.click()
    page.keyboard.press("Control+End")
    page.keyboard.type("\n# my first idea: a dict of seen values\n")
    page.wait_for_selector("#save-state:text('Draft saved')")
    typed = _code(page)
    assert "my first idea" in typed and ol.problems.draft("two-sum")["code"] == typed
    page.reload()
    page.locator(".cm-content").wait_for()
    assert _code(page) == typed
    # Another browser (no local copy) gets the draft from the store.
    other = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    _open(other, base)
    assert _code(other) == typed
    other.context.close()
    # Reset to the starter, then undo it.
    page.click("#reset")
    assert _code(page) == starter
    page.wait_for_selector("#undo-bar:not([hidden])")
    page.click("#undo-reset")
    assert _code(page) == typed
    page.click("#reset")
    page.wait_for_selector("#save-state:text('Draft saved')")
    page.reload()
    page.locator(".cm-content").wait_for()
    assert _code(page) == starter


def test_python_is_indented_by_four_spaces(live_server, page):
    base, _ = live_server
    editor = _open(page, base)
    page.evaluate("() => window.offerloopEditor.setValue('')")
    editor.click()
    page.keyboard.type("def f(x):")
    page.keyboard.press("Enter")
    page.keyboard.type("return x")
    assert _code(page) == "def f(x):\n    return x"


def test_shortcuts_work_with_the_focus_outside_the_editor(live_server, page):
    base, ol = live_server
    _open(page, base)
    page.evaluate("code => window.offerloopEditor.setValue(code)", TWO_SUM)
    page.click("h1")  # focus leaves the editor
    page.keyboard.press("Control+Enter")
    page.wait_for_selector("#verdict.v-accepted")
    assert ol.problems.history("two-sum") == []  # running records nothing
    page.click("#history")
    page.keyboard.press("Control+Shift+Enter")
    page.wait_for_selector("#history tr[data-id]", timeout=60_000)
    assert [h["verdict"] for h in ol.problems.history("two-sum")] == ["accepted"]
    # Inside the editor the shortcut runs once and inserts no blank line.
    before = _code(page)
    page.locator(".cm-content").click()
    page.keyboard.press("Control+Enter")
    page.wait_for_selector("#verdict")
    assert _code(page) == before


def test_case_table_names_arguments_rounds_floats_and_keeps_verdicts_whole(live_server, page):
    base, ol = live_server
    _open(page, base)
    page.evaluate("code => window.offerloopEditor.setValue(code)", TWO_SUM_WRONG)
    page.click("#run")
    page.wait_for_selector("#verdict.v-wrong_answer")
    assert page.inner_text("#verdict") == "Wrong answer"
    table = page.inner_text("table.cases")
    assert "nums = [2, 7, 11, 15]" in table and "target = 9" in table
    assert '"args"' not in table and "kwargs" not in table and "wrong_answer" not in table
    cell = page.locator("tr.case[data-verdict=wrong_answer] .verdict-cell").first
    assert cell.inner_text() == "Wrong answer"
    assert cell.evaluate("el => getComputedStyle(el).whiteSpace") == "nowrap"
    assert cell.evaluate("el => el.scrollWidth <= el.clientWidth")  # the column is wide enough: nothing cut
    # Float noise is rounded for reading.
    _open(page, base, "linear-regression")
    noisy = "import numpy as np\ndef linear_regression(X, y):\n    return np.array([0.9999999999999984] * X.shape[1])\n"
    page.evaluate("code => window.offerloopEditor.setValue(code)", noisy)
    page.click("#run")
    page.wait_for_selector("#verdict")
    table = page.inner_text("table.cases")
    assert "0.9999999999999984" not in table and "got" in table


def test_every_past_attempt_opens_with_its_code_and_result(live_server, browser):
    from datetime import datetime, timedelta, timezone

    base, ol = live_server
    at = datetime(2026, 1, 15, 14, 30, tzinfo=timezone.utc)
    ol.problems.submit("two-sum", TWO_SUM_WRONG, now=at)
    ol.problems.submit("two-sum", TWO_SUM, now=at + timedelta(minutes=5))
    wrong_id = ol.problems.history("two-sum")[1]["id"]
    # A browser in New York shows New York times, and says so.
    context = browser.new_context(viewport={"width": 1280, "height": 900}, timezone_id="America/New_York")
    page = context.new_page()
    _open(page, base)
    history = page.inner_text("#history")
    assert "Wrong answer" in history and "Accepted" in history
    assert "(EST)" in page.inner_text("#history thead")
    assert "2026-01-15 09:30" in history and "2026-01-15 09:35" in history
    page.click(f"#history button[data-id='{wrong_id}']")
    page.wait_for_selector("#past-code")
    assert page.inner_text("#past-code").strip() == TWO_SUM_WRONG.strip()
    assert page.inner_text("#past .verdict") == "Wrong answer"
    page.click("#load-attempt")
    assert _code(page) == TWO_SUM_WRONG
    context.close()


def test_problem_page_fits_a_phone_with_tabs(browser, live_server):
    base, ol = live_server
    ol.problems.submit("two-sum", TWO_SUM_WRONG)
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    page = context.new_page()
    try:
        page.goto(f"{base}/problems/two-sum")
        page.locator(".cm-content").wait_for(state="attached")
        width = "() => document.documentElement.scrollWidth"
        assert page.evaluate(width) <= 390
        assert page.is_visible("#pane-prompt") and not page.is_visible("#pane-code")
        page.click("#tab-code")
        assert page.is_visible(".cm-content") and not page.is_visible("#pane-prompt")
        assert page.evaluate(width) <= 390
        page.evaluate("code => window.offerloopEditor.setValue(code)", TWO_SUM_WRONG)
        page.click("#run")
        page.wait_for_selector("#verdict")
        assert page.is_visible("#pane-result")
        page.click(f"#history button[data-id='{ol.problems.history('two-sum')[0]['id']}']")
        page.wait_for_selector("#past-code")
        assert page.evaluate(width) <= 390
    finally:
        context.close()


def test_api_docs_render_with_no_request_leaving_the_machine(live_server, page):
    base, _ = live_server
    outside = []
    page.on("request", lambda r: None if r.url.startswith(base) or r.url.startswith("data:") else outside.append(r.url))
    page.goto(base + "/docs")
    page.wait_for_selector(".swagger-ui .opblock", timeout=20_000)
    assert page.locator(".swagger-ui .opblock").count() > 10
    assert outside == []


def test_older_attempts_beyond_the_first_fifty_can_be_listed_and_opened(live_server, page):
    base, ol = live_server
    for n in range(51):
        ol.problems.submit("two-sum", f"# attempt {n}\ndef two_sum(nums, target)\n")  # syntax errors: recorded, quick
    oldest = ol.problems.history("two-sum", limit=100)[-1]["id"]
    _open(page, base)
    assert page.locator("#history tr[data-id]").count() == 50
    page.click("#older-attempts")
    page.wait_for_selector(f"#history tr[data-id='{oldest}']")
    assert page.locator("#history tr[data-id]").count() == 51 and page.is_hidden("#older-attempts")
    page.click(f"#history button[data-id='{oldest}']")
    page.wait_for_selector("#past-code")
    assert page.inner_text("#past-code").startswith("# attempt 0")
    assert page.inner_text("#past .verdict") == "Syntax error"


def test_follow_ups_appear_after_acceptance_with_their_questions(live_server, page):
    base, _ol = live_server
    _open(page, base, "linear-regression")
    inverse = (ROOT / "src/offerloop/content/packs/problems/linear-regression/.meta/alternatives/normal_equation_inverse.py").read_text()
    page.evaluate("code => window.offerloopEditor.setValue(code)", inverse)
    page.click("#submit")
    page.wait_for_selector("#verdict.v-accepted", timeout=30_000)
    assert page.inner_text("#verdict") == "Accepted, 1 of 4 follow-ups"
    section = page.locator("section#follow-ups")
    assert "What if X^T X is singular" in section.inner_text()
    assert section.locator("li.follow-case[data-verdict=runtime_error]").count() == 3
    assert "Singular matrix" in section.inner_text()
    # Not yet accepted: the follow-ups wait, and say so.
    page.evaluate("code => window.offerloopEditor.setValue(code)", "import numpy as np\ndef linear_regression(X, y):\n    return np.zeros(X.shape[1])\n")
    page.click("#submit")
    page.wait_for_selector("#verdict.v-wrong_answer", timeout=30_000)
    assert "Once the main cases pass, 4 follow-up cases" in page.inner_text("#follow-ups")
