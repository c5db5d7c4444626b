import math

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


_RUN = """
def _run(make, values):
    gen = make()
    out = [next(gen)]
    for v in values:
        out.append(gen.send(v))
    try:
        gen.send(None)
        out.append("still running")
    except StopIteration as stop:
        out.append(stop.value)
    return out
"""


def visible():
    return [
        _d(_RUN + """
def drive(ns):
    return _run(ns["averager"], [10, 20, 0])
""", "running mean and the final tuple", params={"streams": [[10, 20, 0]]}),
    ]


def _fixed_hidden():
    return [
        _d(_RUN + """
def drive(ns):
    return [_run(ns["averager"], []), _run(ns["averager"], [7]), _run(ns["averager"], [-1, 2.5])]
""", "nothing sent, one value, floats", params={"streams": [[], [7], [-1, 2.5]]}),
        _d("""
def drive(ns):
    a, b = ns["averager"](), ns["averager"]()
    next(a); next(b)
    out = [a.send(1), b.send(100), a.send(3), b.send(300)]
    return out
""", "averagers are independent", params={"streams": [[1, 3], [100, 300]]}),
        _d("""
def drive(ns):
    results = []

    def outer():
        got = yield from ns["averager"]()
        results.append(got)
        yield "done"

    g = outer()
    out = [next(g), g.send(4), g.send(5), g.send(None)]
    return [out, results]
""", "yield from receives the return value", params={"streams": [[4, 5]]}),
        _d("""
def drive(ns):
    gen = ns["averager"]()
    next(gen)
    vals = [gen.send(v) for v in [1, 2, 3, 4]]
    return [vals, [type(v).__name__ for v in vals]]
""", "means are floats", params={"streams": [[1, 2, 3, 4]]}),
    ]


def hidden(rng):
    # The fixed cases, plus cases drawn afresh for every submission: inputs that leak from one
    # run say nothing certain about the next.
    return _fixed_hidden() + _generated(rng)


def _generated(rng):
    values = [int(v) for v in rng.integers(-100, 100, size=int(rng.integers(5, 20)))]
    return [_d(_RUN + f"""
def drive(ns):
    return _run(ns["averager"], {values!r})
""", "generated stream", params={"streams": [values]})]


def check_case(args, kwargs):
    """The prompt's promise: numbers are sent (None only to finish), so every mean is a finite float."""
    for stream in args["streams"]:
        assert all(type(x) in (int, float) and math.isfinite(x) for x in stream), f"{stream!r}: the values sent are finite numbers"
