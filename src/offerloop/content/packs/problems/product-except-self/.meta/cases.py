from offerloop.judge.cases import case


def visible():
    return [
        case([1, 2, 3, 4], name="small positives"),
        case([-1, 1, 0, -3, 3], name="one zero"),
    ]


def hidden(rng):
    cases = [
        case([3, 4], name="two elements"),
        case([0, 0, 5], name="two zeros"),
        case([0, 7, 2], name="zero first"),
        case([5, 6, 0], name="zero last"),
        case([-2, -3, -4], name="all negative"),
        case([1, 1, 1, 1, 1], name="all ones"),
        case([10 ** 9, 10 ** 9, 3], name="large values"),
    ]
    for n in (6, 15, 40, 120):
        nums = [int(v) for v in rng.integers(-5, 6, size=n)]
        cases.append(case(nums, name=f"random {n}"))
    return cases


def scaling_input(n, rng):
    # +-1 values keep every product small, so the timing measures the loops and not big integers.
    return case([int(v) for v in rng.choice([-1, 1], size=n)])


def check_case(args, kwargs):
    """The prompt's promise: nums holds at least two integers."""
    (nums,) = args
    assert isinstance(nums, list) and len(nums) >= 2, "nums holds at least two values"
    assert all(type(v) is int for v in nums), "nums holds integers"
