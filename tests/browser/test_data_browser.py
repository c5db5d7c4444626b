"""The data track in a real browser: the nav link, the topic filter, and a problem graded on real
DataFrames whose example shows the frames as pandas prints them."""

from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

ROOT = Path(__file__).parents[2]
PROBLEM = ROOT / "src/offerloop/content/packs/problems/pivot-monthly-revenue"


def test_solve_a_frame_problem_from_the_data_page(live_server, page):
    base, ol = live_server
    page.goto(base + "/")
    page.click("nav >> text=Data (pandas & scikit-learn)")
    page.wait_for_url(base + "/data")
    assert page.locator("tr[data-slug=point-in-time-join]").count() == 1
    assert page.locator("tr[data-slug=kmeans]").count() == 0  # ML problems stay on /practice
    page.select_option("select[name=topic]", "pivots")
    page.click("form.filters button")
    page.wait_for_url(f"{base}/data?topic=pivots*")
    assert page.locator("tr[data-slug=point-in-time-join]").count() == 0
    page.click("text=Monthly revenue by category as a wide table")
    page.wait_for_url(base + "/problems/pivot-monthly-revenue")
    page.locator(".cm-content").wait_for()
    assert page.locator('nav a[href="/data"][aria-current=page]').count() == 1
    # A wrong answer first: NaN where 0.0 is expected, named in the example's reason.
    wrong = (PROBLEM / ".meta/wrong/nan_cells.py").read_text()
    page.evaluate("code => window.offerloopEditor.setValue(code)", wrong)
    page.click("#run")
    page.wait_for_selector("#verdict.v-wrong_answer")
    assert "column 'books'" in page.inner_text("#reason")
    # The example shows the input and expected frames as tables.
    io = page.inner_text("table.cases dl.io")
    assert "sales =" in io and "2024-02" in io and "books" in io and "toys" in io
    page.evaluate("code => window.offerloopEditor.setValue(code)", (PROBLEM / ".meta/solution.py").read_text())
    page.click("#submit")
    page.wait_for_selector("#verdict.v-accepted", timeout=60_000)
    assert "pivot-monthly-revenue" in ol.problems.solved_slugs()
    page.goto(base + "/data?status=solved")
    assert page.locator("tr[data-slug=pivot-monthly-revenue] .ok").count() == 1
