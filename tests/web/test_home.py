import html
from offerloop.areas import AREAS


def test_health_answers_ok(client):
    assert client.get("/api/health").json() == {"status": "ok"}


def test_openapi_schema_is_served(client):
    schema = client.get("/openapi.json").json()
    assert schema["info"]["title"] == "offerloop"
    assert "/api/health" in schema["paths"]


def test_home_page_has_navigation_for_every_area(client):
    page = client.get("/")
    assert page.status_code == 200
    assert "<title>offerloop</title>" in page.text
    for area in AREAS:
        assert f'href="/{area.slug}"' in page.text
        assert html.escape(area.title) in page.text


def test_an_area_not_built_yet_says_so(client):
    missing = [a for a in AREAS if a.slug not in client.app.state.ready_areas]
    for area in missing:
        page = client.get(f"/{area.slug}")
        assert page.status_code == 200
        assert "not built yet" in page.text


def test_errors_are_json_under_api_and_html_elsewhere(client):
    api = client.get("/api/does-not-exist")
    assert api.status_code == 404
    assert api.json()["error"].startswith("There is no page")
    page = client.get("/does-not-exist")
    assert page.status_code == 404
    assert "text/html" in page.headers["content-type"]
    assert "There is no page at /does-not-exist" in page.text
