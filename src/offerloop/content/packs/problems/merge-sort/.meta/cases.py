from offerloop.judge.cases import case


def _ints(rng, n, lo, hi):
    return [int(v) for v in rng.integers(lo, hi + 1, size=n)]


def visible():
    return [case([5, 2, 3, 1], name="four values"), case([5, 1, 1, 2, 0, 0], name="duplicates")]


def hidden(rng):
    cases = [
        case([], name="empty"),
        case([1], name="one value"),
        case([2, 1], name="two values"),
        case([1, 2, 3, 4, 5], name="already sorted"),
        case([5, 4, 3, 2, 1], name="reversed"),
        case([7, 7, 7, 7], name="all equal"),
        case([-3, 10, -3, 0, 2, -50], name="negatives"),
    ]
    for n, hi in ((17, 5), (300, 10**6), (800, 100)):
        cases.append(case(_ints(rng, n, -hi, hi), name=f"random {n}"))
    return cases


def scaling_input(n, rng):
    return case(_ints(rng, n, -10**6, 10**6))


def check_case(args, kwargs):
    """The prompt's promise: nums is a list of integers (possibly empty, possibly repeating)."""
    (nums,) = args
    assert isinstance(nums, list) and all(type(v) is int for v in nums), "nums is a list of integers"
