"""Cases for train-test-split. Outputs are random, so drivers return raw splits and check() judges them."""

import math

import numpy as np

from offerloop.judge.cases import case, driver, follow_up

_DRIVE = """
import numpy as np

def drive(ns):
    f = ns["train_test_split"]
    n, d = {n}, {d}
    X = np.arange(n * d, dtype=float).reshape(n, d)
    y = np.arange(n) * 10
    first = f(X.copy(), y.copy(), test_size={ts}, random_state=7)
    again = f(X.copy(), y.copy(), test_size={ts}, random_state=7)
    other = f(X.copy(), y.copy(), test_size={ts}, random_state=8)
    # Many seeds, to judge how random the permutation is (not only that seeds differ).
    seeds = [f(X.copy(), y.copy(), test_size={ts}, random_state=s) for s in range({seeds})]
    return {{"first": tuple(np.asarray(a) for a in first), "again": tuple(np.asarray(a) for a in again),
             "other": tuple(np.asarray(a) for a in other),
             "seeds": [tuple(np.asarray(a) for a in split) for split in seeds]}}
"""
SEEDS = 30


def _drive_case(n, d, ts, name):
    return driver(_DRIVE.format(n=n, d=d, ts=ts, seeds=SEEDS), name=name, params={"n": n, "d": d, "test_size": ts})


def visible():
    X = np.arange(20, dtype=float).reshape(10, 2)
    return [case(X, np.arange(10), test_size=0.3, random_state=0, name="10 rows, 30% test")]


WHOLE_SIZES = (0.1, 0.2, 0.25, 0.4, 0.5)


def hidden(rng):
    # Main cases: test_size * n is a whole number, so every rounding rule agrees on the test size.
    cases = [_drive_case(n, d, ts, f"n={n}, test_size={ts}") for n, d, ts in
             ((10, 2, 0.3), (50, 2, 0.5), (40, 4, 0.25), (120, 3, 0.1))]
    ts = WHOLE_SIZES[int(rng.integers(len(WHOLE_SIZES)))]
    step = {0.1: 10, 0.2: 5, 0.25: 4, 0.4: 5, 0.5: 2}[ts]
    n = step * int(rng.integers(30 // step + 1, 200 // step))
    cases.append(_drive_case(n, 2, ts, f"random n={n}, test_size={ts}"))
    return cases


ROUNDING = "What if test_size * n is not a whole number? (Round the test set up, as scikit-learn does.)"


def follow_ups():
    return [follow_up(ROUNDING, _drive_case(n, d, ts, f"n={n}, test_size={ts}"))
            for n, d, ts in ((7, 1, 0.2), (101, 3, 0.25), (40, 4, 0.01), (33, 2, 0.9))]


def check_case(args, kwargs):
    """The main cases' promise: test_size * n is a whole number of rows (0 < test rows < n)."""
    if isinstance(args, dict):
        n, ts = args["n"], args["test_size"]
    else:
        n, ts = len(args[0]), kwargs.get("test_size", 0.2)
    rows = n * ts
    assert float(rows).is_integer() and 0 < rows < n, f"test_size * n = {rows!r} is not a whole number of rows"


def _check_split(parts, n, d, ts):
    if not isinstance(parts, (tuple, list)) or len(parts) != 4:
        return "return four arrays: X_train, X_test, y_train, y_test"
    Xtr, Xte, ytr, yte = (np.asarray(p) for p in parts)
    n_test = math.ceil(ts * n)
    if Xte.shape != (n_test, d) or yte.shape != (n_test,):
        return f"the test set should have {n_test} rows (ceil(test_size * n)); got X_test {Xte.shape}, y_test {yte.shape}"
    if Xtr.shape != (n - n_test, d) or ytr.shape != (n - n_test,):
        return f"the training set should have {n - n_test} rows; got X_train {Xtr.shape}"
    for Xs, ys in ((Xtr, ytr), (Xte, yte)):
        # Row r of X is r*d .. r*d + d - 1 and its label r*10: every column must follow its row.
        rows = ys.astype(float) / 10
        if len(ys) and not np.array_equal(Xs.astype(float), rows[:, None] * d + np.arange(d)[None, :]):
            return "rows and labels are no longer aligned (every column must move with its row)"
    rows = np.concatenate([ytr, yte]).astype(int) // 10
    if sorted(rows.tolist()) != list(range(n)):
        return "every row must appear exactly once across train and test"
    return None


def check(args, kwargs, output, expected):
    if not isinstance(args, dict):
        # A visible call case: X = arange(20).reshape(10, 2), y = arange(10)
        if not isinstance(output, (tuple, list)) or len(output) != 4:
            return False, "return four arrays: X_train, X_test, y_train, y_test"
        Xtr, Xte, ytr, yte = (np.asarray(p) for p in output)
        if Xte.shape != (3, 2) or yte.shape != (3,) or Xtr.shape != (7, 2) or ytr.shape != (7,):
            return False, "expected 3 test rows and 7 training rows (ceil(0.3 * 10) = 3)"
        if not all(np.array_equal(Xs[:, c], 2 * ys + c) for Xs, ys in ((Xte, yte), (Xtr, ytr)) for c in range(2)):
            return False, "rows and labels are no longer aligned"
        if sorted(np.concatenate([ytr, yte]).tolist()) != list(range(10)):
            return False, "every row must appear exactly once across train and test"
        return True, ""
    if not isinstance(output, dict) or set(output) != {"first", "again", "other", "seeds"}:
        return False, "the function did not return a split"
    n, d, ts = args["n"], args["d"], args["test_size"]
    for key in ("first", "again", "other"):
        problem = _check_split(output[key], n, d, ts)
        if problem:
            return False, problem
    same = all(np.array_equal(np.asarray(a), np.asarray(b)) for a, b in zip(output["first"], output["again"]))
    if not same:
        return False, "the same random_state must give the same split"
    if n >= 20 and 0 < math.ceil(ts * n) < n:
        differs = not all(np.array_equal(np.asarray(a), np.asarray(b)) for a, b in zip(output["first"], output["other"]))
        if not differs:
            return False, "different random_state values should give different splits"
        yte = np.asarray(output["first"][3]).astype(int) // 10
        n_test = len(yte)
        if sorted(yte.tolist()) in (list(range(n - n_test, n)), list(range(n_test))):
            return False, "the rows were not shuffled before splitting"
        problem = _check_randomness(output.get("seeds"), n, d, ts)
        if problem:
            return False, problem
    return True, ""


def _contiguous(rows: list[int], n: int) -> bool:
    """The rows form one block, possibly wrapping around (what rotating the data gives)."""
    s = set(rows)
    starts = [r for r in s if (r - 1) % n not in s]
    return len(starts) <= 1


def _check_randomness(seeds, n, d, ts):
    """Splits over many seeds must look like random permutations: valid, mostly distinct, not
    rotated blocks, and every row about as likely as any other to land in the test set."""
    if not isinstance(seeds, list) or len(seeds) != SEEDS:
        return "the function did not return a split for every random_state"
    tests = []
    for split in seeds:
        problem = _check_split(split, n, d, ts)
        if problem:
            return problem
        tests.append(sorted((np.asarray(split[3]).astype(int) // 10).tolist()))
    m = len(tests[0])
    # With N possible test sets, SEEDS fair draws give about N * (1 - (1 - 1/N) ** SEEDS) distinct ones.
    possible = math.comb(n, m)
    distinct_expected = possible * (1 - (1 - 1 / possible) ** SEEDS) if possible < 10**12 else SEEDS
    if len({tuple(t) for t in tests}) < 0.5 * distinct_expected:
        return "many random_state values give the same split; the shuffle is not random"
    # A fair shuffle makes one block (wrapping around) with probability n / C(n, m): rare unless m or
    # n - m is tiny.
    if n / possible < 0.01 and sum(_contiguous(t, n) for t in tests) > 2:
        return "the test rows form one block for most random_state values (rotated, not shuffled)"
    # Chi-square of how often each row is in the test set: about n - 1 for a fair shuffle,
    # with a spread of about sqrt(2n); far above means some rows are favoured.
    counts = np.bincount(np.concatenate([np.asarray(t, dtype=int) for t in tests]), minlength=n)
    expected = SEEDS * m / n
    chi2 = float(((counts - expected) ** 2 / expected).sum())
    if chi2 > n + 10 * math.sqrt(2 * n) + 30:
        return "some rows land in the test set far more often than others; the shuffle is biased"
    return None
