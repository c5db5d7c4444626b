"""The real `offerloop design` commands against SQLite and PostgreSQL."""

import json

from tests.design.test_logic import FRAUD_MEDIUM

SECTION_KEYS = ["problem", "requirements", "overview", "bottlenecks", "links", "evaluation", "maintenance"]
CHECK_KEYS = ["latency_number", "scale_number", "offline_metrics", "online_metrics", "ab_test", "monitoring", "fallback"]

SLUGS = {"recommendation-system", "fraud-detection", "search-ranking", "ads-click-prediction", "news-feed-ranking",
         "eta-prediction", "content-moderation", "rag-assistant", "llm-serving", "spam-detection", "visual-search",
         "anomaly-detection", "churn-prediction", "demand-forecasting", "query-autocomplete"}


def test_list_has_the_fifteen_published_slugs(cli):
    result = cli("design", "list", "--json")
    assert result.exit_code == 0, result.output
    assert SLUGS <= {c["slug"] for c in json.loads(result.stdout)}
    assert "fraud-detection" in cli("design", "list").stdout


def test_show_prints_prompt_clarifications_and_time_boxes(cli):
    out = cli("design", "show", "fraud-detection").stdout
    assert "Clarifying questions" in out and "50 ms" in out and "Bottlenecks and trade-offs" in out and "10 min" in out
    data = json.loads(cli("design", "show", "fraud-detection", "--reference", "--json").stdout)
    assert data["reference"].startswith("## P") and [s["minutes"] for s in data["sections"]] == [5, 5, 10, 10, 5, 10, 5]


def test_unknown_slug_lists_close_matches_and_exits_2(cli):
    result = cli("design", "show", "fraud")
    assert result.exit_code == 2 and "Did you mean: fraud-detection?" in result.output
    result = cli("design", "review", "x.md", "--case", "recomendation-system")
    assert result.exit_code == 2


def test_start_writes_a_workspace_that_reviews_with_headings(cli, tmp_path):
    path = tmp_path / "ws.md"
    assert cli("design", "start", "eta-prediction", "--output", str(path)).exit_code == 0
    text = path.read_text()
    assert "## P - Problem definition (5 min)" in text and "## M - Maintenance (5 min)" in text
    again = cli("design", "start", "eta-prediction", "--output", str(path))
    assert again.exit_code == 2 and "--force" in again.output
    path.write_text(text.replace("## R - Requirements (5 min)\n",
                                 "## R - Requirements (5 min)\nThe ETA must return within 100 ms at p99 for 20M trips a day.\n"))
    data = json.loads(cli("design", "review", str(path), "--case", "eta-prediction", "--json").stdout)
    assert data["sections"]["requirements"]["present"] and data["sections"]["requirements"]["found_by"] == "heading"
    assert not data["sections"]["overview"]["present"]


def test_review_json_has_the_published_keys_and_attempts_build_a_history(cli, tmp_path):
    path = tmp_path / "design.md"
    path.write_text(FRAUD_MEDIUM)
    result = cli("design", "review", str(path), "--case", "fraud-detection", "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    for key in ("case", "score", "sections", "checks", "ratings", "follow_ups"):
        assert key in data
    assert data["case"] == "fraud-detection" and 0 <= data["score"] <= 100
    assert list(data["sections"]) == SECTION_KEYS
    for sec in data["sections"].values():
        assert {"present", "covered", "missed", "contradicted"} <= set(sec)
    assert [k for k in data["checks"] if not k.startswith("pitfall_")] == CHECK_KEYS
    assert all(isinstance(v, bool) for v in data["checks"].values())
    assert set(data["ratings"]) == {"technical_depth", "problem_solving", "communication"}
    assert all(1 <= v <= 4 for v in data["ratings"].values()) and len(data["follow_ups"]) == 3
    text = cli("design", "review", str(path), "--case", "fraud-detection").stdout
    assert f"score {data['score']}/100" in text and "Practise next" in text
    path.write_text(FRAUD_MEDIUM + "\nIf the model is down the rules engine decides. We monitor drift and retrain weekly.\n")
    better = json.loads(cli("design", "review", str(path), "--case", "fraud-detection", "--json").stdout)
    assert better["score"] > data["score"]
    history = json.loads(cli("design", "history", "fraud-detection", "--json").stdout)
    assert [a["score"] for a in history["attempts"]] == [data["score"], data["score"], better["score"]]
    assert history["change"] == better["score"] - data["score"]
    listed = {c["slug"]: c for c in json.loads(cli("design", "list", "--json").stdout)}
    assert listed["fraud-detection"]["attempts"] == 3 and listed["fraud-detection"]["best_score"] == better["score"]


def test_bad_files_are_one_sentence_and_exit_2_and_store_nothing(cli, tmp_path):
    empty = tmp_path / "empty.md"
    empty.write_text("  \n")
    binary = tmp_path / "photo.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    huge = tmp_path / "huge.md"
    huge.write_text("The model ranks items. " * 9000)  # about 200 KB
    for path, words in ((empty, "empty"), (binary, "not a text file"), (huge, "limit"), (tmp_path / "nope.md", "does not exist")):
        result = cli("design", "review", str(path), "--case", "fraud-detection")
        assert result.exit_code == 2 and words in result.output, result.output
        assert len(result.output.strip().splitlines()) <= 2
    assert json.loads(cli("design", "history", "fraud-detection", "--json").stdout)["attempts"] == []


def test_estimate_prints_qps_storage_memory(cli):
    out = cli("design", "estimate", "--daily-users", "100e6", "--requests-per-user", "10", "--bytes-per-event", "1000",
              "--parameters", "7e9").stdout
    assert "11.6k average, 34.7k peak" in out and "1.0 TB per day" in out and "14.0 GB" in out
    assert cli("design", "estimate").exit_code == 2
