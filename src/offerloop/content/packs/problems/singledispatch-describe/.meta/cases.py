import ast

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
    d = ns["describe"]
    return [d([1, "ab", [True]]), d({"x": 1.5}), d(None)]
""", "list, dict, fallback", params={"values": [[1, "ab", [True]], {"x": 1.5}, None]}),
    ]


def _fixed_hidden(rng):
    return [
        _d("""
def drive(ns):
    d = ns["describe"]
    return [d(True), d(False), d(0), d(-7), d(2.5), d(1e20), d(""), d("hello")]
""", "scalars, bool before int", params={"values": [True, False, 0, -7, 2.5, 1e20, "", "hello"]}),
        _d("""
def drive(ns):
    d = ns["describe"]
    return [d([]), d({}), d({"a": [1, {"b": "xy"}], "c": None}), d((1, 2)), d({1, 2})]
""", "nesting and other containers", params={"values": [[], {}, {"a": [1, {"b": "xy"}], "c": None}, "a tuple", "a set"]}),
        _d("""
def drive(ns):
    d = ns["describe"]
    if not hasattr(d, "register"):
        return "not a singledispatch function"

    @d.register(complex)
    def _(value):
        return "complex"

    return [d(1j), d([1j, 2]), d({"z": 3j})]
""", "a type registered later is used inside containers", params={"values": ["complex numbers"]}),
        _d("""
def drive(ns):
    d = ns["describe"]

    class MyInt(int):
        pass

    class MyList(list):
        pass

    return [d(MyInt(4)), d(MyList([1])), d(object())]
""", "subclasses dispatch to the nearest base", params={"values": ["subclass instances"]}),
    ]


def hidden(rng):
    # The fixed cases, plus cases drawn afresh for every submission: inputs that leak from one
    # run say nothing certain about the next.
    return _fixed_hidden(rng) + _generated(rng)


def _ints(rng, n, lo=-50, hi=50):
    return [int(v) for v in rng.integers(lo, hi, size=n)]

_LEAVES = ["1", "-7", "2.5", "'ab'", "True", "None", "[]", "{}", "'x'"]


def _generated(rng):
    def value(depth):
        if depth > 2 or rng.random() < 0.4:
            return _LEAVES[int(rng.integers(0, len(_LEAVES)))]
        if rng.random() < 0.5:
            return "[" + ", ".join(value(depth + 1) for _ in range(int(rng.integers(0, 4)))) + "]"
        return "{" + ", ".join(f"'k{i}': {value(depth + 1)}" for i in range(int(rng.integers(0, 3)))) + "}"

    values = [value(0) for _ in range(4)]
    return [_d(f"""
def drive(ns):
    return [ns["describe"](v) for v in [{", ".join(values)}]]
""", "generated values", params={"values": [ast.literal_eval(v) for v in values]})]


def check_case(args, kwargs):
    """The prompt's promise: describe takes any value; dict keys are strings (the driver's values are plain data or described)."""
    def ok(v):
        if isinstance(v, dict):
            return all(type(k) is str and ok(x) for k, x in v.items())
        if isinstance(v, list):
            return all(ok(x) for x in v)
        return v is None or type(v) in (bool, int, float, str)
    assert all(ok(v) for v in args["values"]), "values are plain data with string keys"
