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


def visible():
    return [
        _d("""
def drive(ns):
    rec = ns["Recorder"](ValueError, KeyError)
    for raw in ["1", "x", "3"]:
        with rec:
            int(raw)
    return rec.errors
""", "one bad number among three"),
    ]


def _fixed_hidden(rng):
    return [
        _d("""
def drive(ns):
    rec = ns["Recorder"](ValueError)
    try:
        with rec:
            raise TypeError("not mine")
    except TypeError:
        return ["propagated", rec.errors]
    return ["suppressed", rec.errors]
""", "other exceptions propagate"),
        _d("""
def drive(ns):
    rec = ns["Recorder"](LookupError)
    with rec:
        {}["k"]
    with rec:
        [][3]
    return rec.errors
""", "subclasses are caught"),
        _d("""
def drive(ns):
    rec = ns["Recorder"](ValueError)
    with rec as r:
        same = r is rec
    with rec:
        pass
    return [same, rec.errors]
""", "binds itself, clean blocks record nothing"),
        _d("""
def drive(ns):
    rec = ns["Recorder"]()
    try:
        with rec:
            raise ValueError("x")
    except ValueError:
        return ["propagated", rec.errors]
    return ["suppressed", rec.errors]
""", "no types: nothing suppressed"),
        _d("""
def drive(ns):
    rec = ns["Recorder"](ZeroDivisionError, ValueError)
    results = []
    for a, b in [(1, 0), (4, 2), (3, 0)]:
        with rec:
            results.append(a // b)
    return [results, rec.errors, ns["Recorder"](ValueError).errors]
""", "records accumulate per recorder"),
    ]


def hidden(rng):
    # The fixed cases, plus cases drawn afresh for every submission: inputs that leak from one
    # run say nothing certain about the next.
    return _fixed_hidden(rng) + _generated(rng)


def _ints(rng, n, lo=-50, hi=50):
    return [int(v) for v in rng.integers(lo, hi, size=n)]


def _generated(rng):
    raws = [str(int(v)) if p else "x" + str(int(v)) for v, p in zip(rng.integers(0, 99, size=8), rng.random(8) < 0.6)]
    return [_d(f"""
def drive(ns):
    rec = ns["Recorder"](ValueError)
    parsed = []
    for raw in {raws!r}:
        with rec:
            parsed.append(int(raw))
    return [parsed, rec.errors]
""", "generated inputs")]
