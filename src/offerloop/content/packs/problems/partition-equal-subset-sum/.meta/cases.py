from offerloop.judge.cases import case

SWEEP_SEEDS = 40  # integers only, no float boundary


def visible():
    return [
        case([1, 5, 11, 5], name="splits"),
        case([1, 2, 3, 5], name="odd total"),
        case([2, 2, 3, 5], name="even total, no half"),
    ]


def hidden(rng):
    cases = [
        case([1], name="one coin"),
        case([4, 4], name="two equal coins"),
        case([2, 6], name="two unequal coins"),
        case([3, 3, 2, 2, 2], name="greedy gives unequal halves"),
        case([1, 2, 5], name="no coin used twice"),
        case([100, 2, 4, 6, 8, 10], name="one coin too big"),
        case([60] + [2] * 40, name="many coins, big one beyond the half"),
        case([1, 1, 1, 1, 1, 1, 1, 1], name="all ones"),
        case([2] * 41, name="even coins, odd half"),
        case([99, 98, 97, 96, 95, 94, 93, 92, 91, 90, 89, 88, 87, 86, 85, 84], name="large values"),
    ]
    for n in (5, 12, 200):
        cases.append(case([int(v) for v in rng.integers(1, 101, size=n)], name=f"random {n}"))
    odd = [2 * int(v) for v in rng.integers(1, 50, size=60)]
    odd[0] += 1
    odd[1] += 2
    cases.append(case(odd, name="random, one odd coin"))
    return cases


def scaling_input(n, rng):
    # Even coins whose half-total is odd: no subset reaches it, so nothing ends early.
    nums = [2 * int(v) for v in rng.integers(1, 50, size=n)]
    if sum(nums) % 4 == 0:
        nums[0] += 2 if nums[0] < 100 else -2
    return case(nums)


def check_case(args, kwargs):
    (nums,) = args
    assert 1 <= len(nums) <= 300, "1 to 300 coins"
    assert all(type(v) is int and 1 <= v <= 100 for v in nums), "coin values are integers in [1, 100]"
