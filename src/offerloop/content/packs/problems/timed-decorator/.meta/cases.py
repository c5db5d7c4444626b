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
    @ns["timed"]
    def add(a, b):
        "Adds."
        return a + b

    out = [add(1, 2), add(b=5, a=1)]
    d = add.durations
    return {"results": out, "count": len(d), "floats": all(type(x) is float and x >= 0 for x in d),
            "name": add.__name__, "doc": add.__doc__}
""", "results, durations and metadata", params={"calls": [[1, 2], [5, 1]], "work": []}),
    ]


def _fixed_hidden(rng):
    return [
        _d("""
def drive(ns):
    @ns["timed"]
    def fail(x):
        raise ValueError(x)

    r = _try(fail, 3)
    return {"result": r, "count": len(fail.durations)}
""", "a raising call is recorded and re-raised", params={"calls": [[3]], "work": []}),
        _d("""
def drive(ns):
    t = ns["timed"]

    @t
    def f():
        return 1

    @t
    def g():
        return 2

    f(); f(); g()
    return [len(f.durations), len(g.durations), f.durations is g.durations]
""", "one list per decorated function", params={"calls": [[], [], []], "work": []}),
        _d("""
def drive(ns):
    def original(x):
        return x * 2

    w = ns["timed"](original)
    return [getattr(w, "__wrapped__", None) is original, w(21)]
""", "__wrapped__ points at the original", params={"calls": [[21]], "work": []}),
        _d("""
def drive(ns):
    @ns["timed"]
    def slow(n):
        total = 0
        for i in range(n):
            total += i
        return total

    slow(200000); slow(10)
    d = slow.durations
    return [len(d), d[0] > d[1], d[0] > 0]
""", "a longer call takes longer", params={"calls": [[200000], [10]], "work": [200000, 10]}),
        _d("""
def drive(ns):
    @ns["timed"]
    def nothing():
        pass

    return [nothing(), len(nothing.durations)]
""", "a None result is passed through", params={"calls": [[]], "work": []}),
    ]


def hidden(rng):
    # The fixed cases, plus cases drawn afresh for every submission: inputs that leak from one
    # run say nothing certain about the next.
    return _fixed_hidden(rng) + _generated(rng)


def _ints(rng, n, lo=-50, hi=50):
    return [int(v) for v in rng.integers(lo, hi, size=n)]


def _generated(rng):
    xs = _ints(rng, int(rng.integers(1, 9)))
    return [_d(f"""
def drive(ns):
    @ns["timed"]
    def triple(x):
        return 3 * x

    out = [triple(x) for x in {xs!r}]
    return [out, len(triple.durations), all(type(d) is float and d >= 0 for d in triple.durations)]
""", "generated calls", params={"calls": [[x] for x in xs], "work": []})]


def check_case(args, kwargs):
    """The prompt's promise: any function and arguments; a timing comparison needs calls of clearly different length."""
    assert all(isinstance(c, list) for c in args["calls"]), "calls are argument lists"
    work = args["work"]
    # perf_counter is noisy: "longer takes longer" only between calls whose work differs by far.
    assert all(a >= 1000 * b for a, b in zip(work, work[1:])), f"{work!r}: timed calls differ by at least 1000x in work"
