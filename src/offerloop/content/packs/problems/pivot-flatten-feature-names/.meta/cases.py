from offerloop.judge.cases import case, frame


def _e(users, types, values):
    return frame({"user": users, "event_type": types, "value": values})


def visible():
    return [case(_e(["u2", "u1", "u1", "u2", "u1"], ["view", "view", "buy", "view", "view"], [1.0, 2.0, 30.0, 4.0, 0.5]),
                 name="a user who never bought")]


def _random(rng, users, types, n):
    return _e(rng.choice(users, size=n).tolist(), rng.choice(types, size=n).tolist(),
              (rng.integers(0, 10_000, size=n) / 100).tolist())


def hidden(rng):
    return [
        case(_e(["a"], ["click"], [0.0]), name="one event of value 0"),
        case(_e(["b", "a"], ["x_2", "x_10"], [1.0, 2.0]), name="type names sort as text"),
        case(_e(["a", "a", "b"], ["add_to_cart", "add_to_cart", "view"], [1.5, 2.5, 1.0]), name="underscores in names"),
        case(_random(rng, ["u1", "u2", "u3"], ["view", "buy", "share", "add_to_cart"], 20), name="random"),
        case(_random(rng, ["anna", "bo"], ["z", "a"], 5), name="random, small"),
    ]


def check_case(args, kwargs):
    (events,) = args
    assert len(events) >= 1 and not events.isna().any().any(), "at least one event, nothing missing"


# Sums compared with a tolerance; counts are exact.
SWEEP_SEEDS = 10
