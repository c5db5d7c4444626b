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
    for _ in range((len(prices) // 1000) ** 3 * 300):  # right answer, cubic time
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
    problem = bank.problem("best-time-to-buy-and-sell-stock")  # O(n), sizes 4000 .. 32000
    pool = JudgePool(workers=1)
    try:
        early = pool.grade(problem, CUBIC, seed=1, fail_fast=True, early_too_slow=True)
        assert early.verdict is Verdict.TOO_SLOW, early.reason
        # Cubic against linear: the ratio grows about 4x from 4000 to 8000 (projected 64x against a
        # limit of 3x), decisive from the two smallest sizes, so the larger ones never run.
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
