"""Interview follow-ups: shown after acceptance, never deciding the verdict, each with its question."""

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


def test_follow_ups_are_answered_before_the_child_sees_any_hidden_case(pool, real_bank):
    from offerloop.judge import grader

    lr = real_bank.problem("linear-regression")
    n_visible = len(grader.trusted(lr).visible_cases()[0])
    r = pool.grade(lr, STASH, seed=4)
    assert r.accepted and r.total > n_visible
    first = r.follow_ups[0]
    assert first["name"] == "a single sample (underdetermined)"
    # The code counts the calls its process saw before this one: the examples and nothing else.
    # Had a hidden case come first, the code could have handed back what it saw there.
    assert first["got"][0] == float(n_visible), first["got"]


def test_every_follow_up_reply_is_in_before_the_first_hidden_case_goes_out(pool, real_bank, monkeypatch):
    """One child per submission: the follow-ups go right behind the examples, and the hidden cases
    only once every one of them has answered."""
    from offerloop.judge import grader

    lr = real_bank.problem("linear-regression")
    n_visible = len(grader.trusted(lr).visible_cases()[0])
    sessions, runs = [], []
    real_init, real_run_many = grader.Session.__init__, grader.Session.run_many

    def init(self, *args, **kwargs):
        real_init(self, *args, **kwargs)
        sessions.append(self)

    def run_many(self, requests, *args, **kwargs):
        replies = real_run_many(self, requests, *args, **kwargs)
        runs.append(([r["i"] for r in requests], len(replies)))
        return replies

    monkeypatch.setattr(grader.Session, "__init__", init)
    monkeypatch.setattr(grader.Session, "run_many", run_many)
    r = pool.grade(lr, INVERSE, seed=5)
    assert r.accepted and [f["verdict"] for f in r.follow_ups].count("runtime_error") == 3
    assert len(sessions) == 1  # no second child for the follow-ups
    (first, answered), (second, _) = runs
    assert first[:n_visible] == list(range(n_visible)) and len(first) == n_visible + 4
    assert all(i >= grader.FOLLOW_UP_BASE for i in first[n_visible:]) and answered == len(first)
    assert min(second) == n_visible  # the hidden cases, in a run of their own after every reply came in


TIMES_OUT_ON_A_FOLLOW_UP = '''import numpy as np

def linear_regression(X, y):
    if X.shape == (1, 2):  # the first follow-up only
        while True:
            pass
    return np.linalg.lstsq(X, y, rcond=None)[0]
'''


def test_a_follow_up_that_ends_the_child_leaves_the_hidden_cases_a_fresh_one(real_bank):
    from offerloop.judge.grader import grade
    from offerloop.judge.worker import Worker

    w = Worker(("numpy",))
    try:
        r = grade(w, real_bank.problem("linear-regression"), TIMES_OUT_ON_A_FOLLOW_UP, seed=4)
        assert r.accepted, r.reason  # the follow-ups never decide the verdict
        assert r.passed == r.total
        assert [f["verdict"] for f in r.follow_ups] == ["time_limit"] + ["not_run"] * 3, r.follow_ups
        w.settle()  # the next spare's fork, asked for as grade returned
        assert len(w.spawned) == 3  # the cases' child, a fresh one for the hidden cases, the next spare
        r = grade(w, real_bank.problem("linear-regression"), STASH, seed=4)
        w.settle()
        assert r.accepted and len(w.spawned) == 4  # a plain submission takes the spare and asks for one more
    finally:
        w.close()


def test_follow_ups_answered_beside_the_examples_are_not_shown_when_a_hidden_case_fails(pool, real_bank):
    # Right on the examples (3 rows at most), wrong on the larger hidden cases.
    code = ("import numpy as np\ndef linear_regression(X, y):\n"
            "    w = np.linalg.lstsq(X, y, rcond=None)[0]\n    return w if len(X) <= 3 else w + 1.0\n")
    r = pool.grade(real_bank.problem("linear-regression"), code, seed=6)
    assert r.verdict.value == "wrong_answer" and r.reason.startswith("Hidden case")
    assert len(r.follow_ups) == 4 and {f["verdict"] for f in r.follow_ups} == {"not_run"}
    assert all("got" not in f for f in r.follow_ups)
