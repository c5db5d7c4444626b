from collections import Counter

from offerloop.judge.cases import case


def _ints(rng, n, lo, hi):
    return [int(v) for v in rng.integers(lo, hi + 1, size=n)]


def _unique_pair(rng, n, near_end=False):
    """Multiples of 4 plus two values that are 1 mod 4: only those two can sum to 2 mod 4."""
    base = sorted(4 * int(v) for v in rng.permutation(5 * n)[: n - 2] - 2 * n)
    if near_end:
        a, b = base[-1] + 1, base[-1] + 5
    else:
        a, b = 4 * int(rng.integers(-2 * n, 2 * n)) + 1, 4 * int(rng.integers(-2 * n, 2 * n)) + 1
    values = sorted(base + [a, b])
    return values, a + b


def visible():
    return [
        case([2, 7, 11, 15], 9, name="the first two"),
        case([-3, 0, 2, 4], 1, name="the two ends"),
    ]


def hidden(rng):
    cases = [
        case([1, 3], 4, name="just two"),
        case([2, 2, 5], 4, name="equal values"),
        case([1, 2, 3, 4, 4, 9], 8, name="duplicates as the pair"),
        case([-10, -3, -1, 0], -4, name="all negative"),
        case([0, 0, 3, 4], 0, name="two zeros"),
        case([1, 2, 5, 9, 20], 29, name="the last two"),
        case([-8, 1, 3, 6, 7], 4, name="a negative and a positive"),
    ]
    for n in (6, 50, 2000):
        values, target = _unique_pair(rng, n)
        cases.append(case(values, target, name=f"random {n}"))
    return cases


def scaling_input(n, rng):
    values, target = _unique_pair(rng, n, near_end=True)
    return case(values, target)


def check_case(args, kwargs):
    """The prompt's promise: integers sorted in non-decreasing order, and exactly one pair of positions sums to the target."""
    numbers, target = args
    assert all(type(v) is int for v in numbers) and type(target) is int, "numbers and target are integers"
    assert all(a <= b for a, b in zip(numbers, numbers[1:])), "numbers is sorted in non-decreasing order"
    counts = Counter(numbers)
    pairs = sum(c * counts[target - v] for v, c in counts.items() if v < target - v)
    pairs += sum(c * (c - 1) // 2 for v, c in counts.items() if 2 * v == target)
    assert pairs == 1, f"{pairs} pairs of positions sum to {target}; the prompt promises exactly one"
