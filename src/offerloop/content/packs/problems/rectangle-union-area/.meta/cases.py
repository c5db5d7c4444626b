from offerloop.judge.cases import case

SWEEP_SEEDS = 20  # integers only, no float boundary, one right answer


def _span(rng, lo, hi):
    a = int(rng.integers(lo, hi))
    b = int(rng.integers(a + 1, hi + 1))  # b > a, both in lo..hi
    return a, b


def _rect(rng, lo, hi):
    x1, x2 = _span(rng, lo, hi)
    y1, y2 = _span(rng, lo, hi)
    return [x1, y1, x2, y2]


def visible():
    return [
        case([0, 0, 4, 3], [2, 1, 6, 5], name="a partial overlap"),
        case([0, 0, 2, 2], [2, 0, 4, 2], name="touching along an edge"),
    ]


def hidden(rng):
    cases = [
        case([0, 0, 1, 1], [5, 5, 7, 8], name="apart in both directions"),
        case([0, 0, 3, 3], [5, 0, 6, 3], name="apart in x only"),
        case([0, 0, 10, 10], [2, 3, 4, 5], name="one inside the other"),
        case([2, 3, 4, 5], [0, 0, 10, 10], name="the other inside the first"),
        case([-2, -2, 2, 2], [-2, -2, 2, 2], name="identical rectangles"),
        case([0, 0, 1, 1], [1, 1, 2, 2], name="touching at a corner"),
        case([-5, -4, -1, 0], [-3, -6, 3, -2], name="negative coordinates"),
        case([0, 0, 8, 2], [3, -4, 5, 6], name="a cross"),
        case([-10 ** 9, -10 ** 9, 10 ** 9, 10 ** 9], [0, 0, 10 ** 9, 10 ** 9], name="huge coordinates"),
    ]
    for i in range(6):
        cases.append(case(_rect(rng, -20, 20), _rect(rng, -20, 20), name=f"random small rectangles {i + 1}"))
    cases.append(case(_rect(rng, -10 ** 9, 10 ** 9), _rect(rng, -10 ** 9, 10 ** 9), name="random huge rectangles"))
    return cases


def check_case(args, kwargs):
    """The prompt's promise: integer corners with x1 < x2 and y1 < y2, |coordinate| <= 10**9."""
    for r in args:
        assert isinstance(r, list) and len(r) == 4, "a rectangle is [x1, y1, x2, y2]"
        assert all(type(v) is int and abs(v) <= 10 ** 9 for v in r), "integer coordinates within 10**9"
        assert r[0] < r[2] and r[1] < r[3], "x1 < x2 and y1 < y2"
