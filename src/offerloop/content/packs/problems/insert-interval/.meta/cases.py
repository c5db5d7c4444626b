from offerloop.judge.cases import case


def _disjoint(rng, n):
    out, x = [], 0
    for _ in range(n):
        x += int(rng.integers(2, 6))
        w = int(rng.integers(0, 4))
        out.append([x, x + w])
        x += w
    return out


def visible():
    return [
        case([[1, 3], [6, 9]], [2, 5], name="overlaps one"),
        case([[1, 2], [3, 5], [6, 7], [8, 10], [12, 16]], [4, 8], name="overlaps three"),
    ]


def hidden(rng):
    cases = [
        case([], [4, 7], name="empty list"),
        case([[3, 5]], [1, 2], name="before everything"),
        case([[3, 5]], [7, 9], name="after everything"),
        case([[1, 2], [8, 9]], [4, 5], name="in a gap"),
        case([[1, 2], [4, 5], [7, 8]], [0, 10], name="swallows everything"),
        case([[3, 5], [9, 12]], [5, 9], name="touches both neighbours"),
        case([[1, 5]], [2, 3], name="inside an interval"),
    ]
    for n in (5, 30, 150):
        iv = _disjoint(rng, n)
        top = iv[-1][1] + 5
        a = int(rng.integers(0, top))
        b = a + int(rng.integers(0, top // 3 + 1))
        cases.append(case(iv, [a, b], name=f"random {n}"))
    return cases


def scaling_input(n, rng):
    # The new interval covers the middle half, so about n / 2 intervals merge into it.
    iv = _disjoint(rng, n)
    return case(iv, [iv[n // 4][0], iv[3 * n // 4][1]])


def _interval(iv):
    return isinstance(iv, list) and len(iv) == 2 and all(type(x) is int for x in iv) and iv[0] <= iv[1]


def check_case(args, kwargs):
    """The prompt's promise: intervals are [start, end] sorted by start, pairwise disjoint and not touching."""
    intervals, new = args
    assert isinstance(intervals, list) and all(_interval(iv) for iv in intervals), "intervals are [start, end] with start <= end"
    assert _interval(new), "new is an interval [start, end] with start <= end"
    for a, b in zip(intervals, intervals[1:]):
        assert a[1] < b[0], f"{a} and {b} overlap, touch or are out of order; the prompt promises sorted, disjoint intervals"
