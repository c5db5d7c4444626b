from offerloop.judge.cases import case, frame


def _scores(users, items, score, index=None):
    return frame({"user": users, "item": items, "score": score}, index=index)


def visible():
    return [case(_scores(["u2", "u1", "u1", "u1", "u2"], ["x", "c", "a", "b", "y"], [0.5, 0.9, 0.7, 0.7, 0.8]), 2,
                 name="a tie at the cut-off")]


def _random(rng, users, items, n):
    pairs = [(u, i) for u in users for i in items if rng.random() < 0.8]
    order = rng.permutation(len(pairs))
    score = rng.choice([0.1, 0.25, 0.5, 0.75, 0.9], size=len(pairs))  # few values: ties at the cut-off
    index = (rng.permutation(len(pairs)) + 50).tolist()
    return case(_scores([pairs[k][0] for k in order], [pairs[k][1] for k in order], score, index=index), n,
                name=f"random, n={n}")


def hidden(rng):
    return [
        case(_scores(["a", "a"], ["q", "p"], [1.0, 1.0]), 1, name="two items tied, keep the first by name"),
        case(_scores(["b", "a", "b"], ["z", "z", "y"], [0.3, 0.2, 0.4]), 5, name="n larger than every group"),
        case(_scores(["a", "a", "a"], ["k", "j", "i"], [3.0, 2.0, 1.0], index=[9, 8, 7]), 1, name="n = 1, custom index"),
        _random(rng, ["u1", "u2", "u3"], list("abcdefg"), 3),
        _random(rng, ["ann", "bob"], list("pqrstuvw"), 2),
    ]


def check_case(args, kwargs):
    scores, n = args
    assert type(n) is int and n >= 1, "n is an int of at least 1"
    assert not scores.duplicated(["user", "item"]).any(), "one row per (user, item)"
    assert not scores.isna().any().any(), "no missing scores"


# Ties are exact (repeated float literals); nothing depends on float rounding.
SWEEP_SEEDS = 10
