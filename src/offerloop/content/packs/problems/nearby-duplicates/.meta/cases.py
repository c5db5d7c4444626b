from offerloop.judge.cases import case

SWEEP_SEEDS = 40  # integers only, no float boundary



def _with_gap(rng, n, gap, lo=-10**6, hi=10**6):
    """n distinct values, then one value copied so that the closest repeat is exactly gap apart."""
    values = [int(v) for v in rng.choice(hi - lo, size=n, replace=False) + lo]
    if gap is not None and gap < n:
        i = int(rng.integers(0, n - gap))
        values[i + gap] = values[i]
    return values


def visible():
    return [
        case([4, 7, 1, 4], 3, name="exactly k apart"),
        case([4, 7, 1, 4], 2, name="one step too far"),
        case([5, 9, 5, 9], 1, name="repeats two apart, k = 1"),
    ]


def hidden(rng):
    cases = [
        case([], 0, name="empty"),
        case([1], 5, name="one value"),
        case([3, 3], 0, name="k = 0 allows nothing"),
        case([3, 3], 1, name="neighbours"),
        case([1, 2, 3, 1, 2, 3], 2, name="every repeat three apart"),
        case([0, -1, 0], 5, name="k larger than the list"),
        case([8, 1, 2, 3, 8, 8], 1, name="a far repeat, then a near one"),
    ]
    for n, gap, k in ((10, 4, 4), (10, 4, 3), (300, 25, 30), (300, 25, 24), (3000, None, 500), (3000, 700, 700)):
        cases.append(case(_with_gap(rng, n, gap), k, name=f"random {n} values, k = {k}"))
    return cases


def scaling_input(n, rng):
    # No repeats at all, and a window of n // 4 positions.
    return case(_with_gap(rng, n, None), n // 4)


def check_case(args, kwargs):
    nums, k = args
    assert all(type(v) is int for v in nums), "values are integers"
    assert type(k) is int and k >= 0, "k >= 0"
