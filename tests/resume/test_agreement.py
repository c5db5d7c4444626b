"""The proof: the scorer and the matcher agree with the labelled corpus shipped in the package."""

import json

from offerloop.resume.agreement import load_bullets, load_pairs, report


def test_corpus_sizes():
    assert len(load_bullets()) >= 60
    pairs = load_pairs()
    assert len(pairs) >= 10
    assert all(len(p.alias_only) >= 2 and p.traps and p.must_miss for p in pairs)


def test_agreement_meets_the_bar():
    r = report()
    assert min(r["bullet_agreement"].values()) >= 0.90, r["disagreements"]
    assert r["must_match_recall"] >= 0.95, r["pair_details"]
    assert r["alias_only_recall"] >= 0.95, r["pair_details"]
    assert r["trap_false_matches"] == 0, r["pair_details"]
    assert r["must_nice_agreement"] >= 0.95, r["pair_details"]
    assert r["passes"]


def test_agreement_command_prints_the_figures(run):
    result = run("resume", "agreement", "--json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert set(data["bullet_agreement"]) == {"verb", "method", "impact"}
    assert data["trap_false_matches"] == 0
    text = run("resume", "agreement")
    assert "PASS" in text.stdout and "must-match recall" in text.stdout
