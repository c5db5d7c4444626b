from offerloop.judge.cases import case, frame


def _ledger(ids, cents):
    return frame({"txn_id": ids, "amount_cents": cents})


def visible():
    return [case(_ledger(["t1", "t2", "t3"], [500, 1250, 99]), _ledger(["t3", "t2", "t4"], [99, 1200, 10]),
                 name="every status once")]


def _random(rng, n):
    ids = [f"tx{k:03d}" for k in rng.permutation(3 * n)[:n]]
    cents = rng.integers(1, 100_000, size=n)
    in_a, in_b = rng.random(n) < 0.8, rng.random(n) < 0.8
    changed = rng.random(n) < 0.3
    b_cents = cents + changed * rng.integers(1, 500, size=n)
    a = [(i, int(c)) for i, c, k in zip(ids, cents, in_a) if k]
    b = [(i, int(c)) for i, c, k in zip(ids, b_cents, in_b) if k]
    a = [a[k] for k in rng.permutation(len(a))]
    b = [b[k] for k in rng.permutation(len(b))]
    return _ledger([x[0] for x in a], [x[1] for x in a]), _ledger([x[0] for x in b], [x[1] for x in b])


def hidden(rng):
    return [
        case(_ledger(["x"], [1]), _ledger(["x"], [1]), name="one matching row"),
        case(_ledger(["x"], [1]), _ledger(["y"], [1]), name="disjoint ids, same amounts"),
        case(_ledger(["a", "b"], [0, 5]), _ledger(["b", "a"], [5, 0]), name="zero amounts match"),
        case(_ledger(["a", "b"], [0, 7]), _ledger(["a", "b"], [5, 0]), name="a zero against an amount is a mismatch"),
        case(_ledger(["a", "b", "c"], [1, 2, 3]), _ledger(["c", "b", "a"], [3, 2, 4]), name="one mismatch of one cent"),
        case(*_random(rng, 12), name="random"),
        case(*_random(rng, 6), name="random, small"),
    ]


def check_case(args, kwargs):
    for ledger in args:
        assert ledger["txn_id"].is_unique, "a txn_id appears at most once per ledger"
        assert str(ledger["amount_cents"].dtype).startswith("int"), "amounts are integer cents"


# Integer cents: equal or not, nothing in between.
SWEEP_SEEDS = 10
