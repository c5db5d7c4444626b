from offerloop.judge.cases import case


def _random(rng, n, span, width):
    out = []
    for _ in range(n):
        s = int(rng.integers(0, span))
        out.append([s, s + int(rng.integers(1, width + 1))])
    return out


def visible():
    return [
        case([[0, 30], [5, 10], [15, 20]], name="two rooms"),
        case([[7, 10], [2, 4]], name="no overlap"),
        case([[1, 5], [5, 8]], name="back to back"),
    ]


def hidden(rng):
    cases = [
        case([], name="no meetings"),
        case([[3, 4]], name="one meeting"),
        case([[1, 10], [1, 10], [1, 10]], name="identical meetings"),
        case([[1, 4], [2, 5], [3, 6], [4, 7]], name="staircase"),
        case([[9, 10], [4, 9], [4, 17]], name="unsorted with a shared start"),
        case([[1, 2], [2, 3], [3, 4], [1, 4]], name="chain plus one long"),
    ]
    for n in (8, 40, 200):
        cases.append(case(_random(rng, n, 2 * n, 15), name=f"random {n}"))
    return cases


def scaling_input(n, rng):
    return case(_random(rng, n, 10 * n, 40))


def check_case(args, kwargs):
    """The prompt's promise: every meeting is [start, end] of integers with start < end."""
    (meetings,) = args
    assert isinstance(meetings, list), "meetings is a list"
    for m in meetings:
        assert isinstance(m, list) and len(m) == 2 and all(type(x) is int for x in m), f"{m!r} is not [start, end]"
        assert m[0] < m[1], f"{m!r}: the prompt promises start < end"
