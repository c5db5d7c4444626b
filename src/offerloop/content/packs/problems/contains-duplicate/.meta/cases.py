def _ints(rng, n, lo, hi):
    return [int(v) for v in rng.integers(lo, hi + 1, size=n)]

from offerloop.judge.cases import case


def visible():
    return [
        case([1, 2, 3, 1], name="a repeat"),
        case([4, 5, 6], name="all distinct"),
    ]


def hidden(rng):
    cases = [
        case([], name="empty"),
        case([9], name="one element"),
        case([2, 2], name="two equal"),
        case([1, 5, 3, 7, 9, 1], name="repeat at the far ends"),
        case([3, 1, 4, 2, 5, 5], name="repeat at the end"),
        case([-1, 1, 0, -1], name="negatives"),
        case([5, 1, 5, 2, 5], name="several repeats, not adjacent"),
    ]
    distinct = [int(v) for v in rng.permutation(2000)[:500]]
    cases.append(case(distinct, name="500 distinct values"))
    with_dup = list(distinct)
    with_dup.insert(int(rng.integers(0, 500)), distinct[int(rng.integers(0, 500))])
    cases.append(case(with_dup, name="500 values with one repeat"))
    cases.append(case(_ints(rng, 30, -10, 10), name="random small values"))
    return cases


def scaling_input(n, rng):
    return case([int(v) for v in rng.permutation(10 * n)[:n]])


def check_case(args, kwargs):
    """The prompt's promise: nums is a list of integers (possibly empty)."""
    (nums,) = args
    assert isinstance(nums, list) and all(type(v) is int for v in nums), "nums is a list of integers"
