from offerloop.judge.cases import case

SWEEP_SEEDS = 40  # integers only, no float boundary


def _ints(rng, n, lo, hi):
    return [int(v) for v in rng.integers(lo, hi + 1, size=n)]


def visible():
    return [
        case([21, 19, 23, 22, 22, 25, 20], name="mixed week"),
        case([5, 5, 5], name="equal is not warmer"),
    ]


def hidden(rng):
    cases = [
        case([], name="no days"),
        case([7], name="one day"),
        case([1, 2, 3, 4], name="warming every day"),
        case([4, 3, 2, 1], name="cooling every day"),
        case([3, 3, 4], name="a tie, then warmer"),
        case([-5, -10, -3], name="negative temperatures"),
        case([10, 1, 1, 1, 1, 11], name="one warm day answers many"),
        case([2, 5, 1, 1, 5, 6], name="equal peak does not answer"),
    ]
    for n, lo, hi in ((12, 0, 5), (200, -30, 40), (2000, 0, 100)):
        cases.append(case(_ints(rng, n, lo, hi), name=f"random {n} days"))
    return cases


def scaling_input(n, rng):
    # A long cooling spell, then one warm day: every day waits until the end.
    falling = sorted(_ints(rng, n - 1, -10**6, 10**6), reverse=True)
    return case(falling + [10**6 + 1])


def check_case(args, kwargs):
    (temps,) = args
    assert all(type(t) is int for t in temps), "temperatures are integers"
