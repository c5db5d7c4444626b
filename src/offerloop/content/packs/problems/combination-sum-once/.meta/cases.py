from collections import Counter

from offerloop.judge.cases import case

SWEEP_SEEDS = 30  # integers only, no float boundary


def _count(items, target):
    """Distinct multisets of items (bounded by each value's count) summing to target."""
    ways = [1] + [0] * target
    for v, c in Counter(items).items():
        new = [0] * (target + 1)
        for a in range(target + 1):
            for k in range(c + 1):
                if a - k * v < 0:
                    break
                new[a] += ways[a - k * v]
        ways = new
    return ways[target]


def _draw(rng, n, values, hi, target_hi):
    while True:
        pool = [int(v) for v in rng.choice(range(1, hi + 1), size=values, replace=False)]
        items = [pool[int(i)] for i in rng.integers(0, values, size=n)]
        target = int(rng.integers(1, target_hi + 1))
        if _count(items, target) <= 2000:
            return items, target


def visible():
    return [
        case([10, 1, 2, 7, 6, 1, 5], 8, name="the classic"),
        case([2, 5, 2, 1, 2], 5, name="a triple of twos"),
    ]


def hidden(rng):
    cases = [
        case([], 3, name="no items"),
        case([3], 3, name="one item that fits"),
        case([1, 1, 1], 4, name="not enough copies"),
        case([4, 4, 4, 4], 8, name="only one way from four copies"),
        case([1] * 20, 7, name="twenty ones"),
        case([9, 3, 6, 3, 9], 12, name="unsorted with pairs"),
    ]
    for n, values, hi, thi in ((6, 4, 8, 12), (10, 5, 12, 20), (14, 6, 15, 30), (18, 5, 10, 40),
                               (24, 4, 12, 60)):
        items, target = _draw(rng, n, values, hi, thi)
        cases.append(case(items, target, name=f"random {n} items"))
    return cases


def scaling_input(n, rng):
    # Few distinct values and a target near half the total: small answer, huge 2^n.
    pool = [int(v) for v in rng.choice(range(1, 6), size=3, replace=False)]
    items = [pool[int(i)] for i in rng.integers(0, 3, size=n)]
    return case(items, min(60, sum(items) // 2))


def check(args, kwargs, output, expected):
    items, target = args
    if not isinstance(output, (list, tuple)) or not all(isinstance(s, (list, tuple)) for s in output):
        return False, "return a list of lists"
    got = sorted(tuple(sorted(s)) for s in output)
    if len(set(got)) != len(got):
        return False, "a multiset appears twice"
    have = Counter(items)
    for way in got:
        if sum(way) != target or any(c > have[v] for v, c in Counter(way).items()):
            return False, f"{list(way)} is not a pick of the items summing to {target}"
    want = sorted(tuple(sorted(s)) for s in expected)
    if got != want:
        return False, f"{len(got)} multisets, expected {len(want)}"
    return True, ""


def check_case(args, kwargs):
    items, target = args
    assert len(items) <= 24 and all(type(v) is int and 1 <= v <= 30 for v in items), "0..24 items of 1..30"
    assert type(target) is int and 1 <= target <= 60, "target is 1..60"
    assert _count(items, target) <= 2000, "at most 2000 multisets"
