import numpy as np
import pandas as pd

from offerloop.judge.cases import case, frame


def _imps(users, stamps, clicked, index=None):
    return frame({"user": users, "ts": pd.to_datetime(stamps), "clicked": clicked}, index=index)


EXAMPLE = (["u", "u", "v", "u"], ["2024-01-02", "2024-01-01", "2024-01-01", "2024-01-03"], [0, 1, 1, 1])


def visible():
    return [case(_imps(*EXAMPLE), name="no smoothing"),
            case(_imps(*EXAMPLE), prior_weight=2.0, global_rate=0.25, name="smoothed toward 0.25")]


def _random(rng, users, n):
    rows = []
    for u in users:
        hours = rng.choice(24 * 20, size=int(rng.integers(1, n)), replace=False)
        rows += [(u, int(h)) for h in hours]
    order = rng.permutation(len(rows))
    base = np.datetime64("2024-03-01T00", "h")
    stamps = [str(base + np.timedelta64(rows[i][1], "h")) for i in order]
    return _imps([rows[i][0] for i in order], stamps, rng.integers(0, 2, size=len(rows)).tolist(),
                 index=(rng.permutation(len(rows)) + 7).tolist())


def hidden(rng):
    return [
        case(_imps(["a"], ["2024-01-01"], [1]), name="one impression, no smoothing"),
        case(_imps(["a"], ["2024-01-01"], [1]), prior_weight=4.0, global_rate=0.5, name="one impression, smoothed"),
        case(_imps(["a", "a", "a"], ["2024-01-03", "2024-01-02", "2024-01-01"], [1, 1, 0], index=["x", "y", "z"]),
             name="reverse time order"),
        case(_imps(["a", "b", "a"], ["2024-01-01", "2024-01-02", "2024-01-03"], [1, 0, 0]), prior_weight=1.0,
             global_rate=0.1, name="another user's clicks stay out"),
        case(_random(rng, ["u1", "u2", "u3"], 10), name="random"),
        case(_random(rng, ["u1", "u2"], 12), prior_weight=float(rng.integers(1, 20)) / 2,
             global_rate=float(rng.integers(1, 10)) / 10, name="random, smoothed"),
    ]


def check_case(args, kwargs):
    (imps,) = args
    assert imps.index.is_unique, "index labels are unique"
    assert not imps.duplicated(["user", "ts"]).any(), "no two impressions of a user at the same time"
    assert set(imps["clicked"].unique()) <= {0, 1}, "clicked is 0 or 1"
    w, p = kwargs.get("prior_weight", 0.0), kwargs.get("global_rate", 0.0)
    assert w >= 0 and 0 <= p <= 1, "prior_weight >= 0 and 0 <= global_rate <= 1"


# A rate compared with a tolerance; no threshold to land on.
SWEEP_SEEDS = 10
