import math

import numpy as np

from offerloop.judge.cases import case


def visible():
    return [
        case([[float(np.log(0.5)), float(np.log(0.25))], [float(np.log(0.5))]], name="two sequences"),
        case([[float(np.log(0.1))] * 4], name="uniform over ten tokens"),
    ]


def hidden(rng):
    cases = [
        case([[0.0]], name="a single certain token"),
        case([[], [float(np.log(0.2))], []], name="empty sequences in between"),
        case([[-1.0] * 5, [-3.0]], name="very different lengths"),
        case([[-700.0, -0.1]], name="a nearly impossible token"),
    ]
    for i in range(4):
        seqs = [list(np.log(rng.uniform(0.01, 1.0, size=int(rng.integers(1, 15))))) for _ in range(int(rng.integers(2, 6)))]
        cases.append(case([[float(x) for x in s] for s in seqs], name=f"random corpus {i + 1}"))
    return cases


def check_case(args, kwargs):
    """The prompt's promise: a list of sequences of finite log-probabilities (<= 0), at least one token in total."""
    (seqs,) = args
    assert isinstance(seqs, list) and all(isinstance(s, list) for s in seqs), "token_log_probs must be a list of lists"
    assert sum(len(s) for s in seqs) >= 1, "there must be at least one token in total"
    assert all(isinstance(v, float) and math.isfinite(v) and v <= 0 for s in seqs for v in s), "log-probabilities must be finite floats <= 0"
