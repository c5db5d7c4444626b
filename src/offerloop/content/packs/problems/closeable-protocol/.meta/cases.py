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


_CLASSES = """
    log = []

    class Conn:
        def __init__(self, name):
            self.name = name

        def close(self):
            log.append(self.name)

    class Broken:
        def close(self):
            raise OSError("already gone")

    class NoClose:
        def open(self):
            return 1
"""


def visible():
    return [
        _d("""
def drive(ns):
""" + _CLASSES + """
    C = ns["Closeable"]
    report = ns["close_all"]([Conn("a"), 42, Broken(), Conn("b")])
    return [isinstance(Conn("x"), C), report, log]
""", "close what can be closed", params={"kinds": ["closes", "int", "raises", "closes"]}),
    ]


def _fixed_hidden():
    return [
        _d("""
def drive(ns):
""" + _CLASSES + """
    import typing
    C = ns["Closeable"]

    class Nulled:
        close = None

    return [isinstance(NoClose(), C), isinstance("text", C), isinstance(Nulled(), C), isinstance(NoClose, C),
            issubclass(Conn, C), typing.Protocol in C.__mro__, C not in Conn.__mro__]
""", "Closeable is a runtime-checkable Protocol", params={"kinds": []}),
        _d("""
def drive(ns):
""" + _CLASSES + """
    class Buffer:
        closed = False

        def close(self):
            self.closed = True

    buf = Buffer()
    items = [Broken(), Broken(), Conn("x"), NoClose(), buf, None, Broken(), Conn("y")]
    return [ns["close_all"](items), log, buf.closed]
""", "failures do not stop the walk", params={"kinds": ["raises", "raises", "closes", "no close", "closes", "None", "raises", "closes"]}),
        _d("""
def drive(ns):
    return [ns["close_all"]([]), ns["close_all"]((n for n in [1, "a", 2.5]))]
""", "nothing to close", params={"kinds": ["int", "str", "float"]}),
        _d("""
def drive(ns):
    class Fatal:
        def close(self):
            raise KeyboardInterrupt

    class Fine:
        def close(self):
            return "ignored"

    try:
        ns["close_all"]([Fine(), Fatal(), Fine()])
        return "swallowed"
    except KeyboardInterrupt:
        return "propagated"
""", "only Exception is caught", params={"kinds": ["closes", "raises BaseException", "closes"]}),
    ]


def hidden(rng):
    # The fixed cases, plus cases drawn afresh for every submission: inputs that leak from one
    # run say nothing certain about the next.
    return _fixed_hidden() + _generated(rng)


def _generated(rng):
    kinds = [int(k) for k in rng.integers(0, 4, size=int(rng.integers(8, 16)))]
    return [_d("""
def drive(ns):
""" + _CLASSES + f"""
    make = [lambda i: Conn(i), lambda i: Broken(), lambda i: NoClose(), lambda i: i]
    items = [make[k](i) for i, k in enumerate({kinds!r})]
    return [ns["close_all"](items), log]
""", "generated objects", params={"kinds": [["closes", "raises", "no close", "int"][k] for k in kinds]})]


def check_case(args, kwargs):
    """The prompt's promise: close_all walks any objects; a close() raises an Exception (a BaseException only to see it propagate)."""
    known = {"closes", "raises", "no close", "int", "str", "float", "None", "raises BaseException"}
    assert set(args["kinds"]) <= known, f"{set(args['kinds']) - known}: objects the driver knows how to make"
