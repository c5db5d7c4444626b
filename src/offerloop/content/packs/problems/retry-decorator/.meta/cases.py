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
        _d(_FLAKY.format(times=3, fails=2), "succeeds on the third of three attempts"),
        _d(_FLAKY.format(times=3, fails=5), "fails every attempt"),
    ]


def _fixed_hidden(rng):
    return [
        _d(_FLAKY.format(times=1, fails=0), "one attempt, success"),
        _d(_FLAKY.format(times=1, fails=1), "one attempt, failure"),
        _d(_FLAKY.format(times=5, fails=0), "success first time: no extra calls"),
        _d(_FLAKY.format(times=4, fails=3), "success on the last attempt"),
        _d("""
def drive(ns):
    calls = []

    @ns["retry"](4, exceptions=(ValueError,))
    def parse(x):
        calls.append(x)
        raise KeyError(x)

    return {"result": _try(parse, 1), "attempts": len(calls)}
""", "other exceptions propagate at once"),
        _d("""
def drive(ns):
    calls = []

    @ns["retry"](3, exceptions=(LookupError,))
    def f():
        calls.append(1)
        raise IndexError("sub")

    return {"result": _try(f), "attempts": len(calls)}
""", "subclasses are retried"),
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
""", "the last exception is re-raised"),
        _d("""
def drive(ns):
    @ns["retry"](2)
    def documented(a, b=2):
        "Adds two numbers."
        return a + b

    return [documented.__name__, documented.__doc__, documented(1), documented(1, b=5)]
""", "name, docstring and arguments preserved"),
        _d("""
def drive(ns):
    return [_try(ns["retry"], 0), _try(ns["retry"], -2)]
""", "times below one is rejected"),
    ]


def hidden(rng):
    # The fixed cases, plus cases drawn afresh for every submission: inputs that leak from one
    # run say nothing certain about the next.
    return _fixed_hidden(rng) + _generated(rng)


def _ints(rng, n, lo=-50, hi=50):
    return [int(v) for v in rng.integers(lo, hi, size=n)]


def _generated(rng):
    return [_d(_FLAKY.format(times=int(rng.integers(1, 7)), fails=int(rng.integers(0, 9))), "generated attempts")]
