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
""", "capped exponential waits"),
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
""", "the last failure propagates, no final sleep"),
        _d("""
def drive(ns):
""" + _FLAKY + """
    waits = []
    f, calls = flaky(5, exc=KeyError)
    g = ns["retry_backoff"](5, 0.1, exceptions=(TimeoutError, ConnectionError), sleep=waits.append)(f)
    h_f, h_calls = flaky(2, exc=ConnectionResetError)
    h = ns["retry_backoff"](5, 0.1, exceptions=(ConnectionError,), sleep=waits.append)(h_f)
    return [_try(g), len(calls), h(), len(h_calls), waits]
""", "other errors propagate at once, subclasses are retried"),
        _d("""
def drive(ns):
    rb = ns["retry_backoff"]
    made = lambda *a, **k: callable(rb(*a, **k))
    return [_try(made, 0, 1), _try(made, True, 1), _try(made, 2.0, 1), _try(made, 2, -1), _try(made, 2, 1, factor=-2),
            _try(made, 2, "1"), _try(made, 1, 0), _try(made, 3, 0.25, factor=0)]
""", "arguments are validated when the decorator is made"),
        _d("""
def drive(ns):
    waits = []

    @ns["retry_backoff"](2, 1, sleep=waits.append)
    def ok(x):
        "Doubles."
        return 2 * x

    return [ok(4), waits, ok.__name__, ok.__doc__, getattr(ok, "__wrapped__", None) is not None]
""", "success at once, metadata kept"),
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
""", "generated schedule")]
