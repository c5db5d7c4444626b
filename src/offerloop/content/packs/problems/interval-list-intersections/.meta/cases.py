from offerloop.judge.cases import case

SWEEP_SEEDS = 20  # integers and strings only, no float boundary


def _calendar(rng, n, gap_hi, len_hi, start=0):
    t, out = start + int(rng.integers(0, gap_hi + 1)), []
    for _ in range(n):
        length = int(rng.integers(0, len_hi + 1))
        out.append([t, t + length])
        t += length + int(rng.integers(1, gap_hi + 1))
    return out


def visible():
    return [
        case([[1, 4], [6, 9]], [[3, 7]], name="one interval meets two"),
        case([[0, 2], [5, 8]], [[2, 5], [9, 12]], name="single shared moments"),
        case([[1, 3]], [], name="one list empty"),
    ]


def hidden(rng):
    cases = [
        case([], [], name="both empty"),
        case([[1, 10]], [[2, 3], [5, 6], [8, 12]], name="a long interval meets several"),
        case([[2, 3], [5, 6], [8, 12]], [[1, 10]], name="the same, swapped"),
        case([[1, 2], [7, 8]], [[3, 6]], name="no overlap"),
        case([[4, 4]], [[4, 4]], name="single moments"),
        case([[0, 5], [10, 15]], [[0, 5], [10, 15]], name="identical lists"),
        case([[1, 5]], [[5, 5], [6, 8]], name="a moment at the end"),
    ]
    for n, m, gap, ln in ((5, 4, 4, 4), (40, 60, 6, 8), (400, 300, 10, 10)):
        cases.append(case(_calendar(rng, n, gap, ln), _calendar(rng, m, gap, ln), name=f"random {n} and {m} intervals"))
    return cases


def scaling_input(n, rng):
    return case(_calendar(rng, n, 6, 6), _calendar(rng, n, 6, 6))


def _valid(intervals):
    ok = all(len(v) == 2 and type(v[0]) is int and type(v[1]) is int and 0 <= v[0] <= v[1] <= 10 ** 9 for v in intervals)
    return ok and all(a[1] < b[0] for a, b in zip(intervals, intervals[1:]))


def check_case(args, kwargs):
    first, second = args
    assert _valid(first) and _valid(second), "each list: sorted, disjoint closed integer intervals in 0..10^9"
