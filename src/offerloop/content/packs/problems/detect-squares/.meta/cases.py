from offerloop.judge.cases import driver

SWEEP_SEEDS = 5  # integers only, no float boundary; the bulk driver makes 40,000 calls a seed

SCRIPT = """
OPS = {ops!r}


def drive(ns):
    ds = ns["DetectSquares"]()
    out = []
    for op, x, y in OPS:
        if op == "add":
            ds.add([x, y])
            out.append(None)
        else:
            out.append(ds.count([x, y]))
    return out
"""

BULK = """
def drive(ns):
    # Many copies of a few distinct points, then many counts: the work must follow distinct points.
    ds = ns["DetectSquares"]()
    state, total = {seed}, 0
    for step in range({adds}):
        state = (state * 1103515245 + 12345) % 2147483648
        ds.add([{base} + (state >> 8) % {span} * {side}, {base} + (state >> 16) % {span} * {side}])
    for step in range({queries}):
        state = (state * 1103515245 + 12345) % 2147483648
        total = (total * 31 + ds.count([{base} + (state >> 8) % {span} * {side}, {base} + (state >> 16) % {span} * {side}])) % 1000000007
    return total
"""


def replay(ops, name):
    ops = [[str(o[0]), int(o[1]), int(o[2])] for o in ops]
    return driver(SCRIPT.format(ops=[tuple(o) for o in ops]), name=name, params={"ops": ops})


def _random_ops(rng, n, lo, hi):
    ops = []
    for _ in range(n):
        x, y = int(rng.integers(lo, hi + 1)), int(rng.integers(lo, hi + 1))
        ops.append(("add" if rng.random() < 0.7 else "count", x, y))
    return ops


def visible():
    return [
        replay([("add", 3, 10), ("add", 11, 2), ("add", 3, 2), ("count", 11, 10), ("count", 14, 8),
                ("add", 11, 2), ("count", 11, 10)], name="the example"),
    ]


def hidden(rng):
    cases = [
        replay([("count", 5, 5)], name="count on an empty collection"),
        replay([("add", 1, 1), ("add", 1, 2), ("add", 2, 1), ("count", 2, 2), ("count", 0, 0)],
               name="a unit square, then a far query"),
        replay([("add", 5, 5), ("add", 5, 5), ("add", 5, 5), ("count", 5, 5)], name="a point on top of the query"),
        replay([("add", 5, 5), ("add", 5, 7), ("add", 7, 5), ("add", 3, 5), ("add", 3, 7), ("add", 5, 3),
                ("add", 7, 3), ("add", 3, 3), ("add", 7, 7), ("count", 5, 5)], name="four squares around the query"),
        replay([("add", 0, 0), ("add", 0, 2), ("add", 3, 0), ("add", 3, 2), ("count", 3, 2), ("count", 0, 2)],
               name="a rectangle is not a square"),
        replay([("add", 0, 0), ("add", 0, 0), ("add", 0, 4), ("add", 4, 0), ("add", 4, 0), ("add", 4, 0),
                ("count", 4, 4)], name="copies multiply"),
        replay([("add", 1000, 1000), ("add", 0, 1000), ("add", 1000, 0), ("count", 0, 0)], name="the largest square"),
    ]
    for n, lo, hi in ((15, 0, 3), (60, 0, 5), (200, 10, 18), (400, 0, 1000)):
        cases.append(replay(_random_ops(rng, n, lo, hi), name=f"random {n} operations"))
    seed = int(rng.integers(1, 2**31))
    # 20,000 counts over 36 distinct points: about 0.06 s for a count that follows distinct points,
    # about 25 s (8x the 3 s limit) for one that scans every add call.
    cases.append(driver(BULK.format(seed=seed, adds=20000, queries=20000, base=100, span=6, side=7),
                        name="many copies of few points",
                        params={"bulk": [100, 100 + 5 * 7]}))
    return cases


def check_case(args, kwargs):
    """Points and queries on the grid 0..1000 (the bulk driver's range is given as [lowest, highest])."""
    if "bulk" in args:
        lo, hi = args["bulk"]
        assert 0 <= lo <= hi <= 1000, "coordinates 0..1000"
        return
    for op, x, y in args["ops"]:
        assert op in ("add", "count"), "operations are add and count"
        assert type(x) is int and type(y) is int and 0 <= x <= 1000 and 0 <= y <= 1000, "coordinates 0..1000"
