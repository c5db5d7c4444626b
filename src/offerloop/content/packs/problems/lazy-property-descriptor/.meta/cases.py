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


_CIRCLE = """
    log = []

    class Circle:
        def __init__(self, r):
            self.r = r

        @ns["lazy"]
        def area(self):
            "The area."
            log.append(self.r)
            return 3 * self.r * self.r
"""


def visible():
    return [
        _d("""
def drive(ns):
""" + _CIRCLE + """
    c = Circle(2)
    first, second = c.area, c.area
    stored = c.__dict__.get("area")
    del c.area
    third = c.area
    return [first, second, stored, third, log, Circle.area.__doc__]
""", "computed once, forgotten by del", params={"radii": [2]}),
    ]


def _fixed_hidden():
    return [
        _d("""
def drive(ns):
""" + _CIRCLE + """
    a, b = Circle(1), Circle(5)
    return [a.area, b.area, a.area, b.area, log]
""", "one value per instance", params={"radii": [1, 5]}),
        _d("""
def drive(ns):
    log = []

    def compute_area(self):
        log.append("call")
        return self.w * self.h

    class Rect:
        area = ns["lazy"](compute_area)

        def __init__(self, w, h):
            self.w, self.h = w, h

    r = Rect(2, 3)
    return [r.area, r.area, sorted(k for k in vars(r)), log, hasattr(r, "compute_area")]
""", "the assigned name is used", params={"radii": []}),
        _d("""
def drive(ns):
""" + _CIRCLE + """
    c = Circle(3)
    c.area = 100
    overridden = c.area
    del c.area
    again = c.area
    is_descriptor = type(Circle.__dict__["area"]) is ns["lazy"] and Circle.area is Circle.__dict__["area"]
    return [overridden, again, log, is_descriptor, hasattr(ns["lazy"], "__set__")]
""", "assignment overrides, class access gives the descriptor", params={"radii": [3]}),
        _d("""
def drive(ns):
    attempts = []

    class Flaky:
        @ns["lazy"]
        def value(self):
            attempts.append(1)
            if len(attempts) == 1:
                raise ValueError("first time fails")
            return "ok"

    f = Flaky()
    first = _try(lambda: f.value)
    return [first, "value" in vars(f), f.value, f.value, len(attempts)]
""", "an exception stores nothing", params={"radii": []}),
    ]


def hidden(rng):
    # The fixed cases, plus cases drawn afresh for every submission: inputs that leak from one
    # run say nothing certain about the next.
    return _fixed_hidden() + _generated(rng)


def _generated(rng):
    radii = [int(v) for v in rng.integers(1, 30, size=5)]
    picks = [int(v) for v in rng.integers(0, 5, size=12)]
    return [_d("""
def drive(ns):
""" + _CIRCLE + f"""
    cs = [Circle(r) for r in {radii!r}]
    out = [cs[i].area for i in {picks!r}]
    return [out, sorted(log), len(log) == len(set({picks!r}))]
""", "generated circles", params={"radii": radii, "picks": picks})]


def check_case(args, kwargs):
    """The prompt's promise: lazy decorates a method of instances with a __dict__; the circles have int radii."""
    assert all(type(r) is int and r >= 1 for r in args["radii"]), "radii are positive ints"
    assert all(0 <= i < len(args["radii"]) for i in args.get("picks", [])), "picked circles exist"
