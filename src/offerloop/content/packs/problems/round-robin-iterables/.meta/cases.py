from offerloop.judge.cases import driver

# Every driver gets this helper: call something and describe what happened as plain data.
_PRE = """
def _try(f, *a, **k):
    try:
        return ["ok", f(*a, **k)]
    except Exception as e:
        return ["raised", type(e).__name__]
"""


def _d(body, name, params=None):
    return driver(_PRE + body, name=name, params=params)


_LOGGED = """
    pulls = []

    def logged(name, items):
        for x in items:
            pulls.append(name)
            yield x
"""


def visible():
    return [
        _d("""
def drive(ns):
    from itertools import count, islice
    rr = ns["roundrobin"]
    return [list(rr("ABC", "D", "EF")), list(islice(rr(count(), "xy"), 6))]
""", "uneven lengths, an infinite iterator", params={"lengths": [[3, 1, 2], [None, 2]]}),
    ]


def _fixed_hidden():
    return [
        _d("""
def drive(ns):
    rr = ns["roundrobin"]
    return [list(rr()), list(rr([], "", ())), list(rr([1, 2, 3])), list(rr([], [None, 0], [False]))]
""", "no iterables, empty ones, falsy items", params={"lengths": [[], [0, 0, 0], [3], [0, 2, 1]]}),
        _d("""
def drive(ns):
""" + _LOGGED + """
    from itertools import islice
    rr = ns["roundrobin"]
    got = list(islice(rr(logged("a", [1, 2, 3]), logged("b", [4, 5, 6]), logged("c", [7, 8, 9])), 4))
    return [got, pulls]
""", "nothing is read ahead", params={"lengths": [[3, 3, 3]]}),
        _d("""
def drive(ns):
    rr = ns["roundrobin"]
    return [list(rr("A", "BC", "D", "EFG", "")), list(rr([1], [2], [3, 4], [5], [6, 7]))]
""", "several run out in the same round", params={"lengths": [[1, 2, 1, 3, 0], [1, 1, 2, 1, 2]]}),
        _d("""
def drive(ns):
    from itertools import count, islice, repeat
    rr = ns["roundrobin"]
    gen = rr(iter([1, 2]), (x * x for x in range(3)), repeat("r", 2), count(100))
    return list(islice(gen, 12))
""", "generators and iterators mixed", params={"lengths": [[2, 3, 2, None]]}),
    ]


def hidden(rng):
    # The fixed cases, plus cases drawn afresh for every submission: inputs that leak from one
    # run say nothing certain about the next.
    return _fixed_hidden() + _generated(rng)


def _generated(rng):
    lists = [[int(v) for v in rng.integers(0, 100, size=int(rng.integers(0, 7)))] for _ in range(int(rng.integers(2, 6)))]
    k = int(rng.integers(1, sum(len(x) for x in lists) + 2))
    return [_d("""
def drive(ns):
""" + _LOGGED + f"""
    from itertools import islice
    rr = ns["roundrobin"]
    lists = {lists!r}
    whole = list(rr(*lists))
    part = list(islice(rr(*[logged(i, xs) for i, xs in enumerate(lists)]), {k}))
    return [whole, part, pulls]
""", "generated lists", params={"lengths": [[len(x) for x in lists]], "take": k})]


def check_case(args, kwargs):
    """The prompt's promise: any iterables, finite (length >= 0) or infinite (None)."""
    for lengths in args["lengths"]:
        assert all(n is None or (type(n) is int and n >= 0) for n in lengths), f"{lengths!r}: lengths >= 0 or infinite"
    assert args.get("take", 1) >= 1, "the consumer takes at least one item"
