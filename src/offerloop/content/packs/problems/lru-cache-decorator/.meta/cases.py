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
    calls = []

    @ns["lru_cache"](2)
    def square(x):
        calls.append(x)
        return x * x

    out = [square(1), square(2), square(1), square(3), square(1), square(2)]
    return {"results": out, "calls": calls, "info": square.cache_info()}
""", "a hit refreshes an entry", params={"maxsizes": [2], "calls": [[1], [2], [1], [3], [1], [2]]}),
    ]


def _fixed_hidden():
    return [
        _d("""
def drive(ns):
    lru = ns["lru_cache"]
    made = lambda m: callable(lru(m))
    return [_try(made, 0), _try(made, -3), _try(made, 2.0), _try(made, "3"), _try(made, True), _try(made, 5)]
""", "maxsize is validated at once", params={"maxsizes": [5], "calls": [], "invalid_maxsizes": [0, -3, 2.0, "3", True]}),
        _d("""
def drive(ns):
    calls = []

    @ns["lru_cache"](1)
    def f(x):
        calls.append(x)
        return -x

    out = [f(1), f(1), f(2), f(1), f(2), f(2)]
    return {"results": out, "calls": calls, "info": f.cache_info()}
""", "maxsize 1 keeps only the last result", params={"maxsizes": [1], "calls": [[1], [1], [2], [1], [2], [2]]}),
        _d("""
def drive(ns):
    calls = []

    @ns["lru_cache"](4)
    def f(a, b=0, c=0):
        calls.append((a, b, c))
        return a + 10 * b + 100 * c

    out = [f(1, b=2, c=3), f(1, c=3, b=2), f(1, 2, 3), f(1, b=3, c=2)]
    return {"results": out, "calls": len(calls), "info": f.cache_info()}
""", "keyword order does not matter", params={"maxsizes": [4], "calls": [[1, {"b": 2, "c": 3}], [1, {"c": 3, "b": 2}], [1, 2, 3], [1, {"b": 3, "c": 2}]]}),
        _d("""
def drive(ns):
    dec = ns["lru_cache"](3)

    def double(x):
        "Doubles."
        return 2 * x

    wrapped = dec(double)

    @ns["lru_cache"](3)
    def triple(x):
        return 3 * x

    return [wrapped(5), triple(5), wrapped(5), wrapped.cache_info(), triple.cache_info(),
            wrapped.__name__, wrapped.__doc__, getattr(wrapped, "__wrapped__", None) is double]
""", "separate caches and metadata", params={"maxsizes": [3, 3], "calls": [[5], [5], [5]]}),
        _d("""
def drive(ns):
    calls = []

    @ns["lru_cache"](3)
    def f(x):
        calls.append(x)
        return None

    for x in [1, 2, 3, 1, 4, 2, 3, 1]:
        f(x)
    return {"calls": calls, "info": f.cache_info()}
""", "a None result is cached, eviction order", params={"maxsizes": [3], "calls": [[1], [2], [3], [1], [4], [2], [3], [1]]}),
    ]


def hidden(rng):
    # The fixed cases, plus cases drawn afresh for every submission: inputs that leak from one
    # run say nothing certain about the next.
    return _fixed_hidden() + _generated(rng)


def _generated(rng):
    out = []
    for k in range(2):
        maxsize = int(rng.integers(2, 5))
        # A small key space makes hits, refreshes and evictions all frequent.
        xs = [int(v) for v in rng.integers(0, maxsize + 2, size=24)]
        out.append(_d(f"""
def drive(ns):
    calls = []

    @ns["lru_cache"]({maxsize})
    def poly(x):
        calls.append(x)
        return x * x - 3 * x

    out = [poly(x) for x in {xs!r}]
    return {{"results": out, "calls": calls, "info": poly.cache_info()}}
""", f"generated call sequence {k + 1}", params={"maxsizes": [maxsize], "calls": [[x] for x in xs]}))
    return out


def check_case(args, kwargs):
    """The prompt's promise: maxsize is an int >= 1 (anything else only to see ValueError); arguments are hashable."""
    assert all(type(m) is int and m >= 1 for m in args["maxsizes"]), "maxsize is an int >= 1"
    assert all(not (type(m) is int and m >= 1) for m in args.get("invalid_maxsizes", [])), "the ValueError sizes are invalid"
    for call in args["calls"]:
        kw = call[-1] if call and isinstance(call[-1], dict) else {}
        positional = call[:-1] if kw else call
        try:
            hash((tuple(positional), tuple(sorted(kw.items()))))
        except TypeError:
            raise AssertionError(f"{call!r}: arguments are hashable") from None
