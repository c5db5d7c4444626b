"""Interview follow-ups: graded after acceptance, never deciding the verdict, each with its question."""

import json
from pathlib import Path

import pytest

from offerloop.judge.verdict import Result

ROOT = Path(__file__).parents[2]
PROBLEMS = ROOT / "src/offerloop/content/packs/problems"
INVERSE = (PROBLEMS / "linear-regression/.meta/alternatives/normal_equation_inverse.py").read_text()
SINGULAR = "What if X^T X is singular (duplicated or constant columns, fewer samples than features)?"


def test_the_seeds_canonical_answers_pass_the_main_cases_and_meet_their_follow_ups(pool, real_bank):
    lr = real_bank.problem("linear-regression")
    r = pool.grade(lr, INVERSE, seed=11)
    assert r.accepted and r.passed == r.total  # inv(X^T X) X^T y is the interview answer
    singular = [f for f in r.follow_ups if f["question"] == SINGULAR]
    assert len(singular) == 3 and all(f["verdict"] == "runtime_error" for f in singular)
    assert all("Singular matrix" in f["reason"] for f in singular)  # the user is told what broke
    for slug, alternative in (("kmeans", "lloyd_random_init.py"), ("train-test-split", "permutation_floor.py")):
        problem = real_bank.problem(slug)
        r = pool.grade(problem, (PROBLEMS / slug / ".meta/alternatives" / alternative).read_text(), seed=3)
        assert r.accepted, (slug, r.reason)
        assert any(f["verdict"] != "accepted" for f in r.follow_ups), slug  # the follow-up is where it breaks
        reference = pool.grade(problem, problem.solution_path.read_text(), seed=3, scaling=False)
        assert reference.follow_ups and all(f["verdict"] == "accepted" for f in reference.follow_ups), slug


def test_follow_ups_wait_for_acceptance_and_stay_out_of_examples(pool, real_bank):
    lr = real_bank.problem("linear-regression")
    wrong = pool.grade(lr, "import numpy as np\ndef linear_regression(X, y):\n    return np.zeros(X.shape[1])\n", seed=1)
    assert wrong.verdict.value == "wrong_answer"
    assert len(wrong.follow_ups) == 4 and {f["verdict"] for f in wrong.follow_ups} == {"not_run"}
    assert all(f["question"] for f in wrong.follow_ups)  # the questions are shown ahead
    examples = pool.grade(lr, INVERSE, mode="test")
    assert examples.follow_ups == []


def test_the_json_keeps_its_keys_and_adds_follow_ups(pool, real_bank):
    r = pool.grade(real_bank.problem("linear-regression"), INVERSE, seed=2)
    data = r.to_dict()
    assert {"verdict", "passed", "total", "cases", "follow_ups"} <= set(data)
    first = data["follow_ups"][0]
    assert {"question", "name", "verdict", "reason", "input", "expected"} <= set(first)
    json.dumps(data)  # plain JSON all the way down (arrays included)
    again = Result.from_dict(json.loads(json.dumps(data)))
    assert again.to_dict()["follow_ups"] == data["follow_ups"]


@pytest.mark.parametrize("backend", ["sqlite"])
def test_cli_shows_follow_ups_after_acceptance(cli, tmp_path):
    f = tmp_path / "inv.py"
    f.write_text(INVERSE)
    r = cli("submit", "linear-regression", str(f))
    assert r.exit_code == 0, r.output  # accepted: follow-ups never change the exit code
    assert r.stdout.startswith("Accepted, 1 of 4 follow-ups")
    assert SINGULAR in r.stdout and "Singular matrix" in r.stdout
    r = cli("submit", "linear-regression", str(f), "--json")
    assert [x["verdict"] for x in json.loads(r.stdout)["follow_ups"]].count("runtime_error") == 3


STASH = '''import numpy as np
SEEN = []

def linear_regression(X, y):
    SEEN.append(X.shape)
    if X.shape == (1, 2):  # the first follow-up: report how many calls this process has seen
        return np.array([float(len(SEEN) - 1), 0.0])
    return np.linalg.lstsq(X, y, rcond=None)[0]
'''


def test_follow_ups_run_in_a_child_that_never_saw_a_hidden_case(pool, real_bank):
    r = pool.grade(real_bank.problem("linear-regression"), STASH, seed=4)
    assert r.accepted
    first = r.follow_ups[0]
    assert first["name"] == "a single sample (underdetermined)"
    # Had the follow-ups shared the hidden cases' child, the code could hand back what it saw there.
    assert first["got"][0] == 0.0, first["got"]


def test_the_follow_ups_child_is_gone_before_any_hidden_case_goes_out(pool, real_bank, monkeypatch):
    """The follow-ups run in a second child beside the examples; it is killed and reaped before the
    first hidden case is sent, so no process running the code can hold both."""
    import os

    from offerloop.judge import grader

    lr = real_bank.problem("linear-regression")
    n_visible = len(grader.trusted(lr).visible_cases()[0])
    sessions, checked = [], []
    real_init, real_run_many = grader.Session.__init__, grader.Session.run_many

    def init(self, *args, **kwargs):
        real_init(self, *args, **kwargs)
        sessions.append(self)

    def run_many(self, requests, *args, **kwargs):
        if any(r["i"] >= n_visible for r in requests) and self is sessions[0]:  # the hidden cases
            others = [s.child.pid for s in sessions[1:]]
            assert others, "the follow-ups had no child of their own"
            assert not any(os.path.exists(f"/proc/{pid}") for pid in others), "the follow-ups' child still exists"
            checked.append(True)
        return real_run_many(self, requests, *args, **kwargs)

    monkeypatch.setattr(grader.Session, "__init__", init)
    monkeypatch.setattr(grader.Session, "run_many", run_many)
    r = pool.grade(lr, INVERSE, seed=5)
    assert checked == [True]
    assert r.accepted and [f["verdict"] for f in r.follow_ups].count("runtime_error") == 3


def test_follow_ups_answered_beside_the_examples_are_not_shown_when_a_hidden_case_fails(pool, real_bank):
    # Right on the examples (3 rows at most), wrong on the larger hidden cases.
    code = ("import numpy as np\ndef linear_regression(X, y):\n"
            "    w = np.linalg.lstsq(X, y, rcond=None)[0]\n    return w if len(X) <= 3 else w + 1.0\n")
    r = pool.grade(real_bank.problem("linear-regression"), code, seed=6)
    assert r.verdict.value == "wrong_answer" and r.reason.startswith("Hidden case")
    assert len(r.follow_ups) == 4 and {f["verdict"] for f in r.follow_ups} == {"not_run"}
    assert all("got" not in f for f in r.follow_ups)


def test_without_a_core_to_spare_the_follow_ups_are_asked_after_acceptance_in_a_fresh_child(real_bank):
    from offerloop.judge.grader import grade
    from offerloop.judge.worker import Worker

    w = Worker(("numpy",))
    try:
        r = grade(w, real_bank.problem("linear-regression"), STASH, seed=4, beside=False)
        assert r.accepted and r.follow_ups[0]["got"][0] == 0.0, r.follow_ups[0]
        assert len(w.spawned) == 2  # the cases' child, then the follow-ups' fresh child after acceptance
        assert len(w.spare_pids()) == 1  # and one spare for the next submission, not two
    finally:
        w.close()
