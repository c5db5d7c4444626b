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
    V = ns["Vector2"]
    v, w = V(3, 4), V(1, -1)
    return [repr(v + w), repr(2 * v), v @ w, abs(v), bool(V(0, 0)), _try(setattr, v, "z", 1)]
""", "operators, length, truthiness, slots", params={"vectors": [[3, 4], [1, -1], [0, 0]], "scalars": [2], "lengths": [[3, 4]]}),
    ]


def _fixed_hidden():
    return [
        _d("""
def drive(ns):
    V = ns["Vector2"]
    v = V(1, 2)
    v.x = 10
    return [hasattr(v, "__dict__"), "x" in getattr(V, "__slots__", ()), repr(v), tuple(v),
            _try(setattr, v, "label", "a")[0]]
""", "slots only", params={"vectors": [[1, 2]], "scalars": [], "lengths": []}),
        _d("""
def drive(ns):
    V = ns["Vector2"]
    v = V(1, 2)
    ops = {
        "v+3": lambda: v + 3, "3+v": lambda: 3 + v, "v*v": lambda: v * v, "v-'a'": lambda: v - "a",
        "v@2": lambda: v @ 2, "True*v": lambda: True * v, "v*None": lambda: v * None,
    }
    return {k: _try(f)[1] if _try(f)[0] == "raised" else repr(_try(f)[1]) for k, f in ops.items()}
""", "unsupported operands raise TypeError", params={"vectors": [[1, 2]], "scalars": [], "lengths": [], "bad_operands": [3, "a", 2, True, None]}),
        _d("""
def drive(ns):
    V = ns["Vector2"]
    vs = [V(1, 2), V(1, 2), V(2, 1), V(1.0, 2.0)]
    return [len(set(vs)), vs[0] == vs[1], vs[0] != vs[2], vs[0] == (1, 2), hash(vs[0]) == hash(vs[3]),
            {vs[0]: "a"}.get(V(1, 2))]
""", "equality and hashing", params={"vectors": [[1, 2], [2, 1], [1.0, 2.0]], "scalars": [], "lengths": []}),
        _d("""
def drive(ns):
    V = ns["Vector2"]
    v = V(-3, 0.5)
    return [repr(-v), repr(v - V(1, 1)), repr(v * 2.0), repr(0.5 * v), abs(V(0, 0)), bool(V(0, -0.1)),
            bool(V(0.0, 0.0)), list(v)]
""", "negation, scaling, zero", params={"vectors": [[-3, 0.5], [1, 1], [0, 0], [0, -0.1], [0.0, 0.0]], "scalars": [2.0, 0.5], "lengths": [[0, 0]]}),
    ]


def hidden(rng):
    # The fixed cases, plus cases drawn afresh for every submission: inputs that leak from one
    # run say nothing certain about the next.
    return _fixed_hidden() + _generated(rng)


def _generated(rng):
    pts = [(int(a), int(b)) for a, b in rng.integers(-9, 10, size=(6, 2))]
    k = int(rng.integers(-4, 5))
    return [_d(f"""
def drive(ns):
    V = ns["Vector2"]
    vs = [V(a, b) for a, b in {pts!r}]
    total = V(0, 0)
    for v in vs:
        total = total + v
    return [repr(total), [repr({k} * v) for v in vs], [vs[i] @ vs[i + 1] for i in range(5)],
            [round(abs(v), 9) for v in vs], len(set(vs + [V(a, b) for a, b in {pts!r}])), [bool(v - v) for v in vs]]
""", "generated vectors", params={"vectors": [list(p) for p in pts], "scalars": [k], "lengths": [list(p) for p in pts], "length_places": 9})]


def check_case(args, kwargs):
    """The prompt's promise: int or float components, int or float (not bool) scalars; lengths rounded by the driver keep clear of a half."""
    for x, y in args["vectors"]:
        assert type(x) in (int, float) and type(y) in (int, float), f"({x!r}, {y!r}): components are numbers"
    assert all(type(k) in (int, float) for k in args["scalars"]), "scalars are int or float, not bool"
    places = args.get("length_places")
    for x, y in args["lengths"]:
        length = math.hypot(x, y)
        if places is not None and not length.is_integer():
            # hypot and sqrt(x*x + y*y) may differ in the last bit: the driver's round() must not sit on a half.
            scaled = length * 10 ** places
            assert abs(scaled - math.floor(scaled) - 0.5) > 1e-4, f"|({x}, {y})| = {length!r} is on a rounding boundary"
