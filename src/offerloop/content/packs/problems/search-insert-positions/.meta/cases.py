from offerloop.judge.cases import case


def _ints(rng, n, lo, hi):
    return [int(v) for v in rng.integers(lo, hi + 1, size=n)]


def _sorted_distinct(rng, n, spread=3):
    return sorted(int(v) for v in rng.permutation(spread * n + 1)[:n] - spread * n // 2)


def visible():
    return [case([1, 3, 5, 6], [5, 2, 7, 0], name="found, between, after, before")]


def hidden(rng):
    cases = [
        case([], [3], name="an empty list"),
        case([4], [4, 1, 9], name="one value"),
        case([1, 3, 5, 6], [6], name="the last value"),
        case([1, 3, 5, 6], [1], name="the first value"),
        case([-5, -2, 0, 3], [-3, -6, 4, 0], name="negatives"),
        case([2, 4, 6, 8], [], name="no targets"),
        case([10, 20, 30], [10, 20, 30, 25, 15, 5, 35], name="every value and every gap"),
    ]
    for n, q in ((10, 10), (300, 200), (2000, 100)):
        nums = _sorted_distinct(rng, n)
        cases.append(case(nums, _ints(rng, q, nums[0] - 5, nums[-1] + 5), name=f"random n={n}, q={q}"))
    return cases


def scaling_input(n, rng):
    nums = _sorted_distinct(rng, n)
    return case(nums, _ints(rng, n, nums[0], nums[-1]))


def check_case(args, kwargs):
    """The prompt's promise: nums holds distinct integers in ascending order; targets are integers."""
    nums, targets = args
    assert isinstance(nums, list) and all(type(v) is int for v in nums), "nums is a list of integers"
    assert all(a < b for a, b in zip(nums, nums[1:])), "nums is sorted ascending with distinct values"
    assert isinstance(targets, list) and all(type(v) is int for v in targets), "targets is a list of integers"
