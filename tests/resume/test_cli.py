"""The `offerloop resume` commands, run in-process on real files."""

import json

import pytest

from tests.resume import files


@pytest.fixture
def paths(tmp_path):
    out = {}
    for name, data in (("one.pdf", files.one_page_pdf()), ("two.pdf", files.two_page_pdf()),
                       ("cv.docx", files.docx_resume()), ("scan.pdf", files.image_only_pdf()),
                       ("cols.pdf", files.two_column_pdf()), ("jd.txt", files.JD.encode()),
                       ("broken.pdf", b"%PDF-1.4 broken"), ("broken.docx", b"PK\x03\x04xx"), ("empty.txt", b""),
                       ("photo.png", b"\x89PNG\r\n\x1a\n\x00\x00")):
        (tmp_path / name).write_bytes(data)
        out[name] = str(tmp_path / name)
    big = tmp_path / "big.txt"
    with big.open("wb") as fh:
        fh.truncate(30 * 1024 * 1024)  # 30 MB, sparse on disk
    out["big.txt"] = str(big)
    return out


def test_check_json_has_the_published_fields(run, paths):
    result = run("resume", "check", paths["one.pdf"], "--json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["pages"] == 1 and data["pages_estimated"] is False and data["one_page_ok"] is True
    assert data["sections"]["found"] == ["summary", "skills", "experience", "projects", "education"]
    assert {"action_verb", "method", "impact", "weak_phrases", "suggestion"} <= set(data["bullets"][0])
    two = json.loads(run("resume", "check", paths["two.pdf"], "--json").stdout)
    assert two["pages"] == 2 and two["one_page_ok"] is False
    docx = json.loads(run("resume", "check", paths["cv.docx"], "--json").stdout)
    assert docx["pages_estimated"] is True


def test_check_tells_about_two_columns(run, paths):
    result = run("resume", "check", paths["cols.pdf"])
    assert result.exit_code == 0 and "two columns" in result.stdout


def test_bullet_json(run):
    result = run("resume", "bullet", "Trained 5 models with PyTorch to significantly improve retention", "--json")
    data = json.loads(result.stdout)
    assert data["action_verb"] is True and data["method"] is True and data["impact"] is False
    assert "significantly" in data["weak_phrases"] and "[X]%" in data["suggestion"]


def test_match_json(run, paths):
    result = run("resume", "match", paths["one.pdf"], paths["jd.txt"], "--json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert 0 <= data["match_rate"] <= 100
    assert {"keyword", "category", "jd_form", "resume_form", "evidence"} <= set(data["matched"][0])
    assert {"keyword", "category", "must_have"} <= set(data["missing"][0])
    again = json.loads(run("resume", "match", paths["one.pdf"], paths["jd.txt"], "--json").stdout)
    assert again == data


def test_cover_letter_commands(run, paths, tmp_path):
    from tests.resume.test_cover import GOOD

    letter = tmp_path / "letter.txt"
    letter.write_text(GOOD)
    data = json.loads(run("resume", "cover-letter", str(letter), "--jd", paths["jd.txt"], "--json").stdout)
    assert data["company_named"] and data["words"] <= 275
    decision = json.loads(run("resume", "cover-letter-needed", "--referred", "--many", "--json").stdout)
    assert decision["decision"] == "write"
    asked = run("resume", "cover-letter-needed", input="n\nn\nn\nn\ny\nn\nn\n")
    assert asked.exit_code == 0 and "Skip" in asked.stdout


@pytest.mark.parametrize("name, words", [
    ("broken.pdf", "damaged"), ("broken.docx", "damaged"), ("empty.txt", "empty"), ("scan.pdf", "no text layer"),
    ("photo.png", "PDF, DOCX, Markdown and plain text"), ("big.txt", "MB"),
])
def test_bad_input_exits_2_with_one_sentence_and_stores_nothing(cli, paths, name, words):
    for command in (("resume", "check", paths[name]), ("resume", "import", paths[name])):
        result = cli(*command)
        assert result.exit_code == 2
        assert words in result.stderr and "Traceback" not in result.stderr
    listed = json.loads(cli("resume", "list", "--json").stdout)
    assert listed == {"resumes": [], "descriptions": []}


def test_missing_file_is_one_sentence(run, tmp_path):
    result = run("resume", "check", str(tmp_path / "nope.pdf"))
    assert result.exit_code == 2 and "does not exist" in result.stderr


def test_import_attach_and_show_an_application(cli, ol, paths):
    app = ol.applications.add("Brightpay", "ML Engineer", "startup")
    stored = json.loads(cli("resume", "import", paths["one.pdf"], "--name", "v1", "--json").stdout)
    result = cli("resume", "attach", str(app["id"]), "--resume", str(stored["id"]), "--jd", paths["jd.txt"], "--json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["resume"]["name"] == "v1" and data["match"]["total"] > 0
    shown = cli("resume", "application", str(app["id"]))
    assert "Match rate" in shown.stdout


def test_github_checklist(run):
    items = json.loads(run("resume", "github", "--json").stdout)
    assert len(items) == 5 and any("pinned" in i["text"] for i in items)
