"""Every page usable on a phone (issue 19, point 3): at a 390x844 viewport no page scrolls sideways.

The list of pages is built from the app's own routes (every GET route outside /api, /static and the
API docs), so a new page that is not listed here fails `test_every_page_route_is_covered` until it
is given a URL with sample data (or a reason why it is not a page, such as a file download).
"""

from __future__ import annotations

import io
import zipfile

import pytest

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}

# Route -> the URL visited (filled with the ids of the sample data) or, for a route that does not
# answer with a page, why it is left out.
PAGES: dict[str, str] = {
    "/": "/",
    "/practice": "/practice",
    "/problems/{slug}": "/problems/two-sum",
    "/algorithms": "/algorithms",
    "/data": "/data",
    "/cards": "/cards",
    "/cards/review": "/cards/review",
    "/cards/stats": "/cards/stats",
    "/cards/{slug}": "/cards/{card}",
    "/stories": "/stories",
    "/stories/new": "/stories/new",
    "/stories/questions": "/stories/questions",
    "/stories/questions/match": "/stories/questions/match?q=Tell+me+about+a+conflict+with+a+teammate",
    "/stories/questions/{question}": "/stories/questions/{question}",
    "/stories/practice": "/stories/practice",
    "/stories/ask": "/stories/ask",
    "/stories/pitch": "/stories/pitch",
    "/stories/why-company": "/stories/why-company",
    "/stories/five-years": "/stories/five-years",
    "/stories/answers/{answer_id:int}/delete": "/stories/answers/{answer}/delete",
    "/stories/{story_id:int}": "/stories/{story}",
    "/stories/{story_id:int}/edit": "/stories/{story}/edit",
    "/stories/{story_id:int}/delete": "/stories/{story}/delete",
    "/design": "/design",
    "/design/{slug}": "/design/{design}",
    "/mock": "/mock",
    "/mock/{loop_id}": "/mock/{loop}",
    "/mock/{loop_id}/rounds/{position}": "/mock/{loop}/rounds/1",
    "/plan/interview": "/plan/interview",
    "/tracker": "/tracker",
    "/tracker/funnel": "/tracker/funnel",
    "/tracker/reminders": "/tracker/reminders",
    "/tracker/flags": "/tracker/flags",
    "/tracker/{application_id:int}": "/tracker/{application}",
    "/resume": "/resume",
    "/resume/resumes/{resume_id}": "/resume/resumes/{resume}",
    "/resume/applications/{application_id}": "/resume/applications/{application}",
    "/resume/cover-letter": "/resume/cover-letter",
    "/resume/github": "/resume/github",
    "/takehome": "/takehome",
    "/takehome/reviews/{review_id}": "/takehome/reviews/{review}",
    "/offers": "/offers",
    "/offers/market": "/offers/market",
    "/offers/{offer_id:int}/edit": "/offers/{offer}/edit",
    "/offers/{offer_id:int}/delete": "/offers/{offer}/delete",
    "/plan": "/plan",
}
NOT_PAGES: dict[str, str] = {
    "/plan/coding.ics": "an iCalendar download",
    "/plan/interview.ics": "an iCalendar download",
    "/takehome/reviews/{review_id}/README.md": "a Markdown download",
}
API_DOCS = ("/docs", "/redoc", "/openapi.json", "/docs/oauth2-redirect")


def page_routes(app) -> set[str]:
    """Every GET route of the app that serves a page: not under /api or /static, not the API docs."""

    def walk(routes, prefix=""):
        for r in routes:
            if hasattr(r, "original_router"):  # an included router (FastAPI keeps it whole)
                yield from walk(r.original_router.routes, prefix + r.include_context.prefix)
            elif hasattr(r, "routes") and not getattr(r, "methods", None):  # a mounted router
                yield from walk(r.routes, prefix + getattr(r, "path", ""))
            elif "GET" in (getattr(r, "methods", None) or ()):
                yield prefix + r.path

    return {p for p in walk(app.routes)
            if not p.startswith(("/api/", "/static")) and p != "/api" and p not in API_DOCS}


def test_every_page_route_is_covered(settings_for):
    from offerloop.app import Offerloop
    from offerloop.web.app import create_app

    ol = Offerloop(settings_for("sqlite"))
    try:
        routes = page_routes(create_app(ol))
    finally:
        ol.close()
    missing = sorted(routes - set(PAGES) - set(NOT_PAGES))
    assert not missing, f"pages not covered by the phone layout test (add them to PAGES): {missing}"
    gone = sorted((set(PAGES) | set(NOT_PAGES)) - routes)
    assert not gone, f"PAGES lists routes the app no longer has: {gone}"


RESUME = """# Ada Lovelace
ada@example.com · github.com/ada

## Experience
### ML engineer, Acme (2021-2025)
- Built a ranking model in PyTorch that raised click-through by 12% for 3 million users.
- Cut training time from 9 hours to 2 by moving feature joins into Spark.

## Skills
Python, PyTorch, scikit-learn, SQL, Spark, Docker, Kubernetes, AWS

## Education
MSc Computer Science, 2021
"""

TAKEHOME = '''"""Churn model."""
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split

df = pd.read_csv("churn.csv")
X, y = df.drop(columns=["churned"]), df["churned"]
X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=0)
model = LogisticRegression().fit(X_train, y_train)
print(model.score(X_test, y_test))
'''


def _ok(r, what: str) -> dict:
    assert r.status < 300, f"creating {what} failed: {r.status} {r.text()[:300]}"
    return r.json()


class _Api:
    """The live server's API over Playwright's HTTP client (JSON bodies and multipart uploads)."""

    def __init__(self, request, base: str):
        self.request, self.base = request, base

    def post(self, path: str, json: dict | None = None, files: dict | None = None, data: dict | None = None):
        if files:
            parts = {k: {"name": n, "mimeType": t, "buffer": b} for k, (n, b, t) in files.items()}
            return self.request.post(self.base + path, multipart={**parts, **(data or {})}, timeout=60_000)
        return self.request.post(self.base + path, data=json, timeout=60_000)

    def put(self, path: str, json: dict):
        return self.request.put(self.base + path, data=json, timeout=60_000)


def sample_data(base: str, ol, request) -> dict[str, object]:
    """One of everything a detail page needs, created through the published API (long words and
    long values included, since those are what overflow)."""
    ids: dict[str, object] = {}
    http = _Api(request, base)
    if True:
        app = _ok(http.post("/api/applications", json={
            "company": "Supercalifragilisticexpialidocious Machine Learning Laboratories",
            "role": "Senior machine learning engineer, recommendations and ranking", "type": "big-tech",
            "link": "https://jobs.example.com/careers/openings/machine-learning-engineer-recommendations-ranking-12345",
            "job_description": "We want Python, PyTorch, Spark and experience shipping ranking models."}),
            "an application")
        ids["application"] = app["id"]
        big = _ok(http.post("/api/offers", json={
            "company": "BigCo", "base": 200_000, "bonus_pct": 15, "equity_grant": 400_000, "sign_on": 50_000,
            "level": "mid", "company_type": "big-tech"}), "an offer")
        _ok(http.post("/api/offers", json={"company": "Tiny", "base": 170_000, "option_shares": 20_000,
                                           "level": "mid", "company_type": "startup"}), "a second offer")
        ids["offer"] = big["id"]
        story = _ok(http.post("/api/stories", json={
            "title": "Shipping the ranking model through a disagreement",
            "situation": "Our team disagreed about the launch metric for the new ranking model.",
            "task": "I had to get agreement before the quarterly launch window closed.",
            "action": "I ran an offline replay, shared the numbers and proposed a two-week A/B test.",
            "result": "We launched on time and click-through rose 12% in the test.",
            "categories": ["conflict"]}), "a story")
        ids["story"] = story["id"]
        answer = _ok(http.post("/api/stories/answers", json={
            "kind": "pitch", "text": "I am an ML engineer who ships ranking models; lately I cut training time "
                                     "from nine hours to two and raised click-through by 12%."}), "a pitch")
        ids["answer"] = answer["id"]
        loop = _ok(http.post("/api/mock/loops", json={"type": "typical"}), "a mock loop")
        ids["loop"] = loop["id"]
        resume = _ok(http.post("/api/resumes", files={"file": ("ada.md", RESUME.encode(), "text/markdown")},
                               data={"name": "Ada"}), "a resume")
        ids["resume"] = resume["id"]
        _ok(http.put(f"/api/resume/applications/{ids['application']}", json={
            "resume_id": ids["resume"],
            "description_text": "Senior ML engineer: Python, PyTorch, Spark, ranking, A/B tests, Kubernetes."}),
            "a resume attached to the application")
        zipped = io.BytesIO()
        with zipfile.ZipFile(zipped, "w") as z:
            z.writestr("churn/train.py", TAKEHOME)
            z.writestr("churn/README.md", "# Churn\nRun `python train.py`.\n")
        review = _ok(http.post("/api/takehome/reviews", files={"file": ("churn.zip", zipped.getvalue(),
                                                                         "application/zip")}), "a take-home review")
        ids["review"] = review["review_id"]
        _ok(http.post("/api/plan/coding", json={"weeks": 6, "replace": True}), "a coding plan")
    ids["card"] = next(iter(ol.content.cards))
    ids["design"] = next(iter(ol.content.designs))
    ids["question"] = ol.stories.questions()[0]["uuid"]
    return ids


# Which elements stick out to the right, outermost only, so the report names the culprits.
OVERFLOWING = """(limit) => {
  const out = [];
  for (const el of document.querySelectorAll('body *')) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.right <= limit + 0.5) continue;
    let p = el.parentElement, inside = false;
    while (p && p !== document.body) {
      const s = getComputedStyle(p);
      if (['auto', 'scroll', 'hidden', 'clip'].includes(s.overflowX)) { inside = true; break; }
      if (p.getBoundingClientRect().right > limit + 0.5) { inside = true; break; }
      p = p.parentElement;
    }
    if (inside) continue;
    const id = el.getAttribute('id'), cls = (el.getAttribute('class') || '').trim();
    const name = el.tagName.toLowerCase() + (id ? '#' + id : '') + (cls ? '.' + cls.split(/\\s+/).join('.') : '');
    out.push(name + ' (right edge ' + Math.round(r.right) + ' px)');
    if (out.length >= 6) break;
  }
  return out;
}"""


def test_no_page_scrolls_sideways_on_a_phone(live_server, browser):
    base, ol = live_server
    context = browser.new_context(viewport=PHONE, device_scale_factor=1, is_mobile=True, has_touch=True)
    ids = sample_data(base, ol, context.request)
    page = context.new_page()
    problems: list[str] = []
    try:
        for route, url in PAGES.items():
            target = url.format(**ids)
            response = page.goto(base + target)
            assert response is not None and response.status == 200, f"{target} answered {response and response.status}"
            page.wait_for_load_state("load")
            width = page.evaluate("document.documentElement.scrollWidth")
            if width > PHONE["width"]:
                culprits = page.evaluate(OVERFLOWING, PHONE["width"])
                problems.append(f"{target} is {width} px wide: {', '.join(culprits) or 'no single element found'}")
    finally:
        context.close()
    assert not problems, "pages that scroll sideways at 390 px:\n" + "\n".join(problems)


def test_the_navigation_is_one_line_on_a_phone(live_server, browser):
    base, _ = live_server
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    page = context.new_page()
    try:
        page.goto(base + "/offers")
        nav = page.locator("nav").first
        box = nav.bounding_box()
        assert box is not None and box["height"] <= 56, f"the navigation is {box and box['height']} px high"
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
        # Every area stays reachable: the current one is visible and the links can be scrolled to.
        current = page.locator("nav a[aria-current='page']")
        assert current.count() == 1 and current.is_visible()
        link = page.locator("nav a[href='/plan']")
        link.scroll_into_view_if_needed()
        link.click()
        page.wait_for_url(f"{base}/plan")
    finally:
        context.close()
