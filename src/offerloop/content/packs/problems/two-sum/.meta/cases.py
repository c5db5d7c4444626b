from collections import Counter

from offerloop.judge.cases import case

SWEEP_SEEDS = 60  # integers only, no float boundary: 60 seeds of 3,000-long lists take about a second


def _pair_list(rng, n, lo=-10**6, hi=10**6, at_end=False):
    """n integers where exactly one pair (placed at random, or at the end) sums to the target."""
    a, b = int(rng.integers(lo, hi)), int(rng.integers(lo, hi))
    target = a + b
    values, present = [], {a, b}
    while len(values) < n - 2:
        v = int(rng.integers(lo, hi))
        if target - v in present or 2 * v == target:
            continue
        values.append(v)
        present.add(v)
    if at_end:
        return values + [a, b], target
    i = int(rng.integers(0, n - 1))
    values.insert(i, a)
    j = int(rng.integers(i + 1, n))
    values.insert(j, b)
    return values, target


def visible():
    return [
        case([2, 7, 11, 15], 9, name="the pair comes first"),
        case([3, 2, 4], 6, name="an element may not be used twice"),
        case([3, 3], 6, name="equal values at two positions"),
    ]


def hidden(rng):
    cases = [
        case([1, 5], 6, name="just two numbers"),
        case([-3, 4, 3, 90], 0, name="negatives"),
        case([0, 4, 3, 0], 0, name="two zeros"),
        case([5, 1, 8, 2, 4, 9], 14, name="pair at the far ends"),
        case([4, 1, 2, 4], 8, name="duplicate values, first and last"),
        case([1000000000, -999999999, 3], 1, name="large values"),
        case([6, 2, 8, 3], 11, name="the pair is the last two"),
    ]
    for n in (5, 20, 200, 3000):
        nums, target = _pair_list(rng, n)
        cases.append(case(nums, target, name=f"random list of {n}"))
    nums, target = _pair_list(rng, 50, -20, 20)
    cases.append(case(nums, target, name="small values, many near misses"))
    return cases


def scaling_input(n, rng):
    nums, target = _pair_list(rng, n, at_end=True)
    return case(nums, target)


def check_case(args, kwargs):
    """The prompt's promise: integers, and exactly one pair of positions sums to the target."""
    nums, target = args
    assert all(type(v) is int for v in nums) and type(target) is int, "nums and target must be integers"
    counts = Counter(nums)
    pairs = sum(c * counts[target - v] for v, c in counts.items() if v < target - v)
    pairs += sum(c * (c - 1) // 2 for v, c in counts.items() if 2 * v == target)
    assert pairs == 1, f"{pairs} pairs of positions sum to {target}; the prompt promises exactly one"
