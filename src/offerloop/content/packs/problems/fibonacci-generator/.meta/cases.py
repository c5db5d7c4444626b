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


def visible():
    return [
        _d("""
def drive(ns):
    from itertools import islice
    return list(islice(ns["fibonacci"](), 10))
""", "the first ten", params={"slices": [[0, 10]]}),
    ]


def _fixed_hidden(rng):
    return [
        _d("""
def drive(ns):
    from itertools import islice
    return str(list(islice(ns["fibonacci"](), 300, 301))[0])
""", "the 300th number is exact", params={"slices": [[300, 301]]}),
        _d("""
def drive(ns):
    a, b = ns["fibonacci"](), ns["fibonacci"]()
    return [next(a), next(a), next(a), next(b), next(a), next(b)]
""", "independent sequences", params={"slices": [[0, 4], [0, 2]]}),
        _d("""
def drive(ns):
    g = ns["fibonacci"]()
    return [iter(g) is g, hasattr(g, "__next__"), next(g), next(g)]
""", "it is an iterator", params={"slices": [[0, 2]]}),
        _d("""
def drive(ns):
    from itertools import takewhile
    return sum(x for x in takewhile(lambda v: v < 4_000_000, ns["fibonacci"]()) if x % 2 == 0)
""", "consumed with takewhile", params={"slices": [[0, 34]]}),
        _d("""
def drive(ns):
    from itertools import islice
    return list(islice(ns["fibonacci"](), 0))
""", "taking nothing", params={"slices": [[0, 0]]}),
    ]


def hidden(rng):
    # The fixed cases, plus cases drawn afresh for every submission: inputs that leak from one
    # run say nothing certain about the next.
    return _fixed_hidden(rng) + _generated(rng)


def _ints(rng, n, lo=-50, hi=50):
    return [int(v) for v in rng.integers(lo, hi, size=n)]


def _generated(rng):
    a = int(rng.integers(0, 250))
    b = a + int(rng.integers(1, 15))
    return [_d(f"""
def drive(ns):
    from itertools import islice
    return [str(x) for x in islice(ns["fibonacci"](), {a}, {b})]
""", "a generated slice", params={"slices": [[a, b]]})]


def check_case(args, kwargs):
    """The prompt's promise: a prefix or slice of the sequence is taken (0 <= start <= stop)."""
    for start, stop in args["slices"]:
        assert type(start) is int and type(stop) is int and 0 <= start <= stop, f"slice {start}:{stop} is a valid slice"
