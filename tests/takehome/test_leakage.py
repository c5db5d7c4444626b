"""The dataflow analyser against the labelled corpus, and the shapes it must tell apart."""

import json
import random
import subprocess
import sys
import textwrap

import pytest

from offerloop.takehome.agreement import corpus_files, expected_leaks, leak_agreement
from offerloop.takehome.leakage import KINDS, analyze_source
from offerloop.takehome.sources import load


def test_corpus_meets_the_targets_with_the_line_right_for_every_hit():
    r = leak_agreement()
    assert r["pairs"] >= 60 and r["notebook_pairs"] >= 15
    assert all(r["kinds"][k]["files"] >= 2 for k in KINDS)
    assert r["overall"]["precision"] >= 0.95 and r["overall"]["recall"] >= 0.90, r["mistakes"]
    assert r["overall"]["line_wrong"] == 0
    for kind in KINDS:
        assert r["kinds"][kind]["tp"] >= 1


def test_every_leak_file_has_a_clean_twin_and_a_label():
    files = {p.name for p in corpus_files()}
    for p in corpus_files():
        if p.stem.endswith("_leak"):
            assert p.name.replace("_leak", "_clean") in files
            f = next(iter(load(p).files.values()))
            assert {k for k, *_ in expected_leaks(f)} == {p.parent.name}


def _code_of(path):
    if path.suffix == ".ipynb":
        nb = json.loads(path.read_text())
        return "\n".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code")
    return path.read_text()


def test_a_sample_of_the_corpus_runs(tmp_path):
    # Every corpus file runs on the synthetic data it makes; a sample (one leak and one clean file per kind,
    # notebooks among them) is run here to keep the suite fast.
    rng = random.Random(15)
    by_kind = {}
    for p in corpus_files():
        by_kind.setdefault(p.parent.name, []).append(p)
    sample = []
    for kind, paths in sorted(by_kind.items()):
        sample.append(rng.choice([p for p in paths if p.stem.endswith("_leak")]))
        sample.append(rng.choice([p for p in paths if p.stem.endswith("_clean")]))
    sample.append(next(p for p in corpus_files() if p.suffix == ".ipynb"))
    script = "\n".join(f"exec(compile({_code_of(p)!r}, {p.name!r}, 'exec'), {{'__name__': '__main__'}})"
                       for p in sample)
    done = subprocess.run([sys.executable, "-W", "ignore", "-c", script], capture_output=True, text=True,
                          timeout=120, cwd=tmp_path)
    assert done.returncode == 0, done.stderr[-2000:]


def kinds(src: str) -> set:
    return {lk.kind for lk in analyze_source(textwrap.dedent(src))}


PRELUDE = """
import numpy as np
from sklearn.datasets import make_classification
from sklearn.model_selection import train_test_split, cross_val_score
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline
X, y = make_classification(random_state=0)
"""


def test_a_pipeline_and_cross_val_score_over_a_pipeline_are_clean():
    assert kinds(PRELUDE + """
pipe = Pipeline([("s", StandardScaler()), ("m", LogisticRegression())])
print(cross_val_score(pipe, X, y, cv=5).mean())
X_tr, X_te, y_tr, y_te = train_test_split(X, y, random_state=0)
print(pipe.fit(X_tr, y_tr).score(X_te, y_te))
""") == set()


def test_reassignment_carries_the_taint_and_the_line_is_the_fit():
    src = PRELUDE + """
s = StandardScaler()
Z = s.fit_transform(X)
W = Z * 2.0
V = np.clip(W, -3, 3)
X_tr, X_te, y_tr, y_te = train_test_split(V, y, random_state=0)
print(LogisticRegression().fit(X_tr, y_tr).score(X_te, y_te))
"""
    leaks = analyze_source(src)
    fit_line = src.split("\n").index("Z = s.fit_transform(X)") + 1
    assert [(lk.kind, lk.line) for lk in leaks] == [("preprocessing", fit_line)]
    assert "make_pipeline(StandardScaler()" in leaks[0].fix


def test_the_same_scaler_fitted_on_training_rows_is_clean_whatever_the_names():
    assert kinds(PRELUDE + """
a, b, c, d = train_test_split(X, y, random_state=0)
s = StandardScaler().fit(a)
m = LogisticRegression().fit(s.transform(a), c)
print(m.score(s.transform(b), d))
""") == set()


def test_a_notebook_run_out_of_order_is_analysed_in_its_recorded_order():
    sub = load(__import__("pathlib").Path(__file__).parents[2] / "src/offerloop/takehome/corpus/repos/leaky_notebook")
    from offerloop.takehome.review import file_leaks

    leaks = file_leaks(sub.files["analysis.ipynb"])
    # In cell order the scaler runs after the split (clean); the saved counts say it ran first.
    assert [(lk.kind, lk.cell, lk.line) for lk in leaks] == [("preprocessing", 3, 1)]


def test_statistics_of_training_rows_are_fair_and_of_all_rows_are_not():
    assert kinds(PRELUDE + """
X_tr, X_te, y_tr, y_te = train_test_split(X, y, random_state=0)
mu = X_tr.mean(axis=0)
print(LogisticRegression().fit(X_tr - mu, y_tr).score(X_te - mu, y_te))
""") == set()
    assert kinds(PRELUDE + """
mu = X.mean(axis=0)
X_tr, X_te, y_tr, y_te = train_test_split(X - mu, y, random_state=0)
print(LogisticRegression().fit(X_tr, y_tr).score(X_te, y_te))
""") == {"preprocessing"}


@pytest.mark.parametrize("src", ["def f(:\n  pass\n", "x = (\n"])
def test_unparsable_code_is_no_crash(src):
    from offerloop.takehome.review import review
    from offerloop.takehome.sources import load_bytes

    report = review(load_bytes("broken.py", src.encode()))
    assert [f["rule"] for f in report["findings"]].count("syntax_error") == 1


def test_functions_nobody_calls_in_the_file_are_still_analysed():
    # A module's function called from elsewhere (main.py, a test) is analysed on its own: each corpus
    # script wrapped in an uncalled function keeps its leak kind and gains none (eval_on_train needs the
    # whole program, so it is left out).
    for p in corpus_files():
        if p.suffix != ".py" or p.parent.name == "eval_on_train":
            continue
        body = "\n".join("    " + line if line.strip() else "" for line in p.read_text().splitlines())
        got = {lk.kind for lk in analyze_source("def experiment():\n" + body + "\n")}
        assert got == ({p.parent.name} if p.stem.endswith("_leak") else set()), p.name
