from offerloop.judge.cases import case, driver

SWEEP_SEEDS = 8  # medians of integers are exact halves (no float boundary); each seed replays a bulk driver

BULK = """
def drive(ns):
    # Long sorted lists built in place (arithmetic runs), each pair asked many times.
    median = ns["median_sorted"]
    lists_a = [list(range(o, o + s * {n}, s)) for o, s in {runs_a!r}]
    lists_b = [list(range(o, o + s * {m}, s)) for o, s in {runs_b!r}]
    out = []
    for a in lists_a:
        for b in lists_b:
            got = [median(a, b) for _ in range({calls})]
            out.append(got[0] if all(g == got[0] for g in got) else "answers differ between calls")
    return out
"""


def _sorted_ints(rng, n, lo, hi):
    return sorted(int(v) for v in rng.integers(lo, hi + 1, size=n))


def visible():
    return [
        case([1, 3], [2], name="odd total"),
        case([1, 2], [3, 4], name="even total"),
        case([], [7, 9], name="one list empty"),
    ]


def hidden(rng):
    cases = [
        case([5], [], name="one value"),
        case([], [1, 2, 3], name="first list empty, odd"),
        case([1, 1, 1], [1, 1], name="all equal"),
        case([1, 2, 3, 4], [10, 11, 12, 13], name="a entirely below b"),
        case([10, 11, 12], [1, 2], name="a entirely above b"),
        case([2], [1, 3, 4, 5, 6, 7], name="short list in the middle"),
        case([-5, -3, 0], [-4, -1, 8, 9], name="negatives"),
        case([1, 3, 8, 9, 15], [7, 11, 18, 19, 21, 25], name="interleaved, even"),
        case([1000000000], [1000000001], name="large values: exact half"),
    ]
    for m, n, lo, hi in ((3, 8, -20, 20), (50, 51, -1000, 1000), (500, 7, 0, 30), (0, 40, -5, 5)):
        cases.append(case(_sorted_ints(rng, m, lo, hi), _sorted_ints(rng, n, lo, hi), name=f"random {m} and {n}"))
    runs_a = [(int(rng.integers(-10**6, 10**6)), int(rng.integers(1, 20))) for _ in range(3)]
    runs_b = [(int(rng.integers(-10**6, 10**6)), int(rng.integers(1, 20))) for _ in range(3)]
    cases.append(driver(BULK.format(n=100000, m=99999, runs_a=runs_a, runs_b=runs_b, calls=400),
                        name="3600 calls on lists of 100000"))
    return cases


def check_case(args, kwargs):
    if not args:  # the driver builds its own lists: ascending arithmetic runs
        return
    a, b = args
    assert a or b, "not both lists are empty"
    for x in (a, b):
        assert all(type(v) is int for v in x), "values are integers"
        assert all(p <= q for p, q in zip(x, x[1:])), "each list is sorted"
