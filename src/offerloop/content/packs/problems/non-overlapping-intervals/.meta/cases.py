from offerloop.judge.cases import case


def _random(rng, n, span, width):
    out = []
    for _ in range(n):
        s = int(rng.integers(0, span))
        out.append([s, s + int(rng.integers(1, width + 1))])
    return out


def visible():
    return [
        case([[1, 2], [2, 3], [3, 4], [1, 3]], name="one to remove"),
        case([[1, 2], [1, 2], [1, 2]], name="three copies"),
        case([[1, 2], [2, 3]], name="touching only"),
    ]


def hidden(rng):
    cases = [
        case([], name="no intervals"),
        case([[0, 5]], name="one interval"),
        case([[1, 100], [11, 22], [1, 11], [2, 12]], name="a long interval first"),
        case([[1, 10], [2, 3], [4, 5], [6, 7]], name="one long over three short"),
        case([[-10, -5], [-7, 0], [0, 3]], name="negative coordinates"),
        case([[0, 2], [1, 3], [2, 4], [3, 5]], name="overlapping chain"),
    ]
    for n in (8, 40, 200):
        cases.append(case(_random(rng, n, 3 * n, 8), name=f"random {n}"))
    return cases


def scaling_input(n, rng):
    return case(_random(rng, n, 5 * n, 12))


def check_case(args, kwargs):
    """The prompt's promise: every interval is [start, end] of integers with start < end."""
    (intervals,) = args
    assert isinstance(intervals, list), "intervals is a list"
    for iv in intervals:
        assert isinstance(iv, list) and len(iv) == 2 and all(type(x) is int for x in iv), f"{iv!r} is not [start, end]"
        assert iv[0] < iv[1], f"{iv!r}: the prompt promises start < end"
