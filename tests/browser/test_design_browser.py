import pytest

pytestmark = pytest.mark.browser

DIAGRAM = "```mermaid\nflowchart LR\n  P[Payment] --> S[Scoring service] --> D[Decision]\n```"


def test_write_reload_diagram_submit_and_read_feedback(live_server, page):
    base, ol = live_server
    page.goto(base + "/design/fraud-detection")
    page.fill("#pane-problem", "Binary classification: predict the probability that a transaction is fraud.")
    page.fill("#pane-requirements", "The decision must return within 50 ms at p99, 2,000 transactions per second at peak.")
    page.fill("#pane-overview", "A scoring service runs XGBoost on velocity features from an online feature store.\n\n" + DIAGRAM)
    page.fill("#pane-maintenance", "If the model is down, the rules engine decides. Monitor drift and retrain weekly.")
    # The draft reaches the store (autosave), and survives a reload.
    page.wait_for_function("document.querySelector('#save-status').dataset.synced && "
                           "document.querySelector('#save-status').textContent.startsWith('Saved at')")
    assert ol.designs.draft("fraud-detection")["sections"]["requirements"].startswith("The decision must return")
    page.reload()
    page.wait_for_function("document.querySelector('#pane-overview').value.includes('scoring service')")
    assert page.input_value("#pane-problem").startswith("Binary classification")
    # The Mermaid block is drawn as SVG by the bundled library.
    svg = page.locator("#diagrams-overview svg")
    svg.wait_for(timeout=15000)
    assert "Scoring service" in page.locator("#diagrams-overview").inner_text()
    # The timer counts toward the pane being written in.
    page.click("#timer-toggle")
    page.click("#pane-requirements")
    page.wait_for_function("document.querySelector('#spent-requirements').textContent !== '0:00'", timeout=5000)
    page.click("#submit")
    page.locator("#feedback").wait_for(state="visible")
    body = page.locator("#feedback-body").inner_text()
    assert "/100" in body and "Practise next" in body and "✓ fallback" in body and "✗ ab test" in body
    assert page.locator("#feedback .follow-ups li").count() == 3
    assert ol.designs.history("fraud-detection")["attempts"][0]["score"] > 0
    page.click("#feedback .reference summary")
    page.locator(".reference-text").wait_for()
    assert "## P - Problem definition" in page.locator(".reference-text").inner_text()


def test_a_failed_submit_keeps_the_draft_and_says_why(live_server, page):
    base, ol = live_server
    page.goto(base + "/design/eta-prediction")
    page.fill("#pane-problem", "eta")
    page.click("#submit")
    error = page.locator("#submit-error")
    error.wait_for(state="visible")
    assert "empty" in error.inner_text() and "Your draft is kept." in error.inner_text()
    page.reload()
    page.wait_for_function("document.querySelector('#pane-problem').value === 'eta'")
    assert ol.designs.history("eta-prediction")["attempts"] == []


def test_the_workspace_fits_a_phone_screen(live_server, page):
    base, _ = live_server
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(base + "/design/rag-assistant")
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
