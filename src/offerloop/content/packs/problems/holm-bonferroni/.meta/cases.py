import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case([0.01, 0.04, 0.03, 0.005], alpha=0.05, name="four tests"),
        case([0.2, 0.3], name="nothing rejected"),
    ]


def hidden(rng):
    cases = [
        case([0.04], name="a single test below alpha"),
        case([0.001, 0.001, 0.001], name="ties all rejected"),
        case([0.001, 0.2, 0.02], alpha=0.05, name="a later p-value under its own threshold after a failure"),
        case([0.01, 0.02, 0.03], alpha=0.1, name="exactly on the thresholds"),
        case([0.011, 0.02, 0.001, 0.0125], alpha=0.05, name="Holm rejects more than Bonferroni"),
    ]
    for m in (10, 50):
        p = np.where(rng.random(m) < 0.3, rng.random(m) * 0.002, rng.random(m))
        cases.append(case(p.tolist(), alpha=0.05, name=f"random m={m}"))
    return cases
