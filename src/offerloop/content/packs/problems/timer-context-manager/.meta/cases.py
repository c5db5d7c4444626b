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
    timer = ns["Timer"]()
    with timer as t:
        inside = t.elapsed
        sum(range(10000))
    return [t is timer, inside, type(t.elapsed).__name__, t.elapsed >= 0]
""", "enter returns the timer; elapsed set on exit"),
    ]


def _fixed_hidden(rng):
    return [
        _d("""
def drive(ns):
    t = ns["Timer"]()
    try:
        with t:
            raise KeyError("boom")
    except KeyError:
        return ["propagated", type(t.elapsed).__name__]
    return ["suppressed", type(t.elapsed).__name__]
""", "exceptions propagate, elapsed still set"),
        _d("""
def drive(ns):
    t = ns["Timer"]()
    with t:
        sum(range(300000))
    first = t.elapsed
    with t:
        again_inside = t.elapsed
    return [again_inside, t.elapsed < first, first > 0]
""", "reusable, and a shorter block measures shorter"),
        _d("""
def drive(ns):
    t = ns["Timer"]()
    return [t.elapsed]
""", "elapsed starts as None"),
        _d("""
def drive(ns):
    results = []
    with ns["Timer"]() as outer:
        with ns["Timer"]() as inner:
            sum(range(1000))
        results.append(inner.elapsed is not None)
        results.append(outer.elapsed)
    results.append(outer.elapsed >= inner.elapsed)
    return results
""", "nested timers"),
    ]


def hidden(rng):
    # The fixed cases, plus cases drawn afresh for every submission: inputs that leak from one
    # run say nothing certain about the next.
    return _fixed_hidden(rng) + _generated(rng)


def _ints(rng, n, lo=-50, hi=50):
    return [int(v) for v in rng.integers(lo, hi, size=n)]


def _generated(rng):
    uses = int(rng.integers(1, 5))
    return [_d(f"""
def drive(ns):
    timer = ns["Timer"]()
    out = []
    for n in range({uses}):
        with timer as t:
            sum(range(100 * n))
        out.append([t is timer, type(t.elapsed).__name__, t.elapsed >= 0])
    return out
""", "a timer used several times")]
