"""Agreement of the leakage analyser with the labelled corpus, and of the rules with their fixtures.

A predicted leak counts as a true positive only when its kind, cell and line all match the label;
a right kind on a wrong line counts as a miss and a false alarm, and is listed as `line_wrong`.
"""

from __future__ import annotations

import re
from pathlib import Path

from offerloop.takehome.leakage import KINDS

CORPUS = Path(__file__).parent / "corpus"
LEAKS_DIR = CORPUS / "leaks"
MARK = re.compile(r"#\s*leak:\s*(\w+)\s*$")


def expected_leaks(f) -> set[tuple]:
    """(kind, cell, line) from the `# leak: kind` comments of a corpus file."""
    out = set()
    if f.cells is None:
        for i, line in enumerate(f.text.split("\n"), 1):
            m = MARK.search(line)
            if m:
                out.add((m.group(1), None, i))
        return out
    for c in f.cells:
        for i, line in enumerate(c.source.split("\n"), 1):
            m = MARK.search(line)
            if m:
                out.add((m.group(1), c.index, i))
    return out


def corpus_files() -> list[Path]:
    return sorted(p for p in LEAKS_DIR.glob("*/*") if p.suffix in {".py", ".ipynb"})


def leak_agreement() -> dict:
    from offerloop.takehome.review import file_leaks
    from offerloop.takehome.sources import load

    per = {k: {"tp": 0, "fp": 0, "fn": 0, "line_wrong": 0, "files": 0} for k in KINDS}
    mistakes = []
    notebooks = pairs = 0
    for path in corpus_files():
        sub = load(path)
        f = next(iter(sub.files.values()))
        exp = expected_leaks(f)
        got = {(lk.kind, lk.cell, lk.line) for lk in file_leaks(f)}
        per[path.parent.name]["files"] += 1
        notebooks += path.suffix == ".ipynb"
        pairs += path.stem.endswith("_leak")
        for item in got & exp:
            per[item[0]]["tp"] += 1
        for item in got - exp:
            kind = item[0]
            per[kind]["fp"] += 1
            if any(e[0] == kind for e in exp - got):
                per[kind]["line_wrong"] += 1
            mistakes.append({"file": path.relative_to(CORPUS).as_posix(), "false_alarm": list(item)})
        for item in exp - got:
            per[item[0]]["fn"] += 1
            mistakes.append({"file": path.relative_to(CORPUS).as_posix(), "missed": list(item)})

    def ratio(a: int, b: int) -> float:
        return round(a / b, 3) if b else 1.0

    kinds = {}
    for k, v in per.items():
        kinds[k] = dict(v, precision=ratio(v["tp"], v["tp"] + v["fp"]), recall=ratio(v["tp"], v["tp"] + v["fn"]))
    tp = sum(v["tp"] for v in per.values())
    fp = sum(v["fp"] for v in per.values())
    fn = sum(v["fn"] for v in per.values())
    return {"files": len(corpus_files()), "pairs": pairs, "notebook_pairs": notebooks // 2, "kinds": kinds,
            "overall": {"tp": tp, "fp": fp, "fn": fn, "precision": ratio(tp, tp + fp), "recall": ratio(tp, tp + fn),
                        "line_wrong": sum(v["line_wrong"] for v in per.values())},
            "mistakes": mistakes}


def rule_agreement() -> dict:
    """Each take-home repository against the findings it must and must not get; each rule's fixtures."""
    import json

    from offerloop.takehome.review import RULES, review
    from offerloop.takehome.sources import load

    expected = json.loads((CORPUS / "repos_expected.json").read_text())
    repos, table = [], {r: {"positive": [], "negative": [], "failed": []} for r in RULES}
    for name, exp in expected.items():
        report = review(load(CORPUS / "repos" / name))
        got = {f["rule"] for f in report["findings"]}
        missing = [r for r in exp["must"] if r not in got]
        unwanted = [r for r in exp["must_not"] if r in got]
        repos.append({"repo": name, "score": report["score"], "ok": not missing and not unwanted,
                      "missing": missing, "unwanted": unwanted})
        for r in exp["must"]:
            table[r]["positive" if r in got else "failed"].append(name)
        for r in exp["must_not"]:
            table[r]["negative" if r not in got else "failed"].append(name)
    # The leakage corpus gives `leakage` and `eval_on_train` fixtures of their own.
    table["leakage"]["positive"].append("corpus leaks/*/*_leak")
    table["leakage"]["negative"].append("corpus leaks/*/*_clean")
    table["eval_on_train"]["positive"].append("corpus leaks/eval_on_train/*_leak")
    table["eval_on_train"]["negative"].append("corpus leaks/eval_on_train/*_clean")
    return {"repos": repos, "rules": table}
