from collections import Counter

from offerloop.judge.cases import case

SWEEP_SEEDS = 40  # integers only, no float boundary


def _nums(rng, pairs, lo=-2**31, hi=2**31, step=1):
    """Distinct values (multiples of step), two of them single, the rest paired, shuffled."""
    values = set()
    while len(values) < pairs + 2:
        values.add(step * int(rng.integers(lo // step, hi // step)))
    values = list(values)
    nums = values[2:] + values[2:] + values[:2]
    return [nums[int(i)] for i in rng.permutation(len(nums))]


def visible():
    return [
        case([1, 2, 1, 3, 2, 5], name="three and five"),
        case([-1, 0], name="just the two"),
        case([8, 4, 8, -6], name="a negative single"),
    ]


def hidden(rng):
    cases = [
        case([2, 4], name="both even"),
        case([3, 7, 9, 9], name="both odd"),
        case([0, 2147483647], name="zero and the top"),
        case([-2147483648, -2147483647, 5, 5], name="two extreme negatives"),
        case([6, 6, 10, 14, 12, 12], name="differ only in bit 2"),
        case([-4, -8, 1, 1], name="negatives that agree at bit 0"),
    ]
    for pairs in (2, 40, 1000):
        cases.append(case(_nums(rng, pairs), name=f"random {pairs} pairs"))
    cases.append(case(_nums(rng, 30, -100, 100, step=2), name="small even values"))
    return cases


def scaling_input(n, rng):
    return case(_nums(rng, n // 2 - 1))


def check_case(args, kwargs):
    (nums,) = args
    assert 2 <= len(nums) <= 100_000, "2 to 100000 values"
    assert all(type(v) is int and -2**31 <= v < 2**31 for v in nums), "32-bit signed integers"
    counts = sorted(Counter(nums).values())
    assert counts.count(1) == 2 and all(c in (1, 2) for c in counts), "two values once, the others twice"
