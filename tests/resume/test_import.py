"""Reading real files: PDFs made with reportlab, a DOCX made with python-docx, Markdown and text;
bad input refused in one sentence."""

from datetime import datetime, timezone

import pytest

from offerloop.errors import InvalidInput
from offerloop.resume.check import check_document
from offerloop.resume.parse import FileTooLarge, read_document
from tests.resume import files

NOW = datetime(2026, 12, 1, tzinfo=timezone.utc)


def test_one_page_pdf_has_exact_pages_sections_contact_and_bullets():
    doc = read_document(files.one_page_pdf(), "jane.pdf")
    result = check_document(doc, now=NOW)
    assert result["pages"] == 1 and result["pages_estimated"] is False and result["one_page_ok"] is True
    assert result["sections"]["found"] == ["summary", "skills", "experience", "projects", "education"]
    assert result["contact"]["email"] == "jane.rivera@example.com"
    assert result["contact"]["linkedin"].endswith("linkedin.com/in/janerivera")
    assert result["contact"]["github"].endswith("github.com/janer")
    assert result["contact"]["portfolio"] == "janerivera.dev"
    texts = [b["text"] for b in result["bullets"]]
    # The wrapped bullet is glued back together; the bullet glyph is not part of the text.
    assert any(t.endswith("reducing false positives by 43% ($2.1M savings/year)") for t in texts)
    assert "Worked on recommendation system" in texts
    weak = next(b for b in result["bullets"] if b["text"] == "Worked on recommendation system")
    assert weak["action_verb"] is False and weak["weak_phrases"] == ["worked on"]
    # Jan 2021 - Dec 2026 and Mar 2018 - Dec 2020: 71 + 33 months.
    assert result["years_of_experience"] == 8.7
    # A present-tense bullet under the role that ended in 2020 is caught.
    builds = next(b for b in result["bullets"] if b["text"].startswith("Builds dashboards"))
    assert builds["tense_ok"] is False


def test_two_page_pdf_breaks_the_one_page_rule_under_ten_years():
    result = check_document(read_document(files.two_page_pdf(), "long.pdf"), now=NOW)
    assert result["pages"] == 2 and result["pages_estimated"] is False
    assert result["years_of_experience"] < 10
    assert result["one_page_ok"] is False
    assert "keep it to one page" in result["page_advice"]


def test_docx_pages_are_estimated_and_heading_variants_are_sections():
    doc = read_document(files.docx_resume(), "jane.docx")
    result = check_document(doc, now=NOW)
    assert doc.format == "docx"
    assert result["pages"] == 1 and result["pages_estimated"] is True
    assert "estimated" in result["page_advice"]
    # "Profile" and "Employment History" are the summary and experience sections.
    assert result["sections"]["found"] == ["summary", "skills", "experience", "education"]
    assert result["sections"]["missing"] == ["projects"]
    assert [b["text"][:9] for b in result["bullets"]] == ["Developed", "Worked on"]


def test_markdown_over_ten_years_may_use_two_pages():
    doc = read_document(files.MARKDOWN.encode(), "cv.md")
    result = check_document(doc, now=NOW)
    assert doc.format == "markdown" and result["pages_estimated"] is True
    assert result["years_of_experience"] > 10 and result["max_pages"] == 2
    assert result["contact"]["linkedin"] == "https://linkedin.com/in/janerivera"


def test_plain_text_sections_by_heading_variants():
    text = ("Ana Ruiz\nana@example.com\nABOUT ME\nData scientist.\nWork History:\nAnalyst, Foo 2020 - 2022\n"
            "* Reduced costs by 10% with SQL\nSelected Projects\n- Built a RAG demo with LangChain\nAcademic Background\nBSc 2019\n")
    result = check_document(read_document(text.encode(), "cv.txt"), now=NOW)
    assert result["sections"]["found"] == ["summary", "experience", "projects", "education"]
    assert result["years_of_experience"] == 2.0
    # Overlapping roles count once; European month.year dates and "to" ranges are read too.
    text = ("Experience\nLead, Foo 09.2019 - 03.2021\nAdvisor, Bar January 2020 to June 2022\n"
            "Engineer, Baz Mar 2023 - Present\n")
    result = check_document(read_document(text.encode(), "cv.txt"), now=NOW)
    assert [r["start"] for r in result["roles"]] == ["2019-09", "2020-01", "2023-03"]
    assert result["years_of_experience"] == round((33 + 45) / 12, 1)  # Sep 2019-Jun 2022, Mar 2023-Dec 2026


def test_a_heading_and_its_content_on_one_line():
    text = "Sam Lee\nsam@example.com\nSummary: Data scientist.\nSkills: Python, SQL\nExperience\nAnalyst, Foo 2020 - 2022\n" \
           "- Tools: Airflow and dbt for nightly loads, cutting delays by 30%\n"
    doc = read_document(text.encode(), "cv.txt")
    assert [(ln.section, ln.kind, ln.text) for ln in doc.lines[2:6]] == [
        ("summary", "heading", "Summary"), ("summary", "text", "Data scientist."),
        ("skills", "heading", "Skills"), ("skills", "text", "Python, SQL")]
    assert doc.lines[-1].section == "experience" and doc.lines[-1].kind == "bullet"


def test_two_column_pdf_is_read_column_by_column_and_said_so():
    doc = read_document(files.two_column_pdf(), "two.pdf")
    assert len(doc.warnings) == 1 and "two columns" in doc.warnings[0]
    lines = [ln.text for ln in doc.lines]
    # The left column comes whole before the right one: no line mixes the two.
    assert lines.index("Reduced churn by 12% using LightGBM models") < lines.index("Python")
    assert not any("LightGBM" in t and "Python" in t for t in lines)
    one_column = read_document(files.one_page_pdf(), "one.pdf")
    assert one_column.warnings == []


def test_a_narrow_sidebar_is_a_column_too():
    doc = read_document(files.sidebar_pdf(), "sidebar.pdf")
    assert len(doc.warnings) == 1 and "two columns" in doc.warnings[0]
    lines = [ln.text for ln in doc.lines]
    assert "Cut fraud losses by 31% with gradient boosting on Kafka streams" in lines
    assert "Python" in lines and not any("Python" in t and "Lead" in t for t in lines)


def test_right_aligned_dates_are_not_a_second_column():
    doc = read_document(files.right_aligned_dates_pdf(), "dates.pdf")
    assert doc.warnings == []
    assert "Senior Data Scientist, Acme Jan 2020 - Present" in [ln.text for ln in doc.lines]
    assert check_document(doc, now=NOW)["years_of_experience"] == 9.7  # 83 + 33 months


@pytest.mark.parametrize("data, name, words", [
    (b"%PDF-1.4\n1 0 obj <<garbage", "broken.pdf", "damaged"),
    (b"PK\x03\x04 not really a zip", "broken.docx", "damaged"),
    (b"", "empty.txt", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "photo.png", "PDF, DOCX, Markdown and plain text"),
    (b"plain words", "resume.pdf", "not a PDF"),
])
def test_bad_files_are_refused_in_one_sentence(data, name, words):
    with pytest.raises(InvalidInput) as err:
        read_document(data, name)
    message = str(err.value)
    assert words in message and message.count(". ") == 0 and message.endswith(".")


def test_image_only_pdf_is_refused_and_nothing_is_invented():
    with pytest.raises(InvalidInput, match="no text layer"):
        read_document(files.image_only_pdf(), "scan.pdf")


def test_a_30_mb_file_is_too_large():
    with pytest.raises(FileTooLarge) as err:
        read_document(b"a" * (30 * 1024 * 1024), "huge.txt")
    assert err.value.http_status == 413


from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from([b"", b"%PDF-1.7\n", b"PK\x03\x04", b"\xef\xbb\xbf", b"# ", b"\x89PNG"]),
       st.binary(max_size=400), st.sampled_from(["cv.pdf", "cv.docx", "cv.md", "cv.txt", "cv", "cv.doc"]))
def test_any_bytes_give_a_document_or_one_clear_sentence(prefix, body, name):
    try:
        doc = read_document(prefix + body, name)
    except InvalidInput as exc:
        assert str(exc).endswith(".") and "\n" not in str(exc)
    else:
        assert doc.lines and doc.pages >= 1
