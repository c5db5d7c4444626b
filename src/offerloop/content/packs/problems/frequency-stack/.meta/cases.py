from offerloop.judge.cases import driver

SWEEP_SEEDS = 40  # integers only, no float boundary

SCRIPT = """
OPS = {ops!r}


def drive(ns):
    f = ns["FreqStack"]()
    out = []
    for op in OPS:
        if op[0] == "push":
            f.push(op[1])
            out.append(None)
        else:
            out.append(f.pop())
    return out
"""

BULK = """
def drive(ns):
    # Many operations generated in place (a small linear congruential generator); the structure
    # grows to tens of thousands of copies over a few thousand values.
    f = ns["FreqStack"]()
    state, size, checksum = {seed}, 0, 0
    for step in range({steps}):
        state = (state * 1103515245 + 12345) % 2147483648
        if size == 0 or state % 5 < 3:
            f.push((state >> 8) % {values})
            size += 1
        else:
            checksum = (checksum * 31 + f.pop()) % 1000000007
            size -= 1
    return [size, checksum]
"""


def replay(ops, name):
    ops = [tuple(o) for o in ops]
    return driver(SCRIPT.format(ops=ops), name=name, params={"ops": [list(o) for o in ops]})


def _random_ops(rng, n, values, p_push=0.6):
    ops, size = [], 0
    for _ in range(n):
        if size == 0 or rng.random() < p_push:
            ops.append(("push", int(rng.integers(0, values))))
            size += 1
        else:
            ops.append(("pop",))
            size -= 1
    return ops


def _pushes(values):
    return [("push", v) for v in values]


def visible():
    return [
        replay(_pushes([5, 7, 5, 7, 4, 5]) + [("pop",)] * 4, name="the example"),
    ]


def hidden(rng):
    cases = [
        replay([("push", 9), ("pop",)], name="one value"),
        replay(_pushes([1, 2, 3]) + [("pop",)] * 3, name="all distinct: plain stack order"),
        replay(_pushes([4, 4, 4]) + [("pop",)] * 3, name="one value, many copies"),
        replay(_pushes([1, 2, 1, 2]) + [("pop",)] * 4, name="a tie goes to the latest copy"),
        replay(_pushes([2, 1, 1, 2]) + [("pop",)] * 4, name="a tie decided by the last copy, not the first"),
        replay(_pushes([3, 3, 8]) + [("pop",), ("push", 8), ("push", 8), ("pop",), ("pop",), ("pop",)],
               name="pushes after pops"),
        replay(_pushes([-1, 0, -1, 0, 0]) + [("pop",)] * 5, name="negative and zero values"),
        replay(_pushes([7, 5, 7, 5, 6]) + [("pop",), ("pop",), ("push", 6), ("pop",), ("pop",), ("pop",), ("pop",)],
               name="a level empties and refills"),
    ]
    cases.append(replay(_random_ops(rng, 300, 4), name="random operations, four values"))
    cases.append(replay(_random_ops(rng, 3000, 60, 0.7), name="random operations, sixty values"))
    seed = int(rng.integers(1, 2**31 - 1))
    cases.append(driver(BULK.format(seed=seed, steps=150000, values=30000),
                        name="150000 operations", params={"bulk": seed}))
    return cases


def check_case(args, kwargs):
    """pop only when something is held; pushed values are integers. (The bulk driver keeps its own
    size and pushes whenever it is empty.)"""
    if "ops" not in args:
        return
    size = 0
    for op in args["ops"]:
        if op[0] == "push":
            assert type(op[1]) is int, "pushed values are integers"
            size += 1
        else:
            assert op[0] == "pop" and size > 0, "pop is only called when something is held"
            size -= 1
