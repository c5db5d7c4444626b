from offerloop.judge.cases import case

SWEEP_SEEDS = 40  # integers only


def _free_schedule(rng, n, touching):
    """n non-overlapping meetings, shuffled; back to back when touching is set."""
    t, out = int(rng.integers(0, 100)), []
    for _ in range(n):
        length = int(rng.integers(1, 50))
        out.append([t, t + length])
        t += length + (0 if touching and rng.random() < 0.5 else int(rng.integers(1, 30)))
    order = rng.permutation(n)
    return [out[int(i)] for i in order]


def _with_clash(rng, n):
    meetings = _free_schedule(rng, n, True)
    i = int(rng.integers(n))
    s, e = meetings[i]
    j = int(rng.integers(n))
    while j == i:
        j = int(rng.integers(n))
    # Stretch meeting j over part of meeting i.
    a, b = meetings[j]
    meetings[j] = [min(a, s), max(b, s + 1)] if a < s else [min(a, e - 1), max(b, e)]
    return meetings


def visible():
    return [
        case([[9, 10], [13, 15], [10, 12]], name="back to back"),
        case([[8, 11], [14, 16], [10, 12]], name="an overlap"),
        case([], name="no meetings"),
    ]


def hidden(rng):
    cases = [
        case([[5, 6]], name="one meeting"),
        case([[1, 5], [2, 3]], name="one inside another"),
        case([[1, 3], [3, 5], [5, 7]], name="a chain of back-to-back meetings"),
        case([[3, 5], [1, 3], [4, 6]], name="overlap only after sorting"),
        case([[0, 1000000000], [500, 501]], name="a very long meeting"),
        case([[1, 2], [1, 2]], name="the same meeting twice"),
        case([[6, 9], [2, 4], [9, 10], [4, 6]], name="shuffled back to back"),
    ]
    for n in (5, 40, 300):
        cases.append(case(_free_schedule(rng, n, True), name=f"random {n} meetings, no clash"))
        cases.append(case(_with_clash(rng, n), name=f"random {n} meetings, one clash"))
    return cases


def scaling_input(n, rng):
    return case(_free_schedule(rng, n, True))


def check_case(args, kwargs):
    (meetings,) = args
    assert len(meetings) <= 10 ** 4, "at most 10^4 meetings"
    assert all(len(m) == 2 and type(m[0]) is int and type(m[1]) is int and 0 <= m[0] < m[1] <= 10 ** 9
               for m in meetings), "integer [start, end] with 0 <= start < end <= 10^9"
