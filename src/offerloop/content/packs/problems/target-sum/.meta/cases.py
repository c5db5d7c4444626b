from offerloop.judge.cases import case

SWEEP_SEEDS = 40  # integers only, no float boundary


def visible():
    return [
        case([1, 1, 1, 1, 1], 3, name="five ones"),
        case([1], 2, name="out of reach"),
        case([0, 2], -2, name="a zero doubles the count"),
    ]


def hidden(rng):
    cases = [
        case([0], 0, name="one zero"),
        case([7], -7, name="one number, minus"),
        case([7], 7, name="one number, plus"),
        case([2, 3], 2, name="odd distance"),
        case([1, 2, 3], 7, name="target above the total"),
        case([1, 2, 3], -6, name="every sign minus"),
        case([0, 0, 0, 1], 1, name="three zeros"),
        case([5, 3, 2, 4, 1, 5, 6, 2], 4, name="mixed values"),
        case([1] * 40, 0, name="forty ones, exact big count"),
        case([3] * 30 + [1], 0, name="odd sum, many numbers"),
    ]
    for n in (6, 20, 60):
        nums = [int(v) for v in rng.integers(0, 30, size=n)]
        target = int(rng.integers(-sum(nums) // 3, sum(nums) // 3 + 1))
        cases.append(case(nums, target, name=f"random {n}"))
    return cases


def scaling_input(n, rng):
    nums = [int(v) for v in rng.integers(1, 21, size=n)]
    target = sum(nums) % 2   # parity matches the total, so the full table is filled
    return case(nums, target)


def check_case(args, kwargs):
    nums, target = args
    assert 1 <= len(nums) <= 200, "1 to 200 numbers"
    assert all(type(v) is int and 0 <= v <= 100 for v in nums), "values are integers in [0, 100]"
    assert sum(nums) <= 5000, "the values sum to at most 5000"
    assert type(target) is int and abs(target) <= 5000, "target is an integer with abs(target) <= 5000"
