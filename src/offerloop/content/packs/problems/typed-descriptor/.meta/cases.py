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


_ORDER = """
def make(ns):
    Typed = ns["Typed"]

    class Order:
        quantity = Typed(int, minimum=1)
        price = Typed(float, minimum=0.0)
        note = Typed(str)

        def __init__(self, quantity, price):
            self.quantity = quantity
            self.price = price

    return Order
"""


def visible():
    return [
        _d(_ORDER + """
def drive(ns):
    Order = make(ns)
    o = Order(2, 9.5)
    out = [_try(setattr, o, "quantity", 0), _try(setattr, o, "price", "cheap")]
    return out + [Order(3, 1.0).quantity, o.quantity]
""", "validation and per-instance values", params={"orders": [[2, 9.5], [3, 1.0]], "assignments": [["quantity", 0], ["price", "cheap"]]}),
    ]


def _fixed_hidden(rng):
    return [
        _d(_ORDER + """
def drive(ns):
    Order = make(ns)
    build = lambda q, p: dict(vars(Order(q, p)))
    return [_try(build, True, 1.0), _try(build, 1.5, 1.0), _try(build, 1, 3), _try(build, 1, True)]
""", "bool is not an int, int is a float", params={"orders": [[True, 1.0], [1.5, 1.0], [1, 3], [1, True]], "assignments": []}),
        _d(_ORDER + """
def drive(ns):
    Order = make(ns)
    o = Order(1, 1.0)
    return [_try(getattr, o, "note"), type(Order.quantity).__name__, Order.quantity is Order.__dict__["quantity"]]
""", "unset attribute and class access", params={"orders": [[1, 1.0]], "assignments": []}),
        _d(_ORDER + """
def drive(ns):
    Order = make(ns)
    a, b = Order(5, 2.0), Order(7, 3.0)
    a.note = "x"
    b.quantity = 9
    return [a.quantity, b.quantity, a.price, b.price, a.note, _try(getattr, b, "note")]
""", "several fields, several instances", params={"orders": [[5, 2.0], [7, 3.0]], "assignments": [["note", "x"], ["quantity", 9]]}),
        _d(_ORDER + """
def drive(ns):
    Order = make(ns)
    o = Order(1, 0.0)
    r = [_try(setattr, o, "quantity", -3), o.quantity, _try(setattr, o, "price", -0.01), o.price]
    o.quantity = 1
    return r + [o.quantity]
""", "failed assignments keep the old value", params={"orders": [[1, 0.0]], "assignments": [["quantity", -3], ["price", -0.01], ["quantity", 1]]}),
        _d("""
def drive(ns):
    Typed = ns["Typed"]

    class Flag:
        on = Typed(bool)
        count = Typed(int)

    f = Flag()
    f.on = True
    return [f.on, _try(setattr, f, "on", 1), _try(setattr, f, "count", False)]
""", "a bool field", params={"orders": [], "assignments": [["on", True], ["on", 1], ["count", False]]}),
    ]


def hidden(rng):
    # The fixed cases, plus cases drawn afresh for every submission: inputs that leak from one
    # run say nothing certain about the next.
    return _fixed_hidden(rng) + _generated(rng)


def _ints(rng, n, lo=-50, hi=50):
    return [int(v) for v in rng.integers(lo, hi, size=n)]


def _generated(rng):
    q, p = int(rng.integers(-3, 20)), round(float(rng.uniform(-5.0, 50.0)), 2)
    return [_d(_ORDER + f"""
def drive(ns):
    Order = make(ns)
    made = _try(Order, {q}, {p})
    o = Order(1, 1.0)
    return [made[0], _try(setattr, o, "quantity", {q}), _try(setattr, o, "price", {p}), o.quantity, o.price]
""", "generated values", params={"orders": [[q, p], [1, 1.0]], "assignments": [["quantity", q], ["price", p]]})]


def check_case(args, kwargs):
    """The prompt's promise: values are compared with the minimum as given (no arithmetic), so a value on the minimum is exact."""
    for values in args["orders"] + [a[1:] for a in args["assignments"]]:
        for v in values:
            assert v is None or type(v) in (bool, int, float, str), f"{v!r}: plain values are assigned"
            assert type(v) is not float or math.isfinite(v), f"{v!r}: float values are finite"
    assert all(name in ("quantity", "price", "note", "on", "count") for name, _ in args["assignments"]), "fields the driver defines"
