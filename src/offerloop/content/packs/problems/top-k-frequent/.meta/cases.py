from offerloop.judge.cases import case


def visible():
    return [
        case([1, 1, 1, 2, 2, 3], 2, name="clear winners"),
        case([4, 4, 5, 5, 6], 2, name="a tie broken by value"),
    ]


def hidden(rng):
    cases = [
        case([9], 1, name="one value"),
        case([3, 1, 2], 3, name="all tied, k = all"),
        case([-1, -1, 2, 2, 2], 1, name="negative values"),
        case([5, 3, 5, 3, 1, 1, 7], 2, name="three-way tie"),
        case([2, 2, 1, 1, 1, 3, 3, 3, 3], 3, name="counts 4, 3, 2"),
    ]
    for n in (10, 80, 400):
        nums = [int(v) for v in rng.integers(0, max(3, n // 4), size=n)]
        distinct = len(set(nums))
        cases.append(case(nums, int(rng.integers(1, distinct + 1)), name=f"random {n}"))
    return cases


def scaling_input(n, rng):
    return case([int(v) for v in rng.integers(0, n // 4, size=n)], 10)


def check_case(args, kwargs):
    """The prompt's promise: nums is a list of integers and 1 <= k <= the number of distinct values."""
    nums, k = args
    assert isinstance(nums, list) and all(type(v) is int for v in nums), "nums is a list of integers"
    assert type(k) is int and 1 <= k <= len(set(nums)), "1 <= k <= the number of distinct values"
