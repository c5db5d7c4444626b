from offerloop.judge.cases import case


def visible():
    return [
        case([1, 1, 1], 2, name="overlapping pairs"),
        case([1, 2, 3], 3, name="two ways to make 3"),
        case([1, -1, 0], 0, name="zero sum with negatives"),
    ]


def hidden(rng):
    cases = [
        case([], 0, name="empty list"),
        case([5], 5, name="one element equal to k"),
        case([5], 0, name="k = 0 but no zero subarray"),
        case([0, 0, 0], 0, name="zeros: six subarrays"),
        case([3, 4, 7, 2, -3, 1, 4, 2], 7, name="mixed signs"),
        case([-1, -1, 1], 0, name="negative start"),
        case([1, 2, 1, 2, 1], 3, name="repeating pattern"),
    ]
    for n in (10, 60, 250):
        nums = [int(v) for v in rng.integers(-3, 4, size=n)]
        cases.append(case(nums, int(rng.integers(-3, 6)), name=f"random {n}"))
    return cases


def scaling_input(n, rng):
    return case([int(v) for v in rng.integers(-5, 6, size=n)], 3)


def check_case(args, kwargs):
    """The prompt's promise: nums is a list of integers (negatives and zeros allowed) and k an integer."""
    nums, k = args
    assert isinstance(nums, list) and all(type(v) is int for v in nums), "nums is a list of integers"
    assert type(k) is int, "k is an integer"
