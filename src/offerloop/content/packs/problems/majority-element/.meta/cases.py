from collections import Counter

from offerloop.judge.cases import case


def _ints(rng, n, lo, hi):
    return [int(v) for v in rng.integers(lo, hi + 1, size=n)]


def _majority(rng, n, lo=-1000, hi=1000):
    m = n // 2 + 1
    value = int(rng.integers(lo, hi + 1))
    rest = [v for v in _ints(rng, n - m, lo, hi) if v != value]
    out = [value] * m + rest
    return [out[int(i)] for i in rng.permutation(len(out))]


def visible():
    return [case([3, 2, 3], name="three values"), case([2, 2, 1, 1, 1, 2, 2], name="seven values")]


def hidden(rng):
    cases = [
        case([5], name="one value"),
        case([-1, -1, 4], name="a negative majority"),
        case([1, 2, 1, 3, 1], name="interleaved"),
        case([7, 8, 9, 9, 9], name="majority at the end"),
        case([4, 4, 4, 1, 2], name="majority at the start"),
        case([0, 0, 1, 1, 0], name="zeros"),
        case([6, 5, 5], name="the first value is not the answer"),
        case([1, 2, 1, 2, 2], name="the minority repeats first"),
    ]
    for n in (11, 100, 1001):
        cases.append(case(_majority(rng, n), name=f"random {n}"))
    cases.append(case(_majority(rng, 40, 0, 3), name="few distinct values"))
    return cases


def scaling_input(n, rng):
    # Distinct values first, the majority after them: the worst order for counting by scanning.
    m = n // 2 + 1
    return case([int(v) for v in rng.permutation(10 * n)[: n - m] + 10 * n] + [7] * m)


def check_case(args, kwargs):
    """The prompt's promise: a non-empty list of integers with a value occurring more than len(nums) // 2 times."""
    (nums,) = args
    assert isinstance(nums, list) and len(nums) >= 1, "nums is a non-empty list"
    assert all(type(v) is int for v in nums), "nums holds integers"
    top = max(Counter(nums).values())
    assert top > len(nums) // 2, f"no value occurs more than {len(nums) // 2} times; the prompt guarantees a majority"
