from offerloop.judge.cases import case


def _ints(rng, n, lo=-100, hi=100):
    return [int(v) for v in rng.integers(lo, hi + 1, size=n)]


def visible():
    return [
        case([-2, 1, -3, 4, -1, 2, 1, -5, 4], name="a run in the middle"),
        case([-3, -1, -2], name="all negative"),
        case([5, 4, -1, 7, 8], name="the whole list"),
    ]


def hidden(rng):
    cases = [
        case([7], name="a single element"),
        case([-7], name="a single negative element"),
        case([0, 0, 0], name="all zeros"),
        case([-5, -2, -8, -1, -9], name="all negative, best is in the middle"),
        case([3, -10, 4], name="a later element alone"),
        case([2, -1, 2, -1, 2], name="dips worth keeping"),
        case([-1, 4, -3, 5, -9, 3, 3], name="a tie between two runs"),
        case([10**9, 10**9, -1, 10**9], name="large values"),
    ]
    for n in (10, 100, 1000):
        cases.append(case(_ints(rng, n), name=f"random {n}"))
    cases.append(case(_ints(rng, 300, -1000, -1), name="random, all negative"))
    cases.append(case(_ints(rng, 300, -20, 5), name="random, mostly negative"))
    return cases


def scaling_input(n, rng):
    return case(_ints(rng, n, -1000, 1000))


def check_case(args, kwargs):
    """The prompt's promise: nums is a non-empty list of integers."""
    (nums,) = args
    assert isinstance(nums, list) and len(nums) >= 1, "nums is non-empty"
    assert all(type(v) is int for v in nums), "nums holds integers"
