from offerloop.judge.cases import case

SWEEP_SEEDS = 40  # integers only, no float boundary


def _sorted_ints(rng, n, lo, hi):
    return sorted(int(v) for v in rng.integers(lo, hi + 1, size=n))


def visible():
    return [
        case([-4, -1, 0, 3, 10], name="negatives and positives"),
        case([-7, -3, 2, 3, 11], name="equal squares from both sides"),
    ]


def hidden(rng):
    cases = [
        case([], name="empty"),
        case([-5], name="one negative"),
        case([0], name="zero"),
        case([1, 2, 3], name="all positive"),
        case([-3, -2, -1], name="all negative"),
        case([-2, -2, 2, 2], name="repeats on both sides"),
        case([-10000, 0, 10000], name="the extremes"),
        case([-1, 0, 0, 0, 1], name="zeros in the middle"),
    ]
    for n, lo, hi in ((9, -10, 10), (100, -10000, 10000), (500, -10000, 50), (3000, -5, 10000)):
        cases.append(case(_sorted_ints(rng, n, lo, hi), name=f"random {n} values in [{lo}, {hi}]"))
    return cases


def scaling_input(n, rng):
    return case(_sorted_ints(rng, n, -10000, 10000))


def check_case(args, kwargs):
    (nums,) = args
    assert all(type(v) is int and -10**4 <= v <= 10**4 for v in nums), "integers in [-10**4, 10**4]"
    assert all(a <= b for a, b in zip(nums, nums[1:])), "nums is sorted"
