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
    t = ns["Thermometer"]([21.04, 21.56])
    return [t.readings(3), t.unit, _try(ns["Sensor"]), sorted(ns["Sensor"].__abstractmethods__)]
""", "readings, unit, and no instances of Sensor"),
    ]


def _fixed_hidden():
    return [
        _d("""
def drive(ns):
    S = ns["Sensor"]
    prop = S.__dict__.get("unit")
    return [isinstance(prop, property), getattr(prop, "__isabstractmethod__", False),
            isinstance(ns["Thermometer"].__dict__.get("unit"), property) or ns["Thermometer"].__dict__.get("unit") == "C"]
""", "unit is an abstract property"),
        _d("""
def drive(ns):
    S = ns["Sensor"]

    class NoUnit(S):
        def read_raw(self):
            return 1.0

    class NoRead(S):
        unit = "V"

    class Barometer(S):
        unit = "hPa"

        def read_raw(self):
            return 1013.25

    class Hygrometer(S):
        @property
        def unit(self):
            return "%"

        def read_raw(self):
            return 40

    return [_try(NoUnit)[0], _try(NoRead)[0], Barometer().reading(), Hygrometer().readings(2),
            Barometer().readings(0), isinstance(Barometer(), S)]
""", "subclasses must provide both pieces"),
        _d("""
def drive(ns):
    T = ns["Thermometer"]
    values = [5, 6.25]
    t = T(values)
    values.append(100)
    values[0] = -1
    return [t.readings(4), _try(T, [])[0], T(iter([1.5, 2.5])).readings(3), T((7,)).readings(2)]
""", "own copy, empty input, any iterable"),
        _d("""
def drive(ns):
    T = ns["Thermometer"]
    a, b = T([1, 2, 3]), T([1, 2, 3])
    first = a.readings(2)
    return [first, b.reading(), a.reading(), a.read_raw()]
""", "thermometers do not share a position"),
    ]


def hidden(rng):
    # The fixed cases, plus cases drawn afresh for every submission: inputs that leak from one
    # run say nothing certain about the next.
    return _fixed_hidden() + _generated(rng)


def _generated(rng):
    # Values on a 0.25 grid: none sits on a rounding boundary of the one-decimal format.
    values = [float(v) / 4 for v in rng.integers(-80, 160, size=int(rng.integers(1, 6)))]
    n = int(rng.integers(len(values) + 1, 3 * len(values) + 3))
    return [_d(f"""
def drive(ns):
    t = ns["Thermometer"]({values!r})
    return [t.readings({n}), t.reading()]
""", "generated temperatures")]
