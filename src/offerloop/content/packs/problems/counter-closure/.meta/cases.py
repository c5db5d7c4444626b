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
    tick, reset = ns["make_counter"](10, 5)
    first = [tick(), tick(), tick()]
    r = reset()
    return [first, r, tick()]
""", "count, reset, count", params={"counters": [[10, 5]], "ticks": 4}),
    ]


def _fixed_hidden(rng):
    return [
        _d("""
def drive(ns):
    tick, _ = ns["make_counter"]()
    return [tick(), tick(), tick()]
""", "defaults", params={"counters": [[0, 1]], "ticks": 3}),
        _d("""
def drive(ns):
    a, ra = ns["make_counter"](0, 1)
    b, rb = ns["make_counter"](100, -10)
    out = [a(), b(), a(), b(), a()]
    ra()
    out += [a(), b()]
    return out
""", "independent counters", params={"counters": [[0, 1], [100, -10]], "ticks": 4}),
        _d("""
def drive(ns):
    tick, reset = ns["make_counter"](3, 2)
    reset()
    reset()
    return [tick(), tick()]
""", "reset before counting", params={"counters": [[3, 2]], "ticks": 2}),
        _d("""
def drive(ns):
    tick, reset = ns["make_counter"](1, 0)
    return [tick(), tick(), tick()]
""", "step zero", params={"counters": [[1, 0]], "ticks": 3}),
        _d("""
def drive(ns):
    made = ns["make_counter"](0.5, 0.25)
    tick = made[0]
    return [len(made), tick(), tick(), tick()]
""", "float start and step", params={"counters": [[0.5, 0.25]], "ticks": 3}),
    ]


def hidden(rng):
    # The fixed cases, plus cases drawn afresh for every submission: inputs that leak from one
    # run say nothing certain about the next.
    return _fixed_hidden(rng) + _generated(rng)


def _ints(rng, n, lo=-50, hi=50):
    return [int(v) for v in rng.integers(lo, hi, size=n)]


def _generated(rng):
    start, step = int(rng.integers(-100, 100)), int(rng.integers(-9, 10))
    ops = ["tick" if v else "reset" for v in rng.random(12) < 0.75]
    return [_d(f"""
def drive(ns):
    tick, reset = ns["make_counter"]({start}, {step})
    return [tick() if op == "tick" else ["reset", reset()] for op in {ops!r}]
""", "generated ticks and resets", params={"counters": [[start, step]], "ticks": len(ops)})]


def check_case(args, kwargs):
    """The prompt's promise: numeric start and step; values stay exact, so start + k * step equals repeated addition."""
    for start, step in args["counters"]:
        for v in (start, step):
            assert type(v) in (int, float), f"{v!r}: start and step are numbers"
            # Quarters and small integers keep every running sum exact in binary floating point.
            assert type(v) is int or (v * 4).is_integer(), f"{v!r}: a float start or step on a 1/4 grid stays exact"
        assert all(abs(start + k * step) < 2 ** 50 for k in range(args["ticks"] + 1)), "values stay exactly representable"
