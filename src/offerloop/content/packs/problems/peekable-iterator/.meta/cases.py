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


_COUNTING = """
class Counting:
    def __init__(self, items):
        self.items = iter(items)
        self.pulled = 0

    def __iter__(self):
        return self

    def __next__(self):
        value = next(self.items)
        self.pulled += 1
        return value
"""


def visible():
    return [
        _d("""
def drive(ns):
    p = ns["Peekable"]([1, 2, 3])
    return [p.peek(), next(p), list(p), p.peek("end")]
""", "peek, next, drain, default", params={"lengths": [3], "ops": ["peek", "next", "drain", "peek"]}),
    ]


def _fixed_hidden(rng):
    return [
        _d("""
def drive(ns):
    p = ns["Peekable"]("ab")
    return [p.peek(), p.peek(), next(p), p.peek(), next(p), _try(p.peek), _try(next, p), p.peek(None)]
""", "repeated peeks and exhaustion", params={"lengths": [2], "ops": ["peek", "peek", "next", "peek", "next", "peek", "next", "peek"]}),
        _d("""
def drive(ns):
    p = ns["Peekable"]([None, 0])
    return [p.peek("d"), next(p), p.peek("d"), next(p), p.peek("d")]
""", "None as an item", params={"lengths": [2], "ops": ["peek", "next", "peek", "next", "peek"]}),
        _d(_COUNTING + """
def drive(ns):
    src = Counting(range(1000))
    p = ns["Peekable"](src)
    start = src.pulled
    first = p.peek()
    after_peek = src.pulled
    next(p)
    after_next = src.pulled
    return [start, first, after_peek, after_next]
""", "reads at most one item ahead", params={"lengths": [1000], "ops": ["peek", "next"]}),
        _d("""
def drive(ns):
    from itertools import count
    p = ns["Peekable"](count())
    out = []
    for x in p:
        if p.peek() > 4:
            break
        out.append(x)
    return [out, iter(p) is p]
""", "infinite input in a for loop", params={"lengths": [None], "ops": []}),
        _d("""
def drive(ns):
    p = ns["Peekable"]([])
    return [p.peek(7), _try(next, p), list(p)]
""", "empty input", params={"lengths": [0], "ops": ["peek", "next", "drain"]}),
    ]


def hidden(rng):
    # The fixed cases, plus cases drawn afresh for every submission: inputs that leak from one
    # run say nothing certain about the next.
    return _fixed_hidden(rng) + _generated(rng)


def _ints(rng, n, lo=-50, hi=50):
    return [int(v) for v in rng.integers(lo, hi, size=n)]


def _generated(rng):
    items = _ints(rng, int(rng.integers(0, 8)))
    ops = ["peek" if p else "next" for p in rng.random(10) < 0.4]
    return [_d(f"""
def drive(ns):
    p = ns["Peekable"]({items!r})
    out = []
    for op in {ops!r}:
        out.append(p.peek("end") if op == "peek" else _try(next, p))
    return [out, list(p)]
""", "generated peeks", params={"lengths": [len(items)], "ops": ops + ["drain"]})]


def check_case(args, kwargs):
    """The prompt's promise: Peekable wraps any iterable, finite or infinite; the driver peeks, nexts and drains."""
    assert all(n is None or (type(n) is int and n >= 0) for n in args["lengths"]), "an input has a length >= 0 or is infinite"
    assert set(args["ops"]) <= {"peek", "next", "drain"}, "operations are peek, next and drain"
