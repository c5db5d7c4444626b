"""Each verdict, with a short reason a person can act on."""

from pathlib import Path

import pytest

from offerloop.errors import InvalidInput
from offerloop.judge.verdict import Verdict

ROOT = Path(__file__).parents[2]
LINREG_OK = (ROOT / "src/offerloop/content/packs/problems/linear-regression/.meta/solution.py").read_text()
SUM_LIST = ROOT / "tests/judge/packs/problems/sum-list/.meta"


def grade(pool, bank, slug, code, mode="submit"):
    return pool.grade(bank.problem(slug), code, mode=mode, seed=11)


def test_reference_is_accepted_with_a_result_for_every_case(pool, real_bank):
    r = grade(pool, real_bank, "linear-regression", LINREG_OK)
    assert r.verdict is Verdict.ACCEPTED
    assert r.passed == r.total == len(r.cases) > 5
    d = r.to_dict()
    assert {"verdict", "passed", "total", "time_ms", "cases"} <= set(d)
    assert "input" in d["cases"][0] and "input" not in d["cases"][-1]  # hidden cases hide their data


def test_wrong_answer_shows_the_visible_difference(pool, real_bank):
    r = grade(pool, real_bank, "linear-regression", "import numpy as np\ndef linear_regression(X, y):\n    return np.zeros(X.shape[1])\n")
    assert r.verdict is Verdict.WRONG_ANSWER
    assert "Example 1" in r.reason and "expected" in r.reason


def test_syntax_error_points_at_the_users_line(pool, real_bank):
    r = grade(pool, real_bank, "linear-regression", "import numpy as np\n\ndef linear_regression(X, y)\n    return X\n")
    assert r.verdict is Verdict.SYNTAX_ERROR
    assert "line 3" in r.reason


def test_forbidden_import_is_named_with_its_line(pool, real_bank):
    r = grade(pool, real_bank, "linear-regression", "from sklearn.linear_model import LinearRegression\ndef linear_regression(X, y):\n    pass\n")
    assert r.verdict is Verdict.FORBIDDEN_IMPORT
    assert "Line 1" in r.reason and "sklearn" in r.reason


def test_dynamic_forbidden_import_is_caught_at_run_time(pool, real_bank):
    r = grade(pool, real_bank, "linear-regression", "def linear_regression(X, y):\n    return __import__('sklearn')\n")
    assert r.verdict is Verdict.FORBIDDEN_IMPORT


def test_missing_function_names_the_expected_signature(pool, real_bank):
    r = grade(pool, real_bank, "linear-regression", "def fit(X, y):\n    return X\n")
    assert r.verdict is Verdict.RUNTIME_ERROR
    assert "linear_regression(X, y)" in r.reason


def test_runtime_error_gives_type_and_line(pool, real_bank):
    r = grade(pool, real_bank, "linear-regression", "def linear_regression(X, y):\n    x = 1\n    return 1 / 0\n")
    assert r.verdict is Verdict.RUNTIME_ERROR
    assert "ZeroDivisionError" in r.reason and "line 3" in r.reason


def test_hidden_failures_do_not_reveal_inputs(pool, fixture_bank):
    code = "def double(x):\n    if len(x) != 4 or x[0] == 0:\n        return 2 * x\n    raise ValueError(f'input was {list(x)}')\n"
    r = grade(pool, fixture_bank, "double", code)
    assert r.verdict is Verdict.RUNTIME_ERROR
    assert "3.25" not in r.reason and "input was" not in r.reason
    assert "ValueError" in r.reason


def test_code_over_the_size_limit_is_refused_before_running(pool, real_bank):
    with pytest.raises(InvalidInput, match="limit"):
        grade(pool, real_bank, "linear-regression", "#" * 70_000)


def test_time_limit(pool, fixture_bank):
    r = grade(pool, fixture_bank, "double", "def double(x):\n    while True:\n        pass\n")
    assert r.verdict is Verdict.TIME_LIMIT


def test_memory_limit(pool, fixture_bank):
    r = grade(pool, fixture_bank, "double", "def double(x):\n    blob = bytearray(2 * 1024 ** 3)\n    return 2 * x\n")
    assert r.verdict is Verdict.MEMORY_LIMIT


def test_test_mode_runs_visible_cases_only(pool, fixture_bank):
    r = grade(pool, fixture_bank, "double", "def double(x):\n    return 2 * x\n", mode="test")
    assert r.accepted and r.total == 1 and all(c.visible for c in r.cases)


def test_quadratic_solution_is_too_slow_with_measured_growth(pool, fixture_bank):
    quadratic = (SUM_LIST / "wrong/quadratic.py").read_text()
    r = grade(pool, fixture_bank, "sum-list", quadratic)
    assert r.verdict is Verdict.TOO_SLOW
    assert r.scaling["target"] == "O(n)" and r.scaling["user_ms"]
    assert "reference" in r.reason


def test_linear_solution_scales_like_the_reference(pool, fixture_bank):
    ok = (SUM_LIST / "solution.py").read_text()
    r = grade(pool, fixture_bank, "sum-list", ok)
    assert r.verdict is Verdict.ACCEPTED, r.reason
    assert r.scaling["verdict"] == "accepted"


def test_twenty_concurrent_submissions_lose_no_verdict(pool, real_bank):
    from concurrent.futures import ThreadPoolExecutor

    wrong = "import numpy as np\ndef linear_regression(X, y):\n    return np.zeros(X.shape[1])\n"
    jobs = [(LINREG_OK, Verdict.ACCEPTED) if i % 2 == 0 else (wrong, Verdict.WRONG_ANSWER) for i in range(20)]
    with ThreadPoolExecutor(max_workers=20) as ex:
        results = list(ex.map(lambda job: grade(pool, real_bank, "linear-regression", job[0]).verdict, jobs))
    assert results == [v for _, v in jobs]


def test_user_code_may_use_dataclasses_and_postponed_annotations(pool, fixture_bank):
    # The judge's own `from __future__ import annotations` must not leak into user code,
    # and a user's own postponed annotations must still work with @dataclass.
    for header in ("", "from __future__ import annotations\n"):
        src = header + (
            "from dataclasses import dataclass\nimport numpy as np\n\n"
            "@dataclass(frozen=True)\nclass Scale:\n    factor: float = 2.0\n\n"
            "def double(x):\n    return Scale().factor * np.asarray(x, dtype=float)\n")
        r = pool.grade(fixture_bank.problem("double"), src, seed=3)
        assert r.verdict is Verdict.ACCEPTED, r.reason


def test_on_verdict_sees_the_final_result_and_its_failure_still_leaves_no_process(pool, fixture_bank):
    import os

    problem = fixture_bank.problem("double")
    ok = "def double(x):\n    return 2 * x\n"
    seen = []
    r = pool.grade(problem, ok, on_verdict=seen.append)
    assert r.accepted and seen == [r]
    early = pool.grade(problem, "def double(x:\n", on_verdict=seen.append)  # decided before anything runs
    assert early.verdict is Verdict.SYNTAX_ERROR and seen[-1] is early

    def store_down(result):
        raise RuntimeError("the store is down")

    with pytest.raises(RuntimeError, match="store is down"):
        pool.grade(problem, ok, on_verdict=store_down)
    for w in pool._all:
        spares = set(w.spare_pids())
        assert not [pid for pid in w.spawned if pid not in spares and os.path.exists(f"/proc/{pid}")]


def test_a_spare_skips_its_warm_up_once_the_submission_is_waiting():
    import socket

    from offerloop.judge import child

    ran = []
    ours, theirs = socket.socketpair()
    try:
        child._prewarm(lambda asked: ran.append(("idle", asked())), theirs.fileno())
        assert ran == [("idle", False)]  # nobody waiting: the warm-up runs, told it may go on
        ours.sendall(b"\0" * 8)  # a request's first bytes
        child._prewarm(lambda asked: ran.append("asked"), theirs.fileno())
        assert ran == [("idle", False)]  # the submission goes first
        assert theirs.recv(8) == b"\0" * 8  # and finds its bytes untouched
    finally:
        ours.close()
        theirs.close()


def test_the_static_check_kept_for_a_code_gives_a_fresh_result_each_time(real_bank):
    from offerloop.judge.grader import static_check

    meta = real_bank.problem("linear-regression").meta
    bad = "import numpy as np\n\ndef linear_regression(X, y)\n    return X\n"
    first, again = static_check(meta, bad), static_check(meta, bad)
    assert first is not again and first.verdict is again.verdict is Verdict.SYNTAX_ERROR and first.reason == again.reason
    first.time_ms = 99.0
    assert static_check(meta, bad).time_ms == 0.0
    assert static_check(meta, LINREG_OK) is None and static_check(meta, LINREG_OK) is None
    assert static_check(meta, "import os\ndef linear_regression(X, y):\n    return X\n").verdict is Verdict.FORBIDDEN_IMPORT
    with pytest.raises(InvalidInput):
        static_check(meta, "x = 1\n" * meta.limits.code_bytes)  # the size is checked every time


def test_fresh_hidden_cases_get_the_references_outputs_once_and_are_judged_by_them(pool, real_bank, monkeypatch):
    from offerloop.judge import grader

    problem = real_bank.problem("linear-regression")
    n_visible = len(grader.trusted(problem).visible_cases()[0])
    calls = []
    real_outputs = grader.TrustedProblem.outputs
    monkeypatch.setattr(grader.TrustedProblem, "outputs", lambda self, cases: calls.append(len(cases)) or real_outputs(self, cases))
    r = pool.grade(problem, LINREG_OK)  # a fresh seed each time
    assert r.accepted and calls == [r.total - n_visible]
    hidden_only = ("import numpy as np\ndef linear_regression(X, y):\n"
                   "    w = np.linalg.lstsq(X, y, rcond=None)[0]\n    return w if len(X) <= 3 else w + 1.0\n")
    r = pool.grade(problem, hidden_only)
    assert r.verdict is Verdict.WRONG_ANSWER and r.reason.startswith("Hidden case") and len(calls) == 2
    assert all(c.verdict is Verdict.ACCEPTED for c in r.cases[:n_visible])


def test_code_compiled_by_the_static_check_runs_in_the_child_as_its_own(pool, real_bank):
    from offerloop.judge.grader import compiled_code

    # A method's assert (kept: compiled without optimisation) names its line in the user's file.
    code = ("import numpy as np\n\nclass Solver:\n    def fit(self, X, y):\n        assert X.shape[0] > 100, 'too few rows'\n"
            "        return np.zeros(X.shape[1])\n\ndef linear_regression(X, y):\n    return Solver().fit(X, y)\n")
    r = grade(pool, real_bank, "linear-regression", code)
    assert compiled_code(real_bank.problem("linear-regression").meta, code) is not None
    assert r.verdict is Verdict.RUNTIME_ERROR
    assert "AssertionError: too few rows" in r.reason and "line 5 of your code" in r.reason
