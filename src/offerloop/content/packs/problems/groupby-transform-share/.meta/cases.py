import numpy as np

from offerloop.judge.cases import case, frame


def _df(regions, products, revenue, index=None):
    return frame({"region": regions, "product": products, "revenue": revenue}, index=index)


def visible():
    return [case(_df(["eu", "us", "eu", "eu"], ["a", "a", "b", "c"], [30.0, 10.0, 60.0, 30.0], index=[7, 3, 9, 1]),
                 name="ties in one region")]


def _random(rng, n_regions, n_products):
    rows = [(r, p) for r in ["north", "south", "east", "west"][:n_regions] for p in range(n_products)]
    order = rng.permutation(len(rows))
    # Few distinct revenues, so ties are common; equal revenues are the same float.
    revenue = rng.choice([5.0, 12.5, 20.0, 40.0, 77.25], size=len(rows))
    index = (rng.permutation(len(rows)) * 3 + 100).tolist()
    return _df([rows[i][0] for i in order], [f"p{rows[i][1]}" for i in order], revenue, index=index)


def hidden(rng):
    return [
        case(_df(["x"], ["only"], [3.5]), name="one row"),
        case(_df(["x", "x", "x", "x"], ["a", "b", "c", "d"], [9.0, 5.0, 5.0, 1.0], index=["w", "z", "y", "x"]),
             name="9, 5, 5, 1 with text labels"),
        case(_df(["r", "s", "r"], ["a", "a", "b"], [2.0, 2.0, 2.0]), name="all equal"),
        case(_random(rng, 3, 5), name="random"),
        case(_random(rng, 4, 3), name="random, four regions"),
    ]


def check_case(args, kwargs):
    (df,) = args
    assert df.index.is_unique, "the prompt promises unique index labels"
    assert not df.duplicated(["region", "product"]).any(), "each (region, product) appears once"
    assert (df["revenue"] > 0).all() and not df.isna().any().any(), "revenues are positive and present"


# Ties are exact (repeated float literals); no tolerance-sensitive boundary.
SWEEP_SEEDS = 10
