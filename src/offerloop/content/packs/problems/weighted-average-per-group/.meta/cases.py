from offerloop.judge.cases import case, frame


def _s(products, prices, qty):
    return frame({"product": products, "price": prices, "qty": qty})


def visible():
    return [case(_s(["pen", "pen", "ink", "pen", "cap"], [2.0, 3.0, 10.0, 100.0, 1.0], [3, 1, 2, 0, 0]),
                 name="a cancelled line and a product never sold")]


def _random(rng, products, n):
    qty = rng.integers(0, 6, size=n)
    qty[rng.random(n) < 0.2] = 0
    return _s(rng.choice(products, size=n).tolist(), (rng.integers(50, 5000, size=n) / 100).tolist(), qty.tolist())


def hidden(rng):
    return [
        case(_s(["a"], [4.5], [1]), name="one line"),
        case(_s(["a", "a"], [1.0, 9.0], [0, 0]), name="every line cancelled"),
        case(_s(["b", "a", "b"], [1.0, 2.0, 3.0], [1, 1, 3]), name="weights change the average"),
        case(_random(rng, ["pen", "ink", "cap", "pad"], 16), name="random"),
        case(_random(rng, ["x", "y"], 6), name="random, small"),
    ]


def check_case(args, kwargs):
    (sales,) = args
    assert len(sales) >= 1 and (sales["qty"] >= 0).all(), "at least one row, quantities >= 0"
    assert str(sales["qty"].dtype).startswith("int"), "quantities are ints"


# Ratios compared with a tolerance; no threshold.
SWEEP_SEEDS = 10
