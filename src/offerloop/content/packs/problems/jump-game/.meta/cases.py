from offerloop.judge.cases import case

SWEEP_SEEDS = 40  # integers only, no float boundary


def _reachable(rng, n, top):
    return [int(v) for v in rng.integers(1, top + 1, size=n)]


def _blocked(rng, n, top):
    """Reachable values, then a wall: index k can be reached, nothing goes past it."""
    nums = _reachable(rng, n, top)
    k = int(rng.integers(n // 2, n - 1))
    for i in range(max(0, k - top), k + 1):
        nums[i] = min(nums[i], k - i)
    return nums


def visible():
    return [
        case([2, 3, 1, 1, 4], name="reachable"),
        case([3, 2, 1, 0, 4], name="stuck on a zero"),
        case([0], name="already at the end"),
    ]


def hidden(rng):
    cases = [
        case([0, 1], name="zero at the start"),
        case([1, 0], name="zero on the last index"),
        case([2, 0, 0], name="jump over a zero to the end"),
        case([2, 5, 0, 0, 1], name="the longest jump is the wrong one"),
        case([1, 1, 1, 1, 0, 1], name="one step short"),
        case([5, 0, 0, 0, 0, 0], name="one big first jump"),
        case([100000] + [0] * 50, name="huge first jump"),
        case([3, 0, 2, 0, 0, 4, 0, 1], name="zero after a stepping stone"),
    ]
    for n in (10, 100, 2000):
        cases.append(case(_reachable(rng, n, 3), name=f"random reachable {n}"))
        cases.append(case(_blocked(rng, n, 3), name=f"random blocked {n}"))
    return cases


def scaling_input(n, rng):
    # Short jumps everywhere: the end is reachable, so every index must be visited.
    return case(_reachable(rng, n, 2))


def check_case(args, kwargs):
    (nums,) = args
    assert 1 <= len(nums) <= 100_000, "1 to 100000 values"
    assert all(type(v) is int and 0 <= v <= 100_000 for v in nums), "values are integers in [0, 100000]"
