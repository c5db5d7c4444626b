from offerloop.judge.cases import case


def _without(rng, n, missing=None):
    missing = int(rng.integers(0, n + 1)) if missing is None else missing
    values = [k for k in range(n + 1) if k != missing]
    return [values[int(i)] for i in rng.permutation(n)]


def visible():
    return [case([3, 0, 1], name="in the middle"), case([0, 1], name="the largest is missing")]


def hidden(rng):
    cases = [
        case([], name="empty: 0 is missing"),
        case([0], name="one value, 1 is missing"),
        case([1], name="one value, 0 is missing"),
        case([1, 2, 3], name="zero is missing"),
        case([0, 1, 2, 3, 4], name="sorted, the top is missing"),
        case([9, 6, 4, 2, 3, 5, 7, 0, 1], name="unsorted"),
    ]
    for n in (10, 500, 5000):
        cases.append(case(_without(rng, n), name=f"random {n}"))
    cases.append(case(_without(rng, 300, 300), name="random, the top is missing"))
    cases.append(case(_without(rng, 300, 0), name="random, zero is missing"))
    return cases


def scaling_input(n, rng):
    # The missing number is the largest, so scanning for each candidate goes all the way.
    return case(_without(rng, n, n))


def check_case(args, kwargs):
    """The prompt's promise: n distinct integers taken from 0 .. n, so exactly one is absent."""
    (nums,) = args
    n = len(nums)
    assert isinstance(nums, list) and all(type(v) is int and 0 <= v <= n for v in nums), "values are integers in 0 .. n"
    assert len(set(nums)) == n, "the values are distinct"
