from collections import Counter

from offerloop.judge.cases import case

SWEEP_SEEDS = 40  # integers only, no float boundary


def _tickets(rng, pairs, lo=-2**31, hi=2**31):
    values = set()
    while len(values) < pairs + 1:
        values.add(int(rng.integers(lo, hi)))
    values = list(values)
    single, rest = values[0], values[1:]
    nums = rest + rest + [single]
    return [nums[int(i)] for i in rng.permutation(len(nums))]


def visible():
    return [
        case([4, 1, 2, 1, 2], name="single first"),
        case([7], name="one ticket"),
        case([-3, 5, 5], name="negative single"),
    ]


def hidden(rng):
    cases = [
        case([0], name="zero alone"),
        case([2, 2, 0], name="zero is the single"),
        case([1, 1, 2, 2, 3], name="single last"),
        case([9, 4, 9], name="single in the middle"),
        case([-2147483648, 2147483647, 2147483647], name="extremes"),
        case([-1, -1, -2], name="negatives pair up"),
    ]
    for pairs in (3, 50, 1000):
        cases.append(case(_tickets(rng, pairs), name=f"random {pairs} pairs"))
    cases.append(case(_tickets(rng, 40, -50, 50), name="small values"))
    return cases


def scaling_input(n, rng):
    return case(_tickets(rng, n // 2))


def check_case(args, kwargs):
    (nums,) = args
    assert 1 <= len(nums) <= 100_000, "1 to 100000 values"
    assert all(type(v) is int and -2**31 <= v < 2**31 for v in nums), "32-bit signed integers"
    counts = sorted(Counter(nums).values())
    assert counts.count(1) == 1 and all(c in (1, 2) for c in counts), "one value once, the others twice"
