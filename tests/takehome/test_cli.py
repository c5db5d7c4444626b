import json

from offerloop.takehome.agreement import CORPUS

REPOS = CORPUS / "repos"
NB = CORPUS / "leaks/preprocessing/imputer_on_frame_leak.ipynb"


def test_review_json_carries_the_published_fields(cli):
    result = cli("takehome", "review", str(NB), "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert set(data["parts"]) == {"code_quality", "correctness", "communication", "completeness"}
    leak = data["leaks"][0]
    assert leak["kind"] == "preprocessing" and leak["file"] == NB.name
    cell = json.loads(NB.read_text())["cells"][leak["cell"]]
    line = "".join(cell["source"]).split("\n")[leak["line"] - 1]
    assert "fit_transform" in line  # the reported cell and line are the leaking statement
    assert {"rule", "severity", "file", "cell", "line", "message", "fix"} <= set(data["findings"][0])


def test_review_prints_a_terminal_report_and_writes_html(cli, tmp_path):
    out = tmp_path / "report.html"
    result = cli("takehome", "review", str(REPOS / "leaky_notebook"), "--html", str(out))
    assert result.exit_code == 0, result.output
    assert "leakage" in result.stdout and "code quality" in result.stdout and "score" in result.stdout
    html = out.read_text()
    assert html.startswith("<!doctype html>") and "notebook_out_of_order" in html and "<script" not in html


def test_a_bad_path_is_one_sentence_and_exit_2(cli, tmp_path):
    result = cli("takehome", "review", str(tmp_path / "missing"))
    assert result.exit_code == 2 and "does not exist" in result.output


def test_agreement_prints_per_kind_figures_and_every_rule(cli):
    data = json.loads(cli("takehome", "agreement", "--json").stdout)
    assert set(data["leaks"]["kinds"]) == {"preprocessing", "overlap", "multitest", "eval_on_train", "target",
                                           "temporal"}
    assert data["leaks"]["overall"]["precision"] >= 0.95
    text = cli("takehome", "agreement").stdout
    assert "overall" in text and "no_readme" in text and "notebook_has_errors" in text


def test_save_list_and_link_to_a_tracker_application(cli, ol):
    app = ol.applications.add("Acme", "ML engineer", "startup")
    result = cli("takehome", "review", str(REPOS / "good_repo"), "--save", "--name", "Acme take-home",
                 "--application", str(app["id"]), "--json")
    assert result.exit_code == 0, result.output
    cli("takehome", "review", str(REPOS / "no_docs_script"), "--save", "--name", "Acme take-home")
    items = json.loads(cli("takehome", "list", "--json").stdout)
    assert len(items) == 1 and items[0]["application_id"] == app["id"]
    assert [r["score"] for r in items[0]["reviews"]] == [100.0, 43.0]
    unlinked = cli("takehome", "link", str(items[0]["id"]))
    assert "no longer linked" in unlinked.stdout
    missing = cli("takehome", "link", str(items[0]["id"]), "--application", "999")
    assert missing.exit_code == 2 and "no application 999" in missing.output


def test_template_and_budget(cli):
    t = cli("takehome", "template", str(REPOS / "good_repo")).stdout
    assert t.startswith("# Good Repo") and "## What I'd Do With More Time" in t
    b = cli("takehome", "budget").stdout
    assert "Problem understanding, EDA" in b and "5:00-6:00" in b
