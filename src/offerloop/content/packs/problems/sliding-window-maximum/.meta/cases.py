from offerloop.judge.cases import case


def _ints(rng, n, lo, hi):
    return [int(v) for v in rng.integers(lo, hi + 1, size=n)]


def visible():
    return [
        case([1, 3, -1, -3, 5, 3, 6, 7], 3, name="the classic"),
        case([1], 1, name="one value"),
    ]


def hidden(rng):
    cases = [
        case([4, 2, 12, 3], 4, name="k equals n"),
        case([9, 8, 7, 6, 5], 2, name="decreasing: the maximum leaves every step"),
        case([1, 2, 3, 4, 5], 2, name="increasing"),
        case([5, 5, 5, 5], 2, name="all equal"),
        case([-7, -8, 7, 5, 7, 1, 6, 0], 4, name="negatives and a repeated maximum"),
        case([7, 2, 4], 2, name="the maximum leaves after one step"),
        case([3, 1, 2], 1, name="k is 1"),
        case([1, 3, 1, 2, 0, 5], 3, name="a smaller value outlives the maximum"),
    ]
    for n, k, hi in ((20, 4, 10), (300, 25, 1000), (600, 300, 50)):
        cases.append(case(_ints(rng, n, -hi, hi), k, name=f"random n={n}, k={k}"))
    return cases


def scaling_input(n, rng):
    return case(_ints(rng, n, -10**6, 10**6), n // 2)


def check_case(args, kwargs):
    """The prompt's promise: nums is a list of integers and 1 <= k <= len(nums)."""
    nums, k = args
    assert isinstance(nums, list) and all(type(v) is int for v in nums), "nums is a list of integers"
    assert type(k) is int and 1 <= k <= len(nums), "1 <= k <= len(nums)"
