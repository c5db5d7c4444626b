import numpy as np

from offerloop.judge.cases import case

# Integers only, no float boundary: 20 seeds cover the contract.
SWEEP_SEEDS = 20


def visible():
    return [case(10, 3, gap=1, name="ten rows, three folds, a gap of one")]


def hidden(rng):
    cases = [
        case(13, 3, name="defaults, leftover rows go to the first training set"),
        case(20, 4, test_size=2, gap=3, max_train_size=5, name="a sliding window after a gap"),
        case(12, 2, test_size=3, max_train_size=100, name="a window larger than the history"),
        case(8, 2, test_size=3, gap=1, name="one training row in the first fold"),
    ]
    for _ in range(4):
        k = int(rng.integers(2, 6))
        size = int(rng.integers(1, 6))
        gap = int(rng.integers(0, 4))
        n = k * size + gap + int(rng.integers(1, 15))
        window = int(rng.integers(1, 10)) if rng.random() < 0.6 else None
        ts = size if rng.random() < 0.5 else None
        if ts is None and n - k * (n // (k + 1)) - gap < 1:
            ts = size
        cases.append(case(n, k, test_size=ts, gap=gap, max_train_size=window, name=f"{n} rows, {k} folds"))
    return cases


def check_case(args, kwargs):
    n, k = args
    gap = kwargs.get("gap", 0)
    size = kwargs.get("test_size") or n // (k + 1)
    window = kwargs.get("max_train_size")
    assert k >= 2 and gap >= 0 and size >= 1, "n_splits >= 2, gap >= 0, test_size >= 1"
    assert window is None or window >= 1, "max_train_size >= 1"
    assert n - k * size - gap >= 1, "the first fold has a training row"
