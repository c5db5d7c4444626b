from offerloop.judge.cases import case


def _ints(rng, n, lo, hi):
    return [int(v) for v in rng.integers(lo, hi + 1, size=n)]


def visible():
    return [
        case([1, 12, -5, -6, 50, 3], 4, name="a window in the middle"),
        case([5], 1, name="one value"),
    ]


def hidden(rng):
    cases = [
        case([-1, -2, -3], 3, name="k equals the length"),
        case([3, 1, 9], 1, name="k is 1"),
        case([-5, -1, -4, -9], 2, name="all negative"),
        case([1, 2, 3, 4, 50], 2, name="the best window is the last"),
        case([50, 4, 3, 2, 1], 2, name="the best window is the first"),
        case([0, 4, 0, 3, 2], 1, name="k is 1 with zeros"),
        case([1, 1, 1, 1, 2, 1], 3, name="a single bump"),
    ]
    for n, k in ((30, 5), (400, 37), (1000, 999)):
        cases.append(case(_ints(rng, n, -10000, 10000), k, name=f"random n={n}, k={k}"))
    return cases


def scaling_input(n, rng):
    return case(_ints(rng, n, -10000, 10000), n // 2)


def check_case(args, kwargs):
    """The prompt's promise: nums is a list of integers and 1 <= k <= len(nums)."""
    nums, k = args
    assert isinstance(nums, list) and all(type(v) is int for v in nums), "nums is a list of integers"
    assert type(k) is int and 1 <= k <= len(nums), "1 <= k <= len(nums)"
