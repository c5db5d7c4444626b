from offerloop.judge.cases import case, frame


def _df(entities, periods, values, index=None):
    return frame({"entity": entities, "period": periods, "value": values}, index=index)


def visible():
    return [case(_df(["b", "a", "a", "a", "b"], [1, 3, 1, 2, 2], [5.0, 7.0, 1.0, 4.0, 6.5]), name="no gaps")]


def _random(rng, entities, span):
    rows = []
    for e in entities:
        periods = sorted(rng.choice(span, size=int(rng.integers(1, span)), replace=False).tolist())
        rows += [(e, int(p)) for p in periods]
    order = rng.permutation(len(rows))
    values = (rng.integers(-5000, 5000, size=len(rows)) / 100).tolist()
    return _df([rows[i][0] for i in order], [rows[i][1] for i in order], values,
               index=(rng.permutation(len(rows)) * 2).tolist())


def hidden(rng):
    return [
        case(_df(["a", "a"], [4, 1], [2.0, 1.0]), name="a gap of three periods"),
        case(_df(["z"], [7], [3.0]), name="one row"),
        case(_df(["b", "a"], [1, 2], [9.0, 1.0], index=[5, 6]), name="two entities, one row each"),
        case(_df(["a", "b", "a", "b"], [0, 1, -1, 0], [1.0, 2.0, 3.0, 4.0]), name="negative and zero periods"),
        case(_random(rng, ["e1", "e2", "e3"], 10), name="random"),
        case(_random(rng, ["e1", "e2"], 6), name="random, short"),
    ]


def check_case(args, kwargs):
    (df,) = args
    assert not df.duplicated(["entity", "period"]).any(), "each (entity, period) appears once"
    assert not df.isna().any().any(), "nothing is missing"
    assert str(df["period"].dtype).startswith("int"), "periods are ints"


# Integer periods and copied values: no float decision anywhere.
SWEEP_SEEDS = 10
