from offerloop.judge.cases import driver

SWEEP_SEEDS = 20  # integers and strings only, no float boundary

SCRIPT = """
OPS = {ops!r}


def drive(ns):
    finder = ns["MedianFinder"]()
    out = []
    for op in OPS:
        if op[0] == "add":
            finder.add_num(op[1])
        else:
            out.append(finder.find_median())
    return out
"""

BULK = """
def drive(ns):
    # Many adds, each followed by a query, generated in place (a small linear congruential generator).
    finder = ns["MedianFinder"]()
    state, checksum = {seed}, 0
    for step in range({steps}):
        state = (state * 1103515245 + 12345) % 2147483648
        finder.add_num(state % 2000001 - 1000000)
        checksum = (checksum * 31 + round(2 * finder.find_median())) % 1000000007
    return checksum
"""


def replay(ops, name):
    ops = [tuple(o) for o in ops]
    return driver(SCRIPT.format(ops=ops), name=name, params={"ops": [list(o) for o in ops]})


def _random_ops(rng, n, lo, hi):
    ops = []
    for _ in range(n):
        ops.append(("add", int(rng.integers(lo, hi + 1))))
        if rng.random() < 0.6:
            ops.append(("median",))
    return ops


def visible():
    return [replay([("add", 4), ("median",), ("add", 10), ("median",), ("add", 1), ("median",)],
                   name="odd, even, odd")]


def hidden(rng):
    cases = [
        replay([("add", -5), ("median",)], name="one number"),
        replay([("add", 3), ("add", 4), ("median",)], name="half-integer median"),
        replay([("add", -3), ("add", -4), ("median",)], name="negative half-integer median"),
        replay([("add", 2), ("add", 2), ("add", 2), ("median",), ("add", 1), ("median",)], name="duplicates"),
        replay([("add", v) if i % 2 == 0 else ("median",) for i, v in enumerate([9, 0, 8, 0, 7, 0, 6, 0, 5, 0])],
               name="descending stream"),
        replay([("add", v) for v in range(1, 8)] + [("median",)] + [("add", 100), ("add", 200), ("median",)],
               name="ascending, then large values"),
        replay([("add", 1000000), ("add", -1000000), ("median",), ("add", 0), ("median",)], name="extremes"),
    ]
    cases.append(replay(_random_ops(rng, 40, -10, 10), name="random 40 numbers, small range"))
    cases.append(replay(_random_ops(rng, 500, -10 ** 6, 10 ** 6), name="random 500 numbers"))
    seed = int(rng.integers(1, 2 ** 31 - 1))
    cases.append(driver(BULK.format(seed=seed, steps=100000), name="100000 adds, a median after each",
                        params={"seed": seed}))
    return cases


def check_case(args, kwargs):
    params = args if isinstance(args, dict) else {}  # a driver case's params arrive as args
    if "ops" not in params:
        return  # the bulk case: adds in range by construction, a query after every add
    ops = params["ops"]
    added = 0
    for op in ops:
        if op[0] == "add":
            assert type(op[1]) is int and -10 ** 6 <= op[1] <= 10 ** 6, "numbers are integers in -10^6..10^6"
            added += 1
        else:
            assert added, "find_median comes after at least one add_num"
