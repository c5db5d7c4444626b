from offerloop.judge.cases import case


def visible():
    return [
        case([1, 2, 3, 1], name="four houses"),
        case([2, 7, 9, 3, 1], name="five houses"),
        case([2, 1, 1, 2], name="the two ends"),
    ]


def hidden(rng):
    cases = [
        case([], name="empty street"),
        case([5], name="one house"),
        case([1, 9], name="two houses"),
        case([0, 0, 0], name="nothing to take"),
        case([4, 1, 2, 7, 5, 3, 1], name="skip two in a row"),
        case([10, 1, 1, 10, 1, 1, 10], name="every third house"),
    ]
    for n in (10, 50, 300):
        cases.append(case([int(v) for v in rng.integers(0, 100, size=n)], name=f"random {n}"))
    return cases


def scaling_input(n, rng):
    return case([int(v) for v in rng.integers(0, 1000, size=n)])


def check_case(args, kwargs):
    """The prompt's promise: nums is a list of non-negative integers (possibly empty)."""
    (nums,) = args
    assert isinstance(nums, list) and all(type(v) is int and v >= 0 for v in nums), "the money in each house is a non-negative integer"
