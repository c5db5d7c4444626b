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
    timer = ns["Timer"]()
    with timer as t:
        inside = t.elapsed
        sum(range(10000))
    return [t is timer, inside, type(t.elapsed).__name__, t.elapsed >= 0]
""", "enter returns the timer; elapsed set on exit", params={"blocks": [10000], "compare": False}),
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
""", "exceptions propagate, elapsed still set", params={"blocks": [0], "compare": False}),
        _d("""
def drive(ns):
    t = ns["Timer"]()
    with t:
        sum(range(300000))
    first = t.elapsed
    with t:
        again_inside = t.elapsed
    return [again_inside, t.elapsed < first, first > 0]
""", "reusable, and a shorter block measures shorter", params={"blocks": [300000, 0], "compare": True}),
        _d("""
def drive(ns):
    t = ns["Timer"]()
    return [t.elapsed]
""", "elapsed starts as None", params={"blocks": [], "compare": False}),
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
""", "nested timers", params={"blocks": [1000], "compare": False}),
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
""", "a timer used several times", params={"blocks": [100 * n for n in range(uses)], "compare": False})]


def check_case(args, kwargs):
    """The prompt's promise: blocks of any length; a timing comparison needs blocks of clearly different length."""
    blocks = args["blocks"]
    assert all(type(b) is int and b >= 0 for b in blocks), "block sizes are ints >= 0"
    if args["compare"]:
        # perf_counter is noisy: compare only a long block with an (almost) empty one.
        assert blocks[0] >= 100000 and blocks[1] <= blocks[0] // 1000, f"{blocks!r}: compared blocks differ by far"
