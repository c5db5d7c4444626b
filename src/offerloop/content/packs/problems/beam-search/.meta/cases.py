import numpy as np

from offerloop.judge.cases import case


def _log_table(p):
    p = np.asarray(p, dtype=float)
    return np.log(p / p.sum(axis=1, keepdims=True))


def visible():
    lp = _log_table([[0.1, 0.5, 0.4], [0.9, 0.05, 0.05], [0.1, 0.1, 0.8]])
    return [
        case(lp, 0, 0, 2, 3, name="width 2 finds a better sequence than greedy"),
        case(lp, 0, 0, 1, 3, name="width 1 is greedy"),
    ]


def _random_table(rng, V, eos):
    x = rng.random((V, V)) ** 2
    x[:, eos] *= rng.uniform(0.5, 3.0)
    return _log_table(x)


def hidden(rng):
    greedy_trap = _log_table([[0.0001, 0.55, 0.4499], [0.5, 0.25, 0.25], [0.95, 0.025, 0.025]])
    long_wins = _log_table([[0.3, 0.7, 0.0001], [0.2, 0.0001, 0.7999], [0.6, 0.2, 0.2]])
    cases = [
        case(_log_table([[1.0]]), 0, 0, 3, 5, name="a one-token vocabulary"),
        case(greedy_trap, 0, 0, 2, 4, name="greedy's first choice leads nowhere good"),
        case(greedy_trap, 0, 0, 3, 2, name="a short length limit"),
        case(long_wins, 0, 0, 3, 5, name="finished early versus long hypotheses"),
        case(np.log(np.full((3, 3), 1 / 3)), 1, 0, 2, 3, name="uniform table: ties broken lexicographically"),
    ]
    for i in range(6):
        V = int(rng.integers(4, 7))
        eos = int(rng.integers(V))
        cases.append(case(_random_table(rng, V, eos), int(rng.integers(V)), eos, int(rng.integers(2, 4)), int(rng.integers(3, 7)),
                          name=f"random {i + 1}"))
    return cases
