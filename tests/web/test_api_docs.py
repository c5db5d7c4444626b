"""/docs is served from assets installed with the package: no CDN, so it works offline."""

import re

from offerloop.web.app import STATIC


def test_docs_page_references_no_external_host_and_its_assets_load(client):
    r = client.get("/docs")
    assert r.status_code == 200
    html = r.text
    assert "SwaggerUIBundle" in html
    assert not re.search(r"(?:https?:)?//[a-z0-9.-]+\.[a-z]{2,}", html, re.I), "the page names an external host"
    refs = re.findall(r"""(?:src|href)=["']([^"']+)["']""", html) + re.findall(r"""url: ?["']([^"']+)["']""", html)
    assert refs and all(ref.startswith("/") for ref in refs), refs
    for ref in refs:
        got = client.get(ref)
        assert got.status_code == 200, ref
        assert len(got.content) > 100, ref
    assert client.get("/openapi.json").json()["info"]["title"] == "offerloop"


def test_swagger_assets_are_installed_in_the_package():
    folder = STATIC / "vendor" / "swagger-ui"
    assert (folder / "swagger-ui-bundle.js").stat().st_size > 500_000
    assert (folder / "swagger-ui.css").stat().st_size > 50_000
