from offerloop.judge.cases import case


def visible():
    return [
        case([3, 2, 1, 5, 6, 4], 2, name="second largest"),
        case([3, 2, 3, 1, 2, 4, 5, 5, 6], 4, name="with duplicates"),
    ]


def hidden(rng):
    cases = [
        case([7], 1, name="one element"),
        case([2, 1], 2, name="k = n"),
        case([5, 5, 5, 5], 3, name="all equal"),
        case([-1, -5, -3], 1, name="negative maximum"),
        case([9, 1, 9, 2], 2, name="duplicate maximum"),
        case([4, 8, 1, 7, 3], 5, name="minimum as k = n"),
    ]
    for n in (10, 60, 300):
        nums = [int(v) for v in rng.integers(-50, 50, size=n)]
        cases.append(case(nums, int(rng.integers(1, n + 1)), name=f"random {n}"))
    return cases


def scaling_input(n, rng):
    return case([int(v) for v in rng.integers(-10 ** 6, 10 ** 6, size=n)], n // 2)


def check_case(args, kwargs):
    """The prompt's promise: nums is a list of integers and 1 <= k <= len(nums)."""
    nums, k = args
    assert isinstance(nums, list) and all(type(v) is int for v in nums), "nums is a list of integers"
    assert type(k) is int and 1 <= k <= len(nums), "1 <= k <= len(nums)"
