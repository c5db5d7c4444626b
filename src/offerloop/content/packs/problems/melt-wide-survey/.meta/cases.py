import numpy as np

from offerloop.judge.cases import case, frame


def _survey(respondents, answers: dict):
    return frame({"respondent": respondents, **answers})


def visible():
    return [case(_survey(["r2", "r1"], {"q9": [4.0, np.nan], "q10": [5.0, 2.0], "q2": [np.nan, 1.0]}),
                 name="q10 is asked before q2")]


def _random(rng, n, names):
    answers = {}
    for q in names:
        col = rng.integers(1, 6, size=n).astype(float)
        col[rng.random(n) < 0.3] = np.nan
        answers[q] = col
    return _survey([f"resp{k:02d}" for k in rng.permutation(n)], answers)


def hidden(rng):
    return [
        case(_survey(["a"], {"q1": [3.0]}), name="one answer"),
        case(_survey(["b", "a"], {"q1": [np.nan, 2.0], "q2": [np.nan, np.nan]}), name="one respondent skipped everything"),
        case(_survey(["x", "y"], {"z_last": [1.0, 5.0], "a_first": [2.0, 4.0]}), name="names sort against the asked order"),
        case(_random(rng, 6, [f"q{i}" for i in range(1, 13)]), name="random, twelve questions"),
        case(_random(rng, 9, ["mood", "sleep", "energy"]), name="random, named questions"),
    ]


def check_case(args, kwargs):
    (survey,) = args
    assert survey["respondent"].is_unique, "respondents are unique"
    values = survey.drop(columns="respondent").to_numpy(dtype=float)
    ok = np.isnan(values) | np.isin(values, [1, 2, 3, 4, 5])
    assert ok.all(), "answers are 1 to 5 or NaN"


# Integers 1-5 copied: nothing numeric to disagree on.
SWEEP_SEEDS = 10
