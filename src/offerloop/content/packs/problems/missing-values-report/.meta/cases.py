import numpy as np
import pandas as pd

from offerloop.judge.cases import case, frame

NAN = np.nan


def visible():
    return [case(frame({"age": [31.0, NAN, 40.0, 22.0], "city": ["Oslo", " N/A", "", "Rome"], "score": [0.0, 1.0, 2.0, 3.0]}),
                 name="a placeholder, an empty string and a zero")]


def _random(rng, n):
    holders = ["", " NA", "n/a", "NULL ", "-", None]
    words = ["red", "blue", "none", "nan?", "0", "green"]  # look-alikes that are values
    text = [holders[int(rng.integers(len(holders)))] if rng.random() < 0.3 else words[int(rng.integers(len(words)))]
            for _ in range(n)]
    nums = rng.normal(size=n).round(2)
    nums[rng.random(n) < 0.25] = NAN
    ints = rng.integers(0, 3, size=n)
    dates = pd.to_datetime([None if rng.random() < 0.2 else f"2024-01-{int(d):02d}" for d in rng.integers(1, 28, size=n)])
    cols = {"text": text, "num": nums, "count": ints, "when": dates}
    names = list(cols)
    order = rng.permutation(len(names))
    return frame({names[i]: cols[names[i]] for i in order})


def hidden(rng):
    return [
        case(frame({"a": [1]}), name="one value"),
        case(frame({"b": [NAN, NAN], "a": [NAN, NAN]}), name="ties on share sort by name"),
        case(frame({"t": ["-", "--", " - ", "Null", "nullable"]}), name="only exact placeholders count"),
        case(frame({"z": [0, 0, 0], "flag": [False, True, False]}), name="zeros and False are values"),
        case(_random(rng, 12), name="random"),
        case(_random(rng, 5), name="random, small"),
    ]


def check_case(args, kwargs):
    (df,) = args
    assert len(df) >= 1 and df.shape[1] >= 1, "at least one row and one column"
    assert df.columns.is_unique and all(isinstance(c, str) for c in df.columns), "unique string column names"


# Counts and shares of small integers: no float decision (shares tie exactly when counts tie).
SWEEP_SEEDS = 10
