from offerloop.judge.cases import case, frame


def _v(channels, devices, converted):
    return frame({"channel": channels, "device": devices, "converted": converted})


def visible():
    return [case(_v(["ads", "ads", "ads", "seo", "seo"], ["mobile", "mobile", "desktop", "mobile", "mobile"],
                    [True, False, True, False, False]), name="an empty cell and margins")]


def _random(rng, n, channels, devices, p):
    return _v(rng.choice(channels, size=n).tolist(), rng.choice(devices, size=n).tolist(), (rng.random(n) < p).tolist())


def hidden(rng):
    return [
        case(_v(["a"], ["d"], [True]), name="one visit"),
        case(_v(["a", "b"], ["x", "y"], [False, True]), name="two empty cells"),
        case(_v(["a"] * 3 + ["b"], ["x", "x", "y", "y"], [True, True, False, True]),
             name="pooled margins differ from cell averages"),
        case(_random(rng, 40, ["ads", "email", "seo"], ["desktop", "mobile", "tablet"], 0.3), name="random"),
        case(_random(rng, 12, ["ads", "direct", "seo", "social"], ["desktop", "mobile"], 0.5), name="random, sparse"),
    ]


def check_case(args, kwargs):
    (visits,) = args
    assert len(visits) >= 1, "at least one visit"
    assert "All" not in set(visits["channel"]) | set(visits["device"]), "no channel or device is named All"
    assert visits["converted"].dtype == bool, "converted is bool"


# Rates of small counts compared with a tolerance.
SWEEP_SEEDS = 10
