import numpy as np

from offerloop.judge.cases import case, frame


def _s(days, stores, values, index=None):
    return frame({"day": days, "store": stores, "sales": values}, index=index)


def visible():
    return [case(_s(["2024-05-01"] * 4 + ["2024-05-02"], ["a", "b", "c", "d", "a"], [10.0, 30.0, 20.0, 20.0, 5.0]),
                 name="a tie in the middle")]


def _random(rng, days, stores):
    rows = [(d, s) for d in days for s in stores if rng.random() < 0.85]
    order = rng.permutation(len(rows))
    values = rng.choice([5.0, 10.0, 12.5, 20.0, 40.0], size=len(rows))  # ties are common
    return _s([rows[i][0] for i in order], [rows[i][1] for i in order], values,
              index=(rng.permutation(len(rows)) * 4).tolist())


def hidden(rng):
    return [
        case(_s(["2024-05-01"], ["a"], [3.0]), name="one store"),
        case(_s(["2024-05-01"] * 3, ["a", "b", "c"], [1.0, 1.0, 1.0]), name="all tied"),
        case(_s(["2024-05-02", "2024-05-01", "2024-05-02"], ["a", "a", "b"], [9.0, 1.0, 3.0], index=["x", "y", "z"]),
             name="days are ranked apart"),
        case(_random(rng, ["2024-05-01", "2024-05-02", "2024-05-03"], ["s1", "s2", "s3", "s4", "s5"]), name="random"),
        case(_random(rng, ["2024-06-01"], list("abcdefgh")), name="random, one day"),
    ]


def check_case(args, kwargs):
    (sales,) = args
    assert not sales.duplicated(["day", "store"]).any(), "one row per (day, store)"
    assert sales.index.is_unique, "index labels are unique"


# Ties are exact repeated floats; ranks are exact fractions compared with a tolerance.
SWEEP_SEEDS = 10
