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
    return [ns["Rectangle"](2, 3).describe(), round(ns["Circle"](1).area(), 9), _try(ns["Shape"])]
""", "describe, area, and no instances of Shape"),
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
""", "incomplete subclasses cannot be instantiated"),
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
""", "a complete user subclass uses describe"),
        _d("""
def drive(ns):
    c = ns["Circle"](2)
    return [round(c.perimeter(), 9), round(c.area(), 9), c.describe(), isinstance(c, ns["Shape"])]
""", "circle values"),
        _d("""
def drive(ns):
    return [_try(ns["Rectangle"], -1, 2), _try(ns["Rectangle"], 1, -2), _try(ns["Circle"], -0.5),
            ns["Rectangle"](0, 4).perimeter(), ns["Circle"](0).area()]
""", "negative sizes rejected, zero allowed"),
        _d("""
def drive(ns):
    r = ns["Rectangle"](2.5, 4)
    return [r.area(), r.perimeter(), r.describe()]
""", "rectangle with a float side"),
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
""", "generated shapes")]
