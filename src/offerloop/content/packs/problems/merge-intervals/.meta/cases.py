from offerloop.judge.cases import case


def _random(rng, n, span, width):
    out = []
    for _ in range(n):
        s = int(rng.integers(0, span))
        out.append([s, s + int(rng.integers(0, width + 1))])
    return out


def visible():
    return [
        case([[1, 3], [8, 10], [2, 6], [15, 18]], name="one overlap"),
        case([[1, 4], [4, 5]], name="touching intervals"),
    ]


def hidden(rng):
    cases = [
        case([], name="no intervals"),
        case([[5, 5]], name="a point"),
        case([[1, 10], [2, 3], [4, 5]], name="one contains the others"),
        case([[6, 8], [1, 9], [2, 4], [4, 7]], name="unsorted chain"),
        case([[1, 2], [3, 4], [5, 6]], name="all disjoint"),
        case([[-5, -1], [-2, 0], [1, 1]], name="negative coordinates"),
        case([[2, 3], [2, 3], [2, 2]], name="duplicates"),
    ]
    for n in (8, 40, 200):
        cases.append(case(_random(rng, n, 4 * n, 6), name=f"random {n}"))
    return cases


def scaling_input(n, rng):
    # Sparse short intervals: many separate groups.
    return case(_random(rng, n, 50 * n, 10))


def check_case(args, kwargs):
    """The prompt's promise: every interval is [start, end] of integers with start <= end."""
    (intervals,) = args
    assert isinstance(intervals, list), "intervals is a list"
    for iv in intervals:
        assert isinstance(iv, list) and len(iv) == 2 and all(type(x) is int for x in iv), f"{iv!r} is not [start, end]"
        assert iv[0] <= iv[1], f"{iv!r}: the prompt promises start <= end"
