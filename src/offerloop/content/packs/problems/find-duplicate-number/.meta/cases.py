from collections import Counter

from offerloop.judge.cases import case

SWEEP_SEEDS = 20  # integers only, no float boundary


def _tickets(rng, n, copies):
    """n + 1 values in 1..n where one value appears `copies` times and the rest at most once."""
    dup = int(rng.integers(1, n + 1))
    others = [v for v in range(1, n + 1) if v != dup]
    chosen = [int(v) for v in rng.choice(others, size=n + 1 - copies, replace=False)] if n + 1 - copies else []
    nums = chosen + [dup] * copies
    return [nums[int(i)] for i in rng.permutation(len(nums))]


def visible():
    return [
        case([1, 3, 4, 2, 2], name="two copies"),
        case([3, 1, 3, 4, 2], name="two copies, apart"),
        case([2, 2, 2, 2], name="one value everywhere"),
    ]


def hidden(rng):
    cases = [
        case([1, 1], name="smallest case"),
        case([2, 1, 2], name="n = 2"),
        case([1, 4, 4, 2, 4], name="three copies, 3 missing"),
        case([5, 4, 3, 2, 1, 5], name="the largest value twice, at both ends"),
        case([1, 2, 3, 4, 5, 6, 1], name="the smallest value twice"),
        case([9, 9, 3, 4, 5, 6, 7, 8, 1, 2], name="two copies, side by side"),
    ]
    for n, copies in ((7, 2), (10, 4), (100, 2), (1000, 2), (1000, 30), (3000, 2)):
        cases.append(case(_tickets(rng, n, copies), name=f"random n = {n}, {copies} copies"))
    return cases


def scaling_input(n, rng):
    # Both copies come last, so comparing each value with the ones after it scans nearly all pairs.
    values = [int(v) for v in rng.permutation(n - 1) + 1]  # n values in 1..n-1: one repeat
    return case(values + [values[-1]])


def check_case(args, kwargs):
    (nums,) = args
    n = len(nums) - 1
    assert n >= 1, "at least two values"
    assert all(type(v) is int and 1 <= v <= n for v in nums), "every value is in 1..n"
    repeated = [v for v, c in Counter(nums).items() if c > 1]
    assert len(repeated) == 1, "exactly one value occurs more than once"
