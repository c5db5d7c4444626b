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
    import typing
    s = ns["scale"]
    return [s(3, 2), s([1, 2.5], 2), s({"a": 1, "b": 4}, 0.5), _try(s, "ab", 2), len(typing.get_overloads(s))]
""", "three kinds of input, three overloads", params={"calls": [[3, 2], [[1, 2.5], 2], [{"a": 1, "b": 4}, 0.5]], "type_errors": [["ab", 2]]}),
    ]


def _fixed_hidden():
    return [
        _d("""
def drive(ns):
    s = ns["scale"]
    bad = [(True, 2), (3, False), ("ab", 2), ((1, 2), 2), (None, 2), ([1, "x"], 2), ({"a": "b"}, 2),
           ({1: 2}, 2), ([[1]], 2), (3, "2"), ([True], 2), ({"a": True}, 3)]
    return [_try(s, v, f) for v, f in bad]
""", "anything else is a TypeError", params={"calls": [], "type_errors": [[True, 2], [3, False], ["ab", 2], [(1, 2), 2], [None, 2], [[1, "x"], 2], [{"a": "b"}, 2], ["{1: 2}", 2], [[[1]], 2], [3, "2"], [[True], 2], [{"a": True}, 3]]}),
        _d("""
def drive(ns):
    s = ns["scale"]
    xs, d = [1, 2, 3], {"z": 1, "a": 2}
    out = [s(xs, 3), s(d, -1)]
    return [out, xs, d, list(out[1]), s([], 5), s({}, 5), s(2.5, 0), s(-4, 0.25)]
""", "new containers, order kept, empties", params={"calls": [[[1, 2, 3], 3], [{"z": 1, "a": 2}, -1], [[], 5], [{}, 5], [2.5, 0], [-4, 0.25]], "type_errors": []}),
        _d("""
def drive(ns):
    import typing
    ovs = typing.get_overloads(ns["scale"])
    return [len(ovs), all(callable(o) for o in ovs), all(o.__name__ == "scale" for o in ovs)]
""", "the overloads are registered", params={"calls": [], "type_errors": []}),
    ]


def hidden(rng):
    # The fixed cases, plus cases drawn afresh for every submission: inputs that leak from one
    # run say nothing certain about the next.
    return _fixed_hidden() + _generated(rng)


def _generated(rng):
    xs = [int(v) for v in rng.integers(-20, 20, size=int(rng.integers(1, 8)))]
    keys = [f"k{int(v)}" for v in rng.permutation(20)[:5]]
    vals = [int(v) for v in rng.integers(-9, 9, size=5)]
    k = int(rng.integers(-5, 6))
    return [_d(f"""
def drive(ns):
    s = ns["scale"]
    xs = {xs!r}
    d = dict(zip({keys!r}, {vals!r}))
    return [s(xs, {k}), xs, s(d, {k}), list(s(d, 2)), [s(x, {k}) for x in xs], _try(s, tuple(xs), 2)]
""", "generated numbers",
       params={"calls": [[xs, k], [dict(zip(keys, vals)), k], [dict(zip(keys, vals)), 2]], "type_errors": [[tuple(xs), 2]]})]


def _number(x):
    return type(x) in (int, float)


def _exact(x):
    # ints and floats on a 1/4 grid: every way of multiplying gives the same bits
    return type(x) is int or (x * 4).is_integer()


def check_case(args, kwargs):
    """The prompt's promise: a number, list of numbers or str-keyed dict of numbers, scaled by a number; products are exact."""
    for value, factor in args["calls"]:
        items = value if isinstance(value, list) else list(value.values()) if isinstance(value, dict) else [value]
        assert _number(factor) and _exact(factor), f"factor {factor!r} is an exact number"
        assert all(_number(x) and _exact(x) for x in items), f"{value!r} holds exact numbers"
        assert not isinstance(value, dict) or all(type(k) is str for k in value), f"{value!r} has str keys"
    for value, factor in args["type_errors"]:
        bad_value = (type(value) in (bool, str, tuple, type(None))  # "{1: 2}" stands for a dict with an int key
                     or (isinstance(value, list) and not all(_number(x) for x in value))
                     or (isinstance(value, dict) and not all(_number(x) for x in value.values())))
        assert bad_value or not _number(factor), f"{[value, factor]!r} is meant to raise TypeError"
