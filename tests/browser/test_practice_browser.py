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
    assert page.inner_text("#verdict") == "runtime error"
    # Replace the code by typing into the real editor, then submit with the button.
    page.evaluate("code => window.offerloopEditor.setValue(code)", SOLUTION)
    page.click("#submit")
    page.wait_for_selector("#verdict.v-accepted", timeout=30_000)
    assert "cases passed" in page.inner_text("#reason")
    assert page.locator("tr.case[data-verdict=accepted]").count() >= 5
    page.wait_for_selector("#solved-mark")
    assert "accepted" in page.inner_text("#history")
    page.screenshot(path=str(tmp_path / "problem.png"), full_page=True)
    assert "linear-regression" in ol.problems.solved_slugs()
    # The list now shows the solved mark.
    page.goto(base + "/practice?status=solved")
    assert page.locator("tr[data-slug=linear-regression] .ok").count() == 1
