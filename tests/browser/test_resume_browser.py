import pytest

from tests.resume import files

pytestmark = pytest.mark.browser


def test_upload_a_resume_and_a_description_then_read_the_match_and_the_bullet_feedback(live_server, page, tmp_path):
    base, ol = live_server
    resume = tmp_path / "jane.pdf"
    resume.write_bytes(files.one_page_pdf())
    jd = tmp_path / "jd.txt"
    jd.write_text(files.JD)
    page.goto(base + "/resume")
    page.set_input_files("#rs-file", str(resume))
    page.set_input_files("#rs-jd-file", str(jd))
    page.check("input[name=save]")
    page.fill("#rs-name", "ML v1")
    page.click("#analyze-form button[type=submit]")
    page.wait_for_url(base + "/resume/resumes/1?description=1")
    rate = page.locator("#match-rate").inner_text()
    assert rate.endswith("%") and 0 < float(rate[:-1]) < 100
    matched = page.locator("#matched").inner_text()
    assert "XGBoost" in matched and "bullet" in matched
    assert "Apache Spark" in page.locator("#missing").inner_text()
    assert "Mirror the description" in page.locator("#suggestions").inner_text()
    weak = page.locator(".rs-bullet", has_text="Worked on recommendation system")
    assert "verb: no" in weak.inner_text() and "instead of 'worked on'" in weak.inner_text()
    assert [r["name"] for r in ol.resumes.list_resumes()] == ["ML v1"]

    # One bullet, checked in place.
    page.goto(base + "/resume")
    page.fill("#bullet-text", "Trained 5 models with PyTorch to significantly improve retention")
    page.click("#bullet-form button[type=submit]")
    page.wait_for_selector("#bullet-suggestion")
    out = page.locator("#bullet-result").inner_text()
    assert "impact: no" in out and "significantly" in out and "[X]%" in out


def test_an_image_only_pdf_is_refused_on_the_page(live_server, page, tmp_path):
    base, ol = live_server
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(files.image_only_pdf())
    page.goto(base + "/resume")
    page.set_input_files("#rs-file", str(scan))
    page.check("input[name=save]")
    page.click("#analyze-form button[type=submit]")
    assert "no text layer" in page.locator("#form-error").inner_text()
    assert ol.resumes.list_resumes() == []


def test_github_checklist_ticks_stay_and_the_page_fits_a_phone(live_server, browser):
    base, _ol = live_server
    context = browser.new_context(viewport={"width": 390, "height": 800})
    pg = context.new_page()
    pg.goto(base + "/resume/github")
    pg.check("input[data-key=pinned-repos]")
    assert pg.locator("#github-done").inner_text() == "1 of 5 done."
    pg.reload()
    assert pg.is_checked("input[data-key=pinned-repos]")
    pg.goto(base + "/resume")
    assert pg.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    # The results (a wide table of evidence lines) scroll inside their own box, not the page.
    rid = _ol.resumes.add_resume(files.one_page_pdf(), "jane.pdf")["id"]
    did = _ol.resumes.add_description(files.JD)["id"]
    app = _ol.applications.add("Brightpay", "Senior Machine Learning Engineer", "startup")
    _ol.resumes.attach(app["id"], resume_id=rid, description_id=did)
    for url in (f"/resume/resumes/{rid}?description={did}", f"/resume/applications/{app['id']}", "/resume/cover-letter"):
        pg.goto(base + url)
        assert pg.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), url
        if "cover-letter" not in url:
            assert pg.locator("#match-rate").is_visible(), url
    context.close()
