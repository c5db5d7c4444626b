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
    return [ns["Rectangle"](2, 3).describe(), round(ns["Circle"](1).area(), 9), _try(ns["Shape"])]
""", "describe, area, and no instances of Shape", params={"rectangles": [[2, 3]], "circles": [[1, 9]]}),
    ]


def _fixed_hidden(rng):
    return [
        _d("""
def drive(ns):
    Shape = ns["Shape"]

    class OnlyArea(Shape):
        def area(self):
            return 1.0

    class OnlyPerimeter(Shape):
        def perimeter(self):
            return 1.0

    return [_try(OnlyArea), _try(OnlyPerimeter)]
""", "incomplete subclasses cannot be instantiated", params={"rectangles": [], "circles": []}),
        _d("""
def drive(ns):
    Shape = ns["Shape"]

    class Square(Shape):
        def __init__(self, s):
            self.s = s

        def area(self):
            return self.s * self.s

        def perimeter(self):
            return 4 * self.s

    sq = Square(1.5)
    return [sq.describe(), isinstance(sq, Shape)]
""", "a complete user subclass uses describe", params={"rectangles": [], "circles": []}),
        _d("""
def drive(ns):
    c = ns["Circle"](2)
    return [round(c.perimeter(), 9), round(c.area(), 9), c.describe(), isinstance(c, ns["Shape"])]
""", "circle values", params={"rectangles": [], "circles": [[2, 9]]}),
        _d("""
def drive(ns):
    return [_try(ns["Rectangle"], -1, 2), _try(ns["Rectangle"], 1, -2), _try(ns["Circle"], -0.5),
            ns["Rectangle"](0, 4).perimeter(), ns["Circle"](0).area()]
""", "negative sizes rejected, zero allowed",
       params={"rectangles": [[0, 4]], "circles": [[0, 9]], "negative": [[-1, 2], [1, -2], [-0.5]]}),
        _d("""
def drive(ns):
    r = ns["Rectangle"](2.5, 4)
    return [r.area(), r.perimeter(), r.describe()]
""", "rectangle with a float side", params={"rectangles": [[2.5, 4]], "circles": []}),
    ]


def hidden(rng):
    # The fixed cases, plus cases drawn afresh for every submission: inputs that leak from one
    # run say nothing certain about the next.
    return _fixed_hidden(rng) + _generated(rng)


def _ints(rng, n, lo=-50, hi=50):
    return [int(v) for v in rng.integers(lo, hi, size=n)]


def _generated(rng):
    w, h = int(rng.integers(1, 60)), int(rng.integers(1, 60))
    r = round(float(rng.uniform(0.5, 20.0)), 3)
    return [_d(f"""
def drive(ns):
    R, C = ns["Rectangle"], ns["Circle"]
    shapes = [R({w}, {h}), C({r}), R({h}, {w})]
    return [[s.describe() for s in shapes], [round(s.area(), 6) for s in shapes],
            [round(s.perimeter(), 6) for s in shapes], isinstance(shapes[1], ns["Shape"])]
""", "generated shapes", params={"rectangles": [[w, h], [h, w]], "circles": [[r, 6]]})]


def _off_boundary(x, decimals):
    # Distance of x from a rounding boundary at `decimals` places, in units of the last place.
    scaled = x * 10 ** decimals
    return abs(scaled - math.floor(scaled) - 0.5)


def check_case(args, kwargs):
    """The prompt's promise: sizes >= 0 (negatives only to see ValueError); pi-based values keep clear of rounding boundaries."""
    for w, h in args["rectangles"]:
        assert w >= 0 and h >= 0, f"rectangle {w} x {h}: sizes are not negative"
        # Rectangles use exact sums and products (integers and halves), so formats agree.
        assert float(w * 4).is_integer() and float(h * 4).is_integer(), f"rectangle {w} x {h}: sides on a 1/4 grid stay exact"
    for r, places in args["circles"]:
        assert r >= 0, f"circle {r}: radius is not negative"
        # pi * r * r and math.pi * r ** 2 may differ in the last bit: describe() (2 places) and the
        # driver's rounding (`places`) must not sit on a half.
        for value in (math.pi * r * r, 2 * math.pi * r):
            if value:
                for d in (2, places):
                    assert _off_boundary(value, d) > 1e-5, f"circle {r}: {value!r} is on a rounding boundary at {d} places"
    for size in args.get("negative", []):
        assert min(size) < 0, f"{size!r}: the ValueError case has a negative size"
