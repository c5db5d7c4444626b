"""What makes the bank proof cheaper keeps it a proof: one draw per seed serves the case contract
and the alternatives' sweep (both still see every case), a too-slow wrong solution is rejected
from the two smallest sizes only when that is decisive, and the contract workers run BLAS on one
thread."""

import shutil

import pytest

from offerloop.content.contracts import check_problem
from offerloop.content.loader import PACKS, load_bank
from offerloop.judge.pool import JudgePool
from offerloop.judge.verdict import Verdict


@pytest.fixture(scope="module")
def bank():
    return load_bank()


def _copy(tmp_path, slug):
    packs = tmp_path / "packs"
    shutil.copytree(PACKS / "problems" / slug, packs / "problems" / slug)
    return packs


def test_one_pass_reports_a_broken_contract_and_a_rejected_alternative_together(tmp_path):
    packs = _copy(tmp_path, "two-sum")
    meta = packs / "problems" / "two-sum" / ".meta"
    cases = meta / "cases.py"
    # A contract that fails from the third seed's draw on (seeds 0 and 1 pass), and an alternative
    # wrong on every case.
    cases.write_text(cases.read_text(encoding="utf-8") + """

import numpy as _np

_calls = []
_kept_check = check_case
_limit = len(visible()) + 2 * len(hidden(_np.random.default_rng(0)))


def check_case(args, kwargs):
    _kept_check(args, kwargs)
    _calls.append(1)
    assert len(_calls) <= _limit, "past the second seed"
""", encoding="utf-8")
    (meta / "alternatives").mkdir(exist_ok=True)
    (meta / "alternatives" / "always_first_two.py").write_text(
        "def two_sum(nums, target):\n    return [-1, -1]\n", encoding="utf-8")
    problem = load_bank(packs).problem("two-sum")
    issues = check_problem(problem)
    texts = [f"{i.path}: {i.message}" for i in issues]
    contract = [t for t in texts if "(hidden, seed" in t]
    assert len(contract) == 1 and "seed 2) breaks the prompt's contract: past the second seed" in contract[0], texts
    # The sweep went on over all 60 seeds after the contract stopped: every hidden case rejected.
    from offerloop.judge.grader import trusted

    per_seed = len(trusted(problem).cases.hidden(_np_rng(0)))
    (rejected,) = [t for t in texts if "always_first_two.py" in t]
    assert f"rejected on {60 * per_seed} hidden case(s) over 60 seeds" in rejected, rejected


def _np_rng(seed):
    import numpy as np

    return np.random.default_rng(seed)


def test_contracts_still_see_every_seed_when_alternatives_share_the_draw(bank, monkeypatch):
    problem = bank.problem("early-stopping")  # a float boundary: 200 seeds, and alternatives
    from offerloop.judge.grader import trusted

    tp = trusted(problem)
    seen = []
    original = tp.cases.check_case
    monkeypatch.setattr(tp.cases, "check_case", lambda args, kwargs: (seen.append(1), original(args, kwargs)))
    drawn = []
    hidden = tp.cases.hidden
    monkeypatch.setattr(tp.cases, "hidden", lambda rng: (drawn.append(1), hidden(rng))[1])
    assert check_problem(problem) == []
    assert len(drawn) == 200  # one draw per seed, not one for the contract and one for the sweep
    n_visible = len(tp.cases.visible())
    assert len(seen) >= n_visible + 200 * 1  # every seed's cases met the contract


CUBIC = """
def max_profit(prices):
    spin = 0
    for _ in range(len(prices) ** 3 // 50000):  # right answer, cubic time
        spin += 1
    best, low = 0, None
    for p in prices:
        if low is None or p < low:
            low = p
        elif p - low > best:
            best = p - low
    return best
"""


@pytest.mark.slow
def test_a_too_slow_wrong_solution_is_rejected_early_and_a_right_one_is_not(bank):
    problem = bank.problem("best-time-to-buy-and-sell-stock")  # O(n), sizes 500 .. 8000
    pool = JudgePool(workers=1)
    try:
        early = pool.grade(problem, CUBIC, seed=1, fail_fast=True, early_too_slow=True)
        assert early.verdict is Verdict.TOO_SLOW, early.reason
        # Cubic against linear: the ratio grows about 3x from 500 to 1000 (projected over 500..8000
        # far beyond 2.25 x the limit of 3x), decisive from the two smallest sizes, so the larger ones never run.
        assert len(early.scaling["user_ms"]) == 2, early.scaling
        # Without early_too_slow (what users get), the same solution is measured on a third size.
        usual = pool.grade(problem, CUBIC, seed=1, fail_fast=True)
        assert usual.verdict is Verdict.TOO_SLOW and len(usual.scaling["user_ms"]) >= 3, usual.scaling
        reference = pool.grade(problem, problem.solution_path.read_text(encoding="utf-8"), seed=1,
                               early_too_slow=True)
        assert reference.verdict is Verdict.ACCEPTED, reference.reason
        assert len(reference.scaling["user_ms"]) == len(problem.meta.scaling.sizes)
    finally:
        pool.close()


def test_contract_workers_run_blas_on_one_thread():
    import subprocess
    import sys

    code = ("from offerloop.content.check import _low_priority\n_low_priority()\n"
            "from threadpoolctl import threadpool_info\n"
            "print(max(i['num_threads'] for i in threadpool_info()))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "1"


LINEAR_BUT_SLOW = """
def max_profit(prices):
    spin = 0
    for _ in range(len(prices) * 16000):  # right answer, linear: about 1.4 s at n=4000, twice that at 8000 (the budget is 2 s)
        spin += 1
    best, low = 0, None
    for p in prices:
        if low is None or p < low:
            low = p
        elif p - low > best:
            best = p - low
    return best
"""


def test_a_run_past_its_budget_is_hopeless_only_when_even_the_references_growth_takes_it_there():
    from offerloop.judge.grader import _hopeless

    # 0.8 s at the size below; the reference's time doubled since; one call; a 2 s budget.
    assert not _hopeless(0.8, 0.001, 0.002, 1, 2.0)  # 1.6 s: it may still finish, so it runs
    assert _hopeless(1.2, 0.001, 0.002, 1, 2.0)  # 2.4 s at least: it would run out of time
    assert not _hopeless(1.2, 0.002, 0.002, 1, 2.0)  # the reference did not grow: 1.2 s
    assert _hopeless(0.3, 0.001, 0.002, 4, 2.0)  # four calls of 0.6 s


@pytest.mark.slow
def test_a_wrong_solution_past_the_budget_is_not_run_there_in_proofs(bank):
    problem = bank.problem("best-time-to-buy-and-sell-stock")  # O(n), sizes 500 .. 8000
    pool = JudgePool(workers=1)
    try:
        early = pool.grade(problem, LINEAR_BUT_SLOW, seed=1, fail_fast=True, early_too_slow=True)
        usual = pool.grade(problem, LINEAR_BUT_SLOW, seed=1, fail_fast=True)
    finally:
        pool.close()
    # Users' check runs it at every size until a call runs out of its budget (2 s of wall time;
    # on a busy machine that can come a size earlier).
    assert usual.verdict is Verdict.TOO_SLOW and "did not finish within" in usual.reason, usual.reason
    # The proof reaches the same verdict without starting the run that would only burn the budget:
    # its time at the size below, grown as much as the reference's, is over that budget already.
    assert early.verdict is Verdict.TOO_SLOW, early.reason
    if "would need more than" in early.reason:
        assert len(early.scaling["user_ms"]) <= len(usual.scaling["user_ms"]), (early.scaling, usual.scaling)
    else:  # the wall-time budget ran out first (a busy machine): as users' check does
        assert "did not finish within" in early.reason, early.reason


def test_scaling_readings_are_the_childs_cpu_time_read_from_outside():
    import subprocess
    import sys
    import time

    from offerloop.judge.grader import _cpu_clock, _cpu_clock_works, _read_clock

    assert _cpu_clock_works()
    child = subprocess.Popen([sys.executable, "-c", (
        "import time\nt = time.process_time()\nwhile time.process_time() - t < 0.3:\n    pass\n"
        "print(flush=True)\ntime.sleep(5)\n")], stdout=subprocess.PIPE)
    try:
        clock = _cpu_clock(child.pid)
        child.stdout.readline()  # it has spun 0.3 s of CPU and now sleeps
        first = _read_clock(clock)
        time.sleep(0.3)
        second = _read_clock(clock)
        assert 0.3 <= first < 1.0 and second - first < 0.05, (first, second)  # sleeping costs no CPU
    finally:
        child.kill()
        child.wait()
        child.stdout.close()
    assert _read_clock(clock) is None  # gone: the caller falls back to wall time


def test_the_sweeps_fast_plain_values_agree_with_the_codec():
    import numpy as np
    import pandas as pd

    from offerloop.content.contracts import _NotFast, _fast_plain, _same_plain
    from offerloop.judge.grader import _plain

    values = [
        None, True, 3, -2**62, 1.5, float("nan"), float("-inf"), "text", [], (), {},
        [1, 2.5, None, "a", [3, (4, 5)]], (1, [2, {"k": (3.0, None)}]), {1: "a", "b": [1], 2.5: None, None: 0},
        np.arange(12, dtype=np.int32).reshape(3, 4)[:, ::2], np.array([1.0, 2.0], dtype=">f8"),
        np.array([True, False]), np.zeros((0, 3), dtype=np.uint8), np.float32(1.25), np.int64(7), np.bool_(True),
        [np.arange(3), (np.ones(2), np.float64(2.0))],
        pd.DataFrame({"a": [1, 2], "b": [0.5, None], "c": ["x", None], "d": pd.Categorical(["u", "v"])},
                     index=pd.Index([10, 20], name="id")),
        pd.Series([1.0, 2.0], index=pd.date_range("2024-01-01", periods=2), name="s"),
        {"frame": pd.DataFrame({"n": pd.array([1, None], dtype="Int64")})},
    ]
    for value in values:
        fast, slow = _fast_plain(value), _plain(value)
        assert _same_plain(fast, slow), value
    for value in ({1, 2}, 2**70, object(), np.array(["a"]), [np.array([1j])]):
        with pytest.raises(_NotFast):
            _fast_plain(value)
    assert not _same_plain((1, 2), [1, 2]) and not _same_plain(np.array([1]), np.array([1.0]))


def test_the_sweep_uses_the_codec_when_the_fast_path_ever_differs(bank, monkeypatch):
    import numpy as np

    from offerloop.content import contracts
    from offerloop.judge.grader import trusted

    problem = bank.problem("two-sum")  # alternatives, plain lists
    tp = trusted(problem)
    sweep = contracts._Sweep(tp, contracts.alternative_paths(problem))
    monkeypatch.setattr(contracts, "_fast_plain", lambda value, depth=0: ("not", "the codec's"))
    sweep.grade(0, tp.cases.hidden(np.random.default_rng(0)))
    assert sweep.fast is False and not any(sweep.failing.values())
    sweep.grade(1, tp.cases.hidden(np.random.default_rng(1)))
    assert not any(sweep.failing.values())


def test_a_timed_output_is_judged_again_unless_it_is_identical_to_one_judged_right():
    import numpy as np

    from offerloop.judge.grader import _identical

    assert _identical([1, 2, 3], [1, 2, 3]) and _identical([[1, 2], [3]], [[1, 2], [3]])
    assert _identical([float("nan"), 1.0], [float("nan"), 1.0]) and _identical((1, "a", None), (1, "a", None))
    assert _identical({"a": np.arange(3)}, {"a": np.arange(3)})
    # Equal under ==, but not the same value of the same types: judged again.
    assert not _identical([1, 2], [True, 2]) and not _identical([1, 0], [1, False])
    assert not _identical([1, 2], [1.0, 2.0]) and not _identical([0.0], [-0.0]) and not _identical([1, 2], (1, 2))
    assert not _identical(np.arange(3), np.arange(3.0)) and not _identical({"a": 1, "b": 2}, {"b": 2, "a": 1})
    assert not _identical([1, 2, 3], [1, 2, 4]) and not _identical([1, [2]], [1, [2.0]])
