from offerloop.judge.cases import driver

SWEEP_SEEDS = 20  # integers and strings only, no float boundary; each seed replays a bulk driver

SCRIPT = """
OPS = {ops!r}


def drive(ns):
    store = ns["TimeMap"]()
    out = []
    for op in OPS:
        if op[0] == "set":
            store.set(op[1], op[2], op[3])
            out.append(None)
        else:
            out.append(store.get(op[1], op[2]))
    return out
"""

BULK = """
def drive(ns):
    # Tens of thousands of versions of a few keys, then as many lookups at random times (a small linear
    # congruential generator makes both in place).
    store = ns["TimeMap"]()
    keys = ["k0", "k1", "k2"]
    state, clock = {seed}, [0, 0, 0]
    for step in range({sets}):
        state = (state * 1103515245 + 12345) % 2147483648
        k = state % 3
        clock[k] += 1 + (state >> 8) % 7
        store.set(keys[k], "v" + str(step), clock[k])
    checksum, top = 0, max(clock) + 10
    for step in range({gets}):
        state = (state * 1103515245 + 12345) % 2147483648
        got = store.get(keys[state % 4] if state % 4 < 3 else "missing", (state >> 4) % top - 5)
        checksum = (checksum * 31 + (int(got[1:]) + 1 if got else 0)) % 1000000007
    return checksum
"""


def replay(ops, name):
    ops = [tuple(o) for o in ops]
    return driver(SCRIPT.format(ops=ops), name=name, params={"ops": [list(o) for o in ops]})


def _random_ops(rng, n, keys, gap):
    ops, clock = [], {}
    for step in range(n):
        key = f"key{int(rng.integers(keys))}"
        if rng.random() < 0.5:
            clock[key] = clock.get(key, int(rng.integers(-5, 5))) + int(rng.integers(1, gap + 1))
            ops.append(("set", key, f"val{step}", clock[key]))
        else:
            hi = max(clock.values(), default=0) + 3
            ops.append(("get", key, int(rng.integers(-8, hi + 1))))
    return ops


def visible():
    return [
        replay([("set", "price", "10", 3), ("set", "price", "12", 8), ("get", "price", 5), ("get", "price", 8),
                ("get", "price", 2), ("get", "stock", 9)], name="the example"),
    ]


def hidden(rng):
    cases = [
        replay([("get", "a", 1)], name="get on an empty store"),
        replay([("set", "a", "x", 5), ("get", "a", 5), ("get", "a", 4), ("get", "a", 100)],
               name="one version: at, before and after"),
        replay([("set", "a", "x", 1), ("set", "a", "y", 2), ("set", "a", "z", 3), ("get", "a", 1), ("get", "a", 2),
                ("get", "a", 3)], name="every exact timestamp"),
        replay([("set", "a", "x", 10), ("set", "b", "y", 20), ("get", "a", 25), ("get", "b", 15), ("get", "b", 20)],
               name="keys do not share versions"),
        replay([("set", "a", "x", -10), ("set", "a", "y", 0), ("get", "a", -1), ("get", "a", -11)],
               name="negative timestamps"),
        replay([("set", "a", "", 1), ("set", "a", "q", 4), ("get", "a", 2)], name="an empty value is stored as is"),
        replay([("set", "a", "x", 1), ("get", "a", 3), ("set", "a", "y", 3), ("get", "a", 3), ("get", "a", 2)],
               name="gets between sets"),
    ]
    cases.append(replay(_random_ops(rng, 200, 2, 3), name="random operations, two keys"))
    cases.append(replay(_random_ops(rng, 3000, 20, 10), name="random operations, twenty keys"))
    seed = int(rng.integers(1, 2**31 - 1))
    cases.append(driver(BULK.format(seed=seed, sets=40000, gets=60000), name="40000 versions, 60000 lookups", params={"bulk": seed}))
    return cases


def check_case(args, kwargs):
    """Each key's set timestamps strictly increase; keys and values are strings, times integers.
    (The bulk driver advances each key's clock by at least 1 per set.)"""
    if "ops" not in args:
        return
    last = {}
    for op in args["ops"]:
        if op[0] == "set":
            _, key, value, t = op
            assert isinstance(key, str) and isinstance(value, str) and type(t) is int, "string key and value, integer time"
            assert key not in last or t > last[key], f"set timestamps of {key!r} strictly increase"
            last[key] = t
        else:
            _, key, t = op
            assert op[0] == "get" and isinstance(key, str) and type(t) is int, "get(key, integer time)"
