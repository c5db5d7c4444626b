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


def visible():
    return [
        _d("""
def drive(ns):
    f = ns["Formatter"](precision=1)
    return [f.format(1234567), f.format([True, 2.25, None, "x"]), f.format({"n": 3000, "ok": False})]
""", "numbers, lists and dicts", params={"precisions": [1], "values": [1234567, [True, 2.25, None, "x"], {"n": 3000, "ok": False}]}),
    ]


def _fixed_hidden():
    return [
        _d("""
def drive(ns):
    f = ns["Formatter"]()
    return [f.format(True), f.format(False), f.format(0), f.format(-1000), f.format(1.0), f.format(-0.125),
            f.format(None), f.format("s"), f.format(b"b"), f.format(()), f.format({}), f.format((1, [2, (3,)]))]
""", "every rule, defaults", params={"precisions": [2], "values": [True, False, 0, -1000, 1.0, -0.125, None, "s", "bytes", "tuples"]}),
        _d("""
def drive(ns):
    import enum
    F = ns["Formatter"]

    class Level(enum.IntEnum):
        HIGH = 12000

    class MyList(list):
        pass

    return [F(3).format(2.0), F(0).format(2.5), F(precision=4).format([0.5, {"a": 1.5}]),
            F().format(Level.HIGH), F().format(MyList([1, True])), F().format({1: None, "k": [False]})]
""", "precision per instance, subclasses", params={"precisions": [3, 0, 4, 2], "values": [2.0, 2.5, [0.5, {"a": 1.5}], "IntEnum", "a list subclass"]}),
        _d("""
def drive(ns):
    F = ns["Formatter"]

    class Money:
        def __init__(self, cents):
            self.cents = cents

    @F.format.register(Money)
    def _(self, value):
        return f"${value.cents / 100:.2f}"

    f = F()
    return [f.format(Money(1999)), f.format([Money(5), 1]), f.format({"price": Money(250), "n": (Money(1),)})]
""", "a type registered afterwards is used everywhere", params={"precisions": [2], "values": ["Money"]}),
    ]


def hidden(rng):
    # The fixed cases, plus cases drawn afresh for every submission: inputs that leak from one
    # run say nothing certain about the next.
    return _fixed_hidden() + _generated(rng)


def _value(rng, depth):
    kind = int(rng.integers(0, 7 if depth > 0 else 5))
    if kind == 0:
        return bool(rng.integers(0, 2))
    if kind == 1:
        return int(rng.integers(-10**7, 10**7))
    if kind == 2:
        # Quarter steps are exact in binary; the prompt fixes the format spec, so every right
        # answer rounds a tie the same way.
        return float(rng.integers(-4000, 4000)) / 4
    if kind == 3:
        return None
    if kind == 4:
        return "t" + str(int(rng.integers(0, 9)))
    if kind == 5:
        return [_value(rng, depth - 1) for _ in range(int(rng.integers(0, 4)))]
    return {f"k{i}": _value(rng, depth - 1) for i in range(int(rng.integers(0, 4)))}


def _generated(rng):
    values = [_value(rng, 2) for _ in range(6)]
    precision = int(rng.integers(0, 4))
    return [_d(f"""
def drive(ns):
    f = ns["Formatter"]({precision})
    return [f.format(v) for v in {values!r}]
""", "generated values", params={"precisions": [precision], "values": values})]


def check_case(args, kwargs):
    """The prompt's promise: precision is an int >= 0; floats are formatted as given (no arithmetic), so ties are the format's own."""
    assert all(type(p) is int and p >= 0 for p in args["precisions"]), "precision is an int >= 0"

    def floats(v):
        if isinstance(v, dict):
            return [f for x in v.values() for f in floats(x)]
        if isinstance(v, list):
            return [f for x in v for f in floats(x)]
        return [v] if type(v) is float else []
    assert all(math.isfinite(f) for v in args["values"] for f in floats(v)), "floats are finite"
