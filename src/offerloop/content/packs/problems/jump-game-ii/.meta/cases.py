from offerloop.judge.cases import case

SWEEP_SEEDS = 40  # integers only, no float boundary


def _random(rng, n, top):
    """Jump lengths in [0, top] where every index is reachable (no zero blocks the path)."""
    nums = [int(v) for v in rng.integers(0, top + 1, size=n)]
    far = 0
    for i in range(n - 1):
        if far <= i:   # this index would be a dead end: give it a jump
            nums[i] = max(nums[i], 1)
        far = max(far, i + nums[i])
    return nums


def visible():
    return [
        case([2, 3, 1, 1, 4], name="classic"),
        case([2, 3, 0, 1, 4], name="a zero in the way"),
        case([1, 1, 1], name="single steps"),
    ]


def hidden(rng):
    cases = [
        case([0], name="already there"),
        case([5], name="one element, positive"),
        case([1, 0], name="one jump onto a zero"),
        case([10, 1, 1, 1, 1], name="one big jump"),
        case([1, 4, 1, 1, 1, 1, 0], name="short jump to a long one"),
        case([3, 4, 3, 1, 0, 7, 0, 0, 1, 0], name="the farthest landing is not the best"),
        case([2, 1, 1, 1, 1], name="window by window"),
        case([1] * 60, name="sixty single steps"),
    ]
    for n, top in ((10, 3), (200, 5), (3000, 4)):
        cases.append(case(_random(rng, n, top), name=f"random {n}"))
    return cases


def scaling_input(n, rng):
    return case(_random(rng, n, 6))


def _reachable(nums):
    far = 0
    for i, v in enumerate(nums):
        if i > far:
            return False
        far = max(far, i + v)
    return True


def check_case(args, kwargs):
    (nums,) = args
    assert 1 <= len(nums) <= 100_000, "1 to 100000 values"
    assert all(type(v) is int and 0 <= v <= 1000 for v in nums), "values are integers in [0, 1000]"
    assert _reachable(nums), "the prompt promises the last index is reachable"
