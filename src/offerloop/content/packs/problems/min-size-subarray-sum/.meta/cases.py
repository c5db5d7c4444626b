from offerloop.judge.cases import case

SWEEP_SEEDS = 40  # integers only, no float boundary


def _positives(rng, n, hi):
    return [int(v) for v in rng.integers(1, hi + 1, size=n)]


def visible():
    return [
        case([2, 3, 1, 2, 4, 3], 7, name="two hours"),
        case([1, 4, 4], 4, name="one hour is enough"),
        case([1, 1, 1], 5, name="never reached"),
    ]


def hidden(rng):
    cases = [
        case([], 3, name="empty"),
        case([5], 5, name="one value, exactly the target"),
        case([5], 6, name="one value, short"),
        case([1, 2, 3, 4, 5], 15, name="the whole list"),
        case([1, 2, 3, 4, 5], 11, name="the last three"),
        case([10, 1, 1, 1, 1], 10, name="the first value alone"),
        case([1, 1, 1, 1, 7], 7, name="the last value alone"),
        case([3, 1, 1, 3], 4, name="exact sums at both ends"),
    ]
    for n, hi, frac in ((10, 5, 0.3), (200, 20, 0.1), (2000, 100, 0.05), (2000, 100, 2.0)):
        nums = _positives(rng, n, hi)
        target = max(1, int(sum(nums) * frac))
        cases.append(case(nums, target, name=f"random {n} values, target {target}"))
    return cases


def scaling_input(n, rng):
    # The best stretch is about n / 10 values long, so every start scans that far.
    nums = _positives(rng, n, 100)
    return case(nums, 50 * (n // 10))


def check_case(args, kwargs):
    nums, target = args
    assert all(type(v) is int and v > 0 for v in nums), "values are positive integers"
    assert type(target) is int and target > 0, "target is a positive integer"
