from offerloop.judge.cases import case, frame


def _m(stores, months, sales):
    return frame({"store": stores, "month": months, "sales": sales})


def visible():
    return [case(_m(["s", "s", "s", "t"], ["2024-03", "2023-03", "2023-02", "2024-03"], [120.0, 100.0, 80.0, 50.0]),
                 name="one comparable month")]


def _random(rng, stores, months):
    rows = []
    for s in stores:
        for k in range(months):
            if rng.random() < 0.75:  # missing months
                rows.append((s, f"{2022 + k // 12}-{k % 12 + 1:02d}"))
    order = rng.permutation(len(rows))
    sales = (rng.integers(1000, 100_000, size=len(rows)) / 100).tolist()
    return _m([rows[i][0] for i in order], [rows[i][1] for i in order], sales)


def hidden(rng):
    return [
        case(_m(["a"], ["2024-01"], [5.0]), name="one row"),
        case(_m(["a", "a"], ["2023-12", "2024-12"], [10.0, 5.0]), name="December to December, a fall"),
        case(_m(["a", "b"], ["2023-05", "2024-05"], [10.0, 20.0]), name="another store's last year does not count"),
        case(_m(["a"] * 13, [f"2023-{m:02d}" for m in range(1, 13)] + ["2024-02"], [float(m) for m in range(1, 14)]),
             name="twelve rows back is not last year"),
        case(_random(rng, ["north", "south"], 30), name="random"),
        case(_random(rng, ["x", "y", "z"], 16), name="random, three stores"),
    ]


def check_case(args, kwargs):
    (monthly,) = args
    assert not monthly.duplicated(["store", "month"]).any(), "each (store, month) appears once"
    assert (monthly["sales"] > 0).all(), "sales are positive"


# Ratios compared with a tolerance; months are exact strings.
SWEEP_SEEDS = 10
