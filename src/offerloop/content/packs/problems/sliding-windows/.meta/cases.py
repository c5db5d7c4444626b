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
    return list(ns["windows"]([1, 2, 3, 4, 5], 3))
""", "windows of three", params={"sizes": [3], "lengths": [5]}),
        _d("""
def drive(ns):
    return list(ns["windows"]("ab", 3))
""", "too short", params={"sizes": [3], "lengths": [2]}),
    ]


def _fixed_hidden(rng):
    return [
        _d("""
def drive(ns):
    return [list(ns["windows"]([], 1)), list(ns["windows"]([7], 1)), list(ns["windows"]("abc", 3))]
""", "empty, single and exact", params={"sizes": [1, 1, 3], "lengths": [0, 1, 3]}),
        _d("""
def drive(ns):
    from itertools import count, islice
    return list(islice(ns["windows"](count(10), 2), 3))
""", "an infinite input", params={"sizes": [2], "lengths": [None]}),
        _d(_COUNTING + """
def drive(ns):
    src = Counting(range(50))
    g = ns["windows"](src, 4)
    first = next(g)
    after_first = src.pulled
    second = next(g)
    return [first, after_first, second, src.pulled]
""", "reads k items, then one per window", params={"sizes": [4], "lengths": [50]}),
        _d("""
def drive(ns):
    ws = list(ns["windows"](range(6), 2))
    return [[type(w).__name__ for w in ws], ws]
""", "collected windows stay independent tuples", params={"sizes": [2], "lengths": [6]}),
        _d("""
def drive(ns):
    out = []
    for k in (0, -3):
        try:
            list(ns["windows"]([1, 2, 3], k))
            out.append("no error")
        except Exception as e:
            out.append(type(e).__name__)
    return out
""", "k below one", params={"sizes": [], "lengths": [3, 3], "invalid_sizes": [0, -3]}),
    ]


def hidden(rng):
    # The fixed cases, plus cases drawn afresh for every submission: inputs that leak from one
    # run say nothing certain about the next.
    return _fixed_hidden(rng) + _generated(rng)


def _ints(rng, n, lo=-50, hi=50):
    return [int(v) for v in rng.integers(lo, hi, size=n)]


def _generated(rng):
    items, k = _ints(rng, int(rng.integers(0, 15))), int(rng.integers(1, 6))
    return [_d(f"""
def drive(ns):
    return [list(ns["windows"]({items!r}, {k})), list(ns["windows"](iter({items!r}), {k}))]
""", "generated windows", params={"sizes": [k, k], "lengths": [len(items), len(items)]})]


def check_case(args, kwargs):
    """The prompt's promise: k is an int >= 1 (k < 1 only to see ValueError); inputs are finite or infinite iterables."""
    assert all(type(k) is int and k >= 1 for k in args["sizes"]), "window sizes are ints >= 1"
    assert all(type(k) is int and k < 1 for k in args.get("invalid_sizes", [])), "the ValueError sizes are below 1"
    assert all(n is None or (type(n) is int and n >= 0) for n in args["lengths"]), "an input has a length >= 0 or is infinite"
