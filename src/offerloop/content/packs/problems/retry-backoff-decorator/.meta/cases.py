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
    def flaky(fail_times, exc=TimeoutError):
        calls = []

        def f(*args, **kwargs):
            calls.append([list(args), kwargs])
            if len(calls) <= fail_times:
                raise exc("attempt %d" % len(calls))
            return "ok after %d" % len(calls)

        return f, calls
"""


def visible():
    return [
        _d("""
def drive(ns):
""" + _FLAKY + """
    waits = []
    f, calls = flaky(3)
    g = ns["retry_backoff"](4, 0.5, max_delay=1.5, exceptions=(TimeoutError,), sleep=waits.append)(f)
    return [g(), waits, len(calls)]
""", "capped exponential waits", params={"schedules": [[4, 0.5, 2.0, 1.5]], "fails": [3]}),
    ]


def _fixed_hidden():
    return [
        _d("""
def drive(ns):
""" + _FLAKY + """
    waits = []
    f, calls = flaky(10)
    g = ns["retry_backoff"](3, 1, sleep=waits.append)(f)
    return [_try(g, 7, key="v"), waits, calls]
""", "the last failure propagates, no final sleep", params={"schedules": [[3, 1, 2.0, None]], "fails": [10]}),
        _d("""
def drive(ns):
""" + _FLAKY + """
    waits = []
    f, calls = flaky(5, exc=KeyError)
    g = ns["retry_backoff"](5, 0.1, exceptions=(TimeoutError, ConnectionError), sleep=waits.append)(f)
    h_f, h_calls = flaky(2, exc=ConnectionResetError)
    h = ns["retry_backoff"](5, 0.1, exceptions=(ConnectionError,), sleep=waits.append)(h_f)
    return [_try(g), len(calls), h(), len(h_calls), waits]
""", "other errors propagate at once, subclasses are retried", params={"schedules": [[5, 0.1, 2.0, None], [5, 0.1, 2.0, None]], "fails": [5, 2]}),
        _d("""
def drive(ns):
    rb = ns["retry_backoff"]
    made = lambda *a, **k: callable(rb(*a, **k))
    return [_try(made, 0, 1), _try(made, True, 1), _try(made, 2.0, 1), _try(made, 2, -1), _try(made, 2, 1, factor=-2),
            _try(made, 2, "1"), _try(made, 1, 0), _try(made, 3, 0.25, factor=0)]
""", "arguments are validated when the decorator is made", params={"schedules": [[1, 0, 2.0, None], [3, 0.25, 0, None]], "fails": [], "invalid": [[0, 1, 2.0], [True, 1, 2.0], [2.0, 1, 2.0], [2, -1, 2.0], [2, 1, -2], [2, "1", 2.0]]}),
        _d("""
def drive(ns):
    waits = []

    @ns["retry_backoff"](2, 1, sleep=waits.append)
    def ok(x):
        "Doubles."
        return 2 * x

    return [ok(4), waits, ok.__name__, ok.__doc__, getattr(ok, "__wrapped__", None) is not None]
""", "success at once, metadata kept", params={"schedules": [[2, 1, 2.0, None]], "fails": [0]}),
    ]


def hidden(rng):
    # The fixed cases, plus cases drawn afresh for every submission: inputs that leak from one
    # run say nothing certain about the next.
    return _fixed_hidden() + _generated(rng)


def _generated(rng):
    attempts = int(rng.integers(2, 8))
    fails = int(rng.integers(0, attempts + 2))
    base = float(rng.integers(1, 8)) / 4          # quarters: exact in binary
    factor = [1.5, 2.0, 3.0][int(rng.integers(0, 3))]
    cap = None if rng.random() < 0.4 else float(rng.integers(2, 30)) / 2
    return [_d("""
def drive(ns):
""" + _FLAKY + f"""
    waits = []
    f, calls = flaky({fails})
    g = ns["retry_backoff"]({attempts}, {base!r}, factor={factor!r}, max_delay={cap!r}, exceptions=(TimeoutError,), sleep=waits.append)(f)
    return [_try(g, 1), waits, len(calls)]
""", "generated schedule", params={"schedules": [[attempts, base, factor, cap]], "fails": [fails]})]


def _number(x):
    return type(x) in (int, float)


def check_case(args, kwargs):
    """The prompt's promise: attempts an int >= 1, base_delay and factor numbers >= 0 (others only to see ValueError);
    every delay is exact, so base * factor ** (k - 1) and repeated multiplication give the same bits."""
    for attempts, base, factor, cap in args["schedules"]:
        assert type(attempts) is int and attempts >= 1, "attempts is an int >= 1"
        assert _number(base) and base >= 0 and _number(factor) and factor >= 0, "base_delay and factor are numbers >= 0"
        assert cap is None or _number(cap), "max_delay is None or a number"
        running = base
        for k in range(1, attempts):
            assert base * factor ** (k - 1) == running, f"delay {k} of {[attempts, base, factor]} depends on how it is computed"
            running *= factor
    for attempts, base, factor in args.get("invalid", []):
        ok = type(attempts) is int and attempts >= 1 and _number(base) and base >= 0 and _number(factor) and factor >= 0
        assert not ok, f"{[attempts, base, factor]} is meant to raise ValueError"
    assert all(type(f) is int and f >= 0 for f in args["fails"]), "failure counts are ints >= 0"
