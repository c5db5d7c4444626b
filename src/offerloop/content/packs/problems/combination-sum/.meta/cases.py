from offerloop.judge.cases import case

SWEEP_SEEDS = 30  # integers only, no float boundary


def _count(coins, target):
    ways = [1] + [0] * target
    for c in coins:
        for a in range(c, target + 1):
            ways[a] += ways[a - c]
    return ways[target]


def _draw(rng, k, lo, hi, target_lo, target_hi):
    while True:
        coins = [int(v) for v in rng.choice(range(lo, hi + 1), size=k, replace=False)]
        target = int(rng.integers(target_lo, target_hi + 1))
        if _count(coins, target) <= 3000:
            return coins, target


def visible():
    return [
        case([2, 3, 6, 7], 7, name="two ways"),
        case([2, 3, 5], 8, name="three ways"),
        case([4], 3, name="no way"),
    ]


def hidden(rng):
    cases = [
        case([1], 1, name="one coin of one"),
        case([1], 12, name="twelve ones"),
        case([7, 3, 2], 18, name="unsorted coins"),
        case([9, 40, 12], 40, name="one big coin fits exactly"),
        case([5, 10], 3, name="every coin too big"),
        case([8, 6, 4], 13, name="even coins, odd target"),
    ]
    for k, lo, hi, tlo, thi in ((3, 2, 9, 8, 20), (4, 2, 12, 15, 30), (6, 2, 20, 20, 35),
                                (8, 3, 40, 25, 40), (12, 2, 40, 30, 40)):
        coins, target = _draw(rng, k, lo, hi, tlo, thi)
        cases.append(case(coins, target, name=f"random {k} coins"))
    return cases


def check(args, kwargs, output, expected):
    candidates, target = args
    if not isinstance(output, (list, tuple)) or not all(isinstance(s, (list, tuple)) for s in output):
        return False, "return a list of lists"
    got = sorted(tuple(sorted(s)) for s in output)
    if len(set(got)) != len(got):
        return False, "a way appears twice (coins in another order are the same way)"
    for way in got:
        if any(c not in candidates for c in way) or sum(way) != target:
            return False, f"{list(way)} does not pay {target} with the given coins"
    want = sorted(tuple(sorted(s)) for s in expected)
    if got != want:
        return False, f"{len(got)} ways, expected {len(want)}"
    return True, ""


def check_case(args, kwargs):
    candidates, target = args
    assert all(type(v) is int and 1 <= v <= 40 for v in candidates), "coins are integers 1..40"
    assert 1 <= len(candidates) <= 12 and len(set(candidates)) == len(candidates), "1 to 12 distinct coins"
    assert type(target) is int and 1 <= target <= 40, "target is 1..40"
    assert _count(candidates, target) <= 3000, "at most 3000 ways"
