import json
from pathlib import Path

import pytest

from offerloop.errors import InvalidInput, NotFound

ROOT = Path(__file__).parents[2]
KMEANS_OK = (ROOT / "src/offerloop/content/packs/problems/kmeans/.meta/solution.py").read_text()
KMEANS_BAD = (ROOT / "src/offerloop/content/packs/problems/kmeans/.meta/wrong/one_iteration.py").read_text()


def test_submit_records_attempts_and_marks_solved(ol):
    assert "kmeans" not in ol.problems.solved_slugs()
    bad = ol.problems.submit("kmeans", KMEANS_BAD)
    assert not bad.accepted
    good = ol.problems.submit("kmeans", KMEANS_OK)
    assert good.accepted
    history = ol.problems.history("kmeans")
    assert [h["verdict"] for h in history] == ["accepted", bad.verdict.value]
    assert "kmeans" in ol.problems.solved_slugs()
    row = next(r for r in ol.problems.list(track="ml") if r["slug"] == "kmeans")
    assert row["solved"] and row["attempts"] == 2
    assert "kmeans" in [r["slug"] for r in ol.problems.list(solved=True)]
    assert "kmeans" not in [r["slug"] for r in ol.problems.list(solved=False)]
    assert ol.problems.last_code("kmeans") == KMEANS_OK


def test_running_examples_records_nothing(ol):
    r = ol.problems.run_examples("kmeans", KMEANS_OK)
    assert r.accepted and all(c.visible for c in r.cases)
    assert ol.problems.history("kmeans") == []


def test_unknown_problem_lists_close_matches(ol):
    with pytest.raises(NotFound, match="Did you mean: kmeans"):
        ol.problems.get("k-means")


def test_bad_filters_are_one_sentence(ol):
    with pytest.raises(InvalidInput, match="Unknown track"):
        ol.problems.list(track="rust")


def test_start_writes_a_workspace_and_never_overwrites_work(ol, tmp_path):
    info = ol.problems.start("kmeans", tmp_path / "ws")
    solution = Path(info["solution"])
    assert "def kmeans" in solution.read_text()
    examples = json.loads((tmp_path / "ws" / "examples.json").read_text())
    assert examples[0]["name"] == "two obvious groups"
    solution.write_text("# my work\n")
    again = ol.problems.start("kmeans", tmp_path / "ws")
    assert again["kept_existing"] and solution.read_text() == "# my work\n"


def test_cli_submit_json_and_exit_codes(ol, cli, tmp_path):
    good = tmp_path / "good.py"
    good.write_text(KMEANS_OK)
    bad = tmp_path / "bad.py"
    bad.write_text(KMEANS_BAD)
    r = cli("submit", "kmeans", str(good), "--json")
    assert r.exit_code == 0, r.output
    data = json.loads(r.output)
    assert data["verdict"] == "accepted" and data["passed"] == data["total"] and "time_ms" in data and data["cases"]
    r = cli("submit", "kmeans", str(bad), "--json")
    assert r.exit_code == 1
    assert json.loads(r.output)["verdict"] != "accepted"
    r = cli("submit", "kmens", str(good))
    assert r.exit_code == 2 and "Did you mean: kmeans" in r.output
    r = cli("submit", "kmeans", str(tmp_path / "missing.py"))
    assert r.exit_code == 2 and "does not exist" in r.output


def test_cli_start_then_test_visible_cases(ol, cli, tmp_path):
    r = cli("start", "train-test-split", "--dir", str(tmp_path / "tts"))
    assert r.exit_code == 0, r.output
    r = cli("test", "train-test-split", str(tmp_path / "tts" / "solution.py"), "--json")
    assert r.exit_code == 1
    data = json.loads(r.output)
    assert data["verdict"] == "runtime_error" and "NotImplementedError" in data["reason"]


def test_cli_problems_list_json_filters(cli):
    r = cli("problems", "list", "--track", "ml", "--json")
    assert r.exit_code == 0
    slugs = {p["slug"] for p in json.loads(r.output)}
    assert {"linear-regression", "kmeans", "train-test-split"} <= slugs


def test_api_submission_answers_like_the_cli(client):
    r = client.post("/api/problems/kmeans/submissions", json={"code": KMEANS_OK})
    assert r.status_code == 200
    body = r.json()
    assert body["verdict"] == "accepted" and {"passed", "total", "time_ms", "cases"} <= set(body)
    assert client.get("/api/problems/kmeans/submissions").json()[0]["verdict"] == "accepted"
    assert client.post("/api/problems/kmeans/submissions", json={"code": 3}).status_code == 422
    assert client.post("/api/problems/nope/submissions", json={"code": "x"}).status_code == 404
    too_big = client.post("/api/problems/kmeans/submissions", json={"code": "#" * 100_000})
    assert too_big.status_code == 422 and "limit" in too_big.json()["error"]


def test_problem_pages_render(client):
    page = client.get("/practice")
    assert page.status_code == 200 and "K-means" in page.text
    page = client.get("/problems/kmeans")
    assert page.status_code == 200 and "vendor/editor.js" in page.text and "Lloyd" in page.text
    assert client.get("/problems/nope").status_code == 404


def test_api_problems_due_is_not_taken_for_a_slug(client):
    # /api/problems/due must reach the review queue, not the problem lookup.
    r = client.get("/api/problems/due")
    assert r.status_code == 200 and r.json() == []
    client.post("/api/problems/kmeans/submissions", json={"code": KMEANS_OK})
    assert client.get("/api/problems/due").status_code == 200
