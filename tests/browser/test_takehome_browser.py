import pytest

from offerloop.takehome.agreement import CORPUS

pytestmark = pytest.mark.browser

NB = CORPUS / "leaks/preprocessing/imputer_on_frame_leak.ipynb"


def test_upload_a_notebook_and_read_the_report(live_server, page):
    base, ol = live_server
    page.goto(base + "/takehome")
    page.set_input_files("#file", str(NB))
    page.fill("#name", "Imputer take-home")
    page.click("#review-button")
    page.wait_for_url(base + "/takehome/reviews/1")
    first = page.locator("#findings li").first
    assert first.get_attribute("data-rule") == "leakage"
    assert "preprocessing" in first.inner_text() and "cell 2, line 2" in first.inner_text()
    first.locator("summary").click()
    assert "make_pipeline" in first.locator("pre").inner_text()
    assert page.locator("#parts tr[data-part=correctness] td").first.inner_text() == "55"
    assert "## Project Structure" in page.locator("#readme-template").inner_text()
    assert ol.takehomes.list()[0]["name"] == "Imputer take-home"
    # 390 px wide: no sideways scrolling
    page.set_viewport_size({"width": 390, "height": 800})
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def test_the_time_budget_timer_walks_the_phases(live_server, page):
    base, _ = live_server
    page.goto(base + "/takehome")
    assert page.locator("#timer-phase").inner_text() == "Not started"
    # 61 minutes already banked: the timer is in the second phase after a reload.
    page.evaluate("localStorage.setItem('offerloop.takehome.timer', JSON.stringify({startedAt: null, banked: 61 * 60000}))")
    page.reload()
    page.click("#timer-start")
    assert page.locator("#timer-phase").inner_text() == "Model development, experimentation"
    assert "current" in page.locator(".th-phases li").nth(1).get_attribute("class")
    page.click("#timer-reset")
    assert page.locator("#timer-phase").inner_text() == "Not started"


def test_a_bad_upload_shows_one_sentence(live_server, page, tmp_path):
    base, _ = live_server
    bad = tmp_path / "notes.txt"
    bad.write_text("hello")
    page.goto(base + "/takehome")
    page.set_input_files("#file", str(bad))
    page.click("#review-button")
    assert "not a folder, .zip, .py or .ipynb" in page.locator("#upload-error").inner_text()
