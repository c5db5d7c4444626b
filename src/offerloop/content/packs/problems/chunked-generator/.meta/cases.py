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
    return list(ns["chunked"]([1, 2, 3, 4, 5], 2))
""", "five items in pairs", params={"sizes": [2], "lengths": [5]}),
        _d("""
def drive(ns):
    from itertools import count, islice
    return list(islice(ns["chunked"](count(), 3), 2))
""", "an infinite input", params={"sizes": [3], "lengths": [None]}),
    ]


def _fixed_hidden(rng):
    return [
        _d("""
def drive(ns):
    return [list(ns["chunked"]([], 3)), list(ns["chunked"]([1, 2, 3], 3)), list(ns["chunked"]("abc", 5))]
""", "empty, exact and short inputs", params={"sizes": [3, 3, 5], "lengths": [0, 3, 3]}),
        _d("""
def drive(ns):
    return list(ns["chunked"](range(7), 1))
""", "chunks of one", params={"sizes": [1], "lengths": [7]}),
        _d(_COUNTING + """
def drive(ns):
    src = Counting(range(100))
    g = ns["chunked"](src, 4)
    first = next(g)
    after_first = src.pulled
    second = next(g)
    return [first, after_first, second, src.pulled]
""", "reads exactly one chunk at a time", params={"sizes": [4], "lengths": [100]}),
        _d("""
def drive(ns):
    out = []
    for n in (0, -1):
        try:
            list(ns["chunked"]([1, 2], n))
            out.append("no error")
        except Exception as e:
            out.append(type(e).__name__)
    return out
""", "n below one", params={"sizes": [], "lengths": [2, 2], "invalid_sizes": [0, -1]}),
        _d("""
def drive(ns):
    chunks = list(ns["chunked"]((x * x for x in range(5)), 2))
    return [[type(c).__name__ for c in chunks], chunks, chunks[0] is not chunks[1]]
""", "chunks are new lists, from a generator input", params={"sizes": [2], "lengths": [5]}),
    ]


def hidden(rng):
    # The fixed cases, plus cases drawn afresh for every submission: inputs that leak from one
    # run say nothing certain about the next.
    return _fixed_hidden(rng) + _generated(rng)


def _ints(rng, n, lo=-50, hi=50):
    return [int(v) for v in rng.integers(lo, hi, size=n)]


def _generated(rng):
    items, n = _ints(rng, int(rng.integers(0, 40))), int(rng.integers(1, 7))
    return [_d(f"""
def drive(ns):
    return [list(ns["chunked"]({items!r}, {n})), list(ns["chunked"](iter({items!r}), {n + 1}))]
""", "generated chunks", params={"sizes": [n, n + 1], "lengths": [len(items), len(items)]})]


def check_case(args, kwargs):
    """The prompt's promise: n is an int >= 1 (n < 1 only to see ValueError); inputs are finite or infinite iterables."""
    assert all(type(n) is int and n >= 1 for n in args["sizes"]), "chunk sizes are ints >= 1"
    assert all(type(n) is int and n < 1 for n in args.get("invalid_sizes", [])), "the ValueError sizes are below 1"
    assert all(k is None or (type(k) is int and k >= 0) for k in args["lengths"]), "an input has a length >= 0 or is infinite"
