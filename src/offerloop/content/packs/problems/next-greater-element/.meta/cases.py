from offerloop.judge.cases import case

SWEEP_SEEDS = 20  # integers only, no float boundary, one right answer


def _distinct(rng, n, spread=4):
    values = rng.permutation(spread * n + 2)[:n] - spread * n // 2
    return [int(v) if v != -1 else int(spread * n + 5) for v in values]


def visible():
    return [
        case([4, 1, 2], [1, 3, 4, 2], name="the example"),
        case([2, 4], [1, 2, 3, 4], name="rising values"),
    ]


def hidden(rng):
    cases = [
        case([5], [5], name="a single value"),
        case([], [3, 1, 2], name="an empty subset"),
        case([9, 7, 5, 3], [9, 7, 5, 3], name="falling: nothing is greater"),
        case([1, 9], [9, 1], name="the larger value is before, not after"),
        case([2, 6, 3], [6, 2, 5, 3, 8], name="a value skips a smaller one to find its answer"),
        case([-3, -7, 0], [-7, -3, -5, 0, -2], name="negative values"),
        case([4, 2], [2, 4, 1, 3], name="no wrap around to the start"),
        case([1, 3, 2], [1, 5, 3, 4, 2, 6], name="the first larger, not the largest"),
    ]
    for n, m in ((8, 5), (60, 60), (500, 200), (2000, 2000)):
        nums = _distinct(rng, n)
        subset = [int(v) for v in rng.permutation(nums)[:m]]
        cases.append(case(subset, nums, name=f"random n={n}, m={m}"))
    return cases


def scaling_input(n, rng):
    # Mostly falling, so a scan to the right from each value meets long runs.
    nums = sorted(_distinct(rng, n), reverse=True)
    for _ in range(n // 50):
        i = int(rng.integers(0, n - 1))
        nums[i], nums[i + 1] = nums[i + 1], nums[i]
    return case([int(v) for v in rng.permutation(nums)], nums)


def check_case(args, kwargs):
    """The prompt's promise: distinct integers in nums, none equal to -1; subset draws distinct values from nums."""
    subset, nums = args
    assert isinstance(nums, list) and all(type(v) is int for v in nums), "nums is a list of integers"
    assert len(set(nums)) == len(nums), "nums holds distinct values"
    assert -1 not in nums, "-1 never appears as a value"
    assert isinstance(subset, list) and len(set(subset)) == len(subset), "subset holds distinct values"
    assert set(subset) <= set(nums), "every value of subset is in nums"
