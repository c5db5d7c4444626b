"""Stored resumes and descriptions, their tie to tracked applications, and the export round trip
(on SQLite and PostgreSQL)."""

import pytest

from offerloop.errors import InvalidInput, NotFound
from tests.resume import files


def _count(ol) -> tuple[int, int]:
    return len(ol.resumes.list_resumes()), len(ol.resumes.list_descriptions())


def test_import_stores_a_version_and_the_check(ol):
    r = ol.resumes.add_resume(files.one_page_pdf(), "jane.pdf", name="ML v1")
    assert r["name"] == "ML v1" and r["format"] == "pdf" and r["pages"] == 1 and not r["pages_estimated"]
    assert r["check"]["sections"]["found"][0] == "summary"
    again = ol.resumes.get_resume(r["id"])
    assert again["check"]["bullets"] == r["check"]["bullets"]  # re-checked from the stored lines alone


@pytest.mark.parametrize("data, name", [
    (b"%PDF-1.4 broken", "a.pdf"), (b"PK\x03\x04xx", "a.docx"), (b"", "a.txt"), (None, "scan.pdf"),
])
def test_bad_files_store_nothing(ol, data, name):
    with pytest.raises(InvalidInput):
        ol.resumes.add_resume(files.image_only_pdf() if data is None else data, name)
    assert _count(ol) == (0, 0)


def test_attach_to_an_application_and_match_it(ol):
    app = ol.applications.add("Brightpay", "Senior Machine Learning Engineer", "startup")
    r = ol.resumes.add_resume(files.docx_resume(), "jane.docx")
    # Without a saved description the tracker's own text is used.
    ol.applications.update(app["id"], job_description=files.JD)
    first = ol.resumes.attach(app["id"], resume_id=r["id"])
    assert first["description_source"] == "tracker" and first["match"]["total"] > 0
    out = ol.resumes.attach(app["id"], description_text=files.JD + "\n- PyTorch required\n")
    assert out["resume"]["id"] == r["id"] and out["description_source"] == "saved"
    assert out["description"]["company"] == "Brightpay"
    assert "PyTorch" in {m["keyword"] for m in out["match"]["matched"]}
    assert ol.resumes.for_application(app["id"])["match"] == out["match"]


def test_attach_refuses_unknown_ids_and_changes_nothing(ol):
    app = ol.applications.add("Acme", "Data Scientist", "big-tech")
    with pytest.raises(NotFound):
        ol.resumes.attach(app["id"], resume_id=999)
    with pytest.raises(NotFound):
        ol.resumes.attach(424242, description_text=files.JD)
    with pytest.raises(InvalidInput):
        ol.resumes.attach(app["id"], description_text="   ")
    assert _count(ol) == (0, 0)
    assert ol.resumes.for_application(app["id"])["resume"] is None


def test_deleting_the_application_removes_the_link_not_the_resume(ol):
    app = ol.applications.add("Acme", "Data Scientist", "big-tech")
    r = ol.resumes.add_resume(files.MARKDOWN.encode(), "cv.md")
    ol.resumes.attach(app["id"], resume_id=r["id"], description_text=files.JD)
    ol.applications.delete(app["id"])
    assert _count(ol) == (1, 1)


def test_export_and_import_carry_resumes_descriptions_and_links(ol, settings_for, backend, tmp_path):
    from offerloop.app import Offerloop
    from offerloop.store.transfer import export_data, import_data, read_export

    app = ol.applications.add("Brightpay", "ML Engineer", "startup")
    r = ol.resumes.add_resume(files.one_page_pdf(), "jane.pdf", name="v1")
    ol.resumes.attach(app["id"], resume_id=r["id"], description_text=files.JD)
    before = ol.resumes.for_application(app["id"])
    path = tmp_path / "export.json"
    data = export_data(ol, path)
    assert {"resumes", "job_descriptions", "application_documents"} <= set(data["tables"])

    if backend == "postgres":
        # One PostgreSQL schema per run: import into the same store, next to the originals.
        other = ol
    else:
        other = Offerloop(settings_for(backend, name="other"))
    counts = import_data(other, read_export(path))
    assert counts["resumes"] == 1 and counts["job_descriptions"] == 1 and counts["application_documents"] == 1
    apps = [a for a in other.applications.list() if a["company"] == "Brightpay"]
    copy = other.resumes.for_application(max(a["id"] for a in apps))
    assert copy["resume"]["name"] == "v1" and copy["match"] == before["match"]
    if other is not ol:
        other.close()
