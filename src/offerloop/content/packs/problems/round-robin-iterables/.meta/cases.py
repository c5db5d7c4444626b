from offerloop.judge.cases import driver

# Every driver gets this helper: call something and describe what happened as plain data.
_PRE = """
def _try(f, *a, **k):
    try:
        return ["ok", f(*a, **k)]
    except Exception as e:
        return ["raised", type(e).__name__]
"""


def _d(body, name):
    return driver(_PRE + body, name=name)


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
""", "uneven lengths, an infinite iterator"),
    ]


def _fixed_hidden():
    return [
        _d("""
def drive(ns):
    rr = ns["roundrobin"]
    return [list(rr()), list(rr([], "", ())), list(rr([1, 2, 3])), list(rr([], [None, 0], [False]))]
""", "no iterables, empty ones, falsy items"),
        _d("""
def drive(ns):
""" + _LOGGED + """
    from itertools import islice
    rr = ns["roundrobin"]
    got = list(islice(rr(logged("a", [1, 2, 3]), logged("b", [4, 5, 6]), logged("c", [7, 8, 9])), 4))
    return [got, pulls]
""", "nothing is read ahead"),
        _d("""
def drive(ns):
    rr = ns["roundrobin"]
    return [list(rr("A", "BC", "D", "EFG", "")), list(rr([1], [2], [3, 4], [5], [6, 7]))]
""", "several run out in the same round"),
        _d("""
def drive(ns):
    from itertools import count, islice, repeat
    rr = ns["roundrobin"]
    gen = rr(iter([1, 2]), (x * x for x in range(3)), repeat("r", 2), count(100))
    return list(islice(gen, 12))
""", "generators and iterators mixed"),
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
""", "generated lists")]
