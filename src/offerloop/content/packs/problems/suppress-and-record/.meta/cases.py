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
    rec = ns["Recorder"](ValueError, KeyError)
    for raw in ["1", "x", "3"]:
        with rec:
            int(raw)
    return rec.errors
""", "one bad number among three", params={"types": [["ValueError", "KeyError"]], "raws": ["1", "x", "3"]}),
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
""", "other exceptions propagate", params={"types": [["ValueError"]], "raws": []}),
        _d("""
def drive(ns):
    rec = ns["Recorder"](LookupError)
    with rec:
        {}["k"]
    with rec:
        [][3]
    return rec.errors
""", "subclasses are caught", params={"types": [["LookupError"]], "raws": []}),
        _d("""
def drive(ns):
    rec = ns["Recorder"](ValueError)
    with rec as r:
        same = r is rec
    with rec:
        pass
    return [same, rec.errors]
""", "binds itself, clean blocks record nothing", params={"types": [["ValueError"]], "raws": []}),
        _d("""
def drive(ns):
    rec = ns["Recorder"]()
    try:
        with rec:
            raise ValueError("x")
    except ValueError:
        return ["propagated", rec.errors]
    return ["suppressed", rec.errors]
""", "no types: nothing suppressed", params={"types": [[]], "raws": []}),
        _d("""
def drive(ns):
    rec = ns["Recorder"](ZeroDivisionError, ValueError)
    results = []
    for a, b in [(1, 0), (4, 2), (3, 0)]:
        with rec:
            results.append(a // b)
    return [results, rec.errors, ns["Recorder"](ValueError).errors]
""", "records accumulate per recorder", params={"types": [["ZeroDivisionError", "ValueError"], ["ValueError"]], "raws": []}),
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
""", "generated inputs", params={"types": [["ValueError"]], "raws": raws})]


def check_case(args, kwargs):
    """The prompt's promise: Recorder gets exception types (zero or more); the parsed inputs are strings."""
    import builtins
    for names in args["types"]:
        assert all(issubclass(getattr(builtins, n), BaseException) for n in names), f"{names!r} are exception types"
    assert all(type(r) is str for r in args["raws"]), "inputs to int() are strings"
