"""The labelled corpus: the review agrees with the labels and orders strong > medium > weak on every case."""

import json

from offerloop.design.corpus import agreement_report, load_corpus


def test_the_corpus_is_big_and_varied_enough():
    corpus = load_corpus()
    assert len(corpus) >= 24 and len({d["case"] for d in corpus}) >= 10
    assert {"headings", "bullets", "prose"} <= {d["style"] for d in corpus}
    assert {d["level"] for d in corpus} == {"strong", "medium", "weak"}
    assert sum(1 for d in corpus if "\n#" not in "\n" + d["text"] and "**" not in d["text"]) >= 8  # no headings


def test_agreement_meets_the_targets():
    report = agreement_report()
    assert report["section_agreement"] >= 0.90, report["disagreements"]
    assert report["check_agreement"] >= 0.90, report["disagreements"]
    assert report["ordered"], report["per_case"]
    for case, scores in report["per_case"].items():
        assert scores["strong"] > scores["medium"] > scores["weak"], case


def test_agreement_command_prints_the_figures(cli):
    result = cli("design", "agreement", "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["meets_targets"] and data["designs"] >= 24
    text = cli("design", "agreement").stdout
    assert "section agreement:" in text and "check agreement:" in text and "strong > medium > weak on every case: yes" in text
