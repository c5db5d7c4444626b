from offerloop.judge.cases import case


def visible():
    return [
        case([10, 9, 2, 5, 3, 7, 101, 18], name="classic"),
        case([7, 7, 7, 7], name="all equal"),
        case([0, 1, 0, 3, 2, 3], name="interleaved"),
    ]


def hidden(rng):
    cases = [
        case([], name="empty"),
        case([5], name="one value"),
        case([5, 4, 3, 2, 1], name="decreasing"),
        case([1, 2, 3, 4, 5], name="increasing"),
        case([1, 3, 3, 3, 4], name="repeats inside"),
        case([3, 5, 6, 2, 5, 4, 19, 5, 6, 7, 12], name="late long run"),
        case([-2, -1, -5, 0, -3], name="negatives"),
    ]
    for n in (10, 60, 400):
        cases.append(case([int(v) for v in rng.integers(-20, 20, size=n)], name=f"random {n}"))
    return cases


def scaling_input(n, rng):
    return case([int(v) for v in rng.integers(0, 10 ** 6, size=n)])


def check_case(args, kwargs):
    """The prompt's promise: nums is a list of integers, possibly empty."""
    (nums,) = args
    assert isinstance(nums, list) and all(type(v) is int for v in nums), "nums is a list of integers"
