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
    fs = ns["make_multipliers"](4)
    return [[f(10) for f in fs], fs[2]("ab"), _try(fs[3], 1, 2)]
""", "each function keeps its own factor", params={"sizes": [4], "xs": [10, "ab"]}),
    ]


def _fixed_hidden():
    return [
        _d("""
def drive(ns):
    m = ns["make_multipliers"]
    return [m(0), len(m(1)), m(1)[0](99), [f(-3) for f in m(3)]]
""", "zero and one function", params={"sizes": [0, 1, 1, 3], "xs": [99, -3]}),
        _d("""
def drive(ns):
    fs = ns["make_multipliers"](5)
    return [_try(fs[0]), _try(fs[1], 2, 3), [f(1.5) for f in fs]]
""", "exactly one argument", params={"sizes": [5], "xs": [1.5]}),
        _d("""
def drive(ns):
    a = ns["make_multipliers"](3)
    b = ns["make_multipliers"](6)
    return [[f(7) for f in a], [f(7) for f in b], [f([0]) for f in a]]
""", "separate calls do not interfere", params={"sizes": [3, 6], "xs": [7, [0]]}),
    ]


def hidden(rng):
    # The fixed cases, plus cases drawn afresh for every submission: inputs that leak from one
    # run say nothing certain about the next.
    return _fixed_hidden() + _generated(rng)


def _generated(rng):
    n = int(rng.integers(3, 12))
    xs = [int(v) for v in rng.integers(-20, 20, size=n)]
    order = [int(v) for v in rng.permutation(n)]
    return [_d(f"""
def drive(ns):
    fs = ns["make_multipliers"]({n})
    return [[fs[i](x) for i, x in zip({order!r}, {xs!r})], _try(fs[{order[0]}], 1, 1)]
""", "generated factors", params={"sizes": [n], "xs": xs})]


def check_case(args, kwargs):
    """The prompt's promise: n is an int >= 0; i * x is exact (ints, floats on a 1/4 grid, or sequences)."""
    assert all(type(n) is int and n >= 0 for n in args["sizes"]), "n is an int >= 0"
    for x in args["xs"]:
        assert type(x) in (int, str, list) or (type(x) is float and (x * 4).is_integer()), f"{x!r}: i * x is exact"
