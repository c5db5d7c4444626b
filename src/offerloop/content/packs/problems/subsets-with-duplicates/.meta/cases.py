from collections import Counter
from math import prod

from offerloop.judge.cases import case

SWEEP_SEEDS = 15  # integers only, no float boundary


def _multiset(rng, n, values):
    pool = [int(v) for v in rng.choice(range(-9, 10), size=values, replace=False)]
    return [pool[int(i)] for i in rng.integers(0, values, size=n)]


def visible():
    return [
        case([1, 2, 2], name="one repeated value"),
        case([3, 3, 3], name="one value three times"),
    ]


def hidden(rng):
    cases = [
        case([], name="empty"),
        case([0], name="one item"),
        case([4, 1, 4, 1], name="two pairs, interleaved"),
        case([2, 1, 2, 3, 2], name="unsorted with a triple"),
        case([5] * 20, name="twenty copies of one value"),
        case([-1, 0, 1, 2], name="all distinct"),
    ]
    for n, values in ((5, 3), (8, 4), (10, 3), (14, 5), (20, 4), (24, 3)):
        cases.append(case(_multiset(rng, n, values), name=f"random {n} items, {values} values"))
    return cases


def scaling_input(n, rng):
    # Three values only, so the answer stays small ((n/3 + 1)^3) while 2^n explodes.
    return case(_multiset(rng, n, 3))


def check(args, kwargs, output, expected):
    if not isinstance(output, (list, tuple)) or not all(isinstance(s, (list, tuple)) for s in output):
        return False, "return a list of lists"
    got = sorted(tuple(sorted(s)) for s in output)
    if len(set(got)) != len(got):
        return False, "a sub-basket appears twice"
    want = sorted(tuple(sorted(s)) for s in expected)
    if got != want:
        missing = sorted(set(want) - set(got))
        if missing:
            return False, f"missing sub-basket {list(missing[0])}"
        return False, "a list that is not a sub-basket of nums"
    return True, ""


def check_case(args, kwargs):
    (nums,) = args
    assert all(type(v) is int for v in nums), "nums are integers"
    assert len(nums) <= 24, "at most 24 items"
    size = prod(c + 1 for c in Counter(nums).values())
    assert size <= 5000, f"{size} sub-baskets; the prompt promises at most 5000"
