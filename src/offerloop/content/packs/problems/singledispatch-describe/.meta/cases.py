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
    d = ns["describe"]
    return [d([1, "ab", [True]]), d({"x": 1.5}), d(None)]
""", "list, dict, fallback"),
    ]


def hidden(rng):
    return [
        _d("""
def drive(ns):
    d = ns["describe"]
    return [d(True), d(False), d(0), d(-7), d(2.5), d(1e20), d(""), d("hello")]
""", "scalars, bool before int"),
        _d("""
def drive(ns):
    d = ns["describe"]
    return [d([]), d({}), d({"a": [1, {"b": "xy"}], "c": None}), d((1, 2)), d({1, 2})]
""", "nesting and other containers"),
        _d("""
def drive(ns):
    d = ns["describe"]
    if not hasattr(d, "register"):
        return "not a singledispatch function"

    @d.register(complex)
    def _(value):
        return "complex"

    return [d(1j), d([1j, 2]), d({"z": 3j})]
""", "a type registered later is used inside containers"),
        _d("""
def drive(ns):
    d = ns["describe"]

    class MyInt(int):
        pass

    class MyList(list):
        pass

    return [d(MyInt(4)), d(MyList([1])), d(object())]
""", "subclasses dispatch to the nearest base"),
    ]
