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
""", "five items in pairs"),
        _d("""
def drive(ns):
    from itertools import count, islice
    return list(islice(ns["chunked"](count(), 3), 2))
""", "an infinite input"),
    ]


def _fixed_hidden(rng):
    return [
        _d("""
def drive(ns):
    return [list(ns["chunked"]([], 3)), list(ns["chunked"]([1, 2, 3], 3)), list(ns["chunked"]("abc", 5))]
""", "empty, exact and short inputs"),
        _d("""
def drive(ns):
    return list(ns["chunked"](range(7), 1))
""", "chunks of one"),
        _d(_COUNTING + """
def drive(ns):
    src = Counting(range(100))
    g = ns["chunked"](src, 4)
    first = next(g)
    after_first = src.pulled
    second = next(g)
    return [first, after_first, second, src.pulled]
""", "reads exactly one chunk at a time"),
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
""", "n below one"),
        _d("""
def drive(ns):
    chunks = list(ns["chunked"]((x * x for x in range(5)), 2))
    return [[type(c).__name__ for c in chunks], chunks, chunks[0] is not chunks[1]]
""", "chunks are new lists, from a generator input"),
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
""", "generated chunks")]
