import pytest

from offerloop.areas import AREAS

pytestmark = pytest.mark.browser


def test_home_page_renders_in_chromium_with_every_area(live_server, page, tmp_path):
    base, _ = live_server
    page.goto(base + "/")
    assert page.title() == "offerloop"
    links = page.locator("nav a")
    assert links.count() == len(AREAS)
    shot = tmp_path / "home.png"
    page.screenshot(path=str(shot), full_page=True)
    assert shot.stat().st_size > 10_000  # a real rendering, not an empty page


def test_keyboard_user_can_reach_an_area_from_the_navigation(live_server, page):
    base, _ = live_server
    page.goto(base + "/")
    for _ in range(6):  # skip link, brand, then the areas
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.closest('nav') !== null"):
            break
    assert page.evaluate("document.activeElement.textContent.trim()") == AREAS[0].title
    page.keyboard.press("Enter")
    page.wait_for_url(f"{base}/{AREAS[0].slug}")
    assert page.locator("h1").first.inner_text() == AREAS[0].title
