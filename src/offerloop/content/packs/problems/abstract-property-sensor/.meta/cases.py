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
    t = ns["Thermometer"]([21.04, 21.56])
    return [t.readings(3), t.unit, _try(ns["Sensor"]), sorted(ns["Sensor"].__abstractmethods__)]
""", "readings, unit, and no instances of Sensor", params={"values": [[21.04, 21.56]], "readings": [3]}),
    ]


def _fixed_hidden():
    return [
        _d("""
def drive(ns):
    S = ns["Sensor"]
    prop = S.__dict__.get("unit")
    return [isinstance(prop, property), getattr(prop, "__isabstractmethod__", False),
            isinstance(ns["Thermometer"].__dict__.get("unit"), property) or ns["Thermometer"].__dict__.get("unit") == "C"]
""", "unit is an abstract property", params={"values": [], "readings": []}),
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
""", "subclasses must provide both pieces", params={"values": [[1013.25], [40]], "readings": [1, 2, 0]}),
        _d("""
def drive(ns):
    T = ns["Thermometer"]
    values = [5, 6.25]
    t = T(values)
    values.append(100)
    values[0] = -1
    return [t.readings(4), _try(T, [])[0], T(iter([1.5, 2.5])).readings(3), T((7,)).readings(2)]
""", "own copy, empty input, any iterable",
       params={"values": [[5, 6.25], [1.5, 2.5], [7]], "readings": [4, 3, 2], "empty": True}),
        _d("""
def drive(ns):
    T = ns["Thermometer"]
    a, b = T([1, 2, 3]), T([1, 2, 3])
    first = a.readings(2)
    return [first, b.reading(), a.reading(), a.read_raw()]
""", "thermometers do not share a position", params={"values": [[1, 2, 3]], "readings": [2, 1]}),
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
""", "generated temperatures", params={"values": [values], "readings": [n, 1]})]


def check_case(args, kwargs):
    """The prompt's promise: readings(n) with n >= 0; a Thermometer gets non-empty numbers (an empty one only to see ValueError)."""
    for values in args["values"]:
        assert len(values) >= 1, "a thermometer is made from at least one value"
        assert all(type(v) in (int, float) and math.isfinite(v) for v in values), f"{values!r}: readings are finite numbers"
    assert all(type(n) is int and n >= 0 for n in args["readings"]), "readings(n) takes n >= 0"
