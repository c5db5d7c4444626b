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


_FLAKY = """
def drive(ns):
    retry = ns["retry"]
    calls = []

    @retry({times}, exceptions=(ConnectionError,))
    def fetch(url, *, suffix=""):
        calls.append(url)
        if len(calls) <= {fails}:
            raise ConnectionError("attempt " + str(len(calls)))
        return url + suffix

    return {{"result": _try(fetch, "u", suffix="!"), "attempts": len(calls)}}
"""


def visible():
    return [
        _d(_FLAKY.format(times=3, fails=2), "succeeds on the third of three attempts", params={"times": [3], "fails": [2]}),
        _d(_FLAKY.format(times=3, fails=5), "fails every attempt", params={"times": [3], "fails": [5]}),
    ]


def _fixed_hidden(rng):
    return [
        _d(_FLAKY.format(times=1, fails=0), "one attempt, success", params={"times": [1], "fails": [0]}),
        _d(_FLAKY.format(times=1, fails=1), "one attempt, failure", params={"times": [1], "fails": [1]}),
        _d(_FLAKY.format(times=5, fails=0), "success first time: no extra calls", params={"times": [5], "fails": [0]}),
        _d(_FLAKY.format(times=4, fails=3), "success on the last attempt", params={"times": [4], "fails": [3]}),
        _d("""
def drive(ns):
    calls = []

    @ns["retry"](4, exceptions=(ValueError,))
    def parse(x):
        calls.append(x)
        raise KeyError(x)

    return {"result": _try(parse, 1), "attempts": len(calls)}
""", "other exceptions propagate at once", params={"times": [4], "fails": [4]}),
        _d("""
def drive(ns):
    calls = []

    @ns["retry"](3, exceptions=(LookupError,))
    def f():
        calls.append(1)
        raise IndexError("sub")

    return {"result": _try(f), "attempts": len(calls)}
""", "subclasses are retried", params={"times": [3], "fails": [3]}),
        _d("""
def drive(ns):
    seen = []

    @ns["retry"](3)
    def f():
        seen.append(1)
        raise RuntimeError(str(len(seen)))

    try:
        f()
    except RuntimeError as e:
        return {"message": str(e), "attempts": len(seen)}
    return {"message": None, "attempts": len(seen)}
""", "the last exception is re-raised", params={"times": [3], "fails": [3]}),
        _d("""
def drive(ns):
    @ns["retry"](2)
    def documented(a, b=2):
        "Adds two numbers."
        return a + b

    return [documented.__name__, documented.__doc__, documented(1), documented(1, b=5)]
""", "name, docstring and arguments preserved", params={"times": [2], "fails": [0]}),
        _d("""
def drive(ns):
    return [_try(ns["retry"], 0), _try(ns["retry"], -2)]
""", "times below one is rejected", params={"times": [], "fails": [], "invalid_times": [0, -2]}),
    ]


def hidden(rng):
    # The fixed cases, plus cases drawn afresh for every submission: inputs that leak from one
    # run say nothing certain about the next.
    return _fixed_hidden(rng) + _generated(rng)


def _ints(rng, n, lo=-50, hi=50):
    return [int(v) for v in rng.integers(lo, hi, size=n)]


def _generated(rng):
    return [_flaky_case(int(rng.integers(1, 7)), int(rng.integers(0, 9)), "generated attempts")]


def _flaky_case(times, fails, name):
    return _d(_FLAKY.format(times=times, fails=fails), name, params={"times": [times], "fails": [fails]})


def check_case(args, kwargs):
    """The prompt's promise: times is an int >= 1 (below 1 only to see ValueError); a function fails some number of times."""
    assert all(type(t) is int and t >= 1 for t in args["times"]), "times is an int >= 1"
    assert all(type(t) is int and t < 1 for t in args.get("invalid_times", [])), "the ValueError times are below 1"
    assert all(type(f) is int and f >= 0 for f in args["fails"]), "failure counts are ints >= 0"
