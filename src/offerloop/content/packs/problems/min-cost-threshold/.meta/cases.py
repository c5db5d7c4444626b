import numpy as np

from offerloop.judge.cases import case

# Whole-number costs make every total exact: ties are true ties, settled by the prompt's rule.


def visible():
    y = np.array([0, 1, 0, 1, 1, 0])
    s = np.array([0.9, 0.8, 0.7, 0.4, 0.4, 0.1])
    return [case(y, s, cost_fp=1.0, cost_fn=3.0, name="misses cost three times a false alarm")]


def hidden(rng):
    cases = [
        case(np.array([0, 0, 1]), np.array([0.9, 0.8, 0.1]), cost_fp=10.0, cost_fn=1.0, name="flagging nothing is cheapest"),
        case(np.array([1, 0, 1, 0]), np.array([0.6, 0.6, 0.3, 0.3]), cost_fp=1.0, cost_fn=1.0, name="equal costs at several thresholds"),
        case(np.array([1]), np.array([0.2]), cost_fp=1.0, cost_fn=1.0, name="one row"),
        case(np.array([0, 1, 0, 1]), np.array([0.7, 0.7, 0.7, 0.7]), cost_fp=2.0, cost_fn=2.0, name="all scores tied, a tie in cost"),
    ]
    for n, rate, cfp, cfn in ((30, 0.3, 1.0, 4.0), (60, 0.1, 1.0, 20.0), (40, 0.5, 3.0, 2.0)):
        y = (rng.random(n) < rate).astype(int)
        s = np.round(np.clip(0.3 * y + 0.7 * rng.random(n), 0, 1), 2)
        cases.append(case(y, s, cost_fp=cfp, cost_fn=cfn, name=f"{n} rows, costs {cfp:g}:{cfn:g}"))
    return cases


def check_case(args, kwargs):
    y, s = args
    cfp, cfn = kwargs["cost_fp"], kwargs["cost_fn"]
    assert y.shape == s.shape and len(y) >= 1 and set(np.unique(y)) <= {0, 1}, "0/1 labels, same length"
    for c in (cfp, cfn):
        assert c > 0 and float(c).is_integer() and c <= 1e6, "costs are positive whole numbers"
