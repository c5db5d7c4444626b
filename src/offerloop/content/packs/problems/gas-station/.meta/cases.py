from offerloop.judge.cases import case

SWEEP_SEEDS = 40  # integers only, no float boundary


def _starts(gas, cost):
    """Every station from which a full loop works, in O(n) with prefix and suffix minima.

    P[k] is the tank after stations 0 .. k - 1 starting from 0 with an empty tank. Starting at s,
    the tank at k > s is P[k] - P[s], and after wrapping to k <= s it is total + P[k] - P[s]."""
    n = len(gas)
    prefix = [0]
    for g, c in zip(gas, cost):
        prefix.append(prefix[-1] + g - c)
    total = prefix[n]
    suffix_min = [0] * (n + 1)
    suffix_min[n] = prefix[n]
    for k in range(n - 1, -1, -1):
        suffix_min[k] = min(prefix[k], suffix_min[k + 1])
    out, low = [], None   # low: min of prefix[1 .. s]
    for s in range(n):
        ahead_ok = suffix_min[s + 1] >= prefix[s]
        wrap_ok = low is None or total + low >= prefix[s]
        if ahead_ok and wrap_ok:
            out.append(s)
        low = prefix[s + 1] if low is None else min(low, prefix[s + 1])
    return out


def _balance(rng, a, amount):
    """Add amount to list a, spread over random entries in pieces of at most 100."""
    while amount > 0:
        i = int(rng.integers(0, len(a)))
        piece = min(amount, 100, 10_000 - a[i])
        a[i] += piece
        amount -= piece


def _loop(rng, n, possible):
    gas = [int(v) for v in rng.integers(0, 101, size=n)]
    cost = [int(v) for v in rng.integers(0, 101, size=n)]
    diff = sum(gas) - sum(cost)
    if possible:
        # Total exactly zero: then the one valid start is where the prefix sum is lowest.
        _balance(rng, gas, -diff) if diff < 0 else _balance(rng, cost, diff)
        while len(_starts(gas, cost)) > 1:
            m = _starts(gas, cost)[1]
            gas[m - 1] += 1   # lifts the later tie ...
            cost[n - 1] += 1  # ... and keeps the total at zero
    elif diff >= 0:
        _balance(rng, cost, diff + 1 + int(rng.integers(0, 5)))
    return gas, cost


def visible():
    return [
        case([1, 2, 3, 4, 5], [3, 4, 5, 1, 2], name="start at three"),
        case([2, 3, 4], [3, 4, 3], name="not enough gas"),
        case([5], [4], name="one station"),
    ]


def hidden(rng):
    cases = [
        case([3], [4], name="one station, short"),
        case([0], [0], name="one station, nothing needed"),
        case([4, 1], [1, 3], name="start at the first station"),
        case([1, 4], [3, 1], name="start at the last station"),
        case([3, 1, 1], [1, 2, 2], name="exactly enough gas"),
        case([2, 0, 0, 6], [1, 3, 2, 2], name="start after the deficit"),
        case([5, 8, 2, 8], [6, 5, 6, 6], name="restart twice"),
        case([1, 1, 1, 1], [1, 1, 1, 2], name="one litre short"),
    ]
    for n in (6, 40, 500):
        gas, cost = _loop(rng, n, True)
        cases.append(case(gas, cost, name=f"random loop {n}"))
        gas, cost = _loop(rng, n, False)
        cases.append(case(gas, cost, name=f"random no loop {n}"))
    return cases


def scaling_input(n, rng):
    gas, cost = _loop(rng, n, True)
    return case(gas, cost)


def check_case(args, kwargs):
    gas, cost = args
    assert 1 <= len(gas) <= 100_000 and len(gas) == len(cost), "1 to 100000 stations, equal lengths"
    assert all(type(v) is int and 0 <= v <= 10_000 for v in gas + cost), "values are integers in [0, 10000]"
    assert sum(gas) < sum(cost) or len(_starts(gas, cost)) == 1, "a possible loop has exactly one start"
