import math

from offerloop.judge.cases import case


def visible():
    return [
        case(["a", "b", "a", "a", "b", "a"], [1.0, 10.0, 3.0, 5.0, 20.0, 7.0], 2, name="two entities, window 2"),
    ]


def hidden(rng):
    cases = [
        case(["x"], [4.0], 3, name="a single row"),
        case(["a", "a", "a", "a"], [2.0, 2.0, 2.0, 2.0], 2, name="constant values"),
        case(["a", "a", "a", "a", "a"], [1.0, 2.0, 3.0, 4.0, 5.0], 1, name="window 1 is the previous value"),
        case(["a", "a", "a"], [1.0, 2.0, 30.0], 10, name="window longer than the history"),
        case(["p", "q", "p", "q"], [1e12, 1.0, 3e12, 5.0], 2, name="large values"),
    ]
    ents = ["u", "v", "w"]
    for i in range(4):
        n = int(rng.integers(6, 25))
        e = [ents[int(k)] for k in rng.integers(0, 3, size=n)]
        v = [float(round(x, 3)) for x in rng.normal(size=n) * 10]
        cases.append(case(e, v, int(rng.integers(1, 5)), name=f"random {n} rows"))
    return cases


def check_case(args, kwargs):
    """The prompt's promise: string entities and float values of the same length, window an int >= 1."""
    entities, values, window = args
    assert len(entities) == len(values), "one value per entity label"
    assert all(type(e) is str for e in entities), "entities are strings"
    assert all(type(v) is float and math.isfinite(v) for v in values), "values are finite floats"
    assert type(window) is int and window >= 1, "window is an int of at least 1"
