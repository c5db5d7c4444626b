from offerloop.judge.cases import case


def _ints(rng, n, lo, hi):
    return [int(v) for v in rng.integers(lo, hi + 1, size=n)]


def visible():
    return [case([2, 4, 1, 3, 5], name="three inversions"), case([1, 1, 1], name="equal values")]


def hidden(rng):
    cases = [
        case([], name="empty"),
        case([7], name="one value"),
        case([1, 2], name="sorted pair"),
        case([2, 1], name="reversed pair"),
        case([5, 4, 3, 2, 1], name="fully reversed"),
        case([1, 2, 3, 4, 5], name="sorted"),
        case([3, 1, 3, 1], name="duplicates"),
        case([-1, -3, 2, -2], name="negatives"),
        case([2, 2, 1, 1], name="ties on both sides"),
    ]
    for n, hi in ((20, 5), (400, 10**6), (1000, 50)):
        cases.append(case(_ints(rng, n, -hi, hi), name=f"random {n}"))
    cases.append(case([int(v) for v in rng.permutation(600)], name="a random ranking of 600 items"))
    return cases


def scaling_input(n, rng):
    return case([int(v) for v in rng.permutation(n)])


def check_case(args, kwargs):
    """The prompt's promise: nums is a list of integers (possibly empty, possibly repeating)."""
    (nums,) = args
    assert isinstance(nums, list) and all(type(v) is int for v in nums), "nums is a list of integers"
