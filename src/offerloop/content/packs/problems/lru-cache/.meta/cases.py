from offerloop.judge.cases import driver

SCRIPT = """
OPS = {ops!r}


def drive(ns):
    cache = ns["LRUCache"]({capacity})
    out = []
    for op in OPS:
        if op[0] == "put":
            cache.put(op[1], op[2])
            out.append(None)
        else:
            out.append(cache.get(op[1]))
    return out
"""

BULK = """
def drive(ns):
    # Many operations on a large cache, generated in place (a small linear congruential generator).
    cache = ns["LRUCache"]({capacity})
    state, checksum, hits = {seed}, 0, 0
    for step in range({steps}):
        state = (state * 1103515245 + 12345) % 2147483648
        key = state % {keyspace}
        if state % 3 == 0:
            cache.put(key, step)
        else:
            value = cache.get(key)
            if value != -1:
                hits += 1
                checksum = (checksum * 31 + value) % 1000000007
    return [hits, checksum]
"""


def replay(capacity, ops, name):
    return driver(SCRIPT.format(ops=[tuple(o) for o in ops], capacity=capacity), name=name,
                  params={"capacity": capacity, "ops": [list(o) for o in ops]})


def _random_ops(rng, n, keys):
    ops = []
    for step in range(n):
        key = int(rng.integers(0, keys))
        ops.append(("put", key, step) if rng.random() < 0.45 else ("get", key))
    return ops


def visible():
    return [
        replay(2, [("put", 1, 1), ("put", 2, 2), ("get", 1), ("put", 3, 3), ("get", 2), ("put", 4, 4),
                   ("get", 1), ("get", 3), ("get", 4)], name="the classic sequence"),
    ]


def hidden(rng):
    cases = [
        replay(1, [("put", 1, 10), ("get", 1), ("put", 2, 20), ("get", 1), ("get", 2)], name="capacity 1"),
        replay(2, [("get", 5)], name="get on an empty cache"),
        replay(2, [("put", 1, 1), ("put", 2, 2), ("put", 1, 10), ("put", 3, 3), ("get", 1), ("get", 2), ("get", 3)],
               name="updating a key counts as a use"),
        replay(2, [("put", 1, 1), ("put", 2, 2), ("put", 2, 20), ("get", 1), ("get", 2)],
               name="updating a key in a full cache evicts nothing"),
        replay(2, [("put", 1, 1), ("put", 2, 2), ("get", 1), ("put", 3, 3), ("get", 1), ("get", 2), ("get", 3)],
               name="a get refreshes the key"),
        replay(3, [("put", 1, 1), ("put", 2, 2), ("put", 3, 3), ("put", 4, 4), ("get", 4), ("get", 3), ("get", 2),
                   ("get", 1), ("put", 5, 5), ("get", 1), ("get", 2), ("get", 3), ("get", 4), ("get", 5)],
               name="capacity 3"),
        replay(2, [("put", -1, 0), ("put", 0, -1), ("get", -1), ("get", 0)], name="negative keys and values"),
    ]
    cases.append(replay(5, _random_ops(rng, 200, 12), name="random operations, small cache"))
    cases.append(replay(50, _random_ops(rng, 2000, 120), name="random operations, medium cache"))
    seed = int(rng.integers(1, 2**31 - 1))
    cases.append(driver(BULK.format(capacity=20000, seed=seed, steps=200000, keyspace=40000),
                        name="200000 operations on a cache of 20000", params={"capacity": 20000, "bulk": seed}))
    return cases


def check_case(args, kwargs):
    """The prompt's promise: capacity >= 1; get(key) and put(key, value) with integer keys and values.
    (The bulk driver generates its own integer keys and values.)"""
    assert type(args["capacity"]) is int and args["capacity"] >= 1, "capacity >= 1"
    for op in args.get("ops", []):
        if op[0] == "put":
            assert len(op) == 3 and all(type(x) is int for x in op[1:]), f"{op!r}: put takes an integer key and value"
        else:
            assert op[0] == "get" and len(op) == 2 and type(op[1]) is int, f"{op!r}: get takes an integer key"
