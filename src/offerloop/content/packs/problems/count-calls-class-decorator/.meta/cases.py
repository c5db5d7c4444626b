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
    CC = ns["CountCalls"]

    @CC
    def greet(name):
        "Say hello."
        return f"hi {name}"

    greet("a"); greet("b")

    class Square:
        def __init__(self, s):
            self.s = s

        @CC
        def area(self):
            return self.s ** 2

    return [greet.calls, greet.__name__, [Square(3).area(), Square(4).area()], Square.area.calls]
""", "a function and a method", params={"sides": [3, 4], "repeats": [1, 1]}),
    ]


def _fixed_hidden():
    return [
        _d("""
def drive(ns):
    CC = ns["CountCalls"]

    def add(a, b=0, *rest, scale=1):
        "Adds."
        return (a + b + sum(rest)) * scale

    wrapped = CC(add)
    out = [wrapped(1), wrapped(1, 2, 3, 4, scale=10), wrapped(a=5, b=1)]
    return [out, wrapped.calls, getattr(wrapped, "__name__", None), getattr(wrapped, "__doc__", None),
            getattr(wrapped, "__wrapped__", None) is add]
""", "arguments pass through, metadata kept", params={"sides": [], "repeats": []}),
        _d("""
def drive(ns):
    CC = ns["CountCalls"]

    @CC
    def boom(x):
        raise ValueError(x)

    out = [_try(boom, 1), _try(boom, 2), boom.calls]
    boom.reset()
    return out + [boom.calls]
""", "failing calls count, reset", params={"sides": [], "repeats": []}),
        _d("""
def drive(ns):
    CC = ns["CountCalls"]

    class Acc:
        def __init__(self):
            self.total = 0

        @CC
        def add(self, x):
            self.total += x
            return self.total

    a, b = Acc(), Acc()
    out = [a.add(1), a.add(2), b.add(10), getattr(a.add, "calls", None), Acc.add.calls]
    Acc.add.reset()
    return out + [b.add.calls, a.total, b.total]
""", "one counter per method across instances", params={"sides": [], "repeats": []}),
        _d("""
def drive(ns):
    CC = ns["CountCalls"]

    @CC
    def f():
        return 1

    @CC
    def g():
        return 2

    f(); f(); g()
    return [f.calls, g.calls]
""", "separate counters per function", params={"sides": [], "repeats": []}),
    ]


def hidden(rng):
    # The fixed cases, plus cases drawn afresh for every submission: inputs that leak from one
    # run say nothing certain about the next.
    return _fixed_hidden() + _generated(rng)


def _generated(rng):
    sides = [int(v) for v in rng.integers(1, 20, size=int(rng.integers(2, 7)))]
    repeats = [int(v) for v in rng.integers(0, 4, size=len(sides))]
    return [_d(f"""
def drive(ns):
    CC = ns["CountCalls"]

    class Sq:
        def __init__(self, s):
            self.s = s

        @CC
        def area(self):
            return self.s * self.s

        @CC
        def perimeter(self):
            return 4 * self.s

    shapes = [Sq(s) for s in {sides!r}]
    areas = [[sh.area() for _ in range(r)] for sh, r in zip(shapes, {repeats!r})]
    perims = [sh.perimeter() for sh in shapes]
    return [areas, perims, Sq.area.calls, Sq.perimeter.calls, shapes[0].area.calls]
""", "generated squares", params={"sides": sides, "repeats": repeats})]


def check_case(args, kwargs):
    """The prompt's promise: any function or method is decorated; generated squares have positive sides, calls >= 0 each."""
    assert len(args["sides"]) == len(args["repeats"]), "one repeat count per square"
    assert all(type(s) is int and s >= 1 for s in args["sides"]), "sides are positive ints"
    assert all(type(r) is int and r >= 0 for r in args["repeats"]), "repeat counts are not negative"
