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

    @ns["memoize"]
    def square(x):
        calls.append(x)
        return x * x

    out = [square(3), square(3), square(4)]
    return {"results": out, "calls": calls, "info": square.cache_info()}
""", "hits and misses", params={"calls": [[3], [3], [4]]}),
    ]


def _fixed_hidden(rng):
    return [
        _d("""
def drive(ns):
    calls = []

    @ns["memoize"]
    def fib(n):
        calls.append(n)
        return n if n < 2 else fib(n - 1) + fib(n - 2)

    return {"value": fib(60), "calls": len(calls), "info": fib.cache_info()}
""", "recursion goes through the cache", params={"calls": [[60]]}),
        _d("""
def drive(ns):
    calls = []

    @ns["memoize"]
    def f(a, b=0, c=0):
        calls.append((a, b, c))
        return a + 10 * b + 100 * c

    out = [f(1, b=2, c=3), f(1, c=3, b=2), f(1, 2, 3), f(1, b=3, c=2)]
    return {"results": out, "calls": len(calls), "info": f.cache_info()}
""", "keyword order does not matter", params={"calls": [[1, {"b": 2, "c": 3}], [1, {"c": 3, "b": 2}], [1, 2, 3], [1, {"b": 3, "c": 2}]]}),
        _d("""
def drive(ns):
    @ns["memoize"]
    def f(x):
        return x + 1

    f(1); f(1); f(2)
    before = f.cache_info()
    f.cache_clear()
    after = f.cache_info()
    f(1)
    return [before, after, f.cache_info()]
""", "cache_clear resets everything", params={"calls": [[1], [1], [2], [1]]}),
        _d("""
def drive(ns):
    m = ns["memoize"]

    @m
    def double(x):
        "Doubles."
        return 2 * x

    @m
    def triple(x):
        return 3 * x

    return [double(5), triple(5), double(5), double.cache_info(), triple.cache_info(),
            double.__name__, double.__doc__]
""", "separate caches, name and docstring kept", params={"calls": [[5], [5], [5]]}),
        _d("""
def drive(ns):
    calls = []

    @ns["memoize"]
    def none_result(x):
        calls.append(x)
        return None

    none_result(1); none_result(1)
    return {"calls": len(calls), "info": none_result.cache_info()}
""", "a None result is cached too", params={"calls": [[1], [1]]}),
    ]


def hidden(rng):
    # The fixed cases, plus cases drawn afresh for every submission: inputs that leak from one
    # run say nothing certain about the next.
    return _fixed_hidden(rng) + _generated(rng)


def _ints(rng, n, lo=-50, hi=50):
    return [int(v) for v in rng.integers(lo, hi, size=n)]


def _generated(rng):
    xs = _ints(rng, 15, 0, 6)
    return [_d(f"""
def drive(ns):
    calls = []

    @ns["memoize"]
    def poly(x):
        calls.append(x)
        return x * x - 3 * x

    out = [poly(x) for x in {xs!r}]
    return {{"results": out, "calls": calls, "info": poly.cache_info()}}
""", "generated calls", params={"calls": [[x] for x in xs]})]


def check_case(args, kwargs):
    """The prompt's promise: arguments are hashable."""
    for call in args["calls"]:
        kw = call[-1] if call and isinstance(call[-1], dict) else {}
        positional = call[:-1] if kw else call
        try:
            hash((tuple(positional), tuple(sorted(kw.items()))))
        except TypeError:
            raise AssertionError(f"{call!r}: arguments are hashable") from None
